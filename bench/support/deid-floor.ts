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
