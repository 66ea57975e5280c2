import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';
import { PhigateError } from '../common/index.js';

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency v2), section 2.1:
 *   MTH({})        = SHA-256()
 *   leaf hash      = SHA-256(0x00 || leaf)
 *   node hash      = SHA-256(0x01 || left || right)
 *   MTH(D[0:n])    = node(MTH(D[0:k]), MTH(D[k:n])), k the largest power of two below n
 * plus inclusion and consistency proofs and their verification (2.1.3, 2.1.4).
 */

const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);

export const EMPTY_ROOT = createHash('sha256').digest();

// One-shot hashing (Node >= 20.12) is markedly faster than a Hash object per call.
const oneShot = (crypto as { hash?: (alg: string, data: string | Buffer, enc: 'buffer') => Buffer }).hash;
const scratch = Buffer.alloc(65);
scratch[0] = 1;

export function leafHash(leaf: string | Buffer): Buffer {
  if (oneShot) return typeof leaf === 'string' ? oneShot('sha256', `\0${leaf}`, 'buffer') : oneShot('sha256', Buffer.concat([LEAF, leaf]), 'buffer');
  return createHash('sha256').update(LEAF).update(leaf).digest();
}

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  if (oneShot && left.length === 32 && right.length === 32) {
    left.copy(scratch, 1);
    right.copy(scratch, 33);
    return oneShot('sha256', scratch, 'buffer');
  }
  return createHash('sha256').update(NODE).update(left).update(right).digest();
}

/** Largest power of two strictly below n (n >= 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

const popcount = (n: number): number => {
  let c = 0;
  for (let x = n; x > 0; x = Math.floor(x / 2)) c += x % 2;
  return c;
};

/**
 * The compact left edge of a tree of `size` leaves: one hash per set bit of `size`, largest subtree
 * first. Enough to append further leaves and to compute the root, in O(log n), without the leaves.
 */
export class Frontier {
  constructor(
    public size: number,
    public readonly hashes: Buffer[] = [],
  ) {
    if (hashes.length !== popcount(size)) throw new PhigateError('audit_frontier', 'frontier does not match its size', 500);
  }

  static decode(size: number, bytes: Buffer): Frontier {
    const hashes: Buffer[] = [];
    for (let i = 0; i + 32 <= bytes.length; i += 32) hashes.push(Buffer.from(bytes.subarray(i, i + 32)));
    if (hashes.length * 32 !== bytes.length) throw new PhigateError('audit_frontier', 'frontier bytes are malformed', 500);
    return new Frontier(size, hashes);
  }

  encode(): Buffer {
    return Buffer.concat(this.hashes);
  }

  clone(): Frontier {
    return new Frontier(this.size, [...this.hashes]);
  }

  push(leaf: Buffer): void {
    let h = leaf;
    for (let s = this.size; s % 2 === 1; s = (s - 1) / 2) h = nodeHash(this.hashes.pop()!, h);
    this.hashes.push(h);
    this.size += 1;
  }

  root(): Buffer {
    if (this.hashes.length === 0) return EMPTY_ROOT;
    let r = this.hashes[this.hashes.length - 1]!;
    for (let i = this.hashes.length - 2; i >= 0; i--) r = nodeHash(this.hashes[i]!, r);
    return r;
  }

  /** The [lo, hi) leaf ranges of this frontier's subtrees, in order. */
  ranges(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    let lo = 0;
    for (let bit = 2 ** Math.floor(Math.log2(Math.max(1, this.size))); bit >= 1; bit /= 2) {
      if (Math.floor(this.size / bit) % 2 === 1) {
        out.push([lo, lo + bit]);
        lo += bit;
      }
    }
    return out;
  }
}

/**
 * A tree whose leaves [base, size) are known, and whose first `base` leaves survive only as the
 * frontier of `base` (after a retention purge). Computes subtree hashes, roots and proofs; any
 * subtree needed that lies wholly inside the purged range must be one of the frontier's.
 */
export class LeafTree {
  private readonly known = new Map<string, Buffer>();

  constructor(
    readonly base: Frontier,
    private readonly leaves: Buffer[],
  ) {
    for (const [i, [lo, hi]] of base.ranges().entries()) this.known.set(`${lo}:${hi}`, base.hashes[i]!);
  }

  get size(): number {
    return this.base.size + this.leaves.length;
  }

  /** MTH(D[lo:hi]). */
  mth(lo: number, hi: number): Buffer {
    if (hi <= lo) return EMPTY_ROOT;
    const memo = this.known.get(`${lo}:${hi}`);
    if (memo) return memo;
    if (hi - lo === 1) {
      if (lo < this.base.size) throw purged();
      return this.leaves[lo - this.base.size]!;
    }
    if (lo >= this.base.size && (hi - lo) > 64 && isPowerOfTwo(hi - lo)) return this.perfect(lo, hi);
    const k = splitPoint(hi - lo);
    return nodeHash(this.mth(lo, lo + k), this.mth(lo + k, hi));
  }

  /** A perfect subtree over known leaves, bottom-up (no recursion, no memo). */
  private perfect(lo: number, hi: number): Buffer {
    let level = this.leaves.slice(lo - this.base.size, hi - this.base.size);
    while (level.length > 1) {
      const next: Buffer[] = new Array(level.length / 2);
      for (let i = 0; i < next.length; i++) next[i] = nodeHash(level[2 * i]!, level[2 * i + 1]!);
      level = next;
    }
    return level[0]!;
  }

  root(n = this.size): Buffer {
    return this.mth(0, n);
  }

  /** PATH(m, D[0:n]) of RFC 9162 2.1.3.1. */
  inclusionProof(m: number, n = this.size): Buffer[] {
    if (m < 0 || m >= n || n > this.size) throw new PhigateError('audit_proof_range', 'leaf index outside the tree', 400);
    const path: Buffer[] = [];
    const walk = (m: number, lo: number, hi: number): void => {
      if (hi - lo <= 1) return;
      const k = splitPoint(hi - lo);
      if (m < k) {
        walk(m, lo, lo + k);
        path.push(this.mth(lo + k, hi));
      } else {
        walk(m - k, lo + k, hi);
        path.push(this.mth(lo, lo + k));
      }
    };
    walk(m, 0, n);
    return path;
  }

  /** PROOF(m, D[0:n]) of RFC 9162 2.1.4.1. */
  consistencyProof(m: number, n = this.size): Buffer[] {
    if (m < 0 || m > n || n > this.size) throw new PhigateError('audit_proof_range', 'tree sizes out of range', 400);
    if (m === 0 || m === n) return [];
    const proof: Buffer[] = [];
    const sub = (m: number, lo: number, hi: number, b: boolean): void => {
      const n = hi - lo;
      if (m === n) {
        if (!b) proof.push(this.mth(lo, hi));
        return;
      }
      const k = splitPoint(n);
      if (m <= k) {
        sub(m, lo, lo + k, b);
        proof.push(this.mth(lo + k, hi));
      } else {
        sub(m - k, lo + k, hi, false);
        proof.push(this.mth(lo, lo + k));
      }
    };
    sub(m, 0, n, true);
    return proof;
  }
}

const isPowerOfTwo = (n: number) => n > 0 && Number.isInteger(Math.log2(n));
const purged = () => new PhigateError('audit_purged', 'that part of the tree was purged under the retention policy', 410);

const odd = (n: number) => n % 2 === 1;
const half = (n: number) => Math.floor(n / 2);

/** RFC 9162 2.1.3.2: does `proof` show leaf `index` (hash `leaf`) in the tree of `size` with `root`? */
export function verifyInclusion(index: number, size: number, leaf: Buffer, proof: Buffer[], root: Buffer): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      r = nodeHash(p, r);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 2.1.4.2: does `proof` show the tree (size1, root1) is a prefix of (size2, root2)? */
export function verifyConsistency(size1: number, size2: number, root1: Buffer, root2: Buffer, proof: Buffer[]): boolean {
  if (!Number.isSafeInteger(size1) || !Number.isSafeInteger(size2) || size1 < 0 || size2 < size1) return false;
  if (size1 === size2) return proof.length === 0 && root1.equals(root2);
  if (size1 === 0) return proof.length === 0 && root1.equals(EMPTY_ROOT);
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  if (path.length === 0) return false;
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return fr.equals(root1) && sr.equals(root2) && sn === 0;
}
