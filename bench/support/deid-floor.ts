// Reference loops for bench:deid: not detectors, but the least work any detector must do that looks at every
// word (recall first: lower-case names, names that are words, places without a capital). They set a ceiling on
// the throughput a JavaScript detector of that kind can reach on this machine, as the minimal proxy of
// bench:gateway does for the gateway's added latency.

/** Character classes: 0 other, 1 word character (ASCII digits and letters, and the letters of the Latin, Greek and
 * Cyrillic blocks, as the detector's tokenizer reads them). */
const WORD = (() => {
  const t = new Uint8Array(0x2000);
  for (let c = 48; c <= 57; c++) t[c] = 1;
  for (let c = 65; c < 0x2000; c++) if (/\p{L}/u.test(String.fromCharCode(c))) t[c] = 1;
  return t;
})();
const isWord = (c: number): boolean => c < 0x2000 && WORD[c] === 1;
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);

/** Finds the word boundaries of a text and nothing else; returns the number of words. */
export function wordBoundaries(text: string): number {
  let words = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isWord(text.charCodeAt(i))) {
      i++;
      continue;
    }
    words++;
    while (i < n && isWord(text.charCodeAt(i))) i++;
  }
  return words;
}

/** Finds every word and looks it up once in a lexicon (the word sliced out, lower-cased when it holds a capital, one
 * Map lookup): the least a detector that must consider every word does per word. Returns the OR of the bits found. */
export function lexiconLookups(text: string, lexicon: ReadonlyMap<string, number>): number {
  let bits = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isWord(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    let caps = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isWord(c)) break;
      if (isUpper(c)) caps = true;
      i++;
    }
    const w = text.slice(s, i);
    bits |= lexicon.get(caps ? w.toLowerCase() : w) ?? 0;
  }
  return bits;
}

/** A lexicon in typed arrays, looked up by the characters of a word in place: no string is made per word. Open
 * addressing over a power-of-two table; a key is the word's lower-case UTF-16 code units in one shared array. */
export class CodeLexicon {
  private readonly mask: number;
  private readonly slots: Int32Array;
  private readonly bits: Int32Array;
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  private readonly chars: Uint16Array;

  constructor(lexicon: ReadonlyMap<string, number>) {
    let size = 1;
    while (size < lexicon.size * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    this.bits = new Int32Array(lexicon.size);
    this.starts = new Int32Array(lexicon.size);
    this.lengths = new Int32Array(lexicon.size);
    let total = 0;
    for (const k of lexicon.keys()) total += k.length;
    this.chars = new Uint16Array(total);
    let at = 0;
    let e = 0;
    for (const [k, b] of lexicon) {
      let h = 0;
      for (let x = 0; x < k.length; x++) {
        const c = k.charCodeAt(x);
        this.chars[at + x] = c;
        h = (Math.imul(h, 31) + c) | 0;
      }
      this.bits[e] = b;
      this.starts[e] = at;
      this.lengths[e] = k.length;
      let slot = mix(h) & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = e;
      at += k.length;
      e++;
    }
  }

  /** The bits of text.slice(s, e) lower-cased (ASCII capitals folded), given the hash the caller computed of those
   * lower-case code units; 0 when the word is not in the lexicon. */
  get(text: string, s: number, e: number, hash: number): number {
    const len = e - s;
    for (let slot = mix(hash) & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot] as number;
      if (entry < 0) return 0;
      if (this.lengths[entry] !== len) continue;
      const at = this.starts[entry] as number;
      let x = 0;
      for (; x < len; x++) {
        let c = text.charCodeAt(s + x);
        if (c >= 65 && c <= 90) c += 32;
        if (this.chars[at + x] !== c) break;
      }
      if (x === len) return this.bits[entry] as number;
    }
  }
}

const mix = (h: number): number => {
  const m = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return m ^ (m >>> 15);
};

/** Like lexiconLookups, but hashing the characters as it reads them and looking the word up in place (CodeLexicon): the
 * least a detector that considers every word can do per word in JavaScript. Returns the OR of the bits found. */
export function codeLookups(text: string, lexicon: CodeLexicon): number {
  let bits = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    let c = text.charCodeAt(i);
    if (!isWord(c)) {
      i++;
      continue;
    }
    const s = i;
    let h = 0;
    do {
      if (c >= 65 && c <= 90) c += 32;
      h = (Math.imul(h, 31) + c) | 0;
      i++;
      if (i >= n) break;
      c = text.charCodeAt(i);
    } while (isWord(c));
    bits |= lexicon.get(text, s, i, h);
  }
  return bits;
}
