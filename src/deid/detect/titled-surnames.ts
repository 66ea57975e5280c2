// Stop 25: a surname of two letters right after a title that the rules skip as a word of another reading: Vietnamese
// "Le" (Lê, one of the commonest surnames, also "LE", lower extremity, and French "le") and Korean "Im" ("Dr Le will
// fill the form", "Seen by Dr. Im."), when a sentence's end or a word in lower case follows (a capitalized word after
// it is read by the rules of whole names). Run after the tagger (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { Tok } from './words.js';
import { M } from './vocabulary.js';
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
