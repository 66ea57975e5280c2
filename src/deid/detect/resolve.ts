// Overlaps among candidates, resolved by priority, then length.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { Cand } from './words.js';

let takenBuf = new Uint8Array(4096);

/** Keeps the best candidates: higher priority first, then longer; no overlaps. */
export function resolve(cands: Cand[], length: number): Cand[] {
  if (!sortByKeys(cands, true)) cands.sort((a, b) => b.p - a.p || b.e - b.s - (a.e - a.s) || a.s - b.s);
  const kept: Cand[] = [];
  // One byte per character: linear in the text whatever the number of candidates (one buffer, reused: texts are at most CHUNK long).
  if (takenBuf.length < length) takenBuf = new Uint8Array(Math.max(length, takenBuf.length * 2));
  const taken = takenBuf;
  taken.fill(0, 0, length);
  next: for (const c of cands) {
    for (let x = c.s; x < c.e; x++) if (taken[x]) continue next;
    // (A loop for short spans: fill's call costs more.)
    if (c.s >= 0 && c.e - c.s <= 32) for (let x = c.s; x < c.e; x++) taken[x] = 1;
    else taken.fill(1, c.s, c.e);
    kept.push(c);
  }
  return sortByKeys(kept, false) ? kept : kept.sort((a, b) => a.s - b.s);
}

let keyBuf = new Float64Array(256);
let candBuf: Cand[] = [];
/** The bits needed for 0 .. x (x a non-negative integer below 2^31). */
function bitsFor(x: number): number {
  return 32 - Math.clz32(x);
}
/**
 * Sorts cands in place as the stable sort of resolve does (full: priority down, length down, start up; else start up),
 * by one exact integer key per candidate (its fields packed above its index) and a comparator-free numeric sort.
 * False, untouched, for fewer than 24 candidates, when the fields are not integers or the key would not fit in 52 bits.
 */
function sortByKeys(cands: Cand[], full: boolean): boolean {
  const n = cands.length;
  // (Short lists sort faster with the comparator: the keys cost a fixed price.)
  if (n < 24) return false;
  let minP = Infinity;
  let maxP = -Infinity;
  let minL = Infinity;
  let maxL = -Infinity;
  let minS = Infinity;
  let maxS = -Infinity;
  for (let x = 0; x < n; x++) {
    const c = cands[x] as Cand;
    const p = c.p;
    const sx = c.s;
    const l = c.e - sx;
    if (!Number.isInteger(p) || !Number.isInteger(sx) || !Number.isInteger(l)) return false;
    if (p < minP) minP = p;
    if (p > maxP) maxP = p;
    if (l < minL) minL = l;
    if (l > maxL) maxL = l;
    if (sx < minS) minS = sx;
    if (sx > maxS) maxS = sx;
  }
  if (maxP - minP >= 2 ** 30 || maxL - minL >= 2 ** 30 || maxS - minS >= 2 ** 30 || n >= 2 ** 30) return false;
  const bp = full ? bitsFor(maxP - minP) : 0;
  const bl = full ? bitsFor(maxL - minL) : 0;
  const bs = bitsFor(maxS - minS);
  const bi = bitsFor(n - 1);
  if (bp + bl + bs + bi > 52) return false;
  const ml = 2 ** bl;
  const ms = 2 ** bs;
  const mi = 2 ** bi;
  if (keyBuf.length < n) keyBuf = new Float64Array(Math.max(n, keyBuf.length * 2));
  const keys = keyBuf.subarray(0, n);
  for (let x = 0; x < n; x++) {
    const c = cands[x] as Cand;
    const hi = full ? (maxP - c.p) * ml + (maxL - (c.e - c.s)) : 0;
    keys[x] = (hi * ms + (c.s - minS)) * mi + x;
  }
  keys.sort();
  const tmp = candBuf;
  // (The index is the key's low bits: k - floor(k / mi) * mi is exact for a power of two and avoids a float modulo.)
  for (let x = 0; x < n; x++) {
    const k = keys[x] as number;
    tmp[x] = cands[k - Math.floor(k / mi) * mi] as Cand;
  }
  for (let x = 0; x < n; x++) cands[x] = tmp[x] as Cand;
  tmp.length = 0;
  return true;
}
