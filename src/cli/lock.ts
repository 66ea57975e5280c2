import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PhigateError } from '../common/index.js';

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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parse(raw: string): LockInfo | null {
  try {
    const info = JSON.parse(raw) as LockInfo;
    return info && typeof info === 'object' && typeof info.pid === 'number' ? info : null;
  } catch {
    return null;
  }
}

/**
 * Removes the lock file at `p` only if it still has the content `stale` (read before, and judged
 * stale). The file is first renamed to a name of this process's own, which is atomic: of several
 * processes doing this at once, one moves the stale file and the others find it gone. If what was
 * moved is not the stale lock (another process took the stale lock over and made its own in
 * between), it is put back without replacing any lock made meanwhile. Returns whether it removed
 * the stale lock.
 */
export function removeStaleLock(p: string, stale: string): boolean {
  const aside = `${p}.stale-${process.pid}-${randomBytes(6).toString('hex')}`;
  try {
    renameSync(p, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false; // another process took it over
    throw e;
  }
  let moved: string | null;
  try {
    moved = readFileSync(aside, 'utf8');
  } catch {
    moved = null;
  }
  if (moved === stale) {
    unlinkSync(aside);
    return true;
  }
  // A live process's fresh lock: put it back. link creates only if absent, so a lock made in the
  // meantime is never replaced.
  try {
    linkSync(aside, p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && !existsSync(p)) renameSync(aside, p); // a file system without hard links
  }
  try {
    unlinkSync(aside);
  } catch {
    /* renamed back */
  }
  return false;
}

/** The raw content of the lock file if it is held (by a live process); null if there is none or it was stale and removed. */
function current(p: string, depth = 0): { raw: string; info: LockInfo | null } | null {
  let raw: string;
  let mtime: number;
  try {
    raw = readFileSync(p, 'utf8');
    mtime = statSync(p).mtimeMs;
  } catch {
    return null;
  }
  const info = parse(raw);
  let stale: boolean;
  if (!info) stale = Date.now() - mtime > GARBAGE_AFTER_MS; // otherwise: being written right now
  else if (info.pid === process.pid) stale = !held.has(raw); // ours, or left by an earlier process with our pid
  else stale = !alive(info.pid);
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
