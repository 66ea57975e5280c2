// Stop 17: a column of names in a table without a header.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, NAME_BITS } from '../lexicon.js';
import { FACILITY_GENERIC, NOT_NAME, STATE_WORDS } from './vocabulary.js';
import { MONTH_WORDS } from './patterns.js';
import type { Detector } from './detector.js';
import { KIN_WORDS } from './name-patterns.js';
import { KIN_ROLE_WORDS_22 } from './unknown-names.js';
import { clinicalWord } from '../tagger.js';

// --- Stop 17: a column of names in a table without a header ----------------------------------------------------------

/**
 * "| Gen Med reg | Bishop | Nakamarra-Ross | Oyewole |", "Ieva Vaitkute<TAB>60301300019<TAB>Ventolin<TAB>2<TAB>A. Balciunaite": in
 * a table of three rows or more (cells split by tabs or bars, the same number in each row), a column whose cells are
 * mostly names found by the other rules holds names in its other cells too, when they are shaped like one (one to four
 * capitalized words or initials, letters only, no word of a facility, a month, a state or a country).
 */
export function columnNames17(d: Detector, commas: boolean): void {
  const v = d.v;
  let ls = 0;
  while (ls < v.length) {
    // One block: consecutive lines with the same separator and the same number of cells.
    const first = lineCells17(v, ls, commas);
    if (!first) {
      const nl = v.indexOf('\n', ls);
      ls = nl < 0 ? v.length : nl + 1;
      continue;
    }
    const rows: [number, number][][] = [first.cells];
    let next = first.end + 1;
    while (next < v.length) {
      const r = lineCells17(v, next, commas);
      if (!r || r.sep !== first.sep || r.cells.length !== first.cells.length) break;
      rows.push(r.cells);
      next = r.end + 1;
    }
    if (rows.length >= 3) namesInColumns17(d, rows, first.sep === 44 || first.sep === 32, first.sep === 32);
    ls = rows.length > 1 ? next : first.end + 1;
  }
}

/** The cells of the line at ls split by tabs or by bars (at least two separators), trimmed; undefined otherwise. */
function lineCells17(v: string, ls: number, commas: boolean): { cells: [number, number][]; sep: number; end: number } | undefined {
  let le = v.indexOf('\n', ls);
  if (le < 0) le = v.length;
  if (le - ls > 600) return undefined;
  let tabs = 0;
  let bars = 0;
  for (let i = ls; i < le; i++) {
    const c = v.charCodeAt(i);
    if (c === 9) tabs++;
    else if (c === 124) bars++;
  }
  // (Stop 34: or, in the late pass (commas), by commas, three at least, a spreadsheet's export:
  // "00551447,KRAMER,DELORES,1939-05-02,...". The block of three rows or more with the same number of cells keeps prose
  // out.)
  let sep = commas ? 0 : tabs >= 2 ? 9 : bars >= 2 ? 124 : 0;
  if (commas && tabs === 0 && bars === 0) {
    // (Commas with no blank after them, two at least: prose writes ", ".)
    let n = 0;
    let tight = 0;
    let runs = 0;
    for (let i = ls; i < le; i++) {
      const c = v.charCodeAt(i);
      if (c === 44) {
        n++;
        if (v.charCodeAt(i + 1) !== 32) tight++;
      } else if (c === 32 && v.charCodeAt(i + 1) === 32 && i > ls) {
        // (Or by runs of two blanks or more, two at least, a fixed-width print: "5E02  MCKAY  03 5550 2281"; not the
        // two blanks after a sentence's end.)
        const b = v.charCodeAt(i - 1);
        if (b !== 32 && b !== 46 && b !== 63 && b !== 33 && b !== 58 && b !== 59 && b !== 44) runs++;
      }
    }
    if (n >= 3 && tight >= 2) sep = 44;
    else if (runs >= 2) return spacedCells34(v, ls, le);
  }
  if (sep === 0) return undefined;
  const cells: [number, number][] = [];
  let cs = ls;
  for (let i = ls; i <= le; i++) {
    if (i < le && v.charCodeAt(i) !== sep) continue;
    let a = cs;
    let b = i;
    while (a < b && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 13)) a++;
    while (b > a && (v.charCodeAt(b - 1) === 32 || v.charCodeAt(b - 1) === 13)) b--;
    // (A quoted cell of a CSV line is read without its quotes: "\"Hope, Liberty\"".)
    if (sep === 44) {
      if (a < b && v.charCodeAt(a) === 34) a++;
      if (b > a && v.charCodeAt(b - 1) === 34) b--;
    }
    cells.push([a, b]);
    cs = i + 1;
  }
  return { cells, sep, end: le };
}

/** The cells of the line [ls, le) split by runs of two blanks or more (Stop 34, see lineCells17). */
function spacedCells34(v: string, ls: number, le: number): { cells: [number, number][]; sep: number; end: number } {
  const cells: [number, number][] = [];
  let a = ls;
  while (a < le && v.charCodeAt(a) === 32) a++;
  let x = a;
  while (x < le) {
    if (v.charCodeAt(x) === 32 && v.charCodeAt(x + 1) === 32) {
      let b = x;
      while (x < le && v.charCodeAt(x) === 32) x++;
      cells.push([a, b]);
      a = x;
    } else x++;
  }
  let b = le;
  while (b > a && (v.charCodeAt(b - 1) === 32 || v.charCodeAt(b - 1) === 13)) b--;
  if (b > a) cells.push([a, b]);
  return { cells, sep: 32, end: le };
}

/** A cell shaped like a person's name: one to four capitalized words or initials, letters, hyphens, apostrophes, dots. */
const NAME_CELL_17 = /^\p{Lu}[\p{L}'’.-]*(?:,?[ ]{1,2}\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** NAME_CELL_17 in lower case (Stop 34). */
const LOWER_NAME_CELL_34 = /^\p{Ll}[\p{L}'’.-]*(?:,?[ ]{1,2}\p{Ll}[\p{L}'’.-]*){0,3}$/u;

function namesInColumns17(d: Detector, all: [number, number][][], comma: boolean, spaced: boolean): void {
  const lower = comma && d.lowerTyped;
  const v = d.v;
  const width = (all[0] as [number, number][]).length;
  // A first row without a name is a header: it neither counts nor is read.
  const head = all[0] as [number, number][];
  // (Stop 34: in a CSV line, the tagger's names count too: a column of them, two thirds of its cells, is no guess.)
  const floor = comma ? 0 : 1;
  const rows = head.some(([a, b]) => b > a && d.someOverlap(a, b, (c) => c.t === 'NAME' && c.p > floor)) ? all : all.slice(1);
  for (let x = 0; x < width; x++) {
    let filled = 0;
    let named = 0;
    for (const r of rows) {
      const [a, b] = r[x] as [number, number];
      if (b <= a) continue;
      filled++;
      // (The rules' names only: the tagger's, at priority 1, are the guesses this rule must not build on.)
      if (d.someOverlap(a, b, (c) => c.t === 'NAME' && c.p > floor)) named++;
    }
    if (named < 2 || named * 3 < filled * 2 || named === filled) continue;
    for (const r of rows) {
      const [a, b] = r[x] as [number, number];
      if (b - a < 2 || b - a > 60) continue;
      const cell = v.slice(a, b);
      // (Stop 34: in a CSV typed in lower case, the cells in lower case: "12/07/2025,mejia-bishop, grace,57,f".)
      if (!(lower ? LOWER_NAME_CELL_34 : NAME_CELL_17).test(cell) || d.someOverlap(a, b, () => true)) continue;
      const words = cell.toLowerCase().split(/[ ,]+/).filter(Boolean);
      // (Stop 34: nor a relative's word, "self" in a column of who picked up.)
      if (words.length === 1 && KIN_WORDS.has(words[0] as string)) continue;
      // (Nor, in a CSV line or a fixed-width print, a placeholder of everyday words no lexicon knows as a name, "UNKNOWN
      // WOMAN", a relative's word of another language, "Suami", or a clinical abbreviation, "dna" (did not attend); in a
      // print, a cell with no word a lexicon knows as a name, "oredo" (a town).)
      if (comma && words.some((w) => (d.fl(w) & (L.WORD | NAME_BITS)) === L.WORD || KIN_ROLE_WORDS_22.has(w))) continue;
      if (comma && words.length === 1 && clinicalWord(words[0] as string)) continue;
      if (spaced && !words.some((w) => w.split(/['’-]/).some((h) => (d.fl(h) & NAME_BITS) !== 0))) continue;
      if (words.some((w) => FACILITY_GENERIC.has(w) || MONTH_WORDS.has(w) || STATE_WORDS.has(w) || NOT_NAME.has(w) || (d.fl(w) & L.COUNTRY) !== 0)) continue;
      d.add(a, b, 'NAME', 60);
    }
  }
}
