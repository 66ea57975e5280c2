// Stop 18 (caps18): precision in texts of one case, names after cues in one-case texts.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, NAME_BITS } from '../lexicon.js';
import { clinicalWord } from '../tagger.js';
import { isDigitCode, type Cand, type Tok } from './words.js';
import { FIRM_AFTER, FUNCTION_WORDS, KIN_STATUS_31, M, PLACE_PREP, STRONG_CONTEXT } from './vocabulary.js';
import type { Detector } from './detector.js';
import { blanks, isAsciiLetter, oneSpace } from './shapes.js';
import { capsStreetShown, ONE_CASE_SERVICES } from './one-case-places.js';
import { LANGUAGES, MEDICAL_ENDING } from './later-cues.js';

// --- Stop 18 (branch caps18): precision in texts of one case -------------------------------------------------------------

/** Words of an address's unit after a street ("12 elm st. apt 4"): the address goes on past a period before them. */
const ONE_CASE_UNIT_18 = new Set(['apt', 'apartment', 'unit', 'suite', 'ste', 'flat', 'fl', 'floor', 'rm', 'room', 'bldg', 'lot']);

/**
 * Stop 18, caps18: where the value of "lives at ...", "address: ..." ends in a text all in capitals or all in lower case,
 * where no capital shows the next sentence ("LIVES AT 12 ELM CT. PT RESTING COMFORTABLY, VSS, ...") nor the prose after
 * the street ("12 ELM COURT WITH HIS WIFE"): before a function word, and at a period and a blank (but after a single
 * letter, "no" or a saint's "st" right after the house number, or before a unit: "12 st. john's rd", "4 elm st. apt 2").
 * Tokens from index j on; the value ends at `end` at most.
 */
export function oneCaseAddressEnd18(d: Detector, j: number, end: number): number {
  const v = d.v;
  const toks = d.toks;
  let prev: Tok | undefined;
  for (; j < toks.length; j++) {
    const t = toks[j] as Tok;
    if (t.s >= end) break;
    if (prev !== undefined && FUNCTION_WORDS.has(t.k)) return prev.e;
    if (v.charCodeAt(t.e) === 46 && v.charCodeAt(t.e + 1) === 32 && t.e + 1 < end) {
      const nx = toks[j + 1];
      // (Stop 36: or a street's word of another language first in the value or in its part, "ul. zamkowa 14/3", "vul. myru
      // 14", "jr. huallaga 550".)
      const abbr = t.w.length === 1 || t.k === 'no' || (t.k === 'st' && (prev === undefined || prev.shape === 'X' || isDigitCode(v.charCodeAt(prev.s)))) || (STREET_FIRST_ABBR_36.has(t.k) && (prev === undefined || v.slice(prev.e, t.s).includes(','))) || STREET_PART_ABBR_36.has(t.k) || (t.s > 0 && v.charCodeAt(t.s - 1) === 46);
      if (!abbr && !(nx !== undefined && ONE_CASE_UNIT_18.has(nx.k))) return t.e;
    }
    prev = t;
  }
  return end;
}

/** Stop 36: streets' words of other languages written short before the street's name. */
const STREET_FIRST_ABBR_36 = new Set(['ul', 'str', 'vul', 'av', 'avda', 'jl', 'jr', 'bd', 'bul', 'sos', 'pr', 'prosp', 'cl', 'cra', 'calz', 'pje', 'psje', 'rehov']);

/** Stop 36: the short words of a house's number, a block and a lot inside an address ("str. libertatii nr. 9", "jr. los
 * olivos mz. k lt. 14", "kv. 41"), never a sentence's last word; nor is the last letters of an abbreviation with points
 * inside it ("aa.hh. villa maria del triunfo", "p.o. box"). */
const STREET_PART_ABBR_36 = new Set(['nr', 'mz', 'lt', 'kv']);

/** Endings of drugs' generic names ("methadone", "lisinopril", "metoprolol", "enoxaparin"), six letters or more. */
const DRUG_ENDINGS_18 = ['adone', 'oxone', 'pril', 'olol', 'sartan', 'statin', 'azole', 'cillin', 'mycin', 'floxacin', 'oxacin', 'dipine', 'parin', 'tidine', 'prazole', 'azepam', 'azolam', 'codone', 'morphone', 'tinib', 'ciclovir', 'navir', 'setron', 'lukast', 'gliptin', 'formin', 'glitazone', 'semide', 'thiazide', 'dronate', 'caine', 'profen', 'fenac', 'cycline', 'penem', 'sporin', 'vudine', 'platin', 'taxel', 'rubicin', 'coxib', 'triptan', 'barbital', 'zolam', 'peridol', 'apine', 'idone', 'oxetine', 'pramine', 'tyline'];

/**
 * Stop 18, caps18: a word that names a service, a drug or a device rather than a facility ("METHADONE CLINIC", "coumadin
 * clinic", "suboxone clinic"): a service of ONE_CASE_SERVICES, a drug or an eponym of EPONYMS, a drug by its generic
 * ending, or a single letter ("OPT MET C HOSPICE", c for with). In one-case texts the capitals tell nothing of a name.
 */
export function oneCaseService18(t: Tok): boolean {
  const k = t.k;
  if (k.length === 1 || ONE_CASE_SERVICES.has(k) || (t.m & M.EPONYMS) !== 0) return true;
  if (k.length < 6 || (t.f & (L.PLACE | L.FIRST)) !== 0) return false;
  for (const e of DRUG_ENDINGS_18) if (k.endsWith(e)) return true;
  return false;
}

/** Weak context words that precede clinical nouns as often as names ("afebrile and perla", "for ica 1.11", "weeping from
 * ante both arms", "graft from lima to lad"). */
const LOWER_WEAK_PREPS_18 = new Set(['and', 'for', 'from', 'via', 'is', 'hpi', 'cc']);

/**
 * Stop 18, caps18: in a text all in lower case, a single word after a weak context word that is only a preposition or
 * "and" (token i) is no name by that context alone (the word is a name only by a list: "perla", "ota", "ica"), unless a
 * name part follows it that is no common word or a common surname ("for evangeline marsh"; not "ota right") or, after "and", a given name comes before ("sarah and margie").
 */
export function lowerWeakCue18(d: Detector, i: number): boolean {
  const toks = d.toks;
  const t = toks[i] as Tok;
  if (!LOWER_WEAK_PREPS_18.has(t.k)) return false;
  const w = toks[i + 1] as Tok;
  const nx = toks[i + 2];
  if (nx !== undefined && (nx.f & NAME_BITS) !== 0 && ((nx.f & L.WORD) === 0 || (nx.f & L.COMMON_SURNAME) !== 0) && !FUNCTION_WORDS.has(nx.k) && oneSpace(d.v, w.e, nx.s)) return false;
  const p = toks[i - 1];
  if (t.k === 'and' && p !== undefined && (p.f & L.FIRST) !== 0 && (p.f & L.WORD) === 0 && oneSpace(d.v, p.e, t.s)) return false;
  return true;
}

/**
 * Stop 18, caps18: the same test as capsStreetShown in a text all in lower case, where "ct", "st", "dr" are clinical
 * abbreviations as well ("1 pleural ct to sxn", "hr 110 st"): a street whose suffix is short needs a name word that a
 * place or name list knows, a unit, an address cue before it or a town and a ZIP code after it ("moved to 34 linden st",
 * "1410 tarrow rd, glenarm, md 21057").
 */
export function lowerStreetShown18(d: Detector, s: number, e: number, words: readonly string[], suffixIdx: number): boolean {
  if ((words[suffixIdx] as string).replace(/[.,]+$/, '').length > 3) return true;
  // (Or a word of the street's name that a place list knows, or a name list and no common word, or a point of the compass:
  // "24 great south rd", "44 lincoln ave"; not "1 pleural ct", "2 head ct".)
  for (let x = 1; x < suffixIdx; x++) {
    const k = (words[x] as string).toLowerCase();
    const f = d.fl(k);
    if ((f & L.PLACE) !== 0 || ((f & (NAME_BITS | L.PLACE_PREFIX)) !== 0 && (f & L.WORD) === 0) || k === 'north' || k === 'south' || k === 'east' || k === 'west') return true;
  }
  return capsStreetShown(d, s, e, words, suffixIdx, true);
}

/** Kin and the people of a record's roles, before a person's name in a text of one case ("SON BEHROOZ", "caller ngaire
 * te awa", "CREW: K. RUTLEDGE"); the roles that are also clinical shorthand ("pt") only with a colon after them. */
const ONE_CASE_KIN_18 = new Set('son daughter wife husband mother father mum mom dad brother sister aunt aunty auntie uncle nephew niece grandson granddaughter grandmother grandfather cousin partner fiance fiancee neighbour neighbor friend carer caregiver guardian'.split(' '));
// (Stop 35: the in-laws, "MOTHER-IN-LAW NEKESA WEKESA", "daughter-in-law grace also rings".)
for (const w of ['son', 'daughter', 'mother', 'father', 'brother', 'sister']) ONE_CASE_KIN_18.add(w + '-in-law');
const ONE_CASE_ROLES_18 = new Set('caller crew employee manager officer staff customer driver assistant paramedic emt attn'.split(' '));
/** Chat words and record shorthand after such a cue: "pt: hiya", "pt: thx", "EMPLOYEE HEP B", "PARAMEDIC LIC P-0447812";
 * (Stop 31) "dr. med." the German doctor's degree, "assess ms. med for safety". */
const ONE_CASE_NOT_NAMES_18 = new Set('hiya hi hey hello thx thanx thanks pls plz ya yep yup nope lol omg btw ok okay hep lic reg num no nr id dob ceo med meds'.split(' '));
/** Verbs that follow kin as often as a name that is also a word: "daughter will stay", "wife may call". */
const ONE_CASE_MODALS_18 = new Set('will may can shall must said says did does had has have was is'.split(' '));
const ONE_CASE_COLON_ROLES_18 = new Set('pt patient client resident nurse rn consultant contact nok informant'.split(' '));
/** Stop 31: titles and care staff before a name, no colon needed ("dear dr okonkwo-bishop", "MR T. ANAGNOSTOPOULOS", "by nurse
 * rukhsana", "triage rn autumn blackfeather"); a period may follow the title ("dr. okonkwo-bishop"). Not the staff words
 * that are clinical shorthand before a word as often ("np" suctioned, "sw", "fr" foley, "resident aware"). */
const ONE_CASE_STAFF_31 = new Set('dr doctor mr mrs ms miss mme nurse rn midwife interpreter chaplain pastor rabbi physiotherapist pharmacist dietitian dietician therapist registrar matron'.split(' '));
/** Stop 31: the titles among them that are abbreviations, the only ones a period may follow ("dr. l. ruuska"; "-> DIETITIAN. C-SSRS
 * NEG" is the next sentence). */
const ONE_CASE_DOTTED_TITLES_31 = new Set(['dr', 'mr', 'mrs', 'ms', 'mme']);
/** Stop 31: what follows a staff word as often as a name and is in no list of common words: the staff word's compounds
 * ("nurse clinician", "nurse helpline", "rn handoff", "registrar rep") and the titles of other languages' clergy and
 * graduates before the name ("chaplain pfr.", "pastor pdt.", "therapist mgr.", "doctor: lek."). */
const ONE_CASE_STAFF_NOT_NAMES_31 = new Set('clinician clinicians practitioner specialist educator helpline hotline voicemail callback handoff handover rep reps liaison pfr pdt mgr lek ing dipl'.split(' '));
/** Stop 31: the record's verbs before "by" and the person who did it ("checked by kamaljeet randhawa", "PRINTED BY J.
 * FALEAUPOLU", "minutes by orly ben-shimon"): "by" is a cue like a staff word after one of them. */
const ONE_CASE_BY_VERBS_31 = new Set('checked reviewed compiled documented logged entered printed vetted taken collected written signed witnessed verified approved authorised authorized prepared recorded reported transcribed dictated completed submitted obtained placed narrative minutes note notes call sent uploaded pulled listed'.split(' '));
/** Stop 31: the channels and machines that do those things as often ("taken by ems", "sent by whatsapp", "verified by
 * voiceprint", "transcribed by voicebox"). */
const ONE_CASE_BY_NOT_NAMES_31 = new Set('ems sms mms whatsapp email e-mail fax phone text post courier ambulance system computer machine voicebox voiceprint voicemail app portal'.split(' '));
/** Every cue of oneCaseCueNames18, for its first test. */
const ONE_CASE_CUES_18 = new Set([...ONE_CASE_KIN_18, ...ONE_CASE_ROLES_18, ...ONE_CASE_COLON_ROLES_18, ...ONE_CASE_STAFF_31, 'by']);
/** The cues that are no strong context of the name rules (so not among the tokenizer's crossIdx): rare words, looked for
 * token by token only when one is in the text. */
export const ONE_CASE_RARE_CUES_18 = [...ONE_CASE_CUES_18].filter((w) => !STRONG_CONTEXT.has(w) && !PLACE_PREP.has(w));

/**
 * Stop 18 (main), texts all in capitals or all in lower case: the name after a kinship word or a record's role, which the
 * name rules, written for capitals, and the tagger's one-case model, which scores only listed words, miss when the name is
 * in no list ("DRIVEN BY WIFE GRACE", "SON BEHROOZ ALSO ON CALL", "CALLER: MBALI DLAMINI-FOURIE (MOTHER)", "CREW: T.
 * ESPINOSA-VARGAS"). One to three words of the text's case, none a common word (the first may be a common word that is a
 * given name, after kin), a word of the clinical vocabulary, a function word or a word the rules decided about; a particle
 * may join them ("te", "van den"). (Stop 31: after a title or a care worker's word as well, "dear dr okonkwo-bishop", "MR T.
 * ANAGNOSTOPOULOS", "TRIAGE RN AUTUMN BLACKFEATHER", "rabbi menachem fried": see ONE_CASE_STAFF_31; and after a record's
 * verb and "by", "checked by kamaljeet randhawa": ONE_CASE_BY_VERBS_31.)
 */
export function oneCaseCueNames18(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const shape = d.capsDoc ? 'U' : 'L';
  // (The cues are strong contexts, among the tokenizer's crossIdx, or rare words: every token is read only when one of
  // those is in the text.)
  const rare = d.rare;
  const all = rare !== undefined && ONE_CASE_RARE_CUES_18.some((w) => rare.has(w));
  const idx = all ? undefined : d.crossIdx;
  const count = idx === undefined ? toks.length : idx.length;
  for (let x = 0; x < count; x++) {
    const i = idx === undefined ? x : (idx[x] as number);
    if (i + 1 >= toks.length) continue;
    const c = toks[i] as Tok;
    if ((c.shape !== shape && !(c.shape === 'I' && d.capsDoc)) || !ONE_CASE_CUES_18.has(c.k)) continue;
    const kin = ONE_CASE_KIN_18.has(c.k);
    const pv = toks[i - 1];
    const by = c.k === 'by' && pv !== undefined && ONE_CASE_BY_VERBS_31.has(pv.k) && oneSpace(v, pv.e, c.s);
    if (c.k === 'by' && !by) continue;
    const staff = by || ONE_CASE_STAFF_31.has(c.k);
    if (!kin && !staff && !ONE_CASE_ROLES_18.has(c.k) && !ONE_CASE_COLON_ROLES_18.has(c.k)) continue;
    let q = c.e;
    const colon = v.charCodeAt(q) === 58;
    if (colon) q++;
    else if (ONE_CASE_DOTTED_TITLES_31.has(c.k) && v.charCodeAt(q) === 46) q++;
    if (!colon && !staff && ONE_CASE_COLON_ROLES_18.has(c.k)) continue;
    // (Stop 31: a title with a colon is a section's label, "MS: REC'D HALDOL", mental status.)
    if (colon && staff && !ONE_CASE_COLON_ROLES_18.has(c.k)) continue;
    const first = toks[i + 1] as Tok;
    if (!blanks(v, q, first.s) || first.s - q > 3) continue;
    let j = i + 1;
    let last = -1;
    let unknown = false;
    while (j < toks.length && j <= i + 4) {
      const u = toks[j] as Tok;
      const pj = toks[j - 1] as Tok;
      if (j > i + 1 && !blanks(v, pj.e + (pj.possessive ? 2 : 0) + (pj.e - pj.s === 1 && v.charCodeAt(pj.e) === 46 ? 1 : 0), u.s)) break;
      // (Stop 31: after a staff word, the name's words one blank apart, not a table's columns: "RN CM  PH 718-555-0112".)
      if (staff && j > i + 1 && u.s - pj.e > 2) break;
      const initial = u.e - u.s === 1 && v.charCodeAt(u.e) === 46 && !isDigitCode(v.charCodeAt(u.s));
      if (u.shape !== shape && !(initial || u.shape === 'I')) break;
      if (last >= 0 && (u.m & M.PARTICLES) !== 0 && toks[j + 1] !== undefined) {
        j++;
        continue;
      }
      // (Stop 31: after a title, an initial is no function word: "dr. a. gunawardena"; nor a relative's status a name,
      // "daughter: estranged".)
      if (!(initial && staff) && (FUNCTION_WORDS.has(u.k) || ONE_CASE_NOT_NAMES_18.has(u.k) || KIN_STATUS_31.has(u.k) || clinicalWord(u.k) || (u.m & (M.NOT_NAME | M.EPONYMS | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.CREDENTIAL_TOKENS | M.KIN_PLURAL)) !== 0 || (u.f & L.COUNTRY) !== 0 || ONE_CASE_KIN_18.has(u.k))) break;
      // (Stop 31: a language after an interpreter: "interpreter pashto via vri".)
      if (staff && (LANGUAGES.has(u.k) || ONE_CASE_STAFF_NOT_NAMES_31.has(u.k) || (u.m & (M.STRONG_CONTEXT | M.ROLE_ABBR)) !== 0)) break;
      // (Nor a service after a record verb and "by": "REVIEWED BY CROSS-SECTIONAL IMAGING", "seen by breast clinic".)
      if (by && (ONE_CASE_BY_NOT_NAMES_31.has(u.k) || (u.m & M.FACILITY_GENERIC) !== 0)) break;
      // (A hyphenated word with a common word in it is shorthand: "phoned-family", "called-update".)
      // (Stop 31: after a title, a double surname with a word in it is a name if another part is in no list:
      // "dr okonkwo-bishop".)
      if (u.k.includes('-') && u.k.split('-').some((x) => (d.fl(x) & L.WORD) !== 0) && !(staff && u.k.split('-').some((x) => x.length >= 3 && (d.fl(x) & L.WORD) === 0 && !clinicalWord(x)))) break;
      if ((u.f & L.WORD) !== 0) {
        // (A common word that is a given name, first after kin, before no verb: "WIFE GRACE TO", "son bill in"; not
        // "daughter will stay".)
        // (Stop 31: first after a title or staff word too, "nurse grace ogilvie", the name still needing a word in no list;
        // and later, a given name or a common surname that is a word goes on the name after a given name, or after a staff
        // word, where the given name comes first: "pastor ezekiel summers", "nurse aber grace". A word that is only a word
        // ends it, "nurse jo whitfield came", and so does a word after a title's surname, "ms kettunen fell".)
        if (!(j === i + 1 && (kin || staff) && (u.f & L.FIRST) !== 0 && !ONE_CASE_MODALS_18.has(u.k)) && !(staff && j > i + 1 && (u.f & (L.FIRST | L.COMMON_SURNAME)) !== 0 && (((toks[j - 1] as Tok).f & L.FIRST) !== 0 || !ONE_CASE_DOTTED_TITLES_31.has(c.k)) && !ONE_CASE_MODALS_18.has(u.k))) break;
      } else if (!initial && u.e - u.s >= 2) {
        // (A word in no list one letter from a common word is its misspelling: "WIFE AGRESS", "son presnt", "visisted".)
        if ((u.f & (NAME_BITS | L.PLACE)) === 0 && nearCommonWord18(d, u.k)) break;
        unknown = true;
      }
      last = j;
      j++;
    }
    if (last < 0 || (!unknown && !(kin && last === i + 1))) continue;
    const s = first.s;
    const e = (toks[last] as Tok).e;
    if (e - s < 3 || d.anyCand(s, e)) continue;
    // (Stop 31: "rn" is also a newborn and a registration number, "RN FEMENINO 3.210 G", "RN QEH 2025 55810"; a number
    // right after the word, or an ID's slash in it, "doctor mdcn/r/44812", tells those apart.)
    if (staff && (v.charCodeAt(e) === 47 || (blanks(v, e, e + 1) && isDigitCode(v.charCodeAt(e + 1))))) continue;
    // (Stop 31: after "by", one word with no vowel is an abbreviation, "CONSENT SIGNED BY HSB", the husband.)
    if (by && last === i + 1 && !/[aeiouy]/.test(first.k)) continue;
    d.add(s, e, 'NAME', 64);
  }
}

/** Whether `k` (letters, four or more) is one edit from a common English word: a letter dropped, added, replaced, or two
 * neighbours swapped ("agress", "presnt", "visisted"). */
export function nearCommonWord18(d: Detector, k: string): boolean {
  const known = NEAR_COMMON_MEMO_18.get(k);
  if (known !== undefined) return known;
  if (NEAR_COMMON_MEMO_18.size > 4096) NEAR_COMMON_MEMO_18.clear();
  const r = nearCommonWordUncached18(d, k);
  NEAR_COMMON_MEMO_18.set(k, r);
  return r;
}
/** The answers of nearCommonWord18 (the same kin and role words meet the same misspellings note after note). */
const NEAR_COMMON_MEMO_18 = new Map<string, boolean>();
function nearCommonWordUncached18(d: Detector, k: string): boolean {
  const n = k.length;
  if (n < 4 || !/^[a-z]+$/.test(k)) return false;
  const word = (x: string): boolean => (d.fl(x) & L.WORD) !== 0;
  for (let x = 0; x < n; x++) {
    if (word(k.slice(0, x) + k.slice(x + 1))) return true;
    if (x + 1 < n && word(k.slice(0, x) + (k[x + 1] as string) + (k[x] as string) + k.slice(x + 2))) return true;
  }
  for (let x = 0; x <= n; x++) {
    for (let c = 97; c <= 122; c++) {
      const ch = String.fromCharCode(c);
      if (word(k.slice(0, x) + ch + k.slice(x))) return true;
      if (x < n && ch !== k[x] && word(k.slice(0, x) + ch + k.slice(x + 1))) return true;
    }
  }
  return false;
}

// --- Stop 33 (branch name33): whole names in a text of one case -----------------------------------------------------------

/** Labels whose value is a person (with a colon after them): "patient: priya white", "guarantor: d. king", "name: mr
 * brown", "appellant: hawre abdulkarim salih", "paciente: maria de los angeles ruiz quintero". */
export const PERSON_LABELS_33 = new Set('counsellor counselor judge attorney solicitor advocate scrub assistant anaesthetist anesthetist intern fellow vaccinator vaccinators teacher coach constable inspector panel dependent dependant subscriber policyholder enrollee participant resident sw sn cm np pa patient pt name guarantor appellant respondent injured person beneficiary employee student pupil client carrier examinee paciente usager patiente patientin subject deceased decedent claimant applicant insured subscriber member spouse contact nok caller witness donor recipient victim child parent guardian surgeon attending physician provider pcp coordinator author reviewer nurse rn interpreter chaplain referring re attn from to resident worker officer manager mother father son daughter wife husband partner carer caregiver sane technician tech therapist pharmacist dietitian midwife consultant registrar doctor dr'.split(' '));
/** Kin before a name without a colon ("son mark c. baker (375...)", "(spouse park, juan)", "daughter, sunny k. smith,"). */
export const KIN_33 = new Set([...ONE_CASE_KIN_18, 'spouse', 'stepson', 'stepdaughter', 'boyfriend', 'girlfriend', 'grandma', 'grandpa']);
/** Roles before a name without a colon ("judge r. abernethy-singh", "counsellor atuhaire brenda", "attorney dmitri
 * volkonsky"), read as kin are but for a given name that is a word alone. */
export const ROLES_33 = new Set('patient pt officer worker minister priest teacher volunteer nurse midwife doctor judge counsellor counselor attorney solicitor advocate barrister constable sergeant sgt inspector detective chaplain pastor rabbi imam reverend interpreter translator coordinator caseworker supervisor vaccinator scrub anaesthetist anesthetist physiotherapist'.split(' '));
/** Greetings, read as kin are: "dear hope amankwah,", "hi mark,". */
const GREETINGS_33 = new Set(['dear', 'hi', 'hello']);
/** Titles before a surname that may be a common word ("dr. white", "dear dr brown", "mr brown", "fr. timothy ward"). */
export const TITLES_33 = new Set('dr mr mrs ms miss mx mme fr rev revd prof dra sra'.split(' '));
/** Of them, the ones that are clinical shorthand as well (mitral regurgitation, mental status, drive). */
const SHORT_TITLES_33 = new Set(['dr', 'mr', 'ms']);
const CUE_LABEL_33 = 1;
const CUE_ROLE_33 = 2;
const CUE_KIN_33 = 4;
const CUE_TITLE_33 = 8;
/** The cues of oneCaseNames33 by word: a person's label, a role (and "by"), kin or a greeting, a title. */
const CUES_33 = new Map<string, number>();
for (const [words, bit] of [[PERSON_LABELS_33, CUE_LABEL_33], [ROLES_33, CUE_ROLE_33], [['by'], CUE_ROLE_33], [KIN_33, CUE_KIN_33], [GREETINGS_33, CUE_KIN_33], [TITLES_33, CUE_TITLE_33]] as const) {
  for (const w of words) CUES_33.set(w, (CUES_33.get(w) ?? 0) | bit);
}
/** Titles of other languages before a name in a value, not part of it ("smt. rinku kumari", "md. abdul kadir"). */
export const VALUE_TITLES_33 = new Set([...TITLES_33, 'smt', 'sri', 'shri', 'md', 'mst', 'mohd', 'sig', 'sra', 'srta', 'don', 'dona', 'herr', 'frau', 'mme', 'mlle', 'lek', 'med', 'mudr', 'dott', 'dottssa', 'ing', 'mgr', 'pfr', 'pdt']);
/** Words after a name that end it as a label does ("priya white mrn 58014346", "hoang, minh-anh t sex f"). */
const NAME_STOPS_33 = new Set('dob mrn ssn sex age dni acct acc id hrn emp gr rm room bed born nato nata nee yo dod nhs chi'.split(' '));
/** Words that follow kin or a title as often as a name and that the lexicon lists as given names or surnames ("son will
 * call", "dr. aware", "wife came in"). */
const NOT_PARTS_33 = new Set('will may can call calls called see seen says said saw visit visits visited here there came come comes went left home well good fine best still also just now then back today tonight yesterday tomorrow up down out over day night rounds service house office team cross clear white-out my his her our your their the this that these those near north south east west off on child children baby infant newborn kid kids buddy yeah yes mate love all everyone guys folks sir madam trace mild moderate severe trivial minimal small large grade'.split(' '));
/** Words no list knows that name a care site or a role rather than a person ("universitaetsspital", "puskesmas", "winston
 * scott polyclinic", "hepatologist", "nefrologo", "lithuanian"). */
const NOT_PERSON_ENDING_33 = /(?:spital|klinik|klinikum|kliniek|klinikk|clinic|zentrum|sjukhus|sykehus|sykehuset|hopital|ospedale|puskesmas|kesihatan|medicina|fundacao|fundacion|instituto|centro|hastanesi|ologist|ician|iatrist|ometer|oscope|ologo|ologa|iatra|ologue|ologe|therapist|ographer|ianian|uanian|ese)$/;

/** How token t may be a word of a person's name in a text of one case (shape: the text's case): 0 none, 1 an initial,
 * 2 a known name that is no common word or a word no list knows (four letters or more, no misspelling of a word), 3 a
 * given name that is also a word ("grace", "mark"), 4 a common surname that is also a word ("white", "street"), 5 a word
 * no list knows one letter from a common word ("seyed", "wife agress"), a name only beside another word of 2. */
export function part33(d: Detector, t: Tok, shape: string, notName = false): 0 | 1 | 2 | 3 | 4 | 5 {
  // (One letter is an initial, in either case: its token's shape is 'I' only in capitals.)
  if (t.e - t.s === 1) return isAsciiLetter(d.v.charCodeAt(t.s)) ? 1 : 0;
  if (t.shape !== shape || t.possessive) return 0;
  const k = t.k;
  if (FUNCTION_WORDS.has(k) || NOT_PARTS_33.has(k) || ONE_CASE_NOT_NAMES_18.has(k) || ONE_CASE_MODALS_18.has(k) || KIN_STATUS_31.has(k) || KIN_33.has(k)) return 0;
  if (notName) return (t.m & M.NOT_NAME) !== 0 && (t.f & (L.COMMON_SURNAME | L.WORD)) === (L.COMMON_SURNAME | L.WORD) && !clinicalWord(k) ? 4 : 0;
  if ((t.m & (M.NOT_NAME | M.EPONYMS | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.CREDENTIAL_TOKENS | M.KIN_PLURAL | M.STRONG_CONTEXT | M.ROLE_ABBR | M.FACILITY_GENERIC | M.NOT_PERSON | M.SUBJECT_VERBS)) !== 0) return 0;
  const f = t.f;
  if ((f & NAME_BITS) !== 0 && (f & L.WORD) === 0) return (f & L.COUNTRY) !== 0 || LANGUAGES.has(k) ? 0 : 2;
  if (clinicalWord(k) || LANGUAGES.has(k) || /\d/.test(k)) return 0;
  if ((f & L.WORD) !== 0) return (f & L.FIRST) !== 0 ? 3 : (f & L.COMMON_SURNAME) !== 0 && !/(?:ed|ing|ly)$/.test(k) ? 4 : 0;
  if ((f & (L.PLACE | L.COUNTRY | L.PLACE_PREFIX)) !== 0) return 0;
  // (Nor, seven letters or more, a disease's or a drug's ending or a participle no list has: "traumatized", "recieved".)
  if (k.length < 3 || !/[aeiouy]/.test(k) || ONE_CASE_STAFF_NOT_NAMES_31.has(k) || NOT_PERSON_ENDING_33.test(k) || (k.length >= 7 && (MEDICAL_ENDING.test(k) || /[^e]ed$/.test(k)))) return 0;
  // (Three letters no list knows, "nur", "lim", "wei", are a name's only beside a longer word.)
  if (k.length === 3) return 5;
  if (!k.includes('-') && nearCommonWord18(d, k)) return 5;
  // (A hyphenated word: not when each part is a common word, "phoned-family", nor with a part that is shorthand or a care
  // site, "off-island"; "seong-min", "per-olof", "tipene-walker" are names.)
  if (k.includes('-')) {
    const parts = k.split('-').filter((x) => x.length > 0);
    const end = parts[parts.length - 1] ?? '';
    if (parts.every((x) => (d.fl(x) & L.WORD) !== 0 && (d.fl(x) & (L.FIRST | L.COMMON_SURNAME)) === 0) || parts.some((x) => NOT_PARTS_33.has(x) || NOT_PERSON_ENDING_33.test(x))) return 0;
    // (Nor a verb's form, "e-mailed", "re-admitted".)
    if (/(?:ed|ing)$/.test(end) && ((d.fl(end) & L.WORD) !== 0 || parts.some((x) => x.length === 1))) return 0;
  }
  return 2;
}

/** Whether a name ends at x: the text's or a line's end, two blanks or a tab, a clause's mark or a bracket, a number
 * after a blank, a word of NAME_STOPS_33 or a credential ("kaveh farahani, md", "jolene runningwater rn."). */
export function nameEnd33(d: Detector, x: number, next: Tok | undefined): boolean {
  const v = d.v;
  if (x >= v.length) return true;
  const c = v.charCodeAt(x);
  if (c === 10 || c === 13 || c === 9 || c === 44 || c === 59 || c === 58 || c === 41 || c === 40 || c === 33 || c === 63 || c === 47 || c === 124 || c === 34 || c === 60 || c === 91) return true;
  // (A point ends it, but not the point of an initial that another word follows.)
  if (c === 46) return x + 1 >= v.length || v.charCodeAt(x + 1) === 32 || v.charCodeAt(x + 1) === 10 || v.charCodeAt(x + 1) === 13;
  if (c !== 32) return false;
  const n = v.charCodeAt(x + 1);
  if (n === 32 || n === 9 || n === 40 || n === 45 || n === 10 || n === 13 || n === 60 || n === 91 || isDigitCode(n)) return true;
  return next !== undefined && next.s === x + 1 && (NAME_STOPS_33.has(next.k) || (next.m & (M.CREDENTIAL_TOKENS | M.ROLE_ABBR)) !== 0);
}

/** The name read from token j on (a title of VALUE_TITLES_33 first is skipped): words of part33, particles between
 * them, initials with their point, one comma between a surname and given names ("castellanos de la vega, maria jose").
 * Returns the first and last token and the parts' kinds, or undefined. */
function readName33(d: Detector, j: number, shape: string, afterTitle = false): { a: number; b: number; kinds: number[]; comma: boolean; titled: boolean; end: boolean } | undefined {
  const v = d.v;
  const toks = d.toks;
  let titled = false;
  const t0 = toks[j];
  if (t0 === undefined) return undefined;
  // (Up to two titles: "lek. med. pawel nowicki".)
  for (let x = 0; x < 2; x++) {
    const t = toks[j] as Tok;
    if (!VALUE_TITLES_33.has(t.k) || t.e - t.s < 2) break;
    const n = toks[j + 1];
    const g = n === undefined ? 0 : n.s - t.e;
    if (n === undefined || !((g === 1 && v.charCodeAt(t.e) === 32) || (g === 2 && v.charCodeAt(t.e) === 46 && v.charCodeAt(t.e + 1) === 32))) return undefined;
    titled = true;
    j++;
  }
  const a = j;
  const kinds: number[] = [];
  let comma = false;
  /** The first token after the comma, and the number of parts before it. */
  let cj = -1;
  let ck = 0;
  let b = -1;
  for (; j < toks.length && kinds.length < 6; j++) {
    const u = toks[j] as Tok;
    if (b >= 0) {
      // (From the last word read or the particle after it.)
      const p = toks[j - 1] as Tok;
      const g = v.slice(p.e, u.s);
      const ini = j - 1 === b && p.e - p.s === 1;
      if (g === ', ' && !comma && kinds.length <= 3) {
        comma = true;
        cj = j;
        ck = kinds.length;
      } else if (!(g === ' ' || (ini && g === '. ') || g === ' "' || g === '" ')) break;
      if (NAME_STOPS_33.has(u.k)) break;
    }
    if ((u.m & M.PARTICLES) !== 0 && b >= 0 && u.shape === shape) {
      const n = toks[j + 1];
      if (n !== undefined && n.s === u.e + 1 && v.charCodeAt(u.e) === 32) continue;
    }
    let c = part33(d, u, shape);
    // (A surname that the name lists keep from names as a word of places or wards, after a given name and where the name
    // ends: "fr. timothy ward.", "hall" is a common word and a surname alike.)
    if (c === 0 && b >= 0 && ((toks[b] as Tok).f & L.FIRST) !== 0 && /^(?:[,.;)]|\r?\n|$)/.test(v.slice(u.e, u.e + 2))) c = part33(d, u, shape, true);
    if (c === 0) break;
    // (After a title, a surname no list knows as a given name is the name: "mrs brucer fair", fair is her state.)
    if ((c === 3 || c === 4) && kinds.length === 1 && (afterTitle || titled) && kinds[0] === 2 && ((toks[b] as Tok).f & L.FIRST) === 0) break;
    // (An initial only with its point, or ending the name: "joy p. tanaka", "hoang, minh-anh t".)
    // (Not a letter before a number: "pt: odell bibb m 78", the sex and the age.)
    if (c === 1 && v.charCodeAt(u.e) !== 46 && (!nameEnd33(d, u.e, toks[j + 1]) || v.charCodeAt(u.e) === 47 || (v.charCodeAt(u.e) === 32 && isDigitCode(v.charCodeAt(u.e + 1))))) break;
    kinds.push(c);
    b = j;
  }
  if (b < 0) return undefined;
  // (A surname, a comma and given names: "castellanos de la vega, maria jose", "hoang, minh-anh t". Not a list of names or
  // a name and its place, "fiona hughes, asma patel", "sunniva haetta, porsanger, astma", "anand ramaswamy, stirling": the
  // given names end where a name ends but not at another comma, are no place, and after a surname that a given name
  // opens, "santiago figueroa, adrian", are one word.)
  if (cj >= 0 && b >= cj) {
    const after = kinds.slice(ck).filter((x) => x !== 1).length;
    const first = toks[a] as Tok;
    const x = partsEnd33(v, toks[b] as Tok);
    const nx = toks[b + 1];
    const before = ck - kinds.slice(0, ck).filter((y) => y === 1).length;
    const g0 = toks[cj] as Tok;
    let ok = after >= 1 && after <= 3 && before <= 2 && ((nameEnd33(d, x, nx) && v.charCodeAt(x) !== 44 && !(v.charCodeAt(x) === 32 && isDigitCode(v.charCodeAt(x + 1)))) || (nx !== undefined && (nx.m & M.SUBJECT_VERBS) !== 0 && oneSpace(v, x, nx.s)));
    if (ok && before >= 2 && (first.f & L.FIRST) !== 0 && after > 1) ok = false;
    // (The given names' first word a given name the lexicon knows; or, after one surname it knows, any name where the line
    // or the value ends: "okwuosa, chidera    relationship", not "sayed jawad hashimi, nrpsi", "lucia aramayo, pediatra".)
    if (ok && (g0.f & L.FIRST) === 0 && !(before === 1 && (first.f & (L.LAST | L.COMMON_SURNAME)) !== 0 && /^(?:[ \t]{2,}|[ \t]*(?:\r?\n|$|\())/.test(v.slice(x, x + 3)))) ok = false;
    if (ok && kinds.slice(ck).every((y) => y === 1 || y === 5)) ok = false;
    for (let y = cj; ok && y <= b; y++) {
      const t = toks[y] as Tok;
      if ((t.f & (L.PLACE | L.COUNTRY)) !== 0 && (t.f & L.FIRST) === 0) ok = false;
    }
    if (!ok) {
      b = cj - 1;
      while (b > a && (((toks[b] as Tok).m & M.PARTICLES) !== 0 && kinds.length > 0 && b !== a)) b--;
      kinds.length = ck;
      comma = false;
    }
  } else comma = false;
  const lb = toks[b] as Tok;
  return { a, b, kinds, comma, titled, end: nameEnd33(d, partsEnd33(v, lb), toks[b + 1]) };
}

/** The end of the name whose last token is t: after an initial's point ("d. king", "begay, darlene r."). */
export function partsEnd33(v: string, t: Tok): number {
  return t.e - t.s === 1 && v.charCodeAt(t.e) === 46 ? t.e + 1 : t.e;
}

/** Adds a name over [s, e) unless a candidate of another kind than a name or a place overlaps it or a name covers it; a
 * name or a place of one word inside it gives way ("priya" of "priya white", "street" read as a place; not "winston
 * scott polyclinic"); with keep, a name that
 * overlaps it keeps its edges (the other rules drew them where this one has no end to go by). */
export function addName33(d: Detector, s: number, e: number, keep = false): boolean {
  let p = 66;
  let covered = false;
  let other = false;
  /** With keep, the names found in it. */
  const found: Cand[] = [];
  d.someOverlap(s, e, (c) => {
    if (c.t === 'NAME') {
      if (c.s <= s && c.e >= e) covered = true;
      if (keep) found.push(c);
      if (c.p >= p) p = c.p + 1;
    } else if (c.t === 'LOCATION' && c.s >= s && c.e <= e && !d.v.slice(c.s, c.e).includes(' ')) {
      if (c.p >= p) p = c.p + 1;
    } else other = true;
    return false;
  });
  if (covered || other) return false;
  // (With keep, a name found in it grows only over words the name lists know, initials and particles: "dr. brian martin
  // at", "mother maria papanikolaou donated"; not "dr aled pugh meddygfa'r bont".)
  if (found.length > 0) {
    const toks = d.toks;
    for (let x = d.tokenStartingAt(s); x >= 0 && x < toks.length; x++) {
      const t = toks[x] as Tok;
      if (t.s >= e) break;
      if (found.some((c) => c.s <= t.s && c.e >= t.e)) continue;
      if (t.e - t.s > 1 && (t.f & NAME_BITS) === 0 && (t.m & M.PARTICLES) === 0) return false;
    }
  }
  d.add(s, e, 'NAME', p);
  return true;
}

/** Of them, the labels of a letter's or a message's addressee and sender, whose value is a firm or a care site as often. */
const ADDRESS_LABELS_33 = new Set(['to', 'from', 'attn', 'contact']);
/** Severities before "mr", "ms" (mitral regurgitation, stenosis). */
const SEVERITY_33 = new Set(['mild', 'moderate', 'severe', 'trace', 'trivial', 'mod', 'sev', 'significant', 'no', 'echo']);
/** Labels after which one word no list knows may be no name ("pt: afeb", "re: ptsd", "to: pharmacy"). */
const LOOSE_LABELS_33 = new Set(['pt', 're', 'to', 'from', 'attn', 'contact', 'tech', 'worker']);

/**
 * Stop 33 (name33): in a text all in lower case or all in capitals, whole names after a label of a person ("patient:
 * priya white   mrn", "guarantor: d. king", "name: mr brown", "patient: castellanos de la vega, maria jose   dob"), after
 * kin ("son mark c. baker (375...)", "(spouse park, juan)") and after a title ("dr. white", "dear dr brown,", "fr.
 * timothy ward"), where the surname is also a common word that the one-case rules, which want a word no list knows,
 * skip. The value must end where a name ends (readName33's end: a line's end, two blanks, a bracket, a comma, a label
 * such as "dob" or "mrn", a credential) unless a word of it is no common word; a common word that is no given name
 * or surname, a clinical word or a function word ends it ("patient: pt is comfortable", "name: not given").
 */
export function oneCaseNames33(d: Detector): void {
  if (!d.oneCase) return;
  const v = d.v;
  const toks = d.toks;
  const shape = d.capsDoc ? 'U' : 'L';
  for (let i = 0; i + 1 < toks.length; i++) {
    const c = toks[i] as Tok;
    if (c.shape !== shape) continue;
    const k = c.k;
    // (One look-up a token: the word's cues as bits, CUES_33.)
    const cue = CUES_33.get(k);
    if (cue === undefined) continue;
    const label = (cue & CUE_LABEL_33) !== 0;
    // (Stop 33: "by" before a whole name that ends where a name ends: "read by art law, pa-c", "pulled from iris by k.
    // hadley 6/2/25"; two words or an initial, "by ems", "by phone" are no names.)
    const by = k === 'by';
    const role = (cue & CUE_ROLE_33) !== 0;
    const kin = (cue & (CUE_KIN_33 | CUE_ROLE_33)) !== 0;
    const title = (cue & CUE_TITLE_33) !== 0;
    const n = toks[i + 1] as Tok;
    const g = n.s - c.e;
    const ch = v.charCodeAt(c.e);
    let mode: 'label' | 'kin' | 'title';
    if (label && ch === 58 && g <= 4 && blanks(v, c.e + 1, n.s)) mode = 'label';
    else if (title && ((g === 1 && ch === 32) || (g === 2 && ch === 46 && v.charCodeAt(c.e + 1) === 32))) mode = 'title';
    // (Kin with a comma after it too, "his mother, faadumo,"; a role only before the name, "medical officer, gynae opd".)
    else if (kin && ((g === 1 && ch === 32) || (g === 2 && ch === 44 && !role && v.charCodeAt(c.e + 1) === 32))) mode = 'kin';
    else continue;
    const r = readName33(d, i + 1, shape, mode === 'title');
    if (r === undefined) continue;
    const kinds = r.kinds;
    let strong = 0;
    let ini = 0;
    for (const x of kinds) {
      if (x === 2) strong++;
      else if (x === 1) ini++;
    }
    const words = kinds.length - ini;
    if (words === 0) continue;
    const a = toks[r.a] as Tok;
    const lb = toks[r.b] as Tok;
    // (After "mr" or "ms" with a point, a severity or a clinical word before it tells mitral regurgitation or multiple
    // sclerosis: "echo moderate mr. off-island referral".)
    const pv = toks[i - 1];
    if (mode === 'title' && SHORT_TITLES_33.has(k) && pv !== undefined && (clinicalWord(pv.k) || SEVERITY_33.has(pv.k))) continue;
    let ok: boolean;
    // (Where the value runs on past the name, two words of it, one no common word; not after a label that takes anything,
    // "to: optumrx prior authorization".)
    if (!r.end) ok = words >= 2 && strong >= 1 && !(mode === 'label' && LOOSE_LABELS_33.has(k));
    // (Two words or more: one a name no common word, a given name, or beside an initial or a title, or surname and given
    // names; not a misspelling first and a word that is a name, "son presnt till 2100"; "ms precious tembo" is a name.)
    else if (words > 1) ok = (kinds.some((x) => x === 2 || x === 3) || ((ini > 0 || r.titled || r.comma || mode === 'title') && kinds.some((x) => x === 4))) && (strong > 0 || kinds[0] !== 5);
    else {
      const w = kinds.find((x) => x !== 1) as number;
      const dotted = mode === 'title' && (ch === 46 || !SHORT_TITLES_33.has(k));
      // (One word alone, three letters at least; after a label that takes anything, "re: mi/meds", only with an initial.)
      if (w === 2) ok = ini > 0 || r.titled || ((toks[r.a + kinds.indexOf(2)] as Tok).e - (toks[r.a + kinds.indexOf(2)] as Tok).s >= 3 && !(mode === 'label' && LOOSE_LABELS_33.has(k)));
      // (A surname that is a word alone: after a title, "dr. white", "name: mr brown", or an initial, "d. king"; after "mr",
      // "ms", "dr" with no point, where they are also shorthand, only at a clause's mark: "mr brown," not "ms clear". A
      // given name that is a word alone after kin: "wife, precious,".)
      else if (w === 5) ok = false;
      else ok = ini > 0 || r.titled || dotted || (mode === 'title' && /^[ \t]*(?:[,.;)]|\r?\n|$)/.test(v.slice(lb.e, lb.e + 3))) || (w === 3 && mode === 'kin' && !role);
    }
    // (After a title with its point, the surname is the next word whatever follows: "prescriber dr. white dea n3026966".)
    if (!ok && !r.end && mode === 'title' && ch === 46 && words === 1 && ini === 0 && kinds[0] !== 5) ok = true;
    // (Stop 35: and a given name that is a word and a surname, two words: "prescriber dr. frank brown dea k9040253".)
    if (!ok && !r.end && mode === 'title' && ch === 46 && words === 2 && ini === 0 && kinds[0] === 3 && (kinds[1] === 2 || kinds[1] === 4)) ok = true;
    // (After "pt", "patient" with no colon, the note's shorthand and misspellings as often: two words at least, one a
    // name the lexicon knows, none a misspelling, the first a given name (or surname, given names): "pt jorunn halvorsen",
    // not "pt afeb.", "pt recieving barium", "pt nares traumatized".)
    // (After "by", a given name the lexicon knows or an initial in it: not "by walgreens paterson", "by daewoo coach".)
    if (ok && by) {
      let given = ini > 0;
      for (let x = r.a; x <= r.b; x++) if (((toks[x] as Tok).f & L.FIRST) !== 0) given = true;
      if (!r.end || (words < 2 && ini === 0) || kinds[0] === 5 || !given) ok = false;
    }
    if (ok && mode === 'kin' && (k === 'pt' || k === 'patient')) {
      let known = false;
      for (let x = r.a; x <= r.b; x++) {
        const t = toks[x] as Tok;
        if ((t.f & NAME_BITS) !== 0 && t.e - t.s > 1) known = true;
      }
      if (words < 2 || !known || kinds.includes(5) || !(r.comma || (a.f & L.FIRST) !== 0)) ok = false;
    }
    // (After a label that takes anything, "to:", "from:", "re:", a name opens with a given name the lexicon knows, an initial
    // or a title: "to: kirsty morrison <...>", not "to: optumrx prior authorization", "from: puskesmas oekabiti".)
    if (ok && mode === 'label' && ADDRESS_LABELS_33.has(k) && !r.titled && kinds[0] !== 1 && (a.f & L.FIRST) === 0) ok = false;
    if (!ok) continue;
    addName33(d, a.s, partsEnd33(v, lb), !r.end);
  }
}

/** Verbs of a person after a name (of M.SUBJECT_VERBS; not "noted", "has", "will", "left" that follow a finding as
 * often). */
export const PERSON_VERBS_33 = new Set('lives lived seen presents presented reports reported denies denied states stated ambulated ambulates arrived returns returned came comes underwent tolerated consented agreed declined refused says said feels felt complains agrees spoke speaks asked told confirmed explained expressed endorses voiced recalls attended visited'.split(' '));
/** Words before a name that introduce it without a colon ("thank you for seeing nancy hall (dob", "pt r. wood ambulated"). */
const NAME_LEADS_33 = new Set(['seeing', 'saw', 'pt', 'hpi', 're', 'patient', 'dear', 'hi', 'hello', 'for']);

/** Whether a name may start at token a: a line's start, a colon, a bracket, a dash or a list's number before it, or
 * a label, kin, a title or a word of NAME_LEADS_33 right before it. */
function nameStart33(d: Detector, a: number, bullet = false, aged = false): boolean {
  const v = d.v;
  const t = d.toks[a] as Tok;
  let x = t.s;
  while (x > 0 && (v.charCodeAt(x - 1) === 32 || v.charCodeAt(x - 1) === 9)) x--;
  if (x === 0) return true;
  const c = v.charCodeAt(x - 1);
  if (c === 10 || c === 13 || c === 58 || c === 40 || c === 62 || c === 124 || c === 91) return true;
  // (Stop 35: before an age, also a bed's or a list's number or a date, or a sentence's end: "bed 2 mirzaei, kourosh 63m",
  // "2. 07/11 fathima beevi, 35 f", "ward note 26.11. aleksandr volkov, 55m"; not after an initial's point, "d/n.".)
  if (aged && x < t.s && (isDigitCode(c) || (c === 46 && x >= 3 && isAsciiLetter(v.charCodeAt(x - 2)) && isAsciiLetter(v.charCodeAt(x - 3))))) return true;
  // (A dash: a list's bullet at a line's start, or, unless `bullet`, any dash: "sb- bo ectopy noted" is no list.)
  if (c === 45) {
    if (!bullet) return true;
    let y = x - 1;
    while (y > 0 && (v.charCodeAt(y - 1) === 32 || v.charCodeAt(y - 1) === 9)) y--;
    return y === 0 || v.charCodeAt(y - 1) === 10 || v.charCodeAt(y - 1) === 13;
  }
  if (c === 46 && x >= 2 && isDigitCode(v.charCodeAt(x - 2))) return true;
  const p = d.toks[a - 1];
  if (p === undefined || p.e !== x) return false;
  return PERSON_LABELS_33.has(p.k) || KIN_33.has(p.k) || TITLES_33.has(p.k) || NAME_LEADS_33.has(p.k);
}

/** Credentials of a clinician that follow a name (Stop 35; not "pa", "ma", "pt", "ot", shorthand as often). */
const NAME_CREDENTIALS_35 = new Set('md do rn np lpn lvn bsn msn crna mbbs frcp frcs phd pharmd dnp aprn fnp cnm lcsw msw mrcp mrcgp dds dmd'.split(' '));

/** After a name: a date of birth or an age ("nancy hall (dob oct 19)", "amanda street, 55-year-old", "d. king, 45 yo",
 * "grace k. schmidt, age 83"). */
/** (Read in place, sticky, not on a slice.) */
// (Stop 35: the age in brackets too, and in years or months by their letter, "park ji-hoon (34m)", "kai ogunleye-murphy,
// 9y", "niyonsenga eric, 2 y", "atieno awuor (18 mo)".)
const AGE_AFTER_33_Y = /(?:,? ?\(?dob\b|,? ?\(?(?:aged? )?\d{1,3}(?: ?(?:yo|y\/o|y\.o\.|yrs?|years?|y|mo|months?)\b|-year-old| ?[mf]\b))/iy;

/**
 * Stop 33 (name33): in a text of one case, a name read whole (readName33) where what stands around it tells a person's:
 * a date of birth or an age after it ("hpi: amanda street, 55-year-old", "seeing nancy hall (dob oct 19)"); or a name
 * another rule found in part, grown over its given name, initial and surname when it ends where a name ends
 * ("son mark c. baker (375...)": "mark" found; "spouse park, juan": "juan"; "joy p. tanaka": "p. tanaka").
 */
export function oneCaseNamesAround33(d: Detector): void {
  if (!d.oneCase) return;
  const v = d.v;
  const toks = d.toks;
  const shape = d.capsDoc ? 'U' : 'L';
  const tryAt = (a: number, minEnd: number, needEnd: boolean, verb = 0, aged = false): boolean => {
    if (a < 0 || !nameStart33(d, a, verb > 0, aged)) return false;
    const r = readName33(d, a, shape);
    if (r === undefined || r.titled) return false;
    const lb = toks[r.b] as Tok;
    const e = partsEnd33(v, lb);
    if (e < minEnd) return false;
    let ini = 0;
    let given = false;
    for (let x = 0; x < r.kinds.length; x++) {
      if (r.kinds[x] === 1) ini++;
      else if (x === 0 || (r.comma && x > 0)) given ||= ((toks[r.a + x] as Tok).f & L.FIRST) !== 0;
    }
    const words = r.kinds.length - ini;
    if (words === 0 || (words === 1 && ini === 0)) return false;
    // (Two words at least, the first a given name or an initial, or a surname and given names after a comma. Stop 35:
    // before an age, also two to four words no list knows as common words, the first no misspelling: "kizza lwanga,
    // 58m", "jedda yunupingu, 33f", "wanjiru kamau njoroge, 24f".)
    const firm = aged && words >= 2 && words <= 4 && r.kinds[0] === 2 && r.kinds.every((x) => x === 1 || x === 2 || x === 3 || x === 4) && r.kinds.filter((x) => x === 2).length >= 2;
    if (!(given || ini > 0 || r.comma || firm)) return false;
    if (needEnd && !r.end) return false;
    // (Before "is", "was", a name of a person's shape only: "rose s. young is", "street, faith is"; not "bo ectopy".)
    if (verb === 2 && ini === 0 && !r.comma) return false;
    return addName33(d, (toks[r.a] as Tok).s, e);
  };
  // A date of birth or an age after the name.
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Tok;
    const k = t.k;
    if (k !== 'dob' && !isDigitCode(v.charCodeAt(t.s))) continue;
    const p = toks[i - 1] as Tok;
    const at = p.e + (p.e - p.s === 1 && v.charCodeAt(p.e) === 46 ? 1 : 0);
    if (t.s - at > 8) continue;
    AGE_AFTER_33_Y.lastIndex = at;
    if (!AGE_AFTER_33_Y.test(v)) continue;
    for (let a = Math.max(0, i - 6); a < i; a++) {
      const r = readName33(d, a, shape);
      if (r === undefined || r.b !== i - 1) continue;
      if (tryAt(a, p.e, false, 0, true)) break;
    }
  }
  // (Stop 35: a clinician's credential after the name, where a line, a sign-off's dash, a label or a sentence opens it and
  // the credential ends a clause: "-- joy park, rn", "nairi hakobyan, md", "mere pomare rn, practice nurse"; "do" only
  // after a comma.)
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.shape !== shape || !NAME_CREDENTIALS_35.has(t.k)) continue;
    const p = toks[i - 1] as Tok;
    const gap = v.slice(p.e, t.s);
    if (!(gap === ', ' || (gap === ' ' && t.k !== 'do')) || part33(d, p, shape) < 1) continue;
    if (!/^(?:[ \t]*(?:[,;)(|\/]|\r?\n|$| -)|[ \t]{2})/.test(v.slice(t.e, t.e + 3))) continue;
    for (let a = Math.max(0, i - 6); a < i; a++) {
      const r = readName33(d, a, shape);
      if (r === undefined || r.b !== i - 1) continue;
      // (Not from a role's noun, "endoscopist priya balasubramanian, md", "vaccinator olivia castellanos, np".)
      const k0 = (toks[a] as Tok).k;
      if (PERSON_LABELS_33.has(k0) || ROLES_33.has(k0) || /(?:ist|ator)$/.test(k0)) continue;
      if (tryAt(a, p.e, false, 0, true)) break;
    }
  }
  // A subject's verb after the name, where a line, a label or a cue opens it: "w. brown lives alone", "street, faith lives
  // alone", "pt grace walker ambulated" (the verbs of M.SUBJECT_VERBS).
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Tok;
    const verb = PERSON_VERBS_33.has(t.k) ? 1 : t.k === 'is' || t.k === 'was' ? 2 : 0;
    if (verb === 0 || t.shape !== shape) continue;
    const p = toks[i - 1] as Tok;
    if (!oneSpace(v, p.e, t.s) || part33(d, p, shape) < 1) continue;
    for (let a = Math.max(0, i - 6); a < i; a++) {
      const r = readName33(d, a, shape);
      if (r === undefined || r.b !== i - 1) continue;
      if (tryAt(a, p.e, false, verb)) break;
    }
  }
  // Names found in part.
  for (const c of d.cands.slice()) {
    if (c.t !== 'NAME' || c.p < 0) continue;
    const a = d.tokenStartingAt(c.s);
    if (a < 0) continue;
    const t = toks[a] as Tok;
    // (Back over a surname and its comma, or a given name before an initial: "park, juan", "joy p. tanaka".)
    const p = toks[a - 1];
    if (p !== undefined && p.shape === shape && (v.slice(p.e, t.s) === ', ' || (v.slice(p.e, t.s) === ' ' && t.e - t.s === 1 && (p.f & L.FIRST) !== 0)) && part33(d, p, shape) >= 2 && tryAt(a - 1, c.e, true)) continue;
    // (On over an initial and a surname: "mark c. baker (", "priya white  mrn".)
    if ((t.f & L.FIRST) !== 0 || t.e - t.s === 1) tryAt(a, c.e + 1, true);
  }
}

// --- Stop 35 (branch names35): names of a text of one case --------------------------------------------------------------

/** Endings of adjectives and of British spellings of nouns that a word list of American English lacks ("obstetric",
 * "theatre", "centre", "haematology"), which no name no list knows ends with. */
const NOT_REPEATED_ENDING_35 = /(?:ic|ical|ive|ous|ary|ory|ology|tre|ment|tion|sion|ness)$/;

/**
 * Stop 35 (names35): in a text all in lower case or all in capitals, the other mentions of a name kept. nameRepeats32
 * reads capitalized words only; here a word of a name kept that part33 reads as a name's firmly (a known name that is no
 * common word, or a word no list knows, four letters or more, no misspelling, clinical word, place, role or language) is a
 * name where else it stands as a word of its own that no span holds: "[25-11-2026 10:42] venkatalakshmi raghunathan:
 * deepavali sweets only" after "patient venkatalakshmi raghunathan, 71" was found, "redcloud to home" after "pu hollis
 * redcloud". Words side by side, one blank apart, make one span. Returns kept, with the repeats added, by start.
 */
export function oneCaseRepeats35(d: Detector, kept: Cand[]): Cand[] {
  const v = d.v;
  const toks = d.toks;
  const shape = d.capsDoc ? 'U' : 'L';
  let words: Set<string> | undefined;
  let x = 0;
  for (const c of kept) {
    if (c.t !== 'NAME') continue;
    while (x < toks.length && (toks[x] as Tok).e <= c.s) x++;
    if (x > 0 && (toks[x - 1] as Tok).e > c.s) x--;
    // (Only of a span that reads as a person's name word by word: not "obstetric theatre", a clinical word in it.)
    // (Nor with a word no list knows that ends as an adjective or a British noun does: "obstetric theatre".)
    let person = true;
    for (let y = x; person && y < toks.length && (toks[y] as Tok).s < c.e; y++) {
      const t = toks[y] as Tok;
      if (t.s < c.s || t.e > c.e || (t.m & M.PARTICLES) !== 0) continue;
      if (part33(d, t, shape) === 0 || ((t.f & NAME_BITS) === 0 && NOT_REPEATED_ENDING_35.test(t.k))) person = false;
    }
    if (!person) continue;
    // (A place's name that is a name too only where other words show the person: "joselia dos santos", not "madrid,".)
    for (let y = x; y < toks.length && (toks[y] as Tok).s < c.e; y++) {
      const t = toks[y] as Tok;
      if (t.s < c.s || t.e > c.e || t.e - t.s < 4 || (t.m & M.PARTICLES) !== 0 || ((t.f & (L.PLACE | L.COUNTRY)) !== 0 && t.s === c.s && t.e === c.e) || ONE_CASE_STAFF_31.has(t.k) || part33(d, t, shape) !== 2) continue;
      // (A word no list knows before a known name is as often a role or a title of another language: "bidan dewi
      // lestari", the midwife.)
      const nx = toks[y + 1];
      if ((t.f & NAME_BITS) === 0 && t.s === c.s && nx !== undefined && nx.e <= c.e && (nx.f & NAME_BITS) !== 0) continue;
      (words ??= new Set()).add(t.k);
    }
  }
  if (words === undefined) return kept;
  const added: Cand[] = [];
  let k = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.shape !== shape || !words.has(t.k)) continue;
    const te = t.e;
    // (Not before a clinical word, a care site's or a place's noun, an eponym's head: "chagas disease", "puthenpurackal
    // house"; but "sign" is a verb as often, "i saw joseph crowchild sign his directive".)
    const nt = toks[i + 1];
    if (nt !== undefined && oneSpace(v, te, nt.s) && (clinicalWord(nt.k) || (nt.m & (M.FACILITY_GENERIC | M.PLACE_NOUNS | M.BUILDING_HEADS)) !== 0 || ((nt.m & M.EPONYM_HEADS) !== 0 && nt.k !== 'sign' && nt.k !== 'signs'))) continue;
    // A word of its own: not in an address, a handle or a file's name ("@raghunathan", "kaija.aho@", "redcloud_2").
    const b = t.s > 0 ? v.charCodeAt(t.s - 1) : 32;
    const a = v.charCodeAt(te);
    if (b === 64 || b === 46 || b === 95 || b === 47 || isDigitCode(b) || a === 64 || a === 95 || isDigitCode(a) || (a === 46 && (isAsciiLetter(v.charCodeAt(te + 1)) || isDigitCode(v.charCodeAt(te + 1))))) continue;
    while (k < kept.length && (kept[k] as Cand).e <= t.s) k++;
    const o = kept[k];
    if (o !== undefined && o.s < te) continue;
    // (Nor a firm named after people: "kaminski & roth llp".)
    if ((a === 32 || a === 44) && FIRM_AFTER.test(v.slice(te, te + 48))) continue;
    // (Beside the word just added, one blank apart: one name.)
    const last = added[added.length - 1];
    if (last !== undefined && !t.possessive && oneSpace(v, last.e, t.s) && (toks[i - 1] as Tok).e === last.e && !(toks[i - 1] as Tok).possessive) {
      added[added.length - 1] = { s: last.s, e: te, t: 'NAME', p: 55 };
      continue;
    }
    added.push({ s: t.s, e: te, t: 'NAME', p: 55 });
  }
  if (added.length === 0) return kept;
  return kept.concat(added).sort((p, q) => p.s - q.s);
}

/**
 * Stop 35 (names35): in a text of one case, a name joined by "and" to a name found ("daughters marjorie vos and annelies
 * brouwer", "relatives gangireddy sudhakar and ramadevi", "sisters mere and huia"). The name is read whole (readName33),
 * must end where a name ends and hold a word of a name's (part33 kind 2 or 3): "dr. healey and team", "son bill and
 * wife", "dr murphy and rn aware" stay. (Not after a comma: there a place, a role or a diagnosis follows a name as often,
 * "sunniva haetta, porsanger, astma".)
 */
export function oneCaseNamesJoined35(d: Detector): void {
  if (!d.oneCase) return;
  const v = d.v;
  const toks = d.toks;
  const shape = d.capsDoc ? 'U' : 'L';
  /** Where the names found end. */
  const ends = new Set<number>();
  for (const c of d.cands) if (c.t === 'NAME' && c.p >= 0) ends.add(c.e);
  if (ends.size === 0) return;
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok;
    const p = toks[i - 1] as Tok;
    if (t.k !== 'and' || t.shape !== shape || !oneSpace(v, p.e, t.s) || !ends.has(partsEnd33(v, p))) continue;
    const j = i + 1;
    const n = toks[j] as Tok;
    if (!oneSpace(v, t.e, n.s)) continue;
    const r = readName33(d, j, shape);
    if (r === undefined || !r.end || r.titled || r.a !== j) continue;
    const kinds = r.kinds;
    if (kinds.every((x) => x === 1) || kinds[0] === 5 || !kinds.some((x) => x === 2 || x === 3)) continue;
    const lb = toks[r.b] as Tok;
    const e = partsEnd33(v, lb);
    if (addName33(d, n.s, e)) ends.add(e);
  }
}
