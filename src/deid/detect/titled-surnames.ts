// Stop 25: a surname of two letters right after a title that the rules skip as a word of another reading: Vietnamese
// "Le" (Lê, one of the commonest surnames, also "LE", lower extremity, and French "le") and Korean "Im" ("Dr Le will
// fill the form", "Seen by Dr. Im."), when a sentence's end or a word in lower case follows (a capitalized word after
// it is read by the rules of whole names). Run after the tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { Tok } from './words.js';
import { BASE_VERBS, M } from './vocabulary.js';
import { L, NAME_BITS } from '../lexicon.js';
import { clinicalWord } from '../tagger.js';
import type { Detector } from './detector.js';

/** The surnames, as written in a text of mixed case. */
const SHORT_SURNAMES_25: ReadonlySet<string> = new Set(['Le', 'Im']);

export function titledSurnames25(d: Detector): void {
  if (d.oneCase) return;
  const v = d.v;
  const toks = d.toks;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.m & M.TITLES) === 0 || t.shape !== 'T') continue;
    const u = toks[i + 1] as Tok;
    // (The title, maybe its point, one blank, the surname.)
    const gap = v.slice(t.e, u.s);
    if ((gap !== ' ' && gap !== '. ') || !SHORT_SURNAMES_25.has(u.w)) continue;
    // After it: the text's end, a sentence's or a clause's mark, or a word in lower case.
    const nx = toks[i + 2];
    const a = u.e < v.length ? v.charCodeAt(u.e) : 10;
    const markAfter = a === 46 || a === 44 || a === 59 || a === 58 || a === 41 || a === 10 || a === 13 || a === 33 || a === 63;
    const lowerAfter = a === 32 && nx !== undefined && nx.s === u.e + 1 && nx.shape === 'L';
    if (!(markAfter || lowerAfter || nx === undefined) || d.anyCand(u.s, u.e)) continue;
    d.add(u.s, u.e, 'NAME', 80);
  }
}

/** Stop 35: the abbreviations of nursing and care staff written in capitals before a surname ("RN Bishop", "LPN Summers",
 * "CNA Faith"). */
const STAFF_ABBR_35: ReadonlySet<string> = new Set(['RN', 'LPN', 'LVN', 'RPN', 'CNA', 'HCA', 'EMT', 'RM']);

/**
 * Stop 35 (names35): in a text of mixed case, the one capitalized word after a staff abbreviation of STAFF_ABBR_35 that the
 * name lexicons know, also as an everyday word or a title ("RN Bishop,Medicare", "RN Faith and RT educated", "RN
 * Marigold, palliative NP"), which the rules of names skip as a word; when a clause's mark, the line's end or a word in
 * lower case that is no verb's base form follows ("RN Will see pt" is a verb), not another capitalized word (a title or a
 * whole name: "RN Case Manager"). No clinical word, month, day, state, place, facility's or credential's word.
 */
export function staffSurnames35(d: Detector): void {
  if (d.oneCase) return;
  const v = d.v;
  const toks = d.toks;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.shape !== 'U' || !STAFF_ABBR_35.has(t.w)) continue;
    const u = toks[i + 1] as Tok;
    if (u.s !== t.e + 1 || v.charCodeAt(t.e) !== 32 || u.shape !== 'T' || u.capitals !== 1 || u.e - u.s < 3 || u.possessive) continue;
    // (A word of the language only as a given name or a common surname: not "EMT Basic".)
    const f = u.f;
    if ((f & NAME_BITS) === 0 || (f & L.COUNTRY) !== 0 || ((f & L.WORD) !== 0 && (f & (L.FIRST | L.COMMON_SURNAME)) === 0) || ((f & L.PLACE) !== 0 && (f & (L.FIRST | L.COMMON_SURNAME)) === 0)) continue;
    if ((u.m & (M.MONTH_WORDS | M.STATE_WORDS | M.FACILITY_GENERIC | M.CREDENTIAL_TOKENS | M.ROLE_ABBR | M.STRONG_CONTEXT)) !== 0 || clinicalWord(u.k)) continue;
    const nx = toks[i + 2];
    const a = u.e < v.length ? v.charCodeAt(u.e) : 10;
    const markAfter = a === 46 || a === 44 || a === 59 || a === 58 || a === 41 || a === 10 || a === 13 || a === 33 || a === 63 || a === 40;
    const lowerAfter = a === 32 && nx !== undefined && nx.s === u.e + 1 && nx.shape === 'L' && !BASE_VERBS.has(nx.k);
    // (A surname that names a sign or a score too, "Bishop score", only before a mark: "RN Bishop,Medicare".)
    if (!(markAfter || (lowerAfter && (u.m & (M.EPONYMS | M.SCALE_NAMES)) === 0) || nx === undefined)) continue;
    // (A place of one word read there gives way: "Bishop" is a town as well.)
    let p = 74;
    if (d.someOverlap(u.s, u.e, (c) => {
      if (c.t === 'LOCATION' && c.s === u.s && c.e === u.e) {
        if (c.p >= p) p = c.p + 1;
        return false;
      }
      return true;
    })) continue;
    d.add(u.s, u.e, 'NAME', p);
  }
}

/** Stop 35: care staff nouns after which a comma and the person's given name stand ("the nurse in charge, Precious.",
 * "the charge nurse, Latonya."). */
const APPOSED_ROLES_35: ReadonlySet<string> = new Set('nurse sister matron midwife doctor registrar consultant pharmacist therapist physiotherapist worker coordinator navigator manager chaplain interpreter aide carer caseworker counsellor counselor dietitian'.split(' '));

/**
 * Stop 35 (names35): in a text of mixed case, a given name set off by commas after a care worker's noun or "in charge"
 * ("Reported to the nurse in charge, Precious.", "the charge nurse, Hope, agreed"), also when the name is an everyday
 * word, which the rules leave; the name one capitalized word that the lexicons know as a given name, a clause's mark or
 * the line's end after it ("the registrar, Will follow up" is a verb). No month, day, title or clinical word.
 */
export function apposedNames35(d: Detector): void {
  if (d.oneCase) return;
  const v = d.v;
  const toks = d.toks;
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.shape !== 'L' || v.charCodeAt(t.e) !== 44 || v.charCodeAt(t.e + 1) !== 32) continue;
    if (!APPOSED_ROLES_35.has(t.k) && !(t.k === 'charge' && (toks[i - 1] as Tok).k === 'in')) continue;
    const u = toks[i + 1] as Tok;
    if (u.s !== t.e + 2 || u.shape !== 'T' || u.capitals !== 1 || u.e - u.s < 3 || u.possessive || (u.f & L.FIRST) === 0) continue;
    if ((u.f & (L.COUNTRY | L.PLACE)) !== 0 || (u.m & (M.MONTH_WORDS | M.STATE_WORDS | M.TITLES | M.CORE_TITLES | M.FACILITY_GENERIC | M.CREDENTIAL_TOKENS | M.ROLE_ABBR | M.STRONG_CONTEXT)) !== 0 || clinicalWord(u.k)) continue;
    const a = u.e < v.length ? v.charCodeAt(u.e) : 10;
    if (!(a === 46 || a === 44 || a === 59 || a === 10 || a === 13 || u.e >= v.length)) continue;
    if (d.anyCand(u.s, u.e)) continue;
    d.add(u.s, u.e, 'NAME', 74);
  }
}
