#!/usr/bin/env node
// Lists misses (by gold type, with context) and false positives (predicted word characters
// outside every gold span, grouped by predicted type) for heldout3.
//   node test/deid/heldout3/analyse.mjs [gold.jsonl pred.jsonl]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [goldPath = join(here, 'heldout3.jsonl'), predPath = join(here, 'pred.jsonl')] = process.argv.slice(2);
const read = (p) => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const pred = new Map(read(predPath).map((r) => [r.id, r.spans]));
const isW = (c) => /[\p{L}\p{N}]/u.test(c);
const ctx = (t, s, e, w = 35) =>
  (t.slice(Math.max(0, s - w), s) + '[[' + t.slice(s, e) + ']]' + t.slice(e, e + w)).replace(/\s+/g, ' ');

const misses = new Map(); // type -> lines
const mistyped = new Map();
const fps = new Map(); // predicted type -> lines
for (const doc of read(goldPath)) {
  const t = doc.text;
  const spans = pred.get(doc.id) ?? [];
  const cover = new Array(t.length).fill(null);
  for (const s of spans) for (let i = s.start; i < s.end; i++) cover[i] = s.type;
  const inGold = new Array(t.length).fill(false);
  for (const g of doc.spans) {
    for (let i = g.start; i < g.end; i++) inGold[i] = true;
    let all = true;
    const votes = new Map();
    for (let i = g.start; i < g.end; i++) {
      if (!isW(t[i])) continue;
      if (cover[i] === null) all = false;
      else votes.set(cover[i], (votes.get(cover[i]) ?? 0) + 1);
    }
    const line = `${doc.id}  ${ctx(t, g.start, g.end)}`;
    if (!all) {
      const part = votes.size ? `  (partly covered: ${[...votes.keys()].join(',')})` : '';
      (misses.get(g.type) ?? misses.set(g.type, []).get(g.type)).push(line + part);
    } else {
      const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
      if (best !== g.type) (mistyped.get(g.type) ?? mistyped.set(g.type, []).get(g.type)).push(`${line}  -> ${best}`);
    }
  }
  for (const s of spans) {
    let out = 0;
    for (let i = s.start; i < s.end; i++) if (isW(t[i]) && !inGold[i]) out++;
    if (out === 0) continue;
    const kind = [...Array(s.end - s.start).keys()].some((k) => inGold[s.start + k]) ? 'overreach' : 'spurious';
    (fps.get(s.type) ?? fps.set(s.type, []).get(s.type)).push(`${doc.id}  ${kind}  ${ctx(t, s.start, s.end, 25)}`);
  }
}
const dump = (title, m) => {
  console.log(`\n=== ${title} ===`);
  for (const [k, v] of [...m.entries()].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n-- ${k} (${v.length})`);
    for (const l of v) console.log('  ' + l);
  }
};
dump('MISSED gold spans, by gold type', misses);
dump('FOUND but typed wrong, by gold type', mistyped);
dump('FALSE POSITIVES (predicted spans with letters/digits outside gold), by predicted type', fps);
