// Stop 25: a person's user name or handle made of the first letters of the words of a name found in the same text
// ("tanbh (Tan Boon Heng)", "lowsk (Low Siew Kim)", "rajks (Rajesh K. Sundram)", "nurhid (Nurul Hidayah Osman)",
// "aboateng2" for "Boateng, Akosua"), every time it stands as a word; and a dotted handle of a given name or an initial
// and a surname the lexicons know ("judge: j.mukherjee", "annotator kim.soyeon"). Logs of controlled drugs, of
// reviews and of raters sign with such handles. Run after the tagger (Detector.runAll), when every rule has found its
// names. Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, NAME_BITS } from '../lexicon.js';
import { clinicalWord } from '../tagger.js';
import { type Cand, isLetterCode, type Tok } from './words.js';
import { wordOfItsOwn } from './id-labels.js';
import { R24, triggers24 } from './triggers24.js';
import type { Detector } from './detector.js';

/**
 * How `q` (lower-case letters) reads as a handle of the name whose words are `words`, as first parts of words in a row:
 * 2 when it is a family name or a part of one then the initials of the words after it ("tanbh": tan, b, h of "tan boon
 * heng"; "rajks": raj, k, s of "rajesh k sundram"), or initials then a whole last word of four letters or more
 * ("aboateng": a, boateng); 1 when it is two parts, one of three letters or more ("nurhid": nur, hid of "nurul hidayah
 * osman"; but also "simva" of "Simon Vance", so such a handle needs the name beside it); 0 otherwise ("metho" of "Mary
 * Etta Thompson", "carbamaz" of "Carl Barry Mazur": a drug's short form). A word of the name itself is none ("binti" of
 * "Rohani binti Ismail" reads as "bint" and "i").
 */
export function handleStrength(q: string, words: readonly string[]): number {
  if (words.includes(q)) return 0;
  let best = 0;
  for (let a = 0; a + 1 < words.length && best < 2; a++) best = Math.max(best, fromWord(q, 0, words, a, []));
  return best;
}
/** The rest of `q` from `at` read as first parts of words[w], words[w + 1]...; `parts`: the lengths read so far. */
function fromWord(q: string, at: number, words: readonly string[], w: number, parts: number[]): number {
  if (at === q.length) return partsStrength(parts, words, w);
  if (w >= words.length) return 0;
  const word = words[w] as string;
  let max = 0;
  while (max < word.length && at + max < q.length && word.charCodeAt(max) === q.charCodeAt(at + max)) max++;
  let best = 0;
  for (let len = max; len >= 1 && best < 2; len--) {
    parts.push(len);
    best = Math.max(best, fromWord(q, at + len, words, w + 1, parts));
    parts.pop();
  }
  return best;
}
/** The strength of a reading in parts of these lengths, the last of them of words[end - 1] (see handleStrength). */
function partsStrength(parts: readonly number[], words: readonly string[], end: number): number {
  const n = parts.length;
  if (n < 2) return 0;
  // A family name's part, then initials: "tan" "b" "h".
  if (n >= 3 && (parts[0] as number) >= 2 && parts.slice(1).every((p) => p === 1)) return 2;
  // Initials, then the whole last word: "a" "boateng".
  const last = parts[n - 1] as number;
  if (last >= 4 && last === (words[end - 1] as string).length && parts.slice(0, -1).every((p) => p === 1)) return 2;
  return n === 2 && parts.some((p) => p >= 3) ? 1 : 0;
}

/** The words of a name candidate's text in lower case, letters only (a hyphen or an apostrophe dropped), the given names
 * first ("Boateng, Akosua" akosua boateng); none when a word holds a letter beyond ASCII or a digit. */
function nameWords(text: string): string[] {
  const comma = text.indexOf(',');
  const o = comma > 0 ? `${text.slice(comma + 1)} ${text.slice(0, comma)}` : text;
  const out: string[] = [];
  // (Stop 26: a text of ASCII is read by its character codes, the same steps without the regular expressions: words
  // between blanks and points, letters lowered, apostrophes and hyphens dropped, any other character making none.)
  let ascii = true;
  for (let i = 0; i < o.length && ascii; i++) if (o.charCodeAt(i) > 127) ascii = false;
  if (ascii) {
    for (let i = 0; i < o.length; ) {
      let c = o.charCodeAt(i);
      if (c === 32 || c === 9 || c === 46) {
        i++;
        continue;
      }
      const ws = i;
      /** The word is all lower-case letters (taken as it is). */
      let plain = true;
      let letters = 0;
      for (; i < o.length; i++) {
        c = o.charCodeAt(i);
        if (c === 32 || c === 9 || c === 46) break;
        if (c >= 97 && c <= 122) letters++;
        else if (c >= 65 && c <= 90) {
          letters++;
          plain = false;
        } else if (c === 39 || c === 45) plain = false;
        else return [];
      }
      if (letters === 0) return [];
      const w = o.slice(ws, i);
      out.push(plain ? w : w.toLowerCase().replace(/['-]/g, ''));
    }
    return out;
  }
  for (const w of o.toLowerCase().split(/[ \t.]+/)) {
    if (w === '') continue;
    const k = w.replace(/['’-]/g, '');
    if (!/^[a-z]+$/.test(k)) return [];
    out.push(k);
  }
  return out;
}

/** Whether a word of v[s, e) starts with a letter of the mask (bit k: the k-th letter of the alphabet, in either case). */
function wordStartIn(v: string, s: number, e: number, mask: number): boolean {
  for (let k = s; k < e; k++) {
    if (k > s && isLetterCode(v.charCodeAt(k - 1))) continue;
    const c = v.charCodeAt(k) | 0x20;
    if (c >= 97 && c <= 122 && (mask & (1 << (c - 97))) !== 0) return true;
  }
  return false;
}

/** Whether [s, e) stands as a word of its own (wordOfItsOwn, the user names' test), and no at sign or backslash is beside
 * it (a mention's or a Windows account's other half). */
function standsAlone(v: string, s: number, e: number): boolean {
  const b = s > 0 ? v.charCodeAt(s - 1) : 32;
  return wordOfItsOwn(v, s, e) && b !== 64 && b !== 92 && v.charCodeAt(e) !== 92;
}

/** Whether k is one letter or more of a to z, /^[a-z]+$/ (stop 28, speed: a loop, not a pattern, at every candidate). */
function asciiLower28(k: string): boolean {
  if (k.length === 0) return false;
  for (let x = 0; x < k.length; x++) {
    const c = k.charCodeAt(x);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** A handle's letters (group 1) and up to three digits after them. */
const HANDLE_25 = /^([a-z]+)\d{0,3}$/;

export function nameHandles25(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  // The tokens that may be a handle, from the one pass of triggers24.ts (most texts have none, and then no name's words
  // are made).
  // (Stop 30, speed: the tokens' own tests first, handleOk's look-ups (the clinical words' memo, the candidates) only in a
  // text with a name of two words or more, without which no handle is taken: the same handles found, in the same order.)
  let maybe: [number, number, string, string, number | undefined][] | undefined;
  for (const i of triggers24(d, R24.HANDLE)) {
    const t = toks[i] as Tok;
    const n = t.e - t.s;
    if (t.shape === 'X') {
      // (Letters then digits, in lower case: "aboateng2"; the tokenizer gives such a token shape X.)
      const w = v.slice(t.s, t.e);
      const q = HANDLE_25.exec(w)?.[1];
      if (q !== undefined && q.length >= 4 && q.length <= 10) (maybe ??= []).push([t.s, t.e, q, w, undefined]);
      continue;
    }
    // Four to ten lower-case letters that are no word nor name of a lexicon (a handle is short; a longer word is a
    // drug's or a finding's more often: "ticagrelor", "hypokinesis").
    if (n >= 4 && n <= 10 && (t.f & (L.WORD | NAME_BITS)) === 0 && asciiLower28(t.k)) {
      (maybe ??= []).push([t.s, t.e, t.k, t.k, t.f]);
      continue;
    }
    dottedHandle(d, i);
  }
  if (maybe === undefined) return;
  // The names found: their span and words.
  let all: [number, number, string[]][] | undefined;
  // (Several rules find the same name: each span is read once.)
  const seen = new Set<number>();
  for (const c of d.cands as Cand[]) {
    if (c.p < 0 || c.t !== 'NAME' || c.e - c.s < 5 || c.e - c.s > 40 || seen.has(c.s * 64 + (c.e - c.s))) continue;
    seen.add(c.s * 64 + (c.e - c.s));
    const words = nameWords(v.slice(c.s, c.e));
    if (words.length >= 2) (all ??= []).push([c.s, c.e, words]);
  }
  if (all === undefined) return;
  let found: [number, number, string, string][] | undefined;
  for (const [s, e, q, w, f] of maybe) if (handleOk(d, s, e, q, f ?? d.fl(q))) (found ??= []).push([s, e, q, w]);
  if (found === undefined) return;
  // (Only names with a word that starts with a letter a handle starts with: a mask of those letters.)
  let firsts = 0;
  for (const f of found) firsts |= 1 << (f[2].charCodeAt(0) - 97);
  const names = all.filter(([s, e]) => wordStartIn(v, s, e, firsts));
  if (names.length === 0) return;
  /** The handles taken, for their other places. */
  let taken: Set<string> | undefined;
  for (const [s, e, q, w] of found) if (!taken?.has(w) && handleOf(d, s, e, q, names)) (taken ??= new Set()).add(w);
  // A handle taken is a name at each of its places ("witness nurhid" after "nurhid (Nurul Hidayah Osman)").
  if (taken !== undefined) for (const [s, e, , w] of found) if (taken.has(w) && !d.anyCand(s, e)) d.add(s, e, 'NAME', 84);
}

/** Whether the token [s, e), of letters `q` and lexicon bits `flags`, may be a handle: it stands alone, no rule read it,
 * and it is no word, name or clinical word of a lexicon. */
function handleOk(d: Detector, s: number, e: number, q: string, flags: number): boolean {
  return (flags & (L.WORD | NAME_BITS)) === 0 && standsAlone(d.v, s, e) && !clinicalWord(q) && !d.anyCand(s, e);
}

/** Whether the token [s, e), of letters `q`, is a handle of one of `names`: a sure one (see handleStrength), or one of
 * two parts right beside its name in brackets ("nurhid (Nurul Hidayah Osman)", "Nurul Hidayah Osman (nurhid)"), not a
 * drug's short form beside a patient's name ("simva" of "Simon Vance"). */
function handleOf(d: Detector, s: number, e: number, q: string, names: readonly [number, number, string[]][]): boolean {
  const v = d.v;
  for (const [ns, ne, words] of names) {
    const k = handleStrength(q, words);
    if (k === 2) return true;
    if (k === 1 && ((ns > e && ns - e <= 4 && /^[ \t]*\($/.test(v.slice(e, ns))) || (ne < s && s - ne <= 4 && /^[ \t]*\($/.test(v.slice(ne, s)) && v.charCodeAt(e) === 41))) return true;
  }
  return false;
}

/** "j.mukherjee", "kim.soyeon": an initial or a given name, a point and a surname, in lower case, as a word of its own,
 * when the lexicons know the surname as a surname and not as an everyday word, and the first part as a given name or a
 * surname (Korean and Chinese handles put the family name first) or it is one letter. */
function dottedHandle(d: Detector, i: number): void {
  const v = d.v;
  const toks = d.toks;
  const t = toks[i] as Tok;
  if (v.charCodeAt(t.e) !== 46) return;
  const u = toks[i + 1];
  if (u === undefined || u.s !== t.e + 1 || u.shape !== 'L' || u.e - u.s < 4) return;
  if (!standsAlone(v, t.s, u.e)) return;
  const one = t.e - t.s === 1;
  if (!one && ((t.f & (L.FIRST | L.LAST)) === 0 || (t.f & L.WORD) !== 0)) return;
  if ((u.f & (L.LAST | L.FIRST)) === 0 || (u.f & L.WORD) !== 0 || clinicalWord(u.k)) return;
  // (One letter before a point: a surname the lexicons hold as such, "j.mukherjee"; not a genus's initial, "e.coli".)
  if (one && (u.f & L.LAST) === 0) return;
  if (d.anyCand(t.s, u.e)) return;
  d.add(t.s, u.e, 'NAME', 84);
}
