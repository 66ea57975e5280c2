// Stop 26: a person's name right after a role or a relative ("Nurse Purity Chebet.", "Clinician: Wafula Peter,", "RN
// Storm.", "nurse nino kapanadze-beridze will call"), when its words are ones no lexicon knows, or given names that are
// also words, which the rules of names with lexicons skip. In a text of one case, only a name whose first word the
// lexicons know (a word no lexicon knows is a diagnosis, a device or an abbreviation as often there: "FATHER:
// PARKINSONS", "CAREGIVER: FREESTYLE LIBRE"). Run after the tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, NAME_BITS } from '../lexicon.js';
import { isNameCand, type Tok } from './words.js';
import { M, NOT_NAME_CAPS } from './vocabulary.js';
import type { Detector } from './detector.js';
import { inPlace, LANGUAGES, MEDICAL_ENDING, ROLE_ENDING } from './later-cues.js';

/** Endings of adjectives that no lexicon lists, read in a text of one case only ("OBSTETRIC", "clinical"). */
const ADJECTIVE_ENDING_26 = /(?:ic|ics|ical|al)$/;
/** A patient's cue in several languages. */
const PATIENT_CUE_26: ReadonlySet<string> = new Set(['pt', 'patient', 'paciente', 'patiente', 'patientin', 'patienten']);
import { KIN_ROLE_WORDS_22, nameWord31, namePart31, PARTICLE_31 } from './unknown-names.js';
import { clinicalWord } from '../tagger.js';

/** Cue words of the context lists (M.STRONG_CONTEXT) that are no role or relative standing right before a name: verbs
 * of a signature, greetings, labels whose value is anything ("Contact: Pharmacy"). */
const NOT_CUE_26: ReadonlySet<string> = new Set(
  'name signed cosigned dictated transcribed referred referring contact aka dear hi hello sincerely regards mrs circulating circ asst student pupil parent client participant employer provider subscriber sponsor policyholder enrollee beneficiary technician'.split(' '),
);

/** Words after a role that are no name although no lexicon lists them ("NURSE LICENCE SANC ..."). */
const NOT_NAME_26: ReadonlySet<string> = new Set('licence license licensure enquiry enquiries worksheet doktor doktorka doctora doutor doutora dottore dottoressa schwester sestra sygeplejerske sage-femme e-mail email voicemail callback handoff handover nanay tatay lola lolo mak mbuya ambuya sekuru vive davinci pyxis stedy permanente biotech pharma pharmaceuticals healthcare respironics manoeuvre maneuver fragmin'.split(' '));

/** Cue words after which one given name that is also a word stands alone ("RN Storm.", "baby Precious 5 months",
 * "daughter Saga."): a relative or a nurse, the roles that are called by a given name. */
const GIVEN_ALONE_CUE_26: ReadonlySet<string> = new Set(
  'rn nurse midwife doula hca aide carer caregiver baby infant newborn twin son daughter wife husband partner mother father mom mum dad brother sister aunt uncle niece nephew grandson granddaughter grandmother grandfather grandma grandpa cousin friend neighbour neighbor boyfriend girlfriend fiance fiancee stepson stepdaughter'.split(' '),
);

/** How token t may be a word of a name after a role ('T' = capitalized words in a text of mixed case, 'U' = a text in
 * capitals, 'L' = a text in lower case): 1 = a word no lexicon knows, 2 = a known name that is no word, 3 = a given
 * name that is also a word ("Grace", "Faith"), 4 = another capitalized common word ("Purity"), which may only open a
 * name whose next word is 1 or 2; 0 = none. */
export function cueWord26(d: Detector, t: Tok, mode: 'T' | 'U' | 'L'): 0 | 1 | 2 | 3 | 4 {
  if (t.possessive || t.e - t.s < 2 || NOT_NAME_26.has(t.k) || KIN_ROLE_WORDS_22.has(t.k)) return 0;
  if (mode === 'L') {
    if (t.shape !== 'L' || (t.m & (M.TITLES | M.CORE_TITLES | M.NOT_NAME | M.STRONG_CONTEXT | M.WEAK_CONTEXT | M.PARTICLES)) !== 0) return 0;
    // (In lower case, a word no lexicon knows is a name only when long enough to be no abbreviation.)
    const r = namePart31(d, t.w, t.k, t.f, false, true);
    return r === 1 && (t.e - t.s < 4 || ROLE_ENDING.test(t.k) || ADJECTIVE_ENDING_26.test(t.k) || clinicalWord(t.k)) ? 0 : r;
  }
  if (mode === 'U' && NOT_NAME_CAPS.has(t.w)) return 0;
  const r = nameWord31(d, t, mode === 'U', true);
  // (A word no lexicon lists that is a clinical word or ends as an adjective, "Analgesia", "Respironics"; in capitals
  // also as a role, "CLINICIAN", "COUNSELLOR", "OBSTETRIC".)
  if (r === 1 && (clinicalWord(t.k) || /ics?$/.test(t.k) || (mode === 'U' && (ROLE_ENDING.test(t.k) || ADJECTIVE_ENDING_26.test(t.k))))) return 0;
  if (r !== 0) return r;
  if (t.shape !== (mode === 'U' ? 'U' : 'T') || t.w.includes('-') || (mode === 'T' && t.capitals !== 1)) return 0;
  const k = t.k;
  if ((t.m & (M.TITLES | M.CORE_TITLES | M.NOT_NAME | M.STRONG_CONTEXT | M.MEDIUM_CONTEXT | M.WEAK_CONTEXT | M.MONTH_WORDS | M.STATE_WORDS | M.EPONYMS | M.NOT_PERSON | M.FACILITY_GENERIC | M.SUBJECT_VERBS)) !== 0) return 0;
  // (The word lists of the bits just tested are the token's own member bits: only the languages are read here.)
  if (LANGUAGES.has(k)) return 0;
  if ((t.f & (L.PLACE | L.COUNTRY)) !== 0 && (t.f & NAME_BITS) === 0) return 0;
  // (Nor a participle: "Patient Controlled Analgesia".)
  if ((t.f & L.WORD) === 0 || MEDICAL_ENDING.test(k) || ROLE_ENDING.test(k) || /(?:ed|ing)$/.test(k)) return 0;
  return (t.f & L.FIRST) !== 0 ? 3 : mode === 'T' ? 4 : 0;
}

/** Whether the text between a cue and the name is one blank, or a colon and blanks on the same line. */
export function cueGap26(v: string, s: number, e: number): boolean {
  if (e - s === 1) return v.charCodeAt(s) === 32;
  if (e - s > 4) return false;
  let colon = 0;
  for (let x = s; x < e; x++) {
    const c = v.charCodeAt(x);
    if (c === 58) colon++;
    else if (c !== 32 && c !== 9) return false;
  }
  return colon === 1 && v.charCodeAt(s) === 58;
}

/** Whether the text at x ends a name: the text's or a line's end, a clause's mark, a bracket, or a number after a
 * blank ("baby Precious 5 months", "Angel 6"). */
export function nameEnds26(v: string, x: number): boolean {
  if (x >= v.length) return true;
  const c = v.charCodeAt(x);
  if (c === 10 || c === 13 || c === 46 || c === 44 || c === 59 || c === 58 || c === 41 || c === 33 || c === 63 || c === 47 || c === 124) return true;
  if (c !== 32 && c !== 9) return false;
  const n = v.charCodeAt(x + 1);
  return n === 40 || (n >= 48 && n <= 57) || n === 45 || n === 10 || n === 13;
}

export function cueNames26(d: Detector): void {
  const idx = d.crossIdx;
  if (idx.length === 0) return;
  const v = d.v;
  const toks = d.toks;
  const mode: 'T' | 'U' | 'L' = d.capsDoc ? 'U' : d.lowerTyped ? 'L' : 'T';
  for (let x = 0; x < idx.length; x++) {
    const i = idx[x] as number;
    const t = toks[i] as Tok;
    if ((t.m & M.STRONG_CONTEXT) === 0 || t.possessive) continue;
    const a = toks[i + 1];
    if (a === undefined) break;
    // (Cheap first: the cue's shape and the next word's, then the gap between them.)
    if (mode === 'T' ? a.shape !== 'T' && a.shape !== 'U' : a.shape !== mode || t.shape !== mode) continue;
    if (!cueGap26(v, t.e, a.s) || NOT_CUE_26.has(t.k)) continue;
    // In a text of mixed case, a name in capitals only after a cue in capitals ("SCRUB: CHRISTIANAH ADEWUMI").
    const m: 'T' | 'U' | 'L' = mode === 'T' && a.shape === 'U' ? (t.shape === 'U' ? 'U' : 'T') : mode;
    if (m === 'T' && a.shape !== 'T') continue;
    // (A patient's cue in capitals or in lower case stands before the note's abbreviations and misspellings: "PT
    // REMAINES VENTED", "pt afeb": names after it are read in mixed case only.)
    if (m !== 'T' && PATIENT_CUE_26.has(t.k)) continue;
    nameAfterCue26(d, i, m, GIVEN_ALONE_CUE_26.has(t.k));
  }
}

/** The name after the cue at token i, read in mode m (see cueWord26), added when it is one; given = a cue after which a
 * given name that is also a word stands alone (GIVEN_ALONE_CUE_26). Also the kin rule's (kin-names.ts). */
export function nameAfterCue26(d: Detector, i: number, m: 'T' | 'U' | 'L', given: boolean): void {
  const v = d.v;
  const toks = d.toks;
  const a = toks[i + 1] as Tok;
  {
    // The name's words: up to four, particles in lower case between them, an initial and its point at the end.
    const cls: number[] = [];
    let j = i + 1;
    let last = -1;
    while (j < toks.length && cls.length < 4) {
      const w = toks[j] as Tok;
      if (cls.length > 0) {
        const p = toks[last] as Tok;
        if (w.s - p.e !== 1 || (v.charCodeAt(p.e) !== 32 && v.charCodeAt(p.e) !== 45)) break;
        // "de", "van der", "bin": a particle between two words of the name.
        if (m !== 'L' && w.shape === 'L' && PARTICLE_31.has(w.k)) {
          const nx = toks[j + 1];
          if (nx !== undefined && nx.s === w.e + 1 && nx.shape === a.shape) {
            j++;
            continue;
          }
          break;
        }
        // "Lusine H.", "Tuyisenge A.": an initial and its point ending the name.
        if (m === 'T' && w.e - w.s === 1 && v.charCodeAt(w.e) === 46 && v.charCodeAt(w.s) >= 65 && v.charCodeAt(w.s) <= 90) {
          cls.push(5);
          last = j;
          break;
        }
      }
      const c = cueWord26(d, w, m);
      if (c === 0 || (c === 4 && cls.length > 0)) break;
      cls.push(c);
      last = j;
      j++;
    }
    // (A plain capitalized word only opens a name: alone, "Nurse Practitioner", it is none.)
    if (cls.length === 0 || (cls.length === 1 && cls[0] === 4)) return;
    const s = a.s;
    const lt = toks[last] as Tok;
    const e = cls[cls.length - 1] === 5 ? lt.e + 1 : lt.e;
    const strong = cls.filter((c) => c === 1 || c === 2).length;
    let ok: boolean;
    if (cls.length === 1) {
      // One word, after a relative or a nurse (the roles called by a given name), where the name ends: a known name, one
      // no lexicon knows, or a given name that is also a word ("nurse Khulan.", "RN Storm."); in mixed case a known name
      // after any role and before a word in lower case too ("Physio Ngaire will see her").
      const c = cls[0] as number;
      const ends = nameEnds26(v, e);
      // (In one case only, only a known name: a word no lexicon knows is as often a diagnosis, a device or an
      // abbreviation there, "FATHER: PARKINSONS (DX 2015)", "DAUGHTER: HCPOA (REG)".)
      const cue = given && ends;
      // (One word joined by a hyphen with a half no lexicon knows is an eponym's pair as often: "Father Li-Fraumeni",
      // "Sister Churg-Strauss".)
      if (c === 1 && lt.w.includes('-')) return;
      if (m === 'T') ok = (cue && c !== 4) || (c === 2 && toks[last + 1]?.shape === 'L' && toks[last + 1]!.s === e + 1);
      else ok = cue && c === 2 && lt.e - lt.s >= 3;
    } else if (m === 'T') {
      // Two words or more in mixed case: one of them known as a name or no lexicon's, and no capitalized word after.
      const nx = toks[last + 1];
      ok = strong > 0 && (nx === undefined || nx.s !== e + 1 || nx.shape !== 'T');
    } else {
      // In capitals or in lower case: every word a name's (no word of the language), the first a known name
      // ("MARGARET ADEWOLE", "nino kapanadze-beridze"; not "FREESTYLE LIBRE", "MOROCCAN DARIJA").
      ok = cls.length <= 3 && cls[0] === 2 && cls.every((c) => c === 1 || c === 2);
    }
    if (!ok || inPlace(d, s, e)) return;
    nameOver26(d, s, e, 72);
  }
}

/** Adds [s, e) as a name at priority p, unless a name found covers it or a candidate of another kind overlaps it; a name
 * found in part inside it is widened at its own priority if higher ("Nurse Samah" of "Nurse Samah Abdel-Aal."). Also
 * the signers' rule's (sign-offs.ts). */
export function nameOver26(d: Detector, s: number, e: number, p: number): void {
  if (d.someCovering(s, e, isNameCand)) return;
  let other = false;
  let top = p;
  d.someOverlap(s, e, (c) => {
    if (!isNameCand(c) || c.s < s || c.e > e) return (other = true);
    if (c.p > top) top = c.p;
    return false;
  });
  if (!other) d.add(s, e, 'NAME', top);
}
