// Tests of templates/assets/search.js in node (node --test), against indexes written by the Java
// builder: SearchClientTest writes them and passes their folders in GLOSSA_SEARCH_FIXTURES and
// GLOSSA_SEARCH_EDITION. Each search is checked against a linear scan of the passages.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const search = require(path.resolve(__dirname, '../../../templates/assets/search.js'));

const fixtures = process.env.GLOSSA_SEARCH_FIXTURES;
const edition = process.env.GLOSSA_SEARCH_EDITION;
const load = (dir, name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
const index = (dir, lang) => new search.Index(load(dir, lang + '.json'));
const ids = (results) => results.map((r) => r.id);

/** The obviously right search: scan every passage for every part of the query. */
function linear(ix, query) {
  const q = ix.fold(query.trim().replace(/\s+/g, ' '));
  const hanRuns = search.runs(q, true).map((r) => r.text);
  const words = search.runs(q, false).map((r) => r.text);
  const all = ix.passages.map((p, i) => i);
  const passageWords = (i) => search.runs(ix.text(i), false).map((w) => search.stem(w.text));
  const vocabulary = new Set(all.flatMap(passageWords));
  let docs = null;
  const and = (set) => { docs = docs ? new Set([...docs].filter((d) => set.has(d))) : set; };
  hanRuns.forEach((run) => and(new Set(all.filter((i) => ix.text(i).includes(run)))));
  words.forEach((word, k) => {
    const s = search.stem(word);
    const last = k === words.length - 1;
    let accept = (w) => w === s || (last && w.startsWith(s));
    if (![...vocabulary].some(accept) && s.length >= 4) {
      const max = s.length >= 8 ? 2 : 1;
      accept = (w) => search.distance(s, w, max) <= max;
    }
    and(new Set(all.filter((i) => passageWords(i).some(accept))));
  });
  docs = docs || new Set();
  // A query that is a glossary form adds the passages that mention its entry: the builder's list,
  // which SearchIndexBuilderTest proves against a scan for the entry's forms.
  let entries = Object.prototype.hasOwnProperty.call(ix.forms, q) ? [ix.forms[q]] : [];
  if (!entries.length && !docs.size && !hanRuns.length && words.length) {
    const stems = words.map(search.stem);
    entries = Object.keys(ix.forms).filter((form) => {
      const formStems = search.runs(form, false).map((w) => search.stem(w.text));
      return stems.every((s) => formStems.includes(s));
    }).map((form) => ix.forms[form]);
  }
  entries.forEach((e) => ix.list(ix.entries, e).forEach((i) => docs.add(i)));
  return [...docs].sort((a, b) => a - b);
}

function sameAsLinear(ix, query) {
  const found = ix.search(query, 1000).map((r) => r.passage).sort((a, b) => a - b);
  assert.deepEqual(found, linear(ix, query), 'query ' + JSON.stringify(query) + ' in ' + ix.lang);
}

test('stems and folds like the Java builder', () => {
  for (const [word, stem] of Object.entries(load(fixtures, 'stems.json'))) {
    assert.equal(search.stem(word), stem, word);
  }
  const ix = index(fixtures, 'zh-Hant');
  for (const [text, folded] of Object.entries(load(fixtures, 'folds.json'))) {
    assert.equal(ix.fold(text), folded);
  }
});

test('finds what a linear scan finds, for substrings, words, prefixes, typos and glossary forms', () => {
  for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
    const ix = index(fixtures, lang);
    const queries = ['混元', '腾讯', '騰訊', '会议', '會議', '腾讯会议', '马化腾', '算力', '云', '雲', '干净', '乾淨', '头发',
      '精调', 'fine-tuning', 'fine-tun', 'agent', 'agnet', 'AGENTS', 'models', 'model', 'Tencent Meeting', 'Hunyuan',
      'tencent', 'x', '', '  ', '。', '混元 团队', 'TI平台', 'TI 平台', 'computing power', 'Pony Ma', 'latecomr'];
    ix.passages.forEach((p) => {
      const t = p[2];
      for (let i = 0; i + 2 <= t.length; i += 3) {
        queries.push(t.slice(i, i + 2), t.slice(i, i + 4));
      }
    });
    queries.forEach((q) => sameAsLinear(ix, q));
  }
});

test('finds what a linear scan finds where bigrams meet without the string', () => {
  const ix = index(fixtures, 'random');
  const alphabet = Array.from('腾騰讯訊会會议議云雲混元');
  let seed = 5;
  const next = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let k = 0; k < 400; k++) {
    let q = '';
    for (let i = 0, n = 1 + next(4); i < n; i++) {
      q += alphabet[next(alphabet.length)];
    }
    sameAsLinear(ix, q);
  }
  ['model', 'models', 'mod', 'agent', 'agnet', 'model agent'].forEach((q) => sameAsLinear(ix, q));
  assert.deepEqual(ids(index(fixtures, 'zh-Hans').search('腾讯会议')), ['p4']);
});

test('finds Chinese terms, names and two-character words first in Chinese', () => {
  const zh = index(fixtures, 'zh-Hans');
  assert.equal(zh.search('混元')[0].id, 'p2');
  assert.equal(zh.search('腾讯会议')[0].id, 'p4');
  assert.equal(zh.search('马化腾')[0].id, 'p1');
  assert.equal(zh.search('算力')[0].id, 'p3');
  assert.deepEqual(ids(zh.search('紧缺')), ['p3']);
  assert.deepEqual(ids(zh.search('騰訊會議')), ['p4'], 'a Traditional query finds Simplified text');
  const tw = index(fixtures, 'zh-Hant');
  assert.deepEqual(ids(tw.search('腾讯会议')), ['p4'], 'a Simplified query finds Traditional text');
  assert.equal(tw.search('騰訊')[0].text.includes('騰訊'), true);
});

test('finds English words by stem, prefix and with a typo', () => {
  const en = index(fixtures, 'en');
  assert.deepEqual(ids(en.search('agent')), ['p6']);
  assert.deepEqual(ids(en.search('agnet')), ['p6']);
  assert.equal(en.search('fine-tuning')[0].id, 'p5');
  assert.deepEqual(ids(en.search('fine-tun')), ['p5']);
  assert.deepEqual(new Set(ids(en.search('model'))), new Set(['p2', 'p4', 'p5']));
  assert.equal(en.search('Tencent Meeting')[0].id, 'p4');
});

test('finds passages in the other language through the glossary', () => {
  const en = index(fixtures, 'en');
  assert.deepEqual(ids(en.search('混元')), ['p2']);
  assert.deepEqual(ids(en.search('马化腾')), ['p1']);
  assert.deepEqual(ids(en.search('騰訊會議')), ['p4']);
  assert.deepEqual(ids(en.search('算力')), ['p3']);
  const zh = index(fixtures, 'zh-Hans');
  assert.deepEqual(ids(zh.search('Hunyuan')), ['p2']);
  assert.deepEqual(ids(zh.search('computing power')), ['p3']);
  assert.deepEqual(ids(zh.search('AI agent')), ['p6']);
  assert.deepEqual(ids(zh.search('agent')), ['p6'], 'a word of a form names its entry when nothing else matches');
  assert.deepEqual(ids(zh.search('xyzzy')), []);
});

test('ranks more occurrences first and highlights exactly the hits', () => {
  const zh = index(fixtures, 'zh-Hans');
  const results = zh.search('会议');
  assert.equal(results[0].id, 'p4');
  for (const r of results) {
    assert.ok(r.ranges.length > 0);
    for (const [s, e] of r.ranges) {
      assert.equal(zh.fold(r.text.slice(s, e)), '会议');
    }
  }
  const tw = index(fixtures, 'zh-Hant').search('头发')[0];
  assert.equal(tw.text.slice(tw.ranges[0][0], tw.ranges[0][1]), '頭髮');
  const en = index(fixtures, 'en').search('agent')[0];
  assert.deepEqual(en.ranges.map(([s, e]) => en.text.slice(s, e)), ['agents', 'agents']);
  const cross = index(fixtures, 'en').search('混元')[0];
  assert.deepEqual(cross.ranges.map(([s, e]) => cross.text.slice(s, e)), ['Hunyuan large model', 'Hunyuan']);
});

test('cuts long passages around the first hit', () => {
  const text = 'a'.repeat(300) + 'HIT' + 'b'.repeat(300);
  const cut = search.snippet(text, [[300, 303]], 100);
  assert.ok(cut.text.startsWith('…') && cut.text.endsWith('…'));
  assert.equal(cut.text.slice(cut.ranges[0][0], cut.ranges[0][1]), 'HIT');
  assert.deepEqual(search.snippet('short', [[0, 5]]), { text: 'short', ranges: [[0, 5]] });
});

test('the edition: the issue\'s queries return the right passage first, in the right language', { skip: !edition }, () => {
  const zh = index(edition, 'zh-Hans');
  const tw = index(edition, 'zh-Hant');
  const en = index(edition, 'en');
  const first = (ix, q) => ix.search(q)[0];
  const marked = (r) => r.ranges.map(([s, e]) => r.text.slice(s, e));
  for (const q of ['混元', '腾讯会议', '马化腾', '算力']) {
    const r = first(zh, q);
    assert.ok(r && marked(r).some((m) => zh.fold(m).includes(zh.fold(q))), q + ' in zh-Hans: ' + JSON.stringify(r && r.text));
    assert.ok(r.url.startsWith('zh-hans/'), q);
  }
  const t = first(tw, '騰訊');
  assert.ok(t.text.includes('騰訊') && t.url.startsWith('zh-hant/'), '騰訊 in zh-Hant');
  const s = first(zh, '騰訊');
  assert.ok(s.text.includes('腾讯'), '騰訊 in zh-Hans');
  for (const q of ['agent', 'fine-tuning']) {
    const r = first(en, q);
    assert.ok(r && r.url.startsWith('en/') && marked(r).length > 0, q + ': ' + JSON.stringify(r && r.text));
  }
  for (const q of ['混元', '腾讯会议', '马化腾', '算力']) {
    assert.ok(en.search(q).length > 0, q + ' finds English passages through the glossary');
  }
  for (const lang of ['zh-Hans', 'zh-Hant', 'en']) {
    const ix = index(edition, lang);
    for (const q of ['混元', '腾讯', '騰訊', '平台', '平臺', 'agent', 'fine-tuning', 'model', 'Tencent', '云', '腾讯云TI平台']) {
      sameAsLinear(ix, q);
    }
  }
});
