// Stop 24: health plan numbers of more countries after their label, written in groups: Brazil's "CNS" or "cartão SUS",
// Spain's "tarjeta sanitaria", Argentina's "obra social" and "afiliado", Colombia's "EPS", Hungary's "TAJ", Austria's
// "SVNR", Kenya's "NHIF" and "SHA", India's "Ayushman card", the Philippines' "PhilHealth" and HMOs, Ontario's "OHIP" with
// words between label and number ("OHIP for Baptiste expired - 4821-553-019-KT"), a plan's "Plan:" or "Member ID".
// The label rules of patterns.ts read the shapes of a few countries; these take the number's groups as written.
// Run after the tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { Cand, Tok } from './words.js';
import type { Detector } from './detector.js';
import { R24, triggers24 } from './triggers24.js';

/** The first words of the labels (lower case), checked on the tokens before the label's pattern is tried. */
export const PLAN_FIRST_24: ReadonlySet<string> = new Set(('cns sus cartao cartão tarjeta obra afiliado osde eps taj svnr nhif sha ' +
  'ayushman pmjay philhealth hmo maxicare ohip plan member tessera ehic versichertennummer kvnr bpjs jkn').split(' '));
/** The label, then up to 32 characters that hold no line's end and no sentence's end (a name, "expired -", "(Arjun)", "no.
 * of head:"), then the number: maybe a prefix of capitals, then groups of digits and capitals, six digits at least (checked
 * after). */
const PLAN_24 = new RegExp(
  '(?:cns|cart[aã]o[ \\t]+(?:sus|nacional[ \\t]+de[ \\t]+sa[uú]de)|sus|tarjeta[ \\t]+sanitaria(?:[ \\t]+individual)?|obra[ \\t]+social|afiliado|osde|eps|taj|svnr|nhif|sha|ayushman(?:[ \\t]+(?:bharat|card))*|pmjay|philhealth|hmo|maxicare|ohip(?:[ \\t]+card)?|plan|member[ \\t]+id|tessera[ \\t]+sanitaria|ehic|versichertennummer|kvnr|bpjs|jkn)' +
    '\\b([^\\n.;]{0,32}?)(?<![\\p{L}\\d])((?:[A-Z]{2,5}[ -])*(?:[A-Z]{2,5}[ -]?)?\\d[\\dA-Z]*(?:[ -][\\dA-Z]{1,8}){0,5})(?![\\p{L}\\d]|[-/][\\p{L}\\d])',
  'iuy',
);

export function healthPlans24(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of triggers24(d, R24.PLAN)) {
    const t = toks[i] as Tok;
    PLAN_24.lastIndex = t.s;
    const m = PLAN_24.exec(v);
    if (!m) continue;
    // (The pattern reads letters in any case: a group in lower case ends the number, "4821-553-019-KT on file", but two
    // letters of a version code after digits, "6648 213 907 kt"; a group of capitals after the number is the next word in
    // capitals, unless two letters end it.)
    const parts = (m[2] as string).split(/(?=[ -])/);
    let kept = 0;
    for (const part of parts) {
      const w = part.replace(/^[ -]/, '');
      if (/[a-z]/.test(w) && !(kept > 0 && /^[a-z]{2}$/.test(w) && /\d$/.test(parts[kept - 1] as string))) break;
      kept++;
    }
    let g = parts.slice(0, kept).join('');
    // (In capitals a small word on either side is the sentence's: "CARD AB-4102-7736-9915 IS LINKED", "SHA NO SHA-0334".)
    g = g.replace(/[ -][A-Z]{3,}$/, '').replace(/[ -](?:IS|ON|IN|AT|TO|OF|OR|AS|BY|NO)$/, '').replace(/^(?:NO|IS|OF)[ -](?=\S)/, '');
    const digits = g.replace(/\D/g, '').length;
    if (digits < 6 || g.length > 28) continue;
    // The words between label and number hold no other number's label, and no digit group of their own but a list's ("no. 3").
    const gap = m[1] as string;
    if (/\b(?:phone|tel|fax|mobile|account|acct|mrn|dob|born|date|ref|invoice|room|bed)\b/i.test(gap)) continue;
    const s = t.s + m[0].length - (m[2] as string).length + (m[2] as string).indexOf(g);
    const e = s + g.length;
    // A date or a phone read there by the label's cue is the plan's number; another identifier's reading is left alone.
    if (d.someOverlap(s, e, (c: Cand) => c.t !== 'PHONE' && c.t !== 'DATE' && c.t !== 'OTHER_ID' && c.t !== 'LOCATION' && c.t !== 'NAME')) continue;
    d.add(s, e, 'HEALTH_PLAN', 86);
  }
}
