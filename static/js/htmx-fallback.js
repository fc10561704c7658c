// When the CDN cannot be reached (offline use), load the copy of htmx fetched
// at install time, before the page is parsed further, so htmx starts as usual.
if (!window.htmx) {
  document.write('<script src="' + document.currentScript.getAttribute("data-src") + '"><\/script>');
}
