// Stop 15 (places19): towns the gazetteer knows; quoted place fields.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L } from '../lexicon.js';
import { type Cand, isOtherThanPlaceOrName, type Tok } from './words.js';
import { M, NOT_NAME, ONE_WORD_REGIONS_17, STATE_WORDS } from './vocabulary.js';
import { MONTH_WORDS } from './patterns.js';
import type { Detector } from './detector.js';
import { tokenAt } from './later-cues.js';

// ---------------------------------------------------------------------------------------------
// Stop 15, last round (places19): towns the gazetteer knows, read as a surname.

/**
 * A name the gazetteer knows as a town, none of whose words is a given name, read as a person's (a surname alone, or
 * "Surname, Given" before a region) when its context is a place's: after a place preposition ("S of Albuquerque",
 * "trip to Jinotega"), right after a street ("4410 Cedar Ave Burnaby"), or before a comma and a state, province, Mexican
 * state or country ("Hermosillo, Sonora"); a town of two or more words needs no context ("Puerto Vallarta"). Not after a
 * title, not a possessive, not before another name.
 */
/** Verbs before "to" and a person ("spoke to Hermosillo"), where "to" is no place's preposition. */
const TALK_TO_19 = new Set('spoke speak speaks speaking talked talk talking said say says explained explain wrote write writes sent send reported report replied reply given give handed hand introduced introduce listened listen letter email emailed message messaged texted text forwarded forward addressed'.split(' '));

function gazetteerTowns19(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const cands = d.cands;
  const n0 = cands.length;
  for (let ci = 0; ci < n0; ci++) {
    const c = cands[ci] as Cand;
    if (c.t !== 'NAME' || c.p < 0) continue;
    const i = tokenAt(d, c.s);
    if (i < 0) continue;
    // The candidate's words: capitalized, one blank apart, ending at the candidate's end.
    let j = i;
    let ok = true;
    let first = false;
    while (true) {
      const t = toks[j] as Tok;
      if ((t.shape !== 'T' && t.shape !== 'U') || t.possessive) { ok = false; break; }
      if ((t.f & L.FIRST) !== 0 || (t.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS)) !== 0) first = true;
      if (t.e >= c.e) break;
      const nx = toks[j + 1];
      if (!nx || nx.s !== t.e + 1 || j - i >= 3) { ok = false; break; }
      j++;
    }
    if (!ok || first || (toks[j] as Tok).e !== c.e) continue;
    const multi = j > i;
    const key = multi ? (toks.slice(i, j + 1) as Tok[]).map((u) => u.k).join(' ') : (toks[i] as Tok).k;
    if (!d.knownPlace(key) || (d.fl(key) & L.COUNTRY) !== 0) continue;
    const prev = toks[i - 1];
    if (prev && (prev.m & (M.TITLES | M.CORE_TITLES)) !== 0) continue;
    const next = toks[j + 1];
    const after = v.charCodeAt(c.e);
    // Not the first part of a longer name ("Hermosillo Garza"), nor a possessive.
    if (after === 39 || after === 8217) continue;
    let place = false;
    if (multi) place = true;
    else if (prev && prev.shape === 'L' && (prev.m & M.PLACE_PREP) !== 0 && prev.e + 1 === c.s && !(prev.k === 'to' && TALK_TO_19.has(toks[i - 2]?.k ?? ''))) place = true;
    else if (after === 44 && next && next.s <= c.e + 2 && (next.shape === 'T' || next.shape === 'U')) {
      const nk = next.k;
      if (ONE_WORD_REGIONS_17.has(nk) || (next.m & M.STATE_WORDS) !== 0 || (d.fl(nk) & L.COUNTRY) !== 0) place = true;
    } else if (prev && (prev.m & M.TITLES) === 0) {
      const gap = v.slice(prev.e, c.s);
      if ((gap === ' ' || gap === ', ') && d.someOverlap(prev.s, prev.e, (o) => o.t === 'LOCATION' && o.e === prev.e && o.s < prev.s)) place = true;
    }
    if (!place) continue;
    if (next && next.s === c.e + 1 && (next.shape === 'T' || next.shape === 'U') && d.someOverlap(next.s, next.e, (o) => o.t === 'NAME')) continue;
    c.t = 'LOCATION';
  }
}

/** Keys of a town's field, unquoted in a script, a log or a config ("city: "Yonkers"", "town='Kilkenny'"). */
export const PLACE_KEYS_19 = ['city', 'town', 'suburb', 'locality', 'county'];

/**
 * A quoted value after an unquoted town key and a colon or an equals sign: `{city: "Yonkers", state: NY}`,
 * `town='Ennis'` (a quoted key is JSON's, read in structured.ts; an unquoted one with an unquoted value is a label's).
 * The value: one to four capitalized words, no state, country, month or common word alone.
 */
function quotedPlaceFields19(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    const k = t.k;
    if (k.length < 4 || k.length > 8 || !PLACE_KEYS_19.includes(k)) continue;
    const b = v.charCodeAt(t.s - 1);
    if (b === 34 || b === 39 || b === 95) continue;
    let p = t.e;
    while (v.charCodeAt(p) === 32) p++;
    const sep = v.charCodeAt(p);
    if (sep !== 58 && sep !== 61) continue;
    p++;
    while (v.charCodeAt(p) === 32) p++;
    const q = v.charCodeAt(p);
    if (q !== 34 && q !== 39) continue;
    const end = v.indexOf(q === 34 ? '"' : "'", p + 1);
    if (end < 0 || end - p > 64) continue;
    const val = v.slice(p + 1, end);
    if (!/^\p{Lu}[\p{L}'.-]*(?:[ -]\p{Lu}?[\p{L}'.-]*){0,3}$/u.test(val)) continue;
    const key = val.toLowerCase().replace(/-/g, ' ');
    if (STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || MONTH_WORDS.has(key) || NOT_NAME.has(key)) continue;
    if (!key.includes(' ') && (d.fl(key) & L.WORD) !== 0 && !d.knownPlace(key)) continue;
    if (d.someOverlap(p + 1, end, isOtherThanPlaceOrName)) continue;
    d.someOverlap(p + 1, end, (c) => {
      if (c.t === 'NAME' && c.s >= p + 1 && c.e <= end) c.t = 'LOCATION';
      return false;
    });
    d.add(p + 1, end, 'LOCATION', 76);
  }
}

/** This round's passes, run once the names are found (from run()). */
export function placesRound19(d: Detector): void {
  gazetteerTowns19(d);
  const rare = d.rare;
  if (rare !== undefined && PLACE_KEYS_19.some((w) => rare.has(w))) {
    const v = d.v;
    if (v.includes(': "') || v.includes(':"') || v.includes('="') || v.includes(": '") || v.includes("='") || v.includes('= "')) quotedPlaceFields19(d);
  }
}
