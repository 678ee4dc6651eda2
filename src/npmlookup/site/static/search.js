/* The search box answers as the command line does: the same folding, the same names rule, the
   same ranking and the same suggestions (npmlookup.core.names and npmlookup.core.search, written
   once in Python and read here line for line), run on the name tables the build writes into
   search-index.js. No framework, no
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

  var FITS = ["exact", "words", "beginning", "later word", "close"];
  var ORDER = ["setting", "nation", "member", "town", "place", "not listed"];
  var NAMED = ["setting", "nation", "member"];

  function tableOf(index, kind) {
    var prepared = index.prepared || (index.prepared = {});
    return own(prepared, kind) || (prepared[kind] = prepare(index.tables[kind]));
  }

  /* The records a search answers with, by kind and id: {setting: {id: name}, ..., place: {id: item}}. */
  function lookup(index) {
    if (!index.lookup) {
      var found = { place: {} };
      NAMED.forEach(function (kind) {
        found[kind] = {};
        index.records[kind].forEach(function (pair) { found[kind][pair[0]] = pair[1]; });
      });
      index.items.forEach(function (item) { if (item.kind === "place") { found.place[item.id] = item; } });
      index.lookup = found;
    }
    return index.lookup;
  }

  function result(kind, id, name, fit, places, nation) {
    return { kind: kind, id: id, name: name, fit: fit, places: places, nation: nation };
  }

  function placeResult(index, id, fit) {
    var item = lookup(index).place[id];
    return result("place", id, item.title, fit, [id], item.nation);
  }

  /* npmlookup.core.names.words_in */
  function wordsIn(folded, words) {
    var padded = " " + folded + " ";
    return words.some(function (word) { return word && padded.indexOf(" " + word + " ") !== -1; });
  }

  /* search._fits: each record that fits the folded text, by its best fit, in the table's order. */
  function fits(table, folded) {
    var c = core(table, folded);
    var exact = folded === c ? own(table.cores, c) : own(table.names, folded) || own(table.cores, c);
    var found = {}, ids = [];
    (exact || []).forEach(function (id) { if (!own(found, id)) { found[id] = "exact"; ids.push(id); } });
    table.sortedCores.forEach(function (name) {
      var fit = name.indexOf(c) === 0 ? "beginning" : "later word";
      if (fit === "later word" && name.slice(1).indexOf(" " + c) === -1) { return; }
      table.cores[name].forEach(function (id) {
        if (!own(found, id)) { found[id] = fit; ids.push(id); }
        else if (FITS.indexOf(fit) < FITS.indexOf(found[id])) { found[id] = fit; }
      });
    });
    return ordered(table, ids).map(function (id) { return [id, found[id]]; });
  }

  /* search._places: the places that fit; those that fit exactly, when there are several, as a town. */
  function placesFit(index, folded, kinds) {
    var all = fits(tableOf(index, "place"), folded);
    var pairs = all.filter(function (p) {
      return !kinds.length || kinds.indexOf(lookup(index).place[p[0]].setting) !== -1;
    });
    if (all.length && !pairs.length) {  /* of another kind than the text says: suggested, never answered */
      return all.map(function (p) { return placeResult(index, p[0], "close"); });
    }
    var exact = pairs.filter(function (p) { return p[1] === "exact"; }).map(function (p) { return p[0]; });
    var town = exact.length > 1, found = [];
    pairs.forEach(function (p) { if (!(town && p[1] === "exact")) { found.push(placeResult(index, p[0], p[1])); } });
    if (town) {
      var nations = [];
      exact.forEach(function (id) {
        var nation = lookup(index).place[id].nation;
        if (nations.indexOf(nation) === -1) { nations.push(nation); }
      });
      var name = own(index.towns, folded) || folded;
      found.unshift(result("town", folded, name, "exact", exact, nations.length === 1 ? nations[0] : null));
    }
    return found;
  }

  /* places.nation_in: a nation's name or alias in the text, else listed places all in one nation whose
     names (a town) it contains as whole words. */
  function nationIn(index, folded) {
    var nations = index.records.nation;
    for (var i = 0; i < nations.length; i++) {
      if (wordsIn(folded, index.contrasts[i])) { return nations[i][0]; }
    }
    var table = tableOf(index, "place"), words = folded.split(" "), found = [];
    for (var size = words.length; size > 0; size--) {
      for (var start = 0; start + size <= words.length; start++) {
        (own(table.names, words.slice(start, start + size).join(" ")) || []).forEach(function (id) {
          var nation = lookup(index).place[id].nation;
          if (found.indexOf(nation) === -1) { found.push(nation); }
        });
      }
    }
    return found.length === 1 ? found[0] : null;
  }

  /* search._named_at_end: the places the longest run of a longer text's last words names (a name or a
     town), only those of the settings the text names when it names any; several are one town. */
  function namedAtEnd(index, folded, settings) {
    var table = tableOf(index, "place"), words = folded.split(" ");
    for (var size = words.length - 1; size > 0; size--) {
      var end = words.slice(words.length - size).join(" ");
      var ids = (own(table.names, end) || []).filter(function (id) {
        return !settings.length || settings.indexOf(lookup(index).place[id].setting) !== -1;
      });
      var before = (own(table.names, words.slice(0, words.length - size).join(" ")) || []).filter(function (id) {
        return ids.indexOf(id) === -1;
      });
      if (ids.length && before.length) {  /* two places named ('Berwyn Parc'): neither answers, both offered */
        return before.concat(ids).map(function (id) { return placeResult(index, id, "close"); });
      }
      if (ids.length === 1) { return [placeResult(index, ids[0], "words")]; }
      if (ids.length) {
        var nations = [];
        ids.forEach(function (id) {
          var nation = lookup(index).place[id].nation;
          if (nations.indexOf(nation) === -1) { nations.push(nation); }
        });
        return [result("town", end, own(index.towns, end) || end, "words", ids, nations.length === 1 ? nations[0] : null)];
      }
    }
    return [];
  }

  /* search._settings_of_words: the settings whose words for a kind of place the text has. */
  function settingsOfWords(index, folded) {
    var found = [];
    Object.keys(index.designated || {}).forEach(function (word) {
      if (wordsIn(folded, [word])) {
        index.designated[word].forEach(function (id) { if (found.indexOf(id) === -1) { found.push(id); } });
      }
    });
    return found;
  }

  /* search._close: the closest names of each kind, for a text that fits nothing. */
  function close(index, text) {
    var found = [];
    NAMED.forEach(function (kind) {
      var names = lookup(index)[kind];
      match(tableOf(index, kind), text, index.contrasts).suggestions.forEach(function (id) {
        if (own(names, id) !== undefined) { found.push(result(kind, id, names[id], "close", [], null)); }
      });
    });
    match(tableOf(index, "place"), text, index.contrasts).suggestions.forEach(function (id) {
      found.push(placeResult(index, id, "close"));
    });
    return found;
  }

  /* npmlookup.core.search.search: everything a text names, ranked by its one rule. */
  function search(index, text) {
    var folded = fold(text);
    if (!folded) { return []; }
    var kinds = settingsOfWords(index, folded);  /* the settings whose words for a kind of place it has */
    if (index.designated &&
        (own(index.designated, folded) || own(index.designated, core(tableOf(index, "place"), folded)))) {
      /* only words for kinds of place ('HMP', 'hmp irc'): their settings, in the data's order */
      return Object.keys(lookup(index).setting).filter(function (id) { return kinds.indexOf(id) !== -1; })
        .map(function (id) { return result("setting", id, lookup(index).setting[id], "exact", [], null); });
    }
    var found = [];
    NAMED.forEach(function (kind) {
      var names = lookup(index)[kind];
      fits(tableOf(index, kind), folded).forEach(function (p) {
        if (own(names, p[0]) !== undefined) { found.push(result(kind, p[0], names[p[0]], p[1], [], null)); }
      });
    });
    found = found.concat(placesFit(index, folded, kinds));
    if (!found.some(function (r) { return r.fit === "exact"; })) {
      var settings = index.unlisted.filter(function (s) { return wordsIn(folded, s.words); });
      var named = namedAtEnd(index, folded, settings.map(function (s) { return s.id; }).concat(kinds));
      if (named.length) {
        found = found.concat(named);
      } else {
        var nation = settings.length ? nationIn(index, folded) : null;
        settings.forEach(function (s) { found.push(result("not listed", s.id, s.name, "words", [], nation)); });
      }
    }
    if (found.every(function (r) { return r.fit === "close"; })) {  /* nothing answers: suggestions only */
      close(index, text).forEach(function (r) {
        if (!found.some(function (f) { return f.kind === r.kind && f.id === r.id; })) { found.push(r); }
      });
    }
    return found.map(function (r, i) { return [FITS.indexOf(r.fit), ORDER.indexOf(r.kind), i, r]; })
      .sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; })
      .map(function (k) { return k[3]; });
  }

  /* search.answer: the results of the best fit, none when the best is a suggestion. */
  function answer(results) {
    if (!results.length || results[0].fit === "close") { return []; }
    return results.filter(function (r) { return r.fit === results[0].fit; });
  }

  function attach(document, index, location) {
    var input = document.getElementById("q");
    var list = document.getElementById("results");
    var status = document.getElementById("results-status");
    var heading = document.getElementById("results-heading");  /* the search page's: over everything listed */
    if (!input || !list || !index || !index.items) { return; }
    var everything = Array.prototype.slice.call(list.children);
    var root = list.getAttribute("data-root") || "";
    var items = {};
    index.items.forEach(function (item) { items[item.kind + ":" + item.id] = item; });

    function link(into, url, title, detail) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + url;
      a.textContent = title;
      var span = document.createElement("span");
      span.className = "detail";
      span.textContent = " " + detail;
      li.appendChild(a);
      li.appendChild(span);
      into.appendChild(li);
      return li;
    }

    /* One result: a record's page; a town, its places as a group; a place not listed, its setting's page. */
    function shown(r, prefix) {
      var nation = r.nation ? lookup(index).nation[r.nation] : null;
      if (r.kind === "not listed") {
        link(list, "settings/" + r.id + ".html", r.name, prefix + "not listed by name: this setting's answer" +
          (nation ? ", in " + nation : ", nation by nation"));
      } else if (r.kind === "town") {
        var li = document.createElement("li");
        li.textContent = r.name + ": " + r.places.length + " listed places";
        var group = document.createElement("ul");
        r.places.forEach(function (id) { var item = items["place:" + id]; link(group, item.url, item.title, item.detail); });
        li.appendChild(group);
        list.appendChild(li);
      } else {
        var item = own(items, r.kind + ":" + r.id);
        if (item) { link(list, item.url, item.title, prefix + item.kind + ": " + item.detail); }
      }
    }

    function show(query) {
      list.textContent = "";
      if (heading) { heading.textContent = fold(query) ? "Results" : "Everything listed"; }
      if (!fold(query)) {
        status.textContent = "";
        everything.forEach(function (li) { list.appendChild(li); });
        return;
      }
      var results = search(index, query), best = answer(results);
      results.forEach(function (r, i) {
        shown(r, i < best.length ? "" : best.length ? "also fits: " : "did you mean this? ");
      });
      if (best.length) {
        var first = best[0];
        status.textContent = first.kind === "not listed" ?
          "\u201c" + query + "\u201d is not listed by name; it could be a place of " +
            best.map(function (r) { return r.name; }).join(" or ") + "." :
          first.kind === "town" ? first.name + ": " + first.places.length + " listed places." :
          best.length === 1 ? "1 match." : best.length + " matches: the name fits each.";
        return;
      }
      status.textContent = "Nothing is listed as \u201c" + query + "\u201d" +
        (results.length ? " (the closest names are below)." :
          ". Places of these settings are not all listed by name: add the kind to the name.");
      if (!results.length) {
        index.unlisted.forEach(function (setting) { link(list, setting.url, setting.name, "detention setting"); });
      }
    }

    input.addEventListener("input", function () { show(input.value); });
    var asked = location ? new URLSearchParams(location.search).get("q") : null;
    if (asked) { input.value = asked; show(asked); }
    else if (list.children.length === 0) { status.textContent = ""; }
  }

  return { fold: fold, match: match, search: search, answer: answer, ratio: ratio, attach: attach };
});
