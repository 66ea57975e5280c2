#!/usr/bin/env node
// Runs the detector over heldout.jsonl and writes pred.jsonl, then prints misses and false positives.
//
//   node --import tsx test/deid/heldout/predict.mjs
//   node /work/shared/corpus/score.mjs test/deid/heldout/heldout.jsonl test/deid/heldout/pred.jsonl
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detect } from '../../../src/deid/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const docs = readFileSync(join(here, 'heldout.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const isWord = (c) => /[\p{L}\p{N}]/u.test(c);
const ctx = (t, s, e) => (t.slice(Math.max(0, s - 35), s) + '[[' + t.slice(s, e) + ']]' + t.slice(e, e + 35)).replace(/\n/g, ' / ');

const preds = [];
const misses = {};
const mistyped = [];
const fps = [];
const byType = {}; // predicted type -> {chars, inGold}
for (const doc of docs) {
  const spans = detect(doc.text).map((s) => ({ start: s.start, end: s.end, type: s.type }));
  preds.push(JSON.stringify({ id: doc.id, spans }));
  const cover = new Array(doc.text.length).fill(null);
  for (const s of spans) for (let i = s.start; i < s.end; i++) cover[i] = s.type;
  const inGold = new Array(doc.text.length).fill(false);
  for (const g of doc.spans) {
    for (let i = g.start; i < g.end; i++) inGold[i] = true;
    const chars = [...Array(g.end - g.start).keys()].map((k) => g.start + k).filter((i) => isWord(doc.text[i]));
    const uncovered = chars.filter((i) => cover[i] === null);
    if (uncovered.length) {
      const missed = [...Array(g.end - g.start).keys()].map((k) => g.start + k).map((i) => (cover[i] === null ? doc.text[i] : '_')).join('');
      (misses[g.type] ??= []).push(`${doc.id}  ${uncovered.length < chars.length ? `(partial, uncovered "${missed}") ` : ''}${ctx(doc.text, g.start, g.end)}`);
    } else {
      const votes = {};
      for (const i of chars) votes[cover[i]] = (votes[cover[i]] ?? 0) + 1;
      const top = Object.entries(votes).sort((a, b) => b[1] - a[1])[0]?.[0];
      if (top && top !== g.type) mistyped.push(`${doc.id}  gold ${g.type} -> ${top}: ${ctx(doc.text, g.start, g.end)}`);
    }
  }
  for (const s of spans) {
    const t = (byType[s.type] ??= { chars: 0, inGold: 0 });
    for (let i = s.start; i < s.end; i++) if (isWord(doc.text[i])) { t.chars++; if (inGold[i]) t.inGold++; }
    let bad = 0;
    for (let i = s.start; i < s.end; i++) if (isWord(doc.text[i]) && !inGold[i]) bad++;
    if (bad) fps.push({ bad, line: `${doc.id}  ${s.type.padEnd(11)} ${bad} chars: ${ctx(doc.text, s.start, s.end)}` });
  }
}
writeFileSync(join(here, 'pred.jsonl'), preds.join('\n') + '\n');
const report = [];
report.push('# CHAR PRECISION BY PREDICTED TYPE (predicted letters/digits inside any gold span)');
for (const [type, t] of Object.entries(byType).sort()) report.push(`${type.padEnd(12)} ${String(t.inGold).padStart(5)}/${String(t.chars).padEnd(5)} ${(t.inGold / t.chars).toFixed(4)}`);
report.push('');
report.push('# MISSES (gold spans not fully covered), by type');
for (const [type, list] of Object.entries(misses).sort((a, b) => b[1].length - a[1].length)) {
  report.push(`\n## ${type} (${list.length})`);
  report.push(...list);
}
report.push(`\n# MISTYPED (found, wrong type) (${mistyped.length})`);
report.push(...mistyped);
report.push(`\n# FALSE POSITIVES (predicted spans with letters/digits outside gold) (${fps.length}), most chars first`);
report.push(...fps.sort((a, b) => b.bad - a.bad).map((f) => f.line));
writeFileSync(join(here, 'report.txt'), report.join('\n') + '\n');
console.log(report.join('\n'));
