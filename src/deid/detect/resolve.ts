// Overlaps among candidates, resolved by priority, then length.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { Cand } from './words.js';

let takenBuf = new Uint8Array(4096);

/** Keeps the best candidates: higher priority first, then longer; no overlaps. */
export function resolve(cands: Cand[], length: number, joinIn?: string): Cand[] {
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
  if (joinIn !== undefined) joinNames32(cands, kept, joinIn);
  return sortByKeys(kept, false) ? kept : kept.sort((a, b) => a.s - b.s);
}

let ownerBuf = new Int32Array(4096);
/** What may stand between two parts of one name: letters (a particle, a given name), blanks, points, apostrophes. */
const GAP_CHAR_32 = /[\p{L} .'’-]/u;
/**
 * (Stop 32: a name the rules found whole at a lower priority than a part of it no longer loses its other part: "Maria
 * de los Angeles Ortiz de la Fuente" found whole, "Maria de los Angeles Ortiz" at a higher priority kept, "de la" lost.)
 * Each name candidate `resolve` dropped that starts and ends on names kept and overlaps no other span joins them into one
 * name over their union, when the letters it adds lie between them, no comma or line between. `cands` is in resolve's
 * order (priority down), `kept` is changed in place.
 */
function joinNames32(cands: Cand[], kept: Cand[], text: string): void {
  const length = text.length;
  // (Cheap first: a name dropped at all, the names among the candidates outnumbering those kept.)
  let nk = 0;
  for (const c of kept) if (c.t === 'NAME') nk++;
  if (nk === 0) return;
  let nc = 0;
  for (const c of cands) if (c.t === 'NAME') nc++;
  if (nc === nk) return;
  if (ownerBuf.length < length) ownerBuf = new Int32Array(Math.max(length, ownerBuf.length * 2));
  const owner = ownerBuf;
  owner.fill(0, 0, length);
  for (let x = 0; x < kept.length; x++) {
    const c = kept[x] as Cand;
    for (let q = c.s; q < c.e; q++) owner[q] = x + 1;
  }
  const keptSet = new Set(kept);
  const gone = new Set<Cand>();
  next: for (const c of cands) {
    if (c.t !== 'NAME' || c.p < 0 || keptSet.has(c)) continue;
    let free = false;
    let s = c.s;
    let e = c.e;
    let p = c.p;
    for (let q = c.s; q < c.e; q++) {
      const o = owner[q] as number;
      if (o === 0) {
        free = true;
        continue;
      }
      const k = kept[o - 1] as Cand;
      if (k.t !== 'NAME') continue next;
      if (k.s < s) s = k.s;
      if (k.e > e) e = k.e;
      if (k.p > p) p = k.p;
    }
    // (Only a gap between two names kept: a name's edge is the rules' to draw, "PT ORTEGA, RAMON, ACC" found whole at a
    // lower priority is trimmed so.)
    if (!free || owner[c.s] === 0 || owner[c.e - 1] === 0) continue;
    // (Nor across a comma or a line: "ESPOSO JOAQUIN LOPEZ OTERO, MADRE GRACIELA" lists two people.)
    for (let q = c.s; q < c.e; q++) if (owner[q] === 0 && !GAP_CHAR_32.test(text.charAt(q))) continue next;
    const u: Cand = { s, e, t: 'NAME', p };
    kept.push(u);
    keptSet.add(u);
    const ux = kept.length;
    for (let q = s; q < e; q++) {
      const o = owner[q] as number;
      if (o !== 0) gone.add(kept[o - 1] as Cand);
      owner[q] = ux;
    }
  }
  if (gone.size === 0) return;
  let w = 0;
  for (let x = 0; x < kept.length; x++) {
    const c = kept[x] as Cand;
    if (!gone.has(c)) kept[w++] = c;
  }
  kept.length = w;
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
