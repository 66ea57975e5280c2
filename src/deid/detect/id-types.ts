// Stop 15 (ids18): identifiers and their types, more label words and shapes.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { PhiType } from '../types.js';
import { US_STATE_CODES } from '../structured.js';
import { L } from '../lexicon.js';
import { codeAt, lineStartOf } from './text.js';
import { type Cand, isDigitCode, isLetterCode, isWordCode, type Tok } from './words.js';
import { LABEL_FIRST } from './patterns.js';
import type { Detector } from './detector.js';
import { looksLikeDate } from './shapes.js';
import { ID_LABEL_FILL, ID_WORD_TYPE } from './id-words.js';
import { idFamily, labelWordType, NOT_ID_LABEL, NOT_REGISTER } from './id-labels.js';

/** The identifier types whose values these passes extend, continue or retype. */
const ID18_TYPES: ReadonlySet<PhiType> = new Set<PhiType>(['OTHER_ID', 'MRN', 'SSN', 'HEALTH_PLAN', 'ACCOUNT', 'LICENSE', 'DEVICE', 'BIOMETRIC', 'VEHICLE']);

/** Stop 15, second wave: the passes that add identifiers, run from laterCues before identifierTypes. */
export function idsFound18(d: Detector): void {
  dottedNationalIds(d);
  licenceInBrackets(d);
}

/** Stop 15, second wave: the passes that extend, continue and retype identifiers, run from laterCues after identifierTypes. */
export function idsTyped18(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  let health = false;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || !ID18_TYPES.has(c.t)) continue;
    if (c.t === 'HEALTH_PLAN') health = true;
    const a = v.charCodeAt(c.e);
    // A card number found by its shape under a health plan's label word: "SUS card 700 4471 8293 0012", "EHIC 8061...".
    if (c.t === 'ACCOUNT' && labelWordType(v, c.s) === 'HEALTH_PLAN') c.t = 'HEALTH_PLAN';
    // A generic identifier opening a line after a label word ending the line before: "accounts\nED-44019923".
    // (Not a table's row under its header: "...,device\nR-100441,...".)
    if (c.t === 'OTHER_ID' && c.s > 0 && v.charCodeAt(c.s - 1) === 10 && a !== 44 && a !== 9 && a !== 124) {
      const t = labelAtLineEnd(v, c.s - 1);
      if (t !== undefined) c.t = t;
    }
    // A check character in brackets joined to the value: "HKID K402817(6)".
    if (a === 40 && v.charCodeAt(c.e + 2) === 41 && isDigitCode(v.charCodeAt(c.e - 1)) && !isWordCode(codeAt(v, c.e + 3))) {
      const k = v.charCodeAt(c.e + 1);
      // (Typed by its label word when there is one: "HKID" names a national number, whatever the shape said.)
      if (isDigitCode(k) || (k >= 65 && k <= 90)) d.add(c.s, c.e + 3, labelWordType(v, c.s) ?? c.t, c.p + 1);
    }
    // A value that names its kind: "MR00417723" is a record number.
    // (Not under a label, nor an accession's "MR" of magnetic resonance: "ACC MR2510090114".)
    if (c.t === 'OTHER_ID' && (v.charCodeAt(c.s) === 77 || v.charCodeAt(c.s) === 109) && /^MRN?[-#]?\d{5,}$/i.test(v.slice(c.s, c.e)) && labelWordType(v, c.s) === undefined && !/\bacc(?:ession)?\b[^\n]{0,8}$/i.test(v.slice(Math.max(0, c.s - 24), c.s))) c.t = 'MRN';
    // A record number after a patient's name: "PT OKAFOR J H00451290".
    if (c.t === 'OTHER_ID' && v.charCodeAt(c.s - 1) === 32 && isLetterCode(codeAt(v, c.s - 2))) recordAfterPatient(d, c);
    // A list of values of one family after one label: "Tissue IDs KEB-25-0771-OD / KEB-25-0771-OS".
    if (a === 32 || a === 44 || a === 47) idListTail(d, c);
  }
  if (health) otherPolicies(d, n0);
}

/** After a value: a joiner ("/", "&", "and", "or", a comma) and a value of the same family and length. */
const ID_LIST_TAIL = /^[ \t]*(?:\/|&|,|and|or)[ \t]*(?=[\w\/.-]*\d)([A-Za-z0-9](?:[A-Za-z0-9_]|[-\/.](?=[A-Za-z0-9]))*)(?![\w-])/;

function idListTail(d: Detector, c: Cand): void {
  const v = d.v;
  const m = ID_LIST_TAIL.exec(v.slice(c.e, c.e + 40));
  if (!m) return;
  const g = m[1] as string;
  const val = v.slice(c.s, c.e);
  if (g.length !== val.length) return;
  const f = idFamily(val);
  if (f === undefined || idFamily(g) !== f) return;
  const s = c.e + m[0].length - g.length;
  const e = s + g.length;
  if (d.someOverlap(s, e, (o) => o.t !== 'OTHER_ID' || o.s < s || o.e > e)) return;
  // (The generic identifiers found there take the type; the value is added whole.)
  let found = false;
  d.someOverlap(s, e, (o) => {
    o.t = c.t;
    if (o.s === s && o.e === e) found = true;
    return false;
  });
  if (!found) d.add(s, e, c.t, c.p);
}

/** A national number in dotted groups with a check character: the Chilean RUT "12.345.678-K", the Brazilian RG "44.718.293-X". */
const DOTTED_ID = /^\d{1,3}\.\d{3}\.\d{3}-[0-9Kk Xx]{1,2}(?![\w.-])/;

function dottedNationalIds(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    // (Cheap first: one to three digits, a dot and a digit after, no word character, dot or joiner before.)
    if (t.e - t.s > 3 || v.charCodeAt(t.e) !== 46 || v.charCodeAt(t.e + 4) !== 46 || v.charCodeAt(t.e + 8) !== 45 || !isDigitCode(v.charCodeAt(t.s))) continue;
    const b = codeAt(v, t.s - 1);
    if (isWordCode(b) || b === 46 || b === 45 || b === 44) continue;
    const m = DOTTED_ID.exec(v.slice(t.s, t.s + 16));
    if (!m) continue;
    const e = t.s + m[0].trimEnd().length;
    if (d.anyCand(t.s, e)) continue;
    const ty = labelWordType(v, t.s);
    d.add(t.s, e, ty === undefined || ty === 'SSN' ? 'OTHER_ID' : ty, 62);
  }
}

/**
 * A professional register's acronym and number in brackets after a clinician's name and credentials, or after a role word:
 * "Dr. Sadia Iqbal (PMDC 71409-P)", "Lena Marsh, RN (NCJ RN 22871)", "Ode Falk, neurologist, CMQ 1-04471", "(IL lic
 * 146.018833)". Not a state's code and a ZIP code, nor the acronyms of record, health-plan and national numbers.
 */
const LICENCE_IN_BRACKETS = /^(?:[ \t]*,[ \t]*[A-Za-z][A-Za-z.-]{1,20}){0,2}[ \t]*(?:\(|,)[ \t]*([A-Z]{2,6})[ \t]+(?:(lic\.?|licen[cs]e|reg(?:istration)?\.?|PIN|[Nn]o\.?|#)[ \t]*:?[ \t]*)?((?:[A-Z]{1,4}[ -]?)?\d[\d.-]{2,10}\d(?:-[A-Z0-9])?)(?=[ \t]*[),;]|[ \t]*\r?\n|[ \t]*$)/;
const NOT_REGISTER_18 = new Set('MR PID PT NHI OHIP PHN RAMQ HCN MBI UHID CRN HKID NRIC CPF RG RUT DNI NIE NIF CURP RFC PESEL BSN SIN NI NIN CNIC NIC TRN EID UNOS CASE EMP ACC REF RX PO GP BP HR RR SPO TEMP'.split(' '));

/** (Stop 31: the same read in a lower-case text's view in capitals, where every letter is a capital and ignoring case
 * reads its label words, "LIC", "REG", "NO".) */
const LICENCE_IN_BRACKETS_CAPS = new RegExp(LICENCE_IN_BRACKETS.source, 'i');

function licenceInBrackets(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  // (Stop 31: in a text typed in lower case, "dr lim wei sheng (mmc 58812)": an acronym that is no word, everyday,
  // function or clinical.)
  const lower = d.lowerTyped;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'NAME' || c.p < 0) continue;
    // (Cheap first: a comma or a bracket after the name, at once or after one blank.)
    const a = v.charCodeAt(c.e);
    if (a !== 44 && a !== 40 && !(a === 32 && v.charCodeAt(c.e + 1) === 40)) continue;
    const m = lower ? LICENCE_IN_BRACKETS_CAPS.exec(d.upperView().slice(c.e, c.e + 72)) : LICENCE_IN_BRACKETS.exec(v.slice(c.e, c.e + 72));
    if (!m) continue;
    const acr = m[1] as string;
    if (lower && !d.lowerCodeValue(acr.toLowerCase())) continue;
    const lic = m[2] !== undefined && /^lic/i.test(m[2]);
    // (In a text in capitals a word is no acronym: "RN, BADGE EH-448120".)
    if (NOT_REGISTER.has(acr) || NOT_REGISTER_18.has(acr) || (US_STATE_CODES.has(acr) && !lic) || (acr.length >= 4 && (d.fl(acr.toLowerCase()) & L.WORD) !== 0)) continue;
    let g = m[3] as string;
    if (looksLikeDate(g) || (g.match(/\d/g)?.length ?? 0) < 4) continue;
    // ("CDL CO 18-204-7731": the issuing state's code is no part of the number.)
    if (/^[A-Z]{2} /.test(g) && US_STATE_CODES.has(g.slice(0, 2))) g = g.slice(3);
    const s = c.e + m[0].length - g.length;
    // (In lower case the acronym's capitals tell less: only a number no rule read; "amka 01017555123", "nhc 1447829"
    // keep their types.)
    if (lower && (!d.lowerCodeValue(v.slice(s, s + g.length)) || d.anyCand(s, s + g.length))) continue;
    // (Another kind found there stays: only a generic identifier is outranked.)
    if (d.someOverlap(s, s + g.length, (o) => o.t !== 'OTHER_ID')) continue;
    d.add(s, s + g.length, 'LICENSE', 104);
  }
}

/** The insurance of another kind than health before a value typed as a health plan's: travel, life, disability, car, home. */
const OTHER_POLICY_WORDS = /\b(?:travel|disability|ltd|auto|motor|homeowners?|renters?|liability|pet|accident|life[ \t]+(?:insurance|policy|assurance|cover))\b/i;

function otherPolicies(d: Detector, n0: number): void {
  const v = d.v;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || c.t !== 'HEALTH_PLAN') continue;
    // ("Social insurance number: 046 454 286", "National Insurance no. QQ 12 34 56 C": a person's national number.)
    if (SOCIAL_INSURANCE_BEFORE.test(v.slice(Math.max(0, c.s - 36), c.s))) {
      c.t = 'OTHER_ID';
      continue;
    }
    const ls = lineStartOf(v, c.s);
    let pre = v.slice(Math.max(ls, c.s - 80), c.s);
    // (From the sentence's start: "Travel: none. Insurance policy X" keeps its health plan.)
    const stop = Math.max(pre.lastIndexOf('. '), pre.lastIndexOf(';'));
    if (stop >= 0) pre = pre.slice(stop + 1);
    if (!/(?:polic(?:y|ies)|insurance|insurer)\W{0,4}(?:\w+\W{1,3}){0,2}$/i.test(pre) || !OTHER_POLICY_WORDS.test(pre)) continue;
    c.t = 'ACCOUNT';
  }
}

/** A record number right after a patient's name in a message or a log: "RE PT OKAFOR J H00451290", "patient Dana Kiel
 * 4471902": a patient word, one to three capitalized words (the name, found or not), the value. */
const PATIENT_NAME_BEFORE = /(?:^|[^\w])(?:PT|Pt|pt|PATIENT|Patient|patient|CONSULT|Consult|consult)[.:]?[ \t]+(?:[A-Z][A-Za-z'-]*,?[ \t]+){1,3}$/;

function recordAfterPatient(d: Detector, c: Cand): void {
  const v = d.v;
  const val = v.slice(c.s, c.e);
  if (val.length < 7 || val.length > 12 || !/^[A-Z]{0,3}\d+$/.test(val) || (val.match(/\d/g)?.length ?? 0) < 6) return;
  const m = PATIENT_NAME_BEFORE.exec(v.slice(Math.max(lineStartOf(v, c.s), c.s - 48), c.s));
  if (!m) return;
  // (No label among the words: "Patient: Ida Kowal PESEL 4503...", "Pt Lena Moss NHS 943 ...".)
  for (const w of m[0].replace(/^[^A-Za-z]*[A-Za-z]+/, '').split(/[^A-Za-z'-]+/)) if (w && (LABEL_FIRST.has(w.toLowerCase()) || ID_WORD_TYPE.has(w.toLowerCase()))) return;
  c.t = 'MRN';
}

/** A table's header cell of an identifier that names no kind: words then "id", "no", "number" or "#" ("operator_id",
 * "Staff ID", "Badge #"), unless a thing's (NOT_ID_LABEL: "Lot no", "Rack ID", "Room #"). */
const ID_HEADER_CELL = /^([A-Za-z]+)(?:[ _-]?[A-Za-z]+)?[ _-]?(?:id|no\.?|nr|number|#)$/i;

export function idHeaderCell(cell: string): PhiType | undefined {
  const m = ID_HEADER_CELL.exec(cell);
  if (!m) return undefined;
  const w = (m[1] as string).toLowerCase();
  if (NOT_ID_LABEL.has(w) || ID_LABEL_FILL.has(w) || w === 'model' || w === 'ref' || w === 'version' || w === 'row' || w === 'line' || w === 'seq' || w === 'order' || w === 'item') return undefined;
  return 'OTHER_ID';
}

/** "Social insurance number:", "National Insurance no." right before a value. */
const SOCIAL_INSURANCE_BEFORE = /\b(?:social|national)[ \t]+insurance(?:[ \t]+(?:number|no\.?|#|card))?[ \t]*[:#]?[ \t]*$/i;

/** The type a label word gives when it is the last word of the line ending at `lf` ("... accounts\n"), else undefined. */
function labelAtLineEnd(v: string, lf: number): PhiType | undefined {
  let e = lf;
  if (e > 0 && v.charCodeAt(e - 1) === 13) e--;
  let a = e;
  while (a > 0 && e - a < 24 && isLetterCode(v.charCodeAt(a - 1))) a--;
  // (A word of prose after a blank: not a header's last cell after a comma, a tab or a bar.)
  if (a === e || v.charCodeAt(a - 1) !== 32) return undefined;
  const w = v.slice(a, e).toLowerCase();
  const t = ID_WORD_TYPE.get(w) ?? (w.length > 4 && w.endsWith('s') ? ID_WORD_TYPE.get(w.slice(0, -1)) : undefined);
  return t === 'OTHER_ID' ? undefined : t;
}
