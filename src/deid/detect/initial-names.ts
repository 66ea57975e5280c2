// Stop 24: a person written as an initial and a surname ("CREW J. OKONJO / P. WHITTAKER", "COUNSELED BY RPH T.
// BEGAY-YELLOWHORSE", "witness N. Shahbazi"), when no rule found the surname. Crews, staff on a handover, officers and
// witnesses are written so, and their surnames are often in no lexicon. Run after the tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L } from '../lexicon.js';
import { clinicalWord } from '../tagger.js';
import type { Tok } from './words.js';
import { LANGUAGES } from './later-cues.js';
import { CREDENTIAL_TOKENS, FUNCTION_WORDS, M, NOT_NAME, NOT_NAME_CAPS, STATE_ABBR_SET, STATE_WORDS, TITLES } from './vocabulary.js';
import { NOT_DOTTED_INITIALS } from './name-patterns.js';
import type { Detector } from './detector.js';

/** The second word of an organism's name, which follows its genus's initial as a surname follows a given name's ("E.
 * COLI", "S. AUREUS", "T. GONDII"): those the clinical vocabulary does not hold already. */
const SPECIES_24: ReadonlySet<string> = new Set(('coli faecalis faecium aeruginosa gondii gonorrhoeae meningitidis fragilis ' +
  'mirabilis marcescens cloacae baumannii catarrhalis trachomatis pallidum burgdorferi falciparum vivax ovale malariae ' +
  'knowlesi jirovecii carinii neoformans gattii monocytogenes perfringens jejuni typhi paratyphi cholerae vulnificus ' +
  'lugdunensis saprophyticus maltophilia cepacia oxytoca aerogenes freundii lamblia intestinalis vaginalis stercoralis ' +
  'immitis capsulatum dermatitidis fumigatus avium intracellulare kansasii abscessus marinum leprae ulcerans canis felis ' +
  'henselae quintana pestis tularensis anthracis diphtheriae tetani botulinum mutans sanguinis mitis bovis gallolyticus ' +
  'anginosus intermedius constellatus dysgalactiae haemolyticus hominis capitis warneri pneumophila sonnei flexneri ' +
  'enteritidis typhimurium pneumo flu epi diff dificile sp spp species cruzi brucei donovani mansoni haematobium ' +
  'japonicum lumbricoides trichiura vermicularis solium saginata granulosus spiralis rickettsii burnetii melitensis ' +
  'abortus multocida kingae enterocolitica acnes granulosum pseudomallei mallei tropicalis parapsilosis stuartii ' +
  'necrophorum israelii asteroides rubrum mentagrophytes tonsurans furfur histolytica dispar tach fib brady flutter').split(' '));
/** Words before an initial that say a person follows ("by", "witness"), besides a word in capitals ("CREW", "RPH"). */
const BEFORE_INITIAL_24: ReadonlySet<string> = new Set(('by to from and with per cc attn witness witnessed officer crew ' +
  'nurse rn sn hca emt medic paramedic porter chaplain rabbi rev imam pastor minister father sister brother mother ' +
  'manager supervisor clerk typist tech technician pharmacist rph member judge magistrate constable sgt sergeant ' +
  'inspector detective agent worker asha day night signed informed called paged contacted analyst interpreter reviewer ' +
  'reviewed podpis meet see seen spoke notified discussed').split(' '));

/** Short forms before a letter that is theirs: a hepatitis, a vitamin, an apolipoprotein, a band of a health fund. */
const LETTER_AFTER_24: ReadonlySet<string> = new Set('hep hepatitis vit vitamin apo tramo ampho amphotericin ig factor type grade stage class group part phase plan start'.split(' '));
/** Words after a letter and its point that are a label's, not a surname (Portuguese "N. utente", a patient's number). */
const NOT_SURNAME_24: ReadonlySet<string> = new Set('utente utentes ges'.split(' '));

/** A dose or a frequency shortly after the word: it is a drug's name. */
const DOSE_AFTER_24 = /^[^\n]{0,12}?(?:\d+(?:\.\d+)?(?:\/\d+)?[ \t]*(?:mg|mcg|µg|g|ml|iu|units?)\b|\b(?:od|bd|tds|qds|bid|tid|qid|prn|stat|nocte|mane)\b)/i;
/** A clinical label before the letter: what follows is a list's item. */
const CLINICAL_LABEL_24 = /(?:allerg\w*|rx|adv|meds?|medications?|drugs?|dx|diagnos[ie]s|imaging|access|lines?|site|exam|eye|ortho|ct|mri|us|xr|plan|impression|findings)[ \t]*:[ \t]*$/i;

/** Endings of adjectives and nouns of medicine ("invasive", "sentinel", "lateral", "necrotic"). */
const ADJECTIVE_END_24 = /(?:ive|al|el|ic|ous|ary|ory|ing|ion|ed|ness|ment|able|ible|oid|itis|oma|osis|emia|aemia|ectomy|otomy|scopy|gram|graphy|ular|ar)$/;

/** Whether the word p before a letter owns it ("HEP A.", "VIT D.", "PLAN B."). */
export function letterOwned(p: Tok): boolean {
  return LETTER_AFTER_24.has(p.k);
}

/** Whether the letter t is "v." for versus after a party ("Plaintiff, v. Krystyna Ostrowska"). */
export function versusAt(v: string, t: Tok): boolean {
  return t.k === 'v' && /(?:plaintiffs?|petitioners?|appellants?|claimants?|applicants?|respondents?),?[ \t]*$/i.test(v.slice(Math.max(0, t.s - 16), t.s));
}

export function initialNames24(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok;
    // (Cheap tests first: one capital letter, its point and one blank.)
    if (t.shape !== 'I' || t.e - t.s !== 1 || v.charCodeAt(t.e) !== 46 || v.charCodeAt(t.e + 1) !== 32) continue;
    const w = toks[i + 1] as Tok;
    if (w.s !== t.e + 2 || (w.shape !== 'U' && w.shape !== 'T') || w.e - w.s < 3 || w.possessive) continue;
    // The initial opens a word: no letter, digit, point or hyphen right before it ("U.S. NAVY", "Vit. D. Smith").
    const b = t.s === 0 ? 32 : v.charCodeAt(t.s - 1);
    // (Nor a slash: "PF=150L/M. ADMIN", "U/O. RECEIVED".)
    if (b !== 32 && b !== 9 && b !== 10 && b !== 13 && b !== 40 && b !== 58 && b !== 44 && b !== 91 && b !== 124) continue;
    // A word right before the initial owns it ("vitamin D. Smith", "Hepatitis B. Vaccine", "Part B. Medicare", "AMPHO B.
    // AWAITING"), unless it is a word that introduces a person ("witness N. Shahbazi", "CREW J. OKONJO"); a word in
    // capitals that is neither an everyday nor a clinical word may be a role's short form ("RPH", "CCOT").
    const p = toks[i - 1];
    if (p !== undefined && b === 32 && p.e === t.s - 1 && !BEFORE_INITIAL_24.has(p.k) && (p.shape !== 'U' || (p.f & L.WORD) !== 0 || clinicalWord(p.k))) continue;
    // A short form that takes a letter after it ("HEP A.", "VIT D.", "FONASA TRAMO B.").
    if (p !== undefined && p.e >= t.s - 2 && letterOwned(p)) continue;
    if (versusAt(v, t)) continue;
    // "4 y, F. PESEL": a sex after an age.
    if ((t.w === 'M' || t.w === 'F') && /\d[ \t]*(?:y|yo|yrs?|years?)?[ \t]*,?[ \t]*$/.test(v.slice(Math.max(0, t.s - 12), t.s))) continue;
    const k = w.k;
    // In a text that is not in capitals, a short word in capitals is an abbreviation: a side before it ("L. AVF", "R. PICC",
    // "L. MCA territory").
    if (!d.capsDoc && w.shape === 'U' && w.e - w.s <= 4) continue;
    // A drug after a tablet's or a capsule's letter, or after a list's letter, with its dose ("T. Dolo 650 mg", "C. Omez
    // 20 mg BD", "B. Jardiance 10 mg"), or a list after a clinical label ("Allergy: A. Septrin").
    if (DOSE_AFTER_24.test(v.slice(w.e, w.e + 24)) || CLINICAL_LABEL_24.test(v.slice(Math.max(0, t.s - 24), t.s))) continue;
    // A species's Latin ending, when no lexicon knows the word as a name ("C. Tropicalis", "F. Necrophorum").
    if ((w.f & (L.FIRST | L.LAST)) === 0 && /(?:ii|ae|um|ides|phytes|oides|ensis)$/.test(k)) continue;
    // A letter and a hyphen open a word of its own ("I. X-ray"); a language is an interpreter's ("R. URDU").
    if (w.w.charCodeAt(1) === 45 || LANGUAGES.has(k)) continue;
    // A capitalized word that no lexicon knows as a name and ends as an adjective or a noun of medicine is a list's item
    // ("A. Invasive ductal carcinoma", "B. Sentinel LN"); a surname of two parts is not read so ("NAIDU-PERUMAL").
    if ((w.f & (L.FIRST | L.LAST)) === 0 && !k.includes('-') && ADJECTIVE_END_24.test(k)) continue;
    if ((w.f & L.WORD) !== 0 || (w.f & (L.PLACE | L.COUNTRY)) !== 0 || (w.m & (M.MONTH_WORDS | M.EPONYMS | M.TITLES | M.STATE_WORDS)) !== 0) continue;
    if (SPECIES_24.has(k) || NOT_SURNAME_24.has(k) || clinicalWord(k) || NOT_NAME.has(k) || TITLES.has(k) || FUNCTION_WORDS.has(k) || STATE_WORDS.has(k) || CREDENTIAL_TOKENS.has(k) || NOT_NAME_CAPS.has(w.w) || STATE_ABBR_SET.has(w.w)) continue;
    if (d.anyCand(t.s, w.e)) continue;
    d.add(t.s, w.e, 'NAME', 62);
    i++;
  }
}

/** Dotted initials in brackets ("(T.R.O.)", "(M.A.S.F.)", "(M.W.-L.)"), a clinical study's or a case's subject. */
const BRACKET_INITIALS_34 = /^\((\p{L}\.(?:-?\p{L}\.){1,3})\)/u;
/** A subject's or a case's number before the bracket: digits, with a hyphen or letters maybe ("1047-022 ", "021-0045 ",
 * "05-001 "), three digits at least. */
const SUBJECT_NUMBER_34 = /(?:^|[ \t(:#])(?=[A-Z]{0,3}-?\d)[A-Z\d]{1,6}(?:-[A-Z\d]{1,6}){0,2}[ \t]$/;

/** Stop 34: a subject's initials in brackets after the subject's number ("Subject 1047-022 (T.R.O.), 16 M", "4 |
 * 021-0060 (F.O.) | stipend paid"): trials and case lists write the subject so, beside the number that keys the record.
 * Not after a word, where the bracket holds a degree, a place or an abbreviation ("Smith (M.D.)", "(U.S.)"). */
export function bracketInitials34(d: Detector): void {
  const v = d.v;
  for (let q = v.indexOf('.)'); q >= 0; q = v.indexOf('.)', q + 2)) {
    // (The nearest bracket before, looked for over the 12 characters only: not over the whole text before.)
    let o = q - 1;
    while (o > 0 && q - o <= 12 && v.charCodeAt(o) !== 40) o--;
    if (o < 1 || q - o > 12 || v.charCodeAt(o) !== 40) continue;
    const m = BRACKET_INITIALS_34.exec(v.slice(o, q + 2));
    if (m === null) continue;
    const ini = m[1] as string;
    // (One case in the bracket: capitals, or lower case in a text typed in lower case.)
    if (ini !== ini.toUpperCase() && !(d.lowerTyped && ini === ini.toLowerCase())) continue;
    const up = ini.toUpperCase();
    if (NOT_DOTTED_INITIALS.has(up)) continue;
    const before = v.slice(Math.max(0, o - 16), o);
    const digits = before.replace(/[^\d]/g, '').length;
    if (digits < 3 || !SUBJECT_NUMBER_34.test(before)) continue;
    const s = o + 1;
    const e = s + ini.length;
    if (!d.anyCand(s, e)) d.add(s, e, 'NAME', 70);
  }
}
