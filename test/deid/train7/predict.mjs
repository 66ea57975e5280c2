#!/usr/bin/env node
// Runs the detector over train7.jsonl and writes pred.jsonl.
//   node --import tsx test/deid/train7/predict.mjs                        # src/deid/index.ts
//   node test/deid/train7/predict.mjs /tmp/train7-dist/deid/index.js     # a built copy of the detector
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { predict } from '../heldout-tools.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const modulePath = process.argv[2];
if (!modulePath) {
  await predict(here, 'train7');
} else {
  const { detect } = await import(pathToFileURL(resolve(modulePath)).href);
  const gold = readFileSync(join(here, 'train7.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const out = [];
  for (const doc of gold) {
    const spans = await detect(doc.text);
    out.push(JSON.stringify({ id: doc.id, spans: spans.map((s) => ({ start: s.start, end: s.end, type: s.type })) }));
  }
  writeFileSync(join(here, 'pred.jsonl'), out.join('\n') + '\n');
  console.log(`${gold.length} notes predicted with ${modulePath} -> pred.jsonl`);
}
