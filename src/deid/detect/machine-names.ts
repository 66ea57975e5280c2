// Stop 16 (names21): names in machine formats, user names, titled names, ages over 89 in rows and codes.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, NAME_BITS } from '../lexicon.js';
import { type Cand, isNameCand, isWordCode, T, type Tok } from './words.js';
import {
  CREDENTIAL_TOKENS, EPONYMS, FACILITY_GENERIC, NOT_NAME, NOT_NAME_CAPS, STATE_ABBR_SET, STATE_WORDS,
} from './vocabulary.js';
import { MONTH_WORDS } from './patterns.js';
import type { Detector } from './detector.js';
import { inPlace, MEDICAL_ENDING } from './later-cues.js';

// --- Stop 16, round names21: names in machine formats, user names, titled names, ages over 89 in rows and codes -------

/** Rare trigger words of round names21 (on the bit T.NHS; each rule looks for its own words in Detector.rare). */
const FOREIGN_AGE_WORDS = ['idade', 'edad', 'âge', 'età', 'leeftijd', 'ålder', 'wiek', 'umur', 'usia', 'yaş', 'alter'];
const KIN_CAPS_WORDS = ['daughter', 'son', 'wife', 'husband', 'grandson', 'granddaughter', 'mother', 'father', 'sister', 'brother', 'niece', 'nephew', 'widow', 'widower', 'partner', 'fiance', 'fiancee', 'guardian', 'stepson', 'stepdaughter', 'aunt', 'uncle', 'cousin', 'escort'];
const DICOM_WORDS_21 = ['vr', 'pn', 'dicom', 'patientage', 'patientsage'];
/** Role nouns before a user name ("Phlebotomist tnakamura;", "interface analyst rjablonski:") and the words of a user field. */
const USER_ROLE_WORDS_LIST = ['phlebotomist', 'analyst', 'technologist', 'tech', 'clerk', 'scribe', 'operator', 'registrar', 'coder', 'dispatcher', 'courier', 'admin', 'administrator', 'user', 'username', 'login', 'userid'];
export const RARE_21 = [...FOREIGN_AGE_WORDS, ...KIN_CAPS_WORDS, ...DICOM_WORDS_21, ...USER_ROLE_WORDS_LIST, 'nad'];

/** The names passes of round names21, run from Detector.run right after namesSecondWave. */
export function namesRound21(d: Detector): void {
  const v = d.v;
  const rare = d.rare;
  if (rare !== undefined && (rare.has('pn') || rare.has('vr'))) dicomPersonNames(d);
  if (v.includes('^') && v.includes('|')) hl7IdNames(d);
  if (rare !== undefined && rare.has('nad')) edifactNames(d);
  capsGivenAfterSurname(d);
  userNames21(d);
  titledDoctorNames(d);
  if (rare !== undefined && KIN_CAPS_WORDS.some((w) => rare.has(w))) kinNamesInCaps(d);
}

/** The ages of round names21, run from Detector.run after the name passes. */
export function agesRound21(d: Detector): void {
  agesBesideNames(d);
  const rare = d.rare;
  if (rare !== undefined && FOREIGN_AGE_WORDS.some((w) => rare.has(w))) foreignAges(d);
  if (rare !== undefined && DICOM_WORDS_21.some((w) => rare.has(w))) dicomAges(d);
}

/** A DICOM person name (value representation PN) in a JSON model or a dump: every caret part of its value is the name
 * ("vr":"PN","Value":[{"Alphabetic":"Tauiliili^Sefa^Malia"}], "PN [Abara^Chike]"). */
const PN_JSON_VALUE = /"vr"[ \t]*:[ \t]*"PN"[^{}\n]{0,40}\{[ \t]*"Alphabetic"[ \t]*:[ \t]*"([^"^\n]{1,40}(?:\^[^"^\n]{0,40}){0,4})"/y;
const PN_DUMP_VALUE = /PN[ \t]+\[?([\p{L}'’ -]{2,40}(?:\^[\p{L}'’ .-]{0,40}){1,4})/uy;
function dicomPersonNames(d: Detector): void {
  const v = d.v;
  for (let x = v.indexOf('PN'); x >= 0; x = v.indexOf('PN', x + 2)) {
    if (x > 0 && /[\p{L}\p{N}]/u.test(v.charAt(x - 1))) continue;
    let m: RegExpExecArray | null = null;
    let at = -1;
    if (v.charCodeAt(x - 1) === 34) {
      PN_JSON_VALUE.lastIndex = x - 1 - (v.slice(Math.max(0, x - 12), x - 1).match(/"vr"[ \t]*:[ \t]*$/)?.[0].length ?? 99999);
      if (PN_JSON_VALUE.lastIndex < 0) continue;
      m = PN_JSON_VALUE.exec(v);
      if (m) at = m.index + m[0].length - 1 - (m[1] as string).length;
    } else {
      PN_DUMP_VALUE.lastIndex = x;
      m = PN_DUMP_VALUE.exec(v);
      if (m) at = m.index + m[0].length - (m[1] as string).length;
    }
    if (!m || at < 0) continue;
    let g = m[1] as string;
    g = g.replace(/[\^ \t]+$/, '');
    if (!/^[\p{L}'’ .^-]+$/u.test(g) || !/\p{L}{2}/u.test(g)) continue;
    let s = at;
    while (v.charCodeAt(s) === 94 || v.charCodeAt(s) === 32) s++;
    const e = at + g.length;
    if (e > s) d.add(s, e, 'NAME', 96);
  }
}

/** An HL7 person field with an identifier first ("|7781^OKAFOR^CHIDI^^^^^^^^RN|", an XCN) or empty components after
 * the given name ("|KLEIN^MAREN^^^^^^^^|"), when its given name is a known one and no word. */
const HL7_ID_PERSON = /^(?:[A-Za-z]{0,3}\d[\w-]{0,14}\^)?([A-Z][A-Za-z'-]*(?:[ -][A-Z][A-Za-z'-]*)?)\^([A-Z][A-Za-z'-]+)(?:\^(?:[A-Z](?:[A-Za-z'.-]*)?)?)?\^[\w.^&-]*$/;
function hl7IdNames(d: Detector): void {
  const v = d.v;
  for (let c = v.indexOf('^'); c >= 0; c = v.indexOf('^', c + 1)) {
    let a = c;
    while (a > 0 && v.charCodeAt(a - 1) !== 124 && v.charCodeAt(a - 1) !== 126 && v.charCodeAt(a - 1) !== 10 && c - a < 40) a--;
    if (a === 0 || (v.charCodeAt(a - 1) !== 124 && v.charCodeAt(a - 1) !== 126)) continue;
    let b = c;
    while (b < v.length && v.charCodeAt(b) !== 124 && v.charCodeAt(b) !== 126 && v.charCodeAt(b) !== 10 && v.charCodeAt(b) !== 13 && b - c < 80) b++;
    const m = HL7_ID_PERSON.exec(v.slice(a, b));
    c = b;
    if (!m) continue;
    const fam = m[1] as string;
    const given = (m[2] as string).toLowerCase();
    const gf = d.fl(given);
    const ff = d.fl(fam.toLowerCase());
    if ((gf & L.FIRST) === 0 || (gf & L.WORD) !== 0 || NOT_NAME.has(given) || NOT_NAME.has(fam.toLowerCase()) || ((ff & L.WORD) !== 0 && (ff & (L.LAST | L.COMMON_SURNAME)) === 0)) continue;
    const s = a + m[0].indexOf(fam + '^');
    const e = s + fam.length + 1 + (m[2] as string).length;
    if (!d.nameOverlaps(s, e)) d.add(s, e, 'NAME', 96);
  }
}

/** The party name of an EDIFACT NAD segment: the surname and the given name, the first two components of the element
 * after the party's qualifier and identification ("NAD+PO++Lindqvist:Maja::Dr.+Storgatan 4+..."). */
const NAD_NAME = /NAD\+[A-Z0-9]{1,3}\+[^+'\n]*\+(?:[^+'\n]*\+)?([\p{Lu}][\p{L}'’ -]{1,30}):([\p{Lu}][\p{L}'’ -]{1,30})(?=[:+'])/uy;
function edifactNames(d: Detector): void {
  const v = d.v;
  for (let x = v.indexOf('NAD+'); x >= 0; x = v.indexOf('NAD+', x + 4)) {
    NAD_NAME.lastIndex = x;
    const m = NAD_NAME.exec(v);
    if (!m) continue;
    const fam = m[1] as string;
    const given = m[2] as string;
    const known = (w: string) => (d.fl(w.toLowerCase()) & NAME_BITS) !== 0;
    if (!known(fam) && !known(given)) continue;
    const s = m.index + m[0].length - fam.length - 1 - given.length;
    d.add(s, m.index + m[0].length, 'NAME', 92);
  }
}

/** A surname found in capitals followed by a comma and given names in capitals ("KOWALCZYK,GRAZYNA", "OKEKE, ADAEZE N"):
 * the given names are the name's too, when no word, credential, state code or clinical abbreviation. */
const CAPS_GIVEN_AFTER = /,[ ]?([A-Z][A-Z'-]{1,20}(?: [A-Z][A-Z'-]{1,20})?(?: [A-Z](?![A-Za-z]))?)(?![A-Za-z0-9'-])/y;
function capsGivenAfterSurname(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'NAME' || c.p < 0 || v.charCodeAt(c.e) !== 44) continue;
    const w = v.slice(c.s, c.e);
    if (w.length < 2 || w !== w.toUpperCase() || !/^[A-Z][A-Z'-]+$/.test(w)) continue;
    CAPS_GIVEN_AFTER.lastIndex = c.e;
    const m = CAPS_GIVEN_AFTER.exec(v);
    if (!m) continue;
    const words = (m[1] as string).split(' ');
    const ok = words.every((g) => {
      const k = g.toLowerCase();
      if (g.length === 1) return true;
      const f = d.fl(k);
      return !CREDENTIAL_TOKENS.has(k) && !NOT_NAME_CAPS.has(g) && !STATE_ABBR_SET.has(g) && !NOT_NAME.has(k) && !STATE_WORDS.has(k) && !MONTH_WORDS.has(k) && ((f & L.WORD) === 0 || (f & L.FIRST) !== 0) && (f & L.COUNTRY) === 0;
    });
    const first = (words[0] as string).toLowerCase();
    if (!ok || (words[0] as string).length < 3 || ((d.fl(first) & L.FIRST) === 0 && (d.fl(first) & L.WORD) !== 0)) continue;
    const s = m.index + m[0].length - (m[1] as string).length;
    const e = m.index + m[0].length;
    if (!d.someCovering(s, e, isNameCand)) d.add(c.s, e, 'NAME', c.p);
  }
}

const USER_ROLE_WORDS = new Set(USER_ROLE_WORDS_LIST);
/** A user-name field of a log or a markup record: `Name="User">`, `<User>`, `"user":"`, `user=`, `UserName:`. */
const USER_FIELD_BEFORE = /(?:\b(?:user(?:[ _]?name|[ _]?id)?|operator|login)["']?[ \t]*(?:>|=|:)[ \t]*["']?|\bName="(?:User(?:Name|Id)?|Operator|Login)"[ \t]*>)$/i;
/**
 * A user name (an initial and a known surname, in lower case or capitals) after a role noun or "by" ("Phlebotomist
 * tnakamura;", "Printed by RBALDWIN on ..."), and any user name that is no word in a user field of a log or markup
 * (`<Data Name="User">ppellegrino</Data>`); every other mention of one found so is one too.
 */
function userNames21(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  let keys: Set<string> | undefined;
  // (Cheap first: the role nouns and field words are rare words of T.NHS; "by" is found by scanning for it.)
  const rare = d.rare;
  if (rare !== undefined && USER_ROLE_WORDS_LIST.some((w) => rare.has(w))) for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.f & (L.WORD | NAME_BITS)) !== 0 || t.shape !== 'L' || t.e - t.s < 5 || t.e - t.s > 20) continue;
    const p = toks[i - 1] as Tok;
    const b = v.charCodeAt(t.s - 1);
    const cue = b === 32 && USER_ROLE_WORDS.has(p.k) && /^[ \t]+$/.test(v.slice(p.e, t.s));
    const field = b === 62 || b === 61 || b === 58 || b === 34 || b === 39 || (b === 32 && (v.charCodeAt(t.s - 2) === 58 || v.charCodeAt(t.s - 2) === 61));
    if (!cue && !field) continue;
    const k = userNameKey(d, t.s, t.e, t.w, t.k, cue, field);
    if (k !== undefined) (keys ??= new Set()).add(k);
  }
  for (const by of ['by ', 'BY ']) for (let x = v.indexOf(by); x >= 0; x = v.indexOf(by, x + 3)) {
    if (x > 0 && isWordCode(v.charCodeAt(x - 1))) continue;
    BY_USER_WORD.lastIndex = x + 2;
    const m = BY_USER_WORD.exec(v);
    if (!m) continue;
    const w = m[1] as string;
    const k = w.toLowerCase();
    if (w !== k && w !== w.toUpperCase()) continue;
    if ((d.fl(k) & (L.WORD | NAME_BITS)) !== 0) continue;
    const s = m.index + m[0].length - w.length;
    const key = userNameKey(d, s, s + w.length, w, k, true, false);
    if (key !== undefined) (keys ??= new Set()).add(key);
  }
  if (keys === undefined) return;
  for (const t of toks) {
    if (!keys.has(t.k)) continue;
    const b = v.charCodeAt(t.s - 1);
    const a = v.charCodeAt(t.e);
    if (isWordCode(b) || b === 46 || b === 45 || b === 95 || b === 47 || b === 64 || isWordCode(a) || a === 64 || a === 95 || a === 45 || a === 39 || ((a === 46 || a === 47) && isWordCode(v.charCodeAt(t.e + 1)))) continue;
    if (!d.nameOverlaps(t.s, t.e)) d.add(t.s, t.e, 'NAME', 85);
  }
}

/** The word after "by" that may be a user name (five to twenty letters, then no word character, "@", "_" or "-"). */
const BY_USER_WORD = /[ \t]+([A-Za-z]{5,20})(?![\w@'-])/y;

/** The key of a user name at [s, e) (w as written, k in lower case) after a cue (an initial and a known surname) or in a
 * user field (any user name that is no word), or undefined. */
function userNameKey(d: Detector, s: number, e: number, w: string, k: string, cue: boolean, field: boolean): string | undefined {
  const v = d.v;
  const a = v.charCodeAt(e);
  if (isWordCode(a) || a === 64 || a === 95 || a === 45 || a === 39 || ((a === 46 || a === 47) && isWordCode(v.charCodeAt(e + 1)))) return undefined;
  if (NOT_NAME.has(k) || MEDICAL_ENDING.test(k) || NOT_NAME_CAPS.has(w) || CREDENTIAL_TOKENS.has(k)) return undefined;
  const rest = k.slice(1);
  const fr = d.fl(rest);
  const surnameRest = (fr & L.WORD) === 0 && (fr & (L.LAST | L.OTHER | L.COMMON_SURNAME)) !== 0 && !NOT_NAME.has(rest) && !EPONYMS.has(rest);
  if (surnameRest && cue) return k;
  if (field && w === k && USER_FIELD_BEFORE.test(v.slice(Math.max(0, s - 24), s)) && (surnameRest || /[<"'\n]|$/.test(v.charAt(e))) && /^[a-z]+$/.test(k) && !/^(?:admin|system|guest|service|unknown|anonymous|default|interface)/.test(k)) return k;
  return undefined;
}

/** A doctor's name after a title with a degree or a form of address ("Dr. med. Annika Brunold", "Dr (Mrs) K. L.
 * Seneviratne", "Dr. rer. nat. Jonas Pfeil"): initials and capitalized words, none a common word that is no name. */
const DR_QUALIFIED = /\.?[ \t]+(?:\((?:Mrs|Ms|Mr|Miss|Mme)\.?\)|med\.(?:[ \t]*(?:dent|vet|univ)\.)?|rer\.[ \t]*nat\.|phil\.|h\.[ \t]*c\.)[ \t]+((?:\p{Lu}\.[ \t]*){0,3}\p{Lu}[\p{Ll}'’-]+(?:[ \t]+(?:\p{Lu}\.[ \t]*)?\p{Lu}[\p{Ll}'’-]+){0,3})/uy;
function titledDoctorNames(d: Detector): void {
  const v = d.v;
  for (let x = v.indexOf('Dr'); x >= 0; x = v.indexOf('Dr', x + 2)) {
    if (x > 0 && isWordCode(v.charCodeAt(x - 1))) continue;
    const n = v.charCodeAt(x + 2);
    if (n !== 46 && n !== 32 && n !== 9) continue;
    DR_QUALIFIED.lastIndex = x + 2;
    const m = DR_QUALIFIED.exec(v);
    if (!m) continue;
    const g = m[1] as string;
    const words = g.split(/[ \t.]+/).filter((w) => w.length > 1);
    if (words.length === 0) continue;
    let keep = 0;
    for (const w of words) {
      const k = w.toLowerCase();
      const f = d.fl(k);
      if (((f & L.WORD) !== 0 && (f & NAME_BITS) === 0) || FACILITY_GENERIC.has(k) || NOT_NAME.has(k) || STATE_WORDS.has(k)) break;
      keep++;
    }
    if (keep === 0) continue;
    const last = words[keep - 1] as string;
    const s = m.index + m[0].length - g.length;
    const e = s + g.lastIndexOf(last) + last.length;
    // (A practice named after its doctor is the place's: "Praxis Dr. med. Vogt".)
    if (!d.someCovering(s, e, isNameCand) && !inPlace(d, x, e)) d.add(s, e, 'NAME', 90);
  }
}

/** Units and words after a number that make it no age. */
const NOT_AGE_AFTER = /^(?:[%\/x×°]|[.,-]\d|[ \t]*(?:%|mg|mcg|g|kg|lbs?|ml|mL|L|cm|mm|mmHg|bpm|min|mins|minutes?|h|hrs?|hours?|days?|d|wks?|weeks?|months?|mos?|sec|s|units?|u|IU|am|pm|AM|PM|[A-Z][a-z]+[ \t]+(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Ln|Lane|Blvd|Way|Ct|Pl)\b)(?![A-Za-z]))/;
/**
 * An age of 90 or more right after a person's name in a row or a list ("Harold Pemberton Jr. 92  136/80",
 * "TREMBLAY, Odile 96 603-555-0144"), or before it in parentheses ("(93, Edith Lowry)"): the name has two words or
 * more, the number stands alone (no unit, no decimal, no fraction, no street after it) and no other span holds it.
 */
const AGE_AFTER_NAME21 = /^(?:,?[ \t]+(?:Sr|Jr|II|III|IV)\.?)?[ \t]+(9\d|10\d)(?=[ \t,;)]|\r?\n|$)/;
/** Whether a 9 or a 1 (the first digit of AGE_AFTER_NAME21's age) lies among the 16 characters from p. */
function ageDigitWithin16(v: string, p: number): boolean {
  const lim = Math.min(v.length, p + 16);
  for (let x = p; x < lim; x++) {
    const c = v.charCodeAt(x);
    if (c === 57 || c === 49) return true;
  }
  return false;
}
function agesBesideNames(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'NAME' || c.p < 0) continue;
    const a = v.charCodeAt(c.e);
    // (Stop 26: cheap first: the age's first digit, 9 or 1, among the 16 characters the pattern reads.)
    if ((a === 32 || a === 9 || a === 44) && ageDigitWithin16(v, c.e)) {
      const w = v.slice(c.s, c.e);
      const m = AGE_AFTER_NAME21.exec(v.slice(c.e, c.e + 16));
      if (m && /[ ,]/.test(w.trim())) {
        const g = m[1] as string;
        const s = c.e + m[0].length - g.length;
        if (!NOT_AGE_AFTER.test(v.slice(s + g.length, s + g.length + 14)) && !d.anyCand(s, s + g.length)) d.add(s, s + g.length, 'AGE_OVER_89', 88);
      }
    }
    // "(93, Edith Lowry)": the age before the name in parentheses.
    if (c.s >= 5 && v.charCodeAt(c.s - 1) === 32 && v.charCodeAt(c.s - 2) === 44) {
      const m = /\((9\d|10\d), $/.exec(v.slice(c.s - 7, c.s));
      if (m) {
        const s = c.s - 2 - (m[1] as string).length;
        if (!d.anyCand(s, s + (m[1] as string).length)) d.add(s, s + (m[1] as string).length, 'AGE_OVER_89', 88);
      }
    }
  }
}

/** An age word of another language before the number without a colon ("(idade 95)", "edad 93 años", "wiek 91 lat"). */
const FOREIGN_AGE = /(?<![\p{L}])(?:idade|edad|âge|età|leeftijd|ålder|wiek|umur|usia|yaş|Alter|ALTER)[ \t]+(9\d|1[01]\d)(?![\d.,]\d|[ \t]*(?:%|\/|mg|kg|cm|mm|x\b|(?:tage?n?|d[ií]as|jours?|giorni|dagen|dni|hari|monate?n?|mes(?:es)?|mois|mesi|maanden|miesi\p{L}*|wochen|semanas|semaines|settimane|weken|tygodni|days?|months?|weeks?)(?!\p{L})))/giu;
function foreignAges(d: Detector): void {
  const v = d.v;
  for (const m of v.matchAll(FOREIGN_AGE)) {
    const g = m[1] as string;
    const s = m.index + m[0].length - g.length;
    if (!d.anyCand(s, s + g.length)) d.add(s, s + g.length, 'AGE_OVER_89', 90);
  }
}

/** A DICOM age string (value representation AS, "095Y") of 90 years or more: after "AS", the Patient's Age tag or its
 * name ("(0010,1010) AS [092Y]", "PatientAge: 091Y", "vr":"AS","Value":["093Y"]). */
const DICOM_AGE21 = /(?:"vr"[ \t]*:[ \t]*"AS"[^\n\]]{0,30}?"|\bAS[ \t]+\[?|(?:0010,1010|00101010|Patient'?s?[ ]?Age)\)?["':= \t\[]+(?:AS[ \t]+\[?)?)(0?(?:9\d|1[01]\d))Y(?![A-Za-z0-9])/g;
function dicomAges(d: Detector): void {
  const v = d.v;
  if (!/\d{3}Y/.test(v)) return;
  for (const m of v.matchAll(DICOM_AGE21)) {
    const g = m[1] as string;
    const s = m.index + m[0].length - 1 - g.length;
    if (!d.anyCand(s, s + g.length + 1)) d.add(s, s + g.length, 'AGE_OVER_89', 92);
  }
}

/** Kin words written in capitals before a name in capitals ("ESCORT: DAUGHTER TAKUMI OSHIRO", "GRANDSON ANGUTI SEEN"), and
 * the name after "widow of" / "widower of": words no lexicon knows as common words (a known given name may be one). */
const KIN_CAPS = new Set(KIN_CAPS_WORDS);
function kinNamesInCaps(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const nameWord = (t: Tok, caps: boolean): boolean => {
    if (caps ? t.shape !== 'U' : t.shape !== 'T') return false;
    if (t.e - t.s < 2 || NOT_NAME_CAPS.has(t.w) || STATE_ABBR_SET.has(t.w) || CREDENTIAL_TOKENS.has(t.k) || NOT_NAME.has(t.k) || STATE_WORDS.has(t.k) || MONTH_WORDS.has(t.k)) return false;
    if ((t.f & L.WORD) !== 0) return (t.f & L.FIRST) !== 0 && !caps;
    return (t.f & (L.COUNTRY | L.PLACE)) === 0 || (t.f & NAME_BITS) !== 0;
  };
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.f & T.NHS) === 0 || !KIN_CAPS.has(t.k)) continue;
    let j = i + 1;
    let caps = true;
    if (t.shape === 'U') caps = true;
    else if ((t.k === 'widow' || t.k === 'widower') && (toks[j] as Tok).k === 'of' && j + 1 < toks.length) {
      j++;
      caps = (toks[j] as Tok).shape === 'U';
    } else continue;
    const first = toks[j] as Tok;
    if (!/^[ \t]+$/.test(v.slice((toks[j - 1] as Tok).e, first.s)) || !nameWord(first, caps)) continue;
    // (In capitals the word must be no word at all: "DAUGHTER VISITED", "SON JOHN" stays to other rules.)
    if (caps && ((first.f & L.WORD) !== 0 || first.e - first.s < 4 || !/[AEIOUY]/.test(first.w) || !/[AEIOUY][^AEIOUY]*$|[^AEIOUY]{0,2}$/.test(first.w) || /[^AEIOUY]{4}/.test(first.w))) continue;
    let k = j;
    if (k + 1 < toks.length && /^ $/.test(v.slice(first.e, (toks[k + 1] as Tok).s)) && nameWord(toks[k + 1] as Tok, caps) && ((toks[k + 1] as Tok).f & L.WORD) === 0) k++;
    // (In capitals, a misspelt word is as likely as a name: one word must be a known name, or two words stand together.)
    if (caps && (first.f & NAME_BITS) === 0 && k === j) continue;
    const s = first.s;
    const e = (toks[k] as Tok).e;
    if (!d.someCovering(s, e, isNameCand)) d.add(s, e, 'NAME', 84);
  }
}
