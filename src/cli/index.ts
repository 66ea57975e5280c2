import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import { PhigateError } from '../common/index.js';
import { loadConfig } from '../config/index.js';
import { register as registerAccess } from './commands/access.js';
import { register as registerAudit } from './commands/audit.js';
import { register as registerDeid } from './commands/deid.js';
import { register as registerKeys } from './commands/keys.js';
import { register as registerPolicies } from './commands/policies.js';
import { register as registerRoles } from './commands/roles.js';
import { register as registerServe } from './commands/serve.js';
import { confirmShred, register as registerTenants } from './commands/tenants.js';
import { register as registerUsers } from './commands/users.js';
import { register as registerVault } from './commands/vault.js';
import { register as registerVendors } from './commands/vendors.js';
import { forward, type ControlReply } from './control.js';
import { readLock } from './lock.js';
import { captureIO, io, runInContext, type IO } from './runtime.js';
import type { Services } from '../app/index.js';

/** Commands that open the store; on the embedded store they go through a running server if there is one. */
const STORE_COMMANDS = new Set(['tenants', 'keys', 'vault', 'audit', 'vendors', 'access', 'users', 'roles', 'policies']);

/** Builds the `phigate` command tree. Each command lives in ./commands/<name>.ts. */
export function buildProgram(out: IO = io()): Command {
  const program = new Command('phigate')
    .description('phigate: a HIPAA trust boundary between your application and model providers')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.out(s), writeErr: (s) => out.err(s) });
  registerServe(program, controlRunner);
  registerTenants(program);
  registerKeys(program);
  registerVault(program);
  registerAudit(program);
  registerVendors(program);
  registerDeid(program);
  registerUsers(program);
  registerRoles(program);
  registerPolicies(program);
  registerAccess(program);
  for (const c of program.commands) {
    c.exitOverride().configureOutput({ writeOut: (s) => out.out(s), writeErr: (s) => out.err(s) });
    for (const sub of c.commands) sub.exitOverride().configureOutput({ writeOut: (s) => out.out(s), writeErr: (s) => out.err(s) });
  }
  return program;
}

/** Runs one command line, printing typed errors without input data; resolves to the exit status. */
async function execute(argv: string[], out: IO): Promise<number> {
  const program = buildProgram(out);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof PhigateError) {
      out.err(`phigate: ${e.message} (${e.code})\n`);
      return e.status >= 500 ? 70 : 1;
    }
    out.err(`phigate: internal error (${e instanceof Error ? e.name : 'Error'})\n`);
    return 70;
  }
}

/** What the server runs for a command line that came through its control socket. */
export function controlRunner(services: Services): (argv: string[]) => Promise<ControlReply> {
  return async (args) => {
    const cmd = args[0];
    if (!cmd || !STORE_COMMANDS.has(cmd)) {
      return { exitCode: 2, stdout: '', stderr: 'phigate: only store commands run through the control socket\n' };
    }
    const cap = captureIO();
    const code = await runInContext(services, cap, () => execute(['node', 'phigate', ...args], cap));
    return { exitCode: code || cap.exitCode, stdout: cap.stdout, stderr: cap.stderr };
  };
}

/** Options whose value is a file path: made absolute before a command runs inside the server. */
const PATH_OPTIONS = new Set(['--out', '--archive', '--public-key', '--witness']);
/** Commands whose first positional argument is a file path. */
const FILE_ARGUMENT_COMMANDS = new Set(['audit verify-proof', 'policies apply']);
/** Options of store commands that take no value (every other `--option` is followed by its value unless written `--option=value`). */
const FLAGS = new Set(['--json', '--yes', '--kek', '--defaults', '--help', '-h']);

/**
 * Makes the file paths of a command line absolute, for a command that runs inside the server (whose
 * working folder is not the caller's): the values of PATH_OPTIONS, as `--out FILE` or
 * `--out=FILE`, and the FILE of `audit verify-proof FILE` and `policies apply FILE`. A
 * `--public-key` that is not an existing file is the key itself and is left as it is.
 */
export function absolutePaths(args: string[]): string[] {
  const pathValue = (opt: string, v: string) => {
    if (isAbsolute(v) || v === '') return v;
    // --public-key may be the key itself rather than a file: only existing files are rewritten.
    if (opt === '--public-key' && !existsSync(v)) return v;
    return resolve(v);
  };
  const fileArgument = FILE_ARGUMENT_COMMANDS.has(`${args[0]} ${args[1]}`);
  let positionalSeen = false;
  let optionsEnded = false;
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (i < 2 || optionsEnded || !a.startsWith('-') || a === '-') {
      if (i >= 2 && fileArgument && !positionalSeen) {
        positionalSeen = true;
        out.push(pathValue('', a));
      } else out.push(a);
      continue;
    }
    if (a === '--') {
      optionsEnded = true;
      out.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      const opt = a.slice(0, eq);
      out.push(PATH_OPTIONS.has(opt) ? `${opt}=${pathValue(opt, a.slice(eq + 1))}` : a);
      continue;
    }
    out.push(a);
    if (FLAGS.has(a) || i + 1 >= args.length) continue;
    const v = args[++i]!; // the option's value
    out.push(PATH_OPTIONS.has(a) ? pathValue(a, v) : v);
  }
  return out;
}

/** Entry point of the `phigate` binary; resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  // A reader that stops early (`phigate audit export | head`) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  const args = argv.slice(2);
  const cmd = args[0];
  if (cmd && STORE_COMMANDS.has(cmd) && !args.includes('--help') && !args.includes('-h')) {
    let forwardTo: string | undefined;
    try {
      const config = loadConfig();
      if (!config.databaseUrl) {
        const holder = readLock(config.dataDir);
        if (holder?.kind === 'server' && holder.socket) forwardTo = holder.socket;
      }
    } catch (e) {
      if (e instanceof PhigateError) {
        process.stderr.write(`phigate: ${e.message} (${e.code})\n`);
        return 1;
      }
      throw e;
    }
    if (forwardTo) {
      try {
        // The confirmation of an irreversible action is asked here, at the operator's terminal.
        if (cmd === 'tenants' && args[1] === 'shred' && !args.includes('--yes')) {
          await confirmShred(args[2] ?? '');
          args.push('--yes');
        }
        const reply = await forward(forwardTo, absolutePaths(args));
        process.stdout.write(reply.stdout);
        process.stderr.write(reply.stderr);
        return reply.exitCode;
      } catch (e) {
        if (e instanceof PhigateError) {
          process.stderr.write(`phigate: ${e.message} (${e.code})\n`);
          return 1;
        }
        throw e;
      }
    }
  }
  const code = await execute(argv, io());
  return code || (typeof process.exitCode === 'number' ? process.exitCode : 0);
}
