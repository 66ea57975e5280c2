import type { Command } from 'commander';

// Placeholder: the de-identification command is being written (issue 4).
export function register(program: Command): void {
  program.command('deid').description('de-identify text (not yet available)').action(() => {
    process.stderr.write('phigate deid: not available yet\n');
    process.exitCode = 1;
  });
}
