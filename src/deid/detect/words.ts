// The tokenizer's word table: a cached entry per distinct word with its lexicon and rule bits, and the candidate
// helpers.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { PhiType } from '../types.js';
import type { TagTok } from '../tagger.js';
import { L, lexicons } from '../lexicon.js';
import { REGIONS } from '../data/places.js';
import {
  BUILDING_HEADS, CORE_TITLES, CREDENTIAL_TOKENS, DIVISIONS_33, EPONYM_HEADS, EPONYMS, FACILITY_GENERIC, FIRM_WORDS,
  FOREIGN_MONTH_WORDS, INDIAN_STATES, KIN_PLURAL, LOWER_NAME_CUE, LOWER_TITLES, M, MEDIUM_CONTEXT, NAME_FIELD_FIRST,
  NOT_NAME, NOT_PERSON, PARTICLES, PLACE_NOUNS, PLACE_PREP, REGIONS_4, ROLE_ABBR, SCALE_HEADS, SCALE_NAMES,
  SIGN_OFF_WORDS, STATE_ABBR_LOWER, STATE_FIRST_WORDS, STATE_WORDS, STORE_CHAINS, STREET_FIRST_WORDS,
  STREET_SUFFIX_SET, STRONG_CONTEXT, SUBJECT_VERBS, TITLES, VEHICLE_MAKES, VEHICLE_WORD_SET, WEAK_CONTEXT,
} from './vocabulary.js';
import { CUE_WORDS, FACILITY_FIRST, LABEL_FIRST, MONTH_WORDS, PHONE_LABEL_FIRST } from './patterns.js';
import { HANDLE_CUES, NAME_CUES, NOT_NAME_PHRASES } from './name-patterns.js';
import { NIR_WORDS, RARE_16 } from './spoken.js';
import { laterCueCodes } from './later-cues.js';
import { MASK_WORDS, RANK_RARE, VERIFY_CUES } from './id-labels.js';
import { OFFICE_RARE_17, RARE_17 } from './address-layouts.js';
import { PLACE_KEYS_19 } from './gazetteer-towns.js';
import { EDI_RARE_20 } from './machine-places.js';
import { RARE_22 } from './registers.js';
import { RARE_21 } from './machine-names.js';
import { CARE_HEADS_23, DIVISIONS_AFTER_23, DIVISIONS_BEFORE_23, TITLED_STREETS_23 } from './care-sites.js';
import { RARE_25 } from './id-prefixes.js';
import { RARE_24 } from './role-names.js';
import { PLACE_FIELD_FIRST_27, PRISON_PREFIX_27 } from './postcodes.js';
import { RARE_28 } from './national-ids.js';
import { RARE_29 } from './place-kinds.js';
import { RARE_35 } from './world-streets.js';
import { RARE_30, STATES_AND_COUNTRIES_17 } from './rare-ids.js';
import { RARE_18 } from './phones-plates.js';
import { RARE_CALENDARS_21 } from './calendars.js';
import { ONE_CASE_RARE_CUES_18 } from './one-case.js';

export interface Cand {
  s: number;
  e: number;
  t: PhiType;
  p: number;
}

// ---------------------------------------------------------------------------------------------

/** A token of the text (its fields are declared once, in tagger.ts, which reads them too). */
export type Tok = TagTok;

/** What a token reads from its word: the same for every token of that word (the memo's entry, WordEntry). */
export interface TokWord {
  readonly w: string;
  readonly k: string;
  readonly shape: Tok['shape'];
  readonly possessive: boolean;
  readonly capitals: number;
  readonly m: number;
}

/**
 * The tokenizer's token: its place and trigger bits of its own, the rest read from its word's entry (stop 32, speed).
 * A token used to copy the seven fields of its word; some 350,000 tokens a pass over the nursing notes made the
 * tokenizer the detector's largest allocator (42 of 104 MB a pass), and the young generation's collections and page
 * faults that came with it cost more than the getters' extra load.
 */
export class WordTok implements TagTok {
  constructor(
    readonly s: number,
    readonly e: number,
    public f: number,
    readonly word: TokWord,
  ) {}
  get w(): string {
    return this.word.w;
  }
  get k(): string {
    return this.word.k;
  }
  get shape(): Tok['shape'] {
    return this.word.shape;
  }
  get possessive(): boolean {
    return this.word.possessive;
  }
  get capitals(): number {
    return this.word.capitals;
  }
  get m(): number {
    return this.word.m;
  }
}

/** Character classes for the tokenizer: 0 other, 1 digit, 2 lower-case letter, 3 other letter. */
// Covers Latin, Greek, Cyrillic and Latin Extended Additional (Vietnamese: "Nguyễn").
export const CLASS_LIMIT = 0x2000;
export const CHAR_CLASS = (() => {
  const t = new Uint8Array(CLASS_LIMIT);
  for (let c = 48; c <= 57; c++) t[c] = 1;
  for (let c = 65; c < CLASS_LIMIT; c++) {
    const ch = String.fromCharCode(c);
    if (!/\p{L}/u.test(ch)) continue;
    t[c] = /\p{Ll}/u.test(ch) ? 2 : 3;
  }
  return t;
})();
export const charClass = (c: number): number => (c < CLASS_LIMIT ? (CHAR_CLASS[c] as number) : 0);
export const isLetterCode = (c: number): boolean => charClass(c) >= 2;
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
export const isWordCode = (c: number): boolean => charClass(c) !== 0;

/** Memo of the words without digits (at most 12 characters: such slices are copies, they keep no text alive): four-way
 * sets chosen by a hash of the characters. A slot's key (hash and length in one int, the number of its entry, the
 * word's UTF-16 code units, two per int) lies in WORD_CACHE_KEYS, 32 bytes per slot, a set's keys in two cache lines: a
 * hit is checked without reading the entry's string (a dependent load that missed the CPU caches on most rare words).
 * Entries are numbered in the order their slots were first filled, and a number stays with its entry when slots swap
 * and goes to the next word of its slot: the frequent words, met first, have the low numbers, so their part of
 * WORD_CACHE stays in the CPU caches (stop 17: an array of entries by slot, in hash order, cost a cache miss per token,
 * about 3% of detect() on the nursing notes). A new word takes a set's first empty
 * way, else its last, and a word met again moves up one way: the frequent words stay while rare ones come and go. (With
 * two ways and the new word first, some 3,000 tokens a pass over the nursing notes missed the memo, frequent words such
 * as "AND" and "sats" among them, and were looked up again in the lexicon; now some 300.) */
export const WORD_CACHE_MAX_LEN = 12;
const WORD_CACHE_SIZE = 1 << 16;
const WORD_CACHE_WAYS = 4;
const WORD_CACHE_SETS = (WORD_CACHE_SIZE / WORD_CACHE_WAYS) - 1;
/** Int32s per slot in WORD_CACHE_KEYS: hash with the length in its low 4 bits (0: an empty slot), the number of the
 * slot's entry in WORD_CACHE (0: none yet), 6 ints of packed code units. */
const KEY_INTS = 8;
export interface WordEntry extends TokWord {
  f: number;
  /** The word, or a part of it between hyphens, is in VEHICLE_WORD_SET. */
  vehicle: boolean;
  /** The key is a cue word of the stop-27 rules (CUE27_WORDS): the token is listed in Detector.idx27. */
  c27: boolean;
  /** A token with digits (shape X): the trigger bits its characters give (Detector.digitBits), -1 until first read. */
  dseen: number;
  /** A token with digits: the shape bits (S) its characters give, set with dseen. */
  dshapes: number;
}

/** A word's entry (one place, so that every entry, in the memo or not, has the same fields in the same order). */
export function wordOf(w: string, k: string, shape: Tok['shape'], possessive: boolean, f: number, m: number, vehicle: boolean, c27: boolean, capitals: number): WordEntry {
  return { w, k, shape, possessive, capitals, m, f, vehicle, c27, dseen: -1, dshapes: 0 };
}
/** Cue words of the stop-27 rules (kin-names.ts, ids-more.ts add theirs when their module is evaluated, before any text is
 * read): their tokens are listed in Detector.idx27, so those rules look up only the tokens that can be their cues instead
 * of every token (a map's look-up per token cost them some 3% of the detector's time on the nursing notes). */
export const CUE27_WORDS = new Set<string>();
const WORD_CACHE_KEYS = new Int32Array(WORD_CACHE_SIZE * KEY_INTS);
/** The entries by number (from 1; see WORD_CACHE_KEYS). */
const WORD_CACHE: (WordEntry | undefined)[] = new Array<WordEntry | undefined>(WORD_CACHE_SIZE + 1).fill(undefined);
/** The number of entries numbered so far. */
let wordCacheCount = 0;

/** Whether the key at `base` (see WORD_CACHE_KEYS) is v.slice(s, s + len). */
function keyIs(v: string, s: number, len: number, hash: number, base: number): boolean {
  const K = WORD_CACHE_KEYS;
  if (K[base] !== ((hash & ~15) | len)) return false;
  let x = 0;
  let at = base + 2;
  for (; x + 1 < len; x += 2, at++) if (K[at] !== (v.charCodeAt(s + x) | (v.charCodeAt(s + x + 1) << 16))) return false;
  return x === len || K[at] === v.charCodeAt(s + x);
}

/** Writes the key of v.slice(s, s + len) at slot `slot` (its entry's number stays). */
function setKey(v: string, s: number, len: number, hash: number, slot: number): void {
  const K = WORD_CACHE_KEYS;
  const base = slot * KEY_INTS;
  K[base] = (hash & ~15) | len;
  let x = 0;
  let at = base + 2;
  for (; x + 1 < len; x += 2, at++) K[at] = v.charCodeAt(s + x) | (v.charCodeAt(s + x + 1) << 16);
  if (x < len) K[at] = v.charCodeAt(s + x);
}

/** Swaps the memo's slots a and b (keys and the numbers of their entries). */
function swapSlots(a: number, b: number): void {
  const K = WORD_CACHE_KEYS;
  for (let x = 0, pa = a * KEY_INTS, pb = b * KEY_INTS; x < KEY_INTS; x++, pa++, pb++) {
    const t = K[pa] as number;
    K[pa] = K[pb] as number;
    K[pb] = t;
  }
}

/** The memo's entry for the word v.slice(s, e) (its hash, digit, upper-case and lower-case letter counts and hyphen as the
 * tokenizer read them). (Stop 29, speed: tokens with digits too, shape X: "2", "100", "O2", "5mg" repeat as words do.) */
export function wordEntry(v: string, s: number, e: number, hash: number, digits: number, uppers: number, lowers: number, hyphen: boolean, flags: Map<string, number>): WordEntry {
  const len = e - s;
  const first = (hash & WORD_CACHE_SETS) * WORD_CACHE_WAYS;
  /** The set's first empty way (key 0). */
  let free = -1;
  for (let slot = first; slot < first + WORD_CACHE_WAYS; slot++) {
    if (!keyIs(v, s, len, hash, slot * KEY_INTS)) {
      if (free < 0 && WORD_CACHE_KEYS[slot * KEY_INTS] === 0) free = slot;
      continue;
    }
    const en = WORD_CACHE[WORD_CACHE_KEYS[slot * KEY_INTS + 1] as number] as WordEntry;
    if (slot > first) swapSlots(slot - 1, slot);
    return en;
  }
  // A new word takes the first empty way, else the last (its word drops out).
  return newWordEntry(v, s, e, hash, free < 0 ? first + WORD_CACHE_WAYS - 1 : free, digits, uppers, lowers, hyphen, flags);
}

/**
 * A word the memo does not hold: its entry, stored in way `slot`. The whole miss path is one function on purpose: the
 * hit path above stays small enough for V8 to inline into the tokenizer's loop, and this one (rarely run once the memo
 * is warm) too large to be inlined into it (stop 15: with the double-barrel test inlined there, the tokenizer lost that
 * inlining and about 5% of its speed on the nursing notes).
 */
function newWordEntry(v: string, s: number, e: number, hash: number, slot: number, digits: number, uppers: number, lowers: number, hyphen: boolean, flags: Map<string, number>): WordEntry {
  const w = v.slice(s, e);
  // (Stop 29: a token with digits gets what Detector.slowToken gives it: its key not lower-cased, no lexicon or trigger
  // bits, no vehicle or stop-27 cue word; its digit bits are set by Detector.digitBits on first read.)
  const x = digits > 0;
  let shape: Tok['shape'];
  const c0 = w.charCodeAt(0);
  const up0 = charClass(c0) === 3;
  if (x) shape = 'X';
  else if (!up0) shape = 'L';
  else if (w.length === 1) shape = 'I';
  else shape = lowers === 0 ? 'U' : 'T';
  let k = x || uppers === 0 ? w : w.toLowerCase();
  let possessive = false;
  const len = k.length;
  if (len > 2 && k.charCodeAt(len - 2) === 39 && k.charCodeAt(len - 1) === 115) {
    possessive = true;
    k = k.slice(0, -2);
  } else if (len > 2 && k.charCodeAt(len - 2) === 0x2019 && k.charCodeAt(len - 1) === 115) {
    possessive = true;
    k = k.slice(0, -2);
  }
  let f = x ? 0 : (flags.get(k) ?? 0);
  if (hyphen && !x) {
    f |= (flags.get(k.slice(0, k.indexOf('-'))) ?? 0) & ~0xff;
    if (/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/.test(k)) f |= T.MONTH;
    f |= doubleBarrelBits(k, flags);
  }
  const en = wordOf(w, k, shape, possessive, f, memberBits(k), !x && vehicleWord(k, hyphen), !x && CUE27_WORDS.has(k), uppers);
  setKey(v, s, e - s, hash, slot);
  const at = slot * KEY_INTS + 1;
  if (WORD_CACHE_KEYS[at] === 0) WORD_CACHE_KEYS[at] = ++wordCacheCount;
  WORD_CACHE[WORD_CACHE_KEYS[at] as number] = en;
  return en;
}

/** L.LAST for a double-barrelled surname whose parts are both surnames and neither a common word ("whitlock-barrios",
 * "dunbar-kerr"; not "ross-on-wye" nor "left-sided"), else 0 (stop 15: the name rules read the surname bit). */
export function doubleBarrelBits(k: string, flags: Map<string, number>): number {
  if ((flags.get(k) ?? 0) !== 0) return 0;
  const parts = k.split('-');
  if (parts.length !== 2) return 0;
  for (const p of parts) {
    const pf = flags.get(p) ?? 0;
    if (p.length < 2 || (pf & (L.LAST | L.OTHER)) === 0 || (pf & (L.WORD | L.COUNTRY)) !== 0 || EPONYMS.has(p)) return 0;
  }
  return L.LAST;
}

/** Whether a word's key, or one of its parts between hyphens ("mini-van"), is a vehicle word (VEHICLE_WORD_SET). */
export function vehicleWord(k: string, hyphen: boolean): boolean {
  if (VEHICLE_WORD_SET.has(k)) return true;
  if (!hyphen) return false;
  for (const part of k.split('-')) if (VEHICLE_WORD_SET.has(part)) return true;
  return false;
}

/** Trigger bits, above the lexicon bits: words whose presence lets a family of rules run. */
export const T = {
  MONTH: 1 << 8,
  AT: 1 << 9,
  COUNTY: 1 << 10,
  AGE_WORD: 1 << 11,
  BOX: 1 << 12,
  ZIP: 1 << 13,
  SSN: 1 << 14,
  AGE: 1 << 15,
  LABEL: 1 << 16,
  PHONE_LABEL: 1 << 17,
  FACILITY: 1 << 18,
  CUE: 1 << 19,
  DOT: 1 << 20,
  PHOTO_EXT: 1 << 21,
  AGE_UNIT: 1 << 22,
  STREET: 1 << 23,
  FMONTH: 1 << 24,
  /** Labels of name fields in forms ("Surname:", "First:"). */
  NAME_FIELD: 1 << 25,
  /** Vehicle makes. */
  MAKE: 1 << 26,
  /** Labels of address lines ("Address:", "Residence:", "Home:"). */
  ADDR: 1 << 27,
  /** "NHS", "CHI". */
  NHS: 1 << 28,
  /** "Route", "Highway"... */
  ROUTE: 1 << 29,
  /** Labels of health plan numbers of other countries ("OHIP", "PHN", "NHI", "Medicare"). */
  INTL_HEALTH: 1 << 30,
  /** Street words of other languages ("ul.", "Calle"); the sign bit, tested with !== 0. */
  STREET_FIRST: 1 << 31,
} as const;
/** Triggers of the rules run at token starts (stickyAt). */
export const STICKY_BITS = T.LABEL | T.PHONE_LABEL | T.FACILITY | T.SSN | T.INTL_HEALTH | T.AGE | T.BOX;
/** Triggers seen from the shape of tokens, not from words (Detector.shapes). */
export const S = {
  /** A token shaped like the inward half of a UK postcode ("7QH"). */
  POSTCODE: 1,
  /** Two or three capitals right after a dash ("-AR"). */
  DASH_INITIALS: 2,
  /** A group of digits starting with 0 ("0115", "07700"). */
  UK_PHONE: 4,
  /** An ordinal day ("23rd"). */
  ORDINAL: 8,
  /** "I-95". */
  ROUTE: 16,
  /** A group of three capitals and digits ("2C4", "K1M"): a Canadian postal code may be near. */
  CA_POST: 32,
  /** A 4-digit number right after an Australian state abbreviation ("NSW 2026"). */
  AU_POST: 64,
  /** Four digits right after two digits and a space or dot ("45 6789"): a spaced SSN may be here. */
  SSN: 128,
} as const;
/** Member bits whose tokens are listed in Detector.cueIdx. */
export const CUE_BITS = M.HANDLE_CUE | M.COMPANY_FIRST;
/** Member bits whose tokens (and the possessive ones) are listed in Detector.crossIdx. */
export const CROSS_BITS = M.PLACE_PREP | M.STRONG_CONTEXT | M.CREDENTIAL_TOKENS;
let memberMap: Map<string, number> | undefined;
/** The M bits of a token's key. */
export function memberBits(k: string): number {
  if (!memberMap) {
    const map = new Map<string, number>();
    const sets: [ReadonlySet<string>, number][] = [[NOT_NAME, M.NOT_NAME], [STATE_WORDS, M.STATE_WORDS], [EPONYMS, M.EPONYMS], [NOT_PERSON, M.NOT_PERSON], [MONTH_WORDS, M.MONTH_WORDS], [TITLES, M.TITLES], [FACILITY_GENERIC, M.FACILITY_GENERIC], [SUBJECT_VERBS, M.SUBJECT_VERBS], [STRONG_CONTEXT, M.STRONG_CONTEXT], [WEAK_CONTEXT, M.WEAK_CONTEXT], [MEDIUM_CONTEXT, M.MEDIUM_CONTEXT], [ROLE_ABBR, M.ROLE_ABBR], [PARTICLES, M.PARTICLES], [KIN_PLURAL, M.KIN_PLURAL], [CORE_TITLES, M.CORE_TITLES], [EPONYM_HEADS, M.EPONYM_HEADS], [LOWER_TITLES, M.LOWER_TITLES], [LOWER_NAME_CUE, M.LOWER_NAME_CUE], [PLACE_PREP, M.PLACE_PREP], [SCALE_NAMES, M.SCALE_NAMES], [CREDENTIAL_TOKENS, M.CREDENTIAL_TOKENS], [PLACE_NOUNS, M.PLACE_NOUNS], [STORE_CHAINS, M.STORE_CHAINS], [SCALE_HEADS, M.SCALE_HEADS], [STATE_FIRST_WORDS, M.STATE_FIRST_WORDS], [STATE_ABBR_LOWER, M.STATE_ABBR_LOWER], [BUILDING_HEADS, M.BUILDING_HEADS]];
    for (const [set, bit] of sets) for (const w of set) map.set(w, (map.get(w) ?? 0) | bit);
    for (const w of regionTable().first) map.set(w, (map.get(w) ?? 0) | M.REGION_FIRST);
    for (const w of HANDLE_CUES) map.set(w, (map.get(w) ?? 0) | M.HANDLE_CUE);
    // The name cue words (NAME_CUES) share the bit of the companies' first words, to be listed in cueIdx: a bit at 2^30
    // would take Tok.m out of small integers, which slows every pass that reads it.
    for (const w of NAME_CUES.keys()) map.set(w, (map.get(w) ?? 0) | M.COMPANY_FIRST);
    // The trigger words of tokenCues (laterCues) share the bit of the companies' first words, to be listed in cueIdx (no member
    // bit is left below 2^30, and a bit at 2^30 would take Tok.m out of small integers). companies() tries its pattern at them
    // and finds nothing there that it would not find at a company's first word.
    for (const w of laterCueCodes().keys()) map.set(w, (map.get(w) ?? 0) | M.COMPANY_FIRST);
    for (const c of NOT_NAME_PHRASES) {
      const words = c.split(' ');
      for (const w of [words[0] as string, `${words[0]}-${words[1]}`]) map.set(w, (map.get(w) ?? 0) | M.COMPANY_FIRST);
    }
    memberMap = map;
    memberDigits = [...map.keys()].some((w) => /^\d/.test(w));
  }
  return memberMap.get(k) ?? 0;
}
let regionCache: { keys: Set<string>; prefixes: Set<string>; first: Set<string>; maxWords: number } | undefined;
/**
 * States, provinces and regions of other countries written in several words ("British Columbia", "New South
 * Wales", "Western Cape", "Bay of Plenty"), lower case, words joined by single spaces: the generated REGIONS
 * and the Indian, New Zealand and South African lists above, less any that is also a town in the gazetteer
 * ("Rio de Janeiro", "Reggio Emilia"), which stays a place.
 */
export function regionTable(): { keys: Set<string>; prefixes: Set<string>; first: Set<string>; maxWords: number } {
  if (regionCache) return regionCache;
  const lex = lexicons();
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  const first = new Set<string>();
  let maxWords = 2;
  for (const r of [...REGIONS.split('|'), ...INDIAN_STATES.split('|'), ...REGIONS_4.split('|'), ...STATES_AND_COUNTRIES_17]) {
    const key = r.toLowerCase().replace(/[\s-]+/g, ' ').replace(/['’]/g, '');
    const words = key.split(' ');
    if (words.length < 2 || lex.places.has(key)) continue;
    keys.add(key);
    first.add(words[0] as string);
    // "Hawke's Bay": the token of a possessive is the word without its "'s".
    if (/^\S+['’]s\b/.test(r)) first.add((words[0] as string).slice(0, -1));
    for (let i = 2; i < words.length; i++) prefixes.add(words.slice(0, i).join(' '));
    if (words.length > maxWords) maxWords = words.length;
  }
  return (regionCache = { keys, prefixes, first, maxWords });
}
/** Whether a word of the sets starts with a digit (else tokens that do are in none). */
export let memberDigits = true;

let triggerMap: Map<string, number> | undefined;
/** The lexicon's word bits plus the trigger bits, in one map (built once). */
export function triggerFlags(): Map<string, number> {
  if (triggerMap) return triggerMap;
  const map = lexicons().flags;
  const add = (words: Iterable<string>, bit: number) => {
    for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
  };
  add(MONTH_WORDS, T.MONTH);
  add(FOREIGN_MONTH_WORDS, T.FMONTH);
  add(['nhs', 'chi'], T.NHS);
  add(['ohip', 'hcn', 'phn', 'ramq', 'nhi', 'health', 'ontario', 'provincial', 'bc', 'alberta', 'manitoba', 'personal', 'carte', 'national', 'medicare'], T.INTL_HEALTH);
  // "template" shares the bit of "NHS" (two rare triggers: each rule checks its own words).
  add(['template', 'templates'], T.NHS);
  // More rare words on the same bit; each rule looks for its own words in Detector.rare.
  add([...FIRM_WORDS, ...SIGN_OFF_WORDS, 'dublin', 'co', 'gps', 'coordinates', 'coords', 'latitude', 'lz', 'psc', 'cmr', 'apo', 'fpo', 'dpo', 'box', 'brgy', 'barangay', 'bairro', 'colonia', 'fracc', 'col', 'v', 'vs', 'insert'], T.NHS);
  // Stop 15: a Malay and Indonesian fax label (see numbersRound15).
  add(['faks', 'faksimili', 'jalan', 'jln', 'jl', 'lorong', 'persiaran', 'taman', 'kampung', 'bandar'], T.NHS);
  // (Stop 15, ids15) Masks of identifiers ("XXXX XXXX 4471"): maskedIds.
  add(MASK_WORDS, T.NHS);
  // Stop 15: patronymic joiners and military or police ranks (namesAround).
  // (Stop 20: "anak", the Iban and Dayak joiner, "Juanis anak Gimbang".)
  add(['bin', 'binti', 'binte', 'bte', 'ibn', 'anak', ...RANK_RARE], T.NHS);
  // Stop 15, second wave: cues of initials (verifiedInitials).
  add(VERIFY_CUES, T.NHS);
  // Stop 15, second wave (places17): foreign hospital heads, townships, mile markers (placesRound17).
  add(RARE_17, T.NHS);
  add(PLACE_KEYS_19, T.NHS);
  add(EDI_RARE_20, T.NHS);
  add([...CARE_HEADS_23, ...TITLED_STREETS_23, ...DIVISIONS_AFTER_23, ...DIVISIONS_BEFORE_23], T.NHS);
  add([...PRISON_PREFIX_27, ...PLACE_FIELD_FIRST_27], T.NHS);
  add(RARE_29, T.NHS);
  add(RARE_35, T.NHS);
  add(DIVISIONS_33, T.NHS);
  add(OFFICE_RARE_17, T.NHS);
  add(RARE_22, T.NHS);
  add(['com'], T.NHS);
  add(RARE_25, T.NHS);
  add(RARE_28, T.NHS);
  add(RARE_18, T.NHS);
  add(ONE_CASE_RARE_CUES_18, T.NHS);
  add(RARE_30, T.NHS);
  add(RARE_16, T.NHS);
  add([...NIR_WORDS, 'baby'], T.NHS);
  add(RARE_21, T.NHS);
  add(RARE_24, T.NHS);
  add(RARE_CALENDARS_21, T.NHS);
  add(['address', 'addr', 'residence', 'suburb', 'locality', 'hometown', 'birthplace', 'town', 'city', 'village', 'lives', 'living', 'residing', 'born', 'home', 'county', 'parish', 'borough', 'district'], T.ADDR);
  add(['route', 'rte', 'highway', 'hwy', 'interstate', 'exit', 'fm', 'rm', 'sr'], T.ROUTE);
  add(['at'], T.AT);
  add(['dot'], T.DOT);
  // Videos and whole-slide scans are images of the patient too.
  add(['jpg', 'jpeg', 'png', 'gif', 'bmp', 'tif', 'tiff', 'heic', 'heif', 'webp', 'raw', 'dcm', 'dicom', 'mp4', 'mov', 'avi', 'm4v', 'wmv', 'svs', 'ndpi', 'pdf'], T.PHOTO_EXT);
  add(['year', 'years', 'yr', 'yrs', 'yo', 'y', 'j', 'o', 'm', 'f', 'old', 'años', 'anos', 'ans', 'jahre', 'jahren', 'anni', 'jaar', 'år', 'jährige', 'jährigen', 'jähriger', 'jähriges', 'jarige', 'årig', 'årige', 'yof', 'yom'], T.AGE_UNIT);
  add(STREET_SUFFIX_SET, T.STREET);
  add(['park', 'gardens', 'mall', 'station', 'airport', 'beach', 'stadium', 'bridge', 'pier', 'marina'], T.STREET);
  add(STREET_FIRST_WORDS, T.STREET_FIRST);
  add(['county', 'parish', 'borough'], T.COUNTY);
  add(['ninety', 'hundred', 'nineties'], T.AGE_WORD);
  add(['p', 'po', 'gpo', 'locked', 'private', 'r', 'rr', 'hc', 'h', 'rural', 'apt', 'apartment'], T.BOX);
  add(['zip', 'postal', 'postcode', 'cep', 'plz', 'zipcode', 'postalcode', 'zip_code', 'postal_code', 'post_code', 'pincode', 'pin_code'], T.ZIP);
  add(NAME_FIELD_FIRST, T.NAME_FIELD);
  add(VEHICLE_MAKES, T.MAKE);
  add(['ssn', 'ss', 'social', 'soc', 'last'], T.SSN);
  add(['age', 'aged', 'ages', 'died', 'passed', 'expired', 'deceased', 'alive', 'lived', 'turned', 'turns', 'turning', 'birthday', 'edad', 'alter', 'âge', 'età', 'leeftijd', 'idade', 'ålder', 'alder', 'wiek', 'umur'], T.AGE);
  add(LABEL_FIRST, T.LABEL);
  add(PHONE_LABEL_FIRST, T.PHONE_LABEL);
  add(FACILITY_FIRST, T.FACILITY);
  add(CUE_WORDS, T.CUE);
  triggerMap = map;
  return map;
}

/** Counts of the tokenizer's slow path (see Detector.slowToken). */
export interface ScanCounts {
  /** A vehicle word occurs (see Detector.vehicleText). */
  vehicle: boolean;
  upper: number;
  letters: number;
  capitals: number;
  seen: number;
  shapes: number;
}

export const anyCandidate = (): boolean => true;
export const isNameCand = (c: Cand): boolean => c.t === 'NAME';
export const isPlaceCand = (c: Cand): boolean => c.t === 'LOCATION';
export const isOtherThanPlaceOrName = (c: Cand): boolean => c.t !== 'NAME' && c.t !== 'LOCATION';
