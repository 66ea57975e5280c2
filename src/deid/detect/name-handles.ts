// Stop 25: a person's user name or handle made of the first letters of the words of a name found in the same text
// ("tanbh (Tan Boon Heng)", "lowsk (Low Siew Kim)", "rajks (Rajesh K. Sundram)", "nurhid (Nurul Hidayah Osman)",
// "aboateng2" for "Boateng, Akosua"), every time it stands as a word; and a dotted handle of a given name or an initial
// and a surname the lexicons know ("judge: j.mukherjee", "annotator kim.soyeon"). Logs of controlled drugs, of
// reviews and of raters sign with such handles. Run after the tagger (Detector.runAll), when every rule has found its
// names. Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, NAME_BITS } from '../lexicon.js';
import { clinicalWord } from '../tagger.js';
import { type Cand, isDigitCode, isLetterCode, isWordCode, type Tok } from './words.js';
import type { Detector } from './detector.js';

/**
 * Whether `q` (lower-case letters) is made of a first part of each of two or more words in a row of `words`, in order,
 * one of those parts three letters long or more ("tanbh": tan, b, h of "tan boon heng"; "nurhid": nur, hid of "nurul
 * hidayah osman"), or of an initial and a whole word after it ("aboateng": a, boateng).
 */
export function prefixesOf(q: string, words: readonly string[]): boolean {
  // (A word of the name itself is no handle of it: "binti" of "Rohani binti Ismail" reads as "bint" and "i".)
  if (words.includes(q)) return false;
  for (let a = 0; a + 1 < words.length; a++) if (fromWord(q, 0, words, a, false, 0)) return true;
  return false;
}
/** The rest of `q` from `at` read as first parts of words[w], words[w + 1]...; `long`: a part of three letters or more
 * was read; `n`: how many parts were read. */
function fromWord(q: string, at: number, words: readonly string[], w: number, long: boolean, n: number): boolean {
  if (at === q.length) return n >= 2 && (long || (n === 2 && q.length >= 5));
  if (w >= words.length) return false;
  const word = words[w] as string;
  // (Longest part first: names are few and short, and a handle seldom shares letters across its parts.)
  let max = 0;
  while (max < word.length && at + max < q.length && word.charCodeAt(max) === q.charCodeAt(at + max)) max++;
  for (let len = max; len >= 1; len--) {
    if (fromWord(q, at + len, words, w + 1, long || len >= 3, n + 1)) return true;
  }
  return false;
}

/** The words of a name candidate's text in lower case, letters only (a hyphen or an apostrophe dropped), the given names
 * first ("Boateng, Akosua" akosua boateng); none when a word holds a letter beyond ASCII or a digit. */
function nameWords(text: string): string[] {
  const comma = text.indexOf(',');
  const o = comma > 0 ? `${text.slice(comma + 1)} ${text.slice(0, comma)}` : text;
  const out: string[] = [];
  for (const w of o.toLowerCase().split(/[ \t.]+/)) {
    if (w === '') continue;
    const k = w.replace(/['’-]/g, '');
    if (!/^[a-z]+$/.test(k)) return [];
    out.push(k);
  }
  return out;
}

/** Whether [s, e) stands as a word of its own: not the local part of an e-mail address, a host name, a path or a
 * part of a longer token. */
function standsAlone(v: string, s: number, e: number): boolean {
  const b = s > 0 ? v.charCodeAt(s - 1) : 32;
  const a = v.charCodeAt(e);
  if (isWordCode(b) || b === 46 || b === 45 || b === 95 || b === 47 || b === 64 || b === 92) return false;
  if (isWordCode(a) || a === 64 || a === 95 || a === 45 || a === 92) return false;
  // (A point or a slash then a letter or a digit: a host name or a path goes on.)
  if ((a === 46 || a === 47) && isWordCode(v.charCodeAt(e + 1))) return false;
  return true;
}

/** A handle's letters (group 1) and up to three digits after them. */
const HANDLE_25 = /^([a-z]+)\d{0,3}$/;

export function nameHandles25(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  // The names found: their words, once each (several rules find the same name).
  let names: string[][] | undefined;
  const seen = new Set<string>();
  for (const c of d.cands as Cand[]) {
    if (c.p < 0 || c.t !== 'NAME' || c.e - c.s < 5 || c.e - c.s > 40) continue;
    const text = v.slice(c.s, c.e);
    if (seen.has(text)) continue;
    seen.add(text);
    const words = nameWords(text);
    if (words.length >= 2) (names ??= []).push(words);
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    const n = t.e - t.s;
    if (t.shape === 'X') {
      // (Letters then digits, in lower case: "aboateng2"; the tokenizer gives such a token shape X.)
      if (names !== undefined && n >= 5 && n <= 17 && isLetterCode(v.charCodeAt(t.s)) && isDigitCode(v.charCodeAt(t.e - 1))) {
        const q = HANDLE_25.exec(v.slice(t.s, t.e))?.[1];
        if (q !== undefined && q.length >= 4 && q.length <= 14) handleOf(d, t.s, t.e, q, names);
      }
      continue;
    }
    if (t.shape !== 'L') continue;
    // A handle of a name found: four to fourteen lower-case letters that are no word nor name of a lexicon, then digits
    // or nothing ("aboateng2").
    if (names !== undefined && n >= 4 && n <= 14 && (t.f & (L.WORD | NAME_BITS)) === 0 && /^[a-z]+$/.test(t.k)) {
      handleOf(d, t.s, t.e, t.k, names);
      continue;
    }
    dottedHandle(d, i);
  }
}

/** The token [s, e), of letters `q` (then digits, maybe), as a name when it stands alone and is a handle of one of
 * `names`. */
function handleOf(d: Detector, s: number, e: number, q: string, names: readonly string[][]): void {
  if (!standsAlone(d.v, s, e) || d.anyCand(s, e) || (d.fl(q) & (L.WORD | NAME_BITS)) !== 0 || clinicalWord(q)) return;
  for (const words of names) {
    if (prefixesOf(q, words)) {
      d.add(s, e, 'NAME', 84);
      return;
    }
  }
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
