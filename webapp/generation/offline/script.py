"""script.js: a mobile menu, an animated FAQ and forms that thank people without sending anything."""

SCRIPT = """// Small progressive enhancements; every page works without them.
document.documentElement.classList.add("js");

document.addEventListener("DOMContentLoaded", function () {
  // Mobile navigation: the button opens and closes the menu.
  var toggle = document.querySelector(".nav-toggle");
  var nav = document.getElementById("site-nav");
  if (toggle && nav) {
    var setOpen = function (open) {
      nav.classList.toggle("is-open", open);
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    };
    toggle.addEventListener("click", function () {
      setOpen(!nav.classList.contains("is-open"));
    });
    nav.addEventListener("click", function (event) {
      if (event.target.closest("a")) setOpen(false);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") setOpen(false);
    });
  }

  // FAQ: animate opening and closing, unless the visitor prefers less motion.
  var calm = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  document.querySelectorAll("details.faq-item").forEach(function (item) {
    var summary = item.querySelector("summary");
    var answer = item.querySelector(".faq-answer");
    if (!summary || !answer || calm || !answer.animate) return;
    summary.addEventListener("click", function (event) {
      event.preventDefault();
      if (item.open) {
        var closing = answer.animate(
          [{ height: answer.offsetHeight + "px", opacity: 1 }, { height: "0px", opacity: 0 }],
          { duration: 220, easing: "ease-in" }
        );
        closing.onfinish = function () { item.open = false; };
      } else {
        item.open = true;
        answer.animate(
          [{ height: "0px", opacity: 0 }, { height: answer.offsetHeight + "px", opacity: 1 }],
          { duration: 260, easing: "ease-out" }
        );
      }
    });
  });

  // Forms: check the fields, then say thank you in place. Nothing is sent anywhere.
  // Handled on the button's click as well as on submit, because a sandboxed preview
  // may block form submission before the submit event fires.
  document.querySelectorAll("form[data-contact-form]").forEach(function (form) {
    var done = function (event) {
      event.preventDefault();
      if (!form.reportValidity()) return;
      var thanks = form.querySelector(".form-success");
      form.classList.add("is-sent");
      if (thanks) {
        thanks.hidden = false;
        thanks.setAttribute("tabindex", "-1");
        thanks.focus();
      }
    };
    form.addEventListener("submit", done);
    var send = form.querySelector("button[type=submit], button:not([type])");
    if (send) send.addEventListener("click", done);
  });
});
"""


def script() -> str:
    """The text of script.js."""
    return SCRIPT
