// Ages over 89 after a name (stop 18), in measure columns (stop 20) and after a birth date (stop 19).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { codeAt } from './text.js';
import { type Cand, isDigitCode, type Tok } from './words.js';
import type { Detector } from './detector.js';

/** After a name, in its row or its sentence: a cell, a comma, a slash, a dash, blanks or a bracket, then the age. (Stop 25:
 * also after a nickname's closing bracket and a comma, "Geertruida (Trudy), 94" (not a quote's: a row of a CSV file,
 * '"Brackenbury, Ivo",90', where a count or a room follows as often), and before a line's end, "LIU
 * Guiying, F, 90⏎"; not before "!", which cheers a score as often: "Emma Ward, 100!". Stop 34: also after a word or two
 * in brackets and a comma or a dash, "Sufia Khatun (mother), 90,", "Jay (Delaware County) - 90"; and a verb after a comma,
 * "Zewditu Mekonnen, said to be 101,". Stop 35: a death's age after a name in a pedigree or a history, "Chaya Rosenzweig
 * (nee Perlmutter) d. 94", "Agnes Byrne died at 97", and the Polish "l." (lat) after the age, "Kowalska | 92 l.".) */
const AGE_AFTER_NAME_18 = /^(?:\)(?=[ \t]*,)|[ \t]*\(\p{L}[\p{L} .'-]{0,22}\)(?=[ \t]*[,–-]|[ \t]+(?:d\.|died[ \t]+(?:at|aged))[ \t]))?(?:[ \t]*[,\/|;\t][ \t]*(?:[mfMF]|male|female|man|woman)(?=[ \t]*[,\/|;\t]))?(?:[ \t]*[|,\/;\t–-][ \t]*"?|[ \t]{2,}|[ \t]*\([ \t]*|,?[ \t]+(?:is|was|turned|turns|now|aged?|said[ \t]+to[ \t]+be|d\.|died[ \t]+(?:at|aged))[ \t]+)(9\d|1[01]\d|12[0-5])(?:(?:[fmFMyY]|y\/o|yo|yrs?|YRS?)(?![\w\/])|[ \t]+(?:years?|yrs?|y\/o|yo|aar|år|ar|ani|lat|jaar|jahre|años|anos|ans|anni|ετών|yaş)\b|[ \t]+l\.(?=[ \t,;]|$)|(?=[ \t]*(?:[|,;\t()\/.]|\r?\n|[ \t]-[ \t]|[ \t]{2,}|and\b|$)))/iu;
/** (Stop 37) A cell's or a comma's break after a name, maybe an identifier's label word, up to the identifier. */
const ID_CELL_AFTER_NAME_37 = /^(?:[ \t]*[,|;\t][ \t]*|[ \t]{2,})(?:[A-Za-z]{2,6}\.?(?:[ \t]*(?:no|NO|nr|NR)\.?)?[ \t]*[:#]?[ \t]*)?(?=[A-Za-z0-9])/;
/** (Stop 37) The kinds of a person's identifier in a row. */
const ID_KINDS_37 = new Set(['OTHER_ID', 'MRN', 'SSN', 'HEALTH_PLAN', 'ACCOUNT', 'LICENSE']);
/** What makes the number no age: a unit or a decimal after it. */
const NOT_AGE_AFTER_18 = /^[ \t]*(?:%|kg|lbs?|cm|mm|mg|ml|bpm|mmhg|\/\d|[.:,]\d)/i;

export function agesAfterNames18(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  // (Cheap first: a number token of 90 to 125 somewhere.)
  let any = false;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const len = t.e - t.s;
    const c = v.charCodeAt(t.s);
    if ((len >= 2 && len <= 6 && c === 57) || (len >= 3 && len <= 7 && c === 49 && v.charCodeAt(t.s + 1) <= 50)) {
      any = true;
      break;
    }
  }
  if (!any) return;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || c.t !== 'NAME') continue;
    let from = c.e;
    let m = AGE_AFTER_NAME_18.exec(v.slice(c.e, c.e + 24));
    if (!m) {
      // (Stop 37: after the name's identifier in its row, "Tan Ah Kow, NRIC S0055512Z, 91", "MOGENSEN  120331-0000  94
      // aar": a cell or a comma, maybe a label's word, the identifier, then the age as after the name.)
      const l = ID_CELL_AFTER_NAME_37.exec(v.slice(c.e, c.e + 24));
      if (l === null) continue;
      const q = c.e + l[0].length;
      let idEnd = -1;
      d.someOverlap(q, q + 1, (o) => {
        if (o.s === q && ID_KINDS_37.has(o.t) && o.e > idEnd) idEnd = o.e;
        return false;
      });
      if (idEnd < 0) continue;
      m = AGE_AFTER_NAME_18.exec(v.slice(idEnd, idEnd + 24));
      if (!m) continue;
      from = idEnd;
    }
    const g = m[1] as string;
    const s = from + m[0].indexOf(g, m[0].search(/\d/));
    const e = s + g.length;
    if (NOT_AGE_AFTER_18.test(v.slice(e, e + 8)) || isDigitCode(codeAt(v, s - 1)) || d.anyCand(s, e) || inMeasureCell20(d, s, e)) continue;
    d.add(s, e, 'AGE_OVER_89', 72);
  }
  // (Stop 19: the age right after a date of birth, "DOB 06/30/1934 (91)", "born 02.03.1931, 94 y".)
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || c.t !== 'DATE' || c.e - c.s < 6 || !BIRTH_BEFORE_19.test(v.slice(Math.max(0, c.s - 16), c.s))) continue;
    const m = AGE_AFTER_BIRTH_19.exec(v.slice(c.e, c.e + 16));
    if (!m) continue;
    const g = (m[1] ?? m[2]) as string;
    const s = c.e + m[0].indexOf(g);
    if (!d.anyCand(s, s + g.length)) d.add(s, s + g.length, 'AGE_OVER_89', 72);
  }
}
/** Whether s..e lies in a number of a column headed by a measure (see ageColumn20). */
function inMeasureCell20(d: Detector, s: number, e: number): boolean {
  const mc = d.measureCells;
  if (mc === undefined) return false;
  for (let k = 0; k < mc.length; k += 2) if ((mc[k] as number) < e && (mc[k + 1] as number) > s) return true;
  return false;
}

/** A date of birth's cue right before the date. */
const BIRTH_BEFORE_19 = /(?:^|[^\p{L}])(?:dob|d\.o\.b\.?|born|birth(?:[ \t]*date)?|b\.|date[ \t]+of[ \t]+birth|geb\.?|n[ée]e?[ \t]+le|fecha[ \t]+de[ \t]+nacimiento)[ \t]*[:#-]?[ \t]*$/iu;
/** An age after a date of birth: in brackets, or after a comma, maybe with a unit of years. */
const AGE_AFTER_BIRTH_19 = /^(?:[ \t]*\([ \t]*(9\d|1[01]\d)[ \t]*(?:y|yo|y\/o|yrs?|years?(?:[ \t]+old)?)?[ \t]*\)|[ \t]*,[ \t]*(?:aged?[ \t]+)?(9\d|1[01]\d)(?:[ \t]*(?:y|yo|y\/o|yrs?|years?(?:[ \t]+old)?))?(?![\w\/.:%]))/i;
