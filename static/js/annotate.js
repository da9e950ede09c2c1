/* Annotating a passage: turn the browser selection inside the article body into the
   W3C selectors the server stores (TextPositionSelector start/end, TextQuoteSelector
   exact/prefix/suffix), show the note form, and let htmx post it.

   Offsets count Unicode code points of Article.body, like Python's str indexes. Each
   paragraph element carries data-start (its offset in the body) and its text content is
   exactly its slice of the body, so an offset is data-start + code points before the
   selection boundary within the paragraph. Between paragraphs the body has blank lines. */
(function () {
  "use strict";
  const CONTEXT = 32;
  const form = document.getElementById("annotate-form");
  if (!form) return;

  function body() { return document.getElementById("article-body"); }
  function codePoints(text) { return Array.from(text).length; }

  // The body's text rebuilt from the paragraphs, as an array of code points.
  function bodyChars() {
    const chars = [];
    body().querySelectorAll("p[data-start]").forEach(function (p) {
      const start = Number(p.dataset.start);
      while (chars.length < start) chars.push("\n");
      Array.prototype.push.apply(chars, Array.from(p.textContent));
    });
    return chars;
  }

  // Offset in the body of a selection boundary (node, offset), or null outside the body.
  function offsetOf(node, offset) {
    const root = body();
    if (!root.contains(node)) return null;
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    const paragraph = element.closest("p[data-start]");
    if (paragraph && root.contains(paragraph)) {
      const range = document.createRange();
      range.setStart(paragraph, 0);
      range.setEnd(node, offset);
      return Number(paragraph.dataset.start) + codePoints(range.toString());
    }
    // Between paragraphs: the start of the next paragraph, or the end of the last one.
    const after = node === root ? root.childNodes[offset] : node;
    const paragraphs = Array.from(root.querySelectorAll("p[data-start]"));
    const next = after && paragraphs.find(function (p) {
      return p === after || (after.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    if (next) return Number(next.dataset.start);
    const last = paragraphs[paragraphs.length - 1];
    return last ? Number(last.dataset.start) + codePoints(last.textContent) : null;
  }

  function currentSelection() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    let start = offsetOf(range.startContainer, range.startOffset);
    let end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return null;
    const chars = bodyChars();
    while (start < end && /\s/.test(chars[start])) start++;
    while (end > start && /\s/.test(chars[end - 1])) end--;
    if (end <= start) return null;
    return {
      start: start,
      end: end,
      exact: chars.slice(start, end).join(""),
      prefix: chars.slice(Math.max(0, start - CONTEXT), start).join(""),
      suffix: chars.slice(end, end + CONTEXT).join(""),
    };
  }

  function open(found) {
    ["start", "end", "exact", "prefix", "suffix"].forEach(function (name) {
      form.elements[name].value = found[name];
    });
    const shown = found.exact.length > 220 ? found.exact.slice(0, 220) + "…" : found.exact;
    document.getElementById("annotate-exact").textContent = "“" + shown + "”";
    document.getElementById("annotate-error").textContent = "";
    form.hidden = false;
  }

  function close() {
    form.hidden = true;
    form.reset();
  }

  // Mouse, touch and keyboard selections all end in one of these.
  function check(event) {
    if (form.contains(event.target)) return;
    setTimeout(function () {
      const found = currentSelection();
      if (found) open(found);
    }, 0);
  }
  document.addEventListener("mouseup", check);
  document.addEventListener("touchend", check);
  document.addEventListener("keyup", function (event) {
    if (event.shiftKey || event.key === "Shift") check(event);
  });

  form.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { close(); }
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); form.requestSubmit(); }
  });
  form.querySelector("[data-annotate-cancel]").addEventListener("click", close);

  // After a successful save the body and the list were swapped in; clear the form.
  form.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.successful) {
      close();
      window.getSelection().removeAllRanges();
    }
  });
})();
