// Stop 18 (caps18): precision in texts of one case, names after cues in one-case texts.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, NAME_BITS } from '../lexicon.js';
import { clinicalWord } from '../tagger.js';
import { isDigitCode, type Tok } from './words.js';
import { FUNCTION_WORDS, KIN_STATUS_31, M, PLACE_PREP, STRONG_CONTEXT } from './vocabulary.js';
import type { Detector } from './detector.js';
import { blanks, oneSpace } from './shapes.js';
import { capsStreetShown, ONE_CASE_SERVICES } from './one-case-places.js';
import { LANGUAGES } from './later-cues.js';

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
      const abbr = t.w.length === 1 || t.k === 'no' || (t.k === 'st' && (prev === undefined || prev.shape === 'X' || isDigitCode(v.charCodeAt(prev.s))));
      if (!abbr && !(nx !== undefined && ONE_CASE_UNIT_18.has(nx.k))) return t.e;
    }
    prev = t;
  }
  return end;
}

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
