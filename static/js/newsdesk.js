/* newsdesk: small page-wide helpers. Everything here is optional: pages work without it. */
(function () {
  "use strict";

  // "/" jumps to the page's search box (unless typing somewhere already).
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    const active = document.activeElement;
    if (active && (active.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName))) return;
    const box = document.querySelector("[data-shortcut='/']");
    if (box) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });

  // After an htmx form settles, focus goes where its data-refocus says (the tag box, ready for
  // the next tag). Here rather than in hx-on: the Content-Security-Policy forbids inline code.
  document.addEventListener("htmx:afterSettle", function (event) {
    const config = event.detail && event.detail.requestConfig;
    const id = config && config.elt && config.elt.dataset && config.elt.dataset.refocus;
    const field = id && document.getElementById(id);
    if (field) field.focus();
  });

  // A refused or failed htmx request (403 for Viewers, a lost connection) says so briefly.
  let timer = null;
  function notice(text) {
    const box = document.getElementById("notice");
    if (!box) return;
    box.textContent = text;
    box.hidden = false;
    clearTimeout(timer);
    timer = setTimeout(function () { box.hidden = true; }, 6000);
  }
  document.addEventListener("htmx:responseError", function (event) {
    const xhr = event.detail.xhr;
    if (xhr.status === 403) notice(xhr.responseText || "You cannot change this.");
    else if (xhr.status === 503) notice("The database is unavailable for a moment. Nothing was lost: try again shortly.");
    else notice("That did not work (" + xhr.status + "). Reload the page and try again.");
  });
  document.addEventListener("htmx:sendError", function () {
    notice("The server cannot be reached. Check the connection and try again.");
  });
})();
