// Stop 27: a person's name after the cues the older cue rule (cue-names.ts) does not read: relatives and carers in
// other languages and in familiar forms ("Filha Jussara tel.", "Poeg Rein", "nan Pat.", "stepdad Femi,", "Gogo
// MaDlamini,"), roles that lack from the context lists ("Clinician: Wafula Peter,", "receptionist Lusine."), a relation
// written with "of" or a slash ("son of Esmail,", "wife of Hasanovic)", "Shabana w/o Rafiq Ahmed", "father's name
// Gholamreza,"), and the names of a plural cue's list ("nurses Wumpini and Memunatu Iddi.", "Children: Princess, Jhon
// Mark and Angel."). The name's words are read as the cue rule reads them (cueWord26, nameAfterCue26). Run after the
// tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { Tok } from './words.js';
import { M } from './vocabulary.js';
import type { Detector } from './detector.js';
import { inPlace } from './later-cues.js';
import { cueGap26, cueWord26, nameAfterCue26, nameEnds26, nameOver26 } from './cue-names.js';
import { KIN_ROLE_WORDS_22 } from './unknown-names.js';

/** Relatives, and carers called by a given name, after whom one given name stands alone ("nan Pat.", "Poeg Rein"),
 * besides GIVEN_ALONE_CUE_26's and the other languages' of KIN_ROLE_WORDS_22. */
const GIVEN_CUE_27: ReadonlySet<string> = new Set(
  'mama papa nan nanna gran granny nana grandad granddad grandmom grandmum auntie aunty stepdad stepmum stepmom stepfather stepmother bibi opa oma nonna nonno abuela abuelo tia tio tita tito kuya apo sonen dottern receptionist cns anm asha lhw chv hew tba facilitator hairdresser lodger'.split(
    ' ',
  ),
);

/** Roles that lack from the context lists, after which a name of two words, or a known name before a word in lower
 * case, stands ("Clinician: Wafula Peter,", "regente Hernan Ospina."). */
const ROLE_CUE_27: ReadonlySet<string> = new Set(
  'clinician supervisor facilitator regente jordmor lege testigo patronymic rabbi imam pastor sheikh deaconess vicar typist encoder annotator rater'.split(
    ' ',
  ),
);

/** Plural cues before a list of names ("nurses Wumpini and Memunatu Iddi", "sons Shahed and Jubair"). */
const PLURAL_CUE_27: ReadonlySet<string> = new Set(
  'nurses sons daughters brothers sisters children kids friends facilitators carers twins siblings sibs grandchildren grandsons granddaughters cousins aunts uncles nieces nephews'.split(
    ' ',
  ),
);

/** Relatives before "of" ("son of Esmail", "house of Monir"), and before "'s name" ("father's name Gholamreza"). */
const OF_CUE_27: ReadonlySet<string> = new Set(
  'son daughter wife husband widow widower mother father brother sister child house family'.split(' '),
);

export function kinNames27(d: Detector): void {
  const toks = d.toks;
  const n = toks.length;
  if (n < 2) return;
  const v = d.v;
  const mode: 'T' | 'U' | 'L' = d.capsDoc ? 'U' : d.lowerDoc || d.noCaps ? 'L' : 'T';
  for (let i = 0; i + 1 < n; i++) {
    const t = toks[i] as Tok;
    const k = t.k;
    // (Cheap: the cues are words of two to fifteen letters, no digits.)
    if (t.shape === 'X' || k.length < 2 || k.length > 15) continue;
    if (PLURAL_CUE_27.has(k)) {
      if (!t.possessive) list27(d, i, mode);
      continue;
    }
    if (t.possessive) {
      // "father's name Gholamreza", "mother's name: Aigul".
      if (OF_CUE_27.has(k) && (toks[i + 1] as Tok).k === 'name' && (toks[i + 1] as Tok).s === t.e + 3) afterCue27(d, i + 1, t.shape, mode, true);
      continue;
    }
    if (k === 'of') {
      // "son of Esmail", "wife of late Arjun Mehta".
      const p = toks[i - 1];
      if (p === undefined || p.possessive || !OF_CUE_27.has(p.k) || t.s - p.e !== 1) continue;
      const late = (toks[i + 1] as Tok).k === 'late' ? i + 1 : i;
      afterCue27(d, late, p.shape, mode, true);
      continue;
    }
    if (k === 'o') {
      // "Shabana w/o Rafiq Ahmed", "s/o Ramesh Kumar", "d/o late Anil Verma": a relation by a slash, read as a role's
      // (two words, or a known name before a word in lower case; never one word alone: "w/o Contrast").
      if (i < 1 || t.s < 2 || v.charCodeAt(t.s - 1) !== 47) continue;
      const p = toks[i - 1] as Tok;
      if (p.e !== t.s - 1 || p.e - p.s !== 1 || (p.k !== 'w' && p.k !== 's' && p.k !== 'd')) continue;
      const late = (toks[i + 1] as Tok).k === 'late' ? i + 1 : i;
      afterCue27(d, late, p.shape === 'I' && mode === 'U' ? 'U' : p.shape === 'I' ? 'T' : p.shape, mode, false);
      continue;
    }
    // (The context lists' cues are the cue rule's, unless given names stand alone after them here: "granny", "hija".)
    // (The other languages' relatives in mixed case only: in one case the words of their language after them are no
    // lexicon's, "FILHA MAIS VELHA ACOMPANHA".)
    if (GIVEN_CUE_27.has(k) || (mode === 'T' && t.shape !== 'U' && KIN_ROLE_WORDS_22.has(k))) {
      // ("nan" between two capitalized words is Gaelic's particle: "Comhairle nan Eilean Siar".)
      if (k === 'nan' && i > 0 && (toks[i - 1] as Tok).shape === 'T') continue;
      afterCue27(d, i, t.shape, mode, true);
    }
    else if ((t.m & M.STRONG_CONTEXT) !== 0) continue;
    else if (ROLE_CUE_27.has(k)) afterCue27(d, i, t.shape, mode, false);
  }
}

/** The name after the cue at token i (of shape cs), as the cue rule reads it (cueNames26's checks of the shapes and of
 * the gap). */
function afterCue27(d: Detector, i: number, cs: string, mode: 'T' | 'U' | 'L', given: boolean): void {
  const toks = d.toks;
  const t = toks[i] as Tok;
  const a = toks[i + 1];
  if (a === undefined) return;
  // (A relative's word after a role is the cue of the name after it: "CHV Mama Rose Adhiambo", "auntie Aunty Dulcie".)
  if (GIVEN_CUE_27.has(a.k) || KIN_ROLE_WORDS_22.has(a.k)) return;
  if (mode === 'T' ? a.shape !== 'T' && a.shape !== 'U' : a.shape !== mode || cs !== mode) return;
  if (!cueGap26(d.v, t.e, a.s)) return;
  const m: 'T' | 'U' | 'L' = mode === 'T' && a.shape === 'U' ? (cs === 'U' ? 'U' : 'T') : mode;
  if (m === 'T' && a.shape !== 'T') return;
  nameAfterCue26(d, i, m, given);
}

/** Whether the text at x is a list's joint: ", ", " and ", " & " (a line's end may follow "and"); the joint's length. */
function joint27(v: string, x: number): number {
  const c = v.charCodeAt(x);
  if (c === 44) return v.charCodeAt(x + 1) === 32 ? 2 : 0;
  if (c !== 32) return 0;
  if (v.startsWith('and', x + 1)) {
    const b = v.charCodeAt(x + 4);
    return b === 32 || b === 10 ? 5 : 0;
  }
  return v.startsWith('& ', x + 1) ? 3 : 0;
}

/** The names of a plural cue's list at token i: two to six items of one to three words each, a child's age may follow
 * each ("Angel 6 and Mercedes 3", "Sagal (9), Guled (6)"), all of them names, the list ended. */
function list27(d: Detector, i: number, mode: 'T' | 'U' | 'L'): void {
  const v = d.v;
  const toks = d.toks;
  const t = toks[i] as Tok;
  const a = toks[i + 1] as Tok;
  if (mode === 'T' ? a.shape !== 'T' : a.shape !== mode || t.shape !== mode) return;
  // (The list opens after one blank, a colon, or a line's end: "sons\nShahed and Jubair".)
  if (!cueGap26(v, t.e, a.s) && !(a.s - t.e === 1 && v.charCodeAt(t.e) === 10)) return;
  const items: number[] = [];
  let j = i + 1;
  let end = -1;
  for (let guard = 0; guard < 6; guard++) {
    // One item: up to three words joined by one blank.
    const first = j;
    let strong = 0;
    let words = 0;
    let last = -1;
    while (j < toks.length && words < 3) {
      const w = toks[j] as Tok;
      if (words > 0 && (w.s - (toks[last] as Tok).e !== 1 || v.charCodeAt(w.s - 1) !== 32)) break;
      const c = cueWord26(d, w, mode);
      if (c === 0 || (c === 4 && words > 0)) break;
      if (c === 1 || c === 2) strong++;
      words++;
      last = j;
      j++;
    }
    if (words === 0) return;
    // (One word: a name, or a given name that is also a word; never a plain capitalized word alone.)
    const f = cueWord26(d, toks[first] as Tok, mode);
    if (words === 1 ? f === 4 : strong === 0) return;
    // (In one case, only names the lexicons know: as cueNames26.)
    if (mode !== 'T' && (f !== 2 || strong !== words)) return;
    const s = (toks[first] as Tok).s;
    let e = (toks[last] as Tok).e;
    if (inPlace(d, s, e)) return;
    items.push(s, e);
    // A child's age after the item.
    let x = e;
    const age = /^ (?:\(\d{1,2}(?: ?(?:y|yrs?|years?|mo|months?|wks?|weeks?))?\)|\d{1,2}(?! ?[\d/:.-]))/.exec(v.slice(x, x + 16));
    if (age !== null) x += age[0].length;
    const jl = joint27(v, x);
    if (jl === 0) {
      end = x;
      break;
    }
    x += jl;
    while (j < toks.length && (toks[j] as Tok).s < x) j++;
    if (j >= toks.length || (toks[j] as Tok).s !== x) return;
    e = x;
  }
  // (Two items at least, and the list ends there: a clause's mark or a line's end, or a word in lower case.)
  if (end < 0 || items.length < 4) return;
  const nx = toks[j];
  if (!nameEnds26(v, end) && !(mode === 'T' && nx !== undefined && nx.s === end + 1 && nx.shape === 'L')) return;
  for (let x = 0; x < items.length; x += 2) nameOver26(d, items[x] as number, items[x + 1] as number, 72);
}
