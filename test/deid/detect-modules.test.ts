// The detector's modules (src/deid/detect/): the rules call one another across modules, so their imports form cycles,
// and under cycles ECMAScript modules evaluate in an order that depends on which module is imported first. The
// top-level code of a module may read only values of the leaf modules (word lists, patterns, label words), which
// import no rule module and so are always evaluated first. These tests hold that layout, and check that a label word
// listed by two rounds keeps the type of the later one, as it did when the rules were one file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect } from '../../src/deid/index.js';

const dir = join(import.meta.dirname, '../../src/deid/detect');
const LEAVES = new Set(['text', 'vocabulary', 'patterns', 'id-words']);

/** The modules of the folder a module imports at run time (`import type` is erased and imposes no order). */
function valueImports(name: string): string[] {
  const src = readFileSync(join(dir, `${name}.ts`), 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/^import(\s+type)?\s*\{[^}]*\}\s*from\s*'\.\/([\w-]+)\.js';/gm)) if (!m[1]) out.push(m[2]!);
  return out;
}

const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));

test('the leaf modules import only leaf modules, without a cycle', () => {
  for (const leaf of LEAVES) {
    assert.ok(modules.includes(leaf), `${leaf}.ts exists`);
    for (const dep of valueImports(leaf)) assert.ok(LEAVES.has(dep), `${leaf}.ts imports the rule module ${dep}.ts`);
  }
  const seen = new Set<string>();
  const visit = (m: string, path: string[]): void => {
    assert.ok(!path.includes(m), `cycle among the leaves: ${[...path, m].join(' -> ')}`);
    if (seen.has(m)) return;
    for (const dep of valueImports(m)) visit(dep, [...path, m]);
    seen.add(m);
  };
  for (const leaf of LEAVES) visit(leaf, []);
});

test('only detect.ts imports the tagger configuration, which must run before the first text', () => {
  for (const m of modules) assert.ok(!valueImports(m).includes('tagger-config'), `${m}.ts imports tagger-config.ts`);
  assert.match(readFileSync(join(dir, '../detect.ts'), 'utf8'), /^import '\.\/detect\/tagger-config\.js';$/m);
});

test('a label word two rounds typed keeps the later type: "visa" labels an identifier, not an account', () => {
  const text = 'Passport and Visa No: KX4471920 on file.';
  const spans = detect(text).map((s) => ({ type: s.type, value: text.slice(s.start, s.end) }));
  const visa = spans.find((s) => s.value.includes('KX4471920'));
  assert.ok(visa, `the number is found: ${JSON.stringify(spans)}`);
  assert.equal(visa.type, 'OTHER_ID');
});
