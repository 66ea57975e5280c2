// Stop 17 (docs/deid-history.md, "a learned token tagger"): a small learned token tagger that proposes person names and places
// the hand-written rules did not find. A multinomial logistic regression (classes: other, NAME, LOCATION) over hashed
// sparse features of a token and its neighbours: word shape, the lexicon and word-set bits the detector already reads,
// character prefixes and suffixes, the lower-cased words around it, the punctuation and line position around it, and
// which type the rules gave its neighbours. The token's own word is not a feature (no memorised surface strings).
// Trained by scripts/train-tagger.mjs on the open synthetic sets; the weights live in data/tagger-weights.ts.
import { TAGGER_WEIGHTS } from './data/tagger-weights.js';
import { TAGGER_CASE_WEIGHTS } from './data/tagger-case-weights.js';
import { CLINICAL_VOCAB } from './data/clinical-vocab.js';

/** A token of the detector (Tok in detect/words.ts is this type): its span, word and lower-case key, shape and bits. */
export interface TagTok {
  readonly s: number;
  readonly e: number;
  readonly w: string;
  readonly k: string;
  /** I = initial (single capital), T = capitalized, U = all caps, L = lower case, X = has digits */
  readonly shape: 'I' | 'T' | 'U' | 'L' | 'X';
  readonly possessive: boolean;
  /** Number of capital letters (an inner capital: "IgE", "McDonald"). */
  readonly capitals: number;
  /** Lexicon bits of k (see lexicon.ts); the detector clears a trigger bit of a token in place (Detector.stickyAt). */
  f: number;
  /** Word-set bits of k (M in detect/vocabulary.ts). */
  readonly m: number;
}

/** A text as the tagger sees it: the detector's view, its tokens, and two document flags. */
export interface TagDoc {
  v: string;
  toks: readonly TagTok[];
  capsDoc: boolean;
  lowerDoc: boolean;
}

export interface TaggerModel {
  /** log2 of the number of hashed feature slots. */
  bits: number;
  /** Weights of NAME and of LOCATION per slot, interleaved (slot h: 2h NAME, 2h + 1 LOCATION; one cache line read per
   * feature); the class "other" scores 0. */
  w: Float32Array | Int8Array;
  /** The weights' unit (the shipped int8 weights are summed as integers, then scaled: a quarter of the memory to read). */
  scale: number;
  bName: number;
  bLoc: number;
  /** A token is proposed when the probability of NAME or LOCATION reaches this. */
  threshold: number;
}

/** Cover bits of a token: which candidates of the rules overlap it. */
export const COVER_NAME = 1;
export const COVER_LOC = 2;
export const COVER_OTHER = 4;
/** A candidate the rules dropped (a company, a header word): the rules have decided about it. */
export const COVER_DROPPED = 8;

/** The features' slots: at most this many per token. */
export const MAX_FEATURES = 96;

// Templates (small integers mixed into every feature's hash).
const enum F {
  ShapeLen = 1,
  Caps,
  Inner,
  FBit,
  MBit,
  Lex,
  Suf2,
  Suf3,
  Suf4,
  Pre2,
  Pre3,
  Word,
  NShape,
  NLex,
  NCover,
  NMBit,
  PunctBefore,
  PunctAfter,
  LineStart,
  Label,
  Doc,
  ShapeTri,
  ShapeDoc,
  LexShape,
  CoverPair,
  NSuf3,
}

const mix = (a: number, b: number): number => {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return h ^ (h >>> 15);
};

/** FNV-1a of s.slice(a, b). */
function strHash(s: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let x = a; x < b; x++) h = Math.imul(h ^ s.charCodeAt(x), 0x01000193);
  return h;
}

const SHAPE_CODE: Record<TagTok['shape'], number> = { I: 1, T: 2, U: 3, L: 4, X: 5 };
const lenBucket = (n: number): number => (n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : 6);

/** A punctuation code for the character c (0 for none). */
function punctCode(c: number): number {
  switch (c) {
    case 44: return 1; // ,
    case 46: return 2; // .
    case 58: return 3; // :
    case 40: case 91: return 4; // ( [
    case 41: case 93: return 5; // ) ]
    case 34: case 39: return 6; // quotes
    case 45: return 7; // -
    case 47: return 8; // /
    case 59: return 9; // ;
    case 124: return 10; // |
    case 38: return 11; // &
    case 64: return 12; // @
    case 35: return 13; // #
    case 10: return 14; // line feed
    default: return c < 48 || (c > 57 && c < 65) ? 15 : 16;
  }
}

/**
 * The cover bits of every token (see COVER_*): which candidates overlap it, from the candidates' sorted starts and ends
 * (linear in the tokens, n log n in the candidates: no per-candidate walk over its tokens). The array returned is a
 * view of a buffer kept for the next call (no allocation per text): read it before calling again.
 */
export function tokenCover(toks: readonly TagTok[], cands: readonly { s: number; e: number; t: string; p: number }[]): Uint8Array {
  const n = toks.length;
  if (coverBuf.length < n) coverBuf = new Uint8Array(Math.max(n, coverBuf.length * 2));
  const out = coverBuf.subarray(0, n);
  out.fill(0);
  if (cands.length === 0) return out;
  // The starts and the ends of all groups in one sorted array each: position * 4 + group (a string's positions are
  // below 2^29, so the keys fit an Int32Array; s < e iff s * 4 + g < e * 4 for a group g below 4).
  let m = 0;
  for (const c of cands) if (c.e > c.s) m++;
  if (coverStarts.length < m) {
    coverStarts = new Int32Array(Math.max(m, coverStarts.length * 2));
    coverEnds = new Int32Array(coverStarts.length);
  }
  let x = 0;
  for (const c of cands) {
    if (c.e <= c.s) continue;
    const g = c.p < 0 ? 3 : c.t === 'NAME' ? 0 : c.t === 'LOCATION' ? 1 : 2;
    coverStarts[x] = c.s * 4 + g;
    coverEnds[x] = c.e * 4 + g;
    x++;
  }
  const st = coverStarts.subarray(0, m).sort();
  const en = coverEnds.subarray(0, m).sort();
  // A token [s, e) is overlapped by a group when (#starts < e) - (#ends <= s) > 0; s and e grow with the token's index.
  const open = coverOpen;
  open.fill(0);
  let a = 0;
  let b = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i] as TagTok;
    const te = t.e * 4;
    while (a < m && (st[a] as number) < te) (open[(st[a++] as number) & 3] as number)++;
    const ts = t.s * 4 + 4;
    while (b < m && (en[b] as number) < ts) (open[(en[b++] as number) & 3] as number)--;
    out[i] = ((open[0] as number) > 0 ? 1 : 0) | ((open[1] as number) > 0 ? 2 : 0) | ((open[2] as number) > 0 ? 4 : 0) | ((open[3] as number) > 0 ? 8 : 0);
  }
  return out;
}
let coverBuf = new Uint8Array(1024);
let coverStarts = new Int32Array(256);
let coverEnds = new Int32Array(256);
const coverOpen = new Int32Array(4);

/** Lexicon bits (f) and word-set bits (m) of the words never proposed (set by detect/tagger-config.ts: states, countries, titles...). */
let neverF = 0;
let neverM = 0;
/** The lexicon bit of the common English words. */
let commonWord = 0;
export function configureTagger(f: number, m: number, word: number, words: ReadonlySet<string> = new Set(), names = 0, places = 0, titles = 0, firstName = 0): void {
  titleBits = titles;
  firstBits = firstName;
  placeBits = places;
  neverF = f;
  neverM = m;
  commonWord = word;
  neverWords = words;
  nameBits = names;
}
/** Word-set bits of titles ("Dr", "Mrs"): a strong name context for the word after (see clinicalGate). */
let titleBits = 0;
/** The lexicon bit of known given names (see clinicalGate). */
let firstBits = 0;
/** The lexicon bits of known given names and surnames: a known name is never taken for a drug by its ending. */
let nameBits = 0;
/** The lexicon bits of one-word places and of the first words of longer places (lexicon.ts's L.PLACE, L.PLACE_PREFIX). */
let placeBits = 0;
/** Endings of drugs, organisms, procedures and clinical adjectives ("Milrinone", "Esmolol", "Tamponade", "Bilious"): a
 * word no name list knows that ends so is left to the rules (the lexicons hold no medical vocabulary). */
const CLINICAL_ENDING = /(?:itis|osis|emia|oma|ectomy|otomy|ostomy|plasty|pathy|algia|amine|azole|mycin|cillin|pril|olol|sartan|statin|vir|mab|nib|ase|one|ine|ol|ide|ate|ium|ade|ous|cin|pam|lam|xin|fen|tide|mide|pine|lone|sone|zine|dine|tin|lin|ril|cus|coccus|bacter|ella|ia|yte|ytes)$/;
/** Lower-case words never proposed (weekdays, labels of forms in other languages: see detect/tagger-config.ts). */
let neverWords: ReadonlySet<string> = new Set();

/** Whether token i could be a name or a place word worth scoring (its cover aside). */
export function eligible(doc: TagDoc, i: number): boolean {
  const t = doc.toks[i] as TagTok;
  // A text all in capitals or all in lower case shows no capital of a proper noun, and the training sets hold too few
  // such texts: the tagger leaves them to the rules (on the real nursing notes, mostly typed so, it proposed drugs,
  // misspellings and "REHAB" far more often than names); the model of such texts scores them.
  if (doc.capsDoc || doc.lowerDoc) return eligibleCase(doc, t);
  // (Stop 28, speed: the tests of the shape first, each a refusal whatever the word, then the look-ups and the ending's
  // regular expression, which refuse only: the same answer, without the expression for most capitals.)
  const sh = t.shape;
  // A word in capitals or in lower case shows no capital of a proper noun: a common English word ("PLACE", "rehab",
  // "in place") is left to the rules there.
  // (A capital inside the word, "MaryBeth", "DeShawn", "McAllen": a given name as often as a place; left to the rules.)
  if (sh === 'T') {
    if (t.capitals !== 1) return false;
  // (Nor a short one in capitals: "ST", "PO", "OSH" are abbreviations far more often than names.)
  } else if (sh !== 'U' || (t.f & commonWord) !== 0 || t.e - t.s < 4) return false;
  if (t.e - t.s < 2 || (t.f & neverF) !== 0 || (t.m & neverM) !== 0 || neverWords.has(t.k)) return false;
  return (t.f & nameBits) !== 0 || !CLINICAL_ENDING.test(t.k);
}

/**
 * Stop 18: whether a token of a text all in capitals or all in lower case is scored by the model of such texts: a word
 * of the text's case (no initial, no digit, no inner hyphen) that a name list knows (three letters or more) or a place
 * list knows and that is no common English word (four letters or more), and none of the words the rules decided about
 * (as above). Words no list knows are left out: in the real nursing notes typed so they are misspellings, drugs and
 * clinical words ("MENTATING", "COCCYX", "LABS-RX") far more often than names. The cheap tests come first: most words
 * of such a text are common English words, rejected by one bit test.
 */
function eligibleCase(doc: TagDoc, t: TagTok): boolean {
  if (t.shape !== (doc.capsDoc ? 'U' : 'L')) return false;
  const f = t.f;
  if ((f & nameBits) === 0 && ((f & commonWord) !== 0 || (f & placeBits) === 0 || t.e - t.s < 4)) return false;
  if (t.e - t.s < 3 || (f & neverF) !== 0 || (t.m & neverM) !== 0 || t.k.includes('-') || neverWords.has(t.k)) return false;
  if ((f & neverF) !== 0 || (t.m & neverM) !== 0 || neverWords.has(t.k)) return false;
  return (f & nameBits) !== 0 || !CLINICAL_ENDING.test(t.k);
}

/** The hash of token j's key. */
function keyHash(doc: TagDoc, j: number): number {
  const k = (doc.toks[j] as TagTok).k;
  return strHash(k, 0, k.length);
}

/** The code of the first non-blank character between a and b (0: blanks only; 14: a line feed comes first). */
function gapCode(v: string, a: number, b: number, fromEnd: boolean): number {
  if (fromEnd) {
    for (let x = b - 1; x >= a; x--) {
      const c = v.charCodeAt(x);
      if (c === 32 || c === 9 || c === 13) continue;
      return punctCode(c);
    }
  } else {
    for (let x = a; x < b; x++) {
      const c = v.charCodeAt(x);
      if (c === 32 || c === 9 || c === 13) continue;
      return punctCode(c);
    }
  }
  return 0;
}

/** The features of the token alone (its word: shape, lexicon bits, prefixes and suffixes) into out from n; returns the new count. */
function ownFeatures(t: TagTok, out: Int32Array, n: number): number {
  const k = t.k;
  const kl = k.length;
  const sh = SHAPE_CODE[t.shape];
  out[n++] = mix(F.ShapeLen, sh * 16 + lenBucket(kl));
  out[n++] = mix(F.Caps, Math.min(t.capitals, 3) * 8 + sh);
  let inner = t.possessive ? 1 : 0;
  for (let x = 0; x < kl; x++) {
    const c = k.charCodeAt(x);
    if (c === 45) inner |= 2;
    else if (c === 39 || c === 0x2019) inner |= 4;
    else if (c > 127) inner |= 8;
  }
  out[n++] = mix(F.Inner, inner);
  const f = t.f;
  out[n++] = mix(F.Lex, f & 0xff);
  out[n++] = mix(F.LexShape, ((f & 0xff) << 4) | sh);
  for (let x = f; x !== 0; x &= x - 1) out[n++] = mix(F.FBit, 31 - Math.clz32(x & -x));
  for (let x = t.m; x !== 0; x &= x - 1) out[n++] = mix(F.MBit, 31 - Math.clz32(x & -x));
  if (kl >= 3) {
    out[n++] = mix(F.Suf2, strHash(k, kl - 2, kl));
    out[n++] = mix(F.Pre2, strHash(k, 0, 2));
  }
  if (kl >= 4) {
    out[n++] = mix(F.Suf3, strHash(k, kl - 3, kl));
    out[n++] = mix(F.Pre3, strHash(k, 0, 3));
  }
  if (kl >= 5) out[n++] = mix(F.Suf4, strHash(k, kl - 4, kl));
  return n;
}

/**
 * The hashed features of token i into out (unmasked 32-bit hashes); returns how many. `cover` gives the rules'
 * candidates over the neighbours (the token's own cover is not read).
 */
export function features(doc: TagDoc, i: number, cover: Uint8Array, out: Int32Array): number {
  const n = ownFeatures(doc.toks[i] as TagTok, out, 0);
  return contextFeatures(doc, i, cover, out, n);
}

/** The features of token i's neighbours, punctuation and line position into out from n; returns the new count. */
function contextFeatures(doc: TagDoc, i: number, cover: Uint8Array, out: Int32Array, n: number): number {
  const toks = doc.toks;
  const v = doc.v;
  const t = toks[i] as TagTok;
  const sh = SHAPE_CODE[t.shape];
  // Neighbours at -2..+2.
  let tri = sh;
  let coverPair = 0;
  for (let d = -2; d <= 2; d++) {
    if (d === 0) continue;
    const j = i + d;
    const slot = d + 2;
    if (j < 0 || j >= toks.length) {
      out[n++] = mix(F.Word * 8 + slot, 7);
      out[n++] = mix(F.NShape * 8 + slot, 0);
      if (d === -1 || d === 1) tri = tri * 8;
      continue;
    }
    const u = toks[j] as TagTok;
    out[n++] = mix(F.Word * 8 + slot, keyHash(doc, j));
    const ush = SHAPE_CODE[u.shape];
    out[n++] = mix(F.NShape * 8 + slot, ush);
    const cv = cover[j] as number;
    out[n++] = mix(F.NCover * 8 + slot, cv);
    if (d === -1 || d === 1) {
      tri = tri * 8 + ush;
      coverPair = coverPair * 16 + cv;
      out[n++] = mix(F.NLex * 8 + slot, u.f & 0xff);
      const um = u.m;
      for (let x = um; x !== 0; x &= x - 1) out[n++] = mix(F.NMBit * 8 + slot, 31 - Math.clz32(x & -x));
      const ukl = u.k.length;
      if (ukl >= 4) out[n++] = mix(F.NSuf3 * 8 + slot, strHash(u.k, ukl - 3, ukl));
    }
  }
  out[n++] = mix(F.ShapeTri, tri);
  out[n++] = mix(F.CoverPair, coverPair);
  // Punctuation and line position.
  const pv = i > 0 ? (toks[i - 1] as TagTok) : undefined;
  const nx = i + 1 < toks.length ? (toks[i + 1] as TagTok) : undefined;
  const before = gapCode(v, pv ? pv.e : 0, t.s, true);
  let lf = false;
  for (let x = t.s - 1; x >= (pv ? pv.e : 0); x--) if (v.charCodeAt(x) === 10) {
    lf = true;
    break;
  }
  if (!pv) lf = true;
  out[n++] = mix(F.PunctBefore, before * 2 + (lf ? 1 : 0));
  const after = gapCode(v, t.e + (t.possessive ? 2 : 0), nx ? nx.s : v.length, false);
  out[n++] = mix(F.PunctAfter, after);
  out[n++] = mix(F.LineStart, (lf ? 1 : 0) + (before === 3 ? 2 : 0));
  if (before === 3 && pv) out[n++] = mix(F.Label, keyHash(doc, i - 1));
  return n;
}

let current: TaggerModel | null | undefined;

/** Decodes shipped weights (see data/tagger-weights.ts): base64 of int8 per slot, NAME then LOCATION. */
function decode(w: { bits: number; scale: number; bName: number; bLoc: number; threshold: number; data: string } = TAGGER_WEIGHTS): TaggerModel | null {
  if (!w.data) return null;
  const bytes = Buffer.from(w.data, 'base64');
  const size = 1 << w.bits;
  const ws = new Int8Array(2 * size);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let x = 0; x < size; x++) {
    ws[2 * x] = q[x] as number;
    ws[2 * x + 1] = q[size + x] as number;
  }
  return { bits: w.bits, w: ws, scale: w.scale, bName: w.bName, bLoc: w.bLoc, threshold: w.threshold };
}

/** The model in use (the shipped one unless setTaggerModel chose another). */
export function taggerModel(): TaggerModel | null {
  if (current === undefined) current = decode();
  return current;
}

/** Replaces the model (cross-validation, tests); undefined restores the shipped one, null turns the tagger off. */
export function setTaggerModel(m: TaggerModel | null | undefined): void {
  current = m;
}

let caseCurrent: TaggerModel | null | undefined;

/** Stop 18: the model of texts all in capitals or all in lower case (data/tagger-case-weights.ts), unless replaced. */
export function caseTaggerModel(): TaggerModel | null {
  if (caseCurrent === undefined) caseCurrent = decode(TAGGER_CASE_WEIGHTS);
  return caseCurrent;
}

/** Replaces the model of texts in one case; undefined restores the shipped one, null turns it off. */
export function setCaseTaggerModel(m: TaggerModel | null | undefined): void {
  caseCurrent = m;
}

/** The sums of the NAME and LOCATION weights of the features (no bias), into sumN and sumL (no allocation). */
let sumN = 0;
let sumL = 0;
function sums(model: TaggerModel, feats: Int32Array, n: number): void {
  const mask = (1 << model.bits) - 1;
  const w = model.w;
  let sn = 0;
  let sl = 0;
  for (let x = 0; x < n; x++) {
    const h = ((feats[x] as number) & mask) << 1;
    sn += w[h] as number;
    sl += w[h + 1] as number;
  }
  sumN = sn * model.scale;
  sumL = sl * model.scale;
}

function probs(sn: number, sl: number): [number, number] {
  const mx = Math.max(0, sn, sl);
  const e0 = Math.exp(-mx);
  const en = Math.exp(sn - mx);
  const el = Math.exp(sl - mx);
  const z = e0 + en + el;
  return [en / z, el / z];
}

/** The own part of the scores per word, for the model of mixed-case texts and for the model of texts in one case
 * (two caches: records of both kinds alternate in a stream of notes). */
const ownCaches = [new Map<string, [number, number]>(), new Map<string, [number, number]>()];
const ownModels: (TaggerModel | null)[] = [null, null];

/** Probabilities of NAME and LOCATION from the features. */
export function scoreFeatures(model: TaggerModel, feats: Int32Array, n: number): [number, number] {
  sums(model, feats, n);
  return probs(model.bName + sumN, model.bLoc + sumL);
}

const featBuf = new Int32Array(MAX_FEATURES);

/** The probabilities of NAME and LOCATION of token i under `model` (oneCase: the model of texts in one case). (Stop 19:
 * out of tagSpans, a unit V8 compiles once: a deoptimization of tagSpans recompiles a smaller function.) */
function scoreAt(doc: TagDoc, i: number, cover: Uint8Array, model: TaggerModel, oneCase: boolean): [number, number] {
  // The word's own part of the scores depends on the word only: kept per word (per model).
  const tok0 = doc.toks[i] as TagTok;
  const ownCache = ownCaches[oneCase ? 1 : 0] as Map<string, [number, number]>;
  if (ownModels[oneCase ? 1 : 0] !== model || ownCache.size > 20000) {
    ownCache.clear();
    ownModels[oneCase ? 1 : 0] = model;
  }
  let own = ownCache.get(tok0.w);
  if (own === undefined) {
    sums(model, featBuf, ownFeatures(tok0, featBuf, 0));
    own = [sumN, sumL];
    ownCache.set(tok0.w, own);
  }
  sums(model, featBuf, contextFeatures(doc, i, cover, featBuf, 0));
  return probs(model.bName + own[0] + sumN, model.bLoc + own[1] + sumL);
}

/**
 * The tagger's spans over the tokens no candidate overlaps: adjacent proposed tokens of one type (blanks between) join
 * into one span. `cands` are the rules' candidates (dropped ones included: the rules decided about those words).
 */
export function tagSpans(doc: TagDoc, cands: readonly { s: number; e: number; t: string; p: number }[], threshold?: number): { s: number; e: number; t: 'NAME' | 'LOCATION' }[] {
  // Stop 18: a text all in capitals or all in lower case has a model of its own (trained on the open sets so
  // rendered), which scores the words of the text's case (see eligibleCase).
  const oneCase = doc.capsDoc || doc.lowerDoc;
  const model = oneCase ? caseTaggerModel() : taggerModel();
  const out: { s: number; e: number; t: 'NAME' | 'LOCATION' }[] = [];
  if (!model) return out;
  const thr = threshold ?? model.threshold;
  // (A threshold above 1 turns the tagger off: see docs/deid-history.md, stop 17.)
  if (thr > 1) return out;
  const toks = doc.toks;
  /** The shapes scored: capitalized words and capitals in a text of mixed case, the text's own case otherwise. */
  const sh1 = oneCase ? (doc.capsDoc ? 'U' : 'L') : 'T';
  const sh2 = oneCase ? sh1 : 'U';
  // (A kept span needs a word no dictionary knows: a text without one eligible is done before any cover is built.)
  let anyProper = false;
  for (let i = 0; i < toks.length && !anyProper; i++) {
    const u = toks[i] as TagTok;
    if ((u.shape === sh1 || u.shape === sh2) && (u.f & commonWord) === 0 && eligible(doc, i)) anyProper = true;
  }
  if (!anyProper) return out;
  // The rules' cover, once. (Stop 28, speed: built here, not at the first eligible token below, which exists since one
  // is eligible, from the same candidates; so a token the rules cover is passed before eligible() is asked, which is
  // pure: the same tokens pass.)
  const cover = tokenCover(toks, cands);
  let last: { s: number; e: number; t: 'NAME' | 'LOCATION' } | undefined;
  let lastTok = -2;
  // The current run of free words: its last token, and whether one of its words is in no dictionary.
  let runEnd = -1;
  let runProper = false;
  for (let i = 0; i < toks.length; i++) {
    const sh = (toks[i] as TagTok).shape;
    if ((sh !== sh1 && sh !== sh2) || cover[i] !== 0 || !eligible(doc, i)) continue;
    // Only a span with a word no dictionary knows is kept (below): a run of free words (blanks between) without one
    // is not scored at all (most capitalized words of a note are ordinary words at a sentence's start).
    if (i > runEnd) {
      runEnd = i;
      runProper = false;
      for (let j = i; ; j++) {
        const u = toks[j] as TagTok;
        if (!runProper && (u.f & commonWord) === 0) runProper = true;
        runEnd = j;
        const nj = toks[j + 1];
        if (!nj || (nj.shape !== sh1 && nj.shape !== sh2) || !blanksOnly(doc.v, u.e, nj.s) || cover[j + 1] !== 0 || !eligible(doc, j + 1)) break;
      }
    }
    if (!runProper) continue;
    const [pn, pl] = scoreAt(doc, i, cover, model, oneCase);
    if (pn < thr && pl < thr) continue;
    const t = pn >= pl ? 'NAME' : 'LOCATION';
    // The next words see this one as a candidate of its type, as the rules' candidates are seen ("Tovrek Alsander").
    cover[i] = t === 'NAME' ? COVER_NAME : COVER_LOC;
    const tok = toks[i] as TagTok;
    // (Stop 18, vocab18: nor a clinical word, unless a known name in a strong name context: a span of clinical and
    // common words only, "Swann", "Trendelenberg", "Careview Monitor", is left to the rules; "Arb Gebeya" is kept.)
    const proper = (tok.f & commonWord) === 0 && !clinicalGate(doc, i, t, cover);
    if (last && lastTok === i - 1 && last.t === t && blanksOnly(doc.v, last.e, tok.s)) {
      last.e = tok.e;
      if (proper) properSpans.add(last);
    } else {
      last = { s: tok.s, e: tok.e, t };
      out.push(last);
      if (proper) properSpans.add(last);
    }
    lastTok = i;
  }
  // (Stop 17, at the merge: a span of common English words only, "Olive Garden", "Family Center", "Hand", "Ward", is
  // left to the rules, which decided about such words on purpose; a span needs one word no dictionary knows.)
  if (properSpans.size === out.length) {
    properSpans.clear();
    return out;
  }
  const kept = out.filter((sp) => properSpans.has(sp));
  properSpans.clear();
  return kept;
}
const properSpans = new Set<object>();

// ---------------------------------------------------------------------------------------------------------------------
// Stop 18 (branch vocab18): the clinical vocabulary (data/clinical-vocab.ts) as a gate on the tagger's proposals. On the
// real nursing notes the tagger's wrong proposals were clinical words no name list lacks or no dictionary knows: drug
// brands, catheters, positions, shorthand and their misspellings. A word of the vocabulary, or one edit away from an
// entry of seven letters or more, is proposed by neither model, unless it is also a known name in a strong name
// context (see strongNameContext). Checked only on a proposal (rare): the sets are built on the first one.

/** Entries this long or longer also match a word one edit away (a letter dropped, added or replaced). */
const EDIT_MIN = 7;
let vocab: Set<string> | undefined;
/** The entries of EDIT_MIN letters or more with one letter dropped: plain (a word missing a letter) and with the
 * position dropped (a letter replaced: the word with the same position dropped is the same). */
let vocabDrops: Set<string> | undefined;
let vocabDropsAt: Set<string> | undefined;

function loadVocab(): Set<string> {
  if (vocab) return vocab;
  const set = new Set<string>();
  const drops = new Set<string>();
  const dropsAt = new Set<string>();
  for (const w of CLINICAL_VOCAB.split(/\s+/)) {
    if (!/^[a-z][a-z0-9'-]*[a-z0-9]$/.test(w)) continue;
    set.add(w);
    if (w.length < EDIT_MIN || !/^[a-z]+$/.test(w)) continue;
    for (let j = 0; j < w.length; j++) {
      const d = w.slice(0, j) + w.slice(j + 1);
      drops.add(d);
      dropsAt.add(j + ':' + d);
    }
  }
  vocabDrops = drops;
  vocabDropsAt = dropsAt;
  return (vocab = set);
}

/** Whether the lower-case word k is an entry of the clinical vocabulary itself (no misspelling matched; stop 29). Off
 * with the clinical gate (setClinicalGate), as the tagger's proposals are: the tests of the gate read the words without it. */
export function clinicalEntry(k: string): boolean {
  return gateOn && loadVocab().has(k);
}

/**
 * Whether the lower-case word k is a clinical word: an entry of the vocabulary (a hyphenated word: its first part too,
 * "swan-ganz"), or a word of letters one edit away from an entry of EDIT_MIN letters or more ("trendelenberg",
 * "metoprolo", "vancomycine").
 */
export function clinicalWord(k: string): boolean {
  const hit = clinicalMemo.get(k);
  if (hit !== undefined) return hit;
  const r = clinicalWordUncached(k);
  // (Stop 19: a memo of the answers, bounded; the edit-distance probes below cost a slice and two lookups per letter.)
  if (clinicalMemo.size >= 20_000) clinicalMemo.clear();
  clinicalMemo.set(k, r);
  return r;
}

const clinicalMemo = new Map<string, boolean>();

function clinicalWordUncached(k: string): boolean {
  const set = loadVocab();
  if (set.has(k)) return true;
  const dash = k.indexOf('-');
  if (dash > 1 && set.has(k.slice(0, dash))) return true;
  const n = k.length;
  if (n < EDIT_MIN - 1 || n > 24) return false;
  for (let x = 0; x < n; x++) {
    const c = k.charCodeAt(x);
    if (c < 97 || c > 122) return false;
  }
  // A letter dropped from an entry.
  if ((vocabDrops as Set<string>).has(k)) return true;
  for (let j = 0; j < n; j++) {
    const d = k.slice(0, j) + k.slice(j + 1);
    // A letter added to an entry; a letter of an entry replaced.
    if ((n > EDIT_MIN && set.has(d)) || (vocabDropsAt as Set<string>).has(j + ':' + d)) return true;
  }
  return false;
}

/**
 * Whether token i, a known name, stands in a strong name context: after a title ("Dr. Allegra"), next to a name the rules
 * found or the tagger proposed, or after a known given name or before a known surname (blanks between) that is no
 * common or clinical word ("Allegra Kowalski", "Brandon Quinton").
 */
function strongNameContext(doc: TagDoc, i: number, cover: Uint8Array): boolean {
  const toks = doc.toks;
  const t = toks[i] as TagTok;
  const p = i > 0 ? (toks[i - 1] as TagTok) : undefined;
  const nx = i + 1 < toks.length ? (toks[i + 1] as TagTok) : undefined;
  if (p && (p.m & titleBits) !== 0) return true;
  const pb = !!p && blanksOnly(doc.v, p.e, t.s);
  const nb = !!nx && blanksOnly(doc.v, t.e + (t.possessive ? 2 : 0), (nx as TagTok).s);
  // (Blanks only between: a name across a comma, "pupils PERL, Allegra", is no context.)
  if ((pb && ((cover[i - 1] as number) & COVER_NAME) !== 0) || (nb && ((cover[i + 1] as number) & COVER_NAME) !== 0)) return true;
  const nameWord = (u: TagTok, bits: number) =>
    u.shape === t.shape && (u.f & bits) !== 0 && (u.f & commonWord) === 0 && u.e - u.s >= 3 && !clinicalWord(u.k);
  return (pb && nameWord(p as TagTok, firstBits)) || (nb && nameWord(nx as TagTok, nameBits & ~firstBits));
}

/** Whether token i, proposed as ty, counts as a clinical word (no word of a kept span: see tagSpans). */
function clinicalGate(doc: TagDoc, i: number, ty: 'NAME' | 'LOCATION', cover: Uint8Array): boolean {
  if (!gateOn) return false;
  const t = doc.toks[i] as TagTok;
  if (!clinicalWord(t.k)) return false;
  return ty !== 'NAME' || (t.f & nameBits) === 0 || !strongNameContext(doc, i, cover);
}

let gateOn = true;
/** Turns the clinical vocabulary's gate off or on (the cross-validation's comparison, tests). */
export function setClinicalGate(on: boolean): void {
  gateOn = on;
}

function blanksOnly(v: string, a: number, b: number): boolean {
  for (let x = a; x < b; x++) {
    const c = v.charCodeAt(x);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------------
// Training (scripts/train-tagger.mjs): deterministic SGD on the multinomial logistic loss.

/** One training token: its features (unmasked hashes) and its class (0 other, 1 NAME, 2 LOCATION). */
export interface TagExample {
  feats: Int32Array;
  y: number;
}

export interface TrainOptions {
  bits?: number;
  epochs?: number;
  rate?: number;
  l2?: number;
  seed?: number;
  threshold?: number;
}

/** mulberry32: a small seeded generator (the shuffles of training are the same on every run). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains a model on the examples: the same examples and options give the same weights. */
export function trainTagger(examples: readonly TagExample[], opts: TrainOptions = {}): TaggerModel {
  const bits = opts.bits ?? 16;
  const epochs = opts.epochs ?? 6;
  const rate0 = opts.rate ?? 0.2;
  const l2 = opts.l2 ?? 1e-6;
  const size = 1 << bits;
  const mask = size - 1;
  const w = new Float32Array(2 * size);
  const model: TaggerModel = { bits, w, scale: 1, bName: 0, bLoc: 0, threshold: opts.threshold ?? 0.5 };
  const order = examples.map((_, x) => x);
  const rand = rng(opts.seed ?? 17);
  let step = 0;
  for (let ep = 0; ep < epochs; ep++) {
    for (let x = order.length - 1; x > 0; x--) {
      const y = Math.floor(rand() * (x + 1));
      const t = order[x] as number;
      order[x] = order[y] as number;
      order[y] = t;
    }
    for (const idx of order) {
      const ex = examples[idx] as TagExample;
      const rate = rate0 / (1 + step * 2e-6);
      step++;
      const n = ex.feats.length;
      const [pn, pl] = scoreFeatures(model, ex.feats, n);
      const gn = (ex.y === 1 ? 1 : 0) - pn;
      const gl = (ex.y === 2 ? 1 : 0) - pl;
      for (let f = 0; f < n; f++) {
        const h = (ex.feats[f] as number) & mask;
        w[2 * h] = (w[2 * h] as number) * (1 - rate * l2) + rate * gn;
        w[2 * h + 1] = (w[2 * h + 1] as number) * (1 - rate * l2) + rate * gl;
      }
      model.bName += rate * gn * 0.1;
      model.bLoc += rate * gl * 0.1;
    }
  }
  return model;
}

/** The mean of models trained alike with different seeds (weights and biases averaged): steadier than any one of them. */
export function averageModels(models: readonly TaggerModel[]): TaggerModel {
  const first = models[0] as TaggerModel;
  if (models.length === 1) return first;
  const w = new Float32Array(first.w.length);
  let bName = 0;
  let bLoc = 0;
  for (const m of models) {
    for (let x = 0; x < w.length; x++) w[x] = (w[x] as number) + (m.w[x] as number) / models.length;
    bName += m.bName / models.length;
    bLoc += m.bLoc / models.length;
  }
  return { ...first, w, bName, bLoc };
}

/** The model quantised to int8 as shipped (data/tagger-weights.ts), and decoded back. */
export function quantise(model: TaggerModel): { bits: number; scale: number; bName: number; bLoc: number; threshold: number; data: string } {
  const size = 1 << model.bits;
  let max = 0;
  for (let x = 0; x < 2 * size; x++) max = Math.max(max, Math.abs(model.w[x] as number));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(2 * size);
  for (let x = 0; x < size; x++) {
    q[x] = Math.round((model.w[2 * x] as number) / scale);
    q[size + x] = Math.round((model.w[2 * x + 1] as number) / scale);
  }
  const r = (x: number) => Math.round(x * 1e6) / 1e6;
  return { bits: model.bits, scale: r(scale), bName: r(model.bName), bLoc: r(model.bLoc), threshold: model.threshold, data: Buffer.from(q.buffer).toString('base64') };
}
