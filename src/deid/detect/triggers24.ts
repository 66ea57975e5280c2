// Stop 24: the tokens at which stop 24's rules that start from a word can fire, found in one pass over the tokens (one
// lookup a token) instead of one pass, and up to three set lookups a token, for each rule: the words of an address's
// parts (address-units.ts), of vehicles and their makes (vehicle-codes.ts), of health plans' labels (health-plans.ts).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order. (Its top-level
// code reads nothing: the word table is built on first use, when every module has been evaluated.)
import type { Tok } from './words.js';
import type { Detector } from './detector.js';
import { UNIT_WORDS_24 } from './address-units.js';
import { AIRCRAFT_24, VEHICLE_NOUNS_24 } from './vehicle-codes.js';
import { PLAN_FIRST_24 } from './health-plans.js';
import { VEHICLE_MAKES } from './vocabulary.js';
import { ID_WORD_TRIGGERS_25 } from './id-after-words.js';
import { L, NAME_BITS } from '../lexicon.js';
import { isDigitCode, isLetterCode } from './words.js';

/** The rules' bits (stop 25: the first words of identifiers' labels, id-after-words.ts; the tokens that may be a handle,
 * name-handles.ts). */
export const R24 = { UNIT: 0, VEHICLE: 1, PLAN: 2, ID_WORD: 3, HANDLE: 4 } as const;

let table: Map<string, number> | undefined;
/** A filter before the table (stop 28, speed): 1 at filterKey of each word of the table. A token whose key's slot is 0
 * is in no list but HANDLE's, and costs no look-up (some 15% of the nursing notes' words pass it). */
const filter = new Uint8Array(4096);
/** The slot of a key in `filter`: its first and last characters and its length. */
const filterKey = (k: string): number => ((k.charCodeAt(0) * 31 + k.charCodeAt(k.length - 1)) * 7 + k.length) & 4095;

/** The indices of the tokens (not of digits, but for HANDLE) whose word starts rule `r`, in text order. */
export function triggers24(d: Detector, r: number): readonly number[] {
  let lists = d.lists24;
  if (lists === undefined) {
    if (table === undefined) {
      const t = new Map<string, number>();
      const mark = (words: Iterable<string>, bit: number): void => {
        for (const w of words) {
          t.set(w, (t.get(w) ?? 0) | (1 << bit));
          filter[filterKey(w)] = 1;
        }
      };
      mark(UNIT_WORDS_24, R24.UNIT);
      mark(VEHICLE_NOUNS_24, R24.VEHICLE);
      mark(AIRCRAFT_24, R24.VEHICLE);
      mark(VEHICLE_MAKES, R24.VEHICLE);
      mark(PLAN_FIRST_24, R24.PLAN);
      mark(ID_WORD_TRIGGERS_25, R24.ID_WORD);
      table = t;
    }
    lists = [[], [], [], [], []];
    const toks = d.toks;
    const v = d.v;
    const handles = lists[R24.HANDLE] as number[];
    for (let i = 0; i < toks.length; i++) {
      const tk = toks[i] as Tok;
      const n = tk.e - tk.s;
      if (tk.shape === 'X') {
        // (A handle of letters then digits: "aboateng2".)
        if (n >= 5 && n <= 17 && isLetterCode(v.charCodeAt(tk.s)) && isDigitCode(v.charCodeAt(tk.e - 1))) handles.push(i);
        continue;
      }
      // (A handle of four to ten letters in lower case that no lexicon knows, or a word before a point: "j.mukherjee".)
      if (tk.shape === 'L' && ((n >= 4 && n <= 10 && (tk.f & (L.WORD | NAME_BITS)) === 0) || v.charCodeAt(tk.e) === 46)) handles.push(i);
      if (filter[filterKey(tk.k)] === 0) continue;
      const bits = table.get(tk.k);
      if (bits === undefined) continue;
      for (let b = 0; b < 4; b++) if (bits & (1 << b)) (lists[b] as number[]).push(i);
    }
    d.lists24 = lists;
  }
  return lists[r] as number[];
}
