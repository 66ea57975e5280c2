// Stop 26: the part of an address that stands after a place found, a comma between, on the same line, when the rules
// read the one and not the other: a neighbourhood or a town no lexicon knows after a street in a text in capitals ("17/3
// CALDER GROVE, SIGHTHILL."). Elsewhere the part is a department, a drug, an insurer, a care note or a weekday range as
// often ("Royal Infirmary, Ortho", "Boots Pharmacy, Sertraline", "12 High St, Covid.", "5 Elm Rd, Mon-Fri."): only a
// part with a word the gazetteer knows is taken there.
// Run after the tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, NAME_BITS } from '../lexicon.js';
import { T, type Cand, type Tok } from './words.js';
import { M, NOT_NAME_CAPS } from './vocabulary.js';
import type { Detector } from './detector.js';
import { LANGUAGES, MEDICAL_ENDING } from './later-cues.js';
import { clinicalWord } from '../tagger.js';

/** Words of a place's part that are common words: a street's, a district's or a building's ("Road", "District", "House"). */
function placeWord26(t: Tok): boolean {
  return (t.f & (T.STREET | L.PLACE)) !== 0 || (t.m & (M.PLACE_NOUNS | M.BUILDING_HEADS)) !== 0;
}

/** How token t may be a word of a place's part: 2 = a place's word (a street's, a gazetteer's), 1 = a word no lexicon
 * knows, 3 = a number ("District 6", "12th Main"), 4 = another common word ("Old" of "Old Airport Road"), 0 = none. */
function partWord26(d: Detector, t: Tok, caps: boolean): 0 | 1 | 2 | 3 | 4 {
  if (t.possessive) return 0;
  const k = t.k;
  if (t.shape === 'X') return /^\d{1,4}(?:st|nd|rd|th)?$/.test(k) ? 3 : 0;
  if (caps ? t.shape !== 'U' : t.shape !== 'T' && t.shape !== 'U') return 0;
  if (LANGUAGES.has(k) || (t.m & (M.TITLES | M.CORE_TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.EPONYMS | M.CREDENTIAL_TOKENS | M.STRONG_CONTEXT | M.WEAK_CONTEXT)) !== 0) return 0;
  if ((t.f & L.COUNTRY) !== 0) return 0;
  if (placeWord26(t)) return 2;
  if ((t.m & M.NOT_NAME) !== 0) return 0;
  // (A name's word is a person's more often: "Mercy Hospital, John Smith".)
  if ((t.f & NAME_BITS) !== 0) return 0;
  if ((t.f & L.WORD) !== 0) return caps || (t.m & (M.SUBJECT_VERBS | M.EPONYMS | M.NOT_PERSON | M.FACILITY_GENERIC)) !== 0 ? 0 : 4;
  if (t.shape === 'U' && (t.e - t.s < 4 || NOT_NAME_CAPS.has(t.w) || !/[AEIOUY]/.test(t.w))) return 0;
  // (Nor a clinical word or a participle: "CATHETERISED", "BEDBOUND".)
  if (t.e - t.s < 3 || MEDICAL_ENDING.test(k) || /(?:ed|ing|bound)$/.test(k) || clinicalWord(k)) return 0;
  return 1;
}

/** Whether the characters at x end a part: the text's or a line's end, a comma, a semicolon, a point, a bracket, a tab. */
function partEnds26(v: string, x: number): boolean {
  if (x >= v.length) return true;
  const c = v.charCodeAt(x);
  return c === 10 || c === 13 || c === 44 || c === 59 || c === 46 || c === 41 || c === 9 || (c === 32 && (v.charCodeAt(x + 1) === 40 || v.charCodeAt(x + 1) === 45));
}

/** Endings of a hospital's department or service in several languages, no place's ("Kardiologie", "Endocrinologia",
 * "Paediatrics", "Kinderambulanz", "Minnesmottagningen", "Ortopedi"). */
export const DEPARTMENT_26 = /(?:olog(?:y|ie|ia|i|ija)|iatri(?:e|a|cs|ya)?|pedi(?:e|a|cs)?|p(?:a|ae)edie|ics|ambulanz|ambulatorium|abteilung|mottagningen|mottagning|poliklinik|klinik|sectia|secția|poradnia|oddzial|oddział|afdeling|avdelning|osasto|perubatan)$/;

/** A hospital's room, not a place's part ("Middlemore Hospital, Ward 21"). */
const ROOM_WORDS_26: ReadonlySet<string> = new Set('ward room rm bed bay unit floor level wing theatre theater suite pod'.split(' '));

export function placeChains26(d: Detector): void {
  if (d.lowerTyped) return;
  const v = d.v;
  const toks = d.toks;
  const caps = d.capsDoc;
  // (The places found before this rule: none it adds is read as a place beside which to look.)
  const found: Cand[] = [];
  const starts = new Set<number>();
  for (const c of d.cands) {
    if (c.t !== 'LOCATION' || c.p < 0) continue;
    found.push(c);
    starts.add(c.s);
  }
  for (const c of found) {
    if (v.charCodeAt(c.e) !== 44 || v.charCodeAt(c.e + 1) !== 32) continue;
    const i = d.tokenAtEdge(c.e + 2, false);
    if (i === undefined) continue;
    // The place ends as a site or a street does (its head word, or a house's number: "Rue Clervaux 12"), or another
    // place found follows the part.
    const li = d.tokenAtEdge(c.e, true);
    const lt = li === undefined ? undefined : (toks[li] as Tok);
    // (After a site, the part is a department, a drug or an insurer as often: "Royal Infirmary, Ortho", "Boots Pharmacy,
    // Sertraline", "MERCY HOSPITAL, HUMANA". After a street in a text in capitals, it is the town's: only there may a
    // word no lexicon knows be taken, see part26.)
    const street = lt !== undefined && ((lt.f & T.STREET) !== 0 || /^\d{1,5}[a-z]?$/.test(lt.k));
    const site = street || (lt !== undefined && ((lt.f & T.FACILITY) !== 0 || (lt.m & (M.BUILDING_HEADS | M.PLACE_NOUNS)) !== 0));
    part26(d, i, caps, site, street, starts);
  }
}

/** Reads the part that starts at token i, up to four words joined by one blank, and adds it as a place. */
function part26(d: Detector, i: number, caps: boolean, site: boolean, street: boolean, starts: ReadonlySet<number>): void {
  const v = d.v;
  const toks = d.toks;
  let place = 0;
  let unknown = 0;
  let common = 0;
  let words = 0;
  let b = i;
  for (let x = i; x < toks.length && words < 4; x++) {
    const t = toks[x] as Tok;
    if (x !== i) {
      const p = toks[x - 1] as Tok;
      if (t.s - p.e !== 1 || v.charCodeAt(p.e) !== 32) break;
    }
    const w = partWord26(d, t, caps);
    if (w === 0) return;
    if (w === 2) place++;
    else if (w === 1) unknown++;
    else if (w === 4) common++;
    words++;
    b = x;
    // (The part ends at a comma, a line's end...: look no further.)
    if (partEnds26(v, t.e)) break;
  }
  const s = (toks[i] as Tok).s;
  const lt = toks[b] as Tok;
  const e = lt.e;
  if (!partEnds26(v, e)) return;
  // One word no lexicon knows, or a place's word with a word no lexicon knows or a number: "Tel HaShomer", "Old
  // Airport Road", "District 6"; never only numbers, nor a department ("Kardiologie").
  if (unknown === 0 && (place === 0 || words === place)) return;
  if (words === 1 && unknown === 0) return;
  // (A word no lexicon knows is taken alone only after a street in a text in capitals; in mixed case a street's next
  // part is a care note, a weekday range or an access note as often, "12 High St, Covid.", "5 Elm Rd, Mon-Fri.",
  // "Step-free"; after a site that is no street, a department. Elsewhere it needs a word the gazetteer knows beside it.)
  if ((!street || !caps) && unknown > 0 && place === 0) return;
  if (DEPARTMENT_26.test(lt.k) || ROOM_WORDS_26.has((toks[i] as Tok).k)) return;
  // (Common words only in a street's name that ends with its street word: "Old Airport Road", not "Four Bungalows".)
  if (common > 0 && (lt.f & T.STREET) === 0) return;
  // (A short word before a point is an abbreviation: "Dist.", "Kel.".)
  if (v.charCodeAt(e) === 46 && e - lt.s <= 4) return;
  // After a site or a street; or between two places ("Kottappady P.O., Kothamangalam, Ernakulam").
  if (!site) {
    // (The starts of the places found, in a set: a text of thousands of places reads each once.)
    if (v.charCodeAt(e) !== 44 || v.charCodeAt(e + 1) !== 32 || !starts.has(e + 2)) return;
  }
  if (d.anyCand(s, e)) return;
  d.add(s, e, 'LOCATION', 62);
}
