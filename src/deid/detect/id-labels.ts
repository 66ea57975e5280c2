// Stop 15 (ids15): the type of an identifier from the words of its label.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { PhiType } from '../types.js';
import { L, NAME_BITS } from '../lexicon.js';
import { colKey, colType } from '../structured.js';
import { codeAt, lineEndOf, lineStartOf, skipBlanks, skipBlanksBack } from './text.js';
import { type Cand, charClass, isDigitCode, isLetterCode, isWordCode, T, type Tok } from './words.js';
import {
  CREDENTIAL_TOKENS, EPONYMS, FACILITY_GENERIC, M, NOT_INITIALS, NOT_NAME, NOT_NAME_CAPS, STATE_ABBR_SET, STATE_WORDS,
  TITLES,
} from './vocabulary.js';
import { ID_AFTER, MONTH_WORDS, SPACED_ID } from './patterns.js';
import type { Detector } from './detector.js';
import { isAsciiLetter, looksLikeDate, ofMark, oneSpace } from './shapes.js';
import { MEDICAL_ENDING, SQL_INSERT, TRIAL_REGISTRATION } from './later-cues.js';
import { ID_LABEL_FILL, ID_WORD_TYPE } from './id-words.js';
import { idHeaderCell } from './id-types.js';
import { yearsOrHours20 } from './phones-plates.js';

/** A word of a label, its camelCase or snake_case parts split ("DEANumber" -> dea number, "device_sn" -> device sn). */
export const LABEL_WORD = /[A-Za-z][A-Za-z'-]*/g;
function labelParts(w: string): string[] {
  if (!/[a-z][A-Z]|[A-Z]{2}[a-z]/.test(w)) return [w.toLowerCase()];
  return w.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase().split(' ');
}

/**
 * The type that the label before `s` gives an identifier there: the nearest label word of ID_WORD_TYPE among the last
 * five words of its line before it (a colon may stand between: "Dosimeters: collar badge LX2Q-..."), read back to the
 * line's start, a sentence's end, a semicolon or another value with digits. Undefined when no such word is there.
 */
export function labelWordType(v: string, s: number, lo = 0): PhiType | undefined {
  let a = s;
  // (Stop 15, second wave: a table's header cell is read alone, not with the cells before it: `lo`.)
  const min = Math.max(lo, s - 56);
  while (a > min) {
    const c = v.charCodeAt(a - 1);
    if (c === 10 || c === 13 || c === 59 || c === 44 || c === 94 || c === 124) break;
    // (A sentence ends at a stop before a blank; "no." and "Lic." are labels' stops.)
    if (c === 46 && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 9) && !/(?:^|[^A-Za-z])(?:no|nr|lic|reg|acct|hosp|med|n)$/i.test(v.slice(Math.max(0, a - 6), a - 1))) break;
    a--;
  }
  const part = v.slice(a, s);
  const words: [string, number][] = [];
  // (Another value with digits before the label ends it: "collar badge X, waist Y".)
  let from = 0;
  for (const m of part.matchAll(/[A-Za-z0-9][\w\/.-]*\d[\w\/.-]*|\d/g)) if (m[0].length >= 4) from = m.index + m[0].length;
  for (const m of part.slice(from).matchAll(LABEL_WORD)) words.push([m[0], m.index]);
  let n = 0;
  for (let i = words.length - 1; i >= 0 && n < 5; i--) {
    const w = (words[i] as [string, number])[0];
    // (A word the list holds whole is not split: "MyChart" is a portal, not a chart.)
    const parts = ID_WORD_TYPE.has(w.toLowerCase()) ? [w.toLowerCase()] : labelParts(w);
    // (Stop 15, second wave: the parts of a hyphenated word the list does not hold: "hand-geometry", "palm-vein".)
    if (parts.length === 1 && (parts[0] as string).includes('-') && !ID_WORD_TYPE.has(parts[0] as string)) parts.splice(0, 1, ...(parts[0] as string).split('-').filter(Boolean));
    for (let j = parts.length - 1; j >= 0; j--) {
      const k = (parts[j] as string).replace(/'s$/, '');
      if (ID_LABEL_FILL.has(k)) continue;
      // ("Social insurance number", "National Insurance no.": a person's national number, no health plan's.)
      if (k === 'insurance' && j === 0 && i > 0 && /^(?:social|national)$/i.test((words[i - 1] as [string, number])[0])) return 'OTHER_ID';
      // ("doc=DL number=...": a driver's licence in capitals; "mg/dL" is a unit.)
      if (k === 'dl' && w === 'DL' && part.charCodeAt(from + (words[i] as [string, number])[1] - 1) !== 47) return 'LICENSE';
      // (A plural: "Dosimeters", "Monitors".)
      const t = ID_WORD_TYPE.get(k) ?? (k.length > 4 && k.endsWith('s') ? ID_WORD_TYPE.get(k.slice(0, -1)) : undefined);
      if (t !== undefined) return t;
      n++;
    }
  }
  return undefined;
}

/** Cells of a line of a table aligned with blanks (two or more), tabs or bars: their [start, end) in the text. */
function alignedCells(v: string, ls: number, le: number): [number, number][] {
  const out: [number, number][] = [];
  const bars = v.slice(ls, le).includes('|');
  let cs = -1;
  for (let i = ls; i <= le; i++) {
    const c = i < le ? v.charCodeAt(i) : 10;
    const sep = c === 10 || c === 13 || c === 9 || (bars ? c === 124 : c === 32 && (v.charCodeAt(i + 1) === 32 || v.charCodeAt(i + 1) === 9));
    if (!sep && c !== 32) {
      if (cs < 0) cs = i;
      continue;
    }
    if (sep && cs >= 0) {
      let e = i;
      while (e > cs && v.charCodeAt(e - 1) === 32) e--;
      out.push([cs, e]);
      cs = -1;
    }
  }
  return out;
}

/** The type of an identifier in a table's column from its header ("Device SN", "Thumbprint"): the header is the
 * nearest line above, within twelve, whose three or more cells hold no digit; the cell by its index when the rows
 * have as many cells, else the header cell where the value starts. */
export function columnType(v: string, s: number, memo: ColumnMemo): PhiType | undefined {
  // (The cells of each line and the header above it are found once per text: many values may stand on one long line.)
  const ls = s > 0 ? lineStartOf(v, s - 1) : 0;
  let row = memo.cells.get(ls);
  if (row === undefined) {
    let le = lineEndOf(v, s);
    if (le < 0) le = v.length;
    memo.cells.set(ls, (row = alignedCells(v, ls, le)));
  }
  if (row.length < 3) return undefined;
  let ci = -1;
  for (let x = 0; x < row.length; x++) if ((row[x] as [number, number])[0] <= s && (row[x] as [number, number])[1] >= s) ci = x;
  if (ci < 0) return undefined;
  let header = memo.headers.get(ls);
  if (header === undefined) {
    // The nearest line above without digits that has three cells or more, within 12 lines.
    header = null;
    let he = ls - 1;
    for (let n = 0; n < 12 && he > 0; n++) {
      let hs = he;
      while (hs > 0 && v.charCodeAt(hs - 1) !== 10) hs--;
      const line = v.slice(hs, he);
      if (!/\d/.test(line)) {
        const head = alignedCells(v, hs, he);
        if (head.length >= 3) {
          header = { hs, head };
          break;
        }
      }
      he = hs - 1;
    }
    memo.headers.set(ls, header);
  }
  if (header === null) return undefined;
  const { hs, head } = header;
  let cell: [number, number] | undefined;
  if (head.length === row.length) cell = head[ci];
  else for (const h of head) if (h[0] - hs <= s - ls + 1 && (cell === undefined || h[0] > cell[0])) cell = h;
  if (cell === undefined) return undefined;
  return labelWordType(v, cell[1], cell[0]) ?? undefined;
}

/** What columnType found of each line (by its start) in one text: its cells, and the header above it (null: none). */
export interface ColumnMemo {
  cells: Map<number, [number, number][]>;
  headers: Map<number, { hs: number; head: [number, number][] } | null>;
}

/** The family of an identifier: its text without its last group ("LX2Q-0918344" -> "LX2Q-", "TP-048813-M" -> "TP-048813-"). */
export function idFamily(w: string): string | undefined {
  const m = /^(.*[-\/_. ])[A-Za-z0-9]+$/.exec(w) ?? /^(.*[A-Za-z])\d{3,}$/.exec(w);
  if (!m || (m[1] as string).length < 2 || !/[A-Za-z]/.test(m[1] as string)) return undefined;
  return `${m[1] as string}/${w.length}`;
}

/**
 * Stop 15: generic identifiers (OTHER_ID) whose label names another kind. The nearest label word before the value
 * ("wander bracelet WG-...", "Dosimeters: collar badge ...", "<DEANumber>", "device_sn text ..."), else the table
 * column's header; an SSN's shape with an SSN word in its label; a value whose family ("LX2Q-0918344" and
 * "LX2Q-0920113") holds a typed value, when its own label names nothing.
 */
export function identifierTypes(d: Detector): void {
  const v = d.v;
  let other = 0;
  for (const c of d.cands) if (c.t === 'OTHER_ID' && c.p >= 0) other++;
  if (other === 0) return;
  let unlabelled: Cand[] | undefined;
  // (Asked once: the search reads the whole text.)
  const aligned = v.includes('  ');
  let memo: ColumnMemo | undefined;
  for (const c of d.cands) {
    if (c.t !== 'OTHER_ID' || c.p < 0) continue;
    // (HL7 and X12 fields are typed by their place in the record.)
    const b = codeAt(v, c.s - 1);
    if (b === 94 || b === 124 || b === 42) continue;
    const val = v.slice(c.s, c.e);
    let t = labelWordType(v, c.s);
    if (t === undefined && aligned) t = columnType(v, c.s, (memo ??= { cells: new Map(), headers: new Map() }));
    // "Donor SSN or employee ID: 912-44-0867".
    if (/^\d{3}-\d{2}-\d{4}$/.test(val) && /\b(?:ssn|social[ \t]+security)\b/i.test(v.slice(Math.max(0, c.s - 40), c.s))) t = 'SSN';
    if (t === undefined) (unlabelled ??= []).push(c);
    else if (t !== 'OTHER_ID') c.t = t;
  }
  if (unlabelled === undefined) return;
  let fam: Map<string, PhiType> | undefined;
  for (const c of d.cands) {
    if (c.p < 0 || c.t === 'OTHER_ID' || c.e - c.s < 5 || c.e - c.s > 24) continue;
    const t = c.t;
    if (t !== 'MRN' && t !== 'DEVICE' && t !== 'BIOMETRIC' && t !== 'ACCOUNT' && t !== 'HEALTH_PLAN' && t !== 'LICENSE') continue;
    const f = idFamily(v.slice(c.s, c.e));
    if (f === undefined) continue;
    fam ??= new Map();
    const was = fam.get(f);
    fam.set(f, was === undefined || was === t ? t : 'OTHER_ID');
  }
  if (fam === undefined) return;
  for (const c of unlabelled) {
    const f = idFamily(v.slice(c.s, c.e));
    const t = f === undefined ? undefined : fam.get(f);
    if (t !== undefined && t !== 'OTHER_ID') c.t = t;
  }
}

/** Words that open no identifier's label, even before "ID", "no." or "#": phones, rooms, lots, models, codes of things. */
export const NOT_ID_LABEL = new Set('tel phone telephone fax mobile mob cell pager beeper ext extension room rm bed bay apt suite unit box lot batch model version ver rev page item step form protocol irb grant contract po part cat catalog catalogue cpt icd ndc clia loinc cvx snomed hcpcs drg exit gate route bus store station channel line size gauge question section dose cycle day week month year table figure chapter test tube kit slot rack shelf locker cabinet cart chair room zone floor level ward pin'.split(' '));
/** Nouns of things that carry an identifier; the label words before them give its type ("wander bracelet", "collar badge"). */
export const ID_CARRIERS = new Set(['bracelet', 'band', 'wristband', 'tag', 'badge', 'sample', 'card']);
export const ID_FILL_TOKENS = new Set(['id', 'ids', 'no', 'nr', 'nbr', 'num', 'number', 'code']);
const ID_GAP = /^[ \t]*\.?[ \t]*(?:(?:ids?|no\.?|nr\.?|number|num|code|with|#)[ \t]*[:#=.]?[ \t]*)*[:#=(]?[ \t]*$/i;
const UNIT_AFTER_ID = /^[ \t]*(?:mg|mcg|g|kg|lbs?|ml|units?|cm|mm|%|bpm|mmhg|hours?|hrs?|min|days?|x|times)\b/i;

/**
 * Stop 15: an identifier after a label word that LABEL_RE does not list: a word of ID_WORD_TYPE or a carrier noun right
 * before it ("Clinic folder KKT/2019/08812", "cart camera PTZ-7720-A14", "receipt NWO-2025-0447", "PHIN 118 204 771"),
 * or any word but a thing's before "ID", "no." or "#" when the value mixes letters and digits or is long
 * ("WeChat ID zgl_flushing68", "provider ID G7P114", "FR# FR-7712-0458"). The label words type it (labelWordType).
 */
export function idAfterLabelWord(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  let last = -1;
  // (Stop 29, speed: by index, not with for-of: the same order over a list nothing here changes; a smaller graph for the
  // optimizing compiler, faster interpreted passes.)
  for (let x = 0, xs = d.xIdx; x < xs.length; x++) {
    const i = xs[x] as number;
    const t0 = toks[i] as Tok;
    if (t0.s < last) continue;
    // (Cheap first: four characters, or three digits before a blank and a digit ("530 771 208"); a blank, a colon, a
    // hash, an equals sign, a bracket or a joiner before the token.)
    if (t0.e - t0.s < 4 && !(t0.e - t0.s === 3 && v.charCodeAt(t0.e) === 32 && isDigitCode(codeAt(v, t0.e + 1)))) continue;
    const b0 = codeAt(v, t0.s - 1);
    if (b0 !== 32 && b0 !== 9 && b0 !== 58 && b0 !== 35 && b0 !== 61 && b0 !== 40 && b0 !== 47 && b0 !== 46 && b0 !== 95 && b0 !== 45) continue;
    // The value may open with letters joined to the digits ("KKT/2019/08812", "PM8KX2A7F").
    let vi = i;
    while (vi > 0) {
      const p = toks[vi - 1] as Tok;
      const gap = (toks[vi] as Tok).s - p.e;
      const g = v.charCodeAt(p.e);
      // (Stop 31: in a text typed in lower case, letters that are no word, "folder no. kb/26/044172", "ip no kag/ip/25/03318".)
      if (gap === 1 && (g === 95 || ((g === 47 || g === 46 || g === 45) && ((p.shape !== 'L' && p.shape !== 'T') || d.lowerCodeLetters(p))))) vi--;
      else break;
    }
    // (Past the words that name no kind: "NDIS no.", "provider ID".)
    let li = vi - 1;
    while (li > 0 && li >= vi - 2 && ID_FILL_TOKENS.has((toks[li] as Tok).k)) li--;
    // ("Bracelet with number SH-...".)
    if (li > 0 && li < vi - 1 && (toks[li] as Tok).k === 'with') li--;
    if (li < 0) continue;
    const lt = toks[li] as Tok;
    if (lt.shape === 'X' || (toks[vi] as Tok).s - lt.e > 14) continue;
    const k = lt.k;
    const known = (ID_WORD_TYPE.has(k) || ID_CARRIERS.has(k)) && k !== 'lot' && k !== 'batch' && k !== 'patient' && k !== 'pt' && k !== 'driver' && k !== 'drivers' && k !== 'ticket';
    // (Stop 15, second wave: a hash after a blank fills the label too: "referral # DN25-...", "examiner #EX-...".)
    const filled = li < vi - 1 || v.charCodeAt(lt.e) === 35 || (v.charCodeAt(lt.e) === 32 && v.charCodeAt(lt.e + 1) === 35);
    // (A common word in lower case only before "ID" or "#": "provider ID", not "the no. 5".)
    // (Stop 35: in a text typed in lower case, as in one typed in capitals, the case of the word tells nothing: "body no.
    // wj-0147" as "Body no. WJ-0147".)
    if (!known && !(filled && lt.e - lt.s >= 2 && !NOT_ID_LABEL.has(k) && !(d.fl(k) & L.WORD && lt.shape === 'L' && !d.lowerTyped && !/^[ \t]*(?:id\b|#)/i.test(v.slice(lt.e, lt.e + 4))))) continue;
    const gap = v.slice(lt.e, (toks[vi] as Tok).s);
    if (gap.includes('\n') || !ID_GAP.test(gap)) continue;
    const vs = (toks[vi] as Tok).s;
    ID_AFTER.lastIndex = vs;
    let m = ID_AFTER.exec(v);
    SPACED_ID.lastIndex = vs;
    const sp = SPACED_ID.exec(v);
    if (sp && (!m || (sp[1] as string).length > (m[1] as string).length)) m = sp;
    if (!m) continue;
    const val = m[1] as string;
    const e = m.index + m[0].length;
    const s = e - val.length;
    // (Cheap first: most values after a label are found already.)
    if (s > t0.s || e <= t0.s || d.anyCand(s, e)) continue;
    const digits = val.replace(/\D/g, '').length;
    const letters = val.replace(/[^A-Za-z]/g, '').length;
    // (Four digits at least, or a user name's letters and digits after "ID": "MMT-780G" is a model, "CI632" a type.)
    if (!(known ? digits >= 4 : (digits >= 4 && letters >= 1) || digits >= 6) && !(filled && ((digits >= 2 && letters >= 4) || (digits >= 3 && letters >= 2 && val.length >= 6)))) continue;
    if (TRIAL_REGISTRATION.test(val)) continue;
    // Settings, readings and ranges ("CPAP 10/5", "170/60", "210-390"), a code and a year ("CC-2025"), help-desk tickets.
    if ((val.includes('/') && !isLetterCode(val.charCodeAt(0))) || /^\d{1,4}-\d{1,4}$/.test(val) || /^[A-Z]{1,3}-(?:19|20)\d\d$/i.test(val) || /^INC\d{7}$/.test(val)) continue;
    if (looksLikeDate(val) || /^\d{1,3}\.\d+$/.test(val) || /^(?:19|20)\d{2}$/.test(val) || UNIT_AFTER_ID.test(v.slice(e, e + 8))) continue;
    d.add(s, e, labelWordType(v, s) ?? 'OTHER_ID', 62);
    last = e;
  }
}

/** A professional register's acronym and number after a clinician's name: "Dr Lim Wei Ling, MMC 61127", "Niamh Ruane,
 * PHN, NMBI PIN 113872", "Gideon Marchetti, SWE reg SW118204" (up to two credentials between; not NPI, DOB, MRN...). */
// (Stop 35: a credential may carry its specialty in brackets, "Dr Abdul Wahab Siddiqui, MS, MCh (HPB Surgery), KMC 65530".)
const LICENCE_AFTER_NAME = /^[ \t]*,[ \t]*(?:[A-Z][A-Za-z-]{1,5}\.?(?:[ \t]*\([A-Za-z][A-Za-z &.\/-]{1,28}\))?[ \t]*,[ \t]*){0,2}([A-Z]{2,6}(?:-[A-Z]{2})?)[ \t]+(?:(reg(?:istration)?\.?|PIN|[Nn]o\.?|#)[ \t]*:?[ \t]*)?([A-Z]{0,3}\d{4,8})(?![\w-]|[.\/]\d)/;
export const NOT_REGISTER = new Set('NPI DOB DOD MRN SSN NHS CHI UR ID EXT TEL FAX MOB CELL PH RM BED APT AGE HT WT BP HR RR MSG REF ACCT INV LOT MA PIN CC DEPT WARD PAGER BLEEP'.split(' '));

/** (Stop 31: the same in a text typed in lower case, read through its view in capitals, where every letter is a capital
 * and ignoring case reads its label words, "REG", "NO", as the pattern's "reg", "no".) */
const LICENCE_AFTER_NAME_LOWER = new RegExp(LICENCE_AFTER_NAME.source, 'i');

export function licenceAfterName(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  // (Stop 31: in a text typed in lower case, "dr. marcelo tavares da cunha, crm-sp 104417", "mei-lin cho, ocp 615447":
  // an acronym that is no word, everyday, function or clinical, "jane roe, bp 14120" stays out.)
  const lower = d.lowerTyped;
  let u: string | undefined;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'NAME' || c.p < 0 || v.charCodeAt(c.e) !== 44) continue;
    const w = lower ? (u ??= d.upperView()) : v;
    if (!isUpperAscii(codeAt(w, c.e + 2))) continue;
    const m = (lower ? LICENCE_AFTER_NAME_LOWER : LICENCE_AFTER_NAME).exec(w.slice(c.e, c.e + 80));
    if (!m) continue;
    const acr = m[1] as string;
    if (NOT_REGISTER.has(acr) || (m[2] === undefined && acr.length < 3)) continue;
    // (Stop 37: in a text typed in capitals an everyday word before digits alone is no register, "..., SUITE 1100", "...,
    // ROOM 1204"; nor is a number that goes on after a point or a slash, a date's year, "SEO JUN-HO, BORN 2004.09.03".)
    if (acr.length >= 4 && (d.fl(acr.toLowerCase()) & L.WORD) !== 0 && /^\d+$/.test(m[3] as string)) continue;
    if (lower && !d.lowerCodeValue((acr.split('-')[0] as string).toLowerCase())) continue;
    const g = m[3] as string;
    const s = c.e + m[0].length - g.length;
    // (In lower case the acronym's capitals tell less: a number another rule typed, "nhi zab4521", "nhc 1447829", stays.)
    if (lower) {
      const lt = labelWordType(v, s);
      if ((lt !== undefined && lt !== 'LICENSE' && lt !== 'OTHER_ID') || d.someOverlap(s, s + g.length, (o) => o.p >= 0 && o.t !== 'OTHER_ID' && o.t !== 'LICENSE')) continue;
    }
    // (It outranks a postcode read after "PIN" and a generic identifier.)
    d.add(s, s + g.length, 'LICENSE', 104);
  }
}

export function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * Stop 15: the values under a table's header cell that names an identifier's kind ("Plate", "Device SN", "Member ID"),
 * in tables aligned with blanks, tabs or bars: from the header words among the label words (T.LABEL), the rows below
 * up to a blank line or a line of other cells; a value holds a digit and no blank run, and nothing found covers it.
 */
const HEADER_VALUE = /^(?:[A-Za-z]{1,2} )?[\w\/.-]*\d[\w\/.-]*(?: [\w\/.-]*\d[\w\/.-]*)*$/;

export function headerColumns(d: Detector): void {
  const v = d.v;
  let lastLine = -1;
  for (const i of d.stickyIdx) {
    const t = d.toks[i] as Tok;
    if ((t.f & T.LABEL) === 0 || t.s < lastLine) continue;
    // (Cheap first: a header cell's word opens its line or follows a tab, a bar or two blanks, or is followed by them.)
    const b1 = codeAt(v, t.s - 1);
    const a1 = codeAt(v, t.e);
    if (!(t.s === 0 || b1 === 10 || b1 === 9 || b1 === 124 || (b1 === 32 && codeAt(v, t.s - 2) === 32) || a1 === 10 || a1 === 9 || a1 === 124 || a1 === 13 || Number.isNaN(a1) || (a1 === 32 && codeAt(v, t.e + 1) === 32))) continue;
    const hs = lineStartOf(v, t.s);
    let he = lineEndOf(v, t.s);
    if (he < 0) he = v.length;
    lastLine = he;
    // (Cheap first: a run of two blanks, a tab or a bar on the line.)
    const line = v.slice(hs, he);
    if (!line.includes('  ') && !line.includes('\t') && !line.includes('|')) continue;
    if (/\d/.test(line)) continue;
    const head = alignedCells(v, hs, he);
    if (head.length < 3) continue;
    const types = head.map((h) => {
      const ty = labelWordType(v, h[1], h[0]);
      // (Stop 15, second wave: a header cell of an identifier that names no kind, "operator_id", "Staff ID", a generic one.)
      return ty === undefined || ty === 'OTHER_ID' ? colType(colKey(v.slice(h[0], h[1]))) ?? idHeaderCell(v.slice(h[0], h[1])) : ty;
    });
    if (!types.some((ty) => ty !== undefined && ty !== 'NAME' && ty !== 'LOCATION' && ty !== 'DATE' && ty !== 'PHONE' && ty !== 'FAX' && ty !== 'EMAIL' && ty !== 'AGE_OVER_89')) continue;
    let rs = he + 1;
    for (let n = 0; n < 60 && rs < v.length; n++) {
      let re = lineEndOf(v, rs);
      if (re < 0) re = v.length;
      const row = alignedCells(v, rs, re);
      if (row.length < 2 || row.length > head.length + 1) break;
      for (let x = 0; x < row.length; x++) {
        const [cs, ce] = row[x] as [number, number];
        let hx = -1;
        if (row.length === head.length) hx = x;
        else for (let y = 0; y < head.length; y++) if ((head[y] as [number, number])[0] - hs <= cs - rs + 1) hx = y;
        const ty = hx < 0 ? undefined : types[hx];
        if (ty === undefined || ty === 'NAME' || ty === 'LOCATION' || ty === 'DATE' || ty === 'PHONE' || ty === 'FAX' || ty === 'EMAIL' || ty === 'AGE_OVER_89') continue;
        const val = v.slice(cs, ce);
        if (val.length < 4 || val.length > 24 || !/\d/.test(val) || !/^[A-Za-z0-9][A-Za-z0-9 \/._-]*[A-Za-z0-9]$/.test(val) || looksLikeDate(val)) continue;
        // (No word in lower case: "red F-150" describes the car, "fentaNYL 100 mcg" is a dose.)
        // (Every part holds a digit but a short leading letter group: "HP 20 441", not "RED F-150" in capitals.)
        if ((val.match(/\d/g)?.length ?? 0) < 3 || !HEADER_VALUE.test(val) || d.anyCand(cs, ce)) continue;
        d.add(cs, ce, ty, 61);
      }
      rs = re + 1;
    }
  }
}

const SQL_TUPLE_VALUE = /[ \t\r\n]*(?:'((?:[^'\n]|'')*)'|([^,()'\n]*?))[ \t]*(?=[,)])/y;

/** Stop 15: the identifiers in the columns of an SQL INSERT (SQL_INSERT) that name their kind ("mrn", "visit_no",
 * "member_id"): a generic identifier found there takes the column's type, one not found is added. */
export function sqlIdColumns(d: Detector): void {
  const v = d.v;
  const re = SQL_INSERT;
  re.lastIndex = 0;
  for (let m = re.exec(v); m !== null; m = re.exec(v)) {
    const cols = (m[1] as string).split(',').map((c) => colType(colKey(c)));
    if (!cols.some((t) => t === 'MRN' || t === 'ACCOUNT' || t === 'HEALTH_PLAN' || t === 'LICENSE' || t === 'DEVICE' || t === 'SSN' || t === 'BIOMETRIC' || t === 'VEHICLE')) continue;
    let q = re.lastIndex;
    while (v.charCodeAt(q) === 40) {
      let x = q + 1;
      for (let col = 0; ; col++) {
        SQL_TUPLE_VALUE.lastIndex = x;
        const tv = SQL_TUPLE_VALUE.exec(v);
        if (!tv) break;
        const t = cols[col];
        if (tv[1] !== undefined && t !== undefined && /\d/.test(tv[1]) && t !== 'NAME' && t !== 'DATE' && t !== 'LOCATION' && t !== 'PHONE' && t !== 'FAX' && t !== 'EMAIL' && t !== 'AGE_OVER_89') {
          const s = tv.index + tv[0].indexOf("'") + 1;
          const e = s + tv[1].length;
          let typed = false;
          // (Visits every live candidate overlapping the value, from the index on a text with many: the test answers no.)
          d.someOverlap(s, e, (c) => {
            if (c.s === s && c.e === e) {
              if (c.t === 'OTHER_ID') c.t = t;
              typed = true;
            }
            return false;
          });
          if (!typed && !d.anyCand(s, e)) d.add(s, e, t, 61);
        }
        x = SQL_TUPLE_VALUE.lastIndex;
        if (v.charCodeAt(x) !== 44) break;
        x++;
      }
      x = SQL_TUPLE_VALUE.lastIndex;
      if (v.charCodeAt(x) !== 41) break;
      x = skipBlanks(v, x + 1, v.length);
      if (v.charCodeAt(x) !== 44) break;
      q = x + 1;
      while (q < v.length && (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9 || v.charCodeAt(q) === 10 || v.charCodeAt(q) === 13)) q++;
    }
  }
}

export const MASK_WORDS = ['xx', 'xxx', 'xxxx', 'xxx-xx', 'xxxx-xxxx', 'xxxx-xxxx-xxxx'];

/** Stop 15: the digits left visible in a masked identifier ("Aadhaar XXXX XXXX 4471", "card ****-****-****-0192",
 * "SSN XXX-XX-4471"): the visible digits, typed by the label before the mask (an SSN's 3-2 mask is an SSN). */
const MASKED_ID = /(?<![\w*])((?:[Xx*]{2,4}[ -]?){1,4})(\d{4})(?![\w-])/g;

export function maskedIds(d: Detector): void {
  const v = d.v;
  for (const m of v.matchAll(MASKED_ID)) {
    const mask = m[1] as string;
    const g = m[2] as string;
    const groups = mask.trim().split(/[ -]/).filter(Boolean);
    // (One short mask before a year is no identifier: "xx 2024".)
    if (groups.length === 1 && ((groups[0] as string).length < 4 || /^(?:19|20)\d\d$/.test(g))) continue;
    // (Stars and a blank alone are a separator in notes: "**** 0315 HR dropping".)
    if (groups.length === 1 && (groups[0] as string).charCodeAt(0) === 42 && mask.endsWith(' ')) continue;
    const s = m.index + mask.length;
    if (d.anyCand(s, s + g.length)) continue;
    const ssn = groups.length === 2 && (groups[0] as string).length === 3 && (groups[1] as string).length === 2;
    d.add(s, s + g.length, ssn ? 'SSN' : labelWordType(v, m.index) ?? 'OTHER_ID', 63);
  }
}

/** Stop 15: a record number in brackets right after a patient's name in a list or a sign-out ("Varga, Elsbeth (4471-0093)",
 * "Pryce, Alaric (4417730)"): seven to ten digits, or two groups of four, and no phone's grouping. */
const RECORD_AFTER_NAME = /^ \((\d{7,10}|\d{4}-\d{4})\)/;

export function recordAfterName(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'NAME' || c.p < 0 || v.charCodeAt(c.e) !== 32 || v.charCodeAt(c.e + 1) !== 40 || !isDigitCode(codeAt(v, c.e + 2))) continue;
    const m = RECORD_AFTER_NAME.exec(v.slice(c.e, c.e + 16));
    if (!m) continue;
    const g = m[1] as string;
    // (A phone number without its area code or with it, in ten digits, is no record number; nor a span of years or a
    // shift's hours, "Harriet Quennell (2016-2021)", stop 20.)
    if (g.length === 10 || looksLikeDate(g) || yearsOrHours20(g)) continue;
    const s = c.e + 2;
    let here = false;
    // (Visits every live candidate overlapping the number, from the index on a text with many: the test answers no.)
    d.someOverlap(s, s + g.length, (o) => {
      if (o.t === 'OTHER_ID' && o.s === s && o.e === s + g.length) o.t = 'MRN';
      here = true;
      return false;
    });
    if (!here) d.add(s, s + g.length, 'MRN', 62);
  }
}

// Names beside the names found: initials explained in brackets and their repeats, user names built from a name found
// (stop 15, run from Detector.run after lowerNameTails) ----------------------------------------------------------------

/** The stop-15 passes over the names found, run from Detector.run after lowerNameTails: the NAME candidates are listed
 * once (the candidate list holds every type) and the names each pass adds are appended for the next. */
export function namesFound(d: Detector): void {
  const all = d.cands;
  const names: Cand[] = [];
  let n = namesFrom(all, 0, names);
  bracketInitials(d, names);
  n = namesFrom(all, n, names);
  userNamesOfNames(d, names);
  n = namesFrom(all, n, names);
  namesAround(d, names);
  namesFrom(all, n, names);
  trimRoleWords(d, names);
}
/** Appends to names the NAME candidates of all from index n on; returns the list's length. */
function namesFrom(all: Cand[], n: number, names: Cand[]): number {
  for (; n < all.length; n++) {
    const c = all[n] as Cand;
    if (c.p >= 0 && c.t === 'NAME') names.push(c);
  }
  return n;
}

/** After a name found: credentials at most, then initials in brackets ("Theresa Corcoran RN (TC)", "Ruth Kagame (rk)"). */
const BRACKET_INITIALS_AFTER = /,?[ \t]*(?:[A-Z][A-Za-z]?[A-Z.-]{0,6},?[ \t]+){0,2}\(([A-Za-z]{2,4})\)/y;

/** The initials a name may be written with, lower case: every part's ("Anouk van Hulst" avh, "Sasha Pineda-Dorsey" spd),
 * every word's, and the first and last word's; a name written surname first ("Tran, Minh Chau") in both orders. */
function nameInitials(name: string): string[] {
  const out: string[] = [];
  const comma = name.indexOf(',');
  const orders = comma > 0 ? [name.slice(comma + 1) + ' ' + name.slice(0, comma), name.replace(',', ' ')] : [name];
  for (const o of orders) {
    const words = o.split(/[ \t]+/).filter((w) => /^\p{L}/u.test(w));
    if (words.length < 2) continue;
    out.push(words.map((w) => w.split('-').map((p) => p.charAt(0)).join('')).join('').toLowerCase());
    out.push(words.map((w) => w.charAt(0)).join('').toLowerCase());
    out.push(((words[0] as string).charAt(0) + (words[words.length - 1] as string).charAt(0)).toLowerCase());
  }
  return out;
}


/**
 * Initials a document explains in brackets after a name found ("Nurses: Theresa Corcoran RN (TC)", "Observers: Ruth Kagame
 * (rk)"), when they are that name's initials, and every other mention of the same initials as a word ("given by TC", a
 * log's "obs rk" column); also the initials of a legend ("KW = Kwabena Wojcik") found by namesBeside. Initials that are a
 * credential, a state code, a diagnosis or a word are marked in their brackets only.
 */
function bracketInitials(d: Detector, cands: Cand[]): void {
  const v = d.v;
  const n0 = cands.length;
  let defined: Set<string> | undefined;
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.p < 0 || c.t !== 'NAME') continue;
    const ch = v.charCodeAt(c.e);
    // A legend's initials ("KW = Kwabena Wojcik"), when namesBeside found them.
    if (ch === 61 || (ch === 32 && v.charCodeAt(c.e + 1) === 61)) {
      const w = v.slice(c.s, c.e);
      if (w.length >= 2 && w.length <= 4 && /^[A-Z][A-Za-z]+$/.test(w)) (defined ??= new Set()).add(w);
      continue;
    }
    // (Only a blank, a comma or a bracket may follow: checked before the regular expression runs.)
    if (ch !== 32 && ch !== 44 && ch !== 40 && ch !== 9) continue;
    BRACKET_INITIALS_AFTER.lastIndex = c.e;
    const m = BRACKET_INITIALS_AFTER.exec(v);
    if (!m) continue;
    const ini = m[1] as string;
    // ("Maria Dunmore (MD)", "Rita Nolan (RN)": a credential in brackets, even when it is the name's initials.)
    if (CREDENTIAL_TOKENS.has(ini.toLowerCase()) || NOT_NAME_CAPS.has(ini.toUpperCase()) || !nameInitials(v.slice(c.s, c.e)).includes(ini.toLowerCase())) continue;
    const s = BRACKET_INITIALS_AFTER.lastIndex - 1 - ini.length;
    d.add(s, s + ini.length, 'NAME', 90);
    (defined ??= new Set()).add(ini);
  }
  if (defined === undefined) return;
  for (const ini of defined) {
    const k = ini.toLowerCase();
    if (CREDENTIAL_TOKENS.has(k) || STATE_ABBR_SET.has(ini.toUpperCase()) || NOT_NAME_CAPS.has(ini.toUpperCase()) || (d.fl(k) & L.WORD) !== 0 || NOT_NAME.has(k) || MONTH_WORDS.has(k)) continue;
    for (let q = v.indexOf(ini); q >= 0; q = v.indexOf(ini, q + 1)) {
      const b = q > 0 ? v.charCodeAt(q - 1) : 32;
      const a = v.charCodeAt(q + ini.length);
      // A word of its own: not inside a code, a file name, an address or a number ("TC-99", "lw.jpg", "@rk").
      if (isWordCode(b) || b === 45 || b === 64 || b === 46 || b === 47 || b === 95 || isWordCode(a) || a === 45 || a === 64 || a === 95 || a === 47 || (a === 46 && isWordCode(v.charCodeAt(q + ini.length + 1)))) continue;
      d.add(q, q + ini.length, 'NAME', 85);
    }
  }
}

/**
 * The words of the name at [s, e) from which user names are built: surname last when a comma puts it first ("Tran, Minh
 * Chau" -> minh, chau, tran), lower case, only words of ASCII letters with inner apostrophes or hyphens, which are dropped
 * ("O'Brien" -> obrien). Read in place (no regular expression, no string but the words).
 */
function nameWordsForKeys(v: string, s: number, e: number): string[] {
  let comma = -1;
  for (let i = s; i < e; i++) {
    const c = v.charCodeAt(i);
    // (Beyond ASCII, lower-casing may change a character's class: the general path decides.)
    if (c > 127) return nameWordsSlow(v.slice(s, e));
    if (c === 44 && comma < 0) comma = i;
  }
  const out: string[] = [];
  const read = (a: number, b: number): void => {
    for (let i = a; i < b; ) {
      i = skipBlanks(v, i, b);
      if (i >= b) break;
      const ws = i;
      let ok = isAsciiLetter(v.charCodeAt(i));
      let w = '';
      for (; i < b && v.charCodeAt(i) !== 32 && v.charCodeAt(i) !== 9; i++) {
        const c = v.charCodeAt(i);
        if (isAsciiLetter(c)) w += String.fromCharCode(c | 0x20);
        else if (i === ws || (c !== 39 && c !== 45)) ok = false;
      }
      if (ok) out.push(w);
    }
  };
  if (comma > s) {
    read(comma + 1, e);
    read(s, comma);
  } else read(s, e);
  return out;
}
/** nameWordsForKeys on a text with characters beyond ASCII: the same steps on strings. */
function nameWordsSlow(text: string): string[] {
  const comma = text.indexOf(',');
  const o = comma > 0 ? text.slice(comma + 1) + ' ' + text.slice(0, comma) : text;
  return o.toLowerCase().split(/[ \t]+/).filter((w) => /^[a-z][a-z'-]*$/.test(w)).map((w) => w.replace(/['-]/g, ''));
}

/**
 * A user name built from a name found in the same document: its initial and surname ("Oskar Fagerlund" ofagerlund), or
 * its given names and surname joined ("Tran, Minh Chau" minhchau.tran, "Marigold Okafor" marigold_okafor), in lower case
 * and standing as a word (not the local part of an e-mail address nor a host name).
 */
function userNamesOfNames(d: Detector, cands: Cand[]): void {
  const v = d.v;
  const toks = d.toks;
  // (No name found, no user name of one: most notes end here, before the pass over the tokens.)
  if (cands.length === 0) return;
  // The lower-case words that may be a user name: no word nor name of a lexicon, or joined to the next by "." or "_"
  // (one pass over the tokens; no string is made unless one is there). (Stop 26: and that stand as a word of their own,
  // alone or joined to the next word, as the last test below asks: the local part of an e-mail address, "dolores.whitfield@",
  // is left out here, before any surname is read.)
  let at: number[] | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.shape !== 'L') continue;
    const a = v.charCodeAt(t.e);
    if (((t.f & (L.WORD | NAME_BITS)) === 0 && t.e - t.s >= 5) || ((a === 46 || a === 95) && charClass(v.charCodeAt(t.e + 1)) === 2)) {
      const nx = toks[i + 1];
      const joinable = (a === 46 || a === 95) && nx !== undefined && nx.s === t.e + 1 && nx.shape === 'L';
      if (wordOfItsOwn(v, t.s, t.e) || (joinable && wordOfItsOwn(v, t.s, nx.e))) (at ??= []).push(i);
    }
  }
  if (at === undefined) return;
  const n0 = cands.length;
  // (A cheap test first: a candidate word ends with the last word of a name of two words or more, or is joined to one.)
  let lasts: string[] | undefined;
  // (Several rules find the same name: each span is read once, here and below.)
  // (Spans of 40 characters at most reach here: start and length in one small integer.)
  const spanKey = (c: Cand): number => c.s * 64 + (c.e - c.s);
  let seen = new Set<number>();
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.e - c.s < 5 || c.e - c.s > 40 || seen.has(spanKey(c))) continue;
    seen.add(spanKey(c));
    let a = c.e;
    while (a > c.s && isLetterCode(v.charCodeAt(a - 1))) a--;
    if (a > c.s && c.e - a >= 3) (lasts ??= []).push(v.slice(a, c.e).toLowerCase());
    // ("Tran, Minh Chau": the surname before the comma; looked for inside the candidate only.)
    let comma = c.s;
    while (comma < c.e && v.charCodeAt(comma) !== 44) comma++;
    if (comma < c.e && comma - c.s >= 3) (lasts ??= []).push(v.slice(c.s, comma).toLowerCase());
  }
  if (lasts === undefined) return;
  // (Whether a word ends with one of those surnames or is followed by one: from a set and the lengths it holds, not
  // every surname against every word.)
  const lastSet = new Set(lasts);
  const lens = [...new Set(lasts.map((l) => l.length))];
  // (Every surname has three characters or more: a word's last three must end one of them before its suffixes are tried.)
  const tails = new Set(lasts.map((l) => l.slice(-3)));
  let any = false;
  for (const i of at) {
    const t = toks[i] as Tok;
    const nx = toks[i + 1];
    if (nx !== undefined && nx.s === t.e + 1 && lastSet.has(nx.k)) any = true;
    else if (tails.has(t.k.slice(-3))) for (const n of lens) if (n <= t.k.length && lastSet.has(t.k.slice(t.k.length - n))) any = true;
    if (any) break;
  }
  if (!any) return;
  /** The names found by their surname: their first given name and all given names joined. */
  const byLast = new Map<string, [string, string][]>();
  seen = new Set<number>();
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.p < 0 || c.t !== 'NAME' || c.e - c.s < 5 || c.e - c.s > 40 || seen.has(spanKey(c))) continue;
    seen.add(spanKey(c));
    // (A name of one word makes no user name here: checked before any string is made, inside the candidate only.)
    let sp = c.s;
    while (sp < c.e && v.charCodeAt(sp) !== 32) sp++;
    if (sp >= c.e) continue;
    const words = nameWordsForKeys(v, c.s, c.e);
    if (words.length < 2) continue;
    const last = words[words.length - 1] as string;
    const given = words.slice(0, -1).filter((w) => w.length > 1);
    if (last.length < 3 || given.length === 0) continue;
    const list = byLast.get(last);
    if (list === undefined) byLast.set(last, [[given[0] as string, given.join('')]]);
    else list.push([given[0] as string, given.join('')]);
  }
  if (byLast.size === 0) return;
  const lastLens = [...new Set([...byLast.keys()].map((l) => l.length))];
  const lastTails = new Set([...byLast.keys()].map((l) => l.slice(-3)));
  /** Whether `q` is a user name of a name found: its initial, or its given names joined or its first given name, with
   * ".", "_" or nothing, then the surname ("mtran", "minhchau.tran", "minh_tran"). */
  const isKey = (q: string): boolean => {
    if (!lastTails.has(q.slice(-3))) return false;
    for (const n of lastLens) {
      if (n > q.length) continue;
      const list = byLast.get(q.slice(q.length - n));
      if (list === undefined) continue;
      const head = q.slice(0, q.length - n);
      const h = head.length;
      const sep = h > 0 ? head.charCodeAt(h - 1) : 0;
      const bare = sep === 46 || sep === 95 ? head.slice(0, -1) : head;
      for (const [first, g] of list) if ((h === 1 && head === first.charAt(0)) || bare === g || bare === first) return true;
    }
    return false;
  };
  for (const i of at) {
    const t = toks[i] as Tok;
    let e = t.e;
    let key = t.k;
    // "minhchau.tran", "marigold_okafor": the word, its joiner and the next word (tried first).
    const nx = toks[i + 1];
    const j = v.charCodeAt(t.e);
    if ((j === 46 || j === 95) && nx !== undefined && nx.s === t.e + 1 && nx.shape === 'L' && isKey(t.k + v.charAt(t.e) + nx.k)) {
      key = t.k + v.charAt(t.e) + nx.k;
      e = nx.e;
    } else if (!isKey(key)) continue;
    if (key.length < 5 || (d.fl(key) & (L.WORD | NAME_BITS)) !== 0) continue;
    const q = t.s;
    if (!wordOfItsOwn(v, q, e)) continue;
    d.add(q, e, 'NAME', 85);
  }
}

/** Whether v[s, e) is a word of its own: not the local part of an e-mail address, a host name, a path or a part of a
 * longer token (a user name's test, and the handles' of name-handles.ts). */
export function wordOfItsOwn(v: string, s: number, e: number): boolean {
  const b = s > 0 ? v.charCodeAt(s - 1) : 32;
  const a = v.charCodeAt(e);
  return !(isWordCode(b) || b === 46 || b === 45 || b === 95 || b === 47 || isWordCode(a) || a === 64 || a === 95 || a === 45 || ((a === 46 || a === 47) && isWordCode(v.charCodeAt(e + 1))));
}

/** A patronymic joiner of Malay, Arabic and Iban names ("binti", its Singapore spelling "binte", "bin", "ibn", "a/l" anak lelaki, "anak"; not "s/o", also a
 * significant other). */
const PATRONYM_AFTER = /[ \t]+(?:binti|binte|bin|bte|bt|ibni|ibn|bint|anak|a\/l|a\/p)\.?[ \t]+(\p{Lu}[\p{Ll}'-]+(?:[ \t]\p{Lu}[\p{Ll}'-]+)?)/uy;
const PATRONYM_BEFORE = /(?:^|[^\p{L}'-])(\p{Lu}[\p{Ll}'-]+(?:[ \t]\p{Lu}[\p{Ll}'-]+){0,2})[ \t]+(?:binti|binte|bin|bte|bt|ibni|ibn|bint|anak|a\/l|a\/p)\.?[ \t]+$/u;
/** Words before an initial that make it no given name's ("vitamin K. Narayan", "type A. Smith"). */
const LOWER_BEFORE_INITIAL = new Set(['by', 'and', 'with', 'to', 'from', 'per', 'cc', 'dear', 'for', 'of', 'late']);
/** Military and police ranks before a surname ("1SG Boone", "PC Halloran", "SPC ESPINOZA-TAUFA"), in the forms written. */
const RANKS = new Set('PVT PV2 PFC SPC CPL SGT SSG SFC MSG 1SG CSM SGM 2LT 1LT CPT MAJ LTC COL CW2 CW3 CW4 SSgt TSgt MSgt SrA A1C Amn PO1 PO2 PO3 CPO LCpl Cpl Sgt Pte Pvt Capt Maj Col Lt Cdr PC PCSO Insp Det Constable Trooper Sheriff Deputy Sergeant Corporal Lieutenant Detective Inspector Officer'.split(' '));

/**
 * Around the names found (stop 15): a patronymic joiner and the name on its other side ("Nurul Aisyah binti
 * Kamarulzaman", "Mohd Hafiz bin Abdullah"); a dotted initial right before a surname found ("Late Sri K.
 * Narayanaswamy"); the family name of another person of the document after a name found ("Kendra Lashelle Pugh" ...
 * "Zion Amir Pugh"); a surname after a military or police rank ("1SG Boone", "PC Halloran").
 */
function namesAround(d: Detector, cands: Cand[]): void {
  const v = d.v;
  const n0 = cands.length;
  const rare = d.rare;
  // ("a/l" and "a/p" are no tokens of the rare list: looked for beside each name, below.)
  const joiner = rare !== undefined && (rare.has('bin') || rare.has('binti') || rare.has('binte') || rare.has('ibn') || rare.has('bte') || rare.has('anak'));
  let follows = false;
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.p < 0 || c.t !== 'NAME') continue;
    if (joiner || (codeAt(v, c.e + 2) === 47 && v.charCodeAt(c.e + 1) === 97) || (c.s >= 4 && v.charCodeAt(c.s - 3) === 47 && v.charCodeAt(c.s - 4) === 97)) {
      PATRONYM_AFTER.lastIndex = c.e;
      const m = PATRONYM_AFTER.exec(v);
      if (m && patronymOk(d, m[1] as string)) d.add(c.s, PATRONYM_AFTER.lastIndex, 'NAME', c.p);
      const b = PATRONYM_BEFORE.exec(v.slice(Math.max(0, c.s - 48), c.s));
      if (b && patronymOk(d, b[1] as string)) d.add(c.s - (b[0].length - b[0].indexOf(b[1] as string)), c.e, 'NAME', c.p);
    }
    // "K. Narayanaswamy": an initial, its dot and one space before a name found that does not hold it.
    // (Stop 37: not the "S." of "P.S. Olumide's phone".)
    if (c.s >= 3 && v.charCodeAt(c.s - 1) === 32 && v.charCodeAt(c.s - 2) === 46 && charClass(v.charCodeAt(c.s - 3)) === 3 && (c.s === 3 || !isWordCode(v.charCodeAt(c.s - 4))) && !/[\s.]/.test(v.slice(c.s, c.e).charAt(1)) && !(c.s >= 5 && (v.charCodeAt(c.s - 3) | 32) === 115 && v.charCodeAt(c.s - 4) === 46 && (v.charCodeAt(c.s - 5) | 32) === 112)) {
      const q = skipBlanksBack(v, c.s - 4);
      let a = q;
      while (a >= 0 && isLetterCode(v.charCodeAt(a))) a--;
      const prev = v.slice(a + 1, q + 1);
      if (prev === '' || !/^\p{Ll}/u.test(prev) || LOWER_BEFORE_INITIAL.has(prev)) d.add(c.s - 3, c.e, 'NAME', c.p);
    }
    // "DUNBAR-KERR, Alasdair": a surname in capitals, a comma and a given name found (a register's or a wristband's order).
    if (c.s >= 5 && v.charCodeAt(c.s - 1) === 32 && v.charCodeAt(c.s - 2) === 44 && !d.capsDoc && charClass(v.charCodeAt(c.s - 3)) === 3 && charClass(v.charCodeAt(c.s + 1)) === 2) capsSurnameBefore(d, c);
    // (Whether a name found is followed by one space and a capitalized word: the family rule below needs one.)
    if (!follows && v.charCodeAt(c.e) === 32 && charClass(v.charCodeAt(c.e + 1)) === 3) follows = true;
  }
  // (Stop 19: in a function of its own, a rare rule: met for the first time, it deoptimizes and recompiles that function only.)
  if (follows) familyNames(d, cands, n0);
  // Ranks: gated by the rare words (RANK_RARE) or a rank with a digit in the text.
  let ranks = false;
  // (The text's rare words are few: each is looked up, not every rank.)
  if (rare !== undefined) for (const w of rare) if (RANK_RARE_SET.has(w)) ranks = true;
  // (A rank with a digit is a token of shape X: "1SG", "2LT".)
  if (!ranks) for (const i of d.xIdx) {
    const w = (d.toks[i] as Tok).w;
    const w0 = w.charCodeAt(0);
    if (w.length === 3 && (w0 === 49 || w0 === 50) && RANKS.has(w)) ranks = true;
  }
  if (ranks) rankSurnames(d);
}

/** namesAround: "Zion Amir Pugh", a name found (of the first n0), one space and the family name of another name of the
 * document. */
function familyNames(d: Detector, cands: Cand[], n0: number): void {
  const v = d.v;
  let families: Set<string> | undefined;
  // The family names of the names of two words or more: the last word, a capital then lower case.
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.p < 0 || c.t !== 'NAME') continue;
    let a = c.e - 1;
    while (a > c.s && isLetterCode(v.charCodeAt(a)) && charClass(v.charCodeAt(a)) === 2 || (a > c.s && v.charCodeAt(a) === 45)) a--;
    if (a - 1 <= c.s || c.e - a < 3 || charClass(v.charCodeAt(a)) !== 3 || v.charCodeAt(a - 1) !== 32 || v.charCodeAt(c.e - 1) === 45) continue;
    (families ??= new Set()).add(v.slice(a, c.e));
  }
  // "Zion Amir Pugh": a name found, one space and the family name of another name of the document.
  if (families !== undefined) for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.p < 0 || c.t !== 'NAME' || v.charCodeAt(c.e) !== 32 || charClass(v.charCodeAt(c.e + 1)) !== 3) continue;
    let e = c.e + 1;
    while (e < v.length && (isLetterCode(v.charCodeAt(e)) || v.charCodeAt(e) === 45)) e++;
    const w = v.slice(c.e + 1, e);
    if (!families.has(w) || isWordCode(v.charCodeAt(e))) continue;
    // (A common word that is no surname is no family name even when a name found ends with it: "Captopril Dose".)
    const f = d.fl(w.toLowerCase());
    if ((f & L.WORD) === 0 || (f & L.COMMON_SURNAME) !== 0) d.add(c.s, e, 'NAME', c.p);
  }
}

/** A surname in capitals before the comma before a given name found ("DUNBAR-KERR, Alasdair", "OKAFOR, Chidi"): a word of three
 * letters or more that is no common word (unless a surname), no abbreviation of a diagnosis, a state, a credential or a title. */
function capsSurnameBefore(d: Detector, c: Cand): void {
  const i = d.tokenStartingAt(c.s);
  if (i < 1) return;
  const g = d.toks[i] as Tok;
  const sv = d.toks[i - 1] as Tok;
  if (g.shape !== 'T' || (g.f & L.FIRST) === 0 || sv.shape !== 'U' || sv.e !== c.s - 2 || sv.w.length < 3 || sv.possessive) return;
  if ((sv.f & L.WORD) !== 0 && (sv.f & (L.LAST | L.COMMON_SURNAME)) === 0) return;
  if (NOT_NAME_CAPS.has(sv.w) || (sv.m & (M.NOT_NAME | M.TITLES | M.STATE_WORDS | M.MONTH_WORDS | M.CREDENTIAL_TOKENS | M.NOT_PERSON | M.FACILITY_GENERIC | M.EPONYMS)) !== 0) return;
  if ((sv.f & (L.PLACE | L.COUNTRY)) !== 0 && (sv.f & NAME_BITS) === 0) return;
  if (sv.k.includes('-') ? !d.known(sv) : (sv.f & NAME_BITS) === 0 && sv.w.length < 5) return;
  d.add(sv.s, c.e, 'NAME', c.p);
}

/** The name beside a patronymic joiner: capitalized words that are no common words (given names that are words pass). */
function patronymOk(d: Detector, name: string): boolean {
  for (const w of name.split(/[ \t]+/)) {
    const k = w.toLowerCase();
    const f = d.fl(k);
    if (NOT_NAME.has(k) || TITLES.has(k) || STATE_WORDS.has(k) || MONTH_WORDS.has(k) || FACILITY_GENERIC.has(k) || ((f & L.WORD) !== 0 && (f & NAME_BITS) === 0)) return false;
  }
  return true;
}

/** The rare trigger words that may be a rank (lower case, as the tokenizer keys them). */
// (Not "lt": left in capitals, in most nursing notes; "Lt." is a title of the name rules already.)
export const RANK_RARE = ['pvt', 'pfc', 'spc', 'cpl', 'sgt', 'ssg', 'sfc', 'msg', 'csm', 'sgm', 'cpt', 'maj', 'ltc', 'capt', 'pte', 'pc', 'insp', 'det', 'constable', 'trooper', 'sheriff', 'deputy', 'sergeant', 'corporal', 'lieutenant', 'detective', 'inspector', 'officer'];

const RANK_RARE_SET = new Set(RANK_RARE);

function rankSurnames(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok;
    // (A rank is a rare trigger word, or a token with a digit: one bit test skips the others.)
    if (((t.f & T.NHS) === 0 && t.shape !== 'X') || t.w.length > 10 || !RANKS.has(t.w)) continue;
    let j = i + 1;
    let nx = toks[j] as Tok;
    // ("Lt. Gabriela Soto-Henning": a dot after the rank.)
    const gap = v.slice(t.e, nx.s);
    if (gap !== ' ' && gap !== '. ') continue;
    if (nx.shape !== 'T' && nx.shape !== 'U') continue;
    const s = nx.s;
    let e = -1;
    for (let n = 0; n < 3; n++) {
      if (nx.w.length < 3 || nx.possessive || d.common(nx) || (nx.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.FACILITY_GENERIC | M.NOT_PERSON | M.EPONYMS | M.CREDENTIAL_TOKENS)) !== 0) break;
      if ((nx.f & (L.PLACE | L.COUNTRY)) !== 0 && (nx.f & NAME_BITS) === 0) break;
      // (A surname in capitals only after a rank of three letters or more, in a text not written in capitals: "PC BID" is
      // after meals, "DC EXTUB" no rank at all.)
      if ((nx.f & (T.FACILITY | T.STREET)) !== 0 || (nx.shape === 'U' && (nx.w.length < 4 || t.w.length < 3 || d.capsDoc || NOT_NAME_CAPS.has(nx.w)))) break;
      e = nx.e;
      const nn = toks[j + 1];
      if (nn === undefined || !oneSpace(v, nx.e, nn.s) || nn.shape !== nx.shape) break;
      j++;
      nx = nn;
    }
    if (e > s) d.add(s, e, 'NAME', 76);
  }
}

/** A label of a name field or of an age, found as a name ("Forenames Iain Ruaridh", "Narayanaswamy   Age 58 F"). */
const NAME_FIELD_WORDS = new Set(['forename', 'forenames', 'surname', 'surnames', 'given', 'names']);
const AGE_LABEL_WORDS = new Set(['age', 'umur', 'edad', 'idade', 'alter', 'eta']);

/**
 * Trims from the names found (stop 15) a role noun or a credential opening a name whose second word is a given name ("Driver Lionel Batiste", "Screener Willa Pruett", "Vaccinators Bernadette Ng", "CNA Guy
 * Tremblay", "Forenames Iain Ruaridh"), and drops a rank alone before its dot ("Lt. Gabriela ...") and an age label
 * alone before a number ("Age 58 F").
 */
function trimRoleWords(d: Detector, names: Cand[]): void {
  const v = d.v;
  const toks = d.toks;
  let trimmed: Set<number> | undefined;
  let dropped = false;
  for (const c of names) {
    if (c.p < 0 || c.t !== 'NAME') continue;
    const c0 = v.charCodeAt(c.s);
    if (c0 < 65 || c0 > 90 || c.e - c.s > 60) continue;
    const sp = v.indexOf(' ', c.s);
    if (sp < 0 || sp >= c.e) {
      // One word: a rank before its dot, an age label before a number (the character after is checked first).
      const a = v.charCodeAt(c.e);
      if (a !== 46 && a !== 32 && a !== 58 && a !== 9) continue;
      const w = v.slice(c.s, c.e);
      if ((RANKS.has(w) && v.charCodeAt(c.e) === 46 && v.charCodeAt(c.e + 1) === 32) || (AGE_LABEL_WORDS.has(w.toLowerCase()) && /^[ \t:]*\d/.test(v.slice(c.e, c.e + 4)))) {
        c.p = -1;
        dropped = true;
      }
      continue;
    }
    // (A role noun ends in r, t, n or s, a label in e, n or s, a credential in a capital: checked before the token is looked up.)
    const z = v.charCodeAt(sp - 1);
    if (z !== 114 && z !== 116 && z !== 110 && z !== 115 && z !== 101 && (z < 65 || z > 90)) continue;
    const i = d.tokenStartingAt(c.s);
    if (i < 0) continue;
    const t = toks[i] as Tok;
    const g = toks[i + 1];
    // (Every candidate that opens with the word, "Forenames Iain" and "Forenames Iain Ruaridh" alike.)
    if (g === undefined || g.e > c.e || !oneSpace(v, t.e, g.s) || g.shape !== 'T' || (g.f & L.FIRST) === 0) continue;
    const k = t.k.endsWith('s') ? t.k.slice(0, -1) : t.k;
    const fk = d.fl(k);
    const role =
      NAME_FIELD_WORDS.has(t.k) ||
      (t.shape === 'U' && (t.m & M.CREDENTIAL_TOKENS) !== 0 && t.w.length >= 2) ||
      (t.shape === 'T' && k.length >= 6 && /(?:er|or|ist|ian)$/.test(k) && (fk & L.FIRST) === 0 && ((fk & L.WORD) !== 0 || (fk & NAME_BITS) === 0));
    if (role) {
      (trimmed ??= new Set()).add(c.s);
      d.setStart(c, g.s);
    }
  }
  // (The role word found alone by another rule goes too.)
  if (trimmed !== undefined) for (const c of names) if (c.p >= 0 && trimmed.has(c.s)) c.p = -1;
  // (Dropped candidates leave the list here: resolve keeps those of priority -1 unless a later rule filters them.)
  if (dropped || trimmed !== undefined) {
    const cands = d.cands;
    let w = 0;
    for (let x = 0; x < cands.length; x++) if ((cands[x] as Cand).p >= 0) cands[w++] = cands[x] as Cand;
    cands.length = w;
  }
}

// Names of the second wave of stop 15 (branch names16): user names of logs and fields, initials after a verification
// cue, names beside a joiner, a newborn's surname, a middle initial, a sign-off, names typed as places ---------------

/** Words that open initials of a verification ("initialled TOP", "Verified: hk", "witnessed by JMO"). */
export const VERIFY_CUES = new Set(['initialled', 'initialed', 'verified', 'witnessed', 'countersigned']);
/** After such a cue: "by" or a colon, then two or three letters (all lower case or all capitals) ending the field. */
const VERIFY_INITIALS = /(?:[ \t]+by)?[ \t]*:?[ \t]*([a-z]{2,3}|[A-Z]{2,3})(?=[ \t]*(?:[.;,)]|\r?\n|$)|[ \t]{2,}|\t)/y;
/** A joiner of a South Asian name ("son of", "daughter of", "wife of") between two names: "Imran Bashir s/o Tariq Mehmood". */
const SON_OF_AFTER = /[ \t]+[SsDdWw]\/[Oo][ \t]+((?:\p{Lu}[\p{Ll}'-]+|\p{Lu}{2,}(?:-\p{Lu}{2,})?)(?:[ \t]+(?:\p{Lu}[\p{Ll}'-]+|\p{Lu}{2,}(?:-\p{Lu}{2,})?)){0,2})/uy;
/** "Baby Girl QUINTANA", "Baby Boy Okonjo": a newborn's surname after the sex word. */
const BABY_SURNAME = /\b(?:Baby|BABY|baby)[ \t]+(?:Boy|Girl|BOY|GIRL|boy|girl)[ \t]+(\p{Lu}[\p{L}'-]+)(?![\p{L}\d])/gu;
/** A middle initial and a surname after a given name found: " A. Delacroix-Tobin". */
const MIDDLE_INITIAL_AFTER = /[ \t][A-Z]\.[ \t]+(\p{Lu}\p{Ll}+(?:['-]\p{Lu}?\p{Ll}+)?)(?![\p{L}\d.'-])/uy;
/** A dotted initial and a surname after "by": "by J. Obuya", "by T. WILKES-ABARA". */
const BY_INITIAL_SURNAME = /[ \t]+[A-Z]\.[ \t]+(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{3,}(?:-\p{Lu}{2,})?)(?![\p{L}\d'-]|\.\p{L})/uy;
/** A Latin species after an initial is no surname ("by E. Coli", "S. Aureus"). */
const LATIN_ENDING = /(?:i|ae|us|um|is|es|ii|ensis|ile|ans|ata)$/;
/** A sign-off in a message: two dashes, one given name, then the line's end or a phone number ("-- Bekah  717-555-..."). */
const SIGN_OFF_NAME = /(?:^|[\n ])--[ \t]?(\p{Lu}\p{Ll}{2,})(?=[ \t]*(?:\r?\n|$)|[ \t]+\(?\+?\d)/gu;

/** Stop 15, second wave: run from Detector.run after namesFound. */
export function namesSecondWave(d: Detector): void {
  const v = d.v;
  logHandles(d);
  const rare = d.rare;
  if (rare !== undefined && (rare.has('initialled') || rare.has('initialed') || rare.has('verified') || rare.has('witnessed') || rare.has('countersigned'))) verifiedInitials(d);
  if (ofMark(v)) sonOfNames(d);
  if (d.rare?.has('baby')) babySurnames(d);
  if (v.includes('--')) signOffNames(d);
  namesBesideNames(d);
}

/**
 * A user name (an initial and a known surname, "tmcelhaney", "pmaki") in a log or a field without a handle cue: after a
 * label's colon and ending the field ("Dispatcher: tmcelhaney   Call closed"), alone in a column ("x3   mbeaulieu
 * 09/10/2025"), or beside a time ("(dkhoury 10:02)", "23:30  rsalonga"). A surname among the 20,000 most frequent needs one
 * of these, a rarer one two; every other mention of a user name found this way is one too ("... by rsalonga.").
 */
function logHandles(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  let cands: number[] | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.shape !== 'L' || t.e - t.s < 5 || t.e - t.s > 20 || (t.f & (L.WORD | NAME_BITS)) !== 0) continue;
    (cands ??= []).push(i);
  }
  if (cands === undefined) return;
  let keys: Map<string, number> | undefined;
  const standsAlone = (t: Tok): boolean => {
    const b = t.s > 0 ? v.charCodeAt(t.s - 1) : 32;
    const a = v.charCodeAt(t.e);
    return !(isWordCode(b) || b === 46 || b === 45 || b === 95 || b === 47 || b === 64 || isWordCode(a) || a === 64 || a === 95 || a === 45 || a === 39 || ((a === 46 || a === 47 || a === 58) && isWordCode(v.charCodeAt(t.e + 1))));
  };
  for (const i of cands) {
    const t = toks[i] as Tok;
    // (Cheap first, from the characters around: a colon, a column gap, a bar or a digit must stand beside the word for
    // one of the contexts below to hold.)
    const bq = skipBlanksBack(v, t.s - 1);
    const aq = skipBlanks(v, t.e, v.length);
    const cb = bq >= 0 ? v.charCodeAt(bq) : -1;
    const b1 = v.charCodeAt(t.s - 1);
    const gapBefore = b1 === 9 || cb === 124 || (b1 === 32 && (v.charCodeAt(t.s - 2) === 32 || v.charCodeAt(t.s - 2) === 9));
    if (cb !== 58 && !gapBefore && !isDigitCode(cb) && !(aq > t.e && isDigitCode(v.charCodeAt(aq)))) continue;
    const rest = t.k.slice(1);
    const fr = d.fl(rest);
    if ((fr & L.WORD) !== 0 || (fr & (L.LAST | L.OTHER | L.COMMON_SURNAME)) === 0) continue;
    if (NOT_NAME.has(rest) || EPONYMS.has(rest) || NOT_NAME.has(t.k) || MEDICAL_ENDING.test(t.k) || !standsAlone(t)) continue;
    // The contexts: a label's colon before and the field's end after; a column gap on both sides; a time beside.
    let ls = t.s;
    while (ls > 0 && t.s - ls < 40 && v.charCodeAt(ls - 1) !== 10) ls--;
    const before = v.slice(ls, t.s);
    const after = v.slice(t.e, t.e + 12);
    const fieldEnd = /^(?:[ \t]*[.;,]?[ \t]*(?:\r?\n|$)|[.;,][ \t]|[ \t]{2,}|\t)/.test(after);
    let n = 0;
    if (/[A-Za-z)][ \t]*:[ \t]*$/.test(before) && fieldEnd) n++;
    if (/(?:[ \t]{2,}|\t|\|[ \t]*)$/.test(before) && /^(?:[ \t]{2,}|\t|[ \t]*(?:\||\r?\n|$))/.test(after)) n++;
    if (/\b\d{1,2}:\d{2}(?::\d{2})?[ \t]+$/.test(before) || /^[ \t]+\d{1,2}:\d{2}(?![\d])/.test(after)) n++;
    if (n === 0 || (n < 2 && (fr & L.COMMON_SURNAME) === 0)) continue;
    (keys ??= new Map()).set(t.k, i);
  }
  if (keys === undefined) return;
  for (const i of cands) {
    const t = toks[i] as Tok;
    if (keys.has(t.k) && standsAlone(t) && !d.nameOverlaps(t.s, t.e)) d.add(t.s, t.e, 'NAME', 85);
  }
}

/** Initials after a verification cue, ending their field ("discard (initialled TOP)", "Verified: hk", "witnessed by JMO"):
 * not a credential, an abbreviation of NOT_INITIALS or a diagnosis; lower-case ones, and capitals after "verified", no word. */
function verifiedInitials(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.f & T.NHS) === 0 || !VERIFY_CUES.has(t.k)) continue;
    VERIFY_INITIALS.lastIndex = t.e;
    const m = VERIFY_INITIALS.exec(v);
    if (!m) continue;
    const ini = m[1] as string;
    const k = ini.toLowerCase();
    const up = ini.toUpperCase();
    if (k === 'by' || CREDENTIAL_TOKENS.has(k) || NOT_INITIALS.has(up) || NOT_NAME_CAPS.has(up) || STATE_ABBR_SET.has(up) || NOT_NAME.has(k)) continue;
    // (A word in lower case, or in capitals after any cue but "initialled": "verified: yes", "Verified: YES".)
    if ((d.fl(k) & L.WORD) !== 0 && (ini === k || !t.k.startsWith('initial'))) continue;
    const s = m.index + m[0].length - ini.length;
    if (!d.nameOverlaps(s, s + ini.length)) d.add(s, s + ini.length, 'NAME', 80);
  }
}

/** The name after "s/o", "d/o" or "w/o" right after a name found ("Imran Bashir s/o Tariq Mehmood"): capitalized words
 * that are no common words (or are names too). */
function sonOfNames(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'NAME' || c.p < 0 || v.charCodeAt(c.e) !== 32 || v.charCodeAt(c.e + 2) !== 47) continue;
    SON_OF_AFTER.lastIndex = c.e;
    const m = SON_OF_AFTER.exec(v);
    if (!m) continue;
    // (The words written as the first is: "Ghulam Rasool CNIC" stops before the capitals.)
    const words = (m[1] as string).split(/[ \t]+/);
    const caps = (w: string) => w === w.toUpperCase();
    let nw = 1;
    while (nw < words.length && caps(words[nw] as string) === caps(words[0] as string)) nw++;
    const all = m[1] as string;
    let end = 0;
    for (let k = 0; k < nw; k++) end = all.indexOf(words[k] as string, end) + (words[k] as string).length;
    const g = all.slice(0, end);
    const ok = words.slice(0, nw).every((w) => {
      const k = w.toLowerCase();
      const f = d.fl(k);
      return !NOT_NAME.has(k) && !NOT_NAME_CAPS.has(w) && !STATE_WORDS.has(k) && ((f & L.WORD) === 0 || (f & NAME_BITS) !== 0) && (f & (L.COUNTRY | T.FACILITY)) === 0;
    });
    if (!ok) continue;
    const s = m.index + m[0].length - all.length;
    d.add(s, s + g.length, 'NAME', 85);
  }
}

/** A newborn's surname after "Baby Girl" or "Baby Boy", in capitals too ("Baby Girl QUINTANA"); the words before it are
 * no name ("Baby" found alone is dropped). */
function babySurnames(d: Detector): void {
  const v = d.v;
  // The start of each "Baby Girl" and the start of its surname (the words between are dropped below, in one pass).
  let opens: Map<number, number> | undefined;
  for (const m of v.matchAll(BABY_SURNAME)) {
    const w = m[1] as string;
    const k = w.toLowerCase();
    const f = d.fl(k);
    if (w.length < 2 || NOT_NAME.has(k) || NOT_NAME_CAPS.has(w) || ((f & L.WORD) !== 0 && (f & (L.LAST | L.COMMON_SURNAME)) === 0)) continue;
    // (Stop 16: an eponym or a score before its value is no surname, "baby boy Apgars 8 and 9".)
    if (EPONYMS.has(k) || EPONYMS.has(k.replace(/s$/, '')) || /^[ \t]+\d/.test(v.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    const s = m.index + m[0].length - w.length;
    (opens ??= new Map()).set(m.index, s);
    if (!d.nameOverlaps(s, s + w.length)) d.add(s, s + w.length, 'NAME', 85);
  }
  if (opens === undefined) return;
  const cands = d.cands;
  let n = 0;
  for (let x = 0; x < cands.length; x++) {
    const c = cands[x] as Cand;
    const s = c.t === 'NAME' ? opens.get(c.s) : undefined;
    if (s !== undefined && c.e < s) {
      // (Priority -1 first, as trimRoleWords does: the candidate index may still list it.)
      c.p = -1;
      continue;
    }
    cands[n++] = c;
  }
  cands.length = n;
}

/** A message's sign-off: two dashes and a given name before the line's end or a phone number ("-- Bekah  717-555-0129"),
 * when the word is no common word (or is a given name too) and no abbreviation. */
function signOffNames(d: Detector): void {
  const v = d.v;
  for (const m of v.matchAll(SIGN_OFF_NAME)) {
    const w = m[1] as string;
    const k = w.toLowerCase();
    const f = d.fl(k);
    if (NOT_NAME.has(k) || EPONYMS.has(k) || MONTH_WORDS.has(k) || STATE_WORDS.has(k) || (f & (L.PLACE | L.COUNTRY | T.FACILITY)) !== 0 && (f & L.FIRST) === 0) continue;
    if ((f & L.WORD) !== 0 && (f & L.FIRST) === 0) continue;
    const s = m.index + m[0].length - w.length;
    if (!d.nameOverlaps(s, s + w.length)) d.add(s, s + w.length, 'NAME', 75);
  }
}

/**
 * Around the names found: a middle initial and a surname after a given name ("RE: Marcus A. Delacroix-Tobin"); a dotted
 * initial and a surname after "by" ("by J. Obuya", "by T. WILKES-ABARA"); a one-word place found right after a given name
 * is its surname ("(Horace Belvedere, MRN"); a care site found right after "Dr" opens with the doctor's name ("DR PHUONG
 * NGUYEN LAKEVIEW DIALYSIS").
 */
function namesBesideNames(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const cands = d.cands;
  const n0 = cands.length;
  let ends: Map<number, Cand> | undefined;
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.p < 0) continue;
    if (c.t === 'NAME') {
      (ends ??= new Map()).set(c.e, c);
      // " A. Delacroix": checked by its blank and dot before the pattern runs.
      if (v.charCodeAt(c.e) !== 32 || v.charCodeAt(c.e + 2) !== 46) continue;
      let a = c.e;
      while (a > c.s && isLetterCode(v.charCodeAt(a - 1))) a--;
      const i = d.tokenStartingAt(a);
      if (i < 0 || ((toks[i] as Tok).f & L.FIRST) === 0 || (toks[i] as Tok).shape !== 'T') continue;
      MIDDLE_INITIAL_AFTER.lastIndex = c.e;
      const m = MIDDLE_INITIAL_AFTER.exec(v);
      if (!m || !surnameLike(d, m[1] as string, false)) continue;
      d.add(c.s, m.index + m[0].length, 'NAME', c.p);
    }
  }
  // "by J. Obuya".
  for (const i of d.cueIdx) {
    const t = toks[i] as Tok;
    if (t.k !== 'by' || v.charCodeAt(t.e + 2) !== 46) continue;
    BY_INITIAL_SURNAME.lastIndex = t.e;
    const m = BY_INITIAL_SURNAME.exec(v);
    if (!m || !surnameLike(d, m[1] as string, true)) continue;
    const st = m.index + m[0].length - (m[1] as string).length - 3;
    if (!d.nameOverlaps(st, m.index + m[0].length)) d.add(st, m.index + m[0].length, 'NAME', 80);
  }
  if (ends === undefined) return;
  for (let x = 0; x < n0; x++) {
    const c = cands[x] as Cand;
    if (c.t !== 'LOCATION' || c.p < 0 || c.p >= 90) continue;
    const i = d.tokenStartingAt(c.s);
    if (i < 0) continue;
    const t = toks[i] as Tok;
    // A one-word place right after a given name found.
    const n = v.charCodeAt(c.s - 1) === 32 ? ends.get(c.s - 1) : undefined;
    if (n !== undefined && t.e === c.e && t.shape === 'T' && (t.f & (L.WORD | L.COUNTRY | T.FACILITY | T.STREET)) === 0 && (t.m & (M.STATE_WORDS | M.FACILITY_GENERIC)) === 0) {
      const g = toks[i - 1];
      if (g !== undefined && g.e === n.e && g.shape === 'T' && (g.f & L.FIRST) !== 0 && (g.f & L.WORD) === 0 && (g.m & (M.TITLES | M.NOT_NAME)) === 0) {
        c.t = 'NAME';
        d.add(n.s, c.e, 'NAME', Math.max(n.p, c.p));
        continue;
      }
    }
    // "DR PHUONG NGUYEN LAKEVIEW DIALYSIS": a given name and a surname after "Dr" open the site.
    const n2 = toks[i + 1];
    const n3 = toks[i + 2];
    if (n2 === undefined || n3 === undefined || n3.e > c.e || d.wordBefore(c.s) !== 'dr') continue;
    const nameWord = (w: Tok, first: boolean) => (w.f & L.WORD) === 0 && (w.f & (first ? L.FIRST : NAME_BITS)) !== 0 && (w.f & T.FACILITY) === 0 && (w.m & (M.FACILITY_GENERIC | M.NOT_NAME)) === 0;
    if (!nameWord(t, true) || !nameWord(n2, false) || !oneSpace(v, t.e, n2.s) || !oneSpace(v, n2.e, n3.s)) continue;
    d.add(t.s, n2.e, 'NAME', Math.max(c.p + 1, 80));
    d.setStart(c, n3.s);
  }
}
/** Whether a capitalized word after an initial may be a surname: no common word, no place only, no abbreviation; an unknown
 * word after "by" (weak) no Latin species ("by E. Coli"). */
function surnameLike(d: Detector, w: string, weak: boolean): boolean {
  const k = w.toLowerCase();
  const f = d.fl(k.split('-')[0] as string);
  if (NOT_NAME.has(k) || EPONYMS.has(k) || MONTH_WORDS.has(k) || STATE_WORDS.has(k) || NOT_NAME_CAPS.has(w) || NOT_INITIALS.has(w) || CREDENTIAL_TOKENS.has(k)) return false;
  if ((f & L.WORD) !== 0 || ((f & (L.PLACE | L.COUNTRY)) !== 0 && (f & NAME_BITS) === 0) || (f & T.FACILITY) !== 0) return false;
  if (weak && (f & NAME_BITS) === 0 && LATIN_ENDING.test(k)) return false;
  return true;
}
