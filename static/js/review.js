/* The review queue from the keyboard: j/↓ next, k/↑ previous, v verify, r reject, u undo the
   last decision, s change speaker (↓ to its suggestions, Esc closes), o open. Each key presses
   the item's own buttons (the workbench widgets, which save through htmx), so the page works
   the same with the mouse and without this script. */
(function () {
  "use strict";

  const ITEM = "[data-review-item]";
  const KEYS = { v: "verified", r: "rejected" };
  let lastDecided = null; // the item whose decision "u" takes back

  function items() { return Array.from(document.querySelectorAll(ITEM)); }
  function current() { return document.querySelector(ITEM + "[aria-current='true']"); }

  function select(item) {
    if (!item) return;
    items().forEach(function (other) { if (other !== item) other.removeAttribute("aria-current"); });
    item.setAttribute("aria-current", "true");
    item.focus({ preventScroll: true });
    item.scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    const all = items();
    const next = all[all.indexOf(current()) + step];
    if (next) return select(next);
    // Past the end of the page: the next (or previous) page, if any.
    const link = document.querySelector("#queue .pager a[rel='" + (step > 0 ? "next" : "prev") + "']");
    if (link) link.click();
  }

  function press(item, status) {
    const button = item && item.querySelector(".review button[name='status'][value='" + status + "']");
    if (button) button.click();
    return !!button;
  }

  function status(item) {
    const badge = item.querySelector(".review .badge");
    const match = badge && badge.className.match(/status-(\w+)/);
    return match ? match[1] : "";
  }

  function openSpeaker(item) {
    const details = item.querySelector("details.change-speaker");
    if (!details) return;
    details.open = true; // its "toggle" fetches the form (hx-trigger="toggle once")
    const input = details.querySelector("input[name='label']");
    if (input) input.focus();
  }

  function typing(element) {
    return element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
  }

  document.addEventListener("keydown", function (event) {
    if (!document.querySelector("[data-review-queue]") || event.ctrlKey || event.metaKey || event.altKey) return;
    const active = document.activeElement;
    const speakerForm = active && active.closest && active.closest(".speaker-form");
    if (speakerForm) {
      const options = Array.from(speakerForm.querySelectorAll(".options button"));
      const at = options.indexOf(active);
      if (event.key === "Escape") {
        event.preventDefault();
        const item = speakerForm.closest(ITEM);
        speakerForm.closest("details").open = false;
        select(item);
      } else if (event.key === "ArrowDown" && options.length) {
        event.preventDefault();
        options[Math.min(at + 1, options.length - 1)].focus();
      } else if (event.key === "ArrowUp" && at >= 0) {
        event.preventDefault();
        if (at === 0) speakerForm.querySelector("input[name='label']").focus();
        else options[at - 1].focus();
      }
      return;
    }
    if (typing(active) || (active && active.tagName === "BUTTON" && event.key === "Enter")) return;
    const item = current();
    switch (event.key) {
      case "j": case "ArrowDown": event.preventDefault(); move(1); break;
      case "k": case "ArrowUp": event.preventDefault(); move(-1); break;
      case "v": case "r":
        if (item && status(item) !== KEYS[event.key] && press(item, KEYS[event.key])) {
          event.preventDefault();
          lastDecided = item;
          item.dataset.advance = "true";
        }
        break;
      case "u": {
        const undone = lastDecided && document.contains(lastDecided) ? lastDecided : item;
        if (undone && press(undone, "needs_review")) {
          event.preventDefault();
          lastDecided = null;
          select(undone);
        }
        break;
      }
      case "s": if (item) { event.preventDefault(); openSpeaker(item); } break;
      case "o": {
        const link = item && item.querySelector("[data-open]");
        if (link) { event.preventDefault(); link.click(); }
        break;
      }
    }
  });

  // After a widget is swapped: the item shows its new status, the progress line is asked
  // again, a decision moves on to the next item, a saved speaker gives focus back.
  document.addEventListener("htmx:afterSettle", function (event) {
    const target = event.target;
    const item = target && target.closest && target.closest(ITEM);
    if (!item) {
      if (target && target.id === "queue") select(items()[0]);
      return;
    }
    if (target.classList.contains("review")) {
      item.dataset.status = status(item);
      const progress = document.getElementById("review-progress");
      if (progress && window.htmx) window.htmx.trigger(progress, "refresh");
      if (item.dataset.advance) {
        delete item.dataset.advance;
        if (item === current()) move(1);
      }
    } else if (target.classList.contains("speaker")) {
      select(item);
    } else if (target.classList.contains("speaker-form")) {
      const input = target.querySelector("input[name='label']");
      if (input && item.querySelector("details.change-speaker[open]")) input.focus();
    }
  });

  // Clicking an item makes it the current one.
  document.addEventListener("click", function (event) {
    const item = event.target.closest && event.target.closest(ITEM);
    if (item && item !== current()) {
      items().forEach(function (other) { other.removeAttribute("aria-current"); });
      item.setAttribute("aria-current", "true");
    }
  });

  function start() {
    if (!document.querySelector("[data-review-queue]")) return;
    items().forEach(function (item) { item.dataset.status = status(item); });
    select(items()[0]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
