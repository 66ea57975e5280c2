import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { PhigateError } from '../common/index.js';

/**
 * Checkpoint signatures: Ed25519. The tenant's signing key is a 32-byte seed held (wrapped) by the
 * key service; the public key is published with `phigate audit public-key` so an auditor can check
 * checkpoints and proofs offline.
 */

// DER of a PKCS#8 Ed25519 private key up to the seed, and of an SPKI public key up to the point.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function privateKeyFromSeed(seed: Buffer): KeyObject {
  if (seed.length !== 32) throw new PhigateError('audit_signing_key', 'an Ed25519 seed is 32 bytes', 500);
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

export function rawPublicKey(priv: KeyObject): Buffer {
  const der = createPublicKey(priv).export({ format: 'der', type: 'spki' });
  return Buffer.from(der.subarray(der.length - 32));
}

export function publicKeyFromRaw(raw: Buffer): KeyObject {
  if (raw.length !== 32) throw new PhigateError('audit_public_key', 'an Ed25519 public key is 32 bytes', 400);
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

export const publicKeyPem = (raw: Buffer): string => publicKeyFromRaw(raw).export({ format: 'pem', type: 'spki' }).toString();

/**
 * Reads a public key given as PEM text, a PEM file path, or the raw 32 bytes in base64/base64url
 * or hex.
 */
export function parsePublicKey(input: string): KeyObject {
  let text = input.trim();
  if (!text.includes('-----BEGIN') && existsSync(text)) text = readFileSync(text, 'utf8').trim();
  try {
    if (text.includes('-----BEGIN')) {
      const k = createPublicKey(text);
      if (k.asymmetricKeyType !== 'ed25519') throw new Error('not ed25519');
      return k;
    }
    if (/^[0-9a-f]{64}$/i.test(text)) return publicKeyFromRaw(Buffer.from(text, 'hex'));
    return publicKeyFromRaw(Buffer.from(text, 'base64'));
  } catch {
    throw new PhigateError('audit_public_key', 'the public key is not an Ed25519 key (PEM, file, or 32 bytes in base64 or hex)', 400);
  }
}

export interface CheckpointNote {
  tenant: string;
  size: number;
  root: Buffer;
  time: string;
  keyVersion: number;
}

const NOTE_HEADER = 'phigate audit checkpoint v1';

/** The signed text of a checkpoint. */
export function formatNote(c: CheckpointNote): string {
  return `${NOTE_HEADER}\ntenant ${c.tenant}\nsize ${c.size}\nroot ${c.root.toString('base64')}\ntime ${c.time}\nkey ${c.keyVersion}\n`;
}

export function parseNote(note: string): CheckpointNote {
  const m = /^phigate audit checkpoint v1\ntenant ([0-9a-f-]{36})\nsize (\d{1,15})\nroot ([A-Za-z0-9+/=]{44})\ntime ([0-9TZ:.-]{20,30})\nkey (\d{1,9})\n$/.exec(
    note,
  );
  if (!m) throw new PhigateError('audit_checkpoint_malformed', 'the checkpoint note is malformed', 400);
  return { tenant: m[1]!, size: Number(m[2]), root: Buffer.from(m[3]!, 'base64'), time: m[4]!, keyVersion: Number(m[5]) };
}

export const signNote = (priv: KeyObject, note: string): Buffer => sign(null, Buffer.from(note, 'utf8'), priv);

export function verifyNote(pub: KeyObject, note: string, signature: Buffer): boolean {
  try {
    return verify(null, Buffer.from(note, 'utf8'), pub, signature);
  } catch {
    return false;
  }
}
