#!/usr/bin/env node
// Builds heldout.jsonl from the annotated note templates in notes1.mjs .. notes4.mjs.
//
//   node test/deid/heldout/make.mjs
//
// Each template marks a gold PHI span inline as {{TYPE:text}}; the marker is removed and the
// span's offsets (JavaScript string indices, end exclusive) are computed from the output text,
// so offsets can never drift from the text. Output format matches /work/shared/corpus/dev.jsonl:
//   {"id": "ho-0001", "text": "...", "spans": [{"start", "end", "type"}, ...]}
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import notes1 from './notes1.mjs';
import notes2 from './notes2.mjs';
import notes3 from './notes3.mjs';
import notes4 from './notes4.mjs';

const TYPES = new Set([
  'NAME', 'DATE', 'AGE_OVER_89', 'LOCATION', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN', 'HEALTH_PLAN',
  'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'BIOMETRIC', 'PHOTO', 'OTHER_ID',
]);
const MARK = /\{\{([A-Z_0-9]+):(.*?)\}\}/gs;

export function render(template) {
  let text = '';
  const spans = [];
  let last = 0;
  for (const m of template.matchAll(MARK)) {
    const [whole, type, value] = m;
    if (!TYPES.has(type)) throw new Error(`unknown type ${type} in: ${whole}`);
    if (value.trim() !== value || value === '') throw new Error(`span has outer whitespace: ${whole}`);
    text += template.slice(last, m.index);
    spans.push({ start: text.length, end: text.length + value.length, type });
    text += value;
    last = m.index + whole.length;
  }
  text += template.slice(last);
  if (text.includes('{{') || text.includes('}}')) throw new Error(`unbalanced marker in: ${text.slice(0, 80)}`);
  return { text: text.endsWith('\n') ? text : text + '\n', spans };
}

const notes = [...notes1, ...notes2, ...notes3, ...notes4];
const lines = notes.map((tpl, i) => {
  const { text, spans } = render(tpl);
  for (const s of spans) if (text.slice(s.start, s.end).length !== s.end - s.start) throw new Error('bad span');
  return JSON.stringify({ id: `ho-${String(i + 1).padStart(4, '0')}`, text, spans });
});
const out = join(dirname(fileURLToPath(import.meta.url)), 'heldout.jsonl');
writeFileSync(out, lines.join('\n') + '\n');
const counts = {};
for (const l of lines) for (const s of JSON.parse(l).spans) counts[s.type] = (counts[s.type] ?? 0) + 1;
console.log(`${lines.length} notes, ${Object.values(counts).reduce((a, b) => a + b, 0)} gold spans -> ${out}`);
console.log(counts);
