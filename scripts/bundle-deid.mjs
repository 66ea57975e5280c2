#!/usr/bin/env node
// Build step after tsc: dist/deid/index.js becomes one module holding the whole de-identification library (src/deid/,
// its only public surface being index.ts; the rest of phigate imports nothing else of it).
//
// The detector's source is 37 modules (docs/deid.md, "Where the rules live"). Run as separate modules, each value one
// module reads from another goes through V8's module bindings: a warm detector ran 5.5% more instructions than the
// same code as one file (cachegrind, three passes over the nursing notes: 26.26 G against 24.89 G). esbuild joins the
// modules into one, but declares every top-level binding with `var` (by design, with no option to keep `const`), and
// V8 reads a `var` of a module's scope more slowly than a `const` (the detector's folder alone, bundled: 25.41 G). So
// the top-level `var`s that nothing assigns again become `const` again: 24.75 G for the detector's folder, 24.37 G for
// the whole library. Nothing else changes: packages stay imports, the bundle evaluates the modules in the order Node
// would, and the tests (run on the sources) and the oracle over 14,220 texts find the same spans.
// Usage: node scripts/bundle-deid.mjs (from the project root, after tsc).
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import ts from 'typescript';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const deid = resolve(root, 'src/deid');
const inside = deid + '/';
const out = resolve(root, 'dist/deid');

const result = await build({
  write: false,
  entryPoints: [resolve(deid, 'index.ts')],
  outfile: resolve(out, 'index.js'),
  packages: 'external',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'only-the-library',
      setup(b) {
        // A relative import that leaves src/deid/ (there is none today) stays an import, written relative to dist/deid/.
        b.onResolve({ filter: /^\.\.?\// }, (a) => {
          const target = resolve(a.resolveDir, a.path);
          if (target.startsWith(inside)) return undefined;
          const rel = relative(deid, target);
          return { path: rel.startsWith('.') ? rel : `./${rel}`, external: true };
        });
      },
    },
  ],
});
/** Names that some statement assigns (`x = `, `x += `, `x++`, a destructuring or for-in/of target): anywhere in the
 * file, so a local of the same name keeps a top-level `var` as it is (safe, if sometimes more than needed). */
function assignedNames(sf) {
  const out = new Set();
  const target = (n) => {
    if (ts.isIdentifier(n)) out.add(n.text);
    else if (ts.isParenthesizedExpression(n)) target(n.expression);
    else if (ts.isArrayLiteralExpression(n)) n.elements.forEach(target);
    else if (ts.isObjectLiteralExpression(n))
      for (const p of n.properties) {
        if (ts.isShorthandPropertyAssignment(p)) out.add(p.name.text);
        else if (ts.isPropertyAssignment(p)) target(p.initializer);
        else if (ts.isSpreadAssignment(p)) target(p.expression);
      }
    else if (ts.isSpreadElement(n)) target(n.expression);
    else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) target(n.left);
  };
  const visit = (n) => {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment) target(n.left);
    else if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) target(n.operand);
    else if ((ts.isForInStatement(n) || ts.isForOfStatement(n)) && !ts.isVariableDeclarationList(n.initializer)) target(n.initializer);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** The bundle's top-level `var x = ...` that nothing assigns again, declared `const` (the only edit of esbuild's text). */
function constAgain(code) {
  const sf = ts.createSourceFile('detect.js', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const assigned = assignedNames(sf);
  const at = [];
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st) || (st.declarationList.flags & ts.NodeFlags.BlockScoped) !== 0) continue;
    const ds = st.declarationList.declarations;
    if (ds.every((d) => ts.isIdentifier(d.name) && d.initializer && !assigned.has(d.name.text))) at.push(st.declarationList.getStart(sf));
  }
  let out = '';
  let from = 0;
  for (const x of at) {
    if (code.slice(x, x + 4) !== 'var ') throw new Error(`bundle-deid: no var at ${x}`);
    out += code.slice(from, x) + 'const ';
    from = x + 4;
  }
  return { code: out + code.slice(from), count: at.length };
}

for (const f of result.outputFiles) {
  if (f.path.endsWith('.js')) {
    const { code, count } = constAgain(f.text);
    writeFileSync(f.path, code);
    if (count === 0) throw new Error('bundle-deid: no top-level var found; has esbuild changed its output?');
  } else writeFileSync(f.path, f.contents);
}
// tsc's separate modules of the library are not used by the bundle: removed, so that nothing loads them by mistake.
for (const name of readdirSync(out)) if (name !== 'index.js' && name !== 'index.js.map') rmSync(resolve(out, name), { recursive: true, force: true });
