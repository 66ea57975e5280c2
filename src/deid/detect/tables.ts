// Tables and lists: header lines (stop 17), rows, cells and columns (stop 18), ages in age columns (stop 20).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, NAME_BITS } from '../lexicon.js';
import { colKey, colType, US_STATE_CODES } from '../structured.js';
import type { PhiType } from '../types.js';
import { type Cand, memberBits } from './words.js';
import { M, PARTICLES, STATE_WORDS, WEEKDAY_ABBR } from './vocabulary.js';
import type { Detector } from './detector.js';
import { overlapsSpan } from './unknown-names.js';

// --- Stop 17: table header lines -------------------------------------------------------------------

/** Words before a software version (see Detector.hasVersionDate). */
export const VERSION_WORDS_17: ReadonlySet<string> = new Set('build version ver firmware software patch rev revision'.split(' '));
/** The candidate [c.s, c.e) fills a cell of the line [ls, le): only blanks and quotes between it and a separator. */
export function wholeCell(c: Cand, ls: number, le: number, v: string): boolean {
  let a = c.s;
  while (a > ls && (v.charCodeAt(a - 1) === 32 || v.charCodeAt(a - 1) === 34)) a--;
  let b = c.e;
  while (b < le && (v.charCodeAt(b) === 32 || v.charCodeAt(b) === 34 || v.charCodeAt(b) === 46)) b++;
  const p = a > ls ? v.charCodeAt(a - 1) : 44;
  const n = b < le ? v.charCodeAt(b) : 44;
  return (p === 44 || p === 59 || p === 9 || p === 124) && (n === 44 || n === 59 || n === 9 || n === 124 || n === 13);
}

// --- Stop 18: tables and lists (branch table18) ------------------------------------------------------------------------

/**
 * Rosters, bed boards, line lists, schedules, exports without a header row, fixed-width columns and numbered or bulleted
 * lists: three or more consecutive lines split alike (by tabs, bars, semicolons, " - " dashes, commas, or runs of two
 * spaces at the same columns; a list marker opening the line is left out) are read as a table. A name or a place the rules
 * found across two cells is cut back to its cells; each column is typed by its cells (what the rules and the tagger
 * found there, the shape of the cells and the lexicon bits of their words), and the other cells of a column of names or
 * of places, shaped like one, are added whole. True if a candidate was dropped.
 */
export function tables18(d: Detector): boolean {
  const v = d.v;
  const n = v.length;
  // One cheap pass: each line's separator kind and count.
  const starts: number[] = [];
  const ends: number[] = [];
  const sigs: number[] = [];
  // (The separators are found by indexOf over the text, not by a loop over its characters: see Seps18.)
  const seps = seps18(v);
  let ls = 0;
  while (ls < n) {
    let le = v.indexOf('\n', ls);
    if (le < 0) le = n;
    starts.push(ls);
    ends.push(le);
    sigs.push(le - ls > 400 ? 0 : lineSig18(v, ls, le, seps));
    ls = le + 1;
  }
  if (starts.length < 3) return false;
  let dropped = false;
  for (let i = 0; i < sigs.length; ) {
    const sg = sigs[i] as number;
    let j = i + 1;
    while (j < sigs.length && sigs[j] === sg) j++;
    if (sg !== 0 && j - i >= 3) {
      const kind = sg & 7;
      let rows: [number, number][][] = [];
      for (let r = i; r < j; r++) {
        const cells = cells18(v, starts[r] as number, ends[r] as number, kind);
        // Fixed width: the cells of each row start at the columns of the row before (one column of play).
        if (kind === K18_SPACES && rows.length > 0 && !aligned18(rows[rows.length - 1] as [number, number][], starts[r - 1] as number, cells, starts[r] as number)) {
          if (rows.length >= 3 && table18(d, rows, kind)) dropped = true;
          rows = [];
        }
        rows.push(cells);
      }
      if (rows.length >= 3 && table18(d, rows, kind)) dropped = true;
    }
    i = j;
  }
  return dropped;
}

const K18_TAB = 1;
const K18_BAR = 2;
const K18_SEMI = 3;
const K18_DASH = 4;
const K18_COMMA = 5;
const K18_SPACES = 6;

/** A line's separator: kind (low 3 bits) and number of separators above it; 0 for a line that is no table row. */
function lineSig18(v: string, ls: number, le: number, p: Seps18): number {
  const from = listMarker18(v, ls, le);
  // A letter first (most lines open with one): a line without letters is no row.
  let x = from;
  while (x < le) {
    const c = v.charCodeAt(x);
    if (c >= 65 && c !== 124) break;
    x++;
  }
  if (x >= le) return 0;
  // The separators of the line from the text's next ones (each found once by indexOf; those before `from`, of a line
  // skipped or of the list marker, are passed over). A separator never spans a line end.
  const n = p.n;
  let tabs = 0;
  let bars = 0;
  let semis = 0;
  let dashes = 0;
  let commas = 0;
  let runs = 0;
  let y = p.tab;
  for (; y < le; y = next18(v, '\t', y + 1, n)) if (y >= from) tabs++;
  p.tab = y;
  for (y = p.bar; y < le; y = next18(v, '|', y + 1, n)) if (y >= from) bars++;
  p.bar = y;
  for (y = p.semi; y < le; y = next18(v, ';', y + 1, n)) if (y >= from) semis++;
  p.semi = y;
  for (y = p.comma; y < le; y = next18(v, ',', y + 1, n)) if (y >= from) commas++;
  p.comma = y;
  // A run of two spaces or more counts at its first space, past the content's first character.
  for (y = p.run; y < le; ) {
    if (y > from && v.charCodeAt(y - 1) !== 32) runs++;
    y += 2;
    while (v.charCodeAt(y) === 32) y++;
    y = next18(v, '  ', y, n);
  }
  p.run = y;
  // " - ", " – ", " — ": a dash between spaces, the first space at or past `from`.
  for (y = p.hyphen; y < le; y = next18(v, '-', y + 1, n)) if (y > from && v.charCodeAt(y - 1) === 32 && v.charCodeAt(y + 1) === 32) dashes++;
  p.hyphen = y;
  for (y = p.en; y < le; y = next18(v, '\u2013', y + 1, n)) if (y > from && v.charCodeAt(y - 1) === 32 && v.charCodeAt(y + 1) === 32) dashes++;
  p.en = y;
  for (y = p.em; y < le; y = next18(v, '\u2014', y + 1, n)) if (y > from && v.charCodeAt(y - 1) === 32 && v.charCodeAt(y + 1) === 32) dashes++;
  p.em = y;
  if (tabs) return K18_TAB | (tabs << 3);
  if (bars >= 2) return K18_BAR | (bars << 3);
  if (semis) return K18_SEMI | (semis << 3);
  if (dashes) return K18_DASH | (dashes << 3);
  // Fixed width before commas: "Ferreira Gomes, Joana      Braga      11/03/2024".
  if (runs && runs >= commas) return K18_SPACES | (runs << 3);
  if (commas) return K18_COMMA | (commas << 3);
  return 0;
}

/** The next position of each separator in a text (n for none), read forward line by line by lineSig18: the line pass
 * costs one indexOf per separator instead of a loop over every character (stop 18, speed). */
interface Seps18 {
  n: number;
  tab: number;
  bar: number;
  semi: number;
  comma: number;
  /** Two spaces. */
  run: number;
  hyphen: number;
  en: number;
  em: number;
}

function seps18(v: string): Seps18 {
  const n = v.length;
  return {
    n,
    tab: next18(v, '\t', 0, n),
    bar: next18(v, '|', 0, n),
    semi: next18(v, ';', 0, n),
    comma: next18(v, ',', 0, n),
    run: next18(v, '  ', 0, n),
    hyphen: next18(v, '-', 0, n),
    en: next18(v, '\u2013', 0, n),
    em: next18(v, '\u2014', 0, n),
  };
}

/** v.indexOf(s, p), or n when s does not occur from p. */
function next18(v: string, s: string, p: number, n: number): number {
  const x = v.indexOf(s, p);
  return x < 0 ? n : x;
}

/** Where a line's content starts after a list marker ("3. ", "12) ", "- ", "* ", "• "), or ls. */
function listMarker18(v: string, ls: number, le: number): number {
  let x = ls;
  while (x < le && v.charCodeAt(x) === 32) x++;
  const c = v.charCodeAt(x);
  if (c === 45 || c === 42 || c === 8226 || c === 183) return v.charCodeAt(x + 1) === 32 ? x + 2 : ls;
  let y = x;
  while (y < le && y - x < 3 && v.charCodeAt(y) >= 48 && v.charCodeAt(y) <= 57) y++;
  if (y > x && (v.charCodeAt(y) === 46 || v.charCodeAt(y) === 41) && v.charCodeAt(y + 1) === 32) return y + 2;
  return ls;
}

/** The trimmed cells of a table line (after its list marker), split by the separator of its kind. */
function cells18(v: string, ls: number, le: number, kind: number): [number, number][] {
  const cells: [number, number][] = [];
  const from = listMarker18(v, ls, le);
  const push = (a: number, b: number) => {
    while (a < b && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 9 || v.charCodeAt(a) === 13)) a++;
    while (b > a && (v.charCodeAt(b - 1) === 32 || v.charCodeAt(b - 1) === 9 || v.charCodeAt(b - 1) === 13)) b--;
    cells.push([a, b]);
  };
  const sep = kind === K18_TAB ? 9 : kind === K18_BAR ? 124 : kind === K18_SEMI ? 59 : kind === K18_COMMA ? 44 : 0;
  let cs = from;
  for (let x = from; x < le; x++) {
    const c = v.charCodeAt(x);
    if (sep !== 0) {
      if (c === sep) {
        push(cs, x);
        cs = x + 1;
      }
    } else if (c === 32) {
      const c1 = v.charCodeAt(x + 1);
      if (kind === K18_SPACES && c1 === 32 && x > from && v.charCodeAt(x - 1) !== 32) {
        push(cs, x);
        while (x + 1 < le && v.charCodeAt(x + 1) === 32) x++;
        cs = x + 1;
      } else if (kind === K18_DASH && (c1 === 45 || c1 === 8211 || c1 === 8212) && v.charCodeAt(x + 2) === 32) {
        push(cs, x);
        x += 2;
        cs = x + 1;
      }
    }
  }
  push(cs, le);
  return cells;
}

/** Whether the cells of row b start at the columns of row a's (one column of play; the first cell aside). */
function aligned18(a: [number, number][], la: number, b: [number, number][], lb: number): boolean {
  for (let x = 1; x < a.length && x < b.length; x++) if (Math.abs((a[x] as [number, number])[0] - la - ((b[x] as [number, number])[0] - lb)) > 1) return false;
  return true;
}

/** Member bits of words that are never a person's name or a town in a table's cell. */
const CELL_NOT_18 = M.NOT_NAME | M.STATE_WORDS | M.MONTH_WORDS | M.FACILITY_GENERIC | M.EPONYMS | M.NOT_PERSON | M.CREDENTIAL_TOKENS | M.SCALE_NAMES | M.EPONYM_HEADS | M.SCALE_HEADS | M.PLACE_NOUNS;
/** Title words before a name in a cell ("Dr.", "Sr.", "Mrs"): outside the span. */
const CELL_TITLE_18 = M.TITLES | M.CORE_TITLES;

/** What a cell holds, for the typing of its column. */
interface Cell18 {
  a: number;
  b: number;
  /** Start of the value after a title. */
  s: number;
  /** Name-shaped: one to five capitalized words or initials (particles in lower case), letters only. */
  shaped: boolean;
  /** A word never a name or a town, or a common word no name or place list knows. */
  bad: boolean;
  nameRule: boolean;
  locRule: boolean;
  otherRule: boolean;
  tagName: boolean;
  tagLoc: boolean;
  /** A word of the cell is a known name part that is not a common word. */
  lexName: boolean;
  /** The cell is a place the gazetteer knows. */
  lexPlace: boolean;
  /** The cell is a state, a province or a country. */
  region: boolean;
  /** Number of words (after a title). */
  words: number;
}

function readCell18(d: Detector, a: number, b: number): Cell18 | undefined {
  const v = d.v;
  let letter = false;
  for (let x = a; x < b; x++) {
    const c = v.charCodeAt(x);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 192) {
      letter = true;
      break;
    }
  }
  if (!letter) return undefined;
  const cell: Cell18 = { a, b, s: a, shaped: false, bad: false, nameRule: false, locRule: false, otherRule: false, tagName: false, tagLoc: false, lexName: false, lexPlace: false, region: false, words: 0 };
  d.someOverlap(a, b, (c) => {
    if (c.p > 1) {
      if (c.t === 'NAME') cell.nameRule = true;
      else if (c.t === 'LOCATION') cell.locRule = true;
      else cell.otherRule = true;
    } else if (c.t === 'NAME') cell.tagName = true;
    else if (c.t === 'LOCATION') cell.tagLoc = true;
    return false;
  });
  if (b - a > 60) return cell;
  const text = v.slice(a, b);
  const words = text.split(/[ ,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return cell;
  let shaped = true;
  let caps = 0;
  let w0 = 0;
  // A title opening the cell stays outside ("Dr. Lars Nilsen", "Sr Ingrid Halvorsen").
  const t0 = (words[0] as string).replace(/\.$/, '').toLowerCase();
  if (words.length > 1 && (memberBits(t0) & CELL_TITLE_18) !== 0) {
    w0 = 1;
    cell.s = a + text.indexOf(words[1] as string, (words[0] as string).length);
  }
  const keys: string[] = [];
  let month = false;
  for (let x = w0; x < words.length; x++) {
    const w = words[x] as string;
    if (!NAME_WORD_18.test(w)) {
      shaped = false;
      break;
    }
    const k = w.toLowerCase();
    keys.push(k);
    const c0 = w.charAt(0);
    if (c0 !== c0.toLowerCase()) caps++;
    else if (!PARTICLES.has(k) && k !== 'te' && k !== 'thi' && k !== 'van') shaped = false;
    const m = memberBits(k);
    const f = d.fl(k);
    // (A month's name is a given name among other words of a name: "Kowalski, Jan", "May Chen".)
    if ((m & M.MONTH_WORDS) !== 0) month = true;
    else if ((m & CELL_NOT_18) !== 0) cell.bad = true;
    else if ((f & L.COUNTRY) !== 0) cell.bad = true;
    else if ((f & L.WORD) !== 0 && (f & (NAME_BITS | L.PLACE)) === 0 && k.length > 1) cell.bad = true;
    // A service or a specialty in a British spelling the word list lacks ("Orthopaedics", "Paediatrics", "Haematology").
    else if ((f & NAME_BITS) === 0 && (k.endsWith('ology') || k.endsWith('ics') || k.endsWith('iatry'))) cell.bad = true;
    if ((f & NAME_BITS) !== 0 && (f & L.WORD) === 0) cell.lexName = true;
  }
  if (month && keys.length < 2) cell.bad = true;
  cell.shaped = shaped && caps > 0 && keys.length > 0;
  cell.words = keys.length;
  if (cell.shaped) {
    const key = keys.join(' ');
    cell.lexPlace = d.knownPlace(key);
    cell.region = STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || (keys.length === 1 && text.length === 2 && US_STATE_CODES.has(text)) || (d.regionSpans !== undefined && overlapsSpan(d.regionSpans, a, b));
  }
  return cell;
}
/** A word of a name or a town in a cell: letters (any script), inner apostrophes, hyphens and dots; an initial. */
const NAME_WORD_18 = /^\p{L}[\p{L}\p{M}'’.-]*$/u;

/** Reads one table (rows of trimmed cells); true if a candidate was dropped. */
function table18(d: Detector, rows: [number, number][][], kind: number): boolean {
  const v = d.v;
  let dropped = false;
  // 1. A name or a place the rules found across cells ("Mark Thompson<TAB>HCA<TAB>Cardiology") is cut back to its cells
  // (across tabs, bars and the gaps of fixed width only: a comma or a dash may sit inside a name, "Okonkwo, Adaeze").
  if (kind === K18_TAB || kind === K18_BAR || kind === K18_SPACES) for (const row of rows) {
    if (row.length < 2) continue;
    const rs = (row[0] as [number, number])[0];
    const re = (row[row.length - 1] as [number, number])[1];
    let wide: Cand[] | undefined;
    d.someOverlap(rs, re, (c) => {
      if ((c.t === 'NAME' || c.t === 'LOCATION') && c.p > 1) {
        let k = 0;
        for (const [a, b] of row) if (b > a && c.s < b && c.e > a) k++;
        if (k > 1) (wide ??= []).push(c);
      }
      return false;
    });
    if (wide) for (const c of wide) {
      const p = c.p;
      c.p = -1;
      dropped = true;
      // Its part in each cell stays, at its priority, but in a cell of a word that is never a name or a town
      // ("Cardiology", "HCA") or of a state or a country.
      for (const [a, b] of row) {
        const s = Math.max(a, c.s);
        const e = Math.min(b, c.e);
        if (e <= s) continue;
        const cell = readCell18(d, s, e);
        if (!cell || cell.bad || cell.region) continue;
        // (Nor, past its first cell, a role or a unit in capitals of two to four letters: "HCA", "ICU".)
        if (s !== c.s && cell.words === 1 && e - cell.s <= 4 && e - cell.s >= 2 && v.slice(cell.s, e).toUpperCase() === v.slice(cell.s, e)) continue;
        d.add(cell.s, e, c.t, p);
      }
    }
  }
  // 2. The columns, typed by their cells.
  const width = Math.max(...rows.map((r) => r.length));
  // (Stop 19: a column of days without a year or of phone numbers, see digitColumn19.)
  for (let x = 0; x < width; x++) digitColumn19(d, rows, x);
  const cols: { cells: Cell18[]; type: PhiType | undefined }[] = [];
  for (let x = 0; x < width; x++) {
    const cells: Cell18[] = [];
    // (A cheap look first: a column can be typed only when three cells in four open with a capital and are short.)
    let caps = 0;
    for (const r of rows) {
      const ab = r[x];
      if (!ab || ab[1] - ab[0] > 60) continue;
      const c0 = v.charCodeAt(ab[0]);
      if ((c0 >= 65 && c0 <= 90) || c0 >= 192) caps++;
    }
    if (caps < 3 || caps * 4 < rows.length * 3 - 4) {
      cols.push({ cells, type: undefined });
      continue;
    }
    for (const r of rows) {
      const ab = r[x];
      if (!ab || ab[1] <= ab[0]) continue;
      const c = readCell18(d, ab[0], ab[1]);
      if (c) cells.push(c);
    }
    // A first cell that no rule read and that is a column's name is the header's.
    const h = cells[0];
    if (h && !h.nameRule && !h.locRule && !h.otherRule && rows[0]?.[x]?.[0] === h.a && colType(colKey(v.slice(h.a, h.b))) !== undefined) cells.shift();
    cols.push({ cells, type: columnType18(cells) });
  }
  // A column of single capitalized words beside a column of names, some read as names, holds names too: the surnames of
  // an export that splits "Brückner;Hannelore".
  for (let x = 0; x < width; x++) {
    const col = cols[x] as (typeof cols)[number];
    if (col.type || !(cols[x - 1]?.type === 'NAME' || cols[x + 1]?.type === 'NAME')) continue;
    const cells = col.cells;
    if (cells.length < 3 || cells.some((c) => !c.shaped || c.bad || c.region || c.otherRule || c.locRule || c.lexPlace || c.words > 2)) continue;
    let rule = 0;
    let votes = 0;
    for (const c of cells) {
      if (c.nameRule) rule++;
      if (c.nameRule || c.tagName || c.lexName) votes++;
    }
    if (rule >= 1 && votes >= 2 && votes * 2 >= cells.length) col.type = 'NAME';
  }
  for (const col of cols) {
    const type = col.type;
    if (!type) continue;
    for (const c of col.cells) {
      if (!c.shaped || c.bad || c.region || c.otherRule) continue;
      // A rule's span of the other type inside the cell takes the column's type when the cell is no known name (a place)
      // or no known place (a name).
      const otherType = type === 'NAME' ? 'LOCATION' : 'NAME';
      if (type === 'NAME' ? c.locRule && !c.lexPlace : c.nameRule && (c.lexPlace || !c.lexName)) {
        d.someOverlap(c.a, c.b, (o) => {
          if (o.t === otherType && o.p > 1 && o.s >= c.a && o.e <= c.b) o.t = type;
          return false;
        });
      }
      // The words no stronger rule covers, added whole (the tagger's guesses and weaker rules give way).
      let s = -1;
      let e = -1;
      const flush = () => {
        if (s >= 0) d.add(s, e, type, 60);
        s = -1;
      };
      for (const m of v.slice(c.s, c.b).matchAll(/[^ ,]+/g)) {
        const ws = c.s + m.index;
        const we = ws + m[0].length;
        // (A weaker rule's span that reaches out of the cell stays: it would be lost whole to the cell's.)
        if (d.someOverlap(ws, we, (o) => o.p > 60 || (o.p > 1 && (o.s < c.a || o.e > c.b)))) flush();
        else {
          if (s < 0) s = ws;
          e = we;
        }
      }
      flush();
    }
  }
  // (Stop 20: a column of ages, under its name or right after a column of names, see ageColumn20.)
  for (let x = 0; x < width; x++) ageColumn20(d, rows, x, x > 0 && (cols[x - 1]?.type === 'NAME' || namesIn20(d, rows, x - 1)));
  return dropped;
}

/** A cell of an age: a number, maybe with a word of years after it ("94 aar", "92 y", "90 ans"). */
const AGE_CELL_20 = /^(\d{1,3})(?:[ \t]*(?:y|yo|y\/o|yrs?|years?|a|aar|år|ar|ans|años|anos|jahre|j|jr|lat|ani|vuotta|éves)\.?)?$/i;
/** The name of a column of numbers that are a measure, not an age: weight, height, vital signs, beds and rooms, scores. */
const MEASURE_HEADER_20 = /^(?:weight|wt|weight \((?:kg|lbs?)\)|kg|lbs?|height|ht|cm|bmi|hr|heart rate|pulse|p|bp|sbp|dbp|map|rr|resp|temp|t|spo2|sats?|o2|gcs|pain|score|bed|beds|room|rm|bay|glucose|bg|bgl|bsl|hb|hgb|plt|na|k|cr|creat|egfr|inr|crp|wcc|wbc|dose|mg|units|mins?|minutes|hrs?|hours|days|los)$/i;
/** The name of a column of ages. */
const AGE_HEADER_20 = /^(?:age|ages|age \((?:y|yrs|years)\)|alter|âge|age \(ans\)|edad|idade|età|leeftijd|ålder|alder|wiek|vârsta|varsta|ikä|yrs|yo)$/i;

/** Half the rows or more (two at least) hold a name found in their cell of column x (the tagger's too). */
function namesIn20(d: Detector, rows: [number, number][][], x: number): boolean {
  let k = 0;
  for (const r of rows) {
    const ab = r[x];
    if (ab && ab[1] > ab[0] && d.someOverlap(ab[0], ab[1], (c) => c.t === 'NAME' && c.p >= 1)) k++;
  }
  return k >= 2 && k * 2 >= rows.length;
}

/**
 * Stop 20 (docs/deid-history.md): column x of a table is a column of ages when it holds only numbers of up to three
 * digits (a word of years after them allowed), three or more, at most 115, not all the same and not the row numbers
 * (each one more than the one before), and either it is headed by the word for age ("Age", "Alter", "Edad") or it has no
 * header and comes right after a column of names (`afterNames`): "05 | Eira, Nils-Mathis | 79 | Skibotn". Its numbers of
 * 90 and more are AGE_OVER_89 (a cell some rule read keeps its span).
 */
function ageColumn20(d: Detector, rows: [number, number][][], x: number, afterNames: boolean): void {
  const v = d.v;
  const cells: [number, number][] = [];
  const values: number[] = [];
  /** The cell of words above the column's first number (its header). */
  let head: string | undefined;
  for (let r = 0; r < rows.length; r++) {
    const ab = rows[r]?.[x];
    if (!ab) continue;
    const [a, b] = trimCell19(v, ab[0], ab[1]);
    if (b <= a) continue;
    const c0 = v.charCodeAt(a);
    const m = c0 >= 48 && c0 <= 57 && b - a <= 12 ? AGE_CELL_20.exec(v.slice(a, b)) : null;
    if (m) {
      cells.push([a, a + (m[1] as string).length]);
      values.push(Number(m[1]));
    } else if (cells.length > 0 || head !== undefined) return;
    else head = v.slice(a, b);
  }
  if (head !== undefined && !AGE_HEADER_20.test(head)) {
    // (Numbers under a measure's name are no ages: agesAfterNames18 leaves them, "Name | Weight" with 95.)
    if (cells.length > 0 && MEASURE_HEADER_20.test(head)) for (const [a, b] of cells) (d.measureCells ??= []).push(a, b);
    return;
  }
  const header = head !== undefined;
  if (cells.length < 3 || !(header || afterNames) || new Set(values).size < 2 || values.some((n) => n > 115)) return;
  if (values.every((n, i) => i === 0 || n === (values[i - 1] as number) + 1)) return;
  cells.forEach(([a, b], i) => {
    if ((values[i] as number) >= 90 && !d.anyCand(a, b)) d.add(a, b, 'AGE_OVER_89', 60);
  });
}

/** A day and a month without a year, maybe after a weekday and maybe a range: "29.11", "03-01", "Sat 10/1", "6.12-7.12". */
const DAY_CELL_19 = new RegExp(`^(?:(?:${WEEKDAY_ABBR})\\.?[ \\t]+)?(\\d{1,2})([./-])(\\d{1,2})\\.?(?:[ \\t]*[-\\u2013][ \\t]*(\\d{1,2})[./-](\\d{1,2})\\.?)?$`);
/** A phone number of digit groups (2 to 4 digits each) parted by single spaces, maybe after a country code: "555 0142",
 * "77 555 01 42", "+998 90 555 01 47", "08 5550 1163". */
const WEEKDAY_DIGIT_19 = new RegExp(`^(?:${WEEKDAY_ABBR})\\.?[ \\t]+\\d`);
const PHONE_CELL_19 = /^(?:\+\d{1,3}[ \t])?\d{2,4}(?:[ \t]\d{2,4}){1,4}$/;

/** (Stop 37) A cell that holds a placeholder only. */
const EMPTY_CELL_37 = /^(?:-{1,3}|–|—|\?|n\/a|N\/A|nil|x|X|\.)$/;

/** A cell's bounds without the blanks, tabs and quotes around it (and a carriage return at its end). */
function trimCell19(v: string, a: number, b: number): [number, number] {
  while (a < b && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 9 || v.charCodeAt(a) === 34)) a++;
  while (b > a && (v.charCodeAt(b - 1) === 32 || v.charCodeAt(b - 1) === 9 || v.charCodeAt(b - 1) === 34 || v.charCodeAt(b - 1) === 13)) b--;
  return [a, b];
}

/**
 * Stop 19 (docs/deid-history.md): column x of a table whose cells are all days without a year or all phone numbers (three
 * or more filled cells; a header cell of words above them is passed over). Days: each a valid day and month one way or
 * the other (with a point the day first), in calendar order (one turn of the year allowed), at least two different days, and with a slash at
 * least one number above 12 somewhere (not a column of scores, "3/10", "5/5", "2/6"); in order, not a column of lab
 * values ("4.1", "3.9", "4.5"). Phones: seven to twelve digits in groups, not all cells the same. A cell some rule already
 * read keeps its span.
 */
function digitColumn19(d: Detector, rows: [number, number][][], x: number): void {
  const v = d.v;
  const cells: [number, number][] = [];
  /** A cell of words met above the column's first number (its header). */
  let header = false;
  for (let r = 0; r < rows.length; r++) {
    const ab = rows[r]?.[x];
    if (!ab) continue;
    const [a, b] = trimCell19(v, ab[0], ab[1]);
    if (b <= a) continue;
    // (Stop 37: a placeholder for a value not known is an empty cell, "| - |", "| n/a |", "| ? |".)
    if (b - a <= 3 && EMPTY_CELL_37.test(v.slice(a, b))) continue;
    // (The cheap test first: a digit, or "+" or a weekday before one, opens the cell.)
    const c0 = v.charCodeAt(a);
    if ((c0 >= 48 && c0 <= 57) || c0 === 43 || (c0 >= 65 && c0 <= 90 && WEEKDAY_DIGIT_19.test(v.slice(a, a + 10)))) cells.push([a, b]);
    else if (cells.length > 0 || header) return;
    else header = true;
  }
  if (cells.length < 3) return;
  const texts = cells.map(([a, b]) => v.slice(a, b));
  const type = dayColumn19(texts) ? 'DATE' : phoneColumn19(texts) ? 'PHONE' : undefined;
  if (type === undefined) return;
  for (const [a, b] of cells) if (!d.anyCand(a, b)) {
    // (A weekday before the day stays out of the span.)
    let s = a;
    while (s < b && !(v.charCodeAt(s) >= 48 && v.charCodeAt(s) <= 57) && v.charCodeAt(s) !== 43) s++;
    d.add(s, b, type, 60);
  }
}

function dayColumn19(texts: string[]): boolean {
  let sep = '';
  const pairs: [number, number][] = [];
  for (const t of texts) {
    const m = DAY_CELL_19.exec(t);
    if (!m) return false;
    if (sep === '') sep = m[2] as string;
    else if (sep !== m[2]) return false;
    pairs.push([Number(m[1]), Number(m[3])]);
    if (m[4] !== undefined) pairs.push([Number(m[4]), Number(m[5])]);
  }
  const valid = (dd: number, mm: number) => dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12;
  if (sep === '/' && !pairs.some(([a, b]) => a > 12 || b > 12)) return false;
  // Day first or month first, whichever reads every cell as a date in calendar order.
  // (With a point, day first only: "29.11", never a month first, "1.05", which reads lab values as days.)
  for (const dayFirst of sep === '.' ? [true] : [true, false]) {
    let ok = true;
    let turns = 0;
    let prev = -1;
    const days = new Set<number>();
    for (const [a, b] of pairs) {
      const dd = dayFirst ? a : b;
      const mm = dayFirst ? b : a;
      if (!valid(dd, mm)) {
        ok = false;
        break;
      }
      days.add(dd);
      const at = mm * 32 + dd;
      if (prev >= 0 && at < prev) {
        // (December to January once.)
        if (turns > 0 || !(prev >= 11 * 32 && mm <= 2)) {
          ok = false;
          break;
        }
        turns++;
      }
      prev = at;
    }
    if (ok && days.size >= 2) return true;
  }
  return false;
}

function phoneColumn19(texts: string[]): boolean {
  if (new Set(texts).size < 2) return false;
  for (const t of texts) {
    // (Not a sequence number beside a time of day in a column of fixed width, "0041 0712": no number opens with 00 but
    // an international one, which has more groups.)
    if (!PHONE_CELL_19.test(t) || (t.startsWith('00') && t.length === 9)) return false;
    let n = 0;
    for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) n++;
    if (n < 7 || n > 12) return false;
  }
  return true;
}

/** The type of a column of a table by its cells: NAME, LOCATION or none. */
function columnType18(cells: Cell18[]): PhiType | undefined {
  const filled = cells.length;
  if (filled < 3) return undefined;
  let nRule = 0;
  let lRule = 0;
  let nVote = 0;
  let lVote = 0;
  let nStrong = 0;
  let places = 0;
  let shaped = 0;
  let other = 0;
  let region = 0;
  for (const c of cells) {
    if (c.nameRule) nRule++;
    if (c.locRule) lRule++;
    if (c.lexPlace) places++;
    if (c.otherRule) other++;
    if (c.region) region++;
    if (c.shaped && !c.bad) shaped++;
    // (A cell may vote both ways: a rule's name that the gazetteer knows as a place, "Braga".)
    // (A rule's place over a known name that a rule also reads as a name is the name's: "Priya Sharma<TAB>Mumbai" read
    // as one place across the cells.)
    if ((c.locRule && !(c.nameRule && c.lexName && !c.lexPlace)) || c.lexPlace || (c.tagLoc && !c.nameRule)) lVote++;
    if (c.nameRule || (c.tagName && !c.locRule) || (c.lexName && c.shaped && !c.bad && !c.lexPlace)) nVote++;
    if (c.nameRule || c.tagName || (c.lexName && c.words >= 2 && !c.lexPlace && !c.bad)) nStrong++;
  }
  // Mostly other values (dates, numbers), states or countries, or cells not shaped like a name or a town: no column of either.
  if (other * 4 > filled || region * 2 >= filled || shaped * 4 < filled * 3) return undefined;
  // Names: two cells or more the rules read as names, or (a table in capitals, where the rules read little) four cells in
  // five read by a rule or the tagger, or of two known name parts or more; three in five of the cells in all.
  if ((nRule >= 2 || (nStrong >= 3 && nStrong * 5 >= filled * 4)) && nVote * 5 >= filled * 3 && nVote > lVote) return 'NAME';
  // Places: two cells or more read as places by the rules or the gazetteer; three in five of the cells in all.
  if (lRule + places >= 2 && lVote * 5 >= filled * 3 && lVote >= nVote) return 'LOCATION';
  return undefined;
}
