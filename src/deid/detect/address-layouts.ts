// Stop 15 (places17): address layouts, offices, branches and foreign heads.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L } from '../lexicon.js';
import { skipBlanks, skipBlanksBack } from './text.js';
import {
  type Cand, isDigitCode, isOtherThanPlaceOrName, isPlaceCand, memberBits, regionTable, T, type Tok,
} from './words.js';
import {
  FACILITY_GENERIC, FUNCTION_WORDS, M, NOT_NAME, ONE_WORD_REGIONS_17, STATE_WORDS, STREET_SUFFIX_SET, TITLES,
} from './vocabulary.js';
import { MONTH_WORDS, titleBefore } from './patterns.js';
import type { Detector } from './detector.js';
import { CARE_DEPARTMENT_WORDS, inPlace } from './later-cues.js';

// --- Stop 15, second wave places17: address layouts, offices, branches and foreign heads (run last from laterCues) -----

/** Rare trigger words of placesRound17 (on the bit T.NHS; each rule looks for its own words in Detector.rare). */
const NORDIC_HEADS_17 = ['sjukhus', 'sjukhuset', 'sykehus', 'sykehuset', 'sjukehus', 'sjukehuset', 'sygehus', 'sygehuset', 'universitetssjukhus', 'universitetssjukhuset', 'universitetssykehus', 'universitetssykehuset', 'universitetssjukehus', 'universitetssjukehuset', 'universitetshospital', 'universitetshospitalet', 'lasarett', 'lasarettet', 'vårdcentral', 'vårdcentralen', 'vardcentral', 'vardcentralen', 'sairaala', 'keskussairaala', 'terveyskeskus', 'hastanesi'];
const HEAD_FIRST_17 = ['szpital', 'ospedale', 'nemocnice', 'nemocnica', 'spitalul', 'policlinico', 'bolnica', 'bolnišnica', 'bolnisnica'];
export const RARE_17 = [...NORDIC_HEADS_17, ...HEAD_FIRST_17, 'township', 'twp', 'umc', 'mm', 'mile', 'milepost'];
const NORDIC_HEAD_SET_17 = new Set(NORDIC_HEADS_17);
const HEAD_FIRST_SET_17 = new Set(HEAD_FIRST_17);

/**
 * Places of the second wave of stop 15, each behind a cheap test:
 * - a town before a police, fire or EMS abbreviation ("Appleton FD", "Garfield Heights PD");
 * - a facility's branch after a spaced dash ("Coastal Kidney Center - Myrtle Beach", "Capitol Imaging - Mopac");
 * - units before and after a street ("Plot 14, Adeola Odeku Street", "8812 Alameda Ave Trlr 14", "ul. Dluga 5 m. 7");
 * - a Nordic street with its number and the postcode after a street ("Storgatan 12, 111 22 Stockholm");
 * - a street without its number or a locality between two places of one address line ("Health Centre, Slipe Pen Road,
 *   Kingston 5", "88 Fuk Wa Street, Sham Shui Po, Kowloon"), a town's postal district ("Kingston 20");
 * - townships ("Ligonier Township"), a highway's mile marker ("US-30 EB at MM 122", "I-70 westbound mile 212");
 * - a town before a region after "from"/"in"/"near" ("from Tizimin, Yucatan");
 * - hospitals named in other languages: a Nordic head after the name ("Akademiska sjukhuset"), a head before it
 *   ("Szpital Rehabilitacyjny im. sw. Jadwigi", "Ospedale San Carlo"), a Dutch "UMC" beside its town ("Amsterdam UMC").
 */
/** Marks [s, e) a place over the names and places inside it: names inside become places, and the span takes the highest
 * priority among them (resolve keeps the highest, then the longest). Asks the candidate index (no scan of every candidate). */
export function placeOver17(d: Detector, s: number, e: number, p: number): void {
  if (e <= s) return;
  let top = p;
  /** The highest priority of a place already covering [s, e) (-1: none). */
  let cover = -1;
  d.someOverlap(s, e, (c) => {
    if (c.s >= s && c.e <= e && (c.t === 'NAME' || c.t === 'LOCATION')) {
      c.t = 'LOCATION';
      if (c.p > top) top = c.p;
    }
    if (c.t === 'LOCATION' && c.s <= s && c.e >= e && c.p > cover) cover = c.p;
    return false;
  });
  // (A wider place of lower priority loses to the parts inside it: "Bedford" over "Bedford Heights".)
  if (cover < top) d.add(s, e, 'LOCATION', top);
}

export function placesRound17(d: Detector): void {
  const rare = d.rare;
  if (rare !== undefined && OFFICE_RARE_17.some((w) => rare.has(w))) officeTowns17(d);
  facilityBranches17(d);
  addressUnits17(d);
  streetPostcodes17(d);
  districtNumbers17(d);
  betweenLoose17(d);
  if (rare !== undefined) {
    let heads = false;
    for (const w of rare) if (NORDIC_HEAD_SET_17.has(w) || HEAD_FIRST_SET_17.has(w) || w === 'umc') heads = true;
    if (heads) foreignHeads17(d);
    if (rare.has('township') || rare.has('twp')) townships17(d);
    if (rare.has('mm') || rare.has('mile') || rare.has('milepost')) mileMarkers17(d);
  }
  townBeforeRegion17(d);
}

/** Last words of a town's name that make two capitalized words a place ("Garfield Heights", "Cedar Falls"). */
const TOWN_END_WORDS_17 = new Set('heights park city springs falls beach hills village grove valley lake lakes ridge creek township harbor harbour point bay junction crossing mills ferry bluffs rapids station center centre'.split(' '));
/** Offices named after their town: police, fire, EMS ("Appleton FD", "Garfield Heights PD", "Maple Grove Police"). */
export const OFFICE_WORDS_17 = new Set(['PD', 'FD', 'EMS', 'Police', 'Fire', 'Sheriff', "Sheriff's"]);
/** Their keys among the rare words (T.NHS; "sheriff" is a rank's too): officeTowns17 runs only when one occurs. */
export const OFFICE_RARE_17 = ['pd', 'fd', 'ems', 'police', 'fire', 'sheriff'];

/** A town before the abbreviation or name of its police, fire or EMS office. */
function officeTowns17(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Tok;
    const n = t.w.length;
    if (n < 2 || n > 9 || (t.shape !== 'U' && t.shape !== 'T') || !OFFICE_WORDS_17.has(t.w)) continue;
    // One to three capitalized words right before it, one blank apart.
    let j = i - 1;
    let first = -1;
    while (j >= 0 && i - j <= 3) {
      const u = toks[j] as Tok;
      if (u.shape !== 'T' && !(u.shape === 'U' && d.capsDoc)) break;
      const gap = v.slice(u.e, (toks[j + 1] as Tok).s);
      if (gap !== ' ' && gap !== '\t') break;
      if (FUNCTION_WORDS.has(u.k) || (u.m & (M.TITLES | M.STATE_WORDS | M.MONTH_WORDS)) !== 0) break;
      first = j;
      j--;
    }
    if (first < 0) continue;
    // The longest run that is a known town, or ends in a town word ("Heights").
    for (let a = first; a < i; a++) {
      const words = toks.slice(a, i) as Tok[];
      const key = words.map((u) => u.k).join(' ');
      const last = (words[words.length - 1] as Tok).k;
      const known = d.knownPlace(key) && !STATE_WORDS.has(key) && (d.fl(key) & L.COUNTRY) === 0;
      const townWord = words.length >= 2 && TOWN_END_WORDS_17.has(last) && !(t.w === 'Police' || t.w === 'Fire') && words.every((u, q) => q === words.length - 1 || (u.m & M.NOT_NAME) === 0);
      if (!known && !townWord) continue;
      const s = (words[0] as Tok).s;
      const e = (words[words.length - 1] as Tok).e;
      if (titleBefore(v, s)) break;
      placeOver17(d, s, e, 76);
      break;
    }
  }
}

/** A spaced dash between a facility and its branch or town. */
const DASH_AFTER_17 = /^[ \t]+[-\u2013\u2014][ \t]+/;
const DASH_BEFORE_17 = /[ \t]+[-\u2013\u2014][ \t]+$/;
/** Words that end a branch's name after a dash ("- Myrtle Beach Fax ..."). */
const BRANCH_STOP_17 = new Set(['fax', 'tel', 'phone', 'ph', 'attn', 're', 'dept', 'department', 'unit', 'ward', 'accession', 'mrn', 'dob', 'dr', 'md']);

/** The town words after a dash at `s` (the dash's first blank): [start, end] of the longest run that is a known town, or one
 * or two capitalized words that are no common word, given name, title or label. */
function branchAfter17(d: Detector, s: number, knownOnly: boolean): [number, number, boolean] | null {
  const v = d.v;
  const m = DASH_AFTER_17.exec(v.slice(s, s + 6));
  if (!m) return null;
  const re = /\p{Lu}[\p{L}'’.]*(?:-\p{Lu}[\p{L}'’.]*)*/uy;
  const words: [number, number][] = [];
  let q = s + m[0].length;
  while (words.length < 3) {
    re.lastIndex = q;
    const w = re.exec(v);
    if (!w) break;
    const k = w[0].toLowerCase().replace(/\.$/, '');
    if (BRANCH_STOP_17.has(k)) break;
    words.push([q, q + w[0].length]);
    q += w[0].length;
    if (v.charCodeAt(q) !== 32) break;
    q++;
  }
  for (let n = words.length; n >= 1; n--) {
    const st = (words[0] as [number, number])[0];
    const en = (words[n - 1] as [number, number])[1];
    const text = v.slice(st, en).replace(/\.$/, '');
    const key = text.toLowerCase().replace(/-/g, ' ');
    // What follows: a line's end, punctuation, a lower-case word, a digit or a label.
    const after = v.slice(st + text.length, st + text.length + 8);
    if (!/^(?:[ \t]*(?:$|[\r\n,;:()\[\]]|[ \t]\p{Ll}|[ \t]+\d|[ \t]+\+)|\.(?:\s|$)|[ \t]{2,}|[ \t]+(?:Fax|FAX|Tel|TEL|Phone|Ph|Attn)\b)/u.test(after)) continue;
    if (STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0) return null;
    if (d.knownPlace(key)) return [st, st + text.length, true];
    if (knownOnly || n > 2) continue;
    const parts = key.split(' ');
    if (parts.some((p) => (d.fl(p) & (L.WORD | L.FIRST)) !== 0 || TITLES.has(p) || MONTH_WORDS.has(p) || NOT_NAME.has(p) || FACILITY_GENERIC.has(p))) continue;
    return [st, st + text.length, false];
  }
  return null;
}

/** "Coastal Kidney Center - Myrtle Beach", "Riverside Methodist - Grove City", "Capitol Imaging - Mopac": a facility's branch. */
function facilityBranches17(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0) continue;
    const a = v.charCodeAt(c.e);
    // A facility found, then its branch.
    // (Cheap first: a dash after the blanks.)
    const dash = v.charCodeAt(skipBlanks(v, c.e + 1, v.length));
    if (c.t === 'LOCATION' && (a === 32 || a === 9) && (dash === 45 || dash === 0x2013 || dash === 0x2014)) {
      if (c.e - c.s < 6 || !/ \p{L}/u.test(v.slice(c.s, c.e))) continue;
      const last = v.slice(Math.max(c.s, c.e - 24), c.e).split(/[ \t]+/).pop() ?? '';
      const lk = last.toLowerCase();
      if (!/^\p{Lu}/u.test(last) || !((d.fl(lk) & T.FACILITY) !== 0 || FACILITY_GENERIC.has(lk) || (memberBits(lk) & M.FACILITY_GENERIC) !== 0)) continue;
      const b = branchAfter17(d, c.e, false);
      if (!b || d.someOverlap(b[0], b[1], isOtherThanPlaceOrName)) continue;
      placeOver17(d, b[0], b[1], 76);
      continue;
    }
    // A known town after a dash, the facility's name before it not found.
    if ((c.t !== 'NAME' && c.t !== 'LOCATION') || c.s < 8) continue;
    const bc = v.charCodeAt(c.s - 1);
    if (bc !== 32 && bc !== 9) continue;
    const dc = v.charCodeAt(c.s - 2);
    if (dc !== 45 && dc !== 0x2013 && dc !== 0x2014 && dc !== 32) continue;
    const dm = DASH_BEFORE_17.exec(v.slice(Math.max(0, c.s - 6), c.s));
    if (!dm) continue;
    const dashAt = c.s - dm[0].length;
    const b = branchAfter17(d, dashAt, true);
    if (!b || b[0] !== c.s) continue;
    // (The facility found before the dash keeps its span; the town is a place: "Caney Fork Family Practice - Hazard".)
    if (d.someOverlap(dashAt - 1, dashAt, isPlaceCand)) {
      placeOver17(d, b[0], b[1], 76);
      continue;
    }
    let i = d.tokenIndexBefore(dashAt);
    const toks = d.toks;
    const lastTok = toks[i];
    if (!lastTok || lastTok.e !== dashAt || lastTok.shape !== 'T' || !((lastTok.f & T.FACILITY) !== 0 || (lastTok.m & M.FACILITY_GENERIC) !== 0)) continue;
    let start = -1;
    let distinct = false;
    let count = 0;
    while (i >= 0 && count < 6) {
      const t = toks[i] as Tok;
      if (start >= 0) {
        const gap = v.slice(t.e, start);
        if (!/^(?:'s)?[ \t]+(?:(?:&|and|of|of the)[ \t]+)?$/.test(gap)) break;
      }
      if (t.shape !== 'T' && !(t.shape === 'U' && t.w.length <= 4 && !d.capsDoc)) break;
      if (FUNCTION_WORDS.has(t.k) || (t.m & (M.TITLES | M.STATE_WORDS | M.MONTH_WORDS)) !== 0) break;
      if ((t.m & M.FACILITY_GENERIC) === 0 && (t.f & T.FACILITY) === 0 && (t.m & M.NOT_NAME) === 0) distinct = true;
      start = t.s;
      count++;
      i--;
    }
    if (start < 0 || !distinct || count < 2) continue;
    // (Not after a title: "Dr. Adams Clinic - Boston" is a person's practice, found by the facility rules if at all.)
    if (titleBefore(v, start)) continue;
    placeOver17(d, start, b[1], 76);
  }
}

/** A unit, plot or floor before an address's first part, with its comma ("Plot 14, ", "Lot 22, ", "G/F-2/F, ", "2nd Floor, "). */
const UNIT_BEFORE_17 = /(?:^|[\s(:;,])((?:(?:Plot|Lot|Villa|Blk|Block|Flat|House|Unit|Apt|Suite|Shop|Stand|Erf|Bldg|Building)\.?[ \t]*#?[ \t]*\d{1,5}[A-Z]?(?:[ \t]+(?:Lot|Phase|Blk|Block)[ \t]*\d{1,4}[A-Z]?)*|(?:G|UG|LG|\d{1,2})\/F(?:[ \t]*-[ \t]*(?:G|\d{1,2})\/F)?|(?:\d{1,2}(?:st|nd|rd|th)|Ground|First|Second|Third)[ \t]+Floor)[ \t]*,[ \t]*)$/;
/** A unit after a street, without or with a comma, that UNIT_AFTER does not read ("Trlr 14", "Lot 12", "Space 9", "Apt 4"). */
const UNIT_AFTER_17 = /^(?:[ \t]+(?:Trlr|Trailer|Lot|Space|Spc|Apt|Unit|Ste|Suite)\.?|[ \t]*,[ \t]*(?:Trlr|Trailer|Lot|Space|Spc))[ \t]*#?[ \t]*\d{1,5}[A-Z]?(?![\w\/.-]|,\d)/;
/** A Polish flat or premises number after the house number ("ul. Dluga 5 m. 7", "al. Jana 84/92 lok. 3"). */
const POLISH_FLAT_17 = /^[ \t]+(?:m|lok|mieszk)\.[ \t]*\d{1,4}[A-Za-z]?(?![\w\/-])/;

/** Whether candidate text is a street: a number and a street word, or a street word of another language first. */
function streetLike17(text: string): boolean {
  if (/^(?:ul|al|os|pl)\.[ \t]/.test(text)) return true;
  if (!/\d/.test(text)) return false;
  const last = text.split(/[ \t]+/).pop() ?? '';
  return STREET_SUFFIX_SET.has(last.replace(/\.$/, '').toLowerCase()) || /^\d/.test(text) || /\d[A-Za-z]?$/.test(text);
}

function addressUnits17(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || (c.t !== 'LOCATION' && c.t !== 'NAME')) continue;
    // Before it: a unit and a comma (cheap: a comma and a blank, or a comma, right before).
    const b1 = v.charCodeAt(c.s - 1);
    if (c.s > 4 && (b1 === 44 || ((b1 === 32 || b1 === 9) && v.charCodeAt(c.s - 2) === 44))) {
      // (Cheap first: a unit ends in a digit, a capital or the "r" of "Floor" before its comma.)
      const u0 = v.charCodeAt(skipBlanksBack(v, b1 === 44 ? c.s - 2 : c.s - 3));
      const text = isDigitCode(u0) || (u0 >= 65 && u0 <= 90) || u0 === 114 ? v.slice(c.s, c.e) : '';
      const last = (text.split(/[ \t]+/).pop() ?? '').replace(/\.$/, '').toLowerCase();
      const streetName = c.t === 'NAME' && / /.test(text) && STREET_SUFFIX_SET.has(last);
      if (text !== '' && (c.t === 'LOCATION' || streetName)) {
        const m = UNIT_BEFORE_17.exec(v.slice(Math.max(0, c.s - 32), c.s));
        if (m) {
          const s = c.s - (m[1] as string).length;
          if (streetName) c.t = 'LOCATION';
          // (The unit in a span of its own: the place after it keeps its span, "Blk 2 Lot 8, Brgy. San Roque".)
          const u = (m[1] as string).replace(/[ \t]*,[ \t]*$/, '');
          if (!d.anyCand(s, s + u.length)) d.add(s, s + u.length, 'LOCATION', 76);
        }
      }
    }
    if (c.t !== 'LOCATION') continue;
    const a = v.charCodeAt(c.e);
    if (a !== 32 && a !== 44 && a !== 9) continue;
    // (Cheap first: the unit word's first letter after the blanks or the comma: Trlr, Lot, Space, Apt, Unit, Ste, m., lok.)
    let q = c.e;
    while (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9 || v.charCodeAt(q) === 44) q++;
    const f = v.charCodeAt(q);
    if (f !== 84 && f !== 76 && f !== 83 && f !== 65 && f !== 85 && f !== 109 && f !== 108) continue;
    const text = v.slice(c.s, c.e);
    if (!streetLike17(text)) continue;
    const u = UNIT_AFTER_17.exec(v.slice(c.e, c.e + 20)) ?? (/^(?:ul|al|os|pl)\./.test(text) ? POLISH_FLAT_17.exec(v.slice(c.e, c.e + 16)) : null);
    if (!u) continue;
    d.add(c.s, c.e + u[0].length, 'LOCATION', Math.max(c.p, 80));
    const e = c.e + u[0].length;
    if (v.charCodeAt(e) === 44) d.cityAfterStreet(e);
  }
}

/** A postcode and its town after a street: Swedish, Czech and Slovak "111 22 Stockholm", Polish "00-514 Warszawa", "2100 København". */
const POSTCODE_TOWN_17 = /^[ \t]*,[ \t]*(\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{4,5})[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}\d'’-])/u;

function streetPostcodes17(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || c.t !== 'LOCATION' || v.charCodeAt(c.e) !== 44) continue;
    if (!isDigitCode(v.charCodeAt(skipBlanks(v, c.e + 1, v.length)))) continue;
    const text = v.slice(c.s, c.e);
    if (!streetLike17(text)) continue;
    const m = POSTCODE_TOWN_17.exec(v.slice(c.e, c.e + 48));
    if (!m) continue;
    let town = m[2] as string;
    // (Two words only when the gazetteer knows them together: "28012 Madrid Tel." is Madrid.)
    if (/[ \t]/.test(town) && !d.knownPlace(town.toLowerCase().replace(/[ \t]+/g, ' '))) town = town.split(/[ \t]/)[0] as string;
    const key = town.toLowerCase();
    if (STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || MONTH_WORDS.has(key)) continue;
    if (!d.knownPlace(key) && key.split(/[ \t]+/).some((w) => (d.fl(w) & L.WORD) !== 0 || TITLES.has(w))) continue;
    const ps = c.e + m[0].indexOf(m[1] as string);
    const ts = c.e + m[0].length - (m[2] as string).length;
    if (!d.anyCand(ps, ps + (m[1] as string).length)) d.add(ps, ps + (m[1] as string).length, 'LOCATION', 80);
    placeOver17(d, ts, ts + town.length, 76);
  }
}

/** A town's postal district number after it, in an address line ("Slipe Pen Road, Kingston 5", "Pembroke Hall, Kingston 20,"). */
const DISTRICT_AFTER_17 = /^[ \t]+\d{1,2}(?=[ \t]*(?:[,;]|\.?[ \t]*\r?\n|\.?[ \t]*$))/;

function districtNumbers17(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || (c.t !== 'LOCATION' && c.t !== 'NAME') || v.charCodeAt(c.e) !== 32) continue;
    const d1 = v.charCodeAt(c.e + 1);
    if (d1 < 48 || d1 > 57) continue;
    const text = v.slice(c.s, c.e);
    if (!/^\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*)?$/u.test(text)) continue;
    // (A name there must be a town the gazetteer knows: "Old Hope Road, Kingston 6".)
    if (c.t === 'NAME' && !d.knownPlace(text.toLowerCase().replace(/[ \t]+/g, ' '))) continue;
    const m = DISTRICT_AFTER_17.exec(v.slice(c.e, c.e + 12));
    if (!m) continue;
    // A place of the same line before it, then a comma.
    let q = c.s - 1;
    while (q > 0 && (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9)) q--;
    if (v.charCodeAt(q) !== 44) continue;
    q--;
    while (q > 0 && (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9)) q--;
    if (!d.someCovering(q, q + 1, isPlaceCand) && !betweenPart17(d, q + 1)) continue;
    placeOver17(d, c.s, c.e + m[0].length, 76);
  }
}

/** Whether the text before `end` is a street without its number after a comma ("..., Slipe Pen Road"): 2-4 capitalized words, the last a street word. */
function betweenPart17(d: Detector, end: number): boolean {
  const v = d.v;
  const m = /(?:^|,)[ \t]*((?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3}\p{Lu}[\p{L}'’.-]*)$/u.exec(v.slice(Math.max(0, end - 48), end));
  if (!m) return false;
  const last = ((m[1] as string).split(/[ \t]+/).pop() ?? '').replace(/\.$/, '').toLowerCase();
  return STREET_SUFFIX_SET.has(last);
}

const LOOSE_PART_17 = /^\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|la|na|di|del|\d{1,2}))*$/u;
const NOT_LOCALITY_17 = new Set(['ward', 'bed', 'room', 'rm', 'floor', 'level', 'bay', 'unit', 'suite', 'box', 'building', 'block']);

/**
 * One part between two places of one address line that betweenPlaces leaves because a word of it is a common word: a street
 * without its number ("Health Centre, Slipe Pen Road, Kingston 5"), or, right after a street, a locality ("88 Fuk Wa Street,
 * Sham Shui Po, Kowloon", "14B Admiralty Way, Lekki Phase 1, Lagos").
 */
function betweenLoose17(d: Detector): void {
  const v = d.v;
  let nl = 0;
  let comma = false;
  for (const c of d.cands) {
    if (c.t !== 'LOCATION' || c.p < 0) continue;
    nl++;
    if (v.charCodeAt(c.e) === 44) comma = true;
  }
  if (nl < 2 || !comma) return;
  const locs = d.cands.filter((c) => c.p >= 0 && c.t === 'LOCATION').sort((a, b) => a.s - b.s || b.e - a.e);
  for (let x = 0; x + 1 < locs.length; x++) {
    const a = locs[x] as Cand;
    // (Cheap: a comma right after the place.)
    let q = a.e;
    while (v.charCodeAt(q) === 32) q++;
    if (v.charCodeAt(q) !== 44) continue;
    let y = x + 1;
    while (y < locs.length && (locs[y] as Cand).s < a.e) y++;
    const b = locs[y];
    if (!b || b.s - a.e > 48 || b.s - a.e < 4) continue;
    const gap = v.slice(a.e, b.s);
    const m = /^[ \t]*,[ \t]*([^,\n;:()]+?)[ \t]*,[ \t]*$/.exec(gap);
    if (!m) continue;
    const part = m[1] as string;
    if (!LOOSE_PART_17.test(part)) continue;
    const words = part.toLowerCase().split(/[ \t]+/);
    if (words.length > 4) continue;
    const last = (words[words.length - 1] as string).replace(/\.$/, '');
    let ok = words.length >= 2 && STREET_SUFFIX_SET.has(last) && !/^\d/.test(part);
    if (!ok && streetLike17(v.slice(a.s, a.e)) && !/\d/.test(words[0] as string)) {
      ok = !words.some((w, i) => TITLES.has(w) || FACILITY_GENERIC.has(w) || ((CARE_DEPARTMENT_WORDS.has(w) || NOT_NAME.has(w)) && (i === 0 || w.length > 2)) || MONTH_WORDS.has(w) || NOT_LOCALITY_17.has(w) || FUNCTION_WORDS.has(w) || (i === 0 && (STATE_WORDS.has(w) || (d.fl(w) & L.COUNTRY) !== 0)));
      // (A given name alone is a person's: "12 Elm St, Maria, ...".)
      if (ok && words.length === 1 && (d.fl(words[0] as string) & L.FIRST) !== 0 && !d.knownPlace(words[0] as string)) ok = false;
    }
    if (!ok) continue;
    const ps = a.e + gap.indexOf(part);
    const pe = ps + part.length;
    if (d.someOverlap(ps, pe, isOtherThanPlaceOrName) || inPlace(d, ps, pe)) continue;
    placeOver17(d, ps, pe, 74);
  }
}

/** Lower-case particles inside a head-first hospital's name ("Szpital Rehabilitacyjny im. sw. Jadwigi", "Ospedale di Circolo"). */
const HEAD_FIRST_PARTICLES_17 = new Set(['im', 'sw', 'św', 'w', 'we', 'na', 'di', 'del', 'della', 'dei', 'degli', 'de', 'la', 'le', 'a', 'u', 'v', 've', 'pod', 'za', 'i']);

/** Hospitals named in other languages (see placesRound17). */
function foreignHeads17(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.f & T.NHS) === 0) continue;
    const k = t.k;
    let s = -1;
    let e = -1;
    if (NORDIC_HEAD_SET_17.has(k)) {
      // One or two capitalized words before the head ("Akademiska sjukhuset", "Norrlands universitetssjukhus"), or the
      // head capitalized and the Nordic "i" and a town after it ("Universitetssjukhuset i Linköping").
      let j = i - 1;
      while (j >= 0 && i - j <= 2) {
        const u = toks[j] as Tok;
        if (u.shape !== 'T' && u.shape !== 'U') break;
        const gap = v.slice(u.e, (toks[j + 1] as Tok).s);
        if (gap !== ' ') break;
        if (FUNCTION_WORDS.has(u.k) || (u.m & M.TITLES) !== 0) break;
        s = u.s;
        j--;
      }
      e = t.e;
      const nx = toks[i + 1];
      const nx2 = toks[i + 2];
      if (nx && nx2 && nx.k === 'i' && nx.shape === 'L' && nx2.shape === 'T' && v.slice(t.e, nx2.s) === ` ${nx.w} `) {
        e = nx2.e;
        if (s < 0 && t.shape === 'T') s = t.s;
      }
      if (s < 0) continue;
    } else if (HEAD_FIRST_SET_17.has(k)) {
      if (t.shape !== 'T') continue;
      s = t.s;
      let j = i + 1;
      let caps = 0;
      let last = t.e;
      while (j < toks.length && j - i <= 7) {
        const u = toks[j] as Tok;
        const gap = v.slice(last, u.s);
        if (!/^\.?[ \t]$/.test(gap) || (gap.startsWith('.') && !HEAD_FIRST_PARTICLES_17.has((toks[j - 1] as Tok).k))) break;
        if (u.shape === 'T' || (u.shape === 'U' && u.w.length > 1)) caps++;
        else if (!(u.shape === 'L' && HEAD_FIRST_PARTICLES_17.has(u.k))) break;
        last = u.e;
        if (u.shape === 'T' || u.shape === 'U') e = u.e;
        j++;
      }
      if (caps === 0) continue;
    } else if (k === 'umc' && t.shape === 'U') {
      // "Amsterdam UMC", "UMC Utrecht", "UMC Lubbock": a known town beside it.
      const pv = toks[i - 1];
      const nx = toks[i + 1];
      if (pv && pv.shape === 'T' && v.slice(pv.e, t.s) === ' ' && d.knownPlace(pv.k)) {
        s = pv.s;
        e = t.e;
      } else if (nx && nx.shape === 'T' && v.slice(t.e, nx.s) === ' ' && d.knownPlace(nx.k)) {
        s = t.s;
        e = nx.e;
      } else continue;
    } else continue;
    if (e <= s) continue;
    placeOver17(d, s, e, 78);
  }
}

/** "Ligonier Township", "Lower Merion Twp": one or two capitalized words before the township word. */
function townships17(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.k !== 'township' && t.k !== 'twp') || t.shape === 'L') continue;
    let j = i - 1;
    let s = -1;
    while (j >= 0 && i - j <= 2) {
      const u = toks[j] as Tok;
      if (u.shape !== 'T' && !(u.shape === 'U' && t.shape === 'U')) break;
      const gap = v.slice(u.e, (toks[j + 1] as Tok).s);
      if (gap !== ' ') break;
      if (FUNCTION_WORDS.has(u.k) || (u.m & (M.TITLES | M.STATE_WORDS | M.MONTH_WORDS)) !== 0 || u.k === 'twp' || u.k === 'township') break;
      s = u.s;
      j--;
    }
    if (s < 0) continue;
    const e = t.e + (v.charCodeAt(t.e) === 46 && t.k === 'twp' ? 1 : 0);
    placeOver17(d, s, e, 76);
  }
}

/** A highway with its direction before a mile marker ("US-30 EB AT MM 122", "I-70 westbound mile 212", "SR 9 milepost 14"). */
const HIGHWAY_BEFORE_17 = /(?:^|[^\w-])((?:I|US|SR|SH|CR|FM|Hwy|HWY|Highway|Route|Rte|RT|Interstate)[- ]?\d{1,3}[A-Z]?(?:[ \t]+(?:EB|WB|NB|SB|[EWNS]\/B|eastbound|westbound|northbound|southbound|east|west|north|south))?(?:[ \t]+(?:at|AT|@|near))?[ \t]+)$/;
const MILE_AFTER_17 = /^[ \t]*(?:marker[ \t]*)?#?[ \t]*\d{1,3}(?:\.\d{1,2})?(?![\d\/:])/;

function mileMarkers17(d: Detector): void {
  const v = d.v;
  for (const t of d.toks) {
    const k = t.k;
    if (!((k === 'mm' && t.shape === 'U') || k === 'mile' || k === 'milepost')) continue;
    const h = HIGHWAY_BEFORE_17.exec(v.slice(Math.max(0, t.s - 40), t.s));
    if (!h) continue;
    const n = MILE_AFTER_17.exec(v.slice(t.e, t.e + 16));
    if (!n) continue;
    const s = t.s - (h[1] as string).length;
    const e = t.e + n[0].length;
    if (!d.someOverlap(s, e, isOtherThanPlaceOrName)) d.add(s, e, 'LOCATION', 80);
  }
}

/** A town the gazetteer may not know between "from", "in", "near" or "at" and ", <region>" ("from Tizimin, Yucatan"). */
function townBeforeRegion17(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const regions = regionTable();
  for (const xi of d.crossIdx) {
    const p = toks[xi] as Tok;
    const pk = p.k;
    if (pk !== 'from' && pk !== 'in' && pk !== 'near' && pk !== 'at') continue;
    const t = toks[xi + 1];
    if (!t || t.shape !== 'T' || t.s !== p.e + 1) continue;
    // (Cheap first: a comma after the first or the second word.)
    const t2c = toks[xi + 2];
    if (v.charCodeAt(t.e) !== 44 && !(t2c !== undefined && t2c.s === t.e + 1 && v.charCodeAt(t2c.e) === 44)) continue;
    // One or two capitalized words, a comma, and a region.
    let last = xi + 1;
    const t2 = toks[xi + 2];
    if (t2 && t2.shape === 'T' && v.slice(t.e, t2.s) === ' ' && v.charCodeAt(t.e) !== 44) last = xi + 2;
    const te = (toks[last] as Tok).e;
    if (v.charCodeAt(te) !== 44) continue;
    const r = toks[last + 1];
    if (!r || r.shape !== 'T' || !/^,[ \t]?$/.test(v.slice(te, r.s))) continue;
    let region = ONE_WORD_REGIONS_17.has(r.k) || (STATE_WORDS.has(r.k) && !d.knownPlace(r.k));
    const r2 = toks[last + 2];
    if (!region && r2 && v.slice(r.e, r2.s) === ' ' && (r.m & M.REGION_FIRST) !== 0 && regions.keys.has(`${r.k} ${r2.k}`)) region = true;
    if (!region) continue;
    const words = toks.slice(xi + 1, last + 1) as Tok[];
    const key = words.map((u) => u.k).join(' ');
    if (STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || words.some((u) => (u.m & (M.TITLES | M.MONTH_WORDS | M.NOT_NAME)) !== 0 || FACILITY_GENERIC.has(u.k))) continue;
    if (!d.knownPlace(key) && words.some((u) => (u.f & (L.WORD | L.FIRST)) !== 0)) continue;
    const s = t.s;
    if (d.someOverlap(s, te, isOtherThanPlaceOrName)) continue;
    // ("Tlacolula, Oaxaca" read as "Surname, Given": the name ends with the town, which is a place; the region stays out.)
    const re = r2 && region && !ONE_WORD_REGIONS_17.has(r.k) && !STATE_WORDS.has(r.k) ? r2.e : r.e;
    d.someOverlap(s, te, (c) => {
      if (c.t === 'NAME' && c.s === s && c.e > te && c.e <= re) {
        c.e = te;
        c.t = 'LOCATION';
      }
      return false;
    });
    placeOver17(d, s, te, 76);
  }
}
