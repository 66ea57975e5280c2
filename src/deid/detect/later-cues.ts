// Stop 13: the rules run after the first pass (laterCues), from a recall round on the open sets train4-7.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { PhiType } from '../types.js';
import { L, NAME_BITS } from '../lexicon.js';
import { codeAt, lineEndOf, lineStartOf, skipBlanks } from './text.js';
import {
  type Cand, isDigitCode, isLetterCode, isOtherThanPlaceOrName, isPlaceCand, isWordCode, T, type Tok,
} from './words.js';
import {
  FACILITY_GENERIC, FUNCTION_WORDS, M, NOT_INITIALS, NOT_NAME, REGION_WORDS, SPECIALTY_HEADS, STATE_ABBR_LOWER, STATE_ABBR_SET,
  STATE_WORDS, STORE_CHAINS, STREET_FIRST_WORDS, STREET_SUFFIX, STREET_SUFFIX_SET, TITLES,
} from './vocabulary.js';
import { LABEL_FIRST, MONTH_WORDS, NAME_THEN_VERB, titleBefore } from './patterns.js';
import type { Detector } from './detector.js';
import { KIN_WORDS } from './name-patterns.js';
import { looksLikeDate } from './shapes.js';
import { numberCues } from './number-cues.js';
import { clinicalEntry } from '../tagger.js';
import { placesRound15 } from './places-structure.js';
import {
  headerColumns, idAfterLabelWord, identifierTypes, licenceAfterName, MASK_WORDS, maskedIds, recordAfterName,
  sqlIdColumns,
} from './id-labels.js';
import { idsFound18, idsTyped18 } from './id-types.js';
import { placesRound17 } from './address-layouts.js';
import { idsRound22 } from './registers.js';
import { idsRound25 } from './id-prefixes.js';
import { idsRound28 } from './national-ids.js';
import { idsRound30 } from './rare-ids.js';
import { idsRound18 } from './phones-plates.js';
import { lowerStreetShown18, oneCaseAddressEnd18, oneCaseService18 } from './one-case.js';
import { partWord35 } from './work-sites.js';

// --- Stop 13 (docs/deid-history.md): a recall round guided by the open sets train4-7 --------------------------------------
// Module-level functions over the detector's tokens and candidates, run after crossCues.

/** Labels of an address in several languages (the value after their colon is an address line). */
const ADDRESS_LABEL_WORDS = new Set(['address', 'addr', 'adresse', 'adres', 'direccion', 'dirección', 'domicilio', 'endereco', 'endereço', 'morada', 'anschrift', 'indirizzo']);
/** Words that end an address line (the next field). */
const ADDRESS_LINE_STOP = /(?:^|[ \t,])(?:Tel|TEL|T\u00e9l|Ph|PH|Phone|PHONE|Mob|MOB|Mobile|Cell|Fax|FAX|Email|E-mail|EMAIL|DOB|WhatsApp|Whatsapp|Telefone|Telefono|Tel\u00e9fono|Telf|Postal|Mailing|NIN|SSN|MRN|Occupation|Contact|Landline|Mob\.)\b/;
/** Unit and lot words that open an address part ("Flat No. 402", "Blk 5 Lot 12", "Unit 7", "apto 72"). */
/** Words of an address line that alone do not make an address part worth marking. */
const SMALL_ADDRESS_WORDS = new Set(['in', 'at', 'of', 'the', 'and', 'de', 'del', 'la', 'da', 'do', 'en', 'y', 'e', 'et']);
const ADDRESS_UNIT_OPEN = /^(?:flat|apt|apartment|apto|app|appt|unit|suite|ste|blk|block|lot|plot|house|door|no|int|piso|bloque|urb|brgy|barangay|villa|room|rm|level|floor|bldg|building|phase|sector|km|casa|depto|dpto|interior)\b/i;

export function laterCues(d: Detector): void {
  const v = d.v;
  if (v.includes('^') && v.includes('|')) hl7Names(d);
  tokenCues(d);
  candCues(d);
  betweenPlaces(d);
  delimitedZips(d);
  numberCues(d);
  datelinePlaces(d);
  routePlaces(d);
  kinTownPlaces(d);
  idAfterLabelWord(d);
  licenceAfterName(d);
  recordAfterName(d);
  if (d.seen & T.LABEL) headerColumns(d);
  if (d.rare?.has('insert')) sqlIdColumns(d);
  if ((d.rare !== undefined && MASK_WORDS.some((w) => d.rare?.has(w))) || v.includes('**')) maskedIds(d);
  idsFound18(d);
  identifierTypes(d);
  idsTyped18(d);
  idsRound22(d);
  idsRound25(d);
  idsRound28(d);
  idsRound30(d);
  idsRound18(d);
  sameIdSameType(d);
  storeOnStreet(d);
  crossStreets(d);
  placesRound15(d);
  placesRound17(d);
}

/** A street without its number before a bridge, an overpass or a tunnel: "under the Harlan St overpass", "Fullerton Ave bridge". */
const STREET_BEFORE_STRUCTURE = new RegExp(`(?:^|[^\\p{L}'’-])((?:\\p{Lu}[\\p{L}'’-]+[ \\t]+){1,2}(?:St|Ave|Blvd|Rd|Hwy|Pkwy|Street|Avenue|Boulevard|Road|Highway|Parkway|Expressway|Expy|Fwy|Freeway)\\.?)[ \\t]+$`, 'u');

/** The street before the bridge, overpass or tunnel word at `at` (see STREET_BEFORE_STRUCTURE). */
function streetStructureAt(d: Detector, at: number): void {
  const v = d.v;
  const m = STREET_BEFORE_STRUCTURE.exec(v.slice(Math.max(0, at - 40), at));
  if (!m) return;
  const g = m[1] as string;
  const s = at - m[0].length + m[0].indexOf(g);
  const first = g.split(/[ \t]/)[0]!.toLowerCase();
  if (TITLES.has(first) || FUNCTION_WORDS.has(first) || MONTH_WORDS.has(first) || STATE_WORDS.has(first) || titleBefore(v, s)) return;
  // (A person's name found there is the street's: "Harlan St" read as a name and a saint.)
  for (const c of d.cands) if (c.p >= 0 && c.t === 'NAME' && c.s >= s && c.e <= s + g.length) c.t = 'LOCATION';
  if (!inPlace(d, s, s + g.length)) d.add(s, s + g.length, 'LOCATION', 74);
}

/** The second street of an intersection after a street found: "Division Ave & 28th St", "Elm St and 3rd Ave", "Main St @ Oak". */
const CROSS_STREET_AFTER = new RegExp(`^[ \\t]*(?:&|@|/|and|at)[ \\t]+((?:\\d{1,3}(?:st|nd|rd|th)|\\p{Lu}[\\p{L}'’-]+)(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+)?[ \\t]+(?:${STREET_SUFFIX})\\b\\.?)`, 'u');

function crossStreets(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'LOCATION' || c.p < 0) continue;
    let q = c.e;
    while (v.charCodeAt(q) === 32) q++;
    // (Cheap first: "&", "@", "/", "and" or "at" after the street.)
    const a = v.charCodeAt(q);
    if (a !== 38 && a !== 64 && a !== 47 && a !== 97) continue;
    const last = v.slice(Math.max(c.s, c.e - 12), c.e).split(/[ \t]+/).pop() ?? '';
    if (!STREET_SUFFIX_SET.has(last.replace(/\.$/, '').toLowerCase())) continue;
    const m = CROSS_STREET_AFTER.exec(v.slice(c.e, c.e + 40));
    if (!m) continue;
    const g = m[1] as string;
    const s = c.e + m[0].length - g.length;
    if (!d.anyCand(s, s + g.length)) d.add(s, s + g.length, 'LOCATION', 74);
  }
}

/** The name of a store or a pharmacy before " on " and a street: one to three capitalized words, maybe a head after them. */
const STORE_BEFORE_ON = /(?:^|[^\p{L}'’&.-])((?:\p{Lu}[\p{L}'’&-]*[ \t]+){0,2}\p{Lu}[\p{L}'’&-]*(?:[ \t]+(?:pharmacy|store|market|supermarket|drugstore))?)[ \t]+on[ \t]+$/u;
const STORE_HEADS = new Set(['pharmacy', 'store', 'market', 'supermarket', 'drugstore', 'drug', 'drugs', 'grocery', 'foods']);
/** Words that label a store's name before it ("Pharmacy Quick-Rx on Detroit Ave"). */
const STORE_LABELS = new Set(['pharmacy', 'store', 'shop']);

/**
 * "the Kroger on Dixie Hwy", "Pharmacy Quick-Rx on Detroit Ave", "Sun City Pharmacy on Mesa St": a store or a pharmacy named with the
 * street it stands on is one place. The name must be a chain's, end with a store's head or follow a store's label.
 */
function storeOnStreet(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'LOCATION' || c.p < 0 || c.s < 6 || v.charCodeAt(c.s - 1) !== 32 || v.charCodeAt(c.s - 2) !== 110 || v.charCodeAt(c.s - 3) !== 111) continue;
    const last = v.slice(c.s, c.e).split(/[ \t]+/).pop() ?? '';
    if (!STREET_SUFFIX_SET.has(last.replace(/\.$/, '').toLowerCase())) continue;
    const m = STORE_BEFORE_ON.exec(v.slice(Math.max(0, c.s - 60), c.s));
    if (!m) continue;
    let name = m[1] as string;
    let ns = c.s - m[0].length + m[0].indexOf(name);
    let words = name.split(/[ \t]+/);
    // (After a store's label, the name starts after it: "Called Pharmacy Pill-Box on ...".)
    let li = -1;
    for (let w = 0; w < words.length - 1; w++) if (STORE_LABELS.has((words[w] as string).toLowerCase())) li = w;
    const labelled = li >= 0;
    if (labelled) {
      ns += words.slice(0, li + 1).join(' ').length + 1;
      words = words.slice(li + 1);
      name = words.join(' ');
    }
    const keys = words.map((w) => w.toLowerCase());
    const chain = STORE_CHAINS.has(keys[0] as string) || STORE_CHAINS.has(keys.slice(0, 2).join(' '));
    const head = keys.length > 1 && STORE_HEADS.has(keys[keys.length - 1] as string);
    if (!chain && !head && !labelled) continue;
    // A distinctive word besides the head, no title, month or person's title.
    if (keys.some((k) => TITLES.has(k) || MONTH_WORDS.has(k)) || keys.every((k) => STORE_HEADS.has(k) || FACILITY_GENERIC.has(k) || FUNCTION_WORDS.has(k))) continue;
    d.add(ns, c.e, 'LOCATION', c.p + 1);
  }
}

/** "debit card ending 7731", "Visa ending in 0412": a payment card's last four digits are its account's (found from " ending"). */
const CARD_BEFORE_ENDING = /\b(?:card|visa|mastercard|amex|discover|debit|credit|acct|account)\b[^\n.;]{0,16}?$/i;
const DIGITS_AFTER_ENDING = /^(?:[ \t]+in)?[ \t]*[:#]?[ \t]*(\d{4})(?![\d\/.-])/;

function cardEndingAt(d: Detector, at: number): void {
  const v = d.v;
  const m = DIGITS_AFTER_ENDING.exec(v.slice(at + 6, at + 19));
  if (!m || !CARD_BEFORE_ENDING.test(v.slice(Math.max(0, at - 29), at))) return;
  const g = m[1] as string;
  const s = at + 6 + m[0].length - g.length;
  if (!d.anyCand(s, s + g.length)) d.add(s, s + g.length, 'ACCOUNT', 80);
}

/** An identifier found twice keeps the type its label gave it: "MRN: 40088213 ... ^FDQA,40088213^FS" (the second is an MRN too). */
function sameIdSameType(d: Detector): void {
  const v = d.v;
  // (Each value with its type and the start of its first typed finding; candidates at one place compete in the resolver.)
  let typed: Map<string, [PhiType, number]> | undefined;
  let other = 0;
  for (const c of d.cands) if (c.t === 'OTHER_ID' && c.p >= 0) other++;
  if (other === 0) return;
  for (const c of d.cands) {
    if (c.p < 0) continue;
    const t = c.t;
    if (t === 'MRN' || t === 'ACCOUNT' || t === 'HEALTH_PLAN' || t === 'LICENSE' || t === 'SSN' || t === 'DEVICE') {
      if (c.e - c.s < 6) continue;
      const k = v.slice(c.s, c.e);
      typed ??= new Map();
      const was = typed.get(k);
      // (Two types for one value: none is kept.)
      if (was === undefined) typed.set(k, [t, c.s]);
      else if (was[0] !== t) was[0] = 'OTHER_ID';
    }
  }
  // "090-5554-7182", "010-5554-7182": mobile numbers of Japan and Korea (070, 080, 090, 010, then two groups of four) are phones.
  for (const c of d.cands) if (c.p >= 0 && c.t === 'OTHER_ID' && c.e - c.s === 13 && /^0[1789]0-\d{4}-\d{4}$/.test(v.slice(c.s, c.e))) c.t = 'PHONE';
  if (typed === undefined) return;
  /** The candidates by their start, filed once (their types change in this loop, their starts do not). */
  let byStart: Map<number, Cand[]> | undefined;
  for (const c of d.cands) {
    if (c.p < 0 || c.t !== 'OTHER_ID') continue;
    const t = typed.get(v.slice(c.s, c.e));
    if (t === undefined || t[0] === 'OTHER_ID' || t[1] === c.s) continue;
    // Another finding typed at this very place decides there.
    if (byStart === undefined) {
      byStart = new Map();
      for (const o of d.cands) {
        const list = byStart.get(o.s);
        if (list === undefined) byStart.set(o.s, [o]);
        else list.push(o);
      }
    }
    let here = false;
    for (const o of byStart.get(c.s) as Cand[]) if (o.p >= 0 && o.t !== 'OTHER_ID') here = true;
    if (!here) c.t = t[0];
  }
}

/** "Milica Jovanovic (mother, Belgrade)", "(son, Nairobi)": a known town after a relative and a comma in parentheses. */
const KIN_COMMA_BEFORE = /\([ \t]*(?:[a-z]+[ \t]+)?([a-z]+)[ \t]*,[ \t]*$/;

function kinTownPlaces(d: Detector): void {
  const v = d.v;
  if (!v.includes(')')) return;
  for (const c of d.cands) {
    if (c.t !== 'NAME' || c.p < 0 || v.charCodeAt(c.e) !== 41 || v.charCodeAt(c.s - 2) !== 44) continue;
    const m = KIN_COMMA_BEFORE.exec(v.slice(Math.max(0, c.s - 32), c.s));
    if (!m || !KIN_WORDS.has(m[1] as string)) continue;
    const key = v.slice(c.s, c.e).toLowerCase();
    // (Not a given name: "(wife, Florence)" may name the wife.)
    if (d.knownPlace(key) && !STATE_WORDS.has(key) && (d.fl(key) & (L.COUNTRY | L.FIRST)) === 0) c.t = 'LOCATION';
  }
}

/** A known place on the other side of an arrow from a place found ("route Anchorage -> Seattle", "Lima → Cusco"). */
const ROUTE_BEFORE = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})[ \t]*(?:->|→|=>)[ \t]*$/u;
const ROUTE_AFTER = /^[ \t]*(?:->|→|=>)[ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})/u;

function routePlaces(d: Detector): void {
  const v = d.v;
  if (!v.includes('->') && !v.includes('→') && !v.includes('=>')) return;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || (c.t !== 'LOCATION' && c.t !== 'NAME')) continue;
    // (A town typed as a person counts when the other end is a known town too: "Fairbanks -> Denver".)
    const person = c.t === 'NAME';
    if (person && (!d.knownPlace(v.slice(c.s, c.e).toLowerCase()) || titleBefore(v, c.s))) continue;
    let hit = false;
    const b = ROUTE_BEFORE.exec(v.slice(Math.max(0, c.s - 48), c.s));
    if (b) hit = routeEnd(d, c.s - b[0].length + b[0].indexOf(b[1] as string), b[1] as string, true);
    const a = ROUTE_AFTER.exec(v.slice(c.e, c.e + 48));
    if (a) hit = routeEnd(d, c.e + a[0].length - (a[1] as string).length, a[1] as string, false) || hit;
    if (person && hit) c.t = 'LOCATION';
  }
}
/** The longest known place that opens (after an arrow) or ends (before one) the capitalized words at s. */
function routeEnd(d: Detector, s0: number, words: string, atEnd: boolean): boolean {
  const parts = words.split(/[ \t]+/);
  for (let n = parts.length; n >= 1; n--) {
    const txt = (atEnd ? parts.slice(parts.length - n) : parts.slice(0, n)).join(' ');
    const key = txt.toLowerCase();
    if (!d.knownPlace(key) || STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || MONTH_WORDS.has(key)) continue;
    const s = atEnd ? s0 + words.length - txt.length : s0;
    if (d.v.slice(s, s + txt.length) !== txt || titleBefore(d.v, s)) return false;
    // A town that is also a word ("Reading room") ends at punctuation, a line's end or the next arrow.
    if ((d.fl(key) & L.WORD) !== 0 && !/^[ \t]*(?:[,;.:)]|->|→|=>|\r?\n|$)/.test(d.v.slice(s + txt.length, s + txt.length + 4))) return false;
    // (A town typed as a person there is a town.)
    for (const c of d.cands) if (c.p >= 0 && c.t === 'NAME' && c.s === s && c.e === s + txt.length) c.t = 'LOCATION';
    if (!d.anyCand(s, s + txt.length)) d.add(s, s + txt.length, 'LOCATION', 66);
    return true;
  }
  return false;
}

/** A letter's dateline before its date: a town at the start of the line, a comma, maybe a state's short form and a
 * word of the date ("Amsterdam, 10-04-2025", "Guadalajara, Jal., a 9 de abril de 2025", "Lyon, le 3 mai 2025"). */
const DATELINE_BEFORE = /^[ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})(?:,[ \t]*\p{Lu}\p{Ll}{1,4}\.)?,[ \t]*(?:(?:le|the|den|am|el|a|on|am)[ \t]+)?$/u;

function datelinePlaces(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'DATE' || c.p < 0) continue;
    // (Cheap first: a comma shortly before the date.)
    let cm = c.s;
    while (cm >= 0 && cm >= c.s - 8 && v.charCodeAt(cm) !== 44) cm--;
    if (cm < 0 || cm < c.s - 8) continue;
    const ls = lineStartOf(v, c.s - 1);
    if (c.s - ls < 4 || c.s - ls > 48 || v.charCodeAt(c.s - 1) !== 32 && v.charCodeAt(c.s - 1) !== 44) continue;
    const m = DATELINE_BEFORE.exec(v.slice(ls, c.s));
    if (!m) continue;
    const town = m[1] as string;
    const key = town.toLowerCase().replace(/[ \t]+/g, ' ');
    if (!d.knownPlace(key) || STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || MONTH_WORDS.has(key)) continue;
    // A town that is also a word ("Reading, 12/05/2025" may head a list of readings) needs a date written out with its month's name.
    if ((d.fl(key) & L.WORD) !== 0 && !/\p{L}{3}/u.test(v.slice(c.s, c.e))) continue;
    const s = ls + m[0].indexOf(town);
    if (!d.anyCand(s, s + town.length)) d.add(s, s + town.length, 'LOCATION', 70);
  }
}

/**
 * "55 Quarry Rd^Rockport^ME^04856" (HL7, DICOM), ";;9 Elm St;Westminster;CA;92683;USA" (vCard), "|Austin|TX|78701|": a ZIP code
 * in the field after a state's code, in records whose fields are split by carets, semicolons or bars.
 */
function delimitedZips(d: Detector): void {
  const v = d.v;
  for (const i of d.xIdx) {
    const t = d.toks[i] as Tok;
    const sep = codeAt(v, t.s - 1);
    if ((sep !== 94 && sep !== 59 && sep !== 124) || t.s < 4 || v.charCodeAt(t.s - 4) !== sep) continue;
    const len = t.e - t.s;
    if (len !== 5 && len !== 10) continue;
    if (!/^\d{5}(?:-\d{4})?$/.test(t.w) || !STATE_ABBR_SET.has(v.slice(t.s - 3, t.s - 1))) continue;
    const after = v.charCodeAt(t.e);
    if (!(t.e === v.length || after === sep || after === 10 || after === 13 || after === 126)) continue;
    d.add(t.s, t.e, 'LOCATION', 86);
  }
}

/** An address part between two places: a house number, a unit, an ordinal street, a district's name ("5th Cross", "apto 72", "Consolacao"). */
const BETWEEN_PART_SHAPE = /^(?:\d{1,5}[A-Za-z]?|(?:no|flat|apt|apto|app|unit|blk|lot|plot|int|piso|casa|house|scala|sc|escalera|esc|puerta|pta|conj|conjunto|bloco|bl|andar|sala|torre|piano|interno)\.?[ \t]*#?[ \t]*(?:\d{1,5}[A-Za-z]?|[A-Z])|\d{1,2}[oºª°][ \t]*(?:[A-Z]|\d{1,2}[ªa]?|izq(?:da)?\.?|dcha\.?)|\d{1,3}(?:st|nd|rd|th)[ \t]+\p{Lu}[\p{L}'-]+|\p{Lu}[\p{L}'-]+(?:[ \t]+(?:de|da|do|dos|das|del|la|le|\p{Lu}[\p{L}'-]+)){0,2})$/iu;

/**
 * "Rua Augusta, 1508, apto 72, Consolacao, Sao Paulo", "Nursing Home No. 14, 5th Cross, Malleswaram, Bengaluru": the parts of an
 * address line that lie between two places found on the same line, each a house number, a unit, an ordinal street or a name
 * of one to three words that is no common word, person, state or country.
 */
export function betweenPlaces(d: Detector): void {
  const v = d.v;
  // (Stop 26: the places gathered in one pass, no count first.)
  const locs: Cand[] = [];
  for (const c of d.cands) if (c.t === 'LOCATION' && c.p >= 0) locs.push(c);
  if (locs.length < 2) return;
  locs.sort((a, b) => a.s - b.s || b.e - a.e);
  for (let x = 0; x + 1 < locs.length; x++) {
    const a = locs[x] as Cand;
    let y = x + 1;
    while (y < locs.length && (locs[y] as Cand).s < a.e) y++;
    const b = locs[y];
    if (!b || b.s - a.e > 70 || b.s - a.e < 4) continue;
    const gap = v.slice(a.e, b.s);
    if (gap.includes('\n') || !/^(?:,[ \t]*|[ \t]+-[ \t]+|[ \t]+(?=(?:No|Flat|Apt|Unit|Blk|Lot|Plot|House)\b))/.test(gap) || !/,[ \t]*$|[ \t]+-[ \t]+$/.test(gap)) continue;
    const parts: [number, number][] = [];
    let ok = true;
    // The parts between commas or spaced dashes ("Rua Augusta, 1508, conj. 42 - Consolacao - Sao Paulo").
    const seps = gap.includes(' -') ? gap.split(/(,|[ \t]+-[ \t]+)/) : gap.split(/(,)/);
    let off = a.e;
    for (let r = 0; r < seps.length; r += 2) {
      const raw = seps[r] as string;
      const st = off + raw.length - raw.trimStart().length;
      const text = raw.trim().replace(/[ \t]+-$/, '');
      off += raw.length + (seps[r + 1]?.length ?? 0);
      if (text === '') continue;
      if (!BETWEEN_PART_SHAPE.test(text)) {
        ok = false;
        break;
      }
      const words = text.toLowerCase().split(/[ \t]+/);
      const key = words.join(' ');
      if (!/\d/.test(text)) {
        if (STATE_WORDS.has(key) || REGION_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || /^[A-Z]{2,3}$/.test(text) || (d.lowerTyped && STATE_ABBR_LOWER.has(key))) continue;
        if (words.some((w) => (d.fl(w) & L.WORD) !== 0 && !d.knownPlace(key)) || words.some((w) => TITLES.has(w) || FACILITY_GENERIC.has(w) || CARE_DEPARTMENT_WORDS.has(w) || NOT_NAME.has(w))) {
          ok = false;
          break;
        }
      }
      parts.push([st, st + text.length]);
    }
    if (!ok || parts.length === 0 || parts.length > 3) continue;
    for (const [ps, pe] of parts) {
      const clash = d.someOverlap(ps, pe, (c) => c.t !== 'LOCATION');
      if (!clash && !inPlace(d, ps, pe)) d.add(ps, pe, 'LOCATION', 74);
    }
  }
}

/** A place's kind after a town's name ("McAllen PD", "Dearborn Police"). */
const PLACE_OFFICE_AFTER = /^[ \t]+(?:PD|P\.D\.|Police|Sheriff|Fire(?:[ \t]+Dept|[ \t]+Department)?|County|Parish|Township|Twp)\b/;
/** Words that open a house of worship's name ("Temple Beth Shalom", "Masjid Al-Noor"). */
const WORSHIP_FIRST = /(?:^|[^\p{L}])(?:Temple|Congregation|Masjid|Mosque|Synagogue|Shul|Gurdwara|Mandir|Parish of|Church of)[ \t]+$/u;
const WORSHIP_IN = /^(?:Temple|Congregation|Masjid|Mosque|Synagogue|Gurdwara|Mandir)[ \t]+\p{Lu}/u;
const WORSHIP_HEADS = ['Temple', 'Congregation', 'Masjid', 'Mosque', 'Synagogue', 'Gurdwara', 'Mandir'];
/** The heads of WORSHIP_FIRST: one of them ends where its match's blanks start (a cheap test before the regex). */
const WORSHIP_FIRST_HEADS = ['Temple', 'Congregation', 'Masjid', 'Mosque', 'Synagogue', 'Shul', 'Gurdwara', 'Mandir', 'Parish of', 'Church of'];
/** Whether a head of WORSHIP_FIRST ends at `at` (a necessary condition of its match when one blank precedes a letter). */
function worshipHeadBefore(v: string, at: number): boolean {
  for (const w of WORSHIP_FIRST_HEADS) if (at >= w.length && v.startsWith(w, at - w.length)) return true;
  return false;
}
/** A generic identifier's label that says it is a health plan's or an account's number. */
const PLAN_BEFORE = /\b(?:medicaid|medicare|insurance|ins|insurer|coverage|presumptive|chip|tricare|mco)\b(?![^\n]*\b(?:claim|auth|authorization|ref|reference|case|ticket)\b)[^\n.;]{0,32}$/i;
const ACCOUNT_BEFORE = /\b(?:accts|accounts|copay[ \t]+card|billing)\b[^\n;]{0,44}$/i;
const BIOMETRIC_BEFORE = /(?:\btemplates?\b(?:[ \t]+(?:viewed|id|ref|no\.?|#|captured|stored|enrolled))?[ \t:#]*(?:[A-Z0-9][A-Z0-9-]{3,30},[ \t]*){0,3}|\b(?:palm|iris|retina|finger(?:print)?|foot(?:print)?|voice(?:print)?|face)[ \t-]+(?:scan|print|template|vein|match)s?\b[^.;\n]{0,30}?[(:#]?[ \t]*)$/i;
export const DEVICE_BEFORE = /\b(?:(?:security|hugs|infant|rfid|alarm|tracking)[ \t]+tag|unit[ \t]+id|device[ _](?:sn|id|serial)|(?:pdm|cpap|bipap|apap|glucometer|controller|nebuli[sz]er|stimulator|pacemaker|defibrillator|aicd|icd|lvad|transmitter|receiver)[ \t]+(?:id|sn|s\/n|serial))\b["']?[ \t#:=]*["']?$/i;
const USERNAME_BEFORE = /\buser[ \t]?name\b[ \t:#]*$/i;
/** A fax's label before a number ("f 503-555-0103", "fax for pcp office 213-555-0144"). */
const FAX_BEFORE = /(?:\b(?:fax|fx|faxed)\b[^\d\n]{0,22}|(?:^|[ ,;(|])f[ \t]*[:.]?[ \t]*)$/i;

/**
 * Cues around the candidates found so far: a town typed as a person after "from" or before a police department, in
 * parentheses after a place, or after a place and a comma; a house of worship named after its head word; the label
 * before a generic identifier that says it is a health plan's or an account's; a phone number after a fax's label.
 */
function candCues(d: Detector): void {
  const v = d.v;
  const cands = d.cands;
  const n0 = cands.length;
  /** The first n0 candidates by their end (see the town after a place below). */
  let byEnd: Map<number, Cand[]> | undefined;
  // The first words of places of several words ("Birchwood" of "Birchwood Manor SNF"), for their mentions alone.
  let placeFirst: Set<string> | undefined;
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.p < 0 || c.t !== 'LOCATION') continue;
    const sp = v.indexOf(' ', c.s);
    if (sp < 0 || sp >= c.e || sp - c.s < 4) continue;
    const w = v.slice(c.s, sp);
    if (/^\p{Lu}\p{Ll}+$/u.test(w)) (placeFirst ??= new Set()).add(w);
  }
  if (placeFirst !== undefined) {
    // Its mentions alone that nothing found ("Thistledown accepted"), when it is no word and no given name.
    for (const w of placeFirst) {
      const k = w.toLowerCase();
      const f = d.fl(k);
      // (Stop 32: nor a word of the clinical vocabulary, "Benh" of "Benh vien Cho Ray" in "Benh nhan", a patient.)
      if ((f & (L.WORD | L.FIRST | L.COUNTRY)) !== 0 || FACILITY_GENERIC.has(k) || NOT_NAME.has(k) || STATE_WORDS.has(k) || REGION_WORDS.has(k) || clinicalEntry(k)) continue;
      for (let at = v.indexOf(w); at >= 0; at = v.indexOf(w, at + w.length)) {
        if (isWordCode(codeAt(v, at - 1)) || isWordCode(codeAt(v, at + w.length)) || codeAt(v, at + w.length) === 45) continue;
        if (!d.anyCand(at, at + w.length)) d.add(at, at + w.length, 'LOCATION', 64);
      }
    }
  }
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.p < 0) continue;
    const t = c.t;
    if (t === 'NAME') {
      if (c.e - c.s < 3 || c.e - c.s > 30) continue;
      // "Birchwood accepted": a word that opens a place's name of this text, alone, no given name.
      if (placeFirst !== undefined && placeFirst.has(v.slice(c.s, c.e))) {
        const k = v.slice(c.s, c.e).toLowerCase();
        if ((d.fl(k) & L.FIRST) === 0 && !titleBefore(v, c.s)) {
          c.t = 'LOCATION';
          continue;
        }
      }
      const b = codeAt(v, c.s - 1);
      const a = codeAt(v, c.e);
      const c0 = v.charCodeAt(c.s);
      // Which cue may apply, from the characters around (cheap), before the lexicon is asked.
      const worshipIn = (c0 === 84 || c0 === 67 || c0 === 77 || c0 === 83 || c0 === 71) && WORSHIP_HEADS.some((w) => v.startsWith(w, c.s)) && WORSHIP_IN.test(v.slice(c.s, c.e));
      // "Temple Beth Shalom", "Congregation Ahavas Achim" (the head word inside the name or before it).
      if (worshipIn) {
        c.t = 'LOCATION';
        continue;
      }
      const paren = b === 40 && a === 41;
      const comma = b === 32 && codeAt(v, c.s - 2) === 44;
      // (Cheap character tests first: the office's first letter, the last letter of "from" or "is", of a worship head.)
      const a1 = codeAt(v, c.e + 1);
      const office = a === 32 && (a1 === 80 || a1 === 83 || a1 === 70 || a1 === 67 || a1 === 84) && PLACE_OFFICE_AFTER.test(v.slice(c.e, c.e + 24));
      const b2 = codeAt(v, c.s - 2);
      const wb = b === 32 && (b2 === 109 || b2 === 115) ? d.wordBefore(c.s) : '';
      const from = wb === 'from' || (wb === 'is' && /\bhome[ \t]+is[ \t]+$/i.test(v.slice(Math.max(0, c.s - 10), c.s)));
      const worship = b === 32 && !from && (b2 === 101 || b2 === 110 || b2 === 100 || b2 === 108 || b2 === 97 || b2 === 114 || b2 === 102) && worshipHeadBefore(v, c.s - 1) && WORSHIP_FIRST.test(v.slice(Math.max(0, c.s - 20), c.s));
      if (!paren && !comma && !office && !from && !worship) continue;
      if (worship) {
        const w = WORSHIP_FIRST.exec(v.slice(Math.max(0, c.s - 20), c.s)) as RegExpExecArray;
        const lead = w[0].length - (/^[^\p{L}]/u.test(w[0]) ? 1 : 0);
        c.t = 'LOCATION';
        d.add(c.s - lead, c.e, 'LOCATION', c.p + 1);
        continue;
      }
      const lk = v.slice(c.s, c.e).toLowerCase().replace(/[ \t]+/g, ' ');
      if (!d.knownPlace(lk) || STATE_WORDS.has(lk) || (d.fl(lk) & L.COUNTRY) !== 0) continue;
      // "towed by McAllen PD", "Dearborn Police".
      if (office) {
        c.t = 'LOCATION';
        continue;
      }
      if (!lk.includes(' ') && (d.fl(lk) & L.FIRST) !== 0) continue;
      // "called from Scranton", "by phone from Dayton", "on speaker from Haifa"; "home is Redding".
      if (from) {
        if (!titleBefore(v, c.s)) c.t = 'LOCATION';
        continue;
      }
      // "Hartwell Pharmacy (Findlay)": a town in parentheses right after a place; "in Hillcrest, San Diego 92103": after a place and a comma.
      const end = paren ? c.s - 1 : c.s - 2;
      let st = end;
      while (st > 0 && v.charCodeAt(st - 1) === 32) st--;
      // (The first n0 candidates by their end, filed once: their types change in this loop, their ends do not.)
      if (byEnd === undefined) {
        byEnd = new Map();
        for (let y = 0; y < n0; y++) {
          const o = cands[y] as Cand;
          const list = byEnd.get(o.e);
          if (list === undefined) byEnd.set(o.e, [o]);
          else list.push(o);
        }
      }
      const ending = byEnd.get(st);
      if (ending !== undefined) for (const o of ending) if (o.p >= 0 && o.t === 'LOCATION') c.t = 'LOCATION';
      continue;
    }
    if (t === 'OTHER_ID' || t === 'MRN' || t === 'DEVICE') {
      const before = v.slice(Math.max(0, c.s - 64), c.s);
      // "liveness template LV-77120-CO", "templates FP-NB-1, FP-NB-2", "palm scan enrolled (PS-0091)": a biometric template.
      if (BIOMETRIC_BEFORE.test(before)) {
        c.t = 'BIOMETRIC';
        continue;
      }
      if (t !== 'OTHER_ID') continue;
      // "Hugs tag HT-00418832", "unit ID LL-8823-0417": a device.
      if (DEVICE_BEFORE.test(before)) c.t = 'DEVICE';
      else if (ACCOUNT_BEFORE.test(before)) c.t = 'ACCOUNT';
      else if (PLAN_BEFORE.test(before)) c.t = 'HEALTH_PLAN';
      // "user name sam.achterberg": a user name built from a person's name.
      else if (USERNAME_BEFORE.test(before) && !/\d/.test(v.slice(c.s, c.e))) c.t = 'NAME';
      continue;
    }
    if (t === 'PHONE') {
      // (Not when another number stands between the label and this one: FAX_BEFORE reads no digit after the label.)
      const fm = FAX_BEFORE.exec(v.slice(Math.max(0, c.s - 30), c.s));
      if (fm && !/\d/.test(fm[0])) c.t = 'FAX';
    }
  }
}

/** "priya r 17:52: signing out ...": the speaker's name before a time and a colon at a line start in a chat log, and that name's other mentions. */
/** At the hour token i before ":MM:" (see tokenCues): the chat speaker before it, whose key goes to names. */
function chatSpeakerAt(d: Detector, i: number, names: Set<string>): void {
  const v = d.v;
  const toks = d.toks;
  {
    const t = toks[i] as Tok;
    if (t.e - t.s > 2 || v.charCodeAt(t.e + 3) !== 58 || !isDigitCode(v.charCodeAt(t.e + 1)) || !isDigitCode(v.charCodeAt(t.e + 2)) || i < 1) return;
    // One or two words between the line start and the time.
    let j = i - 1;
    const last = toks[j] as Tok;
    if (last.e + 1 !== t.s) return;
    let first = last;
    if (j >= 1 && (toks[j - 1] as Tok).e + 1 === last.s && v.charCodeAt(last.s - 1) === 32) {
      j--;
      first = toks[j] as Tok;
    }
    const ls = first.s === 0 ? 0 : v.charCodeAt(first.s - 1) === 10 ? first.s : -1;
    if (ls < 0 || (first.shape !== 'L' && first.shape !== 'T') || (last.shape !== 'L' && last.shape !== 'T' && last.shape !== 'I')) return;
    if ((first.m & (M.NOT_NAME | M.MONTH_WORDS)) !== 0 || (d.common(first) && (first.f & NAME_BITS) === 0)) return;
    if (!d.anyCand(first.s, last.e)) d.add(first.s, last.e, 'NAME', 80);
    if (first.k.length >= 4 && (first.f & L.WORD) === 0) names.add(first.k);
  }
}

/** The chat speakers' other mentions ("@tomasz", "day team's tomasz"). */
function chatMentions(d: Detector, names: Set<string>): void {
  const toks = d.toks;
  if (names.size === 0) return;
  // Its other mentions ("@tomasz", "day team's tomasz").
  for (const t of toks) {
    if (names.has(t.k) && !d.anyCand(t.s, t.e)) d.add(t.s, t.e, 'NAME', 70);
  }
}

/** Heads of the names of natural features and outdoor places ("Bramble Lake", "Paintbrush Canyon"): 1 strong, 2 only after a word that is no common word. */
const NATURE_HEADS = new Map<string, number>([
  ...'lake lakes canyon creek river glacier gorge reservoir trailhead mesa butte beach island bay cove pond peak mountain mountains fjord lagoon'.split(' ').map((w): [string, number] => [w, 1]),
  ...'falls forest woods valley springs ridge hollow bluff bluffs harbor harbour meadows flats dunes'.split(' ').map((w): [string, number] => [w, 2]),
]);
/** Words before a head that open no name ("the lake", "Big Lake" stays: only these). */
const NATURE_NOT_BEFORE = new Set(['the', 'a', 'an', 'at', 'in', 'near', 'to', 'from', 'and', 'of', 'by', 'on', 'this', 'that', 'our', 'my', 'his', 'her', 'their', 'recent', 'multiple', 'frequent', 'no', 'any']);
/** Lodging words before a name ("hotel Sarova Stanley", "Hotel Marquette"). */
const LODGING_BEFORE = new Set(['hotel', 'motel', 'hostel', 'guesthouse', 'resort']);

const ROUTE_WORDS = new Set(['route', 'rte', 'highway', 'hwy', 'interstate']);
const ROUTE_PREPS = new Set(['on', 'off', 'at', 'from', 'near', 'along', 'down', 'up', 'by', 'to', 'onto', 'past']);
const ROUTE_NUMBER_AFTER = /^[ ]\d{1,3}[a-z]?(?![\w\/-]|\.\d)/;
/** Street suffixes in lower case that end a street typed in lower case ("22 ridgeview ct"). */
const LOWER_STREET_SUFFIX = new Set('st street ave avenue rd road dr drive ct court ln lane blvd boulevard pkwy parkway cir ter terrace trl pl hwy'.split(' '));
/** Words between a number and a suffix that make no street ("3 days per dr", "2 tabs po st"). */
export const NOT_STREET_WORDS = new Set('per by with and or the a an of to in on at times days weeks months hours hrs mins minutes mg mcg ml tabs tab pills pill doses dose units puffs drops x q po iv im sq prn bid tid qid qd qhs daily am pm is was for from'.split(' '));

/** A specialty's name as a whole word ("Cardiology"), see SPECIALTY_HEADS. */
export const SPECIALTY_WORD = new RegExp(`^(?:${SPECIALTY_HEADS})$`, 'i');
/** Verbs and nouns of care after which "at", "to" or "from" names a care site ("seen at UT Southwestern", "referral to Henry Ford Allegiance"). */
const CARE_SITE_VERBS = new Set('seen treated followed hospitalized hospitalised admitted transferred transport transported referred referral implanted delivered discharged flown airlifted evaluated managed dialyzes dialyses infused operated biopsied resected'.split(' '));
/** Department words and clinical short forms that name no site alone ("referred to Heme Onc", "transferred to SNF"). */
export const CARE_DEPARTMENT_WORDS = new Set(('heme onc ortho gyn neuro cards pulm renal peds psych derm endo uro nephro rheum neurosurg hem ctsurg vascular surgery medicine snf ltac alf irf ltc pacu cvicu cticu ticu nsicu tcu l&d labor delivery step down floor unit team service hospice home rehab acute subacute inpatient outpatient clinic er ed or ir cath lab pt ot slp st nursing dialysis ' +
  'hematology hepatology geriatrics bariatrics bariatric palliative neurosurgery neurology orthopaedics orthopedics podiatry physiatry infectious disease oncology radiology gastroenterology pulmonology pulmonary nephrology endocrinology rheumatology urology dermatology ophthalmology otolaryngology audiology psychology psychiatry neuropsychology immunology allergy genetics transplant trauma cardiothoracic thoracic plastics anesthesia anesthesiology pathology nutrition pharmacy laboratory imaging interventional cardiology neonatology perinatology obstetrics gynecology pediatrics hospitalist hospitalists wound sleep pain spine sports urgent emergency telemetry tele icu micu sicu ccu nicu picu cvu pcu ctu msicu stepdown medsurg med-surg surg ob pcp pmr pm&r slp speech respiratory therapy occupational physical behavioral mental health social work case management chaplaincy utilization review billing records administration admissions registration services finance quality compliance security operations accounts medical').split(' '));

/**
 * "is seen at UT Southwestern", "Transport to TriStar Southern Hills", "hospitalised at Community Regional Medical Center":
 * the capitalized name after a verb of care and "at", "to" or "from" at token i is a care site, when one of its words is
 * no common word, department or clinical short form (or it ends with a hospital's head), and it is no person's name.
 */
function careSite(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  const pr = toks[i + 1];
  if (!pr || pr.s !== t.e + 1 || (pr.k !== 'at' && pr.k !== 'to' && pr.k !== 'from')) return;
  let j = i + 2;
  const first = toks[j];
  if (first && first.k === 'the' && first.s === pr.e + 1) j++;
  const s0 = toks[j];
  if (!s0 || s0.s !== (toks[j - 1] as Tok).e + 1 || (s0.shape !== 'T' && s0.shape !== 'U') || (s0.m & (M.TITLES | M.CORE_TITLES | M.MONTH_WORDS)) !== 0) return;
  let k = j;
  let distinct = false;
  let generic = 0;
  for (; k < toks.length && k < j + 6; k++) {
    const x = toks[k] as Tok;
    if (k > j) {
      const gap = v.slice((toks[k - 1] as Tok).e, x.s);
      if (gap !== ' ' && gap !== '-' && !(gap === '. ' && (toks[k - 1] as Tok).k === 'st')) break;
    }
    const particle = x.shape === 'L' && (x.k === 'of' || x.k === 'de' || x.k === 'del' || x.k === 'at') && k > j;
    if (!particle && x.shape !== 'T' && x.shape !== 'U') break;
    if (particle) continue;
    // "Anne Ward 5 west": a ward, a unit or a room with its number ends the name before it.
    if (k > j && (x.m & M.NOT_NAME) !== 0 && isDigitCode(codeAt(v, x.e + 1))) break;
    const gen = (x.m & (M.FACILITY_GENERIC | M.NOT_NAME | M.MONTH_WORDS | M.STATE_WORDS)) !== 0 || CARE_DEPARTMENT_WORDS.has(x.k) || (x.shape === 'U' && NOT_INITIALS.has(x.w)) || (x.f & L.COUNTRY) !== 0 || SPECIALTY_WORD.test(x.w);
    if (gen) generic++;
    else if (x.shape === 'T' && ((x.f & L.WORD) === 0 || x.capitals > 1)) distinct = true;
  }
  // (A particle does not end the name.)
  while (k - 1 > j && (toks[k - 1] as Tok).shape === 'L') k--;
  const last = toks[k - 1] as Tok;
  const n = k - j;
  const strongEnd = n >= 2 && (last.k === 'hospital' || last.k === 'infirmary' || ((last.k === 'center' || last.k === 'centre') && (toks[k - 2] as Tok).k === 'medical'));
  if (!distinct && !strongEnd) return;
  // A person's name ("referred to Maria Lopez"): two or three name parts, none a place.
  if (n <= 3 && toks.slice(j, k).every((x) => (x.f & NAME_BITS) !== 0 && (x.f & (L.PLACE | L.PLACE_PREFIX)) === 0) && !CARE_DEPARTMENT_WORDS.has(last.k)) return;
  const a = s0.s;
  const e = last.e;
  if (inPlace(d, a, e)) return;
  if (d.someOverlap(a, e, isOtherThanPlaceOrName)) return;
  d.add(a, e, 'LOCATION', 105);
}

/** A month and day, then a 24-hour time without its colon ("-RJ 11/13 0930 -", "needlestick 11/13 2340 w"), not before a unit. */
const MD_MILITARY = /(?<![\w\/.:-])(1[0-2]|0?[1-9])\/(3[01]|[12]\d|0?[1-9])[ \t]+(?:[01]\d|2[0-3])[0-5]\d(?![\w.,\/:%-])(?![ \t]*(?:mg|mcg|ml|cc|units?|u|g|kg|mm|cm|x|mmol|meq|kcal|steps|ft|feet|m|l|hrs?|h|min)\b)/iy;

/** Two full dates joined by a dash without blanks ("10/2/25-10/6/25"), read as one token run that no date rule takes. */
const SLASH_DATE_RANGE = /(?<![\w\/.-])((?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])\/(?:\d{4}|\d{2}))-((?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])\/(?:\d{4}|\d{2}))(?![\w\/-])/y;

/** At the token with digits tx that a slash follows (a month or a day, see tokenCues): a range of full dates, a month and day before a 24-hour time. */
function slashDateAt(d: Detector, tx: Tok): void {
  const v = d.v;
  {
    const at = tx.e;
    if (at - tx.s > 2) return;
    // "adm 10/2/25-10/6/25": both ends of a range of full dates.
    const yc = v.charCodeAt(at + 3) === 47 ? at + 3 : v.charCodeAt(at + 2) === 47 ? at + 2 : -1;
    if (yc > 0) {
      const dash = v.charCodeAt(yc + 3) === 45 ? yc + 3 : v.charCodeAt(yc + 5) === 45 ? yc + 5 : -1;
      if (dash > 0) {
        let s0 = at;
        while (s0 > at - 2 && s0 > 0 && isDigitCode(v.charCodeAt(s0 - 1))) s0--;
        SLASH_DATE_RANGE.lastIndex = s0;
        const r = SLASH_DATE_RANGE.exec(v);
        if (r) {
          const a = r[1] as string;
          const b = r[2] as string;
          if (!d.anyCand(s0, s0 + a.length)) d.add(s0, s0 + a.length, 'DATE', 90);
          const bs = s0 + a.length + 1;
          if (!d.anyCand(bs, bs + b.length)) d.add(bs, bs + b.length, 'DATE', 90);
          return;
        }
      }
    }
    // (A space, then four digits, within five characters after the slash.)
    let q = at + 1;
    while (q < at + 4 && isDigitCode(v.charCodeAt(q))) q++;
    if (v.charCodeAt(q) !== 32 || !isDigitCode(codeAt(v, q + 4)) || !isDigitCode(v.charCodeAt(q + 1))) return;
    let s0 = at;
    while (s0 > at - 2 && s0 > 0 && isDigitCode(v.charCodeAt(s0 - 1))) s0--;
    if (s0 === at) return;
    MD_MILITARY.lastIndex = s0;
    const m = MD_MILITARY.exec(v);
    if (!m) return;
    // A score out of ten is no date ("pain 5/10 1400").
    if (m[2] === '10' && /\b(?:pain|score|rated|rates|scale)\b[^\n]{0,12}$/i.test(v.slice(Math.max(0, s0 - 20), s0))) return;
    const e = at + 1 + (m[2] as string).length;
    if (!d.anyCand(s0, e)) d.add(s0, e, 'DATE', 80);
  }
}

const PHONE_CUE_BEFORE = /\b(?:number|phone|ph|cell|mobile|mob|tel|call|text|reach|pager|page|landline|contact)\b[^\n\d]{0,30}$/i;
const LIC_CODE_AFTER = /^[ \t]*(?:#|no\.?|number|reg\.?(?:[ \t]+(?:no\.?|of[ \t]+[a-z]+(?:[ \t]+[a-z]+)?))?)?[ \t]*:?[ \t]*((?:[A-Z]{1,6}\/[A-Z]{1,4}\/\d{3,8})|[A-Z]{1,4}-\d{3,10}|(?:[A-Z]{2}[ ])?\d{2}\.\d{4,8}|[A-Z]{2}[ ]\d{5,9})(?![\w\/-])/;
function inLicense(d: Detector, s: number, e: number): boolean {
  return d.someCovering(s, e, (c) => c.t === 'LICENSE');
}
/** "Hospital Sirio-Libanes", "Klinikum Rechts der Isar": a facility's head word, then a name of one to five words (particles inside). */
function headFirst(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  // (Only when the head opens the name: not "Naval Hospital Guam", "U.S. Naval Hospital Okinawa".)
  const pv = toks[i - 1];
  if (pv && (pv.shape === 'T' || pv.shape === 'U' || pv.shape === 'I') && /^(?:'s)?[ \t.]{1,2}$/.test(v.slice(pv.e, t.s))) return;
  let j = i + 1;
  // (Stop 32: a head of two words whose second is written in lower case, "Benh vien"; the first alone is no head.)
  if (t.k === 'benh' || t.k === 'bệnh') {
    const y = toks[j];
    if (y === undefined || y.s !== t.e + 1 || v.charCodeAt(t.e) !== 32 || (y.k !== 'vien' && y.k !== 'viện') || y.shape !== 'L') return;
    j++;
  }
  const j0 = j;
  let e = -1;
  let distinct = false;
  const n = toks.length;
  while (j < n && j <= j0 + 5) {
    const y = toks[j] as Tok;
    if (y.s !== (toks[j - 1] as Tok).e + 1 || v.charCodeAt(y.s - 1) !== 32) break;
    const particle = y.shape === 'L' && (y.m & M.PARTICLES) !== 0;
    if (!particle && y.shape !== 'T' && y.shape !== 'U') break;
    if (!particle) {
      if ((y.m & (M.MONTH_WORDS | M.TITLES)) !== 0 || FUNCTION_WORDS.has(y.k)) break;
      if ((y.f & L.WORD) === 0 && !CARE_DEPARTMENT_WORDS.has(y.k) && (y.m & M.FACILITY_GENERIC) === 0 && !(y.shape === 'U' && NOT_INITIALS.has(y.w))) distinct = true;
      e = y.e;
    }
    j++;
  }
  if (e < 0 || !distinct || inPlace(d, t.s, e)) return;
  if (d.someOverlap(t.s, e, isOtherThanPlaceOrName)) return;
  d.add(t.s, e, 'LOCATION', 105);
}
/** Labels of other identifiers ("ticket INC0448812", "star #17744", "ID band B-25-1147", "CoverMyMeds key BPTK9WLZ"). */
/** A clinical trial's registration number ("NCT01234567", "ISRCTN12345678"): a study's, no person's identifier. */
export const TRIAL_REGISTRATION = /^(?:NCT\d{8}|ISRCTN\d+)$/i;
const ID_LABEL = new Set(['ticket', 'badge', 'star', 'key', 'band', 'tracking', 'confirmation', 'voucher', 'incident', 'code', 'id']);
const ID_AFTER_LABEL = /^[ \t]*(?:#|no\.?|number|num)?[ \t]*:?[ \t]*#?[ \t]*([A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){3,24})(?![\w-]|\.\d)/;
/** (Stop 31: the same read in a lower-case text's view in capitals, where every letter is a capital and ignoring case
 * reads its label words, "NO", "NUMBER".) */
const ID_AFTER_LABEL_CAPS = new RegExp(ID_AFTER_LABEL.source, 'i');
/** Whether a NAME candidate covers [s, e). */
function inName(d: Detector, s: number, e: number): boolean {
  return d.anyName(s, e);
}
/** Surnames that are also words after which a title in lower case is no title ("miss work", "doctor office"). */
const NOT_SURNAME_AFTER_TITLE = new Set('work home school church office visit visits call calls note notes appointment appt order orders rounds today tomorrow yesterday said says will may can wait bed care meds dose doses pills ride lunch dinner breakfast class practice hall wall ward king young little long short white black brown green gray grey rich poor good best more most less least'.split(' '));
/** Roles before a name in parentheses ("senior (Oyelowo)", "rn (tasha)"). */
const PAREN_ROLE_WORDS = new Set('senior junior resident intern attending fellow rn nurse np pa md pcp sw cm charge tech aide cna lpn chaplain pharmacist hospitalist surgeon consultant coordinator navigator therapist counselor counsellor doula midwife cnm rep'.split(' '));
/** Languages, which follow an interpreter's role as often as a name does. */
export const LANGUAGES = new Set(('spanish amharic tigrinya somali arabic mandarin cantonese vietnamese russian haitian creole french portuguese korean tagalog farsi persian dari pashto swahili hmong nepali burmese karen bengali urdu hindi punjabi polish ukrainian japanese italian german greek turkish kurdish oromo asl navajo yoruba igbo hausa twi wolof fulani lingala kinyarwanda kirundi marshallese chuukese samoan tongan khmer lao thai albanian bosnian serbian croatian romanian armenian georgian mongolian uzbek tajik tamil telugu gujarati malayalam marathi sinhala hebrew yiddish english chinese filipino ilocano cebuano mixteco zapoteco quiche mam kiche ' +
  'sign dinka nuer').split(' '));
/** Words that do not open a care home's name in lower case. */
const LOWER_SITE_GENERIC = new Set('the a an my her his their our your own new old nursing group foster care funeral rest retirement senior family adult day respite mobile private personal daughter daughters son sons sister sisters brother brothers mom moms dad dads parents grandma grandmas grandpa friend friends aunt aunts uncle uncles cousin cousins at to from in of and or for with by back go going went come came leave left stay stayed staying is was be been'.split(' '));
/** "stay at magnolia gardens assisted living", "at the maple crest home": one or two words in lower case before "assisted living" or, after "the", before "home". */
function lowerSite(d: Detector, i: number): void {
  const toks = d.toks;
  const t = toks[i] as Tok;
  let h = i;
  if (t.k === 'living') {
    const as = toks[i - 1] as Tok;
    if (as.k !== 'assisted' || as.e + 1 !== t.s) return;
    h = i - 1;
  }
  // One or two words, then (for "home") "the" and "at", "to" or "from" before them.
  const w2 = toks[h - 1] as Tok;
  const w1 = toks[h - 2] as Tok;
  if (w2.shape !== 'L' || w2.e + 1 !== (toks[h] as Tok).s || LOWER_SITE_GENERIC.has(w2.k) || w2.k.length < 3 || (w2.m & (M.NOT_NAME | M.MONTH_WORDS)) !== 0) return;
  let s = w2.s;
  let before = w1;
  if (w1.shape === 'L' && w1.e + 1 === w2.s && !LOWER_SITE_GENERIC.has(w1.k) && w1.k.length >= 3 && (w1.m & (M.NOT_NAME | M.MONTH_WORDS)) === 0) {
    s = w1.s;
    before = toks[h - 3] as Tok;
  } else return;
  if (!before) return;
  const the = before.k === 'the';
  const prep = the ? toks[h - 4] : before;
  if (!prep || !(prep.k === 'at' || prep.k === 'to' || prep.k === 'from' || prep.k === 'in')) return;
  if (t.k === 'home' && !the) return;
  if (!d.anyCand(s, w2.e)) d.add(s, w2.e, 'LOCATION', 70);
}
/** Words of a care site's head before its last word ("health ctr", "medical center"). */
const LOWER_HEAD_WORDS = new Set(['health', 'medical', 'med', 'family', 'urgent', 'cancer', 'heart', 'eye', 'dental', 'community', 'childrens', "children's", 'care', 'treatment', 'wellness', 'surgery', 'surgical', 'rehabilitation', 'counseling', 'recovery', 'womens', "women's"]);
const LOWER_SITE_STOP = new Set(('the a an my her his their our your this that same other another nearest local outside county general regional university memorial state city va new old main big small ' +
  'at to from in of and or for with by back go going went come came sent send transfer transferred ' +
  'prev previous prior former current outpt outpatient inpt inpatient acute subacute pulm pulmonary cardiac ortho neuro psych peds onc gyn surg med icu micu sicu ccu ed er or pt ot st snf ltac rehab dialysis vna home nursing').split(' '));
/** A care site named in lower case: one to three words before its head (token i), one of them no common word, after at, to or from. */
function lowerHospital(d: Detector, i: number): void {
  const toks = d.toks;
  let j = i - 1;
  // The head's own words ("health" of "health ctr").
  while (j >= 0 && j > i - 3 && LOWER_HEAD_WORDS.has((toks[j] as Tok).k) && (toks[j] as Tok).e + 1 === (toks[j + 1] as Tok).s) j--;
  let distinct = false;
  let k = j;
  while (k >= 0 && k > j - 3) {
    const x = toks[k] as Tok;
    if (x.shape !== 'L' || x.e + 1 !== (toks[k + 1] as Tok).s || LOWER_SITE_STOP.has(x.k) || (x.m & (M.NOT_NAME | M.MONTH_WORDS)) !== 0) break;
    if ((x.f & L.WORD) === 0 && x.k.length >= 3 && !oneCaseService18(x)) distinct = true;
    k--;
  }
  if (k === j || !distinct) return;
  let p = toks[k];
  if (p && p.k === 'the') p = toks[k - 1];
  if (!p || !(p.k === 'at' || p.k === 'to' || p.k === 'from')) return;
  const s = (toks[k + 1] as Tok).s;
  const e = (toks[i] as Tok).e;
  if (!d.anyCand(s, e) && !inPlace(d, s, e)) d.add(s, e, 'LOCATION', 70);
}
/** Heads of care sites after a name ("Acadiana Medical Supply", "Butler Medical Transport", "Peachtree Peds"). */
const SITE_HEADS = new Set(['supply', 'supplies', 'transport', 'transportation', 'peds', 'homecare', 'ambulance']);
/** Credentials rarer than those of CREDENTIALS, after a comma and a name. */
const RARE_CREDS = new Set(['cpht', 'atc', 'pct', 'cma', 'ccma', 'emt', 'emt-p', 'cscs', 'lat', 'chw', 'cadc', 'ladc', 'rdms', 'rvt', 'cpc', 'ccrp', 'crc', 'rbt', 'bcba']);
/** A care site's head (token i) after one to three capitalized words, one of them no common word ("Bronx Medical Supply"). */
function siteHead(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  let j = i - 1;
  let distinct = false;
  while (j >= 0 && j >= i - 3) {
    const x = toks[j] as Tok;
    if (x.shape !== 'T' || x.e + 1 !== (toks[j + 1] as Tok).s || v.charCodeAt(x.e) !== 32 || FUNCTION_WORDS.has(x.k) || (x.m & (M.TITLES | M.MONTH_WORDS)) !== 0) break;
    if ((x.f & L.WORD) === 0 && x.k.length >= 4 && (x.m & (M.FACILITY_GENERIC | M.NOT_NAME)) === 0) distinct = true;
    j--;
  }
  if (j === i - 1 || !distinct) return;
  const a = (toks[j + 1] as Tok).s;
  const e = (toks[i] as Tok).e;
  if (inPlace(d, a, e)) return;
  if (d.someOverlap(a, e, isOtherThanPlaceOrName)) return;
  d.add(a, e, 'LOCATION', 104);
}
const ROLE_NAME_CUE = new Set(
  (
    'roommate housemate flatmate friend coworker co-worker neighbor neighbour landlord landlady boss supervisor sponsor rep representative trainer coach tutor babysitter nanny caregiver carer sitter interpreter translator caseworker rabbi imam pastor deacon cantor reverend chaplain priest adjuster coordinator advocate paralegal navigator counselor counsellor mentor registrar investigator ' +
    // (Stop 21: roles of people around a patient that name no clinical thing either.)
    'driver chauffeur teacher headteacher headmaster headmistress medic paramedic facilitator instructor lecturer guard warden porter foreman'
  ).split(' '),
);

const COMMA_NAME_NEXT = new Set(['mrn', 'dob', 'rm', 'room', 'bed']);
const AGE_SEX_OR_GP = /^(?:\d{1,3}(?:[mfMF]|yo[mfMF]?|y\/?o)|G\d{1,2}P\d{1,2}(?:\d{3})?)$/;
/** "halvorsen, brit 71f", "pt: ostrowski, wanda mrn", "Rm 5 Begum, Rokeya G4P3": a surname, a comma and a given name, before an
 * age and sex, a gravida/para or a record label, or after a patient's label. */
function commaName(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  const g = toks[i + 1];
  if (!g || g.s !== t.e + 2 || g.shape === 'X' || g.shape === 'I' || (g.shape === 'L') !== (t.shape === 'L')) return;
  const nx = toks[i + 2];
  const pv = toks[i - 1];
  let after = !!nx && nx.s - g.e <= 3 && /^[ \t]+$/.test(v.slice(g.e, nx.s)) && (nx.shape === 'X' ? AGE_SEX_OR_GP.test(nx.w) : nx.k.length <= 4 && COMMA_NAME_NEXT.has(nx.k));
  // "NGUYEN-LE, Bao is a 54M".
  if (!after && nx && (nx.k === 'is' || nx.k === 'was') && nx.s === g.e + 1) {
    const a2 = toks[i + 3];
    const a3 = toks[i + 4];
    after = !!a2 && !!a3 && (a2.k === 'a' || a2.k === 'an') && a3.shape === 'X' && AGE_SEX_OR_GP.test(a3.w);
  }
  const label = !!pv && /^(?:pt|patient|name|re)$/.test(pv.k) && /^:[ \t]+$/.test(v.slice(pv.e, t.s)) && t.shape === 'L';
  if (!after && !label) return;
  // (A double-barrelled surname counts as known when one of its halves is.)
  const halves = (x: Tok) => x.k.includes('-') && x.k.split('-').some((h) => (d.fl(h) & NAME_BITS) !== 0);
  for (const x of [t, g]) {
    if (x.k.length < 2 || (x.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.FACILITY_GENERIC)) !== 0 || (x.f & L.COUNTRY) !== 0) return;
    if (d.common(x) && (x.f & NAME_BITS) === 0 && !halves(x)) return;
  }
  if (((t.f | g.f) & NAME_BITS) === 0 && t.shape !== 'U' && !halves(t)) return;
  if (d.anyCand(t.s, g.e) && !(t.shape !== 'L')) return;
  // A name found already that holds this one and more ("de la Fuente, Marisol"): its particles stay in it.
  if (d.cands.some((c) => c.t === 'NAME' && c.p >= 0 && c.s < t.s && c.e >= g.e)) return;
  d.add(t.s, g.e, 'NAME', 88);
}

/** Credentials in lower case, which are no initials (see initialsHandle). */
const LOWER_CREDS = new Set('md np rn pa-c dpt cnm lpn crna pharmd dnp aprn lcsw msw slp cma pct fnp agnp'.split(' '));

const INITIALS_ROLE_BEFORE = new Set(['scribe', 'rn', 'ma', 'lpn', 'cna', 'pct', 'cma', 'tech', 'transcriptionist', 'clerk', 'transcribed', 'typed', 'dictated', 'entered']);
/** Initials in lower case that sign a note or an entry ("-mk (night float)", "Scribe aw.", "triage RN dmv", "(lw)" after
 * "transcribed", "jh for Dr. Honeycutt" at a line start). */
function initialsHandle(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  if ((t.f & L.WORD) !== 0 || NOT_INITIALS.has(t.w.toUpperCase()) || NOT_NAME.has(t.k) || (t.m & (M.TITLES | M.MONTH_WORDS)) !== 0 || LOWER_CREDS.has(t.k) || SMALL_ADDRESS_WORDS.has(t.k) || /^(?:mg|ml|mcg|hr|hrs|min|am|pm|po|iv|im|sq|bid|tid|qid|prn|qd|qhs|cc|kg|lb|lbs|mm|cm|yo|ok|pt|pts|dc|fx|hx|tx|rx|sx|dx|bp|hr|rr|wt|ht|cx|ua|ng|gt|gtt|nc|ra|la|lt|rt|wk|wks|yr|yrs|mo|mos|ea|ed|er|or|ir|re|fyi|asap|aka|etc|vs|via|per|nl|wnl|nad|neg|pos)$/.test(t.k)) return;
  const before = codeAt(v, t.s - 1);
  const after = v.slice(t.e, t.e + 8);
  const endAfter = /^(?:[ \t]*(?:\r?\n|$)|\.(?:[ \t]*(?:\r?\n|$))|[ \t]+\()/.test(after);
  let ok = false;
  // "-mk (night float)", "-mk" at a line's end.
  if (before === 45 && (t.s < 2 || /[ \t\n]/.test(v.charAt(t.s - 2))) && endAfter) ok = true;
  // "(lw)" after "transcribed" or "dictated".
  else if (before === 40 && v.charCodeAt(t.e) === 41 && /\b(?:transcribed|dictated|typed|scribed|entered)\b[^\n]{0,24}$/i.test(v.slice(Math.max(0, t.s - 40), t.s))) ok = true;
  else if (before === 32 && endAfter) {
    const pv = toks[i - 1];
    if (pv && (pv.e === t.s - 1 || (pv.e === t.s - 2 && v.charCodeAt(pv.e) === 58)) && INITIALS_ROLE_BEFORE.has(pv.k)) ok = true;
  }
  // "jh for Dr. Honeycutt" at a line start.
  if (!ok && (t.s === 0 || v.charCodeAt(t.s - 1) === 10) && /^[ ]for[ ](?:Dr|dr|Doctor)\b/.test(after)) ok = true;
  if (ok && !d.anyCand(t.s, t.e)) d.add(t.s, t.e, 'NAME', 75);
}

/** Credentials that follow a name in parentheses ("Crystal (MA)", "Dana Ruiz (RN)"). */
const PAREN_CREDS = new Set(['MA', 'CMA', 'RN', 'LPN', 'LVN', 'CNA', 'PCT', 'NP', 'PA', 'MD', 'DO', 'RT', 'PT', 'OT', 'SLP', 'LCSW', 'MSW', 'SW', 'CM', 'RD', 'PharmD', 'CPhT', 'EMT', 'CNM', 'DNP', 'APRN', 'FNP', 'PA-C']);
/** "taken by Crystal (MA)": a given name (and a surname) before a credential in parentheses at p. */
function parenCredential(d: Detector, p: number): void {
  const v = d.v;
  const q = v.indexOf(')', p);
  if (q < 0 || q - p > 7 || !PAREN_CREDS.has(v.slice(p + 1, q)) || v.charCodeAt(p - 1) !== 32) return;
  const i = d.tokenIndexBefore(p - 1);
  const toks = d.toks;
  const t = toks[i];
  if (!t || t.e !== p - 1 || t.shape !== 'T') return;
  let s = t.s;
  const g = toks[i - 1];
  let given = t;
  if (g && g.shape === 'T' && g.e + 1 === t.s && (g.f & L.FIRST) !== 0 && (g.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS)) === 0) {
    s = g.s;
    given = g;
  }
  if ((given.f & L.FIRST) === 0 || (t.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.FACILITY_GENERIC)) !== 0 || (t.f & L.COUNTRY) !== 0 || FUNCTION_WORDS.has(t.k)) return;
  if (!d.anyCand(s, t.e)) d.add(s, t.e, 'NAME', 72);
}
/** A given name in lower case at position s after a dash at a line start, ending the text or followed by a blank line ("- mark", "-jess"). */
function signOffName(d: Detector, s: number): void {
  const v = d.v;
  const i = tokenAt(d, s);
  if (i < 0) return;
  const t = d.toks[i] as Tok;
  if (t.shape !== 'L' || t.k.length < 3 || t.k.length > 12 || (t.f & L.FIRST) === 0 || (t.m & (M.NOT_NAME | M.MONTH_WORDS)) !== 0 || FUNCTION_WORDS.has(t.k)) return;
  // (Nothing after it but blanks, or a blank line.)
  if (!/^[ \t.!]*(?:$|\r?\n[ \t]*(?:\r?\n|$))/.test(v.slice(t.e, t.e + 12))) return;
  if (!d.anyCand(t.s, t.e)) d.add(t.s, t.e, 'NAME', 72);
}
/** "roommate Pip", "friend Lalo (plate ...)", "Rabbi Feldman", "rep Kiersten (kmohr)": a capitalized name after a role noun. */
function roleName(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  const g = toks[i + 1];
  if (!g || g.shape !== 'T' || !(g.s === t.e + 1 ? v.charCodeAt(t.e) === 32 : g.s === t.e + 2 && v.charCodeAt(t.e) === 58 && v.charCodeAt(t.e + 1) === 32)) return;
  if (g.k.length < 3 || (g.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.FACILITY_GENERIC | M.EPONYMS | M.NOT_PERSON)) !== 0 || (g.f & L.COUNTRY) !== 0 || FUNCTION_WORDS.has(g.k) || LANGUAGES.has(g.k)) return;
  if (d.common(g) && (g.f & L.FIRST) === 0) return;
  if ((g.f & (L.PLACE | L.PLACE_PREFIX)) !== 0 && (g.f & NAME_BITS) === 0) return;
  let e = g.e;
  const sn = toks[i + 2];
  if (sn && sn.shape === 'T' && sn.s === g.e + 1 && (!d.common(sn) || (sn.f & (L.LAST | L.COMMON_SURNAME)) !== 0) && (sn.m & (M.NOT_NAME | M.FACILITY_GENERIC)) === 0 && (sn.f & L.COUNTRY) === 0) e = sn.e;
  // A word that is also a given name only before punctuation, a verb or the end ("friend Hope says").
  if (d.common(g) && e === g.e && !NAME_THEN_VERB.test(v.slice(e, e + 14))) return;
  if (d.anyCand(g.s, e)) return;
  d.add(g.s, e, 'NAME', 72);
  // "rep Kiersten (kmohr)": a user name in parentheses right after.
  const hm = /^[ \t]*\(([a-z][a-z0-9._]{3,20})\)/.exec(v.slice(e, e + 26));
  if (hm && (d.fl(hm[1] as string) & L.WORD) === 0) {
    const st = e + hm[0].length - 1 - (hm[1] as string).length;
    d.add(st, st + (hm[1] as string).length, 'NAME', 75);
  }
}

/** "ticket INC0448812", "star #17744", "ID band B-25-1147", "share code DXC-77Q4-P2": another identifier after its label. */
function labelledId(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  // "id" only in lower case ("interp co, id 88123"; "ID:" opens an infectious disease section too).
  if (t.k === 'id' && t.w !== 'id') return;
  // "code" and "key" only as a share, access or authorization code; "star" only with a number sign ("star #17744").
  if (t.k === 'code' || t.k === 'key') {
    const pv = toks[i - 1];
    if (!pv || !/^(?:share|access|sharing|invite|invitation|authorization|authorisation|verification|confirmation|activation|pairing|covermymeds|pa|retrieval)$/.test(pv.k)) return;
  }
  // (Stop 31: in a text typed in lower case, the value read in capitals when its letters are no word: "ticket
  // inc0447192", "interpreter, id int-0291", "share code dxc-77q4-p2".)
  const lower = d.lowerTyped;
  const m = lower ? ID_AFTER_LABEL_CAPS.exec(d.upperView().slice(t.e, t.e + 36)) : ID_AFTER_LABEL.exec(v.slice(t.e, t.e + 36));
  if (!m) return;
  if (t.k === 'star' && !m[0].includes('#')) return;
  const g = lower ? v.substr(t.e + m[0].length - (m[1] as string).length, (m[1] as string).length) : (m[1] as string);
  // (Stop 32: a word's letters joined to five digits or more are a code's prefix, not the word: "ticket inc0447192",
  // "ticket inc-0091447".)
  if (lower && !d.lowerCodeValue(g) && !/^[a-z]{2,5}-?\d{5,}$/.test(g)) return;
  const digits = g.replace(/\D/g, '').length;
  if (digits === 0 || (digits < 4 && !(/[A-Z]/.test(g) && g.length >= 6)) || looksLikeDate(g) || /^(?:19|20)\d\d$/.test(g)) return;
  const st = t.e + m[0].length - g.length;
  // "Ticket INC0048812 (not PHI)": the note says it is none.
  if (d.anyCand(st, st + g.length) || /^[^\n]{0,6}\bnot (?:PHI|phi|an identifier)\b/.test(v.slice(st + g.length, st + g.length + 24))) return;
  d.add(st, st + g.length, 'OTHER_ID', 66);
}

/** Cues at single tokens, one pass over the tokens. */
/** Codes of the trigger words of tokenCues: which cue each word opens. */
const LC = { NATURE: 1, NATURE_WEAK: 2, LODGING: 4, CARE: 8, ROUTE: 16, ROLE: 32, LIC: 64, ID: 128, INIT_ROLE: 2048, PT_LABEL: 4096, COMMA_NEXT: 8192, SITE_HEAD: 16384, SAINT: 32768, RARE_CRED: 65536, LOWER_TITLE: 131072, LOWER_SITE: 262144, PAREN_ROLE: 524288, NAME_LABEL: 1048576, CHILDRENS: 2097152, HEAD_FIRST: 4194304, LOWER_HOSPITAL: 8388608, ADDR_LABEL: 16777216, STRUCTURE: 33554432, ENDING: 67108864 } as const;
let laterCueMap: Map<string, number> | undefined;
export function laterCueCodes(): Map<string, number> {
  if (laterCueMap) return laterCueMap;
  const map = new Map<string, number>();
  const add = (words: Iterable<string>, c: number) => {
    for (const w of words) map.set(w, (map.get(w) ?? 0) | c);
  };
  for (const [w, n] of NATURE_HEADS) add([w], n === 1 ? LC.NATURE : LC.NATURE_WEAK);
  add(LODGING_BEFORE, LC.LODGING);
  add(CARE_SITE_VERBS, LC.CARE);
  add(ROUTE_WORDS, LC.ROUTE);
  add(ROLE_NAME_CUE, LC.ROLE);
  add(['lic', 'license', 'licence'], LC.LIC);
  add(ID_LABEL, LC.ID);
  add(INITIALS_ROLE_BEFORE, LC.INIT_ROLE);
  add(['patient', 're'], LC.PT_LABEL);
  add(COMMA_NAME_NEXT, LC.COMMA_NEXT);
  add(SITE_HEADS, LC.SITE_HEAD);
  add(['st', 'saint'], LC.SAINT);
  add(RARE_CREDS, LC.RARE_CRED);
  add(['doctor', 'dr', 'miss', 'mr', 'mrs', 'ms', 'mister'], LC.LOWER_TITLE);
  add(['living', 'home'], LC.LOWER_SITE);
  add(['hospital', 'clinic', 'ctr', 'center', 'centre', 'rehab', 'hosp'], LC.LOWER_HOSPITAL);
  add(PAREN_ROLE_WORDS, LC.PAREN_ROLE);
  add(['name', 'names', 'forenames', 'forename', 'surname', 'surnames'], LC.NAME_LABEL);
  add(['children'], LC.CHILDRENS);
  // (Stop 32: and Vietnamese "Benh vien" / "Bệnh viện", a hospital, before its name: "Benh vien Cho Ray".)
  add(['hospital', 'hopital', 'hôpital', 'clinica', 'clínica', 'sanatorio', 'instituto', 'policlinico', 'policlínico', 'ospedale', 'klinik', 'klinikum', 'hospicio', 'benh', 'bệnh'], LC.HEAD_FIRST);
  add(['mdcn', 'mcrn', 'gmc', 'nmc', 'ahpra', 'prc', 'cfm', 'crm'], LC.LIC);
  add([...ADDRESS_LABEL_WORDS, 'lives', 'living', 'resides', 'residing'], LC.ADDR_LABEL);
  add(['overpass', 'underpass', 'bridge', 'viaduct', 'tunnel'], LC.STRUCTURE);
  add(['ending'], LC.ENDING);
  laterCueMap = map;
  return map;
}

/** The index of the token that starts at s, or -1. */
export function tokenAt(d: Detector, s: number): number {
  const i = d.tokenIndexBefore(s + 1) + 1;
  const t = d.toks[i];
  return t && t.s === s ? i : -1;
}

/**
 * Cues at single tokens: the trigger words (laterCueCodes), the tokens with digits (xIdx), the words with a hyphen
 * (monthIdx) and a few characters ("-", "(") found with indexOf; no pass over every token.
 */
function tokenCues(d: Detector): void {
  const toks = d.toks;
  const v = d.v;
  const n = toks.length;
  const codes = laterCueCodes();
  // (Stop 29, speed: the lists are walked by index, not with for-of: the same order over the same lists, which nothing
  // here changes; the optimizing compiler builds a smaller graph without the iterator's paths, and the first, interpreted
  // passes step faster.)
  // "student at UC Davis": see campus.
  for (let x = 0, xs = d.atIdx; x < xs.length; x++) {
    const i = xs[x] as number;
    const u = toks[i + 1];
    if (u && u.shape === 'U' && u.e - u.s >= 2 && u.e - u.s <= 4 && v.charCodeAt(u.e) === 32) campus(d, i + 1);
  }
  // (The trigger words carry M.COMPANY_FIRST: they are listed in cueIdx, see memberBits.)
  for (let x = 0, xs = d.cueIdx; x < xs.length; x++) {
    const i = xs[x] as number;
    const t = toks[i] as Tok;
    if ((t.m & M.COMPANY_FIRST) === 0) continue;
    const code = codes.get(t.k) ?? 0;
    if (code === 0) continue;
    const shape = t.shape;
    if (shape === 'T' && i > 0 && (code & (LC.NATURE | LC.NATURE_WEAK)) !== 0) natureName(d, i, (code & LC.NATURE) !== 0 ? 1 : 2);
    if ((code & LC.ROLE) !== 0 && shape !== 'U') roleName(d, i);
    if ((code & LC.LIC) !== 0) {
      // "DPT lic PT-8841", "Ohio license 35.118422", "FL license ME 118842", "MDCN MDCN/R/44102": a licence's number after its label.
      const m = LIC_CODE_AFTER.exec(v.slice(t.e, t.e + 40));
      if (m) {
        const g = m[1] as string;
        const st = t.e + m[0].length - g.length;
        if (!looksLikeDate(g) && !/^(?:19|20)\d\d$/.test(g)) {
          // (Over a shorter finding of its digits: "ME 118842" where "118842" was found.)
          const inside = d.someOverlap(st, st + g.length, (c) => !(c.s >= st && c.e <= st + g.length));
          if (!inside && !inLicense(d, st, st + g.length)) d.add(st, st + g.length, 'LICENSE', 130);
        }
      }
    }
    // "Infusion center: Hospital Sirio-Libanes": a facility whose head word comes first, then its name.
    if ((code & LC.HEAD_FIRST) !== 0 && shape === 'T' && i + 1 < n) headFirst(d, i);
    if ((code & LC.ID) !== 0 && i > 0) labelledId(d, i);
    // "Address: Flat No. 402, ...", "Lives at Unit 7, ...": see labelledAddressAt.
    if ((code & LC.ADDR_LABEL) !== 0) labelledAddressAt(d, i);
    // "under the Harlan St overpass": see streetStructureAt; "debit card ending 7731": see cardEndingAt.
    if ((code & LC.STRUCTURE) !== 0 && shape === 'L' && i >= 2) streetStructureAt(d, t.s);
    if ((code & LC.ENDING) !== 0 && shape === 'L' && i >= 1) cardEndingAt(d, t.s);
    if ((code & LC.SITE_HEAD) !== 0 && shape === 'T' && i > 0) siteHead(d, i);
    // "copy to doctor lee at", "miss marsh is": a surname in lower case after a title in lower case.
    if ((code & LC.LOWER_TITLE) !== 0 && shape === 'L' && i + 1 < n) {
      const sn = toks[i + 1] as Tok;
      if (sn.shape === 'L' && (sn.s === t.e + 1 || (sn.s === t.e + 2 && v.charCodeAt(t.e) === 46)) && (sn.f & (L.LAST | L.COMMON_SURNAME)) !== 0 && sn.k.length >= 3 && (sn.m & (M.NOT_NAME | M.MONTH_WORDS | M.TITLES | M.STATE_WORDS)) === 0 && !FUNCTION_WORDS.has(sn.k) && !NOT_SURNAME_AFTER_TITLE.has(sn.k) && !d.anyCand(sn.s, sn.e)) {
        // (A second name part: "doctor raj chandrasekaran".)
        const s2 = toks[i + 2];
        const two = !!s2 && s2.shape === 'L' && s2.s === sn.e + 1 && (s2.f & (L.LAST | L.COMMON_SURNAME)) !== 0 && (s2.f & L.WORD) === 0 && !d.anyCand(s2.s, s2.e);
        d.add(sn.s, two ? (s2 as Tok).e : sn.e, 'NAME', 70);
      }
    }
    // "given names JOAO PEDRO", "family name DOS SANTOS PEREIRA", "surname OKAFOR": name parts after a field's label without its colon.
    if ((code & LC.NAME_LABEL) !== 0 && i + 1 < n && ((t.k !== 'names' && t.k !== 'name') || (i > 0 && /^(?:given|first|family|last|middle|other|maiden)$/.test((toks[i - 1] as Tok).k)))) {
      let j = i + 1;
      let e = -1;
      while (j < n && j <= i + 4) {
        const y = toks[j] as Tok;
        const gap = v.slice((toks[j - 1] as Tok).e, y.s);
        // (A particle before another name part: "DOS SANTOS".)
        const particle = (y.m & M.PARTICLES) !== 0 && j + 1 < n && (toks[j + 1] as Tok).s === y.e + 1 && (toks[j + 1] as Tok).shape === y.shape;
        if ((j === i + 1 ? !/^:?[ \t]{1,2}$/.test(gap) : gap !== ' ') || (y.shape !== 'U' && y.shape !== 'T') || (!particle && ((y.m & (M.NOT_NAME | M.MONTH_WORDS)) !== 0 || (y.f & T.NAME_FIELD) !== 0 || LABEL_FIRST.has(y.k))) || y.k === 'dob' || y.k === 'given') break;
        e = y.e;
        j++;
      }
      const s0 = (toks[i + 1] as Tok).s;
      if (e > 0 && !inName(d, s0, e)) d.add(s0, e, 'NAME', 104);
    }
    // "at Lurie Children's", "go to Brockton Children's ED": a children's hospital named by its first word.
    if ((code & LC.CHILDRENS) !== 0 && t.possessive && shape === 'T' && i > 0) {
      const p = toks[i - 1] as Tok;
      if (p.shape === 'T' && p.e + 1 === t.s && (p.m & (M.TITLES | M.FACILITY_GENERIC | M.NOT_NAME)) === 0 && !FUNCTION_WORDS.has(p.k)) {
        let e = t.e + 2;
        const nx = toks[i + 1];
        if (nx && nx.s === e + 1 && /^(?:ED|ER|Hospital|Clinic|Center|Centre|Medical|Urgent|Emergency)$/.test(nx.w)) e = nx.e;
        if (!inPlace(d, p.s, e)) d.add(p.s, e, 'LOCATION', 106);
      }
    }
    // "stay at magnolia gardens assisted living", "at the maple crest home": a care home's name in lower case.
    if ((code & LC.LOWER_SITE) !== 0 && shape === 'L' && i >= 3) lowerSite(d, i);
    // "pcp at codman square health ctr", "go to st marys hospital": a care site named in lower case with its head.
    if ((code & LC.LOWER_HOSPITAL) !== 0 && shape === 'L' && i >= 2) lowerHospital(d, i);
    // "team senior (Oyelowo)", "per rn (tasha)": a name in parentheses right after a role.
    if ((code & LC.PAREN_ROLE) !== 0 && v.charCodeAt(t.e) === 32 && v.charCodeAt(t.e + 1) === 40 && i + 1 < n) {
      const g = toks[i + 1] as Tok;
      if (g.s === t.e + 2 && v.charCodeAt(g.e) === 41 && g.k.length >= 3 && (g.shape === 'T' || g.shape === 'L') && (g.m & (M.NOT_NAME | M.MONTH_WORDS | M.TITLES | M.STATE_WORDS | M.FACILITY_GENERIC)) === 0 && (g.f & L.COUNTRY) === 0 && !FUNCTION_WORDS.has(g.k) && !LANGUAGES.has(g.k)) {
        if ((!d.common(g) || ((g.f & NAME_BITS) !== 0 && g.shape === 'L')) && !d.anyCand(g.s, g.e)) d.add(g.s, g.e, 'NAME', 72);
      }
    }
    // "at church (St. Columba's)", "St. Luke's": a saint's name with its possessive names a church, a school or a hospital.
    if ((code & LC.SAINT) !== 0 && shape === 'T' && i + 1 < n) {
      const nx = toks[i + 1] as Tok;
      const gap = nx.s - t.e;
      if (nx.shape === 'T' && nx.possessive && (gap === 1 || (gap === 2 && v.charCodeAt(t.e) === 46)) && ((nx.f & (L.FIRST | L.OTHER)) !== 0 || (nx.f & L.WORD) === 0) && !inPlace(d, t.s, nx.e + 2)) d.add(t.s, nx.e + 2, 'LOCATION', 104);
    }
    // "Completed by Jordan Reyes-Whitlock, CPhT", "Rusty Bell, ATC": a given name and a surname before a comma and a rarer credential.
    if ((code & LC.RARE_CRED) !== 0 && shape !== 'L' && i >= 2 && v.charCodeAt(t.s - 2) === 44 && v.charCodeAt(t.s - 1) === 32) {
      const sn = toks[i - 1] as Tok;
      const gn = toks[i - 2] as Tok;
      if (sn.e === t.s - 2 && sn.shape === 'T' && gn.shape === 'T' && gn.e + 1 === sn.s && (gn.f & L.FIRST) !== 0 && (gn.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS)) === 0 && (sn.m & (M.NOT_NAME | M.FACILITY_GENERIC)) === 0 && (sn.f & L.COUNTRY) === 0 && !d.anyCand(gn.s, sn.e)) d.add(gn.s, sn.e, 'NAME', 72);
    }
    if ((code & LC.CARE) !== 0 && (shape === 'L' || shape === 'T')) careSite(d, i);
    if ((code & LC.ROUTE) !== 0 && shape === 'L' && i > 0) {
      // "the one on route 59", "lives off hwy 12": a route in lower case after a preposition of place.
      const pv = toks[i - 1] as Tok;
      const m = ROUTE_NUMBER_AFTER.exec(v.slice(t.e, t.e + 8));
      if (m && pv.e + 1 === t.s && ROUTE_PREPS.has(pv.k) && !d.anyCand(t.s, t.e + m[0].length)) d.add(t.s, t.e + m[0].length, 'LOCATION', 79);
    }
    if ((code & LC.LODGING) !== 0) {
      // "hotel Sarova Stanley", "the Hotel Marquette": one to three capitalized words after the lodging word.
      let j = i + 1;
      let e = -1;
      while (j < n && j <= i + 3) {
        const y = toks[j] as Tok;
        if (y.shape !== 'T' || y.s !== (toks[j - 1] as Tok).e + 1 || (y.m & (M.NOT_NAME | M.MONTH_WORDS | M.TITLES)) !== 0 || FUNCTION_WORDS.has(y.k) || (y.f & L.COUNTRY) !== 0) break;
        e = y.e;
        j++;
      }
      if (e > 0 && v.charCodeAt(t.e) === 32 && !inPlace(d, t.e + 1, e)) d.add(shape === 'L' ? t.e + 1 : t.s, e, 'LOCATION', 110);
    }
    // "jh for Dr. Honeycutt": two or three letters at a line start, then "for Dr".
    if (t.k === 'dr' && i >= 2 && (toks[i - 1] as Tok).k === 'for') {
      const h = toks[i - 2] as Tok;
      if (h.shape === 'L' && h.e - h.s >= 2 && h.e - h.s <= 3 && (h.s === 0 || v.charCodeAt(h.s - 1) === 10) && v.charCodeAt(h.e) === 32) initialsHandle(d, i - 2);
    }
    // "Scribe aw.", "triage RN dmv": initials in lower case after a role.
    if ((code & LC.INIT_ROLE) !== 0 && i + 1 < n) {
      const y = toks[i + 1] as Tok;
      if (y.shape === 'L' && y.k.length >= 2 && y.k.length <= 3 && (y.s === t.e + 1 || (y.s === t.e + 2 && v.charCodeAt(t.e) === 58))) initialsHandle(d, i + 1);
    }
    // "pt: ostrowski, wanda": a surname, a comma and a given name after a patient's label; "halvorsen, brit mrn": before a record's label.
    if ((code & LC.PT_LABEL) !== 0 && i + 2 < n && v.charCodeAt(t.e) === 58 && (toks[i + 1] as Tok).shape === 'L') commaName(d, i + 1);
    if ((code & LC.COMMA_NEXT) !== 0 && i >= 2 && v.charCodeAt((toks[i - 2] as Tok).e) === 44) commaName(d, i - 2);
  }
  let speakers: Set<string> | undefined;
  for (let x = 0, xs = d.xIdx; x < xs.length; x++) {
    const i = xs[x] as number;
    const t = toks[i] as Tok;
    const after = v.charCodeAt(t.e);
    // "11/13 2340", "10/2/25-10/6/25": see slashDateAt; "priya r 17:52:": see chatSpeakerAt.
    if (after === 47) slashDateAt(d, t);
    else if (after === 58 && v.charCodeAt(t.e + 3) === 58) chatSpeakerAt(d, i, (speakers ??= new Set()));
    const ts = t.s;
    const len = t.e - ts;
    const b1 = ts > 0 ? v.charCodeAt(ts - 1) : 10;
    // "brother Angus d. at 94": died at an age of 90 or more.
    if (b1 === 32 && ts >= 6 && v.charCodeAt(ts - 5) === 46 && v.charCodeAt(ts - 6) === 100 && v.charCodeAt(ts - 4) === 32 && !isWordCode(codeAt(v, ts - 7)) && v.startsWith('at', ts - 3) && /^(?:9\d|1[01]\d)$/.test(t.w)) d.add(ts, t.e, 'AGE_OVER_89', 90);
    // "his cell is 555-0126": seven digits after a phone's cue.
    if (len === 8 && v.charCodeAt(ts + 3) === 45 && b1 !== 45 && !isWordCode(b1) && /^\d{3}-\d{4}$/.test(t.w) && !d.anyCand(ts, t.e) && PHONE_CUE_BEFORE.test(v.slice(Math.max(0, ts - 40), ts))) d.add(ts, t.e, 'PHONE', 70);
    // "halvorsen, brit 71f", "Rm 5 Begum, Rokeya G4P3": a surname and a given name before an age and sex or a gravida/para.
    // (An age and sex ends with m, f or o; a gravida/para opens with G.)
    const lc = v.charCodeAt(t.e - 1) | 32;
    if ((lc === 109 || lc === 102 || lc === 111 || v.charCodeAt(ts) === 71) && len <= 10 && i >= 2) {
      if (v.charCodeAt((toks[i - 2] as Tok).e) === 44) commaName(d, i - 2);
      else if (i >= 4 && len <= 4 && (toks[i - 1] as Tok).k.length <= 2 && v.charCodeAt((toks[i - 4] as Tok).e) === 44) commaName(d, i - 4);
    }
  }
  if (speakers !== undefined && speakers.size > 0) chatMentions(d, speakers);
  // "22 ridgeview ct": from a street's suffix in lower case (streetIdx), the house number two to four tokens before (see lowerStreet).
  for (let q = 0, qs = d.streetIdx; q < qs.length; q++) {
    const j = qs[q] as number;
    const sx = toks[j] as Tok;
    if (sx.shape !== 'L' || j < 2) continue;
    for (let i = j - 2; i >= j - 4 && i >= 1; i--) {
      const x = toks[i] as Tok;
      if (x.shape === 'X') {
        if (v.charCodeAt(x.e) === 32 && (toks[i + 1] as Tok).shape === 'L' && (toks[i + 1] as Tok).s === x.e + 1) lowerStreet(d, i);
        break;
      }
      if (x.shape !== 'L') break;
    }
  }
  // "Quillon Abernathy-Vasquez was seen": see hyphenSurname (words with a hyphen are in monthIdx).
  for (let x = 0, xs = d.monthIdx; x < xs.length; x++) {
    const i = xs[x] as number;
    const t = toks[i] as Tok;
    if (t.shape === 'T' && i > 0 && t.k.includes('-')) hyphenSurname(d, i);
  }
  // "-mk (night float)", "(lw)" after "transcribed": initials in lower case after a dash or in parentheses.
  // (Dashes after a blank or at a line start only: a dash inside a word, "x-ray", is no sign-off.)
  // (A needle that opens with a blank stops at every blank: the dash is searched, then the character before it read.)
  // (Sign-offs end a text: the dashes of its last 300 characters only.)
  const dashes: number[] = [];
  for (let p0 = v.indexOf('-', Math.max(0, v.length - 300)); p0 >= 0; p0 = v.indexOf('-', p0 + 1)) {
    const b = p0 > 0 ? v.charCodeAt(p0 - 1) : 32;
    if (b === 32 || b === 10) dashes.push(p0);
  }
  const parens: number[] = [];
  for (let p0 = v.indexOf('('); p0 >= 0; p0 = v.indexOf('(', p0 + 1)) parens.push(p0);
  for (let pass = 0; pass < 2; pass++) {
    const ps = pass === 0 ? dashes : parens;
    for (let q = 0; q < ps.length; q++) {
      const p = ps[q] as number;
      const c = v.charCodeAt(p + 1);
      const dash = pass === 0;
      // "... for the billing thing.\n- mark": a given name in lower case that signs a message at its end.
      if (dash && c === 32 && (p === 0 || v.charCodeAt(p - 1) === 10)) signOffName(d, p + 2);
      else if (dash && c >= 97 && c <= 122 && (p === 0 || v.charCodeAt(p - 1) === 10)) signOffName(d, p + 1);
      // "taken by Crystal (MA)": a credential in parentheses after a given name.
      if (!dash && c >= 65 && c <= 90) {
        parenCredential(d, p);
        continue;
      }
      if (c < 97 || c > 122) continue;
      // ("(lw)" closed right after two or three letters.)
      if (!dash && v.charCodeAt(p + 3) !== 41 && v.charCodeAt(p + 4) !== 41) continue;
      const i = tokenAt(d, p + 1);
      if (i < 0) continue;
      const t = toks[i] as Tok;
      if (t.shape === 'L' && t.k.length >= 2 && t.k.length <= 3) initialsHandle(d, i);
    }
  }
}

/** "student at UC Davis": a short form in capitals and a town of the gazetteer (token i + 1) name a campus or a health system. */
function campus(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  const nx = toks[i + 1];
  if (!nx || nx.shape !== 'T' || nx.s !== t.e + 1 || (nx.f & L.PLACE) === 0 || (nx.f & L.WORD) !== 0 || v.charCodeAt(t.e) !== 32) return;
  if (NOT_INITIALS.has(t.w) || STATE_ABBR_SET.has(t.w) || (t.f & L.WORD) !== 0 || d.capsDoc) return;
  const n2 = toks[i + 2];
  if ((n2 && n2.shape === 'T' && n2.s === nx.e + 1) || (toks[i - 1] as Tok).k === 'dr' || inPlace(d, t.s, nx.e)) return;
  if (d.someOverlap(t.s, nx.e, isOtherThanPlaceOrName)) return;
  d.add(t.s, nx.e, 'LOCATION', 104);
}

/** "we r at 22 ridgeview ct", "14 willow bend dr": a house number, one to three words in lower case and a street's suffix. */
function lowerStreet(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  if (t.w.length > 5) return;
  for (let q = t.s; q < t.e; q++) if (!isDigitCode(v.charCodeAt(q))) return;
  const pc = codeAt(v, t.s - 1);
  if (pc === 47 || pc === 46 || pc === 45 || pc === 58 || pc === 36) return;
  let j = i + 1;
  for (; j < toks.length && j <= i + 4; j++) {
    const x = toks[j] as Tok;
    if (x.shape !== 'L' || x.s !== (toks[j - 1] as Tok).e + 1 || v.charCodeAt(x.s - 1) !== 32) return;
    if (j > i + 1 && LOWER_STREET_SUFFIX.has(x.k)) break;
    if (x.k.length < 3 || NOT_STREET_WORDS.has(x.k) || (x.m & M.NOT_NAME) !== 0) return;
  }
  const sfx = toks[j];
  if (!sfx || j > i + 4 || !LOWER_STREET_SUFFIX.has(sfx.k)) return;
  // The suffix ends the street: a word character may not follow.
  let e = sfx.e;
  if (v.charCodeAt(e) === 46 && !isWordCode(codeAt(v, e + 1))) e++;
  if (isWordCode(codeAt(v, e))) return;
  if (d.lowerTyped && !lowerStreetShown18(d, t.s, sfx.e, v.slice(t.s, sfx.e).split(' '), j - i)) return;
  if (!inPlace(d, t.s, sfx.e)) d.add(t.s, sfx.e, 'LOCATION', 82);
}

/**
 * "Quillon Abernathy-Vasquez was seen", "Ines Okafor-Lindqvist reports": a given name and a double-barrelled surname, one
 * of whose halves is a known surname, before a verb of a subject (the surname as a whole is in no lexicon).
 */
function hyphenSurname(d: Detector, i: number): void {
  const toks = d.toks;
  const v = d.v;
  const t = toks[i] as Tok;
  const g = toks[i - 1] as Tok;
  const nx = toks[i + 1];
  if (!nx || nx.shape !== 'L' || (nx.m & M.SUBJECT_VERBS) === 0 || nx.s !== t.e + 1 || g.shape !== 'T' || g.e + 1 !== t.s || v.charCodeAt(g.e) !== 32) return;
  const halves = t.w.split('-');
  if (halves.length !== 2 || !halves.every((h) => /^\p{Lu}\p{Ll}/u.test(h))) return;
  if (!halves.some((h) => (d.fl(h.toLowerCase()) & (L.LAST | L.COMMON_SURNAME)) !== 0) || halves.some((h) => (d.fl(h.toLowerCase()) & L.WORD) !== 0 && (d.fl(h.toLowerCase()) & (L.LAST | L.COMMON_SURNAME)) === 0)) return;
  if (d.common(g) || (g.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.FACILITY_GENERIC | M.EPONYMS | M.NOT_PERSON)) !== 0 || (g.f & L.COUNTRY) !== 0 || FUNCTION_WORDS.has(g.k)) return;
  if (d.anyCand(g.s, t.e)) return;
  d.add(g.s, t.e, 'NAME', 70);
}

/** "Bramble Lake", "Big Cottonwood Canyon", "Skull Creek": one or two capitalized words before the head at token i. */
function natureName(d: Detector, i: number, strength: number): void {
  const toks = d.toks;
  const v = d.v;
  const h = toks[i] as Tok;
  const p = toks[i - 1] as Tok;
  if (p.e + 1 !== h.s || v.charCodeAt(p.e) !== 32 || (p.shape !== 'T' && p.shape !== 'U') || p.possessive) return;
  if (NATURE_NOT_BEFORE.has(p.k) || (p.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.CORE_TITLES)) !== 0 || (p.f & L.COUNTRY) !== 0) return;
  // "Rocky Mountain spotted fever", "Valley fever".
  if (/^[ \t]+(?:spotted|fever)\b/.test(v.slice(h.e, h.e + 10))) return;
  const key = `${p.k} ${h.k}`;
  const known = d.knownPlace(key);
  // A person whose surname is such a word ("Sarah Lake", "Dr. Rivers") is no place.
  if (!known && (p.f & L.FIRST) !== 0 && (p.f & L.WORD) === 0) return;
  if (strength === 2 && !known && (p.f & L.WORD) !== 0) return;
  let s = p.s;
  const pp = toks[i - 2];
  if (pp && pp.e + 1 === p.s && v.charCodeAt(pp.e) === 32 && pp.shape === 'T' && !NATURE_NOT_BEFORE.has(pp.k) && (pp.m & (M.TITLES | M.MONTH_WORDS | M.NOT_NAME | M.CORE_TITLES)) === 0 && !FUNCTION_WORDS.has(pp.k) && !(d.sentenceStart(i - 2) && (pp.f & L.WORD) !== 0)) s = pp.s;
  if (!inPlace(d, s, h.e)) d.add(s, h.e, 'LOCATION', 110);
}

/** Whether a place found so far covers [s, e) or reaches past it (a longer name: "Miami Valley Hospital", "Salt Lake City"). */
export function inPlace(d: Detector, s: number, e: number): boolean {
  return d.someCovering(s, e, isPlaceCand);
}

/** Endings of words that name a role or an agent ("Vaccinator", "Claimant", "Therapist", "Employee"): no given name. */
export const ROLE_ENDING = /(?:er|or|ant|ist|ian|ee|ive|ary|ent)$/;
/** Initials a legend explains with a capitalized name: "TD = Tumelo Dlamini". */
export const LEGEND_AFTER = /^[A-Z][A-Za-z]{1,3} =[ \t]*\p{Lu}\p{Ll}+[ \t]+\p{Lu}/u;
/** A nickname in quotes and a surname after a given name: '"Tavi Boy" Rashidi', '"Dee" Vu'. */
export const QUOTED_NICK = /"\p{Lu}[\p{Ll}'-]+(?:[ \t]\p{Lu}[\p{Ll}'-]+)?"[ \t]+(\p{Lu}[\p{Ll}'-]*\p{Ll}(?:-\p{Lu}[\p{Ll}'-]+)?)(?![\p{L}\d'-])/uy;
/** First words of family names made of a number or a colour and a noun ("Two Hawks", "Red Cloud", "Little Thunder"). */
export const FAMILY_FIRST_WORDS = new Set('two three four five six seven eight nine ten many little red white black yellow iron running standing spotted crazy lone high'.split(' '));
/** A relative's or a role's "of" in brackets after a name: "(husband of", "(daughter of", "(guardian of". */
export const REL_OF = /\((?:husband|wife|spouse|partner|son|daughter|mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather|niece|nephew|aunt|uncle|cousin|guardian|caregiver|parent|fianc[eé]e?|boyfriend|girlfriend|friend|neighbou?r)[ \t]+of\b/y;
/** Words that end a dictated name: "patient is ... date of birth", "... dob", "... born", "... medical record". */
export const DICTATION_STOP = new Set(['date', 'dob', 'born', 'birth', 'mrn', 'medical', 'age', 'aged', 'who', 'and', 'he', 'she', 'they', 'a', 'an', 'seen', 'here']);
/** A label field's name, surname first, up to the field's end or a gap: "KAMAU, NJERI", "Attn: OKWUOSA-BRANDT, T". */
export const FIELD_NAME = /(?:(?:Attn|ATTN|Name|NAME|Pt|PT|Patient|PATIENT|To|TO)\.?:?[ \t]+)?([A-Z][A-Za-z'-]+(?:[ \t][A-Z][A-Za-z'-]+)?),[ \t]?([A-Z][A-Za-z'-]*)(?:[ \t][A-Z]\.?)?(?=\^FS|[ \t]{2})/y;
/** A clergy or courtesy title right before a name: "Rev. ", "Fr ", "Pastor ", "Dr. ". */
export const TITLE_PERSON_BEFORE = /(?:^|[^\p{L}])(?:Rev|Revd|Fr|Father|Pastor|Pr|Imam|Rabbi|Sr|Sister|Brother|Br|Dr|Mr|Mrs|Ms|Deacon|Elder|Bishop)\.?[ \t]$/u;
/** The end of a name's field: a dash between blanks, a bracket, a column gap, a line end. */
export const NAME_FIELD_END = /^(?: [-\u2013\u2014] | ?\(|  |\t| ?\r?\n| ?$)/;
/** Right before a label's value: a colon and blanks, or a column gap. */
export const LABEL_VALUE_BEFORE = /(?::[ \t]{1,2}|:|[ \t]{2}|\t)$/;
/** Right after a field's value: a column gap, a tab, a line end, a semicolon, a bar, the text's end. */
export const FIELD_END_AFTER = /^(?:[ \t]{2}|\t|[ \t]?\r?\n|[ \t]?[;|]|[ \t]?$)/;
/** An age and a sex alone in brackets: "24F)", "71 M)", "9 y/o F)". */
export const AGE_SEX_BRACKET = /^\d{1,3}[ \t]?(?:,[ \t]?)?(?:[MF]|y\/?o[ \t]?,?[ \t]?[MF]?|yo[MF]|y[ \t]?,?[ \t]?[MF])\)/;
/** Labels of a message's people: "To:", "From:", "Attn:", "Cc:". */
export const MESSAGE_LABELS = new Set(['to', 'from', 'attn', 'cc', 'bcc', 'sender', 'recipient', 'foreman', 'supervisor', 'manager']);
/** A label's whole value that is a name: two or three capitalized words, or a surname and an initial, then a field end. */
export const LABEL_NAME_VALUE = /[ \t]{0,2}(?:(\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+){1,2})|(\p{Lu}[\p{Ll}'-]+,? \p{Lu}\.?))(?=[ \t]{2}|[ \t]*(?:\||;|\r?\n|$))/uy;
/** Endings of medical words that no lexicon of common words lists ("-itis", "-amine", "-mycin"). */
export const MEDICAL_ENDING = /(?:itis|osis|emia|aemia|oma|ectomy|otomy|ostomy|plasty|pathy|algia|amine|azole|mycin|cillin|pril|olol|sartan|statin|vir|mab|nib|ase)$/;
/** Endings of adjectives and participles that describe a patient's state ("Intubated", "Tachycardic", "Febrile"). */
export const STATE_ENDING = /(?:ed|ing|ous|ive|ic|al|ile|able|ible|ful|less|ary|ory)$/;
/** The words of a name field's label alone ("First Name", "Last Name", "Given Names"), as a name candidate before a colon. */
export const NAME_LABEL_ONLY = /^(?:(?:Patient|Pt|Prescriber|Member|Subscriber|Guarantor|Insured|Contact|Provider)[ \t]+)?(?:First|Last|Middle|Given|Family|Maiden|Preferred|Legal|Sur)[ \t]*Names?$/i;
/** After an age in a list entry: a comma, a semicolon, a bracket, a line end or an age unit or sex. */
export const AGE_AFTER_COMMA = /^(?:[ \t]?[,;)]|[ \t]*\r?\n|[ \t]*$|[ \t]?(?:y|yo|yrs?|years?|[MF])\b)/;
/** Endings of lab, drug and chemistry words ("Troponin", "Creatinine", "Lactate", "Sodium", "Osmolality"). */
export const LAB_ENDING = /(?:in|ine|ate|ium|ity|ose|ol|ide|gen|um)$/;
/** Modal verbs that are also given names ("Will", "May"): not a given name before a word in capitals. */
export const MODALS = new Set(['will', 'may', 'can', 'must', 'shall', 'might']);
/** Initials after an `Initials` label: "Initials K-M-T", "Initials: Q-LW", "initials TKW". */
export const INITIALS_AFTER = /[ \t]*:?[ \t]*([A-Z](?:[-.]?[A-Z][a-z]?){1,3})(?![\w-]|\.\w)/y;
/** A newborn's given name after "Baby": "Baby Kanoa", "Baby: Tumelo". */
export const BABY_NAME = /:?[ \t]+(\p{Lu}\p{Ll}{2,})(?![\p{L}\d'-])/uy;
/** A table cell holding a name surname first: "DLUDLA, SIPHO", "von Dorp, Willemijn", "KIPCHOGE, NYAMBURA W". */
export const SURNAME_FIRST_CELL = /^((?:(?:van|von|de|del|della|da|di|du|la|le|dos|das|bin|al)[ \t]+)*[A-Z][A-Za-z'-]+(?:[ \t]+(?:(?:da|de|del|dos|van|von|la|DA|DE|DEL|DOS|VAN|VON|LA)[ \t]+)?[A-Z][A-Za-z'-]+){0,2}),[ \t]*([A-Z][A-Za-z'-]+)(?:[ \t]+[A-Z]\.?)?$/;
/** A staff cell: initials ("KO", "TKW") or a surname with or without a credential ("Oduwole", "Szabo PA"). */
export const STAFF_CELL = /^([A-Z]\.(?:-?[A-Z]\.){1,3}|[A-Z][a-z]?[A-Z][a-z]?[A-Z]?|[A-Z][a-z]+(?:['-][A-Z][a-z]+)?(?:[ \t][A-Z][a-z]+(?:['-][A-Z][a-z]+)?)?)(?=$|[ \t]{2}|[ \t]*,?[ \t]*(?:PA|PA-C|MD|DO|RN|NP|LPN|CNA|RT|CNM)$)/;
/** The staff roles and signature words among STAFF_HEAD_WORDS. */
const STAFF_HEAD_ROLES = new Set('rn rns lpn lvn md np pa app aprn crna cna cnm rt rrt tech techs technician technologist init inits initials initial nurse nurses provider prov staff sig signature attending resident therapist clinician witness author scribe'.split(' '));
/** Words of a column header that names the staff who did a row's work ("RN", "MD/APP", "Tech", "Init", "Given by"). */
const STAFF_HEAD_WORDS = new Set([...STAFF_HEAD_ROLES, ...'do by sign signed given done checked verified entered performed recorded administered collected reviewed cosign co-sign'.split(' ')]);
export function staffHeader(cell: string): boolean {
  if (cell.length > 24) return false;
  const words = cell.toLowerCase().replace(/[.:#*]/g, '').split(/[ \t\/&-]+/).filter(Boolean);
  if (words.length === 0 || words.length > 3) return false;
  let role = false;
  for (const w of words) {
    if (!STAFF_HEAD_WORDS.has(w)) return false;
    if (STAFF_HEAD_ROLES.has(w) || w === 'by') role = true;
  }
  return role;
}

/** An SQL dump's INSERT with its column list: "INSERT INTO patients (id, last_name, first_name) VALUES (1, 'Okafor', 'Chidi'), ...". */
export const SQL_INSERT = /\bINSERT[ \t]+INTO[ \t]+[\w.`"\[\]]+[ \t]*\(([^()\n]{1,600})\)[ \t\r\n]*VALUES[ \t\r\n]*/gi;
/** A column that holds a person's name or a part of it (not a file's, a drug's, a place's or a user's name). */
const SQL_NAME_COL = /^(?:(?:pt|patient|pat|member|subscriber|guarantor|insured|contact|emergency|kin|nok|mother|father|parent|guardian|provider|prescriber|physician|doctor|attending|referring|nurse|emp|employee|person|full|legal|preferred)_?)?(?:name|names|last_?name|first_?name|middle_?name|given_?names?|family_?name|surname|forenames?|fname|lname|mname|maiden_?name|nickname|last|first|given|family)$/i;
/** The quoted values of an SQL tuple in the columns that hold names: a name of one to four words. */
const SQL_NAME_VALUE = /^(?:\p{Lu}[\p{L}'.-]*|[a-z][\p{L}'-]*)(?:[ ,]+(?:\p{Lu}[\p{L}'.-]*|van|von|de|del|da|di|la|le|bin|al))*$/u;

/** A column of given names only, and one of the staff who entered or gave the care (user names). */
const SQL_GIVEN_COL = /^(?:(?:pt|patient|member|contact|emp|employee|person|legal|preferred)_?)?(?:first_?name|given_?names?|forenames?|fname|first|given)$/i;
const SQL_USER_COL = /^(?:provider|clinician|staff|nurse|user|user_?name|user_?id|login|entered_?by|created_?by|modified_?by|updated_?by|signed_?by|author|operator|rendering)$/i;
/** Capitalized words that are all known given names ("Will", "Rose Marie"). */
function givenOnly(d: Detector, val: string): boolean {
  return /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$/u.test(val) && val.split(' ').every((w) => (d.fl(w.toLowerCase()) & L.FIRST) !== 0);
}

export function sqlNames(d: Detector): void {
  sqlQuotedValues(
    d,
    (cols) => {
      const want = cols.map((c) => SQL_NAME_COL.test(c));
      // (Stop 15: a given-name column takes a given name that is also a word, 'Will'; a staff column a user name, 'hlindqvist'.)
      const given = cols.map((c) => SQL_GIVEN_COL.test(c));
      const user = cols.map((c) => SQL_USER_COL.test(c));
      return want.some(Boolean) || user.some(Boolean) ? { want, given, user } : undefined;
    },
    ({ want, given, user }, col, s, e) => {
      const val = d.v.slice(s, e);
      if (want[col] && val.length >= 2 && val.length <= 60 && SQL_NAME_VALUE.test(val) && (d.personish(val, true) || (given[col] && givenOnly(d, val)))) d.add(s, e, 'NAME', 90);
      else if (user[col] && /^[a-z][a-z0-9._-]{3,31}$/.test(val) && d.nameHandle(val, true)) d.add(s, e, 'NAME', 90);
    },
  );
}

/**
 * The quoted values of every INSERT statement's tuples ("(v1, 'v2', ...)" separated by commas, up to the statement's end;
 * '' is a quote inside a value), for sqlNames and sqlPlaces. `columns` reads the statement's column names (unquoted,
 * trimmed) and returns what `value` needs, or undefined to pass the statement by; `value` gets it, the column's index and
 * the value's [start, end) without its quotes.
 */
export function sqlQuotedValues<C>(d: Detector, columns: (cols: string[]) => C | undefined, value: (ctx: C, col: number, s: number, e: number) => void): void {
  const v = d.v;
  const re = SQL_INSERT;
  re.lastIndex = 0;
  for (let m = re.exec(v); m !== null; m = re.exec(v)) {
    const ctx = columns((m[1] as string).split(',').map((c) => c.trim().replace(/^[`"\[]|[`"\]]$/g, '')));
    if (ctx === undefined) continue;
    let q = re.lastIndex;
    while (q < v.length && v.charCodeAt(q) === 40) {
      let col = 0;
      let x = q + 1;
      for (;;) {
        x = skipBlanks(v, x, v.length);
        if (v.charCodeAt(x) === 39) {
          let e = x + 1;
          while (e < v.length && !(v.charCodeAt(e) === 39 && v.charCodeAt(e + 1) !== 39) && v.charCodeAt(e) !== 10) e += v.charCodeAt(e) === 39 ? 2 : 1;
          value(ctx, col, x + 1, e);
          x = e + 1;
        } else while (x < v.length && v.charCodeAt(x) !== 44 && v.charCodeAt(x) !== 41 && v.charCodeAt(x) !== 10) x++;
        x = skipBlanks(v, x, v.length);
        if (v.charCodeAt(x) !== 44) break;
        x++;
        col++;
      }
      if (v.charCodeAt(x) !== 41) break;
      x++;
      while (x < v.length && (v.charCodeAt(x) === 32 || v.charCodeAt(x) === 9 || v.charCodeAt(x) === 10 || v.charCodeAt(x) === 13)) x++;
      if (v.charCodeAt(x) !== 44) break;
      x++;
      while (x < v.length && (v.charCodeAt(x) === 32 || v.charCodeAt(x) === 9 || v.charCodeAt(x) === 10 || v.charCodeAt(x) === 13)) x++;
      q = x;
    }
    re.lastIndex = Math.max(re.lastIndex, q);
  }
}

/** A person's name in three caret-joined parts whose last is an initial, in any field ("PN  ODUWOLE^ABIMBOLA^K" of a
 * DICOM dump, "|WOJCIK^HAZEL^R|"), when its second part is a known given name (also a word: "GUY"). */
const CARET_PERSON = /(?<![\w^'-])([A-Z][A-Za-z'-]+(?:[ -][A-Z][A-Za-z'-]+)?)\^([A-Z][A-Za-z'-]+)\^([A-Z])(?![\w'-])/y;
export function caretNames(d: Detector): void {
  const v = d.v;
  for (let c = v.indexOf('^'); c >= 0; c = v.indexOf('^', c + 1)) {
    let a = c;
    while (a > 0 && isWordCode(v.charCodeAt(a - 1)) || (a > 0 && (v.charCodeAt(a - 1) === 45 || v.charCodeAt(a - 1) === 39))) a--;
    if (a === c) continue;
    CARET_PERSON.lastIndex = a;
    const m = CARET_PERSON.exec(v);
    if (!m) continue;
    const given = (m[2] as string).toLowerCase();
    const fam = (m[1] as string).toLowerCase();
    const gf = d.fl(given);
    const ff = d.fl(fam);
    c = CARET_PERSON.lastIndex;
    if ((gf & L.FIRST) === 0 || NOT_NAME.has(given) || NOT_NAME.has(fam) || ((ff & L.WORD) !== 0 && (ff & (L.LAST | L.COMMON_SURNAME)) === 0)) continue;
    d.add(a, CARET_PERSON.lastIndex, 'NAME', 96);
  }
}

/** An HL7 field "LAST^FIRST[^MIDDLE...]" whose second component is a known given name. */
const HL7_PERSON = /^([A-Z][A-Za-z'-]*(?:[ -][A-Z][A-Za-z'-]*)?)\^([A-Z][A-Za-z'-]+)(?:\^[A-Za-z][A-Za-z'.-]*)?$/;
/** OBX with an age as its observation ("OBX|1|NM|AGE^Age^L||92|a"): value type, identifier, sub-id, value. */
const OBX_AGE = /^OBX\|[^|\n]*\|[^|\n]*\|[^|\n]*\bAGE\b[^|\n]*\|[^|\n]*\|(\d{2,3})(?=\||\r?\n|$)/i;

/**
 * HL7 v2 segments: a person's name "LAST^FIRST" in any field (insured, guarantor, next of kin, where the field's position
 * is off the standard), when its second component is a known given name; an age of 90 or more as an OBX value whose
 * observation is an age.
 */
function hl7Names(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let c = v.indexOf('^'); c >= 0; c = v.indexOf('^', c + 1)) {
    let a = c;
    while (a > 0 && v.charCodeAt(a - 1) !== 124 && v.charCodeAt(a - 1) !== 10 && c - a < 40) a--;
    if (a > 0 && v.charCodeAt(a - 1) !== 124) continue;
    let b = c;
    while (b < v.length && v.charCodeAt(b) !== 124 && v.charCodeAt(b) !== 10 && v.charCodeAt(b) !== 13 && b - c < 60) b++;
    const f = v.slice(a, b);
    const m = HL7_PERSON.exec(f);
    c = b;
    if (!m) continue;
    const given = (m[2] as string).toLowerCase();
    const fam = (m[1] as string).toLowerCase();
    const gf = d.fl(given);
    if ((gf & L.FIRST) === 0 || (gf & L.WORD) !== 0 || NOT_NAME.has(given) || NOT_NAME.has(fam) || ((d.fl(fam) & L.WORD) !== 0 && (d.fl(fam) & (L.LAST | L.COMMON_SURNAME)) === 0)) continue;
    let e = b;
    while (e > a && v.charCodeAt(e - 1) === 94) e--;
    let seen = false;
    for (let x = 0; x < n0; x++) {
      const k = d.cands[x] as Cand;
      if (k.p >= 0 && k.s < e && k.e > a) {
        seen = true;
        break;
      }
    }
    if (!seen) d.add(a, e, 'NAME', 96);
  }
  for (let ls = v.indexOf('OBX|'); ls >= 0; ls = v.indexOf('OBX|', ls + 4)) {
    if (ls > 0 && v.charCodeAt(ls - 1) !== 10) continue;
    const le = lineEndOf(v, ls);
    const m = OBX_AGE.exec(v.slice(ls, le < 0 ? v.length : le));
    if (!m || +(m[1] as string) < 90) continue;
    const g = m[1] as string;
    const st = ls + m[0].length - g.length;
    d.add(st, st + g.length, 'AGE_OVER_89', 96);
  }
}

/** Words of prose that end the address after "lives at" (not after a label: "Address: ... c/o ..."). */
const LIVES_PROSE_STOP_22 = /[ \t,]+(?:with|w\/|and|since|alone|for|who|which|where|but|while|until|together|independently|temporarily|currently|now)\b/i;

/** The end of an address line's value that starts at q: a line end, a semicolon, a bar, a tab or a column gap, the next field's label, a sentence's end. */
function addressValueEnd(v: string, q: number): number {
  let e = q;
  const lim = Math.min(v.length, q + 140);
  for (; e < lim; e++) {
    const c = v.charCodeAt(e);
    if (c === 10 || c === 13 || c === 59 || c === 124 || c === 9) break;
    // A remark in parentheses ends it ("(gravel drive past the church)"); a province's code does not ("(QC)").
    if (c === 40 && !/^\([A-Z]{2,3}\)/.test(v.slice(e, e + 5))) break;
    if (c === 32 && v.charCodeAt(e + 1) === 32) break;
    // "... Bengaluru. She ...": a sentence's end (not after an abbreviation: "No. 14", "St. Mary", "app. 6").
    if (c === 46 && v.charCodeAt(e + 1) === 32) {
      let a = e - 1;
      while (a >= q && isLetterCode(v.charCodeAt(a))) a--;
      const w = v.slice(a + 1, e);
      if (w.length === 0 && isDigitCode(v.charCodeAt(e - 1))) break;
      if (w.length >= 4 && !/^(?:Blvd|Bldg|Apto|Dept|Depto|Ave)$/i.test(w) && /^[A-Z]/.test(v.charAt(e + 2))) break;
    }
  }
  const val = v.slice(q, e);
  const st = ADDRESS_LINE_STOP.exec(val);
  return st ? q + st.index : e;
}

/**
 * Stop 36: whether the part [a, b) of an address after its label, with no number, in a text all in lower case, reads as a
 * place: one to five words, none a common word that names no place's kind, a title, a month or a clinical word (see
 * partWord35; the small words of place names and a landmark's "off", "near" or "behind" first aside), and one
 * distinctive word at least, or a place's kind with another word ("korail bosti", "kunnummal house", "bairro hulene b";
 * not "same as above", "unknown", "no fixed abode", "see chart").
 */
function lowerAddressPart36(d: Detector, a: number, b: number): boolean {
  const toks = d.toks;
  let n = 0;
  let distinct = false;
  let kind = false;
  for (let y = d.tokenIndexBefore(a) + 1; y < toks.length; y++) {
    const w = toks[y] as Tok;
    if (w.e <= a) continue;
    if (w.s >= b) break;
    if (w.shape === 'X' || (w.k.length === 1 && n > 0)) continue;
    if ((n === 0 && LANDMARK_OPEN_36.has(w.k)) || (n > 0 && SMALL_ADDRESS_WORDS.has(w.k))) continue;
    const r = partWord35(d, w);
    if (r < 0) return false;
    if (r === 2) distinct = true;
    else if (r === 1) kind = true;
    if (++n > 5) return false;
  }
  return distinct || (kind && n >= 2);
}
/** (Stop 36.) A landmark's first word in an address's part ("near juma masjid", "off ebute road"). */
const LANDMARK_OPEN_36: ReadonlySet<string> = new Set(['off', 'near', 'opp', 'opposite', 'behind', 'beside']);

/** (Stop 29, speed: labelledAddressAt's two tests of a candidate, made once, not a closure at each part and each word.) */
const notPlaceOrName = (c: Cand): boolean => c.p >= 0 && c.t !== 'LOCATION' && c.t !== 'NAME';
const livePlace = (c: Cand): boolean => c.p >= 0 && c.t === 'LOCATION';

/**
 * "Address: Flat No. 402, Sai Krupa Apartments, 5th Cross, Indiranagar", "Adresse: 1245, 3e Avenue, app. 6, Quebec",
 * "Domicilio: Calle 45 Bloque 51 #12", "Lives at Unit 7, 22-24 Wattle St": the parts of an address after its label, where
 * the label need not open its line and the parts hold units, lots and house numbers of other countries.
 */
function labelledAddressAt(d: Detector, i: number): void {
  const v = d.v;
  const toks = d.toks;
  {
    const t = toks[i] as Tok;
    if (t.shape === 'X') return;
    let q = t.e;
    const k = t.k;
    if (ADDRESS_LABEL_WORDS.has(k)) {
      if (v.charCodeAt(q) === 46) q++;
      while (v.charCodeAt(q) === 32) q++;
      if (v.charCodeAt(q) !== 58) return;
      q++;
    } else if ((k === 'lives' || k === 'living' || k === 'resides' || k === 'residing') && (t.f & T.ADDR) !== 0) {
      const nx = toks[i + 1];
      if (!nx || nx.k !== 'at' || nx.s !== t.e + 1) return;
      q = nx.e;
    } else return;
    while (v.charCodeAt(q) === 32) q++;
    const c0 = v.charCodeAt(q);
    const lives = !ADDRESS_LABEL_WORDS.has(k);
    // (Stop 36: after an address's label and its colon, a value in lower case too in a text all in lower case, "address:
    // skippergata 17 b, 9008 tromso"; its parts without a number are read by lowerAddressPart36.)
    const lower = d.lowerTyped && !lives;
    if (!(isDigitCode(c0) || (c0 >= 65 && c0 <= 90) || (lower && c0 >= 97 && c0 <= 122))) return;
    let end = addressValueEnd(v, q);
    if (d.oneCase) end = oneCaseAddressEnd18(d, i + 1, end);
    // (Stop 22: after "lives at" the sentence goes on in prose: "lives at 12 Elm St with her daughter".)
    if (lives) {
      const stop = LIVES_PROSE_STOP_22.exec(v.slice(q, end));
      if (stop) end = q + stop.index;
    }
    if (end - q < 4) return;
    // "Lives at Unit 7, ...", "lives at 14 ...": after "lives at", only an address that opens with a number or a unit.
    if (lives && !(isDigitCode(c0) ? /^\d[\dA-Za-z/-]*[ \t]+[A-Za-z]/.test(v.slice(q, q + 16)) : ADDRESS_UNIT_OPEN.test(v.slice(q, q + 12)))) return;
    let ps = q;
    while (ps < end) {
      let pe = v.indexOf(',', ps);
      if (pe < 0 || pe > end) pe = end;
      let a = ps;
      let b = pe;
      a = skipBlanks(v, a, b);
      while (b > a && (v.charCodeAt(b - 1) === 32 || v.charCodeAt(b - 1) === 46 && !/\b(?:izq|dcha|der|int|app|apto|No|St)\.$/i.test(v.slice(Math.max(a, b - 6), b)))) b--;
      ps = pe + 1;
      if (b - a < 1) continue;
      const part = v.slice(a, b);
      if (part.includes(':')) break;
      const digit = /\d/.test(part);
      // (A part in lower case only as a street of another language or a landmark: "rue Caron", "off Allen Avenue".)
      if (!digit && !/^[A-Z\u00c0-\u00de]/.test(part) && !(/^(?:off|near|opp|behind|beside)[ \t]+[A-Z]/.test(part) || (STREET_FIRST_WORDS.has(part.slice(0, part.search(/[ .]|$/)).toLowerCase()) && /[ \t][A-Z]/.test(part))) && !(lower && lowerAddressPart36(d, a, b))) continue;
      if (!digit) {
        // A state, a province's code, a country or a region alone is not marked; neither is a common word.
        const key = part.toLowerCase().replace(/\s+/g, ' ');
        if (/^\(?[A-Z]{2,3}\)?$/.test(part) || STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || REGION_WORDS.has(key)) continue;
        if (!key.includes(' ') && (d.fl(key) & L.WORD) !== 0 && (d.fl(key) & L.PLACE) === 0) continue;
      } else if (!lives && /^\d{1,3}$/.test(part) && ps > end) continue;
      // (Stop 36: in lower case, a bed's number is no part of the address, "..., ma 02118, bed 2-114"; a state's code before
      // the ZIP code stays unmarked, "ok 74447".)
      if (lower && digit) {
        if (/^bed\b/.test(part)) continue;
        const sz = /^([a-z]{2})[ \t]+\d{5}(?:-\d{4})?$/.exec(part);
        if (sz !== null && STATE_ABBR_LOWER.has(sz[1] as string)) a = b - part.length + part.search(/\d/);
      }
      // Not over another kind of finding (a phone, a date, an identifier).
      let clash = false;
      let covered = true;
      // (Stop 18: from the candidates' index and a binary search of the tokens, not a loop over all of them per part: on one
      // line of 256 KB of "lives at 12 elm st apt 4, ..." the loops made this pass quadratic. The parts added by this call
      // are places, apart from each other: they change neither answer.)
      clash = d.someOverlap(a, b, notPlaceOrName);
      if (clash) continue;
      // Some word of the part that no place found covers, other than a state, a country or a small word.
      for (let y = d.tokenIndexBefore(a) + 1; y < toks.length && covered; y++) {
        const w = toks[y] as Tok;
        if (w.e <= a) continue;
        if (w.s >= b) break;
        if (w.shape !== 'X' && (SMALL_ADDRESS_WORDS.has(w.k) || STATE_WORDS.has(w.k) || (w.shape === 'U' && STATE_ABBR_SET.has(w.w)) || (w.f & L.COUNTRY) !== 0)) continue;
        if (!d.someCovering(w.s, w.e, livePlace)) covered = false;
      }
      if (!covered) d.add(a, b, 'LOCATION', 120);
    }
  }
}
