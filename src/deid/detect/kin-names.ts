// Stop 27: a person's name after the cues the older cue rule (cue-names.ts) does not read: relatives and carers in
// other languages and in familiar forms ("Filha Jussara tel.", "Poeg Rein", "nan Pat.", "stepdad Femi,", "Gogo
// MaDlamini,"), roles that lack from the context lists ("Clinician: Wafula Peter,", "receptionist Lusine."), a relation
// written with "of" or a slash ("son of Esmail,", "wife of Hasanovic)", "Shabana w/o Rafiq Ahmed", "father's name
// Gholamreza,"), and the names of a plural cue's list ("nurses Wumpini and Memunatu Iddi.", "Children: Princess, Jhon
// Mark and Angel."). The name's words are read as the cue rule reads them (cueWord26, nameAfterCue26). Run after the
// tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { Tok } from './words.js';
import { M } from './vocabulary.js';
import type { Detector } from './detector.js';
import { inPlace, MEDICAL_ENDING, ROLE_ENDING, STATE_ENDING } from './later-cues.js';
import { cueGap26, cueWord26, nameAfterCue26, nameEnds26, nameOver26 } from './cue-names.js';
import { KIN_ROLE_WORDS_22 } from './unknown-names.js';
import { L, NAME_BITS, lexicons } from '../lexicon.js';
import { CUE27_WORDS, isNameCand, memberBits, T } from './words.js';
import { clinicalWord } from '../tagger.js';
import { lineStartOf } from './text.js';
import { mergeSorted } from './shapes.js';

/** Relatives, and carers called by a given name, after whom one given name stands alone ("nan Pat.", "Poeg Rein"),
 * besides GIVEN_ALONE_CUE_26's and the other languages' of KIN_ROLE_WORDS_22. */
const GIVEN_CUE_27: ReadonlySet<string> = new Set(
  'mama papa nan nanna gran granny nana grandad granddad grandmom grandmum auntie aunty stepdad stepmum stepmom stepfather stepmother bibi opa oma nonna nonno abuela abuelo tia tio tita tito kuya apo sonen dottern receptionist cns anm asha lhw chv hew tba facilitator hairdresser lodger sage-femme'.split(
    ' ',
  ),
);

/** Roles that lack from the context lists, after which a name of two words, or a known name before a word in lower
 * case, stands ("Clinician: Wafula Peter,", "regente Hernan Ospina."). */
const ROLE_CUE_27: ReadonlySet<string> = new Set(
  'clinician supervisor facilitator regente jordmor lege testigo patronymic rabbi imam pastor sheikh deaconess vicar typist encoder annotator rater'.split(
    ' ',
  ),
);

/** Plural cues before a list of names ("nurses Wumpini and Memunatu Iddi", "sons Shahed and Jubair"). */
const PLURAL_CUE_27: ReadonlySet<string> = new Set(
  'nurses sons daughters brothers sisters children kids friends facilitators carers twins siblings sibs half-sibs half-siblings stepchildren grandkids grandchildren grandsons granddaughters cousins aunts uncles nieces nephews'.split(
    ' ',
  ),
);

/** Words of a household's list that are no name ("Baby (4 mo)", "Twin 2"). */
const NOT_LISTED_27: ReadonlySet<string> = new Set(
  // (Nor twins' chorionicity: "Twins: Mono and Di".)
  'baby babies bub twin infant newborn unborn mono di tri dcda mcda mcma'.split(' '),
);

/** Relatives before "of" ("son of Esmail", "house of Monir"), and before "'s name" ("father's name Gholamreza"). */
const OF_CUE_27: ReadonlySet<string> = new Set(
  'son daughter wife husband widow widower mother father brother sister child house family'.split(' '),
);

/** Cues of a record's stamp, after which a clerk's initials or user name stands: 'b' = "by" and "par" after a participle or
 * a time ("TRANSCRIBED: 25/11/2026 BY TW", "Sent by tkm /", "ENTERED JAN 08 2026 2214 BY OKONJO"), 't' = a typist's
 * ("TYPED JMK", "typed km 13/02"), 'u' = a user's field ("USER: MKOWALSKI", "CLERK DMONTOYA", "annotator kim.soyeon"). */
const STAMP_CUE_27: ReadonlyMap<string, string> = new Map([
  ['by', 'b'],
  ['par', 'b'],
  ['typed', 't'],
  ['typist', 't'],
  ['user', 'u'],
  ['clerk', 'u'],
  ['operator', 'u'],
  ['encoder', 'u'],
  ['annotator', 'u'],
  ['rater', 'u'],
]);

/** Every cue word of the rules here and its kind, read with one look-up per token: 1 a stamp's, 2 a plural, 3 a relative's
 * or a carer's before a given name, 4 another language's relative, 5 a role's, 6 "of", 7 the "o" of "w/o", 8 a relative
 * before "of" or "'s name" only. */
const CUE_27: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const w of OF_CUE_27) m.set(w, 8);
  for (const w of ROLE_CUE_27) m.set(w, 5);
  for (const w of KIN_ROLE_WORDS_22) m.set(w, 4);
  for (const w of GIVEN_CUE_27) m.set(w, 3);
  for (const w of PLURAL_CUE_27) m.set(w, 2);
  for (const w of STAMP_CUE_27.keys()) m.set(w, 1);
  m.set('of', 6);
  m.set('o', 7);
  for (const w of m.keys()) CUE27_WORDS.add(w);
  return m;
})();

export function kinNames27(d: Detector): void {
  const toks = d.toks;
  const n = toks.length;
  if (n < 2) return;
  const v = d.v;
  const mode: 'T' | 'U' | 'L' = d.capsDoc ? 'U' : d.lowerTyped ? 'L' : 'T';
  const hyphens = mode !== 'U' && v.includes('-');
  // (The cue words' tokens are listed in d.idx27, in order: the look-up below is made at them only.)
  const cues = d.idx27;
  if (cues.length === 0 && !hyphens) return;
  // (Stop 28, speed: the cue words' tokens and, when hyphens occur, d.monthIdx's, in text order, not every token: a word
  // with a hyphen is listed there, as is every token with an apostrophe, a hyphen or a character beyond ASCII.)
  let next = 0;
  for (const i of hyphens ? mergeSorted(d.monthIdx, cues) : cues) {
    const t = toks[i] as Tok;
    // A name with a word joined by a hyphen, in mixed case ("Tamsin Odhiambo-Price").
    if (hyphens && t.shape === (mode === 'T' ? 'T' : 'L') && t.e - t.s > 4 && t.w.indexOf('-') > 0) hyphenPair27(d, i, mode === 'L');
    if (i !== cues[next]) continue;
    next++;
    const c = CUE_27.get(t.k);
    if (c === undefined || i + 1 === n) continue;
    const k = t.k;
    if (t.possessive) {
      // "father's name Gholamreza", "mother's name: Aigul".
      if (OF_CUE_27.has(k) && (toks[i + 1] as Tok).k === 'name' && (toks[i + 1] as Tok).s === t.e + 3) afterCue27(d, i + 1, t.shape, mode, true);
      continue;
    }
    if (c === 1) {
      const st = STAMP_CUE_27.get(k) as string;
      if ((toks[i + 1] as Tok).shape !== 'X') stamp27(d, i, st, mode);
    } else if (c === 2) list27(d, i, mode);
    else if (c === 6) {
      // "son of Esmail", "wife of late Arjun Mehta".
      const p = toks[i - 1];
      if (p === undefined || p.possessive || !OF_CUE_27.has(p.k) || t.s - p.e !== 1) continue;
      const late = (toks[i + 1] as Tok).k === 'late' ? i + 1 : i;
      afterCue27(d, late, p.shape, mode, true);
    } else if (c === 7) {
      // "Shabana w/o Rafiq Ahmed", "s/o Ramesh Kumar", "d/o late Anil Verma": a relation by a slash, read as a role's
      // (two words, or a known name before a word in lower case; never one word alone: "w/o Contrast").
      if (i < 1 || t.s < 2 || v.charCodeAt(t.s - 1) !== 47) continue;
      const p = toks[i - 1] as Tok;
      if (p.e !== t.s - 1 || p.e - p.s !== 1 || (p.k !== 'w' && p.k !== 's' && p.k !== 'd')) continue;
      const late = (toks[i + 1] as Tok).k === 'late' ? i + 1 : i;
      afterCue27(d, late, p.shape === 'I' && mode === 'U' ? 'U' : p.shape === 'I' ? 'T' : p.shape, mode, false);
    } else if (c === 3 || c === 4) {
      // (The other languages' relatives in mixed case only: in one case the words of their language after them are no
      // lexicon's, "FILHA MAIS VELHA ACOMPANHA".)
      if (c === 4 && (mode !== 'T' || t.shape === 'U')) continue;
      // ("nan" between two capitalized words is Gaelic's particle: "Comhairle nan Eilean Siar".)
      if (k === 'nan' && i > 0 && (toks[i - 1] as Tok).shape === 'T') continue;
      // (The context lists' cues are the cue rule's, unless given names stand alone after them here: "granny", "hija".)
      afterCue27(d, i, t.shape, mode, true, c === 4);
    } else if (c === 5 && (t.m & M.STRONG_CONTEXT) === 0) afterCue27(d, i, t.shape, mode, false);
  }
}

/** The name after the cue at token i (of shape cs), as the cue rule reads it (cueNames26's checks of the shapes and of
 * the gap). */
function afterCue27(d: Detector, i: number, cs: string, mode: 'T' | 'U' | 'L', given: boolean, other = false): void {
  const toks = d.toks;
  const t = toks[i] as Tok;
  const a = toks[i + 1];
  if (a === undefined) return;
  // (A relative's word after a role is the cue of the name after it: "CHV Mama Rose Adhiambo", "auntie Aunty Dulcie".)
  if (GIVEN_CUE_27.has(a.k) || KIN_ROLE_WORDS_22.has(a.k)) return;
  if (mode === 'T' ? a.shape !== 'T' && a.shape !== 'U' : a.shape !== mode || cs !== mode) return;
  if (!cueGap26(d.v, t.e, a.s)) return;
  const m: 'T' | 'U' | 'L' = mode === 'T' && a.shape === 'U' ? (cs === 'U' ? 'U' : 'T') : mode;
  if (m === 'T' && a.shape !== 'T') return;
  if (!other || otherName27(d, i + 1)) nameAfterCue26(d, i, m, given);
  // One given name before a phone's label or number: "Poeg Rein tel +372 ...", "fils Sevag +961 3 ...". (The label
  // read whole: not "Ehefrau Informiert telefonisch".)
  if (given && PHONE_NEXT_27.test(d.v.slice(a.e, a.e + 14))) {
    const c = cueWord26(d, a, m);
    if ((c === 1 || c === 2 || (c === 3 && m === 'T')) && !a.w.includes('-') && !inPlace(d, a.s, a.e)) nameOver26(d, a.s, a.e, 72);
  }
}

/** Whether the capitalized words from token j read as a name after another language's relative: a word of that
 * language follows as often, a state, an adjective or a role (not "Padre Desconocido.", "Vater Verstorben", "Hermana
 * Menor", "Medico Tratante:"). One word alone only a given name the lexicons know ("Filha Rosa", "fils Jean-Baptiste"; a
 * word no lexicon knows before a phone is read below: "Filha Jussara tel."), two words or more only where the name
 * ends (not "Filha Mais Velha acompanha"). */
function otherName27(d: Detector, j: number): boolean {
  const toks = d.toks;
  const v = d.v;
  let last = j;
  while (last - j < 3) {
    const p = toks[last] as Tok;
    const w = toks[last + 1];
    if (w === undefined || w.s !== p.e + 1 || v.charCodeAt(p.e) !== 32 || w.shape !== 'T') break;
    last++;
  }
  if (last > j) return nameEnds26(v, (toks[last] as Tok).e);
  const a = toks[j] as Tok;
  const h = a.k.indexOf('-');
  const f = h > 0 ? (lexicons().flags.get(a.k.slice(0, h)) ?? 0) : a.f;
  return (f & L.FIRST) !== 0;
}

/** A phone's label or number after a name ("tel", "ph.", "mob", "+47 ..."). */
const PHONE_NEXT_27 = /^ (?:(?:tel|tlf|ph|phone|mob|mobile|cel|cell|celular|telefone|telefon|puh)\b\.?|\+\d)/i;

/** Whether the text at x is a list's joint: ", ", " and ", " & " (a line's end may follow "and"); the joint's length. */
function joint27(v: string, x: number): number {
  const c = v.charCodeAt(x);
  if (c === 44) return v.charCodeAt(x + 1) === 32 ? 2 : 0;
  if (c !== 32) return 0;
  if (v.startsWith('and', x + 1)) {
    const b = v.charCodeAt(x + 4);
    return b === 32 || b === 10 ? 5 : 0;
  }
  return v.startsWith('& ', x + 1) ? 3 : 0;
}

/** A child's age after a listed name: " (9)", " (18 months)", " 6", " 8 mo". */
const AGE_27 = /^ (?:\(\d{1,2}(?: ?(?:y|yrs?|years?|mo|months?|wks?|weeks?))?\)|\d{1,2}(?: ?(?:y|yo|yrs?|years?|mo|mos|months?|wks?|weeks?)\.?)?(?![\p{L}\d/:.-]))/u;

/** The names of a plural cue's list at token i: two to six items of one to three words each, a child's age may follow
 * each ("Angel 6 and Mercedes 3", "Sagal (9), Guled (6)"), all of them names, the list ended. */
function list27(d: Detector, i: number, mode: 'T' | 'U' | 'L'): void {
  const v = d.v;
  const toks = d.toks;
  const t = toks[i] as Tok;
  const a = toks[i + 1] as Tok;
  if (mode === 'T' ? a.shape !== 'T' : a.shape !== mode || t.shape !== mode) return;
  // (The list opens after one blank, a colon, or a line's end: "sons\nShahed and Jubair".)
  if (!cueGap26(v, t.e, a.s) && !(a.s - t.e === 1 && v.charCodeAt(t.e) === 10)) return;
  const items: number[] = [];
  let j = i + 1;
  let end = -1;
  for (let guard = 0; guard < 6; guard++) {
    // One item: up to three words joined by one blank.
    const first = j;
    let strong = 0;
    let words = 0;
    let last = -1;
    while (j < toks.length && words < 3) {
      const w = toks[j] as Tok;
      if (words > 0 && (w.s - (toks[last] as Tok).e !== 1 || v.charCodeAt(w.s - 1) !== 32)) break;
      // (A relative's or a role's word is none of a listed name: "children Leo (6), Mia (3), Baby (4 mo)".)
      let c = (w.m & M.STRONG_CONTEXT) !== 0 || CUE_27.has(w.k) || NOT_LISTED_27.has(w.k) ? 0 : cueWord26(d, w, mode);
      // (A word of a name found is a name's: "Children: Princess, Jhon Mark and Angel".)
      if (c === 0 && w.shape === a.shape && !NOT_LISTED_27.has(w.k) && d.someCovering(w.s, w.e, isNameCand)) c = 2;
      if (c === 0 || (c === 4 && words > 0)) break;
      if (c === 1 || c === 2) strong++;
      words++;
      last = j;
      j++;
    }
    if (words === 0) return;
    // (One word: a name, or a given name that is also a word; never a plain capitalized word alone.)
    const ft = toks[first] as Tok;
    const f = d.someCovering(ft.s, ft.e, isNameCand) ? 2 : cueWord26(d, ft, mode);
    if (words === 1 ? f === 4 : strong === 0) return;
    // (In one case, only names the lexicons know: as cueNames26.)
    if (mode !== 'T' && (f !== 2 || strong !== words)) return;
    const s = (toks[first] as Tok).s;
    let e = (toks[last] as Tok).e;
    if (inPlace(d, s, e)) return;
    items.push(s, e);
    // A child's age after the item.
    let x = e;
    const age = AGE_27.exec(v.slice(x, x + 16));
    if (age !== null) x += age[0].length;
    const jl = joint27(v, x);
    if (jl === 0) {
      end = x;
      break;
    }
    x += jl;
    while (j < toks.length && (toks[j] as Tok).s < x) j++;
    if (j >= toks.length || (toks[j] as Tok).s !== x) return;
    e = x;
  }
  // (Two items at least, and the list ends there: a clause's mark or a line's end, or a word in lower case.)
  if (end < 0 || items.length < 4) return;
  const nx = toks[j];
  if (!nameEnds26(v, end) && !(mode === 'T' && nx !== undefined && nx.s === end + 1 && nx.shape === 'L')) return;
  for (let x = 0; x < items.length; x += 2) nameOver26(d, items[x] as number, items[x + 1] as number, 72);
}

/** Abbreviations of two to four letters after "by" that are no one's initials: services, staff, tests, routes, units. */
const NOT_INITIALS_27: ReadonlySet<string> = new Set(
  'ent id ot pt slt salt gp icu ed er ems md do rn np pa ct mri us uss xr cxr ecg ekg eeg emg iv im sc sq po pr ng ngt peg og io abg vbg cbc fbc ua lp or ob gyn ccu hdu nicu picu scbu mdt cns sho spr ho mo co op ip ae pacu rt rrt sw msw pta hca cna lpn lvn emt als bls sn dn hv cpn cmht iapt nhs va doh cps dss me pm am tel sms fax txt emr ehr epr pas api it pmh crt opd msk ir vir ivr hcp poc bsl nbm otc gi pft pet dxa rmo jmo pgy dr mr mrs ms prn hh hha pcp ob md aprn crna dnp pharmd rph cma ma ems fd pd gps sat ups dhl www pc uk usa eu un who cdc fda nih cms cmo ceo cfo coo hr irb qa qi ssa dhs dmv ccg icb hse mbi dob ssn mrn nhi chi upi ama hmo ppo aco snf ltc alf sar rcp bma gmc nmc hcpc ahpra nsw nz aus ca tx ny fl mom dad sis bro mum pts ref req amb pkg box bus car van taxi uber cab foot air sea ep eps td nbp nibp abp art cvp pap map hr rr bp sbp dbp tte tee us lab pcr rdt ihc bmp cmp lft rft tft inr ptt esr crp enf sr sra dra rm cn ch tbc tba tbd pto nad nka nkda wnl'.split(' '),
);

/** Blood groups and the systems of typing after "typed", no typist's initials ("Blood typed ABO", "Typed HLA"). */
const TYPING_27: ReadonlySet<string> = new Set('abo ab rh rhd hla kir hpa hna'.split(' '));

/** Words after which "by" stamps a record: participles of recording, checking and sending (not of travel or of care:
 * "arrived by BODA", "travelled by matatu"). */
const STAMP_VERB_27: ReadonlySet<string> = new Set(
  'typed transcribed dictated entered verified collected enrolled called signed cosigned countersigned recorded reviewed completed checked updated amended created printed faxed sent received witnessed documented approved cancelled canceled validated confirmed reported drawn taken done logged scanned filed registered authorised authorized edited modified generated exported processed prepared issued dispensed booked scheduled requested ordered triaged screened counted labelled labeled packed delivered'.split(
    ' ',
  ),
);

/** How token a may be a clerk's mark: 'i' = initials (two to four letters, no word), 'h' = a user name made of an
 * initial and a known surname ("jkowalski", "DMONTOYA"), 'n' = a known name in a text in capitals or in lower case
 * ("BY OKONJO", "by eirlys"), '' = none. */
function mark27(d: Detector, a: Tok, mode: 'T' | 'U' | 'L'): string {
  if (a.shape === 'X' || a.shape === 'T' || a.possessive) return '';
  const k = a.k;
  const n = k.length;
  if ((a.m & (M.NOT_NAME | M.TITLES | M.CORE_TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.CREDENTIAL_TOKENS | M.ROLE_ABBR)) !== 0) return '';
  // (Two or three letters: four letters in capitals are a body's as often, "NSWA", "HOSP", "DVLA".)
  if (n >= 2 && n <= 3) {
    if (NOT_INITIALS_27.has(k) || (a.f & L.WORD) !== 0) return '';
    // (Initials in one case: not "eRS"; nor a clinical abbreviation, "by PCA", "by MDI", "by CVS".)
    if ((a.shape === 'L' ? a.w !== k : a.shape !== 'U') || clinicalWord(k)) return '';
    // (Initials in capitals in a text of mixed case; in lower case only in a text in lower case or after a typist's cue.)
    return 'i';
  }
  if (n >= 5 && n <= 16 && /^[a-z]+$/.test(k) && (a.f & L.WORD) === 0) {
    const fl = lexicons().flags;
    const s1 = fl.get(k.slice(1)) ?? 0;
    const s2 = n >= 6 ? (fl.get(k.slice(2)) ?? 0) : 0;
    // (The surname among the most frequent: "matatu" is no "m" and "atatu".)
    if (((s1 | s2) & L.COMMON_SURNAME) !== 0 && ((s1 | s2) & L.WORD) === 0 && !wordEnd27(k)) return 'h';
  }
  if (mode !== 'T' && a.shape === mode && cueWord26(d, a, mode) === 2 && n >= 3) return 'n';
  return '';
}

/** Whether a user name is two or three letters and a word of the language of four letters or more, a service's or a
 * system's name (not "nhsmail", read "n" and "hsmail"; "yolivares" is a name). */
function wordEnd27(k: string): boolean {
  const fl = lexicons().flags;
  for (let x = 2; x <= 3 && x <= k.length - 4; x++) {
    const f = fl.get(k.slice(x)) ?? 0;
    if ((f & L.WORD) !== 0 && (f & L.FIRST) === 0) return true;
  }
  return false;
}

/** A clock time given with "at" before "by" ("at 13:10 by"). */
const AT_TIME_27 = /(?:^|[^\p{L}])(?:at|@) ?\d{1,2}[:.h]?\d{2}[ \t]+$/iu;

/** Whether the text at x ends a stamp: the text's or a line's end, a clause's mark, a slash, or a date or a time after
 * one blank. */
function stampEnds27(v: string, x: number): boolean {
  if (x >= v.length) return true;
  const c = v.charCodeAt(x);
  if (c === 10 || c === 13 || c === 46 || c === 44 || c === 59 || c === 41 || c === 34) return true;
  if (c !== 32 && c !== 9) return false;
  let y = x;
  while (y < v.length && (v.charCodeAt(y) === 32 || v.charCodeAt(y) === 9)) y++;
  if (y >= v.length) return true;
  const n = v.charCodeAt(y);
  if (n === 10 || n === 13 || n === 47) return true;
  // (A date or a time, not an identifier: "BY JRH 09/02/2025", "BY LUUKKONEN 1630", not "by MBI 5TR2-PN8".)
  return STAMP_DATE_27.test(v.slice(y, y + 12));
}

/** A date or a time before "by" ("25/11/2026 BY", "16:05 BY", "0545 BY"; not "to 10 by", "40's by"). */
const STAMP_TIME_27 = /(?:\d{1,2}[:.]\d{2}|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\/\d{1,2}|(?<!\d)[0-2]\d[0-5]\d)[ \t]+$/;

/** A date or a time at a stamp's end. */
const STAMP_DATE_27 = /^(?:\d{1,4}[/.:-]\d|\d{3,4}(?![\p{L}\d]))/u;

/** The clerk's mark after the stamp's cue at token i of kind kind. */
function stamp27(d: Detector, i: number, kind: string, mode: 'T' | 'U' | 'L'): void {
  const v = d.v;
  const toks = d.toks;
  const t = toks[i] as Tok;
  const a = toks[i + 1] as Tok;
  if (kind === 'u' ? !cueGap26(v, t.e, a.s) : a.s - t.e !== 1 || v.charCodeAt(t.e) !== 32) return;
  if (kind === 'b') {
    // "by" after a participle, a date or a time on its line ("collected 08/19/25 0545 by RLT", "verified by SAMKELO").
    const p = toks[i - 1];
    if (p === undefined || v.slice(p.e, t.s).includes('\n')) return;
    if (p.shape === 'X' ? !STAMP_TIME_27.test(v.slice(Math.max(0, t.s - 12), t.s)) : !STAMP_VERB_27.has(p.k)) return;
  }
  // A user name with a point: "kim.soyeon", "t.gelashvili" (no abbreviation: the second part a word no lexicon knows).
  const b = toks[i + 2];
  if (a.shape === 'L' && b !== undefined && b.s === a.e + 1 && v.charCodeAt(a.e) === 46 && b.shape === 'L' && kind !== 't') {
    // (The first part an initial or a given name, or both parts names: not a service's account, "sys.admin", "emr.sync",
    // "ris.pacs".)
    const named = a.k.length === 1 || (a.f & L.FIRST) !== 0 || ((a.f & NAME_BITS) !== 0 && (b.f & NAME_BITS) !== 0);
    if (named && b.k.length >= 4 && a.k.length <= 8 && (b.f & L.WORD) === 0 && (a.f & L.WORD) === 0 && stampEnds27(v, b.e) && v.charCodeAt(b.e) !== 46) nameOver26(d, a.s, b.e, 70);
    return;
  }
  const mk = mark27(d, a, mode);
  if (mk === '' || !stampEnds27(v, a.e)) return;
  // (A title's abbreviation before a name on its line is none: "BY ENF. ANA RITA FERNANDES".)
  const nx = toks[i + 2];
  if (v.charCodeAt(a.e) === 46 && v.charCodeAt(a.e + 1) === 32 && nx !== undefined && nx.s === a.e + 2 && (nx.shape === 'T' || nx.shape === 'U')) return;
  // (Initials in lower case only in a text in lower case or after a typist's cue: "by mouth", "by pt" in mixed case.)
  if (mk === 'i' && a.shape === 'L' && mode === 'T' && kind !== 't' && !(kind === 'b' && t.k === 'by' && (toks[i - 1] as Tok).k === 'sent')) return;
  if (mk === 'i' && a.shape === 'U' && mode === 'L') return;
  // (In a text of mixed case, capitals after "by" or "par" in lower case are a body's, a route's, a test's or a service's
  // as often as initials, "Approved by DTC", "Given 14:00 by PCA", "Prélevé 07:45 par IDE": initials only after a clock
  // time given with "at", "at 13:10 by GVO", or after a stamp in capitals, "COLLECTED: 04/12/25 0610 BY QJX".)
  if (mk === 'i' && a.shape === 'U' && mode === 'T' && kind === 'b' && t.shape !== 'U' && !AT_TIME_27.test(v.slice(Math.max(0, t.s - 16), t.s))) return;
  // (Capitals right after a participle's "BY" are a body's or a route's as often as initials, "APPROVED BY DTC.",
  // "GIVEN BY PCA": initials only with a date or a time before them on the line or right after them, "VERIFIED 11/02
  // 1410 BY KMT", "ENROLLED BY WPZ 03/01/2025".)
  if (mk === 'i' && a.shape === 'U' && kind === 'b' && (toks[i - 1] as Tok).shape !== 'X' && !/\d[:/.-]?\d/.test(v.slice(lineStartOf(v, t.s), t.s)) &&
    !(v.charCodeAt(a.e) === 32 && STAMP_DATE_27.test(v.slice(a.e + 1, a.e + 8)))) return;
  // (A blood group or a system of typing after "typed": "Blood typed ABO", "Typed HLA.".)
  if (kind === 't' && TYPING_27.has(a.k)) return;
  // (A user's field holds a user name or a name, not initials alone: "USER: ADMIN", "Clerk: ER".)
  if (kind === 'u' && mk === 'i') return;
  nameOver26(d, a.s, a.e, 70);
}

/** How one half of a word joined by a hyphen reads as a name's: 2 = a known name, 1 = a capitalized word no lexicon
 * knows, 0 = none (a word of the language only, a place, a country, an eponym's, a title's, a clinical word). */
function half27(h: string): 0 | 1 | 2 {
  const n = h.length;
  if (n < 2) return 0;
  const c0 = h.charCodeAt(0);
  if (c0 < 65 || c0 > 90) return 0;
  for (let x = 1; x < n; x++) {
    const c = h.charCodeAt(x);
    // (Letters only, an inner capital allowed: "McAleese", "DeShawn".)
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39)) return 0;
  }
  const k = h.toLowerCase();
  if ((memberBits(k) & (M.EPONYMS | M.EPONYM_HEADS | M.TITLES | M.CORE_TITLES | M.NOT_NAME | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.FACILITY_GENERIC | M.STRONG_CONTEXT)) !== 0) return 0;
  const f = lexicons().flags.get(k) ?? 0;
  if ((f & NAME_BITS) !== 0) return (f & (L.PLACE | L.COUNTRY)) !== 0 && (f & L.LAST) === 0 ? 0 : 2;
  if ((f & (L.WORD | L.PLACE | L.COUNTRY)) !== 0 || MEDICAL_ENDING.test(k) || clinicalWord(k)) return 0;
  return n >= 3 ? 1 : 0;
}

/** Whether token t, a word joined by hyphens ("Odhiambo-Price", "Fatima-Zahra", "Ter-Petrosyan"), reads as a name's:
 * each half a name's, one of them a known name. */
function hyphenName27(t: Tok, lower: boolean): boolean {
  if (t.possessive || (t.m & (M.EPONYMS | M.NOT_NAME | M.STATE_WORDS | M.NOT_PERSON)) !== 0 || CUE_27.has(t.k)) return false;
  const w = t.w;
  let known = false;
  let s = 0;
  let parts = 0;
  let words = 0;
  for (;;) {
    const h = w.indexOf('-', s);
    const part = h < 0 ? w.slice(s) : w.slice(s, h);
    // (In lower case, no relative's word: "grand-pere", "petite-fille".)
    if (lower && CUE_27.has(part)) return false;
    const r = half27(lower ? part.charAt(0).toUpperCase() + part.slice(1) : part);
    if (r === 0) return false;
    // (One half at most a word of the language, and a surname then: "Tipene-Walker", not "Step-Down", "Well-Known".)
    const pf = lexicons().flags.get(part.toLowerCase()) ?? 0;
    if ((pf & L.WORD) !== 0 && ((pf & L.LAST) === 0 || words++ > 0)) return false;
    if (r === 2) known = true;
    parts++;
    if (h < 0) break;
    s = h + 1;
  }
  return known && parts <= 3;
}

/** A given name the lexicons know and a surname joined by a hyphen, or the reverse ("Tamsin Odhiambo-Price",
 * "Fatima-Zahra Benali"), in a text of mixed case: at the hyphenated word t at index i, which the rules of names skip (a
 * half no lexicon knows, as an eponym's pair has: "Li-Fraumeni"). The pair stands alone: no capitalized word on
 * either side. */
function hyphenPair27(d: Detector, i: number, lower: boolean): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  if (!hyphenName27(t, lower)) return;
  // In a text in lower case, only beside a name found: "agnieszka zielinska-boyd", "aino-maija heikkinen".
  if (lower) {
    lowerPair27(d, i);
    return;
  }
  const p = toks[i - 1];
  const n = toks[i + 1];
  let s = -1;
  let e = -1;
  // The surname after a given name: "Tamsin Odhiambo-Price".
  if (p !== undefined && p.e === t.s - 1 && v.charCodeAt(p.e) === 32 && p.shape === 'T' && (given27(p) || named27(d, p))) {
    const pp = toks[i - 2];
    if (pp !== undefined && pp.e === p.s - 1 && pp.shape === 'T' && v.charCodeAt(pp.e) === 32 && (pp.m & (M.TITLES | M.CORE_TITLES)) === 0) return;
    s = p.s;
    e = t.e;
  } else if (n !== undefined && n.s === t.e + 1 && v.charCodeAt(t.e) === 32 && n.shape === 'T' && (surname27(n) || named27(d, n))) {
    // The given names joined by a hyphen before a surname: "Fatima-Zahra Benali", "Marie-Josee Lavallee".
    const nn = toks[i + 2];
    if (nn !== undefined && nn.s === n.e + 1 && nn.shape === 'T' && v.charCodeAt(n.e) === 32) return;
    // (Nor an eponym's pair before its head, a clinical word or a product's: not "Mann-Whitney Test", "Hoehn-Yahr
    // Stage", "Ehlers-Danlos Hypermobile", "Fisher-Paykel Humidifier", "Sturge-Weber Port wine stain": no head word, no
    // word no lexicon knows that ends as a state, a role, a disease or a science, no word in lower case after, but a
    // subject's verb, "Lee-Roy Pomare is 24".)
    if ((n.m & (M.EPONYM_HEADS | M.SCALE_HEADS)) !== 0) return;
    if ((n.f & NAME_BITS) === 0 && (STATE_ENDING.test(n.k) || ROLE_ENDING.test(n.k) || /(?:ia|logy|ment)$/.test(n.k))) return;
    if (nn !== undefined && nn.s === n.e + 1 && nn.shape === 'L' && v.charCodeAt(n.e) === 32 && (nn.m & M.SUBJECT_VERBS) === 0) return;
    if (p !== undefined && p.e === t.s - 1 && p.shape === 'T' && v.charCodeAt(p.e) === 32 && (p.m & (M.TITLES | M.CORE_TITLES | M.STRONG_CONTEXT)) === 0) return;
    s = t.s;
    e = n.e;
  } else return;
  // (No capitalized word right after: "Guillain-Barre Syndrome".)
  const a = toks[e === t.e ? i + 1 : i + 2];
  if (a !== undefined && a.s === e + 1 && v.charCodeAt(e) === 32 && (a.shape === 'T' || a.shape === 'U')) return;
  if (inPlace(d, s, e)) return;
  nameOver26(d, s, e, 70);
}

/** Whether a name found covers token t, a word of a name's (a given name no lexicon knows: "Wanjiru" of "Wanjiru
 * Kamau-Otieno"). */
function named27(d: Detector, t: Tok): boolean {
  if (t.possessive || t.w.includes('-') || (t.f & (L.WORD | L.PLACE | L.COUNTRY)) !== 0) return false;
  return d.someCovering(t.s, t.e, isNameCand);
}

/** A given name the lexicons know, no word, place or eponym ("Tamsin", "Bronagh"; not "Hope", "Paris", "Addison"). */
function given27(t: Tok): boolean {
  if (t.possessive || (t.f & L.FIRST) === 0 || (t.f & (L.WORD | L.PLACE | L.COUNTRY)) !== 0) return false;
  return (t.m & (M.EPONYMS | M.TITLES | M.CORE_TITLES | M.NOT_NAME | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.STRONG_CONTEXT)) === 0;
}

/** A surname the lexicons know, or a word no lexicon knows, no clinical word ("Benali", "Lavallee"). */
function surname27(t: Tok): boolean {
  if (t.possessive || t.w.includes('-') || t.e - t.s < 3 || t.capitals > 2) return false;
  if ((t.m & (M.EPONYMS | M.TITLES | M.CORE_TITLES | M.NOT_NAME | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.FACILITY_GENERIC | M.STRONG_CONTEXT)) !== 0) return false;
  if ((t.f & (L.PLACE | L.COUNTRY)) !== 0 && (t.f & L.LAST) === 0) return false;
  // (Nor a place's head: "Pittman-Sullivan Park", "Ross-Craig House".)
  if ((t.f & (T.STREET | T.FACILITY)) !== 0 || (t.m & (M.PLACE_NOUNS | M.BUILDING_HEADS)) !== 0) return false;
  if ((t.f & NAME_BITS) !== 0) return (t.f & L.WORD) === 0 || (t.f & L.LAST) !== 0;
  return (t.f & L.WORD) === 0 && !MEDICAL_ENDING.test(t.k) && !clinicalWord(t.k);
}

/** In a text in lower case, the word joined by a hyphen at index i right after or right before a name found, the name
 * ending or opening there: the name is widened over it. */
function lowerPair27(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  const p = toks[i - 1];
  const n = toks[i + 1];
  if (p !== undefined && p.e === t.s - 1 && v.charCodeAt(p.e) === 32 && p.shape === 'L' && named27(d, p)) {
    // (The name found ends at p: nothing of it after the hyphenated word.)
    if (n !== undefined && n.s === t.e + 1 && d.someCovering(n.s, n.e, isNameCand)) return;
    nameOver26(d, p.s, t.e, 70);
  } else if (n !== undefined && n.s === t.e + 1 && v.charCodeAt(t.e) === 32 && n.shape === 'L' && named27(d, n)) {
    if (p !== undefined && p.e === t.s - 1 && d.someCovering(p.s, p.e, isNameCand)) return;
    nameOver26(d, t.s, n.e, 70);
  }
}
