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
import { constAgain } from './const-again.mjs';
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
  // (esbuild's table does not credit node20 with regular expressions' Unicode property escapes, \p{L}, and lowers each
  // such literal to a `new RegExp(...)` call where it stands: 44 of them in functions' bodies, built again at each call.
  // Node 20 has them: the literals stay literals.)
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'only-the-library',
      setup(b) {
        // The library uses nothing else of phigate (it is a pure library, docs/deid.md): a relative import that left
        // src/deid/ would put a second copy of another module in the bundle, so the build stops instead.
        b.onResolve({ filter: /^\.\.?\// }, (a) => {
          if (resolve(a.resolveDir, a.path).startsWith(inside)) return undefined;
          return { errors: [{ text: `${relative(root, a.importer)} imports ${a.path}, outside src/deid/` }] };
        });
      },
    },
  ],
});
for (const f of result.outputFiles) {
  if (f.path.endsWith('.js')) {
    // (A declaration made const is two characters longer: the source map's columns after it on that line are two short.)
    const { code, count } = constAgain(f.text);
    writeFileSync(f.path, code);
    if (count === 0) throw new Error('bundle-deid: no top-level var found; has esbuild changed its output?');
  } else writeFileSync(f.path, f.contents);
}
// tsc's separate modules of the library are not used by the bundle: removed, so that nothing loads them by mistake.
for (const name of readdirSync(out)) if (name !== 'index.js' && name !== 'index.js.map') rmSync(resolve(out, name), { recursive: true, force: true });
