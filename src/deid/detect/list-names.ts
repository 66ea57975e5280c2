// Stop 26: a person in a list of people whose items are built alike, after a name found: the same age, phone or
// identifier after each ("Taras (9, 1 dose), Martin (7 months)", "Robert 616-555-0121, Carol 520-555-0160"), when the
// item is a name the lexicons know, or two words; a given name that is also a word only in a list of given names alone
// ("Will (9), Faith (7)"). Never after dates (an audit trail: "Anita Raghunathan 03/03/2026, Amended 04/03/2026").
// Run after the tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, NAME_BITS } from '../lexicon.js';
import type { Cand, Tok } from './words.js';
import { M } from './vocabulary.js';
import type { Detector } from './detector.js';
import { LANGUAGES, MEDICAL_ENDING } from './later-cues.js';
import { clinicalWord } from '../tagger.js';

/** An age after a name: in brackets ("(6)", "(7 months)", "(9, 1 dose)", "(12)"), whatever follows, or bare ("6", "8 mo")
 * before no letter, digit, point, colon, slash or dash (not "3.5", "3/4"). Group 1 = the bracket, group 2 = the bare
 * number. */
const AGE_TAIL_26 = /^ (?:(\((?:\d{1,2}(?:[ .,]{0,2}[a-z]{1,7}\.?)?|\d{1,2},[^()\n]{1,16})\))|(\d{1,2}(?: ?(?:y|yo|yrs?|years?|mo|mos|months?|m|wk|wks|weeks?|d|days?)\.?)?)(?![\p{L}\d/:.-]))/u;

/** What follows a name as its item's tail: 'b' an age in brackets, 'n' a bare age, or a candidate's kind found right after
 * one blank ("Robert 616-555-0121"); with the tail's end. */
function tail26(d: Detector, e: number, at: Map<number, Cand>): [string, number] | undefined {
  const v = d.v;
  if (v.charCodeAt(e) !== 32) return undefined;
  const c = at.get(e + 1);
  // (A date after each is an audit trail's more often: "Signed: Anita Raghunathan 03/03/2026, Amended 04/03/2026".)
  if (c !== undefined) return c.t === 'DATE' || c.t === 'EMAIL' || c.t === 'URL' ? undefined : [c.t, c.e];
  const m = AGE_TAIL_26.exec(v.slice(e, e + 24));
  if (m === null) return undefined;
  return [m[1] !== undefined ? 'b' : 'n', e + m[0].length];
}

/** How token t may be a word of a listed person's name (capitalized, as `shape`): 2 = a name the lexicons know (also a
 * given name that is a word: "Faith", "Will"), 1 = a word no lexicon knows, 0 = none (a title, a month, a state, a
 * language, a place, a scale's, a facility's, a clinical or any other word of the language). */
function listWord26(t: Tok, shape: string, given: boolean): 0 | 1 | 2 {
  if (t.possessive || t.shape !== shape || t.e - t.s < 3) return 0;
  if ((t.m & (M.TITLES | M.CORE_TITLES | M.NOT_NAME | M.MONTH_WORDS | M.STATE_WORDS | M.EPONYMS | M.NOT_PERSON | M.FACILITY_GENERIC | M.STRONG_CONTEXT | M.MEDIUM_CONTEXT | M.WEAK_CONTEXT | M.CREDENTIAL_TOKENS | M.SCALE_NAMES)) !== 0) return 0;
  const k = t.k;
  // (The word lists of the bits just tested are the token's own member bits: only the languages are read here.)
  if (LANGUAGES.has(k) || NOT_LISTED_26.has(k)) return 0;
  if ((t.f & L.COUNTRY) !== 0 || ((t.f & L.PLACE) !== 0 && (t.f & NAME_BITS) === 0)) return 0;
  if (MEDICAL_ENDING.test(k) || clinicalWord(k)) return 0;
  // (A given name that is also a word only in a list of given names alone: "Will (9), Faith (7)", not "John Smith 72,
  // Bay 3" or "Maria Lopez (45), Labrador (3)".)
  if ((t.f & NAME_BITS) !== 0) return (t.f & L.WORD) === 0 || (given && (t.f & L.FIRST) !== 0) ? 2 : 0;
  if ((t.f & L.WORD) !== 0 || shape === 'U' || k.includes('-')) return 0;
  // (A word no lexicon knows, with the endings of drugs, vaccines and products left out: "Metoprolol", "Rotarix".)
  return PRODUCT_ENDING_26.test(k) ? 0 : 1;
}

/** Words of a household's or a contact list's items that are no person's name ("Baby (4 mo)", "Nanny 07700 900456",
 * "Porter 1", "Foster (3)"). */
const NOT_LISTED_26: ReadonlySet<string> = new Set('baby bub twins twin nanny uber temple porter bailiff foster carer'.split(' '));

/** Endings of drugs', vaccines' and products' names no lexicon lists. */
const PRODUCT_ENDING_26 = /(?:ol|ix|ex|ax|il|ine|ide|ate|ium|ose|mab|nib|vir|pril|sartan|statin|zole|mycin|cillin|cycline|floxacin|parin|xaban|prazole|pine|done|oxin|profen|caine|terol|sone|lone|virus|vax|vac|gen|tab|tabs)$/;

export function listNames26(d: Detector): void {
  if (d.lowerTyped) return;
  const v = d.v;
  // (Cheap: a list has a comma.)
  if (v.indexOf(', ') < 0) return;
  const toks = d.toks;
  const names: Cand[] = [];
  const at = new Map<number, Cand>();
  for (const c of d.cands) {
    if (c.p < 0) continue;
    if (c.t === 'NAME') names.push(c);
    else if (c.t !== 'LOCATION') {
      const o = at.get(c.s);
      if (o === undefined || c.e > o.e) at.set(c.s, c);
    }
  }
  // (Stop 35: a list of given names with their ages in brackets opens itself, no name found before it nor a plural word:
  // "Will (9), Faith (7), Rain (1)" in a household's column. Its first item a given name the lexicons know, the next one
  // too, each with an age in brackets.)
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.shape !== 'T' || (t.f & L.FIRST) === 0 || v.charCodeAt(t.e) !== 32 || v.charCodeAt(t.e + 1) !== 40 || listWord26(t, 'T', true) !== 2) continue;
    const tl = tail26(d, t.e, at);
    if (tl === undefined || tl[0] !== 'b') continue;
    const e = tl[1];
    const sep = v.startsWith(', ', e) ? 2 : v.startsWith(' and ', e) ? 5 : 0;
    if (sep === 0) continue;
    const n = d.tokenAtEdge(e + sep, false);
    const nt = n === undefined ? undefined : (toks[n] as Tok);
    if (nt === undefined || (nt.f & L.FIRST) === 0 || listWord26(nt, 'T', true) !== 2) continue;
    const t2 = tail26(d, nt.e, at);
    if (t2 === undefined || t2[0] !== 'b' || d.anyCand(t.s, t.e)) continue;
    const c: Cand = { s: t.s, e: t.e, t: 'NAME', p: 70 };
    d.add(c.s, c.e, 'NAME', 70);
    names.push(c);
  }
  for (const a of names) {
    let e = a.e;
    const first = d.tokenAtEdge(a.s, false);
    if (first === undefined) continue;
    const shape = (toks[first] as Tok).shape;
    if (shape !== 'T' && shape !== 'U') continue;
    const ft = toks[first] as Tok;
    const given = ft.e === a.e && (ft.f & L.FIRST) !== 0;
    const tl = tail26(d, e, at);
    if (tl === undefined) continue;
    const [kind] = tl;
    e = tl[1];
    // The items after it, as long as they are built alike.
    for (let guard = 0; guard < 8; guard++) {
      // (A semicolon parts items with ages only: "Anita Chaudhry 03/03/2026; Distributed 04/03/2026" is two records.)
      const sep = v.startsWith(', ', e) ? 2 : v.startsWith(' and ', e) ? 5 : v.startsWith('; ', e) && (kind === 'b' || kind === 'n') ? 2 : 0;
      if (sep === 0) break;
      const i = d.tokenAtEdge(e + sep, false);
      if (i === undefined) break;
      // The item's name: up to three capitalized words joined by one blank.
      let j = i;
      while (j + 1 < toks.length && j - i < 2 && (toks[j + 1] as Tok).s === (toks[j] as Tok).e + 1 && v.charCodeAt((toks[j] as Tok).e) === 32 && listWord26(toks[j + 1] as Tok, shape, given) !== 0) j++;
      if (listWord26(toks[i] as Tok, shape, given) === 0) break;
      const s = (toks[i] as Tok).s;
      let ne = (toks[j] as Tok).e;
      let t2 = tail26(d, ne, at);
      // (The run of words may reach past the name, "Kiora (4), Bwij Langrine Snr" before no tail: one word shorter.)
      if ((t2 === undefined || t2[0] !== kind) && j > i) {
        ne = (toks[j - 1] as Tok).e;
        t2 = tail26(d, ne, at);
        if (t2 !== undefined && t2[0] === kind) j--;
      }
      if (t2 === undefined || t2[0] !== kind) break;
      // (One word of the item a name the lexicons know, or two words: "Bwij Langrine".)
      let known = false;
      for (let x = i; x <= j; x++) if (listWord26(toks[x] as Tok, shape, given) === 2) known = true;
      // (Stop 35: or, among children with their ages in brackets after a name of one word, a word no lexicon knows: "Sagal (9),
      // Guled (6)", "Simran (6), Arjan (3)"; an item with no age in brackets ends the list.)
      if ((known || j > i || (kind === 'b' && ft.e === a.e)) && !d.anyCand(s, ne)) d.add(s, ne, 'NAME', 70);
      e = t2[1];
    }
  }
}
