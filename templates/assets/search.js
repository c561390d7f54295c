/*
 * Glossa search: offline, static, no dependencies. The index of the page's language
 * (written by org.glossa.search.SearchIndexJson) is fetched only when search opens.
 *
 * Reading text follows org.glossa.search.SearchText exactly:
 *   - folding: Traditional characters become Simplified (the index's "fold" pairs) and letters
 *     lower case, one character for one, so offsets in folded text are offsets in the original;
 *   - a run of Han characters is found through its character bigrams and confirmed in the folded
 *     passage text (a single character through every token that holds it);
 *   - other words are lower-cased and stemmed (-s only), and the last word also matches as a
 *     prefix ("tun" finds "tuning"); a word of four letters or more that matches nothing matches
 *     words one edit away (two from eight letters: "agnet" finds "agent");
 *   - a query that is a form of a glossary entry in any language (混元, Hunyuan, 騰訊) also finds the
 *     passages that mention the entry in this language; words that find nothing try the entries
 *     with a form holding them all ("agent" on a Chinese page → "AI agent" → 智能体).
 * Results are ranked by BM25 over the query's parts, then by their order in the edition.
 *
 * Use: <script src="/assets/search.js" data-index="/search/en.json" data-base="/" data-mode="parallel/"
 *        data-label="Search" data-placeholder="Search the edition" data-empty="No passage found"
 *        data-loading="Loading…" defer></script>
 * (data-index and data-base resolve against the script's address, so "../search/en.json" and "../" work under any path)
 * and any number of <button data-search-open> elements. "/" opens search, arrows move, Enter goes,
 * Escape closes. Each result links to #pN in the reader's current language and mode.
 */
(function (global) {
  'use strict';

  var HAN = /\p{Script=Han}/u;
  var WORD = /[\p{L}\p{N}\p{Mn}\p{Mc}]/u;
  var K1 = 1.2;
  var B = 0.75;

  function isHan(ch) {
    return HAN.test(ch);
  }

  function isWordChar(ch) {
    return WORD.test(ch) && !HAN.test(ch);
  }

  /** Harman's S stemmer, as org.glossa.search.EnglishStemmer. */
  function stem(word) {
    var len = word.length;
    if (len < 3 || word.charAt(len - 1) !== 's') {
      return word;
    }
    var before = word.charAt(len - 2);
    if (before === 'u' || before === 's') {
      return word;
    }
    if (before === 'e') {
      if (len > 3 && word.charAt(len - 3) === 'i' && word.charAt(len - 4) !== 'a' && word.charAt(len - 4) !== 'e') {
        return word.slice(0, len - 3) + 'y';
      }
      var third = word.charAt(len - 3);
      if (third === 'i' || third === 'a' || third === 'o' || third === 'e') {
        return word;
      }
    }
    return word.slice(0, len - 1);
  }

  /** A folding function from pairs "騰腾訊讯…": Traditional to Simplified, then lower case, one for one. */
  function folder(pairs) {
    var map = new Map();
    var cps = Array.from(pairs || '');
    for (var i = 0; i + 1 < cps.length; i += 2) {
      map.set(cps[i], cps[i + 1]);
    }
    return function fold(text) {
      var out = '';
      for (var ch of text) {
        var f = map.get(ch) || ch;
        if (f.length === 1) {
          var lower = f.toLowerCase();
          f = lower.length === 1 ? lower : f;
        }
        out += f;
      }
      return out;
    };
  }

  /** Maximal runs of Han characters (han = true) or of word characters, with their offsets. */
  function runs(text, han) {
    var out = [];
    var start = -1;
    var i = 0;
    for (var ch of text) {
      var inside = han ? isHan(ch) : isWordChar(ch);
      if (inside && start < 0) {
        start = i;
      } else if (!inside && start >= 0) {
        out.push({ start: start, end: i, text: text.slice(start, i) });
        start = -1;
      }
      i += ch.length;
    }
    if (start >= 0) {
      out.push({ start: start, end: text.length, text: text.slice(start) });
    }
    return out;
  }

  /** Optimal string alignment distance, stopping early above max. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) {
      return max + 1;
    }
    var prev2 = null;
    var prev = [];
    for (var j = 0; j <= b.length; j++) {
      prev.push(j);
    }
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var best = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a.charAt(i - 1) === b.charAt(k - 1) ? 0 : 1;
        var d = Math.min(prev[k] + 1, row[k - 1] + 1, prev[k - 1] + cost);
        if (prev2 && i > 1 && k > 1 && a.charAt(i - 1) === b.charAt(k - 2) && a.charAt(i - 2) === b.charAt(k - 1)) {
          d = Math.min(d, prev2[k - 2] + 1);
        }
        row.push(d);
        best = Math.min(best, d);
      }
      if (best > max) {
        return max + 1;
      }
      prev2 = prev;
      prev = row;
    }
    return prev[b.length];
  }

  function union(lists) {
    var set = new Set();
    lists.forEach(function (list) {
      list.forEach(function (p) { set.add(p); });
    });
    return set;
  }

  function intersect(a, b) {
    var out = new Set();
    a.forEach(function (p) {
      if (b.has(p)) {
        out.add(p);
      }
    });
    return out;
  }

  function count(haystack, needle) {
    var n = 0;
    for (var at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
      n++;
    }
    return n;
  }

  /** The index of one language, as written by SearchIndexJson. */
  function Index(data) {
    if (data.version !== 1) {
      throw new Error('unsupported search index version ' + data.version);
    }
    this.lang = data.lang;
    this.fold = folder(data.fold);
    this.articles = data.articles;
    this.passages = data.passages;
    this.tokens = data.tokens;
    this.entries = data.entries;
    this.forms = data.forms;
    this.cache = new Map();
    this.folded = [];
    this.words = Object.keys(data.tokens).filter(function (t) { return !HAN.test(t); });
    this.hanTokens = Object.keys(data.tokens).filter(function (t) { return HAN.test(t); });
    this.formsOf = {};
    var self = this;
    Object.keys(data.forms).forEach(function (form) {
      (self.formsOf[data.forms[form]] = self.formsOf[data.forms[form]] || []).push(form);
    });
    var total = 0;
    for (var i = 0; i < this.passages.length; i++) {
      total += this.passages[i][2].length;
    }
    this.averageLength = this.passages.length ? total / this.passages.length : 1;
  }

  /** The passages of a token or entry list, decoded from differences. */
  Index.prototype.list = function (table, key) {
    var cacheKey = (table === this.entries ? 'e:' : 't:') + key;
    var hit = this.cache.get(cacheKey);
    if (hit) {
      return hit;
    }
    var deltas = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : [];
    var out = [];
    var p = 0;
    for (var i = 0; i < deltas.length; i++) {
      p += deltas[i];
      out.push(p);
    }
    this.cache.set(cacheKey, out);
    return out;
  };

  Index.prototype.text = function (p) {
    if (this.folded[p] === undefined) {
      this.folded[p] = this.fold(this.passages[p][2]);
    }
    return this.folded[p];
  };

  /** The passages holding the folded Han run, confirmed in their text. */
  Index.prototype.hanPart = function (run) {
    var chars = Array.from(run);
    var candidates;
    if (chars.length === 1) {
      var self = this;
      candidates = union(this.hanTokens.filter(function (t) { return t.indexOf(run) >= 0; })
        .map(function (t) { return self.list(self.tokens, t); }));
    } else {
      for (var i = 0; i + 1 < chars.length; i++) {
        var list = new Set(this.list(this.tokens, chars[i] + chars[i + 1]));
        candidates = candidates ? intersect(candidates, list) : list;
      }
    }
    var docs = new Set();
    candidates.forEach(function (p) {
      if (this.text(p).indexOf(run) >= 0) {
        docs.add(p);
      }
    }, this);
    return { kind: 'han', text: run, docs: docs, weights: null };
  };

  /** The passages with a word matching the folded word: by stem, by prefix (last word), or one or two edits away. */
  Index.prototype.wordPart = function (word, last) {
    var s = stem(word);
    var weights = new Map();
    if (Object.prototype.hasOwnProperty.call(this.tokens, s)) {
      weights.set(s, 1);
    }
    if (last) {
      this.words.forEach(function (t) {
        if (t !== s && t.indexOf(s) === 0) {
          weights.set(t, 0.7);
        }
      });
    }
    if (weights.size === 0 && s.length >= 4) {
      var max = s.length >= 8 ? 2 : 1;
      this.words.forEach(function (t) {
        if (distance(s, t, max) <= max) {
          weights.set(t, 0.4);
        }
      });
    }
    var self = this;
    var docs = union(Array.from(weights.keys()).map(function (t) { return self.list(self.tokens, t); }));
    return { kind: 'word', text: s, docs: docs, weights: weights };
  };

  /**
   * The query's parts, the glossary entries it names and the passages that match. A query that is
   * a form of an entry in any language names that entry; a query of words that finds nothing names
   * the entries with a form that holds all its words ("agent" → "AI agent" → 智能体).
   */
  Index.prototype.match = function (query) {
    var q = this.fold(query.trim().replace(/\s+/g, ' '));
    if (!q) {
      return null;
    }
    var parts = [];
    var self = this;
    var hanRuns = runs(q, true);
    hanRuns.forEach(function (r) { parts.push(self.hanPart(r.text)); });
    var words = runs(q, false);
    words.forEach(function (w, i) { parts.push(self.wordPart(w.text, i === words.length - 1)); });
    var docs = null;
    parts.forEach(function (part) { docs = docs ? intersect(docs, part.docs) : new Set(part.docs); });
    docs = docs || new Set();
    var entries = Object.prototype.hasOwnProperty.call(this.forms, q) ? [this.forms[q]] : [];
    if (!entries.length && !docs.size && !hanRuns.length && words.length) {
      entries = this.entriesWithWords(words.map(function (w) { return stem(w.text); }));
    }
    var entryDocs = union(entries.map(function (e) { return self.list(self.entries, e); }));
    entryDocs.forEach(function (p) { docs.add(p); });
    return { query: q, parts: parts, entries: entries, entryDocs: entryDocs, docs: docs };
  };

  /** The entries with a form (in any language) that has a word of each of these stems, sorted. */
  Index.prototype.entriesWithWords = function (stems) {
    var found = new Set();
    var forms = this.forms;
    Object.keys(forms).forEach(function (form) {
      var formStems = runs(form, false).map(function (w) { return stem(w.text); });
      if (stems.every(function (s) { return formStems.indexOf(s) >= 0; })) {
        found.add(forms[form]);
      }
    });
    return Array.from(found).sort();
  };

  Index.prototype.idf = function (df) {
    var n = this.passages.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };

  Index.prototype.bm25 = function (tf, p) {
    var norm = 1 - B + B * this.passages[p][2].length / this.averageLength;
    return tf * (K1 + 1) / (tf + K1 * norm);
  };

  Index.prototype.score = function (m, p) {
    var text = this.text(p);
    var score = 0;
    var self = this;
    m.parts.forEach(function (part) {
      if (!part.docs.has(p)) {
        return;
      }
      if (part.kind === 'han') {
        var whole = Array.from(part.text).length >= 3 && self.list(self.tokens, part.text).indexOf(p) >= 0 ? 1.2 : 1;
        score += whole * self.idf(part.docs.size) * self.bm25(count(text, part.text), p);
      } else {
        var tf = 0;
        runs(text, false).forEach(function (w) {
          var weight = part.weights.get(stem(w.text)) || 0;
          tf += weight;
        });
        score += self.idf(part.docs.size) * self.bm25(tf, p);
      }
    });
    if (m.entryDocs.has(p)) {
      score += 1.5 * this.idf(m.entryDocs.size);
    }
    if (m.query.length > 1 && text.indexOf(m.query) >= 0) {
      score *= 1.5;
    }
    return score;
  };

  /** Where the text matches: Han runs, matching words, the entry's forms; sorted, merged [start, end) pairs. */
  Index.prototype.ranges = function (m, p) {
    var text = this.text(p);
    var out = [];
    m.parts.forEach(function (part) {
      if (part.kind === 'han') {
        for (var at = text.indexOf(part.text); at >= 0; at = text.indexOf(part.text, at + 1)) {
          out.push([at, at + part.text.length]);
        }
      } else {
        runs(text, false).forEach(function (w) {
          if (part.weights.has(stem(w.text))) {
            out.push([w.start, w.end]);
          }
        });
      }
    });
    var formsOf = this.formsOf;
    m.entries.forEach(function (entry) {
      if (!m.entryDocs.has(p)) {
        return;
      }
      (formsOf[entry] || []).forEach(function (form) {
        for (var at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
          var end = at + form.length;
          var apart = !(isWordChar(form.charAt(0)) && at > 0 && isWordChar(text.charAt(at - 1)))
            && !(isWordChar(form.charAt(form.length - 1)) && end < text.length && isWordChar(text.charAt(end)));
          if (apart) {
            out.push([at, end]);
          }
        }
      });
    });
    out.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    out.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) {
        last[1] = Math.max(last[1], r[1]);
      } else {
        merged.push([r[0], r[1]]);
      }
    });
    return merged;
  };

  /** Ranked results: {passage, article, id, title, url, text, ranges}. */
  Index.prototype.search = function (query, limit) {
    var m = this.match(query);
    if (!m) {
      return [];
    }
    var self = this;
    var scored = Array.from(m.docs).map(function (p) { return { p: p, score: self.score(m, p) }; });
    scored.sort(function (a, b) { return b.score - a.score || a.p - b.p; });
    return scored.slice(0, limit || 20).map(function (s) {
      var passage = self.passages[s.p];
      var article = self.articles[passage[0]];
      return { passage: s.p, article: passage[0], id: passage[1], title: article[1], url: article[0], text: passage[2],
        ranges: self.ranges(m, s.p), score: s.score };
    });
  };

  /** A window of about `size` characters around the first range, with ellipses and shifted ranges. */
  function snippet(text, ranges, size) {
    size = size || 140;
    if (text.length <= size) {
      return { text: text, ranges: ranges };
    }
    var first = ranges.length ? ranges[0][0] : 0;
    var start = Math.max(0, Math.min(first - Math.floor(size / 4), text.length - size));
    var end = Math.min(text.length, start + size);
    var prefix = start > 0 ? '…' : '';
    var shifted = ranges.filter(function (r) { return r[1] > start && r[0] < end; })
      .map(function (r) { return [Math.max(r[0], start) - start + prefix.length, Math.min(r[1], end) - start + prefix.length]; });
    return { text: prefix + text.slice(start, end) + (end < text.length ? '…' : ''), ranges: shifted };
  }

  var api = { Index: Index, stem: stem, folder: folder, runs: runs, distance: distance, snippet: snippet };

  // ---------------------------------------------------------------- the page
  function attach(doc, script) {
    var config = script ? script.dataset : {};
    if (!config.index) {
      return;
    }
    // data-index and data-base may be relative to the script's own address (the site's pages use
    // relative links, so that the site works under any path): resolve them against it.
    var from = (script && script.src) || doc.baseURI;
    var indexUrl = new URL(config.index, from).href;
    var baseUrl = new URL(config.base || '/', from).href;
    var state = { index: null, loading: null, results: [], active: -1, dialog: null, timer: 0 };
    var labels = {
      label: config.label || 'Search',
      placeholder: config.placeholder || 'Search',
      empty: config.empty || 'No passage found',
      loading: config.loading || 'Loading…',
      failed: config.failed || 'Search is not available'
    };

    function load() {
      if (!state.loading) {
        state.loading = fetch(indexUrl, { credentials: 'same-origin' })
          .then(function (r) {
            if (!r.ok) {
              throw new Error(r.status);
            }
            return r.json();
          })
          .then(function (data) { state.index = new Index(data); return state.index; });
      }
      return state.loading;
    }

    function href(result) {
      return baseUrl + result.url + (config.mode || '') + '#' + encodeURIComponent(result.id);
    }

    function build() {
      var dialog = doc.createElement('dialog');
      dialog.className = 'glossa-search';
      dialog.setAttribute('aria-label', labels.label);
      var input = doc.createElement('input');
      input.type = 'search';
      input.className = 'glossa-search-input';
      input.placeholder = labels.placeholder;
      input.setAttribute('aria-label', labels.label);
      input.setAttribute('role', 'combobox');
      input.setAttribute('aria-autocomplete', 'list');
      input.setAttribute('aria-controls', 'glossa-search-results');
      input.setAttribute('aria-expanded', 'false');
      input.autocomplete = 'off';
      input.spellcheck = false;
      var list = doc.createElement('ul');
      list.id = 'glossa-search-results';
      list.className = 'glossa-search-results';
      list.setAttribute('role', 'listbox');
      list.setAttribute('aria-label', labels.label);
      var status = doc.createElement('p');
      status.className = 'glossa-search-status';
      status.setAttribute('role', 'status');
      dialog.append(input, status, list);
      doc.body.appendChild(dialog);
      input.addEventListener('input', function () {
        clearTimeout(state.timer);
        state.timer = setTimeout(run, 60);
      });
      input.addEventListener('keydown', keys);
      dialog.addEventListener('click', function (e) {
        if (e.target === dialog) {
          dialog.close();
        }
      });
      state.dialog = dialog;
      state.input = input;
      state.list = list;
      state.status = status;
    }

    function keys(e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (state.results.length) {
          var step = e.key === 'ArrowDown' ? 1 : -1;
          select((state.active + step + state.results.length) % state.results.length);
        }
      } else if (e.key === 'Escape') {
        // A search field would clear itself first; Escape closes search at once.
        e.preventDefault();
        state.dialog.close();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        var chosen = state.results[state.active >= 0 ? state.active : 0];
        if (chosen) {
          go(chosen);
        }
      }
    }

    function go(result) {
      state.dialog.close();
      global.location.assign(href(result));
    }

    function select(i) {
      state.active = i;
      Array.prototype.forEach.call(state.list.children, function (li, k) {
        li.setAttribute('aria-selected', k === i ? 'true' : 'false');
      });
      var li = state.list.children[i];
      if (li) {
        state.input.setAttribute('aria-activedescendant', li.id);
        li.scrollIntoView({ block: 'nearest' });
      }
    }

    function run() {
      var query = state.input.value;
      if (!state.index) {
        state.status.textContent = labels.loading;
        load().then(run, function () { state.status.textContent = labels.failed; });
        return;
      }
      state.results = query.trim() ? state.index.search(query, 20) : [];
      render(query);
    }

    function render(query) {
      var list = state.list;
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      state.results.forEach(function (r, i) {
        var li = doc.createElement('li');
        li.id = 'glossa-search-option-' + i;
        li.setAttribute('role', 'option');
        var a = doc.createElement('a');
        a.href = href(r);
        a.tabIndex = -1;
        var title = doc.createElement('span');
        title.className = 'glossa-search-title';
        title.textContent = r.title;
        var text = doc.createElement('span');
        text.className = 'glossa-search-text';
        text.lang = state.index.lang;
        var cut = snippet(r.text, r.ranges);
        var at = 0;
        cut.ranges.forEach(function (range) {
          text.appendChild(doc.createTextNode(cut.text.slice(at, range[0])));
          var mark = doc.createElement('mark');
          mark.textContent = cut.text.slice(range[0], range[1]);
          text.appendChild(mark);
          at = range[1];
        });
        text.appendChild(doc.createTextNode(cut.text.slice(at)));
        a.append(title, text);
        a.addEventListener('click', function (e) {
          e.preventDefault();
          go(r);
        });
        li.appendChild(a);
        list.appendChild(li);
      });
      state.input.setAttribute('aria-expanded', state.results.length ? 'true' : 'false');
      state.input.removeAttribute('aria-activedescendant');
      state.active = -1;
      state.status.textContent = query.trim() && !state.results.length ? labels.empty : '';
      if (state.results.length) {
        select(0);
      }
    }

    function open() {
      if (!state.dialog) {
        build();
      }
      if (!state.dialog.open) {
        state.dialog.showModal();
      }
      state.input.focus();
      state.input.select();
      load().then(function () {
        if (state.input.value.trim()) {
          run();
        }
      }, function () { state.status.textContent = labels.failed; });
    }

    doc.addEventListener('keydown', function (e) {
      var target = e.target;
      var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        open();
      }
    });
    Array.prototype.forEach.call(doc.querySelectorAll('[data-search-open]'), function (el) {
      el.addEventListener('click', function (e) {
        e.preventDefault();
        open();
      });
    });
    api.open = open;
  }

  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    global.GlossaSearch = api;
    var script = document.currentScript;
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () { attach(document, script); });
    } else {
      attach(document, script);
    }
  }
})(typeof window !== 'undefined' ? window : globalThis);
