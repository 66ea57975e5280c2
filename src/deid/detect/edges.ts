// Stop 23: the edges of places and names found in part. A place the rules found only in part ("Tembisa" of "Tembisa
// East", "York General Hospital" of "North York General Hospital", "St. Brigid" and "Kildare" of "St. Brigid of Kildare")
// is widened over the words that belong to its name; so is a person's name ("Costa" and "Silva" of "Costa e Silva",
// "Ngaire" of "Ngaire Tipene-Walker"). Run last (Detector.runAll), when every rule and the tagger have found theirs.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { type Cand, isDigitCode, isLetterCode, type Tok } from './words.js';
import { L } from '../lexicon.js';
import { CREDENTIAL_TOKENS, EPONYMS, FUNCTION_WORDS, M, NOT_NAME, NOT_NAME_CAPS, REGION_WORDS, STATE_ABBR_SET, STATE_WORDS, TITLES } from './vocabulary.js';
import { betweenPlaces, CARE_DEPARTMENT_WORDS, LANGUAGES } from './later-cues.js';
import { clinicalWord } from '../tagger.js';
import { KIN_IN_BRACKETS, MONTH_WORDS } from './patterns.js';
import { KIN_WORDS } from './name-patterns.js';
import type { Detector } from './detector.js';
import { placeOver17 } from './address-layouts.js';
import { freeOf29 } from './place-kinds.js';
import { letterOwned, versusAt } from './initial-names.js';
import { isAsciiLetter } from './shapes.js';

/** Words that may end a place's name after the part found: a quarter ("Mangere East", "Andheri West", "Bankstown
 * Central"), a kind of place ("Vinh City", "Zamzam camp", "Mombasa Road"), a care site's or a school's last word
 * ("Northampton General", "Cape Breton Regional", "Otahuhu Primary", "Christian Medical College"). */
const END_WORDS_23: ReadonlySet<string> = new Set(('east west north south central ' +
  'selatan utara barat timur tengah norte sul sur nord sud ouest oeste ost ' +
  'airport park temple church mosque cathedral chapel mall hub ' +
  'street avenue ave lane drive crescent boulevard terrace ' +
  'city town village camp island heights gardens estate road rd highway junction bridge pier market ' +
  'general regional primary memorial infirmary hospital hospitals clinic clinics college university school academy ' +
  'centre center court courthouse house home hall surgery polyclinic poliklinika ' +
  'chapter post plant aid parish square convent mortuary quarter ' +
  'township mission shelter hostel lodge farm barracks prison ' +
  // (Stop 36: more kinds of place and site that end a name: "Ladywell Unit", "Knaresborough Bowling Club", "Aqaba
  // Container Terminal", "Toka Island", "Ghousia Colony", "Minhang District", "Riverside Plaza", "Chiang Mai Zoo".)
  'unit club terminal colony plaza promenade funerals zoo cottage estates commons headquarters orchards superclinic ' +
  'surgeries factory library bazaar compound mortuary port island district marae wharf').split(' '));
/** Stop 36: kinds of place written in lower case after a capitalized name, that end it ("Tolikan village", "Zamzam camp",
 * "Kamogawa fishing port", "Debre Libanos woreda"): the open sets' gold takes them in about as often as it leaves them
 * out, and a place read without them loses nothing of the name. Not "house", "home", "office", "team", "district" (more
 * often the start of another phrase: "district nurses", "office hours"). */
const LOWER_END_36: ReadonlySet<string> = new Set(('village camp island port market bazaar compound mortuary factory library ' +
  'estate colony woreda soum microdistrict dispensary township').split(' '));
/** Stop 36: lower-case words inside such a kind ("fishing port", "fish market", "sugar estate", "refugee camp"). */
const LOWER_MID_36: ReadonlySet<string> = new Set('fishing fish sugar tea distribution garage town'.split(' '));
/** Words after an end word that make it part of another phrase ("post op", "farm worker", "house officer", "aid tent"). */
const NOT_AFTER_END_25: ReadonlySet<string> = new Set(('op operative operatively ops worker workers labourer labourers ' +
  'officer officers tent kit ' +
  // (Stop 36: "Leeds district nurses", "Manukau district nursing".)
  'nurse nurses nursing').split(' '));
/** Words that may stand inside such a name, before a word that ends it ("Medical College", "Teaching and Referral
 * Hospital", "primary care centre", "General Sessions Court"). */
const MID_WORDS_23: ReadonlySet<string> = new Set(('medical teaching referral regional general community district ' +
  'health care primary university children\'s memorial training family dental specialist specialty mental sessions ' +
  'county city nursing maternity state and ' +
  'industrial social municipal secondary veterans women\'s packing picture free migrant workers\' rural ' +
  'national public elementary high middle junior senior nursery catholic baptist methodist islamic ' +
  // (Stop 36: "Port Augusta Renal Unit", "Chatsworth Satellite Unit", "Navotas Fish Port", "Knaresborough Bowling Club".)
  'renal satellite dialysis fish fishing container bowling golf sports rugby football cricket tennis sailing yacht').split(' '));
/** Words that make "General" or "Family" before them a specialty ("General Surgery", "Family Medicine"). */
const SPECIALTY_23: ReadonlySet<string> = new Set('surgery medicine practice paediatrics pediatrics psychiatry'.split(' '));
/** Words before "Home" in a care home's name ("Brookfield Nursing Home", "Birchfield Children's Home"). */
const HOME_BEFORE_23: ReadonlySet<string> = new Set(['nursing', 'care', 'residential', 'children', 'funeral', 'retirement', 'rest', 'group', 'old', 'people\'s', 'people', 'memorial']);
/** (Stop 36.) In a text of one case, more words inside a care site's name after the place found, before a word that ends
 * it ("salinas valley health", "tbilisi heart center", "sligo creek center", "bayview sleep disorders center"): no capital
 * shows the name there, so a service's or a site's word is read as the name's when a site's last word ends it. */
const ONE_CASE_MID_36: ReadonlySet<string> = new Set(('heart cancer eye sleep disorders events fitness valley creek river ' +
  'home urgent behavioral behavioural rehabilitation rehab recovery wellness women\'s children\'s kidney dialysis surgical ' +
  'diagnostic imaging treatment birth aged').split(' '));
/** (Stop 36.) Last words of a care site's name in a text of one case ("allston community health", "lakeland regional
 * health", "grey bruce health services", "south shore home care"); "care" only after the word of a kind of care. */
const ONE_CASE_END_36: ReadonlySet<string> = new Set(['health', 'healthcare', 'services', 'system', 'care']);
/** (Stop 36.) Words after such a last word that make it a service's ("home health aide", "community health workers"). */
const NOT_AFTER_END_36: ReadonlySet<string> = new Set([...NOT_AFTER_END_25, 'aide', 'aides', 'nurse', 'nurses', 'visitor', 'visitors', 'assistant', 'assistants', 'team', 'needs', 'issues', 'insurance', 'plan', 'coverage']);
const CARE_BEFORE_36: ReadonlySet<string> = new Set(['home', 'health', 'primary', 'aged', 'urgent', 'day', 'community', 'residential', 'nursing']);
/** (Stop 36.) Words of a care site's name before a place found that holds its head, or before a head before the place, in
 * a text of one case ("university hospital galway", "teaching hospital kandy", "government medical college kottayam",
 * "children's hospital of philadelphia"): no department nor specialty ("cardiology clinic toronto"), no determiner. */
const ONE_CASE_SITE_BEFORE_36: ReadonlySet<string> = new Set(('general regional national university teaching government ' +
  'community district provincial municipal specialist memorial medical children\'s women\'s state county city ' +
  'federal base royal public veterans rural mission sub-district divisional').split(' '));
const ONE_CASE_SITE_HEADS_36: ReadonlySet<string> = new Set(['hospital', 'hospitals', 'college', 'clinic', 'centre', 'center', 'institute', 'infirmary', 'polyclinic']);
/** Roman numbers after a place's name ("Gulberg III", "Bidibidi Health Centre III"). */
const ROMAN_23: ReadonlySet<string> = new Set(['ii', 'iii', 'iv']);
/** Words before the part found that belong to the place's name ("New York", "Los Gatos", "Mount Vernon", "North York
 * General Hospital", "Royal Victoria Hospital"). */
const PREFIX_WORDS_23: ReadonlySet<string> = new Set(('new los las san santa mount mt port fort lake royal upper lower ' +
  'north south east west greater old great little').split(' '));
/** Kinds of street of other languages, before the street's name (the key of a token: no point); not "via", English's
 * "by way of" ("via Leicester"). */
const STREET_BEFORE_23: ReadonlySet<string> = new Set('rue avenida av vul vulytsia ul ulica calle rua viale strada str odos jalan jl rehov bulevar bulvar bd ulitsa prospekt prosp'.split(' '));
/** Kinds of place named "<kind> of <name>" ("City of Edmonton", "County of Santa Clara", "University of Ibadan"). */
const OF_KINDS_23: ReadonlySet<string> = new Set('city county town borough village municipality township parish university isle'.split(' '));
/** Stop 36: a division's kind written in lower case before its name, in the languages and the texts that write it so
 * ("quartier Bonamoussadi", "comuna Ocna Sugatag", "sat Breb", "okres Kosice-okolie", "canton Xejuyu", "county Donegal"). */
const DIVISION_BEFORE_36: ReadonlySet<string> = new Set('quartier comuna sat okres canton groupement xa county raionul judetul frazione'.split(' '));
/** Stop 36: a house's or a postal number right before a place, as a field's start (a line's start, a comma, a colon, a
 * bracket, a bar, a tab, or a preposition): "3 Clachan", "2-14-7 Kyodo", "2207 calle del norte", "1100 Wien", "1103 KZ". */
const NUMBER_BEFORE_36 = /(?:[\n\t(|]|(?:[,;]|(?<!\d):) |\b(?:at|to|from|on|in|of|At|To|From|On|In|Of|AT|TO|FROM|ON|IN|OF)) *((?:[A-Z]-)?\d{1,5}(?:[-/]\d{1,4}[A-Za-z]?){0,3}(?:\/?[A-Za-z])?) $/;
/** Stop 36: head words that make a place a site, before which a capitalized "The" belongs to it ("The Reservoir Care
 * Center", "The Queen's Medical Center"). */
const SITE_IN_36 = /\b(?:Hospital|Clinic|Centre|Center|College|Institute|Infirmary|Hospice|Home|House|School|Surgery|Practice|Court|Hall|Lodge)\b/;
/** Words that join two parts of one place's name ("St. Agnes of Bohemia", "Frankfurt am Main", "Newcastle upon Tyne";
 * stop 36: "Barriera di Milano", "Sakura no Sato", "Bab el Tebbaneh", "Hospicjum ... w Zakopanem", Turkish "ve" inside a
 * site's name). Not "and", "y", "e", "en": they join two places as often ("Shiraz and Yazd"). */
const JOIN_23 = /^ (?:of|de|del|do|da|am|an der|nad|upon|sur|di|na|no|el|ve) (?=\p{Lu})/u;
/** Stop 36: of those, the particles after which the second part may be a word read as a person's name ("Bajos de Mena",
 * "Barriera di Milano"); not "and", "y", "e", "&", which join two people as well, nor "am", a day's ("am Montag"). */
const JOIN_NAME_36 = /^ (?:de|del|do|da|di|na|no|el) $/;
/** Of those, the ones after which a capitalized word ends the name even when no rule found it ("Newcastle upon Tyne",
 * "Vranov nad Dyji", "Frankfurt am Main"). */
const JOIN_END_23 = /^ (?:am|an der|nad|upon|sur) (\p{Lu}[\p{Ll}'’-]+)(?![\p{L}\d])/u;

/** A house or district number after a place's name (one to four digits, not a year), then a comma, a semicolon, a bracket
 * or the line's end. (Stop 36: or a quarter's letter, "Nyalenda B", "Chamanculo C"; and a tab, a bar or a dash after it,
 * "Microarea 05;", "Chamanculo C - avo Rosa"; not a time of four digits, "Adelaide Airport 0745,".) */
const NUMBER_AFTER_23 = /^ (?:(?!(?:19|20)\d\d\b|0\d{3})\d{1,4}|[A-H])(?=[,;)\t|]|[ ]-[ ]|\r?\n|$)/;
/** A list of counts by place: "Boston 12, Chicago 7" (the next field is a capitalized word and a number as well; stop 36:
 * of three digits at most, not a town and its postcode, "Mirpur 10, Dhaka 1216"). */
const COUNT_NEXT_23 = /^,[ ]*\p{Lu}[\p{L}'’-]*(?:[ ]\p{Lu}[\p{L}'’-]*)?[ ]\d{1,3}(?![\p{L}\d])/u;
/** (Stop 36.) The same in lower case: "boston 12, chicago 7". */
const COUNT_NEXT_LOWER_36 = /^,[ ]*\p{Ll}[\p{L}'’-]*(?:[ ]\p{Ll}[\p{L}'’-]*)?[ ]\d{1,3}(?![\p{L}\d])/u;
/** Head words of care sites and schools that end a name standing before a town ("Government Medical College Kottayam",
 * "University Hospital Crosshouse", "Group Practice Stornoway"). */
const SITE_HEADS_23: ReadonlySet<string> = new Set('hospital hospitals college centre center clinic practice infirmary institute school polyclinic'.split(' '));
/** Words inside such a name before its head ("Federal Medical Centre", "Rural Health Unit of"). */
const SITE_JOIN_23: ReadonlySet<string> = new Set(['of', 'and', '&', 'de', 'do', 'da', 'for']);
/** Titles before a person a site is named after ("Sir Charles Gairdner Hospital", "Mother Seton Hospital"). */
const SITE_TITLES_23: ReadonlySet<string> = new Set(['sir', 'mother', 'sister', 'bishop', 'saint', 'father', 'pope', 'king', 'queen', 'prince', 'princess']);

/**
 * Where a care site's name that stands right before the place's first token fi starts ("Government Medical College
 * Kottayam", "University Hospital Crosshouse"), or -1: one to five capitalized words (joining words inside) ending with a
 * site's head word, no candidate on them. Or a title before a site named after a person ("Sir Charles Gairdner Hospital").
 */
function headBefore(d: Detector, fi: number, e: number): number {
  const v = d.v;
  const toks = d.toks;
  const h = toks[fi - 1] as Tok;
  const place = toks[fi] as Tok;
  if (h.shape === 'T' && SITE_HEADS_23.has(h.k)) {
    let start = -1;
    let words = 0;
    for (let j = fi - 1; j >= 0 && words < 5; j--) {
      const u = toks[j] as Tok;
      const nx = toks[j + 1] as Tok;
      if (v.slice(u.e + (u.possessive ? 2 : 0), nx.s) !== ' ' || d.anyCand(u.s, u.e)) break;
      // (Nor a department's or a day's word: "Cardiology Clinic Toronto", "Tuesday Clinic Toronto".)
      if (j < fi - 1 && NOT_NAME.has(u.k)) break;
      if (u.shape === 'T' || u.shape === 'U') {
        start = u.s;
        words++;
      } else if (!SITE_JOIN_23.has(u.k)) break;
    }
    // (The head alone, "Clinic Toronto", is no name of its own.)
    return words >= 2 ? start : -1;
  }
  // A title before the place, when the place is a site's name (its head word inside it or right after it): "Mother Seton
  // Hospital" (the place "Seton Hospital").
  const q = v.slice(place.s, e) + (/^ \p{Lu}\p{Ll}+/u.exec(v.slice(e, e + 20))?.[0] ?? '');
  if (SITE_TITLES_23.has(h.k) && /\b(?:Hospital|Clinic|School|College|Centre|Center|Institute|Infirmary)\b/.test(q) && !d.anyCand(h.s, h.e)) return h.s;
  return -1;
}

/** The live candidates of type t, one for each span (several rules find the same name or place): the one of the highest
 * priority, in the order of the list. */
function topSpans(d: Detector, t: 'NAME' | 'LOCATION'): Cand[] {
  const top = new Map<number, Cand>();
  const cands = d.cands;
  for (let x = 0; x < cands.length; x++) {
    const c = cands[x] as Cand;
    if (c.t !== t || c.p < 0) continue;
    const key = c.s * 4096 + (c.e - c.s);
    const o = top.get(key);
    if (o === undefined || c.p > o.p) top.set(key, c);
  }
  return [...top.values()];
}

/** Words in capitals before a place that are a country's or a union's code, or a unit of a hospital. */
const NOT_SITE_CAPS_23: ReadonlySet<string> = new Set('uk us usa eu un who hdu icu itu nicu picu ccu ed er or opd ipd ot'.split(' '));
/** Whether the word in capitals p may be a site's short name before a town: letters only, no code of a state or a country,
 * no credential, clinical abbreviation, hospital unit or word in capitals that is never a name, no everyday word, and no
 * candidate on it. */
function acronymSite(d: Detector, p: Tok): boolean {
  const k = p.k;
  if (NOT_NAME_CAPS.has(p.w) || STATE_ABBR_SET.has(p.w) || NOT_SITE_CAPS_23.has(k) || CREDENTIAL_TOKENS.has(k) || NOT_NAME.has(k) || FUNCTION_WORDS.has(k) || clinicalWord(k) || d.anyCand(p.s, p.e)) return false;
  // (Only letters: "MRN", "DOB" and the like are clinical words or labels; "ICU" a clinical word.)
  return /^[A-Z]+$/.test(p.w) && (d.fl(k) & (L.WORD | L.COUNTRY)) === 0;
}

/**
 * Whether a live candidate was found before a pass began (see widenPlaces), from the candidates the pass made: those of
 * d.cands from its length at the start on. (Speed: no set of every candidate, about 160 on a 2 KB prompt, built for
 * each pass; those a pass makes are few.) Exact because, during the passes that ask, d.cands only grows (d.add
 * appends; nothing drops candidates from the list nor reorders it) and a candidate dropped from the list earlier has
 * priority -1 for good, which someOverlap never visits.
 */
function foundBefore(d: Detector): (o: Cand) => boolean {
  let read = d.cands.length;
  let made: Set<Cand> | undefined;
  return (o) => {
    const cands = d.cands;
    if (read < cands.length) {
      made ??= new Set();
      for (; read < cands.length; read++) made.add(cands[read] as Cand);
    }
    return made === undefined || !made.has(o);
  };
}

/** Of the candidates of type t that `orig` accepts that start at `at` (the second part of a name found apart): the
 * furthest end and the highest priority, or -1 for both. */
function startingAt(d: Detector, at: number, t: 'NAME' | 'LOCATION', orig: (o: Cand) => boolean): [number, number] {
  let to = -1;
  let p = -1;
  d.someOverlap(at, at + 1, (o) => {
    if (o.t === t && o.s === at && orig(o)) {
      if (o.e > to) to = o.e;
      if (o.p > p) p = o.p;
    }
    return false;
  });
  return [to, p];
}

/** The token that ends at `e`, or whose possessive ends there ("St Hilda's"). */
function tokenEnding(d: Detector, e: number): number | undefined {
  const i = d.tokenAtEdge(e, true);
  if (i !== undefined) return i;
  const q = d.v.charCodeAt(e - 2);
  if (d.v.charCodeAt(e - 1) !== 115 || (q !== 39 && q !== 0x2019)) return undefined;
  const j = d.tokenAtEdge(e - 2, true);
  return j !== undefined && (d.toks[j] as Tok).possessive ? j : undefined;
}

/** Whether word u may be taken into a place of priority p before it: no candidate of another type overlaps it, nor one
 * that starts in it and goes on after it (another name or place: "North Yorkshire" after "Leeds"), nor a surer place
 * (the word is the end of another reading: "Manipal Hospital" is not grown into "Nephrologist, Manipal Hospital"). A
 * name or a place that ends with it is the same words read otherwise ("Ronald McDonald House" read as a name). */
function freeWord(d: Detector, u: Tok, p: number): boolean {
  return !d.someOverlap(u.s, u.e, (o) => (o.t !== 'LOCATION' && o.t !== 'NAME') || (o.s >= u.s && o.e > u.e) || (o.t === 'LOCATION' && o.p > p));
}

/** Stop 36: whether the place that ends at e ends with a capitalized word (not one in capitals or in lower case). */
function lastTitled36(d: Detector, e: number): boolean {
  const i = tokenEnding(d, e);
  return i !== undefined && (d.toks[i] as Tok).shape === 'T';
}

/** Stop 36: kinds of site or place whose name is often a person's or a word the rules read as one ("Adelaide Airport",
 * "Mowbray Maternity", "Solomon Hochoy Highway", "Top Alston District", "Naledi Senior Secondary School"). Not the kinds
 * that are surnames too ("Hall", "Lane", "Park", "Court", "Chapel", "House"). */
const NAME_HEADS_36: ReadonlySet<string> = new Set(('airport highway hospital clinic school college university academy district ' +
  'camp heights plant maternity terminal superclinic infirmary polyclinic centre center market mosque cathedral stadium').split(' '));
/** Stop 36: titles before a person that keep the words after the name a person's ("Dr Adams Clinic" may be a doctor's). */
const NAME_TITLES_36 = /\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Sr|Nurse|Sister|Rev|Fr)\.?[ ]*$/;

/**
 * Stop 36: a site or a place whose name the rules read as a person's, followed by a kind of site or place written as the
 * name is (capitalized): "Adelaide Airport", "Mowbray Maternity", "Naledi Senior Secondary School". The name and the kind
 * become one place; a titled person ("Dr Adams Clinic") stays a person.
 */
function nameSites36(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  if (d.oneCase) return;
  for (const c of topSpans(d, 'NAME')) {
    if (v.charCodeAt(c.e) !== 32) continue;
    const li = tokenEnding(d, c.e);
    if (li === undefined || (toks[li] as Tok).shape !== 'T' || (toks[li] as Tok).possessive) continue;
    let end = -1;
    let prev = toks[li] as Tok;
    for (let j = li + 1; j < toks.length && j <= li + 4; j++) {
      const u = toks[j] as Tok;
      if (u.s !== prev.e + 1 || u.shape !== 'T' || u.possessive || !freeWord(d, u, c.p) || d.someOverlap(u.s, u.e, (o) => o.t === 'NAME')) break;
      if (NAME_HEADS_36.has(u.k)) {
        end = u.e;
        break;
      }
      if (!MID_WORDS_23.has(u.k)) break;
      prev = u;
    }
    if (end < 0 || NAME_TITLES_36.test(v.slice(Math.max(0, c.s - 10), c.s))) continue;
    d.add(c.s, end, 'LOCATION', c.p);
  }
}

export function placeEdges23(d: Detector): void {
  nameSites36(d);
  widenPlaces(d);
  // The parts of an address between two places, now that the later rules and the tagger have found more places (the
  // rule first ran among the early cues): "Takahashi Naika Clinic, 2-14-7 Nishi-Ogikubo, Suginami-ku".
  betweenPlaces(d);
  placeFields23(d);
}

/** A field of an address: capitalized words, numbers and the small words of place names, nothing else. */
const FIELD_SHAPE_23 = /^(?:\p{Lu}[\p{L}'’-]*|\d[\p{L}\d/-]*|#\d[\d-]*)(?:[ ](?:\p{Lu}[\p{L}'’-]*|\d[\p{L}\d/-]*|of|de|da|do|del|la|el|the|and|&))*$/u;
/** Words of a field that is no place: a ward, a bed, a unit, a contact, a department, a person's label, a day. */
const NOT_FIELD_WORDS_23: ReadonlySet<string> = new Set(('ward bed room rm floor level bay dept department tel fax phone ph mob mobile email ' +
  'mrn dob age sex ref attn attention re team service unit clinic station pod ' +
  'monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun').split(' '));

/**
 * A whole field of an address next to a place found, parted from it by a comma, when no rule read it:
 * - after a care site or a street address, the quarter or the town it is in, a word no lexicon knows ("Lagos University
 *   Teaching Hospital, Idi-Araba", "Severance Hospital, Sinchon.", "Rue Clervaux 12, Saint-Marc"); after a town, a last
 *   field is more often a state or a province (no identifier), which no list here tells from a town: left alone;
 * - before a place, or after a care site or a street, an address's part with its number ("14 Castle Arcade, Cardiff",
 *   "Takahashi Clinic, 2-14-7 Nishi-Ogikubo, Suginami-ku").
 * The field runs from a line's start, a comma, a colon or a bracket to a comma, a semicolon, a bracket or the line's end
 * (or a full stop after a word); it holds no clinical, department or person's word ("Renal Unit", "Consultant
 * Rheumatologist", "Shingrix 2", "6 West").
 */
function placeFields23(d: Detector): void {
  const v = d.v;
  if (d.oneCase) return;
  for (const c of topSpans(d, 'LOCATION')) {
    // After the place: ", <field>" then a comma, a semicolon, a full stop, a bracket or the line's end.
    if (v.charCodeAt(c.e) === 44 && siteOrStreet(v.slice(c.s, c.e))) {
      let s = c.e + 1;
      while (v.charCodeAt(s) === 32) s++;
      let e = s;
      while (e < v.length && e - s <= 60) {
        const ch = v.charCodeAt(e);
        if (ch === 44 || ch === 59 || ch === 10 || ch === 13 || ch === 40 || ch === 41 || (ch === 46 && !/[\p{L}\d]/u.test(v.charAt(e + 1)))) break;
        e++;
      }
      if (e - s <= 60) fieldPlace(d, s, e, true);
    }
    // Before the place: "<field>, " after a line's start, a comma, a colon or a bracket.
    if (c.s >= 3 && v.charCodeAt(c.s - 2) === 44 && v.charCodeAt(c.s - 1) === 32) {
      const e = c.s - 2;
      let s = e;
      while (s > 0 && e - s <= 60) {
        const ch = v.charCodeAt(s - 1);
        if (ch === 44 || ch === 58 || ch === 59 || ch === 10 || ch === 13 || ch === 40) break;
        s--;
      }
      while (v.charCodeAt(s) === 32) s++;
      if (e - s <= 60) fieldPlace(d, s, e, false);
    }
  }
}

/** Whether a place's text is a care site's (its head word) or a street address (a number, a street's suffix). */
function siteOrStreet(text: string): boolean {
  return /\d/.test(text) || /\b(?:Hospital|Clinic|Centre|Center|College|Institute|Infirmary|Hospice|Home|Mandir|Mosque|Church|Temple|School|Surgery|Practice|St|Street|Rd|Road|Ave|Avenue|Lane|Drive|Str|Rue|Calle|Rua|Via)\b\.?/.test(text);
}

/** The field [s, e) as a place, when it reads as one (see placeFields23); `named`: a word no lexicon knows is enough. */
function fieldPlace(d: Detector, s: number, e: number, named: boolean): void {
  const v = d.v;
  while (e > s && v.charCodeAt(e - 1) === 32) e--;
  if (e - s < 3) return;
  const text = v.slice(s, e);
  if (!FIELD_SHAPE_23.test(text) || d.anyCand(s, e)) return;
  const words = text.toLowerCase().split(' ');
  if (words.length > 4) return;
  if (TITLES.has(words[0] as string)) return;
  const key = words.join(' ');
  if (STATE_WORDS.has(key) || REGION_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0) return;
  for (const w of words) {
    const k = w.replace(/['’]/g, '');
    if (CREDENTIAL_TOKENS.has(k) || CARE_DEPARTMENT_WORDS.has(k) || NOT_FIELD_WORDS_23.has(k) || clinicalWord(k) || /^[a-z]+(?:ist|ian|ologist|ery|ics|ology)$/.test(k)) return;
  }
  // An address's part: a number and a word of three letters or more ("14 Castle Arcade", "Peron 4190", "Sector 3").
  const numbered = /\d/.test(text) && /\p{L}{3}/u.test(text) && !/^\d+[ ](?:west|east|north|south|tower|wing)$/.test(key);
  // A word no lexicon knows (no everyday word, name, place or country), of four letters or more: "Idi-Araba", "Sinchon".
  const unknown = named && words.some((w) => w.length >= 4 && /^\p{L}/u.test(w) && d.fl(w.replace(/['’]/g, '')) === 0 && w.split('-').every((h) => h.length < 2 || (d.fl(h) & (L.WORD | L.FIRST | L.LAST)) === 0));
  // (Stop 25) After a site or a street, a town or a quarter the gazetteer knows, though it is an everyday word too: "Flat
  // 41, Brokesley House, Devons Road, Bow", "Hurley Medical Center, Flint". A line's or a sentence's end must follow (not
  // a list of words: "Hospital, Bow and Arrow").
  const town = named && knownAfterSite(d, s, e, key);
  if (!numbered && !unknown && !town) return;
  d.add(s, e, 'LOCATION', 60);
}

function widenPlaces(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const oneCase = d.lowerTyped;
  // (The joins and merges below read the candidates the rules found, never one made here: over "Temple Beth Temple Beth
  // ..." each merge would take in the one before it, a place as long as the text, and quadratic time.)
  const orig = foundBefore(d);
  for (const c of topSpans(d, 'LOCATION')) {
    let s = c.s;
    let e = c.e;
    // (Cheap tests first: a blank after the place or before it.)
    const after = v.charCodeAt(e);
    if (after === 32) {
      const li = tokenEnding(d, e);
      const lt = li === undefined ? undefined : (toks[li] as Tok);
      if (li !== undefined && lt !== undefined && (lt.shape === 'T' || lt.shape === 'U' || (lt.shape === 'L' && oneCase))) {
        // The words after it that end its name: "Mangere East", "Cotabato Regional and Medical Center".
        let prev = lt;
        let end = -1;
        /** The end before the last word taken, for a specialty that shows that word was not the site's. */
        let endBefore = -1;
        let afterAnd = false;
        for (let j = li + 1; j < toks.length && j <= li + 6; j++) {
          const u = toks[j] as Tok;
          if (u.s !== prev.e + (prev.possessive ? 3 : 1) || v.charCodeAt(u.s - 1) !== 32) break;
          const roman = u.shape === 'U' && ROMAN_23.has(u.k);
          const and = u.k === 'and' && u.shape === (lt.shape === 'U' ? 'U' : 'L');
          // (Each word written as the place's are: capitalized, in capitals, or in lower case in a text of one case.)
          // (Stop 36: or a kind of place in lower case after a capitalized name, "Tolikan village", "Wajima fish market".)
          // (Not after "the", a common noun's phrase the gold leaves the kind out of: "near the Kariakoo market"; nor a
          // refugee camp's kind, "Dadaab refugee camp".)
          const lowerKind = u.shape === 'L' && lt.shape === 'T' && !u.possessive && (LOWER_END_36.has(u.k) || LOWER_MID_36.has(u.k)) && !/\bthe $/i.test(v.slice(Math.max(0, c.s - 4), c.s));
          if (!roman && !and && !lowerKind && u.shape !== lt.shape) break;
          if (lowerKind) {
            if (!freeWord(d, u, c.p) || (NOT_AFTER_END_25.has((toks[j + 1] as Tok | undefined)?.k ?? '') && (toks[j + 1] as Tok).s === u.e + 1)) break;
            if (LOWER_END_36.has(u.k)) {
              end = u.e;
              break;
            }
            prev = u;
            continue;
          }
          if (!freeWord(d, u, c.p)) break;
          // ("Leeds General Surgery team", "boston general practice area": a specialty; "General" was not the site's.)
          if (SPECIALTY_23.has(u.k) && (prev.k === 'general' || prev.k === 'family')) {
            if (end === prev.e) end = endBefore;
            break;
          }
          // (A home is anyone's, "RETURNED TO TORONTO HOME", unless a care home: "Brookfield Nursing Home".)
          // (Stop 36: or a home's care in a text of one case, "south shore home care", "ararat home health".)
          if (u.k === 'home' && !HOME_BEFORE_23.has(prev.k) && !(d.oneCase && /^ (?:care|health)\b/i.test(v.slice(u.e, u.e + 8)))) break;
          if (and) afterAnd = true;
          // (After "and", only a site's head ends the name: "Boston and General Surgery", "Toronto East and West" are two.)
          // (Stop 25: an end word that opens another phrase is none: "Leeds post op", "Lagos farm worker", "house
          // officer", "first aid tent".)
          // (Stop 36: the next word right after one blank, not across a dash: "CSP LISBOA CENTRAL - NURSE INES".)
          if (!u.possessive && END_WORDS_23.has(u.k) && NOT_AFTER_END_25.has((toks[j + 1] as Tok | undefined)?.k ?? '') && (toks[j + 1] as Tok).s === u.e + 1) break;
          if (roman || (!u.possessive && END_WORDS_23.has(u.k) && (!afterAnd || SITE_HEADS_23.has(u.k)))) {
            endBefore = end;
            end = u.e;
          } else if (d.oneCase && !u.possessive && ONE_CASE_END_36.has(u.k) && (u.k !== 'care' || CARE_BEFORE_36.has(prev.k)) && !NOT_AFTER_END_36.has((toks[j + 1] as Tok | undefined)?.k ?? '')) {
            // (Stop 36: a care site's last word in a text of one case.)
            endBefore = end;
            end = u.e;
          } else if (!MID_WORDS_23.has(u.possessive ? `${u.k}'s` : u.k) && !(d.oneCase && ONE_CASE_MID_36.has(u.possessive ? `${u.k}'s` : u.k))) break;
          prev = u;
          if (roman) break;
        }
        if (end > e && freeOf29(d, e, end)) e = end;
        else {
          // "Newcastle upon Tyne", "Vranov nad Dyji": a joining word and one capitalized word.
          const m = JOIN_END_23.exec(v.slice(e, e + 40));
          if (m && lt.shape === 'T') {
            const we = e + m[0].length;
            const wi = d.tokenAtEdge(we, true);
            const w = wi === undefined ? undefined : (toks[wi] as Tok);
            if (w !== undefined && !d.common(w) && !d.anyCand(w.s, w.e)) e = we;
          }
        }
      }
      // Two parts of one name found apart: "St. Agnes of Bohemia", "Bajos de Mena".
      if (e === c.e) {
        const m = JOIN_23.exec(v.slice(e, e + 12));
        if (m) {
          const at = e + m[0].length;
          const [to] = startingAt(d, at, 'LOCATION', orig);
          if (to > 0) e = to;
          else if (JOIN_NAME_36.test(m[0]) && lastTitled36(d, c.e)) {
            // (Stop 36) "Bajos de Mena", "Barriera di Milano": the second part one word read as a name, then a field's end.
            const [nto] = startingAt(d, at, 'NAME', orig);
            if (nto > 0 && /^\p{Lu}[\p{Ll}'’-]+$/u.test(v.slice(at, nto)) && /^(?:[,;)\t|]|\.(?!\S)|\r?\n|$)/.test(v.slice(nto, nto + 2))) e = nto;
          }
        }
      }
    }
    if (s >= 2 && v.charCodeAt(s - 1) === 32) {
      const fi = d.tokenAtEdge(s, false);
      const ft = fi === undefined ? undefined : (toks[fi] as Tok);
      if (fi !== undefined && fi > 0 && ft !== undefined && (ft.shape === 'T' || ft.shape === 'U')) {
        const p = toks[fi - 1] as Tok;
        if (p.e === s - 1 && !p.possessive) {
          if (p.shape === ft.shape && PREFIX_WORDS_23.has(p.k) && !d.anyCand(p.s, p.e)) s = p.s;
          // A street's kind of other languages before its name: "Rue Sursock", "vul. Pryvokzalna", "Odos Ermou".
          else if (STREET_BEFORE_23.has(p.k) && (p.shape === 'T' || p.shape === 'L' || p.shape === 'U') && !d.anyCand(p.s, p.e)) s = p.s;
          // A site's short name in capitals before its town: "UBS Pinheiros", "RS Fatmawati", "GGD Amsterdam".
          else if (p.shape === 'U' && ft.shape === 'T' && !d.capsDoc && p.e - p.s >= 2 && p.e - p.s <= 5 && acronymSite(d, p)) s = p.s;
          else if (p.k === 'of' && p.shape === (ft.shape === 'U' ? 'U' : 'L') && fi > 1) {
            // "City of Edmonton", "COUNTY OF SANTA CLARA".
            const k = toks[fi - 2] as Tok;
            if (k.e === p.s - 1 && k.shape === ft.shape && OF_KINDS_23.has(k.k) && !d.anyCand(k.s, k.e)) s = k.s;
          } else if (ft.shape === 'T' && p.shape === 'L' && DIVISION_BEFORE_36.has(p.k) && !d.anyCand(p.s, p.e)) {
            // (Stop 36) "quartier Bonamoussadi", "comuna Ocna Sugatag", "county Donegal".
            s = p.s;
          } else if (ft.shape === 'T' && p.w === 'The' && !d.anyCand(p.s, p.e) && (SITE_IN_36.test(v.slice(c.s, c.e)) || !/(?:^|[.!?]\s*|\n\s*)$/.test(v.slice(Math.max(0, p.s - 3), p.s)))) {
            // (Stop 36) "The Reservoir Care Center"; "at The Forbury" (a capitalized "The" inside a sentence).
            s = p.s;
          } else if (ft.shape === 'T') {
            const h = headBefore(d, fi, e);
            if (h >= 0) s = h;
          }
        }
      }
    }
    // (Stop 36: in a text of one case, a care site's generic words before it, see ONE_CASE_SITE_BEFORE_36.)
    if (s === c.s && d.oneCase && s >= 2 && v.charCodeAt(s - 1) === 32) s = oneCaseSiteStart36(d, s, e);
    // (Stop 36) The house's or the postal number before a place, at a field's start (not a time's minutes: "09:30 Tamworth"): "3 Clachan", "2-14-7 Kyodo", "2207 calle
    // del norte", "1100 Wien". Not a year ("2019 Boston"), nor a number another rule read (a date, an identifier).
    // (Speed: the number's last character, a digit or a letter after a digit or a slash, stands right before the blank.)
    const n1 = s >= 2 ? v.charCodeAt(s - 2) : 0;
    const n2 = s >= 3 ? v.charCodeAt(s - 3) : 0;
    if (s >= 2 && v.charCodeAt(s - 1) === 32 && (isDigitCode(n1) || (isAsciiLetter(n1) && (isDigitCode(n2) || n2 === 47)))) {
      // (The text's start reads as a line's: the slice's own start is no field's.)
      const from = Math.max(0, s - 32);
      const m = NUMBER_BEFORE_36.exec((from === 0 ? '\n' : '') + v.slice(from, s));
      if (m) {
        const num = m[1] as string;
        const ns = s - 1 - num.length;
        // (Nor a morning's time of four digits, "at 0930 Tamworth Base Hospital" (a house's or a postal number opens with no
        // zero: "at 2207 calle del norte", "| 1100 Wien"), nor one digit after "to", a count: "sent to 2 Leeds wards".)
        const time = /^0\d[0-5]\d$/.test(num);
        const to = /(?:^|[^A-Za-z])(?:to|TO|To) *$/.test(m[0].slice(0, m[0].length - num.length - 1));
        if (!/^(?:19|20)\d\d$/.test(num) && !time && !(to && num.length === 1) && !d.anyCand(ns, s - 1)) s = ns;
      }
    }
    // "Laugavegur 102", "Quan 5", "Hospital General de Zona 1": a number after a place's name, before a comma or a line's end;
    // not in a list of counts by place ("Boston 12, Chicago 7", "Toronto 14; Chicago 9").
    if (e === c.e && v.charCodeAt(e) === 32) {
      const m = NUMBER_AFTER_23.exec(v.slice(e, e + 8));
      const li = m ? tokenEnding(d, e) : undefined;
      // (Stop 36: in lower case too, "4 mona road, kingston 6", "national hospital of sri lanka, colombo 10".)
      const lt = li === undefined ? undefined : (toks[li] as Tok);
      if (m && lt !== undefined && (lt.shape === 'T' || lt.shape === 'U' || (lt.shape === 'L' && oneCase)) && !d.anyCand(e + 1, e + m[0].length) && !(lt.shape === 'L' ? COUNT_NEXT_LOWER_36 : COUNT_NEXT_23).test(v.slice(e + m[0].length, e + m[0].length + 40)) && !/\d[ ]*[,;][ ]*$/.test(v.slice(Math.max(0, c.s - 8), c.s))) e += m[0].length;
    }
    // Two places found overlapping, as sure as each other, are one place: "North York General Hospital" and "York General
    // Hospital Diabetes Education Centre". (A less sure one is left to lose: "VAKE POLYCLINIC" over "POLYCLINIC FAX".)
    const p = c.p;
    d.someOverlap(s, e, (o) => {
      if (o.t !== 'LOCATION' || o.p !== p || !orig(o)) return false;
      if (o.s < s && o.e > s && o.e < e) s = o.s;
      else if (o.s > s && o.s < e && o.e > e) e = o.e;
      return false;
    });
    if (s !== c.s || e !== c.e) placeOver17(d, s, e, c.p);
  }
}

/**
 * Stop 36: where a place found at [s, e) in a text of one case starts once the generic words of a care site's name before
 * it are taken: walking back over ONE_CASE_SITE_BEFORE_36's words and site heads of the text's case, one blank apart (and
 * "of" or "and" between two of them), free of any other candidate; a site's head must be in the place or among the words
 * taken, and one word at least no head ("university hospital galway"; not "clinic galway" alone).
 */
function oneCaseSiteStart36(d: Detector, s: number, e: number): number {
  const v = d.v;
  const toks = d.toks;
  const fi = d.tokenAtEdge(s, false);
  if (fi === undefined || fi < 1) return s;
  const shape = d.capsDoc ? 'U' : 'L';
  let head = false;
  for (let x = fi; x < toks.length && (toks[x] as Tok).s < e; x++) if (ONE_CASE_SITE_HEADS_36.has((toks[x] as Tok).k)) head = true;
  let start = s;
  let generic = false;
  for (let j = fi - 1; j >= 0 && j >= fi - 5; j--) {
    const u = toks[j] as Tok;
    const nx = toks[j + 1] as Tok;
    if (u.shape !== shape || v.slice(u.e + (u.possessive ? 2 : 0), nx.s) !== ' ' || d.anyCand(u.s, u.e)) break;
    const k = u.possessive ? `${u.k}'s` : u.k;
    if ((k === 'of' || k === 'and') && j < fi - 1) continue;
    if (ONE_CASE_SITE_HEADS_36.has(k)) head = true;
    else if (ONE_CASE_SITE_BEFORE_36.has(k)) generic = true;
    else break;
    start = u.s;
  }
  return head && generic && start < s ? start : s;
}

/** The words between two parts of one person's name ("Costa e Silva", "Rohana binti Mat Yusof", "Tiernan O Dalaigh",
 * "Gloria Betancur de la Pava", "Fernandez vda de Araya"), right before a name found (the longer forms first). "s/o",
 * "d/o" and "w/o" are left out: they name another person, the father or the husband, as a name of their own. */
const NAME_JOIN_23 = /^ (?:de la|de las|de los|del|de|e|y|dos|do|das|da|di|van der|van den|van de|van 't|van|von der|von|ter|ten|binti|binte|bint|bin|ibn|ul|bat|ben|nee|née|O|nic a'|mac an|viuda de|vda\.? de|al) (?=\p{L})/u;
/** The same in a text in capitals ("ESTRADA DE LOS SANTOS"), without "DO" and "AL" (a credential, a state's code). */
const NAME_JOIN_CAPS_23 = /^ (?:DE LA|DE LAS|DE LOS|DEL|DE|E|Y|DOS|DAS|DA|DI|VAN DER|VAN DEN|VAN DE|VAN|VON DER|VON|TER|TEN|BINTI|BINTE|BINT|BIN|IBN|UL|BAT|BEN|NEE|O|NIC A'|MAC AN|VIUDA DE|VDA\.? DE) (?=\p{L})/u;
/** A surname of two parts after a given name found ("Ngaire Tipene-Walker", "Tamsin Odhiambo-Price"). */
const DOUBLE_SURNAME_23 = /^ (\p{Lu}[\p{Ll}'’]+-\p{Lu}[\p{Ll}'’]+)(?![\p{L}\d-])/u;

export function nameEdges23(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const oneCase = d.lowerTyped;
  // (The joins read the names the rules found, never one joined here: see widenPlaces.)
  const orig = foundBefore(d);
  for (const c of topSpans(d, 'NAME')) {
    let s = c.s;
    let e = c.e;
    let p = c.p;
    const a = v.charCodeAt(e);
    // (Cheap tests first: a blank, then a letter.)
    if (a === 32 && isLetterCode(v.charCodeAt(e + 1))) {
      // Two parts of one name found apart.
      const m = (d.capsDoc ? NAME_JOIN_CAPS_23 : NAME_JOIN_23).exec(v.slice(e, e + 14));
      if (m) {
        const at = e + m[0].length;
        const [to, top] = startingAt(d, at, 'NAME', orig);
        if (top > p) p = top;
        // ("e" and "y" also join two people: "Maria Santos e Joao Silva"; only a surname of one word follows them.)
        const and = /^ (?:e|y|E|Y) $/.test(m[0]);
        if (to > 0 && !v.slice(e, to).includes('\n') && !(and && /\s/.test(v.slice(at, to)))) e = to;
      }
      // A surname of two parts no lexicon knows as words, after a given name the lexicon knows.
      const hy = e === c.e ? v.indexOf('-', e) : -1;
      if (hy > 0 && hy < e + 40) {
        const ds = DOUBLE_SURNAME_23.exec(v.slice(e, e + 40));
        const li = ds ? d.tokenAtEdge(e, true) : undefined;
        const lt = li === undefined ? undefined : (toks[li] as Tok);
        if (ds && lt !== undefined && lt.shape === 'T' && (lt.f & L.FIRST) !== 0) {
          const g = ds[1] as string;
          const halves = g.toLowerCase().split('-');
          if (!halves.some((h) => h.length < 2 || (d.fl(h) & (L.WORD | L.PLACE | L.COUNTRY)) !== 0) && !d.anyCand(e + 1, e + 1 + g.length)) e = e + 1 + g.length;
        }
      }
    }
    // In a list, a row or a field (the name opens it): the given names after the surname and a comma ("VANG, CHUE",
    // "Tuiasosopo, Faith") or the initials after it ("MCDERMOTT J", "Kim V.S."), up to the field's end.
    // (The surname one word, and not only a given name: "Claire McCubbin, Daniel Ashworth" and "Copii: Ionut, Denisa" are
    // lists of people.)
    const after = v.charCodeAt(e);
    const one = e === c.e && (after === 44 || after === 32) && fieldStart(v, s) && !/[ \t]/.test(v.slice(s, e)) ? d.tokenAtEdge(s, false) : undefined;
    const ot = one === undefined ? undefined : (toks[one] as Tok);
    // (Nor a drug's, an organism's or an eponym's word: "Levophed, Quinton", "Hodgkin, Addison".)
    if (ot !== undefined && ((ot.f & L.FIRST) === 0 || (ot.f & (L.LAST | L.COMMON_SURNAME)) !== 0) && (ot.m & M.EPONYMS) === 0 && !clinicalWord(ot.k)) {
      const g = GIVEN_AFTER_23.exec(v.slice(e, e + 48));
      const lt = g ? d.toks[d.tokenAtEdge(e, true) ?? -1] : undefined;
      if (g && lt !== undefined && givenWords(d, g[1] as string, lt.shape)) e += g[0].length;
      else {
        const i = INITIALS_AFTER_23.exec(v.slice(e, e + 10));
        const k = i ? (i[1] as string).replace(/\./g, '') : '';
        // (After a comma, initials carry their points: "Archuleta, R."; "Boateng-Ansah, CB" is a player's position.)
        if (i && (!i[0].startsWith(',') || (i[1] as string).endsWith('.')) && k !== 'M' && k !== 'F' && (k.length === 1 || !CREDENTIAL_TOKENS.has(k.toLowerCase())) && !NOT_NAME_CAPS.has(k) && !STATE_ABBR_SET.has(k)) e += i[0].length;
      }
    }
    if (s >= 2 && v.charCodeAt(s - 1) === 32) {
      const fi = d.tokenAtEdge(s, false);
      const ft = fi === undefined ? undefined : (toks[fi] as Tok);
      const pt = fi === undefined || fi === 0 ? undefined : (toks[fi - 1] as Tok);
      if (ft !== undefined && pt !== undefined && (pt.e === s - 1 || pt.e === s - 2) && !pt.possessive) {
        // A given name that is also an everyday word, before a surname found, at a field's start or after a word in lower
        // case ("|Precious Moyo|", "shelter worker Jordan Littlechild", "hereby appoint Will Featherstonehaugh"); not before
        // a possessive ("Will Smith's"); capitalized only (in capitals, role words such as "AIDE" are given names too).
        if (pt.e === s - 1 && pt.shape === 'T' && ft.shape === 'T' && (pt.f & L.FIRST) !== 0 && (pt.m & (M.MONTH_WORDS | M.TITLES | M.STATE_WORDS)) === 0 && !KIN_WORDS.has(pt.k) && !KIN_IN_BRACKETS.has(pt.k) && !NOT_GIVEN_BEFORE_23.has(pt.k) && !FUNCTION_WORDS.has(pt.k) && !NOT_NAME.has(pt.k) && !ft.possessive && v.charCodeAt(e) !== 39 && v.charCodeAt(e) !== 0x2019 && !d.anyCand(pt.s, pt.e) && (fieldStart(v, pt.s) || (fi !== undefined && fi >= 2 && (toks[fi - 2] as Tok).shape === 'L' && (toks[fi - 2] as Tok).e === pt.s - 1))) s = pt.s;
        // An initial before a surname found: "S. NAIDOO", "d. ferreira". (Stop 24: this branch had been dead since stop
        // 23, under a test that the word before ends right before the blank, which the initial's point never does.) Not a
        // unit after a number, "48 h. Ethel wishes to stay", a letter of the word before, "START VIT D. FERREIRA", nor
        // "versus" ("Plaintiff, v. Krystyna Ostrowska").
        else if (pt.e - pt.s === 1 && v.charCodeAt(pt.e) === 46 && pt.e + 2 === s && (pt.shape === 'U' || pt.shape === 'I' || (pt.shape === 'L' && oneCase)) && !d.anyCand(pt.s, pt.e) && (pt.s === 0 || !/[\p{L}\d.]/u.test(v.charAt(pt.s - 1))) && !(fi !== undefined && fi >= 2 && ((toks[fi - 2] as Tok).shape === 'X' || letterOwned(toks[fi - 2] as Tok)) && (toks[fi - 2] as Tok).e === pt.s - 1) && !versusAt(v, pt)) s = pt.s;
      }
      // The surname and a comma before a given name found (one word) at a field's start: "WHITFIELD, AMOS", "yellowhorse,
      // jolene"; not a language ("Interpreter: Mandarin, Wei Zhang"), a drug or an eponym ("Levophed, Quinton").
      const b = s === c.s && v.charCodeAt(s - 2) === 44 ? SURNAME_BEFORE_23.exec(v.slice(Math.max(0, s - 40), s)) : null;
      if (b && ft !== undefined && ft.e === e) {
        const w = b[1] as string;
        const ws = s - b[0].length + b[0].indexOf(w);
        const wi = d.tokenAtEdge(ws, false);
        const wt = wi === undefined ? undefined : (toks[wi] as Tok);
        if (wt !== undefined && wt.e === ws + w.length && wt.shape === ft.shape && fieldStart(v, ws) && !d.common(wt) && (wt.f & (L.PLACE | L.COUNTRY)) === 0 && (wt.m & (M.MONTH_WORDS | M.TITLES | M.STATE_WORDS)) === 0 && !LANGUAGES.has(wt.k) && (wt.m & M.EPONYMS) === 0 && !clinicalWord(wt.k) && !d.anyCand(ws, ws + w.length)) s = ws;
      }
    }
    if (s !== c.s || e !== c.e) d.add(s, e, 'NAME', p);
  }
}

/** Words the lexicon knows as given names that stand before a name as a label, a kin word or a title ("Baby Kaiden
 * Haywood", "Name Thaddeus Ironcloud", "Mama Luz", "Pa Lamidi"). */
const NOT_GIVEN_BEFORE_23: ReadonlySet<string> = new Set('baby name names mama papa pa ma nana nan mum mom sonny sis bro'.split(' '));
/** Given names after a surname, a comma and a blank, up to a field's end ("VANG, CHUE", "Lindqvist, Sven-Erik"); a comma
 * with no blank parts two fields of a CSV row ("fuentes,kim"). */
const GIVEN_AFTER_23 = /^,[ \t](\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?)(?=[ \t]*(?:$|\r?\n|[|;\t(]|,|[ \t]{2}))/u;
/** One initial, or two with their points, after a surname and a blank, up to a field's end ("MCDERMOTT J", "Archuleta,
 * R.", "Kim V.S."); two letters without points are a role or a time ("Okonkwo GP", "Okonkwo AM"), a letter after a tab
 * is a column of its own, and "M" or "F" without its point a sex ("Okonkwo M (45)"). */
const INITIALS_AFTER_23 = /^,? ([A-Z](?:\.|\.[A-Z]\.)?)(?=[ \t]*(?:$|\r?\n|[|;\t),]|[ \t]{2}))/;
/** A surname and a comma right before a given name (the surname is checked by its token). The pattern is tried only when
 * a comma stands there (checked first): tried for every name, it had cost 11% of a 2 KB prompt. */
const SURNAME_BEFORE_23 = /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]+),[ \t]$/u;
/** Whether offset s opens a field: the text's or a line's start, a cell's (a bar, a tab, two blanks), a label's value
 * (a colon), a list's item (a comma, a semicolon) or a quotation's, maybe after blanks. */
function fieldStart(v: string, s: number): boolean {
  let q = s - 1;
  while (q >= 0 && v.charCodeAt(q) === 32) q--;
  if (q < 0) return true;
  const ch = v.charCodeAt(q);
  return ch === 10 || ch === 13 || ch === 124 || ch === 9 || ch === 58 || ch === 44 || ch === 59 || ch === 34 || (s - q > 2 && ch !== 46);
}
/** Whether the words after a surname and a comma are given names: each written as the surname is (capitalized, in
 * capitals, in lower case), no credential ("Smith, MD"), no word that is never a name ("Okonkwo, Cardiology"), no
 * eponym ("Hodgkin, Addison"), and a given name the lexicon knows or a word no lexicon knows (no
 * place, country or everyday word). */
function givenWords(d: Detector, words: string, shape: string): boolean {
  for (const w of words.split(/[ \t]/)) {
    if (w.length < 2) return false;
    const upper = w.toUpperCase();
    const lower = w.toLowerCase();
    if (shape === 'T' ? !(w.charAt(0) === upper.charAt(0) && w.slice(1) !== upper.slice(1)) : shape === 'U' ? w !== upper : shape === 'L' ? w !== lower : true) return false;
    const k = lower.replace(/['’]/g, '');
    if (CREDENTIAL_TOKENS.has(k) || NOT_NAME_CAPS.has(upper) || STATE_ABBR_SET.has(upper) || NOT_NAME.has(k) || EPONYMS.has(k)) return false;
    const f = d.fl(k);
    if ((f & L.FIRST) === 0 && (f & (L.WORD | L.PLACE | L.COUNTRY | L.PLACE_PREFIX)) !== 0) return false;
    if ((f & L.FIRST) === 0 && w.includes('-') && lower.split('-').some((h) => (d.fl(h) & (L.WORD | L.PLACE)) !== 0)) return false;
  }
  return true;
}

/** Whether the field [s, e) after a site or a street (see fieldPlace), in lower case `key`, is a town or a quarter the
 * gazetteer knows, one or two words, each a place's word or a quarter's ("east sheen", "moss side"), and no person's
 * given name alone ("Florence"). */
function knownAfterSite(d: Detector, s: number, e: number, key: string): boolean {
  if (e - s > 30 || !d.knownPlace(key)) return false;
  const words = key.split(' ');
  if (words.length > 2) return false;
  if (words.length === 1 && (d.fl(key) & L.FIRST) !== 0) return false;
  // (A town that is an everyday word too, "Bow", "March", "Normal", only as an address's last line: "Whiston Hospital,
  // March." is a month, "Royal Brompton Hospital, Normal." a finding.)
  if (words.some((w) => (d.fl(w) & L.WORD) !== 0 || MONTH_WORDS.has(w)) && !/^[ \t]*(?:\r?\n|$)/.test(d.v.slice(e, e + 4))) return false;
  return true;
}

