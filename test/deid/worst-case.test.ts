// Worst-case inputs: a caller controls the text the gateway hands to detect(), so no text may make it run for minutes.
// Rules that asked every candidate about every other candidate (or searched back to the last line feed from every
// candidate) cost time quadratic in the text's length: 256 KB of "PID|1|; " took 14 s, of "Temple Beth " 11 s.
// The detector now answers those questions from indexes on long texts; these tests check that the indexed answers are
// the plain ones (span for span) and that the worst texts found so far finish. `npm run bench:deid` prints their speed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { detect } from '../../src/deid/index.js';
import { CandIndex, setScaleThresholds, type Cand } from '../../src/deid/detect.js';
import { WORST_CASE_UNITS, worstCaseText } from '../../bench/support/deid-worst.js';

const texts = (file: string): string[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { text: string }).text)
    : [];


test('the indexes give the plain answers: every note of the open sets, alone and joined into long texts, span for span', () => {
  const root = process.cwd();
  const notes = [
    ...texts(join(root, '..', 'shared', 'corpus', 'dev.jsonl')),
    ...['train4', 'train5', 'train6', 'train7'].flatMap((n) => texts(join(root, 'test', 'deid', n, `${n}.jsonl`))),
  ];
  assert.ok(notes.length > 200, `${notes.length} notes`);
  // Long texts: notes joined by line feeds, by spaces (no line feed at all) and by table bars.
  const long: string[] = [];
  for (const [k, sep] of ['\n\n', ' ', ' | '].entries()) {
    let t = '';
    for (let i = k; i < notes.length && t.length < 60_000; i += 3) t += (sep === ' ' ? (notes[i] as string).replace(/\n/g, ' ') : notes[i]) + sep;
    long.push(t);
  }
  const all = [...notes, ...long, ...WORST_CASE_UNITS.map((u) => u.repeat(300))];
  const plain = (() => {
    const was = setScaleThresholds(Infinity, Infinity);
    try {
      return all.map((t) => JSON.stringify(detect(t)));
    } finally {
      setScaleThresholds(...was);
    }
  })();
  const was = setScaleThresholds(0, 0);
  try {
    let differ = 0;
    for (let i = 0; i < all.length; i++) if (JSON.stringify(detect(all[i] as string)) !== plain[i]) differ++;
    assert.equal(differ, 0, `${differ} of ${all.length} texts differ`);
  } finally {
    setScaleThresholds(...was);
  }
  // (The comparison means something: the long texts hold many spans.)
  assert.ok(long.every((t) => detect(t).length > 100));
});

// A guard against hanging, not a timing: the texts below took 2-14 s each before (minutes in all); now about 0.1-0.5 s.
test('256 KB of each worst-case pattern finishes, with its spans inside the text', { timeout: 120_000 }, () => {
  for (const u of WORST_CASE_UNITS) {
    const t = worstCaseText(u, 256 * 1024);
    const spans = detect(t);
    assert.ok(spans.every((s) => s.start >= 0 && s.end <= t.length && s.start < s.end), u);
  }
});

test('the candidate index answers overlap questions as reading every candidate does (random candidates, moves and drops)', () => {
  let seed = 2026;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const types = ['NAME', 'LOCATION', 'DATE', 'MRN'] as const;
  for (let round = 0; round < 40; round++) {
    const len = 200 + rnd(20_000);
    const cands: Cand[] = [];
    const make = (): Cand => {
      const s = rnd(len);
      // Mostly short, some longer than the index files by block (over 512 characters).
      const l = rnd(10) === 0 ? 400 + rnd(1200) : 1 + rnd(40);
      return { s, e: s + l, t: types[rnd(4)] as Cand['t'], p: rnd(5) === 0 ? -1 : rnd(100) };
    };
    for (let i = 0; i < 50; i++) cands.push(make());
    const index = new CandIndex(cands);
    for (let step = 0; step < 400; step++) {
      const op = rnd(10);
      if (op === 0) {
        const c = make();
        cands.push(c);
        index.put(c);
      } else if (op === 1 && cands.length > 0) {
        // A start moved left (as Detector.setStart does), or a candidate dropped.
        const c = cands[rnd(cands.length)] as Cand;
        if (rnd(2) === 0) {
          index.remove(c);
          c.s = Math.max(0, c.s - 1 - rnd(30));
          index.put(c);
        } else c.p = -1;
      } else {
        const s = rnd(len);
        const e = s + 1 + rnd(60);
        const want = cands.some((c) => c.p >= 0 && c.s < e && c.e > s);
        assert.equal(index.any(s, e), want, `any(${s}, ${e})`);
        const isName = (c: Cand) => c.t === 'NAME';
        assert.equal(index.some(s, e, isName), cands.some((c) => c.p >= 0 && c.s < e && c.e > s && isName(c)), `some(${s}, ${e})`);
      }
    }
  }
});
