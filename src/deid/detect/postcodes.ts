// Stop 16 (places27): postcode and town after a street, site heads, prisons, place fields; the labels "post code" and
// "pin code" (stop 22).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L } from '../lexicon.js';
import { lineStartOf } from './text.js';
import { type Cand, isDigitCode, isWordCode, T, type Tok } from './words.js';
import { FACILITY_GENERIC, M, NOT_NAME, STATE_WORDS, STREET_SUFFIX_SET } from './vocabulary.js';
import { MONTH_WORDS } from './patterns.js';
import type { Detector } from './detector.js';
import { placeOver17 } from './address-layouts.js';

// --- Stop 16, probe round places27: postcode and town after a street with its floor, site heads, prisons, place fields --

/** A postcode of the continent and its town, right after a comma: "120 00 Praha 2", "4050-262 Porto", "1620 København V",
 * "67433 Neustadt an der Weinstraße" (particles inside the town; a district's number or letter after it). */
const POSTCODE_TOWN_27 =
  /^(\d{3} \d{2}|\d{4}-\d{3}|\d{2}-\d{3}|\d{4,6})[ \t]+(\p{Lu}[\p{L}'’]*\p{Ll}(?:(?:[ \t-](?:an|der|den|am|im|de|del|la|le|sur|upon|on|di|ob|bei))*[ \t-]\p{Lu}[\p{L}'’]*\p{Ll})*(?:[ \t]+(?:\d{1,2}|[A-ZÆØÅ]{1,2}))?)(?=[ \t]*(?:[,.;)\n]|$))/u;
/** A floor, stair, flat or box between a street and its postcode: "2º Esq.", "2. tv.", "3 tr", "bte 4", "ap. 4", "piso 7". */
const UNIT_PIECE_27 =
  /^(?:\d{1,2}(?:\.|º|ª|°|st|nd|rd|th|e|er|ème)?[ \t]*\p{L}{1,6}\.?(?:[ \t]+\p{L}{1,6}\.?)?|(?:bte|boîte|bus|ap|apt|app|apto|appt|piso|dept|depto|tr|lgh|whg|top|stiege|esc|escalera|interno|int|scala|daire|kat|et|étage|etage|leil|byt|m|lok|apartament)\.?:?[ \t]*\d{1,4}[A-Za-z]?(?:[ \t]+\p{L}{1,6}\.?)?)$/iu;
/** A street of name words and particles and its house number, at the end of the text before the comma: "Hlavná 27",
 * "Vinohradská 1204/38", "Rua das Flores 118". */
const STREET_PIECE_27 =
  /(?:^|[ \t:])((?:ul\.|al\.|pl\.)?[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|de|da|das|do|dos|der|des|di|du|la|le|del|van|von|den|út|utca|u\.|ulica|sokak|caddesi)){0,4}[ \t]+\d{1,5}(?:[\/-]\d{1,5})?[A-Za-z]?)[ \t]*$/u;

/** Whether a capitalized word may be part of a street's or a town's name: no everyday word (unless the gazetteer knows it),
 * no country, state, month or word that is never a name. */
export function nameWordOk27(d: Detector, w: string): boolean {
  const k = w.toLowerCase();
  const f = d.fl(k);
  if ((f & L.WORD) !== 0 && (f & L.PLACE) === 0) return false;
  return (f & L.COUNTRY) === 0 && !NOT_NAME.has(k) && !STATE_WORDS.has(k) && !MONTH_WORDS.has(k) && !FACILITY_GENERIC.has(k);
}

/**
 * "Vinohradská 1204/38, 120 00 Praha 2", "Rua das Flores 118, 2º Esq., 4050-262 Porto", "Vesterbrogade 112, 2. tv., 1620
 * København V": a postcode and a town after a comma, with a street (found or of name words and a house number) before it
 * on the same line and up to two pieces of floor, stair or flat between. The street with its floor, the postcode and the
 * town become places (a town read as a name too).
 */
function postcodeTowns27(d: Detector): void {
  const v = d.v;
  for (let b = v.indexOf(','); b >= 0; b = v.indexOf(',', b + 1)) {
    // (Cheap first: a digit after the comma and its blanks, a blank and a capital or a digit group, or a dash and a digit
    // after the number: "120 00 Praha", "4050-262 Porto", "1620 København".)
    let s = b + 1;
    while (v.charCodeAt(s) === 32 || v.charCodeAt(s) === 9) s++;
    if (!isDigitCode(v.charCodeAt(s))) continue;
    let x = s + 1;
    while (isDigitCode(v.charCodeAt(x))) x++;
    const n = x - s;
    if (n < 2 || n > 6 || isWordCode(v.charCodeAt(s - 1))) continue;
    const a = v.charCodeAt(x);
    const c2 = v.charCodeAt(x + 1);
    if (!((a === 32 && (isDigitCode(c2) ? n === 3 : c2 >= 65 && (c2 <= 90 || c2 >= 192))) || (a === 45 && isDigitCode(c2) && (n === 4 || n === 2)))) continue;
    const m = POSTCODE_TOWN_27.exec(v.slice(s, s + 64));
    if (!m) continue;
    const code = m[1] as string;
    const town = m[2] as string;
    const townWords = town.split(/[ \t-]+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
    if (!townWords.every((w) => nameWordOk27(d, w))) continue;
    // (Not a house number and its street: "Health Center, 1180 Keller Pkwy".)
    if (townWords.some((w) => STREET_SUFFIX_SET.has(w.toLowerCase()))) continue;
    // (A lone town that is a given name and no place the gazetteer knows stays out: "..., 1200 Smith".)
    if (townWords.length === 1 && (d.fl((townWords[0] as string).toLowerCase()) & (L.FIRST | L.PLACE)) === L.FIRST) continue;
    // The pieces before the comma, back to the line's start (at most 140 characters).
    const ls = Math.max(lineStartOf(v, b), b - 140);
    const pieces = v.slice(ls, b).split(',');
    let end = b;
    let units = 0;
    let streetEnd = -1;
    let streetStart = -1;
    for (let j = pieces.length - 1; j >= 0 && j >= pieces.length - 3; j--) {
      const raw = pieces[j] as string;
      const ps = end - raw.length;
      const tr = raw.trim();
      if (tr.length === 0) break;
      if (units < 2 && tr.length <= 16 && /\d/.test(tr) && UNIT_PIECE_27.test(tr) && j > 0) {
        units++;
        end = ps - 1;
        continue;
      }
      const pe = ps + raw.replace(/\s+$/, '').length;
      // (The street piece ends with its house number.)
      if (!/\d[A-Za-z]?$/.test(tr)) break;
      // A street found already (a place that ends inside this piece), or name words and a house number.
      const found = d.someOverlap(ps, pe, (c) => c.p >= 0 && c.t === 'LOCATION' && c.e >= pe - 6 && c.e <= pe);
      if (found) {
        streetStart = -1;
        d.someOverlap(ps, pe, (c) => {
          if (c.p >= 0 && c.t === 'LOCATION' && c.e >= pe - 6 && c.e <= pe && (streetStart < 0 || c.s < streetStart)) streetStart = c.s;
          return false;
        });
        streetEnd = pe;
      } else {
        const sm = STREET_PIECE_27.exec(raw);
        if (sm) {
          const g = sm[1] as string;
          const words = g.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];
          if (words.length > 0 && words.every((w) => nameWordOk27(d, w)) && !d.someOverlap(ps, pe, (c) => c.p >= 0 && c.t !== 'LOCATION' && c.t !== 'NAME')) {
            streetStart = pe - g.trim().length;
            streetEnd = pe;
          }
        }
      }
      break;
    }
    if (streetEnd < 0 || streetStart < 0) continue;
    const unitsEnd = units > 0 ? b : streetEnd;
    // (The end of the last floor piece: the comma right before the postcode.)
    const stE = units > 0 ? ls + v.slice(ls, b).replace(/[\s]+$/, '').length : streetEnd;
    if (d.someOverlap(streetStart, stE, (c) => c.p >= 0 && c.t !== 'LOCATION' && c.t !== 'NAME')) continue;
    placeOver17(d, streetStart, unitsEnd === b ? stE : streetEnd, 84);
    const ce = s + code.length;
    if (!d.someOverlap(s, ce, (c) => c.p >= 0 && c.t !== 'LOCATION')) placeOver17(d, s, ce, 84);
    const ts = s + m[0].length - town.length;
    if (!d.someOverlap(ts, ts + town.length, (c) => c.p >= 0 && c.t !== 'LOCATION' && c.t !== 'NAME')) placeOver17(d, ts, ts + town.length, 84);
  }
}

/** A site's head after a place found: "Kakuma Refugee Camp", "Saint Brendan's Primary School", "Ridgeway Market" (capitalized
 * only: a lower-case head, "Dadaab refugee camp", stays outside the name). */
const SITE_HEAD_27 =
  /^[ \t]+((?:(?:Primary|Secondary|High|Junior|Infant|Infants|Elementary|Middle|Grammar|Community|Catholic|Girls'?|Boys'?|National)[ \t]+)?(?:School|Academy)|(?:Refugee[ \t]+|IDP[ \t]+)?(?:Camp|Settlement)|Market|Mosque|Masjid|Church|Chapel|Cathedral|Temple|Gurdwara|Synagogue|Prison|Barracks|Allotments)(?![\p{L}\d'’])/u;
/** Last words of a site found, before " in <Town>": "Fenwick Distribution Centre in Thurrock". */
const SITE_END_27 = /(?:Centre|Center|Hospital|Clinic|Home|Practice|Surgery|Pharmacy|School|Academy|Prison|Camp|Shelter|Hostel|Hospice|Church|Depot|Warehouse|Plant|Factory|Mill|Hotel|Station|Unit)$/;
/** " in " and one to three capitalized words, then the end of the phrase. */
const IN_TOWN_27 = /^[ \t]+in[ \t]+(\p{Lu}\p{Ll}[\p{L}'’]*(?:[ \t-]\p{Lu}\p{Ll}[\p{L}'’]*){0,2})(?=[ \t]*(?:[,.;:)\n]|$|and\b|on\b|for\b|since\b|until\b))/u;

/** Sites found and what follows them: a site's head ("Kakuma Refugee Camp"), a town after " in " ("... Centre in Thurrock"). */
function siteTails27(d: Detector): void {
  const v = d.v;
  const n = d.cands.length;
  for (let i = 0; i < n; i++) {
    const c = d.cands[i] as Cand;
    if (c.p < 0 || c.t !== 'LOCATION' || v.charCodeAt(c.e) !== 32) continue;
    const nx = v.charCodeAt(c.e + 1);
    if (nx >= 65 && nx <= 90) {
      const m = SITE_HEAD_27.exec(v.slice(c.e, c.e + 40));
      if (m && !d.someOverlap(c.e, c.e + m[0].length, (o) => o.p >= 0 && o.t !== 'LOCATION' && o.t !== 'NAME')) {
        placeOver17(d, c.s, c.e + m[0].length, c.p);
        continue;
      }
    }
    if (nx !== 105 || v.charCodeAt(c.e + 2) !== 110 || !SITE_END_27.test(v.slice(Math.max(c.s, c.e - 12), c.e))) continue;
    const m = IN_TOWN_27.exec(v.slice(c.e, c.e + 60));
    if (!m) continue;
    const g = m[1] as string;
    const words = g.split(/[ \t-]+/);
    if (!words.every((w) => nameWordOk27(d, w)) || d.knownPlace(g.toLowerCase()) === false && words.length === 1 && (d.fl(g.toLowerCase()) & L.FIRST) !== 0) continue;
    const s = c.e + m[0].length - g.length;
    if (d.someOverlap(s, s + g.length, (o) => o.p >= 0 && o.t !== 'LOCATION' && o.t !== 'NAME')) continue;
    placeOver17(d, s, s + g.length, 80);
  }
}

/** Prefixes of prisons' names: "HMP Wealstun", "HMYOI Brinsford", "FCI Dunmore", "FMC Butner". */
export const PRISON_PREFIX_27 = ['hmp', 'hmyoi', 'hmpyoi', 'fci', 'fmc'];
/** A prison's prefix in capitals and one to three capitalized words (the first no everyday word). */
function prisonNames27(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i] as Tok;
    if (t.shape !== 'U' || (t.f & T.NHS) === 0 || !PRISON_PREFIX_27.includes(t.k)) continue;
    let j = i + 1;
    let e = -1;
    while (j < toks.length && j <= i + 3) {
      const w = toks[j] as Tok;
      const gap = v.slice((toks[j - 1] as Tok).e, w.s);
      if (w.shape !== 'T' || (gap !== ' ' && gap !== '-') || (j === i + 1 && !nameWordOk27(d, w.w)) || (w.m & (M.STATE_WORDS | M.MONTH_WORDS)) !== 0) break;
      e = w.e + (w.possessive ? 2 : 0);
      j++;
    }
    if (e < 0 || d.someOverlap(t.s, e, (o) => o.p >= 0 && o.t !== 'LOCATION' && o.t !== 'NAME')) continue;
    placeOver17(d, t.s, e, 82);
  }
}

/** Labels of place fields that the address-line rule does not read: "Sector:", "Town of residence:", "DS Division:". */
const PLACE_FIELD_27 =
  /^(?:sector|commune|neighbou?rhood|municipality|district|(?:ds|gn|divisional[ \t]+secretariat)[ \t]+division|(?:town|city|village|suburb)[ \t]+of[ \t]+residence)[ \t]*:[ \t]*(\p{Lu}[\p{L}'’.]*(?:(?:[ \t]+|-)(?:(?:on|upon|de|la|le|en|sur|an|der|of|del)(?:[ \t]+|-))?\p{Lu}[\p{L}'’.]*){0,3})[ \t.]*(?=\n|$)/iu;
export const PLACE_FIELD_FIRST_27 = new Set(['sector', 'commune', 'neighbourhood', 'neighborhood', 'municipality', 'district', 'ds', 'gn', 'divisional', 'town', 'city', 'village', 'suburb']);
/** A place field's value, alone on its line after a label the address-line rule does not read. */
function placeFields27(d: Detector): void {
  placeFieldValues(d, PLACE_FIELD_FIRST_27, PLACE_FIELD_27, false);
}

/**
 * The value of a place field alone on its line ("District: Gasabo", "Barangay: Poblacion"): a token of `first` (on the
 * rare-word bit) opens the line, `re` reads the label and the value; the value is a place unless a word of it is no
 * name, a state, a month or a country, and when one word of it may be a name's or (`placeWords`) a known place's.
 */
export function placeFieldValues(d: Detector, first: ReadonlySet<string>, re: RegExp, placeWords: boolean): void {
  const v = d.v;
  for (const t of d.toks) {
    if ((t.f & T.NHS) === 0 || !first.has(t.k)) continue;
    const ls = lineStartOf(v, t.s);
    if (ls !== t.s && v.slice(ls, t.s).trim() !== '') continue;
    const m = re.exec(v.slice(t.s, t.s + 90));
    if (!m) continue;
    const g = m[1] as string;
    const words = g.split(/[ \t-]+/).filter((w) => /^\p{Lu}/u.test(w));
    const lw = g.toLowerCase();
    if (STATE_WORDS.has(lw) || (d.fl(lw) & L.COUNTRY) !== 0 || words.some((w) => {
      const k = w.toLowerCase();
      return NOT_NAME.has(k) || STATE_WORDS.has(k) || MONTH_WORDS.has(k) || (d.fl(k) & L.COUNTRY) !== 0;
    }) || !words.some((w) => nameWordOk27(d, w) || (placeWords && d.knownPlace(w.toLowerCase())))) continue;
    const s = t.s + m[0].indexOf(g, m[0].indexOf(':'));
    if (d.someOverlap(s, s + g.length, (o) => o.p >= 0 && o.t !== 'LOCATION' && o.t !== 'NAME')) continue;
    placeOver17(d, s, s + g.length, 82);
  }
}

/** Each rule runs only when its trigger is in the text: a comma, a prison's prefix or a field's label among the rare words. */
export function placesRound27(d: Detector): void {
  const rare = d.rare;
  if (d.v.includes(',')) postcodeTowns27(d);
  if (rare !== undefined) {
    if (PRISON_PREFIX_27.some((w) => rare.has(w))) prisonNames27(d);
    let field = false;
    for (const w of PLACE_FIELD_FIRST_27) if (rare.has(w)) field = true;
    if (field && d.v.includes(':')) placeFields27(d);
  }
  siteTails27(d);
}

/**
 * Stop 22: whether the text holds "post code" or "pin code" (in the three cases), the labels of two words the tokenizer's
 * triggers cannot carry ("post" and "pin" are common words); RE.zipLabelled then reads the text.
 */
export function twoWordPostcodeLabel(v: string): boolean {
  return (v.includes('ode') || v.includes('ODE')) && TWO_WORD_POSTCODE_LABEL.test(v);
}
const TWO_WORD_POSTCODE_LABEL = /\b(?:post|pin)[\s_-]*code/i;

/**
 * Stop 22: whether a postcode RE.zipLabelled found after a label of two words ("post code", "pin code") stands as one: four
 * bare digits right after such a label are more often a time or a PIN ("Post code 1445 pt to ICU", after a resuscitation)
 * and count only after a colon, a sign or "is".
 */
export function labelledPostcodeOk(label: string, value: string): boolean {
  if (!/^\d{4}$/.test(value) || !/^(?:post|pin)[\s_-]+code/i.test(label)) return true;
  return /(?:[:#=]|\b(?:is|was))\s*["']?$/i.test(label);
}
