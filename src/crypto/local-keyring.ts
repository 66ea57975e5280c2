import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { z } from 'zod';
import { PhigateError } from '../common/index.js';
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

/**
 * KEKs in a JSON file in the data folder, created on first start with mode 0600. Start is refused
 * when the file can be read by group or others. Suitable for a single machine whose disk is
 * itself encrypted; production deployments should prefer the `env` provider or a KMS.
 */
export class LocalKeyringProvider implements KeyProvider {
  readonly name = 'local';
  private keys = new Map<string, Buffer>();
  private ring: Keyring;

  private constructor(private readonly path: string, ring: Keyring) {
    this.ring = ring;
    for (const k of ring.keys) this.keys.set(k.id, Buffer.from(k.material, 'base64'));
    for (const [id, key] of this.keys) {
      if (key.length !== 32) throw new PhigateError('keyring_invalid', `keyring key ${id} is not 256 bits`, 500);
    }
    if (!this.keys.has(ring.current)) throw new PhigateError('keyring_invalid', 'keyring names no current key', 500);
  }

  static openOrCreate(path: string): LocalKeyringProvider {
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
    let parsed: Keyring;
    try {
      parsed = keyringSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    } catch {
      throw new PhigateError('keyring_invalid', `the keyring ${path} is not a valid phigate keyring`, 500);
    }
    return new LocalKeyringProvider(path, parsed);
  }

  currentKeyId(): string {
    return this.ring.current;
  }

  async wrap(plaintext: Buffer, context: Buffer) {
    const id = this.ring.current;
    return { keyId: id, wrapped: seal(this.key(id), 0, plaintext, context) };
  }

  async unwrap(keyId: string, wrapped: Buffer, context: Buffer) {
    return open(this.key(keyId), wrapped, context);
  }

  async rotate(): Promise<string> {
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
  }

  describe() {
    return this.ring.keys.map((k) => ({ id: k.id, current: k.id === this.ring.current, createdAt: k.createdAt }));
  }

  private key(id: string): Buffer {
    const k = this.keys.get(id);
    if (!k) throw new PhigateError('kek_missing', `key-encryption key ${id} is not in the keyring`, 500);
    return k;
  }
}

/** Writes atomically (temp file + rename) with mode 0600 from the first byte. */
function writeKeyring(path: string, ring: Keyring, exclusive: boolean): void {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(ring, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(tmp, 0o600);
  if (exclusive && existsSync(path)) return; // another process created it first: keep theirs
  renameSync(tmp, path);
}
