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

// The company profile (fields marked data-remember) is kept in this browser, so the next
// analysis starts with it. Only empty fields are filled: what the server sent back (the
// example, or a form with errors) wins.
var PROFILE_KEY = "bpo.companyProfile";

function rememberedFields(form) {
  return form ? form.querySelectorAll("[data-remember]") : [];
}

function readProfile() {
  try {
    return JSON.parse(window.localStorage.getItem(PROFILE_KEY) || "{}") || {};
  } catch (error) {
    return {}; // storage switched off or a value we did not write: start empty
  }
}

document.addEventListener("submit", function (event) {
  var profile = {};
  rememberedFields(event.target).forEach(function (field) {
    profile[field.name] = field.value;
  });
  if (!Object.keys(profile).length) return;
  try {
    window.localStorage.setItem(PROFILE_KEY, JSON.stringify(profile));
  } catch (error) {
    // Private windows may refuse storage; the form works the same without it.
  }
});

document.addEventListener("DOMContentLoaded", function () {
  if (document.getElementById("error-summary")) return;
  var profile = readProfile();
  rememberedFields(document.querySelector("form.analysis-form")).forEach(function (field) {
    var value = profile[field.name];
    if (typeof value !== "string" || !value || field.value) return;
    if (field.tagName === "SELECT" && !field.querySelector('option[value="' + CSS.escape(value) + '"]')) return;
    field.value = value;
  });
});
