// Stop 17 (ids30): the rarer identifier types and their typing.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { PhiType } from '../types.js';
import { L } from '../lexicon.js';
import { COUNTRIES } from '../data/places.js';
import { codeAt, lineStartOf } from './text.js';
import { type Cand, isDigitCode, isWordCode, T, type Tok } from './words.js';
import { STATE_NAMES } from './vocabulary.js';
import type { Detector } from './detector.js';
import { isAsciiLetter, looksLikeDate } from './shapes.js';
import { VEHICLE_NOUNS } from './number-cues.js';
import { ID_LABEL_FILL, ID_WORD_TYPE } from './id-words.js';
import {
  type ColumnMemo, columnType, ID_CARRIERS, ID_FILL_TOKENS, isUpperAscii, LABEL_WORD, labelWordType, NOT_REGISTER,
} from './id-labels.js';
import { onlyIds25, replaceIds25 } from './id-prefixes.js';
import { typeValue28, V2_CODE_TYPE_28 } from './national-ids.js';

/** Kinds a clause's word gives a generic identifier read without a label of its own (never OTHER_ID or MRN). */
const CLAUSE_KINDS_30 = new Set<PhiType>(['LICENSE', 'ACCOUNT', 'VEHICLE', 'BIOMETRIC']);
/** Credentials of licensed clinicians: "LCSW #44712", "RN lic 4471290" (the number after is a licence). */
const CREDENTIALS_30 = new Set('rn lpn lvn lcsw lmsw licsw lpc lmhc lmft aprn crna cnm np pa-c rph pharmd dpt slp ccc-slp rrt rd rdn cna emt paramedic otr ot pt dds dmd dc od psyd lac lmt'.split(' '));
const CRED_WORDS_30 = ['lcsw', 'lmsw', 'licsw', 'lpc', 'lmhc', 'lmft', 'aprn', 'crna', 'rph', 'nremt', 'lpn', 'lvn'];
/** Plate words: the plate pass runs only when one is among the rare words. */
const PLATE_WORDS_30 = ['plate', 'plates', 'tag', 'tags', 'registration', 'rego'];
export const RARE_30 = [...CRED_WORDS_30, ...PLATE_WORDS_30];

/** Stop 17, probe round (ids30): the passes of this block, run from laterCues after idsRound28. */
export function idsRound30(d: Detector): void {
  const v = d.v;
  if (v.includes('_')) snakeKeys30(d);
  if (v.includes('^') && v.includes('|')) hl7Types30(d);
  clauseKinds30(d);
  const rare = d.rare;
  if (rare === undefined) return;
  if (PLATE_WORDS_30.some((w) => rare.has(w))) plates30(d);
  if (CRED_WORDS_30.some((w) => rare.has(w))) credentials30(d);
}

/** Stop 17, probe round (ids30): the drops of this block, run from run() after idsDrops28; true when one dropped. */
export function idsDrops30(d: Detector): boolean {
  const v = d.v;
  let dropped = false;
  for (const c of d.cands) {
    // ("Age 93% of predicted": a share, no age.)
    if (c.t !== 'AGE_OVER_89' || c.p < 0 || v.charCodeAt(c.e) !== 37) continue;
    c.p = -1;
    dropped = true;
  }
  return dropped;
}

/** The kind of a snake_case key's words, read from its end: a word of another kind than OTHER_ID wins over a generic
 * one ("fingerprint_ref" BIOMETRIC, "dl_number" LICENSE, "claim_id" OTHER_ID). */
function keyKind30(key: string): PhiType | undefined {
  const parts = key.toLowerCase().split('_');
  let generic: PhiType | undefined;
  for (let j = parts.length - 1; j >= 0; j--) {
    const k = parts[j] as string;
    if (ID_LABEL_FILL.has(k)) continue;
    const t = k === 'dl' ? 'LICENSE' : ID_WORD_TYPE.get(k);
    if (t === undefined) continue;
    if (t !== 'OTHER_ID') return t;
    generic ??= t;
  }
  return generic;
}
const SNAKE_KEY_30 = /([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)["']?[ \t]*[:=][ \t]*["']?$/;
const KEY_VALUE_30 = /^[A-Za-z0-9][A-Za-z0-9.\-\/]{2,30}(?![\w-])/;
/** A value after a snake_case key of an identifier's kind: `biometric_id=BX-2290-4471`, `vehicle_plate="BXR4471"`. */
function snakeKeys30(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  let last = -1;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    if (t.s < last) continue;
    // (The value's start: back over letters, digits and joiners, a few characters.)
    let s = t.s;
    while (s > 0 && t.s - s < 16) {
      const c = v.charCodeAt(s - 1);
      if (isWordCode(c) && c !== 95 || c === 45 || c === 46 || c === 47) s--;
      else break;
    }
    // (Cheap first: back over quotes and blanks to ":" or "=", then over them and the key's last word to "_".)
    let p = s - 1;
    let c = codeAt(v, p);
    while (p > s - 4 && (c === 34 || c === 39 || c === 32 || c === 9)) c = codeAt(v, --p);
    if (c !== 58 && c !== 61) continue;
    c = codeAt(v, --p);
    while (p > s - 8 && (c === 34 || c === 39 || c === 32 || c === 9)) c = codeAt(v, --p);
    const ke = p;
    while (p > ke - 24 && isWordCode(c) && c !== 95) c = codeAt(v, --p);
    if (c !== 95) continue;
    const m = SNAKE_KEY_30.exec(v.slice(Math.max(0, s - 48), s));
    if (!m) continue;
    const kind = keyKind30(m[1] as string);
    if (kind === undefined) continue;
    const vm = KEY_VALUE_30.exec(v.slice(s, s + 32));
    if (!vm) continue;
    let e = s + vm[0].length;
    while (e > s && (v.charCodeAt(e - 1) === 46 || v.charCodeAt(e - 1) === 45)) e--;
    last = e;
    const val = v.slice(s, e);
    if (e - s < 4 || !/\d/.test(val) || looksLikeDate(val)) continue;
    if (!onlyIds25(d, s, e)) continue;
    if (d.someCovering(s, e, (o) => o.p >= 0 && o.t === kind)) continue;
    // (A generic key gives way to a typed reading: "claim_id" does not retype an account.)
    if (kind === 'OTHER_ID' && d.anyCand(s, e)) continue;
    replaceIds25(d, s, e, kind, 88);
  }
}

/** An HL7 v2 identifier (CX) typed by its fifth component, the v2-0203 type code: `ACCT44712903^^^HOSP^AN`. */
const HL7_CX_30 = /(?:^|[|~])([A-Za-z0-9][A-Za-z0-9.\-]{3,30})\^[^|^~\n]*\^[^|^~\n]*\^[^|^~\n]*\^(DL|SS|MB|MC|MA|SN|NPI|PPN|AN|MR|PN)(?=[|^~&\r\n]|$)/gm;
function hl7Types30(d: Detector): void {
  const v = d.v;
  HL7_CX_30.lastIndex = 0;
  for (let m = HL7_CX_30.exec(v); m; m = HL7_CX_30.exec(v)) {
    const t = V2_CODE_TYPE_28[m[2] as string] ?? 'OTHER_ID';
    const s = m.index + m[0].indexOf(m[1] as string);
    typeValue28(d, s, s + (m[1] as string).length, t);
  }
}

/** The nearest kind word of the clause before `s` across commas and brackets ("driver's licence, number on file:"), up
 * to 72 characters back on the line; a sentence's end, a semicolon, another value with digits or a generic label word
 * (passport, claim, ...) ends the search. */
function clauseKind30(v: string, s: number): PhiType | undefined {
  let a = s;
  const min = Math.max(0, s - 72);
  while (a > min) {
    const c = v.charCodeAt(a - 1);
    if (c === 10 || c === 13 || c === 59 || c === 124) break;
    if (c === 46 && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 9) && !/(?:^|[^A-Za-z])(?:no|nr|lic|reg|acct|n)$/i.test(v.slice(Math.max(0, a - 6), a - 1))) break;
    a--;
  }
  const part = v.slice(a, s);
  let from = 0;
  for (const m of part.matchAll(/[A-Za-z0-9][\w\/.-]*\d[\w\/.-]*/g)) if (m[0].length >= 4) from = m.index + m[0].length;
  const words = part.slice(from).match(LABEL_WORD);
  if (!words) return undefined;
  for (let i = words.length - 1; i >= 0; i--) {
    const k = (words[i] as string).toLowerCase().replace(/'s$/, '');
    if (ID_LABEL_FILL.has(k)) continue;
    // (A carrier between names the value's own kind: "Footprints taken, newborn ID band B-25-...".)
    if (ID_CARRIERS.has(k)) return undefined;
    const t = ID_WORD_TYPE.get(k);
    if (t === undefined) continue;
    if (t === 'OTHER_ID' && k !== 'driver' && k !== 'drivers') return undefined;
    if (CLAUSE_KINDS_30.has(t)) return t;
    return undefined;
  }
  return undefined;
}
/** A generic identifier (OTHER_ID) whose own label names no kind, typed by a kind word earlier in its clause: "Driver
 * license, issued by the state of Utah on file: 447129033" (LICENSE), "Her account, which ..., is 44712903-01". */
function clauseKinds30(d: Detector): void {
  const v = d.v;
  for (const c of d.cands) {
    if (c.t !== 'OTHER_ID' || c.p < 0) continue;
    const b = codeAt(v, c.s - 1);
    if (b === 94 || b === 124 || b === 42) continue;
    if (labelWordType(v, c.s) !== undefined) continue;
    const t = clauseKind30(v, c.s);
    if (t !== undefined) c.t = t;
  }
}

/** Plates of letters and digits in two groups ("KRT 4471", "JFK-4471") or of the British shape ("AB12 CDE") after a
 * plate word in the clause ("Texas plates, KQT-4471", "plates on the other car: Ohio JFK 4471", "Registration: AB12
 * CDE") or under a column headed by one. */
const PLATE_30 = /^(?:[A-Z]{2,3}[ -]\d{3,4}|[A-Z]{2}\d\d[ ]?[A-Z]{3})(?![\w-])/;
const PLATE_WORD_30 = /\b(?:plates?|tags?|registration|rego|license[ \t]+plate|licence[ \t]+plate)\b/i;
function plates30(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  let memo: ColumnMemo | undefined;
  const aligned = v.includes('|') || v.includes('  ') || v.includes('\t');
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const len = t.e - t.s;
    let s: number;
    // ("KRT 4471": the digits after two or three capitals; "AB12 CDE": two capitals and two digits first.)
    if (len >= 3 && len <= 4 && isDigitCode(v.charCodeAt(t.s)) && i > 0 && ((toks[i - 1] as Tok).shape === 'U') && t.s - (toks[i - 1] as Tok).e === 1) s = (toks[i - 1] as Tok).s;
    else if (len >= 4 && len <= 8 && isUpperAscii(v.charCodeAt(t.s)) && isUpperAscii(v.charCodeAt(t.s + 1))) s = t.s;
    else continue;
    const bb = codeAt(v, s - 1);
    if (isWordCode(bb) || bb === 45 || bb === 46) continue;
    const m = PLATE_30.exec(v.slice(s, s + 10));
    if (!m) continue;
    const e = s + m[0].length;
    if (e < t.e || codeAt(v, e) === 46 && isDigitCode(codeAt(v, e + 1))) continue;
    if (d.someCovering(s, e, (o) => o.p >= 0 && o.t === 'VEHICLE') || !onlyIds25(d, s, e)) continue;
    // (The cue: a plate word in the clause before, 48 characters on the line, across commas; or the column's header.)
    let a = s;
    while (a > 0 && s - a < 48) {
      const c = v.charCodeAt(a - 1);
      if (c === 10 || c === 13 || c === 59 || c === 124) break;
      a--;
    }
    // (Not a label's or a credential's letters: "MRN 4471", "RN 4471"; a registration or a tag names a plate of two
    // groups only in a text about vehicles.)
    const lead = /^[A-Z]+/.exec(m[0])?.[0] ?? '';
    const lk = lead.toLowerCase();
    if (NOT_REGISTER.has(lead) || (d.fl(lk) & L.WORD) !== 0 || ID_WORD_TYPE.has(lk) || CREDENTIALS_30.has(lk) || ID_FILL_TOKENS.has(lk)) continue;
    const cm = PLATE_WORD_30.exec(v.slice(a, s));
    // (A plate, a tag or a registration in a text that names a vehicle, a make or a model: "agar plate, GBS 214" stays
    // a count; "licence plate" and "rego" name one alone; a British plate's shape after a registration.)
    let cue = false;
    if (cm !== null) {
      const w = cm[0].toLowerCase();
      if (w === 'rego' || w.includes(' ')) cue = true;
      else if (w.startsWith('registration') && /^[A-Z]{2}\d/.test(m[0]) && !d.capsDoc) cue = true;
      else cue = motorNear30(d, i);
    }
    if (!cue && aligned) cue = columnType(v, s, (memo ??= { cells: new Map(), headers: new Map() })) === 'VEHICLE';
    if (!cue) continue;
    replaceIds25(d, s, e, 'VEHICLE', 86);
  }
}

/** Whether a make or a vehicle noun (car, truck, motorcycle...) stands among the 16 tokens before token `i`,
 * on its line or the line before. */
function motorNear30(d: Detector, i: number): boolean {
  const toks = d.toks;
  const v = d.v;
  const lo = lineStartOf(v, Math.max(0, lineStartOf(v, (toks[i] as Tok).s) - 1));
  for (let j = Math.max(0, i - 16); j < i; j++) {
    const t = toks[j] as Tok;
    if (t.s < lo) continue;
    if (t.shape !== 'X' && ((t.f & T.MAKE) !== 0 || VEHICLE_NOUNS.has(t.k))) return true;
  }
  return false;
}

/** A number right after a clinician's credential and "#", "lic" or "license": "LCSW #44712", "RN lic. 4471290" (LICENSE). */
const CRED_BEFORE_30 = /(?:^|[^\w-])([A-Za-z][A-Za-z-]{1,8})[ \t]*(?:#|lic(?:ense|ence)?\.?[ \t]*(?:no\.?|#)?|no\.)[ \t]*:?[ \t]*$/;
function credentials30(d: Detector): void {
  const v = d.v;
  for (const c of d.cands) {
    if (c.p < 0 || (c.t !== 'OTHER_ID' && c.t !== 'MRN')) continue;
    const m = CRED_BEFORE_30.exec(v.slice(Math.max(0, c.s - 28), c.s));
    if (!m || !CREDENTIALS_30.has((m[1] as string).toLowerCase())) continue;
    // (The credential in capitals: "pt #" is a patient's number, "RN #" a nurse's licence.)
    if ((m[1] as string) !== (m[1] as string).toUpperCase() || !/\d{4}/.test(v.slice(c.s, c.e))) continue;
    c.t = 'LICENSE';
  }
}

/**
 * US states and countries written in several words ("North Carolina", "Costa Rica", "United States of America"):
 * regions() drops a name or a place found inside one, as it does for the provinces of other countries. (regionTable
 * leaves out any that is also a town in the gazetteer, "New York", "Hong Kong", which stay places.)
 */
export const STATES_AND_COUNTRIES_17: string[] = [
  ...STATE_NAMES.split('|').filter((n) => n.includes(' ')),
  ...COUNTRIES.split('|').filter((n) => n.includes(' ') && !/[,()&]/.test(n)),
  'United States',
  'Czech Republic',
  'Ivory Coast',
  'North Korea',
  'South Korea',
  'East Timor',
  'Great Britain',
  'Cabo Verde',
  'Republic of Ireland',
  'Republic of the Congo',
  'Democratic Republic of Congo',
  'Bosnia-Herzegovina',
  'Guinea-Bissau',
  'Timor-Leste',
];

/** Drops the live candidates that lie inside one of the spans (start, end pairs in text order) and pass `test` (given
 * the span's start and end); true if any was dropped. One binary search per candidate. */
export function dropInsideSpans(cands: Cand[], spans: number[], test: (c: Cand, s: number, e: number) => boolean): boolean {
  let any = false;
  for (const c of cands) {
    if (c.p < 0) continue;
    const at = spanBefore(spans, c.s);
    if (at < 0) continue;
    const s = spans[2 * at] as number;
    const e = spans[2 * at + 1] as number;
    if (c.e <= e && test(c, s, e)) {
      c.p = -1;
      any = true;
    }
  }
  return any;
}
/** A name or a place (what a state or a country of several words must not hold). */
export const nameOrPlace = (c: Cand) => c.t === 'NAME' || c.t === 'LOCATION';
/** The index of the last span (start, end pairs in text order) that starts at or before pos, or -1: a binary search. */
export function spanBefore(spans: number[], pos: number): number {
  let lo = 0;
  let hi = spans.length / 2 - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[2 * mid] as number) <= pos) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at;
}
/** "... Institute of " right before pos: "of" after a capitalized word (a facility's name goes on with the region). */
export function facilityOfBefore(v: string, pos: number): boolean {
  if (pos < 5 || v.charCodeAt(pos - 1) !== 32 || v.charCodeAt(pos - 2) !== 102 || v.charCodeAt(pos - 3) !== 111 || v.charCodeAt(pos - 4) !== 32) return false;
  let w = pos - 5;
  while (w > 0 && isAsciiLetter(v.charCodeAt(w - 1))) w--;
  const c = v.charCodeAt(w);
  return w < pos - 5 && c >= 65 && c <= 90;
}
