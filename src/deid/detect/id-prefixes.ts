// Stop 16 (ids25): prefixed device and plan numbers, licences after a state, plates, tails, dates.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { PhiType } from '../types.js';
import { L } from '../lexicon.js';
import { codeAt } from './text.js';
import { isDigitCode, isLetterCode, isWordCode, T, type Tok } from './words.js';
import { FUNCTION_WORDS, STATE_ABBR_SET } from './vocabulary.js';
import { PHOTO_CHARS } from './patterns.js';
import type { Detector } from './detector.js';
import { ID_LABEL_FILL, ID_WORD_TYPE } from './id-words.js';
import { labelWordType } from './id-labels.js';
import { REGISTER_SET_22 } from './registers.js';

/** Trigger words of this block (on the rare-word bit T.NHS): licence labels, an aircraft's tail, 3D scans' extensions. */
/** Labels of national numbers written in groups (Norwegian, Swedish, Danish, Czech, Belgian, Polish, Bangladeshi...). */
const NATIONAL_LABELS_25 = ['fodselsnummer', 'fødselsnummer', 'personnummer', 'personnr', 'rodne', 'rijksregisternummer', 'niss', 'insz', 'nid', 'pesel', 'cpr', 'jmbg', 'egn', 'cnp', 'hetu', 'henkilotunnus', 'register', 'birth'];
export const RARE_25 = ['lic', 'license', 'licence', 'tail', 'stl', 'ply', ...NATIONAL_LABELS_25];
/** A health plan's key or phrase right before a value: "health plan ", `plan="`, "plan_id=". */
const PLAN_BEFORE_25 = /(?:\bhealth[ \t_-]*plan|\bplan(?:[ _-]?id)?["']?[ \t]*[:=])[ \t]*["']?[ \t]*$/i;
/** A value after a space: digits first, then digits, capitals and inner hyphens or dots. */
const PREFIXED_VALUE_25 = /^\d[\dA-Z]*(?:[-.][\dA-Z]+)*(?![\w\/-]|\.\d)/;
/** A licence number: digits, maybe a letter prefix, hyphens or dots between digit groups. */
const LICENCE_VALUE_25 = /^(?:[A-Z]{1,3}-?)?\d(?:\d|[-.](?=\d)){3,14}(?![\w\/-]|\.\d)/;
/** After "lic"/"license": an optional "no."/"#", a state code, the number ("lic NE PT-2817"). */
const LIC_STATE_AFTER_25 = /^\.?(?:[ \t]+(?:no\.?|#|number))?[ \t]*[:#]?[ \t]*([A-Z]{2})[ \t]+/;
/** A state code right before "lic"/"license" ("VT lic 042.0011872"). */
const STATE_BEFORE_LIC_25 = /(?:^|[^\w])([A-Z]{2})[ \t]+$/;
/** After "lic"/"license" with a state code before it: an optional "no."/"#" and the number. */
const LIC_AFTER_25 = /^\.?(?:[ \t]+(?:no\.?|#|number))?[ \t]*[:#]?[ \t]*/;
/** An aircraft's tail: "tail N447KX", "tail number: N12345". */
const TAIL_BEFORE_25 = /\btail(?:[ \t]+(?:number|no\.?|#))?[ \t]*[:#]?[ \t]*$/i;
const TAIL_NUMBER_25 = /^N[1-9]\d{0,4}[A-Z]{0,2}$/;
/** A registration label before a spaced plate: "registration 07 JS 4471", "reg: 12 D 4410". */
const REG_BEFORE_25 = /\b(?:registration|regn|reg\.?|plates?)[ \t]*(?:no\.?|#|number)?[ \t]*[:#]?[ \t]*$/i;
const SPACED_PLATE_25 = /^\d{1,3}[ -][A-Z]{1,3}[ -]\d{1,6}(?![\w-])/;
/** A plate "1-ABC-447" (digit, three capitals, three digits). */
const DASHED_PLATE_25 = /^[1-9]-[A-Z]{3}-\d{3}(?![\w-])/;
/** Month/year ranges "03/2024-09/2025"; dates with a blank after each dot "28. 10. 2025". */
const MONTH_YEAR_RANGE_25 = /^(0?[1-9]|1[0-2])\/((?:19|20)\d\d)[-\u2013](0?[1-9]|1[0-2])\/((?:19|20)\d\d)(?![\w\/-])/;
const SPACED_DOTS_BEFORE_25 = /(?:^|[^\w.])(\d{1,2})\.[ \t]?(\d{1,2})\.[ \t]$/;
/** Files of 3D scans (intraoral, facial), and cues that make a PDF a picture (a tracing, a scanned sheet, footage). */
const SCAN_FILE_EXTS_25 = ['.stl', '.STL', '.ply', '.PLY'];
const PDF_PICTURE_CUE_25 = /\b(?:tracings?|scanned|ecg|ekg|strips?|footage|photographed|photocopied)\b/i;

/** Stop 16, second wave (ids25): the passes of this block, run from laterCues after idsRound22. */
export function idsRound25(d: Detector): void {
  prefixedIds25(d);
  shapes25(d);
  const rare = d.rare;
  if (rare !== undefined && (rare.has('lic') || rare.has('license') || rare.has('licence'))) licenceAfterState25(d);
  pictureFiles25(d);
  if (rare !== undefined && NATIONAL_LABELS_25.some((w) => rare.has(w))) nationalNumbers25(d, rare);
}

/** Whether the candidates over [s, e) are all generic or typed identifiers (none a phone, a date, a name...). */
export function onlyIds25(d: Detector, s: number, e: number): boolean {
  return !d.someOverlap(s, e, (o) => o.t !== 'OTHER_ID' && o.t !== 'DEVICE' && o.t !== 'HEALTH_PLAN' && o.t !== 'LICENSE' && o.t !== 'MRN' && o.t !== 'ACCOUNT' && o.t !== 'VEHICLE');
}
/** Drops the identifiers inside [s, e) and adds the span. */
export function replaceIds25(d: Detector, s: number, e: number, t: PhiType, p: number): void {
  d.someOverlap(s, e, (o) => {
    if (o.s >= s && o.e <= e && o.t !== t) o.p = -1;
    return false;
  });
  d.add(s, e, t, p);
}

/**
 * A device's or a health plan's number with a model or issuer prefix of capitals before a blank: "receiver CI-R
 * 1188274", "sound processor SP 90-44178", "health plan KPX 447180221", `plan_id=MA-HMO 447182201`. The label word
 * before the prefix types it; the prefix is no label of its own (not a state, "SN", "ID", a register or a word).
 */
function prefixedIds25(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    if (codeAt(v, t.s - 1) !== 32 || !isDigitCode(v.charCodeAt(t.s))) continue;
    const c2 = codeAt(v, t.s - 2);
    if (!(c2 >= 65 && c2 <= 90) && !isDigitCode(c2)) continue;
    // (Cheap first: five digits in the value's run.)
    let nd = 0;
    for (let x = t.s; x < t.s + 24 && x < v.length; x++) {
      const c = v.charCodeAt(x);
      if (isDigitCode(c)) nd++;
      else if (!((c >= 65 && c <= 90) || c === 45 || c === 46)) break;
    }
    if (nd < 5) continue;
    let a = t.s - 1;
    while (a > 0 && t.s - a <= 12) {
      const c = v.charCodeAt(a - 1);
      if ((c >= 65 && c <= 90) || isDigitCode(c) || c === 45) a--;
      else break;
    }
    const pre = v.slice(a, t.s - 1);
    const b = codeAt(v, a - 1);
    if (a > 0 && b !== 32 && b !== 9 && b !== 34 && b !== 39 && b !== 61 && b !== 58) continue;
    if (!/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?$/.test(pre) || (pre.match(/[A-Z]/g)?.length ?? 0) < 2 || pre.length > 10) continue;
    const low = pre.toLowerCase();
    if (STATE_ABBR_SET.has(pre) || ID_WORD_TYPE.has(low) || ID_LABEL_FILL.has(low) || REGISTER_SET_22.has(low) || /(?:^|-)(?:ID|NO|NR|SN|MRN|REF|TEL|DOB)(?:$|-)/.test(pre)) continue;
    if (!pre.includes('-') && d.fl(low) & L.WORD) continue;
    const m = PREFIXED_VALUE_25.exec(v.slice(t.s, t.s + 24));
    // (Five digits at least, no range ("SR 70-80's"); a value in spaced groups is read without the prefix: "UHC 9380 4472 01".)
    if (!m || (m[0].match(/\d/g)?.length ?? 0) < 5 || /^\d{1,3}[-.]\d{1,3}$/.test(m[0])) continue;
    const e = t.s + m[0].length;
    if (codeAt(v, e) === 32 && isDigitCode(codeAt(v, e + 1))) continue;
    let ty = labelWordType(v, a);
    if (ty === undefined && PLAN_BEFORE_25.test(v.slice(Math.max(0, a - 24), a))) ty = 'HEALTH_PLAN';
    if (ty !== 'DEVICE' && ty !== 'HEALTH_PLAN') continue;
    if (!onlyIds25(d, a, e) || d.someCovering(a, e, (o) => o.p >= 0 && o.t === ty)) continue;
    replaceIds25(d, a, e, ty, 80);
  }
}

/** Token shapes: an aircraft's tail number, spaced and dashed plates after a vehicle word, month/year ranges, dates
 * with a blank after each dot. */
function shapes25(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const tail = d.rare?.has('tail') === true;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const len = t.e - t.s;
    const c0 = v.charCodeAt(t.s);
    const a = codeAt(v, t.e);
    const b = codeAt(v, t.s - 1);
    if (tail && c0 === 78 && len <= 8) {
      // "flight tail N447KX".
      if (!TAIL_NUMBER_25.test(t.w) || isWordCode(a) || a === 45 || !TAIL_BEFORE_25.test(v.slice(Math.max(0, t.s - 20), t.s))) continue;
      if (onlyIds25(d, t.s, t.e)) replaceIds25(d, t.s, t.e, 'VEHICLE', 85);
    } else if (len <= 2 && a === 47 && isDigitCode(codeAt(v, t.e + 1)) && (codeAt(v, t.e + 5) === 45 || codeAt(v, t.e + 5) === 0x2013)) {
      // "placement 03/2024-09/2025".
      if (isWordCode(b) || b === 47 || b === 45 || b === 46) continue;
      const m = MONTH_YEAR_RANGE_25.exec(v.slice(t.s, t.s + 16));
      if (!m) continue;
      const y1 = Number(m[2]);
      const y2 = Number(m[4]);
      if (y2 < y1 || y2 - y1 > 30) continue;
      const mid = t.s + (m[1] as string).length + 5;
      const e = t.s + m[0].length;
      if (!d.anyCand(t.s, mid)) d.add(t.s, mid, 'DATE', 88);
      if (!d.anyCand(mid + 1, e)) d.add(mid + 1, e, 'DATE', 88);
    } else if (len === 4 && (c0 === 49 || c0 === 50) && (b === 32 || b === 9) && codeAt(v, t.s - 2) === 46 && !isWordCode(a) && !(a === 46 && isDigitCode(codeAt(v, t.e + 1)))) {
      // "Hospitalised 28. 10. 2025".
      const y = Number(t.w);
      if (y < 1900 || y > 2099) continue;
      const m = SPACED_DOTS_BEFORE_25.exec(v.slice(Math.max(0, t.s - 9), t.s));
      if (!m) continue;
      const day = Number(m[1]);
      const mon = Number(m[2]);
      if (day < 1 || day > 31 || mon < 1 || mon > 12) continue;
      const s0 = t.s - (m[0].length - (/^\d/.test(m[0]) ? 0 : 1));
      if (!d.anyCand(s0, t.e)) d.add(s0, t.e, 'DATE', 88);
    } else if (d.vehicleText && len <= 3 && (a === 32 || a === 45) && isLetterCode(codeAt(v, t.e + 1))) {
      // "Jet-ski registration 07 JS 4471", "his car (1-ABC-447)".
      if (isWordCode(b) || b === 45 || b === 46) continue;
      // (Cheap first: a blank or a hyphen and a digit after one to three letters.)
      let x = t.e + 1;
      while (x < t.e + 4 && isLetterCode(codeAt(v, x))) x++;
      const g = codeAt(v, x);
      if ((g !== 32 && g !== 45) || !isDigitCode(codeAt(v, x + 1))) continue;
      // (Stop 33: not a count with a function word in its middle, "DINNER PLATE 2 OF 3".)
      if (FUNCTION_WORDS.has(v.slice(t.e + 1, x).toLowerCase())) continue;
      const tail9 = v.slice(t.s, t.s + 16);
      const m = DASHED_PLATE_25.exec(tail9) ?? (REG_BEFORE_25.test(v.slice(Math.max(0, t.s - 24), t.s)) ? SPACED_PLATE_25.exec(tail9) : null);
      if (!m) continue;
      const e = t.s + m[0].length;
      if (onlyIds25(d, t.s, e) && !d.someCovering(t.s, e, (o) => o.p >= 0 && o.t === 'VEHICLE')) replaceIds25(d, t.s, e, 'VEHICLE', 85);
    }
  }
}

/** A licence number with a state code between or before its label: "lic NE PT-2817", "VT lic 042.0011872". */
function licenceAfterState25(d: Detector): void {
  const v = d.v;
  for (const t of d.toks) {
    if (t.k !== 'lic' && t.k !== 'license' && t.k !== 'licence') continue;
    const after = v.slice(t.e, t.e + 40);
    let s = -1;
    const m = LIC_STATE_AFTER_25.exec(after);
    if (m && STATE_ABBR_SET.has(m[1] as string)) s = t.e + m[0].length;
    else {
      const sb = STATE_BEFORE_LIC_25.exec(v.slice(Math.max(0, t.s - 6), t.s));
      if (sb && STATE_ABBR_SET.has(sb[1] as string)) s = t.e + (LIC_AFTER_25.exec(after) as RegExpExecArray)[0].length;
    }
    if (s < 0) continue;
    const vm = LICENCE_VALUE_25.exec(v.slice(s, s + 24));
    if (!vm || (vm[0].match(/\d/g)?.length ?? 0) < 4) continue;
    const e = s + vm[0].length;
    if (onlyIds25(d, s, e) && !d.someCovering(s, e, (o) => o.p >= 0 && o.t === 'LICENSE')) replaceIds25(d, s, e, 'LICENSE', 80);
  }
}

/** A 3D scan's file ("KOWAL_B_upper.stl"), a PDF of a tracing, a scanned sheet or footage ("EKG_BK_0913.pdf"). */
function pictureFiles25(d: Detector): void {
  const v = d.v;
  if (d.rare?.has('stl') || d.rare?.has('ply')) for (const x of SCAN_FILE_EXTS_25) for (let p = v.indexOf(x); p >= 0; p = v.indexOf(x, p + 1)) fileAt25(d, p, null);
  if (d.seen & T.PHOTO_EXT) for (const x of ['.pdf', '.PDF']) for (let p = v.indexOf(x); p >= 0; p = v.indexOf(x, p + 1)) fileAt25(d, p, PDF_PICTURE_CUE_25);
}
function fileAt25(d: Detector, p: number, cue: RegExp | null): void {
  const v = d.v;
  if (isWordCode(codeAt(v, p + 4))) return;
  let a = p;
  while (a > 0 && p - a < 80) {
    const c = v.charCodeAt(a - 1);
    if (c >= 128 || !PHOTO_CHARS[c]) break;
    a--;
  }
  if (p - a < 3 || !/[A-Za-z]/.test(v.slice(a, p)) || !/\d|_/.test(v.slice(a, p))) return;
  if (cue !== null && !cue.test(v.slice(Math.max(0, a - 40), a).replace(/_/g, ' '))) return;
  if (d.someCovering(a, p + 4, (o) => o.p >= 0 && o.t === 'PHOTO')) return;
  d.someOverlap(a, p + 4, (o) => {
    if (o.s >= a && o.e <= p + 4 && o.t !== 'PHOTO') o.p = -1;
    return false;
  });
  d.add(a, p + 4, 'PHOTO', 100);
}

/** After a national number's label: "no."/"nr."/"#"/":" and the number in groups ("fodselsnummer 120455 33120",
 * "national register no. 55.02.11-207.44", "birth number 525811/1234", "NID 1985 4417 203318"). */
const NATIONAL_AFTER_25 = /^(?:[ \t]+(?:no|nr|number|num)\.?)?[ \t]*[:#]?[ \t]*(\d{2,8}(?:[ .\/-]\d{1,8}){0,4})(?![\w\/-]|\.\d)/i;
/** The word before "register"/"birth" that makes the label: "national register", "birth number". */
const NATIONAL_WORD_BEFORE_25 = /\b(?:national|nat\.?|rijks)[ \t]+$/i;

/** A national number in groups after its label (OTHER_ID); readings inside it (a date, a phone) give way. */
function nationalNumbers25(d: Detector, rare: Set<string>): void {
  const v = d.v;
  for (const t of d.toks) {
    const k = t.k;
    if (!rare.has(k) || !NATIONAL_LABELS_25.includes(k)) continue;
    let from = t.e;
    if (k === 'register' && !NATIONAL_WORD_BEFORE_25.test(v.slice(Math.max(0, t.s - 12), t.s))) continue;
    if (k === 'birth') {
      // ("birth number", "birth no.": not "date of birth").
      const m = /^[ \t]+(?:number|no\.?|nr\.?)/i.exec(v.slice(t.e, t.e + 10));
      if (!m) continue;
      from = t.e + m[0].length;
    }
    // ("CPR-nr", "rodne cislo", "rodné číslo".)
    const lab = /^(?:-?nr\.?|[ \t]+[cč][ií]slo)/i.exec(v.slice(from, from + 8));
    if (lab) from += lab[0].length;
    const m = NATIONAL_AFTER_25.exec(v.slice(from, from + 48));
    if (!m) continue;
    const g = m[1] as string;
    const nd = g.replace(/\D/g, '').length;
    if (nd < 9 || nd > 14) continue;
    const e = from + m[0].length;
    const s = e - g.length;
    if (d.someOverlap(s, e, (o) => o.p >= 0 && (o.t === 'NAME' || o.t === 'LOCATION' || o.s < s || o.e > e))) continue;
    if (d.someCovering(s, e, (o) => o.p >= 0 && o.t === 'OTHER_ID')) continue;
    replaceIds25(d, s, e, 'OTHER_ID', 85);
  }
}
