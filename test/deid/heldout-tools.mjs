// Tools shared by the blind held-out sets (heldout2/, heldout3/, …): each set's make.mjs, predict.mjs
// and analyse.mjs call these with its own folder and name.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// A gold mark is {{TYPE:value}}; it becomes `value` in the text and a span with exact offsets.
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


/** notes*.mjs of the folder -> <name>.jsonl, refusing unknown types, untrimmed values, stray braces and non-ASCII text. */
export async function build(here, name) {
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
  writeFileSync(join(here, `${name}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const counts = {};
  for (const r of rows) for (const s of r.spans) counts[s.type] = (counts[s.type] ?? 0) + 1;
  console.log(`${rows.length} notes, ${rows.reduce((a, r) => a + r.spans.length, 0)} spans, ${rows.reduce((a, r) => a + r.text.length, 0)} chars`);
  console.log(Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
}

/** Runs detect() over <name>.jsonl and writes pred.jsonl (run under `node --import tsx`). */
export async function predict(here, name) {
  const { detect } = await import('../../src/deid/index.ts');
  const gold = readFileSync(join(here, `${name}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const out = [];
  for (const doc of gold) {
    const spans = await detect(doc.text);
    out.push(JSON.stringify({ id: doc.id, spans: spans.map((s) => ({ start: s.start, end: s.end, type: s.type })) }));
  }
  writeFileSync(join(here, 'pred.jsonl'), out.join('\n') + '\n');
  console.log(`${gold.length} notes predicted -> pred.jsonl`);
}

/** Lists misses (by gold type, with context) and false positives (predicted word characters outside every gold span). Reading them unblinds the set. */
export function analyse(here, name, [goldPath = join(here, `${name}.jsonl`), predPath = join(here, 'pred.jsonl')] = []) {
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
}
