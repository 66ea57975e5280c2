#!/usr/bin/env node
// Entry point of the `phigate` command. The TypeScript is compiled to dist/ by `npm ci` (prepare).
import { main } from '../dist/cli/index.js';

main(process.argv).then(
  (code) => {
    if (typeof code === 'number') process.exitCode = code;
  },
  (err) => {
    // main() prints its own typed errors; anything reaching here is a bug, reported without data.
    process.stderr.write(`phigate: internal error (${err && err.name ? err.name : 'Error'})\n`);
    process.exitCode = 70;
  },
);
