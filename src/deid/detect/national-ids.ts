// Stop 16 (ids28): IBANs, Swiss and Indian numbers by their shape, identifiers typed by their system.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { PhiType } from '../types.js';
import { codeAt } from './text.js';
import { type Cand, isDigitCode, isWordCode, type Tok } from './words.js';
import type { Detector } from './detector.js';
import { looksLikeDate } from './shapes.js';
import { numbersAfterTrigger } from './registers.js';
import { onlyIds25 } from './id-prefixes.js';
import { L } from '../lexicon.js';
import { FUNCTION_WORDS, VEHICLE_WORD_SET } from './vocabulary.js';

/** Words of standards bodies: the number after them is a standard, no identifier ("IEC 60601-1", "ISO 15189"). */
const STANDARD_WORDS_28 = ['iso', 'iec', 'astm', 'ieee', 'aami', 'clsi', 'ansi'];
/** Brazilian professional councils, read with their state ("CRM-SP 144712", "COREN/RJ 552.019"), and registers of
 * nurses (Ireland's NMBI, Ontario's CNO). */
const COUNCILS_28 = ['crm', 'coren', 'crf', 'crn', 'crefito', 'cro', 'crmv', 'crfa', 'nmbi', 'cno'];
const COUNCIL_SET_28 = new Set(COUNCILS_28);
/** Vehicle words of other countries and kinds that the vehicle flag (Detector.vehicleText) lacks. */
export const PLATE_WORDS_28 = ['taxi', 'cab', 'matatu', 'scooter', 'placa', 'patente', 'matricula', 'targa', 'rego', 'kennzeichen', 'kenteken', 'immatriculation'];
/** Words of a payment card: the card's last digits are read only when one is among the rare words. */
const CARD_WORDS_28 = ['card', 'visa', 'mastercard', 'amex', 'debit', 'credit', 'discover'];
export const RARE_28 = [...STANDARD_WORDS_28, ...COUNCILS_28, ...PLATE_WORDS_28, ...CARD_WORDS_28, 'iban', 'catalog', 'catalogue', 'sku'];
/** OIDs of identifier systems (HL7 root 2.16.840.1.113883.4.*): SSN, NPI, a state's driver licences, passports,
 * Medicare (HICN, MBI). */
const OID_ROOT_28 = '2.16.840.1.113883.4.';
function oidType28(rest: string): PhiType | undefined {
  if (/^1(?!\d|\.)/.test(rest)) return 'SSN';
  if (/^6(?!\d|\.)/.test(rest)) return 'OTHER_ID';
  if (/^3\.\d/.test(rest)) return 'LICENSE';
  if (/^330\.\d/.test(rest)) return 'OTHER_ID';
  if (/^(?:572|927)(?!\d)/.test(rest)) return 'HEALTH_PLAN';
  return undefined;
}
/** A FHIR identifier's system URL or an HL7 v2-0203 type code, read for the type of its value. */
const SYSTEM_URL_28 = /"system"[ \t]*:[ \t]*"([^"]{3,160})"/g;
function systemType28(url: string): PhiType | undefined {
  const u = url.toLowerCase();
  if (u.startsWith('urn:oid:' + OID_ROOT_28)) return oidType28(u.slice(8 + OID_ROOT_28.length));
  if (/nhs-?number|chi-?number|health-?card|\bphn\b|insurance|medicare|medicaid|\bmbi\b|member/.test(u)) return 'HEALTH_PLAN';
  if (/us-ssn|\/ssn\b|social-?security/.test(u)) return 'SSN';
  if (/us-npi|\/npi\b/.test(u)) return 'OTHER_ID';
  if (/driver|licen[cs]e/.test(u)) return 'LICENSE';
  if (/passport|national-?id/.test(u)) return 'OTHER_ID';
  return undefined;
}
const V2_CODE_28 = /"code"[ \t]*:[ \t]*"(DL|SS|MB|MC|MA|SN|NPI|PPN|AN|MR)"/;
export const V2_CODE_TYPE_28: Record<string, PhiType> = { DL: 'LICENSE', SS: 'SSN', MB: 'HEALTH_PLAN', MC: 'HEALTH_PLAN', MA: 'HEALTH_PLAN', SN: 'HEALTH_PLAN', NPI: 'OTHER_ID', PPN: 'OTHER_ID', AN: 'ACCOUNT', MR: 'MRN' };

/** Stop 16, probe round (ids28): the passes of this block, run from laterCues after idsRound25. */
export function idsRound28(d: Detector): void {
  const v = d.v;
  shapes28(d);
  if (d.xIdx.length >= 3) accountRuns35(d);
  if (d.xIdx.length >= 2) ramqCards35(d);
  if (d.v.includes('|') || d.v.includes('\t')) dottedCells35(d);
  if (v.includes('"value"') && v.includes('"system"')) fhirIdentifiers28(d);
  if (v.includes('113883.4.')) cdaIds28(d);
  const rare = d.rare;
  if (d.vehicleText || (rare !== undefined && PLATE_WORDS_28.some((w) => rare.has(w)))) plates28(d);
  if (rare === undefined) return;
  // (A council's acronym alone, "CRM/RJ", or with its state, "CRM-SP": a hyphenated word is a rare word by its first part.)
  for (const k of rare) {
    const hy = k.indexOf('-');
    if (COUNCIL_SET_28.has(hy > 0 ? k.slice(0, hy) : k)) {
      councils28(d);
      break;
    }
  }
  if (CARD_WORDS_28.some((w) => rare.has(w))) cardDigits28(d);
}

/** Quebec's health card (RAMQ): the surname's first three letters and the given name's first, then the birth date
 * (year, month, plus 50 for a woman, day) and two digits, "TREG 4207 1518". */
const RAMQ_35 = /^([A-Z]{4}) ?(\d\d)(\d\d) ?(\d\d)(\d\d)(?![\w-])/;

/**
 * Stop 35: a Quebec health card number by its shape, in a row or a list with no label ("6 Nord,601,Tremblay,Ghislaine,
 * H0418822,TREG 4207 1518"): four capitals (no word) and eight digits whose first six are a birth date.
 */
function ramqCards35(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    if (t.e - t.s !== 4 && t.e - t.s !== 8) continue;
    const p = toks[i - 1];
    if (p === undefined || p.shape !== 'U' || p.e - p.s !== 4 || (p.e !== t.s && p.e !== t.s - 1) || (d.fl(p.k) & L.WORD) !== 0) continue;
    if (isWordCode(codeAt(v, p.s - 1)) || codeAt(v, p.s - 1) === 45) continue;
    const m = RAMQ_35.exec(v.slice(p.s, p.s + 16));
    if (m === null) continue;
    const mo = Number(m[3]) > 50 ? Number(m[3]) - 50 : Number(m[3]);
    const da = Number(m[4]);
    if (mo < 1 || mo > 12 || da < 1 || da > 31) continue;
    const e = p.s + m[0].length;
    if (e < t.e || d.someOverlap(p.s, e, (o) => o.p >= 0 && o.t !== 'OTHER_ID' && o.t !== 'HEALTH_PLAN')) continue;
    replace28(d, p.s, e, 'HEALTH_PLAN', 86);
  }
}

/** A cell of a table that holds only a number written with points between groups of three, three groups or more:
 * "| 52.123.456 |", "| 1.020.555.777 |" (a Colombian or an Argentine identity number, a count of millions is no cell of
 * its own). */
const DOTTED_CELL_35 = /\d{1,3}(?:\.\d{3}){2,3}(?=[ \t]*(?:[|\t\r\n]|$))/y;

/** Stop 35: an identity number written with points, alone in a cell of a table of bars or tabs (OTHER_ID). */
function dottedCells35(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    // (Cheap first: a cell opens before it, a bar or a tab and blanks.)
    let b = t.s - 1;
    while (b >= 0 && v.charCodeAt(b) === 32) b--;
    const bc = codeAt(v, b);
    if (bc !== 124 && bc !== 9) continue;
    DOTTED_CELL_35.lastIndex = t.s;
    const m = DOTTED_CELL_35.exec(v);
    if (m === null) continue;
    const e = t.s + m[0].length;
    if (d.someOverlap(t.s, e, (o) => o.p >= 0 && o.t !== 'OTHER_ID')) continue;
    replace28(d, t.s, e, 'OTHER_ID', 70);
  }
}

/** Stop 35: the length of each country's IBAN (the registry's table), for an IBAN whose check digits fail (a typo or a
 * made-up number is still an account's): its country's code and its exact length tell it. */
const IBAN_LENGTHS_35: ReadonlyMap<string, number> = new Map(('AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 CH21 CR22 CY28 CZ24 ' +
  'DE22 DK18 DO28 EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 ' +
  'KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 ' +
  'SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20').split(' ').map((x) => [x.slice(0, 2), Number(x.slice(2))]));
/** Words of a payment or an account within the 48 characters before a run of digit groups, on its line. */
// (A card only of a payment, "ClinCard", "copay card", "EBT card"; an identity's or a health plan's card, "Aadhaar card",
// "Aarogyasri card", is read by their own rules.)
const ACCOUNT_CUE_35 = /(?:\b(?:accounts?|acct|a\/c|bank|banking|iban|payments?|paid|pay|refunds?|transfers?|deposits?|prepayment|debit|credit|visa|mastercard|amex|m-?pesa|wallet|money)\b|(?:clin|copay|co-pay|gift|prepaid|ebt|atm|cash|debit|credit|bank|payment)[ -]?card\b)[^\n]{0,48}$/i;
/** Label words in capitals before the run that are no bank's code. */
const NOT_BANK_CODE_35 = new Set(['ACCT', 'ACC', 'NO', 'NR', 'NUM', 'ID', 'IBAN', 'BIC', 'REF', 'CARD', 'BANK', 'PIN']);
const UNIT_AFTER_35 = /^[ \t]*(?:%|mmhg|mg|mcg|ml|kg|g\b|bpm|units?|iu)/i;
/** A run of digit groups: two to six digits each, joined by single blanks (group 0: the run). */
const DIGIT_RUN_35 = /^\d{2,6}(?: \d{2,6}){2,8}(?![\w\/-]|[.,]\d)/;

/**
 * Stop 35: an account's number written in groups after a word of a payment or an account on its line, "ASHA payment A/c
 * SBIN 3355 0012 8841", "account for the pharmacy prepayment (PKO) 44 1020 2892 0000 5502 0447 1820", "ClinCard 5555 0412
 * 8830 1176" (a card whose digits fail the Luhn check), with a bank's code of capitals joined before; and, after such a
 * word too, an IBAN whose check digits fail but whose country and length are an IBAN's ("ES55 0049 5555 1220 1122 0033").
 * Ten digits at least;
 * a phone, a date or another kind read there stays.
 */
export function accountRuns35(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  let done = -1;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    if (t.s < done) continue;
    const b = codeAt(v, t.s - 1);
    if (isWordCode(b) || b === 45 || b === 46 || b === 47) continue;
    const c0 = v.charCodeAt(t.s);
    let s = t.s;
    let e = -1;
    let iban = false;
    // (In a text typed in lower case, the IBAN's country read in capitals: "es55 0049 5555 1220 1122 0033".)
    const head = d.lowerTyped ? t.w.toUpperCase() : t.w;
    if (t.e - t.s === 4 && /^[A-Z]{2}\d\d$/.test(head) && codeAt(v, t.e) === 32) {
      const m = IBAN_GROUPS_28.exec((d.lowerTyped ? d.upperView() : v).slice(t.s, t.s + 44));
      // (With a word of a payment or an account before it: "Shelf code DE45 5001 ..." is a code, not an account.)
      if (m === null || IBAN_LENGTHS_35.get(head.slice(0, 2)) !== m[0].replace(/ /g, '').length || !ACCOUNT_CUE_35.test(v.slice(Math.max(0, t.s - 48), t.s))) continue;
      e = t.s + m[0].length;
      iban = true;
    } else {
      if (!isDigitCode(c0) || codeAt(v, t.e) !== 32 || !isDigitCode(codeAt(v, t.e + 1))) continue;
      const m = DIGIT_RUN_35.exec(v.slice(t.s, t.s + 64));
      if (m === null) continue;
      e = t.s + m[0].length;
      done = e;
      // (Two groups of four digits or more: readings in a row are shorter, "120 118 122 130 mmHg"; nor a unit after.)
      if (m[0].replace(/ /g, '').length < 10 || (m[0].match(/\d{4,}/g)?.length ?? 0) < 2 || UNIT_AFTER_35.test(v.slice(e, e + 8))) continue;
      // (Nor a row of hours, "0900 1200 1400 1700".)
      if (m[0].split(' ').every((g) => /^(?:[01]\d|2[0-3])(?:00|15|30|45)$/.test(g))) continue;
      // (A bank's code of two to four capitals joined before: "SBIN 3355 0012 8841".)
      const p = toks[i - 1];
      if (p !== undefined && p.e === t.s - 1 && p.e - p.s >= 2 && p.e - p.s <= 4 && (p.shape === 'U' ? (d.fl(p.k) & L.WORD) === 0 : d.lowerCodeLetters(p)) && !NOT_BANK_CODE_35.has(p.w.toUpperCase())) s = p.s;
      if (!ACCOUNT_CUE_35.test(v.slice(Math.max(0, s - 48), s))) continue;
    }
    done = e;
    if (!iban && looksLikeDate(v.slice(s, e))) continue;
    // (A street read over the run's first group, "via ClinCard 5555" as an Italian street, gives way.)
    if (d.someOverlap(s, e, (o) => o.p >= 0 && o.t !== 'OTHER_ID' && o.t !== 'ACCOUNT' && !(o.t === 'LOCATION' && o.s < s)) || d.someCovering(s, e, (o) => o.p >= 0 && o.t === 'ACCOUNT')) continue;
    d.someOverlap(s, e, (o) => {
      if (o.t === 'LOCATION' && o.s < s) o.p = -1;
      return false;
    });
    replace28(d, s, e, 'ACCOUNT', 88);
  }
}

/** Stop 16, probe round (ids28): the drops of this block, run from run() after spokenForms16; true when one dropped. */
export function idsDrops28(d: Detector): boolean {
  const rare = d.rare;
  let dropped = rare !== undefined && STANDARD_WORDS_28.some((w) => rare.has(w)) && standards28(d);
  // ("Part number", "Cat. no.": common words, so the generic identifiers are read instead, a few a text.)
  if (partNumbers28(d)) dropped = true;
  return dropped;
}

/** Whether an IBAN (two capitals, two check digits, the account; blanks between groups ignored) passes mod 97. */
function ibanOk28(s: string): boolean {
  const x = s.replace(/ /g, '');
  if (x.length < 15 || x.length > 34 || !/^[A-Z]{2}\d\d[A-Z0-9]+$/.test(x)) return false;
  const r = x.slice(4) + x.slice(0, 4);
  let m = 0;
  for (let i = 0; i < r.length; i++) {
    const c = r.charCodeAt(i);
    m = c >= 65 ? (m * 100 + c - 55) % 97 : (m * 10 + c - 48) % 97;
  }
  return m === 1;
}
/** Whether a Swiss AHV/AVS number "756.dddd.dddd.dd" passes its EAN-13 check. */
function ahvOk28(s: string): boolean {
  const x = s.replace(/\./g, '');
  let t = 0;
  for (let i = 0; i < 12; i++) t += Number(x[i]) * (i % 2 ? 3 : 1);
  return (10 - (t % 10)) % 10 === Number(x[12]);
}
const IBAN_GROUPS_28 = /^[A-Z]{2}\d\d(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?(?![\w-])/;
const AHV_28 = /^756\.\d{4}\.\d{4}\.\d\d(?![\w.-])/;
/** An Indian PAN: three letters, the holder's kind (P person, C company...), a letter, four digits, a letter. */
const PAN_28 = /^[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]$/;

/** Shapes with a check: an IBAN whole or in groups (ACCOUNT), a Swiss AHV number and an Indian PAN (OTHER_ID). */
function shapes28(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const len = t.e - t.s;
    const c0 = v.charCodeAt(t.s);
    const b = codeAt(v, t.s - 1);
    if (isWordCode(b) || b === 45 || b === 46) continue;
    if (c0 >= 65 && c0 <= 90 && isDigitCode(codeAt(v, t.s + 2)) && isDigitCode(codeAt(v, t.s + 3)) && codeAt(v, t.s + 1) >= 65 && codeAt(v, t.s + 1) <= 90) {
      let e = -1;
      if (len === 4 && codeAt(v, t.e) === 32) {
        const m = IBAN_GROUPS_28.exec(v.slice(t.s, t.s + 44));
        if (m) e = t.s + m[0].length;
      } else if (len >= 15 && len <= 34 && !isWordCode(codeAt(v, t.e)) && codeAt(v, t.e) !== 45) e = t.e;
      if (e < 0 || !ibanOk28(v.slice(t.s, e))) continue;
      if (onlyIds25(d, t.s, e) && !d.someCovering(t.s, e, (o) => o.p >= 0 && o.t === 'ACCOUNT')) replace28(d, t.s, e, 'ACCOUNT', 90);
    } else if (len === 3 && t.w === '756' && codeAt(v, t.e) === 46) {
      const m = AHV_28.exec(v.slice(t.s, t.s + 18));
      if (!m || !ahvOk28(m[0])) continue;
      const e = t.s + m[0].length;
      if (onlyIds25(d, t.s, e) && !d.someCovering(t.s, e, (o) => o.p >= 0)) replace28(d, t.s, e, 'OTHER_ID', 85);
    } else if (len === 10 && PAN_28.test(t.w) && !isWordCode(codeAt(v, t.e)) && codeAt(v, t.e) !== 45) {
      if (!d.anyCand(t.s, t.e)) d.add(t.s, t.e, 'OTHER_ID', 80);
    }
  }
}

/** Drops every candidate inside [s, e) and adds the span. */
export function replace28(d: Detector, s: number, e: number, t: PhiType, p: number): void {
  d.someOverlap(s, e, (o) => {
    if (o.s >= s && o.e <= e) o.p = -1;
    return false;
  });
  d.add(s, e, t, p);
}

/** Types the value [s, e) of a structured identifier: an identifier read there of another type gives way. */
export function typeValue28(d: Detector, s: number, e: number, t: PhiType): void {
  if (e - s < 4 || !/\d/.test(d.v.slice(s, e))) return;
  if (!d.someOverlap(s, e, (o) => o.p >= 0 && o.t !== t)) return;
  if (!onlyIds25(d, s, e) && !d.someOverlap(s, e, (o) => o.p >= 0 && (o.t === 'SSN' || o.t === 'PHONE') && o.s >= s && o.e <= e)) return;
  if (d.someOverlap(s, e, (o) => o.p >= 0 && (o.s < s || o.e > e))) return;
  replace28(d, s, e, t, 90);
}

/** A FHIR identifier's value typed by its system ("http://hl7.org/fhir/sid/us-npi", "urn:oid:2.16.840.1.113883.4.1",
 * ".../nhs-number") or its v2-0203 type code ("DL", "SS", "MB"), read within its own object. */
function fhirIdentifiers28(d: Detector): void {
  const v = d.v;
  for (let p = v.indexOf('"value"'); p >= 0; p = v.indexOf('"value"', p + 7)) {
    const m = /^"value"[ \t]*:[ \t]*"([^"\n]{4,64})"/.exec(v.slice(p, p + 80));
    if (!m) continue;
    const s = p + m[0].length - 1 - (m[1] as string).length;
    const e = s + (m[1] as string).length;
    // (The object holding the value: back to its opening brace, on to its closing one, nested objects skipped.)
    let a = p;
    for (let depth = 0; a > 0 && p - a < 400; a--) {
      const c = v.charCodeAt(a - 1);
      if (c === 125) depth++;
      else if (c === 123) {
        if (depth === 0) break;
        depth--;
      }
    }
    let z = e;
    for (let depth = 0; z < v.length && z - e < 400; z++) {
      const c = v.charCodeAt(z);
      if (c === 123) depth++;
      else if (c === 125) {
        if (depth === 0) break;
        depth--;
      }
    }
    const obj = v.slice(a, z);
    let t: PhiType | undefined;
    for (const sm of obj.matchAll(SYSTEM_URL_28)) if ((t = systemType28(sm[1] as string)) !== undefined) break;
    if (t === undefined && obj.includes('v2-0203')) {
      const cm = V2_CODE_28.exec(obj);
      if (cm) t = V2_CODE_TYPE_28[cm[1] as string];
    }

    if (t !== undefined) typeValue28(d, s, e, t);
  }
}

/** A C-CDA `<id root="2.16.840.1.113883.4.x" extension="..."/>`: the extension typed by its root's OID. */
function cdaIds28(d: Detector): void {
  const v = d.v;
  for (let p = v.indexOf(OID_ROOT_28); p >= 0; p = v.indexOf(OID_ROOT_28, p + 20)) {
    const t = oidType28(v.slice(p + OID_ROOT_28.length, p + OID_ROOT_28.length + 8));
    if (t === undefined) continue;
    // (The tag around the root, within 300 characters either side: a bounded search, linear in the text.)
    const lo = Math.max(0, p - 300);
    const ai = v.slice(lo, p).lastIndexOf('<');
    const zi = v.slice(p, p + 300).indexOf('>');
    if (ai < 0 || zi < 0) continue;
    const a = lo + ai;
    const z = p + zi;
    if (v.slice(a, p).includes('>')) continue;
    const m = /\bextension[ \t]*=[ \t]*"([^"]{4,64})"/.exec(v.slice(a, z));
    if (!m) continue;
    const s = a + (m.index as number) + m[0].length - 1 - (m[1] as string).length;
    typeValue28(d, s, s + (m[1] as string).length, t);
  }
}

/** The number of a standard after its body ("IEC 60601-1", "ISO 15189:2022") is no identifier. */
function standards28(d: Detector): boolean {
  const v = d.v;
  const toks = d.toks;
  let dropped = false;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.shape !== 'U' || !STANDARD_WORDS_28.includes(t.k)) continue;
    let j = i + 1;
    // ("ANSI/AAMI ST79", "ISO/IEC 17025", "IEC 62304".)
    while (j < toks.length && j <= i + 3 && (toks[j] as Tok).shape === 'U' && STANDARD_WORDS_28.includes((toks[j] as Tok).k)) j++;
    const n = toks[j] as Tok | undefined;
    if (n === undefined || n.shape !== 'X' || n.s - t.e > 6 || !/^[ \t\/]*(?:[A-Z]{1,4}[ \t]*)?$/.test(v.slice((toks[j - 1] as Tok).e, n.s))) continue;
    d.someOverlap(n.s, n.e, (o) => {
      if (o.p >= 0 && (o.t === 'OTHER_ID' || o.t === 'DEVICE') && o.s >= t.s && o.e <= n.e + 12) {
        o.p = -1;
        dropped = true;
      }
      return false;
    });
  }
  return dropped;
}

/** After a council's acronym with its state ("CRM-SP", "COREN/RJ") or a nurses' register ("NMBI", "CNO registration"):
 * the number, a LICENSE. */
const COUNCIL_BEFORE_28 = /(?:^|[^\w-])([A-Za-z]{3,7})(?:[-\/ ]([A-Z]{2})|-(\d{1,2}))?\.?(?:[ \t]+(?:registration|reg|no|nr|n[oº°]|number|pin|#)\.?)?[ \t]*[:#]?[ \t]*$/;
const COUNCIL_VALUE_28 = /^\d(?:\d|[.-](?=\d)){3,10}(?:-?[A-Z]{1,2})?(?![\w\/-])/;
function councils28(d: Detector): void {
  // (Stop 35: a text typed in lower case is read in capitals, "dra. luiza mendes crm-sp 155021": the council and its state
  // are capitals there as in the same text typed so.)
  const v = d.lowerTyped ? d.upperView() : d.v;
  const council = (o: Tok): boolean => {
    const hy = o.k.indexOf('-');
    return COUNCIL_SET_28.has(hy > 0 ? o.k.slice(0, hy) : o.k) && codeAt(v, o.s + 1) >= 65 && codeAt(v, o.s + 1) <= 90;
  };
  for (const t of numbersAfterTrigger(d, 4, 28, council)) {
    const m = COUNCIL_BEFORE_28.exec(v.slice(Math.max(0, t.s - 36), t.s));
    if (!m) continue;
    const k = (m[1] as string).toLowerCase();
    if (!COUNCIL_SET_28.has(k) || m[1] !== (m[1] as string).toUpperCase()) continue;
    // (A Brazilian council only with its state or region: "CRM-SP", "CREFITO-3".)
    if (k !== 'nmbi' && k !== 'cno' && m[2] === undefined && m[3] === undefined) continue;
    const vm = COUNCIL_VALUE_28.exec(v.slice(t.s, t.s + 20));
    if (!vm || looksLikeDate(vm[0])) continue;
    const e = t.s + vm[0].length;
    if (d.someCovering(t.s, e, (o) => o.p >= 0 && o.t === 'LICENSE') || !onlyIds25(d, t.s, e)) continue;
    replace28(d, t.s, e, 'LICENSE', 95);
  }
}

/** A vehicle's or plate's word before ("car", "taxi", "plate", "placa", "registration") within a few words. */
const PLATE_WORD_CUE_28 = /\b(?:plates?|placa|patente|matr[ií]cula|targa|rego|reg(?:istration)?|registered|kennzeichen|kenteken|immatriculation)\b[^\n;]{0,36}$/i;
const PLATE_CUE_28 = /\b(?:car|cars|truck|van|minivan|vehicle|suv|sedan|pickup|motorcycle|moped|trailer|camper|taxi|cab|matatu|tuk-tuk|auto-?rickshaw|scooter|plates?|placa|patente|matr[ií]cula|targa|rego|reg(?:istration)?|registered|kennzeichen|kenteken|immatriculation)\b[^\n;]{0,36}$/i;
/** Plates of other countries by their shape: India "KA 05 MN 4471", Kenya "KBZ 447X", Brazil's Mercosur "ABC-1D23",
 * with a vehicle's or a plate's word before (in a text in capitals, a plate's word: "CAR ... PAO 210" is no plate). */
const PLATE_SHAPES_28 = [
  /^[A-Z]{2}([ -]?)\d{1,2}\1[A-Z]{1,3}\1\d{4}(?![\w-])/,
  /^K[A-Z]{2}[ -]?\d{3}[A-Z](?![\w-])/,
  /^[A-Z]{3}-?\d[A-Z]\d{2}(?![\w-])/,
];
function plates28(d: Detector): void {
  platesAfterCue(d, {
    maxLen: 10,
    back: 3,
    shapes: PLATE_SHAPES_28,
    before: (o) => o.shape === 'U' || o.shape === 'X',
    digitStart: false,
    cue: d.capsDoc ? PLATE_WORD_CUE_28 : PLATE_CUE_28,
    read: (x) => x.p >= 0 && x.t === 'VEHICLE',
    covering: true,
    priority: 85,
  });
}

/** Words of a vehicle or a plate that may stand one blank before a plate (stop 35: a plate's first group in lower case
 * is told from them). */
const VEHICLE_NOUNS_35: ReadonlySet<string> = new Set([...VEHICLE_WORD_SET, 'bus', 'cab', 'taxi', 'ambulance', 'lorry', 'ute', 'minibus', 'motorbike', 'bike', 'hilux', 'cruiser', 'rego']);

/** How platesAfterCue reads a kind of plate. */
interface PlateScan {
  /** The longest number token the plate may end with. */
  maxLen: number;
  /** How many tokens before the number the plate may start. */
  back: number;
  shapes: readonly RegExp[];
  /** Which tokens before the number may open the plate. */
  before: (o: Tok) => boolean;
  /** Whether a plate may open with a digit ("241-G-5518"), not only a capital. */
  digitStart: boolean;
  /** The plate's own test of its text (letters that are a word, too few digits), false to give up on the number. */
  accept?: (g: string) => boolean;
  /** A vehicle or plate word within the 48 characters before. */
  cue: RegExp;
  /** A vehicle read already there: the number is left alone. */
  read: (x: Cand) => boolean;
  /** Whether that vehicle must cover the plate (ids28) or only overlap it (stop 18). */
  covering: boolean;
  priority: number;
}

/**
 * The plates that end with a number token: from the number or one of the few capital tokens right before it, the first
 * shape that covers the number, after a cue; it outranks generic identifiers (plates28, plates18).
 */
export function platesAfterCue(d: Detector, o: PlateScan): void {
  // (Stop 35: a text typed in lower case is read in capitals, "white hilux lkm482", "bus plate 54 ads 771", as vehicle
  // codes are (vehicleCodes24); a lower-case token before the number opens the plate only where its letters are no
  // word, function or clinical (Detector.lowerCodeLetters): "ah 4471 ko" stays unread, "ah" being a word.)
  const lower = d.lowerTyped;
  const v = lower ? d.upperView() : d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    if (t.e - t.s > o.maxLen) continue;
    // (The plate starts at this token or at one of the tokens in capitals right before it.)
    for (let j = i; j >= i - o.back && j >= 0; j--) {
      const u = toks[j] as Tok;
      if (j < i && (!(o.before(u) || d.lowerCodeLetters(u)) || (toks[j + 1] as Tok).s - u.e > 1)) break;
      // (In lower case a short group one blank before may be the plate's own first group, "ambulance ts 09 ub 4417", "truck
      // 2 kor 5581", which vehicleCodes24 reads whole later: not a plate from the middle; a vehicle's word is no group.)
      if (lower && j < i) {
        const p = toks[j - 1];
        if (p !== undefined && u.s - p.e === 1 && p.e - p.s <= 4 && codeAt(v, p.e) === 32 && !VEHICLE_NOUNS_35.has(p.k) && !FUNCTION_WORDS.has(p.k)) continue;
      }
      const c = codeAt(v, u.s);
      if (!((c >= 65 && c <= 90) || (o.digitStart && c >= 48 && c <= 57))) continue;
      const bb = codeAt(v, u.s - 1);
      if (isWordCode(bb) || bb === 45) continue;
      const w = v.slice(u.s, u.s + 16);
      let m: RegExpExecArray | null = null;
      for (const re of o.shapes) if ((m = re.exec(w))) break;
      if (!m) continue;
      // (In lower case every group of letters must be no word, everyday, function or clinical: a last group that is one
      // ends the plate, "hilux lkm482 to the depot".)
      const g = lower ? d.lowerCodeTrim(m[0]) : m[0];
      if (g === undefined) break;
      const e = u.s + g.length;
      if (e < t.e) continue;
      if (o.accept !== undefined && !o.accept(g)) break;
      if (!o.cue.test(v.slice(Math.max(0, u.s - 48), u.s))) break;
      if (!onlyIds25(d, u.s, e) || (o.covering ? d.someCovering(u.s, e, o.read) : d.someOverlap(u.s, e, o.read))) break;
      replace28(d, u.s, e, 'VEHICLE', o.priority);
      break;
    }
  }
}

/** A card's last digits: "Last 4 of card: 7719", "Amex ending 10093", "card ending in 4471" (ACCOUNT; not an SSN's). */
const CARD_DIGITS_BEFORE_28 = /\b(?:(?:card|visa|mastercard|mc|amex|discover|debit|credit)\b[^\n\d]{0,16}\b(?:ending|ends)(?:[ \t]+(?:in|with))?|last[ \t-]*(?:4|four|5|five)(?:[ \t]+digits)?[ \t]+of[ \t]+(?:the[ \t]+|his[ \t]+|her[ \t]+)?(?:card|credit[ \t]+card|debit[ \t]+card|visa|mastercard|amex))[ \t]*[:#]?[ \t]*(?:x+|\*+)?[ \t-]*$/i;
function cardDigits28(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const len = t.e - t.s;
    if (len < 4 || len > 5 || !/^\d+$/.test(t.w) || isWordCode(codeAt(v, t.e)) || codeAt(v, t.e) === 45) continue;
    // (Cheap first: "ending", "ends" or "last" among the eight words before.)
    let cue = false;
    for (let j = i - 1; j >= i - 8 && j >= 0 && !cue; j--) {
      const k = (toks[j] as Tok).k;
      cue = k === 'ending' || k === 'ends' || k === 'last';
    }
    if (!cue) continue;
    // (A year is no card's digits: "visa ending 2026".)
    if (len === 4 && /^(?:19[5-9]|20[0-4])\d$/.test(t.w)) continue;
    const before = v.slice(Math.max(0, t.s - 48), t.s);
    if (!before.includes('end') && !before.includes('ast')) continue;
    if (!CARD_DIGITS_BEFORE_28.test(before)) continue;
    if (d.someCovering(t.s, t.e, (o) => o.p >= 0 && o.t === 'ACCOUNT') || !onlyIds25(d, t.s, t.e)) continue;
    replace28(d, t.s, t.e, 'ACCOUNT', 90);
  }
}

/** A part's or a catalogue's number ("Part number 990-4471-02", "Catalog # REF 5076-52CM") identifies a product. */
const PART_BEFORE_28 = /\b(?:part|catalog(?:ue)?|cat\.?|sku)[ \t]*(?:#|no\.?|nr\.?|number|num)?[ \t]*[:#]?[ \t]*(?:REF[ \t]*)?$/i;
function partNumbers28(d: Detector): boolean {
  const v = d.v;
  let dropped = false;
  for (const c of d.cands) {
    if (c.p < 0 || c.t !== 'OTHER_ID' || c.p > 80) continue;
    // (Cheap first: a blank, a tab, "#", ":" or "." right before the value.)
    const b = codeAt(v, c.s - 1);
    if (b !== 32 && b !== 35 && b !== 58 && b !== 9 && b !== 46) continue;
    if (!PART_BEFORE_28.test(v.slice(Math.max(0, c.s - 24), c.s))) continue;
    c.p = -1;
    dropped = true;
  }
  return dropped;
}
