// Evasion handling: builds an ASCII-folded view of the text in which the detector runs, plus a map
// from view offsets back to offsets in the original text. Zero-width characters are dropped,
// full-width and look-alike letters folded to ASCII, odd spaces and dashes folded, and digits
// spelled out with single spaces between them ("4 6 7 - 1 9 - ...") joined up.

/** Characters dropped from the view. */
const ZERO_WIDTH = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF]/;

/** Cyrillic and Greek letters that look like Latin ones. */
const LOOKALIKE: Record<string, string> = {
  а: 'a', в: 'B', е: 'e', к: 'k', м: 'M', н: 'H', о: 'o', р: 'p', с: 'c', т: 'T', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ɡ: 'g', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S', Ү: 'Y', Ԁ: 'D', Ԍ: 'G', Ԛ: 'Q', Ԝ: 'W',
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', κ: 'k', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\uFE63': '-',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u2032': "'", '\u201C': '"', '\u201D': '"',
  '\u00A0': ' ', '\u1680': ' ', '\u202F': ' ', '\u205F': ' ', '\u3000': ' ',
  '\u2024': '.', '\u3002': '.', '\uFF61': '.', '\u2044': '/', '\u2215': '/', '\u0294': '?',
};

/** Digits from other scripts (Arabic-Indic, Devanagari, mathematical, circled...) fold through their numeric value. */
const otherDigit = (c: string): string | undefined => {
  const code = c.codePointAt(0) ?? 0;
  if (code >= 0x2000 && code <= 0x200a) return ' ';
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (code >= 0x0966 && code <= 0x096f) return String(code - 0x0966);
  if (code >= 0x1d7ce && code <= 0x1d7ff) return String((code - 0x1d7ce) % 10);
  if (code >= 0x2460 && code <= 0x2468) return String(code - 0x2460 + 1);
  return undefined;
};

export interface View {
  /** The text the detector reads. */
  text: string;
  /** view offset -> original offset; null when the view is the original text. Has length text.length + 1. */
  map: Int32Array | null;
}

// ASCII plus common Latin-1 letters pass unchanged; anything else goes through fold().
const NEEDS_FOLD = /[^\x00-\x7F\u00C0-\u00FF]/;
// Single digits (or separators) separated by single spaces, at least five digits long.
const SPACED_DIGITS = /(?<![\w])[\d(](?: [\d\-.()/]){4,}(?![\w])/g;

const foldChar = (c: string): string => {
  if (ZERO_WIDTH.test(c)) return '';
  const code = c.codePointAt(0) ?? 0;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return LOOKALIKE[c] ?? otherDigit(c) ?? c;
};

const FOLD_AT = new RegExp(NEEDS_FOLD.source, 'g');

/**
 * The folded text when every character to fold becomes exactly one character and the text holds no surrogate: then
 * each offset of the view is that of the original and the view needs no map (toOriginal reads an identity map as no
 * map: without surrogates it widens no span). Else undefined (the general fold builds the map).
 */
function foldInPlace(text: string): string | undefined {
  const parts: string[] = [];
  let run = 0;
  /** A character beyond Latin-1 was folded; one stays. */
  let wide = false;
  let kept = false;
  FOLD_AT.lastIndex = 0;
  for (let m = FOLD_AT.exec(text); m !== null; m = FOLD_AT.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return undefined;
    const ch = text[i] as string;
    const f = foldChar(ch);
    if (f.length !== 1) return undefined;
    if (f.charCodeAt(0) > 0xff) kept = true;
    if (f === ch) continue;
    if (c > 0xff) wide = true;
    parts.push(text.slice(run, i), f);
    run = i + 1;
  }
  if (run === 0) return text;
  parts.push(text.slice(run));
  return wide && !kept ? latin1Copy(parts.join('')) : parts.join('');
}

/**
 * A copy of `t`, which holds no character beyond Latin-1 (U+00FF), that V8 stores one byte a character. A text with a
 * character beyond Latin-1 ("—", a curly quote) is stored two bytes a character, and so are its slices and what is
 * joined from them, even once every such character is folded: the view of a prompt with one dash was read by every
 * regular expression, indexOf, lower-casing (through ICU) and lexicon lookup of its words in the slower two-byte form
 * (stop 25, speed: the 2 KB prompt's detect some 12% faster, for a copy of about a microsecond). Latin-1 bytes there
 * and back: Node makes a one-byte string of them (a round trip through UTF-8 with TextEncoder and TextDecoder does too,
 * at about three times the cost).
 */
function latin1Copy(t: string): string {
  return Buffer.from(t, 'latin1').toString('latin1');
}

/** Builds the detector's view of `text`. Plain text (the common case) costs two regex tests. */
export function buildView(text: string): View {
  const needsFold = NEEDS_FOLD.test(text);
  const hasSpaced = /\d [\d\-.()/] [\d\-.()/] \d/.test(text);
  // (Stop 28, speed: the plain text read as a fresh copy, a flat one-byte string; every character is within Latin-1 here,
  // so latin1Copy keeps it exactly. A slice of a larger string, as detect's chunks and records split from a file are,
  // or a string joined by `+` is read through an indirection at every charCodeAt, regular expression and slice of the
  // detector's rules: -2% instructions over the nursing notes, split from their file. ocrDigits's replacements are
  // fresh strings already.)
  if (!needsFold && !hasSpaced) return OCR_GATE.test(text) ? { text: ocrDigits(text), map: null } : { text: latin1Copy(text), map: null };
  let folded = text;
  let map: Int32Array | null = null;
  // Most folds swap one character for one ("—" for "-", a curly quote for a straight one): then every offset stays and
  // no map is needed (see foldInPlace), which spares a pass over every character.
  const same = needsFold ? foldInPlace(text) : undefined;
  if (same !== undefined) folded = same;
  else if (needsFold) {
    // Unchanged runs are copied as slices; the map is filled with numbers only (no per-character strings).
    const parts: string[] = [];
    map = new Int32Array(text.length + 1);
    let n = 0;
    let runStart = 0;
    // (As in foldInPlace: a character beyond Latin-1 folded, one kept; see latin1Copy.)
    let wide = false;
    let kept = false;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i) as number;
      const width = cp > 0xffff ? 2 : 1;
      if (cp < 0x80 || (cp >= 0xc0 && cp <= 0xff)) {
        map[n++] = i;
        i++;
        continue;
      }
      const ch = width === 2 ? text.slice(i, i + 2) : (text[i] as string);
      const f = foldChar(ch);
      if (f === ch) {
        if (cp > 0xff) kept = true;
        for (let k = 0; k < width; k++) map[n++] = i + k;
        i += width;
        continue;
      }
      if (cp > 0xff) wide = true;
      parts.push(text.slice(runStart, i), f);
      for (let k = 0; k < f.length; k++) {
        if (f.charCodeAt(k) > 0xff) kept = true;
        map[n++] = i;
      }
      i += width;
      runStart = i;
    }
    parts.push(text.slice(runStart));
    folded = wide && !kept ? latin1Copy(parts.join('')) : parts.join('');
    map[n] = text.length;
  }
  SPACED_DIGITS.lastIndex = 0;
  if (hasSpaced && SPACED_DIGITS.test(folded)) {
    const base = map;
    const at = (x: number): number => (base ? (base[x] as number) : x);
    const parts: string[] = [];
    const m2 = new Int32Array(folded.length + 1);
    let n = 0;
    let last = 0;
    SPACED_DIGITS.lastIndex = 0;
    for (const m of folded.matchAll(SPACED_DIGITS)) {
      const seg = m[0];
      let digits = 0;
      for (const c of seg) if (c >= '0' && c <= '9') digits++;
      if (digits < 5 || countingRun(seg)) continue;
      parts.push(folded.slice(last, m.index));
      for (let x = last; x < m.index; x++) m2[n++] = at(x);
      let kept = '';
      for (let x = 0; x < seg.length; x++) {
        if (seg[x] === ' ') continue;
        kept += seg[x];
        m2[n++] = at(m.index + x);
      }
      parts.push(kept);
      last = m.index + seg.length;
    }
    parts.push(folded.slice(last));
    for (let x = last; x < folded.length; x++) m2[n++] = at(x);
    m2[n] = text.length;
    folded = parts.join('');
    map = m2;
  }
  if (OCR_GATE.test(folded)) folded = ocrDigits(folded);
  if (!map) return { text: folded, map: null };
  return { text: folded, map: map.length === folded.length + 1 ? map : map.subarray(0, folded.length + 1) };
}

/** Stop 24: single digits that count up or down by one ("Weeks 1 2 3 4 5 6 7 8", "Scale: 0 1 2 3 4 5 6 7 8 9",
 * "Days 3 4 5 6 7") are a scale or a count written out, not a number spelled out digit by digit: not joined (read as
 * one number, they had been an identifier). */
function countingRun(seg: string): boolean {
  if (!/^\d(?: \d)+$/.test(seg)) return false;
  const step = seg.charCodeAt(2) - seg.charCodeAt(0);
  if (step !== 1 && step !== -1) return false;
  for (let x = 2; x < seg.length; x += 2) if (seg.charCodeAt(x) - seg.charCodeAt(x - 2) !== step) return false;
  return true;
}

/** Stop 23: letters that stand for digits inside numbers, as OCR and look-alike writing leave them ("2O26", "0l26",
 * "O491 57O 913"): "O" or "o" for 0 and "l" or "I" for 1 between two digits, and "O" before or after two digits at a
 * number's edge. Never "O2" (oxygen: one digit), a letter at the end of a number ("2l", "10l": litres), nor inside a
 * word ("SpO2", "H2O"). One character for one: offsets stay. */
const OCR_GATE = /\d[OolI]\d|\d\dO(?![\p{L}\d])|(?<![\p{L}\d])O\d\d|\d[/.-][Ool]{2}(?![\p{L}\d])|(?<![\p{L}\d])[Ool]{2}[/.-]\d/u;
const OCR_IN = /(?<=\d)[OolI](?=\d)|(?<=\d\d)O(?![\p{L}\d])|(?<![\p{L}\d])O(?=\d\d)/gu;
/** Stop 26: a date's group of two that OCR read wholly as letters ("ll/24/2026", "26/ll/26", "ll-25-2026"): three groups
 * joined by one slash, point or dash, the others digits only. Never a capital "I" (roman numerals: "II-2018"), a group
 * that mixes a letter and a digit ("l2-l3-l4", spine levels), two groups ("I/O"). */
const OCR_CHAIN = /(?<![\p{L}\d])([\dOol]{1,2})([/.-])([\dOol]{1,2})\2(\d{2}|\d{4})(?![\p{L}\d])/gu;
const OCR_PAIR = /^(?:\d{1,2}|[Ool]{2})$/;
function ocrDigits(t: string): string {
  const once = (x: string): string => x.replace(OCR_IN, (c) => (c === 'O' || c === 'o' ? '0' : '1'));
  // (Twice: a letter beside a letter mapped, "O6l8830".)
  const r = once(once(t));
  return r.replace(OCR_CHAIN, (g, a: string, sep: string, b: string, y: string) => {
    if (!OCR_PAIR.test(a) || !OCR_PAIR.test(b) || (isDigitGroup(a) && isDigitGroup(b))) return g;
    const d = (x: string): string => x.replace(/[Ool]/g, (c) => (c === 'l' ? '1' : '0'));
    return `${d(a)}${sep}${d(b)}${sep}${y}`;
  });
}
const isDigitGroup = (x: string): boolean => x.charCodeAt(0) >= 48 && x.charCodeAt(0) <= 57;

/** Maps a [start, end) range of the view back to the original text (whole code points). */
export function toOriginal(view: View, original: string, start: number, end: number): [number, number] {
  const map = view.map;
  if (!map) return [start, end];
  const s = map[start] as number;
  const last = map[end - 1] as number;
  const code = original.charCodeAt(last);
  const e = last + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
  return [s, e];
}
