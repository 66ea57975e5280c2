// Validators and matchers of shaped values: check digits, domains, e-mails, streets, IPs, dates and the gaps between
// words.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { codeAt, skipBlanks } from './text.js';
import { isDigitCode, isWordCode, type Tok } from './words.js';
import { CHAT_HANDLE, STREET_SUFFIX } from './vocabulary.js';
import { asciiTable, EMAIL_CHARS, RE } from './patterns.js';
import type { Detector } from './detector.js';

/** "12/5", "1-2-2015": shapes a label may be followed by when a date, not an identifier, comes next. */
export function looksLikeDate(id: string): boolean {
  const m = /^(\d{1,4})[\/.-](\d{1,2})(?:[\/.-](\d{2}|\d{4}))?$/.exec(id);
  if (!m) return false;
  const a = +(m[1] as string);
  const b = +(m[2] as string);
  if ((m[1] as string).length === 4) return b >= 1 && b <= 12;
  return (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (a >= 1 && a <= 31 && b >= 1 && b <= 12);
}

export function validIpv6(t: string): boolean {
  const halves = t.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (groups.some((g) => g.length === 0 || g.length > 4)) return false;
  return halves.length === 2 ? groups.length <= 7 && groups.length >= 1 : groups.length === 8;
}

export function luhn(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

const VIN_VALUES: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
export function vinCheck(vin: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i] as string;
    const val = c >= '0' && c <= '9' ? +c : (VIN_VALUES[c] ?? 0);
    sum += val * (VIN_WEIGHTS[i] as number);
  }
  const r = sum % 11;
  return vin[8] === (r === 10 ? 'X' : String(r));
}

export function deaCheck(id: string): boolean {
  const d = id.slice(2).split('').map(Number);
  if (d.length !== 7 || d.some((x) => Number.isNaN(x))) return false;
  const [a = 0, b = 0, c = 0, e = 0, f = 0, g = 0, h = 0] = d;
  return (a + c + f + 2 * (b + e + g)) % 10 === h;
}

/**
 * The matches of the global `re` in `v`, as `v.matchAll(re)` gives them, for a pattern each match of which holds
 * an anchor (a string, or a match of the global `anchor`) preceded, from the match's start, by characters of `chars`
 * (ASCII) only. The pattern is run only from the start of the run of such characters before the next anchor, not
 * from every position of the text.
 */
/**
 * v.indexOf(needle, from) for a needle opening with a space: indexOf looks for the needle's first character and compares
 * the rest from each one, and spaces are everywhere in prose (" by " cost ten times "by"); this looks for the rest and
 * checks the space before it.
 */
export function indexOfSpaced(v: string, needle: string, from: number): number {
  const rest = needle.slice(1);
  const c0 = needle.charCodeAt(0);
  for (let at = v.indexOf(rest, from + 1); at >= 0; at = v.indexOf(rest, at + 1)) if (v.charCodeAt(at - 1) === c0) return at - 1;
  return -1;
}

/** RE.domain and RE.photo, sticky (see runMatches). */
export const DOMAIN_Y = new RegExp(RE.domain.source, 'iy');
export const PHOTO_Y = new RegExp(RE.photo.source, 'iy');

/**
 * The matches of a regex whose look-behind refuses every character of `chars` and whose body up to a hit of its gate is
 * made of them (RE.domain and DOMAIN_GATE, RE.photo and PHOTO_ANCHOR), as a global search from each hit's run found them,
 * but without its scan of the rest of the text when the match at a hit's run fails ("jane@example.org": the look-behind
 * refuses "example" after "@", and the global search then ran to the end of the text). Such a match can only start
 * where a run of `chars` starts and holds a hit of the gate: trying the sticky regex at the start of each hit's run, hit
 * after hit, finds the same matches. `hitFrom(v, p)` is the first hit at or after p, or -1.
 */
export function runMatches(v: string, re: RegExp, hitFrom: (v: string, p: number) => number, chars: Uint8Array): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  /** End of the last match: the start of a run is looked for no further back. */
  let from = 0;
  for (let g = hitFrom(v, 0); g >= 0; ) {
    let a = g;
    while (a > from) {
      const c = v.charCodeAt(a - 1);
      if (c >= 128 || !chars[c]) break;
      a--;
    }
    re.lastIndex = a;
    const m = re.exec(v);
    if (m) {
      out.push(m);
      from = m.index + m[0].length;
      g = hitFrom(v, from);
    } else g = hitFrom(v, g + 1);
  }
  re.lastIndex = 0;
  return out;
}

/** Lower-case ASCII letter of code c (other codes unchanged): the case folding of a regex with the flag i and no u. */
const asciiLower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const isAsciiWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Words by their first letter, either case (code below 128): the candidates at a dot. */
function byFirstLetter(words: readonly string[]): (readonly string[] | undefined)[] {
  const t: string[][] = [];
  for (const w of words) {
    for (const c of new Set([w.charCodeAt(0), w.toUpperCase().charCodeAt(0)])) (t[c] ??= []).push(w);
  }
  return t;
}

/** Whether v holds `word` (lower case) at p, ASCII letters in any case. */
function wordAt(v: string, p: number, word: string): boolean {
  for (let x = 0; x < word.length; x++) if (asciiLower(v.charCodeAt(p + x)) !== word.charCodeAt(x)) return false;
  return true;
}

const DOMAIN_TLDS = byFirstLetter(['com', 'org', 'net', 'edu', 'gov', 'io', 'info', 'biz', 'health', 'us', 'uk', 'ca', 'de', 'fr', 'me']);

/**
 * The first hit of DOMAIN_GATE (/\.(?:com|org|...|me)\b/i) at or after p, or -1, without the regex: no ending is a
 * prefix of another and \b refuses a word character after it, so a dot is a hit when the run of word characters after
 * it is an ending (ASCII letters in any case).
 */
export function domainHitFrom(v: string, p: number): number {
  for (let d = v.indexOf('.', p); d >= 0; d = v.indexOf('.', d + 1)) {
    // Most dots end a sentence or sit in a number: the character after them opens no ending.
    const c1 = v.charCodeAt(d + 1);
    const cands = c1 < 128 ? DOMAIN_TLDS[c1] : undefined;
    if (cands === undefined) continue;
    let e = d + 2;
    while (e < v.length && e - d <= 7 && isAsciiWordCode(v.charCodeAt(e))) e++;
    const n = e - d - 1;
    for (const tld of cands) if (tld.length === n && wordAt(v, d + 1, tld)) return d;
  }
  return -1;
}

/** Endings whose prefix makes a hit of PHOTO_ANCHOR (it has no boundary after them: "jpe?g" is "jpg" or "jpeg", "tiff?" "tif"). */
const PHOTO_ENDINGS = byFirstLetter(['jpg', 'jpeg', 'png', 'gif', 'bmp', 'tif', 'heic', 'heif', 'webp', 'raw', 'dcm', 'dicom', 'mp4', 'mov', 'avi', 'm4v', 'wmv', 'svs', 'ndpi']);

/** The first hit of PHOTO_ANCHOR (/\.(?:jpe?g|png|...)/i) at or after p, or -1, without the regex. */
export function photoHitFrom(v: string, p: number): number {
  for (let d = v.indexOf('.', p); d >= 0; d = v.indexOf('.', d + 1)) {
    const c1 = v.charCodeAt(d + 1);
    const cands = c1 < 128 ? PHOTO_ENDINGS[c1] : undefined;
    if (cands === undefined) continue;
    for (const end of cands) if (wordAt(v, d + 1, end)) return d;
  }
  return -1;
}

/** RE.email, sticky (see emailMatches). */
export const EMAIL_Y = new RegExp(RE.email.source, 'y');

/**
 * RE.email's matches, as its global search from the run of EMAIL_CHARS before each "@" found them, but without that
 * search's scan of the rest of the text when the run holds no match ("BP 120/80 @ 10am"). A match's local part is made of
 * EMAIL_CHARS up to the first "@" after its start, so it starts in the run before that "@" (at the run's start, or after
 * a "%", which its look-behind lets by): trying the sticky regex at each place of the run, "@" after "@", finds the
 * same matches in the same order.
 */
export function emailMatches(v: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  /** End of the last match: a run is looked for no further back. */
  let from = 0;
  for (let g = v.indexOf('@'); g >= 0; ) {
    let a = g;
    while (a > from) {
      const c = v.charCodeAt(a - 1);
      if (c >= 128 || !EMAIL_CHARS[c]) break;
      a--;
    }
    let m: RegExpExecArray | null = null;
    for (let p = a; p < g && m === null; p++) {
      EMAIL_Y.lastIndex = p;
      m = EMAIL_Y.exec(v);
    }
    if (m) {
      out.push(m);
      from = m.index + m[0].length;
      g = v.indexOf('@', from);
    } else g = v.indexOf('@', g + 1);
  }
  EMAIL_Y.lastIndex = 0;
  return out;
}

/** The last two characters of the words of JOINED_STREET_WORD and JOINED_STREET_WORD_TWO (codes, the first shifted by 16). */
export const JOINED_STREET_ENDS = new Set(['ße', 'se', 'ee', 'te', 'r.', 'eg', 'ng', 'tz', 'an', 'en', 'at', 'ht', 'ej', 'mm', 'er', 'de'].map((e) => (e.charCodeAt(0) << 16) | e.charCodeAt(1)));
export const JOINED_STREET_WORD = /(?:stra(?:ß|ss)e|str\.|weg|gasse|allee|platz|laan|straat|gracht|gatan|vägen|vagen|vej|veien|gate|gade)$/;
/** "Schoenhauser Allee 118", "Berliner Straße 5": an adjective in -er, then the street word. */
export const JOINED_STREET_WORD_TWO = /er[ \t]+(?:Allee|Straße|Strasse|Str\.|Weg|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Landstraße|Landstrasse)$/;

/** RE.street, sticky (see Detector.streetExec). */
export const STREET_Y = new RegExp(RE.street.source, 'iy');
/** The street suffixes as words, lower case ("Lawns?" gives "lawn" and "lawns"). */
const STREET_SUFFIX_WORDS = new Set(
  STREET_SUFFIX.split('|').flatMap((x) => {
    if (!/^[A-Za-z]+(?:s\?)?$/.test(x)) throw new Error(`street suffix ${x}`);
    return x.endsWith('s?') ? [x.slice(0, -2).toLowerCase(), x.slice(0, -1).toLowerCase()] : [x.toLowerCase()];
  }),
);
/** A filter of the suffixes' hashes (lower case; see suffixAt). */
const SUFFIX_HASHES = (() => {
  const t = new Uint8Array(4096);
  for (const w of STREET_SUFFIX_WORDS) {
    let h = 0;
    for (let x = 0; x < w.length; x++) h = (Math.imul(h, 31) + w.charCodeAt(x)) | 0;
    t[(h ^ (h >>> 12)) & 4095] = 1;
  }
  return t;
})();
/** Characters of the number and of the words of a street match ([A-Za-z0-9'.-]). */
const STREET_WORD_CHARS = asciiTable("A-Za-z0-9'.-");
/** Whether RE.street can match at p: (?:SUFFIX)\b must open one of the five groups of non-blanks after the first
 * (a direction and up to three words may come before it), all of them made of [A-Za-z0-9'.-] and separated by blanks. */
export function streetPossible(v: string, p: number): boolean {
  const n = v.length;
  let x = p;
  while (x < n && isStreetWordChar(v.charCodeAt(x))) x++;
  for (let g = 0; g < 5; g++) {
    const ws = x;
    while (x < n && isSpace(v.charCodeAt(x))) x++;
    if (x === ws || x >= n) return false;
    if (suffixAt(v, x)) return true;
    const gs = x;
    while (x < n && isStreetWordChar(v.charCodeAt(x))) x++;
    if (x === gs) return false;
  }
  return false;
}
function isStreetWordChar(c: number): boolean {
  return c < 128 && STREET_WORD_CHARS[c] === 1;
}
/** new RegExp(`(?:${STREET_SUFFIX})\\b`, 'iy') matches at x: the run of ASCII letters there is a suffix and no digit or _ follows it. */
function suffixAt(v: string, x: number): boolean {
  let e = x;
  let h = 0;
  while (e < v.length && e - x <= 10) {
    const c = v.charCodeAt(e);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    h = (Math.imul(h, 31) + (c | 32)) | 0;
    e++;
  }
  if (e - x < 2 || e - x > 10 || !SUFFIX_HASHES[(h ^ (h >>> 12)) & 4095]) return false;
  const after = v.charCodeAt(e);
  if ((after >= 48 && after <= 57) || after === 95) return false;
  return STREET_SUFFIX_WORDS.has(v.slice(x, e).toLowerCase());
}

/** /\s/.test(String.fromCharCode(c)) */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Replaces vault tokens and redaction markers with spaces so they are never detected. (Stop 25, speed: every marker
 * opens with "[": the sticky pattern is tried at each, not the global one at every character of the text; the same
 * matches, and the text joined flat as replace gives it.) */
export function maskMarkers(v: string): string {
  let at = v.indexOf('[');
  if (at < 0) return v;
  const parts: string[] = [];
  let last = 0;
  while (at >= 0) {
    MARKER_Y.lastIndex = at;
    if (MARKER_Y.test(v)) {
      const e = MARKER_Y.lastIndex;
      parts.push(v.slice(last, at), ' '.repeat(e - at));
      last = at = e;
    } else at++;
    at = v.indexOf('[', at);
  }
  if (last === 0) return v;
  parts.push(v.slice(last));
  return parts.join('');
}
/** RE.marker, sticky (see maskMarkers). */
const MARKER_Y = new RegExp(RE.marker.source, 'y');

/** v.slice(a, b) === ' ' */
export function oneSpace(v: string, a: number, b: number): boolean {
  return b - a === 1 && v.charCodeAt(a) === 32;
}
/** /^[ \t]+$/.test(v.slice(a, b)) */
export function blanks(v: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let x = a; x < b; x++) {
    const c = v.charCodeAt(x);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
/** s.split(/[ -]/) without the regex (a split by a regex runs it at every character). */
export function splitSpaceHyphen(s: string): string[] {
  const out: string[] = [];
  let a = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 45) {
      out.push(s.slice(a, i));
      a = i + 1;
    }
  }
  out.push(s.slice(a));
  return out;
}

/** /^\d{1,3}(?:[MF]|yo|yoM|yoF)?$/i.test(w): an age, alone or with its sex ("71F", "58yoM"). */
export function ageSexToken(w: string): boolean {
  let d = 0;
  while (d < w.length && d < 4 && isDigitCode(w.charCodeAt(d))) d++;
  if (d === 0 || d > 3) return false;
  const rest = w.length - d;
  const a = asciiLower(w.charCodeAt(d));
  if (rest === 0) return true;
  if (rest === 1) return a === 109 || a === 102;
  if (a !== 121 || asciiLower(w.charCodeAt(d + 1)) !== 111) return false;
  if (rest === 2) return true;
  const c = asciiLower(w.charCodeAt(d + 2));
  return rest === 3 && (c === 109 || c === 102);
}

/** /\d/.test(s) */
export function hasAsciiDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDigitCode(s.charCodeAt(i))) return true;
  return false;
}

/** /(?:st|nd|rd|th)$/.test(w) */
export function ordinalEnd(w: string): boolean {
  const a = w.charCodeAt(w.length - 2);
  const b = w.charCodeAt(w.length - 1);
  return (a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104);
}

/** Cheap test before /^\d{2,3}(?:[MmFf]|yo[MF]?|YO|[yY][MF]?|yrs?|YRS?)$/: two or three digits, then M, F or Y in either case. */
export function ageUnitLead(w: string): boolean {
  if (!isDigitCode(w.charCodeAt(0)) || !isDigitCode(w.charCodeAt(1))) return false;
  const c = isDigitCode(w.charCodeAt(2)) ? w.charCodeAt(3) : w.charCodeAt(2);
  return c === 77 || c === 109 || c === 70 || c === 102 || c === 89 || c === 121;
}

/** /^,[ \t]*$/.test(v.slice(a, b)) */
export function commaGap(v: string, a: number, b: number): boolean {
  return b > a && v.charCodeAt(a) === 44 && (b === a + 1 || blanks(v, a + 1, b));
}
/** /^[ \t]*(?:[ ]{2}|\t)/.test(v.slice(a, b)): two spaces or a tab in the blanks opening the range. */
export function columnGap(v: string, a: number, b: number): boolean {
  for (let x = a; x < b; x++) {
    const c = v.charCodeAt(x);
    if (c === 9) return true;
    if (c !== 32) return false;
    if (x + 1 < b && v.charCodeAt(x + 1) === 32) return true;
  }
  return false;
}
/** /\.[ \t]/.test(v.slice(a, b)) */
export function dotSpace(v: string, a: number, b: number): boolean {
  for (let x = a; x + 1 < b; x++) {
    if (v.charCodeAt(x) !== 46) continue;
    const c = v.charCodeAt(x + 1);
    if (c === 32 || c === 9) return true;
  }
  return false;
}
/** /^\s+$/.test(v.slice(a, b)) */
export function spaces(v: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let x = a; x < b; x++) if (!isSpace(v.charCodeAt(x))) return false;
  return true;
}
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** Digits, blanks (\s), - / and the letters of st nd rd th and of (any case). */
export function isDayMonthChar(c: number): boolean {
  if (c >= 48 && c <= 57) return true;
  if (c === 45 || c === 47) return true;
  if (c < 128 && isAsciiLetter(c)) {
    const l = c | 32;
    return l === 115 || l === 116 || l === 110 || l === 100 || l === 114 || l === 104 || l === 111 || l === 102;
  }
  return isSpace(c);
}
/** RE.mac, sticky (see macStarts). */
export const MAC_Y = new RegExp(RE.mac.source, 'y');
/** Where RE.mac can match: two characters before a ':' or '-' that comes back 3, 6, 9 and 12 characters later. */
export function macStarts(v: string): number[] {
  const out: number[] = [];
  for (const sep of [58, 45]) {
    const ch = String.fromCharCode(sep);
    for (let q = v.indexOf(ch, 2); q >= 0; q = v.indexOf(ch, q + 1)) {
      if (v.charCodeAt(q + 3) === sep && v.charCodeAt(q + 6) === sep && v.charCodeAt(q + 9) === sep && v.charCodeAt(q + 12) === sep) out.push(q - 2);
    }
  }
  return out.length > 1 ? out.sort((a, b) => a - b) : out;
}
/**
 * Stop 19: a month word in lower case that is also a common word, after a day (texts typed in lower case, "home visit 12
 * march", "can we move it to 6 may?"): "march" and "mar" always; "may" only where no verb can follow it (an end of clause
 * or a preposition after it: not "1 may be repeated"); "jun" and "aug" (Augmentin) likewise since stop 31.
 */
export function lowerDayMonth19(mo: string, v: string, e: number): boolean {
  if (mo === 'march' || mo === 'mar') return true;
  // (Stop 31: "jun" and "aug" as "may", with an end of clause or a preposition after them: "bitten 3 aug, cat iii",
  // "visited 2 aug, ld confirmed 10 aug at ..."; a dose of Augmentin has its unit or form after it.)
  return (mo === 'may' || mo === 'jun' || mo === 'aug') && /^(?:[ \t]*(?:[,.;:?!)]|\r?\n|$)|[ \t]+(?:to|at|for|and|in|from|until|till|or|then|onwards|next|last|this|please)\b)/.test(v.slice(e, e + 12));
}
/**
 * Stop 31: a month word in lower case that is also a common word ("may", "mar", "march", "jun", "aug"), before its day
 * (texts typed in lower case: "dob: may 16", "admitted on aug 14", "called may 18 asking", "last colonoscopy jun 28,
 * normal"). Read as a month after a date's cue (`DATE_CUE_BEFORE_31`: "on", "dob", "date:", "since", "admitted",
 * "called"...) or where nothing can follow the day as a verb's object could: an end of clause (not a bracket: "may 1)
 * go home" is a list) or a preposition, as lowerDayMonth19 asks after "12 may". "may 2 be repeated", "aug 2 tabs" (an
 * abbreviation of Augmentin) stay out. `s` is where the month starts, `e` where the day ends.
 */
export function lowerMonthDay31(v: string, s: number, e: number): boolean {
  if (DATE_CUE_BEFORE_31.test(v.slice(Math.max(0, s - 24), s))) return true;
  return LOWER_MONTH_DAY_AFTER_31.test(v.slice(e, e + 14));
}
/** After "may 18" in lower case, what leaves no room for a verb: an end of clause, a preposition, a dash before words
 * ("mar 2 - dot at clinic"), a time ("jun 1 0700-1900", "aug 5 13:30"). */
const LOWER_MONTH_DAY_AFTER_31 = /^(?:[ \t]*(?:[,.;:?!]|\r?\n|$)|[ \t]+(?:to|at|for|and|in|from|until|till|or|then|onwards|next|last|this|please|by)\b|[ \t]+[-\u2013][ \t]+(?!\d)|[ \t]+(?:[01]\d|2[0-3])(?::?[0-5]\d)(?![\d.:\/%]))/;
/** What before a month word in lower case makes it one: a preposition or verb of dates, a date's label, a colon. */
const DATE_CUE_BEFORE_31 = /(?:\b(?:on|since|until|till|from|dob|d\.o\.b\.?|born|date|dated|admitted|discharged|seen|called|phoned|rang|visited|received|started|stopped|due|expires?|through|thru|by|before|after|effective|of|as of|scheduled|booked|appt|appointment)|:)[ \t]*$/i;
/** A year of four digits after a lower-case month word that is also a common word ("may 16, 1992", "march of 2022"):
 * a date, unless a unit follows ("may 2, 2000 ml") or the year is a round hundred, a time too ("mar 2000": 20:00). */
export function lowerMonthYearOk31(v: string, yearStart: number, yearEnd: number): boolean {
  const y = v.slice(yearStart, yearEnd);
  if (/^\d{4}$/.test(y) && y.endsWith('00')) return false;
  return !/^[ \t]*(?:mg|mcg|ml|cc|units?|u|%|kg|lbs?|g|cm|mm|hrs?|hours?|mins?|minutes?|x)\b/i.test(v.slice(yearEnd, yearEnd + 10));
}
/** Month words that are also common words in lower case. */
export function monthOk(mo: string): boolean {
  return mo !== 'may' && mo !== 'mar' && mo !== 'march' && mo !== 'jun' && mo !== 'aug';
}
export function dayOk(d: string): boolean {
  const n = +d;
  return n >= 1 && n <= 31;
}
/** A day-first date ("27/01/2025"): the text writes dates day first. */
export const DAY_FIRST_DOC = /(?<![\w\/.-])(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}(?![\w\/])/;
/** CHAT_HANDLE, sticky (see chatLineStarts). */
export const CHAT_HANDLE_Y = new RegExp(CHAT_HANDLE.source, 'y');
/** Where CHAT_HANDLE can match: the start of the text, and the line ends followed (after blanks) by '[' or a digit. */
export function chatLineStarts(v: string): number[] {
  const out = [0];
  for (let p = v.indexOf('\n'); p >= 0; p = v.indexOf('\n', p + 1)) {
    if (p === 0) continue;
    let x = p + 1;
    x = skipBlanks(v, x, v.length);
    const c = v.charCodeAt(x);
    if (c === 91 || (c >= 48 && c <= 57)) out.push(p);
  }
  return out;
}
/** Numeric date and age patterns, sticky, tried at the digit starts where their first characters can fit: each
 * begins with a digit with no word character, dash, dot or slash before it (Detector.digitStarts is a superset). */
export const NUM_Y = {
  dNum3: new RegExp(RE.dNum3.source, 'y'),
  dIso: new RegExp(RE.dIso.source, 'y'),
  dMonthYearNum: new RegExp(RE.dMonthYearNum.source, 'y'),
  dMonthDaySlash: new RegExp(RE.dMonthDaySlash.source, 'y'),
  ageNum: new RegExp(RE.ageNum.source, 'y'),
  /** (Its matches may follow a dash: tried at Detector.digitStarts(true).) */
  ipv4: new RegExp(RE.ipv4.source, 'y'),
  ssn: new RegExp(RE.ssn.source, 'y'),
};
/** An octet and its dot at p. */
/** An octet, a dot, a digit and a dot after one to three characters at p: how an IPv4 address opens (a decimal number, "7.47", does not). */
export function ipv4At(v: string, p: number): boolean {
  let d = p + 1;
  while (d < p + 3 && isDigitCode(v.charCodeAt(d))) d++;
  if (v.charCodeAt(d) !== 46 || !isDigitCode(v.charCodeAt(d + 1))) return false;
  return v.charCodeAt(d + 2) === 46 || v.charCodeAt(d + 3) === 46 || v.charCodeAt(d + 4) === 46;
}
/** \d{3}-\d{2}- at p. */
export function ssnAt(v: string, p: number): boolean {
  return v.charCodeAt(p + 3) === 45 && v.charCodeAt(p + 6) === 45;
}
function isDateSep(c: number): boolean {
  return c === 47 || c === 46 || c === 45;
}
/** \d{1,2}([/.-])\d{1,2}\1 at p (the same separator twice). */
export function dNum3At(v: string, p: number): boolean {
  const q = isDigitCode(v.charCodeAt(p + 1)) ? p + 2 : p + 1;
  const sep = v.charCodeAt(q);
  if (!isDateSep(sep) || !isDigitCode(v.charCodeAt(q + 1))) return false;
  return v.charCodeAt(q + 2) === sep || (isDigitCode(v.charCodeAt(q + 2)) && v.charCodeAt(q + 3) === sep);
}
/** (?:19|20)\d{2}[-/.] at p. */
export function dIsoAt(v: string, p: number): boolean {
  const c = v.charCodeAt(p);
  return (c === 49 || c === 50) && isDateSep(v.charCodeAt(p + 4));
}
/** \d{1,2}[/-](?:19|20) at p. */
export function dMonthYearNumAt(v: string, p: number): boolean {
  const q = isDigitCode(v.charCodeAt(p + 1)) ? p + 2 : p + 1;
  const sep = v.charCodeAt(q);
  if (sep !== 47 && sep !== 45) return false;
  const y0 = v.charCodeAt(q + 1);
  const y1 = v.charCodeAt(q + 2);
  return (y0 === 49 && y1 === 57) || (y0 === 50 && y1 === 48);
}
/** \d{1,2}\/\d at p. */
export function dMonthDaySlashAt(v: string, p: number): boolean {
  const q = isDigitCode(v.charCodeAt(p + 1)) ? p + 2 : p + 1;
  return v.charCodeAt(q) === 47 && isDigitCode(v.charCodeAt(q + 1));
}
/** Temperature words, then at most a few words, right before a number (see fahrenheitAt). */
const TEMPERATURE_BEFORE = /\b(?:temps?|temperature|t|tmax|tmin|tm|fevers?|fevered|feverish|febrile|afebrile|spik(?:e|ed|es|ing)|pyrexi(?:a|al|c))\b[^.;\n]{0,16}$/i;
/** "fever in a 96 F", "febrile, is 97 F": a person's age and sex after all. */
const PERSON_BEFORE = /\b(?:an?|is|was|aged?|old|pt|patient|resident)[ \t]*[,:]?[ \t]*$/i;
/** The number v.slice(s, e), 95 to 108, is followed by a bare "F" and preceded by a temperature word: degrees Fahrenheit. */
export function fahrenheitAt(v: string, s: number, e: number): boolean {
  let q = e;
  while (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9) q++;
  if (v.charCodeAt(q) !== 70 || isWordCode(v.charCodeAt(q + 1))) return false;
  const n = Number(v.slice(s, e));
  const before = v.slice(Math.max(0, s - 32), s);
  return n >= 95 && n <= 108 && TEMPERATURE_BEFORE.test(before) && !PERSON_BEFORE.test(before);
}
/** 9\d or 1[0-2]\d at p, and no digit after it (RE.ageNum's unit opens with a blank, a dash or a letter). */
export function ageNumAt(v: string, p: number): boolean {
  const c = v.charCodeAt(p);
  if (c === 57) return isDigitCode(v.charCodeAt(p + 1)) && !isDigitCode(v.charCodeAt(p + 2));
  const c1 = v.charCodeAt(p + 1);
  return c === 49 && c1 >= 48 && c1 <= 50 && isDigitCode(v.charCodeAt(p + 2)) && !isDigitCode(v.charCodeAt(p + 3));
}
/** The month date patterns, sticky (see matchesAt). */
export const MONTH_Y = {
  dMonthDayYear: new RegExp(RE.dMonthDayYear.source, 'iy'),
  dMonthDay: new RegExp(RE.dMonthDay.source, 'iy'),
  dDayMonth: new RegExp(RE.dDayMonth.source, 'iy'),
  dYearMonDay: new RegExp(RE.dYearMonDay.source, 'iy'),
  dMonDayDash: new RegExp(RE.dMonDayDash.source, 'iy'),
  dDayMonDash: new RegExp(RE.dDayMonDash.source, 'iy'),
  dMonthYear: new RegExp(RE.dMonthYear.source, 'iy'),
};
/** RE.phoneUk and RE.phoneAu, sticky: tried where a run of digits opens with "0" (and at "(0"), see shapedPhones. */
export const PHONE_UK_Y = new RegExp(RE.phoneUk.source, 'y');
export const PHONE_AU_Y = new RegExp(RE.phoneAu.source, 'y');
export const zeroAt = (v: string, p: number): boolean => v.charCodeAt(p) === 48;
/** RE.phone and RE.phoneIntl, sticky (Stop 28, speed): tried where their first characters can fit, see phoneStarts. */
export const PHONE_Y = new RegExp(RE.phone.source, 'iy');
export const PHONE_INTL_Y = new RegExp(RE.phoneIntl.source, 'y');
/** [\s.-] */
function phoneSep(c: number): boolean {
  return c === 46 || c === 45 || isSpace(c);
}
/** \(\d{3}\) or \d{3}[\s.-] at q: how RE.phone's number opens. */
function phoneBodyAt(v: string, q: number): boolean {
  if (v.charCodeAt(q) === 40) return isDigitCode(v.charCodeAt(q + 1)) && isDigitCode(v.charCodeAt(q + 2)) && isDigitCode(v.charCodeAt(q + 3)) && v.charCodeAt(q + 4) === 41;
  return isDigitCode(v.charCodeAt(q)) && isDigitCode(v.charCodeAt(q + 1)) && isDigitCode(v.charCodeAt(q + 2)) && phoneSep(v.charCodeAt(q + 3));
}
/** Whether RE.phone's first characters, (?:\+?1[\s.-]?)? then the number's opening, fit at p. */
function phoneAt(v: string, p: number): boolean {
  let q = p;
  if (v.charCodeAt(q) === 43) {
    if (v.charCodeAt(q + 1) !== 49) return false;
    q++;
  } else if (phoneBodyAt(v, q)) return true;
  if (v.charCodeAt(q) !== 49) return false;
  q++;
  if (phoneSep(v.charCodeAt(q))) q++;
  return phoneBodyAt(v, q);
}
/** Where RE.phone can match, ascending: a match opens with a digit, "(" or "+" that has no word character, "+", "/", "."
 * nor "-" before it, and the digit after a "(" or "+" has none of them before it either: each lies at or just before
 * a digit start (digits with no word character, "_" nor "-" before them, Detector.digitStarts). */
export function phoneStarts(v: string, digitStarts: readonly number[]): number[] {
  const out: number[] = [];
  for (const p of digitStarts) {
    const b = v.charCodeAt(p - 1);
    if ((b === 40 || b === 43) && phoneAt(v, p - 1)) out.push(p - 1);
    if (phoneAt(v, p)) out.push(p);
  }
  return out;
}
/** Where RE.phoneIntl can match, ascending: at a "+" right before a digit start of 1 to 9. */
export function phoneIntlStarts(v: string, digitStarts: readonly number[]): number[] {
  const out: number[] = [];
  for (const p of digitStarts) if (v.charCodeAt(p - 1) === 43 && v.charCodeAt(p) !== 48) out.push(p - 1);
  return out;
}
/** RE.ssnSpaced, sticky (Stop 28, speed): its matches open at a digit start (see ssnSpacedAt). */
export const SSN_SPACED_Y = new RegExp(RE.ssnSpaced.source, 'y');
/** \d{3}([ .])\d{2}\1 at p. */
export function ssnSpacedAt(v: string, p: number): boolean {
  const c = v.charCodeAt(p + 3);
  return (c === 32 || c === 46) && v.charCodeAt(p + 6) === c && isDigitCode(v.charCodeAt(p + 1)) && isDigitCode(v.charCodeAt(p + 2)) && isDigitCode(v.charCodeAt(p + 4)) && isDigitCode(v.charCodeAt(p + 5));
}
/** RE.ukPostcode, sticky (Stop 28, speed): tried at ukPostcodeStarts. */
export const UK_POSTCODE_Y = new RegExp(RE.ukPostcode.source, 'y');
/** Where RE.ukPostcode can match, ascending: its inward code's digit has a space before it (a digit start, see
 * Detector.digitStarts) and two capitals after it; the outward code, a capital first, is two to four characters long
 * before that space. (Each digit start's three places lie after the previous one's: the inward code between them.) */
export function ukPostcodeStarts(v: string, digitStarts: readonly number[]): number[] {
  const out: number[] = [];
  for (const p of digitStarts) {
    if (v.charCodeAt(p - 1) !== 32) continue;
    const a = v.charCodeAt(p + 1);
    const b = v.charCodeAt(p + 2);
    if (a < 65 || a > 90 || b < 65 || b > 90) continue;
    for (let q = p - 5; q <= p - 3; q++) {
      const c = v.charCodeAt(q);
      if (q >= 0 && c >= 65 && c <= 90) out.push(q);
    }
  }
  return out;
}
/** RE.url, sticky (Stop 28, speed): tried at urlStarts. */
export const URL_Y = new RegExp(RE.url.source, 'iy');
/** Where RE.url can match, ascending: three, four or five characters before a "://" (ftp, http or sftp, https), or
 * three before a "." that has w or W before it three times (www.). */
export function urlStarts(v: string): number[] {
  const out: number[] = [];
  for (let x = v.indexOf('://'); x >= 0; x = v.indexOf('://', x + 3)) for (let q = x - 5; q <= x - 3; q++) if (q >= 0) out.push(q);
  for (let d = v.indexOf('.', 3); d >= 0; d = v.indexOf('.', d + 1)) {
    if ((v.charCodeAt(d - 1) | 32) === 119 && (v.charCodeAt(d - 2) | 32) === 119 && (v.charCodeAt(d - 3) | 32) === 119) out.push(d - 3);
  }
  if (out.length < 2) return out;
  out.sort((a, b) => a - b);
  let n = 1;
  for (let i = 1; i < out.length; i++) if (out[i] !== out[n - 1]) out[n++] = out[i] as number;
  out.length = n;
  return out;
}
/** RE.ageSexSlash, sticky (Stop 28, speed): tried at ageSexSlashStarts. */
export const AGE_SEX_SLASH_Y = new RegExp(RE.ageSexSlash.source, 'y');
/** Where RE.ageSexSlash can match, ascending: "M/" or "F/" right before a digit start ("F/97"), or a digit start of
 * 9\d or 1[01]\d, a slash, M or F ("97/M"). (Its lookbehind refuses a word character, "/", "." and "-" before.) */
export function ageSexSlashStarts(v: string, digitStarts: readonly number[]): number[] {
  const out: number[] = [];
  for (const p of digitStarts) {
    const c = v.charCodeAt(p);
    if (c !== 57 && c !== 49) continue;
    if (v.charCodeAt(p - 1) === 47) {
      const x = v.charCodeAt(p - 2);
      if (x === 77 || x === 70) out.push(p - 2);
    }
    const q = c === 57 ? p + 2 : p + 3;
    const y = v.charCodeAt(q + 1);
    if (v.charCodeAt(q) === 47 && (y === 77 || y === 70)) out.push(p);
  }
  return out;
}

/** The union of two ascending lists of offsets (or token indices), ascending; one in both lists is given once. */
export function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (a[i] as number) < (b[j] as number))) out.push(a[i++] as number);
    else {
      if (i < a.length && a[i] === b[j]) i++;
      out.push(b[j++] as number);
    }
  }
  return out;
}

/** The matches of the sticky `re` at the sorted positions `at`, as the global scan of its pattern finds them
 * (v.matchAll), when every match of the pattern starts at one of them. */
export function matchesAt(re: RegExp, v: string, at: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let lastEnd = 0;
  for (const p of at) {
    if (p < lastEnd) continue;
    re.lastIndex = p;
    const m = re.exec(v);
    if (!m) continue;
    out.push(m);
    lastEnd = m[0].length === 0 ? p + 1 : p + m[0].length;
  }
  return out;
}
/** v.slice(a, b).includes(String.fromCharCode(c)) */
export function hasChar(v: string, a: number, b: number, c: number): boolean {
  for (let x = a; x < b; x++) if (v.charCodeAt(x) === c) return true;
  return false;
}
/** /^[ \t:,]+$/.test(v.slice(a, b)) */
export function blanksColonComma(v: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let x = a; x < b; x++) {
    const c = v.charCodeAt(x);
    if (c !== 32 && c !== 9 && c !== 58 && c !== 44) return false;
  }
  return true;
}
/** /^[ \t]*(?:[:,\-(]|--|,[ \t]*\()?[ \t]*(?:\n[ \t]*)?$/.test(v.slice(a, b)): the gap between a context word and a name. */
export function contextGap(v: string, a: number, b: number): boolean {
  // (No inner helper: a closure per call is costly where names are kept, as under tsx.)
  let x = skipBlanks(v, a, b);
  if (x < b) {
    const c = v.charCodeAt(x);
    if (c === 58 || c === 40) x++;
    else if (c === 45) {
      x++;
      if (x < b && v.charCodeAt(x) === 45) x++;
    } else if (c === 44) {
      x = skipBlanks(v, x + 1, b);
      if (x < b && v.charCodeAt(x) === 40) x++;
    }
  }
  x = skipBlanks(v, x, b);
  if (x < b && v.charCodeAt(x) === 10) x = skipBlanks(v, x + 1, b);
  return x === b;
}
/** w.replace(/-/g, '').length */
export function digitCount(w: string): number {
  let n = 0;
  for (let x = 0; x < w.length; x++) if (w.charCodeAt(x) !== 45) n++;
  return n;
}
/** /^\d+(?:-\d+)*$/.test(w) */
export function digitsDashes(w: string): boolean {
  let digit = false;
  for (let x = 0; x < w.length; x++) {
    const c = w.charCodeAt(x);
    if (c >= 48 && c <= 57) digit = true;
    else if (c === 45 && digit) digit = false;
    else return false;
  }
  return digit;
}

/** Finds the identifiers in `text`. Offsets are into `text` itself, end exclusive, sorted. */
/** Stop 17: whole-text tests searched from a rarer character than the needle's first (a search for a needle that opens
 * with a blank or a common letter stops at every one of them), each the same test as the `includes` it replaces. */
/** v.includes(' v. ') || v.includes(' v '). */
export function spacedV(v: string): boolean {
  for (let p = v.indexOf('v', 1); p >= 0; p = v.indexOf('v', p + 1)) {
    if (v.charCodeAt(p - 1) !== 32) continue;
    const c = codeAt(v, p + 1);
    if (c === 32 || (c === 46 && codeAt(v, p + 2) === 32)) return true;
  }
  return false;
}
/** v.includes('c/o'). */
export function careOfMark(v: string): boolean {
  for (let p = v.indexOf('/', 1); p >= 0; p = v.indexOf('/', p + 1)) if (v.charCodeAt(p - 1) === 99 && codeAt(v, p + 1) === 111) return true;
  return false;
}
/** v.includes('FROM') || v.includes('From:'), in one search. */
export function fromMark(v: string): boolean {
  for (let p = v.indexOf('F'); p >= 0; p = v.indexOf('F', p + 1)) {
    const c = codeAt(v, p + 1);
    if (c === 82 ? codeAt(v, p + 2) === 79 && codeAt(v, p + 3) === 77 : c === 114 && codeAt(v, p + 2) === 111 && codeAt(v, p + 3) === 109 && codeAt(v, p + 4) === 58) return true;
  }
  return false;
}
/** v.includes('/o ') || v.includes('/O '), in one search. */
export function ofMark(v: string): boolean {
  for (let p = v.indexOf('/'); p >= 0; p = v.indexOf('/', p + 1)) {
    const c = codeAt(v, p + 1);
    if ((c === 111 || c === 79) && codeAt(v, p + 2) === 32) return true;
  }
  return false;
}

/** d.fl(word.toLowerCase()) for `word`, the text at `at`: the bits of the token that is exactly the word where there is
 * one (with letters only, no hyphen, no possessive: its bits are the lexicon's for its key), else the lexicon's (stop 17:
 * a lookup of a new string in the lexicon's map of a million words missed the CPU caches, 1% of detect() on the nursing
 * notes from the city-and-state pass alone). */
export function wordFlagsAt(d: Detector, at: number, word: string): number {
  const i = d.tokenStartingAt(at);
  if (i >= 0) {
    const t = d.toks[i] as Tok;
    if (t.e === at + word.length && t.w === word && !t.possessive && t.shape !== 'X' && !word.includes('-')) return t.f;
  }
  return d.fl(word.toLowerCase());
}
