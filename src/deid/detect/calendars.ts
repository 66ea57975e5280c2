// Stop 21: dates written in other calendars or romanized from other scripts: Japanese ("2024-nen 1-gatsu 5-ka", "Reiwa
// 6-nen 11-gatsu 8-ka") and Korean ("2024-nyeon 11-wol 27-il"), the Nepali Bikram Sambat ("2081 Magh 12", "Baisakh
// 2082"), the Ethiopian calendar ("Tir 12, 2017 E.C.") and the Persian one ("1404/02/11", "12 Mehr 1403").
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { Detector } from './detector.js';

/** Japanese: a year (an era's or the common one) with "-nen", a month with "-gatsu", a day with "-ka" or "-nichi". */
const JA_DATE = /(?<![\w-])(?:(?:(?:Reiwa|Heisei|Showa|Taisho|REIWA|HEISEI|SHOWA|TAISHO)[ -]?\d{1,2}|\d{4})-nen[ ]?)?\d{1,2}-gatsu(?:[ ]?\d{1,2}-(?:ka|nichi))?(?![\w-])/g;
/** Korean: a year with "-nyeon", a month with "-wol", a day with "-il". */
const KO_DATE = /(?<![\w-])(?:\d{4}-nyeon[ ]?)?\d{1,2}-wol(?:[ ]?\d{1,2}-il)?(?![\w-])/g;
/** The months of the Bikram Sambat, as Nepal writes them in Latin letters; of the Ethiopian calendar; of the Persian one. */
const BS_MONTHS = 'baisakh baishakh jestha jeth asar ashadh shrawan saun bhadra bhadau asoj ashwin kartik mangsir poush push magh falgun fagun chaitra chait'.split(' ');
const ET_MONTHS = 'meskerem tikimt tikemt hidar hedar tahsas tir ter yekatit megabit miyazya ginbot sene hamle nehase pagume'.split(' ');
const FA_MONTHS = 'farvardin ordibehesht khordad tir mordad amordad shahrivar mehr aban azar dey bahman esfand'.split(' ');
/** The month names, as rare words of the tokenizer (Detector.rare): a text none of them is read by their patterns. */
export const RARE_CALENDARS_21 = [...new Set([...BS_MONTHS, ...ET_MONTHS, ...FA_MONTHS])];
/** A list of months as a pattern of their capitalized names. */
const months = (list: string[]): string => `(?:${list.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')})`;

/** A year of the Bikram Sambat (about 57 years ahead of the common era): 2000-2099, before or after the month. */
const BS_DATE = new RegExp(`(?<![\\w-])(?:(?:\\d{1,2}[ ]+)?${months(BS_MONTHS)}[ ,]+20\\d\\d|20\\d\\d[ ]+${months(BS_MONTHS)}(?:[ ]+\\d{1,2}(?!\\d))?)(?![\\w-])`, 'g');
/** An Ethiopian date: the year is marked "E.C." (the Ethiopian calendar's era), which the rule needs ("Tir" and "Sene"
 * are words and names too). */
const ET_DATE = new RegExp(`(?<![\\w-])${months(ET_MONTHS)}[ ]+\\d{1,2},?[ ]+(?:19|20)\\d\\d[ ]*E\\.?[ ]?C\\.?`, 'g');
/** The Persian (Solar Hijri) calendar: years 1300-1499, numeric with slashes or dots ("1404/02/11") or with a month's
 * name ("12 Mehr 1403"). */
const FA_NUMERIC = /(?<![\w./-])1[34]\d\d([/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\w/-]|\.\d|[ \t]*(?:mg|mcg|ml|mL|g|kg|mmol|mm|cm|%|units?|IU)\b)/g;
const FA_NAMED = new RegExp(`(?<![\\w-])\\d{1,2}[ ]+${months(FA_MONTHS)}[ ]+1[34]\\d\\d(?!\\d)`, 'g');

/** Whether a token of four digits 1300-1499 is followed by a slash or a dot: the gate of the Persian numeric form. */
function persianYear(d: Detector): boolean {
  const v = d.v;
  for (const i of d.xIdx) {
    const t = d.toks[i];
    if (t === undefined || t.e - t.s !== 4 || v.charCodeAt(t.s) !== 49) continue;
    const c1 = v.charCodeAt(t.s + 1);
    const after = v.charCodeAt(t.e);
    if ((c1 === 51 || c1 === 52) && (after === 47 || after === 46)) return true;
  }
  return false;
}

/** Dates of other calendars and romanized dates (run from Detector.runAll). */
export function calendarDates21(d: Detector): void {
  const v = d.v;
  const rare = d.rare;
  const has = (words: string[]): boolean => rare !== undefined && words.some((w) => rare.has(w));
  // (A month alone, "11-gatsu", is no date: a year or a day must come with it.)
  if (v.includes('-gatsu')) add(d, JA_DATE, (m) => m.includes('-nen') || /-(?:ka|nichi)$/.test(m));
  if (v.includes('-wol')) add(d, KO_DATE, (m) => m.includes('-nyeon') || m.endsWith('-il'));
  if (has(BS_MONTHS)) add(d, BS_DATE);
  if (has(ET_MONTHS)) add(d, ET_DATE);
  if (has(FA_MONTHS)) add(d, FA_NAMED);
  if (persianYear(d)) add(d, FA_NUMERIC);
}

/** The matches of a pattern (that `ok` accepts) as dates. */
function add(d: Detector, re: RegExp, ok: (m: string) => boolean = () => true): void {
  for (const m of d.v.matchAll(re)) {
    if (!ok(m[0])) continue;
    const s = m.index;
    const e = s + m[0].length;
    // (An identifier of another type found there stays; a name or a place over a month's name gives way.)
    if (d.someOverlap(s, e, (o) => o.p >= 0 && o.t !== 'NAME' && o.t !== 'LOCATION')) continue;
    d.add(s, e, 'DATE', 88);
  }
}
