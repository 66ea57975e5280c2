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

/** The rules' bits. */
export const R24 = { UNIT: 0, VEHICLE: 1, PLAN: 2 } as const;

let table: Map<string, number> | undefined;
const found = new WeakMap<Detector, number[][]>();

/** The indices of the tokens (not of digits) whose word starts rule `r`, in text order. */
export function triggers24(d: Detector, r: number): readonly number[] {
  let lists = found.get(d);
  if (lists === undefined) {
    if (table === undefined) {
      const t = new Map<string, number>();
      const mark = (words: Iterable<string>, bit: number): void => {
        for (const w of words) t.set(w, (t.get(w) ?? 0) | (1 << bit));
      };
      mark(UNIT_WORDS_24, R24.UNIT);
      mark(VEHICLE_NOUNS_24, R24.VEHICLE);
      mark(AIRCRAFT_24, R24.VEHICLE);
      mark(VEHICLE_MAKES, R24.VEHICLE);
      mark(PLAN_FIRST_24, R24.PLAN);
      table = t;
    }
    lists = [[], [], []];
    const toks = d.toks;
    for (let i = 0; i < toks.length; i++) {
      const tk = toks[i] as Tok;
      if (tk.shape === 'X') continue;
      const bits = table.get(tk.k);
      if (bits === undefined) continue;
      for (let b = 0; b < 3; b++) if (bits & (1 << b)) (lists[b] as number[]).push(i);
    }
    found.set(d, lists);
  }
  return lists[r] as number[];
}
