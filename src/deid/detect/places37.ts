// Stop 37 (places37): places in texts of one case that the address rules, written for capitals or labels, miss.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L } from '../lexicon.js';
import { clinicalWord } from '../tagger.js';
import { isDigitCode, memberBits, type Tok } from './words.js';
import { FUNCTION_WORDS, M, PLACE_OPENER_WORDS, STREET_FIRST_WORDS, STREET_SUFFIX_SET } from './vocabulary.js';
import { oneSpace } from './shapes.js';
import { CARE_DEPARTMENT_WORDS } from './later-cues.js';
import { ONE_CASE_SERVICES } from './one-case-places.js';
import { CARE_UNIT_36 } from './vehicle-codes.js';
import { SERVICE_SHORT_37 } from './unknown-names.js';
import { oneCaseService18 } from './one-case.js';
import type { Detector } from './detector.js';

/** A house number: "22", "12b", "14/3", "91-1020", "1208/74". */
const HOUSE_37 = /^\d{1,5}[a-z]?(?:[/-]\d{1,4}[a-z]?)?$/i;
/** An ordinal inside a street's name ("e 3rd ave", "50th st"). */
const ORDINAL_37 = /^\d{1,3}(?:st|nd|rd|th)$/i;
/** Points of the compass inside a street's name ("4417 s highland dr", "88 w camelback rd"). */
const COMPASS_37 = new Set(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west']);
/** Joined street words of other countries that end one word ("klostergatan", "bergmannstr", "kortrijksesteenweg"). */
const JOINED_STREET_37 = /^[a-z\u00df-\u00ff-]{3,}(?:strasse|straße|str|gatan|gata|gade|vej|veien|vegen|weg|laan|straat|steenweg|allee|gasse|platz|damm|katu|utca)$/i;
/** A postcode before its town: "50-556", "703 61" (two tokens), "12059", "2200", "lv-1029". */
const POSTCODE_37 = /^(?:[a-z]{1,2}-)?(?:\d{4,5}|\d{2}-\d{3}|\d{5}-\d{3})$/i;
/** A UK postcode's outward code; the inward code is a digit and two letters. */
const UK_OUT_37 = /^[a-z]{1,2}\d[a-z\d]?$/i;
const UK_IN_37 = /^\d[a-z]{2}$/i;

/** Whether the characters from a back to the start of a part are blanks after a part's opening: a line's start, a comma,
 * a colon, a semicolon, a bar, a caret, a tab, a bracket, an asterisk or a dash after a blank. */
function partOpens37(v: string, a: number): boolean {
  let x = a - 1;
  while (x >= 0 && v.charCodeAt(x) === 32) x--;
  if (x < 0) return true;
  const c = v.charCodeAt(x);
  // \n , : ; | ^ \t ( * - "
  if (c === 10 || c === 44 || c === 58 || c === 59 || c === 124 || c === 94 || c === 9 || c === 40 || c === 42 || c === 34) return true;
  return c === 45 && x < a - 1 && v.charCodeAt(x - 1) === 32;
}

/** Whether [a, b) is one blank, or a full stop and one blank ("ul. lipowa", "hauptstr. 88"). */
function dotBlank37(v: string, a: number, b: number): boolean {
  return (b - a === 1 && blankAt37(v, a)) || (b - a === 2 && v.charCodeAt(a) === 46 && blankAt37(v, a + 1));
}
function blankAt37(v: string, x: number): boolean {
  const c = v.charCodeAt(x);
  return c === 32 || c === 9;
}

/** (Stop 37 review: street suffixes and street words that are clinical shorthand, "stat head ct", "pl ct 150", "av delay
 * 150", "os iop 18": no street line by this rule.) */
const CLINICAL_SUFFIX_37 = new Set('ct pl view walk rise row loop route av os al bd'.split(' '));
const UNIT_2_37 = new Set('ml mg hs kg cc mm cm gm iv im po pr sq sc hr am pm ns'.split(' '));
/** (A 24-hour time as a house number with a leading nought, "0300 stat head ct".) */
const TIME_HOUSE_37 = /^0\d{3}$/;
/** (Stop 37 review: a service, a unit, a drug or clinical shorthand that the vocabularies miss: no town's or place's word.) */
const CLINICAL_SHORT_37 = new Set('etoh doxy tace medsurg mag sbo ems vna hha snf ltach entresto keytruda ozempic wegovy mounjaro jardiance farxiga eliquis xarelto opdivo humira trulicity'.split(' '));
/** Whether a token is a service, a unit of care, a drug or clinical shorthand ("peds", "ficu", "vna", "entresto"). */
function serviceWord37(t: Tok): boolean {
  const k = t.k;
  return CARE_DEPARTMENT_WORDS.has(k) || ONE_CASE_SERVICES.has(k) || (CARE_UNIT_36.has(k) && !COMPASS_37.has(k)) || SERVICE_SHORT_37.has(k) || CLINICAL_SHORT_37.has(k) || /icu$/.test(k) || clinicalWord(k) || (oneCaseService18(t) && (t.m & M.EPONYMS) === 0);
}

/** The words that open a street after a preposition ("lives at 6215 spring time st, san antonio"). */
const STREET_CUES_37 = new Set(['at', 'to', 'on', 'lives', 'live', 'from', 'in', 'address', 'addr', 'moved', 'resides', 'home', 'of', 'c/o']);

/**
 * Where the part after a street ending at offset e shows a place: after a comma, a caret or a line's end (and blanks), a
 * place found already opens there ("..., columbus, oh 43219"), or a postcode and a town of one to three words that
 * ends the part ("..., 50-556 wroclaw"), or a UK postcode, or a town the gazetteer knows ending the part. Returns the
 * span of a postcode and its town to add, [0, 0] when the place was found already, or undefined.
 */
function placeAfter37(d: Detector, e: number, next: number): [number, number] | undefined {
  const v = d.v;
  const toks = d.toks;
  let x = e;
  if (v.charCodeAt(x) === 46) x++;
  while (v.charCodeAt(x) === 32) x++;
  const c = v.charCodeAt(x);
  if (c !== 44 && c !== 94 && c !== 10 && c !== 13) return undefined;
  const t = toks[next];
  if (t === undefined || t.s - x > 6 || v.slice(x + 1, t.s).trim().replace(/\^/g, '') !== '') return undefined;
  if (d.someOverlap(t.s, t.e, (o) => o.p >= 0 && o.t === 'LOCATION' && o.s >= x)) return [0, 0];
  const shape = d.capsDoc ? 'U' : 'L';
  // (Stop 37 review: across a line break only a postcode and its town alone on the next line, "0300 stat head ct\nreading".)
  const crossed = c === 10 || c === 13;
  // A postcode, its town after it (one to three words of the text's case, no function word), the part's end after.
  let j = next;
  if (t.shape === 'X' && POSTCODE_37.test(t.w)) {
    j = next + 1;
    // (A Dutch postcode's two letters, "5481 en schijndel"; no unit, "1000 ml ns".)
    const l2 = toks[j];
    if (/^\d{4}$/.test(t.w) && l2 !== undefined && l2.s === t.e + 1 && /^[a-z]{2}$/i.test(l2.w) && !UNIT_2_37.has(l2.k)) j++;
  }
  else if (t.shape === 'X' && /^\d{3}$/.test(t.w) && toks[next + 1]?.shape === 'X' && /^\d{2}$/.test((toks[next + 1] as Tok).w)) j = next + 2;
  else if (UK_OUT_37.test(t.w) && toks[next + 1] !== undefined && UK_IN_37.test((toks[next + 1] as Tok).w) && (toks[next + 1] as Tok).s === t.e + 1) {
    // (The part ends after the inward code: "12 oak st, b12 1mg im given" is a dose.)
    const ie = (toks[next + 1] as Tok).e;
    if (!(crossed ? /^[ \t]*(?:\r?\n|$)/ : /^[ \t]*(?:[,;.\n^|]|$)/).test(v.slice(ie, ie + 3))) return undefined;
    return [t.s, ie];
  } else {
    if (crossed) return undefined;
    // A town the gazetteer knows alone in its part.
    const end = /^[ \t]*(?:[,;.\n^|]|$)/;
    if (t.shape === shape && d.knownPlace(t.k) && (t.f & L.COUNTRY) === 0 && ((t.f & L.WORD) === 0 || c === 94) && (t.m & M.STATE_WORDS) === 0 && end.test(v.slice(t.e, t.e + 3))) return [t.s, t.e];
    return undefined;
  }
  let k = j;
  while (k < toks.length && k < j + 3) {
    const w = toks[k] as Tok;
    if (w.shape !== shape || FUNCTION_WORDS.has(w.k) || w.k.length < 3 || !/[aeiouy]/.test(w.k) || serviceWord37(w) || !/^[ \t]$/.test(v.slice((toks[k - 1] as Tok).e, w.s))) break;
    k++;
  }
  if (k === j) return undefined;
  const last = toks[k - 1] as Tok;
  if (!(crossed ? /^[ \t]*(?:\r?\n|$)/ : /^[ \t]*(?:[,;.\n^|]|$)/).test(v.slice(last.e, last.e + 3))) return undefined;
  // (The town's words: no common word unless the gazetteer knows the town, "12059 berlin", not "2200 units".)
  const key = toks.slice(j, k).map((w) => w.k).join(' ');
  if (!d.knownPlace(key) && toks.slice(j, k).some((w) => (w.f & L.WORD) !== 0 && !d.knownPlace(w.k))) return undefined;
  return [t.s, last.e];
}

/** Adds a street [s, e) and the place after it, unless an identifier of another type lies over the street's words. */
function addStreet37(d: Detector, s: number, e: number, after: [number, number], numberEnd: number): void {
  if (d.someOverlap(s, e, (c) => c.p >= 0 && c.t !== 'LOCATION' && c.t !== 'NAME' && c.e > numberEnd)) return;
  d.add(s, e, 'LOCATION', 80);
  if (after[1] > after[0] && !d.someOverlap(after[0], after[1], (c) => c.p >= 0 && c.t !== 'LOCATION')) d.add(after[0], after[1], 'LOCATION', 78);
}

/**
 * Stop 37, texts all in lower case or all in capitals: a street address shown by its form and by the place after it.
 * The form: a house number, one to four words (a point of the compass, an ordinal) and a street's suffix ("4417 s highland
 * dr", "6215 spring time st", "22 shephall way"); a street's word first, then its name and number ("ul. borowska 213",
 * "rua augusta 1520"); a joined street word and its number ("klostergatan 7 b", "hauptstr. 88"). It opens a part (a
 * line's start, a comma, a colon, a field's mark) or follows a place's preposition; the part after it holds a place found
 * already, a postcode and its town, a UK postcode or a town the gazetteer knows ("..., san antonio, tx", "..., 50-556
 * wroclaw"). No number, no suffix or no place after it: no street ("2 units prbc", "at 5 west", "x 2 then st").
 */
export function oneCaseStreetLines37(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const shape = d.capsDoc ? 'U' : 'L';
  // A house number, the street's name, its suffix.
  for (const i of d.streetIdx) {
    const t = toks[i] as Tok;
    if (t.shape !== shape || !STREET_SUFFIX_SET.has(t.k)) continue;
    let house = -1;
    let names = 0;
    for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
      const w = toks[j] as Tok;
      const gap = v.slice(w.e, (toks[j + 1] as Tok).s);
      if (gap !== ' ' && gap !== '. ') break;
      if (w.shape === 'X' && HOUSE_37.test(w.w) && j < i - 1) {
        house = j;
        break;
      }
      if (w.shape === 'X' ? !ORDINAL_37.test(w.w) : w.shape !== shape || FUNCTION_WORDS.has(w.k) || clinicalWord(w.k) || (w.m & (M.TITLES | M.MONTH_WORDS)) !== 0) break;
      if (!COMPASS_37.has(w.k)) names++;
    }
    if (house < 0 || names === 0) continue;
    const h = toks[house] as Tok;
    if (TIME_HOUSE_37.test(h.w)) continue;
    const pv = toks[house - 1];
    if (!partOpens37(v, h.s) && !(pv !== undefined && STREET_CUES_37.has(pv.k) && /^[ \t]+$/.test(v.slice(pv.e, h.s)))) continue;
    const after = placeAfter37(d, t.e, i + 1);
    if (after === undefined) continue;
    // (A suffix that is clinical shorthand, "head ct", "pl", "walk": only before a place found already on the same line.)
    if (CLINICAL_SUFFIX_37.has(t.k) && !(after[0] === 0 && after[1] === 0 && /^\.?[ \t]*,/.test(v.slice(t.e, t.e + 6)))) continue;
    addStreet37(d, h.s, t.e, after, h.e);
  }
  // A street's word first ("ul", "rua", "calle"), one to four words, a house number; a joined street word and its number.
  for (const i of d.xIdx) {
    if (i < 2) continue;
    const t = toks[i] as Tok;
    const p = toks[i - 1] as Tok;
    // (Speed: the word before the number, of the text's case, first; then the number's shape.)
    if (p.shape !== shape || t.s - p.e > 2 || !HOUSE_37.test(t.w)) continue;
    let open = -1;
    if (JOINED_STREET_37.test(p.k) && (p.f & L.WORD) === 0 && dotBlank37(v, p.e, t.s)) open = i - 1;
    else {
      for (let j = i - 2; j >= 0 && j >= i - 5; j--) {
        const w = toks[j] as Tok;
        const nx = toks[j + 1] as Tok;
        if (w.shape !== shape || !dotBlank37(v, w.e, nx.s)) break;
        if (STREET_FIRST_WORDS.has(w.k) && w.k.length >= 2) {
          open = j;
          break;
        }
        if (FUNCTION_WORDS.has(w.k) || clinicalWord(w.k)) break;
      }
      // (The name's last word one blank before the number: "rua augusta 1520", "ul. kopernika 36".)
      if (open < 0 || !((t.s - p.e === 1 && blankAt37(v, p.e)) || (t.s - p.e === 2 && v.charCodeAt(p.e) === 44 && blankAt37(v, p.e + 1)))) continue;
    }
    const o = toks[open] as Tok;
    if (!partOpens37(v, o.s)) continue;
    let end = i;
    // ("klostergatan 7 b": a letter after the number.)
    const nb = toks[i + 1];
    if (nb !== undefined && nb.w.length === 1 && nb.s === t.e + 1 && /^[ \t]*,/.test(v.slice(nb.e, nb.e + 2))) end = i + 1;
    const after = placeAfter37(d, (toks[end] as Tok).e, end + 1);
    if (after === undefined) continue;
    // (A street's word that is clinical shorthand, "av delay 150", "os iop 18": with its full stop, or before a place found.)
    if (CLINICAL_SUFFIX_37.has(o.k) && v.charCodeAt(o.e) !== 46 && !(after[0] === 0 && after[1] === 0)) continue;
    addStreet37(d, o.s, (toks[end] as Tok).e, after, o.s);
  }
}

/** Stop 37: the last words of a site's name that make the part after it and a comma the site's town ("severance
 * hospital, sinchon", "madla legesenter, hafrsfjord", "skanes universitetssjukhus, lund"). */
const SITE_END_37 = /(?:(?:^|[ -])(?:hospital|hospice|clinic|clinica|klinik|klinikum|centre|center|centro|senter|legesenter|sjukhus|sjukhuset|sykehus|sykehuset|sygehus|ziekenhuis|krankenhaus|spital|hopital|hôpital|ospedale|practice|surgery|pharmacy|school|infirmary|medical|health|kesihatan|puskesmas|cesfam|polyclinic|dispensary|unit|ward|home|lodge|house|mission|church|manor)|sjukhus|sjukhuset|sykehus|sykehuset|sygehus|ziekenhuis|krankenhaus|klinikum|spital)$/;
/** A part's end after the town: a comma, a full stop, a semicolon, a bracket, the line's end or the text's. */
// (Not a full stop: "seen at royal free hospital, keytruda. observations stable" is a drug in a sentence.)
const PART_END_37 = /^[ \t]*(?:[,;)\n]|$)/;

/**
 * Stop 37, texts all in lower case or all in capitals: the town after a site found and a comma, when no lexicon knows it
 * (placeAfterPlace18 takes the towns the gazetteer knows): one or two words of the text's case that end the part, none a
 * common word, a clinical word, a title, a month, a state or a country ("severance hospital, sinchon.", "madla
 * legesenter, hafrsfjord.", "43 mew way, kuyasa - "; not "mercy hospital, admitted", "general hospital, ccu").
 */
export function townAfterSite37(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const shape = d.capsDoc ? 'U' : 'L';
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x];
    if (c === undefined || c.p < 0 || c.t !== 'LOCATION' || v.charCodeAt(c.e) !== 44 || c.e - c.s < 6) continue;
    const tail = v.slice(Math.max(c.s, c.e - 16), c.e).toLowerCase();
    const street = isDigitCode(v.charCodeAt(c.s)) && /[a-z]/.test(tail);
    if (!street && !SITE_END_37.test(tail)) continue;
    // (A blank after the comma: prose's parts, not a record's fields, "bahonar hospital,polytrauma,dr amini".)
    let q = c.e + 1;
    if (v.charCodeAt(q) !== 32) continue;
    while (v.charCodeAt(q) === 32) q++;
    const i = d.tokenStartingAt(q);
    if (i < 0) continue;
    let k = i;
    while (k < toks.length && k < i + 2) {
      const w = toks[k] as Tok;
      if (k > i && v.slice((toks[k - 1] as Tok).e, w.s) !== ' ') break;
      if (w.shape !== shape || w.k.length < 3 || !/[aeiouy]/.test(w.k) || (w.f & (L.WORD | L.COUNTRY)) !== 0 || FUNCTION_WORDS.has(w.k) || serviceWord37(w) || ENGLISH_ENDING_37.test(w.k) || CLINICAL_ENDING_37.test(w.k)) break;
      if ((w.m & (M.STATE_WORDS | M.STATE_ABBR_LOWER | M.TITLES | M.CORE_TITLES | M.MONTH_WORDS | M.NOT_NAME | M.CREDENTIAL_TOKENS)) !== 0) break;
      k++;
    }
    if (k === i) continue;
    // (Two words only when the gazetteer knows them: "..., vello saar." is a person's name.)
    if (k - i === 2 && !d.knownPlace(`${(toks[i] as Tok).k} ${(toks[i + 1] as Tok).k}`)) k = i + 1;
    const last = toks[k - 1] as Tok;
    // (A short word before a full stop is a word's short form, "brgy. san isidro", "ste. madeleine", "app. 6".)
    if (v.charCodeAt(last.e) === 46 && (last.k.length < 5 || /^\.[ \t]*\d/.test(v.slice(last.e, last.e + 4)))) continue;
    const nx = toks[k];
    // (The part ends after the words, or a dash or a postcode follows them: "kuyasa - bedsores", "montreal h2s 1z4".)
    if (!PART_END_37.test(v.slice(last.e, last.e + 3)) && !/^[ \t]+[-–][ \t]/.test(v.slice(last.e, last.e + 3))) continue;
    if (nx !== undefined && nx.s === last.e && nx.w === "'") continue;
    const s = (toks[i] as Tok).s;
    if (d.anyCand(s, last.e)) continue;
    d.add(s, last.e, 'LOCATION', 64);
  }
}

/** Stop 37: a word's bits that keep a cell of a lower-case table out of a column of towns (tables.ts's CELL_NOT_18). */
const CELL_NOT_37 = M.NOT_NAME | M.STATE_WORDS | M.STATE_ABBR_LOWER | M.MONTH_WORDS | M.FACILITY_GENERIC | M.EPONYMS | M.NOT_PERSON | M.CREDENTIAL_TOKENS | M.SCALE_NAMES | M.EPONYM_HEADS | M.SCALE_HEADS | M.PLACE_NOUNS | M.TITLES | M.CORE_TITLES;
/** A cell's words: letters, inner apostrophes, hyphens and dots. */
const CELL_WORD_37 = /^\p{Ll}[\p{Ll}\p{M}'’.-]*$/u;

/** One line's cells split by tabs, by bars (two or more), by commas with no blank after them (three or more, two
 * tight) or by runs of two blanks or more (two or more), trimmed; its separator's code (32 for runs); undefined otherwise. */
function rowCells37(v: string, ls: number, le: number): { cells: [number, number][]; sep: number } | undefined {
  if (le - ls > 400) return undefined;
  let tabs = 0;
  let bars = 0;
  let commas = 0;
  let tight = 0;
  let runs = 0;
  for (let i = ls; i < le; i++) {
    const c = v.charCodeAt(i);
    if (c === 9) tabs++;
    else if (c === 124) bars++;
    else if (c === 44) {
      commas++;
      if (v.charCodeAt(i + 1) !== 32) tight++;
    } else if (c === 32 && v.charCodeAt(i + 1) === 32 && i > ls && v.charCodeAt(i - 1) !== 32) runs++;
  }
  const sep = tabs >= 1 ? 9 : bars >= 2 ? 124 : commas >= 3 && tight >= 2 ? 44 : runs >= 2 ? 32 : 0;
  if (sep === 0) return undefined;
  const cells: [number, number][] = [];
  let cs = ls;
  const push = (a: number, b: number) => {
    while (a < b && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 34 || v.charCodeAt(a) === 13)) a++;
    while (b > a && (v.charCodeAt(b - 1) === 32 || v.charCodeAt(b - 1) === 34 || v.charCodeAt(b - 1) === 13)) b--;
    cells.push([a, b]);
  };
  for (let i = ls; i < le; i++) {
    const c = v.charCodeAt(i);
    if (sep === 32) {
      if (c === 32 && v.charCodeAt(i + 1) === 32 && i > ls && v.charCodeAt(i - 1) !== 32) {
        push(cs, i);
        while (i + 1 < le && v.charCodeAt(i + 1) === 32) i++;
        cs = i + 1;
      }
    } else if (c === sep) {
      push(cs, i);
      cs = i + 1;
    }
  }
  push(cs, le);
  return { cells, sep };
}

interface PlaceCell37 {
  a: number;
  b: number;
  /** One to three words of letters, in lower case. */
  shaped: boolean;
  /** A word that is no town's: a common word, a clinical word, a month, a state, a title... */
  bad: boolean;
  loc: boolean;
  name: boolean;
  other: boolean;
  known: boolean;
  lexName: boolean;
}

function placeCell37(d: Detector, a: number, b: number): PlaceCell37 {
  const v = d.v;
  const cell: PlaceCell37 = { a, b, shaped: false, bad: false, loc: false, name: false, other: false, known: false, lexName: false };
  d.someOverlap(a, b, (c) => {
    if (c.p > 1) {
      if (c.t === 'LOCATION') cell.loc = true;
      else if (c.t === 'NAME') cell.name = true;
      else cell.other = true;
    }
    return false;
  });
  if (b - a > 40) return cell;
  const words = v.slice(a, b).split(' ');
  if (words.length > 3) return cell;
  for (const w of words) {
    if (!CELL_WORD_37.test(w)) return cell;
    const k = w.replace(/\.$/, '');
    const f = d.fl(k);
    if ((memberBits(k) & CELL_NOT_37) !== 0 || (f & L.COUNTRY) !== 0 || clinicalWord(k) || FUNCTION_WORDS.has(k)) cell.bad = true;
    else if ((f & L.WORD) !== 0 && (f & L.PLACE) === 0) cell.bad = true;
    if ((f & (L.FIRST | L.LAST)) !== 0 && (f & (L.WORD | L.PLACE)) === 0) cell.lexName = true;
  }
  cell.shaped = true;
  cell.known = d.knownPlace(words.join(' ').replace(/\./g, ''));
  return cell;
}


/**
 * Stop 37, texts in lower case: a column of towns in a table (rows split alike by tabs, bars, commas or runs of blanks,
 * three rows or more with the same number of cells), where the table rules, which read capitals, see none: when two
 * cells or more of a column are places the rules found or towns the gazetteer knows, three in five of its cells vote for
 * a place, fewer for a name, and few hold another identifier, its other cells of one to three words that no list reads
 * as a common or a clinical word are places too ("| 3 | yamikani mwale | 61 | m | kalima | makhwira |").
 */
export function lowerPlaceColumns37(d: Detector): void {
  const v = d.v;
  const n = v.length;
  let ls = 0;
  let block: [number, number][][] = [];
  let sep = -1;
  const flush = () => {
    if (block.length >= 3) placeColumns37(d, block);
    block = [];
    sep = -1;
  };
  while (ls < n) {
    let le = v.indexOf('\n', ls);
    if (le < 0) le = n;
    const r = rowCells37(v, ls, le);
    if (r === undefined || (block.length > 0 && (r.sep !== sep || r.cells.length !== (block[0] as [number, number][]).length))) flush();
    if (r !== undefined) {
      block.push(r.cells);
      sep = r.sep;
    }
    ls = le + 1;
  }
  flush();
}

function placeColumns37(d: Detector, rows: [number, number][][]): void {
  const width = (rows[0] as [number, number][]).length;
  for (let x = 0; x < width; x++) {
    const cells: PlaceCell37[] = [];
    for (const r of rows) {
      const [a, b] = r[x] as [number, number];
      if (b > a && /\p{L}/u.test(d.v.slice(a, b))) cells.push(placeCell37(d, a, b));
    }
    const filled = cells.length;
    if (filled < 3) continue;
    let strong = 0;
    let lVote = 0;
    let nVote = 0;
    let other = 0;
    let shaped = 0;
    for (const c of cells) {
      if (c.other) other++;
      if (c.shaped && !c.bad) shaped++;
      if (c.loc || c.known) strong++;
      if ((c.loc && !c.name) || c.known) lVote++;
      if (c.name || (c.lexName && !c.known)) nVote++;
    }
    if (other * 4 > filled || shaped * 4 < filled * 3 || strong < 2 || lVote * 5 < filled * 3 || lVote <= nVote) continue;
    for (const c of cells) {
      if (!c.shaped || c.bad || c.other || c.name || d.someOverlap(c.a, c.b, (o) => o.p > 1 && o.t === 'LOCATION' && o.s <= c.a && o.e >= c.b)) continue;
      d.add(c.a, c.b, 'LOCATION', 60);
    }
  }
}

/** Stop 37: common words that open a place's name before a place found ("new", "port", "villa", "kota", "san"). */
const OPENERS_37 = new Set([...PLACE_OPENER_WORDS, 'villa', 'san', 'santa', 'santo', 'sao', 'kota', 'bandar', 'kampung', 'ban', 'tel', 'ramat', 'beit', 'kiryat', 'col', 'co', 'sto', 'ste', 'mount', 'de', 'del', 'la', 'las', 'los', 'el', 'te', 'ty']);
/** Stop 37: common words that close a place's name after a place found ("jebel ali village", "lai kok estate"). */
const CLOSERS_37 = new Set([...PLACE_OPENER_WORDS, ...'village city town estate camp colony nagar bay heights hill hills beach falls springs harbour harbor island valley creek river lake district county township hospital clinic infirmary hospice centre center church chapel mosque temple school college university house manor lodge pharmacy station regional general memorial court gardens terrace resort hotel market plaza airport cemetery mission ii iii iv'.split(' ')]);

/** Whether token w may join a place found in a text of one case (`shape`): letters of the text's case, no function word, no
 * clinical word, title, month, state, country or credential, no common word unless `common` holds it, no name found. */
function joinable37(d: Detector, w: Tok, shape: string, common: ReadonlySet<string>): boolean {
  if (w.shape !== shape || w.possessive || FUNCTION_WORDS.has(w.k) || (w.f & L.COUNTRY) !== 0) return false;
  if ((w.m & (M.TITLES | M.CORE_TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.STATE_ABBR_LOWER | M.CREDENTIAL_TOKENS | M.NOT_NAME)) !== 0) return false;
  if (!common.has(w.k) && ((w.f & L.WORD) !== 0 || w.k.length < 3 || !/[aeiouy]/.test(w.k) || serviceWord37(w) || JOIN_STOP_37.has(w.k) || ENGLISH_ENDING_37.test(w.k) || CLINICAL_ENDING_37.test(w.k) || prefixedWord37(d, w.k))) return false;
  // (No word that a rule found: two places side by side stay two, "1184 vilakazi street orlando west".)
  return !d.someOverlap(w.s, w.e, (c) => c.p >= 0);
}
/** An English prefix before a common word ("reconsult", "preop", "nonverbal"): no name's word. */
function prefixedWord37(d: Detector, k: string): boolean {
  const m = ENGLISH_PREFIX_37.exec(k);
  return m !== null && k.length - m[0].length >= 4 && (d.fl(k.slice(m[0].length)) & L.WORD) !== 0;
}
const ENGLISH_PREFIX_37 = /^(?:re|un|pre|post|non|sub|over|under|mis|dis|anti|semi|multi|inter|intra)-?/;
/** Record shorthand and labels beside a place, no part of its name ("aga khan hospital kisumu ref ...", "eircode f92 x2t4"). */
const JOIN_STOP_37 = new Set(('ref attn tel fax ext dept opd ipd reg mrn urn nhi chi mob cell dob eircode postcode zipcode plz cep via ' +
  // (Texting's shorthand: "staying w my sister in leeds til the 14th".)
  'til tmr tmrw tmrow tomoz thru asap gonna wanna gotta lemme dunno thurs tues weds yday ystdy tonite nite cuz coz bcoz appt abt tho lol omg aka etc yrs yep yeh nah ive').split(' '));
/** English words' endings that the common word list may lack ("utilization", "immunology", "pediatrics"): no name's. */
/** Diseases' and procedures' endings ("urosepsis", "pancreatitis", "lymphoma"). */
const CLINICAL_ENDING_37 = /(?:sepsis|itis|osis|aemia|emia|oma|pathy|ectomy|otomy|ostomy|plasty|algia|uria|plegia|trophy|cele|scopy|gram)$/;
const ENGLISH_ENDING_37 = /(?:tion|sion|ment|ness|ity|ance|ence|ings?|ed|ly|ous|ive|able|ible|ology|ologist|ics|ism|ist|ize|ise|ful|less|ship|ward|wise)$/;

/**
 * Stop 37, texts all in lower case or all in capitals: a place found that is one part of a longer name, widened over the
 * words beside it on its line that no list reads as common or clinical words ("at straub kahala said", "from kiryat
 * tivon;", "to haugesund sjukehus.", "hotel sarova stanley)"), a place's opening word before it ("kota kinabalu") and a
 * place's or a site's kind after it ("jebel ali village"). The widened name opens a part (a preposition, a comma, a
 * colon, a line's start) and ends one: its words are the whole phrase.
 */
export function oneCaseWiden37(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const shape = d.capsDoc ? 'U' : 'L';
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x];
    if (c === undefined || c.p < 0 || c.t !== 'LOCATION' || c.e - c.s > 40) continue;
    const i = d.tokenStartingAt(c.s);
    if (i < 0) continue;
    let j = i;
    while (j + 1 < toks.length && (toks[j] as Tok).e < c.e) j++;
    if ((toks[j] as Tok).e !== c.e) continue;
    // Left: up to two words, the farthest whose start opens a part.
    let a = i;
    for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
      const w = toks[k] as Tok;
      const gap = v.slice(w.e, (toks[k + 1] as Tok).s);
      if ((gap !== ' ' && !(gap === '. ' && OPENERS_37.has(w.k))) || !joinable37(d, w, shape, OPENERS_37)) break;
      const pv = toks[k - 1];
      if (partOpens37(v, w.s) || (pv !== undefined && (pv.m & M.PLACE_PREP) !== 0 && pv.shape === shape && oneSpace(v, pv.e, w.s))) a = k;
    }
    // Right: up to two words, the last ending a part or followed by a word that may not join.
    let b = j;
    for (let k = j + 1; k < toks.length && k <= j + 2; k++) {
      const w = toks[k] as Tok;
      if (v.slice((toks[k - 1] as Tok).e, w.s) !== ' ' || !joinable37(d, w, shape, CLOSERS_37)) break;
      const nx = toks[k + 1];
      const ends = /^(?:[ \t]*(?:[,;:)?!\n]|\.(?:\s|$)|$)|[ \t]+[-–][ \t])/.test(v.slice(w.e, w.e + 3)) || (nx !== undefined && v.slice(w.e, nx.s) === ' ' && !joinable37(d, nx, shape, CLOSERS_37));
      // (Not a place's opening word last: "mercy hospital fort" of "... fort smith".)
      if (ends && !PLACE_OPENER_WORDS.has(w.k)) b = k;
    }
    if (a === i && b === j) continue;
    // (The widened name opens a part or follows a preposition when widened to the left; a place found that opens no part
    // keeps its left edge.)
    const s = (toks[a] as Tok).s;
    const e = (toks[b] as Tok).e;
    if (d.someOverlap(s, e, (o) => o.p >= 0 && o.t !== 'LOCATION')) continue;
    d.add(s, e, 'LOCATION', c.p);
  }
}
