// Stop 18 and 20: phones with a trunk prefix or after a name or cue, plates of other countries, councils.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { codeAt } from './text.js';
import { type Cand, isDigitCode, isWordCode, type Tok } from './words.js';
import type { Detector } from './detector.js';
import { L } from '../lexicon.js';
import { R24, triggers24 } from './triggers24.js';
import { REGISTERS_22 } from './id-words.js';
import { labelWordType } from './id-labels.js';
import { REGISTER_SET_22 } from './registers.js';
import { PLATE_WORDS_28, platesAfterCue, replace28 } from './national-ids.js';

// --- Stop 18, main: phones with a trunk prefix and no label, plates after the vehicles of other countries, registers'
// numbers in other shapes ---------------------------------------------------------------------------------------------

/** Vehicles the vehicle flag (Detector.vehicleText) and the plate words of ids28 lack: a plate may follow them. */
const VEHICLE_WORDS_18 = ['ambulance', 'motorbike', 'tricycle', 'minibus', 'bus', 'bakkie', 'jeepney', 'boda', 'okada', 'keke', 'bajaj', 'lorry', 'hilux', 'cruiser', 'landcruiser'];
/** Acronyms of councils that REGISTERS_22 lacks because they are also clinical abbreviations (KMC kangaroo mother care,
 * MDC major diagnostic category): read only before "reg."/"no." or a number in the council's own shape. */
const COUNCILS_18 = ['kmc', 'mdc', 'nck', 'kmpdb', 'hpcz', 'zmc', 'nmcz', 'gmdc', 'mmdc', 'pnc', 'nmc'];
export const RARE_18 = [...VEHICLE_WORDS_18, ...COUNCILS_18];
const COUNCIL_SET_18 = new Set([...REGISTERS_22, ...COUNCILS_18]);
const PLATE_CUE_18 = /\b(?:ambulance|motorbike|motorcycle|tricycle|minibus|bus|bakkie|jeepney|boda(?:[ -]boda)?|okada|keke|bajaj|lorry|hilux|(?:land[ -]?)?cruiser|taxi|cab|car|truck|van|vehicle|pickup)\b[^\n;]{0,36}$/i;
/** Plates of many countries: letters, digits, letters ("KEF 402 NS", "UEK 118R", "ALB 3318", "DH 1184 KP"), or groups
 * joined by hyphens ("CHN-41-77", "LAG-442-KJ", "241-G-5518"). */
const PLATE_SHAPES_18 = [
  /^[A-Z]{1,3}[ -]?\d{2,4}(?:[ -]?[A-Z]{1,3})?(?![\w-]|[ -]\d)/,
  /^[A-Z]{2,3}-\d{2,3}-(?:\d{2,4}|[A-Z]{2})(?![\w-])/,
  /^\d{2,3}-[A-Z]{1,2}-\d{2,5}(?![\w-])/,
];
/** Letters that open a plate's shape but are words, units or clinical abbreviations: "ETA 10", "BP 120", "RM 12". (Stop
 * 35: and "kl", the Scandinavian "at" of a clock time, "ambulance journal kl 1405".) */
const NOT_PLATE_18 = new Set('A AN AT TO ON IN BY OF NO OR AM PM ETA ER ED ICU CCU BP HR RR MIN HRS HR MG ML KG RM BAY BED ID DOB MRN REF EXT APT RTE HWY US UK EU GCS SAT PT DR MR MS MRS BS BG FS FSBS CBG NA K CL CO BUN CR HGB HCT WBC PLT INR PTT SPO SAO MAP CVP UO LOW HIGH QID TID BID QD PRN PO IV IM SC SQ REG KL KLO'.split(' '));
/** A phone with a trunk prefix: "0803 214 7765", "0966 310 442", "0345 7781204" (ten or eleven digits). */
const TRUNK_PHONE_18 = /^0[1-9]\d{2,3}(?:[ -]\d{3,4}){1,2}(?![\w\/-]|\.\d|[ -]\d)|^0[1-9]\d{2,3} \d{6,7}(?![\w\/-]|\.\d|[ -]\d)/;
const UNIT_AFTER_18 = /^[ \t]*(?:units?|iu|mg|mcg|ml|cc|g|kg|doses?|tabs?|tablets?|caps?|times|x)\b/i;
/** A Brazilian number with its area code: "(21) 98812-4470". */
const BR_PHONE_18 = /^\(\d{2}\) ?9?\d{4}-\d{4}(?![\w-])/;
/** A council's number after its acronym: "MDCN Reg. MDCN/R/40219", "(MDC MDC/RN/20931)", "HPCSA MP 0552190", "(KMC Reg. 44871)". */
const COUNCIL_VALUE_18 = /^\.?((?:[ \t]+(?:reg(?:istration)?|regn|no|nr|number|#)\.?){0,2})[ \t]*[:#]?[ \t]*([A-Z]{2,6}\/[A-Z]{1,4}\/\d{3,8}|[A-Z]{1,2}[ \t]\d{5,8}|\d{4,8}(?:-[A-Z])?)(?![\w\/])/i;

/** Stop 18 (main): the passes of this block, run from laterCues after idsRound30. */
export function idsRound18(d: Detector): void {
  trunkPhones18(d);
  const rare = d.rare;
  if (d.vehicleText || (rare !== undefined && (VEHICLE_WORDS_18.some((w) => rare.has(w)) || PLATE_WORDS_28.some((w) => rare.has(w))))) plates18(d);
  if (rare === undefined) return;
  for (const k of rare) if (COUNCIL_SET_18.has(k)) {
    councils18(d);
    break;
  }
}

/**
 * A local number with its trunk prefix and no label ("Contact: son Baraka Otieno (0722 481 309)", "Next of kin: wife,
 * Adaeze Nwosu, 0803 214 7765"), and a Brazilian number with its area code in brackets: PHONE, where no other kind than a
 * generic identifier was read (a number under an account's or a record's label keeps its type).
 */
function trunkPhones18(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const len = t.e - t.s;
    const c0 = v.charCodeAt(t.s);
    let m: RegExpExecArray | null = null;
    let s = t.s;
    if (c0 === 48 && len >= 4 && len <= 5) {
      const b = codeAt(v, t.s - 1);
      if (isWordCode(b) || b === 43 || b === 45 || b === 46 || b === 47) continue;
      m = TRUNK_PHONE_18.exec(v.slice(t.s, t.s + 18));
      if (!m) continue;
      const digits = m[0].replace(/\D/g, '').length;
      if (digits < 10 || digits > 11) continue;
    } else if (len === 2 && codeAt(v, t.s - 1) === 40 && codeAt(v, t.e) === 41) {
      s = t.s - 1;
      m = BR_PHONE_18.exec(v.slice(s, s + 18));
      if (!m) continue;
    } else continue;
    const e = s + m[0].length;
    // ("gave 0412 555 019 units over the shift": a count before its unit.)
    if (UNIT_AFTER_18.test(v.slice(e, e + 12))) continue;
    if (!d.someOverlap(s, e, (o) => o.p >= 0 && o.t !== 'OTHER_ID') && labelWordType(v, s) === undefined) replace28(d, s, e, 'PHONE', 84);
  }
}

/** A plate after a vehicle of another country or kind, within 36 characters on its line; the plate and registration
 * words are ids28's ("agar plate, GBS 214 colonies" is none), and a text all in capitals is left to it ("10U REG IN AM.
 * 6PM BS 198": abbreviations everywhere). */
function plates18(d: Detector): void {
  if (d.capsDoc) return;
  platesAfterCue(d, {
    maxLen: 12,
    back: 2,
    shapes: PLATE_SHAPES_18,
    before: (o) => o.shape === 'U' || o.shape === 'X' || o.shape === 'I',
    digitStart: true,
    accept: (g) => {
      const letters = /^[A-Z]+/.exec(g);
      return !(letters && NOT_PLATE_18.has(letters[0])) && g.replace(/\D/g, '').length >= 3 && g.replace(/[ -]/g, '').length >= 5 && /[A-Z]/.test(g);
    },
    cue: PLATE_CUE_18,
    // (A plate read already, after its state or region, stays as it was: "plate ND 812 KTY".)
    read: (x) => x.p >= 0 && x.t === 'VEHICLE',
    covering: false,
    priority: 92,
  });
}

/** A council's registration number in the shapes registerNumbers22 does not read: with letters and slashes, or with a
 * letter prefix; the acronyms of COUNCILS_18 only before "reg."/"no." or with such a number. */
function councils18(d: Detector): void {
  const v = d.v;
  for (const t of d.toks) {
    // (Stop 31: in a text typed in lower case, an acronym that is no word, "mdcn reg. mdcn/r/51876", and a value whose
    // letters before a blank are no word either: not "nmc at 12345".)
    if ((t.shape !== 'U' && t.shape !== 'L') || !COUNCIL_SET_18.has(t.k)) continue;
    const lower = t.shape === 'L';
    if (lower && !d.lowerCodeLetters(t)) continue;
    const m = COUNCIL_VALUE_18.exec(v.slice(t.e, t.e + 40));
    if (!m) continue;
    const val = m[2] as string;
    if (lower && /^[a-z]{1,2}[ \t]/.test(val) && (d.fl(val.slice(0, val.search(/[ \t]/))) & L.WORD) !== 0) continue;
    const shaped = val.includes('/') || (lower ? /^[a-z]{1,2}[ \t]/ : /^[A-Z]{1,2}[ \t]/).test(val);
    if (!shaped && (REGISTER_SET_22.has(t.k) || (m[1] as string).trim() === '')) continue;
    const s = t.e + m[0].length - val.length;
    const e = t.e + m[0].length;
    if (d.someOverlap(s, e, (o) => o.p >= 0 && o.t !== 'OTHER_ID' && o.t !== 'LICENSE' && o.t !== 'PHONE')) continue;
    replace28(d, s, e, 'LICENSE', 104);
  }
}

/**
 * Stop 18 (main): an age over 89 right after a person's name, in a row of a table or a list ("Somby, Aslak | 93 |
 * Kautokeino", "TSOLAKIS, Georgia,96,F", "Jantima Phromma, 91, Mae Rim", "client dorothy aldous-pike (94)", "DE JONG,
 * GRIETJE (97 JAAR)", "MCCLOSKEY, PADRAIG      90Y"): a number of 90 to 125, alone in its cell or with a sex letter or
 * an age's unit in one of several languages. A number between 90 and 125 is seldom anything else next to a name.
 */
/**
 * A phone number right after a name, in digit groups: "Son Rupert Finch 555-0148", "Husband Andrei Lebedev, 555-0116",
 * "Ibrahim Fathy, 012 555 09931", "Kerry-Ann Bishop 020 7946 0318", "son Per-Olof (070-555 41 88)". Two to five groups of
 * digits parted by one space or hyphen (the first maybe after "+" or in brackets), seven to thirteen digits in all, and
 * nothing that goes on as a number after them.
 */
const PHONE_GROUPS_20 = '((?:\\+\\d{1,3}[ -]?)?(?:\\(\\d{2,5}\\)[ ]?|\\d{2,5}[ -])\\d{2,5}(?:[ -]\\d{2,5}){0,3})(?![\\w\\u00C0-\\u024F]|[-\\/.:,]\\d)';
const PHONE_AFTER_NAME_20 = new RegExp(`^[ \\t]*[,:(\\u2013-]?[ \\t]*${PHONE_GROUPS_20}`);
/**
 * The same number after a word that calls for a phone or a fax ("ph 7755 014", "tlf 555 01 447", "simi 555 0109",
 * "faxed to 09 555 0413", "phoned 02 5550 1176", "contact me on 09 555 0172", "Enquiries: 1300 555 018"), read back
 * from the number: PHONE_AT_20 at a token with digits, then CUE_BEFORE_20 on the text before it (group 1 a word of a
 * fax). (Numbers are rarer than words: a scan of the whole text for the words cost 3% of the detector's time.)
 */
const PHONE_AT_20 = new RegExp(PHONE_GROUPS_20, 'y');
// (Stop 36: a pronoun between the verb and "on", "call her on 77 555 01 42", "text him at ...".)
const CUE_BEFORE_20 =
  /(?<![\w\u00C0-\u024F])(?:(fax(?:ed)?(?:[ \t]+(?:to|on))?)|(?:tel|(?:tele?)?phone|ph|phoned|tlf|simi|sími|cell|mobile|mob|callback|call(?:ed)?(?:[ \t]+(?:him|her|them|me|us|back))?(?:[ \t]+(?:on|at))?|(?:text(?:ed)?|reach(?:ed)?|ring|rang)[ \t]+(?:him|her|them|me|us)[ \t]+(?:on|at)|ring|rang|sms(?:[ \t]+sent)?|whats[ \t]?app|enquiries|(?:our[ \t]+)?number[ \t]+is|contact(?:[ \t]+me)?[ \t]+on|phone[ \t]+(?:him|her|them|me|us)[ \t]+on|(?:24[ \t]?h[ \t]+)?line))\.?[ \t]*[:#]?[ \t]*$/i;

/** A number of PHONE_GROUPS_20 holds seven to thirteen digits and is no span of years or hours (see yearsOrHours20). */
function phoneGroupsOk20(g: string): boolean {
  let digits = 0;
  for (let i = 0; i < g.length; i++) if (isDigitCode(g.charCodeAt(i))) digits++;
  return digits >= 7 && digits <= 13 && !yearsOrHours20(g);
}

/** Two years or two times of day of four digits joined by a hyphen: "2016-2021", "1900-0700" (a span of years, a shift). */
export function yearsOrHours20(g: string): boolean {
  const m = /^(\d\d)(\d\d)-(\d\d)(\d\d)$/.exec(g);
  if (!m) return false;
  const year = (h: string) => h === '19' || h === '20';
  const hour = (h: string, mm: string) => Number(h) <= 24 && Number(mm) <= 59;
  return (year(m[1] as string) && year(m[3] as string)) || (hour(m[1] as string, m[2] as string) && hour(m[3] as string, m[4] as string));
}

/** Stop 20 (docs/deid-history.md): phones right after a name (see PHONE_AFTER_NAME_20). */
export function phonesAfterNames20(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'NAME' || c.p < 1) continue;
    // (The cheap test first: a digit, or "+" or "(" before one, within three characters after the name.)
    let y = c.e;
    while (y < c.e + 3 && y < v.length && !isDigitCode(v.charCodeAt(y)) && v.charCodeAt(y) !== 43) y++;
    if (y >= v.length || !(isDigitCode(v.charCodeAt(y)) || v.charCodeAt(y) === 43)) continue;
    const m = PHONE_AFTER_NAME_20.exec(v.slice(c.e, c.e + 32));
    if (!m) continue;
    const g = m[1] as string;
    if (!phoneGroupsOk20(g)) continue;
    const st = c.e + m[0].length - g.length;
    if (!d.anyCand(st, st + g.length)) d.add(st, st + g.length, 'PHONE', 60);
  }
}

/** Stop 20 (docs/deid-history.md): phones and faxes after a word that calls for one (see PHONE_AFTER_CUE_20). */
export function phonesAfterCues20(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  let after = 0;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    // (The number may open with "+" or a bracket before its first digits.)
    let s = t.s;
    if (s > 0 && (v.charCodeAt(s - 1) === 43 || v.charCodeAt(s - 1) === 40)) s--;
    if (s < after) continue;
    PHONE_AT_20.lastIndex = s;
    const m = PHONE_AT_20.exec(v);
    if (!m) continue;
    const g = m[1] as string;
    if (!phoneGroupsOk20(g)) continue;
    const c = CUE_BEFORE_20.exec(v.slice(Math.max(0, s - 40), s));
    if (!c) continue;
    after = s + g.length;
    if (!d.anyCand(s, s + g.length)) d.add(s, s + g.length, c[1] !== undefined ? 'FAX' : 'PHONE', 60);
  }
}

/** A British plate's first half: a region's two letters (no I, Q or Z) and an age identifier (01-26, 51-76). */
const UK_PLATE_HEAD_20 = /^[A-HJ-PR-Y]{2}(?:0[1-9]|1\d|2[0-6]|5[1-9]|6\d|7[0-6])$/;
/** Its second half: three letters, no I or Q. */
const UK_PLATE_TAIL_20 = /^[A-HJ-PR-Z]{3}$/;
/** Three capitals that are words or clinical abbreviations, not a plate's letters. */
const NOT_PLATE_TAIL_20 = new Set('AND THE FOR ARE WAS HAS NOT BUT YES ONE TWO SIX TEN PRN BID TDS QDS AGE DOB MRN NHS ABG CXR ECG EKG BMP CBC CMP LFT ABX ADL AKA PCA MDT OPD GCS BMS'.split(' '));

/**
 * Stop 20 (docs/deid-history.md): a British number plate in its current shape, in capitals, two halves parted by one
 * space: "LD68 KFP", "MA19 XKD" ("drives a black Golf CY22 HRW", "his Volvo (SF22 LWN)").
 */
export function ukPlates20(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  // (Stop 31: in a text typed in lower case, "his van (sv21 hrt)", read in capitals where a vehicle's word or a make is
  // among the eight words before and the second half is no word, everyday, function or clinical (Detector.lowerCodeLetters):
  // capitals are no sign there.)
  const lower = d.lowerTyped && d.vehicleText;
  const vehicleWords = lower ? triggers24(d, R24.VEHICLE) : [];
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    if (t.w.length !== 4) continue;
    const head = lower ? t.w.toUpperCase() : t.w;
    if (!UK_PLATE_HEAD_20.test(head)) continue;
    const n = toks[i + 1];
    if (!n || n.s !== t.e + 1 || v.charCodeAt(t.e) !== 32) continue;
    const tail = lower && n.w.length === 3 && n.w === n.k ? n.k.toUpperCase() : n.w;
    if (!UK_PLATE_TAIL_20.test(tail) || NOT_PLATE_TAIL_20.has(tail)) continue;
    if (tail !== n.w && (!d.lowerCodeLetters(n) || !vehicleWords.some((j) => j < i && j >= i - 8))) continue;
    if (!d.anyCand(t.s, n.e)) d.add(t.s, n.e, 'VEHICLE', 60);
  }
}
