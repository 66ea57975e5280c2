// Stop 24: ages over 89 stated in a sentence or with another language's word for years. "DEAR DOCTOR I AM 92", "Koro
// would have been 93", "Savta was 92", "shes 90 next month"; "(93 tuoi)", "92 ar", "90 taong gulang", "granmoun 99 an",
// "92 v.". The age rules read a number with "years", "yo" or an age's label; these say whose age it is with a verb, or
// count years in Vietnamese, Swedish, Filipino, Haitian Creole, Finnish and other languages. Run after the tagger
// (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { Tok } from './words.js';
import { L } from '../lexicon.js';
import { clinicalWord } from '../tagger.js';
import type { Detector } from './detector.js';

/** A person and a verb of being right before the number: "I am", "she's", "he turned", "would have been", "Savta was"
 * (stop 37: or a person's document that says so, "ID card says 92", not a drug's or a chart's card, "passport gives 94");
 * "she was" and "pt is" are not enough: vitals are said so ("Sats: she was 91", "Pt is 98 RA"). */
export const PERSON_IS_24 = /(?:\bi[ \t]+am|\b(?:mum|mom|mam|mother|dad|father|nan|nana|gran|granny|grandma|grandpa|grandmother|grandfather|savta|saba|koro|kuia|wife|husband|aunt|uncle)[ \t]+(?:is|was)|\b\w+[ \t]+(?:will be|would have been|would be|had turned)|\b(?:(?:id|identity|birth|medicare|health|ic|nric)[ \t]+card|passport|papers)[ \t]+(?:says|states|gives)|\b(?:i'?m|im|she'?s|shes|he'?s|hes|turns|turned|turning|aged))[ \t]+$/i;
/** Words for years after an age in other languages: Vietnamese "tuoi", Swedish and Norwegian "ar"/"år", Filipino "taong
 * gulang", Creole and French "an"/"ans", Finnish "v."/"vuotias", Romanian "ani", Spanish and Portuguese "años"/"anos",
 * Italian "anni", German "Jahre", Dutch "jaar", Turkish "yaş", Indonesian "tahun" (stop 37: Danish "aar" for "år", and
 * the short ones before a cell's bar, "BELLE-MERE, 93 ANS |"). The short ones that are also English
 * words or short forms ("an", "ANS") count before a comma, a point or a bracket only ("99 an, avek"), and after a word that
 * is not a measure's ("Bed 95 an."); "v." not before a number ("MAP 95 v. 65": versus). */
const YEARS_AFTER_24 = /^[ \t]*(?:(?:tu[oổ]i|år|aar|taong[ \t]+gulang|vuotias|ani|a[ñn]os|anni|jahre|jaar|ya[sş]|tahun)(?![\p{L}])|v\.(?![ \t]*\d)|(?:ans?|ar)(?=[ \t]*(?:[,;.)|]|$)))/imu;
/** What makes the number a measure after the verb ("was 92%", "is 92/60", "was 92 mg", "turned 90 degrees"). */
const MEASURE_AFTER_24 = /^(?:[ \t]*(?:mg|ml|kg|lbs?|pounds?|kilos?|stone|miles?|metres?|meters?|km|bpm|mmhg|cm|per[ \t]*cent|percent|sure|ra|systolic|diastolic|fasting|febrile|on|over|at|with|degrees?|deg|times|minutes?|mins?|hours?|hrs?|days?|seconds?|secs?)\b|[ \t]*[%/°]|[.,]\d)/i;

export function agesStated24(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const xi of d.xIdx) {
    const t = toks[xi] as Tok;
    if (t.e - t.s < 2 || t.e - t.s > 3) continue;
    // (Stop 30, speed: ninety to a hundred and nineteen in two or three digits opens with a nine, a one or a zero, "090".)
    const c0 = t.w.charCodeAt(0);
    if (t.e - t.s === 2 ? c0 !== 57 : c0 !== 49 && c0 !== 48) continue;
    const n = +t.w;
    if (!(n >= 90 && n <= 119) || !/^\d+$/.test(t.w)) continue;
    if (d.anyCand(t.s, t.e)) continue;
    const after = v.slice(t.e, t.e + 16);
    let age = YEARS_AFTER_24.test(after);
    // (The short words after a word the lexicon knows as an everyday or a clinical one: "Bed 95 an.", "Flexion 95 lat.")
    if (age && /^[ \t]*(?:ans?|ar)\b/i.test(after)) {
      const p = toks[xi - 1];
      if (p !== undefined && p.shape !== 'X' && v.charCodeAt(t.s - 2) !== 44 && v.charCodeAt(t.s - 1) !== 40 && ((p.f & L.WORD) !== 0 || clinicalWord(p.k))) age = false;
    }
    if (!age && personIsBefore(v, t.s) && !MEASURE_AFTER_24.test(after)) age = true;
    if (age) d.add(t.s, t.e, 'AGE_OVER_89', 64);
  }
}

/** Whether PERSON_IS_24 matches the 24 characters before `at` (stop 30, speed: the pattern only after a blank that follows
 * the last letter of one of its words, "am", "is", "was", "be", "been", "turned", "i'm", "she's", "turning", "aged": an m,
 * an s, an e, an n, a d or a g, in either case; test/deid/gates31.test.ts holds it to the pattern). */
export function personIsBefore(v: string, at: number): boolean {
  const from = Math.max(0, at - 24);
  let p = at - 1;
  if (p < from) return false;
  let c = v.charCodeAt(p);
  if (c !== 32 && c !== 9) return false;
  while (p > from && (c === 32 || c === 9)) c = v.charCodeAt(--p);
  c |= 0x20;
  if (c !== 109 && c !== 115 && c !== 101 && c !== 110 && c !== 100 && c !== 103) return false;
  return PERSON_IS_24.test(v.slice(from, at));
}
