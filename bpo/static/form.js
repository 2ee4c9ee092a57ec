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

// Providers page: a "Sort by" choice for the cards, added only when this script runs (the list
// reads in catalog order without it). Values come from the cards' data-sort-* attributes.
var PROVIDER_SORTS = [
  ["name", "Name", "text"],
  ["country", "Country", "text"],
  ["rate", "Lowest hourly rate", "number"],
  ["rating", "Rating (best first)", "number-desc"],
  ["capacity", "Capacity (largest first)", "number-desc"],
  ["minimum", "Minimum spend", "number"],
];

document.addEventListener("DOMContentLoaded", function () {
  var list = document.querySelector(".provider-list");
  if (!list) return;
  var field = document.createElement("div");
  field.className = "field sort-field";
  var label = document.createElement("label");
  label.htmlFor = "provider-sort";
  label.textContent = "Sort by";
  var select = document.createElement("select");
  select.id = "provider-sort";
  PROVIDER_SORTS.forEach(function (sort) {
    var option = document.createElement("option");
    option.value = sort[0];
    option.textContent = sort[1];
    select.appendChild(option);
  });
  field.appendChild(label);
  field.appendChild(select);
  list.parentNode.insertBefore(field, list);
  select.addEventListener("change", function () {
    var sort = PROVIDER_SORTS.filter(function (s) { return s[0] === select.value; })[0];
    var key = "data-sort-" + sort[0];
    var cards = Array.prototype.slice.call(list.children);
    cards.sort(function (a, b) {
      var x = a.getAttribute(key), y = b.getAttribute(key);
      if (sort[2] === "text") return x.localeCompare(y);
      var order = parseFloat(x) - parseFloat(y);
      return sort[2] === "number-desc" ? -order : order;
    });
    cards.forEach(function (card) { list.appendChild(card); });
  });
});

// My analyses: each report opened in this browser is remembered (id, link and its totals as
// shown), and the start page lists them, newest first, each with a button to forget it.
var ANALYSES_KEY = "bpo.myAnalyses";

function readAnalyses() {
  try {
    var list = JSON.parse(window.localStorage.getItem(ANALYSES_KEY) || "[]");
    return Array.isArray(list) ? list : [];
  } catch (error) {
    return [];
  }
}

function writeAnalyses(list) {
  try {
    window.localStorage.setItem(ANALYSES_KEY, JSON.stringify(list));
  } catch (error) {
    // Storage refused (private window): the list simply is not kept.
  }
}

document.addEventListener("DOMContentLoaded", function () {
  var report = document.querySelector("article.report[data-analysis-id]");
  if (!report) return;
  var data = report.dataset;
  var entry = {
    id: data.analysisId,
    url: data.analysisUrl,
    title: data.analysisTitle,
    created: data.analysisCreated,
    tasks: data.analysisTasks,
    savings: data.analysisSavings,
  };
  var others = readAnalyses().filter(function (item) { return item.id !== entry.id; });
  writeAnalyses([entry].concat(others).slice(0, 50));
});

function showAnalyses(section) {
  var list = section.querySelector(".my-analyses-list");
  var items = readAnalyses().slice().sort(function (a, b) {
    return String(b.created).localeCompare(String(a.created));
  });
  list.textContent = "";
  section.hidden = items.length === 0;
  items.forEach(function (item) {
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = item.url;
    link.textContent = item.title;
    var when = String(item.created || "").slice(0, 16).replace("T", " ");
    var facts = document.createElement("span");
    facts.className = "my-analysis-facts";
    facts.textContent = " · " + when + " UTC · " + item.tasks + " tasks · saves " + item.savings + " a month ";
    var remove = document.createElement("button");
    remove.type = "button";
    remove.className = "button button-small button-secondary";
    remove.textContent = "Remove";
    var hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = " " + item.title + " of " + when;
    remove.appendChild(hidden);
    remove.addEventListener("click", function () {
      writeAnalyses(readAnalyses().filter(function (other) { return other.id !== item.id; }));
      showAnalyses(section);
      var heading = document.getElementById("my-analyses-heading");
      if (!section.hidden && heading) {
        heading.setAttribute("tabindex", "-1");
        heading.focus();
      }
    });
    li.appendChild(link);
    li.appendChild(facts);
    li.appendChild(remove);
    list.appendChild(li);
  });
}

document.addEventListener("DOMContentLoaded", function () {
  var section = document.getElementById("my-analyses");
  if (section) showAnalyses(section);
});
