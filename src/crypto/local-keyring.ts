import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { PhigateError, processAlive, readLockFile, removeStaleLock } from '../common/index.js';
import { open, seal } from './aead.js';
import type { KeyProvider } from './key-provider.js';

const keyringSchema = z.object({
  format: z.literal(1),
  current: z.string(),
  keys: z
    .array(z.object({ id: z.string().regex(/^k[0-9]+$/), createdAt: z.string(), material: z.string() }))
    .min(1),
});
type Keyring = z.infer<typeof keyringSchema>;

export interface LocalKeyringOptions {
  /** How long `rotate` waits for another process's change of the keyring (default 10 s). */
  lockWaitMs?: number;
}

/**
 * KEKs in a JSON file in the data folder, created on first start with mode 0600. Start is refused
 * when the file can be read by group or others. Suitable for a single machine whose disk is
 * itself encrypted; production deployments should prefer the `env` provider or a KMS.
 *
 * Several processes may use one keyring file (a server and a CLI command, or several servers on
 * one database). A change (`rotate`) is made under `keyring.json.lock`, from the file as it is on
 * disk then; a key id is never given to two different keys. A process asked to unwrap under a
 * key id it does not know reads the file again first (another process may have rotated).
 */
export class LocalKeyringProvider implements KeyProvider {
  readonly name = 'local';
  private keys = new Map<string, Buffer>();
  private ring: Keyring;
  private readonly lockWaitMs: number;

  private constructor(private readonly path: string, ring: Keyring, opts: LocalKeyringOptions) {
    this.lockWaitMs = opts.lockWaitMs ?? 10_000;
    this.ring = { format: 1, current: ring.current, keys: [] };
    this.absorb(ring);
  }

  static openOrCreate(path: string, opts: LocalKeyringOptions = {}): LocalKeyringProvider {
    if (!existsSync(path)) {
      const ring: Keyring = {
        format: 1,
        current: 'k1',
        keys: [{ id: 'k1', createdAt: new Date().toISOString(), material: randomBytes(32).toString('base64') }],
      };
      writeKeyring(path, ring, true);
    }
    const mode = statSync(path).mode & 0o777;
    if (mode & 0o077) {
      throw new PhigateError(
        'keyring_permissions',
        `the keyring ${path} is readable by group or others (mode ${mode.toString(8)}): run chmod 600 on it`,
        500,
      );
    }
    return new LocalKeyringProvider(path, readKeyring(path), opts);
  }

  currentKeyId(): string {
    return this.ring.current;
  }

  async wrap(plaintext: Buffer, context: Buffer) {
    const id = this.ring.current;
    return { keyId: id, wrapped: seal(this.key(id), 0, plaintext, context) };
  }

  async unwrap(keyId: string, wrapped: Buffer, context: Buffer) {
    // Another process may have rotated since this one read the keyring: read it again once.
    if (!this.keys.has(keyId)) this.absorb(readKeyring(this.path));
    return open(this.key(keyId), wrapped, context);
  }

  async rotate(): Promise<string> {
    const release = await lockFile(`${this.path}.lock`, this.lockWaitMs);
    try {
      // The file as it is now (another process may have rotated): the next id follows every id on disk.
      this.absorb(readKeyring(this.path));
      const next = `k${Math.max(...this.ring.keys.map((k) => Number(k.id.slice(1)))) + 1}`;
      const material = randomBytes(32);
      const ring: Keyring = {
        format: 1,
        current: next,
        keys: [...this.ring.keys, { id: next, createdAt: new Date().toISOString(), material: material.toString('base64') }],
      };
      writeKeyring(this.path, ring, false);
      this.ring = ring;
      this.keys.set(next, material);
      return next;
    } finally {
      release();
    }
  }

  describe() {
    return this.ring.keys.map((k) => ({ id: k.id, current: k.id === this.ring.current, createdAt: k.createdAt }));
  }

  /**
   * Takes in the keys of `disk` (the keyring as read from the file). A key id that names other
   * material than this process already has is refused: keys wrapped under either could be lost.
   * Keys this process has and the file lacks (the file was restored from an older backup) are
   * kept, and written back by the next rotation.
   */
  private absorb(disk: Keyring): void {
    const incoming = new Map<string, Buffer>();
    for (const k of disk.keys) {
      const key = Buffer.from(k.material, 'base64');
      if (key.length !== 32) throw new PhigateError('keyring_invalid', `keyring key ${k.id} is not 256 bits`, 500);
      const seen = incoming.get(k.id) ?? this.keys.get(k.id);
      if (seen && !seen.equals(key)) {
        throw new PhigateError(
          'keyring_conflict',
          `the keyring ${this.path} names two different keys ${k.id}: refusing to use it (keys wrapped under either could be lost; restore the keyring from a backup)`,
          500,
        );
      }
      incoming.set(k.id, key);
    }
    if (!incoming.has(disk.current)) throw new PhigateError('keyring_invalid', 'keyring names no current key', 500);
    const onDisk = new Set(disk.keys.map((k) => k.id));
    const keys = [...disk.keys.filter((k, i) => disk.keys.findIndex((o) => o.id === k.id) === i), ...this.ring.keys.filter((k) => !onDisk.has(k.id))];
    keys.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
    for (const [id, key] of incoming) this.keys.set(id, key);
    this.ring = { format: 1, current: disk.current, keys };
  }

  private key(id: string): Buffer {
    const k = this.keys.get(id);
    if (!k) throw new PhigateError('kek_missing', `key-encryption key ${id} is not in the keyring`, 500);
    return k;
  }
}

function readKeyring(path: string): Keyring {
  try {
    return keyringSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    throw new PhigateError('keyring_invalid', `the keyring ${path} is not a valid phigate keyring`, 500);
  }
}

/**
 * Writes atomically (temp file + rename) with mode 0600 from the first byte. `exclusive`: only if
 * no keyring exists (linked into place, which fails if another process created one first: theirs
 * is kept, never replaced).
 */
function writeKeyring(path: string, ring: Keyring, exclusive: boolean): void {
  const tmp = `${path}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(ring, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(tmp, 0o600);
  if (!exclusive) {
    renameSync(tmp, path);
    return;
  }
  try {
    linkSync(tmp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && !existsSync(path)) {
      renameSync(tmp, path); // a file system without hard links
      return;
    }
  }
  try {
    unlinkSync(tmp);
  } catch {
    /* already moved */
  }
}

/* ---- the keyring's lock: `<keyring>.lock`, created exclusively, naming its holder's pid ---- */

/** Lock contents this process wrote and still holds (a lock naming our pid but not listed is stale). */
const heldLocks = new Set<string>();
/** An unreadable lock file older than this is not being written: it is garbage, and stale. */
const GARBAGE_AFTER_MS = 10_000;


/** Waits at most `waitMs` for the lock at `p`; returns its release function. */
async function lockFile(p: string, waitMs: number): Promise<() => void> {
  const raw = JSON.stringify({ pid: process.pid, nonce: randomBytes(8).toString('hex'), at: new Date().toISOString() });
  const deadline = Date.now() + waitMs;
  for (;;) {
    let fd: number | undefined;
    try {
      fd = openSync(p, 'wx', 0o600);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (fd !== undefined) {
      heldLocks.add(raw);
      try {
        writeSync(fd, raw);
      } finally {
        closeSync(fd);
      }
      return () => {
        heldLocks.delete(raw);
        try {
          if (readFileSync(p, 'utf8') === raw) unlinkSync(p);
        } catch {
          /* already gone */
        }
      };
    }
    if (takeOverIfStale(p)) continue;
    if (Date.now() >= deadline) {
      throw new PhigateError('keyring_busy', `the keyring is being changed by another process (lock ${p}); try again`, 503);
    }
    await sleep(10 + Math.floor(Math.random() * 20));
  }
}

/** Removes the lock at `p` if its holder is gone; true if the lock was removed (or is gone). */
function takeOverIfStale(p: string): boolean {
  const read = readLockFile(p);
  if (!read) return true; // released meanwhile
  const { raw, mtime } = read;
  let pid: unknown;
  try {
    pid = (JSON.parse(raw) as { pid?: unknown }).pid;
  } catch {
    pid = undefined;
  }
  const stale =
    typeof pid !== 'number'
      ? Date.now() - mtime > GARBAGE_AFTER_MS
      : pid === process.pid
        ? !heldLocks.has(raw) // left by an earlier process that had our pid
        : !processAlive(pid);
  if (!stale) return false;
  // Taken over atomically; a fresh lock that replaced it in between is put back (and tried again).
  removeStaleLock(p, raw);
  return true;
}
