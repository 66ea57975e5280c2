// Lexicons, built once on first use from the generated data modules (see data/NOTICE.md).
import { COMMON_SURNAMES, FIRST_NAMES, LAST_NAMES, OTHER_NAMES } from './data/names.js';
import { COMMON_WORDS } from './data/words.js';
import { COUNTIES, COUNTRIES, US_CITIES, WORLD_CITIES } from './data/places.js';

export interface Lexicons {
  first: Set<string>;
  last: Set<string>;
  /** The 20,000 most frequent US surnames. */
  commonSurnames: Set<string>;
  /** Country names, lower case (not identifiers under Safe Harbor). */
  countries: Set<string>;
  /** Name parts of unknown role (first or last). */
  other: Set<string>;
  /** Common English words (lower case). */
  words: Set<string>;
  /** City and county names, lower case, multi-word names joined by single spaces. */
  places: Set<string>;
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
  const cityList = US_CITIES.split('|');
  const places = new Set<string>();
  const placePrefixes = new Set<string>();
  let maxWords = 1;
  for (const list of [cityList, WORLD_CITIES.split('|'), COUNTIES.split('|')]) {
    for (const c of list) {
      const key = c.toLowerCase().replace(/[\s-]+/g, ' ');
      places.add(key);
      const parts = key.split(' ');
      for (let i = 1; i < parts.length; i++) placePrefixes.add(parts.slice(0, i).join(' '));
      const n = parts.length;
      if (n > maxWords) maxWords = n;
    }
  }
  const firstList = FIRST_NAMES.split('|');
  const lastList = LAST_NAMES.split('|');
  cached = {
    first: new Set(firstList),
    last: new Set(lastList),
    other: new Set(OTHER_NAMES.split('|')),
    commonSurnames: new Set(COMMON_SURNAMES.split('|')),
    countries: new Set(COUNTRIES.split('|')),
    words: new Set(COMMON_WORDS.split('|')),
    places,
    placePrefixes,
    placeMaxWords: Math.min(maxWords, 4),
    cityList: cityList.filter((c) => /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(c)),
    firstList: firstList.filter((n) => /^[a-z]{3,}$/.test(n)),
    lastList: lastList.filter((n) => /^[a-z]{3,}$/.test(n)),
  };
  return cached;
}
