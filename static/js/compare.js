// The compare page's one behaviour htmx does not cover: each rendered version is
// laid out at the chosen device's width, then scaled down to fit its column, so
// "Desktop" shows the desktop layout. Without this script the frames keep that
// width and their columns scroll sideways.
(function () {
  document.documentElement.classList.replace("no-js", "js");

  function fit() {
    document.querySelectorAll(".compare-stage[data-width]").forEach(function (stage) {
      var frame = stage.querySelector(".compare-frame");
      if (!frame) return;
      var width = Number(stage.dataset.width);
      var room = stage.clientWidth;
      var scale = Math.min(1, room / width);
      frame.style.width = width + "px";
      frame.style.height = stage.clientHeight / scale + "px";
      frame.style.transform = scale < 1 ? "scale(" + scale + ")" : "";
      stage.classList.add("is-scaled");
      stage.dataset.scale = Math.round(scale * 100) + "%";
    });
  }

  window.addEventListener("resize", fit);
  document.addEventListener("DOMContentLoaded", fit);
  // A boosted link or the picker swapped in another comparison.
  document.addEventListener("htmx:afterSettle", fit);
})();
