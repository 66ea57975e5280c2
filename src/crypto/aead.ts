import { createCipheriv, createDecipheriv, createSecretKey, type KeyObject } from 'node:crypto';
import { randomBytesPooled } from './random.js';
import { PhigateError } from '../common/index.js';

/**
 * AES-256-GCM with associated data. Sealed format (all big-endian):
 *   byte 0      format version (1)
 *   bytes 1-4   key version (which tenant data key sealed it)
 *   bytes 5-16  96-bit random nonce
 *   bytes 17-32 128-bit authentication tag
 *   bytes 33-   ciphertext
 */
const FORMAT = 1;
/** Nonce length. A caller sealing many values may pass nonces drawn at once from `randomBytes`. */
export const IV_BYTES = 12;
const HEADER = 1 + 4 + IV_BYTES + 16;

/**
 * Each raw key's KeyObject, made once: a cipher keyed by a KeyObject skips copying and checking
 * the raw key on every call. Held weakly, so a key dropped by the key cache (expiry, rotate,
 * shred) takes its KeyObject with it.
 */
const keyObjects = new WeakMap<Buffer, KeyObject>();
const keyObject = (key: Buffer): KeyObject => {
  let k = keyObjects.get(key);
  if (!k) {
    k = createSecretKey(key);
    keyObjects.set(key, k);
  }
  return k;
};

export function seal(key: Buffer, keyVersion: number, plaintext: Buffer, aad: Buffer, iv: Buffer = randomBytesPooled(IV_BYTES)): Buffer {
  if (iv.length !== IV_BYTES) throw new PhigateError('encrypt_failed', 'a nonce must be 12 bytes', 500);
  const cipher = createCipheriv('aes-256-gcm', keyObject(key), iv);
  cipher.setAAD(aad);
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const head = Buffer.alloc(5);
  head.writeUInt8(FORMAT, 0);
  head.writeUInt32BE(keyVersion, 1);
  return Buffer.concat([head, iv, cipher.getAuthTag(), ct]);
}

/** The key version a sealed value names, so the right key can be fetched before opening it. */
export function sealedKeyVersion(sealed: Buffer): number {
  if (sealed.length < HEADER || sealed.readUInt8(0) !== FORMAT) {
    throw new PhigateError('decrypt_failed', 'ciphertext is malformed', 500);
  }
  return sealed.readUInt32BE(1);
}

export function open(key: Buffer, sealed: Buffer, aad: Buffer): Buffer {
  sealedKeyVersion(sealed);
  const decipher = createDecipheriv('aes-256-gcm', keyObject(key), sealed.subarray(5, 5 + IV_BYTES));
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.subarray(5 + IV_BYTES, HEADER));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(HEADER)), decipher.final()]);
  } catch {
    throw new PhigateError('decrypt_failed', 'ciphertext failed authentication (tampered, moved or wrong key)', 500);
  }
}

/** Associated data binding a value to its place: tenant, table, row (and optionally a column). */
export function rowAad(tenantId: string, table: string, rowId: string, column = ''): Buffer {
  return Buffer.from(`phigate:v1\0${tenantId}\0${table}\0${rowId}\0${column}`, 'utf8');
}
