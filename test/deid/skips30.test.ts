// Stop 30: Detector.stickyAt tries a small "skip" expression before a big one at each trigger token (LABEL_SKIP before
// LABEL_RE, FACILITY_HEAD_SKIP before FACILITY_HEAD). A skip must hold only where the big expression cannot match, or a
// label or a facility is silently lost. The skips were derived by hand from the labels and heads; these tests keep them
// true when the lists change: every skip word, followed by every word the big expression's source is made of (so a label
// or head added later is among the continuations), with the separators the lists use, is read by both expressions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
// (The detector's modules are evaluated in their fixed order first; the two below are leaf modules.)
import '../../src/deid/detect.js';
import { LABEL_RE, LABEL_SKIP } from '../../src/deid/detect/patterns.js';
import { FACILITY_HEAD, FACILITY_HEAD_SKIP } from '../../src/deid/detect/vocabulary.js';
import { detect } from '../../src/deid/index.js';

/** The top-level alternatives of a pattern's source (outside groups and character classes). */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/** The leading words of a skip expression's branches ("(?:pt(?!...)|patient(?!...)|...)"). */
function skipWords(skip: RegExp): string[] {
  const src = skip.source;
  assert.ok(src.startsWith('(?:') && src.endsWith(')'), 'a skip is one group of branches');
  return alternatives(src.slice(3, -1)).map((a) => {
    const m = /^[a-z]+/i.exec(a);
    assert.ok(m, `branch without a leading word: ${a}`);
    return m[0];
  });
}

/** Every run of letters in a pattern's source, lower case, escapes' letters (\s, \d, \t) left out. */
function sourceWords(src: string): string[] {
  return [...new Set([...src.replace(/\\[a-z]/gi, ' ').matchAll(/[a-z]+/gi)].map((m) => m[0].toLowerCase()))];
}

const at0 = (re: RegExp, s: string): boolean => {
  re.lastIndex = 0;
  return re.test(s);
};

/** Strings that open with a skip word: the word in three cases, a separator, a continuation word in the same case. */
function* probes(words: string[], continuations: string[], separators: string[]): Generator<string> {
  const cases = [(w: string) => w, (w: string) => w.toUpperCase(), (w: string) => w[0]!.toUpperCase() + w.slice(1)];
  for (const w of words)
    for (const cs of cases) {
      yield cs(w);
      for (const sep of separators) {
        yield cs(w) + sep + '12345678';
        for (const c of continuations) yield cs(w) + sep + cs(c) + ' 12345678';
      }
    }
}

test('LABEL_SKIP never holds where LABEL_RE matches (every label word of LABELS after each skip word)', () => {
  const words = skipWords(LABEL_SKIP);
  assert.ok(words.includes('pt') && words.includes('patient'));
  const conts = sourceWords(LABEL_RE.source);
  assert.ok(conts.length > 200, `${conts.length} words`);
  let matched = 0;
  let n = 0;
  for (const s of probes(words, conts, ['', ' ', '.', '. ', ': ', ' #', '#', '-', '/', '  ', '\t'])) {
    n++;
    if (!at0(LABEL_RE, s)) continue;
    matched++;
    assert.ok(!at0(LABEL_SKIP, s), `LABEL_SKIP holds where LABEL_RE matches: ${JSON.stringify(s)}`);
  }
  // (The probe reaches the labels: many of its strings are labels.)
  assert.ok(matched > 100, `${matched} of ${n} probes matched LABEL_RE`);
});

test('FACILITY_HEAD_SKIP never holds where FACILITY_HEAD matches (every word of the heads after each skip word)', () => {
  const words = skipWords(FACILITY_HEAD_SKIP);
  assert.ok(words.includes('family') && words.includes('day'));
  const conts = sourceWords(FACILITY_HEAD.source);
  let matched = 0;
  for (const s of probes(words, conts, [' ', '', '  ', '\t', ' and ', ' & ', '-'])) {
    if (!at0(FACILITY_HEAD, s)) continue;
    matched++;
    assert.ok(!at0(FACILITY_HEAD_SKIP, s), `FACILITY_HEAD_SKIP holds where FACILITY_HEAD matches: ${JSON.stringify(s)}`);
  }
  assert.ok(matched > 20, `${matched} probes matched FACILITY_HEAD`);
});

test('labels and facilities that open with a skip word are still found', () => {
  const cases: [string, string, string][] = [
    ['Pt ID: 55012345 seen today.', '55012345', 'MRN'],
    ['Patient Number: 88120457', '88120457', 'MRN'],
    ['Visit No. 4471239', '4471239', 'OTHER_ID'],
    ['Case ID 2025-00417', '2025-00417', 'OTHER_ID'],
    ['Transferred from Sunnyvale Family Practice today.', 'Sunnyvale Family Practice', 'LOCATION'],
    ['Discharged to Maple Grove Nursing Home on foot.', 'Maple Grove Nursing Home', 'LOCATION'],
  ];
  for (const [text, value, type] of cases) {
    const spans = detect(text);
    const s = text.indexOf(value);
    assert.ok(
      spans.some((x) => x.start <= s && x.end >= s + value.length && (type === 'LOCATION' ? x.type === 'LOCATION' : true)),
      `${value} in ${JSON.stringify(text)}: ${JSON.stringify(spans)}`,
    );
  }
  // A common word alone, where no label follows, is no identifier's label ("pt tolerated", "family at bedside").
  assert.deepEqual(detect('pt tolerated feeds; family at bedside; plan: home in am.'), []);
});
