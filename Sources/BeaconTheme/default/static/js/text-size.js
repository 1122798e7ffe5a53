// Larger-text switch: remembers the choice on this device, applied before the page paints.
(function () {
  var key = "beacon-large-text";
  var root = document.documentElement;
  try { if (localStorage.getItem(key) === "1") root.classList.add("large-text"); } catch (e) {}
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector(".text-size");
    if (!button) return;
    function show() {
      var on = root.classList.contains("large-text");
      button.setAttribute("aria-pressed", on ? "true" : "false");
      button.textContent = on ? button.getAttribute("data-normal") : button.getAttribute("data-larger");
    }
    button.addEventListener("click", function () {
      root.classList.toggle("large-text");
      try { localStorage.setItem(key, root.classList.contains("large-text") ? "1" : "0"); } catch (e) {}
      show();
    });
    show();
  });
})();
