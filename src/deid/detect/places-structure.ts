// Stop 15 (places14): places by structure and by context.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { placeColumnType, US_STATE_CODES } from '../structured.js';
import { L } from '../lexicon.js';
import { skipBlanksBack } from './text.js';
import { isWordCode, type Tok } from './words.js';
import { STATE_WORDS } from './vocabulary.js';
import { MONTH_WORDS, titleBefore } from './patterns.js';
import type { Detector } from './detector.js';
import { sqlQuotedValues } from './later-cues.js';

// --- Stop 15, recall round places14: places by structure and by context (run last from laterCues) ---------------------

/**
 * Places, phones and dates of stop 15's recall round, each behind a cheap test:
 * - an SQL dump's INSERT: the values of its place, phone and fax columns ("INSERT INTO pt (street, city, zip) VALUES (...)");
 * - a known town read as a person's name, before a US state's code ("at Vansant, VA") or after a word of transport
 *   ("bus to Frisco", "transported to Butterworth", "by phone from Dayton");
 * - rural addresses: a rural route or highway contract route and its box ("Rt 2 Box 118", "RR 1 Box 23", "HC 64 Box 9"),
 *   Wisconsin and Illinois grid addresses ("W4471 County Rd KK", "N2817 State Hwy 13");
 * - Australian mobiles in their 4-3-3 grouping ("0491 570 156"); phones after a Malay or Indonesian fax label ("Faks");
 * - a date of birth written year, month, day with blanks ("DOB 1977 11 05").
 */
export function placesRound15(d: Detector): void {
  const rare = d.rare;
  if (rare?.has('insert')) sqlPlaces(d);
  townsNotNames(d);
  if (rare?.has('box')) ruralRoutes(d);
  if (rare !== undefined && (rare.has('jalan') || rare.has('jln') || rare.has('jl') || rare.has('lorong') || rare.has('persiaran') || rare.has('taman') || rare.has('kampung') || rare.has('bandar'))) malayAddresses(d);
  numbersRound15(d);
}

/** The quoted values of an INSERT's place, phone and fax columns (see sqlQuotedValues). */
function sqlPlaces(d: Detector): void {
  sqlQuotedValues(
    d,
    (cols) => {
      const types = cols.map((c) => placeColumnType(c));
      return types.some(Boolean) ? types : undefined;
    },
    (types, col, s, e) => {
      const t = types[col];
      const val = d.v.slice(s, e);
      if (!t || val.length < 2 || val.length > 80 || !/[\p{L}\p{N}]/u.test(val) || (t !== 'LOCATION' && (val.match(/\d/g)?.length ?? 0) < 7)) return;
      // (A fax column's number found as a phone is the fax.)
      if (t === 'FAX') {
        d.someOverlap(s, e, (c) => {
          if (c.t === 'PHONE' && c.s === s && c.e === e) c.t = 'FAX';
          return false;
        });
      }
      d.add(s, e, t, 90);
    },
  );
}

/** State codes that are also credentials or roles after a person's name ("Lee, MD", "Kim, PA", "Ruiz, MA"). */
const STATE_CODES_NOT_AFTER_NAME = new Set(['MD', 'PA', 'MA', 'DO', 'IN', 'OR', 'ME', 'HI', 'OK', 'ID', 'CO', 'DE', 'LA', 'AS', 'MS', 'NP']);
/** Words of transport before "to" or "from" and a town ("bus to", "transported to", "airlifted from", "by phone from"). */
const TRANSPORT_BEFORE = /\b(?:bus|buses|bused|bussed|transport(?:ed)?|transferred|airlifted|flown|medevaced|evacuated|diverted|driven|ambulanced|ambulance|shuttle|train|flight|route|routed|en[ \t]+route|headed|heading|bound|(?:by|via|over)[ \t]+(?:phone|telephone|video))[ \t]+(?:back[ \t]+)?(?:to|from|for)[ \t]+$/i;

/** A known town read as a person's name whose context makes it a place. */
function townsNotNames(d: Detector): void {
  const v = d.v;
  for (const c of d.cands) {
    if (c.t !== 'NAME' || c.p < 0 || c.e - c.s < 4) continue;
    const k0 = v.charCodeAt(c.s);
    if (k0 < 65 || k0 > 90) continue;
    // (Cheap first: without a comma after it, only "to", "from" or "for" and a blank before it can make it a town.)
    if (v.charCodeAt(c.e) !== 44) {
      let q = c.s - 1;
      if (v.charCodeAt(q) !== 32 && v.charCodeAt(q) !== 9) continue;
      q = skipBlanksBack(v, q);
      const l = v.charCodeAt(q) | 0x20;
      if (l !== 111 && l !== 109 && l !== 114) continue;
    }
    const word = v.slice(c.s, c.e);
    if (!/^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?$/.test(word)) continue;
    const key = word.toLowerCase().replace('-', ' ');
    if ((d.fl(key) & (L.FIRST | L.COUNTRY)) !== 0 || STATE_WORDS.has(key) || MONTH_WORDS.has(key)) continue;
    const known = d.knownPlace(key);
    // (The word before must not be capitalized: "Anna Dayton, VA" is a person.)
    const b = skipBlanksBack(v, c.s - 1) + 1;
    const pb = v.charCodeAt(b - 1);
    if (b < c.s && pb >= 65 && pb <= 90 && /[A-Z][a-z]*$/.test(v.slice(Math.max(0, b - 20), b)) && !/(?:^|[^\w])(?:at|to|from|in|near|of)$/i.test(v.slice(Math.max(0, b - 6), b))) continue;
    if (titleBefore(v, c.s)) continue;
    // ", VA" (with a ZIP or a line's end, a stop, a semicolon or a comma after it for codes that are also credentials).
    const st = /^,[ \t]*([A-Z]{2})(?:[ \t]+(\d{5})(?:-\d{4})?)?(?![\w-])/.exec(v.slice(c.e, c.e + 16));
    let place = false;
    // (A town the gazetteer does not know needs "at", "in", "from" or "near" before it: "at Vansant, VA".)
    if (st && US_STATE_CODES.has(st[1] as string) && (st[2] !== undefined || !STATE_CODES_NOT_AFTER_NAME.has(st[1] as string))) place = known || /(?:^|[^\w])(?:at|in|from|near)[ \t]+$/.test(v.slice(Math.max(0, c.s - 6), c.s));
    else if (known && TRANSPORT_BEFORE.test(v.slice(Math.max(0, c.s - 32), c.s))) place = true;
    if (place) c.t = 'LOCATION';
  }
}

/** "Rt 2 Box 118", "RR 1, Box 23", "Route 3 Box 77A", "HC 64 Box 9", "HCR 1 Box 40" (found from the word "Box"). */
const RURAL_ROUTE_BEFORE_BOX = /(?<![\w-])(?:Rt|Rte|RR|Route|Rural[ \t]+Route|HC|HCR|Star[ \t]+Route)\.?[ \t]*\d{1,4}[ \t]*,?[ \t]*$/;
const BOX_NUMBER = /^[ \t]*#?[ \t]*\d{1,5}[A-Z]?(?![\w-])/;
/** "W4471 County Rd KK", "N2817 State Hwy 13", "S74 Hollow Rd": a grid address of Wisconsin and Illinois (a compass
 * letter and the house number in one token). */
const GRID_ADDRESS = /^[NSEW]\d{1,5}[ \t]+(?:County[ \t]+(?:Rd|Road|Hwy|Highway|Trunk)\.?[ \t]+[A-Z]{1,3}|(?:State|County|US)[ \t]+(?:Hwy|Highway|Rd|Road|Route)\.?[ \t]+\d{1,3}[A-Z]?|[A-Z][a-z]+[ \t]+(?:Rd|Road|Ln|Lane|Dr|Drive|Ave|Avenue|St|Street|Trl|Trail))(?![\w-])/;

function ruralRoutes(d: Detector): void {
  const v = d.v;
  for (const t of d.toks) {
    if (t.w !== 'Box' && t.w !== 'BOX') continue;
    const b = RURAL_ROUTE_BEFORE_BOX.exec(v.slice(Math.max(0, t.s - 24), t.s));
    const n = b && BOX_NUMBER.exec(v.slice(t.e, t.e + 10));
    if (!b || !n) continue;
    const s = t.s - b[0].length;
    const e = t.e + n[0].length;
    d.add(s, e, 'LOCATION', 88);
    // The town after it: "Rt 2 Box 118, Grundy, VA".
    if (v.charCodeAt(e) === 44) d.cityAfterStreet(e);
  }
}

/** Malaysian and Indonesian address parts: a road with its number ("No. 18, Jalan Merbau 3", "Jl. Sudirman No. 5",
 * "Lorong 4"), a housing estate or village ("Taman Daya", "Kampung Baru", "Bandar Baru Bangi"). */
const MALAY_ADDRESS = /(?<![\p{L}\p{N}'-])(?:(?:No\.?|Lot)[ \t]*\d{1,4}[A-Z]?(?:-\d{1,3})?,?[ \t]*)?(?:Jalan|Jln\.?|Jl\.|Lorong|Persiaran|Taman|Kampung|Bandar)[ \t]+(?:\p{Lu}[\p{L}'’-]*|\d{1,3}[A-Z]?\b)(?:[ \t]+(?:(?!No\.?[ \t]*\d)\p{Lu}[\p{L}'’-]*|\d{1,3}[A-Z]?(?:\/\d{1,3})?\b)){0,3}(?:,?[ \t]+No\.?[ \t]*\d{1,4}[A-Z]?\b)?/uy;
const MALAY_STOP = new Set(['tel', 'telefon', 'faks', 'fax', 'h/p', 'hp', 'email', 'emel', 'poskod', 'tarikh', 'date', 'phone', 'mobile', 'ic', 'mykad', 'umur', 'nama']);

function malayAddresses(d: Detector): void {
  const v = d.v;
  for (const t of d.toks) {
    const k = t.k;
    if (k !== 'jalan' && k !== 'jln' && k !== 'jl' && k !== 'lorong' && k !== 'persiaran' && k !== 'taman' && k !== 'kampung' && k !== 'bandar') continue;
    if (t.shape !== 'T') continue;
    // The house number before the road ("No. 18, ").
    const pre = /(?:No\.?|Lot)[ \t]*\d{1,4}[A-Z]?(?:-\d{1,3})?,?[ \t]*$/.exec(v.slice(Math.max(0, t.s - 14), t.s));
    const s0 = pre ? t.s - pre[0].length : t.s;
    MALAY_ADDRESS.lastIndex = s0;
    const m = MALAY_ADDRESS.exec(v);
    if (!m) continue;
    let e = s0 + m[0].length;
    // (A label word after the place ends it: "Taman Daya Tel".)
    const words = v.slice(t.e, e).split(/[ \t]+/);
    let cut = t.e;
    for (const w of words) {
      if (w === '') continue;
      if (MALAY_STOP.has(w.toLowerCase().replace(/[:.]$/, ''))) break;
      cut = v.indexOf(w, cut) + w.length;
    }
    e = Math.min(e, cut);
    if (e <= t.e) continue;
    d.add(s0, e, 'LOCATION', 86);
  }
}

/** An Australian mobile in its grouping ("0491 570 156", "0412-555-019"), a phone after "Faks"/"Faksimili", a year-first date after a birth label. */
const AU_MOBILE = /^04\d{2}([ -])\d{3}\1\d{3}(?![\d-])/;
const UNIT_AFTER_15 = /^[ \t]*(?:mg|mcg|g|kg|ml|mL|l|L|units?|iu|IU|%|mm|cm|x)\b/;
const FAKS_AFTER = /^[ \t]*[:.]?[ \t]*(\+?[\d(][\d ()\-.]{6,18}\d)(?![\d-])/;
const YMD_SPACED = /^(?:19|20)\d{2}[ ](?:0[1-9]|1[0-2])[ ](?:0[1-9]|[12]\d|3[01])(?![\d\/.:-])/;
const DOB_LABEL_BEFORE = /\b(?:DOB|D\.O\.B\.?|born|birth(?:[ \t]*date)?|date[ \t]+of[ \t]+birth)[ \t]*[:.]?[ \t]*$/i;

function numbersRound15(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const xi of d.xIdx) {
    const t = toks[xi] as Tok;
    const w = t.w;
    const c0 = w.charCodeAt(0);
    if (w.length === 4 && c0 === 48 && w.charCodeAt(1) === 52) {
      // "0491 570 156": not inside a longer number or code.
      const p = v.charCodeAt(t.s - 1);
      if (t.s > 0 && (isWordCode(p) || p === 45 || p === 46 || p === 47)) continue;
      const m = AU_MOBILE.exec(v.slice(t.s, t.s + 14));
      if (m && !d.anyCand(t.s, t.s + m[0].length) && !UNIT_AFTER_15.test(v.slice(t.s + m[0].length, t.s + m[0].length + 8))) d.add(t.s, t.s + m[0].length, 'PHONE', 80);
    } else if (w.length === 4 && (c0 === 49 || c0 === 50) && v.charCodeAt(t.e) === 32 && v.charCodeAt(t.e + 3) === 32) {
      ymdAt(d, t.s);
    } else if ((c0 === 78 || c0 === 83 || c0 === 69 || c0 === 87) && w.length >= 2 && w.length <= 6 && /^[NSEW]\d+$/.test(w)) {
      const m = GRID_ADDRESS.exec(v.slice(t.s, t.s + 48));
      const p = v.charCodeAt(t.s - 1);
      if (!m || (t.s > 0 && (isWordCode(p) || p === 45))) continue;
      d.add(t.s, t.s + m[0].length, 'LOCATION', 88);
      if (v.charCodeAt(t.s + m[0].length) === 44) d.cityAfterStreet(t.s + m[0].length);
    }
  }
  if (d.rare?.has('faks') || d.rare?.has('faksimili')) for (const t of toks) {
    if (t.k !== 'faks' && t.k !== 'faksimili') continue;
    const m = FAKS_AFTER.exec(v.slice(t.e, t.e + 36));
    if (!m) continue;
    const g = m[1] as string;
    if ((g.match(/\d/g)?.length ?? 0) < 7) continue;
    const s = t.e + m[0].length - g.length;
    d.add(s, s + g.length, 'FAX', 92);
  }
}
function ymdAt(d: Detector, s0: number): void {
  const v = d.v;
  const m = YMD_SPACED.exec(v.slice(s0, s0 + 12));
  if (!m || !DOB_LABEL_BEFORE.test(v.slice(Math.max(0, s0 - 24), s0))) return;
  if (!d.anyCand(s0, s0 + 10)) d.add(s0, s0 + 10, 'DATE', 90);
}
