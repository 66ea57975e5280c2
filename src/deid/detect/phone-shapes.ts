// Stop 24: phone numbers of other countries written without a label ("Swish him money for taxis: 070-555 31 92",
// "Partner informed at 06 55 50 12 34", "Dr Chiara Bellandi, GMC 7201448, 01642 496 0218"). A national number opens with
// its trunk prefix, a zero, and is written in groups; nine to twelve digits in groups after a zero are seldom anything
// else in a note, and the label rules need a label. Run after the tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { Tok } from './words.js';
import type { Detector } from './detector.js';

/** A national number: a zero and its area's digits, then two to four groups of two to four digits parted by one blank
 * or a hyphen ("01642 496 0218", "06 55 50 12 34", "070-555 31 92"); or an area's code in brackets, then groups
 * ("(88) 9 5555-0192"). */
// (Stop 35: or a British area's code of five or six digits and the local number in one group, "015395 55017",
// "01642 496021" (not "030458 47310", a Norwegian birth number); or, in brackets, eight digits in two groups of four, "(6555 0147)", a number with no trunk prefix.)
const NATIONAL_24 = /(?:0\d{1,4}(?:[ -]\d{2,4}){2,4}|01\d{3,4} \d{5,6}|\(0?\d{2,3}\)[ ]?\d{1,5}(?:[ -]\d{3,5}){1,2}|\([2-9]\d{3}[ -]\d{4}(?=\)))(?![\d\p{L}]|[.,]\d|[ -]\d)/uy;
/** Labels of other numbers before it: the number is theirs ("NHS 943 555 0650", "batch 0123 4567 89", "acct 0045 ..."). */
const OTHER_LABEL_24 = /\b(?:nhs|nhi|mrn|id|ids|no|nr|acct|account|policy|member|claim|batch|lot|serial|ref|reference|case|medicare|medicaid|ssn|sin|passport|licen[cs]e|reg|registration|iban|sort|bsb|routing|card|bank|invoice|order|tracking|pin|code|isbn|doi|grid|cpr|pnr|bsn|nif|nie|dni|cnp|pesel|omang|nic|cc|ti|curp|rut|cpf|cns|sus|utente|sns|amka|egn|jmbg|tfn|ird|ndc|rx|upc|gtin|udi|unit|units|ticket|items?|specimen|sample|s\/n)[.:#]*[ \t]*$/i;
/** A fax's word before it. */
const FAX_BEFORE_24 = /\bfax\b[^\n]{0,20}$/i;

export function phonesByShape24(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const xi of d.xIdx) {
    const t = toks[xi] as Tok;
    // (Cheap first: a token of digits that opens with a zero, or after an opening bracket.)
    const c0 = v.charCodeAt(t.s);
    const bracket = t.s > 0 && v.charCodeAt(t.s - 1) === 40;
    if (c0 !== 48 && !bracket) continue;
    // (Stop 35: a national number in brackets, "(070-555 41 88)", is read from its zero; the area's code in brackets from
    // the bracket, "(88) 9 5555-0192".)
    let s = bracket ? t.s - 1 : t.s;
    if (s > 0 && /[\p{L}\d+\/.:,-]/u.test(v.charAt(s - 1))) continue;
    NATIONAL_24.lastIndex = s;
    let m = NATIONAL_24.exec(v);
    if (!m && bracket && c0 === 48) {
      s = t.s;
      NATIONAL_24.lastIndex = s;
      m = NATIONAL_24.exec(v);
    }
    if (!m) continue;
    let text = m[0];
    // (Eight digits alone in brackets: the number without its brackets.)
    const eight = /^\(\d{4}[ -]\d{4}$/.test(text) && v.charCodeAt(s + text.length) === 41;
    if (eight) {
      s++;
      text = text.slice(1);
    }
    const digits = text.replace(/\D/g, '').length;
    if (digits < (eight ? 8 : 9) || digits > 12) continue;
    const e = s + text.length;
    if (d.anyCand(s, e)) continue;
    // A longer number's groups ("Carte Vitale 2 91 05 59 350 047 12"): a digit right before, past a blank.
    let q = s - 1;
    while (q >= 0 && v.charCodeAt(q) === 32) q--;
    if (q >= 0 && q < s - 1 && v.charCodeAt(q) >= 48 && v.charCodeAt(q) <= 57) continue;
    // Times of day in a row ("0800 1200 1600 2000") are a schedule.
    const groups = text.split(/[ -]/);
    if (groups.every((g) => /^(?:[01]\d|2[0-3])[0-5]\d$/.test(g))) continue;
    // A date and a time ("01 12 2024 0830"), a time and vitals ("0800 132 78 96"), a series that rises by one step
    // ("05 10 15 20 25", "01 02 03 04 05") or opens with "00" ("00 15 30 45 60") are no phone.
    if (/^\d{2} \d{2} (?:19|20)\d{2}\b/.test(text)) continue;
    // (Stop 35: readings are from 10 to 300, not "0312 555 00 12", a Turkish number.)
    if (/^(?:[01]\d|2[0-3])[0-5]\d$/.test(groups[0] as string) && groups.slice(1).every((g) => g.length <= 3 && g.length >= 2 && g[0] !== '0' && Number(g) <= 300)) continue;
    if (groups[0] === '00') continue;
    const nums = groups.map(Number);
    if (nums.length >= 3 && nums.every((n, x) => x === 0 || n - (nums[x - 1] as number) === (nums[1] as number) - (nums[0] as number)) && (nums[1] as number) > (nums[0] as number)) continue;
    // A drug's code in its own shape ("0003-0894-21": four, four and two digits, or five, three or four, and one or two).
    if (/^\d{4}-\d{4}-\d{2}$|^\d{5}-\d{3,4}-\d{1,2}$/.test(text)) continue;
    // A unit or a count after it is a measure's; a label before it another number's.
    if (/^[ \t]*(?:mg|mcg|ml|g|kg|units?|iu|x|mmol|%)\b/i.test(v.slice(e, e + 8))) continue;
    const before = v.slice(Math.max(0, s - 24), s);
    if (OTHER_LABEL_24.test(before)) continue;
    d.add(s, e, FAX_BEFORE_24.test(before) ? 'FAX' : 'PHONE', 62);
  }
}
