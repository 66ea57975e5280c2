// Stop 32: the other mentions of a name the detector found. The rules find a person's name where its context shows it
// ("Patient Morwenna Tregenza", "Dr. Sarkisian"); the same word written again without that context ("From Morwenna 26
// November: ...", "Sarkisian: How are you?") is the same person. The early rules mark such repeats only for the names they
// found themselves (Detector.names, R6); this pass reads the final spans, every rule's and the tagger's, after resolve.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { type Cand, isDigitCode, type Tok } from './words.js';
import { isAsciiLetter } from './shapes.js';
import { L, NAME_BITS } from '../lexicon.js';
import { FIRM_AFTER, M } from './vocabulary.js';
import { clinicalWord } from '../tagger.js';
import type { Detector } from './detector.js';
import { KIN_ROLE_WORDS_22, nameWord31, namePart31 } from './unknown-names.js';

/** Word sets that never make a name's word worth repeating: titles, kin and context words, months, eponyms, states... */
const NOT_REPEATED_32 = M.NOT_NAME | M.STATE_WORDS | M.EPONYMS | M.NOT_PERSON | M.MONTH_WORDS | M.TITLES | M.FACILITY_GENERIC |
  M.STRONG_CONTEXT | M.WEAK_CONTEXT | M.MEDIUM_CONTEXT | M.ROLE_ABBR | M.PARTICLES | M.KIN_PLURAL | M.CORE_TITLES |
  M.EPONYM_HEADS | M.LOWER_TITLES | M.LOWER_NAME_CUE | M.PLACE_PREP | M.SCALE_NAMES | M.CREDENTIAL_TOKENS | M.PLACE_NOUNS |
  M.STORE_CHAINS | M.SCALE_HEADS | M.STATE_FIRST_WORDS | M.BUILDING_HEADS | M.REGION_FIRST | M.COMPANY_FIRST | M.HANDLE_CUE |
  M.SUBJECT_VERBS;

/** Endings of role words no lexicon lists ("Vaccinator", "Phlebotomist", "Audiologist"); not "-er" or "-ist" alone,
 * which end names too ("Pettifer", "Tigist"). */
const ROLE_ENDING_32 = /(?:ator|ators|ician|icians|logist|logists|apist|apists|otomist|otomists)$/;

/** Whether token t of a name found may be repeated: capitalized (a text of mixed case), three letters or more, no everyday
 * word, place, country, clinical word or word of the sets above. */
function repeatable(d: Detector, t: Tok): boolean {
  if (t.shape !== 'T' || t.k.length < 3 || t.capitals !== 1) return false;
  if ((t.f & (L.WORD | L.PLACE | L.COUNTRY | L.PLACE_PREFIX)) !== 0 || (t.m & NOT_REPEATED_32) !== 0) return false;
  if (d.common(t) || clinicalWord(t.k) || KIN_ROLE_WORDS_22.has(t.k)) return false;
  // (A word no name lexicon knows that ends as a role does is one, "Vaccinator"; and the tests of unknownNames31 in
  // their narrow form: no title or kin word, no drug's, device's or participle's ending, "Oufella" and "Lusine" stay.)
  if ((t.f & NAME_BITS) === 0 && ROLE_ENDING_32.test(t.k)) return false;
  return (t.possessive ? namePart31(d, t.w, t.k, t.f, false, true) : nameWord31(d, t, false, true)) !== 0;
}

/**
 * The capitalized words of the names kept (see repeatable), marked where else they stand as a word of their own that no
 * span holds: "[24/11/26, 19:05] Tunde: yes" after "Tunde Bakare" was found. Only in a text of mixed case (a word in
 * capitals or in lower case is read by the one-case rules). Returns kept, with the repeats added, by start.
 */
export function nameRepeats32(d: Detector, kept: Cand[]): Cand[] {
  const v = d.v;
  bridgeParticles32(v, kept);
  if (d.oneCase) return kept;
  nameWordsBeside32(d, kept);
  const toks = d.toks;
  let words: Set<string> | undefined;
  let x = 0;
  for (const c of kept) {
    if (c.t !== 'NAME') continue;
    // The tokens inside the span (kept is by start: the token index only moves on).
    while (x < toks.length && (toks[x] as Tok).e <= c.s) x++;
    if (x > 0 && (toks[x - 1] as Tok).e > c.s) x--;
    for (let y = x; y < toks.length && (toks[y] as Tok).s < c.e; y++) {
      const t = toks[y] as Tok;
      if (t.s >= c.s && t.e <= c.e && repeatable(d, t)) (words ??= new Set()).add(t.w);
    }
  }
  if (words === undefined) return kept;
  const added: Cand[] = [];
  let k = 0;
  for (const t of toks) {
    if (t.shape !== 'T' || !words.has(t.w)) continue;
    // A word of its own: not in an address, a handle or a file's name ("@Tunde", "tunde.b@", "Tunde_2").
    const b = t.s > 0 ? v.charCodeAt(t.s - 1) : 32;
    const a = v.charCodeAt(t.e);
    if (b === 64 || b === 46 || b === 95 || b === 47 || (b >= 48 && b <= 57) || a === 64 || a === 95 || (a >= 48 && a <= 57) || (a === 46 && (isAsciiLetter(v.charCodeAt(t.e + 1)) || isDigitCode(v.charCodeAt(t.e + 1))))) continue;
    // Not where a span stands (kept is by start).
    while (k < kept.length && (kept[k] as Cand).e <= t.s) k++;
    const o = kept[k];
    if (o !== undefined && o.s < t.e) continue;
    // Nor a firm named after people ("Tregenza & Hocking LLP").
    if ((a === 32 || a === 44) && FIRM_AFTER.test(v.slice(t.e, t.e + 48))) continue;
    added.push({ s: t.s, e: t.e, t: 'NAME', p: 55 });
  }
  if (added.length === 0) return kept;
  return kept.concat(added).sort((p, q) => p.s - q.s);
}


/** Particles that stand between two parts of one person's name ("Ortiz de la Fuente", "Mac an t-Saoir" read as words,
 * "Verhoeven-van der Heijden", "Vda. de Restrepo"); the conjunctions "y", "e", "i" also join two people and are left out. */
const BRIDGE_PARTICLES_32: ReadonlySet<string> = new Set(('de del della la las los le da das do dos di du van von der den ter ten ' +
  "bin binti binte bint ibn bat ben abu ul al el lo mac nic ni ap an a' vda vda. viuda 't").split(' '));

/**
 * Two names kept with only particles between them on one line are one name: "MARIA DE" and "ANGELES ORTIZ DE" and
 * "FUENTE" of "MARIA DE LOS ANGELES ORTIZ DE LA FUENTE" (the rules join two parts found apart over one particle or a
 * known pair, nameEdges23; each part here ends in a particle already, or the particles are two). Changes kept in place.
 */
function bridgeParticles32(v: string, kept: Cand[]): void {
  let w = 0;
  for (let x = 0; x < kept.length; x++) {
    const c = kept[x] as Cand;
    const last = w > 0 ? (kept[w - 1] as Cand) : undefined;
    if (last !== undefined && last.t === 'NAME' && c.t === 'NAME' && c.s - last.e <= 24 && c.s > last.e && particlesOnly(v.slice(last.e, c.s), v.slice(last.s, last.e))) {
      kept[w - 1] = { s: last.s, e: c.e, t: 'NAME', p: Math.max(last.p, c.p) };
      continue;
    }
    kept[w++] = c;
  }
  kept.length = w;
}

/** Whether gap (the text between two names) is one or more particles, single blanks around and between them; in
 * capitals only after a name in capitals ("Mark Johnson DO Sarah Williams MD": a credential between two people). */
function particlesOnly(gap: string, name: string): boolean {
  if (gap.length < 3 || gap.charCodeAt(0) !== 32 || gap.charCodeAt(gap.length - 1) !== 32) return false;
  const words = gap.slice(1, -1).split(' ');
  const caps = name === name.toUpperCase();
  for (const x of words) {
    const k = x.toLowerCase();
    // ("DO" in capitals is the credential: "MARK JOHNSON DO SARAH WILLIAMS".)
    if (!BRIDGE_PARTICLES_32.has(k) || (x !== k && (!caps || k === 'do'))) return false;
  }
  return true;
}

/**
 * A capitalized word of a person's name right after a name kept, one blank between, that no span holds: a surname no
 * lexicon knows or a name that is no everyday word ("Ciaran Mac Giolla Phadraig", "Lithemba Mbeki-Ntsele"), as nameWord31
 * reads it in its narrow form; no kin, role or title word. The rules widen a name so where they find it (nameEdges23);
 * this reads the names found after them too. Changes kept in place (the spans keep their order).
 */
function nameWordsBeside32(d: Detector, kept: Cand[]): void {
  const v = d.v;
  const toks = d.toks;
  for (let x = 0; x < kept.length; x++) {
    const c = kept[x] as Cand;
    if (c.t !== 'NAME') continue;
    const s = c.s;
    let e = c.e;
    // (Not before it: a word there that no lexicon knows is as often a role or a kin word of another language, "Nipote
    // Gianluca Barbero", "Perearst Kalev Kask", and a known name there as often a title, "Familia Chumpitaz".)
    if (v.charCodeAt(e) === 32) {
      const i = d.tokenAtEdge(e, true);
      const t = i === undefined ? undefined : toks[i + 1];
      const after = kept[x + 1];
      // (After it, not a label's word, "Dogum Tarihi:", nor a firm's, "Okafor Whitlock LLP".)
      if (t !== undefined && t.s === e + 1 && besideWord(d, t) !== 0 && v.charCodeAt(t.e) !== 58 && (after === undefined || after.s >= t.e) && !FIRM_AFTER.test(v.slice(t.e, t.e + 48))) e = t.e;
    }
    if (s !== c.s || e !== c.e) kept[x] = { s, e, t: 'NAME', p: c.p };
  }
}

/** Whether t may be a word of the name beside: 0 = no, 1 = a word no lexicon knows, 2 = a name a lexicon knows (see nameWord31). */
function besideWord(d: Detector, t: Tok): 0 | 1 | 2 {
  if (t.shape !== 'T' || KIN_ROLE_WORDS_22.has(t.k) || (t.m & NOT_REPEATED_32) !== 0 || clinicalWord(t.k)) return 0;
  if ((t.f & NAME_BITS) === 0 && ROLE_ENDING_32.test(t.k)) return 0;
  return nameWord31(d, t, false, true);
}
