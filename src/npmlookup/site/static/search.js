/* Filter members, settings, nations and places as one types. No framework, no network:
   the index arrives as search-index.js beside the pages (browsers will not fetch a JSON
   file opened from disk). Without JavaScript the search page lists everything. */
(function () {
  "use strict";
  var index = window.npmSearchIndex || [];
  var input = document.getElementById("q");
  var list = document.getElementById("results");
  var status = document.getElementById("results-status");
  if (!input || !list || !index.length) { return; }
  var root = list.getAttribute("data-root") || "";
  var LIMIT = 40;

  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/&/g, " and ").replace(/[^a-z0-9]+/g, " ").trim();
  }
  var folded = index.map(function (item) {
    return { item: item, title: fold(item.title), names: item.names.map(fold).join(" | ") };
  });

  function matches(query) {
    var words = fold(query).split(" ").filter(Boolean);
    if (!words.length) { return []; }
    var found = folded.filter(function (entry) {
      return words.every(function (word) { return entry.names.indexOf(word) !== -1; });
    });
    var first = words.join(" ");
    found.sort(function (a, b) {
      var aStarts = a.title.indexOf(first) === 0 || a.names.indexOf("| " + first) !== -1 ? 0 : 1;
      var bStarts = b.title.indexOf(first) === 0 || b.names.indexOf("| " + first) !== -1 ? 0 : 1;
      return aStarts - bStarts;
    });
    return found.map(function (entry) { return entry.item; });
  }

  function show(query) {
    var found = matches(query);
    list.textContent = "";
    found.slice(0, LIMIT).forEach(function (item) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + item.url;
      a.textContent = item.title;
      var detail = document.createElement("span");
      detail.className = "detail";
      detail.textContent = " " + item.kind + ": " + item.detail;
      li.appendChild(a);
      li.appendChild(detail);
      list.appendChild(li);
    });
    if (!fold(query)) {
      status.textContent = "";
    } else if (!found.length) {
      status.textContent = "Nothing matches \u201c" + query + "\u201d. Police stations, courts, hospitals and care homes " +
        "are not listed by name: find their setting in the table.";
    } else {
      status.textContent = found.length + (found.length === 1 ? " match" : " matches") +
        (found.length > LIMIT ? ", the first " + LIMIT + " shown" : "") + ".";
    }
  }

  input.addEventListener("input", function () { show(input.value); });
  var asked = new URLSearchParams(window.location.search).get("q");
  if (asked) { input.value = asked; show(asked); }
  else if (list.children.length === 0) { status.textContent = ""; }
})();
