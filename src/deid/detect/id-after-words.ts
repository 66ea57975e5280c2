// Stop 25: an identifier right after a word that names a record, a case or a document and its number ("police case CRB
// 771/2026", "slip no. HP-8831/25", "NRC: 555401/82/1", "A-number A000-417-552", "Petition No.
// 26 JD 01447", "NI number QQ 12 34 56 C"), when no rule read it. Registers, courts, police and social services number
// their files in shapes of their own; the word before says what it is. Run after the tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { Detector } from './detector.js';
import { isLetterCode, type Tok } from './words.js';
import { R24, triggers24 } from './triggers24.js';

/**
 * A record's word and its number's word right before the code, then a blank, a colon, "#" or "=" (and maybe a quote):
 * "case no.", "slip no.", "incident number", "police report", "hearing file", "A-number", "NRC", "NI number",
 * "reference is"; stop 34: "ref" and "reference" alone ("Crime ref: 06/GG/114720/26", "Coronial reference: COR 2026
 * 005173"), "nos." before a list of codes. Words that also name a kind of document or a form ("form", "letter", "referral", "register") count
 * only with their number's word ("form no.": not "form SSA-3368", "USCIS FORM I-693"). Not a help desk's ticket, which
 * numbers a fault, not a person (generalise6's tests).
 */
const ID_WORDS_BEFORE_25 = new RegExp('(?:' + [
  '(?:case|file|slip|petition|incident|hearing|household|folder|cluster|complaint|blotter|campaign|trip|' +
    'confirmation|ref\\.?|reference)(?:[ \\t]*(?:nos?\\.?|numbers?|nr\\.?|num\\.?|#|id|ref\\.?))?',
  '(?:form|register|registration|letter|referral|staff|employee|family|tb|insurance|claim|permit|receipt|voucher|' +
    'application|appeal|authori[sz]ation|auth)[ \\t]*(?:nos?\\.?|numbers?|nr\\.?|num\\.?|#)',
  'police[ \\t]+(?:case|report|ref(?:erence)?|intimation)(?:[ \\t]*(?:no\\.?|number))?',
  'a-?(?:number|no\\.?)', 'nid', 'nrc', 'crn(?:[ \\t]*\\([^)\\n]{1,20}\\))?', 'fir', 'nino', 'ni[ \\t]+(?:no\\.?|number)',
  'national[ \\t]+(?:id|insurance)(?:[ \\t]+(?:no\\.?|number))?', 'reference[ \\t]+is', 'ref\\.?[ \\t]+no\\.?',
  'aktenzeichen', 'ruj\\.?[ \\t]+kami', 'rodne[ _]cislo',
].join('|') + ')(?:[ \\t]*[:#=][ \\t]*|[ \\t]+)["\']?(?=[A-Z0-9])', 'iuy');
/** The first words of those labels, in lower case: the label is tried only at a token that is one of them (found in the
 * one pass of triggers24.ts, no scan of the text for every label). */
export const ID_WORD_TRIGGERS_25: ReadonlySet<string> = new Set(('case file slip petition incident hearing household folder cluster ' +
  'complaint blotter campaign trip confirmation form register registration letter referral staff employee family tb ' +
  'insurance claim permit receipt voucher application appeal authorisation authorization auth police a-number a-no ' +
  'anumber nid nrc crn fir nino ni national reference ref aktenzeichen ruj rodne rodne_cislo').split(' '));

/**
 * The code: capitals and digits in groups parted by a hyphen, a slash or a point, with three digits or more, five
 * characters or more; or groups parted by single blanks: digits first ("26 JD 01447", "2026 GRD 118034"), a code of
 * capitals then digits only ("ZH 0552 718"), or a National Insurance number's shape ("QQ 12 34 56 C").
 */
const CODE_25 = /(?:[A-Z]{2} \d{2} \d{2} \d{2} [A-D]|(?=[A-Z0-9/.-]*\d[A-Z0-9/.-]*\d[A-Z0-9/.-]*\d)[A-Z0-9](?:[A-Z0-9]|[/.-](?=[A-Z0-9])){4,29}|\d{1,6}(?: (?:[A-Z]{1,4}|\d{1,6})){1,4}|[A-Z]{1,3}(?: \d{2,6}){1,3}(?:\/\d{2,4}){0,2})(?![\p{L}\d]|[/.-][\p{L}\d])/uy;
/** A date's or a time's shape, which another rule reads, also with blanks ("2024 12 15"). */
const DATE_LIKE_25 = /^\d{1,4}[/. -]\d{1,2}(?:[/. -]\d{1,4})?$/;
/** A label that says a number follows: a number's word or an identifier's own name ("case no.", "NRC", "A-number",
 * "police report"), not a bare record's word ("case", "file", "incident", "campaign"). */
const NUMBER_WORD_25 = /(?:nos?\.?|numbers?|nr\.?|num\.?|#|\bid|ref\.?|reference|nid|nrc|crn|fir|nino|police(?:[ \t]+(?:case|report|intimation))?|aktenzeichen|kami|cislo)[ \t:#="']*$/i;
/** A product's word before "ref" (stop 34). */
const CATALOGUE_BEFORE_34 = /\b(?:catalog(?:ue)?|cat|part|product|item|model|order|sku|lot|device|implant|manufacturer)\b[^\n]{0,12}$/i;
/** Two numbers joined by a dash: a range (stop 34). */
const REF_RANGE_34 = /^\d+(?:\.\d+)?-\d+(?:\.\d+)?$/;
/** A diagnosis's code (ICD-10: "J45.909") or a version ("V2.10.345"). */
const CODE_NOT_ID_25 = /^(?:[A-Z]\d{2}\.\d{1,4}[A-Z]?|V?\d+(?:\.\d+)+)$/;
/** Capitals after a number in a code with blanks that make it a measure, a time, a standard or a law ("500 MG", "2300
 * HRS", "ISO 15189", "136 MHA"). */
const NOT_CODE_LETTERS_25: ReadonlySet<string> = new Set(('MG MCG UG G KG ML L IU KM M CM MM KB MB GB GBP USD EUR HRS HR H ' +
  'MIN MINS AM PM ISO BS EN NG NICE MHA MI CALL HA R L BPM MMHG').split(' '));

export function idAfterWords25(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  // (Stop 31: in a text typed in lower case, the code is read in its view in capitals when its letters are no word,
  // everyday, function or clinical: "petition no. 26 jd 01447", "ni number qq 12 34 56 c", "a-number a000-417-552".)
  const lower = d.lowerTyped;
  let u: string | undefined;
  for (const i of triggers24(d, R24.ID_WORD)) {
    const t = toks[i] as Tok;
    // (A word of its own: not the end of a longer word.)
    if (t.s > 0 && isLetterCode(v.charCodeAt(t.s - 1))) continue;
    ID_WORDS_BEFORE_25.lastIndex = t.s;
    const m = ID_WORDS_BEFORE_25.exec(v);
    if (m === null) continue;
    const at = t.s + m[0].length;
    CODE_25.lastIndex = at;
    const c = CODE_25.exec(lower ? (u ??= d.upperView()) : v);
    if (c === null) continue;
    const code = c[0];
    const e = at + code.length;
    if (lower && !d.lowerCodeValue(v.slice(at, e))) continue;
    let digits = 0;
    for (let k = 0; k < code.length; k++) if (code.charCodeAt(k) >= 48 && code.charCodeAt(k) <= 57) digits++;
    // (Three digits, and a run of three: "10-C-2" is a dispatch's code.)
    if (digits < 3 || !/\d{3}/.test(code.replace(/ /g, '')) || DATE_LIKE_25.test(code) || CODE_NOT_ID_25.test(code) || d.anyCand(at, e)) continue;
    if (code.includes(' ')) {
      // Groups with blanks only after a number's word ("Petition No. 26 JD 01447"), and no measure's or time's letters.
      if (!NUMBER_WORD_25.test(m[0]) || code.split(' ').some((g) => NOT_CODE_LETTERS_25.has(g))) continue;
    } else if (!NUMBER_WORD_25.test(m[0])) {
      // After a bare record's word ("File 2026/00418873", "cluster 2511MLJ6WGS"), a code of six characters or more with a
      // slash or a hyphen, or five digits: not "file NG136", "Case J45.909", "trip 250".
      if (code.length < 6 || !(/[/-]/.test(code) || digits >= 5)) continue;
    }
    // Not a house's number before a street ("No. 12, Kandy Road" is an address's).
    if (/^,[ \t]*\p{Lu}\p{Ll}+[ \t]+(?:road|rd|street|st|avenue|ave|lane|marg|nagar)\b/iu.test(v.slice(e, e + 30))) continue;
    // (Stop 34: after "ref", a laboratory's reference range is no identifier, "glucose 95 (ref 70-110)"; nor a product's
    // catalogue number, "Catalog # REF 5076-52CM": REF is its symbol on a device's label.)
    if (/^ref/i.test(m[0]) && (REF_RANGE_34.test(code) || CATALOGUE_BEFORE_34.test(v.slice(Math.max(0, t.s - 24), t.s)))) continue;
    d.add(at, e, 'OTHER_ID', 55);
    // (Stop 34: after a plural number's word, the codes of the list: "case nos. SG-BP-555/24, SG-BP-556/24".)
    if (/nos\.?[ \t:#="']*$/i.test(m[0])) {
      let x = e;
      for (;;) {
        const sep = /^(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+)/.exec(v.slice(x, x + 8));
        if (sep === null) break;
        CODE_25.lastIndex = x + sep[0].length;
        const n = CODE_25.exec(lower ? (u ??= d.upperView()) : v);
        if (n === null || Math.abs(n[0].length - code.length) > 2 || !/\d{3}/.test(n[0]) || d.anyCand(CODE_25.lastIndex - n[0].length, CODE_25.lastIndex)) break;
        d.add(CODE_25.lastIndex - n[0].length, CODE_25.lastIndex, 'OTHER_ID', 55);
        x = CODE_25.lastIndex;
      }
    }
  }
}

/** Stop 36: a FHIR reference to a person's resource, "Patient/pt-66120", "Practitioner/pr-1102": the resource's id, a
 * string of up to 64 letters, digits, hyphens and points (FHIR R4's id type). */
const FHIR_REF_36 = /(?<![A-Za-z])(?:Patient|Practitioner|PractitionerRole|RelatedPerson|Person)\/([A-Za-z0-9][A-Za-z0-9.-]{0,63})(?![A-Za-z0-9.-])/g;
/** (Stop 37) The same in the lower-case view of a text typed in one case. */
const FHIR_REF_LOWER_37 = /(?<![a-z])(?:patient|practitioner|practitionerrole|relatedperson|person)\/([a-z0-9][a-z0-9.-]{0,63})(?![a-z0-9.-])/g;

/**
 * Stop 36: the id in a FHIR reference to a patient, a practitioner or a relative written in text (a log, a request, a
 * note pasted from an API: "GET /Patient/pt-66120", "generalPractitioner: Practitioner/pr-1102"). The id names one
 * person's record in a server as a record number does. The label ("Patient/") lies outside the span; an id without a
 * digit ("Patient/example", "Patient/$everything") is a placeholder's or an operation's.
 */
export function fhirReferences36(d: Detector): void {
  const v = d.v;
  // (Stop 37: in a text typed in one case, the resource's name in its case, "PATIENT/PT-66120", "patient/pt-66120", read
  // in the view in lower case.)
  const one = d.oneCase;
  const w = one ? d.lowerView() : v;
  const re = one ? FHIR_REF_LOWER_37 : FHIR_REF_36;
  if (one ? !w.includes('patient/') && !w.includes('practitioner/') && !w.includes('person/') && !w.includes('practitionerrole/') : !v.includes('Patient/') && !v.includes('Practitioner/') && !v.includes('Person/') && !v.includes('PractitionerRole/')) return;
  re.lastIndex = 0;
  for (let m = re.exec(w); m; m = re.exec(w)) {
    const g = m[1] as string;
    if (!/\d/.test(g)) continue;
    // (Stop 37: in one case, not a rate's "per patient/4 hrs", "1 per patient/2h": an id of three characters or more
    // with a letter or a hyphen, not a time's, and not after "per".)
    if (one && (g.length < 3 || !/[a-z-]/.test(g) || /^\d+(?:h|hr|hrs|hours?|min|mins|d|days?|wk|wks|weeks?)?$/.test(g) ||
      /^[ \t]*(?:h|hr|hrs|hours?|min|mins|minutes?|days?|weeks?|wks?)\b/.test(w.slice(m.index + m[0].length, m.index + m[0].length + 8)) ||
      /(?:^|[^a-z])per[ \t]+$/.test(w.slice(Math.max(0, m.index - 5), m.index)))) continue;
    const s = m.index + m[0].length - g.length;
    const e = s + g.length;
    // (A span that holds the resource's name with the id is the label's too: the id alone stays.)
    d.someOverlap(m.index, e, (o) => {
      if (o.s <= m!.index && o.e >= e && o.e - o.s <= m![0].length + 1) o.p = -1;
      return false;
    });
    if (!d.anyCand(s, e)) d.add(s, e, 'OTHER_ID', 88);
  }
}
