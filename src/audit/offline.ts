import type { KeyObject } from 'node:crypto';
import { leafHash, verifyConsistency, verifyInclusion } from './merkle.js';
import { parseNote, parsePublicKey, verifyNote } from './signing.js';
import type { Checkpoint, ConsistencyProofFile, InclusionProofFile } from './service.js';

/**
 * Offline checks an auditor runs with nothing but a proof file and the tenant's public key
 * (`phigate audit public-key`): no database, no phigate server, no secret.
 */
export interface ProofCheck {
  ok: boolean;
  kind: 'inclusion' | 'consistency' | 'unknown';
  reason?: string;
  tenant?: string;
  treeSize?: number;
  index?: number;
  eventId?: string;
}

function b64list(v: unknown): Buffer[] | null {
  if (!Array.isArray(v) || v.length > 128 || !v.every((x) => typeof x === 'string' && /^[A-Za-z0-9+/]{43}=$/.test(x))) return null;
  return v.map((x: string) => Buffer.from(x, 'base64'));
}

function checkCheckpoint(cp: unknown, keys: KeyObject[]): { size: number; root: Buffer; tenant: string } | string {
  const c = cp as Partial<Checkpoint> | null;
  if (!c || typeof c.note !== 'string' || typeof c.signature !== 'string') return 'the checkpoint is missing its note or signature';
  let note;
  try {
    note = parseNote(c.note);
  } catch {
    return 'the checkpoint note is malformed';
  }
  const sig = Buffer.from(c.signature, 'base64');
  if (!keys.some((k) => verifyNote(k, c.note!, sig))) {
    return `the checkpoint signature (tree size ${note.size}, signing key v${note.keyVersion}) does not verify with ${keys.length > 1 ? 'these public keys' : 'this public key'}`;
  }
  return { size: note.size, root: note.root, tenant: note.tenant };
}

/**
 * `publicKey`: the tenant's key, or several (its versions, after `audit rotate-signing-key`): a
 * checkpoint is accepted when one of them verifies it, so a consistency proof across a rotation
 * checks with the old and the new key together.
 */
export function verifyProofFile(file: unknown, publicKey: KeyObject | string | Array<KeyObject | string>): ProofCheck {
  const key = (Array.isArray(publicKey) ? publicKey : [publicKey]).map((k) => (typeof k === 'string' ? parsePublicKey(k) : k));
  const f = file as { format?: unknown } | null;
  if (f?.format === 'phigate-audit-inclusion-proof/v1') {
    const p = file as InclusionProofFile;
    const cp = checkCheckpoint(p.checkpoint, key);
    if (typeof cp === 'string') return { ok: false, kind: 'inclusion', reason: cp };
    if (typeof p.event !== 'string' || !Number.isSafeInteger(p.index)) return { ok: false, kind: 'inclusion', reason: 'the proof file is malformed' };
    let ev: { seq?: unknown; tenant?: unknown; id?: unknown };
    try {
      ev = JSON.parse(p.event) as typeof ev;
    } catch {
      return { ok: false, kind: 'inclusion', reason: 'the event is not JSON' };
    }
    if (ev.seq !== p.index) return { ok: false, kind: 'inclusion', reason: 'the event does not belong at the position the proof claims' };
    if (ev.tenant !== cp.tenant) return { ok: false, kind: 'inclusion', reason: "the event is not the checkpoint's tenant's" };
    const path = b64list(p.path);
    if (!path) return { ok: false, kind: 'inclusion', reason: 'the audit path is malformed' };
    const ok = verifyInclusion(p.index, cp.size, leafHash(p.event), path, cp.root);
    return {
      ok,
      kind: 'inclusion',
      tenant: cp.tenant,
      treeSize: cp.size,
      index: p.index,
      ...(typeof ev.id === 'string' ? { eventId: ev.id } : {}),
      ...(ok ? {} : { reason: 'the event is not in the tree the checkpoint signs' }),
    };
  }
  if (f?.format === 'phigate-audit-consistency-proof/v1') {
    const p = file as ConsistencyProofFile;
    const a = checkCheckpoint(p.first, key);
    if (typeof a === 'string') return { ok: false, kind: 'consistency', reason: a };
    const b = checkCheckpoint(p.second, key);
    if (typeof b === 'string') return { ok: false, kind: 'consistency', reason: b };
    if (a.tenant !== b.tenant) return { ok: false, kind: 'consistency', reason: 'the checkpoints are of different tenants' };
    const path = b64list(p.path);
    if (!path) return { ok: false, kind: 'consistency', reason: 'the proof path is malformed' };
    const ok = verifyConsistency(a.size, b.size, a.root, b.root, path);
    return {
      ok,
      kind: 'consistency',
      tenant: a.tenant,
      treeSize: b.size,
      ...(ok ? {} : { reason: `the tree of size ${b.size} does not extend the tree of size ${a.size}` }),
    };
  }
  return { ok: false, kind: 'unknown', reason: 'not a phigate audit proof file' };
}
