/* The search box answers as the command line does: the same folding, the same rule and the
   same suggestions (npmlookup.core.names, written once in Python and read here line for
   line), run on the name tables the build writes into search-index.js. No framework, no
   network: the index arrives as a script beside the pages (browsers will not fetch a JSON
   file opened from disk). Without JavaScript the search page lists everything. In Node,
   require() gives the functions, so a test can hold them to the library's answers. */
(function (root, factory) {
  "use strict";
  var api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else if (root.document) {
    api.attach(root.document, root.npmSearchIndex, root.location);
  }
})(this, function () {
  "use strict";
  var KINDS = ["place", "member", "setting", "nation"];

  /* npmlookup.core.model.normalize */
  function fold(text) {
    var folded = text.toLowerCase().replace(/['\u2019\u2018`]/g, "").replace(/&/g, " and ");
    folded = folded.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^\p{L}\p{N}]+/gu, " ");
    return folded.split(" ").filter(Boolean).join(" ");
  }

  function own(map, key) {
    return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
  }

  function byWord(designators, position) {
    var sorted = designators.slice().sort(function (a, b) {
      return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
    });
    var table = {};
    sorted.forEach(function (designator) {
      var words = designator.split(" ");
      var key = words[position < 0 ? words.length - 1 : 0];
      (own(table, key) || (table[key] = [])).push(words);
    });
    return table;
  }

  /* A table as the build exports it, made ready: its sorted cores and designators by word. */
  function prepare(exported) {
    var order = {};
    exported.order.forEach(function (id, position) { order[id] = position; });
    return {
      names: exported.names, cores: exported.cores, cutoff: exported.cutoff, order: order,
      limits: exported.limits,
      sortedCores: Object.keys(exported.cores).sort(),
      starting: byWord(exported.designators, 0), ending: byWord(exported.designators, -1)
    };
  }

  function same(words, parts, from) {
    for (var k = 0; k < parts.length; k++) { if (words[from + k] !== parts[k]) { return false; } }
    return true;
  }

  /* NameTable.core */
  function core(table, folded) {
    var words = folded.split(" ");
    var changed = true;
    while (changed && words.length > 1) {
      changed = false;
      var starting = own(table.starting, words[0]) || [];
      for (var s = 0; s < starting.length; s++) {
        if (words.length > starting[s].length && same(words, starting[s], 0)) {
          words = words.slice(starting[s].length); changed = true; break;
        }
      }
      var ending = own(table.ending, words[words.length - 1]) || [];
      for (var e = 0; e < ending.length; e++) {
        if (words.length > ending[e].length && same(words, ending[e], words.length - ending[e].length)) {
          words = words.slice(0, words.length - ending[e].length); changed = true; break;
        }
      }
    }
    return words.join(" ");
  }

  function ordered(table, ids) {
    var seen = {};
    var unique = ids.filter(function (id) { return own(seen, id) ? false : (seen[id] = true); });
    return unique.sort(function (a, b) { return table.order[a] - table.order[b]; });
  }

  function begins(name, text, atStart) {
    return atStart ? name.indexOf(text) === 0 : name.slice(1).indexOf(" " + text) !== -1;
  }

  /* difflib.SequenceMatcher(None, b, a).ratio() as get_close_matches computes it (no junk). */
  function ratio(a, b) {
    a = Array.from(a); b = Array.from(b);
    var b2j = {};
    b.forEach(function (ch, j) { (own(b2j, ch) || (b2j[ch] = [])).push(j); });
    function longest(alo, ahi, blo, bhi) {
      var besti = alo, bestj = blo, bestsize = 0, j2len = {};
      for (var i = alo; i < ahi; i++) {
        var next = {}, js = own(b2j, a[i]) || [];
        for (var n = 0; n < js.length; n++) {
          var j = js[n];
          if (j < blo) { continue; }
          if (j >= bhi) { break; }
          var k = next[j] = (own(j2len, j - 1) || 0) + 1;
          if (k > bestsize) { besti = i - k + 1; bestj = j - k + 1; bestsize = k; }
        }
        j2len = next;
      }
      while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) { besti--; bestj--; bestsize++; }
      while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) {
        bestsize++;
      }
      return [besti, bestj, bestsize];
    }
    var matches = 0, queue = [[0, a.length, 0, b.length]];
    while (queue.length) {
      var q = queue.pop(), m = longest(q[0], q[1], q[2], q[3]), i = m[0], j = m[1], k = m[2];
      if (k) {
        matches += k;
        if (q[0] < i && q[2] < j) { queue.push([q[0], i, q[2], j]); }
        if (i + k < q[1] && j + k < q[3]) { queue.push([i + k, q[1], j + k, q[3]]); }
      }
    }
    var total = a.length + b.length;
    return total ? 2.0 * matches / total : 1.0;
  }

  /* difflib.get_close_matches(word, possibilities, n, cutoff) */
  function closeMatches(word, possibilities, n, cutoff) {
    var scored = [];
    possibilities.forEach(function (x) {
      var score = ratio(x, word);
      if (score >= cutoff) { scored.push([score, x]); }
    });
    scored.sort(function (p, q) { return q[0] - p[0] || (q[1] < p[1] ? -1 : q[1] > p[1] ? 1 : 0); });
    return scored.slice(0, n).map(function (p) { return p[1]; });
  }

  function namedGroups(folded, contrasts) {
    var padded = " " + folded + " ", groups = [];
    contrasts.forEach(function (words, i) {
      if (words.some(function (word) { return padded.indexOf(" " + word + " ") !== -1; })) { groups.push(i); }
    });
    return groups;
  }

  function suggestions(table, text, contrasts) {
    if (text.length > table.limits.fuzzy) { return []; }
    var named = namedGroups(text, contrasts), byRecord = {};
    if (named.length) {
      Object.keys(table.cores).forEach(function (name) {
        var groups = namedGroups(name, contrasts);
        table.cores[name].forEach(function (id) {
          var known = own(byRecord, id) || (byRecord[id] = []);
          groups.forEach(function (g) { if (known.indexOf(g) === -1) { known.push(g); } });
        });
      });
    }
    var found = [];
    closeMatches(text, table.sortedCores, 5, table.cutoff).forEach(function (name) {
      table.cores[name].forEach(function (id) {
        var groups = own(byRecord, id);
        var elsewhere = groups && groups.length && !groups.some(function (g) { return named.indexOf(g) !== -1; });
        if (found.indexOf(id) === -1 && !elsewhere) { found.push(id); }
      });
    });
    return found.slice(0, table.limits.suggestions);
  }

  /* NameTable.match: what a text names, by the one rule. */
  function match(table, text, contrasts) {
    var folded = text.length <= table.limits.name ? fold(text) : "";
    if (!folded) { return { ids: [], ambiguous: false, suggestions: [] }; }
    var c = core(table, folded);
    var found = folded === c ? own(table.cores, c) : own(table.names, folded) || own(table.cores, c);
    if (found) { return { ids: ordered(table, found), ambiguous: false, suggestions: [] }; }
    var tiers = [true, false];
    for (var t = 0; t < tiers.length; t++) {
      var names = table.sortedCores.filter(function (name) { return begins(name, c, tiers[t]); });
      if (names.length) {
        var ids = ordered(table, [].concat.apply([], names.map(function (name) { return table.cores[name]; })));
        var shortest = names.reduce(function (best, name) { return name.length < best.length ? name : best; });
        var oneName = names.every(function (name) { return name === shortest || name.indexOf(shortest + " ") === 0; });
        return { ids: ids, ambiguous: ids.length > 1 && !oneName, suggestions: [] };
      }
    }
    return { ids: [], ambiguous: false, suggestions: suggestions(table, c, contrasts) };
  }

  /* Every kind's answer to a text: {place: {ids, ambiguous, suggestions}, member: ..., ...}. */
  function search(index, text) {
    var prepared = index.prepared || (index.prepared = {});
    var answers = {};
    KINDS.forEach(function (kind) {
      var table = own(prepared, kind) || (prepared[kind] = prepare(index.tables[kind]));
      answers[kind] = match(table, text, index.contrasts);
    });
    return answers;
  }

  /* The settings a text fitting nothing could be a place of (words of their names), else all of
     those whose places are not listed by name, as the command says. */
  function unlisted(index, text) {
    var padded = " " + fold(text) + " ";
    var hinted = index.unlisted.filter(function (setting) {
      return setting.words.some(function (word) { return word && padded.indexOf(" " + word + " ") !== -1; });
    });
    return { hinted: hinted.length > 0, settings: hinted.length ? hinted : index.unlisted };
  }

  function attach(document, index, location) {
    var input = document.getElementById("q");
    var list = document.getElementById("results");
    var status = document.getElementById("results-status");
    if (!input || !list || !index || !index.items) { return; }
    var root = list.getAttribute("data-root") || "";
    var items = {};
    index.items.forEach(function (item) { items[item.kind + ":" + item.id] = item; });

    function link(item, prefix) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + item.url;
      a.textContent = item.title;
      var detail = document.createElement("span");
      detail.className = "detail";
      detail.textContent = " " + (prefix || "") + item.kind + ": " + item.detail;
      li.appendChild(a);
      li.appendChild(detail);
      list.appendChild(li);
    }

    function show(query) {
      list.textContent = "";
      if (!fold(query)) { status.textContent = ""; return; }
      var answers = search(index, query), found = 0, several = false, offered = [];
      KINDS.forEach(function (kind) {
        answers[kind].ids.forEach(function (id) {
          var item = own(items, kind + ":" + id);
          if (item) { link(item); found++; several = several || answers[kind].ambiguous; }
        });
        answers[kind].suggestions.forEach(function (id) {
          var item = own(items, kind + ":" + id);
          if (item) { offered.push(item); }
        });
      });
      if (found) {
        status.textContent = several ? found + " names fit \u201c" + query + "\u201d: choose one." :
          found === 1 ? "1 match." : found + " matches: the name fits each.";
        return;
      }
      offered.forEach(function (item) { link(item, "did you mean this? "); });
      /* As the command: the settings its words point to; else, with no suggestion, every setting
         whose places are not listed by name. */
      var kinds = unlisted(index, query);
      var shown = kinds.hinted || !offered.length ? kinds.settings : [];
      status.textContent = "Nothing is listed as \u201c" + query + "\u201d" +
        (offered.length ? " (the closest names are below)" : "") + "." +
        (!shown.length ? "" : (kinds.hinted ? " It could be a place of: " :
          " Places of these settings are not listed by name: ") +
          shown.map(function (setting) { return setting.name; }).join("; ") + ".");
      var links = offered.map(function (item) { return item.url; });
      shown.forEach(function (setting) {
        if (links.indexOf(setting.url) !== -1) { return; }
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = root + setting.url;
        a.textContent = setting.name;
        li.appendChild(a);
        list.appendChild(li);
      });
    }

    input.addEventListener("input", function () { show(input.value); });
    var asked = location ? new URLSearchParams(location.search).get("q") : null;
    if (asked) { input.value = asked; show(asked); }
    else if (list.children.length === 0) { status.textContent = ""; }
  }

  return { fold: fold, match: match, search: search, unlisted: unlisted, ratio: ratio, attach: attach };
});
