// Numbers by their cue: national phones in any grouping, phones of relatives, compact date-times, digits read by OCR.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, NAME_BITS } from '../lexicon.js';
import { codeAt, lineEndOf, lineStartOf } from './text.js';
import { type Cand, isDigitCode, isLetterCode, isWordCode, T, type Tok } from './words.js';
import {
  DIGIT_WORD, FOREIGN_MONTH_WORDS, FULL_MONTHS, MONTH, STATE_ABBR_SET, VEHICLE_NOUN_LIST, YEAR_WORDS,
} from './vocabulary.js';
import { MONTH_WORDS, PHOTO_CHARS } from './patterns.js';
import type { Detector } from './detector.js';
import { dayOk, EMAIL_Y, isAsciiLetter, oneSpace, ordinalEnd, spaces } from './shapes.js';
import { DEVICE_BEFORE } from './later-cues.js';

// --- Numbers by their cue: national phones in any grouping, phones of relatives, compact date-times, digits read by
// OCR, spaced and foreign dates, ages, spoken social security numbers, biometric codes (run from laterCues) ----------

/** A phone label right before a number ("Tel.", "mobile", "Fx", "Handy:"). */
const NUMBER_PHONE_LABEL = /(?:^|[^A-Za-z\u00c0-\u024f])(?:tel|telephone|phone|ph|mob|mobile|cel|cell|cellphone|celular|handy|fax|fx|telefon|telefone|telefono|tel\u00e9fono|t\u00e9l\u00e9phone|t\u00e9l|tlf|telf|tfno|fone|m\u00f3vil|movil|whatsapp|landline)\.?[ \t]*[:#]?[ \t]*\(?$/i;
/** A letterhead's single letter before a number ("T 020 - 555 4471", "F: 030 / 4471 2291"). */
const NUMBER_LETTER_LABEL = /(?:^|[\s|,;(])[TMFP][ \t]*[:.]?[ \t]*\(?$/;
/** "is on 0802 ...", "also on 0711 ...": a person reached on a number (with a trunk prefix only). */
const NUMBER_ON_CUE = /\b(?:is|also|are|be|reached|reachable|available|contactable)[ \t]+on[ \t]*:?[ \t]*$/i;
/** A relative or a contact earlier on the line ("Wife Lee Ji-eun, 010-5554-7182"). */
const NUMBER_KIN_BEFORE = /\b(?:wife|husband|spouse|partner|mother|father|mom|mum|dad|son|daughter|grandson|granddaughter|grandmother|grandfather|sister|brother|niece|nephew|aunt|uncle|cousin|guardian|caregiver|carer|friend|neighbou?r|contact|nok|next[ \t]+of[ \t]+kin|accompanie[sd])\b[^\n]{0,50}$/i;
/** Phone shapes of other countries written with dashes: "090-5554-7182", "010-5554-7182", "33-1555-2290". */
const DASHED_PHONE = /^(?:0\d{1,3}-\d{3,4}-\d{4}|[1-9]\d-\d{4}-\d{4})$/;
/** A date-time in the basic ISO format ("20250317T093000", "20250310T151200Z"). */
const BASIC_DATE_TIME = /^((?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))T\d{4}(?:\d{2})?Z?$/;
/** A date with spaces for separators, month first ("dictated 10 24 2024"). */
const SPACED_DATE = /(\d{1,2}) (\d{1,2}) ((?:19|20)\d{2})(?![\w\/.-]|[ \t]\d)/y;
/** Words after which a spaced date is a date. */
const SPACED_DATE_CUE = /\b(?:dictated|transcribed|dated?|dob|born|birth|signed|seen|admitted|discharged|on|visit|typed)[ \t]*:?[ \t]*$/i;
/** Months written short in other languages (not the English ones, which the date shapes read), only between a day and a
 * year ("1 abr 2025", "3 set 2024"; stop 37: Malay "1 Dis 2026"). */
const FOREIGN_MONTH_SHORT = new Set('ene abr ago set out dic dez fev fevr f\u00e9vr avr mai juin juil janv d\u00e9c gen mag giu lug ott m\u00e4r okt dis'.split(' '));
/** A year and a month with a dot after a cue ("splint since 2024.09"). */
const YEAR_DOT_MONTH_CUE = /\b(?:since|from|in|on|dated?|until|till|through|started|stopped|began)[ \t]*:?[ \t]*$/i;
/** An age over 89 without a unit, by its cue: "is 91 now", "(93 himself)", "90 y,". */
const AGE_NOW_BEFORE = /(?:(?:\b(?:she|he|they|who|patient|pt|mom|mum|mother|dad|father|grandma|grandmother|grandpa|grandfather|husband|wife|aunt|uncle|sister|brother)|\))[ \t]+(?:is|was|turned|turns)|\b(?:he's|she's|hes|shes))[ \t]+$/i;
const AGE_NOW_AFTER = /^[ \t]+(?:now|this[ \t]+year|years?[ \t]+young)\b/i;
const AGE_SELF_AFTER = /^[ \t]+(?:him|her|them)sel(?:f|ves)\b/i;
const AGE_Y_AFTER = /^[ \t]*y\.?[ \t]*(?=[,;)]|\r?\n|$)/;
/** A DICOM age string ("PatientAge AS 093Y"). */
const DICOM_AGE = /^[01]\d\dY$/;
const DICOM_AGE_BEFORE = /(?:\bAS|[Aa]ge)[ \t:=]*$/;
/** Nine digits spoken one by one ("social four one two five five zero three eight six"). */
const SPOKEN_NINE = new RegExp(`[ \\t]*\\r?\\n?[ \\t]*(?:security[ \\t]+)?(?:number[ \\t]+)?(?:is[ \\t]+)?:?[ \\t]*(${DIGIT_WORD}(?:[ ,-]+${DIGIT_WORD}){8})\\b(?![ ,-]+${DIGIT_WORD}\\b)`, 'iy');
/** A biometric word shortly before a code ("voiceprint match (VP-7730-1184)"). */
const BIOMETRIC_NEAR = /\b(?:fingerprint|thumbprint|footprint|finger[ -]?vein|palm[ -]?(?:vein|print)|palmsecure|voice[ -]?print|iris[ \t]+(?:scan|template|code)|retina(?:l)?[ \t]+scan|face[ \t_-]?(?:match|template|scan)|facial[ \t]+(?:recognition|template|geometry)|biometric)[\w-]*[^.;\n]{0,30}$/i;
/** Characters OCR reads for digits ("O" for 0, "l" for 1). */
const OCR_DIGIT = (c: number): boolean => c === 79 || c === 108;
/** Dates, social security numbers and phones in OCR text, on a copy with O and l read as digits. */
const OCR_DATE = /(\d{1,2})[ \t]?([\/.-])[ \t]?(\d{1,2})[ \t]?\2[ \t]?((?:19|20)\d{2})(?![\w\/-])/y;
const OCR_SSN = /\d{3}-\d{2}-\d{4}(?![\w-])/y;
const OCR_PHONE = /(?:\(\d{3}\)[ \t]?|\d{3}[ \t]?[-.][ \t]?|\d{3} )\d{3}[ \t]?[-.][ \t]?\d{4}(?![\w-])/y;

/** The first letters of the words after an age that AGE_SELF_AFTER, AGE_NOW_AFTER and AGE_Y_AFTER read. */
const AGE_CUE_FIRST = new Set([104, 116, 110, 121]);
/** Whether [0-9Ol] is at p. */
function ocrDigitAt(v: string, p: number): boolean {
  const c = codeAt(v, p);
  return isDigitCode(c) || OCR_DIGIT(c);
}
/** A token of digits with O or l read for 0 or 1 ("l96O", "Ol22", "2O25"), three characters long or next to a date's or
 * a number's separator with a digit beyond ("O3/", "/O1"); not "O2" or "SpO2". */
function ocrToken(v: string, t: Tok): boolean {
  const w = t.w;
  let ocr = 0;
  for (let x = 0; x < w.length; x++) {
    const c = w.charCodeAt(x);
    if (OCR_DIGIT(c)) ocr++;
    else if (!isDigitCode(c)) return false;
  }
  if (ocr === 0 || ocr === w.length) return false;
  if (w.length >= 3) return true;
  const b = codeAt(v, t.s - 1);
  const a = codeAt(v, t.e);
  return ((b === 47 || b === 45 || b === 46) && ocrDigitAt(v, t.s - 2)) || ((a === 47 || a === 45 || a === 46) && ocrDigitAt(v, t.e + 1));
}

/** A fax header before "from" and a number: a fax word (on this line or the one before), then a time ("fax 10/03/2025 09:15 IN from"). */
export const FAX_HEADER_BEFORE = /\b(?:fax|faxed|facsimile)\b[\s\S]*\d{1,2}:[\dOl]{2}[^\n]{0,12}\bfrom[ \t]$/i;
/** "the 14th day of April, 2025": an ordinal day before "day of" and a month. */
const DAY_OF_MONTH = new RegExp(`[ \\t]+day[ \\t]+of[ \\t]+${MONTH}(?:,?[ \\t]+(?:19|20)\\d{2})?\\b`, 'iy');
/** "april nine nineteen forty nine": a full month, a day in cardinal words, a year in words. */
const CARDINAL_DAY = '(?:(?:twenty|thirty)[- ](?:one|two|three|four|five|six|seven|eight|nine)|thirty|twenty|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
/** The first words of CARDINAL_DAY ("twenty-one" as one token), and "the". */
const CARDINAL_DAY_FIRST = new Set('the one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty'.split(' ').concat(['twenty', 'thirty'].flatMap((a) => 'one two three four five six seven eight nine'.split(' ').map((b) => `${a}-${b}`))));
const MONTH_CARDINAL_YEAR = new RegExp(`[ \\t]+(?:the[ \\t]+)?${CARDINAL_DAY},?[ \\t]+${YEAR_WORDS}\\b`, 'iy');
/** "died at 94.", "passed away at 91,", "still living at 96,": an age over 89 at death or now (a number that a comma, a
 * stop or a bracket ends: "living at 95 Birch Road" is an address). */
const AGE_AT_EVENT_BEFORE = /\b(?:died|passed(?:[ \t]+away)?|deceased|expired|living)[ \t]+at[ \t]+(?:age[ \t]+)?$/i;

/** A record's phone or fax key right before its value ("fax=", "<phone>", "sms:", "\"cell\": \""). */
const KEYED_PHONE_BEFORE = /(?:phone|tel|telephone|mobile|cell|fax|sms|pager|whatsapp|contact)(?:[_-]?(?:no|num|number|nbr))?["']?[ \t]*[:=>][ \t]*["']?$/i;

/** A vehicle word, then (optionally) a registration, plate, tag or licence word, before a plate. */
const VEHICLE_PLATE_BEFORE = new RegExp(String.raw`\b(?:${VEHICLE_NOUN_LIST.join('|')})\b(?:[^.;\n]{0,30}?\b(?:reg(?:istration|istered)?|plates?|tag|licen[cs]e)\b(?:[^.;\n\d]{0,24}?[:#])?)?[ \t]*[:#(]?[ \t]*(?:no\.?|number|#)?[ \t]*$`, 'i');
/** Registration words that may stand in capitals right before a plate ("REG WX62 KLM"). */
const PLATE_LABEL_WORDS = new Set(['reg', 'rego', 'tag', 'tags', 'plate', 'plates', 'lic', 'no', 'nr', 'vin', 'unit', 'fleet']);
export const VEHICLE_NOUNS = new Set(VEHICLE_NOUN_LIST);
/** Words that say an image, a scan or a photograph. */
const IMAGE_CUE = /\b(?:images?|imaging|photos?|photographs?|pictures?|pics?|scans?|oct|fundus|radiographs?|x-?rays?|mri|ct|dicom|ultrasound|panoramic|selfies?|video)\b/i;

/** "his van (reg WX62 KLM)", "Car registered for parking: 12GA 4471", "motorcycle tag 44K921": a plate (letters and digits,
 * one or two parts) at the token with digits i, after a vehicle word and a registration word. */
function plateAt(d: Detector, i: number): boolean {
  const v = d.v;
  const toks = d.toks;
  const t = toks[i] as Tok;
  let s = t.s;
  let e = t.e;
  let first = i;
  const p = toks[i - 1];
  // (Stop 32: in a text typed in lower case, "car abc 4729", "land cruiser baf 2417": letters that are no word stand for
  // the capitals, and the plate is read in capitals below.)
  const one = d.lowerTyped;
  // (Not a state's abbreviation: "plate KY 4471-WT" is the plate of Kentucky.)
  // (Nor a common word in capitals: "TRUCK UNIT 4417".)
  if (p && lettersNext(d, i - 1, -1) && !STATE_ABBR_SET.has(p.w.toUpperCase()) && (p.f & L.WORD) === 0 && !PLATE_LABEL_WORDS.has(p.k)) {
    s = p.s;
    first = i - 1;
  }
  const n = toks[i + 1];
  if (n && s === t.s && t.e + 1 === n.s && v.charCodeAt(t.e) === 32 && ((lettersNext(d, i + 1, 1) && (n.f & L.WORD) === 0) || (n.shape === 'X' && n.e - n.s <= 4))) e = n.e;
  // A plate holds a capital letter and 5 to 8 letters and digits.
  if (s === t.s && e === t.e && t.capitals === 0 && !(one && /[a-z]/.test(t.w))) return false;
  if (e - s < 5 || e - s > 10 || isWordCode(codeAt(v, e)) || codeAt(v, e) === 45) return false;
  // A vehicle word among the few words before.
  let vehicle = false;
  for (let j = first - 1; j >= 0 && j >= first - 9; j--) {
    const u = toks[j] as Tok;
    if (s - u.s > 56) break;
    if (u.shape !== 'X' && VEHICLE_NOUNS.has(u.k)) {
      vehicle = true;
      break;
    }
  }
  if (!vehicle) return false;
  const g0 = v.slice(s, e);
  // (Nor, there, a number that goes on: an address, "van ip 192.0.2.61", a phone's groups, "minh 090 555 8814".)
  if (one && (!d.lowerCodeValue(g0) || /^(?:[.:][ \t]?\d|[ \t-]\d)/.test(v.slice(e, e + 3)))) return false;
  const g = one ? g0.toUpperCase() : g0;
  if (!/^[A-Z0-9]+(?:[ -][A-Z0-9]+){0,2}$/.test(g) || !/[A-Z]/.test(g)) return false;
  const alnum = g.replace(/[ -]/g, '').length;
  if (alnum < 5 || alnum > 8) return false;
  const back = v.slice(Math.max(0, s - 56), s);
  if (!VEHICLE_PLATE_BEFORE.test(back) || /\bdriver'?s?[ \t]+licen/i.test(back)) return false;
  d.add(s, e, 'VEHICLE', 104);
  return true;
}

/** File names with the extension ext (".zip", ".pdf") that an image word names or precedes: photos. */
function imageFiles(d: Detector, ext: string): void {
  const v = d.v;
  const up = ext.toUpperCase();
  for (const x of [ext, up]) {
    for (let p = v.indexOf(x); p >= 0; p = v.indexOf(x, p + 1)) {
      if (isWordCode(codeAt(v, p + 4))) continue;
      let a = p;
      while (a > 0) {
        const c = v.charCodeAt(a - 1);
        if (c >= 128 || !PHOTO_CHARS[c]) break;
        a--;
      }
      if (p - a < 3 || !/[A-Za-z]/.test(v.slice(a, p))) continue;
      const near = v.slice(Math.max(0, a - 40), p).replace(/_/g, ' ');
      if (IMAGE_CUE.test(near)) d.add(a, p + 4, 'PHOTO', 100);
    }
  }
}

/** A North American number grouped 3-3-4 ("(617) 555-0144", "617 555 0144"), with whatever follows it in the run. */
const NANP_GROUPS = /^(?:\(\d{3}\)[ ]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)/;
/** The last words of CALL_BACK_BEFORE. */
const CALL_BACK_WORDS = new Set(['cb', 'back', 'callback', 'call', 'text', 'txt', 'reach', 'cell', 'mobile', 'mob', 'phone', 'ph', 'tel']);
/** A call-back word before a number ("cb 6175550144", "call back# 6175550144"). */
const CALL_BACK_BEFORE = /\b(?:cb|call[ -]?back|callback|call|text|txt|reach|cell|mobile|mob|phone|ph|tel)[ \t]*[#:.]?[ \t]*$/i;
/** "/555-0144" after an area code. */
const AREA_SLASH_PHONE = /^\/[2-9]\d{2}-\d{4}$/;
/** The digits between a and b. */
function digitsIn(v: string, a: number, b: number): number {
  let n = 0;
  for (let x = a; x < b; x++) if (isDigitCode(v.charCodeAt(x)) || OCR_DIGIT(v.charCodeAt(x))) n++;
  return n;
}

const DTG = /^\d{6}[A-Z][A-Z]{3}\d{2}$/;
/** A date's label right before six digits. */
const SIX_DATE_LABEL = /\b(?:dob|dos|doi|dod|date|dated|adm|admit|admitted|disch|discharged|d\/c|born)[ \t]*[:#|]?[ \t]*$/i;
/** An age key before its value: "<age>", "age=", camelCase and quoted keys ("ageAtVisit: "), a FHIR Age's value. */
const KEYED_AGE_BEFORE = /(?:\b[Aa]ge[ \t]*[>=]|(?:\b[Aa]ge|AGE)[A-Z][A-Za-z]*["']?[ \t]*[:=][ \t]*["']?|"age[A-Za-z_]*"[ \t]*:[ \t]*\{[^{}]{0,30}"value"[ \t]*:[ \t]*)$/;
/** MMDDYYYY or DDMMYYYY (YYYYMMDD is COMPACT_DATE_RE's). */
function eightDigitDate(w: string): boolean {
  const y = +w.slice(4, 8);
  return y >= 1880 && y <= 2099 && sixDigitDate(w.slice(0, 4) + w.slice(6, 8)) && (+w.slice(0, 2) <= 12 || +w.slice(2, 4) <= 12) && +w.slice(0, 2) >= 1 && +w.slice(2, 4) >= 1 && +w.slice(0, 2) <= 31 && +w.slice(2, 4) <= 31;
}
/** MMDDYY, DDMMYY or YYMMDD. */
function sixDigitDate(w: string): boolean {
  const a = +w.slice(0, 2);
  const b = +w.slice(2, 4);
  const c = +w.slice(4, 6);
  return (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31) || (b >= 1 && b <= 12 && c >= 1 && c <= 31);
}

/** Head words of devices before their code ("sensor 9XK2L1"). */
const DEVICE_HEAD_WORDS = new Set(['sensor', 'transmitter', 'receiver', 'pump', 'pdm', 'monitor', 'generator', 'implant', 'stimulator', 'defibrillator', 'pacemaker', 'aicd', 'icd', 'lvad', 'glucometer', 'cpap', 'bipap', 'concentrator', 'processor']);

/** Whether an e-mail address starts at s. */
function emailAt(v: string, s: number): boolean {
  EMAIL_Y.lastIndex = s;
  const ok = EMAIL_Y.test(v);
  EMAIL_Y.lastIndex = 0;
  return ok;
}

/** Words of BIOMETRIC_NEAR (their first part) and the last words of DEVICE_BEFORE. */
const BIOMETRIC_FIRST = new Set('fingerprint fingerprints thumbprint thumbprints footprint footprints finger palm palmsecure voice voiceprint voiceprints iris retina retinal face facial facematch facetemplate facescan biometric biometrics'.split(' '));
const DEVICE_LAST = new Set(['tag', 'id', 'sn', 'serial']);
/** 1 when a biometric word, 2 when a device tag's label lies among the few tokens before the token i (same line), else 0. */
function codeCue(d: Detector, i: number): number {
  const toks = d.toks;
  const s = (toks[i] as Tok).s;
  for (let j = i - 1; j >= 0 && j >= i - 10; j--) {
    const u = toks[j] as Tok;
    if (s - u.s > 60) break;
    if (u.shape === 'X') continue;
    if (BIOMETRIC_FIRST.has(u.k) || (u.k.includes('-') && BIOMETRIC_FIRST.has(u.k.slice(0, u.k.indexOf('-'))))) return 1;
    if (j >= i - 3 && DEVICE_LAST.has(u.k)) return 2;
  }
  return 0;
}

/** Whether another digit group follows the group ending at x (see phoneGroupsEnd: a blank, a dash, or a slash or a
 * dot between blanks, then a digit, O or l). */
function groupFollows(v: string, x: number, paren: boolean): boolean {
  if (paren && v.charCodeAt(x) === 41) x++;
  const y = groupSepEnd(v, x);
  if (y < 0) return false;
  const c = v.charCodeAt(y);
  return (c >= 48 && c <= 57) || c === 79 || c === 108;
}
/** The end of the separator at x between two groups of digits: a blank, a dash with or without blanks around it, a
 * slash or a dot between blanks ("030 / 4471"); -1 where there is none. */
function groupSepEnd(v: string, x: number): number {
  const b0 = v.charCodeAt(x) === 32 || v.charCodeAt(x) === 9;
  if (b0) x++;
  const sc = v.charCodeAt(x);
  if (sc === 45 || sc === 47 || sc === 46) {
    x++;
    const b1 = v.charCodeAt(x) === 32 || v.charCodeAt(x) === 9;
    if (b1) x++;
    if (sc !== 45 && !(b0 && b1)) return -1;
  } else if (!b0) return -1;
  return x;
}
/** Whether the token j (next to the token with digits on side dir) is a short word in capitals joined to it by one blank or dash. */
/** upperNext, or in a text typed in lower case a token of letters that are no word (Detector.lowerCodeLetters). */
function lettersNext(d: Detector, j: number, dir: number): boolean {
  if (upperNext(d, j, dir)) return true;
  const u = d.toks[j];
  // (Nor a name's part: "chong tran van minh 090 555 8814".)
  if (u === undefined || u.e - u.s > 4 || !d.lowerCodeLetters(u) || (d.fl(u.k) & NAME_BITS) !== 0) return false;
  const t = d.toks[j - dir] as Tok;
  return dir < 0 ? u.e + 1 === t.s : t.e + 1 === u.s;
}

function upperNext(d: Detector, j: number, dir: number): boolean {
  const u = d.toks[j];
  if (u === undefined || (u.shape !== 'U' && u.shape !== 'I') || u.e - u.s > 4) return false;
  const t = d.toks[j - dir] as Tok;
  return dir < 0 ? u.e + 1 === t.s : t.e + 1 === u.s;
}

/** Digit groups from s ("0176 55501 447", "030 / 4471 2291", "816- 555 -Ol22", "(8l6) 555-Ol84"): the end of the
 * longest run of two or more groups holding min (9) to 12 digits, or -1; O and l count as digits inside groups with a digit. */
function phoneGroupsEnd(v: string, s: number, min = 9): number {
  const n = v.length;
  let x = s;
  const paren = v.charCodeAt(x) === 40;
  if (paren) x++;
  let digits = 0;
  let real = 0;
  let groups = 0;
  let best = -1;
  for (;;) {
    const g0 = x;
    let gd = 0;
    while (x < n) {
      const c = v.charCodeAt(x);
      if (c >= 48 && c <= 57) gd++;
      else if (!OCR_DIGIT(c)) break;
      x++;
    }
    const len = x - g0;
    if (len === 0 || len > 5 || gd === 0) break;
    const c = codeAt(v, x);
    // A group runs into a word ("12mg", "Ol22abc"): the run ends before it.
    if (isWordCode(c)) break;
    digits += len;
    real += gd;
    groups++;
    if (digits > 12) break;
    if (groups >= 2 && digits >= min && real >= 7 && !((c === 46 || c === 47) && isDigitCode(codeAt(v, x + 1)))) best = x;
    if (paren && groups === 1) {
      if (c !== 41) break;
      x++;
    }
    const y = groupSepEnd(v, x);
    if (y < 0) break;
    x = y;
  }
  return best;
}

/** A national phone number in any grouping from the token with digits t: 0 when no run of groups starts there, else the
 * run's end (negative when the run was taken as a phone after its label). */
function phoneRunAt(d: Detector, t: Tok, before: number): number {
  const v = d.v;
  const len = t.w.length;
  const c0 = t.w.charCodeAt(0);
  // A national phone number in any grouping after a phone label, a letterhead letter or "is on".
  const s = before === 40 ? t.s - 1 : t.s;
  const e = phoneGroupsEnd(v, s, 8);
  // (A number in one token is left to the phone shapes: the run goes on past the token.)
  // Eight digits only as two groups of four after a phone word ("Tel 2555 0134").
  const eight = e - s === 9 && len === 4 && v.charCodeAt(t.e) === 32;
  const nd = e > t.e + 1 ? digitsIn(v, s, e) : 0;
  // (A North American number in its usual grouping is RE.phone's.)
  if (e <= t.e + 1 || !(eight || nd >= 9) || NANP_GROUPS.test(v.slice(s, e))) return 0;
  const back = v.slice(Math.max(0, s - 24), s);
  const label = NUMBER_PHONE_LABEL.test(back) || (!eight && (NUMBER_LETTER_LABEL.test(back) || (c0 === 48 && NUMBER_ON_CUE.test(back) && v.slice(s, e).split(/[^0-9Ol]+/).length >= 3)));
  if (!label) return e;
  d.addPhone(s, e, 90);
  return -e;
}

/** The rules of numberCues at a token with digits of up to four characters: 1 when one took it (the token's other rules are
 * skipped), a run's end (above 1) when a spaced date took the next tokens too, else 0. */
function shortNumberAt(d: Detector, i: number): number {
  const v = d.v;
  const toks = d.toks;
  const t = toks[i] as Tok;
  const w = t.w;
  const len = w.length;
  const c0 = w.charCodeAt(0);
  const before = codeAt(v, t.s - 1);
  const next = codeAt(v, t.e);
  // "617/555-0144": an area code before a slash.
  if (len === 3 && next === 47 && c0 >= 50 && AREA_SLASH_PHONE.test(v.slice(t.e, t.e + 9)) && !isWordCode(codeAt(v, t.e + 9)) && codeAt(v, t.e + 9) !== 45 && !isDigitCode(before) && before !== 47) {
    d.addPhone(t.s, t.e + 9, 90);
    return 1;
  }
  // "<age>94</age>", "age=97": an age over 89 as a record's value.
  if (len <= 3 && (before === 62 || before === 61 || before === 58 || (before === 32 && (codeAt(v, t.s - 2) === 58 || codeAt(v, t.s - 2) === 61))) && (len === 2 ? c0 === 57 : len === 3 && c0 === 49 && (w.charCodeAt(1) === 48 || w.charCodeAt(1) === 49)) && /^\d+$/.test(w) && KEYED_AGE_BEFORE.test(v.slice(Math.max(0, t.s - 40), t.s))) {
    d.add(t.s, t.e, 'AGE_OVER_89', 88);
    return 1;
  }
  if (len <= 2 && isDigitCode(c0) && codeAt(v, t.e) === 32 && isDigitCode(codeAt(v, t.e + 1)) && !isDigitCode(before)) {
    SPACED_DATE.lastIndex = t.s;
    const m = SPACED_DATE.exec(v);
    if (m && +(m[1] as string) >= 1 && +(m[1] as string) <= 12 && dayOk(m[2] as string) && SPACED_DATE_CUE.test(v.slice(Math.max(0, t.s - 24), t.s))) {
      d.add(t.s, t.s + m[0].length, 'DATE', 80);
      return t.s + m[0].length;
    }
  }
  if (len === 4 && ((c0 === 49 && w.charCodeAt(1) === 57) || (c0 === 50 && w.charCodeAt(1) === 48)) && isDigitCode(w.charCodeAt(2)) && isDigitCode(w.charCodeAt(3)) && i >= 2) {
    const p1 = toks[i - 1] as Tok;
    const p2 = toks[i - 2] as Tok;
    // "maio de 2025", "1 abr 2025".
    if (p1.k === 'de' && p2.shape !== 'X' && FOREIGN_MONTH_WORDS.has(p2.k) && oneSpace(v, p2.e, p1.s) && oneSpace(v, p1.e, t.s)) d.add(p2.s, t.e, 'DATE', 86);
    else if (FOREIGN_MONTH_SHORT.has(p1.k) && p2.shape === 'X' && p2.w.length <= 2 && /^\d+$/.test(p2.w) && dayOk(p2.w) && spaces(v, p2.e, p1.s) && /^\.?[ \t]+$/.test(v.slice(p1.e, t.s))) d.add(p2.s, t.e, 'DATE', 86);
    // "since 03.2024": a month and a year with a dot.
    if (before === 46 && isDigitCode(codeAt(v, t.s - 2)) && isDigitCode(codeAt(v, t.s - 3)) && !isWordCode(codeAt(v, t.s - 4)) && codeAt(v, t.s - 4) !== 46 && /^(?:0[1-9]|1[0-2])$/.test(v.slice(t.s - 3, t.s - 1)) && !(next === 46 && isDigitCode(codeAt(v, t.e + 1))) && YEAR_DOT_MONTH_CUE.test(v.slice(Math.max(0, t.s - 19), t.s - 3))) d.add(t.s - 3, t.e, 'DATE', 80);
    // "since 2024.09".
    if (codeAt(v, t.e) === 46 && /^\.(?:0[1-9]|1[0-2])(?![\w\/-]|[.,]\d)/.test(v.slice(t.e, t.e + 5)) && YEAR_DOT_MONTH_CUE.test(v.slice(Math.max(0, t.s - 16), t.s))) d.add(t.s, t.e + 3, 'DATE', 80);
    return 1;
  }
  if ((len === 2 ? c0 === 57 : len === 3 && c0 === 49 && (w.charCodeAt(1) === 48 || w.charCodeAt(1) === 49)) && codeAt(v, t.e) === 32 && AGE_CUE_FIRST.has(codeAt(v, t.e + 1) | 32) && isDigitCode(w.charCodeAt(len - 1)) && isDigitCode(w.charCodeAt(1)) && !isDigitCode(before) && before !== 46 && before !== 47 && before !== 45) {
    const after = v.slice(t.e, t.e + 20);
    const back = v.slice(Math.max(0, t.s - 24), t.s);
    if (AGE_SELF_AFTER.test(after) || (AGE_NOW_AFTER.test(after) && AGE_NOW_BEFORE.test(back)) || (AGE_Y_AFTER.test(after) && codeAt(v, t.e) === 32 && /,[ \t]*$/.test(back))) d.add(t.s, t.e, 'AGE_OVER_89', 88);
    return 1;
  }
  if (len === 2 && c0 === 57 && (next === 44 || next === 46 || next === 59 || next === 41) && isDigitCode(w.charCodeAt(1)) && !isDigitCode(codeAt(v, t.e + 1)) && AGE_AT_EVENT_BEFORE.test(v.slice(Math.max(0, t.s - 32), t.s))) {
    d.add(t.s, t.e, 'AGE_OVER_89', 88);
    return 1;
  }
  // "this 14th day of April, 2025".
  if (len >= 3 && len <= 4 && ordinalEnd(w) && codeAt(v, t.e) === 32 && (codeAt(v, t.e + 1) | 32) === 100) {
    DAY_OF_MONTH.lastIndex = t.e;
    const m = DAY_OF_MONTH.exec(v);
    if (m && dayOk(w.slice(0, -2))) d.add(t.s, t.e + m[0].length, 'DATE', 94);
    return 1;
  }
  if (len === 4 && w.charCodeAt(3) === 89 && DICOM_AGE.test(w) && +w.slice(0, 3) >= 90 && DICOM_AGE_BEFORE.test(v.slice(Math.max(0, t.s - 12), t.s))) {
    d.add(t.s, t.s + 3, 'AGE_OVER_89', 88);
    return 1;
  }
  return 0;
}

/** The rules of numberCues at a token with digits of five characters or more: whether one took it. */
function longNumberAt(d: Detector, i: number): boolean {
  const v = d.v;
  const toks = d.toks;
  const t = toks[i] as Tok;
  const w = t.w;
  const len = w.length;
  const c0 = w.charCodeAt(0);
  const before = codeAt(v, t.s - 1);
  const next = codeAt(v, t.e);
  // A key of a record before a ten-digit number ("fax=6175550199", "<fax>6175550199</fax>", "sms:6175550144"), or a
  // call-back word ("cb 6175550144").
  if ((len === 10 || (len === 11 && c0 === 49)) && isDigitCode(w.charCodeAt(len - 1)) && /^\d+$/.test(w)) {
    const p = toks[i - 1];
    const back = p !== undefined && (CALL_BACK_WORDS.has(p.k) || before === 61 || before === 62 || before === 58 || before === 34) ? v.slice(Math.max(0, t.s - 24), t.s) : '';
    if (((before === 61 || before === 62 || before === 58 || before === 34) && KEYED_PHONE_BEFORE.test(back)) || ((before === 32 || before === 35 || before === 58) && p !== undefined && CALL_BACK_WORDS.has(p.k) && CALL_BACK_BEFORE.test(back))) {
      d.addPhone(t.s, t.e, 90);
      return true;
    }
  }
  // A military date-time group ("140930ZMAR25": day, hour and minute, zone, month, year).
  if (len === 12 && isDigitCode(w.charCodeAt(11)) && DTG.test(w) && dayOk(w.slice(0, 2)) && MONTH_WORDS.has(w.slice(7, 10).toLowerCase())) {
    d.add(t.s, t.e, 'DATE', 86);
    return true;
  }
  // "ADM: 031425", "DOB 030748": six digits after a date's label, read month first or year first.
  // "SERVICE DATE 03142025", "DOB: 04021931": eight digits, month or day first, with the year last.
  if ((len === 6 || len === 8) && isDigitCode(w.charCodeAt(len - 1)) && (before === 32 || before === 58 || before === 124) && /^\d+$/.test(w) && (len === 6 ? sixDigitDate(w) : eightDigitDate(w)) && SIX_DATE_LABEL.test(v.slice(Math.max(0, t.s - 16), t.s))) {
    d.add(t.s, t.e, 'DATE', 84);
    return true;
  }
  if (len >= 12 && len <= 13 && (c0 === 48 || w.charCodeAt(2) === 45) && DASHED_PHONE.test(w) && NUMBER_KIN_BEFORE.test(v.slice(Math.max(0, t.s - 70), t.s))) {
    d.add(t.s, t.e, 'PHONE', 35);
    return true;
  }
  if (len >= 13 && len <= 16 && w.charCodeAt(8) === 84) {
    const m = BASIC_DATE_TIME.exec(w);
    if (m) d.add(t.s, t.s + 8, 'DATE', 85);
    return true;
  }
  // "Dexcom G7 sensor 9XK2L1", "transmitter 8GTX2K": a code of letters and digits right after a device's head word.
  // (A serial, not a model: no dash, two letters and two digits or more, not a number and a unit as "10PEEP".)
  if (len >= 6 && t.capitals >= 2 && i > 0 && DEVICE_HEAD_WORDS.has((toks[i - 1] as Tok).k) && (toks[i - 1] as Tok).e + 1 === t.s && !isWordCode(next) && next !== 45 && next !== 47 && /^(?=[A-Z0-9]*\d[A-Z0-9]*\d)[A-Z0-9]+$/.test(w) && !/^\d+[A-Z]+$/.test(w)) {
    d.add(t.s, t.e, 'DEVICE', 66);
    return true;
  }
  return false;
}

export function numberCues(d: Detector): void {
  // (Stop 19: the tokens with digits, then the cue words, each read by a function of its own: a rare rule met for the first
  // time deoptimizes and recompiles that function only.)
  if (numberTokens(d)) ocrNumbers(d);
  numberWordCues(d);
}

/** numberCues, the tokens with digits (xIdx): runs of groups, short and long numbers, plates, coded tags; whether a token
 * looks like OCR text. */
function numberTokens(d: Detector): boolean {
  const v = d.v;
  const toks = d.toks;
  let runEnd = -1;
  let ocr = false;
  // (Stop 29, speed: by index, not with for-of: the same order over a list nothing here changes; a smaller graph for the
  // optimizing compiler, faster interpreted passes. So in numberWordCues, where the candidates' live length is read at
  // each step as the iterator reads it.)
  for (let x = 0, xs = d.xIdx; x < xs.length; x++) {
    const i = xs[x] as number;
    const t = toks[i] as Tok;
    const w = t.w;
    const len = w.length;
    const c0 = w.charCodeAt(0);
    if (!ocr && ocrToken(v, t)) ocr = true;
    if (t.s < runEnd) continue;
    const before = codeAt(v, t.s - 1);
    // (A run of groups goes on after the token with a blank, a dash, a slash, a dot or a bracket, or the token holds dashes.)
    if (isDigitCode(c0) && !isDigitCode(before) && before !== 45 && before !== 46 && before !== 47 && (len > 5 || groupFollows(v, t.e, before === 40))) {
      const e = phoneRunAt(d, t, before);
      if (e < 0) {
        runEnd = -e;
        continue;
      }
      if (e > 0) runEnd = e;
    }
    if (len <= 4) {
      // (The short rules open with 9, 1 or 2, end with a letter, or are a day or an area code before a blank or a slash.)
      const next = v.charCodeAt(t.e);
      const r = c0 === 57 || c0 === 49 || c0 === 50 || (len <= 2 && next === 32) || (len === 3 && next === 47) || !isDigitCode(w.charCodeAt(len - 1)) ? shortNumberAt(d, i) : 0;
      if (r > 1) runEnd = r;
      if (r !== 0) continue;
    } else if ((len === 6 || len === 8 || (len >= 10 && len <= 13) || t.capitals >= 2 || (len > 8 && len <= 16 && w.charCodeAt(8) === 84)) && longNumberAt(d, i)) continue;
    if (d.vehicleText && (t.capitals > 0 || lettersNext(d, i - 1, -1) || lettersNext(d, i + 1, 1) || (d.lowerTyped && /[a-z]/.test(t.w))) && plateAt(d, i)) continue;
    // "voiceprint match (VP-7730-1184)": a code with letters and digits shortly after a biometric word.
    if (len >= 7 && t.capitals >= 2 && w.includes('-')) {
      const cue = codeCue(d, i);
      if (cue !== 0) {
        const back = v.slice(Math.max(0, t.s - 60), t.s);
        if (cue === 1 && BIOMETRIC_NEAR.test(back)) d.add(t.s, t.e, 'BIOMETRIC', 67);
        // "Hugs security tag HUG-0A3F-1187": a tag's code.
        else if (cue === 2 && DEVICE_BEFORE.test(back)) d.add(t.s, t.e, 'DEVICE', 67);
      }
    }
  }
  return ocr;
}

/** numberCues, after the tokens with digits: image files, spoken dates and social security numbers, e-mail users. */
function numberWordCues(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  // "Images: CT_HEAD_DOE_0214.zip", "OCT RNFL: RNFL_20250422.pdf": an archive or a document of images is a photo.
  // (pdf carries the photo extensions' trigger bit, zip the postcode labels'.)
  if (d.seen & T.ZIP) imageFiles(d, '.zip');
  if (d.seen & T.PHOTO_EXT) imageFiles(d, '.pdf');
  // "date of birth april nine nineteen forty nine".
  if (d.hasMonth) for (let x = 0, xs = d.monthIdx; x < xs.length; x++) {
    const i = xs[x] as number;
    const t = toks[i] as Tok;
    const nx = toks[i + 1];
    if (t.shape === 'X' || nx === undefined || !CARDINAL_DAY_FIRST.has(nx.k) || !FULL_MONTHS.has(t.k) || (t.k === 'may' && t.shape !== 'T')) continue;
    MONTH_CARDINAL_YEAR.lastIndex = t.e;
    const m = MONTH_CARDINAL_YEAR.exec(v);
    if (m) d.add(t.s, t.e + m[0].length, 'DATE', 93);
  }
  // "account rgaines67@webmail.example": a label's value that stops at "@" is the e-mail's user part; the e-mail wins.
  // "IMEI 35 881203 449120 7": a spaced IMEI keeps its check digit (15 digits).
  const at = v.includes('@');
  for (let x = 0, cs = d.cands; x < cs.length; x++) {
    const c = cs[x] as Cand;
    if (at && c.p > 0 && c.t !== 'EMAIL' && codeAt(v, c.e) === 64 && c.t !== 'NAME' && c.t !== 'LOCATION' && emailAt(v, c.s)) c.p = -1;
    else if (c.t === 'DEVICE' && codeAt(v, c.e) === 32 && isDigitCode(codeAt(v, c.e + 1)) && !isWordCode(codeAt(v, c.e + 2)) && /^\d{2}(?: \d{6}){2}$/.test(v.slice(c.s, c.e))) d.add(c.s, c.e + 2, 'DEVICE', c.p + 1);
  }
  // "social four one two five five zero three eight six": a social security number spoken digit by digit.
  for (let x = 0, xs = d.stickyIdx; x < xs.length; x++) {
    const i = xs[x] as number;
    const t = toks[i] as Tok;
    if ((t.f & T.SSN) === 0 || (t.k !== 'social' && t.k !== 'ssn')) continue;
    SPOKEN_NINE.lastIndex = t.e;
    const m = SPOKEN_NINE.exec(v);
    if (!m) continue;
    const g = m[1] as string;
    const st = m.index + m[0].length - g.length;
    d.add(st, st + g.length, 'SSN', 90);
  }}

/** OCR text reads 0 as O and 1 as l ("DOB : l2 /O7 / l96O", "SS# 49l-55-O238", "Ph 816- 555 -Ol22"): on each line with
 * such a token, the dates, social security numbers and phones of a copy with O and l read as digits (runs of digits,
 * O and l only) that the copy changed. */
function ocrNumbers(d: Detector): void {
  const v = d.v;
  let lineFrom = -1;
  for (const i of d.xIdx) {
    const t = d.toks[i] as Tok;
    if (t.s < lineFrom || !ocrToken(v, t)) continue;
    const a = lineStartOf(v, t.s);
    let b = lineEndOf(v, t.e);
    if (b < 0) b = v.length;
    lineFrom = b;
    // Read O and l as digits in runs of digits, O and l that hold a digit and stand alone (not "Old", "all").
    const chars = v.slice(a, b).split('');
    for (let x = a; x < b; ) {
      if (!ocrDigitAt(v, x)) {
        x++;
        continue;
      }
      let y = x;
      let dg = false;
      while (y < b && ocrDigitAt(v, y)) {
        if (isDigitCode(v.charCodeAt(y))) dg = true;
        y++;
      }
      if (dg && (x === a || !isAsciiLetter(v.charCodeAt(x - 1))) && (y === b || !isAsciiLetter(v.charCodeAt(y)))) {
        for (let k = x; k < y; k++) {
          const c = v.charCodeAt(k);
          if (c === 79) chars[k - a] = '0';
          else if (c === 108) chars[k - a] = '1';
        }
      }
      x = y;
    }
    const line = chars.join('');
    for (let p = 0; p < line.length; p++) {
      const c = line.charCodeAt(p);
      if (!isDigitCode(c) && c !== 40) continue;
      if (p > 0 && (isDigitCode(line.charCodeAt(p - 1)) || isLetterCode(line.charCodeAt(p - 1)))) continue;
      const changed = (q: number) => {
        for (let k = p; k < q; k++) if (line.charCodeAt(k) !== v.charCodeAt(a + k)) return true;
        return false;
      };
      OCR_DATE.lastIndex = p;
      let m = OCR_DATE.exec(line);
      if (m && +(m[1] as string) <= 31 && +(m[3] as string) <= 31 && (+(m[1] as string) <= 12 || +(m[3] as string) <= 12) && changed(p + m[0].length)) {
        d.add(a + p, a + p + m[0].length, 'DATE', 88);
        p += m[0].length - 1;
        continue;
      }
      OCR_SSN.lastIndex = p;
      m = OCR_SSN.exec(line);
      if (m && changed(p + m[0].length)) {
        d.add(a + p, a + p + m[0].length, 'SSN', 88);
        p += m[0].length - 1;
        continue;
      }
      OCR_PHONE.lastIndex = p;
      m = OCR_PHONE.exec(line);
      if (m && changed(p + m[0].length)) {
        d.addPhone(a + p, a + p + m[0].length, 88);
        p += m[0].length - 1;
      }
    }
  }
}
