// Stop 25: a day and a month written with a point and no year ("| 18.11. |", "Next visit 12.12", "sunset Friday
// 28.11", "02.09 - la domiciliu" in a text that wrote "01.09.2026"). Much of Europe writes a date so, in tables, logs
// and plans; the same shape is also a decimal ("Hb 10.8", "Creat 1.10"), a dose ("Mon 2.5"), a version or a time
// ("since 22.10"), so each reading needs a sign: a point after the month (the German, Croatian and Nordic way) in a
// table's cell, a weekday or a plan's word before it, or a line of a log that opens with it in a text that wrote a full
// date of the same shape. Run after the tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { type Cand, isDigitCode, type Tok } from './words.js';
import type { Detector } from './detector.js';
import { lineEndOrLength, lineStartOf } from './text.js';

/** A day and a month with a point between them, maybe a point after them, and no year: groups day, month, point. */
const DOTTED_DAY_25 = /(?<![\d/.,:-])(\d{1,2})\.(\d{1,2})(\.?)(?![\d/,:]|\.\d|-\d)/g;
/** A full date of the same shape: day, month and a year of four digits. */
const DOTTED_FULL_25 = /(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d(?!\d)/;
/** A weekday or the Sabbath right before a date: any day and month after it are one ("Shabbat 31.1"). */
const WEEKDAY_BEFORE_25 = /(?:^|[^\p{L}])(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|shabbat|sabbath)[ \t]*$/iu;
/** Words right before a date that say it is one when its month has two digits: a plan's word, a preposition of time of
 * another language (not English "since", "due", "on", "till": "since 22.10 last night", "due 12.10 tonight" are times,
 * "sats on 2.10" a flow; not "am": "this am 24.6" is a morning). */
const CUE_BEFORE_25 = /(?:^|[^\p{L}])(?:next[ \t]+(?:visit|meeting|appointment|review|check|contact)|planned|scheduled|booked|vom|bis|seit|dne|le|den)[ \t]*$/iu;
/** Before the number: a measure's or a lab value's word ("Hb 10.10", "INR 3.11", "pH 7.12", "temp 36.6"), a version,
 * a section, a score, a time's word ("at 10.05", "um 11.10", "kl. 09.12"). */
const NOT_DATE_BEFORE_25 = /(?:^|[^\p{L}])(?:hb|hgb|hct|inr|ptt|aptt|k|na|cl|ca|mg|po4|cr|crea|creat|egfr|urea|bun|crp|pct|wbc|plt|neut|lymph|alt|ast|alp|ggt|bili|alb|glu|gluc|bm|bsl|hba1c|a1c|tsh|ft4|ph|pco2|po2|be|hco3|lact|lactate|trop|tnt|bnp|ck|ldh|ferritin|glucose|sodium|potassium|creatinine|haemoglobin|hemoglobin|platelets|albumin|bilirubin|calcium|phosphate|magnesium|troponin|temp|t|bmi|wt|weight|ht|height|gcs|score|version|ver|v|section|sect|chapter|fig|figure|table|tab|item|at|um|kl|klo|kello|time|hrs|hr|from|to|dose|x|ratio|ver\.)[ \t.:=]*$/iu;
/** After the number: a unit, a count's word, a time's mark, or a letter right after it ("10.12 mmol", "11.10 Uhr"). */
const NOT_DATE_AFTER_25 = /^(?:[ \t]*(?:mm|mg|mcg|µg|ng|pg|ml|l|g|kg|%|cm|km|mi|miles|units?|iu|mmol|µmol|umol|meq|bpm|x|h|hrs?|hours?|uhr|am|pm|min|mins|minutes|kpa|mmhg|cmh2o|sec|s|days?|weeks?|months?|years?|doses?|tabs?)\b|\p{L})/iu;

/** DOTTED_DAY_25 tried at one place (see dottedDays25). */
const DOTTED_DAY_AT_25 = new RegExp(DOTTED_DAY_25.source, 'y');

export function dottedDays25(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  // Whether the text wrote a full date of this shape (day, month, year with points), found as a date.
  let fullFound: boolean | undefined;
  // (Stop 30, speed: the pattern is tried only where a match can start, not over the whole text. A match starts at a run
  // of one or two digits that no digit precedes and a point follows: the end of a token with digits, d.xIdx, in text
  // order, with a point and a digit after it. Matches never overlap such a start, so these are the whole scan's matches.)
  for (const xi of d.xIdx) {
    const t = toks[xi] as Tok;
    const te = t.e;
    if (v.charCodeAt(te) !== 46) continue;
    if (!isDigitCode(v.charCodeAt(te + 1))) continue;
    let s = te - 1;
    if (!isDigitCode(v.charCodeAt(s))) continue;
    if (s > t.s && isDigitCode(v.charCodeAt(s - 1))) s--;
    DOTTED_DAY_AT_25.lastIndex = s;
    const m = DOTTED_DAY_AT_25.exec(v);
    if (m === null) continue;
    const day = +(m[1] as string);
    const month = +(m[2] as string);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const e = s + (m[1] as string).length + 1 + (m[2] as string).length;
    const point = m[3] === '.';
    // Two digits of one alone, "1.2", are a decimal or a section more often than a date.
    const twoDigitMonth = (m[2] as string).length === 2;
    if (!twoDigitMonth && (m[1] as string).length === 1 && !point) continue;
    const twoDigitDay = (m[1] as string).length === 2;
    const before = v.slice(Math.max(0, s - 24), s);
    const after = v.slice(e + (point ? 1 : 0), e + 16);
    // (Stop 30, speed: the signs of a date first, then the tests that refuse one, the costly pattern of the words before
    // last: each test only refuses, so their order changes nothing.)
    let sure = false;
    // (a) In a table's row, a point after the month where a cell ends: "| 18.11. |", "Dosis 2 02.07.⏎", "umro 24.11.⏎"
    // (not a sentence's last value: "Glucose 12.10.").
    if (point && twoDigitMonth && twoDigitDay && /^[ \t]*(?:[|;\t]|\r?\n|$)/.test(after) && tableRow(v, s)) sure = true;
    // (b) A weekday before it, one part of two digits ("Friday 28.11", "Shabbat 31.1"; not a weekly dose, "Mon 2.5"); a
    // plan's word, a month of two digits ("Next visit 12.12").
    else if ((WEEKDAY_BEFORE_25.test(before) && (twoDigitDay || twoDigitMonth)) || (twoDigitMonth && CUE_BEFORE_25.test(before))) sure = true;
    // (c) At a line's start of a log, in a text that wrote a full date of the same shape ("01.09.2026 - doza la
    // dispensar." ... "02.09 - la domiciliu", "03.04 observed FMC."): not a value inside a sentence ("Creat 1.10").
    else if (twoDigitMonth && twoDigitDay && /(?:^|\n)[ \t]*(?:[-*•][ \t]*)?$/.test(before) && /^(?:[ \t]+-[ \t]|[ \t]+\p{L})/u.test(after)) {
      fullFound ??= fullDottedDate(d);
      if (fullFound) sure = true;
    }
    // (Stop 37: a rule (d) read a day and a month after an everyday word in a text of full dotted dates; it read values
    // and times, "sugars 11.10 and rising", "woke 06.10, breakfast 08.10.", and was dropped.)
    if (!sure) continue;
    if (d.anyCand(s, e + (point ? 1 : 0))) continue;
    // (Also across a table's bar: "| Hb | 10.11. |".)
    if (NOT_DATE_BEFORE_25.test(before) || NOT_DATE_BEFORE_25.test(before.replace(/[ \t]*[|\t][ \t]*$/, ''))) continue;
    if (NOT_DATE_AFTER_25.test(after)) continue;
    d.add(s, e, 'DATE', 60);
  }
}

/** (Stop 37) A log's line that opens with a day and a month with a slash, a time of four digits and a word: "25/11 1030
 * Husband called", "3/12 0815 seen by". Group 1: the day and month. */
const SLASHED_LOG_LINE_37 = /^[ \t]*(?:[-*•][ \t]*)?((?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|1[0-2]))[ \t]+(?:[01]\d|2[0-3])[0-5]\d(?:h|hrs)?[ \t:-]+(?!(?:ml|mls|mg|mcg|g|kg|l|units?|u|iu|tabs?|caps?|mmol|doses?|x)\b)\p{L}/iu;

/**
 * Stop 37: the days of a log written one line an entry, each opening with its day and month and the time in four digits
 * ("25/11 1030 Husband Chukwuemeka called", "25/11 1700 Sister ..."): two lines so at least, in which case the shape is
 * the log's and not a ratio's or a score's at a line's start.
 */
export function slashedLogDays37(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  let found: number[] | undefined;
  for (const xi of d.xIdx) {
    const t = toks[xi] as Tok;
    // (A token of digits that opens its line, a slash within its first three characters: "25/11".)
    if (v.charCodeAt(t.s + 1) !== 47 && v.charCodeAt(t.s + 2) !== 47) continue;
    const ls = lineStartOf(v, t.s);
    if (t.s - ls > 4) continue;
    const m = SLASHED_LOG_LINE_37.exec(v.slice(ls, ls + 40));
    if (m === null) continue;
    const s = ls + m[0].indexOf(m[1] as string);
    if (s !== t.s) continue;
    (found ??= []).push(s, s + (m[1] as string).length);
  }
  if (found === undefined || found.length < 4) return;
  for (let k = 0; k < found.length; k += 2) if (!d.anyCand(found[k] as number, found[k + 1] as number)) d.add(found[k] as number, found[k + 1] as number, 'DATE', 60);
}

/** Whether a date of the shape day.month.year was found in the text. */
function fullDottedDate(d: Detector): boolean {
  for (const c of d.cands as Cand[]) {
    if (c.t === 'DATE' && c.p >= 0 && c.e - c.s >= 8 && c.e - c.s <= 10 && DOTTED_FULL_25.test(d.v.slice(c.s, c.e))) return true;
  }
  return false;
}

/** Whether the line of `at` is a table's row: it holds a bar or a tab. */
function tableRow(v: string, at: number): boolean {
  const le = lineEndOrLength(v, at);
  for (let k = lineStartOf(v, at); k < le; k++) {
    const c = v.charCodeAt(k);
    if (c === 124 || c === 9) return true;
  }
  return false;
}
