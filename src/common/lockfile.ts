import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, readFileSync, renameSync, statSync, unlinkSync } from 'node:fs';

/**
 * Lock files of one process per resource (the data folder, the keyring): who holds them, and how a
 * stale one is taken over without ever removing a live process's lock.
 */

/** A lock file's content and age (its mtime), or null when there is none (released meanwhile). */
export function readLockFile(p: string): { raw: string; mtime: number } | null {
  try {
    return { raw: readFileSync(p, 'utf8'), mtime: statSync(p).mtimeMs };
  } catch {
    return null;
  }
}

/** Whether a process with this pid exists (EPERM: it does, but is another user's). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
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
