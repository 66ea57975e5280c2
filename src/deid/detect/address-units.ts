// Stop 24: the numbered parts of an address. Many addresses of the world are written as a list of numbered parts: a
// house, a flat, a block or a plot with its number ("No. 47/3, Temple Road", "Flat 302, Sai Krupa Residency", "bl. P3,
// sc. B, ap. 42, Sector 6, Bucuresti"), a quarter, a ward or a hamlet with its number ("Woreda 09, Kebele 14", "Purok 3,
// Sitio Kalipayan", "Phuong 7, Quan 3"). The street rules read a number before a street's name; these parts have the
// word first and the number after, and each stands alone between commas. A house number is as identifying as the street.
// Run after the tagger (Detector.runAll), when the places around the parts have been found.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { type Cand, isLetterCode, isPlaceCand, type Tok } from './words.js';
import type { Detector } from './detector.js';
import { lineEndOrLength, lineStartOf } from './text.js';
import { R24, triggers24 } from './triggers24.js';

/**
 * Words that open a numbered part of an address, in lower case, without their full stop: a dwelling ("flat", "house",
 * "villa", "plot", "cabin"...), a building's part (Romanian "bl.", "sc.", "ap.", "et."; Russian and Ukrainian "kv."), a
 * number's label ("No. 14", "nr. 118"), a quarter or a settlement of one country or another ("purok", "sitio" of the
 * Philippines, "moo" of Thailand, "kebele" and "woreda" of Ethiopia, "phuong", "quan", "xom" of Vietnam, "RT"/"RW" of
 * Indonesia), a numbered street, sector or camp.
 */
export const UNIT_WORDS_24: ReadonlySet<string> = new Set(('flat apt apartment house villa plot lot block blk bl sc ap kv et nr no door ' +
  'cabin caravan shack hut ger erf purok sitio moo xom phuong quan kebele woreda sector zone district camp street ' +
  'lane gali ward unit rt rw shelter').split(' '));
/** Indonesia's neighbourhood units as a pair, "RT 005/RW 02". */
const RT_RW_24 = /RT[ .]*\d{1,3}[ \t]*\/[ \t]*RW[ .]*\d{1,3}/;
/** Short building words that are read with their point only. */
const POINTED_24: ReadonlySet<string> = new Set(['bl', 'sc', 'ap', 'et', 'kv']);
/** Parts that are also a hospital's (a ward, a unit) or a clinical word (a heart block, a zone): in a line that names
 * no care site or bed only. */
const CARE_UNIT_WORDS_24: ReadonlySet<string> = new Set(['ward', 'unit', 'block', 'blk', 'zone', 'sector', 'district', 'camp', 'street', 'lane']);
/** A care site ("Boston General", "Health Centre"), a bed, a stay or a move in the line ("Discharged home from Ward 6",
 * "Arrived from Leeds, Ward 6", "home O2; unit 2"): a ward or a unit there is the hospital's. */
const CARE_LINE_24 = /\b(?:hospital|hosp|general|clinic|infirmary|medical|health|icu|hdu|ed|bed|beds|admit(?:ted)?|transfer(?:red)?|discharg\w*|arrived|moved|staying|overnight|retrieved|eta|theatre|theater|nurses?|ward round|unit manager|o2|nc|nursing|care home)\b/i;
/** Words before an address of one's own in its line: the part is the home's, even with no place found beside it. (A
 * "Senior Resident" is a doctor: "resident" counts before "of", "at" or "in" only; "home" as a label only, "Home:", not
 * "Home visit", "home meds" or "home O2"; "r/o" is "rule out" as often as "resident of".) */
const HOME_CUE_24 = /\b(?:lives?|lived|living|resides?|resided|residing|resident[ \t]+(?:of|at|in)|residence|address|addr|home[ \t]*:|domicile|domiciliu|domicilio|alamat|elukoht|adresse|adres|direcci[oó]n|endere[cç]o|staying|stays)(?![\p{L}])/iu;
/** After a part's word: its label of number if any ("House No. 1182", "No: 41/7", "ger no. 118"), then the number: digits
 * with a letter and a second number after a slash or a hyphen ("47/3", "9B", "1182"), or a letter and digits ("P3",
 * "C-214", "B-22"; in lower case with its hyphen, "c-4", stop 35), or a unit of Singapore ("#01-115"). */
const UNIT_VALUE_24 = /\.?[ \t]*(?:[Nn][OoRr°º]\.?[ \t]*)?[:#]?[ \t]*(\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)?|[A-Z]{1,2}-?\d{1,4}[A-Za-z]?|[a-z]-\d{1,3}|#\d{1,3}-\d{1,4})(?![\p{L}\d])/uy;
/** A building's part named by a letter alone ("sc. B", "bl. C", "block D"). */
const LETTER_VALUE_24 = /\.?[ \t]*([A-Z])(?![\p{L}\d])/uy;
const LETTER_UNITS_24: ReadonlySet<string> = new Set(['sc', 'bl', 'block', 'blk']);
/** Words that open a field inside a sentence ("of No. 47/3", "at Flat 2", "in District 6"). */
const FIELD_OPENERS_24: ReadonlySet<string> = new Set(['of', 'at', 'in', 'from', 'to', 'near', 'and', 'o']);

/** Words of position before a place ("near", "opp.", "behind", "off"). */
const NEAR_24 = /^(?:near|opp\.?|opposite|behind|off|next to)[ \t]+/i;

/** A numbered part found: its span, and whether it is an address's for sure (a place or a home's cue beside it). */
interface Part {
  s: number;
  e: number;
  sure: boolean;
  /** (Stop 35.) Its word is also a hospital's or a clinical one (CARE_UNIT_WORDS_24). */
  care: boolean;
}

export function addressUnits24(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  let parts: Part[] | undefined;
  const at = triggers24(d, R24.UNIT);
  let last = -1;
  for (const i of at) {
    // ("House No. 1182": the label of number is read with the word before it, not again.)
    if (i <= last) continue;
    const t = toks[i] as Tok;
    // (RT and RW, Indonesia's neighbourhood units, are read in capitals and as a pair only, "RT 005/RW 02": "rt" is also
    // "right", "RT" radiotherapy.)
    if ((t.k === 'rt' || t.k === 'rw') && (t.shape !== 'U' || !RT_RW_24.test(v.slice(Math.max(0, t.s - 12), t.s + 16)))) continue;
    // Romanian and Russian building words carry their point ("bl. P3", "sc. B", "kv. 17"): "sc 10" is a dose.
    if (POINTED_24.has(t.k) && v.charCodeAt(t.e) !== 46) continue;
    // ("No" needs its point or a colon: "No. 47/3", "No: 8"; "no 2" is a count.)
    if (t.k === 'no' && v.charCodeAt(t.e) !== 46 && v.charCodeAt(t.e) !== 58) continue;
    const part = unitAt(d, i);
    if (!part) continue;
    (parts ??= []).push(part);
    last = i;
    while (last + 1 < toks.length && (toks[last + 1] as Tok).s < part.e) last++;
  }
  if (parts === undefined) return;
  // (Stop 35: two parts side by side, one at least a dwelling's, show an address of their own: "House 27, Street 6, Block
  // 2", "block c-4 | shelter 112" in a camp's register.)
  for (let x = 1; x < parts.length; x++) {
    const a = parts[x - 1] as Part;
    const b = parts[x] as Part;
    if ((!a.care || !b.care) && besideField(v, a.e, b.s)) a.sure = b.sure = true;
  }
  // A part beside a sure one is sure too ("bl. P3, sc. B, ap. 42, Sector 6, Bucuresti"): forward, then backward.
  for (let x = 1; x < parts.length; x++) if (!(parts[x] as Part).sure && (parts[x - 1] as Part).sure && besideField(v, (parts[x - 1] as Part).e, (parts[x] as Part).s)) (parts[x] as Part).sure = true;
  for (let x = parts.length - 2; x >= 0; x--) if (!(parts[x] as Part).sure && (parts[x + 1] as Part).sure && besideField(v, (parts[x] as Part).e, (parts[x + 1] as Part).s)) (parts[x] as Part).sure = true;
  for (const p of parts) if (p.sure && !d.someCovering(p.s, p.e, isPlaceCand)) d.add(p.s, p.e, 'LOCATION', 64);
}

/** Whether [e, s) is only a field's separator: a comma, a semicolon, a slash or a table's bar and blanks ("RT 005/RW 02",
 * "block c-4 | shelter 112"). */
function besideField(v: string, e: number, s: number): boolean {
  return s > e && s - e <= 3 && /^[ \t]*[,;/|][ \t]*$/.test(v.slice(e, s));
}

/** The numbered part opened by token i, when it stands as a field of its own; `sure` when a place or a home's cue is
 * beside it. */
function unitAt(d: Detector, i: number): Part | undefined {
  const v = d.v;
  const toks = d.toks;
  const t = toks[i] as Tok;
  UNIT_VALUE_24.lastIndex = t.e;
  let m = UNIT_VALUE_24.exec(v);
  if (!m && LETTER_UNITS_24.has(t.k)) {
    LETTER_VALUE_24.lastIndex = t.e;
    m = LETTER_VALUE_24.exec(v);
  }
  if (!m) return undefined;
  const e = t.e + m[0].length;
  // The field ends after the number: a comma, a semicolon, a bracket, a bar, a tab, the line's end, a full stop that ends
  // a sentence, or a slash before the next part; never a date's or a decimal's separator ("Flat 12/03/2025", "No. 4.5").
  const after = v.charCodeAt(e);
  if (after === 47 || after === 46 || after === 45 || after === 58) {
    const n1 = v.charCodeAt(e + 1);
    if (n1 >= 48 && n1 <= 57) return undefined;
    if (after === 58) return undefined;
  }
  let q = e;
  while (v.charCodeAt(q) === 32) q++;
  const end = v.charCodeAt(q);
  const fieldEnd = q >= v.length || end === 44 || end === 59 || end === 41 || end === 124 || end === 9 || end === 10 || end === 13 || end === 46 || end === 47 || (end === 45 && v.charCodeAt(q + 1) === 32) || /^near\b/i.test(v.slice(q, q + 5));
  if (!fieldEnd) return undefined;
  // The field starts before the word: a line's start, a comma, a colon, a bracket, a slash ("RT 005/RW 02"), or a word
  // that opens a field inside a sentence; or a place found right before it ("Pokhara Ward 17").
  let p = t.s;
  while (p > 0 && (v.charCodeAt(p - 1) === 32 || v.charCodeAt(p - 1) === 9)) p--;
  const before = p === 0 ? 10 : v.charCodeAt(p - 1);
  const pv = toks[i - 1];
  const placeBefore = p < t.s && d.someOverlap(p - 1, p, (c) => c.t === 'LOCATION' && c.e === p);
  const fieldStart = before === 10 || before === 13 || before === 44 || before === 58 || before === 59 || before === 40 || before === 124 || before === 9 || before === 47 || (pv !== undefined && pv.e === p && FIELD_OPENERS_24.has(pv.k) && pv.shape === 'L') || placeBefore;
  if (!fieldStart) return undefined;
  // The number is no other identifier's ("Unit 4 MRN", a phone's part).
  if (d.someOverlap(e - (m[1] as string).length, e, (c) => c.t !== 'LOCATION' && c.t !== 'NAME')) return undefined;
  const ls = lineStartOf(v, t.s);
  const le = lineEndOrLength(v, t.s);
  const line = v.slice(ls, le);
  if (CARE_UNIT_WORDS_24.has(t.k) && CARE_LINE_24.test(line)) return undefined;
  // Sure: a place right before the word, a place in the field after (", Temple Road"), in the field before ("Kandana, No.
  // 45/2"), or a home's cue earlier in the line.
  const sure = placeBefore || placeBeside(d, p, q) || HOME_CUE_24.test(v.slice(Math.max(ls, t.s - 60), t.s));
  return { s: t.s, e, sure, care: CARE_UNIT_WORDS_24.has(t.k) };
}

/** Whether a place found ends in the field before the part (its comma at p - 1) or starts in the field after it (its
 * comma at q). */
function placeBeside(d: Detector, p: number, q: number): boolean {
  const v = d.v;
  if (p > 0 && v.charCodeAt(p - 1) === 44) {
    let b = p - 1;
    while (b > 0 && v.charCodeAt(b - 1) === 32) b--;
    if (b > 0 && d.someOverlap(b - 1, b, (c: Cand) => c.t === 'LOCATION' && c.e === b)) return true;
  }
  if (v.charCodeAt(q) === 44) {
    let a = q + 1;
    while (v.charCodeAt(a) === 32) a++;
    // (A word of position may open the field: "Street No. 4, near Jamia Masjid".)
    const pos = NEAR_24.exec(v.slice(a, a + 8));
    if (pos) a += pos[0].length;
    // The field after runs to its comma or its line's end; a place that starts in it counts ("Purok 3, Sitio Kalipayan"
    // with "Kalipayan" found).
    let z = a;
    while (z < v.length && z - a < 40 && v.charCodeAt(z) !== 44 && v.charCodeAt(z) !== 10) z++;
    if (z > a && (isLetterCode(v.charCodeAt(a)) || (v.charCodeAt(a) >= 48 && v.charCodeAt(a) <= 57))) {
      if (d.someOverlap(a, z, (c: Cand) => c.t === 'LOCATION' && c.s >= a && c.s < z)) return true;
    }
  }
  return false;
}

/** The last word of a care site's or a school's name. */
const SITE_END_24 = /\b(?:hospital|clinic|care|cent(?:er|re)|school|college|university|institute|practice|surgery|pharmacy|market)$/i;

/** A postal code of one country or another at a token's start: four to six digits, maybe with the two letters of the
 * Netherlands ("1103 KZ"); three and two digits (Czechia, Slovakia, Greece, Sweden: "602 00", "145 64"); Argentina's
 * "C1428AAR"; a British code in any case ("dd4 6ej"). */
const POSTCODE_24 = /(?:\d{4,6}(?:[ ](?!IU|ML|MG|KG|MM|CM|GM|PM|AM|HR|BP|UI|MU)[A-Z]{2}(?![\p{L}\d]))?|\d{3}[ ]\d{2}|[A-Z]\d{4}[A-Z]{3}|[A-Za-z]{1,2}\d[A-Za-z\d]?[ ]\d[A-Za-z]{2})(?![\p{L}\d])/uy;
/** What may stand between a town and its code after it: a blank, a comma, a hyphen or a dash ("Dhaka-1212", "Ernakulam
 * Dist. - 686692", "Bucuresti 031622"), an opening bracket ("CABA (C1428AAR)"). */
const TOWN_CODE_GAP_24 = /^(?:[ \t]*[,(]?[ \t]*|[ \t]*(?:Dist\.|District)?[ \t]*[-–][ \t]*)$/;

/**
 * "Jakarta Timur 13720", "Dhaka-1212", "46090 Lamagdelaine", "Husova 1442/17, 602 00 Brno-stred", "brooklyn 11215": a
 * postal code right beside a town found, written as one country or another writes it, in an address. A code of four
 * digits (or three and two) needs the address to show itself in its line: another place, or a word of one's home ("Lives
 * at"); one that could be a year or a time of day ("auckland 2024") needs a place with a number, a street's, in its line.
 * The code is no other identifier, and no measure, sum or other number follows it.
 */
export function postcodesBeside24(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const xi of d.xIdx) {
    const t = toks[xi] as Tok;
    const c0 = v.charCodeAt(t.s);
    const digitFirst = c0 >= 48 && c0 <= 57;
    if (!digitFirst && townDashCode(d, t)) continue;
    if (digitFirst ? t.w.length < 3 || t.w.length > 6 : t.w.length > 8) continue;
    POSTCODE_24.lastIndex = t.s;
    const m = POSTCODE_24.exec(v);
    if (!m) continue;
    const s = t.s;
    const e = s + m[0].length;
    // A measure, a sum, a fraction, a time or a decimal after it is no code ("2024 mg", "5280 ft", "3000 NOK", "1500/day",
    // "1234.5"; the two letters of a Dutch code are never a unit's: "1000 IU").
    if (/^(?:[./:%-]\d|[ \t]*(?:mg|mcg|ml|kg|g|units?|iu|mmol|cc|hrs?|h|min|ft|feet|m|km|mi|miles?|steps|kcal|cal|calories|nok|sek|dkk|eur|euros?|usd|dollars?|pounds?|gbp|inr|rupees?|per|x)\b)/i.test(v.slice(e, e + 12))) continue;
    if (d.someOverlap(s, e, (c: Cand) => c.t !== 'LOCATION')) continue;
    if (d.someCovering(s, e, isPlaceCand)) continue;
    const town = townBeside(d, s, e);
    // (A number after a care site or a school is its own: "Riverbend Regional Health Care,4471".)
    if (town === undefined || SITE_END_24.test(v.slice(town.s, town.e))) continue;
    // A time of day after a town needs a street in its line, as a year does ("Discharged home to Leeds 1430 by taxi").
    const yearLike = /^(?:19|20)\d\d$/.test(m[0]);
    const timeLike = /^(?:[01]\d|2[0-3])[0-5]\d$/.test(m[0]);
    if (town.s >= e) {
      // Before a town, a year or a time of day is more often what the number is ("2026-11-21 0340 Smooth Rock Falls
      // Hospital", "0830  Mairi MacKinnon"): never a year, and a time only after a comma ("3. tv, 2700 Bronshoj").
      if (yearLike) continue;
      if (timeLike && !/,[ \t]*$/.test(v.slice(Math.max(0, s - 3), s))) continue;
    }
    const digits = m[0].replace(/\D/g, '').length;
    if (digitFirst && digits <= 5 && !/^\d{5}/.test(m[0])) {
      // Four digits, or three and two: the line shows an address.
      const ls = lineStartOf(v, s);
      const le = lineEndOrLength(v, s);
      const year = yearLike || timeLike;
      let shown = false;
      d.someOverlap(ls, le, (c: Cand) => {
        if (c.t === 'LOCATION' && (c.e <= town.s || c.s >= town.e) && (c.e <= s || c.s >= e) && (!year || /\d/.test(v.slice(c.s, c.e)))) shown = true;
        return shown;
      });
      if (!shown && !year && HOME_CUE_24.test(v.slice(ls, s))) shown = true;
      if (!shown) continue;
    }
    d.add(s, e, 'LOCATION', 70);
  }
}

/** "Dhaka-1212", "Kathmandu-44600": a town the gazetteer knows and its code, joined by a hyphen into one token, in a line
 * with another place or a word of one's home. True if the token was read so. */
function townDashCode(d: Detector, t: Tok): boolean {
  const v = d.v;
  const h = t.w.lastIndexOf('-');
  if (h < 3 || !/^\d{4,6}$/.test(t.w.slice(h + 1))) return false;
  const town = t.w.slice(0, h);
  if (!/^\p{Lu}\p{Ll}+$/u.test(town) || !d.knownPlace(town.toLowerCase())) return false;
  const ls = lineStartOf(v, t.s);
  const shown = HOME_CUE_24.test(v.slice(ls, t.s)) || d.someOverlap(ls, t.s, (c: Cand) => c.t === 'LOCATION');
  if (!shown || d.someOverlap(t.s, t.e, (c: Cand) => c.t !== 'LOCATION' && c.t !== 'NAME')) return false;
  d.add(t.s, t.e, 'LOCATION', 70);
  return true;
}

/** The town found right before [s, e) or right after it, if any. */
function townBeside(d: Detector, s: number, e: number): Cand | undefined {
  const v = d.v;
  let found: Cand | undefined;
  const from = Math.max(0, s - 16);
  d.someOverlap(from, s, (c: Cand) => {
    if (c.t === 'LOCATION' && c.e <= s && c.e >= from && TOWN_CODE_GAP_24.test(v.slice(c.e, s))) found = c;
    return found !== undefined;
  });
  if (found) return found;
  // (After the code, a blank only: "46090 Lamagdelaine"; with a comma between, the number is more often a store's or a
  // year: "Walmart DC 6094, Searcy", "since 2019, 2217 W. Cermak Rd".)
  let a = e;
  while (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 9) a++;
  if (a === e || a - e > 3) return undefined;
  d.someOverlap(a, a + 1, (c: Cand) => {
    if (c.t === 'LOCATION' && c.s === a) found = c;
    return found !== undefined;
  });
  return found;
}
