// Copy a review link's address. Without this script the address is still there,
// in a read-only field, to select and copy by hand (the Copy button stays hidden).
(function () {
  document.documentElement.classList.replace("no-js", "js");
  // The section is swapped in again by htmx, script and all: listen once.
  if (window.reviewLinksCopy) return;
  window.reviewLinksCopy = true;

  function copied(button) {
    button.textContent = "Copied";
    setTimeout(function () { button.textContent = "Copy"; }, 2000);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) return;
    var field = document.querySelector(button.dataset.copy);
    if (!field) return;
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(function () { copied(button); }, function () {
        document.execCommand("copy");
        copied(button);
      });
    } else {
      document.execCommand("copy");
      copied(button);
    }
  });
})();
