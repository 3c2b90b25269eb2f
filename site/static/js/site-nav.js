// The header's "Menu" disclosure works without this script (it is a <details>). With it, the toggle
// states aria-expanded, and Escape closes the menu and puts the focus back on the toggle.
(function () {
  "use strict";
  var nav = document.querySelector("[data-site-nav]");
  if (!nav) return;
  var toggle = nav.querySelector("summary");

  function showState() {
    toggle.setAttribute("aria-expanded", nav.open ? "true" : "false");
  }

  nav.addEventListener("toggle", showState);
  nav.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && nav.open) {
      nav.open = false;
      toggle.focus();
    }
  });
  showState();
})();
