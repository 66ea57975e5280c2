import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PhigateError, processAlive, readLockFile, removeStaleLock } from '../common/index.js';

export { removeStaleLock };

/**
 * PGlite lets one process at a time open a data folder. The process that opens it holds
 * `phigate.lock` (created exclusively, naming its pid). A running server also serves a control
 * socket in the folder, through which other CLI invocations run their commands.
 */
export interface LockInfo {
  pid: number;
  kind: 'server' | 'cli';
  socket?: string;
  startedAt: string;
  /** Random: makes every lock file's content unique, so a stale lock is recognised by its content. */
  nonce?: string;
}

export const lockPath = (dataDir: string) => join(dataDir, 'phigate.lock');
export const socketPath = (dataDir: string) => join(dataDir, 'control.sock');

/** An unreadable lock file older than this is not being written: it is garbage, and stale. */
const GARBAGE_AFTER_MS = 10_000;

/** Contents of the lock files this process wrote and still holds. */
const held = new Set<string>();

/**
 * For tests only: called after a lock file was read and judged stale, before it is taken over
 * (the moment at which another process may take it over first).
 */
export const lockTestHooks: { beforeTakeover?: (path: string) => void } = {};


function parse(raw: string): LockInfo | null {
  try {
    const info = JSON.parse(raw) as LockInfo;
    return info && typeof info === 'object' && typeof info.pid === 'number' ? info : null;
  } catch {
    return null;
  }
}


/** The raw content of the lock file if it is held (by a live process); null if there is none or it was stale and removed. */
function current(p: string, depth = 0): { raw: string; info: LockInfo | null } | null {
  const read = readLockFile(p);
  if (!read) return null;
  const { raw, mtime } = read;
  const info = parse(raw);
  let stale: boolean;
  if (!info) stale = Date.now() - mtime > GARBAGE_AFTER_MS; // otherwise: being written right now
  else if (info.pid === process.pid) stale = !held.has(raw); // ours, or left by an earlier process with our pid
  else stale = !processAlive(info.pid);
  if (!stale || depth > 3) return { raw, info };
  lockTestHooks.beforeTakeover?.(p);
  removeStaleLock(p, raw);
  return current(p, depth + 1); // what is there now (another process's fresh lock, or nothing)
}

/** The live holder of the folder's lock, if any (a stale lock left by a dead process is removed). */
export function readLock(dataDir: string): LockInfo | null {
  const p = lockPath(dataDir);
  if (!existsSync(p)) return null;
  return current(p)?.info ?? null; // unreadable but young: being written; treated as absent, acquire arbitrates
}

/** Takes the folder's lock or explains who holds it. Returns the release function. */
export function acquireLock(dataDir: string, kind: 'server' | 'cli', socket?: string): () => void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const p = lockPath(dataDir);
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(p, 'wx', 0o600);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = current(p);
      if (!holder?.info) continue; // stale lock removed (try again), or one being written (arbitrated by the next attempts)
      const info = holder.info;
      if (info.kind === 'server') {
        throw new PhigateError(
          'data_dir_in_use',
          kind === 'server'
            ? `another phigate server (pid ${info.pid}) is running on ${dataDir}; one embedded data folder serves one server (use DATABASE_URL to run several)`
            : `a phigate server (pid ${info.pid}) holds ${dataDir}`,
          409,
        );
      }
      throw new PhigateError('data_dir_busy', `another phigate command (pid ${info.pid}) is using ${dataDir}; try again when it ends`, 409);
    }
    const info: LockInfo = {
      pid: process.pid,
      kind,
      startedAt: new Date().toISOString(),
      nonce: randomBytes(8).toString('hex'),
      ...(socket ? { socket } : {}),
    };
    const raw = JSON.stringify(info);
    held.add(raw);
    try {
      writeSync(fd, raw);
    } finally {
      closeSync(fd);
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      held.delete(raw);
      try {
        // Our own lock only: no other process removes a lock whose holder is alive.
        if (readFileSync(p, 'utf8') === raw) unlinkSync(p);
      } catch {
        /* already gone */
      }
    };
  }
  throw new PhigateError('data_dir_busy', `could not lock ${dataDir}`, 409);
}
