// Lexicons, built once on first use from the generated data modules (see data/NOTICE.md).
// Every single word maps to a bit set in one Map, so that a token costs one hash lookup.
import { COMMON_SURNAMES, FIRST_NAMES, LAST_NAMES, OTHER_NAMES } from './data/names.js';
import { COMMON_WORDS } from './data/words.js';
import { COUNTIES, COUNTRIES, TOWNS, TOWNS_IN_CONTEXT, US_CITIES, WORLD_CITIES } from './data/places.js';
import { EXTRA_PLACES } from './data/places-extra.js';
import { EXTRA_FIRST, EXTRA_LAST } from './data/names-extra.js';

/** Bits of a word's lexicon entry. */
export const L = {
  FIRST: 1,
  LAST: 2,
  /** Name part of unknown role. */
  OTHER: 4,
  /** Common English word (SCOWL 10-35). */
  WORD: 8,
  /** Among the 20,000 most frequent US surnames. */
  COMMON_SURNAME: 16,
  /** A one-word place name. */
  PLACE: 32,
  /** First word(s) of a longer place name. */
  PLACE_PREFIX: 64,
  COUNTRY: 128,
} as const;
export const NAME_BITS = L.FIRST | L.LAST | L.OTHER;
/** Stop 26: informal words for relatives that the common word list lacks (see lexicons()). */
const FAMILY_WORDS = 'mom|mommy|momma|grandma|grandpa|grandad|granddad|gramps|hubby|bro|sis|sibs|stepdad|stepmom|stepmum|bubba|bestie|aunty|auntie|kiddo';

export interface Lexicons {
  /** lower-case word -> bits of L */
  flags: Map<string, number>;
  /** Multi-word place names, lower case, joined by single spaces. */
  places: Set<string>;
  /** Multi-word places made of common words only ("castle hill"): places only with context. */
  contextPlaces: Set<string>;
  /** Every word-wise proper prefix of a multi-word place ("new" for "new york"). */
  placePrefixes: Set<string>;
  /** Longest number of words in a place name. */
  placeMaxWords: number;
  /** US city names as spelled, for surrogates. */
  cityList: readonly string[];
  firstList: readonly string[];
  lastList: readonly string[];
}

let cached: Lexicons | undefined;

export function lexicons(): Lexicons {
  if (cached) return cached;
  const flags = new Map<string, number>();
  const mark = (list: string, bit: number) => {
    for (const w of list.split('|')) flags.set(w, (flags.get(w) ?? 0) | bit);
  };
  mark(FIRST_NAMES, L.FIRST);
  mark(LAST_NAMES, L.LAST);
  mark(OTHER_NAMES, L.OTHER);
  // Multi-word entries ("van der merwe") mark each word as a name part.
  mark(EXTRA_FIRST.replace(/ /g, '|'), L.FIRST);
  mark(EXTRA_LAST.replace(/ /g, '|'), L.LAST);
  mark(COMMON_WORDS, L.WORD);
  // Stop 26: everyday words of family talk that the word list (SCOWL 10-35) lacks; "mom" and "hubby" were read as a known
  // surname that is no word ("Mom called re: the claim" a name).
  mark(FAMILY_WORDS, L.WORD);
  mark(COMMON_SURNAMES, L.COMMON_SURNAME);
  mark(COUNTRIES, L.COUNTRY);
  const places = new Set<string>();
  const placePrefixes = new Set<string>();
  let maxWords = 1;
  const contextPlaces = new Set<string>();
  for (const c of TOWNS_IN_CONTEXT.split('|')) contextPlaces.add(c.toLowerCase().replace(/[\s-]+/g, ' '));
  for (const list of [US_CITIES.split('|'), WORLD_CITIES.split('|'), TOWNS.split('|'), TOWNS_IN_CONTEXT.split('|'), COUNTIES.split('|'), EXTRA_PLACES.split('|')]) {
    for (const c of list) {
      const key = c.toLowerCase().replace(/[\s-]+/g, ' ');
      const parts = key.split(' ');
      if (parts.length === 1) flags.set(key, (flags.get(key) ?? 0) | L.PLACE);
      else {
        places.add(key);
        flags.set(parts[0] as string, (flags.get(parts[0] as string) ?? 0) | L.PLACE_PREFIX);
        for (let i = 2; i < parts.length; i++) placePrefixes.add(parts.slice(0, i).join(' '));
      }
      if (parts.length > maxWords) maxWords = parts.length;
    }
  }
  // The surrogate lists are built only when surrogates are asked for.
  let cities: string[] | undefined;
  let firsts: string[] | undefined;
  let lasts: string[] | undefined;
  cached = {
    flags,
    places,
    contextPlaces,
    placePrefixes,
    placeMaxWords: Math.min(maxWords, 4),
    get cityList() {
      return (cities ??= US_CITIES.split('|').filter((c) => /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(c)));
    },
    get firstList() {
      return (firsts ??= FIRST_NAMES.split('|').filter((n) => /^[a-z]{3,}$/.test(n)));
    },
    get lastList() {
      return (lasts ??= LAST_NAMES.split('|').filter((n) => /^[a-z]{3,}$/.test(n)));
    },
  };
  return cached;
}

