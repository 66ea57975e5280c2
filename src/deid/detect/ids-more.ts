// Stop 27: identifiers, dates and ages in forms the earlier rules do not read. A very old person's age beside the name,
// in brackets, with a year's word of another language or spelled out ("Vasquez, Ines, 91, fall", "Hallam, Ruth (94)",
// "88 aar" / "96 aar", "aged ninety three"); a plate after a registration's word ("reg KJA 318 XL", "placa FRK-55D",
// "rego CT 71 QK"); a device's asset code after the device ("tele box TX-5N-4471", "sensor mat AMT-5502-118"); a
// biometric template's code ("voiceprint ... VP-7719-ACH", "IRIS-0617-7782"); the last four of a masked social security
// number ("XXX-XX-4471", "last 4 6610"); a national number after its label in other languages ("cedula 1.037.552.418",
// "T.C. kimlik 100 234 567 90", "fodselsnummer 030458 47310", "C.F. RSSMRA80A01H501U"); a day and a month after a
// weekday or a preposition ("Sat 19/12", "on 25.11", "Friday 20th"); a month of another language and its year ("januar
// 2026", "maart 2024"); an issuer's code before a number another rule found ("GSH 00412771", "BONITAS 887341022").
// Run after the identifier rules (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { PhiType } from '../types.js';
import { CUE27_WORDS, type Cand, type Tok } from './words.js';
import type { Detector } from './detector.js';
import { CA_PROVINCES, FOREIGN_MONTH_WORDS, FULL_MONTHS, FUNCTION_WORDS, M, STATE_ABBR_SET } from './vocabulary.js';
import { L, NAME_BITS } from '../lexicon.js';
import { lineStartOf } from './text.js';
import { mergeSorted } from './shapes.js';

const enum K {
  PLATE = 1,
  DEVICE = 2,
  BIO = 4,
  NATID = 8,
  WEEKDAY = 16,
  PREP = 32,
  MONTH = 64,
  LAST = 128,
  AGED = 256,
  AIR = 512,
  SMONTH = 1024,
}

/** Words of a vehicle's registration, in several languages. */
const PLATE_WORDS_27 = 'reg rego plate placa plaque immatriculation matricula kennzeichen targa kenteken veh vehicle';
/** Devices that carry an asset's or a serial code of their own. */
const DEVICE_WORDS_27 = 'box asset machine scanner mat pyxis omnicell camera cctv patch tablet ipad laptop pump receiver ' +
  'generator cuff concentrator incubator ventilator monitor sensor handset pager transmitter controller cabinet glucometer ' +
  'nebuliser nebulizer wheelchair hoist scope endoscope gastroscope colonoscope duodenoscope bronchoscope device concentrador';
/** Words of a biometric template or record. */
const BIO_WORDS_27 = 'voiceprint voiceprints voice fingerprint fingerprints iris palm gait faceprint retina retinal huella ' +
  'biometric biometrics template templates';
/** Labels of national numbers of persons in other languages (the rules of national-ids.ts read the common ones). */
const NATID_WORDS_27 = 'cedula cc cpf nis kimlik fodselsnummer fødselsnummer fodselsnr fødselsnr personnummer cuil cuit ' +
  'legajo pnc r c';
/** Words of an aircraft and its flight: its registration is near ("PC-12 VH-FVZ departed", "Fixed-wing N512LF", "Flight
 * C-GXNK (air ambulance)", "RETRIEVAL TASKED, VH-FVM KING AIR"). */
// (Not "plane", an imaging's plane: "Axial plane shows G-TUBE".)
const AIR_WORDS_27 = 'flight aircraft fixed-wing rotary-wing jet helicopter heli rfds medevac retrieval pc-12 pc12 king';
const WEEKDAYS_27 = 'mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat saturday sun sunday';
// (Stop 37: and a participle's, "Water samples taken 22/7 by", "given 14/11": a day and a month with a slash only.)
/** (Stop 37) Months written short, English and of other languages (Spanish, Portuguese, Italian, French, Malay,
 * Nordic, German), read after a day (dayThenMonth37). */
const SHORT_MONTHS_37 = 'jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic dez fev gen giu lug ott okt janv juil avr out set dis';
/** (Stop 37) Month words that are also everyday words or short forms ("may", "march", "aug" for Augmentin, "dec" for
 * decreased, Portuguese "out", "set", French "mai", "mars"): after a day only before the clause's, the cell's or the
 * line's end. */
const AMBIGUOUS_MONTHS_37 = new Set('may march mar aug dec out set mai mars ago'.split(' '));
/** (Stop 37) Words before a number that make it a bed's, a room's or a count's, not a day ("bed 12 mai", "room 4 dec"). */
const NOT_DAY_BEFORE_37 = new Set('bed beds room rm bay ward unit no nr cubicle cot level floor dose doses x tab tabs page step grade stage in team drain drains'.split(' '));
/** (Stop 37) Month words of other languages that are clinical words ("1 out", "2 set", "3 gen surg", "plt 20 dic screen",
 * "2 dis", "2 ago"): read only with a date's cue, a preposition before the day ("on 2 out", "desde 3 set", "le 1 dis"). */
const CLINICAL_MONTHS_37 = new Set('out set gen dic dis ago'.split(' '));
const DAY_CUE_BEFORE_37 = /(?:^|[^\p{L}])(?:on|em|el|il|desde|a|le)[ \t]+$/iu;
const PREPS_27 = 'on since until till from posted dated op taken given changed started stopped collected';
/** Month names of languages FOREIGN_MONTH_WORDS lacks (Dutch, Indonesian and Malay, Nordic, Polish, Romanian,
 * Czech, Hungarian, Latvian, Lithuanian, Turkish; without diacritics as typed on any keyboard). */
const MORE_MONTHS_27 = 'januari februari maart mei augustus oktober desember agustus april juni juli september november ' +
  'december januar februar mars oktober desember augusti ianuarie februarie martie aprilie mai iunie iulie ' +
  'septembrie octombrie noiembrie decembrie styczen stycznia luty lutego marzec marca kwiecien kwietnia czerwiec czerwca ' +
  'lipiec lipca sierpien sierpnia wrzesien wrzesnia pazdziernik pazdziernika listopad listopada grudzien grudnia ' +
  'leden unor brezen duben kveten cerven cervenec srpen zari rijen listopad prosinec januar februar marcius aprilis ' +
  'majus junius julius augusztus szeptember oktober november december ocak subat mart nisan mayis haziran temmuz agustos ' +
  'eylul ekim kasim aralik janvaris februaris marts aprilis maijs junijs julijs augusts septembris oktobris novembris ' +
  'decembris sausis vasaris kovas balandis geguze birzelis liepa rugpjutis rugsejis spalis lapkritis gruodis';

let table27: Map<string, number> | undefined;
function table(): Map<string, number> {
  if (table27 !== undefined) return table27;
  const t = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const w of words) t.set(w, (t.get(w) ?? 0) | bit);
  };
  mark(PLATE_WORDS_27.split(' '), K.PLATE);
  mark(DEVICE_WORDS_27.split(' '), K.DEVICE);
  mark(BIO_WORDS_27.split(' '), K.BIO);
  mark(NATID_WORDS_27.split(' '), K.NATID);
  mark(WEEKDAYS_27.split(' '), K.WEEKDAY);
  mark(PREPS_27.split(' '), K.PREP);
  mark(FULL_MONTHS, K.MONTH);
  mark(FOREIGN_MONTH_WORDS, K.MONTH);
  mark(MORE_MONTHS_27.split(' '), K.MONTH);
  mark(['last'], K.LAST);
  mark(['aged', 'age', 'ninety', 'hundred'], K.AGED);
  mark(AIR_WORDS_27.split(' '), K.AIR);
  mark(SHORT_MONTHS_37.split(' '), K.SMONTH);
  for (const w of t.keys()) CUE27_WORDS.add(w);
  table27 = t;
  return t;
}

// (Built now, when the module is evaluated: its words must be in CUE27_WORDS before the tokenizer memoizes any word.)
table();

/** A template's code named by its kind ("IRIS-0617-7782", "FACE-UNM-77", "GAIT-0447-02"): three groups with two digits,
 * or two with four (not a trial's or a scale's name, "GAIT-12", "IRIS-2"). */
const BIO_HEAD_27 = /^(?:IRIS|FACE|GAIT|VOICE|PALM|FINGER|RETINA|VEIN|FPRINT|VPRINT)-(?:(?=[A-Z0-9-]*\d[A-Z0-9-]*\d)[A-Z0-9]+-[A-Z0-9]+(?:-[A-Z0-9]+)*|(?=[A-Z0-9]*\d[A-Z0-9]*\d[A-Z0-9]*\d[A-Z0-9]*\d)[A-Z0-9]+)$/;
/** This year, read once: a birth date's year and the age beside it add up to at most this year (and a year or two more). */
const YEAR_NOW_27 = new Date().getUTCFullYear();
/** An age of ninety or more in digits. */
const OLD_AGE_27 = /^(?:9\d|1[01]\d)$/;
/** A year's word after an age, in several languages ("94 aar", "91 ans", "92 anos", "90 y", "96 Jahre"). */
const AGE_UNIT_27 = /^[ \t]?(?:y|yo|y\.o\.?|yrs?|yr\.|Y|YO|YRS?|aar|år|ar|ars|års|ans|anos|años|anni|jahre|Jahre|jaar|ani|vuotias|tahun|yas|yaş|eves|éves|god|godina)(?![\p{L}\d])(?![ \t]*\d)/u;
/** Right after an age beside a name: the field's, the clause's or the line's end, or a dash before the next field. */
const AGE_END_27 = /^(?:[ \t]*(?:[,;|/)\]]|\r?\n|$)|[ \t]+-[ \t])/;
/** Words before an age in brackets: a person's ("Elderly woman (91)", "mother (90)"). */
const PERSON_BEFORE_27 = /(?:^|[^\p{L}])(?:woman|man|lady|gentleman|male|female|widow|widower|patient|pt|resident|client|mother|father|grandmother|grandfather|grandma|grandpa|aunt|uncle|husband|wife)[ \t]*$/iu;
/** A measure's or a share's word after a number: no age ("aged ninety days", "ninety percent"). */
const NOT_AGE_AFTER_27 = /^[ \t-]*(?:percent|per[ \t]cent|%|days?|weeks?|months?|minutes?|mins?|hours?|seconds?|mg|kg|degrees?|times)(?!\p{L})/iu;
/** An age spelled out: ninety, ninety-one... or a hundred and one. */
const SPELLED_AGE_27 = /(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)[ -]hundred(?:(?:[ -]and)?[ -](?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?![\p{L}-])/iuy;

/** Capitals that are a label, a unit or a clinical word, never a group of a plate or a code. */
const NOT_CODE_GROUP_27: ReadonlySet<string> = new Set(('VIN DOB MRN ETA ID NO NR TAG REG VEH UNIT AT IN ON TO BY OF OR IF ' +
  'IS IT AS AN BE HE WE ME MY SO UP US AND THE FOR PM AM HRS HR MIN MINS KG MG MCG ML MM CM IU PT DR RN MD OK CT ED ER ICU ' +
  'BP RR GCS LCP DCP VA SN SIZE NUMBER NUM MOT DUE TAX SUV HU').split(' '));
/** A plate's code: one to four groups of letters (up to three), digits (up to five) or both (up to seven), parted by a
 * blank, a hyphen or a point. */
const PLATE_CODE_27 = /(?:[A-Z]{1,3}|\d{1,5}|(?=[A-Z]{0,6}\d)(?=\d{0,6}[A-Z])[A-Z0-9]{2,7})(?:[ .-](?:[A-Z]{1,3}|\d{1,5}|(?=[A-Z]{0,6}\d)(?=\d{0,6}[A-Z])[A-Z0-9]{2,7})){0,3}(?![\p{L}\d]|[-.][\p{L}\d])/uy;
/** A device's or a template's code: letters first, then groups parted by hyphens ("TX-5N-4471", "FMC-4008S-5A1172"),
 * or letters and digits joined ("SK0417", "WTU318C1234K"). */
const DEVICE_CODE_27 = /(?:[A-Z][A-Z0-9]{0,9}(?:-[A-Z0-9]{1,10}){1,4}|[A-Z]{2,4}\d{4,10}[A-Z0-9]{0,6})(?![\p{L}\d]|[-.][\p{L}\d])/uy;
/** Between a device's word and its code: blanks, a bracket, a colon or "#", a serial's or an asset's label. */
const DEVICE_LABEL_27 = /[ \t]*(?:[:#=(][ \t]*)?(?:(?:no\.?|nr\.?|id|sn|s\/n|serial|number|tag|asset)[ \t]*[:#.]?[ \t]+)?/iy;
/** A label's tail after its word: a number's word, a colon, "=" or "#", then blanks. */
const LABEL_TAIL_27 = /(?:\.?[ \t]*(?:no\.?|nr\.?|number|#|id)?[ \t]*[:=#]?[ \t]*["'(]?)/iy;
/** National numbers' shapes: dotted thousands ("1.037.552.418", "43.118.902"), groups of digits ("100 234 567 90",
 * "030458 47310"), a birth number with a slash ("360512/0000"), a tax code of letters and digits ("LBNCLG31P12D009X"), a
 * record's code ("09/555122X", "L-0871"). */
const NATID_CODE_27 = /(?:\d{1,3}(?:\.\d{3}){2,3}(?:-\d{1,2})?|\d{3}(?: \d{3}){2} \d{2}|\d{6} ?\d{5}|\d{6}\/\d{3,4}|[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]|\d{2}\/\d{6,7}[A-Z]|[A-Z]-\d{3,6})(?![\p{L}\d]|[-./][\p{L}\d])/uy;
/** A day and a month with a slash or a point ("19/12", "25.11"), not followed by a year, a decimal or a fraction's rest. */
const DAY_MONTH_27 = /(0?[1-9]|[12]\d|3[01])([/.])(0?[1-9]|1[0-2])(?![\d/]|\.\d|[ \t]*(?:%|mg|mcg|ml|mmol|kg|g\b|l\b|units?\b|tab|cap|x\b|ng\b|nmol|pmol|umol|iu\b|meq|mm|cm|km|hrs?\b|min|bpm|s\b|[a-zµ]{1,5}\/))/iy;
/** An ordinal day ("20th", "23rd"). */
// (Stop 37: its suffix in capitals too, a text in capitals: "HOME FRIDAY 28TH", "MONDAY 23RD".)
const ORDINAL_DAY_27 = /(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|ST|ND|RD|TH)(?![\p{L}\d])/uy;
/** A word in lower case after an ordinal, but a preposition or a conjunction: the ordinal counts it ("2nd shift"). */
// (Also a noun in title case, but a month: not "Wed 2nd Floor", "Mon 1st Dose", "Friday 3rd Cycle".)
const ORDINAL_NOUN_27 = /^[ \t]+(?!(?:at|and|or|to|of|in|until|till|from|for|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b)(?:\p{Ll}|\p{Lu}\p{Ll})/u;
/** (Stop 37: after an ordinal in capitals, any word but those: "MON 2ND SHIFT", "WED 3RD FLOOR".) */
const ORDINAL_NOUN_CAPS_37 = /^[ \t]+(?!(?:AT|AND|OR|TO|OF|IN|UNTIL|TILL|FROM|FOR|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\b)\p{L}/u;
/** A score's, a strength's or a ventilator's word before a number with a slash in the line: "Pain 7/10", "power 4/5",
 * "BiPAP 16/6". */
export const SCORE_BEFORE_27 = /(?:^|[^\p{L}])(?:pain|score|scores|vas|nrs|power|mrc|strength|bipap|cpap|niv|ipap|epap|peep|pressure|support|ventilat\p{L}*|settings?)(?![\p{L}])[^\n]*$/iu;
/** A word in lower case after a day and a month, but a preposition: a count's noun ("6/10 pain", "3/4 meals", "1/2 tab"). */
// (One blank: after two, a table's next column, "Sat 10/1  DAY".)
const COUNT_NOUN_27 = /^[ ](?!(?:at|and|or|to|of|in|until|till|from|for|onwards|before|after)\b)\p{Ll}/u;
/** A day's ordinal said in words right before a month (group 1: what stands before it). */
const SPOKEN_ORDINAL_27 = /(^|[^\p{L}-])(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)[ \t]+$/iu;
/** A year said in words after a month ("twenty twenty four", "nineteen eighty", "two thousand and three"). */
const SPOKEN_YEAR_27 = /^[ \t]+(?:(?:nineteen|twenty)[- ](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[- ](?:one|two|three|four|five|six|seven|eight|nine)|hundred)|two[- ]thousand(?:[- ]and)?(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))?)(?![\p{L}-])/iu;
/** A year after a month's word. */
const MONTH_YEAR_27 = /[ \t]+(?:19|20)\d{2}(?![\p{L}\d]|[/.-]\d)/uy;

/** The types the rules add (the gate of Detector.runAll). */
export const IDS_MORE_TYPES_27: readonly PhiType[] = ['AGE_OVER_89', 'VEHICLE', 'DEVICE', 'BIOMETRIC', 'OTHER_ID', 'DATE', 'SSN', 'PHONE', 'ACCOUNT'];

export function idsMore27(d: Detector, types: ReadonlySet<PhiType> | null): void {
  const tab = table();
  const toks = d.toks;
  const on = (t: PhiType): boolean => !types || types.has(t);
  const v = d.v;
  let nameEnds: Map<number, boolean> | undefined;
  /** The ends of the names' (true) and the dates' (false) candidates, read once when an age needs them. */
  const ends = (): Map<number, boolean> => {
    if (nameEnds === undefined) {
      nameEnds = new Map();
      for (const c of d.cands) if (c.p >= 0 && (c.t === 'NAME' || c.t === 'DATE')) nameEnds.set(c.e, c.t === 'NAME' || nameEnds.get(c.e) === true);
    }
    return nameEnds;
  };
  // (The cue words' tokens are listed in d.idx27, in order: the table is looked up at them only. Stop 28, speed: they
  // and the tokens with digits, d.xIdx, in text order, not every token; a cue word holds no digit.)
  for (const i of mergeSorted(d.xIdx, d.idx27)) {
    const t = toks[i] as Tok;
    if (t.shape === 'X') {
      // (Stop 28, speed: the length and the first digit the pattern needs before the pattern.)
      if (on('AGE_OVER_89') && ((t.w.length === 2 && t.w.charCodeAt(0) === 57) || (t.w.length === 3 && t.w.charCodeAt(0) === 49)) && OLD_AGE_27.test(t.w)) ageAt(d, t, i, ends);
      else if (on('SSN') && (t.w.charCodeAt(0) | 32) === 120 && /^x{3}-x{2}-\d{4}$/i.test(t.w)) {
        if (!d.anyCand(t.e - 4, t.e)) d.add(t.e - 4, t.e, 'SSN', 60);
      } else if (t.e - t.s >= 7 && on('BIOMETRIC') && BIO_HEAD_27.test(t.w)) {
        if (!d.anyCand(t.s, t.e)) d.add(t.s, t.e, 'BIOMETRIC', 58);
      } else if (t.e - t.s >= 9 && on('OTHER_ID')) recordCode(d, t);
      // (The Pilatus PC-12, an air ambulance's aircraft: a token with digits, its key not lowered.)
      else if (t.e - t.s === 5 && (t.w === 'PC-12' || t.w === 'pc-12') && on('VEHICLE')) aircraftNear(d, t);
      continue;
    }
    const bits = tab.get(t.k);
    if (bits === undefined) continue;
    if (bits & K.PLATE && on('VEHICLE')) plateAfter(d, t);
    if (bits & K.DEVICE && on('DEVICE')) codeAfter(d, t, 'DEVICE', 24);
    if (bits & K.BIO && on('BIOMETRIC')) codeAfter(d, t, 'BIOMETRIC', 60);
    if (bits & K.NATID && on('OTHER_ID')) natIdAfter(d, t);
    if (bits & (K.WEEKDAY | K.PREP) && on('DATE')) dayMonthAfter(d, t, (bits & K.WEEKDAY) !== 0);
    if (bits & K.MONTH && on('DATE')) monthYear(d, t);
    if (bits & (K.MONTH | K.SMONTH) && on('DATE')) dayThenMonth37(d, t, i);
    if (bits & K.LAST && on('SSN')) lastFour(d, i);
    if (bits & K.AGED && on('AGE_OVER_89')) spelledAge(d, t, ends);
    if (bits & K.AIR && on('VEHICLE')) aircraftNear(d, t);
  }
  idEdges(d, types);
  if (on('DATE')) dateEdges(d);
}

/** An age of ninety or more in digits beside a name, in brackets after a name, a birth date or a person's word, or before
 * a year's word. */
function ageAt(d: Detector, t: Tok, i: number, ends: () => Map<number, boolean>): void {
  const v = d.v;
  const before = v.charCodeAt(t.s - 1);
  // (Not a decimal, a ratio, a range or a code's part: "66.90", "150/90", "90-95".)
  if (before === 46 || before === 47 || before === 45 || before === 58 || v.charCodeAt(t.e) === 46 && /\d/.test(v.charAt(t.e + 1))) return;
  if (d.anyCand(t.s, t.e)) return;
  // (Not a weight or a height: "M 95  KG", "(95) kg".)
  if (/^\)?[ \t]*(?:kg|kgs|lbs?|cm|g)(?![\p{L}\d])/iu.test(v.slice(t.e, t.e + 8))) return;
  // (Nor a rate after a span of years: "5 yr survival 95 y".)
  if (/\d[ \t]*(?:y|yrs?|years?)(?![\p{L}\d])[^\n\d]{0,24}$/iu.test(v.slice(Math.max(0, t.s - 30), t.s))) return;
  let ok = AGE_UNIT_27.test(v.slice(t.e, t.e + 10));
  if (!ok && before === 40 && v.charCodeAt(t.e) === 41) {
    // "(92)" after a name, a birth date or a person's word.
    let p = t.s - 1;
    while (p > 0 && (v.charCodeAt(p - 1) === 32 || v.charCodeAt(p - 1) === 44)) p--;
    ok = ends().get(p) === true || PERSON_BEFORE_27.test(v.slice(Math.max(0, p - 14), p));
    // (After a date, only a birth's: its year and the age make this year or so, "30/06/1934 (92)"; not a result's date,
    // "Creatinine 12/09/2025 (98)".)
    if (!ok && ends().get(p) === false) {
      const y = /(?:19|20)\d\d$/.exec(v.slice(Math.max(0, p - 4), p));
      ok = y !== null && Number(y[0]) + Number(t.w) >= 1990 && Number(y[0]) + Number(t.w) <= YEAR_NOW_27 + 2;
    }
    // (Or after a word the lexicons know as a name only, which no rule took: "Charley, Mae (90)", "IRON CLOUD (91)".)
    const pv = toks27(d, i - 1);
    if (!ok && pv !== undefined && pv.e === p && (pv.f & NAME_BITS) !== 0 && (pv.m & (M.NOT_NAME | M.MONTH_WORDS | M.TITLES | M.STRONG_CONTEXT)) === 0 && (pv.shape === 'T' || pv.shape === 'U' || (d.lowerDoc && pv.shape === 'L'))) ok = true;
  }
  if (!ok) {
    // "NGUYEN, VAN THANH   M 92  SEPSIS", "Samir Haddad,M,90,Iraq": after a sex's letter of a list's row that holds a name.
    const m = /(?:^|[,|;\t]|[ ]{2})[MFmf](?:[,|;\t][ \t]*|[ ]{1,8})$/.exec(v.slice(Math.max(0, t.s - 10), t.s));
    if (m !== null && /^(?:[ \t]*[,|;\t]|[ ]{2}|[ \t]*\r?\n|[ \t]*$)/.test(v.slice(t.e, t.e + 3))) {
      const ls = lineStartOf(v, t.s);
      ok = d.someOverlap(ls, t.s - m[0].length, (c) => c.t === 'NAME');
    }
  }
  // (In a table's row or a record of commas, a number beside a name is an age only in a text that names an age: "Quennell,
  // Harriet | 95 | 4" under "Name | Weight | Ward" is a weight.)
  const cell = /^[ \t]*[|\t]/.test(v.slice(t.e, t.e + 3)) || /[|\t][ \t]*$/.test(v.slice(Math.max(0, t.s - 3), t.s)) || (before === 44 && v.charCodeAt(t.e) === 44);
  if (!ok && cell && !ageWord(d)) return;
  // (In a table's row under a header, only in the header's column of the age: not "Ruth Hallam | 95 | 67" under
  // "Name | Weight (kg) | Age".)
  if (!ok && cell && !ageColumn(v, t.s)) return;
  if (!ok && AGE_END_27.test(v.slice(t.e, t.e + 4))) {
    // "Vasquez, Ines, 91," / "Hallam, Ruth 90 - AF" / "Dov Levi / 96 /": right after a name and a separator.
    const m = /(?:,[ \t]*|[ \t]+[/|][ \t]+|[ \t]{1,3})$/.exec(v.slice(Math.max(0, t.s - 6), t.s));
    if (m !== null) {
      const p = t.s - m[0].length;
      ok = ends().get(p) === true;
    }
  }
  if (ok) d.add(t.s, t.e, 'AGE_OVER_89', 60);
}

/** Whether a number in a table's cell lies in the column a header above names an age, or no header above names one. */
function ageColumn(v: string, at: number): boolean {
  const ls = lineStartOf(v, at);
  const sep = v.slice(ls, at).includes('|') || /^[^\n]*\|/.test(v.slice(at, at + 80)) ? '|' : '\t';
  const col = v.slice(ls, at).split(sep).length - 1;
  let e = ls - 1;
  for (let k = 0; k < 30 && e > 0; k++) {
    const s = e > 0 && v.charCodeAt(e - 1) !== 10 ? lineStartOf(v, e - 1) : e;
    const cells = v.slice(s, e).split(sep);
    const a = cells.findIndex((c) => /^[ \t]*(?:age|edad|idade|alter|leeftijd|alder|ålder|âge|wiek|yas|yaş|età|umur)\b/iu.test(c));
    if (a >= 0) return a === col;
    e = s - 1;
  }
  return true;
}

const ageWordOf = new WeakMap<Detector, boolean>();
/** Whether the text names an age in some language (a table's header "Age", "edad", "Alter"...), read once a text. */
function ageWord(d: Detector): boolean {
  let r = ageWordOf.get(d);
  if (r === undefined) {
    r = /(?:^|[^\p{L}])(?:age|aged|edad|idade|alter|leeftijd|alder|ålder|âge|wiek|yas|yaş|eta|età|vek|umur|tuoi|años|ans|aar|år)(?![\p{L}])/iu.test(d.v);
    ageWordOf.set(d, r);
  }
  return r;
}

/** The token at index x, or undefined. */
function toks27(d: Detector, x: number): Tok | undefined {
  return x >= 0 ? d.toks[x] : undefined;
}

/** Codes' first groups that name a standard, a code system, a test or a virus, not a record ("ISO-15189-2022",
 * "IEC-60601-1-2", "COVID-19-PCR"). */
const NOT_RECORD_HEAD_27: ReadonlySet<string> = new Set(('ISO IEC EN ICD NCT ASTM ANSI DIN BS HL7 CPT ATC NDC LOINC GS1 UN ' +
  'SAE IEEE COVID SARS HPV HIV HCV HBV HLA ECG EKG EEG CT MR MRI PET SPECT US RFC DSM CKD GOLD NYHA TNM AJCC WHO FIGO ' +
  'CYP BRCA EGFR ALK KRAS IGG IGM IGA CD PD PDL HER MMR DTAP TDAP PCV MENACWY MENB HEPB HEPA IPV BCG OPV FLU LOT BATCH ' +
  'REF MODEL VER V REV CBC FBC BMP CMP LFT LFTS UE CRP ESR INR APTT TSH ABG VBG HBA1C PANEL LAB').split(' '));
/** Words before a code that make it a product's or an event's, not a person's record ("lot", "batch", "model",
 * "catalogue", "safety event"), or an EDI segment's star. */
// (Also with a number's word between: not "Lot No: FK-2024-0117", "Catalogue no. BD-303172-2024".)
const PRODUCT_BEFORE_27 = /(?:lot|batch|model|catalog(?:ue)?|cat|part|sku|kit|version|ver|firmware|software|standard|protocol|guideline|exp(?:iry)?|event|\*)(?:[ \t.:#]*(?:no|nr|number|num))?[ \t.:#\[(]*$/i;
/** After a code, a document's, a trial's or a rule's word: a guideline's or a form's code, no person's ("COG-... maintenance
 * arm", "CMS-... form"). */
const DOC_AFTER_27 = /^[ \t]+(?:\p{L}+[ \t]+)?(?:arm|form|guidance|guidelines?|criteria|standards?|breakpoints|chapter|release|algorithm|season|statement|recommendations?)(?!\p{L})/iu;

/** A record's code of three groups or more parted by hyphens, capitals first, with a group of three digits or more
 * ("ISTH-LF-26-0217", "TB-SYL-2025-0883", "CIDR-OB-2026-0412", "MT-VFC-0417"): a registry's, a lab's, an outbreak's or a
 * study's number of a person, whatever its label. */
function recordCode(d: Detector, t: Tok): void {
  const w = t.w;
  if (w.indexOf('-') < 0) return;
  const groups = w.split('-');
  if (groups.length < 3 || groups.length > 6) return;
  const head = groups[0] as string;
  if (!/^[A-Za-z]{2,6}$/.test(head) || /^x+$/i.test(head) || NOT_RECORD_HEAD_27.has(head.toUpperCase())) return;
  // (Capitals in a text of mixed case; a text in lower case types them small.)
  if (!d.lowerDoc && w !== w.toUpperCase()) return;
  // A group of four digits or more ("2025", "0883", "118804"), or two groups of digits, one with a leading zero ("GE-02-117",
  // "KLA-TYP-26-017"): not a vital sign's range or a ventilator's settings ("HR-110-133", "MAP-75-100", "AC-20-50-400-5"),
  // nor a workstation's name ("WS-4E-011").
  let long = false;
  let zero = false;
  let numbers = 0;
  for (const g of groups) {
    if (g.length === 0 || g.length > 8 || !/^[A-Za-z0-9]+$/.test(g)) return;
    if (/^\d+$/.test(g)) {
      numbers++;
      if (g.length >= 4) long = true;
      if (g.charCodeAt(0) === 48 && g.length >= 2) zero = true;
    }
  }
  if (!long && !(zero && numbers >= 2)) return;
  // (Not a standard's or a guideline's edition, a year last: "NFPA-99-2021", "CLSI-M100-2024"; nor a year and no serial of
  // three digits after it: "NCCN-2024-V2", "RSV-2024-25"; nor a form's edition, a last group of two characters or less:
  // "CMS-2728-U3", "FDA-3500-A", after a code's only number, round or with no zero first, and a revision's letter and
  // digit (a card's "CC-0093-4471-88" has two numbers, a serial "OT-5512-R" no revision); nor a range of a shift's times,
  // hours and quarters: "NPO-2200-0600".)
  const year = (g: string): boolean => /^(?:19|20)\d\d$/.test(g);
  const last = groups[groups.length - 1] as string;
  const nums = groups.filter((g) => /^\d{3,}$/.test(g));
  if (year(last) || (last.length <= 2 && nums.length === 1 && (nums[0] as string).charCodeAt(0) !== 48 && (/00$/.test(nums[0] as string) || (/\d/.test(last) && /[A-Za-z]/.test(last))))) return;
  const y = groups.findIndex(year);
  if (y >= 0 && !groups.slice(y + 1).some((g) => /^\d{3,}$/.test(g))) return;
  const fours = groups.filter((g) => /^\d{4}$/.test(g));
  if (fours.length >= 2 && fours.every((g) => Number(g.slice(0, 2)) <= 23 && /^(?:00|15|30|45)$/.test(g.slice(2)))) return;
  const v = d.v;
  if (DOC_AFTER_27.test(v.slice(t.e, t.e + 30))) return;
  if (PRODUCT_BEFORE_27.test(v.slice(Math.max(0, t.s - 14), t.s))) return;
  if (d.anyCand(t.s, t.e)) return;
  // (A digital address beside "GPS" is a place: GhanaPost's "AK-039-5512".)
  d.add(t.s, t.e, /gps/i.test(v.slice(Math.max(0, t.s - 20), t.e + 20)) ? 'LOCATION' : 'OTHER_ID', 50);
}

/** "aged ninety three", "Ruth Hallam, ninety-one," : an age spelled out after "aged" or beside a name. */
function spelledAge(d: Detector, t: Tok, ends: () => Map<number, boolean>): void {
  const v = d.v;
  if (t.k === 'aged' || t.k === 'age') {
    let p = t.e;
    while (v.charCodeAt(p) === 32 || v.charCodeAt(p) === 58) p++;
    SPELLED_AGE_27.lastIndex = p;
    const m = SPELLED_AGE_27.exec(v);
    if (m !== null && !NOT_AGE_AFTER_27.test(v.slice(p + m[0].length, p + m[0].length + 12)) && !d.anyCand(p, p + m[0].length)) d.add(p, p + m[0].length, 'AGE_OVER_89', 60);
    return;
  }
  if (t.k !== 'ninety' && t.k !== 'hundred') return;
  SPELLED_AGE_27.lastIndex = t.k === 'hundred' ? Math.max(0, t.s - 4) : t.s;
  const m = SPELLED_AGE_27.exec(v);
  if (m === null) return;
  const s = SPELLED_AGE_27.lastIndex - m[0].length;
  const e = SPELLED_AGE_27.lastIndex;
  // (A comma typed or dictated: "al-qahtani comma ninety one comma from".)
  const pre = /(?:,|[ \t]comma)[ \t]*$/i.exec(v.slice(Math.max(0, s - 8), s));
  if (pre === null || !(AGE_END_27.test(v.slice(e, e + 4)) || /^[ \t]+comma\b/i.test(v.slice(e, e + 8)))) return;
  const p = s - pre[0].length;
  if (ends().get(p) === true && !d.anyCand(s, e)) d.add(s, e, 'AGE_OVER_89', 60);
}

/** Whether a code's groups hold letters and digits (a plate or an asset's code, not a measure or a word). */
function lettersAndDigits(code: string): [number, number] {
  let letters = 0;
  let digits = 0;
  for (let k = 0; k < code.length; k++) {
    const c = code.charCodeAt(k);
    if (c >= 48 && c <= 57) digits++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
  }
  return [letters, digits];
}

/** "reg KJA 318 XL", "(placa FRK-55D)", "plate=BX 47 118", "rego CT 71 QK": a plate after a registration's word. */
function plateAfter(d: Detector, t: Tok): void {
  const v = d.v;
  // (Not a growth or a bone plate: "locking plate", "volar plate LCP 3.5".)
  if (/(?:lock|growth|bone|compression|fixation|recon|titanium|volar|hook|end|tubular|buttress|culture|agar|petri|cribriform|tectal|dental)[ \t-]*$/i.test(v.slice(Math.max(0, t.s - 14), t.s))) return;
  LABEL_TAIL_27.lastIndex = t.e;
  const lm = LABEL_TAIL_27.exec(v);
  let at = t.e + (lm === null ? 0 : lm[0].length);
  // (After "vehicle" or "veh", a plate right after a blank, a colon or "=": "vehicle=KR-D47", "VEH PA ZLM-4410"; not a
  // reference in brackets, "perpetrator vehicle (RF-26-118)".)
  if ((t.k === 'vehicle' || t.k === 'veh') && lm !== null && /[("']/.test(lm[0])) return;
  // (Not a topical medicine's vehicle: "VEHICLE: QV 500 G CREAM BASE", "ointment vehicle wsp 50/50".)
  if ((t.k === 'vehicle' || t.k === 'veh') && /(?:cream|ointment|gel|lotion|emollient|paste|base)/i.test(v.slice(lineStartOf(v, t.s), t.e + 40).split('\n')[0] as string)) return;
  if (at === t.e && v.charCodeAt(at) !== 32) return;
  // (Not regular insulin after its dose: "COVERED WITH 2U REG. NA LOW 129", "10 units reg".)
  if (/\d[ \t]?(?:u|units?|iu)[ \t]+$/i.test(v.slice(Math.max(0, t.s - 10), t.s))) return;
  const lower = d.lowerDoc;
  const src = lower ? v.slice(at, at + 24).toUpperCase() : v.slice(at, at + 24);
  PLATE_CODE_27.lastIndex = 0;
  const m = PLATE_CODE_27.exec(src);
  if (m === null) return;
  let code = m[0];
  // (Cut a last group that is a label, a unit or a word: "KJA 318 XL" stays, "AB12 CDE OK" loses "OK".)
  let groups = code.split(/[ .-]/);
  // (And, in a text in capitals, a last group of three letters or more that is an everyday word: "C45219V PER SECURITY".)
  const wordGroup = (g: string): boolean => {
    if (!/^[A-Z]{3,}$/.test(g)) return false;
    const x = d.tokenStartingAt(at + code.length - g.length);
    return x >= 0 && ((d.toks[x] as Tok).f & L.WORD) !== 0;
  };
  // (And a count's "X3": not "CHEMO REG FEC 100 X3".)
  while (groups.length > 1 && (NOT_CODE_GROUP_27.has(groups[groups.length - 1] as string) || /^X\d$/.test(groups[groups.length - 1] as string) || wordGroup(groups[groups.length - 1] as string))) {
    code = code.slice(0, code.length - (groups[groups.length - 1] as string).length - 1);
    groups = groups.slice(0, -1);
  }
  if (NOT_CODE_GROUP_27.has(groups[0] as string)) return;
  // (Stop 32: nor a count with a function word inside, "dinner plate 2 of 3 eaten", in a text typed in lower case read
  // in capitals.)
  for (let x = 1; x < groups.length; x++) if (FUNCTION_WORDS.has((groups[x] as string).toLowerCase())) return;
  // (Nor a code with an everyday word of three letters or more inside: "NA LOW 129", a sodium's reading.)
  {
    let off = 0;
    for (const g of groups) {
      if (/^[A-Z]{3,}$/.test(g)) {
        const x = d.tokenStartingAt(at + off);
        if (x >= 0 && ((d.toks[x] as Tok).f & L.WORD) !== 0) return;
      }
      off += g.length + 1;
    }
  }
  // (Not a spine's levels, "PLAQUE T10-T11", "PLATE C5-C6", nor a decimal's measure, "plaque PI 1.5", "LC-DCP 4.5".)
  if (/^[CTLS]\d{1,2}-[CTLS]?\d{1,2}\b/.test(code) || /(?:^|[ -])\d\.\d$/.test(code)) return;
  // (A state's or a province's code before the plate lies outside it, as the annotators read it: "plate NM BKR-447".)
  if (groups.length > 1 && /^[A-Z]{2}$/.test(groups[0] as string) && (STATE_ABBR_SET.has(groups[0] as string) || CA_PROVINCES.has(groups[0] as string)) && code.charCodeAt(2) === 32) {
    at += 3;
    code = code.slice(3);
  }
  const [letters, digits] = lettersAndDigits(code);
  const alnum = letters + digits;
  if (letters < 1 || digits < 2 || alnum < 4 || alnum > 10) return;
  // (A code in capitals in a text of mixed case; in lower case only in a text so typed: "reg sf19 kxo".)
  const raw = v.slice(at, at + code.length);
  if (!lower && raw !== code) return;
  // (Not a measure: "plate 12 MM", "reg 40 UNITS".)
  // (Nor a regimen's dose and its schedule, a share or an angle: "reg: ASA 81 daily", "reg FEC 100 x3", "reg. CMF 21 day
  // cycles", "plaque lad 70%", "plate dhs 135 degree".)
  if (/^[ \t]*(?:mg|ml|mm|cm|g|units?|hole|holes|screws?|x[ \t]?\d|daily|weekly|monthly|nocte|mane|bd|tds|qds|od|prn|days?|weeks?|cycles?|degrees?|%|°)(?![\p{L}\d])/iu.test(v.slice(at + code.length, at + code.length + 10))) return;
  // (Over a part of the plate another rule read, "rego CT 71 QK" found as "71 QK": the whole, first.)
  let part = 59;
  if (d.someOverlap(at, at + code.length, (c) => {
    if (c.t === 'VEHICLE' && c.s >= at && c.e <= at + code.length && c.p > part) part = c.p;
    return c.t !== 'VEHICLE' || c.s < at || c.e > at + code.length;
  })) return;
  d.add(at, at + code.length, 'VEHICLE', part + 1);
}

/** A device's asset code or a biometric template's code after its word ("tele box TX-5N-4471", "voiceprint ... was
 * VP-7719-ACH"): within `reach` characters of the same line, the first code of letters and digits. */
function codeAfter(d: Detector, t: Tok, type: PhiType, reach: number): void {
  const v = d.v;
  const lower = d.lowerDoc;
  if (type === 'DEVICE') {
    // (A device's code right after its word, a bracket, a colon or a serial's label: not a model's name further on,
    // "BP cuff (Omron BP7350, s/n ...)".)
    DEVICE_LABEL_27.lastIndex = t.e;
    const l = DEVICE_LABEL_27.exec(v);
    const p = t.e + (l === null ? 0 : l[0].length);
    if (p === t.e) return;
    reach = p - t.e + 1;
  }
  let end = v.indexOf('\n', t.e);
  if (end < 0 || end > t.e + reach) end = Math.min(v.length, t.e + reach);
  for (let p = t.e; p < end; p++) {
    const c = v.charCodeAt(p);
    const prev = v.charCodeAt(p - 1);
    // (A full stop or a semicolon ends the search: "Voiceprint declined. Walker model HX-2291".)
    if ((c === 46 && (v.charCodeAt(p + 1) === 32 || v.charCodeAt(p + 1) === 10)) || c === 59) return;
    // (A biometric's code in the same clause: a comma ends it too, not "Fingerprints unobtainable ..., HLA-B27-NEG".)
    if (c === 44 && type === 'BIOMETRIC') return;
    // (At a word's start only.)
    if (p > t.e && ((prev >= 48 && prev <= 57) || (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122) || prev === 45)) continue;
    if (!((c >= 65 && c <= 90) || (lower && c >= 97 && c <= 122))) continue;
    const src = lower ? v.slice(p, p + 24).toUpperCase() : v.slice(p, p + 24);
    DEVICE_CODE_27.lastIndex = 0;
    const m = DEVICE_CODE_27.exec(src);
    if (m === null) continue;
    let code = m[0];
    const raw = v.slice(p, p + code.length);
    if (!lower && raw !== code) continue;
    const [letters, digits] = lettersAndDigits(code);
    const first = code.split('-')[0] as string;
    // (Three digits, or two in a code of three groups, "CAM-ED-07"; a device's code of two groups has four, or a serial
    // after it: a model's name is none, "pump MMT-780G".)
    const parts = code.split('-');
    const three = parts.length >= 3;
    // (Not a standard's, a test's or a code system's name, nor a mask: "COVID-19-PCR", "ICD-10-CM", "XXX-XX-0000".)
    if (NOT_RECORD_HEAD_27.has(first) || /^X+$/.test(first)) return;
    // (Not a grade's or a score's code: groups of a letter and a digit, "E3-V4-M6", "R1-M0-P1"; nor a scale's or a
    // setting's numbers of one or two digits only, "POMA-18-28", "HFNC-60-40", "LPR-RSI-13".)
    if (parts.every((g) => /^[A-Z]\d$/.test(g))) return;
    if (type === 'BIOMETRIC' && !parts.some((g) => /^\d{3,}$/.test(g) || (/\d/.test(g) && /[A-Z]/.test(g) && !/^[A-Z]\d$/.test(g)))) return;
    if ((digits >= 3 || (digits >= 2 && three)) && letters >= 2 && !NOT_CODE_GROUP_27.has(first)) {
      // A model's code and its serial number after it: "scope GIF-H190 2801447", "HEM-7120 SN 20550917LG".
      if (type === 'DEVICE') {
        const sn = /^[ ](?:(?:SN|S\/N)[ ])?(?=[A-Z0-9]*\d{4})[A-Z0-9]{5,14}(?![\p{L}\d]|[-.][\p{L}\d])/u.exec(v.slice(p + code.length, p + code.length + 24));
        if (sn !== null) code += sn[0];
        // (Without a serial, a model's name of two groups is none: not "BP cuff: HEM-7120", "Scope: EG-3490K", a pill's
        // imprint "TEVA-3109"; of three, a group of four digits or one padded with a zero: not a dose's shorthand or a
        // model, "AMOX-500-TDS", "FEN-25-72", "ECG-12-LEAD", "OLYMPUS-GIF-H190".)
        else if (!three ? parts.length === 2 || digits < 4 : !parts.some((g) => /\d{4}/.test(g) || /^0\d+$/.test(g))) return;
      }
      // (Over a part of it another rule read as an identifier: the whole.)
      let part = 57;
      if (!d.someOverlap(p, p + code.length, (o) => {
        if (o.s >= p && o.e <= p + code.length && o.t !== 'NAME' && o.t !== 'LOCATION' && o.t !== 'DATE' && o.p > part) part = o.p;
        return o.s < p || o.e > p + code.length || o.t === 'NAME' || o.t === 'LOCATION' || o.t === 'DATE';
      })) d.add(p, p + code.length, type, part + 1);
    }
    return;
  }
}

/** "cedula 1.037.552.418", "CC 43.118.902", "T.C. kimlik 100 234 567 90", "fodselsnummer: 030458 47310", "r.c.
 * 360512/0000", "C.F. LBNCLG31P12D009X", "legajo L-0871", "PNC 09/555122X". */
function natIdAfter(d: Detector, t: Tok): void {
  const v = d.v;
  // (Stop 32: in a text typed in lower case, "cc 21.555.802", "pnc 09/555122x", "c.f. lbnclg31p12d009x": a lower-case
  // "cc" is a cedula's label there too, and the codes' letters are read through the view in capitals. A measure's "cc"
  // follows its number, "500 cc", and no dose has the dotted groups of a cedula.)
  const one = d.lowerTyped;
  let e = t.e;
  if (t.k === 'r' || t.k === 'c') {
    // Two letters with points: "r.c.", "C.F.".
    const m = /^[.][ \t]?([a-z])[.]/i.exec(v.slice(t.e, t.e + 5));
    if (m === null || v.charCodeAt(t.s - 1) === 46 || !/^(?:rc|cf)$/i.test(t.w + m[1])) return;
    e = t.e + m[0].length;
  } else if (t.k === 'cc' && t.w !== 'CC' && !one) return;
  LABEL_TAIL_27.lastIndex = e;
  const lm = LABEL_TAIL_27.exec(v);
  const at = e + (lm === null ? 0 : lm[0].length);
  if (at === e && v.charCodeAt(at) !== 32) return;
  NATID_CODE_27.lastIndex = at;
  const m = NATID_CODE_27.exec(one ? d.upperView() : v);
  if (m === null) return;
  // (A bare "CC" or "PNC" only before a number's own shape, not before a measure: "CC 1.000.000" is no dose here.)
  const end = at + m[0].length;
  if (d.anyCand(at, end)) return;
  // (Not a round amount: "CC 1.250.000 IU", "NIS 2.000.000 budget", "c.f. T-1000 series".)
  if (/[.-]\d*000$/.test(m[0])) return;
  d.add(at, end, 'OTHER_ID', 58);
}

/** "Sat 19/12", "on 25.11", "posted 27/11", "Friday 20th": a day and a month after a weekday or a preposition. */
function dayMonthAfter(d: Detector, t: Tok, weekday: boolean): void {
  const v = d.v;
  let p = t.e;
  if (v.charCodeAt(p) === 46 && weekday) p++;
  if (v.charCodeAt(p) === 44) p++;
  if (v.charCodeAt(p) !== 32) return;
  while (v.charCodeAt(p) === 32) p++;
  const c = v.charCodeAt(p);
  if (c < 48 || c > 57) return;
  if (weekday) {
    ORDINAL_DAY_27.lastIndex = p;
    const o = ORDINAL_DAY_27.exec(v);
    if (o !== null) {
      // (Not an ordinal before its noun: "Mon/Thu 2nd shift".)
      const e = p + o[0].length;
      const caps = v.charCodeAt(e - 1) < 97;
      if (!(caps ? ORDINAL_NOUN_CAPS_37 : ORDINAL_NOUN_27).test(v.slice(e, e + 12)) && !d.anyCand(p, e)) d.add(p, e, 'DATE', 60);
      return;
    }
  }
  DAY_MONTH_27.lastIndex = p;
  const m = DAY_MONTH_27.exec(v);
  if (m === null) return;
  // (Not a score, a power or a ventilator's setting: "Pain diary: Mon 7/10", "BiPAP from 16/6 to 14/5"; nor a count
  // before its noun, a day up to twelve: "Tuesday 6/10 pain", "Wed 3/4 meals".)
  if (m[2] === '/' && SCORE_BEFORE_27.test(v.slice(Math.max(lineStartOf(v, t.s), t.s - 60), t.s))) return;
  if (Number(m[1]) <= 12 && COUNT_NOUN_27.test(v.slice(p + m[0].length, p + m[0].length + 12))) return;
  // (After "from", "until", "till" or "since", no day and month with a point: a value or a time, "Hb from 14.2 to 9.8",
  // "seen from 13.10 until 14.05".)
  if (m[2] === '.' && !weekday && t.k !== 'on' && t.k !== 'posted' && t.k !== 'dated' && t.k !== 'op') return;
  if (weekday) {
    // (After a weekday, a point's day and month of two digits each: "Mon 2.5" is a dose. After "Sat", which is also a
    // saturation, only a date that ends the line or the field: "Sat 3/10 pain" is a score.)
    if (m[2] === '.' && ((m[1] as string).length < 2 || (m[3] as string).length < 2)) return;
    // (Stop 37: or a colon's when "sat" opens its line, a log's day, "sat 7/11: anand again".)
    if (t.k === 'sat' && !/^(?:[ \t]*(?:\r?\n|$|[,;)|])|[ \t]{2})/.test(v.slice(p + m[0].length, p + m[0].length + 3)) && !(v.charCodeAt(p + m[0].length) === 58 && lineStartOf(v, t.s) === t.s)) return;
  }
  // (After a preposition, a day or a month of two digits: "on 1/2 tab" is a fraction, "on 25.11" a date.)
  // After a preposition, a day above twelve or a day and a month of two digits ("from 22/7", "posted 27/11"); with a point,
  // also a month of two digits ("on 1.12"): not a score, a fraction or a ratio ("from 7/10", "on 1/2 tab", "since 10.1").
  if (!weekday) {
    const day = m[1] as string;
    const month = m[3] as string;
    if (!(Number(day) > 12 || (day.length === 2 && month.length === 2) || (m[2] === '.' && month.length === 2))) return;
    // (Only in a text whose dates put the day first, "12/11/2026", "25.10.2026", "3 November": "initially on 13/10" is a
    // ventilator's setting in a text of American dates, "down from 29.4" a count.)
    if (!dayFirst(d)) return;
  }
  const e = p + m[0].length;
  // (Stop 37: not a duration after a participle, "stopped 18/12 ago" is eighteen months, "given 2/7 course".)
  if (!weekday && /^[ \t]+(?:ago|later|course)\b/i.test(v.slice(e, e + 10))) return;
  if (d.anyCand(p, e)) return;
  d.add(p, e, 'DATE', 60);
}

/**
 * Stop 37: a day and a month's word without a year, the month in lower case or of another language ("arriving 06 jun
 * via", "screened 20 may (igra neg)", "visits 10 dic.", "Next run 24 kasim.", "am 3. november in der", "/ 31 out /"). The
 * date rules read a month in title case or capitals, or a day, a month and a year. A month that is also a given name
 * in title case ("Bed 12 Kasim", "24 Mai") stays out, and so does a number that is a bed's, a room's or a count's.
 */
function dayThenMonth37(d: Detector, t: Tok, i: number): void {
  if (i === 0 || (t.shape !== 'L' && !(t.shape === 'T' && (t.f & NAME_BITS) === 0) && !(t.shape === 'U' && d.capsDoc))) return;
  const toks = d.toks;
  const v = d.v;
  const p = toks[i - 1] as Tok;
  const n = p.e - p.s;
  if (p.shape !== 'X' || n > 2 || !/^\d+$/.test(p.w) || +p.w < 1 || +p.w > 31 || !/^\.?[ ]$/.test(v.slice(p.e, t.s))) return;
  const b = v.charCodeAt(p.s - 1);
  if (b === 46 || b === 47 || b === 44 || b === 58 || b === 45 || (b >= 48 && b <= 57)) return;
  if (i >= 2 && NOT_DAY_BEFORE_37.has((toks[i - 2] as Tok).k) && (toks[i - 2] as Tok).e >= p.s - 2) return;
  const after = v.slice(t.e, t.e + 12);
  // (A year after it is the date rules'; a word after an ambiguous month makes it a verb or a short form.)
  if (/^[ \t,]*(?:19|20)?\d\d(?!\d)/.test(after)) return;
  if (AMBIGUOUS_MONTHS_37.has(t.k) && !/^[ \t]*(?:[.,;:)|\/(]|\r?\n|$|-[ \t])/.test(after)) return;
  // (Or a cell of its own between bars or slashes, "/ 31 out /".)
  if (CLINICAL_MONTHS_37.has(t.k) && !DAY_CUE_BEFORE_37.test(v.slice(Math.max(lineStartOf(v, p.s), p.s - 8), p.s)) &&
    !(/[/|][ \t]+$/.test(v.slice(Math.max(0, p.s - 3), p.s)) && /^[ \t]+[/|]/.test(after))) return;
  // (Not a unit's or a measure's word after: "10 dec mg".)
  if (/^[ \t]*(?:mg|ml|kg|mmol|units?|%)\b/i.test(after)) return;
  if (d.anyCand(p.s, t.e)) return;
  d.add(p.s, t.e, 'DATE', 60);
}

const dayFirstOf = new WeakMap<Detector, boolean>();
/** A day-first date's text: numbers with a day above twelve first, or a point's date with its year, or a day before its
 * month's word. */
const DAY_FIRST_27 = /^(?:(?:1[3-9]|2\d|3[01])[/.-](?:0?[1-9]|1[0-2])(?:[/.-]\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\.?[ \t]+(?:of[ \t]+)?\p{L}{3,})$/iu;

/** Whether the text's dates found so far put the day first (read once a text). */
function dayFirst(d: Detector): boolean {
  let r = dayFirstOf.get(d);
  if (r === undefined) {
    r = false;
    for (const c of d.cands) if (c.p >= 0 && c.t === 'DATE' && c.e - c.s <= 20 && DAY_FIRST_27.test(d.v.slice(c.s, c.e))) {
      r = true;
      break;
    }
    dayFirstOf.set(d, r);
  }
  return r;
}

/** "januar 2026", "maart 2024", "NOVIEMBRE 2026", "march 2027" (a text in lower case): a month's word and its year. */
function monthYear(d: Detector, t: Tok): void {
  const v = d.v;
  // (An English month in capitals or title case is read by the date rules; "may" and "march" in lower case are verbs
  // in a text of mixed case.)
  if (FULL_MONTHS.has(t.k)) {
    // A dictated date: an ordinal's words before the month, a year's words after it ("twenty sixth november", "january
    // twenty twenty four"), when another rule read neither.
    // (Not "may" or "march" after an ordinal alone, which are verbs there: "the second may be", "the first march of".)
    // (Not a person so named after a verb's preposition: "Spoke to April nineteen eighty".)
    if (t.shape === 'T' && /(?:^|[^\p{L}])(?:to|with|by|told|asked|called)[ \t]+$/iu.test(v.slice(Math.max(0, t.s - 8), t.s))) return;
    const o = t.k === 'may' || t.k === 'march' ? null : SPOKEN_ORDINAL_27.exec(v.slice(Math.max(0, t.s - 24), t.s));
    const y = SPOKEN_YEAR_27.exec(v.slice(t.e, t.e + 40));
    if (o !== null || y !== null) {
      const s = t.s - (o === null ? 0 : o[0].length - (o[1] as string).length);
      const e = t.e + (y === null ? 0 : y[0].length);
      if (!d.anyCand(s, e)) d.add(s, e, 'DATE', 60);
      return;
    }
    if (!d.lowerDoc) return;
  }
  MONTH_YEAR_27.lastIndex = t.e;
  const m = MONTH_YEAR_27.exec(v);
  if (m === null) return;
  const e = t.e + m[0].length;
  // (Not a count before its unit: "Mars 2000 steps", "Mart 2000 ml".)
  if (/^[ \t]*(?:ml|mls|mg|g|kg|l|kcal|cal|steps?|units?|iu|mcg)(?!\p{L})/iu.test(v.slice(e, e + 8))) return;
  if (d.anyCand(t.s, e)) return;
  // (Not after a day or a number's word another rule read: only the month and its year.)
  if (/\d[ \t.]*$/.test(v.slice(Math.max(0, t.s - 3), t.s))) return;
  d.add(t.s, e, 'DATE', 60);
}

/** An aircraft's registration: a nation's prefix and its letters ("VH-FVZ", "ZK-MCK", "C-GXNK", "G-EMSA"), or an American
 * N-number ("N512LF"); not a drug's or a test's name ("G-CSF", "D-DIMER", "C-DIFF"), nor a nation's prefix that is a test's
 * (not "PT-INR", "HS-CRP", "LV-EDP", "CC-ABC", "I-STAT"), nor a gas or a mask (not "N2O", "N100"). */
const AIRCRAFT_REG_27 = /(?<![\p{L}\d-])(?:(?:VH|ZK|EI|OE|OY|SE|LN|OH|HB|PH|EC|CS|JA|PK|9M|9V|5Y|5H|ZS|VT|PR|XA|HK)-[A-Z]{3}|C-[FGI][A-Z]{3}|[GDF]-[A-Z]{4}|N\d{2,5}[A-Z]{1,2}|N\d{4,5})(?![\p{L}\d-])/gu;

/** The registration of an aircraft near its word, in the same line. */
function aircraftNear(d: Detector, t: Tok): void {
  const v = d.v;
  // (Not a flight of ideas, nor a king but the King Air: "flight of ideas", "Dr King reviewed".)
  if (t.k === 'flight' && /^[ \t]+of\b/i.test(v.slice(t.e, t.e + 4))) return;
  if (t.k === 'king' && !/^[ \t]+air\b/i.test(v.slice(t.e, t.e + 5))) return;
  const ls = lineStartOf(v, t.s);
  let le = v.indexOf('\n', t.e);
  if (le < 0) le = v.length;
  const from = Math.max(ls, t.s - 30);
  const to = Math.min(le, t.e + 30);
  AIRCRAFT_REG_27.lastIndex = 0;
  const win = v.slice(from, to);
  for (const m of win.matchAll(AIRCRAFT_REG_27)) {
    const s = from + (m.index as number);
    const e = s + m[0].length;
    // (Not the aircraft's type itself, "PC-12", nor a word in a text in capitals.)
    if (s === t.s || d.anyCand(s, e)) continue;
    // (Not a test's name before its value: "XX-XXX 45".)
    if (/^[ \t]*[:=]?[ \t]*\d/.test(v.slice(e, e + 4))) continue;
    // (Nor a letter before a word: "G-TUBE".)
    if (m[0].length === 6 && m[0].charCodeAt(1) === 45 && ((d.lex.flags.get(m[0].slice(2).toLowerCase()) ?? 0) & L.WORD) !== 0) continue;
    d.add(s, e, 'VEHICLE', 58);
  }
}

/** "last 4 6610", "social last four is 0 4 4 7", "last 4 of phone 0155": the last four digits of a number. */
function lastFour(d: Detector, i: number): void {
  const v = d.v;
  const t = d.toks[i] as Tok;
  const m = /^[ \t]+(?:4|four)(?:[ \t]+(?:digits?|of[ \t]+(?:the[ \t]+)?(?:ssn|social|phone|mobile|cell|card|account|acct)|is|are))*[ \t:]*(\d{4}|\d(?: \d){3})(?![\d\p{L}])(?![ \t]*(?:ml|mmol|mg|mls|l|units?|%)(?!\p{L}))/iu.exec(v.slice(t.e, t.e + 60));
  if (m === null) return;
  const s = t.e + m[0].length - (m[1] as string).length;
  const e = t.e + m[0].length;
  const ctx = v.slice(Math.max(lineStartOf(v, t.s), t.s - 40), s).toLowerCase();
  let type: PhiType;
  // (Readings are "were", and no unit follows: not "card: last 4 were 1250 ml", "last four are 7 8 6 5 mmol".)
  if (/phone|mobile|cell/.test(ctx)) type = 'PHONE';
  else if (/ssn|social|soc sec/.test(ctx)) type = 'SSN';
  else if (/card|account|acct/.test(ctx)) type = 'ACCOUNT';
  else return;
  if (!d.anyCand(s, e)) d.add(s, e, type, 60);
}


/** The identifiers' types whose edges idEdges widens. */
// (Not a licence: its council's abbreviation is a label, "CRM-SP 104417", "MMC 55218", as the annotators mostly read it.)
const EDGE_TYPES_27: ReadonlySet<string> = new Set(['OTHER_ID', 'MRN', 'HEALTH_PLAN', 'DEVICE', 'ACCOUNT', 'BIOMETRIC']);
/** Labels' abbreviations before a number, which the annotators leave out of its span ("MRN 0044718", "NHS 943 555 0231",
 * "SSN", "DNI", "OHIP", "CHI", "NPI"...): a code before a number is the issuer's only when it is none of these. */
const ID_LABELS_27: ReadonlySet<string> = new Set(('MRN SSN ID NHS NHI DNI OHIP CHI NPI VIN IMEI GMC MBI CNP CC CPF CNIC PIN ' +
  'NIK CNS SVNR NHC PESEL RUT PWZ RRN PHN DL CDL NIC AMKA NIN BSN TAJ NO NR NRC PMDC UHID CRN IC PRC IIN NSS FIR BPJS SIS ' +
  'URN UR HC RG NID NRN CLIA PPS QID ACC ACCT REF TEL PH FAX DOB AGE BED RM WARD UNIT BAY MR MS MRS DR PT RN MD SN S/N ' +
  'SERIAL NUM NUMBER CODE TAG USER LOG HN HCN UPI CURP RFC NHIF NHIS NIF NIE NI NINO TIN PAN EIN ITIN PPSN PPSNO IHI MEDICARE ' +
  'MEDICAID KIS PHIN EHIC OSDE ESSALUD SUS ARC QID NRIC FIN UEN UIN CI DPI RUN CUIL CUIT RIF CIN CNI IFU MSP EGN IDNP RNOKPP ' +
  'PNC CCCD BIR TC PASSPORT PP LIC LICENCE LICENSE REG RX CHART VISIT ENC CSN HAR FIN MPI EMPI ISBN DEA NPI BADGE EMP ' +
  'STAFF EXT X IP MAC URL RE FROM TO CASE FILE POLICY GROUP GRP MEMBER PLAN INS INSURANCE CARD ACCOUNT A/C IBAN BIC SWIFT ' +
  'SORT BSB IFSC ROUTING ABA PO BOX APT FLAT STE SUITE AND OR THE OF IN ON AT BY FOR NRPSI CRM LANR RPPS AFIS SNS HP TI ' +
  'IMO MMSI OCP MMC ONMC CMH TCMC KMC SLMC IMC BPR MCRN PRN GPHC HCPC NMC SANC HPCSA BIG RIZIV INAMI AHPRA FEIN NCPDP ' +
  'CPT HCPCS NAICS DUNS TAX VAT GST ABN ACN NDC LOT').split(' '));
/** Before an identifier, one blank away: an issuer's code of capitals (maybe with digits or a hyphen): "GSH", "BONITAS",
 * "UA-TP", "HM3-SN", "CRM-BA" (group 1). */
const ISSUER_BEFORE_27 = /(?:^|[^\p{L}\d/.&-])([A-Z][A-Z0-9]{1,8}(?:-[A-Z0-9]{1,4})?)[ ]$/u;
/** After an identifier ending in a digit: a last group of one to three digits, or digits and a capital, or one capital
 * ("XHU 90217744 01", "0553 1847 20", "204 417 778K", "PJN 418827 S"), then a field's or a clause's end (group 1). */
// (Not a sex's letter or an option's, "MRN 0044718 F  DOB", "0044718 A, B and C"; nor an hour before its minutes,
// "00447182 09:30".)
const ID_TAIL_27 = /^([ ](?:\d{1,3}|\d{1,3}[A-Z]|(?![AFLMRX])[A-Z]))(?=[ \t]*(?:[.,;)\]|]|:(?!\d)|\r?\n|$)|[ \t]{2})/;
/** A hospital's department or a doctor's kind before a number: no issuer ("ED 00447182", "ICU 00447182", "GP 0044718"). */
const DEPARTMENTS_27: ReadonlySet<string> = new Set(('ED ER AE AED ICU ITU HDU CCU CICU NICU PICU SCBU GP OPD IPD OR OT ' +
  'PACU MAU AMU SAU CDU EAU ACU OBS MAT NEURO PSYCH ONC RAD LAB PHARM').split(' '));

/** An identifier another rule found in part, widened: the issuer's code before it and a last short group after it. */
function idEdges(d: Detector, types: ReadonlySet<PhiType> | null): void {
  const v = d.v;
  // (Stop 31: the last group of a text typed in lower case is read in capitals, "crn 204 417 778k" as "... 778K". Not
  // the issuer's code before the number: in lower case it cannot be told from a label in another language, "mykad",
  // "pnr", "cedula", "afiliado", which the annotators leave out; nor is it read in a text in capitals, below.)
  const lower = d.lowerTyped;
  const n0 = d.cands.length;
  let u: string | undefined;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || !EDGE_TYPES_27.has(c.t) || (types !== null && !types.has(c.t))) continue;
    let s = c.s;
    let e = c.e;
    const first = v.charCodeAt(s);
    if (first >= 48 && first <= 57) {
      const m = ISSUER_BEFORE_27.exec(v.slice(Math.max(0, s - 12), s));
      const code = m?.[1];
      // (Letters only, none of its parts a label, no mask: not "IRIS-ID", "XXXX", an IBAN's "DE45".)
      if (code !== undefined && /^[A-Z]+(?:-[A-Z]+)?$/.test(code) && !/^X+$/.test(code) && !code.split('-').some((g) => ID_LABELS_27.has(g) || DEPARTMENTS_27.has(g)) && !STATE_ABBR_SET.has(code) && !CA_PROVINCES.has(code)) {
        const at = s - 1 - code.length;
        const ti = d.tokenStartingAt(at);
        const tk = ti < 0 ? undefined : d.toks[ti];
        // (Not a word in capitals, "POLICE 2231", nor a place's or a country's name, nor in a text in capitals.)
        if (!d.capsDoc && (tk === undefined || (tk.f & (L.WORD | L.PLACE | L.COUNTRY)) === 0) && !d.anyCand(at, s - 1)) s = at;
      }
    }
    const last = v.charCodeAt(e - 1);
    if (last >= 48 && last <= 57) {
      const m = ID_TAIL_27.exec((lower ? (u ??= d.upperView()) : v).slice(e, e + 8));
      const tail = m?.[1];
      // (A last group of digits only with a zero first or after a number of groups: "XHU 90217744 01", "0553 1847 20"; not
      // a count or a bed after it, "Acct 88734102 10,", "MRN 00447182 12.".)
      const digitsOnly = tail !== undefined && /^[ ]\d+$/.test(tail);
      if (tail !== undefined && (!digitsOnly || tail.charCodeAt(1) === 48 || v.slice(c.s, c.e).includes(' ')) && !d.anyCand(e + 1, e + tail.length)) e += tail.length;
    }
    if (s !== c.s || e !== c.e) d.add(s, e, c.t, c.p + 1);
  }
}

/** After a day and its month without a year: the next of a list, or a range's end ("3/11, 4/11, 10/11-14/11", "2/12,
 * 9/12, 16/12", "25.11 and 27.11") (group 1: the separator, group 2: the next date). */
const NEXT_DAY_MONTH_27 = /^(,[ \t]*|[ \t]+(?:and|und|et|y|e|og|och|i|to|till|until|-|–)[ \t]+|[ \t]?[-–][ \t]?)((?:0?[1-9]|[12]\d|3[01])([/.])(?:0?[1-9]|1[0-2]))(?![\d/]|\.\d)/;
/** A day and its month without a year (a candidate's whole text). */
const DAY_MONTH_ONLY_27 = /^(?:0?[1-9]|[12]\d|3[01])([/.])(?:0?[1-9]|1[0-2])$/;
/** A month's short or full name and a day ("Nov 26", "August 3"), a candidate's whole text. */
const MONTH_DAY_27 = /^[A-Za-z]{3,9}\.?[ ](?:0?[1-9]|[12]\d|3[01])$/;
/** A range's last day after a month and a day: "-27", "/20", "-5" (group 1). */
// (Not before a unit: "Nov 26-28 mg".)
const RANGE_END_27 = /^([-–/](?:0?[1-9]|[12]\d|3[01]))(?![\d/.:-])(?![ \t]*(?:mg|mcg|ml|g|kg|mmol|units?|%)\b)/;
/** A range's first day before a day and its month: "25-" in "25-26/11", "7-" in "7-15.10". */
const RANGE_START_27 = /(?:^|[^\d/.:-])((?:0?[1-9]|[12]\d|3[01])[-–])$/;

/** The dates next to a day and its month found without a year, the ends of a range of days ("Nov 26-27", "25-26/11"). */
function dateEdges(d: Detector): void {
  const v = d.v;
  for (let x = 0; x < d.cands.length; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || c.t !== 'DATE' || c.e - c.s > 9) continue;
    const text = v.slice(c.s, c.e);
    const dm = DAY_MONTH_ONLY_27.exec(text);
    if (dm !== null) {
      const m = NEXT_DAY_MONTH_27.exec(v.slice(c.e, c.e + 16));
      // (The same separator: a list of dates is typed one way.)
      if (m !== null && m[3] === dm[1]) {
        const s = c.e + (m[1] as string).length;
        const e = s + (m[2] as string).length;
        // (Not a score, a fraction or a count before its noun: not "on 24/11, 3/10 pain", "from 22/11, 1/2 tab".)
        if (!COUNT_NOUN_27.test(v.slice(e, e + 12)) && !d.anyCand(s, e)) d.add(s, e, 'DATE', c.p);
      }
      const r = RANGE_START_27.exec(v.slice(Math.max(0, c.s - 4), c.s));
      if (r !== null && !d.anyCand(c.s - (r[1] as string).length, c.s)) d.add(c.s - (r[1] as string).length, c.e, 'DATE', c.p + 1);
      continue;
    }
    if (MONTH_DAY_27.test(text)) {
      const r = RANGE_END_27.exec(v.slice(c.e, c.e + 4));
      if (r !== null && !d.anyCand(c.e, c.e + (r[1] as string).length)) d.add(c.s, c.e + (r[1] as string).length, 'DATE', c.p + 1);
    }
  }
}
