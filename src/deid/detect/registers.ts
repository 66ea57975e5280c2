// Stop 16 (ids22): professional registers, machine dates, joined date ranges, check-digit national numbers.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { codeAt } from './text.js';
import { type Cand, isWordCode, type Tok } from './words.js';
import type { Detector } from './detector.js';
import { looksLikeDate } from './shapes.js';
import { REGISTERS_22 } from './id-words.js';
import { labelWordType } from './id-labels.js';
import { STATE_ABBR_SET } from './vocabulary.js';

/** Short register labels read only after a comma in a signature: "Ines Rocha, OM 40127" (Ordem dos Medicos), "MN"/"MP"
 * (Argentine matricula nacional/provincial), "bar no." (an attorney's), "DL" (a driver's licence in capitals). */
const SHORT_REGISTERS_22 = ['om', 'mn', 'mp', 'bar', 'dl'];
/** Trigger words of this block (on the rare-word bit T.NHS). */
export const RARE_22 = [...REGISTERS_22, ...SHORT_REGISTERS_22];
export const REGISTER_SET_22 = new Set(REGISTERS_22);
const RARE_SET_22 = new Set(RARE_22);
/** The label before a register number: its acronym, an optional "reg."/"no."/"#", an optional state code. (Stop 34: the
 * label's word capitalized or in capitals too, "SLMC Reg. 18234": the acronym was read as "Reg", which no register is.) */
const REGISTER_BEFORE_22 = /(?:^|[^\w.])([A-Za-z]{2,7})\.?(?:[ \t]+(?:[Rr]eg(?:istration)?|REG(?:ISTRATION)?|[Rr]egn|REGN|[Nn]o|NO|[Nn]r|NR|[Nn]umber|NUMBER|#)\.?)?[ \t]*[:#]?[ \t]*(?:([A-Z]{2})[ \t]+)?$/;
/** A driver's licence after "DL": capitals and digits, maybe in groups joined by hyphens (stop 34). */
const DL_VALUE_34 = /^[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,19}(?![\w\/-])/;
/** A register number: digits, maybe a letter prefix, hyphens or dots between digit groups. */
const REGISTER_VALUE_22 = /^(?:[A-Z]{1,3}-?)?\d(?:\d|[-.\/](?=\d)){3,14}(?![\w\/-]|\.\d)/;

/** Stop 16 (ids22): the passes of this block, run from laterCues after idsTyped18. */
export function idsRound22(d: Detector): void {
  const rare = d.rare;
  if (rare !== undefined && registersNear22(d, rare)) registerNumbers22(d);
  clinicianRegisters34(d);
  machineDates22(d);
  tokenShapes22(d);
  // (The segment's tag is a rare word: the text is scanned for "COM+" only when the token "COM" occurs.)
  if (d.rare?.has('com') && d.v.includes('COM+')) edifactContacts22(d);
}

/** An EDIFACT communication segment: "COM+0161 555 0100:TE'" (TE phone, FX fax, AL mobile, EM e-mail is found elsewhere). */
const EDIFACT_COM_22 = /^COM\+([+0-9][0-9 ()\/-]{5,22}[0-9]):(TE|FX|AL|TL)'/;

/** The number of an EDIFACT COM segment, typed by its qualifier; a generic identifier read in it gives way. */
function edifactContacts22(d: Detector): void {
  const v = d.v;
  for (let p = v.indexOf('COM+'); p >= 0; p = v.indexOf('COM+', p + 4)) {
    if (isWordCode(codeAt(v, p - 1))) continue;
    const m = EDIFACT_COM_22.exec(v.slice(p, p + 34));
    if (!m) continue;
    const g = m[1] as string;
    if ((g.match(/\d/g)?.length ?? 0) < 7) continue;
    const s = p + 4;
    const e = s + g.length;
    if (d.someOverlap(s, e, (o) => o.t !== 'OTHER_ID' && o.t !== 'PHONE' && o.t !== 'FAX')) continue;
    d.someOverlap(s, e, (o) => {
      if (o.t === 'OTHER_ID') o.p = -1;
      return false;
    });
    d.add(s, e, m[2] === 'FX' ? 'FAX' : 'PHONE', 104);
  }
}

/** The words of a registration's label (stop 34). */
const REG_WORDS_34 = new Set(['reg', 'regn', 'registration']);
/** A clinician on the line before a registration's label: a title, a credential or a clinician's word. */
const CLINICIAN_ON_LINE_34 = /(?:^|[^\p{L}])(?:(?:Dr|Dra|Prof)\.?[ \t]|(?:MD|DM|MBBS|MBChB|MS|MCh|MRCP|FRCP|FRCS|FRACP|RN|RPh|PharmD)\b|(?:consultant|physician|surgeon|pharmacist|doctor|medical officer|clinical officer|pegawai perubatan|m[ée]dic[oa])\b)/iu;
/** The label right before the number: an acronym of capitals and "Reg."/"Registration" (maybe "No."), or an acronym and
 * "No." ("TCMC Reg. 61024", "MMC No. 55821"). */
const REG_LABEL_34 = /(?:^|[ \t(,;])([A-Z]{2,6})[ \t]+(?:(?:[Rr]eg(?:istration|n)?|REG(?:ISTRATION|N)?)\.?(?:[ \t]*(?:[Nn]o|NO|[Nn]r|NR)\.?)?|(?:[Nn]o|NO)\.)[ \t]*[:#]?[ \t]*$/;

/**
 * Stop 34: a clinician's registration number after the acronym of a council that no list holds, and "Reg." or "No.", on
 * a line that names a clinician: "Dr Reshmi Nair, MD (Geriatrics)  TCMC Reg. 61024", "Dr Siti Othman, Pegawai Perubatan,
 * MMC No. 55821". Registers are many (every state, country and profession has its own); the label's word and the
 * clinician say what the number is. Only where no rule read the number.
 */
function clinicianRegisters34(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  // (Stop 35: a text typed in lower case is read in capitals, "dr. anil kurian md dm (tcmc reg 45127)"; the acronym must
  // be no word there, everyday, function or clinical: not "the reg 45127".)
  const lower = d.lowerTyped;
  let u: string | undefined;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const n = t.e - t.s;
    if (n < 4 || n > 8 || i < 2 || !/^\d+$/.test(t.w) || isWordCode(codeAt(v, t.e)) || codeAt(v, t.e) === 47 || codeAt(v, t.e) === 45) continue;
    const p = toks[i - 1] as Tok;
    const pp = toks[i - 2] as Tok;
    if (!REG_WORDS_34.has(p.k) && !REG_WORDS_34.has(pp.k) && p.k !== 'no' && p.k !== 'nr') continue;
    const from = Math.max(0, t.s - 40);
    const m = REG_LABEL_34.exec((lower ? (u ??= d.upperView()) : v).slice(from, t.s));
    if (m === null || d.anyCand(t.s, t.e)) continue;
    // (After "No." alone, a council's or a board's acronym: "MMC No.", not "OPD No. 1234", a clinic's record.)
    const acr = m[1] as string;
    if (!/reg/i.test(m[0]) && !/[CB]$/.test(acr)) continue;
    if (lower && !d.lowerCodeValue(acr.toLowerCase())) continue;
    // (The line's start, or 160 characters back: looked for over those only.)
    let ls = t.s;
    while (ls > 0 && t.s - ls < 160 && v.charCodeAt(ls - 1) !== 10) ls--;
    if (!CLINICIAN_ON_LINE_34.test(v.slice(ls, t.s - m[0].length + m[0].indexOf(acr)))) continue;
    d.add(t.s, t.e, 'LICENSE', 72);
  }
}

/** Whether a register's acronym is in the text; the short ones in the form their rule reads ("DL" in capitals, ", OM "). */
function registersNear22(d: Detector, rare: Set<string>): boolean {
  if (REGISTERS_22.some((w) => rare.has(w))) return true;
  const v = d.v;
  return (rare.has('dl') && v.includes('DL ')) || (rare.has('bar') && /\bbar[ \t]*(?:no|nr|number|#)/i.test(v)) ||
    ((rare.has('om') || rare.has('mn') || rare.has('mp')) && (v.includes(', OM ') || v.includes(', MN ') || v.includes(', MP ')));
}

/**
 * A number after the acronym of a professional register: "Dr Nadeesha Silva, Consultant Paediatrician, SLMC 23311",
 * "Valvira reg. 100447215", "(GLN 7601000123456)"; the short labels only after a comma (", OM 40127",
 * ", MN 128834"), "bar no. TX 24401877", "DL OH TS118-447-201". It outranks a generic identifier; another kind stays.
 */
/**
 * The number tokens after a blank, a colon or "#" with a trigger word among the `back` tokens before them (no farther
 * than `gap` characters): the numbers a label of registers may own (registerNumbers22, councils28).
 */
export function numbersAfterTrigger(d: Detector, back: number, gap: number, trigger: (o: Tok) => boolean): Tok[] {
  const v = d.v;
  const toks = d.toks;
  const out: Tok[] = [];
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const b = codeAt(v, t.s - 1);
    if (b !== 32 && b !== 9 && b !== 58 && b !== 35) continue;
    for (let j = i - 1; j >= i - back && j >= 0; j--) {
      const o = toks[j] as Tok;
      if (t.s - o.e > gap) break;
      if (trigger(o)) {
        out.push(t);
        break;
      }
    }
  }
  return out;
}

function registerNumbers22(d: Detector): void {
  const v = d.v;
  for (const t of numbersAfterTrigger(d, 3, 24, (o) => RARE_SET_22.has(o.k))) {
    const m = REGISTER_BEFORE_22.exec(v.slice(Math.max(0, t.s - 28), t.s));
    if (!m) continue;
    const acr = m[1] as string;
    const k = acr.toLowerCase();
    let ok = REGISTER_SET_22.has(k);
    if (!ok && SHORT_REGISTERS_22.includes(k)) {
      const acStart = t.s - m[0].length + m[0].indexOf(acr);
      const lead = v.slice(Math.max(0, acStart - 3), acStart);
      if (k === 'bar') ok = /^bar(?:[ \t]+(?:no|nr|number|#)\.?|[ \t]*#)/i.test(v.slice(acStart, t.s));
      else if (k === 'dl') ok = acr === 'DL' && (m[2] !== undefined || /[A-Z-]/.test(v.slice(t.s, t.e + 8)));
      else ok = acr === acr.toUpperCase() && /,[ \t]*$/.test(lead);
    }
    // (Stop 34: a state's code before "DL", "WA DL ALTAMXC123PB", "MD DL D-520-118-447-902"; and after "DL" the state's own
    // shapes, which may open with more letters than a register's number: Washington's holds seven. "DL" after a label's
    // colon is the label, whatever word the pattern took for the acronym: "ID checked: DL ALTAMXC123PB".)
    const dl = (acr === 'DL' && ok) || (m[2] === 'DL' && (STATE_ABBR_SET.has(acr) || /[:#][ \t]*DL[ \t]+$/.test(m[0])));
    if (dl) ok = true;
    if (!ok) continue;
    const s = t.s;
    const vm = (dl ? DL_VALUE_34 : REGISTER_VALUE_22).exec(v.slice(t.s, t.s + 24));
    if (!vm) continue;
    const g = vm[0];
    if ((g.match(/\d/g)?.length ?? 0) < (dl ? 3 : 4) || looksLikeDate(g)) continue;
    const e = t.s + g.length;
    if (d.someOverlap(s, e, (o) => o.t !== 'OTHER_ID' && o.t !== 'LICENSE' && o.t !== 'PHONE')) continue;
    d.someOverlap(s, e, (o) => {
      if (o.t === 'OTHER_ID') o.t = 'LICENSE';
      return false;
    });
    d.add(s, e, 'LICENSE', 104);
  }
}

function validYmd22(y: number, mo: number, da: number): boolean {
  return y >= 1900 && y <= 2099 && mo >= 1 && mo <= 12 && da >= 1 && da <= 31;
}

/**
 * Dates in machine records read as generic identifiers: a compact timestamp "202402110930" (EDIFACT DTM, HL7 fields: the
 * date is its first eight digits), a FileMan date between carets "^2450611^" (year - 1700, month, day), and an EDIFACT
 * interchange date "+240211:0930+" (yymmdd before a time).
 */
function machineDates22(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || c.t !== 'OTHER_ID') continue;
    const len = c.e - c.s;
    if (len !== 7 && len !== 12 && len !== 14) continue;
    const w = v.slice(c.s, c.e);
    if (!/^\d+$/.test(w)) continue;
    if (len === 7) {
      // FileMan: between carets (a MUMPS global or a VistA record), or followed by ".hhmm".
      if (codeAt(v, c.s - 1) !== 94 || (codeAt(v, c.e) !== 94 && codeAt(v, c.e) !== 46)) continue;
      const y = 1700 + Number(w.slice(0, 3));
      if (!validYmd22(y, Number(w.slice(3, 5)), Number(w.slice(5, 7)))) continue;
      c.t = 'DATE';
      continue;
    }
    if (!validYmd22(Number(w.slice(0, 4)), Number(w.slice(4, 6)), Number(w.slice(6, 8)))) continue;
    if (Number(w.slice(8, 10)) > 23 || Number(w.slice(10, 12)) > 59 || (len === 14 && Number(w.slice(12, 14)) > 59)) continue;
    if (labelWordType(v, c.s) !== undefined) continue;
    c.p = -1;
    d.add(c.s, c.s + 8, 'DATE', 90);
  }
}

/** Two dates of one shape joined by a hyphen: "03.02.2024-09.02.2024", "3/2/24-9/2/24". */
const JOINED_DATES_22 = /^(\d{1,2})([.\/])(\d{1,2})\2(\d{2}|\d{4})-(\d{1,2})\2(\d{1,2})\2(\d{2}|\d{4})(?![\w\/-]|\.\d)/;

function dayMonth22(a: string, b: string): boolean {
  const x = Number(a);
  const y = Number(b);
  return x >= 1 && y >= 1 && ((x <= 31 && y <= 12) || (x <= 12 && y <= 31));
}

/** Thai national ID check: 13 digits, the last is (11 - sum of digit x weight 13..2) mod 11, mod 10. */
function thaiIdOk22(ds: string): boolean {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(ds[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(ds[12]);
}

/**
 * Shapes read from a number token: joined date ranges (JOINED_DATES_22), an EDIFACT interchange date, and the Thai national
 * ID in its printed groups "1 1020 04457 12 3" when its check digit holds.
 */
function tokenShapes22(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const a = codeAt(v, t.e);
    const len = t.e - t.s;
    if ((a === 46 || a === 47) && len <= 2) {
      // (Cheap first: the same separator two or three characters on, a hyphen after the first date.)
      if (codeAt(v, t.e + 2) !== a && codeAt(v, t.e + 3) !== a) continue;
      const h = t.e + 4;
      if (codeAt(v, h + 1) !== 45 && codeAt(v, h + 2) !== 45 && codeAt(v, h + 3) !== 45 && codeAt(v, h + 4) !== 45) continue;
      const b = codeAt(v, t.s - 1);
      if (isWordCode(b) || b === 46 || b === 47 || b === 45) continue;
      const m = JOINED_DATES_22.exec(v.slice(t.s, t.s + 24));
      if (!m || !dayMonth22(m[1] as string, m[3] as string) || !dayMonth22(m[5] as string, m[6] as string)) continue;
      // (Years of four digits, the second not before the first; two-digit years only when equal: "3.2.40-9.7.41" is a version.)
      const y1 = m[4] as string;
      const y2 = m[7] as string;
      if (y1.length !== y2.length || (y1.length === 2 ? y1 !== y2 : Number(y2) < Number(y1) || Number(y2) - Number(y1) > 5)) continue;
      const mid = t.s + (m[1] as string).length + (m[3] as string).length + (m[4] as string).length + 2;
      const e = t.s + m[0].length;
      if (!d.someOverlap(t.s, mid, (o) => o.t === 'DATE' && o.s <= t.s && o.e >= mid)) d.add(t.s, mid, 'DATE', 90);
      if (!d.someOverlap(mid + 1, e, (o) => o.t === 'DATE' && o.s <= mid + 1 && o.e >= e)) d.add(mid + 1, e, 'DATE', 90);
      continue;
    }
    if (a === 58 && len === 6 && codeAt(v, t.s - 1) === 43) {
      // EDIFACT UNB: "+240211:0930+".
      if (!/^\d{6}:(?:[01]\d|2[0-3])[0-5]\d(?!\d)/.test(v.slice(t.s, t.s + 11))) continue;
      const w = v.slice(t.s, t.e);
      if (!validYmd22(2000 + Number(w.slice(0, 2)), Number(w.slice(2, 4)), Number(w.slice(4, 6)))) continue;
      if (!d.someOverlap(t.s, t.e, (o) => o.t === 'DATE')) d.add(t.s, t.e, 'DATE', 90);
      continue;
    }
    if (a === 32 && len === 1 && codeAt(v, t.e + 5) === 32 && codeAt(v, t.e + 11) === 32 && codeAt(v, t.e + 14) === 32) {
      const g = v.slice(t.s, t.s + 17);
      if (!/^\d \d{4} \d{5} \d{2} \d$/.test(g) || isWordCode(codeAt(v, t.s + 17)) || isWordCode(codeAt(v, t.s - 1))) continue;
      if (!thaiIdOk22(g.replace(/ /g, ''))) continue;
      if (d.someOverlap(t.s, t.s + 17, (o) => o.t !== 'OTHER_ID')) continue;
      const ty = labelWordType(v, t.s);
      d.add(t.s, t.s + 17, ty === undefined || ty === 'SSN' || ty === 'PHONE' ? 'OTHER_ID' : ty, 62);
    }
  }
}
