/* Dossier search: the header's box on every page and the search page. Loads the index the build wrote and matches words by their start, ignoring case and
   accents in every script (Täjik = tajik, Ё = е), ranking title matches above headings, keywords and text. */
(function () {
  "use strict";

  var WORD = /[\p{L}\p{N}]+/gu;
  var MAX_RESULTS = 50;
  var MAX_SUGGESTIONS = 8;
  var WEIGHTS = { t: 12, h: 6, x: 4, b: 1 };
  // Opened from disk, a folder's address shows the folder, not its page.
  var PAGE = location.protocol === "file:" ? "index.html" : "";

  /* Case- and accent-insensitive form: decompose, drop combining marks, lower-case; ё is е in Russian search. */
  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ё/g, "е");
  }

  /* Words of a text with their place in the original, so matches can be highlighted where they stand. */
  function words(text) {
    var found = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) found.push({ f: fold(m[0]), at: m.index, end: m.index + m[0].length });
    return found;
  }

  function prepare(entry, siteRoot) {
    return {
      url: siteRoot + entry.u + (/\/$/.test(entry.u) || !entry.u ? PAGE : ""), kind: entry.k, title: entry.t, lang: entry.l, body: entry.b, keywords: entry.x,
      words: { t: words(entry.t), h: words(entry.h.join(" ")), x: words(entry.x), b: words(entry.b) }
    };
  }

  function matches(fieldWords, term) {
    var n = 0;
    for (var i = 0; i < fieldWords.length; i++) if (fieldWords[i].f.lastIndexOf(term, 0) === 0) n++;
    return n;
  }

  /* Every term must match somewhere; more and better-placed matches rank higher, and a title that is exactly
     the query (the country "Tajikistan" for "tajikistan") comes first. */
  function score(doc, terms) {
    var title = doc.words.t.map(function (w) { return w.f; });
    var total = title.join(" ") === terms.join(" ") ? 100 : 0;
    for (var i = 0; i < terms.length; i++) {
      var best = 0;
      for (var field in WEIGHTS) {
        var n = matches(doc.words[field], terms[i]);
        if (n) best += WEIGHTS[field] * (field === "b" ? Math.min(n, 5) : 1);
      }
      if (title.indexOf(terms[i]) >= 0) best += WEIGHTS.t / 2;
      if (!best) return 0;
      total += best;
    }
    return total;
  }

  /* Appends text to an element, wrapping the words that start with a term in <mark>. Text nodes only: never HTML. */
  function highlighted(parent, text, start, end, terms) {
    var cursor = start;
    words(text.slice(start, end)).forEach(function (w) {
      for (var i = 0; i < terms.length; i++) {
        if (w.f.lastIndexOf(terms[i], 0) === 0) {
          parent.appendChild(document.createTextNode(text.slice(cursor, start + w.at)));
          var mark = document.createElement("mark");
          mark.textContent = text.slice(start + w.at, start + w.end);
          parent.appendChild(mark);
          cursor = start + w.end;
          return;
        }
      }
    });
    parent.appendChild(document.createTextNode(text.slice(cursor, end)));
  }

  /* About 200 characters of the body around the first match, cut at spaces; the keywords when the body has none. */
  function snippet(doc, terms) {
    var p = document.createElement("p");
    p.className = "snippet";
    var text = doc.body;
    var hit = doc.words.b.find(function (w) { return terms.some(function (t) { return w.f.lastIndexOf(t, 0) === 0; }); });
    if (!hit && doc.words.x.some(function (w) { return terms.some(function (t) { return w.f.lastIndexOf(t, 0) === 0; }); })) {
      text = doc.keywords;
      hit = { at: 0 };
    }
    var at = hit ? hit.at : 0;
    var start = Math.max(0, at - 70);
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    var end = Math.min(text.length, start + 220);
    if (end < text.length) end = text.lastIndexOf(" ", end) > at ? text.lastIndexOf(" ", end) : end;
    if (start > 0) p.appendChild(document.createTextNode("… "));
    highlighted(p, text, start, end, terms);
    if (end < text.length) p.appendChild(document.createTextNode(" …"));
    return p;
  }

  /* The pages matching every word of the query, best first. */
  function rank(docs, terms) {
    return docs
      .map(function (doc) { return { doc: doc, score: score(doc, terms) }; })
      .filter(function (r) { return r.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.doc.title.localeCompare(b.doc.title); });
  }

  function termsOf(query) {
    return words(query).map(function (w) { return w.f; });
  }

  /* The index is scripts, not JSON, so it loads from disk too (browsers refuse fetch() on file://): search/index.js
     names the parts and each part hands over its entries; they load side by side and are joined in order. */
  var loading = null;
  function loadIndex(siteRoot) {
    if (loading) return loading;
    loading = new Promise(function (resolve, reject) {
      var parts = {};
      var names = null;
      function add(src) {
        var script = document.createElement("script");
        script.src = siteRoot + "search/" + src;
        script.onerror = reject;
        document.head.appendChild(script);
      }
      function done() {
        if (names && names.every(function (n) { return n in parts; })) {
          resolve([].concat.apply([], names.map(function (n) { return parts[n]; })));
        }
      }
      window.dossierSearchIndex = function (index) {
        names = index.parts;
        names.forEach(add);
        done();
      };
      window.dossierSearchPart = function (name, entries) {
        parts[name] = entries;
        done();
      };
      add("index.js");
    });
    return loading;
  }

  /* --- The search page: every result with a snippet; the query stays in the address. --- */
  function searchPage(form) {
    var input = form.querySelector("input[type=search]");
    var status = document.querySelector(".search-status");
    var list = document.querySelector(".search-results");
    var siteRoot = form.getAttribute("data-root") || "../";
    var docs = null;

    function render(query) {
      list.textContent = "";
      var terms = termsOf(query);
      if (!terms.length) {
        status.textContent = "";
        return;
      }
      var ranked = rank(docs, terms);
      status.textContent = ranked.length === 0
        ? "No pages match “" + query + "”."
        : ranked.length + (ranked.length === 1 ? " page matches" : " pages match") + " “" + query + "”.";
      ranked.slice(0, MAX_RESULTS).forEach(function (r) {
        var item = document.createElement("li");
        var kind = document.createElement("p");
        kind.className = "doc-kind";
        kind.textContent = r.doc.kind;
        var heading = document.createElement("h2");
        var link = document.createElement("a");
        link.href = r.doc.url;
        if (r.doc.lang) link.lang = r.doc.lang;
        highlighted(link, r.doc.title, 0, r.doc.title.length, terms);
        heading.appendChild(link);
        item.appendChild(kind);
        item.appendChild(heading);
        item.appendChild(snippet(r.doc, terms));
        list.appendChild(item);
      });
    }

    var pending = 0;
    function onInput() {
      clearTimeout(pending);
      pending = setTimeout(function () {
        var query = input.value.trim();
        if (location.protocol !== "file:") {
          var url = new URL(window.location.href);
          if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
          history.replaceState(null, "", url);
        }
        if (docs) render(query);
      }, 120);
    }

    form.addEventListener("submit", function (e) {
      e.preventDefault();
      onInput();
    });
    input.addEventListener("input", onInput);

    input.value = new URLSearchParams(window.location.search).get("q") || "";
    status.textContent = "Loading the search index…";
    loadIndex(siteRoot)
      .then(function (entries) {
        docs = entries.map(function (e) { return prepare(e, siteRoot); });
        status.textContent = "";
        render(input.value.trim());
        if (!input.value) input.focus();
      })
      .catch(function () {
        status.textContent = "The search index could not be loaded. Browse the articles, countries, agreements and bibliography instead.";
      });
  }

  /* --- The header's search box: a combobox whose listbox shows the best pages as the reader types (`/` focuses it, in
     dossier.js), arrows move through the results, Enter opens one (or, with none chosen, submits to the search page),
     Escape closes. --- */
  function headerSearch(form) {
    var input = form.querySelector("input");
    var siteRoot = form.getAttribute("data-root") || "./";
    var docs = null;
    var options = [];
    var active = -1;
    // dossier.js made the box a combobox and its (empty) listbox at load, so the box is the same widget before and after.
    var list = document.getElementById(input.getAttribute("aria-controls"));
    var status = form.querySelector("[role=status]");
    if (!list || !status) return;

    function ready() {
      return loadIndex(siteRoot).then(function (entries) {
        if (!docs) docs = entries.map(function (e) { return prepare(e, siteRoot); });
        return docs;
      });
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function choose(i) {
      if (active >= 0) options[active].item.setAttribute("aria-selected", "false");
      active = i;
      if (i < 0) {
        input.removeAttribute("aria-activedescendant");
        return;
      }
      var item = options[i].item;
      item.setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", item.id);
      item.scrollIntoView({ block: "nearest" });
    }

    function option(text, url, kind, lang, terms) {
      var item = document.createElement("li");
      item.id = list.id + "-" + options.length;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      if (kind) {
        var k = document.createElement("span");
        k.className = "doc-kind";
        k.textContent = kind + " ";
        item.appendChild(k);
      }
      var title = document.createElement("span");
      if (lang) title.lang = lang;
      if (terms) highlighted(title, text, 0, text.length, terms); else title.textContent = text;
      item.appendChild(title);
      // Keep the focus in the box: the choice is made on click, after the press.
      item.addEventListener("mousedown", function (e) { e.preventDefault(); });
      item.addEventListener("click", function () { location.href = url; });
      options.push({ item: item, url: url });
      list.appendChild(item);
    }

    function update() {
      var query = input.value.trim();
      var terms = termsOf(query);
      list.textContent = "";
      options = [];
      active = -1;
      if (!terms.length || !docs) {
        close();
        status.textContent = "";
        return;
      }
      var ranked = rank(docs, terms);
      ranked.slice(0, MAX_SUGGESTIONS).forEach(function (r) { option(r.doc.title, r.doc.url, r.doc.kind, r.doc.lang, terms); });
      option(ranked.length ? "All " + ranked.length + " results for “" + query + "”" : "No pages match “" + query + "”: open the search page",
        siteRoot + "search/" + PAGE + "?q=" + encodeURIComponent(query));
      status.textContent = ranked.length === 0 ? "No pages match." : ranked.length + (ranked.length === 1 ? " page matches." : " pages match.");
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    var pending = 0;
    input.addEventListener("input", function () {
      clearTimeout(pending);
      pending = setTimeout(function () { ready().then(update, close); }, 60);
    });
    input.addEventListener("focus", function () { ready().then(function () { if (input.value.trim()) update(); }, function () {}); });
    input.addEventListener("blur", close);
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        if (list.hidden) {
          update();
          if (list.hidden) return;
        }
        var n = options.length;
        choose(e.key === "ArrowDown" ? (active + 1) % n : (active - 1 + n) % n);
      } else if (e.key === "Enter" && active >= 0) {
        e.preventDefault();
        location.href = options[active].url;
      } else if (e.key === "Escape") {
        if (!list.hidden) {
          e.preventDefault();
          close();
        } else if (input.value) {
          input.value = "";
        }
      }
    });
    if (PAGE) {
      // From disk the search page is its index.html, which the form's folder address would not open.
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        location.href = siteRoot + "search/" + PAGE + "?q=" + encodeURIComponent(input.value.trim());
      });
    }

    // Loaded when the reader first reached for the box (dossier.js): what they typed meanwhile is searched now.
    if (document.activeElement === input) ready().then(function () { if (input.value.trim()) update(); }, function () {});
  }

  if (window.dossierSearchStarted) return;
  window.dossierSearchStarted = true;
  var pageForm = document.querySelector(".search-page-form");
  if (pageForm) searchPage(pageForm);
  var headerForm = document.querySelector(".site-search");
  if (headerForm) headerSearch(headerForm);
})();
