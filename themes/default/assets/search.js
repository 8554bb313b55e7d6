/* Dossier search: loads the index the build wrote and matches words by their start, ignoring case and
   accents in every script (Täjik = tajik, Ё = е), ranking title matches above headings, keywords and text. */
(function () {
  "use strict";

  var form = document.querySelector(".search-page-form");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input[type=search]");
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  var siteRoot = form.getAttribute("data-root") || "../";
  var docs = null;
  var WORD = /[\p{L}\p{N}]+/gu;
  var MAX_RESULTS = 50;
  var WEIGHTS = { t: 12, h: 6, x: 4, b: 1 };

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

  function prepare(entry) {
    return {
      url: siteRoot + entry.u, kind: entry.k, title: entry.t, lang: entry.l, body: entry.b, keywords: entry.x,
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

  function render(query) {
    list.textContent = "";
    var terms = words(query).map(function (w) { return w.f; });
    if (!terms.length) {
      status.textContent = "";
      return;
    }
    var ranked = docs
      .map(function (doc) { return { doc: doc, score: score(doc, terms) }; })
      .filter(function (r) { return r.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.doc.title.localeCompare(b.doc.title); });
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
      var url = new URL(window.location.href);
      if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
      history.replaceState(null, "", url);
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
  // index.json names the index's parts (a large dossier's index is megabytes, cut so an edit rewrites one part);
  // they are fetched side by side and joined in order.
  function load(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    });
  }
  var indexUrl = new URL(form.getAttribute("data-index"), window.location.href);
  load(indexUrl)
    .then(function (index) {
      return Promise.all(index.parts.map(function (part) { return load(new URL(part, indexUrl)); }));
    })
    .then(function (parts) {
      docs = [].concat.apply([], parts).map(prepare);
      status.textContent = "";
      render(input.value.trim());
      if (!input.value) input.focus();
    })
    .catch(function () {
      status.textContent = "The search index could not be loaded. Browse the articles, countries, agreements and bibliography instead.";
    });
})();
