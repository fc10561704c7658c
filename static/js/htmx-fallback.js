// Loads the copy of htmx fetched at install time when the CDN is not
// reachable (offline use) or not configured.
(function () {
  var me = document.currentScript;
  function load() {
    if (window.htmx) return;
    var s = document.createElement("script");
    s.src = me.getAttribute("data-src");
    document.head.appendChild(s);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", load);
  } else {
    load();
  }
})();
