// Stop 21: dates written in other calendars or romanized from other scripts: Japanese ("2024-nen 1-gatsu 5-ka", "Reiwa
// 6-nen 11-gatsu 8-ka") and Korean ("2024-nyeon 11-wol 27-il"), the Nepali Bikram Sambat ("2081 Magh 12", "Baisakh
// 2082"), the Ethiopian calendar ("Tir 12, 2017 E.C.") and the Persian one ("1404/02/11", "12 Mehr 1403").
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { Detector } from './detector.js';
import type { Tok } from './words.js';

/** Japanese: a year (an era's or the common one) with "-nen", a month with "-gatsu", a day with "-ka" or "-nichi". */
const JA_DATE = /(?<![\w-])(?:(?:(?:Reiwa|Heisei|Showa|Taisho|REIWA|HEISEI|SHOWA|TAISHO)[ -]?\d{1,2}|\d{4})-nen[ ]?)?\d{1,2}-gatsu(?:[ ]?\d{1,2}-(?:ka|nichi))?(?![\w-])/g;
/** Korean: a year with "-nyeon", a month with "-wol", a day with "-il". */
const KO_DATE = /(?<![\w-])(?:\d{4}-nyeon[ ]?)?\d{1,2}-wol(?:[ ]?\d{1,2}-il)?(?![\w-])/g;
/** The months of the Bikram Sambat, as Nepal writes them in Latin letters; of the Ethiopian calendar; of the Persian one. */
const BS_MONTHS = 'baisakh baishakh jestha jeth asar ashadh shrawan saun bhadra bhadau asoj ashwin kartik mangsir poush push magh falgun fagun chaitra chait'.split(' ');
const ET_MONTHS = 'meskerem tikimt tikemt hidar hedar tahsas tir ter yekatit megabit miyazya ginbot sene hamle nehase pagume'.split(' ');
const FA_MONTHS = 'farvardin ordibehesht khordad tir mordad amordad shahrivar mehr aban azar dey bahman esfand'.split(' ');
/** Stop 36: the months of the Hebrew calendar as written in Latin letters ("Av", two letters, is left out). */
const HE_MONTHS_36 = 'tishrei tishri cheshvan heshvan marcheshvan kislev tevet teves shevat shvat adar nisan iyar iyyar sivan tammuz tamuz elul'.split(' ');
/** Stop 36: the words of the Hijri months' names as written in Latin letters ("Rabi ul Awwal", "Shawwal", "Dhul Hijjah"). */
const HIJRI_WORDS_36 = 'muharram safar rabi rabiul rabi\'ul jumada jumadil jumad rajab shaban sha\'ban ramadan ramadhan ramazan shawwal syawal dhul zulqadah zulqada zulhijjah zulhijja'.split(' ');
/** Stop 36: a Hijri date, a day before the month or a year of 1300-1499 after it ("19 Shawwal 1446", "Rabi ul Awwal
 * 1447"); "Safar", "Rajab" and "Ramadan" alone are a journey, a name and a season. */
const HIJRI_MONTH_36 = "(?:Muharram|Safar|Rabi(?:[' -]?(?:ul|al|us|ath)?[ -]?(?:Awwal|Awal|Thani|Sani|Akhir|Akhar))|Rabi'?ul[ -]?(?:Awwal|Awal|Akhir|Thani)|Jumad(?:a|il)?[ -]?(?:al[ -]?|ul[ -]?)?(?:Awwal|Awal|Ula|Oola|Thani|Akhirah|Akhira|Akhir|Sani)|Rajab|Sha'?ban|Rama[dz]h?an|Shawwal|Syawal|Dhu[ -]?(?:al|l)[ -]?(?:Qa'?dah|Qi'?dah|Hijjah)|Zul(?:qa'?dah?|hijjah?))";
const HIJRI_DATE_36 = new RegExp(`(?<![\\p{L}\\d])(?:(?:0?[1-9]|[12]\\d|30)[ ]+${HIJRI_MONTH_36}(?:,?[ ]+1[34]\\d\\d)?|${HIJRI_MONTH_36}[ ]+1[34]\\d\\d)(?:[ ]*(?:AH|H|A\\.H\\.))?(?![\\p{L}\\d]|[ \\t]*(?:mg|mcg|ml|l|g|kg|mmol|units?|iu|%)(?![\\p{L}]))`, 'giu');
/** Stop 36: a Hebrew date, a day before the month, maybe its year of the 5700s-5800s ("17 Cheshvan", "24 Heshvan 5787"). */
const HE_DATE_36 = /(?<![\p{L}\d])(?:0?[1-9]|[12]\d|30)[ ]+(?:Tishrei|Tishri|Cheshvan|Heshvan|Marcheshvan|Kislev|Tevet|Teves|Shevat|Shvat|Adar(?:[ ](?:I{1,2}|Aleph|Bet|Sheni))?|Nisan|Iyyar|Iyar|Sivan|Tammuz|Tamuz|Elul)(?:,?[ ]+(?:5[78]\d\d|(?:19|20)\d\d))?(?![\p{L}\d])/giu;
/** Stop 36: an Ethiopian month with its year and maybe its day, without the era's mark ("Meskerem 2016", "Megabit 6,
 * 2017"); "Tir" and "Sene" are words and names too and keep ET_DATE's mark. */
const ET_DATE_36 = /(?<![\p{L}\d])(?:(?:0?[1-9]|[12]\d|30)[ ]+)?(?:Meskerem|Tikimt|Tikemt|Hidar|Hedar|Tahsas|Yekatit|Megabit|Miyazya|Ginbot|Hamle|Nehase|Pagume)(?:[ ]+(?:0?[1-9]|[12]\d|30),?)?[ ]+(?:19|20)\d\d(?![\p{L}\d])/giu;
/** Stop 36: a year, its point and blank, then the month and the day with theirs, as Korean and Hungarian write numeric
 * dates ("2024. 10. 22.", "1951. 02. 03."). */
const YMD_SPACED_36 = /(?<![\w.])(?:19|20)\d\d\.[ ](?:0?[1-9]|1[0-2])\.[ ](?:0?[1-9]|[12]\d|3[01])\.?(?![\d]|\.\d|[ \t]*(?:mg|mcg|ml|mL|l|L|g|kg|mmol|units?|iu|IU|%)(?![\p{L}]))/gu;
/** Stop 36: Hungarian's year, month's name and day ("2024. március 15.", "2024. marcius 15."), and Latvian's year, "gada",
 * day and month ("2026. gada 9. novembris"). */
const YMD_NAMED_36 = /(?<![\w.])(?:19|20)\d\d\.[ ]+(?:(?:január|januar|február|februar|március|marcius|április|aprilis|május|majus|június|junius|július|julius|augusztus|szeptember|október|oktober|november|december)[ ]+(?:0?[1-9]|[12]\d|3[01])\.?|gada[ ]+(?:0?[1-9]|[12]\d|3[01])\.[ ]+(?:janvāris|janvaris|februāris|februaris|marts|aprīlis|aprilis|maijs|jūnijs|junijs|jūlijs|julijs|augusts|septembris|oktobris|novembris|decembris))(?![\p{L}\d])/giu;
/** Stop 36: a day, a month and a year of the Thai Buddhist era (2400-2599, the common era plus 543: "12/03/2490"). */
const BE_DATE_36 = /(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1(?:24|25)\d\d(?![\w/-]|\.\d|[ \t]*(?:mg|mcg|ml|l|g|kg|mmol|units?|iu|%)(?![a-z]))/gi;
/** Stop 36: Japanese era dates in short ("H12.3.8" Heisei 12, "R7.4.19" Reiwa 7, "S45.2.1" Showa 45) after a word of a
 * date (a version, "R4.3.1", or a section is no date). */
const JA_ERA_SHORT_36 = /(?<=(?:born|birth|dob|d\.o\.b\.?|date|injury|onset|since|seen|admitted|accident)[ \t]*[:-]?[ \t]*)(?:H(?:[1-9]|[12]\d|3[01])|R[1-9]|S(?:[1-9]|[1-5]\d|6[0-4]))\.(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])(?![\w.]|\.\d)/gi;
/** Stop 36: romanized Chinese ("2024 nian 9 yue 3 ri") and Mongolian ("2025 oni 1 sariin 23") dates. */
const ZH_MN_DATE_36 = /(?<![\w])(?:(?:19|20)\d\d[ ]?nian[ ]?(?:0?[1-9]|1[0-2])[ ]?yue(?:[ ]?(?:0?[1-9]|[12]\d|3[01])[ ]?(?:ri|hao))?|(?:19|20)\d\d[ ]+oni[ ]+(?:0?[1-9]|1[0-2])[ ]+sar(?:iin|yn)?[ ]+(?:0?[1-9]|[12]\d|3[01]))(?![\w])/gi;
/** Stop 36: the German prepositions before a day (DE_DAY_36's gate). */
const DE_PREPS_36: ReadonlySet<string> = new Set(['am', 'vom', 'den', 'bis', 'seit', 'zum', 'ab']);
/** Stop 36: a German day with its point and a month without the year after a German preposition ("am 3. November",
 * "seit 12. März"). */
const DE_DAY_36 = /(?<=(?:^|[\s(])(?:am|vom|den|bis|seit|zum|ab)[ ]+)(?:0?[1-9]|[12]\d|3[01])\.[ ]+(?:Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\p{L}\d])/gu;

/** Stop 23: the months of languages whose dates the older patterns do not read (Turkish, Malay, Indonesian, Dutch, the
 * Nordic languages, and Polish, Czech and Finnish in the case a date takes), after a day: "12 Kasım", "5 Mac 2025",
 * "11 Mei 2025", "3 maart 2026", "7 lutego 2025", "5. marraskuuta 2025". */
const DAY_MONTHS_23 = ('ocak şubat subat mart nisan mayıs mayis haziran temmuz ağustos agustos eylül eylul ekim kasım kasim aralık aralik ' +
  'januari februari mac julai ogos oktober disember maret juni juli agustus desember maart mei augustus ' +
  'januar februar mars marts mai maj august augusti desember ' +
  'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września wrzesnia października pazdziernika listopada grudnia ' +
  'ledna února unora března brezna dubna května kvetna června cervna července cervence srpna září zari října rijna listopadu prosince ' +
  'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta kesakuuta heinäkuuta heinakuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta ' +
  // (Stop 36: Romanian, "2 martie"; Latvian after the day's point, "9. novembris".)
  'ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie ' +
  'janvāris janvaris februāris februaris aprīlis aprilis maijs jūnijs junijs jūlijs julijs augusts septembris oktobris novembris decembris').split(' ');
/** Of those, the ones that are words, names or towns too ("Mac", "Mei", "Nisan", "Kasim", "Mars", "Augustus", "Dubna"; the
 * Czech forms, which Czech writes with the day's point): a year must follow them, or the day carry its point, or a colon
 * follow at a line's start (a diary's heading: "12 Kasım:"). */
const DAY_MONTHS_AMBIGUOUS_23 = new Set(('ocak mart nisan ekim kasım kasim aralık aralik mac mei juni juli maret mars marts mai maj august augustus maja ' +
  'ledna února unora března brezna dubna května kvetna června cervna července cervence srpna září zari října rijna listopadu prosince').split(' '));
/** The month names, as rare words of the tokenizer (Detector.rare): a text none of them is read by their patterns. */
export const RARE_CALENDARS_21 = [...new Set([...BS_MONTHS, ...ET_MONTHS, ...FA_MONTHS, ...HE_MONTHS_36, ...HIJRI_WORDS_36])];
/** (Not rare words of the tokenizer: their bits are the learned tagger's features too. Found from the numbers instead.) */
const DAY_MONTH_SET_23: ReadonlySet<string> = new Set(DAY_MONTHS_23);
/** The length of the shortest of DAY_MONTHS_23: a shorter word is none of them (dayMonth23's gate). */
const DAY_MONTH_MIN_LEN_23 = Math.min(...DAY_MONTHS_23.map((w) => w.length));
/** A day, maybe with its point, then one of DAY_MONTHS_23 (any case), then maybe a year. */
const DAY_MONTH_23 = new RegExp(`(?<![\\w.,/-])(?:0?[1-9]|[12]\\d|3[01])(\\.?)[ ]+(${DAY_MONTHS_23.join('|')})(?:[ ]+((?:19|20)\\d\\d))?(?![\\p{L}\\d])`, 'giu');
/** "3. november 2026", "4. November 2026": a day with its point before an English month's name and a year, as German and
 * Nordic texts write them. */
const DOTTED_DAY_23 = /(?<![\w.,/-])(?:0?[1-9]|[12]\d|3[01])\.[ ]+(?:january|february|march|april|may|june|july|august|september|october|november|december)[ ]+(?:19|20)\d\d(?![\p{L}\d])/giu;
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

/** Whether a number of one or two digits is followed by one of DAY_MONTHS_23 (maybe after its point). */
function dayMonth23(d: Detector): boolean {
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i];
    if (t === undefined || t.e - t.s > 2) continue;
    const u = toks[i + 1];
    // (Stop 30, speed: the months' names hold no digit and are no shorter than the shortest of them: no look-up for a
    // number or a unit, "5 mg", "2 L".)
    if (u !== undefined && u.s - t.e <= 3 && u.shape !== 'X' && u.k.length >= DAY_MONTH_MIN_LEN_23 && DAY_MONTH_SET_23.has(u.k)) return true;
  }
  return false;
}

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

/** Stop 36: whether a year of 1900-2099 with its point and a blank after it occurs (the gate of the year-first forms). */
function yearPoint36(d: Detector): boolean {
  const v = d.v;
  for (const i of d.xIdx) {
    const t = d.toks[i];
    if (t === undefined || t.e - t.s !== 4 || v.charCodeAt(t.e) !== 46 || v.charCodeAt(t.e + 1) !== 32) continue;
    const c0 = v.charCodeAt(t.s);
    const c1 = v.charCodeAt(t.s + 1);
    if ((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48)) return true;
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
  // (Stop 36: the Hebrew and Hijri calendars, the Ethiopian one without its era's mark, year-first dates with points and
  // blanks, the Thai Buddhist era, Japanese eras in short, romanized Chinese and Mongolian dates, German days without a
  // year.)
  if (rare !== undefined && HIJRI_WORDS_36.some((w) => rare.has(w))) add(d, HIJRI_DATE_36);
  if (has(HE_MONTHS_36)) add(d, HE_DATE_36);
  if (has(ET_MONTHS)) add(d, ET_DATE_36);
  if (yearPoint36(d)) {
    add(d, YMD_SPACED_36);
    add(d, YMD_NAMED_36);
  }
  // (Speed: each woken by its tokens, not a scan of the text: a token with digits that opens with 24 or 25 after "/", "."
  // or "-";
  // one that opens with H, R or S and a digit; a day with its point after a German preposition.)
  let be = false;
  let era = false;
  let de = false;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i];
    if (t === undefined) continue;
    const w = t.w;
    if (!be && t.s > 0 && /^2[45]\d\d/.test(w) && (v.charCodeAt(t.s - 1) === 47 || v.charCodeAt(t.s - 1) === 46 || v.charCodeAt(t.s - 1) === 45)) be = true;
    const c0 = w.charCodeAt(0);
    if (!era && (c0 === 72 || c0 === 82 || c0 === 83 || c0 === 104 || c0 === 114 || c0 === 115) && w.charCodeAt(1) >= 48 && w.charCodeAt(1) <= 57) era = true;
    if (!de && i > 0 && v.charCodeAt(t.e) === 46 && w.length <= 2 && DE_PREPS_36.has((toks[i - 1] as Tok).k)) de = true;
  }
  if (be) add(d, BE_DATE_36);
  if (era) add(d, JA_ERA_SHORT_36);
  if (v.includes(' yue') || v.includes('nian') || v.includes(' oni ')) add(d, ZH_MN_DATE_36);
  if (de) add(d, DE_DAY_36);
  if (dayMonth23(d)) {
    add(d, DAY_MONTH_23, (m) => {
      const g = /^\d+(\.?)[ ]+(\S+)(?:[ ]+(\d{4}))?$/u.exec(m);
      if (!g) return false;
      const month = (g[2] as string).toLowerCase();
      return !DAY_MONTHS_AMBIGUOUS_23.has(month) || g[1] === '.' || g[3] !== undefined;
    }, true);
  }
  if (d.hasMonth && /\d\. /.test(d.v)) {
    // (Over the month and year found without their day, "november 2026".)
    for (const m of d.v.matchAll(DOTTED_DAY_23)) {
      const s = m.index;
      const e = s + m[0].length;
      // (A capitalized month after "7. " may open a sentence after a number, "Pain score was 7. March 2025 review", or
      // a list's item, "1. March 2025 - clinic": only at a field's start or after a German preposition.)
      const month = /[ ](\p{L})/u.exec(m[0])?.[1] ?? '';
      if (month !== month.toLowerCase() && !/(?:^|[\n,:;(]|\b(?:am|vom|den|bis|seit|zum|ab))[ \t]*$/i.test(d.v.slice(Math.max(0, s - 8), s))) continue;
      if (/(?:^|\n)[ \t]*$/.test(d.v.slice(Math.max(0, s - 8), s)) && month !== month.toLowerCase() && /^\s*-/.test(d.v.slice(e, e + 4))) continue;
      if (!d.someOverlap(s, e, (o) => o.p >= 0 && o.t !== 'NAME' && o.t !== 'LOCATION' && o.t !== 'DATE')) d.add(s, e, 'DATE', 95);
    }
  }
}

/** The matches of a pattern (that `ok` accepts) as dates; with `colon`, a match that `ok` refuses counts when it opens a
 * line and a colon follows it (a diary's heading, "12 Kasım: ..."). */
function add(d: Detector, re: RegExp, ok: (m: string) => boolean = () => true, colon = false): void {
  for (const m of d.v.matchAll(re)) {
    if (!ok(m[0]) && !(colon && d.v.charCodeAt(m.index + m[0].length) === 58 && /(?:^|\n)[ \t]*$/.test(d.v.slice(Math.max(0, m.index - 8), m.index)))) continue;
    const s = m.index;
    const e = s + m[0].length;
    // (An identifier of another type found there stays; a name or a place over a month's name gives way.)
    if (d.someOverlap(s, e, (o) => o.p >= 0 && o.t !== 'NAME' && o.t !== 'LOCATION')) continue;
    d.add(s, e, 'DATE', 88);
  }
}
