#!/usr/bin/env node
// Runs the detector over heldout3.jsonl and writes pred.jsonl.
//   node --import tsx test/deid/heldout3/predict.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detect } from '../../../src/deid/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const gold = readFileSync(join(here, 'heldout3.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const out = [];
for (const doc of gold) {
  const spans = await detect(doc.text);
  out.push(JSON.stringify({ id: doc.id, spans: spans.map((s) => ({ start: s.start, end: s.end, type: s.type })) }));
}
writeFileSync(join(here, 'pred.jsonl'), out.join('\n') + '\n');
console.log(`${gold.length} notes predicted -> pred.jsonl`);
