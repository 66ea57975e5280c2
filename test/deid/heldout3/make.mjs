#!/usr/bin/env node
// Builds heldout3.jsonl from the templates in notes*.mjs.
// A gold mark is {{TYPE:value}}; it becomes `value` in the text and a span with exact offsets.
//   node test/deid/heldout3/make.mjs
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TYPES = new Set(['NAME', 'DATE', 'AGE_OVER_89', 'LOCATION', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN',
  'HEALTH_PLAN', 'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'BIOMETRIC', 'PHOTO', 'OTHER_ID']);
const MARK = /\{\{([A-Z_0-9]+):(.*?)\}\}/gs;

export function render(template) {
  let text = '';
  const spans = [];
  let last = 0;
  for (const m of template.matchAll(MARK)) {
    const [whole, type, value] = m;
    if (!TYPES.has(type)) throw new Error(`unknown type ${type} in ${whole}`);
    if (value.trim() !== value || value === '') throw new Error(`untrimmed or empty value in ${whole}`);
    text += template.slice(last, m.index);
    spans.push({ start: text.length, end: text.length + value.length, type });
    text += value;
    last = m.index + whole.length;
  }
  text += template.slice(last);
  if (text.includes('{{')) throw new Error(`stray "{{" left in: ${text.slice(text.indexOf('{{') - 40, text.indexOf('{{') + 40)}`);
  if (!/^[\x09\x0a\x0d\x20-\x7e]*$/.test(text)) throw new Error(`non-ASCII text: ${text.slice(0, 60)}`);
  return { text, spans };
}

const files = readdirSync(here).filter((f) => /^notes.*\.mjs$/.test(f)).sort();
const rows = [];
const ids = new Set();
for (const f of files) {
  const { default: notes } = await import(pathToFileURL(join(here, f)).href);
  for (const n of notes) {
    if (ids.has(n.id)) throw new Error(`duplicate id ${n.id}`);
    ids.add(n.id);
    const { text, spans } = render(n.text.replace(/^\n/, ''));
    rows.push({ id: n.id, kind: n.kind, text, spans });
  }
}
writeFileSync(join(here, 'heldout3.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
const counts = {};
for (const r of rows) for (const s of r.spans) counts[s.type] = (counts[s.type] ?? 0) + 1;
console.log(`${rows.length} notes, ${rows.reduce((a, r) => a + r.spans.length, 0)} spans, ${rows.reduce((a, r) => a + r.text.length, 0)} chars`);
console.log(Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
