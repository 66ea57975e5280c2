// The benchmarks measure phigate as shipped: the build in dist/ that `npm start` and the command run, made fresh from
// src/ the way `npm run build` makes it (tsc, then the de-identification library bundled into one module by
// scripts/bundle-deid.mjs), not the TypeScript sources under a loader.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Builds dist/ as `npm run build` does; exits with status 2 and a line on stderr if a step fails. */
export function buildDist(root: string, bench: string): void {
  const steps: [string, string[]][] = [
    ['tsc', [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')]],
    ['the bundle', [join(root, 'scripts', 'bundle-deid.mjs')]],
  ];
  for (const [name, args] of steps) {
    if (spawnSync(process.execPath, args, { stdio: 'inherit' }).status !== 0) {
      console.error(`${bench}: building dist/ failed (${name})`);
      process.exit(2);
    }
  }
}
