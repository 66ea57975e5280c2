import { AsyncLocalStorage } from 'node:async_hooks';
import { createServices, type Services } from '../app/index.js';
import { loadConfig, type Config } from '../config/index.js';
import { acquireLock } from './lock.js';

/** Where a command writes. In a forwarded run (through a server's control socket) output is captured. */
export interface IO {
  out(s: string): void;
  err(s: string): void;
  /** Whether stderr is an interactive terminal (progress bars, prompts). */
  interactive: boolean;
  setExitCode(code: number): void;
}

const processIO: IO = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  interactive: Boolean(process.stderr.isTTY),
  setExitCode: (code) => {
    process.exitCode = code;
  },
};

/** An IO that collects output (forwarded commands, tests). */
export function captureIO(): IO & { stdout: string; stderr: string; exitCode: number } {
  const c = {
    stdout: '',
    stderr: '',
    exitCode: 0,
    interactive: false,
    out: (s: string) => {
      c.stdout += s;
    },
    err: (s: string) => {
      c.stderr += s;
    },
    setExitCode: (code: number) => {
      c.exitCode = code;
    },
  };
  return c;
}

interface RunContext {
  services: Services;
  io: IO;
}

const context = new AsyncLocalStorage<RunContext>();

export const io = (): IO => context.getStore()?.io ?? processIO;

/** Runs `fn` with `services` and `io` as the context of every command inside it (used by the server). */
export function runInContext<T>(services: Services, out: IO, fn: () => Promise<T>): Promise<T> {
  return context.run({ services, io: out }, fn);
}

/**
 * Gives a command the services it needs. Inside a server (forwarded command): the server's.
 * With DATABASE_URL: a fresh connection to PostgreSQL. Embedded: the data folder, locked for the
 * duration of the command (main() has already forwarded to a running server if there is one).
 */
export async function withServices<T>(fn: (s: Services) => Promise<T>, config?: Config): Promise<T> {
  const ctx = context.getStore();
  if (ctx) return fn(ctx.services);
  const cfg = config ?? loadConfig();
  const release = cfg.databaseUrl ? () => undefined : acquireLock(cfg.dataDir, 'cli');
  try {
    const services = await createServices(cfg);
    try {
      return await fn(services);
    } finally {
      await services.close();
    }
  } finally {
    release();
  }
}

/** Prints JSON (one line) or the human form. */
export function print(json: boolean, value: unknown, human: () => string): void {
  io().out(json ? `${JSON.stringify(value)}\n` : human());
}

/** Fixed-width table for humans. */
export function table(rows: Array<Record<string, string>>, columns: string[]): string {
  if (rows.length === 0) return '(none)\n';
  const width = columns.map((c) => Math.max(c.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i]!)).join('  ').trimEnd();
  return [line(columns.map((c) => c.toUpperCase())), ...rows.map((r) => line(columns.map((c) => r[c] ?? '')))].join('\n') + '\n';
}
