// scripts/const-again.mjs: the build's one edit of esbuild's bundle of src/deid (see scripts/bundle-deid.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a plain JavaScript module of the build, without type declarations
import { constAgain } from '../../scripts/const-again.mjs';

const run = (code: string): { code: string; count: number } => constAgain(code) as { code: string; count: number };

test('a top-level var that nothing assigns again becomes const; the rest of the text is left as it was', () => {
  const src = 'var A = 1;\nvar B = { x: A };\nfunction f() {\n  return B.x;\n}\nexport { f };\n';
  const out = run(src);
  assert.equal(out.count, 2);
  assert.equal(out.code, src.replace('var A', 'const A').replace('var B', 'const B'));
});

test('a var that is assigned, incremented, destructured into or declared without a value stays var', () => {
  const src = [
    'var a = 1;',
    'var b = 0;',
    'var c = 0;',
    'var d = 0;',
    'var e;',
    'var f = 0, g = 1;',
    'var h = [];',
    'function k() {',
    '  a = 2;',
    '  b++;',
    '  [c] = [3];',
    '  ({ d } = { d: 4 });',
    '  g += 1;',
    '  for (h of [[1]]) ;',
    '}',
    '',
  ].join('\n');
  const out = run(src);
  assert.equal(out.count, 0);
  assert.equal(out.code, src);
});

test('a local of the same name that is assigned keeps the top-level var too (the check reads the whole file)', () => {
  const src = 'var n = 1;\nfunction f() {\n  let n = 0;\n  n = 2;\n  return n;\n}\nvar m = n;\n';
  const out = run(src);
  assert.equal(out.count, 1);
  assert.equal(out.code, src.replace('var m', 'const m'));
});

test('block-scoped and nested declarations are not touched', () => {
  const src = 'let x = 1;\nconst y = 2;\nif (x) {\n  var z = 3;\n}\nfunction f() {\n  var w = 4;\n  return w;\n}\n';
  const out = run(src);
  assert.equal(out.count, 0);
  assert.equal(out.code, src);
});
