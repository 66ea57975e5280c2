// Quality floors on the shared development corpus, with the scorer's definitions
// (../shared/corpus/score.mjs): span recall, typed recall, character precision over letters and digits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect, type Span } from '../../src/deid/index.js';

const CORPUS = join(process.cwd(), '..', 'shared', 'corpus');
const DEV = join(CORPUS, 'dev.jsonl');
const NURSING = join(CORPUS, 'physionet-nursing-notes.text');
const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);

interface Gold {
  id: string;
  text: string;
  spans: Span[];
}

function score(docs: Gold[], predict: (text: string) => Span[]) {
  const perType = new Map<string, { gold: number; found: number; typed: number }>();
  let gold = 0;
  let found = 0;
  let predChars = 0;
  let predInGold = 0;
  for (const doc of docs) {
    const cover: (string | null)[] = new Array(doc.text.length).fill(null);
    for (const s of predict(doc.text)) for (let i = Math.max(0, s.start); i < Math.min(doc.text.length, s.end); i++) cover[i] = s.type;
    const inGold = new Array<boolean>(doc.text.length).fill(false);
    for (const g of doc.spans) {
      for (let i = g.start; i < g.end; i++) inGold[i] = true;
      const st = perType.get(g.type) ?? { gold: 0, found: 0, typed: 0 };
      perType.set(g.type, st);
      st.gold++;
      gold++;
      let all = true;
      const votes = new Map<string, number>();
      for (let i = g.start; i < g.end; i++) {
        if (!isWordChar(doc.text[i]!)) continue;
        const c = cover[i];
        if (c === null || c === undefined) {
          all = false;
          break;
        }
        votes.set(c, (votes.get(c) ?? 0) + 1);
      }
      if (!all) continue;
      st.found++;
      found++;
      const top = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
      if (!top || top[0] === g.type) st.typed++;
    }
    for (let i = 0; i < doc.text.length; i++) {
      if (cover[i] === null || !isWordChar(doc.text[i]!)) continue;
      predChars++;
      if (inGold[i]) predInGold++;
    }
  }
  return { recall: found / gold, precision: predChars ? predInGold / predChars : 1, perType };
}

test('dev corpus: span recall >= 0.99 overall and >= 0.97 per type, char precision >= 0.90', { skip: !existsSync(DEV) && 'shared corpus not present' }, () => {
  const docs = readFileSync(DEV, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold);
  assert.ok(docs.length >= 500);
  const r = score(docs, (t) => detect(t));
  assert.ok(r.recall >= 0.99, `recall ${r.recall}`);
  assert.ok(r.precision >= 0.9, `precision ${r.precision}`);
  assert.equal(r.perType.size, 19);
  for (const [type, s] of r.perType) {
    assert.ok(s.found / s.gold >= 0.97, `${type} recall ${s.found / s.gold}`);
    assert.ok(s.typed / s.gold >= 0.95, `${type} typed recall ${s.typed / s.gold}`);
  }
});

test('the scorer of this test agrees with its definition on a tiny case', () => {
  const doc: Gold = { id: 'x', text: 'Smith, John saw Ann.', spans: [{ start: 0, end: 11, type: 'NAME' }] };
  const split = score([doc], () => [
    { start: 0, end: 5, type: 'NAME' },
    { start: 7, end: 11, type: 'NAME' },
    { start: 16, end: 19, type: 'NAME' },
  ]);
  assert.equal(split.recall, 1);
  assert.equal(split.precision, 9 / 12);
  assert.equal(score([doc], () => [{ start: 0, end: 5, type: 'NAME' }]).recall, 0);
});

test('real nursing notes: every record processed, flags within sane bounds', { skip: !existsSync(NURSING) && 'shared corpus not present' }, () => {
  const raw = readFileSync(NURSING, 'utf8');
  const records = [...raw.matchAll(/START_OF_RECORD=[^\n]*\n([\s\S]*?)\|\|\|\|END_OF_RECORD/g)].map((m) => m[1]!);
  assert.ok(records.length > 2000);
  const counts = new Map<string, number>();
  let chars = 0;
  for (const rec of records) {
    for (const s of detect(rec)) {
      assert.ok(s.start >= 0 && s.end <= rec.length && s.start < s.end);
      counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
      chars += s.end - s.start;
    }
  }
  // Surrogate PHI is sparse in these notes: flagging more than a few percent of the text means noise.
  assert.ok(chars / raw.length < 0.03, `flagged ${chars} of ${raw.length} characters`);
  assert.ok((counts.get('NAME') ?? 0) > 100 && (counts.get('DATE') ?? 0) > 100);
});

/**
 * Floors on the project's own annotated sets (test/deid/<set>/<set>.jsonl): a change that loses spans there fails
 * here, whatever it gains elsewhere. The blind sets (heldout, heldout2, heldout3, heldout11, heldout12, heldout13, heldout14) are
 * scored in aggregate only, as their READMEs ask (heldout4 and heldout5 were retired to open training sets at stop 14,
 * heldout6, heldout7 and heldout8 at stop 15, heldout9 and heldout10 at stop 16; since stop 17 the open sets, with the
 * new train8 to train30, are also the training data of the learned tagger, so their figures are in-sample);
 * the floors are their figures at the end of the session that last moved them (docs/deid-history.md), less a small margin.
 */
const SET_FLOORS: Record<string, { recall: number; precision: number }> = {
  heldout: { recall: 0.992, precision: 0.987 },
  heldout2: { recall: 0.951, precision: 0.969 },
  heldout3: { recall: 0.958, precision: 0.983 },
  heldout4: { recall: 0.985, precision: 0.965 },
  heldout5: { recall: 0.969, precision: 0.972 },
  heldout6: { recall: 0.963, precision: 0.958 },
  heldout7: { recall: 0.958, precision: 0.969 },
  heldout8: { recall: 0.92, precision: 0.963 },
  heldout9: { recall: 0.935, precision: 0.963 },
  heldout10: { recall: 0.917, precision: 0.973 },
  heldout11: { recall: 0.917, precision: 0.967 },
  heldout12: { recall: 0.917, precision: 0.961 },
  heldout13: { recall: 0.892, precision: 0.962 },
  heldout14: { recall: 0.86, precision: 0.975 },
  train4: { recall: 0.975, precision: 0.979 },
  train5: { recall: 0.979, precision: 0.975 },
  train6: { recall: 0.974, precision: 0.984 },
  train7: { recall: 0.962, precision: 0.984 },
  train8: { recall: 0.86, precision: 0.965 },
  train9: { recall: 0.828, precision: 0.955 },
  train10: { recall: 0.845, precision: 0.978 },
  train11: { recall: 0.907, precision: 0.969 },
  train12: { recall: 0.825, precision: 0.943 },
  train13: { recall: 0.845, precision: 0.972 },
  train14: { recall: 0.903, precision: 0.966 },
  train15: { recall: 0.895, precision: 0.967 },
  train16: { recall: 0.84, precision: 0.972 },
  train17: { recall: 0.775, precision: 0.969 },
  train18: { recall: 0.84, precision: 0.956 },
  train19: { recall: 0.895, precision: 0.972 },
  train20: { recall: 0.92, precision: 0.981 },
  train21: { recall: 0.795, precision: 0.974 },
  train22: { recall: 0.922, precision: 0.945 },
  train23: { recall: 0.735, precision: 0.974 },
  train24: { recall: 0.78, precision: 0.968 },
  train25: { recall: 0.82, precision: 0.951 },
  train26: { recall: 0.939, precision: 0.951 },
  train27: { recall: 0.71, precision: 0.972 },
  train28: { recall: 0.88, precision: 0.973 },
  train29: { recall: 0.888, precision: 0.982 },
  train30: { recall: 0.824, precision: 0.974 },
};

test('annotated sets of the project: span recall and char precision stay at or above their floors', () => {
  for (const [set, floor] of Object.entries(SET_FLOORS)) {
    const file = join(process.cwd(), 'test', 'deid', set, `${set}.jsonl`);
    const docs = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Gold);
    assert.ok(docs.length >= 40, `${set}: ${docs.length} notes`);
    const r = score(docs, (t) => detect(t));
    assert.ok(r.recall >= floor.recall, `${set}: recall ${r.recall.toFixed(4)} below its floor ${floor.recall}`);
    assert.ok(r.precision >= floor.precision, `${set}: char precision ${r.precision.toFixed(4)} below its floor ${floor.precision}`);
  }
});
