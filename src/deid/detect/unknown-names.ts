// Person names that no lexicon knows, after weak cues (stop 17, names31); Vietnamese names (stop 20); a given name no
// lexicon knows before a name found (stop 22).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, NAME_BITS } from '../lexicon.js';
import { type Cand, isDigitCode, isNameCand, memberBits, T, type Tok } from './words.js';
import {
  CREDENTIAL_TOKENS, EPONYMS, FACILITY_GENERIC, M, NOT_INITIALS, NOT_NAME, NOT_NAME_CAPS, NOT_PERSON, STATE_WORDS,
} from './vocabulary.js';
import { KIN_IN_BRACKETS, PERSON_NOUNS_37, MONTH_WORDS } from './patterns.js';
import { KIN_WORDS } from './name-patterns.js';
import type { Detector } from './detector.js';
import { inPlace, LANGUAGES, MEDICAL_ENDING } from './later-cues.js';
import { spanBefore } from './rare-ids.js';

// --- Stop 17, probe round (branch names31): person names that no lexicon knows, after weak cues ---------------------

/** Words right before a person's name in running text ("with", "per", "cc", "from", "to", "for", "by"). */
const CUE_BEFORE_31: ReadonlySet<string> = new Set('with w per cc bcc from to for by via'.split(' '));
/** The last word of a label whose value is a list of people ("Attendees:", "Family at bedside:", "Apologies:"). */
const LIST_LABEL_31: ReadonlySet<string> = new Set('attendees attendee attendance present apologies bedside visitors visitor participants participant members invitees invited guests cc bcc to from copies copy caller escort escorts chair minutes witness witnesses signatories interpreter translator accompanied contacts panel'.split(' '));
/** Words of a person's doing right after a name opening a sentence ("<Name> reports", "<Name> was seen"). */
const PERSON_VERB_31: ReadonlySet<string> = new Set('reports reported states stated says said denies denied agrees agreed declines declined called phoned rang asked asks requests requested wants wanted feels felt understands understood verbalized verbalised visited visits lives lived works worked arrived presented presents complains complained endorses endorsed relates related notes noted prefers preferred remains returned expressed expresses consented consents'.split(' '));
/** After "was"/"is" in that place: "<Name> was seen", "<Name> is aware". */
const PERSON_STATE_31: ReadonlySet<string> = new Set('seen present admitted informed updated aware here called visited reviewed examined discharged accompanied interviewed'.split(' '));
/** Generic heads in lower case after a product's, an organism's or a condition's name: "<Brand> <Name> pen", "... syndrome". */
const NOT_AFTER_31: ReadonlySet<string> = new Set('syndrome disease sign signs test tests scale score criteria procedure maneuver manoeuvre pump pen pens device devices app system software protocol catheter tube stent valve syringe line infusion injection injections tablet tablets capsule capsules cream inhaler patch drops solution sensor monitor vaccine strain species virus bacteria cells cell units unit mg mcg ml tab tabs dose doses cartridge kit reader platform portal module license licence account brand regimen therapy shot shots disorder phenomenon reflex fracture classification method technique formula'.split(' '));
/** Words before "with" or "for" after which a drug, a device or an organism follows rather than a person. */
const NOT_BEFORE_CUE_31: ReadonlySet<string> = new Set('admitted readmitted presents presented presenting patient pt male female man woman gentleman lady boy girl infant history hx known diagnosis dx suffering suffers affected afflicted worsening worsened treated treat treating controlled managed started starting dressed colonised colonized infected consistent compatible improving improved stable maintained covered flushed cleansed cleaned packed replaced replaced anticoagulated sedated diagnosed associated complicated positive negative tested testing screened screening bridged bolused premedicated supplemented augmented combined prescribed indicated allergic allergy allergies prophylaxis therapy titrated loaded paired synced implanted fitted replete repleted resistant sensitive susceptible immunised immunized vaccinated'.split(' '));
/** Titles and words of kinship or address that stand before a name and are no part of it ("Imam", "Abuela", "Aunty"). */
const TITLE_KIN_31: ReadonlySet<string> = new Set([...KIN_IN_BRACKETS, ...'imam sheikh shaykh pastor elder chief abuela abuelo abuelita tia tio tita tito aunty auntie uncle nana nanna kuia koro kaumatua whaea matua mama baba bibi babu dadi nani amma appa ammi abba ayi oma opa nonna nonno baba babcia dziadek ciocia wujek tante onkel mormor morfar farmor farfar'.split(' ')]);
/** Endings of medical words that no lexicon lists, in a name of words no lexicon knows ("Atrial Fibrillation",
 * "Pericardial Effusion", "Exertional Dyspnea", "Icteric Sclera"); "-ic" is not "-vic" or "-ić" ("Zelenkovic"). */
const MEDICAL_MORPH_31 = /(?:ion|al|ular|ilar|lar|bar|ous|ive|ary|ory|ile|pnea|pnoea|rrhea|rrhoea|kinesia|plasia|trophy|nade|kade|lera|ism|ology|gram|graphy|scopy|sis|uria|opsy|plegia|oid|ics|rales|ales|[^v]ic|[^v]ics|ed|ing|ish|ness|ment|ity|acy|ize|ise)$/;
/** Endings of a species' epithet, the second word of an organism's name ("Serratia Marcescens", "... Stercoralis"). */
const EPITHET_ENDING_31 = /(?:ens|alis|oides|ensis|iae|ii|ae|icus|ilis|aris|ium|um|us)$/;
/** Particles inside a name ("de la", "dos", "van der", "Ó", "Ní", "bin"). */
export const PARTICLE_31: ReadonlySet<string> = new Set('de del della la las los le da das do dos di du van von der den ter ten bin binti binte bint ibn al el ó ní nic mac mc te'.split(' '));
/** Endings of drug, device and product names and of medical words (a word no lexicon lists: "Solostar", "Flextouch"). */
const PRODUCT_ENDING_31 = /(?:pen|touch|haler|star|pod|ject|jet|clik|disk|mist|flex|ix|ex|ax|ol|ine|ide|ate|ium|ose|mab|nib|vir|pril|olol|sartan|statin|zole|mycin|cillin|cycline|floxacin|afil|gliptin|gliflozin|glutide|parin|xaban|dronate|lukast|tidine|prazole|triptan|zepam|zolam|pine|done|oxin|arin|profen|caine|terol|sone|lone|cort|derm|zyme|vac|gel|tabs|ella|monas|coccus|cocci|bacter|bacterium|idium|illus|myces|plasma|virus|ae|us|um|ii|ensis|itis|osis|emia|aemia|oma|pathy|algia|ectomy|otomy|ostomy|plasty|ase|ware|soft|tech|net|bot|ify|ly|io)$/;

/** Whether token t may be a word of a person's name that no lexicon needs to know: capitalized (or in capitals when
 * caps), no common word, place, state, month, credential or eponym; 1 = no lexicon knows it, 2 = a known name. */
export function nameWord31(d: Detector, t: Tok, caps: boolean, narrow = false): 0 | 1 | 2 {
  if (t.possessive || t.e - t.s < 2 || (t.m & (M.TITLES | M.CORE_TITLES | M.NOT_NAME)) !== 0 || TITLE_KIN_31.has(t.k)) return 0;
  if (caps ? t.shape !== 'U' : t.shape !== 'T') return 0;
  // A double name joined by a hyphen is one token ("Obasanjo-Ade"): each half is read alone.
  if (t.w.includes('-')) {
    const halves = t.w.split('-');
    if (halves.length > 3) return 0;
    let r: 0 | 1 | 2 = 2;
    for (const h of halves) {
      if (!(caps ? /^\p{Lu}{2,}$/u : /^\p{Lu}\p{Ll}+$/u).test(h)) return 0;
      const x = namePart31(d, h, h.toLowerCase(), d.fl(h.toLowerCase()), caps, narrow);
      if (x === 0) return 0;
      if (x === 1) r = 1;
    }
    return r;
  }
  if (!caps && t.capitals !== 1 && !/^(?:Mc|Mac|O'|D'|De|Di|La|Le)\p{Lu}\p{Ll}/u.test(t.w)) return 0;
  return namePart31(d, t.w, t.k, t.f, caps, narrow);
}

/** (`narrow`, stop 26, for a word right after a role or a relative, cue-names.ts: only the endings of drugs, devices
 * and participles, not the wider PRODUCT_ENDING_31 that also ends given names and surnames: "Lusine", "Potae".) */
export function namePart31(d: Detector, w: string, k: string, f: number, caps: boolean, narrow = false): 0 | 1 | 2 {
  if (NOT_NAME.has(k) || EPONYMS.has(k) || NOT_PERSON.has(k) || MONTH_WORDS.has(k) || STATE_WORDS.has(k) || FACILITY_GENERIC.has(k) || CREDENTIAL_TOKENS.has(k) || LANGUAGES.has(k)) return 0;
  if ((f & (L.WORD | L.PLACE | L.COUNTRY | T.FACILITY)) !== 0) return 0;
  if ((f & NAME_BITS) !== 0) return 2;
  if (caps && (k.length < 4 || !/[aeiouy]/.test(k) || NOT_NAME_CAPS.has(w) || NOT_INITIALS.has(w))) return 0;
  // (A short word of one vowel that no lexicon knows is an abbreviation more often than a name: "Freq", "Occ", "Sats",
  // "Pvcs"; short names are mostly known ones: "Yaw", "Obi", "Bui".)
  if (k.length < 5 && vowels31(k) < 2) return 0;
  return (narrow ? PRODUCT_HEAD_22.test(k) || PARTICIPLE_26.test(k) : PRODUCT_ENDING_31.test(k)) || MEDICAL_ENDING.test(k) ? 0 : 1;
}

/** Endings of participles, adverbs and abstract nouns, no surname's ("Ambulating", "Afebrile" is read by caps rules). */
const PARTICIPLE_26 = /(?:ing|ed|ous|ive|able|ible|ful|less|ness|ment|tion|sion|ly)$/;

function vowels31(k: string): number {
  let n = 0;
  for (let x = 0; x < k.length; x++) {
    const c = k.charCodeAt(x);
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121 || c > 127) n++;
  }
  return n;
}

/** Whether toks[i] and toks[j] (j > i) are joined as a name's words are: one blank or a hyphen. */
function joined31(v: string, a: Tok, b: Tok): boolean {
  if (b.s - a.e !== 1) return false;
  const c = v.charCodeAt(a.e);
  return c === 32 || c === 45;
}

/** Endings of the words of a person's role or kin that no lexicon lists ("Dispatcher", "Vaccinator", "Embryologist",
 * "Paramedics", "Dochter"): no given name of that place. */
const ROLE_ENDING_22 = /(?:er|ers|or|ors|ist|ists|ician|icians|ics|ant|ants|ent|ents)$/;

/** Endings of a device's or a drug's name, never of a surname ("Kwikpen", "Solostar", "Flextouch"); the wider
 * PRODUCT_ENDING_31 also ends surnames ("Rasool", "Begum", "Ambrose") and is not used here. */
const PRODUCT_HEAD_22 = /(?:pen|touch|haler|star|pod|ject|jet|clik|disk|mist|flex|mab|nib|vir|pril|olol|sartan|statin|zole|mycin|cillin|cycline|floxacin|afil|gliptin|gliflozin|glutide|parin|xaban|dronate|lukast|tidine|prazole|triptan|zepam|zolam|caine|terol)$/;

/** Words of kinship, care roles and address in other languages that stand before a name and are no part of it
 * ("Wnuczka Zofia", "Gydytoja Rasa ...", "Hajia Rahinatu ...", "Gogo Thandeka ..."); words that are also given names
 * somewhere ("Son", "Nana") are left out. */
export const KIN_ROLE_WORDS_22: ReadonlySet<string> = new Set(
  (
    'corka córka wnuczka wnuk zona żona maz mąż matka ojciec siostra brat babcia dziadek pielegniarka pielęgniarka lekarz lekarka ' +
    'gydytojas gydytoja slaugytoja slaugytojas dukra sunus sūnus zmona žmona vyras motina tevas tėvas sesuo brolis mociute močiutė ' +
    'dochter zoon moeder vader zus broer verpleegkundige huisarts tochter sohn mutter vater schwester bruder ehefrau ehemann ' +
    'datter sønn søn dotter hustru kone sykepleier sjuksköterska hija hijo esposa esposo madre padre hermana hermano enfermera ' +
    'enfermero medico médico medica médica filha filho mae mãe pai irma irmã irmao irmão avo avó enfermeira fille fils epouse ' +
    'épouse mari mere mère pere père soeur sœur frere frère infirmiere infirmière figlia figlio moglie marito sorella fratello ' +
    'infermiera fiica fiul sotia soția sotul soțul bunica bunicul asistenta asistentă hajia hajja alhaji alhaja mallam gogo ' +
    'mkhulu umama ubaba ibu suami istri bapak ato woizero wzo ratu dada kaka mzee mbah ' +
    // (Stop 36: Malay staff roles, "Pegawai Perubatan" (medical officer), "Jururawat", "Pakar Perunding".)
    'pegawai perubatan jururawat penolong pakar perunding doktor'
  ).split(' '),
);

/**
 * Stop 22: a given name no lexicon knows, right before a person's name found and on the same line, one space between
 * ("solicitor Morwenna Tregenza", "Lee-Roy Pomare was born", "Local liaison: Yevheniia Ostapenko"): the name opens one
 * word earlier. The word must be one nameWord31 reads as no lexicon's (no common word, place, title or medical word);
 * a given name that is also a word ("Purity Chebet") is left to the rules with context.
 */
export function namesLeft22(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const caps = d.capsDoc;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x]!;
    // (Cheap tests first: a space right before the name, then the word before it in the token list.)
    if (c.t !== 'NAME' || c.p < 0 || c.s < 3 || v.charCodeAt(c.s - 1) !== 32) continue;
    const j = d.tokenAtEdge(c.s, false);
    if (j === undefined || j === 0) continue;
    const t = toks[j - 1] as Tok;
    if (t.e !== c.s - 1 || (caps ? t.shape !== 'U' : t.shape !== 'T')) continue;
    // (A word a lexicon knows is no given name that no lexicon knows; a hyphenated one is read by halves below.)
    if ((t.f & (L.WORD | L.PLACE | L.COUNTRY | NAME_BITS)) !== 0) continue;
    if ((t.m & (M.STRONG_CONTEXT | M.MEDIUM_CONTEXT | M.WEAK_CONTEXT | M.ROLE_ABBR | M.SUBJECT_VERBS)) !== 0) continue;
    // (A name found from a particle on, "DE OCONA", is a guess already: no word is added to it.)
    const first = toks[j] as Tok;
    if ((first.m & M.PARTICLES) !== 0 || PARTICLE_31.has(first.k)) continue;
    if (ROLE_ENDING_22.test(t.k) || KIN_ROLE_WORDS_22.has(t.k) || nameWord31(d, t, caps) !== 1) continue;
    const last = d.tokenAtEdge(c.e, true);
    if (last === undefined || last - j > 2 || d.anyCand(t.s, t.e)) continue;
    // (Nor to a name that reads as a device's, a drug's or a medical word, or stands before a generic head: "Mounjaro Kwikpen",
    // "<Brand> <Name> pen".)
    const lt = toks[last] as Tok;
    if (PRODUCT_HEAD_22.test(lt.k) || MEDICAL_ENDING.test(lt.k) || NOT_AFTER_31.has(toks[last + 1]?.k ?? '')) continue;
    // (Nor after a treatment's or a finding's word and its cue, where a drug or an organism follows: "started with",
    // "controlled on", "positive for".)
    const cue = toks[j - 2];
    if (cue !== undefined && CUE_BEFORE_31.has(cue.k) && NOT_BEFORE_CUE_31.has(toks[j - 3]?.k ?? '')) continue;
    d.markName(j - 1, last, c.p);
  }
}

/**
 * (Stop 36: the mirror of namesLeft22.) A surname no lexicon knows, right after a person's name found and one space
 * from it, on its line ("Nurse Mereani Vakaloloma (+679 ...)", "IV-1  Maya Katz 16", "Nurse Hermelinda Sac prepared"):
 * the rules that found the given name ran after the step that widens names (extendNames), so the name ends one word
 * later. The word must be one nameWord31 reads as no lexicon's (no common word, place, title, medical or product word),
 * written as the name is (capitalized, or in capitals in a text in capitals), and not before a product's generic head or
 * a site's word ("<Brand> <Name> pen", "Maria Goretti Hospital"); the name found ends in a given name the lexicon knows,
 * a name that is no everyday word or place, or a word no lexicon knows.
 */
/** Endings of a test's, a science's or a procedure's name that no lexicon lists ("Chagas Serology"). */
const SCIENCE_ENDING_36 = /(?:ology|ography|oscopy|ometry|gram)$/;
export function namesRight36(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const caps = d.capsDoc;
  const n0 = d.cands.length;
  let add: number[] | undefined;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x]!;
    // (Cheap tests first: a space right after the name, then a capital letter.)
    if (c.t !== 'NAME' || c.p < 0 || v.charCodeAt(c.e) !== 32) continue;
    const ch = v.charCodeAt(c.e + 1);
    if (!(ch >= 65 && ch <= 90)) continue;
    const j = d.tokenAtEdge(c.e, true);
    if (j === undefined) continue;
    const last = toks[j] as Tok;
    const t = toks[j + 1];
    if (t === undefined || t.s !== c.e + 1 || last.possessive || (caps ? last.shape !== 'U' : last.shape !== 'T')) continue;
    // (The name found ends in a given name, in a name that is no everyday word or place, or in a word no lexicon knows.)
    if ((last.f & L.FIRST) === 0 && (last.f & (L.WORD | L.PLACE | L.COUNTRY)) !== 0) continue;
    // (Nor a particle or a short word, found as a name in capitals more often than it is one: "FACULDADE DE MEDICINA",
    // "CAMP AT AL QUOZ".)
    if (last.e - last.s < 3 || (last.m & M.PARTICLES) !== 0 || PARTICLE_31.has(last.k)) continue;
    if ((t.m & (M.STRONG_CONTEXT | M.MEDIUM_CONTEXT | M.WEAK_CONTEXT | M.ROLE_ABBR | M.SUBJECT_VERBS | M.PARTICLES)) !== 0) continue;
    // (The narrow endings, as after a role: a surname may end as a product or a tumour does, "Vakaloloma", "Rasool"; a
    // surname the lexicon knows that is no everyday word is one too, "Maya Katz".)
    if (ROLE_ENDING_22.test(t.k) || KIN_ROLE_WORDS_22.has(t.k) || nameWord31(d, t, caps, true) === 0 || d.anyCand(t.s, t.e)) continue;
    // (Nor a name that reads as a device's or a drug's, or before a generic head or a site's word.)
    const nx = toks[j + 2];
    if ((MEDICAL_ENDING.test(t.k) && !t.k.endsWith('oma')) || SCIENCE_ENDING_36.test(t.k)) continue;
    if (nx !== undefined && nx.s - t.e <= 1 && (NOT_AFTER_31.has(nx.k) || FACILITY_GENERIC.has(nx.k) || (nx.f & T.FACILITY) !== 0)) continue;
    const a = d.tokenAtEdge(c.s, false);
    if (a === undefined) continue;
    // (Nor after a role's word found alone: "VACCINATOR LICENCE".)
    if (a === j && (ROLE_ENDING_22.test(last.k) || KIN_ROLE_WORDS_22.has(last.k)) && (last.f & L.FIRST) === 0) continue;
    // (Each name found there widened, at its own priority: the words are tested before any is added.)
    (add ??= []).push(a, j + 1, c.p);
  }
  if (add) for (let x = 0; x < add.length; x += 3) d.markName(add[x] as number, add[x + 1] as number, add[x + 2] as number);
}

/**
 * Names of two to four words, at least one no lexicon knows and none a common word ("Ilsabe Quastenberg", "Tsegaye
 * Woldemariam", "Olusegun Obasanjo-Ade", "Fergal Ó Súilleabháin"), in one of the places where a person's name stands:
 * after a weak cue ("with", "per", "cc", "from", "for", "to", "by"); first on a list label's line ("Attendees:", "Family
 * at bedside:"); after a name found and a list's joiner (", ", "; ", " and ", a new bullet); opening a sentence before a
 * person's verb ("<Name> reports", "<Name> was seen"); or after a chat line's time ("[09:14] <Name>:"). Not before a
 * number or a dose, a capitalized common word or a product's generic head ("<Brand> <Name> 10 units", "... Hospital",
 * "... pen", "... syndrome"). Also in capitals after a cue in capitals ("WITH ILSABE QUASTENBERG").
 */
export function unknownNames31(d: Detector): void {
  // (A text in capitals or in lower case only has no capitalized words to read: its abbreviations would be names.)
  if (d.oneCase) return;
  const v = d.v;
  const toks = d.toks;
  const n = toks.length;
  for (let i = 0; i + 1 < n; i++) {
    const t = toks[i] as Tok;
    // (Cheap gate, integers only: an unknown capitalized word, or a known name that is no word, and right after it one
    // blank or a hyphen and another such word or a particle in lower case, one of the two unknown.)
    const sh = t.shape;
    if (sh !== 'T' && sh !== 'U') continue;
    const tf = t.f;
    if (tf !== 0 && ((tf & NAME_BITS) === 0 || (tf & L.WORD) !== 0)) continue;
    const nb = toks[i + 1] as Tok;
    if (nb.s - t.e !== 1) continue;
    const nsh = nb.shape;
    const nf = nb.f;
    if (((nsh !== 'T' && nsh !== 'U') || (tf !== 0 && nf !== 0) || (nf & L.WORD) !== 0) && !PARTICLE_31.has(nb.k)) continue;
    // (In capitals, a note's abbreviations and misspellings are as unknown as names, "MAINT ADEQ", "DESITIN OINT": words
    // in capitals count only after a cue that is not in capitals, "with Ilsabe QUASTENBERG".)
    let caps = sh === 'U';
    const pv = toks[i - 1];
    if (caps && (d.capsDoc || (pv !== undefined && pv.shape === 'U'))) continue;
    // (Cheap: after one blank, only a cue, a title or kin word, or "and" may stand before the name.)
    if (pv !== undefined && pv.e + 1 === t.s && !pv.possessive && !CUE_BEFORE_31.has(pv.k) && !TITLE_KIN_31.has(pv.k) && pv.k !== 'and' && pv.shape !== 'X') continue;
    const w1 = nameWord31(d, t, caps);
    // (Stop 36: nor a role's word in another language opening it, "Dr. Siti ..., Pegawai Perubatan, MMC No.".)
    if (w1 === 0 || KIN_ROLE_WORDS_22.has(t.k)) continue;
    // The name's words: up to four, particles between.
    let j = i;
    let unknown = w1 === 1 ? 1 : 0;
    let words = 1;
    while (j + 1 < n && words < 4) {
      let x = j + 1;
      const a = toks[j] as Tok;
      let b = toks[x] as Tok;
      if (!joined31(v, a, b)) break;
      // Particles: "de la", "dos", "Ó".
      let y = x;
      while (y < n && y - x < 2 && PARTICLE_31.has((toks[y] as Tok).k) && (toks[y] as Tok).shape !== 'X' && y + 1 < n && joined31(v, toks[y] as Tok, toks[y + 1] as Tok)) y++;
      b = toks[y] as Tok;
      const wb = b.shape === 'U' && d.capsDoc ? 0 : nameWord31(d, b, b.shape === 'U');
      if (b.shape === 'U') caps = true;
      if (wb === 0) break;
      if (wb === 1) unknown++;
      words++;
      j = y;
      x = y;
    }
    if (words < 2 || unknown === 0) {
      if (words >= 2) i = j;
      continue;
    }
    const s = t.s;
    const e = (toks[j] as Tok).e;
    // (An organism's name in two capitalized words: the species' epithet is Latin. A term of medicine in capitalized
    // words that no lexicon knows: "Atrial Fibrillation".)
    if (words === 2 && unknown === 2 && EPITHET_ENDING_31.test((toks[j] as Tok).k)) { i = j; continue; }
    if (unknown === words && medicalWords31(toks, i, j)) { i = j; continue; }
    const next = toks[j + 1];
    // After the name: not a number, a dose, a capitalized common word or a generic head.
    if (next !== undefined && next.s - e <= 2 && v.slice(e, next.s).trim() === '') {
      if (next.shape === 'X' || isDigitCode(v.charCodeAt(next.s)) || NOT_AFTER_31.has(next.k)) { i = j; continue; }
      if ((next.shape === 'T' || next.shape === 'U') && (next.f & L.WORD) !== 0 && (next.f & NAME_BITS) === 0 && !PERSON_VERB_31.has(next.k) && next.k !== 'was' && next.k !== 'is') { i = j; continue; }
    }
    if (cueBefore31(d, i) || (!caps && verbAfter31(d, i, j))) {
      if (!d.nameOverlaps(s, e) && !inPlace(d, s, e)) d.add(s, e, 'NAME', 80);
      else if (!d.someCovering(s, e, isNameCand) && !inPlace(d, s, e)) d.add(s, e, 'NAME', 80);
    }
    i = j;
  }
}

/** Whether the name opening at toks[i] stands after a cue, a list label, a joiner after a name found, or a chat time. */
function cueBefore31(d: Detector, i: number): boolean {
  const v = d.v;
  const toks = d.toks;
  let t = toks[i] as Tok;
  if (i === 0) return false;
  let p = toks[i - 1] as Tok;
  // A title or a kin word between the cue and the name: "with Imam <Name>", "for Abuela <Name>".
  if (i >= 2 && TITLE_KIN_31.has(p.k) && v.charCodeAt(p.e) === 32 && p.e + 1 === t.s) {
    const q = toks[i - 2] as Tok;
    if (v.charCodeAt(q.e) === 32 && q.e + 1 === p.s && CUE_BEFORE_31.has(q.k)) {
      i--;
      t = p;
      p = q;
    }
  }
  const gap = v.slice(p.e + (p.possessive ? 2 : 0), t.s);
  // A weak cue right before: "with <Name>", "per <Name>", "cc <Name>".
  if (gap === ' ' && CUE_BEFORE_31.has(p.k) && p.shape !== 'U') {
    // (Not a journey: "moved from <Town> <Town>", "travelled to ..."; not a treatment or a finding: "controlled with
    // <Brand> <Brand>", "colonised with", "screened for", "positive for".)
    const pp = toks[i - 2];
    if (pp !== undefined && NOT_BEFORE_CUE_31.has(pp.k) && (p.k === 'with' || p.k === 'for' || p.k === 'w')) return false;
    if ((p.k === 'from' || p.k === 'to') && pp !== undefined && /^(?:moved|moving|travel+ed|travel+ing|came|comes|coming|returned|returning|relocated|emigrated|immigrated|flew|drove|went|going|trip|visit|visiting|transferred|transfer|sent|admitted|arrived|road|route|way|bus|flight|train|distance|miles|km|km\.)$/.test(pp.k)) return false;
    return true;
  }
  // A list label's value: "Attendees: <Name>", "Family at bedside: <Name>", "Present:\n- <Name>".
  if (/^[ \t]*:[ \t]*(?:\r?\n[ \t]*[-*\u2022][ \t]*)?$/.test(gap) && LIST_LABEL_31.has(p.k)) return true;
  // A list's next item after a name found: "<Name>, <Name>", "<Name> (chair); <Name>", "<Name> and <Name>".
  let x = i - 1;
  let q = p;
  if (/^\)?[ \t]*(?:[,;&\/]|and)[ \t]*$|^\)?[ \t]*\r?\n[ \t]*[-*\u2022][ \t]*$/i.test(gap) || (p.k === 'and' && gap === ' ')) {
    if (p.k === 'and') {
      x = i - 2;
      q = toks[x] as Tok;
      if (q === undefined || !/^[ \t]*,?[ \t]*$/.test(v.slice(q.e, p.s))) return false;
    }
    // "<Name> (chair), <Name>": step over the role in brackets.
    let end = q.e;
    if (v.charCodeAt(q.e) === 41) {
      // (Bounded: the bracket within 30 characters back, the blanks before it.)
      const lo = Math.max(0, q.e - 30);
      const open = v.slice(lo, q.e).lastIndexOf('(');
      if (open < 0) return false;
      end = lo + open;
      while (end > lo && (v.charCodeAt(end - 1) === 32 || v.charCodeAt(end - 1) === 9)) end--;
    }
    if (!d.nameOverlaps(end - 1, end)) return false;
    // (After a comma, a semicolon or a slash, the name before must itself stand in a list or after a cue: a title's
    // name and a comma are more often followed by a post or a register, "Dott. <Name>, Albo Odontoiatri".)
    return p.k === 'and' || /^[ \t]*\r?\n/.test(gap) || listedName31(d, end);
  }
  // A chat line's time before its speaker: "[09:14] <Name>: ...", "09:14 <Name>: ...".
  if ((gap === '] ' || gap === ' ') && p.shape === 'X' && /(?:^|\n)[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]$/.test(v.slice(Math.max(0, t.s - 14), t.s))) {
    const e = (toks[i + 1] as Tok).e;
    return /^[^\n:]{0,40}:/.test(v.slice(e, e + 42));
  }
  return false;
}

/** Whether the name toks[i..j] opens a sentence and a person's verb follows it ("<Name> reports", "<Name> was seen"). */
function verbAfter31(d: Detector, i: number, j: number): boolean {
  const v = d.v;
  const toks = d.toks;
  const a = toks[j + 1];
  if (a === undefined || a.s - (toks[j] as Tok).e !== 1 || v.charCodeAt(a.s - 1) !== 32) return false;
  let ok = PERSON_VERB_31.has(a.k);
  if (!ok && (a.k === 'was' || a.k === 'is')) {
    const b = toks[j + 2];
    ok = b !== undefined && b.s - a.e === 1 && PERSON_STATE_31.has(b.k);
  }
  if (!ok) return false;
  const t = toks[i] as Tok;
  const p = toks[i - 1];
  if (p === undefined) return true;
  return /(?:^|[.!?;:]|\n)[ \t]*$/.test(v.slice(p.e, t.s));
}

/** Whether the name found ending at end stands itself in a list or after a cue: a label's colon, a joiner, a bullet or a
 * cue word before its first word ("Attendees: <Name>, <Name>", "with <Name>, <Name>"). */
function listedName31(d: Detector, end: number): boolean {
  const v = d.v;
  // The name's start: back over its words (capitalized words, initials, particles, joined by blanks or hyphens).
  let s = end;
  for (let n = 0; n < 6; n++) {
    let a = s;
    while (a > 0 && /[\p{L}'.]/u.test(v.charAt(a - 1))) a--;
    if (a === s) break;
    s = a;
    if (!d.nameOverlaps(s, s + 1)) break;
    const c = v.charCodeAt(s - 1);
    if (c !== 32 && c !== 45) break;
    if (!d.nameOverlaps(s - 2, s - 1)) break;
    s--;
  }
  const before = v.slice(Math.max(0, s - 20), s);
  return /(?:(?:[:,;\/]|^|\n[ \t]*[-*\u2022]?)[ \t]*|(?:^|[^\p{L}])(?:with|and|cc|per|from|to)[ \t]+)(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sr|Rev)\.?[ \t]+)?$/iu.test(before);
}

/** Whether a word of toks[i..j] (all unknown to the lexicons) has the ending of a medical word. */
function medicalWords31(toks: Tok[], i: number, j: number): boolean {
  for (let x = i; x <= j; x++) {
    const t = toks[x] as Tok;
    if (t.shape !== 'T' && t.shape !== 'U') continue;
    if (MEDICAL_MORPH_31.test(t.k)) return true;
  }
  return false;
}
/** Whether [s, e) overlaps one of the spans (start, end pairs in text order). */
export function overlapsSpan(spans: number[], s: number, e: number): boolean {
  const at = spanBefore(spans, e - 1);
  return at >= 0 && (spans[2 * at + 1] as number) > s;
}

/** The common Vietnamese family names, without their diacritics as notes write them. */
const VIET_SURNAMES_20 = new Set('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh lam mai trinh cao luu ta chau thai quach ton tang'.split(' '));

/** / (?:Van|Thi|VAN|THI|thi) /.test(v), read from the tokens (stop 25, speed: not a scan of every character): such a
 * word between two blanks is a token of its own, of exactly those letters. */
function middleWord20(v: string, toks: readonly Tok[]): boolean {
  for (const t of toks) {
    if ((t.k !== 'van' && t.k !== 'thi') || t.s === 0 || v.charCodeAt(t.s - 1) !== 32 || v.charCodeAt(t.s + 3) !== 32) continue;
    const w = t.w;
    if (w === 'Van' || w === 'Thi' || w === 'VAN' || w === 'THI' || w === 'thi') return true;
  }
  return false;
}

/**
 * Stop 20 (docs/deid-history.md): a Vietnamese name of a family name, "Van" or "Thi" and one or two given names, each
 * capitalized or all in capitals, one space apart ("Le Van Hung", "LE THI HOA"; also all in lower case with "thi",
 * "tran thi thu hang"). Its given names are often words ("Hung", "Long") and "Le" and "Van" particles of other names, so
 * the words alone are not read as a name.
 */
export function vietNames20(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  if (!middleWord20(v, toks)) return;
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i] as Tok;
    if (!VIET_SURNAMES_20.has(t.k)) continue;
    const mid = toks[i + 1] as Tok;
    if ((mid.k !== 'van' && mid.k !== 'thi') || mid.s !== t.e + 1 || v.charCodeAt(t.e) !== 32) continue;
    // One case for the whole name: capitalized words, capitals, or (with "thi") lower case.
    const shape = t.shape === 'L' ? (mid.k === 'thi' ? 'L' : '') : t.shape;
    if (shape === '' || mid.shape !== shape) continue;
    let j = i + 2;
    let e = -1;
    while (j < toks.length && j <= i + 3) {
      const g = toks[j] as Tok;
      const p = toks[j - 1] as Tok;
      if (g.s !== p.e + 1 || v.charCodeAt(p.e) !== 32 || g.shape !== shape || g.possessive || g.w.length < 2 || (g.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS)) !== 0) break;
      // (In capitals or in lower case, a second given name that is a common word is the sentence going on: "LE THI HOA
      // SPEAKS", "dang thi nga stays".)
      if (j === i + 3 && shape !== 'T' && (g.f & L.WORD) !== 0) break;
      e = g.e;
      j++;
    }
    // (A name some rule found that reaches past these words keeps them: "NGUYEN THI KIM LOAN".)
    if (e < 0 || d.someOverlap(t.s, e, (o) => o.t === 'NAME' && o.p > 1 && (o.s < t.s || o.e > e))) continue;
    d.add(t.s, e, 'NAME', 70);
    i = j - 1;
  }
}

// --- Stop 37 (main line): the short form of a name in brackets right after it -------------------------------------

/** The bracket after a name: an optional quote, one word (letters, an apostrophe or a hyphen inside) or two or three
 * capitals, an optional quote, the closing bracket ("Nguyen Thi Kim Loan (Loan)", "Volkova (Nadya)", "Kazlauskiene
 * (IK)", `Wojcik ("Zosia")`). */
const SHORT_FORM_37 = /\(["'“‘]?(\p{Lu}[\p{Ll}'’-]{1,19}|\p{Lu}{2,3})["'”’]?\)/uy;

/** Short forms of services and specialties that start as a surname may ("Dr Medina (Med)", "Dr Surani (Surg)"). */
export const SERVICE_SHORT_37: ReadonlySet<string> = new Set('med meds surg cardio card peds paeds vasc hep neph anaes anes rheum pharm micro tox obs gyn gyne ortho onc neuro psych derm endo gastro pulm resp uro ophth haem heme rehab palli geri'.split(' '));

/**
 * A name found, then one space and, in brackets, a short form of it: one of its own words, its initials (of every word,
 * or of the first and the last), a nickname `Detector.nickname` reads (a given name that is no everyday word), or a
 * diminutive: a word no lexicon knows, shorter than the name's first word and starting with its first two letters
 * ("Nadezhda Petrovna Volkova (Nadya)"). Roles, relatives, credentials, services and everyday words stay out ("(RN)",
 * "(Mum)", "(Mama)", "(Foster)", "Dr Medina (Med)"). Runs late, after the late rules have found their names (the early
 * `nicknames` step reads the nicknames of the names found by then). Texts of one case are left alone.
 */
export function shortForms37(d: Detector): void {
  if (d.oneCase) return;
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'NAME' || c.p < 0 || v.charCodeAt(c.e) !== 32 || v.charCodeAt(c.e + 1) !== 40) continue;
    SHORT_FORM_37.lastIndex = c.e + 1;
    const m = SHORT_FORM_37.exec(v);
    if (!m) continue;
    const w = m[1] as string;
    const s = v.indexOf(w, c.e + 2);
    const e = s + w.length;
    const words = v.slice(c.s, c.e).split(/[\s,.]+/).filter((p) => p.length > 0);
    if (words.length === 0) continue;
    const k = w.toLowerCase();
    let ok: boolean;
    if (w.length <= 3 && w === w.toUpperCase()) {
      const all = words.map((p) => p.charAt(0).toUpperCase()).join('');
      const ends = words.length > 1 ? (words[0] as string).charAt(0).toUpperCase() + (words[words.length - 1] as string).charAt(0).toUpperCase() : '';
      ok = !NOT_INITIALS.has(w) && !NOT_NAME_CAPS.has(w) && (w === all || w === ends);
    } else if (PERSON_NOUNS_37.has(k) || SERVICE_SHORT_37.has(k)) {
      ok = false;
    } else if (words.some((p) => p.toLowerCase() === k)) {
      ok = true;
    } else if (d.nickname(w, false, false)) {
      ok = true;
    } else {
      const first = (words[0] as string).toLowerCase();
      ok = words.length >= 2 && first.length > k.length && first.slice(0, 2) === k.slice(0, 2) && (d.fl(k) & (NAME_BITS | L.WORD | L.PLACE | L.COUNTRY)) === 0 &&
        (memberBits(k) & (M.TITLES | M.NOT_NAME | M.CREDENTIAL_TOKENS | M.MONTH_WORDS | M.NOT_PERSON | M.STATE_WORDS | M.EPONYMS)) === 0 && !KIN_WORDS.has(k);
    }
    if (ok && !d.anyCand(s, e)) d.add(s, e, 'NAME', 60);
  }
}
