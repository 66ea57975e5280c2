// Stop 25: a person joined by "and" to a person found ("children Karabo and Neo", "Grace and Hope above are people",
// "Malia (6) and Junior (3)"), when no rule read the second: a given name that is also an everyday word, or, in a list
// of people ("children", "nurses", "friends"), a name no lexicon knows. Households, crews and lists of children are
// written so. Run after the tagger (Detector.runAll), when every rule has found its names.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L } from '../lexicon.js';
import { clinicalWord } from '../tagger.js';
import type { Cand } from './words.js';
import { KIN_WORDS } from './name-patterns.js';
import { MONTH_WORDS } from './patterns.js';
import { EPONYMS, FACILITY_GENERIC, TITLES } from './vocabulary.js';
import { LANGUAGES } from './later-cues.js';
import type { Detector } from './detector.js';

/** After a name found: maybe an age in brackets or after a blank, then "and" (or its Spanish, French, German and
 * Portuguese words; not "&", which joins eponyms and firms: "Hoehn & Yahr") and one to three capitalized words (group
 * 1). */
const PAIR_AFTER_25 = /^(?:[ \t]*\(\d{1,2}\)|[ \t]+\d{1,2})?[ \t]+(?:and|y|et|und|e)[ \t]+(\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{Ll}'’-]+){0,2})(?![\p{L}\d])/u;
/** Before a name found: one to three capitalized words (group 1), maybe an age, then "and". */
const PAIR_BEFORE_25 = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+(?:[ \t]\p{Lu}[\p{Ll}'’-]+){0,2})(?:[ \t]*\(\d{1,2}\)|[ \t]+\d{1,2})?[ \t]+and[ \t]+$/u;
/** Words after the pair that make it a firm's, a site's or a thing's name ("Smith and Nephew", "Johnson & Johnson
 * Hospital", "Mary and Joseph Hospital"). */
const NOT_PERSON_AFTER_25 = /^[ \t]*(?:&[ \t]*)?(?:hospital|clinic|centre|center|school|college|church|house|home|hall|court|street|road|ward|wards|unit|bay|ltd|limited|inc|llc|gmbh|co|company|sons|partners|associates|group|foundation|trust|syndrome|disease|procedure|test|scale|criteria|law|university)\b/iu;
/** The joining word right after a name found, maybe past an age (the cheap test before PAIR_AFTER_25). */
const JOIN_AFTER_25 = /^(?:[ \t]*\(\d{1,2}\)|[ \t]+\d{1,2})?[ \t]+(?:and|y|et|und|e)[ \t]/;
/** Words that are no person's in such a pair: weekdays and seasons, a family's and a team's words. */
const NOT_PAIR_WORDS_25: ReadonlySet<string> = new Set(('monday tuesday wednesday thursday friday saturday sunday ' +
  'spring summer autumn winter family friends friend team staff others other both all co nephew sons partners ' +
  'fils söhne sohne hijos filhos figli cie').split(' '));
/** Words before the name found that say the pair are people ("children Karabo and Neo", "friends Maryam and Behrouz"):
 * only after them is a word no lexicon knows taken. */
const PEOPLE_BEFORE_25 = /(?:^|[^\p{L}])(?:children|kids|sons|daughters|siblings|sibs|twins|grandchildren|grandsons|granddaughters|nurses|carers|caregivers|friends|brothers|sisters|parents|cousins|nieces|nephews|facilitators|volunteers|chws|midwives)[ \t:,]*$/iu;

export function namePairs25(d: Detector): void {
  const v = d.v;
  if (d.oneCase) return;
  const n0 = d.cands.length;
  let seen: Set<number> | undefined;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || c.t !== 'NAME' || c.e - c.s < 2) continue;
    // (Cheap tests first: a joining word right after the name, maybe past an age, or "and" right before it. Stop 26: the
    // regular expression runs only when the first character after the blanks can open its match: a bracket, a digit or
    // a joining word's first letter; "and" in the five characters before is read from their codes.)
    const after = joinMayFollow(v, c.e) && JOIN_AFTER_25.test(v.slice(c.e, c.e + 12));
    const before = c.s >= 5 && isBlankCode(v.charCodeAt(c.s - 1)) && v.charCodeAt(c.s - 4) === 97 && v.charCodeAt(c.s - 3) === 110 && v.charCodeAt(c.s - 2) === 100 && isBlankCode(v.charCodeAt(c.s - 5));
    if (!after && !before) continue;
    if (seen?.has(c.s * 4096 + (c.e - c.s))) continue;
    (seen ??= new Set()).add(c.s * 4096 + (c.e - c.s));
    // (The name found must read as a person's: a word the lexicons know as a name, no language, drug or device; a
    // brand read as a name, "the Draeger and Mindray machines", makes no pair.)
    const known = personLike(d, v.slice(c.s, c.e));
    // (Nor when a site's or a firm's word follows the name found: "Peter and Paul ward".)
    if (known < 0 || NOT_PERSON_AFTER_25.test(v.slice(c.e, c.e + 16))) continue;
    // (A word no lexicon knows beside it only in a list of people: "children Karabo and Neo"; after "Patient Emily Stone
    // and" a capitalized word is a drug, a device or a firm as often: "Ozempic", "Dexcom", "Tesco".)
    const people = known > 0 && PEOPLE_BEFORE_25.test(v.slice(Math.max(0, c.s - 30), c.s));
    const a = after ? PAIR_AFTER_25.exec(v.slice(c.e, c.e + 60)) : null;
    if (a !== null) {
      const y = a[1] as string;
      const s = c.e + a[0].length - y.length;
      pairName(d, s, s + y.length, y, people);
    }
    const b = before ? PAIR_BEFORE_25.exec(v.slice(Math.max(0, c.s - 60), c.s)) : null;
    if (b !== null) {
      const y = b[1] as string;
      const s = c.s - b[0].length + b[0].indexOf(y, b[0].length - b[0].trimStart().length);
      pairName(d, s, s + y.length, y, people);
    }
  }
}

/** A space or a tab. */
function isBlankCode(c: number): boolean {
  return c === 32 || c === 9;
}
/** Whether JOIN_AFTER_25 may match at `e`: past the blanks, a bracket, or (after one blank at least) a digit or the first
 * letter of a joining word (a, y, e, u). */
function joinMayFollow(v: string, e: number): boolean {
  let q = e;
  while (isBlankCode(v.charCodeAt(q))) q++;
  const c = v.charCodeAt(q);
  return c === 40 || (q > e && ((c >= 48 && c <= 57) || c === 97 || c === 121 || c === 101 || c === 117));
}

/** Whether the text of a name found reads as a person's: 1 when a word of it is a given name the lexicons know (a
 * surname alone may be a firm's: "Draeger"), 0 when none is, -1 when a word is a language, an eponym, a country or a
 * clinical word ("Czech", "Hoehn", "Seroquel"). */
function personLike(d: Detector, text: string): number {
  let known = 0;
  for (const w of text.split(/[ \t,]+/)) {
    if (w === '') continue;
    const k = w.toLowerCase().replace(/['’]s$/, '');
    if (LANGUAGES.has(k) || EPONYMS.has(k) || clinicalWord(k)) return -1;
    const f = d.fl(k);
    if ((f & L.COUNTRY) !== 0) return -1;
    if ((f & L.FIRST) !== 0) known = 1;
  }
  return known;
}

/** The words y at [s, e) as a person's name, when each reads as one: a given name the lexicons know (also an everyday
 * word: "Hope", "Angel"), or a word no lexicon knows in a list of people (`knownPair`: "children Karabo and Neo"); no
 * title, kin word, month, language, eponym, country, place, clinical word or
 * site's word; no firm's or site's word after them. */
function pairName(d: Detector, s: number, e: number, y: string, knownPair: boolean): void {
  const v = d.v;
  if (d.anyCand(s, e) || NOT_PERSON_AFTER_25.test(v.slice(e, e + 16))) return;
  for (const w of y.split(/[ \t]/)) {
    const k = w.toLowerCase().replace(/['’]s$/, '');
    if (NOT_PAIR_WORDS_25.has(k) || TITLES.has(k) || KIN_WORDS.has(k) || MONTH_WORDS.has(k) || FACILITY_GENERIC.has(k) || LANGUAGES.has(k) || EPONYMS.has(k) || clinicalWord(k)) return;
    const f = d.fl(k);
    if ((f & (L.COUNTRY | L.PLACE)) !== 0) return;
    // A given name the lexicons know ("Neo", "Hope", "Junior"; a surname alone may be a firm's, "Marks and Spencer").
    if ((f & L.FIRST) !== 0) continue;
    if (f !== 0 || !knownPair) return;
  }
  d.add(s, e, 'NAME', 70);
}
