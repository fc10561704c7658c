// The builder's few behaviours that htmx does not cover: Enter to send,
// the preview width switch, the sidebar drawer on small screens, and keeping
// the newest message in view.
(function () {
  document.documentElement.classList.replace("no-js", "js");

  function messages() { return document.getElementById("messages"); }
  function scrollToEnd() {
    var list = messages();
    if (list) list.scrollTop = list.scrollHeight;
  }

  document.addEventListener("keydown", function (event) {
    var box = event.target;
    if (box.id !== "message" || event.key !== "Enter") return;
    if (event.shiftKey || event.isComposing) return;
    event.preventDefault();
    if (box.value.trim() && !box.disabled) box.form.requestSubmit();
  });

  document.addEventListener("click", function (event) {
    var segment = event.target.closest(".segment[data-width]");
    if (segment) {
      var stage = document.querySelector(".preview-stage");
      if (stage) stage.dataset.width = segment.dataset.width;
      document.querySelectorAll(".segment[data-width]").forEach(function (other) {
        other.setAttribute("aria-pressed", String(other === segment));
      });
      try { localStorage.setItem("previewWidth", segment.dataset.width); } catch (e) {}
      return;
    }
    var toggle = event.target.closest(".sidebar-toggle");
    if (toggle) {
      var open = document.body.classList.toggle("sidebar-open");
      toggle.setAttribute("aria-expanded", String(open));
    }
  });

  // The preview keeps the chosen width when htmx swaps in a new version.
  function restoreWidth() {
    var width;
    try { width = localStorage.getItem("previewWidth"); } catch (e) {}
    var button = width && document.querySelector('.segment[data-width="' + width + '"]');
    if (button) button.click();
  }

  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.target.id === "preview") restoreWidth();
    scrollToEnd();
    var box = document.getElementById("message");
    if (box && !box.disabled && event.target.id === "composer") box.focus();
  });
  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.target.closest && event.target.closest("#composer");
    if (form) document.getElementById("composer-error").innerHTML = "";
  });
  document.addEventListener("DOMContentLoaded", function () {
    restoreWidth();
    scrollToEnd();
  });
})();
