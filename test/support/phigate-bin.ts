// Runs the CLI from source (tests spawn this instead of the compiled bin, so they never see a stale build).
import { main } from '../../src/cli/index.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 70;
  },
);
