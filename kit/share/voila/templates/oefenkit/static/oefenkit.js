// Oefenkit in the browser: what ipywidgets cannot say by itself.
// - Focus and scroll: an element with data-ok-focus="<token>" that appears with a token not seen before
//   gets focus and is scrolled to the top (new step, feedback, signed in). Re-rendering the same
//   content (a live refresh) keeps its token and so never steals focus.
// - Names: a widget with the class ok-name-<id> is named by the element with that id (the question);
//   with ok-group-named as well it is a group (role="group") named so. Every control inside a widget
//   with the class ok-part-of-<id> is named by its own label followed by that element (a statement,
//   a row): "Waarneming “...”", "Verwijder Regel 2". Icon-font glyphs are hidden from button names.
// - Status messages: a widget with the class ok-live (ok-live-alert) is a live region from the start,
//   so a screen reader reads each new message (WCAG 4.1.3).
// - State: toggle buttons expose aria-pressed, radio groups role="radiogroup".
// - Landmark: Voila's content panel is the main landmark.
(function () {
  "use strict";
  var seen = new Set();

  function focusNew(root) {
    var targets = root.querySelectorAll ? root.querySelectorAll("[data-ok-focus]") : [];
    var last = null;
    targets.forEach(function (el) {
      var token = el.getAttribute("data-ok-focus");
      if (!seen.has(token)) {
        seen.add(token);
        last = el;
      }
    });
    if (last !== null) {
      var el = last;
      window.requestAnimationFrame(function () {
        if (!el.isConnected) return;
        el.scrollIntoView({ block: "start" });
        el.focus({ preventScroll: true });
      });
    }
  }

  function nameWidgets(root) {
    if (!root.querySelectorAll) return;
    root.querySelectorAll("[class*='ok-name-']").forEach(function (widget) {
      var cls = Array.prototype.find.call(widget.classList, function (c) { return c.indexOf("ok-name-") === 0; });
      var id = cls.slice("ok-name-".length);
      var radio = widget.querySelector(".widget-radio-box");
      if (radio) {
        radio.setAttribute("role", "radiogroup");
        radio.setAttribute("aria-labelledby", id);
      }
      widget.querySelectorAll("textarea, input[type='text']").forEach(function (field) {
        if (!field.closest(".widget-hbox, .widget-text") || !field.labels || field.labels.length === 0) {
          field.setAttribute("aria-labelledby", id);
        }
      });
      if (widget.classList.contains("ok-group-named")) {
        widget.setAttribute("role", "group");
        widget.setAttribute("aria-labelledby", id);
      }
    });
  }

  var ids = 0;
  function idOf(el) {
    if (!el.id) el.id = "ok-c" + (++ids);
    return el.id;
  }

  // The control's own visible label: a button's text, a field's <label> (a checkbox sits inside its own).
  function ownLabel(control) {
    if (control.tagName === "BUTTON") return control;
    var label = control.closest("label") || (control.labels && control.labels[0]);
    return label && label.textContent.trim() ? label : null;
  }

  function nameParts(root) {
    if (!root.querySelectorAll) return;
    root.querySelectorAll("[class*='ok-part-of-']").forEach(function (widget) {
      var cls = Array.prototype.find.call(widget.classList, function (c) { return c.indexOf("ok-part-of-") === 0; });
      var context = cls.slice("ok-part-of-".length);
      var selector = "button, input, select, textarea";
      var controls = widget.matches(selector) ? [widget] : Array.from(widget.querySelectorAll(selector));
      controls.forEach(function (control) {
        var own = ownLabel(control);
        var names = own ? idOf(own) + " " + context : context;
        if (control.getAttribute("aria-labelledby") !== names) control.setAttribute("aria-labelledby", names);
      });
    });
  }

  function liveRegions(root) {
    if (!root.querySelectorAll) return;
    root.querySelectorAll(".ok-live, .ok-live-alert").forEach(function (box) {
      var role = box.classList.contains("ok-live-alert") ? "alert" : "status";
      if (box.getAttribute("role") !== role) box.setAttribute("role", role);
    });
    root.querySelectorAll("button i.fa, button i[class*='fa-']").forEach(function (icon) {
      if (icon.getAttribute("aria-hidden") !== "true") icon.setAttribute("aria-hidden", "true");
    });
  }

  function pressedState(root) {
    if (!root.querySelectorAll) return;
    root.querySelectorAll(".widget-toggle-button").forEach(function (button) {
      var pressed = button.classList.contains("mod-active") ? "true" : "false";
      if (button.getAttribute("aria-pressed") !== pressed) button.setAttribute("aria-pressed", pressed);
    });
    root.querySelectorAll(".jupyter-widget-Collapse-header").forEach(function (header) {
      var open = header.parentElement && header.parentElement.classList.contains("jupyter-widget-Collapse-open");
      if (header.getAttribute("role") !== "button") header.setAttribute("role", "button");
      if (header.getAttribute("tabindex") !== "0") header.setAttribute("tabindex", "0");
      if (header.getAttribute("aria-expanded") !== String(!!open)) header.setAttribute("aria-expanded", String(!!open));
    });
    root.querySelectorAll(".widget-toggle-buttons .widget-label").forEach(function (label) {
      if (!label.textContent.trim()) label.setAttribute("aria-hidden", "true");
    });
  }

  // Voila's lab shell is built by script; its content panel is the page's main landmark.
  function mainLandmark() {
    var panel = document.getElementById("jp-main-content-panel");
    if (panel && panel.getAttribute("role") !== "main") panel.setAttribute("role", "main");
  }

  function update() {
    mainLandmark();
    nameWidgets(document);
    nameParts(document);
    liveRegions(document);
    pressedState(document);
    focusNew(document);
  }

  var pending = false;
  var observer = new MutationObserver(function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      update();
    });
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["class"],
  });
})();

// A folding section's header (De situatie) opens and closes with Enter or Space, like a button.
document.addEventListener("keydown", function (event) {
  var header = event.target && event.target.classList && event.target.classList.contains("jupyter-widget-Collapse-header")
    ? event.target : null;
  if (!header || (event.key !== "Enter" && event.key !== " ")) return;
  event.preventDefault();
  header.click();
});

// Copy buttons (the facilitator's code and key): copy the text and say so on the button and in its name.
document.addEventListener("click", function (event) {
  var button = event.target && event.target.closest ? event.target.closest(".ok-copy") : null;
  if (!button) return;
  var text = button.getAttribute("data-copy") || "";
  var done = function () {  // the name follows the visible text (WCAG 2.5.3 label in name)
    button.textContent = button.getAttribute("data-copied") || button.textContent;
    var named = button.getAttribute("data-copied-label");
    if (named) button.setAttribute("aria-label", named);
  };
  var byHand = function () {  // no clipboard API, or it refused (no permission): the old way
    var field = document.createElement("textarea");
    field.value = text;
    document.body.appendChild(field);
    field.select();
    document.execCommand("copy");
    field.remove();
    button.focus();
    done();
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done, byHand);
  } else {
    byHand();
  }
});
