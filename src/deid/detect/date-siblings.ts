// Stop 24: short dates beside dates found. A day and a month without a year
// ("23/11", "19.11.") is also a fraction, a score or a decimal, so the rules read it only with a cue; but in a line where
// a date of the same shape was found ("out 21/11 back 23/11", "| 21/11 | 24/11 |", "Fogging 15/11 and 18/11"), the
// writer's way of writing dates is known, and its siblings are dates too. Run after the tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { isDigitCode, type Cand, type Tok } from './words.js';
import type { Detector } from './detector.js';
import { codeAt, lineEndOrLength, lineStartOf } from './text.js';
import { FULL_MONTHS } from './vocabulary.js';
import { VENT_WORDS } from './patterns.js';
import { L } from '../lexicon.js';

/** Stop 35: words before a month named alone that make it a time ("since August", "in October", "early Dec"). */
const BARE_MONTH_BEFORE_35: ReadonlySet<string> = new Set('in since until till from by during through before after early mid late last next'.split(' '));
/** Words of a day or a year said aloud after a month: the spoken date's rule reads the whole ("in july twenty twenty two"). */
const SPOKEN_AFTER_35 = /^(?:the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)(?:-|$)/;
/** Months written short, read alone only after "early", "mid" or "late" ("early Dec", "mid Oct"). */
const SHORT_MONTHS_35: ReadonlySet<string> = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

/**
 * Stop 35: a month named alone after a word of time, "Three severe hypos since August", "his wife died in October", "d/c
 * early Dec": a date's element finer than a year (the corpus's rule and Safe Harbor's), which every date rule
 * read only with a day or a year. Not a month that opens a name or a place ("Aunty June Kelly", "from May Pen Hospital":
 * a capitalized word after it, or a place the gazetteer knows), nor "may" the verb (it follows no such word: not "this"),
 * nor a month said with its day or year ("in july twenty twenty two", the spoken date's).
 */
export function bareMonths35(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.monthIdx) {
    const t = toks[i] as Tok;
    const short = SHORT_MONTHS_35.has(t.k);
    if (i === 0 || (!FULL_MONTHS.has(t.k) && !short)) continue;
    // (Its case: capitalized, or the text's own case.)
    if (!(t.shape === 'T' || (t.shape === 'U' && d.capsDoc) || (t.shape === 'L' && d.lowerTyped))) continue;
    const p = toks[i - 1] as Tok;
    // (One blank between: "mid-oct" is one token, which no month's key is.)
    if (v.slice(p.e, t.s) !== ' ') continue;
    if (!BARE_MONTH_BEFORE_35.has(p.k) || (short && p.k !== 'early' && p.k !== 'mid' && p.k !== 'late')) continue;
    // (A day or a year after it is other rules' date; a capitalized word, a name's or a place's next part.)
    let q = t.e;
    while (q < v.length && (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 46 || v.charCodeAt(q) === 44)) q++;
    const c = codeAt(v, q);
    if (c >= 48 && c <= 57) continue;
    const n = toks[i + 1];
    if (n !== undefined && n.s === t.e + 1 && ((n.shape === 'T' && !d.capsDoc) || (n.shape === 'U' && d.capsDoc && (d.fl(n.k) & L.WORD) === 0) || SPOKEN_AFTER_35.test(n.k) || d.knownPlace(`${t.k} ${n.k}`))) continue;
    // (In a text of one case, a place's name before its facility's word: "FROM MAY PEN HOSPITAL".)
    if (d.oneCase && /^[ \t]+[\p{L}'-]+[ \t]+(?:hospital|clinic|health|medical|surgery|practice|centre|center|school|church|station)\b/iu.test(v.slice(t.e, t.e + 40))) continue;
    const s = short ? p.s : t.s;
    // (A place read on the month alone after a verb of moving, "moved in March", gives way: a month is a time. A name
    // stays: "survived by June, by grandson Will".)
    if (d.someOverlap(s, t.e, (o) => o.p >= 0 && !(o.t === 'LOCATION' && o.s === t.s && o.e === t.e))) continue;
    d.someOverlap(s, t.e, (o) => {
      o.p = -1;
      return false;
    });
    d.add(s, t.e, 'DATE', 40);
  }
}

/** A day and a month with one separator, maybe a point after them ("23/11", "19.11.", "11-22"), and no year. */
const SHORT_DATE_24 = /(?<![\d/.,:-])(\d{1,2})([/.-])(\d{1,2})(\.?)(?![\d/,:]|\.\d|-\d)/g;
/** Words before a fraction, a score, a ratio or a pressure ("BP 118/7", "pain 5/10", "strength 4/5", "GCS 14/15"). */
const MEASURE_BEFORE_24 = /(?:mood|fatigue|rated|rating|nausea|anxiety|phq|gad|barthel|must|completed|took|bp|b\/p|pressure|pain|score|strength|power|murmur|grade|gcs|vision|va|acuity|ratio|apgar|scale|nyha|ecog|rr|hr|sats?|spo2|fio2|peep|vent|x|times|dose|doses|tab|tabs|mg|ml|cm|mm|kg|g|of|out of|tanner|para|gravida|g|p|stage|class|level|lines?|page|pages|week|wk|weeks|ga|gest(?:ation)?|day|days|cycle|fraction|ef)[ \t:=]*$/i;

export function dateSiblings24(d: Detector): void {
  const v = d.v;
  const cands = d.cands;
  // (The dates found before this pass: those it adds are appended after n0.)
  const n0 = cands.length;
  let seen: Set<number> | undefined;
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.t !== 'DATE' || c.p < 0) continue;
    const ls = lineStartOf(v, c.s);
    if (seen?.has(ls)) continue;
    (seen ??= new Set()).add(ls);
    const line = v.slice(ls, lineEndOrLength(v, c.s));
    // The shapes of the dates found in the line: the separator, and whether the month comes first.
    const shapes = new Set<string>();
    SHORT_DATE_24.lastIndex = 0;
    const found: [RegExpExecArray, string][] = [];
    for (let m = SHORT_DATE_24.exec(line); m; m = SHORT_DATE_24.exec(line)) found.push([m, shapeOf(m)]);
    if (found.length < 2) continue;
    for (const [m, shape] of found) {
      const s = ls + m.index;
      const e = s + m[0].length;
      if (d.someOverlap(s, e, (o: Cand) => o.t === 'DATE')) shapes.add(shape);
    }
    if (shapes.size === 0) continue;
    for (const [m, shape] of found) {
      const s = ls + m.index;
      const e = s + m[0].length - (m[4] as string).length;
      if (!shapes.has(shape) || d.anyCand(s, e)) continue;
      const a = +(m[1] as string);
      const b = +(m[3] as string);
      const dayFirst = shape.endsWith('d');
      const day = dayFirst ? a : b;
      const month = dayFirst ? b : a;
      if (day < 1 || day > 31 || month < 1 || month > 12) continue;
      // Not a measure, a score or a count ("strength 4/5", "x 2/7", "BP 12/10"); (Stop 37:) nor a duration, "18/12 ago".
      if (MEASURE_BEFORE_24.test(v.slice(Math.max(0, s - 12), s))) continue;
      // Two digits of one alone are a fraction more often than a date ("2/2 bottles", "1/2"): one number has two digits,
      // or the point after the month says date ("5.12.").
      if ((m[1] as string).length === 1 && (m[3] as string).length === 1 && m[4] === '') continue;
      // A score out of 10 or 20 ("mood 6/10", "10/10 pain", "Barthel 12/20") reads as one.
      if (m[2] === '/' && scoreOutOf(a, b)) continue;
      // A unit or a count's word after it, or a letter right after it, is a measure's ("20/10 mmHg", "10/5 of peep",
      // "4/4 strength", "1/2ns", "12/10 hrs").
      if (/^(?:[ \t]*(?:mm|mg|mcg|ml|g|kg|l|%|cm|units?|iu|mmol|bpm|x|of|bottles?|sets?|hrs?|hours?|strength|power|murmur|systolic|diastolic|holosystolic|doses?|tabs?|tablets?|caps?|months?|weeks?|days?|steps|pain|score|ago|later|course)\b|\p{L})/iu.test(v.slice(e, e + 16))) continue;
      d.add(s, e, 'DATE', 60);
    }
  }
}

/** Stop 36: words before a time of day ("at 12.10", "arrival 10.05", "kl. 14.30", "um 9.15"). */
const TIME_BEFORE_36 = /(?<![\p{L}])(?:at|@|time|times|arrival|arrived|departed|left|seen|discharged|from|until|till|to|between|and|kl|klo|um|ore|hrs?|h)[ \t.:]*$/iu;
/** Stop 36: where a dotted day and month stand as a date: a line's, a cell's, a clause's or a sentence's start, or after
 * a preposition of a date in the languages that write dates so. */
const DOT_DATE_PLACE_36 = /(?:(?:^|[\n|;(:,.]|[ \t]-)[ \t]*|(?<![\p{L}])(?:on|by|from|until|till|since|op|am|vom|den|seit|ab|bis|le|du|au|el|del|desde|hasta|il|dal|em|ate|até|na|til|fra|dne|od|do|w|z)[ \t]+)$/iu;
/** Stop 36: whether the line of offset s holds a dotted pair that is a time and no date ("10.40", "23.15"). */
function dottedTimesInLine36(v: string, s: number, memo: Map<number, boolean>): boolean {
  const ls = lineStartOf(v, s);
  const known = memo.get(ls);
  if (known !== undefined) return known;
  const r = dottedTimesIn36(v.slice(ls, lineEndOrLength(v, s)));
  memo.set(ls, r);
  return r;
}
/** Stop 36: whether a line holds a dotted pair that is a time and no date. */
function dottedTimesIn36(line: string): boolean {
  for (const m of line.matchAll(/(?<![\d.])(\d{1,2})\.(\d{2})(?![\d]|\.\d)/g)) {
    const h = +(m[1] as string);
    const mm = +(m[2] as string);
    if (h <= 23 && mm <= 59 && mm > 12) return true;
  }
  return false;
}
/** A numeric date with its year ("01.09.2026", "23/11/26"): its separator and order witness the writer's short dates. */
const FULL_NUMERIC_36 = /^(\d{1,2})([/.])(\d{1,2})\2(?:\d{4}|\d{2})\.?$/;
/** More words before a pressure, a setting or a reading than the line's rule needs ("PS 10/5", "PAP 28/12", "Hb 10.12"). */
const READING_BEFORE_36 = /(?<![a-z0-9])(?:ps|psv|simv|ac|prvc|pcv|pc|aprv|niv|cmv|vc|cpap|bipap|ipap|epap|tv|vt|map|cvp|pap|pa|abp|art|nbp|nibp|sbp|dbp|cuff|wedge|pcwp|i:e|ie|hb|hgb|hct|wbc|plt|inr|ptt|pt|k|na|cr|bun|glu(?:cose)?|temp|t|wt|weight|ht|height|bmi|ph|pco2|po2|hco3|lactate|mmhg|dose|doses|tablets?|bottles?|ratio|symptoms?|items?|no\.?|nr\.?|#|v|version|rev|room|rm|bed|ward|unit|page|ch|chapter|section|item|art\.?|ref)[ \t:=.]*$/i;

/**
 * Stop 36: short dates in other lines than the dates that show the writer's way ("01.09.2026 - doza la dispensar ... ⏎
 * 02.09 - la domiciliu", "Medical ward note 26.11.26 ... Lap Hartmann's 24.11."). The line's rule above needs two dates
 * in one line; across the text this reads only the separators a fraction or a range rarely takes in clinical text
 * ("/" and "."), only a day and a month that both fit, a dotted pair only of two digits each ("10.8" is a decimal's,
 * Hb 10.8), and none after a word of a reading or a measure. A text whose dates are all slashed and month first
 * ("11/22/2026") witnesses "11/24" but not "3/5".
 */
export function dateSiblingsText36(d: Detector): void {
  const v = d.v;
  const cands = d.cands;
  const n0 = cands.length;
  let shapes: Set<string> | undefined;
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.t !== 'DATE' || c.p < 0 || c.e - c.s > 11) continue;
    const m = FULL_NUMERIC_36.exec(v.slice(c.s, c.e));
    if (m === null) continue;
    const a = +(m[1] as string);
    const b = +(m[3] as string);
    (shapes ??= new Set()).add(shapeKey(m[2] as string, a, b));
  }
  if (shapes === undefined) return;
  let timeLines: Map<number, boolean> | undefined;
  // (Speed: tried at the starts of the runs of digits in the tokens, not at every character of the text; a start inside
  // a pair read is passed over, as a global search would.)
  const toks = d.toks;
  let last = 0;
  for (const xi of d.xIdx) {
    const tk = toks[xi] as Tok;
    const end = tk.s + tk.w.length;
    for (let q = tk.s; q < end; q++) {
      if (q < last || !isDigitCode(v.charCodeAt(q)) || (q > 0 && isDigitCode(v.charCodeAt(q - 1)))) continue;
      SHORT_DATE_Y36.lastIndex = q;
      const m = SHORT_DATE_Y36.exec(v);
      if (m === null) continue;
      last = q + m[0].length;
      siblingAt36(d, m, shapes, () => (timeLines ??= new Map()));
    }
  }
}

/** Stop 36: SHORT_DATE_24, sticky. */
const SHORT_DATE_Y36 = new RegExp(SHORT_DATE_24.source, 'y');

/** Stop 36: the pair m, a short date of the text's shapes unless a guard below says otherwise (dateSiblingsText36). */
function siblingAt36(d: Detector, m: RegExpExecArray, shapes: Set<string>, lines: () => Map<number, boolean>): void {
  const v = d.v;
  const sep = m[2] as string;
  if (sep === '-') return;
  const s = m.index;
  const e = s + m[0].length - (m[4] as string).length;
  const a = +(m[1] as string);
  const b = +(m[3] as string);
  // (The shape of this pair, as the line's rule reads it; a pair that fits either order counts under the text's.)
  const own = shapeKey(sep, a, b);
  const either = a <= 12 && b <= 12;
  const shape = shapes.has(own) ? own : either && shapes.has(sep + 'm') ? sep + 'm' : '';
  if (shape === '') return;
  const dayFirst = shape.endsWith('d');
  const day = dayFirst ? a : b;
  const month = dayFirst ? b : a;
  if (day < 1 || day > 31 || month < 1 || month > 12) return;
  if (sep === '.' && ((m[1] as string).length !== 2 || (m[3] as string).length !== 2)) return;
  if ((m[1] as string).length === 1 && (m[3] as string).length === 1) return;
  // ("24/7", round the clock.)
  if (a === 24 && b === 7) return;
  if (d.anyCand(s, e)) return;
  const before = v.slice(Math.max(0, s - 14), s);
  if (MEASURE_BEFORE_24.test(before) || READING_BEFORE_36.test(before)) return;
  // (Not a ventilator's or a pump's settings near it, "BiPAP from 16/6 to 14/5".)
  if (VENT_WORDS.test(v.slice(Math.max(0, s - 40), e + 16))) return;
  // (Nor a time written with a point, "seen 10.40, discharged 12.10": after a word of a time, or in a line whose other
  // dotted pairs are times that no date can be.)
  if (sep === '.' && (TIME_BEFORE_36.test(before) || dottedTimesInLine36(v, s, lines()))) return;
  // (A dotted pair after a word is a lab value's or a reading's as often, "Urea 12.10.", "ferritin 23.11.": only at a
  // line's, a cell's, a clause's or a sentence's start, or after a preposition of a date.)
  if (sep === '.' && !DOT_DATE_PLACE_36.test(before)) return;
  if (sep === '/' && scoreOutOf(a, b)) return;
  if (/^(?:[ \t]*(?:mm|mg|mcg|ml|g|kg|l|%|cm|units?|iu|mmol|bpm|x|of|bottles?|sets?|hrs?|hours?|strength|power|murmur|systolic|diastolic|holosystolic|doses?|tabs?|tablets?|caps?|months?|weeks?|days?|steps|pain|score|ago|later|course|s\b|mmhg)\b|\p{L}|[ \t]*[/%°])/iu.test(v.slice(e, e + 16))) return;
  d.add(s, e, 'DATE', 55);
}

/** A short date's shape: its separator and whether the day comes first ("/d" for "23/11", "/m" for "11/23"); a day over
 * 12 tells which; a date that does not tell takes the document's order (day first unless the month's number is over 12). */
function shapeOf(m: RegExpExecArray): string {
  return shapeKey((m[2] as string) + (m[4] as string), +(m[1] as string), +(m[3] as string));
}
/** The shape of a pair a, b written with separator `sep`: month first ("m") only when b can be no month and a can. */
function shapeKey(sep: string, a: number, b: number): string {
  return sep + (b > 12 && a <= 12 ? 'm' : 'd');
}
/** A score out of 10 or 20 written with a slash ("mood 6/10", "10/10 pain", "Barthel 12/20"). */
function scoreOutOf(a: number, b: number): boolean {
  return (b === 10 && a <= 10) || (b === 20 && a <= 20);
}
