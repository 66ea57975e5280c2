import { Command, CommanderError } from 'commander';
import { PhigateError } from '../common/index.js';
import { register as registerDeid } from './commands/deid.js';

/** Builds the `phigate` command tree. Each command lives in ./commands/<name>.ts. */
export function buildProgram(): Command {
  const program = new Command('phigate')
    .description('phigate: a HIPAA trust boundary between your application and model providers')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerDeid(program);
  return program;
}

/** Runs the CLI; resolves to the exit status. Errors are printed without input data. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof PhigateError) {
      process.stderr.write(`phigate: ${e.message} (${e.code})\n`);
      return e.status >= 500 ? 70 : 1;
    }
    process.stderr.write(`phigate: internal error (${e instanceof Error ? e.name : 'Error'})\n`);
    return 70;
  }
}
