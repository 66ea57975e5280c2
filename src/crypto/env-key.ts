import { createHash } from 'node:crypto';
import { PhigateError } from '../common/index.js';
import { open, seal } from './aead.js';
import type { KeyProvider } from './key-provider.js';

const decode = (b64: string, setting: string): Buffer => {
  const k = Buffer.from(b64.trim(), 'base64');
  if (k.length !== 32) {
    throw new PhigateError('config_invalid', `invalid setting ${setting}: must be 32 bytes in base64 (openssl rand -base64 32)`, 500, {
      setting,
    });
  }
  return k;
};

const fingerprint = (k: Buffer) => `env-${createHash('sha256').update('phigate-kek-id').update(k).digest('hex').slice(0, 12)}`;

/**
 * A master key given in the environment (`PHIGATE_MASTER_KEY`, base64 of 32 bytes), e.g. from a
 * secret manager by the orchestrator. Its id is a fingerprint, so no version has to be named. To
 * rotate: set the new key, move the old one into `PHIGATE_MASTER_KEY_PREVIOUS` (comma-separated),
 * run `phigate keys rewrap`, then drop the old key.
 */
export class EnvKeyProvider implements KeyProvider {
  readonly name = 'env';
  private readonly keys = new Map<string, Buffer>();
  private readonly current: string;

  constructor(masterKey: string, previous?: string) {
    const cur = decode(masterKey, 'PHIGATE_MASTER_KEY');
    this.current = fingerprint(cur);
    this.keys.set(this.current, cur);
    for (const p of (previous ?? '').split(',').filter((s) => s.trim())) {
      const k = decode(p, 'PHIGATE_MASTER_KEY_PREVIOUS');
      this.keys.set(fingerprint(k), k);
    }
  }

  currentKeyId(): string {
    return this.current;
  }

  async wrap(plaintext: Buffer, context: Buffer) {
    return { keyId: this.current, wrapped: seal(this.key(this.current), 0, plaintext, context) };
  }

  async unwrap(keyId: string, wrapped: Buffer, context: Buffer) {
    return open(this.key(keyId), wrapped, context);
  }

  describe() {
    return [...this.keys.keys()].map((id) => ({ id, current: id === this.current }));
  }

  private key(id: string): Buffer {
    const k = this.keys.get(id);
    if (!k) {
      throw new PhigateError('kek_missing', `master key ${id} is not configured (add it to PHIGATE_MASTER_KEY_PREVIOUS)`, 500);
    }
    return k;
  }
}
