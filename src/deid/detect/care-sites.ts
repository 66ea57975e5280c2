// Stop 16 (places23): care sites named by a head word of another language, health systems, Nordic streets.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L } from '../lexicon.js';
import { charClass, isDigitCode, isOtherThanPlaceOrName, T, type Tok } from './words.js';
import { FACILITY_GENERIC, FUNCTION_WORDS, M, STATE_WORDS } from './vocabulary.js';
import { titleBefore } from './patterns.js';
import type { Detector } from './detector.js';
import { SPECIALTY_WORD } from './later-cues.js';
import { OFFICE_WORDS_17, placeOver17 } from './address-layouts.js';

// ---------------------------------------------------------------------------------------------
// Stop 16 (places23): care sites named by a head word of another language, health systems with a branch town, Nordic
// streets with a stair letter and a flat, a hyphenated town before its police office, a titled Iberian street.

/** Head words of care sites in other languages, before the site's name ("Ysbyty Gwynedd", "Puskesmas Cilandak", "RSUD
 * Tangerang", "Ziekenhuis Rivierenland", "Krankenhaus Nordwest", "UMF No. 12"); rare words (T.NHS). */
export const CARE_HEADS_23 = ['ysbyty', 'meddygfa', 'puskesmas', 'rsud', 'rsup', 'rsia', 'rsu', 'ziekenhuis', 'krankenhaus', 'klinikum', 'spital', 'kantonsspital', 'hausarztpraxis', 'gemeinschaftspraxis', 'umf', 'hgz', 'usf', 'ucsp', 'policlinica', 'poliklinika', 'ambulatorio', 'consultorio', 'cesfam', 'cosam', 'polyclinic',
  // (Stop 35: South Asian and West African primary care sites by their acronym, "PHC Ibrahimpatnam", "BHU Chak 48/NB",
  // "CHPS Kpandai", "CSPS de Pella".)
  'phc', 'chc', 'bhu', 'rhc', 'chps', 'csps'];
const CARE_HEAD_SET_23 = new Set(CARE_HEADS_23);
/** Heads written in capitals (acronyms): they count only in capitals. */
const CARE_HEAD_ACRONYMS_23 = new Set(['rsud', 'rsup', 'rsia', 'rsu', 'umf', 'hgz', 'usf', 'ucsp', 'cesfam', 'cosam', 'phc', 'chc', 'bhu', 'rhc', 'chps', 'csps']);
/** (Stop 35.) The acronyms of primary care sites added at stop 35 (see CARE_HEADS_23). */
const ACRONYMS_35: ReadonlySet<string> = new Set(['phc', 'chc', 'bhu', 'rhc', 'chps', 'csps']);
/** Endings of compound heads in German, Dutch and the Nordic languages ("Universitätsspital", "Kreiskrankenhaus"). */
const CARE_HEAD_ENDS_23 = /(?:[a-gi-zäöü]spital|krankenhaus|klinikum|praxis|ziekenhuis)$/;
/** Lower-case particles inside such a name ("Klinikum rechts der Isar", "Ziekenhuis de Tjongerschans"). */
const CARE_PARTICLES_23 = new Set(['de', 'der', 'des', 'den', 'het', 'van', 'am', 'an', 'im', 'zum', 'zur', 'rechts', 'links', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'la', 'le', 'y', 'e']);
/** German prepositions: a particle only before the name's first capitalized word ("Hausarztpraxis am Markt", not "...
 * Emmenhof am Montag"). */
const GERMAN_PREPS_23 = new Set(['am', 'an', 'im', 'zum', 'zur']);
/** First words of an English head that a town or a name follows ("Teaching Hospital Karapitiya", "Base Hospital Kalmunai"). */
const HOSPITAL_RANKS_23 = new Set(['teaching', 'district', 'base', 'divisional', 'provincial', 'referral', 'rural', 'cottage', 'mission']);

/** The capitalized words (and particles) after position `from`: [end of the last capitalized word, count]. */
export function capsAfter23(d: Detector, i: number, maxTok: number, from = -1): [number, number] {
  const v = d.v;
  const toks = d.toks;
  let e = -1;
  let caps = 0;
  let last = from >= 0 ? from : (toks[i] as Tok).e;
  for (let j = i + 1; j < toks.length && j - i <= maxTok; j++) {
    const u = toks[j] as Tok;
    const gap = v.slice(last, u.s);
    if (gap !== ' ') break;
    if ((u.shape === 'T' || (u.shape === 'U' && u.w.length > 1)) && (u.m & (M.TITLES | M.MONTH_WORDS)) === 0 && !FUNCTION_WORDS.has(u.k)) {
      // A common English word is a name's part only after another capitalized word ("Gelderse Vallei", not "Krankenhaus Stay").
      if (caps === 0 && d.common(u) && !d.knownPlace(u.k)) break;
      caps++;
      e = u.e;
    } else if (!(u.shape === 'L' && CARE_PARTICLES_23.has(u.k) && (caps === 0 || !GERMAN_PREPS_23.has(u.k)))) break;
    last = u.e;
  }
  return [e, caps];
}

/** Care sites named by a head of another language or a ranked hospital's head, the name after the head. */
function careHeads23(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    const k = t.k;
    let s = t.s;
    if ((t.f & T.NHS) !== 0 && CARE_HEAD_SET_23.has(k)) {
      if (CARE_HEAD_ACRONYMS_23.has(k) ? t.shape !== 'U' : t.shape !== 'T' && !(t.shape === 'U' && d.capsDoc)) continue;
      // "UMF No. 37", "HGZ No 2": the head and its number.
      const num = /^ (?:No\.?|Nr\.?|N[º°o]\.?|#) ?\d{1,4}\b/.exec(v.slice(t.e, t.e + 12));
      if (num) {
        placeOver17(d, s, t.e + num[0].length, 78);
        continue;
      }
    } else if (t.shape === 'T' && k.length >= 9 && CARE_HEAD_ENDS_23.test(k) && !d.common(t)) {
      // A compound head ("Universitätsspital Basel", "Gemeinschaftspraxis Kuhn").
    } else if (k === 'hospital' && t.shape === 'T' && i > 0) {
      const pv = toks[i - 1] as Tok;
      if (pv.shape !== 'T' || !HOSPITAL_RANKS_23.has(pv.k) || v.slice(pv.e, t.s) !== ' ') continue;
      // The rank word starts the name: no capitalized word before it.
      const pp = toks[i - 2];
      if (pp && (pp.shape === 'T' || pp.shape === 'U') && v.slice(pp.e, pv.s) === ' ') continue;
      s = pv.s;
    } else continue;
    const [e, caps] = capsAfter23(d, i, k === 'hospital' ? 2 : 6);
    if (caps === 0 || e < 0) continue;
    // (Stop 35: a weekday after such an acronym is a session's, not a site's name: "CHC Tuesday clinic".)
    // (Nor an English word: "CHPS HOME VISIT RECORD".)
    if (ACRONYMS_35.has(k) && (/^[ \t]+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(v.slice(t.e, t.e + 12)) || (i + 1 < toks.length && ((toks[i + 1] as Tok).f & L.WORD) !== 0 && (toks[i + 1] as Tok).shape !== 'L'))) continue;
    // After a ranked hospital, the name ends the phrase (punctuation, a line's end, a lower-case word or a digit).
    if (k === 'hospital' && !/^(?:$|[\r\n,;:()\[\]\/]|\.(?:\s|$)| (?:\p{Ll}|\d|[-\u2013\/])|  )/u.test(v.slice(e, e + 3))) continue;
    if (d.someOverlap(s, e, isOtherThanPlaceOrName)) continue;
    placeOver17(d, s, e, 78);
  }
}

/** Faith and virtue words that start a health system's name ("Baptist Health", "Mercy Health"); other first words must
 * be no common word. */
export const SYSTEM_FIRST_23 = new Set(['baptist', 'methodist', 'presbyterian', 'adventist', 'lutheran', 'catholic', 'mercy', 'trinity', 'providence', 'covenant', 'unity', 'grace', 'hope', 'christian', 'episcopal']);
/** Generic words before "Health" that make no system ("Mental Health Boston"). */
const NOT_SYSTEM_23 = new Set(['mental', 'public', 'behavioral', 'behavioural', 'home', 'community', 'occupational', 'family', 'student', 'employee', 'global', 'population', 'oral', 'sexual', 'reproductive', 'primary', 'allied', 'environmental', 'child', 'maternal', 'rural', 'urban', 'county', 'state', 'city', 'tribal', 'school', 'women', "women's", 'men', "men's", 'bone', 'heart', 'brain', 'skin', 'lung', 'eye', 'breast', 'dental', 'travel', 'veterans', 'university']);

/** The end of a site's name: punctuation, a line's end, a lower-case word, a digit or two blanks. */
const NAME_END_23 = /^(?:$|[\r\n,;:()\[\]]|\.(?:\s|$)| (?:\p{Ll}|\d)|  )/u;

/** A known town of one or two capitalized words at token i: the index of its last token, else -1. */
function townAt23(d: Detector, i: number): number {
  const v = d.v;
  const toks = d.toks;
  for (let j = Math.min(i + 1, toks.length - 1); j >= i; j--) {
    let ok = true;
    for (let q = i; q <= j && ok; q++) {
      const u = toks[q] as Tok;
      if ((u.shape !== 'T' && u.shape !== 'U') || u.possessive || (u.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS)) !== 0) ok = false;
      if (q > i && u.s !== (toks[q - 1] as Tok).e + 1) ok = false;
    }
    if (!ok) continue;
    const key = (toks.slice(i, j + 1) as Tok[]).map((u) => u.k).join(' ');
    if (STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || !d.knownPlace(key)) continue;
    if (!NAME_END_23.test(v.slice((toks[j] as Tok).e, (toks[j] as Tok).e + 3))) continue;
    return j;
  }
  return -1;
}

/** Whether a word has a capital after its first letter ("MercyOne"). */
function innerCapital23(w: string): boolean {
  for (let q = 1; q < w.length; q++) if (charClass(w.charCodeAt(q)) === 3) return true;
  return false;
}

/** A health system and its branch town with no dash: "Baptist Health Corbin", "Orion Health Keene", "MercyOne Ames". */
function systemTowns23(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if (i + 1 >= toks.length) continue;
    let s = -1;
    if (t.k === 'health' && t.shape === 'T' && i > 0) {
      const pv = toks[i - 1] as Tok;
      if (pv.shape !== 'T' || v.slice(pv.e, t.s) !== ' ' || NOT_SYSTEM_23.has(pv.k) || FUNCTION_WORDS.has(pv.k) || (pv.m & (M.TITLES | M.STATE_WORDS)) !== 0 || pv.possessive) continue;
      if (d.common(pv) && !SYSTEM_FIRST_23.has(pv.k)) continue;
      if ((pv.f & L.COUNTRY) !== 0 || STATE_WORDS.has(pv.k)) continue;
      s = pv.s;
    } else if (t.shape === 'T' && t.capitals >= 2 && t.w.length >= 7 && innerCapital23(t.w)) {
      // A camel-case brand: a first part of four letters or more, a second that is no given name and the whole no known
      // name ("MercyOne", not "MaryAnn" or "RoseMarie").
      const m = /^\p{Lu}\p{Ll}{3,}(\p{Lu}\p{Ll}{2,})$/u.exec(t.w);
      if (!m || (t.f & (L.FIRST | L.LAST)) !== 0 || (d.fl((m[1] as string).toLowerCase()) & L.FIRST) !== 0) continue;
      s = t.s;
    } else continue;
    const nx = toks[i + 1] as Tok;
    if (nx.s !== t.e + 1) continue;
    const j = townAt23(d, i + 1);
    if (j < 0) continue;
    const e = (toks[j] as Tok).e;
    if (titleBefore(v, s) || d.someOverlap(s, e, isOtherThanPlaceOrName)) continue;
    placeOver17(d, s, e, 76);
  }
}

/** Street words ending a Nordic or Finnish street's name ("Hämeenkatu", "Storgatan", "Kirkeveien"). */
const NORDIC_STREET_ENDS_23 = /(?:katu|kuja|polku|tie|väylä|vayla|kaari|gatan|gata|vägen|vagen|veien|vegen|vej|gade|gaten)$/;

/** A Nordic street, its number, a stair letter and a flat ("Hämeenkatu 14 B 22", "Storgatan 12 A 3"). */
function nordicStreets23(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if (t.shape !== 'T' || t.k.length < 6 || !isDigitCode(v.charCodeAt(t.e + 1)) || v.charCodeAt(t.e) !== 32) continue;
    if (!NORDIC_STREET_ENDS_23.test(t.k) || d.common(t) || (t.f & L.FIRST) !== 0) continue;
    const m = /^ \d{1,4}[a-zA-Z]?(?: [A-H](?: \d{1,3})?| as\. \d{1,3}| lgh \d{1,4})?(?![\d:.\/,]\d|[\p{L}\d])/u.exec(v.slice(t.e, t.e + 20));
    if (!m) continue;
    const e = t.e + m[0].length;
    if (d.someOverlap(t.s, e, isOtherThanPlaceOrName)) continue;
    placeOver17(d, t.s, e, 78);
  }
}

/** Iberian street words before a title ("Rua Dr. ...", "Avenida Prof. ..."); rare words (T.NHS). */
export const TITLED_STREETS_23 = ['rua', 'avenida', 'avda', 'travessa', 'calle', 'praça', 'praca', 'alameda', 'estrada', 'largo', 'paseo', 'carrer', 'viale'];
const TITLED_STREET_SET_23 = new Set(TITLED_STREETS_23);
/** Titles inside a street's name. */
const STREET_TITLES_23 = /^(?:Dr|Dra|Prof|Profa|Eng|Gen|Cap|Cel|Pe|Padre|Dom|Dona|Sr|Sra|Mons|Pres|Alm|Mal|Cde|Conde|Don|Doña)\.? /;

/** "Rua Dr. Alfredo da Costa 7": an Iberian street whose name starts with a title, up to its number. */
function titledStreets23(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if (i + 2 >= toks.length) continue;
    if ((t.f & T.NHS) === 0 || t.shape !== 'T' || !TITLED_STREET_SET_23.has(t.k)) continue;
    let p = t.e;
    if (v.charCodeAt(p) === 46) p++;
    if (v.charCodeAt(p) !== 32) continue;
    const ti = toks[i + 1] as Tok;
    const tm = STREET_TITLES_23.exec(v.slice(ti.s, ti.s + 7));
    if (ti.s !== p + 1 || !tm) continue;
    const [e, caps] = capsAfter23(d, i + 1, 6, ti.s + tm[0].length - 1);
    if (caps === 0 || e < 0) continue;
    const num = /^,? (?:n\.?º ?|nº ?|no\.? )?\d{1,5}[A-Za-z]?\b/.exec(v.slice(e, e + 10));
    if (!num) continue;
    const end = e + num[0].length;
    if (d.someOverlap(t.s, end, (c) => c.t !== 'NAME' && c.t !== 'LOCATION' && c.t !== 'DATE')) continue;
    placeOver17(d, t.s, end, 80);
  }
}

/** A hyphenated town before its police, fire or EMS office ("Winston-Salem PD", "Wilkes-Barre Police"). */
function hyphenOffices23(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if (i < 1) continue;
    if ((t.shape !== 'U' && t.shape !== 'T') || !OFFICE_WORDS_17.has(t.w)) continue;
    const b = toks[i - 1] as Tok;
    if (v.slice(b.e, t.s) !== ' ' || (b.shape !== 'T' && b.shape !== 'U') || b.possessive) continue;
    const parts = b.k.split('-');
    if (parts.length !== 2 || !/^\p{Lu}\p{L}+-\p{Lu}\p{L}+$/u.test(b.w) || (b.m & M.TITLES) !== 0) continue;
    const known = d.knownPlace(b.k) || d.knownPlace(parts.join(' '));
    // An unknown pair only before a spelled-out office ("Police", "Sheriff"), not before "PD" (a disease's abbreviation too).
    if (!known && (t.w === 'PD' || t.w === 'EMS' || d.common(b))) continue;
    if (titleBefore(v, b.s) || d.someOverlap(b.s, b.e, isOtherThanPlaceOrName)) continue;
    placeOver17(d, b.s, b.e, 76);
  }
}

/** Administrative divisions of other countries after their name ("Nakawa Division", "Bhalwal Tehsil", "Kakamega
 * Sub-county") and before it ("Kecamatan Cilandak", "Upazila Savar"); rare words (T.NHS). */
export const DIVISIONS_AFTER_23 = ['division', 'subcounty', 'sub-county', 'tehsil', 'taluk', 'taluka', 'mandal', 'upazila', 'governorate', 'oblast', 'raion', 'rayon', 'prefecture', 'municipality', 'arrondissement'];
export const DIVISIONS_BEFORE_23 = ['kecamatan', 'kelurahan', 'kabupaten', 'desa', 'tehsil', 'taluk', 'taluka', 'upazila', 'mandal'];
const DIVISION_AFTER_SET_23 = new Set(DIVISIONS_AFTER_23);
const DIVISION_BEFORE_SET_23 = new Set(DIVISIONS_BEFORE_23);

/** Words of a medical field by their ending ("Hepatology", "Hematology-Oncology", "Geriatrics"). */
const MEDICAL_FIELD_23 = /(?:olog(?:y|ies)|iatry|iatrics|ics|pathy|surgery|medicine|ologic(?:al)?)(?:-|$)/;

/** Whether token u may be part of a division's name: capitalized, no common word (unless the gazetteer knows it), title,
 * month, state, country or function word. */
function divisionWord23(d: Detector, u: Tok): boolean {
  if (u.shape !== 'T' && !(u.shape === 'U' && d.capsDoc)) return false;
  if (u.possessive || FUNCTION_WORDS.has(u.k) || (u.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS)) !== 0 || (u.f & L.COUNTRY) !== 0) return false;
  // No medical specialty or generic facility word ("Cardiology Division", "Surgical Division").
  if (FACILITY_GENERIC.has(u.k) || SPECIALTY_WORD.test(u.w) || (u.m & M.NOT_NAME) !== 0 || MEDICAL_FIELD_23.test(u.k)) return false;
  return !d.common(u) || d.knownPlace(u.k);
}

/** A division's name and its division word (see DIVISIONS_AFTER_23 and DIVISIONS_BEFORE_23). */
function divisions23(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if ((t.f & T.NHS) === 0 || t.shape !== 'T') continue;
    let s = -1;
    let e = -1;
    if (DIVISION_AFTER_SET_23.has(t.k) && i > 0) {
      // One or two name words right before it, one blank apart, the first not after another capitalized word.
      for (let j = i - 1; j >= 0 && i - j <= 2; j--) {
        const u = toks[j] as Tok;
        if (v.slice(u.e, (toks[j + 1] as Tok).s) !== ' ' || !divisionWord23(d, u)) break;
        s = u.s;
      }
      e = t.e;
    }
    if (s < 0 && DIVISION_BEFORE_SET_23.has(t.k)) {
      const [ce, caps] = capsAfter23(d, i, 2);
      if (caps === 0 || ce < 0) continue;
      let ok = true;
      for (let j = i + 1; j < toks.length && (toks[j] as Tok).e <= ce; j++) if (!divisionWord23(d, toks[j] as Tok) && (toks[j] as Tok).shape !== 'L') ok = false;
      if (!ok) continue;
      s = t.s;
      e = ce;
    }
    if (s < 0 || e <= s || titleBefore(v, s) || d.someOverlap(s, e, isOtherThanPlaceOrName)) continue;
    placeOver17(d, s, e, 76);
  }
}

/** This round's passes (from run(), after placesRound20). One pass over the tokens picks the few each rule reads: the rare
 * words (T.NHS: heads, street words, divisions, offices), "Hospital", "Health", words with an inner capital, a word before
 * a blank and a digit, and long words ending like a compound head. */
export function placesRound23(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const rareIdx: number[] = [];
  const care: number[] = [];
  const systems: number[] = [];
  const streets: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.shape !== 'T' && t.shape !== 'U') continue;
    if ((t.f & T.NHS) !== 0) {
      rareIdx.push(i);
      continue;
    }
    if (t.shape !== 'T') continue;
    const n = t.k.length;
    if (n === 8 && t.k === 'hospital') care.push(i);
    else if ((n === 6 && t.k === 'health') || (t.capitals >= 2 && n >= 7)) systems.push(i);
    else if (n >= 6 && v.charCodeAt(t.e) === 32 && isDigitCode(v.charCodeAt(t.e + 1))) streets.push(i);
    if (n >= 9) {
      const c = t.k.charCodeAt(n - 1);
      // Last letters of the compound heads: "...spital", "...haus", "...huis", "...klinikum", "...praxis".
      if ((c === 108 || c === 115 || c === 109) && CARE_HEAD_ENDS_23.test(t.k)) care.push(i);
    }
  }
  if (rareIdx.length > 0) {
    careHeads23(d, rareIdx);
    titledStreets23(d, rareIdx);
    if (v.includes('-')) hyphenOffices23(d, rareIdx);
    divisions23(d, rareIdx);
  }
  if (care.length > 0) careHeads23(d, care);
  if (systems.length > 0) systemTowns23(d, systems);
  if (streets.length > 0) nordicStreets23(d, streets);
}
