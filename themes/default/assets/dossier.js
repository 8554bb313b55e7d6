/* Progressive enhancement only: without it, notes are plain links and the scheme follows the system. */
(function () {
  "use strict";

  var root = document.documentElement;

  /* --- Light/dark toggle, saved; the script in <head> applies it before first paint. --- */
  function themeToggle() {
    var bar = document.querySelector(".site-header .bar");
    if (!bar || !window.matchMedia) return;
    var system = window.matchMedia("(prefers-color-scheme: dark)");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "theme-toggle";
    button.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 3a9 9 0 1 0 9 9c0-.5 0-.9-.1-1.4A5.5 5.5 0 0 1 12.4 3.1 9.9 9.9 0 0 0 12 3Z"/></svg><span>Dark mode</span>';

    function isDark() {
      var chosen = root.getAttribute("data-theme");
      return chosen ? chosen === "dark" : system.matches;
    }
    function show() { button.setAttribute("aria-pressed", String(isDark())); }

    button.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem("dossier-theme", next); } catch (e) { /* private mode: the choice lasts this page */ }
      show();
    });
    if (system.addEventListener) system.addEventListener("change", show);
    show();
    bar.appendChild(button);
  }

  /* --- Footnote previews: hover, keyboard focus or tap on a marker shows its note beside the text. --- */
  function footnotes() {
    var markers = document.querySelectorAll(".note-ref a[href^='#']");
    var open = null;
    var hideTimer = 0;
    var lastPointer = "mouse";
    var refocusing = null;

    function noteOf(marker) {
      return document.getElementById(decodeURIComponent(marker.getAttribute("href").slice(1)));
    }

    function popoverOf(marker) {
      if (marker.dossierPreview) return marker.dossierPreview;
      var note = noteOf(marker);
      var box = document.createElement("span");
      box.className = "note-popover";
      box.id = "preview-" + note.id;
      box.hidden = true;
      var number = document.createElement("span");
      number.className = "note-number";
      number.textContent = marker.textContent + ".";
      box.appendChild(number);
      Array.prototype.forEach.call(note.childNodes, function (node) {
        if (node.nodeType === 1 && node.classList.contains("note-back")) return;
        var copy = node.cloneNode(true);
        if (copy.nodeType === 1) {
          copy.removeAttribute("id");
          Array.prototype.forEach.call(copy.querySelectorAll("[id]"), function (e) { e.removeAttribute("id"); });
        }
        box.appendChild(copy);
      });
      box.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
      box.addEventListener("mouseleave", function () { hideSoon(); });
      box.addEventListener("focusout", function (e) { if (!within(e.relatedTarget, marker)) hide(); });
      marker.parentNode.parentNode.insertBefore(box, marker.parentNode.nextSibling);
      marker.dossierPreview = box;
      return box;
    }

    function within(node, marker) {
      return !!node && (node === marker || (marker.dossierPreview && marker.dossierPreview.contains(node)));
    }

    function place(marker, box) {
      var anchor = marker.getBoundingClientRect();
      var parent = (box.offsetParent || document.body).getBoundingClientRect();
      var margin = 8;
      var width = box.offsetWidth;
      var viewport = root.clientWidth;
      var left = Math.min(Math.max(margin, anchor.left + anchor.width / 2 - width / 2), viewport - width - margin);
      var below = anchor.bottom + margin;
      var top = below + box.offsetHeight > window.innerHeight && anchor.top - box.offsetHeight - margin > 0
        ? anchor.top - box.offsetHeight - margin
        : below;
      box.style.left = (left - parent.left) + "px";
      box.style.top = (top - parent.top) + "px";
    }

    function show(marker) {
      clearTimeout(hideTimer);
      if (open && open !== marker) hide();
      var box = popoverOf(marker);
      box.hidden = false;
      place(marker, box);
      open = marker;
    }

    function hide() {
      clearTimeout(hideTimer);
      if (!open) return;
      open.dossierPreview.hidden = true;
      open = null;
    }

    function hideSoon() {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(hide, 300);
    }

    Array.prototype.forEach.call(markers, function (marker) {
      var note = noteOf(marker);
      if (!note) return;
      // Screen readers announce the note with the marker, wherever focus is: its text, without the note's own links.
      var text = note.querySelector(".note-text");
      marker.setAttribute("aria-describedby", text && text.id ? text.id : note.id);
      marker.addEventListener("mouseenter", function () {
        clearTimeout(hideTimer);
        hideTimer = setTimeout(function () { show(marker); }, 120);
      });
      marker.addEventListener("mouseleave", hideSoon);
      marker.addEventListener("focus", function () { if (refocusing !== marker) show(marker); });
      marker.addEventListener("blur", function (e) { if (!within(e.relatedTarget, marker)) hideSoon(); });
      // Whether the preview was open before this tap: the tap's own focus opens it before the click arrives.
      var openBeforeTap = false;
      marker.addEventListener("pointerdown", function (e) {
        lastPointer = e.pointerType;
        openBeforeTap = open === marker;
      });
      // A tap opens the preview first; a second tap on the marker goes to the note. Mouse and keyboard follow the link.
      marker.addEventListener("click", function (e) {
        var pointer = typeof e.pointerType === "string" ? e.pointerType : lastPointer;
        if ((pointer === "touch" || pointer === "pen") && !openBeforeTap) {
          e.preventDefault();
          show(marker);
        }
        openBeforeTap = true;
      });
    });

    if (!markers.length) return;
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && open) {
        // Escape closes the note and leaves the reader on its marker, without reopening it.
        var marker = open;
        hide();
        refocusing = marker;
        marker.focus({ preventScroll: true });
        refocusing = null;
      }
    });
    document.addEventListener("pointerdown", function (e) {
      if (open && !within(e.target, open)) hide();
    });
    window.addEventListener("resize", function () { if (open) place(open, open.dossierPreview); });
  }

  /* --- Cite this page: a copy button, only where the clipboard works. --- */
  function copyButtons() {
    if (!navigator.clipboard) return;
    Array.prototype.forEach.call(document.querySelectorAll("pre.cite-bibtex"), function (pre) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "cite-copy";
      button.textContent = "Copy BibTeX";
      var status = document.createElement("span");
      status.setAttribute("role", "status");
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(pre.textContent).then(function () { status.textContent = "Copied"; },
          function () { status.textContent = "Select the text to copy it"; });
      });
      pre.parentNode.insertBefore(button, pre.nextSibling);
      button.parentNode.insertBefore(status, button.nextSibling);
    });
  }

  /* --- Header search: `/` focuses it; search.js loads on first use (pages stay light). --- */
  function searchBox() {
    var form = document.querySelector(".site-search");
    if (!form) return;
    var input = form.querySelector("input");
    var list = document.createElement("ul");
    list.id = input.id + "-list";
    list.className = "site-search-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Pages found");
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    form.appendChild(list);
    form.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    function load() {
      if (document.querySelector("script[data-search]") || window.dossierSearchStarted) return;
      var script = document.createElement("script");
      script.src = form.getAttribute("data-root") + "assets/search.js";
      script.setAttribute("data-search", "");
      document.head.appendChild(script);
    }
    input.addEventListener("focus", load);
    input.addEventListener("pointerenter", load);
    document.addEventListener("keydown", function (e) {
      var t = e.target;
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || t.isContentEditable) return;
      e.preventDefault();
      input.focus();
      input.select();
    });
  }

  /* --- [[id]] previews: the page's hidden card, shown on hover or focus and read as the link's description. --- */
  function linkCards() {
    var cards = {};
    Array.prototype.forEach.call(document.querySelectorAll("[data-card]"), function (card, i) {
      card.id = "link-card-" + i;
      cards[card.getAttribute("data-card")] = card;
    });
    var box = null;
    var timer = 0;
    function hide() {
      clearTimeout(timer);
      if (box) box.hidden = true;
    }
    function show(link, card) {
      clearTimeout(timer);
      if (!box) {
        box = document.createElement("div");
        box.className = "note-popover link-popover";
        box.setAttribute("aria-hidden", "true");
        document.body.appendChild(box);
      }
      box.innerHTML = card.innerHTML;
      box.hidden = false;
      var at = link.getBoundingClientRect();
      var left = Math.min(Math.max(8, at.left), root.clientWidth - box.offsetWidth - 8);
      var top = at.bottom + 8 + box.offsetHeight > window.innerHeight && at.top > box.offsetHeight + 8 ? at.top - box.offsetHeight - 8 : at.bottom + 8;
      box.style.left = left + window.scrollX + "px";
      box.style.top = top + window.scrollY + "px";
    }
    Array.prototype.forEach.call(document.querySelectorAll("a.xref"), function (link) {
      var card = cards[link.getAttribute("href")];
      if (!card) return;
      link.setAttribute("aria-describedby", card.id);
      link.addEventListener("mouseenter", function () { clearTimeout(timer); timer = setTimeout(function () { show(link, card); }, 200); });
      link.addEventListener("mouseleave", hide);
      link.addEventListener("focus", function () { show(link, card); });
      link.addEventListener("blur", hide);
    });
    document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  }

  themeToggle();
  footnotes();
  linkCards();
  searchBox();
  copyButtons();
})();
