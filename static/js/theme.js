// The top bar's colours toggle offers the opposite of what the page shows: with no
// choice kept on the account, the page follows the device, which only the browser knows.
(function () {
  function update() {
    var button = document.querySelector(".theme-toggle");
    if (!button) return;
    var chosen = document.documentElement.dataset.theme;
    var dark = chosen ? chosen === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
    var other = dark ? "light" : "dark";
    button.value = other;
    button.title = "Use " + other + " colours";
    button.querySelector(".theme-label").textContent = "Use " + other + " colours";
    button.querySelector(".theme-icon").textContent = dark ? "☀" : "☾";
  }
  document.addEventListener("DOMContentLoaded", update);
  // Back to the page as it is now: htmx may have moved its address since it was served.
  document.addEventListener("submit", function (event) {
    if (!event.target.classList.contains("theme-toggle-form")) return;
    event.target.elements.next.value = location.pathname + location.search;
  });
  window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", update);
})();
