// Injected by `dossier serve` only (never written to the site): reloads the page after a rebuild and shows a
// failed build's errors over the page, which stays the last good version until the build is fixed.
(() => {
  "use strict";
  const id = "dossier-build-error";
  const events = new EventSource("/_dossier/events");

  events.addEventListener("reload", () => location.reload());
  // Not "error": EventSource fires its own "error" event whenever the connection drops.
  events.addEventListener("build-error", (event) => show(event.data));

  function hide() {
    document.getElementById(id)?.remove();
  }

  function show(report) {
    hide();
    const box = document.createElement("section");
    box.id = id;
    box.setAttribute("role", "alert");
    box.setAttribute("aria-labelledby", id + "-title");
    box.style.cssText = "position:fixed;left:1rem;right:1rem;bottom:1rem;max-height:70vh;overflow:auto;" +
      "z-index:2147483647;padding:1rem 1.25rem;background:#1f1f1f;color:#f5f5f5;border:3px solid #e5484d;" +
      "border-radius:8px;box-shadow:0 8px 32px rgba(0,0,0,.45);font:14px/1.5 ui-monospace,Menlo,Consolas,monospace";

    const title = document.createElement("h2");
    title.id = id + "-title";
    title.textContent = "The build failed — this is the last good version of the page";
    title.style.cssText = "margin:0 0 .5rem;font:inherit;font-weight:bold;color:#ff9592";

    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Dismiss";
    close.style.cssText = "float:right;margin-left:1rem;font:inherit;padding:.2rem .8rem;cursor:pointer";
    close.addEventListener("click", hide);

    // textContent, never innerHTML: the report quotes the content being edited.
    const text = document.createElement("pre");
    text.textContent = report;
    text.style.cssText = "margin:0;white-space:pre-wrap;font:inherit";

    box.append(close, title, text);
    document.body.append(box);
  }

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
  });
})();
