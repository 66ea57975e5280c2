// Stop 34: places that a job or a bracket shows: a workplace after a job's cue ("works nights at Kirkgate Market",
// "fabricator at Premier Stone & Quartz"), and a district or other name of a place in brackets after a place found
// ("Tembisa (Ivory Park)", "Hermannsburg (Ntaria)").
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, NAME_BITS } from '../lexicon.js';
import { clinicalWord } from '../tagger.js';
import { isDigitCode, T, type Cand, type Tok } from './words.js';
import { BUILDING_WORDS, FACILITY_GENERIC, FUNCTION_WORDS, M, PLACE_NOUNS, STREET_SUFFIX_SET, STREETNAME_SUFFIX, ONE_WORD_REGIONS_17, REGION_WORDS } from './vocabulary.js';
import type { Detector } from './detector.js';
import { LANGUAGES, MEDICAL_ENDING } from './later-cues.js';
import { nearCommonWord18, oneCaseService18 } from './one-case.js';
import { DEPARTMENT_26 } from './place-chains.js';

/** Stop 34: words of a job after which "at" names the workplace ("works at", "job at", "nurse at"). */
export const JOB_CUES_34: ReadonlySet<string> = new Set(
  ('works worked working employed employee employer job jobs volunteers volunteered volunteering intern interning ' +
    'nurse carer caregiver cook chef cleaner porter driver manager worker labourer laborer teacher operator fabricator bartender ' +
    'barista miner pharmacist supervisor cashier waiter waitress mechanic electrician engineer clerk receptionist secretary ' +
    'accountant janitor technician machinist welder packer picker stocker butcher baker baggage hairdresser barber ' +
    'foreman apprentice').split(' '),
);
/** Stop 34: words between the cue and "at" ("works nights at", "works part-time at"). */
const JOB_GAP_34: ReadonlySet<string> = new Set('nights days weekends evenings mornings shifts part-time full-time there also now still currently casually'.split(' '));
/** Stop 34: the cues that take "for" too ("works for Brightwell Logistics", "volunteers for"). */
const JOB_FOR_34: ReadonlySet<string> = new Set('works worked working volunteers volunteered volunteering'.split(' '));

/** Whether token t may be a word of a workplace's or a bracketed place's name, written as the text's case shows one:
 * a capitalized word; after the first, a word in capitals or a code with digits too ("Amazon DCK6", "Sector 3"). */
function nameWord34(d: Detector, t: Tok, first: boolean): boolean {
  if (d.capsDoc) return t.shape === 'U' || (!first && t.shape === 'X');
  if (t.shape === 'T') return true;
  return !first && (t.shape === 'U' || t.shape === 'X');
}

/** Whether token t is no name's word at all: a title, a month, a state, a country, a language, a clinical word. */
function refused34(t: Tok): boolean {
  if ((t.m & (M.TITLES | M.CORE_TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.EPONYMS | M.CREDENTIAL_TOKENS | M.SCALE_NAMES)) !== 0) return true;
  if ((t.f & L.COUNTRY) !== 0 || LANGUAGES.has(t.k) || FUNCTION_WORDS.has(t.k) || STOPS_34.has(t.k)) return true;
  return (t.f & (L.WORD | L.PLACE | NAME_BITS)) === 0 && clinicalWord(t.k);
}

/** Stop 34: words that end a name in capitals ("WORKS FOR XERO AS A DEVELOPER"). */
const STOPS_34: ReadonlySet<string> = new Set('as since until when while because but then who which where after before during near about over under each every'.split(' '));

/** Words that join two capitalized words of one name ("Centre for Women and Families", "Mall of Scandinavia"). */
const JOINERS_34: ReadonlySet<string> = new Set(['of', 'and', 'for', 'de', 'on', '&']);

/**
 * Reads a name of capitalized words from token i (one to `max`, one blank apart, "of", "and", "&", "de" between two of
 * them) and returns the index of its last token, or -1 when it is no name: every word a common word (a workplace as
 * "Home", "Night", "Main Office" is no identifier), a clinical word, a title, a month.
 */
function capsRun34(d: Detector, i: number, max: number, allowCommon = false): number {
  const v = d.v;
  const toks = d.toks;
  let j = i;
  let distinct = false;
  let last = -1;
  for (let n = 0; j < toks.length && n < max; n++) {
    const t = toks[j] as Tok;
    if (!nameWord34(d, t, j === i) || refused34(t)) break;
    if (t.shape !== 'X' && ((t.f & L.WORD) === 0 || (t.f & L.PLACE) !== 0)) distinct = true;
    last = j;
    if (t.possessive && j > i) break;
    const nx = toks[j + 1];
    if (nx === undefined || v.slice(t.e, nx.s) !== ' ') {
      // ("Stone & Quartz": the ampersand is no token.)
      const amp = nx !== undefined && v.slice(t.e, nx.s) === ' & ';
      if (!amp) break;
      j++;
      continue;
    }
    if (nx.shape === 'L') {
      const nn = toks[j + 2];
      if (!JOINERS_34.has(nx.k) || nn === undefined || v.slice(nx.e, nn.s) !== ' ' || !nameWord34(d, nn, false) || nn.shape === 'X') break;
      j += 2;
      continue;
    }
    j++;
  }
  if (last < 0 || (!distinct && !allowCommon)) return -1;
  return last;
}

/** Whether a token from i to j is a code with digits (or, with `caps`, a word in capitals too: "(GhanaPost GPS)"). */
function hasCode34(d: Detector, i: number, j: number, caps = false): boolean {
  for (let x = i; x <= j; x++) {
    const sh = (d.toks[x] as Tok).shape;
    if (sh === 'X' || (caps && sh === 'U')) return true;
  }
  return false;
}

/** Whether a word from token i to j is no common word, or a place's. */
function distinct34(d: Detector, i: number, j: number): boolean {
  for (let x = i; x <= j; x++) {
    const t = d.toks[x] as Tok;
    if (t.shape !== 'X' && ((t.f & L.WORD) === 0 || (t.f & L.PLACE) !== 0)) return true;
  }
  return false;
}

/** Stop 34: kinds of places that end a bracketed place's name of common words ("(Ivory Park)", "(Little Village)"). */
const BRACKET_KINDS_34: ReadonlySet<string> = new Set('park town village city hill heights estate gardens township valley market bay island'.split(' '));

/**
 * Stop 34: a workplace after a job's cue and "at" (or "for"): "works at Kirkgate Market", "works nights at Amazon DCK6",
 * "fabricator at Premier Stone & Quartz", "works for Brightwell Logistics". The name is one to five capitalized words
 * with one word at least that is no common word or a word of a place ("Kirkgate", "Quartz"): "works at Home", "nurse at
 * Bedside" stay. A text in lower case shows no name: left alone.
 */
export function workSites34(d: Detector): void {
  if (d.lowerTyped) return;
  const v = d.v;
  // (Speed: the tokens "at" from the detector's index, "for" by a search of the text.)
  for (const i of d.atIdx) workSiteAt34(d, i);
  const fw = d.capsDoc ? ' FOR ' : ' for ';
  for (let q = v.indexOf(fw); q >= 0; q = v.indexOf(fw, q + 4)) {
    const i = d.tokenStartingAt(q + 1);
    if (i > 0) workSiteAt34(d, i);
  }
}

/** workSites34 at token i, an "at" or a "for". */
function workSiteAt34(d: Detector, i: number): void {
  const v = d.v;
  const toks = d.toks;
  if (i < 1 || i >= toks.length - 1) return;
  const p = toks[i] as Tok;
  if (p.shape !== 'L' && !(d.capsDoc && p.shape === 'U')) return;
  // The cue right before, or one word of time between ("works nights at").
  let c = toks[i - 1] as Tok;
  if (v.slice(c.e, p.s) !== ' ') return;
  if (JOB_GAP_34.has(c.k) && i >= 2) {
    const b = toks[i - 2] as Tok;
    if (v.slice(b.e, c.s) !== ' ') return;
    c = b;
  }
  if (!JOB_CUES_34.has(c.k) || (p.k === 'for' && !JOB_FOR_34.has(c.k))) return;
  // ("at the Dollar General": the article stays outside.)
  let s = i + 1;
  const a = toks[s] as Tok;
  if (a.shape === 'L' && a.k === 'the' && s + 1 < toks.length && v.slice(a.e, (toks[s + 1] as Tok).s) === ' ') s++;
  if (v.slice(p.e, a.s) !== ' ' && !/^[ \t]*\n?[ \t]*$/.test(v.slice(p.e, a.s))) return;
  const first = toks[s] as Tok;
  if (first.shape !== 'T' && !(d.capsDoc && first.shape === 'U')) return;
  const j = capsRun34(d, s, 5);
  if (j < 0) return;
  // (A company's name alone is no identifier, "works at Boeing", "works for Qantas", "at the Amazon warehouse"; a site
  // of it is, "Amazon DCK6", "Kirkgate Market", "Hartsfield-Jackson": two words or more, or one joined by a hyphen; a
  // chain of stores needs a site's code, "Walmart Supercenter" stays.)
  if (j === s && !first.w.includes('-')) return;
  if ((first.m & (M.STORE_CHAINS | M.COMPANY_FIRST)) !== 0 && !hasCode34(d, s, j)) return;
  const e = (toks[j] as Tok).e;
  if (d.anyCand(first.s, e)) return;
  d.add(first.s, e, 'LOCATION', 64);
}

/**
 * Stop 34: another name of a place found, in brackets right after it: a district, a township, a former or local name
 * ("Tembisa (Ivory Park)", "Hermannsburg (Ntaria)", "Chicago, IL 60623 (Little Village)", "Exeter Hospital (Wonford)").
 * One to three capitalized words, one of them at least no common word or a place's word, none a title, a clinical
 * word or a language; in mixed case only (in a text of one case, "(ICU)", "(OT)" look the same).
 */
export function bracketPlaces34(d: Detector): void {
  if (d.oneCase) return;
  const v = d.v;
  const found: Cand[] = [];
  for (const c of d.cands) if (c.p >= 0 && c.t === 'LOCATION') found.push(c);
  for (const c of found) {
    let q = c.e;
    if (v.charCodeAt(q) === 32) q++;
    if (v.charCodeAt(q) !== 40) continue;
    const i = d.tokenStartingAt(q + 1);
    if (i < 0) continue;
    const t = d.toks[i] as Tok;
    if (t.shape !== 'T') continue;
    const j = capsRun34(d, i, 3, true);
    if (j < 0 || hasCode34(d, i, j, true)) continue;
    const e = (d.toks[j] as Tok).e;
    if (v.charCodeAt(e) !== 41) continue;
    // (A person's name in brackets, "Mercy Hospital (Anna Smith)", is no place: a given name first and no place's word.)
    if ((t.f & L.FIRST) !== 0 && (t.f & L.PLACE) === 0 && j > i) continue;
    // (Words all common name a place by its kind's word only, "(Ivory Park)", "(Stone Town)".)
    if (!distinct34(d, i, j) && !BRACKET_KINDS_34.has((d.toks[j] as Tok).k)) continue;
    if (d.anyCand(t.s, e)) continue;
    d.add(t.s, e, 'LOCATION', 62);
  }
}

/** Stop 34: sites and relatives before "in"/"near" and a place ("the freight depot in Onehunga", "my mam's house in
 * Ballyclough", "his mom in Gary"). */
const SITES_34: ReadonlySet<string> = new Set(
  ('house hotel motel hostel depot campus shop store pharmacy chemist workshop factory warehouse office centre center church ' +
    'mosque temple synagogue gurdwara beach farm school college university restaurant cafe pub club gym market mall salon ' +
    'camp shelter mill clinic hospital hospice surgery flat apartment cottage caravan dorm branch ' +
    'mother mom mum mam father dad sister brother son daughter aunt auntie uncle cousin niece nephew grandmother grandfather ' +
    'grandma grandpa granny nan wife husband partner parents relatives girlfriend boyfriend fiance fiancee').split(' '),
);

/** Stop 34: countries and continents by their short names, which the country list holds only by their long ones. */
const NOT_TOWNS_34: ReadonlySet<string> = new Set(
  ('syria russia korea laos usa uk britain england scotland wales europe asia africa america americas oceania scandinavia ' +
    'caribbean arabia congo drc uae').split(' '),
);

/**
 * Stop 34: whether a site or a relative stands before the preposition at token `p` ("in"/"near"), one blank apart; a
 * relative may have a name between ("sister Magda in Leyton", "son Ceban Sergiu in Ivry-sur-Seine").
 */
export function siteBefore34(d: Detector, p: number): boolean {
  const v = d.v;
  const toks = d.toks;
  // (Not a country or a continent that the lists lack as one word: "surgery in Syria", "the son in Europe".)
  const at = toks[p + 1];
  if (at !== undefined && NOT_TOWNS_34.has(at.k)) return false;
  const pv = toks[p] as Tok;
  let j = p - 1;
  let t = toks[j];
  if (t === undefined || v.slice(t.e, pv.s) !== ' ') return false;
  if (SITES_34.has(t.k) && t.shape !== 'X') return true;
  // (Stop 35: a trade or a job before "in": "a boda-boda rider in Kondele", "a nurse in Tamale", "works in Kibera".)
  if ((TRADE_FROM_35.has(t.k) || JOB_CUES_34.has(t.k) || t.k === 'rider') && t.shape === 'L') return true;
  // (A name after a relative: one or two capitalized words, no common word.)
  for (let n = 0; n < 2 && t !== undefined && (t.shape === 'T' || (d.capsDoc && t.shape === 'U')) && (t.f & L.WORD) === 0; n++) {
    const b = toks[j - 1];
    if (b === undefined || v.slice(b.e, t.s) !== ' ') return false;
    if (SITES_34.has(b.k) && (b.shape === 'L' || b.shape === t.shape)) return true;
    j--;
    t = b;
  }
  return false;
}

/** Stop 34: last words of a named place of common words before a place found ("Fell View, Hebden Road", "Regent Park,
 * 245 Dundas St E", "Little Haiti, Miami"). */
const PART_KINDS_34: ReadonlySet<string> = new Set([...BUILDING_WORDS, ...'view park foyer manor villa village gardens heights estate'.split(' ')]);
/** Stop 34: lower-case words inside a place's name of capitalized words ("Heol y Felin", "Centre de jour Guigues"). */
const PART_JOINERS_34: ReadonlySet<string> = new Set(['y', 'de', 'du', 'la', 'le', 'del', 'of', 'from', 'on', 'jour']);
/** Stop 34: words before such a name that open it as a field's value: places' prepositions and job words. */
const PART_OPENERS_34: ReadonlySet<string> = new Set(['at', 'to', 'from', 'in', 'near', 'of', 'address', 'lives', 'live', 'living', 'c/o']);

/** Whether the place found c holds a care site's head word ("Hospital", "CHU", "Spitalul"). */
function facilityIn34(d: Detector, c: Cand): boolean {
  const toks = d.toks;
  for (let x = d.tokenIndexBefore(c.s) + 1; x < toks.length && (toks[x] as Tok).s < c.e; x++) if (((toks[x] as Tok).f & T.FACILITY) !== 0) return true;
  return false;
}

/**
 * Stop 34: a named place right before a comma and a place found, as an address's first part: a building, an estate, a
 * district or a site ("Harmony House, Clondalkin", "Regent Park, 245 Dundas St E", "Cedar-Riverside, Minneapolis",
 * "Freedom from Torture, Finsbury Park"). One to four capitalized words that open a field (a line's start, a colon, a
 * bracket, a dash, a bar, a tab, a place's preposition before them), one of them no common word, no name, no clinical
 * word, or a building's or an estate's word last ("Fell View"); no title, month, state or country. Mixed case only.
 */
export function partBeforePlace34(d: Detector): void {
  if (d.oneCase) return;
  const v = d.v;
  const toks = d.toks;
  const found: Cand[] = [];
  for (const c of d.cands) if (c.p >= 0 && c.t === 'LOCATION' && c.s >= 3 && v.charCodeAt(c.s - 2) === 44 && (v.charCodeAt(c.s - 1) === 32 || v.charCodeAt(c.s - 1) === 10)) found.push(c);
  for (const c of found) {
    const k = d.tokenIndexBefore(c.s - 2);
    const lt = toks[k];
    if (lt === undefined || lt.e !== c.s - 2 || lt.shape !== 'T' || lt.possessive) continue;
    let i = k;
    let distinct = false;
    let n = 0;
    for (;;) {
      const t = toks[i] as Tok;
      if (refused34(t) || (t.m & (M.NOT_NAME | M.NOT_PERSON)) !== 0) {
        i = -1;
        break;
      }
      if ((t.f & (L.WORD | NAME_BITS)) === 0 && !FACILITY_GENERIC.has(t.k) && !clinicalWord(t.k)) distinct = true;
      n++;
      const p = toks[i - 1];
      if (p === undefined || v.slice(p.e, t.s) !== ' ' || n >= 4) break;
      if (p.shape === 'L' && PART_JOINERS_34.has(p.k)) {
        const pp = toks[i - 2];
        if (pp === undefined || pp.shape !== 'T' || v.slice(pp.e, p.s) !== ' ') break;
        i -= 2;
        continue;
      }
      if (p.shape !== 'T') break;
      i--;
    }
    if (i < 0) continue;
    const first = toks[i] as Tok;
    const kind = n >= 2 && PART_KINDS_34.has(lt.k);
    if (!distinct && !kind) continue;
    // (Before a care site, a department or a service as often: "Paediatrics, CHU de Treichville", "Theatres, Tan Tock Seng
    // Hospital", "Information Governance, Stepping Hill Hospital": there only a building's or an estate's word last.)
    if (!kind && (DEPARTMENT_26.test(lt.k) || facilityIn34(d, c))) continue;
    // (A person's name is no place: a given name first and no place's word.)
    if ((first.f & L.FIRST) !== 0 && (first.f & L.PLACE) === 0) continue;
    // It opens a field.
    const pv = toks[i - 1];
    let a = first.s - 1;
    while (a >= 0 && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 9)) a--;
    const o = a < 0 ? 10 : v.charCodeAt(a);
    const opens = o === 10 || o === 13 || o === 58 || o === 40 || o === 45 || o === 124 || o === 42 || (first.s > 0 && v.charCodeAt(first.s - 1) === 9) ||
      (pv !== undefined && pv.e === a + 1 && pv.shape === 'L' && PART_OPENERS_34.has(pv.k));
    if (!opens) continue;
    if (d.anyCand(first.s, lt.e)) continue;
    d.add(first.s, lt.e, 'LOCATION', 60);
  }
}

/** Stop 35: common words that name a place's kind inside an address's part of a text of one case. */
const ONE_CASE_PART_KINDS_35: ReadonlySet<string> = new Set([...PART_KINDS_34, ...STREET_SUFFIX_SET, ...STREETNAME_SUFFIX, ...PLACE_NOUNS,
  ...'north south east west upper lower new old great little market cemetery camp hostel hotel colony compound township settlement quarter sector phase nagar'.split(' ')]);

/** Stop 35: what opens an address's part in a text of one case: a line's start, a colon, a bracket, a dash, a bar, a
 * star, a tab, a semicolon, and a comma too (the part before it another part of the same address). */
function oneCasePartOpens35(d: Detector, i: number): boolean {
  const v = d.v;
  const first = d.toks[i] as Tok;
  let a = first.s - 1;
  while (a >= 0 && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 9)) a--;
  const o = a < 0 ? 10 : v.charCodeAt(a);
  if (o === 10 || o === 13 || o === 58 || o === 40 || o === 45 || o === 124 || o === 42 || o === 44 || o === 59 || (first.s > 0 && v.charCodeAt(first.s - 1) === 9)) return true;
  const pv = d.toks[i - 1];
  return pv !== undefined && pv.e === a + 1 && PART_OPENERS_34.has(pv.k);
}

/** Stop 35: a word of an address's part in a text of one case: -1 none (a title, a month, a function word, a role's or
 * a relative's word, a common word that names no place's kind: "(neighbour, 24 ntlazane st)", "unstable angina",
 * "brucellosis cluster"), 1 a place's kind ("stuart house", "naseby road", "mulund west"), 2 a distinctive word (no
 * common word, no name, no clinical word, no service, no misspelling of a common word, four letters or more; or a place
 * the gazetteer knows that is no common word), 0 another (a name's word). */
/** Endings of clinical words that MEDICAL_ENDING lacks ("urosepsis", "hemiplegia", "hepatomegaly", "diarrhoea"): no
 * distinctive part of an address (stop 35's review of the suite: "ST MARYS HOSPITAL, UROSEPSIS."). */
const MORE_MEDICAL_ENDING_35 = /(?:sepsis|lysis|plegia|paresis|megaly|rrhoea|rrhea|emesis|ptysis|stasis)$/;

export function partWord35(d: Detector, t: Tok): number {
  if (refused34(t) || (t.m & (M.NOT_NAME | M.NOT_PERSON | M.STRONG_CONTEXT | M.MEDIUM_CONTEXT | M.LOWER_NAME_CUE | M.ROLE_ABBR)) !== 0) return -1;
  const kind = ONE_CASE_PART_KINDS_35.has(t.k) || (t.f & T.FACILITY) !== 0;
  if ((t.f & L.WORD) !== 0 && !kind && (t.f & L.PLACE) === 0) return -1;
  if (kind) return 1;
  if ((t.f & (L.WORD | NAME_BITS)) === 0 && t.k.length >= 4 && /^[a-z-]+$/i.test(t.k) && !MEDICAL_ENDING.test(t.k.toLowerCase()) && !MORE_MEDICAL_ENDING_35.test(t.k.toLowerCase()) && !FACILITY_GENERIC.has(t.k) && !clinicalWord(t.k) && !oneCaseService18(t) && !nearCommonWord18(d, t.k)) return 2;
  return (t.f & (L.PLACE | L.WORD | L.COUNTRY)) === L.PLACE && t.k.length >= 3 ? 2 : 0;
}

/**
 * Stop 35, texts all in lower case or all in capitals: partBeforePlace34 there, where no capital shows the name ("flat 12,
 * shivneri chawl, lalbaug, mumbai", "from barangay lahug, cebu city", "sanatorio allende, cerro de las rosas, cordoba").
 * The shortest run of one to three words of the text's case right before a comma and a place found that opens a field
 * (a comma counts here) and holds a distinctive word: no common word, no name, no clinical word, no service, no
 * misspelling of a common word, four letters or more; or a place the gazetteer knows that is no common word.
 */
export function partBeforePlaceOneCase35(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const shape = d.capsDoc ? 'U' : 'L';
  const found: Cand[] = [];
  for (const c of d.cands) if (c.p >= 0 && c.t === 'LOCATION' && c.s >= 3 && v.charCodeAt(c.s - 2) === 44 && (v.charCodeAt(c.s - 1) === 32 || v.charCodeAt(c.s - 1) === 10)) found.push(c);
  for (const c of found) {
    const k = d.tokenIndexBefore(c.s - 2);
    const lt = toks[k];
    if (lt === undefined || lt.e !== c.s - 2 || lt.shape !== shape || lt.possessive) continue;
    let distinct = false;
    let kinds = false;
    let first = -1;
    for (let i = k, n = 0; i >= 0 && n < 3 && k - i < 8; i--) {
      const t = toks[i] as Tok;
      if (t.shape !== shape) break;
      // (Joiners count toward no word of the part, but the walk back stops after eight tokens: "de la de la ...".)
      if (PART_JOINERS_34.has(t.k) && i < k) {
        const p = toks[i - 1];
        if (p === undefined || v.slice(p.e, t.s) !== ' ') break;
        continue;
      }
      const w = partWord35(d, t);
      if (w < 0 || (i < k && t.possessive)) break;
      if (w === 1) kinds = true;
      else if (w === 2) distinct = true;
      n++;
      if (distinct && oneCasePartOpens35(d, i)) {
        first = i;
        break;
      }
      const p = toks[i - 1];
      if (p === undefined || v.slice(p.e, t.s) !== ' ') break;
    }
    if (first < 0) continue;
    // (Before a care site, a department or a service as often, see partBeforePlace34.)
    if (DEPARTMENT_26.test(lt.k) || facilityIn34(d, c)) continue;
    const f0 = toks[first] as Tok;
    // (Nor a person's name last without a place's kind word, "released to opio charles, lira".)
    if (((f0.f & L.FIRST) !== 0 || (!kinds && (lt.f & L.FIRST) !== 0)) && (f0.f & L.PLACE) === 0) continue;
    if (d.anyCand(f0.s, lt.e)) continue;
    d.add(f0.s, lt.e, 'LOCATION', 60);
  }
  // (And the part right after a street address with its number or a facility found and a comma, ending there: "27
  // brinnington road, brinnington", "victoria hospital, wynberg, 084 ...", "kv. 56, kramatorsk"; after a facility, a
  // word no gazetteer knows only before a comma, a bracket or the line's end.)
  const after: Cand[] = [];
  for (const c of d.cands) if (c.p >= 0 && c.t === 'LOCATION' && v.charCodeAt(c.e) === 44 && (isDigitCode(v.charCodeAt(c.s)) || facilityIn34(d, c))) after.push(c);
  for (const c of after) {
    // (A blank after the comma: not a table's next field, "bahonar hospital,polytrauma,dr amini".)
    let q = c.e + 1;
    while (v.charCodeAt(q) === 32) q++;
    if (v.charCodeAt(q) === 10) q++;
    if (q === c.e + 1) continue;
    const i0 = d.tokenStartingAt(q);
    if (i0 < 0) continue;
    let distinct = false;
    let kinds = false;
    let last = -1;
    for (let i = i0; i < i0 + 3 && i < toks.length; i++) {
      const t = toks[i] as Tok;
      if (t.shape !== shape || (i > i0 && v.slice((toks[i - 1] as Tok).e, t.s) !== ' ')) break;
      if (i > i0 && PART_JOINERS_34.has(t.k)) continue;
      const w = partWord35(d, t);
      if (w < 0) break;
      if (w === 1) kinds = true;
      else if (w === 2) distinct = true;
      // The part ends after it: a comma, a full stop, a semicolon, a bracket, the line's end, or a postcode.
      const nx = toks[i + 1];
      if (distinct && (/^[ \t]*(?:[,.;)\n]|$)/.test(v.slice(t.e, t.e + 3)) || (nx !== undefined && v.slice(t.e, nx.s) === ' ' && nx.shape === 'X' && /^\d{4,6}$/.test(nx.k)))) {
        last = i;
        break;
      }
      if (t.possessive) break;
    }
    if (last < 0) continue;
    const f0 = toks[i0] as Tok;
    const lt = toks[last] as Tok;
    if (((f0.f & L.FIRST) !== 0 || (!kinds && (lt.f & L.FIRST) !== 0)) && (f0.f & L.PLACE) === 0) continue;
    // (After a facility, a word the gazetteer does not know only before a comma, a bracket or the line's end, as an
    // address's parts go on: a drug or a diagnosis ends a sentence after a hospital and a comma as often, "ROYAL FREE
    // HOSPITAL, KEYTRUDA.", "ST MARYS HOSPITAL, UROSEPSIS."; after a street's number, any distinctive part.)
    if (!isDigitCode(v.charCodeAt(c.s))) {
      let known = false;
      for (let i = i0; i <= last; i++) if (((toks[i] as Tok).f & L.PLACE) !== 0) known = true;
      if (!known && !/^[ \t]*(?:[,)]|\r?\n|$)/.test(v.slice((toks[last] as Tok).e, (toks[last] as Tok).e + 3))) continue;
    }
    if (d.anyCand(f0.s, lt.e)) continue;
    d.add(f0.s, lt.e, 'LOCATION', 60);
  }
}

/** Stop 34: a road's number: the UK's and Ireland's "A470", "M6", "N59", "A1(M)", and "N-59", "I-75", "US-101", "SR-14". */
const ROAD_CODE_34 = /^(?:[amn]\d{1,4}(?:\(m\))?|(?:i|n|us|sr|sh|hwy)-\d{1,3})$/i;
/** Stop 34: words right after a road's number that show a road ("on the A470 near Llanidloes", "the M6 southbound"). */
const ROAD_AFTER_34: ReadonlySet<string> = new Set('near northbound southbound eastbound westbound between towards toward junction at outside past by'.split(' '));
/** Stop 34: words of a journey or a crash before a road's number ("RTC on the A41", "lives ... on N-59"). */
const ROAD_BEFORE_34: ReadonlySet<string> = new Set(
  'crash crashed rtc mvc mva rta collision accident driving drove drive hit travelling traveling wandering walking cycling lives living live found motorbike motorcycle car lorry truck van bus'.split(' '),
);

/**
 * Stop 34: a road by its number after "on (the)", "along (the)", "off (the)", "onto (the)": a word of a journey or a
 * crash before it, or a word of a road's place after it ("hit a ewe on the A470 near Llanidloes", "MVC on I-75",
 * "Lives 9 mi S of Many Farms on N-59"). "on B12" is no road (no B), "on the M3" alone neither.
 */
export function roadCodes34(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    if (i < 1 || t.e - t.s > 7 || !ROAD_CODE_34.test(t.k)) continue;
    // (Written with its capital, unless the text is all in lower case.)
    if (!d.lowerTyped && v.charCodeAt(t.s) > 90) continue;
    let p = toks[i - 1] as Tok;
    let j = i - 1;
    if (p.k === 'the' && i >= 2) {
      j--;
      p = toks[j] as Tok;
    }
    if (p.k !== 'on' && p.k !== 'onto' && p.k !== 'along' && p.k !== 'off') continue;
    if (!/^[ \t]+(?:the[ \t]+)?$/i.test(v.slice(p.e, t.s))) continue;
    const nx = toks[i + 1];
    let road = nx !== undefined && /^[ \t]+$/.test(v.slice(t.e, nx.s)) && ROAD_AFTER_34.has(nx.k);
    for (let x = j - 1; !road && x >= 0 && x >= j - 10; x--) {
      const w = toks[x] as Tok;
      if (v.slice(w.e, (toks[x + 1] as Tok).s).includes('\n')) break;
      road = ROAD_BEFORE_34.has(w.k);
    }
    if (!road || d.anyCand(t.s, t.e)) continue;
    d.add(t.s, t.e, 'LOCATION', 66);
  }
}

/** Stop 34: trades and words of a base before "out of" and a place ("a fisherman out of Blue Rocks", "a truck registered
 * to him out of Gould", "based out of Tulsa"). */
const OUT_OF_CUES_34: ReadonlySet<string> = new Set(
  'fisherman fishermen fished fishing trucker driver drove registered based operating operated sailed sailing flying flew working works worked'.split(' '),
);

/** Stop 34: whether a trade's or a base's word stands within six words before the "out" at token `o`, on its line. */
export function outOfBefore34(d: Detector, o: number): boolean {
  const toks = d.toks;
  const v = d.v;
  for (let x = o - 1; x >= 0 && x >= o - 6; x--) {
    const t = toks[x] as Tok;
    if (v.slice(t.e, (toks[x + 1] as Tok).s).includes('\n')) return false;
    if (OUT_OF_CUES_34.has(t.k)) return true;
  }
  return false;
}

/** Stop 35: people before "from" and a town: relatives, friends, and the patient ("his brother from Ramingining",
 * "koro Hemi Paewai from Ruatoria", "Pt from Ahwatukee"). */
const KIN_FROM_35: ReadonlySet<string> = new Set(
  ('mother mom mum mam father dad sister brother son daughter aunt auntie uncle cousin niece nephew grandmother grandfather ' +
    'grandma grandpa granny nan wife husband partner parents relatives relative girlfriend boyfriend fiance fiancee ' +
    'grandson granddaughter grandchildren stepson stepdaughter stepmother stepfather sibling siblings friend friends neighbour ' +
    'neighbor neighbours neighbors family koro kuia whanau elder elders visitor visitors pt patient man woman boy girl').split(' '),
);
/** Stop 35: trades before "from"/"of" and their town ("fisherman from Bolungarvik", "a cane farmer of Drasa"). */
const TRADE_FROM_35: ReadonlySet<string> = new Set(
  ('fisherman fishermen farmer farmers crofter herder herdsman shepherd diver miner trader vendor rancher planter grower ' +
    'weaver potter carpenter boatman pastor priest imam chief headman').split(' '),
);
/** Stop 35: short forms of states' names, which the list of states lacks ("from Calif.", "of Mass."). */
const STATE_SHORT_35: ReadonlySet<string> = new Set('calif cal mass penn conn wash mich minn wisc ariz colo fla tenn okla nebr kans mont wyo'.split(' '));
/** Stop 35: verbs between a person and "from" ("Wife Genevieve called from Chicoutimi", "Maryna is from Ivano-Frankivsk"). */
const FROM_VERBS_35: ReadonlySet<string> = new Set('called calls calling phoned phones rang rings texted texts is was are were'.split(' '));

/** Stop 35: whether token p, right before a "from"/"of" (`of`), shows a person whose town follows: a relative's or a
 * trade's word, a person's name found, or an age after a name ("sponge diver, 61, of Pothia", "45 M, of Kakoba"). */
function personBefore35(d: Detector, p: number, of: boolean): boolean {
  const v = d.v;
  const toks = d.toks;
  const f = toks[p + 1] as Tok;
  let t = toks[p];
  if (t === undefined) return false;
  const gap = v.slice(t.e, f.s);
  // "61, of", "44 F, from": an age (and a sex) with a comma before the preposition.
  if (gap === ', ') {
    let a = t;
    let x = p;
    if ((a.k === 'm' || a.k === 'f') && a.shape !== 'L' && x > 0) a = toks[--x] as Tok;
    return a.shape === 'X' && /^\d{1,3}$/.test(a.w) && +a.w < 120 && x > 0 && /^,? $/.test(v.slice((toks[x - 1] as Tok).e, a.s));
  }
  if (gap !== ' ') return false;
  if (!of && FROM_VERBS_35.has(t.k) && p > 0) {
    const b = toks[p - 1] as Tok;
    if (v.slice(b.e, t.s) !== ' ') return false;
    t = b;
    p--;
  }
  if (TRADE_FROM_35.has(t.k)) return true;
  if (!of && KIN_FROM_35.has(t.k) && t.shape !== 'X') return true;
  // (A name: one found by the rules before, in a text of mixed case, "Jadwiga Nowak-Pietrzak of Braunstone Town".)
  return !d.oneCase && t.shape === 'T' && d.someCovering(t.s, t.e, (c) => c.p >= 0 && c.t === 'NAME');
}

/**
 * Stop 35: a town after a person and "from" or "of": "fisherman from Bolungarvik", "koro Hemi Paewai from Ruatoria",
 * "Nikolaos Chatzidakis, sponge diver, 61, of Pothia", "his brother from Ramingining". Many small towns of the world are
 * in no gazetteer; after a person the preposition names where they live or come from. One to three capitalized words,
 * one at least no common word (capsRun34: no title, month, state, country, language or clinical word); "of" takes no
 * relative ("daughter of Mary"), and a given name alone is no town. Not in a text of lower case (lonePlaces33 there).
 */
export function kinFrom35(d: Detector): void {
  if (d.lowerTyped) return;
  const v = d.v;
  for (const w of d.capsDoc ? [' FROM', ' OF'] : [' from', ' of']) {
    const of = w.length === 3;
    for (let q = v.indexOf(w); q >= 0; q = v.indexOf(w, q + 3)) {
      // (The town after one blank or a line's break: "a fisherman from\nBolungarvik".)
      const b = v.charCodeAt(q + w.length);
      if (b !== 32 && b !== 10) continue;
      const i = d.tokenStartingAt(q + 1);
      if (i < 1 || i + 1 >= d.toks.length) continue;
      const s = i + 1;
      const first = d.toks[s] as Tok;
      if (first.s !== q + w.length + 1) continue;
      if (first.shape !== 'T' && !(d.capsDoc && first.shape === 'U' && first.e - first.s >= 4)) continue;
      if ((first.m & (M.STORE_CHAINS | M.COMPANY_FIRST | M.NOT_NAME)) !== 0) continue;
      if (!personBefore35(d, i - 1, of)) continue;
      let j = capsRun34(d, s, 3);
      if (j < 0) continue;
      // (Common words after the town are the sentence going on, "FROM FISHTOWN TODAY"; a kind of place stays, "Braunstone Town".)
      while (j > s && ((d.toks[j] as Tok).f & (L.WORD | L.PLACE)) === L.WORD && !BRACKET_KINDS_34.has((d.toks[j] as Tok).k)) j--;
      // (A given name alone is a person: "a letter from Maria"; a common word alone is none, "friend from CHURCH"; nor a
      // state's short form, "son from Calif.".)
      if (j === s && (((first.f & L.FIRST) !== 0 && (first.f & L.PLACE) === 0) || (first.f & L.WORD) !== 0 || STATE_SHORT_35.has(first.k))) continue;
      const e = (d.toks[j] as Tok).e;
      // (A region of a state's level or a country by its short name is no identifier: "Patient from Yucatan", "son from
      // Punjab", "brother from Syria".)
      const key = v.slice(first.s, e).toLowerCase();
      if (ONE_WORD_REGIONS_17.has(key) || REGION_WORDS.has(key) || NOT_TOWNS_34.has(key)) continue;
      if (d.anyCand(first.s, e)) continue;
      d.add(first.s, e, 'LOCATION', 62);
    }
  }
}
