// Small progressive enhancement: the form works without it. While an analysis runs, say so
// and stop a second click from sending the list twice.
document.addEventListener("submit", function (event) {
  var form = event.target;
  var text = form.getAttribute("data-busy-text");
  if (!text) return;
  var button = form.querySelector("button[type=submit]");
  if (!button || button.getAttribute("aria-busy") === "true") {
    event.preventDefault();
    return;
  }
  button.setAttribute("data-label", button.textContent);
  button.setAttribute("aria-busy", "true");
  button.textContent = text;
});
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("error-summary");
  if (summary) summary.focus();
});
// Coming back with the Back button restores the page as it was: make the button usable again.
window.addEventListener("pageshow", function () {
  document.querySelectorAll("button[aria-busy=true]").forEach(function (button) {
    button.removeAttribute("aria-busy");
    button.textContent = button.getAttribute("data-label") || "Analyse my tasks";
  });
});
