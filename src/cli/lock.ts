import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
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
}

export const lockPath = (dataDir: string) => join(dataDir, 'phigate.lock');
export const socketPath = (dataDir: string) => join(dataDir, 'control.sock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live holder of the folder's lock, if any (a stale lock left by a dead process is removed). */
export function readLock(dataDir: string): LockInfo | null {
  const p = lockPath(dataDir);
  if (!existsSync(p)) return null;
  let info: LockInfo;
  try {
    info = JSON.parse(readFileSync(p, 'utf8')) as LockInfo;
  } catch {
    return null; // being written right now, or garbage: treat as absent, acquire will arbitrate
  }
  if (typeof info.pid === 'number' && info.pid !== process.pid && alive(info.pid)) return info;
  if (info.pid === process.pid) return info;
  try {
    unlinkSync(p);
  } catch {
    /* someone else cleaned it */
  }
  return null;
}

/** Takes the folder's lock or explains who holds it. Returns the release function. */
export function acquireLock(dataDir: string, kind: 'server' | 'cli', socket?: string): () => void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const p = lockPath(dataDir);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(p, 'wx', 0o600);
      const info: LockInfo = { pid: process.pid, kind, startedAt: new Date().toISOString(), ...(socket ? { socket } : {}) };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          const cur = JSON.parse(readFileSync(p, 'utf8')) as LockInfo;
          if (cur.pid === process.pid) unlinkSync(p);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readLock(dataDir);
      if (!holder) continue; // stale lock removed: try again
      if (holder.kind === 'server') {
        throw new PhigateError(
          'data_dir_in_use',
          kind === 'server'
            ? `another phigate server (pid ${holder.pid}) is running on ${dataDir}; one embedded data folder serves one server (use DATABASE_URL to run several)`
            : `a phigate server (pid ${holder.pid}) holds ${dataDir}`,
          409,
        );
      }
      throw new PhigateError('data_dir_busy', `another phigate command (pid ${holder.pid}) is using ${dataDir}; try again when it ends`, 409);
    }
  }
  throw new PhigateError('data_dir_busy', `could not lock ${dataDir}`, 409);
}
