// Stop 16 (names24): names after role nouns, initials in lists, person values of markup, ages.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, NAME_BITS } from '../lexicon.js';
import { colKey, colType } from '../structured.js';
import { isNameCand, isWordCode, T, type Tok } from './words.js';
import {
  CREDENTIAL_TOKENS, EPONYMS, FACILITY_GENERIC, NOT_NAME, NOT_NAME_CAPS, NOT_PERSON, STATE_ABBR_SET, STATE_WORDS,
} from './vocabulary.js';
import { MONTH_WORDS } from './patterns.js';
import type { Detector } from './detector.js';
import { inPlace, MEDICAL_ENDING } from './later-cues.js';

// --- Stop 16, second wave, round names24: names after role nouns, initials in lists, person values of markup, ages ----

/** Role nouns (singular and plural) after which a name, or staff initials, stand ("ophthalmologist Wanjiru Kamau",
 * "Grader RT;", "Sidewalkers KL and MV."): specialists the context lists lack and the roles of forms and logs. */
const ROLE_WORDS_24 = [
  'geriatrician', 'gastroenterologist', 'rheumatologist', 'endocrinologist', 'haematologist', 'hematologist', 'urologist', 'dermatologist',
  'paediatrician', 'gynaecologist', 'gynecologist', 'ophthalmologist', 'otolaryngologist', 'microbiologist', 'pathologist', 'pulmonologist',
  'neonatologist', 'allergist', 'immunologist', 'orthodontist', 'periodontist', 'endodontist', 'prosthodontist', 'orthoptist', 'orthotist',
  'prosthetist', 'physiatrist', 'psychotherapist', 'nutritionist', 'chiropractor', 'osteopath', 'neurosurgeon', 'toxicologist', 'epidemiologist',
  'adjuster', 'adjusters', 'interviewer', 'interviewers', 'grader', 'graders', 'surveyor', 'surveyors', 'sidewalker', 'sidewalkers',
  'assistant', 'assistants', 'techs', 'technicians', 'examiner', 'examiners', 'assessor', 'assessors', 'screener', 'screeners', 'scorer',
  'auditor', 'auditors', 'inspector', 'investigator', 'investigators', 'observer', 'observers', 'sitters', 'instructor', 'trainer', 'coach',
  'supervisor', 'practitioner', 'reader', 'readers', 'raters', 'rater', 'abstractor', 'nurses', 'aides', 'therapists', 'volunteers',
];
const ROLE_SET_24 = new Set([...ROLE_WORDS_24, 'tech', 'dispatcher', 'clerk', 'scribe']);
export const RARE_24 = [...ROLE_SET_24];
/** Capitals that are clinical or office abbreviations, not a person's initials, after a role noun ("tech MRI", "reader CT"). */
const NOT_INITIALS_24 = new Set('CT MRI MR ECG EKG EEG EMG ICU NICU PICU CCU PACU ER ED OR PT OT ST SLP IV IM PO PR BP HR RR QA QC IR US XR DX TX RX HX SX FX ENT GI OB GYN LAB PM AM VA EMS CPR ALS BLS ACLS NA NOS UK USA IT HR ID NP PA DO RN LPN CNA MA OD ID CEO CFO HIM PHI EHR EMR NHS GP CV RV LV AV'.split(' '));

/** The names passes of round names24, run from Detector.run right after namesRound21. */
export function namesRound24(d: Detector): void {
  const rare = d.rare;
  if (rare !== undefined) {
    // (The rare words of a text are few: look each up, not every role noun.)
    for (const w of rare) if (ROLE_SET_24.has(w)) {
      roleNames24(d);
      break;
    }
  }
  const v = d.v;
  if (v.includes('="') || v.includes('":"')) markupPersons24(d, false);
}

/** The ages of round names24, run from Detector.run right after agesRound21. */
export function agesRound24(d: Detector): void {
  const v = d.v;
  if (v.includes('="') || v.includes('":"')) markupPersons24(d, true);
}

/** Staff initials at x: two or three capitals, or dotted initials ("KB", "JPK", "E.M.W."), ending their field. */
const INITIALS_24 = /(?:[A-Z]\.){2,3}(?![A-Za-z0-9])|[A-Z]{2,3}(?![A-Za-z0-9'’&-])/y;
const FIELD_END_24 = /^(?:[ \t]*(?:[;,.:)\]\/]|\r?\n|$|[ \t]+(?:and|&)[ \t])|[ \t]+\d{3,4}(?!\d))/;
function initialsAt24(d: Detector, x: number, mode: 0 | 1 | 2): number {
  const v = d.v;
  INITIALS_24.lastIndex = x;
  const m = INITIALS_24.exec(v);
  if (!m) return -1;
  const g = m[0];
  const e = x + g.length;
  // (Dotted initials end with their own dot: "E.M.W. Next ...".)
  const dotted = g.includes('.');
  if (dotted ? !/^(?:[ \t]|\r?\n|$|[;,:)\]\/])/.test(v.slice(e, e + 2)) : !FIELD_END_24.test(v.slice(e, e + 8))) return -1;
  const k = g.replace(/\./g, '').toLowerCase();
  // (Dotted abbreviations read as their letters: "P.M.", "B.I.D.", "U.S.".)
  if (dotted && (NOT_INITIALS_24.has(k.toUpperCase()) || CREDENTIAL_TOKENS.has(k) || (d.fl(k) & L.WORD) !== 0 || /^(?:bid|tid|qid|qd|prn|qhs|ie|eg|nb|ps|dc|uk|us)$/.test(k))) return -1;
  if (dotted) return e;
  if (CREDENTIAL_TOKENS.has(k) || NOT_NAME.has(k) || (d.fl(k) & L.WORD) !== 0) return -1;
  // (A state's code or an abbreviation alone after a role is as likely no name: "Inspector PA", "tech MRI"; after
  // initials in a list, or after a role in the plural, it is one: "Auditors NE / BKT", "techs JL, KT".)
  if ((mode === 0 && STATE_ABBR_SET.has(g)) || (mode < 2 && (NOT_INITIALS_24.has(g) || NOT_NAME_CAPS.has(g)))) return -1;
  return e;
}

/** Whether a capitalized token may be part of a person's name after a role noun. */
function roleNameWord24(d: Detector, t: Tok): boolean {
  if (t.shape !== 'T' || t.possessive || t.w.length < 2 || t.capitals !== 1) return false;
  if (NOT_NAME.has(t.k) || STATE_WORDS.has(t.k) || MONTH_WORDS.has(t.k) || FACILITY_GENERIC.has(t.k) || NOT_PERSON.has(t.k) || EPONYMS.has(t.k) || ROLE_SET_24.has(t.k)) return false;
  if ((t.f & (L.COUNTRY | T.FACILITY)) !== 0) return false;
  if ((t.f & L.WORD) !== 0 && (t.f & NAME_BITS) === 0) return false;
  if ((t.f & L.PLACE) !== 0 && (t.f & NAME_BITS) === 0) return false;
  return !MEDICAL_ENDING.test(t.k);
}

/**
 * A name after a role noun: two or three capitalized words none of which is a common word (a word that is also a known
 * name may be one: "Adjuster Ward Pemberton"), or one known name that is no word ("interviewer Okoye"); or staff
 * initials ending their field ("Assistant: KB.", "Grader RT;"), and the initials or known given names coordinated after
 * them ("Sidewalkers KL and MV.", "Surveyors AR / JPK.", "techs JL, MR, Amaka"). Initials found so are a name after
 * "by" elsewhere in the text too ("graded by RT").
 */
function roleNames24(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  let initials: Set<string> | undefined;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.f & T.NHS) === 0 || !ROLE_SET_24.has(t.k) || t.possessive) continue;
    const gap = v.slice(t.e, (toks[i + 1] as Tok).s);
    if (!/^(?:[ \t]*:[ \t]*|[ \t]{1,3})$/.test(gap)) continue;
    const x = (toks[i + 1] as Tok).s;
    if (t.shape === 'U') {
      // In capitals, an initial and a surname that is no word ("LOG KEPT BY DISPATCHER K. ABERNATHY").
      CAPS_INITIAL_SURNAME_24.lastIndex = x;
      const m = CAPS_INITIAL_SURNAME_24.exec(v);
      if (m === null) continue;
      const sk = (m[1] as string).toLowerCase();
      const f = d.fl(sk);
      if (((f & L.WORD) !== 0 && (f & L.COMMON_SURNAME) === 0) || MEDICAL_ENDING.test(sk) || NOT_NAME.has(sk) || STATE_WORDS.has(sk) || CREDENTIAL_TOKENS.has(sk)) continue;
      if (!d.someCovering(x, x + m[0].length, isNameCand)) d.add(x, x + m[0].length, 'NAME', 84);
      continue;
    }
    const plural = t.k.length > 4 && t.k.endsWith('s') && ROLE_SET_24.has(t.k.slice(0, -1));
    let end = initialsAt24(d, x, plural ? 1 : 0);
    let j = i + 1;
    let lastInit = end >= 0;
    if (end >= 0) {
      // (A dotted run is several tokens: skip to the last one.)
      while (j + 1 < toks.length && (toks[j + 1] as Tok).s < end) j++;
      (initials ??= new Set()).add(v.slice(x, end));
      if (!d.nameOverlaps(x, end)) d.add(x, end, 'NAME', 82);
    } else {
      // Capitalized words.
      let k = i + 1;
      while (k < toks.length && k - i <= 3 && roleNameWord24(d, toks[k] as Tok) && (k === i + 1 || /^[ \t]$/.test(v.slice((toks[k - 1] as Tok).e, (toks[k] as Tok).s)))) k++;
      const n = k - i - 1;
      if (n === 0 || n > 3) continue;
      const words = toks.slice(i + 1, k);
      // (A fourth capitalized word, or a word glued by a hyphen or a digit after, makes it no name of a person.)
      const after = toks[k];
      if (after !== undefined && after.shape === 'T' && /^[ \t]$/.test(v.slice((toks[k - 1] as Tok).e, after.s))) continue;
      const unknown = words.filter((w) => (w.f & L.WORD) === 0).length;
      const known = words.filter((w) => (w.f & NAME_BITS) !== 0 && (w.f & L.WORD) === 0).length;
      if (unknown === 0 || (n === 1 && known === 0)) continue;
      const s = x;
      const e = (toks[k - 1] as Tok).e;
      if (!d.someCovering(s, e, isNameCand) && !inPlace(d, s, e)) d.add(s, e, 'NAME', 84);
      end = e;
      j = k - 1;
      if (n > 1) continue;
    }
    // A list: "KL and MV", "AR / JPK", "JL, MR, Amaka".
    for (let guard = 0; guard < 6; guard++) {
      const m = /^[ \t]*(?:,|\/|&|and)[ \t]*/.exec(v.slice(end, end + 8));
      if (!m || m[0].trim() === '') break;
      const y = end + m[0].length;
      const e2 = initialsAt24(d, y, lastInit ? 2 : 1);
      if (e2 >= 0) {
        (initials ??= new Set()).add(v.slice(y, e2));
        if (!d.nameOverlaps(y, e2)) d.add(y, e2, 'NAME', 82);
        end = e2;
        lastInit = true;
        continue;
      }
      let q = j + 1;
      while (q < toks.length && (toks[q] as Tok).s < y) q++;
      const g = toks[q];
      if (g === undefined || g.s !== y || !roleNameWord24(d, g) || (g.f & L.FIRST) === 0 || (g.f & L.WORD) !== 0) break;
      if (!d.nameOverlaps(g.s, g.e)) d.add(g.s, g.e, 'NAME', 80);
      end = g.e;
      j = q;
      lastInit = false;
    }
  }
  if (initials === undefined) return;
  for (const by of ['by ', 'By ']) for (let x = v.indexOf(by); x >= 0; x = v.indexOf(by, x + 3)) {
    if (x > 0 && isWordCode(v.charCodeAt(x - 1))) continue;
    INITIALS_24.lastIndex = x + 3;
    const m = INITIALS_24.exec(v);
    if (!m || !initials.has(m[0])) continue;
    if (!d.nameOverlaps(x + 3, x + 3 + m[0].length)) d.add(x + 3, x + 3 + m[0].length, 'NAME', 82);
  }
}

const CAPS_INITIAL_SURNAME_24 = /[A-Z]\.[ ]?([A-Z][A-Z'’-]{2,24})(?![A-Za-z0-9])/y;

/** A key of markup before `="` or `":"` (letters, digits, "_" or "-", at most 30). */
function markupKey24(v: string, e: number): string {
  let s = e;
  while (s > 0 && e - s < 30) {
    const c = v.charCodeAt(s - 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45) s--;
    else break;
  }
  return v.slice(s, e);
}
const PERSON_VALUE_24 = /^(?:\p{Lu}[\p{L}'’.-]*(?:(?:,[ ]?|[ ]|\^)\p{Lu}[\p{L}'’.-]*){1,3}|[a-z]{4,20})$/u;
/** Label words of a name/value pair after which the value is a person's user name or name ("Cleared by", "Entered by"). */
const BY_LABEL_24 = /(?:^|[ _-])by$/i;

/**
 * A person's name as the value of a markup key that names a person (`"patient":"Anahit Sargsyan"`, `staff="mkoval"`,
 * `nok="OKAFOR^CHIDI"`), or the value of a name/value pair whose label does (`{"name":"Verified by","value":"tkaur"}`,
 * `field=nok value="..."`); with ages, a value of 90 or more of an age key or label (`age="96"`, `{"name":"Age","value":"93"}`).
 * A name value is two to four capitalized words or caret parts, none a common word that is no name; a lower-case
 * user name (no word, four letters or more) only for a staff key or a "... by" label.
 */
function markupPersons24(d: Detector, ages: boolean): void {
  const v = d.v;
  for (const sep of ['="', '":"']) for (let x = v.indexOf(sep); x >= 0; x = v.indexOf(sep, x + 2)) {
    const vs = x + sep.length;
    let ve = v.indexOf('"', vs);
    if (ve < 0 || ve - vs > 60 || ve === vs) continue;
    let key = markupKey24(v, x);
    if (sep === '":"' && v.charCodeAt(x - key.length - 1) !== 34) continue;
    let byLabel = false;
    if (key.toLowerCase() === 'value') {
      // A name/value pair: the label before ("name":"Cleared by", field=nok, name="Age").
      const back = v.slice(Math.max(0, x - key.length - 60), x - key.length);
      const m = /(?:"(?:name|label|field|key)"[ \t]*:[ \t]*"([^"\n]{1,40})"|\b(?:name|label|field|key)=(?:"([^"\n]{1,40})"|([\w-]{1,40})))[ \t]*,?[ \t]*"?$/i.exec(back);
      if (!m) continue;
      const label = (m[1] ?? m[2] ?? m[3]) as string;
      byLabel = BY_LABEL_24.test(label.trim());
      key = label.replace(/[^A-Za-z0-9]/g, '');
    }
    const ck = colKey(key);
    // (An HL7 value in a log: the first field only, "NAKASHIMA^KENJI|(808)...".)
    const bar = v.slice(vs, ve).indexOf('|');
    if (bar >= 0) ve = vs + bar;
    let val = v.slice(vs, ve);
    // (A credential after the name is no part of it: "Saldana, Ricardo PA-C".)
    const cred = /(?:,?[ ]+[A-Z][A-Za-z]{0,4}(?:-[A-Z]{1,2})?\.?)+$/.exec(val);
    if (cred && cred[0].trim().split(/[ ,]+/).filter(Boolean).every((c) => CREDENTIAL_TOKENS.has(c.replace(/\.$/, '').toLowerCase()))) {
      ve -= cred[0].length;
      val = v.slice(vs, ve);
    }
    if (ages) {
      if ((ck === 'age' || ck === 'patientage' || ck === 'ageyears' || ck === 'ageatvisit') && /^(?:9\d|1[01]\d)$/.test(val) && !d.anyCand(vs, ve)) d.add(vs, ve, 'AGE_OVER_89', 90);
      continue;
    }
    const isName = byLabel || (ck !== 'name' && ck !== 'names' && colType(ck) === 'NAME');
    if (!isName || !PERSON_VALUE_24.test(val)) continue;
    if (/^[a-z]/.test(val)) {
      // A user name: a staff key or a "by" label, no word, no name of a system account.
      if (!(byLabel || /staff|nurse|user|author|clinician|performer|by$/.test(ck))) continue;
      if ((d.fl(val) & L.WORD) !== 0 || NOT_NAME.has(val) || MEDICAL_ENDING.test(val) || /^(?:admin|system|guest|service|unknown|anonymous|default|interface|none|null|true|false|undefined)/.test(val)) continue;
    } else {
      const words = val.split(/[ ,^]+/).filter(Boolean);
      let unknown = 0;
      let bad = false;
      for (const w of words) {
        const k = w.replace(/[.'’]/g, '').toLowerCase();
        if (k.length === 0) continue;
        const f = d.fl(k);
        if (NOT_NAME.has(k) || FACILITY_GENERIC.has(k) || STATE_WORDS.has(k) || MONTH_WORDS.has(k) || (f & L.COUNTRY) !== 0 || ((f & (L.WORD | L.PLACE)) !== 0 && (f & NAME_BITS) === 0)) { bad = true; break; }
        if ((f & L.WORD) === 0) unknown++;
      }
      if (bad || unknown === 0) continue;
    }
    if (!d.someCovering(vs, ve, isNameCand) && !d.someOverlap(vs, ve, (c) => c.t !== 'NAME' && c.p >= 0)) d.add(vs, ve, 'NAME', 88);
  }
}
