// The Detector: one text's view, tokens and candidates, the rules that are its methods, and the fixed order in which
// every rule runs (runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, lexicons, type Lexicons, NAME_BITS } from '../lexicon.js';
import type { PhiType } from '../types.js';
import { clinicalEntry, clinicalWord, tagSpans } from '../tagger.js';
import { structured } from '../structured.js';
import { taggerOff } from './engine.js';
import { calendarDates21 } from './calendars.js';
import {
  CAND_INDEX_LONG, CAND_INDEX_MIN, codeAt, forgetLineIndex, lineEndOf, lineStartOf, skipBlanks, skipBlanksBack,
} from './text.js';
import {
  anyCandidate, type Cand, CHAR_CLASS, charClass, CLASS_LIMIT, CROSS_BITS, CUE_BITS, CUE27_WORDS, doubleBarrelBits, isDigitCode,
  isLetterCode, isNameCand, isWordCode, memberBits, memberDigits, regionTable, S, type ScanCounts, STICKY_BITS, T,
  type Tok, triggerFlags, vehicleWord, WORD_CACHE_MAX_LEN, wordEntry, type WordEntry, wordOf, WordTok,
} from './words.js';
import {
  ADDRESS_LINE, ADDRESS_PART_BEFORE, ADDRESS_PARTS, ADDRESS_PREFIXES, AGE_SEX_AFTER, AGE_SEX_NEXT,
  AMBIGUOUS_CREDENTIAL, AMBIGUOUS_FACILITY_HEAD, AMBIGUOUS_STATE, arabicPrefixed, AU_STATES, AV_HEART_AFTER,
  BASE_VERBS, BLOCK_CODE_TOWN, BLOCK_POSTCODE, BLOCK_STOP, BLOCK_STREET_LINE, BLOCK_TOWN, BLOCK_UNIT_LINE,
  BUILDING_WORDS, BY_INITIALS, CA_PROVINCES, CAPTION_DEFENDANT, CITY_AFTER, CITY_BEFORE_PROVINCE, CITY_ZIP_AFTER,
  COMPACT_DMY, COUNT_AFTER, CREDENTIAL_RE, CREDENTIAL_TOKENS, DATELINE_AFTER, DAY_MON_TOKEN, EIRCODE, EPONYMS,
  FACILITY_FIRST_CAPITALIZED, FACILITY_FIRST_TITLE, FACILITY_GENERIC, FACILITY_HEAD, FACILITY_HEAD_FIRST, FACILITY_HEAD_SKIP,
  FACILITY_LABEL_PREFIXES, FACILITY_LABELLED, FACILITY_LABELS_15, FACILITY_OF, FACILITY_FOR_35, FACILITY_FOR_NOT_35, FINDING_WORDS, FIRM_AFTER, FIRM_WORDS,
  FIRST_PERSON_PREV, FORT_LIKE, FULL_MONTHS, FUNCTION_WORDS, hasAsianAddressSuffix, HEADS_15_KEY,
  HOUSE_NUMBER_COMMA_BEFORE, IRISH_COUNTY, KIN_BEFORE, LIVING_PREPS, LIVING_WORDS, LOWER_FACILITY_HEAD,
  LOWER_STREET_BEFORE, M, MILITARY_BOX, MILITARY_ZIP, NAME_FIELD, NAME_FIELD_FIRST, NOT_INITIALS, NOT_NAME,
  CONJUNCTIONS_31, KIN_STATUS_31, NOT_NAME_CAPS, NOT_PERSON, OBJECT_DETERMINERS_31, ORD_AFTER, QUANTIFIERS_31, ORD_OF_BEFORE, ORIGINALLY, PARTICLES, PIN_BEFORE, PLACE_LINE,
  PLACE_OPENER_WORDS, PLATE_AFTER_MAKE, PLATE_AFTER_STATE, POSTCODE_TOWN_AFTER, REGION_BEFORE_POST4, REGION_WORDS, ONE_WORD_REGIONS_17,
  RESIDENCE_WORDS, RESIDENT_OF, ROAD_END, ROAD_NUMBER_AFTER, SCORE_BEFORE, SIGN_INITIALS_Y, SIGN_OFF, SIGN_OFF_WORDS,
  SPOKEN_ID, STATE_ABBR_SET, STATE_BEFORE_PIN, STATE_FIRST_WORDS, STATE_WORDS, STORE_CHAINS, STREET_FIRST_WORDS,
  STREET_KIND_FIRST, STREET_SUFFIX_SET, STREETNAME_SUFFIX, STRONG_CONTEXT, STRONG_FACILITY_HEAD, SUBJECT_VERBS,
  TERMINOLOGY_URL, TITLES, TOWN_AFTER_CODE, TOWN_BEFORE_POSTCODE, UK_POSTCODE_AREAS, UNIT_AFTER, UNIT_BEFORE, VEHICLE_CONTEXT,
  VEHICLE_WORD_SET, WEAK_FACILITY_HEAD, WEEKDAY_SHORT, WORD_SUFFIXES, YEAR_AFTER_WORDS,
} from './vocabulary.js';
import {
  AGE_AFTER_NAME, AT_USER_AFTER, AT_USER_KEY, AT_USER_RUN, BIOMETRIC_BEFORE_LABEL, BIOMETRIC_CTX, CITY_HEAD_BEFORE,
  CODE_AFTER_PLACE, CODE_BEFORE_PLACE, CODED_ID, CODED_LABELS, COMPACT_DATE_RE, DATE_CONTEXT_BEFORE, DATE_SHAPES,
  DAY_FIRST_CONTEXT, DAY_MONTH_DOT_BEFORE, dayFirstAlone19, DEA_RE, digitFirst, DOMAIN_CHARS, FACILITY_FIRST,
  HASH_ID_AFTER_NAME, HEAD_AFTER_NAME, HEAD_END_WORDS, HOUSE_NUMBER_BEFORE, ID_AFTER, ID_LIST_NEXT, ID_TYPE_BEFORE,
  INSURANCE_CTX, ipv6Gate, JURISDICTION, KIN_AFTER_POSSESSIVE, KIN_IN_BRACKETS, PERSON_NOUNS_37, SEASONS_37, OWN_AFTER_POSSESSIVE_37, PLACE_OWN_37, KIN_NAME_CUE, LABEL_FIRST,
  LABEL_NEEDS_NEXT, LABEL_NEXT, LABEL_RE, LABEL_SECOND, LABEL_SKIP, LABELS, LOWER_SURNAME_AFTER, MBI_RE, MD_AT, MONTH_RANGE,
  MONTH_WORDS, MOVE_BEFORE, MOVE_PREPS, MOVE_WORDS, NAME_PART_BEFORE_OK, NAME_THEN_VERB, NEG_MD_AFTER, NEG_MD_BEFORE,
  NICK_CUE_BEFORE, NICK_QUOTED, OF_AT, OPENER_BEFORE_PLACE, OPENER_LAST_WORDS, OPENER_STOP, ORDINAL_DAY_BEFORE,
  PHONE_LABEL_FIRST, PHOTO_CHARS, PLACE_KIND_AFTER, PLACE_NOT_TOWN, placeAfterPlace, PLATE_AFTER_JURISDICTION,
  PLATE_LETTERS, PLATE_SPACED, PREFIXED_ID, PUNCT_AFTER_MD, RE, RX_NUMBER, SPACED_ID, SPOKEN_PHONE, SSN_LAST4,
  STREET_END_WORDS, STRENGTH_AFTER, STRENGTH_BEFORE, STRONG_DATE_BEFORE, TIME_AFTER_MD, TITLE_BEFORE, titleBefore,
  USERNAME_AFTER, VENT_WORDS, VIN_RE, WEEKDAY_BEFORE_MD, WEEKDAY_BEFORE_MD_I,
} from './patterns.js';
import {
  APPOSITION_BEFORE, APPOSITION_DET, AT_MENTION_Y, CHAT_SPEAKER_Y, COMPANY_AT, DASH_INITIALS_Y, DASH_SIGNATURE_Y,
  DOTTED_INITIALS_Y, ENTRY_AFTER, ENTRY_PREFIX, HANDLE_AFTER, INITIAL_AFTER_COMMA, INITIALS_FOR_Y, KIN_WORDS,
  LOWER_CRED_AFTER, LOWER_ROLE_BEFORE, NAME_CUES, OBJECT_VERBS_37, PERSON_VERBS_37, NICK_AFTER, NICK_BEFORE, NICK_FOLLOW, NON_LATIN_AFTER,
  NON_LATIN_BEFORE, NON_LATIN_LABELLED, NON_LATIN_LETTER, NOT_DOTTED_INITIALS, NOT_STAFF_INITIALS, pairs, PARTICLE_AT,
  PHONE_NATIONAL, ROLE_IN_BRACKETS, ROLE_NOUNS, ROOM_LIST_NAME_Y, STAFF_AFTER_CUE_Y, TIME_SPEAKER_Y, WEAK_HANDLE_CUES,
} from './name-patterns.js';
import { resolve } from './resolve.js';
import {
  ageNumAt, ageSexToken, ageUnitLead, blanks, blanksColonComma, careOfMark, CHAT_HANDLE_Y, chatLineStarts, columnGap,
  commaGap, contextGap, DAY_FIRST_DOC, dayOk, deaCheck, digitCount, digitsDashes, dIsoAt, dMonthDaySlashAt,
  dMonthYearNumAt, dNum3At, DOMAIN_Y, domainHitFrom, dotSpace, emailMatches, fahrenheitAt, hasAsciiDigit, hasChar,
  indexOfSpaced, ipv4At, isAsciiLetter, isDayMonthChar, isSpace, JOINED_STREET_ENDS, JOINED_STREET_WORD,
  JOINED_STREET_WORD_TWO, looksLikeDate, lowerDayMonth19, lowerMonthDay31, lowerMonthYearOk31, luhn, MAC_Y, macStarts, matchesAt, mergeSorted, MONTH_Y,
  monthOk, NUM_Y, oneSpace, ordinalEnd, PHONE_AU_Y, PHONE_UK_Y, PHOTO_Y, photoHitFrom, runMatches, spacedV, spaces,
  splitSpaceHyphen, ssnAt, STREET_Y, streetPossible, validIpv6, vinCheck, wordFlagsAt, zeroAt,
} from './shapes.js';
// (Stop 28, speed: the sticky forms of the whole-text patterns of shaped(), places() and dates().)
import { AGE_SEX_SLASH_Y, ageSexSlashStarts, PHONE_INTL_Y, PHONE_Y, phoneIntlStarts, phoneStarts, SSN_SPACED_Y, ssnSpacedAt, UK_POSTCODE_Y, ukPostcodeStarts, URL_Y, urlStarts } from './shapes.js';
import { NIR_WORDS, POSSESSIVE_OPENERS_16, spokenForms16, spokenIdEnd } from './spoken.js';
import {
  AGE_AFTER_COMMA, AGE_SEX_BRACKET, BABY_NAME, caretNames, DICTATION_STOP, FAMILY_FIRST_WORDS, FIELD_END_AFTER,
  FIELD_NAME, INITIALS_AFTER, LAB_ENDING, LABEL_NAME_VALUE, LABEL_VALUE_BEFORE, laterCues, LEGEND_AFTER,
  MEDICAL_ENDING, MESSAGE_LABELS, MODALS, NAME_FIELD_END, NAME_LABEL_ONLY, NOT_STREET_WORDS, QUOTED_NICK, REL_OF, ROLE_ENDING, sqlNames,
  STAFF_CELL, staffHeader, STATE_ENDING, SURNAME_FIRST_CELL, TITLE_PERSON_BEFORE, TRIAL_REGISTRATION,
} from './later-cues.js';
import { FAX_HEADER_BEFORE } from './number-cues.js';
import { namesFound, namesSecondWave } from './id-labels.js';
import { placesRound19 } from './gazetteer-towns.js';
import { placesRound20 } from './machine-places.js';
import { agesRound21, namesRound21 } from './machine-names.js';
import { placesRound23, SYSTEM_FIRST_23 } from './care-sites.js';
import { agesRound24, namesRound24 } from './role-names.js';
import { labelledPostcodeOk, placesRound27, twoWordPostcodeLabel } from './postcodes.js';
import { idsDrops28 } from './national-ids.js';
import { tables18, VERSION_WORDS_17, wholeCell } from './tables.js';
import { placeDrops29, placesRound29 } from './place-kinds.js';
import { diagnosisDrops29 } from './diagnoses.js';
import { dropInsideSpans, facilityOfBefore, idsDrops30, nameOrPlace } from './rare-ids.js';
import { nameEdges23, placeEdges23 } from './edges.js';
import { addressUnits24, postcodesBeside24 } from './address-units.js';
import { bracketInitials34, initialNames24 } from './initial-names.js';
import { nameHandles25 } from './name-handles.js';
import { chatLabels34, chatRoleLabels35, messageSenders25 } from './message-senders.js';
import { dottedDays25, slashedLogDays37 } from './dotted-days.js';
import { plateEdges25 } from './plate-edges.js';
import { fhirReferences36, idAfterWords25 } from './id-after-words.js';
import { IDS_MORE_TYPES_27, idsMore27, SCORE_BEFORE_27 } from './ids-more.js';
import { namePairs25 } from './name-pairs.js';
import { logAuthors25, NOT_AUTHOR_25 } from './log-authors.js';
import { apposedNames35, staffSurnames35, titledSurnames25 } from './titled-surnames.js';
import { cueNames26 } from './cue-names.js';
import { placeChains26 } from './place-chains.js';
import { placeParts27 } from './place-parts.js';
import { bracketPlaces34, kinFrom35, outOfBefore34, partBeforePlace34, partBeforePlaceOneCase35, roadCodes34, siteBefore34, workSites34 } from './work-sites.js';
import { listNames26 } from './list-names.js';
import { signOffs26 } from './sign-offs.js';
import { kinNames27 } from './kin-names.js';
import { worldStreets35 } from './world-streets.js';
import { lowerPlaceColumns37, oneCaseStreetLines37, oneCaseWiden37, townAfterSite37 } from './places37.js';
import { nameRepeats32 } from './name-repeats.js';
import { bareMonths35, dateSiblings24, dateSiblingsText36 } from './date-siblings.js';
import { phonesByShape24 } from './phone-shapes.js';
import { agesStated24 } from './ages-stated.js';
import { vehicleCodes24, vehicleUnits36, eastAsianPlates37 } from './vehicle-codes.js';
import { idSeries24 } from './id-series.js';
import { healthPlans24 } from './health-plans.js';
import { namesLeft22, namesRight36, overlapsSpan, shortForms37, unknownNames31, vietNames20 } from './unknown-names.js';
import { displayNames17 } from './display-names.js';
import { columnNames17 } from './name-columns.js';
import {
  capsPlaceContext, capsStreetEnd, capsStreetShown, divisions33, lonePlaces33, lowerAddresses18, oneCaseFacilities18, oneCaseStreets36, placeAfterPlace18,
} from './one-case-places.js';
import { phonesAfterCues20, phonesAfterNames20, ukPlates20, yearsOrHours20 } from './phones-plates.js';
import { agesAfterNames18 } from './ages.js';
import { oneCaseGrow37, oneCasePairs37 } from './names37.js';
import { lowerStreetShown18, lowerWeakCue18, oneCaseCueNames18, oneCaseNames33, oneCaseNamesAround33, oneCaseNamesJoined35, oneCaseRepeats35, oneCaseService18 } from './one-case.js';

/**
 * The live candidates of a text filed by the block of their start: whether one overlaps [s, e) reads only the blocks
 * from s less the longest candidate's length to e. Dropped candidates (p < 0) stay filed and are skipped, as anyCand
 * skips them; a candidate's start moves only through Detector.setStart.
 */
export class CandIndex {
  private readonly blocks = new Map<number, Cand[]>();
  private readonly long: Cand[] = [];
  private maxLen = 0;

  constructor(cands: readonly Cand[]) {
    for (const c of cands) this.put(c);
  }
  put(c: Cand): void {
    const len = c.e - c.s;
    if (len > CAND_INDEX_LONG) {
      this.long.push(c);
      return;
    }
    if (len > this.maxLen) this.maxLen = len;
    const b = Math.max(0, c.s) >> 5;
    const list = this.blocks.get(b);
    if (list === undefined) this.blocks.set(b, [c]);
    else list.push(c);
  }
  remove(c: Cand): void {
    const list = c.e - c.s > CAND_INDEX_LONG ? this.long : this.blocks.get(Math.max(0, c.s) >> 5);
    const at = list === undefined ? -1 : list.indexOf(c);
    if (at >= 0) (list as Cand[]).splice(at, 1);
  }
  any(s: number, e: number): boolean {
    return this.some(s, e, anyCandidate);
  }
  /** Whether a live candidate overlapping [s, e) passes `test`. */
  some(s: number, e: number, test: (c: Cand) => boolean): boolean {
    for (const c of this.long) if (c.s < e && c.e > s && c.p >= 0 && test(c)) return true;
    const hi = Math.max(0, e - 1) >> 5;
    for (let b = Math.max(0, s - this.maxLen + 1) >> 5; b <= hi; b++) {
      const list = this.blocks.get(b);
      if (list !== undefined) for (const c of list) if (c.s < e && c.e > s && c.p >= 0 && test(c)) return true;
    }
    return false;
  }
}

/** (Stop 32: the same patterns over the view in capitals of a text typed in lower case, where their words, "is", "reads",
 * "no.", are capitals too.) */
const JURISDICTION_CAPS = new RegExp(JURISDICTION.source, 'iy');
/** Letters that label a number rather than open it ("patient id mrn 00731182"). */
const LABEL_LETTERS_33 = /^(?:mrn|id|no|nr|num|ref|acct|acc|pin)$/;
/** A unit of an address, where a plate would start (stop 33). */
const ADDRESS_UNIT_33 = /^(?:unit|apt|suite|ste|room|rm|flat|box|lot|bldg)\b/i;
/** After an age read through the capitals' view in a lower-case text: the sex joined to it or a female sign after a
 * blank ("93f", "91m", "93   f"), maybe after "y"/"yo", or a German "j." in brackets (stop 33). */
const LOWER_AGE_UNIT_33 = /^(?:[mf]|[ \t]+f|[ \t]*yo?[ \t]*[mf]|[ \t]*j\.?[ \t]*\))(?![\p{L}\p{N}])/u;
const PLATE_SPACED_CAPS = new RegExp(PLATE_SPACED.source, 'iy');

/** (Stop 35.) Prepositions after which a wrapped line keeps its place ("lives in\nBristol"; not "to", which a list's
 * recipient follows as often: "sent to\nAustin Reyes"). */
const WRAP_PREPS_35: ReadonlySet<string> = new Set(['in', 'from', 'near']);
/** (Stop 35.) Whether [a, b) is one line's break, with blanks around it. */
function wrapped35(v: string, a: number, b: number): boolean {
  let nl = 0;
  for (let x = a; x < b; x++) {
    const c = v.charCodeAt(x);
    if (c === 10) nl++;
    else if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return nl === 1;
}

/** Stop 36: a range's first day said with words before its last day and month ("between 19 and ", "from 3rd to "). */
const DAY_RANGE_WORDS_36 = /(?:^|[^\p{L}])(?:between|from)[ \t]+(\d{1,2}(?:st|nd|rd|th)?)[ \t]+(?:and|to|until|till)[ \t]+$/iu;
/** Stop 36: an ISO date after an underscore (a file's name), its parts of two digits. */
const ISO_AFTER_UNDERSCORE_36 = /_((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])/g;
/** Stop 36: whether tokens i..j are clock times of four digits ("0800", "1430"), each later than the one before. */
function clockRow36(toks: readonly Tok[], i: number, j: number): boolean {
  let last = -1;
  for (let x = i; x <= j; x++) {
    const w = (toks[x] as Tok).w;
    if (w.length !== 4) return false;
    const h = +w.slice(0, 2);
    const m = +w.slice(2);
    if (!(h <= 23 && m <= 59) || !/^\d{4}$/.test(w)) return false;
    const at = h * 60 + m;
    if (at <= last) return false;
    last = at;
  }
  return true;
}

/** (Stop 36) Particles that are given names or surnames too, or a patronymic's word, found alone in capitals: "BEN", "AL", "LE"
 * (Vietnamese), "BINTI". */
const PARTICLE_NAMES_36: ReadonlySet<string> = new Set(['ben', 'al', 'le', 'abu', 'bat', 'binti', 'binte', 'bint', 'ibn']);

/** (Stop 36) A word and a contraction's ending after an apostrophe: "you're", "we'll", "they've", "i'd", "isn't". */
const CONTRACTION_36 = /^(\p{L}+)['’](?:re|ve|ll|m|d|s|t)$/u;

/** Stop 37: member bits of words that are no given name standing alone beside a verb (givenBeforeVerbAt, givenAfterVerbAt). */
const NOT_GIVEN_ALONE_37 = M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.STRONG_CONTEXT | M.MEDIUM_CONTEXT | M.WEAK_CONTEXT | M.FACILITY_GENERIC | M.SCALE_NAMES | M.CREDENTIAL_TOKENS | M.LOWER_NAME_CUE;

export class Detector {
  readonly cands: Cand[] = [];
  readonly toks: Tok[] = [];
  /** Indices of the tokens with digits (shape X). */
  readonly xIdx: number[] = [];
  /** Indices of the tokens that are month words (no digits), hold letters and digits, or hold an apostrophe, a hyphen or a character beyond ASCII (see monthStarts). */
  readonly monthIdx: number[] = [];
  /** Indices of the tokens with a trigger of a sticky rule (STICKY_BITS). */
  readonly stickyIdx: number[] = [];
  /** Indices of the tokens "at" (any case). */
  readonly atIdx: number[] = [];
  /** Indices of the tokens that may open a user name or a company's name (M.HANDLE_CUE, M.COMPANY_FIRST). */
  readonly cueIdx: number[] = [];
  /** Tokens whose key is a cue word of the stop-27 rules (CUE27_WORDS), in order. */
  readonly idx27: number[] = [];
  /** Possessive tokens and tokens with CROSS_BITS (see crossCues). */
  readonly crossIdx: number[] = [];
  /** Tokens with T.STREET (see placesStreets). */
  readonly streetIdx: number[] = [];
  /** Tokens with M.BUILDING_HEADS or T.FACILITY (see placesFacilities). */
  readonly facIdx: number[] = [];
  readonly lex: Lexicons;
  readonly capsDoc: boolean;
  /** Text typed in lower case only (portal messages, chat). */
  readonly lowerDoc: boolean;
  /** A short text without a single capital ("im staying w my sister in leeds"). */
  readonly noCaps: boolean;
  /** A text typed in lower case, long or short: lowerDoc or noCaps (the rules that read a lower-case text through
   * upperView, and the one-case rules, test this). */
  readonly lowerTyped: boolean;
  /** A text of one case: lowerTyped or capsDoc. */
  readonly oneCase: boolean;
  readonly hasMonth: boolean;
  /** A word of VEHICLE_WORD_SET (alone or as a part of a hyphenated word) or a make occurs: the gate of the plate rules. */
  readonly vehicleText: boolean;

  /** Union of the trigger bits of all tokens: which rules can fire at all in this text. */
  readonly seen: number;
  /** Triggers from token shapes (S). */
  readonly shapes: number;
  /** Tokens carrying a trigger of a sticky rule (see stickyAt). */
  private triggered: Tok[] | undefined;
  private readonly byBit = new Map<number, Tok[]>();
  /** The candidates by place, once a text has many (see anyCand). */
  private candIndex: CandIndex | undefined;
  /** The rare trigger words of the text (the words of T.NHS), lower case. */
  rare: Set<string> | undefined;
  /** Start and end of each table header line the structured pass read, in text order (see tableHeader). */
  headerLines: number[] | undefined;
  /** Start and end of each state, province, region or country of several words (see regions), in text order. */
  regionSpans: number[] | undefined;
  /** Start and end of each number in a table's column headed by a measure ("Weight", "HR"; see ageColumn20). */
  measureCells: number[] | undefined;
  /** The tokens of each rule of triggers24, built on first use (stop 28, speed: a field, not a WeakMap). */
  lists24: number[][] | undefined;
  /** Letters beyond ASCII occur (other languages). */
  readonly nonAscii: boolean;
  /** Some character lies beyond the tokenizer's scripts (CJK, symbols...). */
  readonly wide: boolean;

  constructor(readonly v: string) {
    // (Stop 19: the line index starts afresh with each text. A chunk of a long text equal to the previous one, but another
    // string, made every lineStartOf and lineEndOf compare the two whole strings: time quadratic in a repeated text.)
    forgetLineIndex();
    this.lex = lexicons();
    const flags = triggerFlags();
    let upper = 0;
    let letters = 0;
    let capitals = 0;
    let seen = 0;
    let shapes = 0;
    let nonAscii = false;
    let wide = false;
    let vehicle = false;
    const n = v.length;
    /** The counts of the tokens read by slowToken. */
    const st: ScanCounts = { vehicle: false, upper: 0, letters: 0, capitals: 0, seen: 0, shapes: 0 };
    // A hand-written tokenizer: letters/digits with inner apostrophes and hyphens, shape on the fly.
    for (let i = 0; i < n; ) {
      let c = v.charCodeAt(i);
      let cls = c < CLASS_LIMIT ? (CHAR_CLASS[c] as number) : 0;
      if (cls === 0) {
        if (c >= CLASS_LIMIT) wide = true;
        i++;
        continue;
      }
      const s = i;
      let digits = 0;
      let lowers = 0;
      /** The apostrophes and hyphens passed over inside the token (the capitals are the characters left). */
      let skipped = 0;
      /** Every character of the token or'ed: above 127 when one lies beyond ASCII. */
      let or = 0;
      let hyphen = false;
      /** An apostrophe, a hyphen or a character beyond ASCII inside the token. */
      let odd = false;
      let h = 0;
      // (Stop 25, speed: the loop over a token's characters keeps as few values as it can, the capitals and the test for
      // a character beyond ASCII worked out once after it: fewer values moved between registers and the stack each step.)
      for (;;) {
        h = (Math.imul(h, 31) + c) | 0;
        or |= c;
        if (cls === 1) digits++;
        else if (cls === 2) lowers++;
        i++;
        if (i >= n) break;
        c = v.charCodeAt(i);
        cls = c < CLASS_LIMIT ? (CHAR_CLASS[c] as number) : 0;
        if (cls !== 0) continue;
        // Inner apostrophe before a letter, inner hyphen before a letter or digit.
        if ((c === 39 || c === 0x2019) && i + 1 < n && isLetterCode(v.charCodeAt(i + 1))) {
          odd = true;
          skipped++;
          i++;
          c = v.charCodeAt(i);
          cls = charClass(c);
          continue;
        }
        if (c === 45 && i + 1 < n && isWordCode(v.charCodeAt(i + 1))) {
          hyphen = true;
          odd = true;
          skipped++;
          i++;
          c = v.charCodeAt(i);
          cls = charClass(c);
          continue;
        }
        break;
      }
      const len0 = i - s;
      const uppers = len0 - skipped - digits - lowers;
      if (or > 127) {
        nonAscii = true;
        odd = true;
      }
      if (len0 <= WORD_CACHE_MAX_LEN) {
        // Words: their shape, key and lexicon bits depend on their letters only (memo, no allocation on a hit).
        const hm = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
        const en = wordEntry(v, s, i, hm ^ (hm >>> 15), digits, uppers, lowers, hyphen, flags);
        // (Stop 29, speed: a token with digits from the memo too, not sliced, looked up and tested afresh each time: some
        // 35,000 a pass over the nursing notes, 4,800 distinct.)
        if (digits > 0) {
          this.digitEntry(en, s, i, digits, lowers, uppers, hyphen, odd, flags, st);
          continue;
        }
        const { k, shape, f, m, possessive } = en;
        if (en.vehicle) vehicle = true;
        if (shape === 'U') upper += len0;
        if (shape !== 'L') capitals++;
        if (shape !== 'I') letters += len0;
        if (shape === 'U' && len0 <= 3 && s > 0) {
          const before = v.charCodeAt(s - 1);
          if (before === 45 || before === 0x2013 || before === 0x2014) shapes |= S.DASH_INITIALS;
        }
        seen |= f;
        if (f & T.NHS) (this.rare ??= new Set()).add(k);
        if (f & T.AT && len0 === 2) this.atIdx.push(this.toks.length);
        if (f & STICKY_BITS) this.stickyIdx.push(this.toks.length);
        if (odd || (m & M.MONTH_WORDS) !== 0) this.monthIdx.push(this.toks.length);
        if ((m & CUE_BITS) !== 0) this.cueIdx.push(this.toks.length);
        if (en.c27) this.idx27.push(this.toks.length);
        if (possessive || (m & CROSS_BITS) !== 0) this.crossIdx.push(this.toks.length);
        if (f & T.STREET) this.streetIdx.push(this.toks.length);
        if ((m & M.BUILDING_HEADS) !== 0 || (f & T.FACILITY) !== 0) this.facIdx.push(this.toks.length);
        this.toks.push(new WordTok(s, i - (possessive ? 2 : 0), f, en));
        continue;
      }
      this.slowToken(v, s, i, digits, lowers, uppers, hyphen, odd, flags, st);
    }
    upper += st.upper;
    letters += st.letters;
    capitals += st.capitals;
    seen |= st.seen;
    shapes |= st.shapes;
    this.capsDoc = letters > 40 && upper / letters > 0.6;
    this.lowerDoc = letters > 40 && capitals / letters < 0.01;
    this.noCaps = letters > 15 && capitals === 0;
    this.lowerTyped = this.lowerDoc || this.noCaps;
    this.oneCase = this.lowerTyped || this.capsDoc;
    this.seen = seen;
    this.shapes = shapes;
    this.nonAscii = nonAscii;
    this.wide = wide;
    this.hasMonth = (seen & T.MONTH) !== 0;
    this.vehicleText = vehicle || st.vehicle || (seen & T.MAKE) !== 0;
  }

  /** A token the word memo does not hold (with digits, or longer than 12 characters), from the tokenizer's counts:
   * pushed to the token lists; its contributions to the document's counts and trigger bits go to `st`. */
  private slowToken(v: string, s: number, i: number, digits: number, lowers: number, uppers: number, hyphen: boolean, odd: boolean, flags: Map<string, number>, st: ScanCounts): void {
    const w = v.slice(s, i);
    let shape: Tok['shape'];
    if (digits > 0) shape = 'X';
    else {
      const c0 = w.charCodeAt(0);
      const up0 = charClass(c0) === 3;
      if (!up0) shape = 'L';
      else if (w.length === 1) shape = 'I';
      else shape = lowers === 0 ? 'U' : 'T';
    }
    if (shape === 'U') st.upper += w.length;
    if (shape !== 'L' && shape !== 'X') st.capitals++;
    if (shape !== 'I' && shape !== 'X') st.letters += w.length;
    let k = shape === 'X' || uppers === 0 ? w : w.toLowerCase();
    let possessive = false;
    const len = k.length;
    if (len > 2 && k.charCodeAt(len - 2) === 39 && k.charCodeAt(len - 1) === 115) {
      possessive = true;
      k = k.slice(0, -2);
    } else if (len > 2 && k.charCodeAt(len - 2) === 0x2019 && k.charCodeAt(len - 1) === 115) {
      possessive = true;
      k = k.slice(0, -2);
    }
    let f = shape === 'X' ? 0 : (flags.get(k) ?? 0);
    if (shape !== 'X' && vehicleWord(k, hyphen)) st.vehicle = true;
    if (hyphen && shape !== 'X') {
      // "ninety-two", "Check-in": the first part's triggers count too.
      f |= (flags.get(k.slice(0, k.indexOf('-'))) ?? 0) & ~0xff;
      if (/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/.test(k)) f |= T.MONTH;
      f |= doubleBarrelBits(k, flags);
    }
    if (shape === 'X') {
      this.digitToken(s, w, digits, lowers, uppers, hyphen, flags, st);
    } else if (shape === 'U' && w.length <= 3 && s > 0) {
      const before = v.charCodeAt(s - 1);
      if (before === 45 || before === 0x2013 || before === 0x2014) st.shapes |= S.DASH_INITIALS;
    }
    st.seen |= f;
    if (f & T.NHS) (this.rare ??= new Set()).add(k);
    if (shape === 'X') this.xIdx.push(this.toks.length);
    if (f & STICKY_BITS) this.stickyIdx.push(this.toks.length);
    // (A token with digits may open with a month word: "Jan2020".)
    if (odd || (shape === 'X' && lowers + uppers > 0)) this.monthIdx.push(this.toks.length);
    const mb = !memberDigits && isDigitCode(k.charCodeAt(0)) ? 0 : memberBits(k);
    if ((mb & CUE_BITS) !== 0) this.cueIdx.push(this.toks.length);
    if (digits === 0 && CUE27_WORDS.has(k)) this.idx27.push(this.toks.length);
    if (possessive || (mb & CROSS_BITS) !== 0) this.crossIdx.push(this.toks.length);
    if (f & T.STREET) this.streetIdx.push(this.toks.length);
    if ((mb & M.BUILDING_HEADS) !== 0 || (f & T.FACILITY) !== 0) this.facIdx.push(this.toks.length);
    // A video's extension has a digit ("clip.mp4"): it triggers the file-name rule like "jpg".
    // (Stop 35: in any case, "CLIP_0823.MP4": the key of a token with digits keeps its capitals.)
    if (shape === 'X' && k.length === 3 && /^m(?:p4|4v)$/i.test(k)) st.seen |= T.PHOTO_EXT;
    this.toks.push(new WordTok(s, i - (possessive ? 2 : 0), f, wordOf(w, k, shape, possessive, f, mb, false, false, uppers)));
  }
  /** A token with digits (shape X) of at most 12 characters, from its memo entry `en`: what slowToken does for it, the bits
   * its characters give read once per distinct token (digitBits), the shape bits that read the token before afresh. */
  private digitEntry(en: WordEntry, s: number, i: number, digits: number, lowers: number, uppers: number, hyphen: boolean, odd: boolean, flags: Map<string, number>, st: ScanCounts): void {
    const { w, k, m, possessive } = en;
    if (en.dseen < 0) {
      const b: ScanCounts = { vehicle: false, upper: 0, letters: 0, capitals: 0, seen: 0, shapes: 0 };
      this.digitBits(w, digits, lowers, uppers, hyphen, flags, b);
      if (k.length === 3 && /^m(?:p4|4v)$/i.test(k)) b.seen |= T.PHOTO_EXT;
      en.dseen = b.seen;
      en.dshapes = b.shapes;
      en.vehicle = b.vehicle;
    }
    st.seen |= en.dseen;
    st.shapes |= en.dshapes;
    if (en.vehicle) st.vehicle = true;
    this.digitAfter(s, w, digits, st);
    const n = this.toks.length;
    this.xIdx.push(n);
    if (odd || lowers + uppers > 0) this.monthIdx.push(n);
    if ((m & CUE_BITS) !== 0) this.cueIdx.push(n);
    if (possessive || (m & CROSS_BITS) !== 0) this.crossIdx.push(n);
    if ((m & M.BUILDING_HEADS) !== 0) this.facIdx.push(n);
    this.toks.push(new WordTok(s, i - (possessive ? 2 : 0), 0, en));
  }
  /** slowToken's part for a token with digits (shape X): its contributions to the trigger and shape bits, into `st`.
   * (Stop 19: a method of its own, a smaller unit for V8 to compile and, after a deoptimization, to recompile.) */
  private digitToken(s: number, w: string, digits: number, lowers: number, uppers: number, hyphen: boolean, flags: Map<string, number>, st: ScanCounts): void {
    this.digitBits(w, digits, lowers, uppers, hyphen, flags, st);
    this.digitAfter(s, w, digits, st);
  }
  /** The shape bits of a token with digits that read the token before it ("NSW 2026", "45 6789"), into `st`. */
  private digitAfter(s: number, w: string, digits: number, st: ScanCounts): void {
    if (w.length === 4 && digits === 4 && this.toks.length > 0) {
      const pv = this.toks[this.toks.length - 1] as Tok;
      if (pv.shape === 'U' && AU_STATES.has(pv.w)) st.shapes |= S.AU_POST;
      else if (pv.shape === 'X' && pv.w.length === 2 && pv.e === s - 1) st.shapes |= S.SSN;
    }
  }
  /** The trigger and shape bits a token with digits gives by its characters alone (all but digitAfter's), into `st`. */
  private digitBits(w: string, digits: number, lowers: number, uppers: number, hyphen: boolean, flags: Map<string, number>, st: ScanCounts): void {
    if (w.length <= 5 && lowers + uppers > 0 && lowers + uppers <= 3 && ageUnitLead(w) && /^\d{2,3}(?:[MmFf]|yo[MF]?|YO|[yY][MF]?|yrs?|YRS?)$/.test(w)) st.seen |= T.AGE_UNIT;
    if (hyphen && lowers + uppers > 0) {
      // "92-year-old", "03-Mar-2015": the word parts of a token with digits trigger their rules (none without letters: "555-0100").
      for (const part of w.toLowerCase().split('-')) {
        if (hasAsciiDigit(part)) continue;
        st.seen |= (flags.get(part) ?? 0) & ~0xff;
        if (VEHICLE_WORD_SET.has(part)) st.vehicle = true;
      }
      if (/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(w)) st.seen |= T.MONTH;
    }
    const len = w.length;
    if (digits === len && len >= 3 && len <= 5 && w.charCodeAt(0) === 48) st.shapes |= S.UK_PHONE;
    if (len === 3 && digits === 2 && uppers === 1 && charClass(w.charCodeAt(1)) === 3) st.shapes |= S.CA_POST;
    if (len === 3 && digits === 1 && uppers === 2) st.shapes |= S.POSTCODE;
    else if (len <= 4 && lowers === 2 && digits === len - 2 && ordinalEnd(w)) st.shapes |= S.ORDINAL;
    else if (hyphen && w.charCodeAt(0) === 73 && w.charCodeAt(1) === 45) st.shapes |= S.ROUTE;
    // (Stop 35: an ordinal day in capitals too, "ON THE 12TH", "SATURDAY THE 21ST"; "3RD" is also a postcode's shape.)
    if (len <= 4 && uppers === 2 && lowers === 0 && digits === len - 2 && ordinalEnd(w.toLowerCase())) st.shapes |= S.ORDINAL;
  }
  add(s: number, e: number, t: PhiType, p: number): void {
    if (e <= s) return;
    const c = { s, e, t, p };
    this.cands.push(c);
    this.candIndex?.put(c);
  }
  private lowerText: string | undefined;
  /** Stop 35: the view in lower case, of the same length (the text itself where lower case would change a length). */
  lowerView(): string {
    if (this.lowerText !== undefined) return this.lowerText;
    const l = this.v.toLowerCase();
    this.lowerText = l.length === this.v.length ? l : this.v;
    return this.lowerText;
  }
  private upperText: string | undefined;
  /** Stop 31: the view in capitals, of the same length (a letter whose capital is longer, "ß", stays as it is), made on
   * first use. Rules that read a plate's or a code's capitals read a text typed in lower case through it, as they read
   * the same text typed in capitals ("van ld68 kfp" as "VAN LD68 KFP"). */
  upperView(): string {
    if (this.upperText !== undefined) return this.upperText;
    const v = this.v;
    let u = v.toUpperCase();
    if (u.length !== v.length) {
      u = '';
      for (let i = 0; i < v.length; i++) {
        const c = v[i] as string;
        const up = c.toUpperCase();
        u += up.length === 1 ? up : c;
      }
    }
    this.upperText = u;
    return u;
  }
  /** Moves a candidate's start (through here, so that the index of anyCand follows). */
  setStart(c: Cand, s: number): void {
    if (this.candIndex === undefined) {
      c.s = s;
      return;
    }
    this.candIndex.remove(c);
    c.s = s;
    this.candIndex.put(c);
  }

  // --- shaped identifiers -------------------------------------------------------------------
  // Split in parts: each compiles (and recompiles after a deoptimization) on its own, faster than one large method.
  shaped(): void {
    this.shapedAddresses();
    this.shapedPhones();
    this.shapedLabels();
    this.shapedNumbers();
    if (this.vehicleText) this.statePlates();
  }
  /** "his truck (NY reg GHT-4491)", "2019 Ford F-150, TX DKR-2231", "boat reg. FL 4471 KT": a plate after its state's
   * abbreviation, with a vehicle, a make or a registration word shortly before. */
  statePlates(): void {
    // (Stop 35: in a text typed in lower case, "car (ma 7xk-419)", "ga tag rkl 4417", read through the view in capitals;
    // the plate found must hold no word, everyday, function or clinical: not "car in 2 days".)
    const lower = this.lowerTyped;
    const v = lower ? this.upperView() : this.v;
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Tok;
      if (t.w.length !== 2 || (t.shape !== 'U' && !(lower && t.shape === 'L' && !FUNCTION_WORDS.has(t.k))) || !STATE_ABBR_SET.has(lower ? t.w.toUpperCase() : t.w)) continue;
      const m = PLATE_AFTER_STATE.exec(v.slice(t.e, t.e + 16));
      if (!m) continue;
      let g = m[1] as string;
      const cut = lower ? this.lowerCodeTrim(g) : g;
      if (cut === undefined || (lower && (cut.split(/[ -]/).some((x) => MONTH_WORDS.has(x.toLowerCase())) || !/\d/.test(cut) || !/[A-Z]/.test(cut)))) continue;
      const whole = m[0].length - g.length;
      g = cut;
      const n = g.replace(/[ -]/g, '').length;
      if (n < 5 || n > 8) continue;
      let near = false;
      for (let j = i - 1; j >= 0 && (toks[j] as Tok).s >= t.s - 48; j--) {
        const b = toks[j] as Tok;
        if ((b.f & T.MAKE) !== 0 || VEHICLE_WORD_SET.has(b.k)) {
          near = true;
          break;
        }
      }
      if (!near) continue;
      const st = t.e + whole;
      this.add(st, st + g.length, 'VEHICLE', 96);
    }
  }
  /** E-mail, web and network addresses, SSNs. */
  shapedAddresses(): void {
    const v = this.v;
    if (v.includes('@')) for (const m of emailMatches(v)) this.add(m.index, m.index + m[0].length, 'EMAIL', 100);
    if (this.seen & T.DOT || (this.seen & T.AT && (this.bracketAt() || this.atUser()))) {
      for (const m of v.matchAll(RE.emailObf)) {
        const txt = m[0];
        // Obfuscated forms need an explicit "at" marker and some obfuscation.
        if (!/\bat\b|@/i.test(txt)) continue;
        // "name at host.com" counts when the name looks like a user name ("john.smith", "jsmith72").
        if (/\s+at\s+/i.test(txt) && !/\bdot\b|[[({<]/i.test(txt) && !/^[A-Za-z0-9]*[._\d][\w.%+-]*\s+at\s/i.test(txt)) continue;
        this.add(m.index, m.index + txt.length, 'EMAIL', 99);
      }
    }
    // (Stop 28, speed: tried sticky where it can open, urlStarts, not at every character.)
    if (v.includes('://') || /www\./i.test(v)) for (const m of matchesAt(URL_Y, v, urlStarts(v))) {
      let txt = m[0].replace(/[.,;:!?]+$/, '');
      // (Stop 15, second wave: an address that opens a cell of comma-separated values ends with its cell.)
      if (m.index > 0 && v.charCodeAt(m.index - 1) === 44 && txt.includes(',')) txt = txt.slice(0, txt.indexOf(','));
      // A code system's address names no one: a FHIR "system" value, or a terminology's base ("http://loinc.org").
      if (TERMINOLOGY_URL.test(txt) || /"system"[ \t]*:[ \t]*"$/.test(v.slice(Math.max(0, m.index - 14), m.index))) continue;
      // Above the labels: "?acct=0048229173" stays inside the URL.
      this.add(m.index, m.index + txt.length, 'URL', 104);
    }
    for (const m of runMatches(v, DOMAIN_Y, domainHitFrom, DOMAIN_CHARS)) {
      const txt = m[0].replace(/[.,;:!?]+$/, '');
      this.add(m.index, m.index + txt.length, 'URL', 95);
    }
    for (const m of matchesAt(NUM_Y.ipv4, v, this.digitStartsWhere(ipv4At, true))) this.add(m.index, m.index + m[0].length, 'IP', 100);
    if (v.includes(':') || v.includes('-')) for (const m of matchesAt(MAC_Y, v, macStarts(v))) this.add(m.index, m.index + m[0].length, 'DEVICE', 99);
    if (ipv6Gate(v)) {
      for (const m of v.matchAll(RE.ipv6)) {
        let txt = m[0];
        // (Stop 15, second wave: a colon after the address ends a label's clause: "upload from 2001:db8:44::9: outside".)
        if (txt.endsWith(':') && !txt.endsWith('::')) txt = txt.slice(0, -1);
        if (!validIpv6(txt)) continue;
        // Times ("12:30:45") are not addresses: need a hex letter, "::" or many groups.
        if (!/[A-Fa-f]/.test(txt) && !txt.includes('::') && txt.split(':').length < 6) continue;
        this.add(m.index, m.index + txt.length, 'IP', 100);
      }
    }
    if (this.seen & T.PHOTO_EXT) for (const m of runMatches(v, PHOTO_Y, photoHitFrom, PHOTO_CHARS)) this.add(m.index, m.index + m[0].length, 'PHOTO', 100);
    if (v.includes('-')) for (const m of matchesAt(NUM_Y.ssn, v, this.digitStartsWhere(ssnAt))) this.add(m.index, m.index + m[0].length, 'SSN', 100);
    for (const m of this.stickyAt(RE.ssnLabelled, T.SSN)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      this.add(s, s + g.length, 'SSN', 101);
    }
    for (const m of this.stickyAt(RE.ssnPartial, T.SSN)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      this.add(s, s + g.length, 'SSN', 101);
    }
    // (Stop 28, speed: tried sticky at the digit starts where it can open, not at every character.)
    if (this.shapes & S.SSN) for (const m of matchesAt(SSN_SPACED_Y, v, this.digitStartsWhere(ssnSpacedAt))) {
      const before = v.slice(Math.max(0, m.index - 60), m.index);
      if (/\b(?:ssn|ss#|social|soc\.?[ \t]*sec|identity|identification|identifier|id|verified|confirmed|tax)\b/i.test(before)) this.add(m.index, m.index + m[0].length, 'SSN', 95);
    }
  }
  /** Phone numbers. */
  shapedPhones(): void {
    const v = this.v;
    // (Stop 28, speed: RE.phone sticky at the places its first characters fit, phoneStarts, not at every character.)
    for (const m of matchesAt(PHONE_Y, v, phoneStarts(v, this.digitStarts()))) this.addPhone(m.index, m.index + m[0].length);
    // Both patterns open with a "0" that starts a run of digits, or (the Australian one) with "(0": their sticky forms
    // are tried there only, not at every character of the text.
    const auGate = (this.shapes & S.UK_PHONE) !== 0 || v.includes('(0');
    const zeros = auGate ? this.digitStartsWhere(zeroAt) : [];
    if (auGate) {
      const opens: number[] = [];
      for (let x = v.indexOf('(0'); x >= 0; x = v.indexOf('(0', x + 1)) opens.push(x);
      for (const m of matchesAt(PHONE_AU_Y, v, opens.length ? mergeSorted(zeros, opens) : zeros)) {
        const before = v.slice(Math.max(0, m.index - 48), m.index);
        if (/\b(?:tel|telephone|phone|ph|mob|mobile|cell|contact|call|ring|text|home|work|fax|faxed|facsimile)\b/i.test(before)) this.addPhone(m.index, m.index + m[0].length, 99);
      }
    }
    if (this.shapes & S.UK_PHONE) {
      for (const m of matchesAt(PHONE_UK_Y, v, zeros)) {
        // A label before it, or a mobile number (07...): "0800 180 1200" in a flow sheet is not a phone.
        const label =
          /(?:tel|telephone|phone|ph|mob|mobile|cell|fax|call|contact|ring|text|number|no|home|work|office|bleep|pager)\.?[ \t]*[:#]?[ \t]*(?:on[ \t]+)?$/i.test(v.slice(Math.max(0, m.index - 20), m.index)) ||
          /\b(?:tel|telephone|phone|mob|mobile|cell|contact|call|ring|text|whatsapp|landline|fax|faxed|facsimile|e-?fax)\b/i.test(v.slice(Math.max(0, m.index - 48), m.index));
        // Letterheads: "T 020 7946 0958  F 020 7946 0959".
        const letter = /(?:^|[\s|,;(])(?:T|F|M|P|Ph|Tel|Fx)[ \t]*[:.]?[ \t]*$/.test(v.slice(Math.max(0, m.index - 6), m.index));
        // In brackets right after a person ("Wife Corazon (0918 555 2210)").
        const bracket = v.charCodeAt(m.index - 1) === 40 && v.charCodeAt(m.index + m[0].length) === 41 && /(?:\b[A-Z][a-z'-]+|\b(?:son|daughter|wife|husband|mother|father|mom|mum|dad|sister|brother|partner|nok|contact|carer|caregiver|guardian))[ \t]*\($/.test(v.slice(Math.max(0, m.index - 30), m.index));
        if (label || letter || bracket || m[0].startsWith('07')) this.addPhone(m.index, m.index + m[0].length, 99);
      }
    }
    // Unspaced national numbers ("0871234567", "07700900318") after a calling word.
    if (this.shapes & S.UK_PHONE || this.spaceZero()) for (const xi of this.xIdx) {
      const t = this.toks[xi] as Tok;
      if ((t.w.length !== 10 && t.w.length !== 11) || t.w.charCodeAt(0) !== 48 || !/^0[1-9]\d{8,9}$/.test(t.w)) continue;
      if (/\b(?:tel|telephone|phone|ph|mob|mobile|cell|contact|call|ring|text|whatsapp|landline|number|no|reach|fax)\b[^.\n]{0,30}$/i.test(v.slice(Math.max(0, t.s - 40), t.s))) this.addPhone(t.s, t.e, 99);
    }
    if (this.seen & T.INTL_HEALTH) {
      for (const m of this.stickyAt(RE.intlHealth, T.INTL_HEALTH)) {
        const full = m[1] as string;
        // Letters of the value in capitals (the label may be in any case): "9876 543 210 on file". (Stop 31: in a text
        // typed in lower case, letters that are no word: "ohip 4417-392-118-kt", "ramq oueg 8254 1717", "nhi prx4490".)
        const lower = this.lowerTyped;
        const wordy = (x: string): boolean => !lower || !this.lowerCodeValue(x);
        const g = /\d[ -]?[a-z]{2}$/i.test(full) && /[a-z]/.test(full.slice(-2)) && wordy(full.slice(-2)) ? full.replace(/[ -]?[a-z]{2}$/i, '') : full;
        if (/[a-z]/.test(g) && wordy(g)) continue;
        const s = m.index + m[0].length - full.length;
        this.add(s, s + g.length, 'HEALTH_PLAN', 103);
      }
    }
    // (Stop 15, second wave: Northern Ireland's Health and Care number, "H&C No 320 551 8841".)
    if (this.rare?.has('nhs') || this.rare?.has('chi') || v.includes('H&C')) {
      for (const m of v.matchAll(RE.nhs)) {
        const g = m[1] as string;
        const s = m.index + m[0].length - g.length;
        // An NHS number is the beneficiary number of the UK's health service; a CHI number indexes a patient.
        this.add(s, s + g.length, /^(?:nhs|h&c)/i.test(m[0]) ? 'HEALTH_PLAN' : 'OTHER_ID', 103);
      }
    }
    if (v.includes('+')) {
      for (const m of matchesAt(PHONE_INTL_Y, v, phoneIntlStarts(v, this.digitStarts()))) {
        const digits = m[0].replace(/\D/g, '').length;
        if (digits >= 8 && digits <= 15) this.addPhone(m.index, m.index + m[0].length);
      }
    }
    for (const m of this.stickyAt(RE.phoneLabelled, T.PHONE_LABEL)) {
      // National numbers in other groupings ("091 555 204", "080-2334 5671", "611 55 43 21"): 8 to 12 digits.
      if (m[2] !== undefined && !/^(?:\D*\d){8,12}\D*$/.test(m[2])) continue;
      const g = (m[1] ?? m[2]) as string;
      // (Stop 20: "Call 0800-1700", "phone 1900-0700": hours or years joined by a hyphen are no number.)
      if (yearsOrHours20(g)) continue;
      if (m[1] !== undefined) {
        // A longer national grouping from the same start wins ("080-2334 5671", not "080-2334").
        PHONE_NATIONAL.lastIndex = m.index + m[0].length - g.length;
        const n = PHONE_NATIONAL.exec(this.v);
        if (n && n[0].length > g.length && /^(?:\D*\d){8,12}\D*$/.test(n[0])) {
          this.addPhone(n.index, n.index + n[0].length, 90);
          continue;
        }
      }
      const s = m.index + m[0].length - g.length;
      this.addPhone(s, s + g.length, 90);
    }
  }
  /** Labelled identifiers. */
  shapedLabels(): void {
    const v = this.v;
    // The French social security number (NIR) on the Carte Vitale, written in groups: "2 31 07 75 114 052 37".
    // (Gated on the rare words of its labels, not on three scans of the text: stop 16.)
    if (this.rare !== undefined && NIR_WORDS.some((w) => this.rare?.has(w))) for (const m of v.matchAll(RE.nir)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      this.add(s, s + g.length, 'HEALTH_PLAN', 103);
    }
    // Labelled identifiers.
    for (const m of this.stickyAt(LABEL_RE, T.LABEL, LABEL_SKIP)) {
      let type: PhiType = 'OTHER_ID';
      for (let g = 1; g <= LABELS.length; g++) {
        if (m[g] !== undefined) {
          type = (LABELS[g - 1] as [PhiType, string])[0];
          break;
        }
      }
      // A bare "Registration:" or "reg." names a plate only beside a vehicle ("2015 Toyota Camry, reg. KX19 ZTP"); else a registration (licence).
      if (type === 'VEHICLE' && /^reg(?:istration|\.)$/i.test(m[0]) && !VEHICLE_CONTEXT.test(v.slice(Math.max(0, m.index - 80), m.index))) type = 'LICENSE';
      if (type === 'OTHER_ID' && BIOMETRIC_BEFORE_LABEL.test(v.slice(Math.max(0, m.index - 60), m.index))) type = 'BIOMETRIC';
      // "Insurance: BCBS of Illinois  ID# ...": a bare id label after an insurer on its line is the member's.
      else if (type === 'OTHER_ID' && /^(?:id\b|identifier)/i.test(m[0]) && INSURANCE_CTX.test(v.slice(Math.max(0, m.index - 60), m.index))) type = 'HEALTH_PLAN';
      ID_AFTER.lastIndex = m.index + m[0].length;
      let idm = ID_AFTER.exec(v);
      const idEnd = idm ? idm.index + idm[0].length : -1;
      if (type !== 'VEHICLE' && (!idm || (v.charCodeAt(idEnd) === 32 && isDigitCode(v.charCodeAt(idEnd + 1))))) {
        // "Member ID: CMH 882 104 337-01": an identifier written in groups.
        SPACED_ID.lastIndex = m.index + m[0].length;
        const sp = SPACED_ID.exec(v);
        if (sp && (!idm || (sp[1] as string).length > (idm[1] as string).length)) idm = sp;
      }
      let from = m.index + m[0].length;
      if (type === 'LICENSE') {
        // "DL# (TX) 44120934", "Driver's licence: NSW 12345678": the state or province is not part of the number.
        // (Stop 33: in a text typed in lower case, "license md k-640-552-198-311", read through the view in capitals.)
        const juris = this.lowerTyped ? JURISDICTION_CAPS : JURISDICTION;
        juris.lastIndex = from;
        const jm = juris.exec(this.lowerTyped ? this.upperView() : v);
        if (jm) {
          ID_AFTER.lastIndex = jm.index + jm[0].length;
          const after = ID_AFTER.exec(v);
          // (Or seven digits in groups: "MN K-551-280-774-916".)
          if (after && (/\d{4}/.test(after[1] as string) || (after[1] as string).replace(/\D/g, '').length >= 7)) {
            idm = after;
            from = jm.index + jm[0].length;
          }
        }
      }
      if (type === 'VEHICLE') {
        // (Stop 32: in a text typed in lower case, "plate is az cxk4418", "van plate ctkm 441": the state and the plate's
        // groups are read through the view in capitals; the plate found must then hold no word, below.)
        // (And in a text in capitals, where "PLATE IS AZ CXK4418" read "IS AZ" as the plate: the words "is", "reads" are
        // capitals there too.)
        const one = this.oneCase;
        const w = this.lowerTyped ? this.upperView() : v;
        const juris = one ? JURISDICTION_CAPS : JURISDICTION;
        const spaced = one ? PLATE_SPACED_CAPS : PLATE_SPACED;
        // "Tag number TN 4J8-K21", "registration: NSW BX42QK": a state or province before the plate is not part of it.
        juris.lastIndex = from;
        const jm = juris.exec(w);
        /** A plate read through the capitals' view (its letters are checked below). */
        let viaCaps = false;
        if (jm) {
          PLATE_AFTER_JURISDICTION.lastIndex = jm.index + jm[0].length;
          if (PLATE_AFTER_JURISDICTION.test(w)) {
            from = jm.index + jm[0].length;
            ID_AFTER.lastIndex = from;
            idm = ID_AFTER.exec(v);
            viaCaps = one;
          }
        }
        // "Tag ABC 1234": plates written in two groups.
        spaced.lastIndex = from;
        const two = spaced.exec(w);
        if (two) {
          idm = two;
          viaCaps = one;
        }
        if (idm && viaCaps) {
          const g = idm[1] as string;
          const at = idm.index + idm[0].length - g.length;
          if (!this.lowerCodeValue(v.slice(at, at + g.length).toLowerCase())) continue;
        }
        // (Stop 33: no plate holds a function word, in capitals either: "DINNER PLATE 2 OF 3 EATEN".)
        if (idm && (idm[1] as string).split(/[ -]/).some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) continue;
      }
      if (!idm && type !== 'VEHICLE') {
        PREFIXED_ID.lastIndex = m.index + m[0].length;
        idm = PREFIXED_ID.exec(v);
        // (Stop 33: in a text typed in lower case the letters before the number are lower case too, "licence phd 005512",
        // "ca license a 139942": read through the view in capitals; letters that are an everyday or clinical word or a
        // label are left out and the number kept.)
        if (!idm && this.lowerTyped) {
          PREFIXED_ID.lastIndex = m.index + m[0].length;
          const um = PREFIXED_ID.exec(this.upperView());
          if (um) {
            const g = um[1] as string;
            const sp = g.indexOf(' ');
            const letters = g.slice(0, sp).toLowerCase();
            // (A function word ends the label's reach, "the nmc at 12345 said"; a single letter opens a number, "a 139942".)
            if (letters.length === 1 || !FUNCTION_WORDS.has(letters)) idm = this.lowerCodeValue(letters) && !LABEL_LETTERS_33.test(letters) ? um : (Object.assign([um[0], g.slice(sp + 1)], { index: um.index }) as unknown as RegExpExecArray);
          }
        }
      }
      if (!idm && type !== 'VEHICLE') {
        // Dictation: "MRN is four four seven one eight two three".
        SPOKEN_ID.lastIndex = m.index + m[0].length;
        const sp = SPOKEN_ID.exec(v);
        if (sp) {
          const g = sp[1] as string;
          const s = sp.index + sp[0].length - g.length;
          this.add(s, s + g.length, type, 102);
          continue;
        }
      }
      if (!idm) {
        // Dictation with letters and numbers of two digits: "Medicare number is one E G four T E five M K seven two" (stop 16).
        const [a, b] = spokenIdEnd(v, m.index + m[0].length);
        if (a >= 0) {
          this.add(a, b, type, 102);
          continue;
        }
      }
      if (!idm && type === 'VEHICLE') {
        PLATE_LETTERS.lastIndex = from;
        idm = PLATE_LETTERS.exec(v);
        // (Stop 31: "ID TAG: WRIST TAG CHECKED X2.": a plate of letters alone that is an everyday word, with the sentence
        // going on after it, is prose; a vanity plate stands alone, "Plate: HAPPY".)
        if (idm && this.fl((idm[1] as string).toLowerCase()) & L.WORD && /^[ \t]+[A-Za-z]/.test(v.slice(idm.index + idm[0].length, idm.index + idm[0].length + 2))) idm = null;
      }
      if (/^(?:user|login|screen)/i.test(m[0])) {
        // User names may have no digit and may hold dots or underscores ("mgarcia_92", "j.doe").
        USERNAME_AFTER.lastIndex = m.index + m[0].length;
        const um = USERNAME_AFTER.exec(v);
        if (um && !NOT_NAME.has((um[1] as string).toLowerCase()) && !(this.fl((um[1] as string).toLowerCase()) & L.WORD)) idm = um;
      }
      if (!idm) continue;
      // Short labels that are also words or clinical abbreviations count in capitals only ("UR 221093", not "ur 100mg"; "CIN 2").
      if (/^(?:ur|cin|sin|sa\s*id)$/i.test(m[0]) && !/^[A-Z]/.test(m[0])) continue;
      const id = idm[1] as string;
      const s = idm.index + idm[0].length - id.length;
      if (id.length < 4 && !(type === 'MRN' && id.length >= 3)) continue;
      // A bare "policy" or "claim" (no "number"/"#") needs a long number: "hospital policy #rg17" is a rule.
      if (/^(?:policy|claim)\s*#?$/i.test(m[0]) && (id.match(/\d/g)?.length ?? 0) < 5) continue;
      // A date or an amount after a label is not the identifier.
      if (looksLikeDate(id) || /^\d{1,3}\.\d+$/.test(id) || /^(?:19|20)\d{2}$/.test(id)) continue;
      this.add(s, s + id.length, type, 102);
    }
  }
  /** Plates, VINs, device and card numbers. */
  shapedNumbers(): void {
    const v = this.v;
    // Plates after a vehicle make and model.
    if (this.seen & T.MAKE) for (let x = 0; x < this.toks.length; x++) {
      const tok = this.toks[x] as Tok;
      if (!(tok.f & T.MAKE) || tok.shape === 'X' || tok.shape === 'L') continue;
      // (Stop 33: "9499 LINCOLN DRIVE UNIT 190": a make followed by a street's suffix names the street, and a unit of an
      // address is no plate.)
      const nx = this.toks[x + 1];
      if (nx !== undefined && STREET_SUFFIX_SET.has(nx.k)) continue;
      PLATE_AFTER_MAKE.lastIndex = tok.e;
      const pm = PLATE_AFTER_MAKE.exec(v);
      if (!pm) continue;
      const g = pm[1] as string;
      // A model number ("F-150", "CX-5") is not a plate: a plate has 5+ letters and digits.
      if (g.replace(/[- ]/g, '').length < 5 || looksLikeDate(g) || ADDRESS_UNIT_33.test(g) || !/\d/.test(g) || !/[A-Z]/.test(g)) continue;
      const s = pm.index + pm[0].length - g.length;
      this.add(s, s + g.length, 'VEHICLE', 97);
    }
    for (const xi of this.xIdx) {
      const tok = this.toks[xi] as Tok;
      if (tok.w.length !== 17 || !VIN_RE.test(tok.w)) continue;
      const t = tok.w;
      const letters = t.replace(/\d/g, '').length;
      if (letters >= 2 && t.length - letters >= 3) this.add(tok.s, tok.e, 'VEHICLE', vinCheck(t) ? 98 : 60);
    }
    for (const xi of this.xIdx) {
      const t = this.toks[xi] as Tok;
      const len = t.w.length;
      if ((len === 11 || len === 13) && MBI_RE.test(t.w)) this.add(t.s, t.e, 'HEALTH_PLAN', 97);
      else if (len === 9 && DEA_RE.test(t.w) && deaCheck(t.w)) this.add(t.s, t.e, 'LICENSE', 96);
      else if (len === 8 && COMPACT_DATE_RE.test(t.w)) this.add(t.s, t.e, 'DATE', 85);
    }
    if (this.rare?.has('template') || this.rare?.has('templates')) {
      for (const m of v.matchAll(RE.template)) {
        const g = m[1] as string;
        if (!/\d/.test(g)) continue;
        const before = v.slice(Math.max(0, m.index - 80), m.index);
        if (!/finger|palm|iris|retina|voice|face|facial|biometric|vein|hand ?geometry|gait/i.test(before)) continue;
        const s = m.index + m[0].length - g.length;
        this.add(s, s + g.length, 'BIOMETRIC', 103);
      }
    }
    if (v.includes('(01)')) for (const m of v.matchAll(RE.udi)) this.add(m.index, m.index + m[0].length, 'DEVICE', 98);
    this.cards();
  }

  /** Card numbers (Luhn): 13-19 digits as one token or groups joined by single spaces or dashes. */
  cards(): void {
    const toks = this.toks;
    const v = this.v;
    let done = -1;
    for (const i of this.xIdx) {
      if (i <= done) continue;
      const t = toks[i] as Tok;
      if (!digitsDashes(t.w)) continue;
      // Count the digits first: most runs are too short to build their string.
      let count = digitCount(t.w);
      let j = i;
      while (count < 19) {
        const nx = toks[j + 1];
        if (!nx || nx.shape !== 'X' || nx.s !== (toks[j] as Tok).e + 1 || v.charCodeAt(nx.s - 1) !== 32 || !digitsDashes(nx.w)) break;
        count += digitCount(nx.w);
        j++;
      }
      if (count < 13 || count > 19) continue;
      let digits = '';
      for (let x = i; x <= j; x++) digits += (toks[x] as Tok).w.replace(/-/g, '');
      const before = t.s > 0 ? v.charCodeAt(t.s - 1) : 32;
      if (before === 45 || before === 46 || before === 47) continue;
      // (Stop 36: a flowsheet's row of clock times, "0800 1000 1200 1400 1600", every group a time later than the one
      // before: the run from its second group passes the check by chance.)
      if (j > i && clockRow36(toks, i, j)) continue;
      if (luhn(digits)) {
        // A South African identity number (birth date YYMMDD, citizenship 0/1, then 8 or 9) is no card number.
        const saId = digits.length === 13 && /^\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{4}[01][89]\d$/.test(digits) && !/card|visa|mastercard|amex|credit|debit/i.test(v.slice(Math.max(0, t.s - 40), t.s));
        this.add(t.s, (toks[j] as Tok).e, saId ? 'OTHER_ID' : 'ACCOUNT', 96);
        done = j;
      }
    }
  }

  addPhone(s: number, e: number, p = 100): void {
    const before = this.v.slice(Math.max(0, s - 40), s).toLowerCase();
    const after = this.v.slice(e, e + 12).toLowerCase();
    let fax = false;
    // A fax label starts a word ("fax", "faxed", "e-fax", "efax"; not "Fairfax").
    let fi = -1;
    for (let at = before.indexOf('fax'); at >= 0; at = before.indexOf('fax', at + 3)) {
      const w = at > 0 && before.charCodeAt(at - 1) === 101 ? at - 1 : at;
      if (w === 0 || !isLetterCode(before.charCodeAt(w - 1)) || before.slice(Math.max(0, at - 4), at) === 'tele') fi = at;
    }
    fi = Math.max(fi, before.lastIndexOf('facsimile'));
    if (fi >= 0) {
      const rest = before.slice(fi);
      // The fax label must be the last label before the number.
      fax = !/\b(?:tel|phone|ph|call|cell|mobile|pager|telephone|voice|office)\b/.test(rest.slice(3));
    }
    // "P: 617-555-0144  F: 617-555-0199", "T 020 7946 0958  F 020 7946 0959": a lone F (Fx) before the number.
    if (/(?:^|[\s|,;(\/])(?:F|Fx|FX|fx)[ \t]*[:.#]?[ \t]*$/.test(this.v.slice(Math.max(0, s - 8), s))) fax = true;
    if (/^\s*\((?:fax|f)\)|^[ \t]*fax\b(?![ \t]*(?:number|no\.?|#)?[ \t]*[:#]?[ \t]*[\d(+])/.test(after)) fax = true;
    // A fax transmission's header: the number it came from ("INBOUND FAX ... rec'd 03/04/2025 11:02 from (816) 555-0184").
    if (!fax && before.endsWith('from ') && FAX_HEADER_BEFORE.test(this.v.slice(Math.max(0, s - 90), s))) fax = true;
    this.add(s, e, fax ? 'FAX' : 'PHONE', p);
  }

  // --- dates and ages --------------------------------------------------------------------------
  // Split in parts: each compiles (and recompiles after a deoptimization) on its own, faster than one large method.
  dates(): void {
    const n0 = this.cands.length;
    this.datesMonths();
    this.datesNumeric();
    this.datesSlashes();
    this.datesOther();
    this.dayRanges(n0);
    this.agesOver89();
  }
  /** "3-4 April", "12–14 March 2025": a range of days keeps its first day; "7/13-7/15": the range's second date is a
   * date too (candidates from index n0 on). */
  dayRanges(n0: number): void {
    const v = this.v;
    const n1 = this.cands.length;
    for (let i = n0; i < n1; i++) {
      const c = this.cands[i] as Cand;
      if (c.t === 'DATE' && (v.charCodeAt(c.e) === 45 || v.charCodeAt(c.e) === 0x2013) && isDigitCode(v.charCodeAt(c.e - 1))) {
        const r = /^[-–](\d{1,2}\/\d{1,2}(?:\/(?:\d{4}|\d{2}))?)(?![\w\/]|\.\d)/.exec(v.slice(c.e, c.e + 12));
        if (r) {
          const [a, b] = (r[1] as string).split('/').map(Number) as [number, number];
          if (a >= 1 && a <= 12 && b >= 1 && b <= 31) this.add(c.e + 1, c.e + r[0].length, 'DATE', 80);
        }
      }
      if (c.t !== 'DATE' || c.s < 2 || !isDigitCode(v.charCodeAt(c.s))) continue;
      // (Stop 36: "between 19 and 24 October", "from 3rd to 5th March": the range's first day, said with a word.)
      if (v.charCodeAt(c.s - 1) === 32 && /^\d{1,2}(?:st|nd|rd|th)?[ \t]+\p{L}/u.test(v.slice(c.s, c.e))) {
        const w = DAY_RANGE_WORDS_36.exec(v.slice(Math.max(0, c.s - 24), c.s));
        if (w !== null && dayOk((w[1] as string).replace(/\D/g, ''))) {
          const s0 = c.s - w[0].length + w[0].indexOf(w[1] as string, w[0].search(/\d/));
          if (!this.anyCand(s0, s0 + (w[1] as string).length)) this.add(s0, s0 + (w[1] as string).length, 'DATE', 80);
        }
        continue;
      }
      const d = v.charCodeAt(c.s - 1);
      if (d !== 45 && d !== 0x2013) continue;
      const m = /(?<![\w\/.-])(0?[1-9]|[12]\d|3[01])$/.exec(v.slice(Math.max(0, c.s - 4), c.s - 1));
      // The date itself must open with a day and a month's name ("4 April"), not a numeric date ("4/5").
      if (!m || !/^\d{1,2}(?:st|nd|rd|th)?[ \t]+\p{L}/u.test(v.slice(c.s, c.e))) continue;
      c.s -= m[0].length + 1;
    }
  }
  /** "12-Mar", "Sat 3/9", "12.IV.1931" (Roman month), "2024年3月12日". */
  datesOther(): void {
    const v = this.v;
    // From the digit tokens (cheap): "12-Mar" is one token; "12.IV.1931" starts with one.
    for (const i of this.xIdx) {
      const t = this.toks[i] as Tok;
      const w = t.w;
      // "19APR2025", "03jan24": day, month and year written together (EMS, military and pharmacy records).
      if (w.length >= 6 && w.length <= 10 && COMPACT_DMY.test(w)) {
        const b = v.charCodeAt(t.s - 1);
        if (b !== 47 && b !== 46 && b !== 45 && !isWordCode(b) && v.charCodeAt(t.e) !== 45 && dayOk(w.slice(0, /^\d\d/.test(w) ? 2 : 1))) this.add(t.s, t.e, 'DATE', 84);
        continue;
      }
      if (w.length >= 5 && w.length <= 7 && this.seen & T.MONTH && DAY_MON_TOKEN.test(w)) {
        const b = v.charCodeAt(t.s - 1);
        if (b !== 47 && b !== 46 && b !== 45 && !isWordCode(b) && v.charCodeAt(t.e) !== 45) this.add(t.s, t.e, 'DATE', 80);
        continue;
      }
      const a = v.charCodeAt(t.e);
      const r = v.charCodeAt(t.e + 1);
      if ((a === 46 || a === 47 || a === 45) && (r === 73 || r === 86 || r === 88) && /^\d{1,2}$/.test(w)) {
        const m = RE.dRoman.exec(v.slice(Math.max(0, t.s - 1), t.e + 12).replace(/^[^\d]/, ' '));
        RE.dRoman.lastIndex = 0;
        if (m && m.index <= 1 && dayOk(m[1] as string)) this.add(t.s, t.s + m[0].length - m[0].indexOf(m[1] as string), 'DATE', 85);
      } else if (((a === 46 && (r === 105 || r === 118 || r === 120)) || (a === 32 && (r === 73 || r === 86 || r === 88))) && /^\d{1,2}$/.test(w)) {
        const m = RE.dRoman35.exec(v.slice(Math.max(0, t.s - 1), t.e + 12).replace(/^[^\d]/, ' '));
        RE.dRoman35.lastIndex = 0;
        if (m && m.index <= 1 && dayOk(m[1] as string)) this.add(t.s, t.s + m[0].length - m[0].indexOf(m[1] as string), 'DATE', 85);
      }
    }
    if (v.includes('年')) for (const m of v.matchAll(RE.dCjk)) this.add(m.index, m.index + m[0].length, 'DATE', 85);
  }
  /** Dates with month words. */
  datesMonths(): void {
    const v = this.v;
    // (Stop 31: "may 16, 1992" and "march 20, 2024" in lower case: a day and a year after the month make it one.)
    if (this.hasMonth) for (const m of matchesAt(MONTH_Y.dMonthDayYear, v, this.monthStarts())) if (dayOk(m[2] as string) && (monthOk(m[1] as string) || m[1] !== (m[1] as string).toLowerCase() || lowerMonthYearOk31(v, m.index + m[0].length - (m[0].endsWith("'" + m[0].slice(-2)) ? 3 : 4), m.index + m[0].length))) this.add(m.index, m.index + m[0].length, 'DATE', 90);
    if (this.hasMonth) for (const m of matchesAt(MONTH_Y.dMonthDay, v, this.monthStarts())) {
      const mo = m[1] as string;
      if (!dayOk(m[2] as string)) continue;
      if (mo === mo.toLowerCase() && !monthOk(mo) && !lowerMonthDay31(v, m.index, m.index + m[0].length)) continue;
      // "June Thompson", "May 2" -- a month followed by a number is a date; short month words need a capital.
      this.add(m.index, m.index + m[0].length, 'DATE', 88);
    }
    if (this.hasMonth) for (const m of matchesAt(MONTH_Y.dDayMonth, v, this.dayMonthStarts())) {
      const mo = m[2] as string;
      if (!dayOk(m[1] as string)) continue;
      if (mo === mo.toLowerCase() && !monthOk(mo.replace('.', '')) && !lowerDayMonth19(mo.replace('.', ''), v, m.index + m[0].length)) continue;
      // "2 Mar" is a date; "5 may" is not.
      this.add(m.index, m.index + m[0].length, 'DATE', 88);
    }
    if (this.hasMonth) for (const m of matchesAt(MONTH_Y.dYearMonDay, v, this.dayMonthStarts())) if (dayOk(m[3] as string)) this.add(m.index, m.index + m[0].length, 'DATE', 90);
    if (this.hasMonth) for (const m of matchesAt(MONTH_Y.dMonDayDash, v, this.monthStarts())) if (dayOk(m[2] as string)) this.add(m.index, m.index + m[0].length, 'DATE', 90);
    if (this.hasMonth) for (const m of matchesAt(MONTH_Y.dDayMonDash, v, this.dayMonthStarts())) if (dayOk(m[1] as string)) this.add(m.index, m.index + m[0].length, 'DATE', 90);
    if (this.hasMonth) for (const m of matchesAt(MONTH_Y.dMonthYear, v, this.monthStarts())) {
      const mo = m[1] as string;
      // (Stop 31: "in march of 2022", "may 2015" in lower case: a year of four digits after the month.)
      if (mo === mo.toLowerCase() && !monthOk(mo) && !(/^\d{4}$/.test(m[2] as string) && lowerMonthYearOk31(v, m.index + m[0].length - (m[2] as string).length, m.index + m[0].length))) continue;
      this.add(m.index, m.index + m[0].length, 'DATE', 87);
    }
  }
  /** Numeric and spelled-out dates. */
  datesNumeric(): void {
    const v = this.v;
    for (const m of matchesAt(NUM_Y.dNum3, v, this.digitStartsWhere(dNum3At))) {
      const a = +(m[1] as string);
      const b = +(m[3] as string);
      const sep = m[2] as string;
      const y = m[4] as string;
      if (!((a >= 1 && a <= 12 && b >= 1 && b <= 31) || (a >= 1 && a <= 31 && b >= 1 && b <= 12))) continue;
      // Ventilator settings ("PSV 12/5/40%": support, PEEP, oxygen) and haemodynamics ("co/ci/svr 3/2/1500") are no dates.
      if (v.charCodeAt(m.index + m[0].length) === 37 || (y.length === 4 && (+y < 1800 || +y > 2199))) continue;
      if (sep === '.' && y.length === 2) {
        // "1.5.10" needs date context. (Stop 36: not a day and a month of two digits each, "note 26.11.26.", which a
        // version rarely writes.)
        if (!((m[1] as string).length === 2 && (m[3] as string).length === 2) && !DATE_CONTEXT_BEFORE.test(v.slice(Math.max(0, m.index - 24), m.index))) continue;
      }
      this.add(m.index, m.index + m[0].length, 'DATE', 90);
    }
    for (const m of matchesAt(NUM_Y.dIso, v, this.digitStartsWhere(dIsoAt))) {
      const mo = +(m[3] as string);
      const d = +(m[4] as string);
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) this.add(m.index, m.index + m[0].length, 'DATE', 90);
    }
    // (Stop 36: an ISO date in a file's name after an underscore, "labs_2026-11-20.pdf", "dc_2025-10-04.csv": the digit
    // starts leave out a digit after "_".)
    if (v.includes('_1') || v.includes('_2')) for (const m of v.matchAll(ISO_AFTER_UNDERSCORE_36)) {
      const mo = +(m[2] as string);
      const d = +(m[3] as string);
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) this.add(m.index + 1, m.index + m[0].length, 'DATE', 90);
    }
    if (this.seen & T.FMONTH) for (const m of v.matchAll(RE.dForeign)) {
      const day = m[1] ?? m[5];
      if (day && dayOk(day)) this.add(m.index, m.index + m[0].length, 'DATE', 88);
    }
    // Spelled-out dates ("the fourth of March nineteen thirty-two"): an ordinal word with a full month name.
    // Found from the full month names: an ordinal word before ("fourth of March") or after ("March twenty-first").
    if (this.hasMonth) for (const mt of this.toks) {
      if (!(mt.f & T.MONTH) || mt.shape === 'X' || mt.k.length < 3 || !FULL_MONTHS.has(mt.k)) continue;
      // "may the first dose": "May" as a month needs its capital, or (stop 31, texts in one case) an ordinal and "of"
      // before it and a year after it ("the second of may 1930").
      const lowerMay = mt.k === 'may' && mt.shape !== 'T';
      const before = ORD_OF_BEFORE.exec(v.slice(Math.max(0, mt.s - 40), mt.s));
      let s = -1;
      let e = mt.e;
      if (before) s = mt.s - before[0].length + (before[1] ? before[1].length : 0);
      else {
        if (lowerMay) continue;
        ORD_AFTER.lastIndex = mt.e;
        const after = ORD_AFTER.exec(v);
        if (!after) continue;
        s = mt.s;
        e = mt.e + after[0].length;
      }
      YEAR_AFTER_WORDS.lastIndex = e;
      const y = YEAR_AFTER_WORDS.exec(v);
      if (lowerMay && !y) continue;
      if (y) e += y[0].length;
      this.add(s, e, 'DATE', 93);
    }
    if (this.shapes & S.ORDINAL) for (const m of v.matchAll(RE.dDayAlone)) {
      const g = m[1] as string;
      if (!dayOk(g.replace(/\D/g, ''))) continue;
      const s = m.index + m[0].length - g.length;
      this.add(s, s + g.length, 'DATE', 70);
    }
  }
  /** Dates with slashes. */
  datesSlashes(): void {
    const v = this.v;
    const slash = v.includes('/');
    // Day-first dates in this text ("27/01/2025"): "14/03" is then the 14th of March.
    let dayFirstDoc: boolean | undefined;
    if (slash || v.includes('-')) for (const m of matchesAt(NUM_Y.dMonthYearNum, v, this.digitStartsWhere(dMonthYearNumAt))) this.add(m.index, m.index + m[0].length, 'DATE', 84);
    if (slash) for (const m of matchesAt(NUM_Y.dMonthDaySlash, v, this.digitStartsWhere(dMonthDaySlashAt))) {
      let a = +(m[1] as string);
      let b = +(m[2] as string);
      const before = v.slice(Math.max(0, m.index - 24), m.index);
      const after = v.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const dateCtx = DATE_CONTEXT_BEFORE.test(before) || /(?:^|\n)[ \t]*$/.test(before);
      // (Stop 37: British months, weeks and days above the denominator, before "ago", "later", "course": "stopped 18/12
      // ago" is eighteen months, not the eighteenth of December.)
      if ((b === 12 || b === 52 || b === 7) && /^[ \t]*(?:ago|later|course|history|hx|duration)\b/i.test(after)) continue;
      // Day first ("returned 14/03"): with date words before it, or in a text that writes dates day first.
      if (a > 12 && a <= 31 && b >= 1 && b <= 12 && (DAY_FIRST_CONTEXT.test(before) || (dayFirstDoc ??= DAY_FIRST_DOC.test(v)) || dayFirstAlone19(m[2] as string, before, after, v, m.index))) [a, b] = [b, a];
      if (a < 1 || a > 12 || b < 1 || b > 31) continue;
      // (Stop 36: "Sat 10/1" written so is Saturday's, not a saturation's, which is written "sat" or "sats" and a percentage.)
      const saturday = before.endsWith('Sat ') && !/\p{L}/u.test(before.charAt(before.length - 5)) && !NEG_MD_AFTER.test(after);
      if ((!saturday && (NEG_MD_BEFORE.test(before) || NEG_MD_AFTER.test(after) || SCORE_BEFORE.test(before))) || (COUNT_AFTER.test(after) && !DATE_CONTEXT_BEFORE.test(before))) continue;
      // Muscle strength out of five, by the limb or muscle after it: "5/5 x4", "4/5 LLE", "4/5 EHL", "5/5 else".
      if (b === 5 && a <= 5 && STRENGTH_AFTER.test(after) && !DATE_CONTEXT_BEFORE.test(before)) continue;
      // (Stop 19: or by the muscle or the movement right before it, in a table's cell too: "deltoid | 4/5", "grip: 5/5".)
      if (b === 5 && a <= 5 && STRENGTH_BEFORE.test(before)) continue;
      // "a 6/12 history", "review in 1/52": British months and weeks.
      if ((b === 12 || b === 52 || b === 7) && a <= b && (/^[ \t]*(?:history|hx|ago|duration|months?|weeks?|days?|of\b|post|follow|f\/u|review|then|course|total|abx|antibiotics)/i.test(after) || /(?<![a-z])(?:iv|po|oral|course|abx|antibiotics|for|total|completed|further|another|x)[ \t]*$/i.test(before))) continue;
      // "ARDS 2/2 influenza", "2/2 CAP": "secondary to".
      if (a === 2 && b === 2 && !DATE_CONTEXT_BEFORE.test(before)) continue;
      // Ventilator settings ("PSV 10/5", "weaned to 5/5") near ventilation words, unless a strong date word precedes.
      const around = v.slice(Math.max(0, m.index - 40), m.index + m[0].length + 16);
      // (An event right before it is dated: "extubation 5/24".)
      // (Pressures pair up to about 25/20: "9/28" near a ventilator word is still a date.)
      if (VENT_WORDS.test(around) && b <= 20 && !STRONG_DATE_BEFORE.test(before) && !/(?:extubat|intubat|trach|decannulat)\w*[ \t]+(?:on[ \t]+)?$/i.test(before)) continue;
      // Small fractions ("1/2 tab", "3/4") need date context.
      if (b <= 4 && a < b && !dateCtx) continue;
      // "8/10" and "10/10" near pain or score words are scores.
      if (b === 10 && /pain|score|scale|rate|rating|intensity|severity/i.test(v.slice(Math.max(0, m.index - 48), m.index))) continue;
      // A symptom rated right before: "headache 6/10", "itchy 7/10" (not "headache began 4/10").
      if (b === 10 && /(?:itch\w*|nausea|fatigue|anxiety|dyspn\w*|craving\w*|mood|stress|headache|migraine|lbp|back[ \t]+pain)[ \t]*(?:[:=]|rated|at|is|of)?[ \t]*$/i.test(before)) continue;
      // "symptoms 2/22" (a concussion checklist).
      if (b === 22 && /symptoms?[ \t]*[:=]?[ \t]*$/i.test(before)) continue;
      // (Stop 36: "in place 24/7", round the clock, in a text that writes its dates day first.)
      if (m[0] === '24/7' && !STRONG_DATE_BEFORE.test(before)) continue;
      // "EPDS 11/30", "MoCA 24/30": questionnaire totals.
      if (b === 30 && /(?:epds|moca|mmse|slums|mocha)\W{0,3}$/i.test(before)) continue;
      this.add(m.index, m.index + m[0].length, 'DATE', 80);
    }
  }
  /** Ages over 89. */
  agesOver89(): void {
    const v = this.v;
    // Ages over 89.
    if (this.seen & T.AGE_UNIT) {
      const starts = this.digitStartsWhere(ageNumAt);
      for (const m of matchesAt(NUM_Y.ageNum, v, starts)) {
        const e = m.index + (m[1] as string).length;
        // "Tmax 101F", "spiked to 103 F": a temperature in Fahrenheit, not an age and a sex.
        if (fahrenheitAt(v, m.index, e)) continue;
        this.add(m.index, e, 'AGE_OVER_89', 92);
      }
      // (Stop 33: in a text typed in lower case the sex after the age is lower case too, "haugen, solveig 93f", "91 m":
      // the same pattern read through the view in capitals, where it was not already read.)
      if (this.lowerTyped) {
        const w = this.upperView();
        for (const m of matchesAt(NUM_Y.ageNum, w, starts)) {
          const e = m.index + (m[1] as string).length;
          // (Only a sex or "j." on the same line: "95 m" is metres and "99\nm. jean" a phone's end before a name.)
          if (!LOWER_AGE_UNIT_33.test(v.slice(e, e + 8)) || fahrenheitAt(w, m.index, e) || this.anyCand(m.index, e)) continue;
          this.add(m.index, e, 'AGE_OVER_89', 92);
        }
      }
    }
    // (Stop 28, speed: tried sticky where it can open, ageSexSlashStarts, not at every character.)
    if (this.seen & T.AGE_UNIT && v.includes('/')) {
      // (Stop 36: in a text typed in lower case, through the view in capitals: "roommate (f/91)", "r. selvaraj m/90".)
      const w = this.lowerTyped ? this.upperView() : v;
      for (const m of matchesAt(AGE_SEX_SLASH_Y, w, ageSexSlashStarts(w, this.digitStarts()))) {
        const g = (m[1] ?? m[2]) as string;
        const s = m.index + m[0].indexOf(g);
        if (w === v || !this.anyCand(s, s + g.length)) this.add(s, s + g.length, 'AGE_OVER_89', 92);
      }
    }
    for (const m of this.stickyAt(RE.ageEvent, T.AGE)) {
      const g = m[1] as string;
      const s = m.index + m[0].lastIndexOf(g);
      this.add(s, s + g.length, 'AGE_OVER_89', 92);
    }
    if (this.seen & T.AGE && v.includes('irthday')) for (const m of v.matchAll(RE.birthday)) this.add(m.index, m.index + (m[1] as string).length, 'AGE_OVER_89', 92);
    for (const m of this.stickyAt(RE.ageCtx, T.AGE)) {
      const g = m[1] as string;
      const s = m.index + m[0].lastIndexOf(g);
      this.add(s, s + g.length, 'AGE_OVER_89', 92);
    }
    if ((v.includes('<') || v.includes('_')) && (v.includes('<age') || /ge_/i.test(v))) for (const m of v.matchAll(RE.ageKey)) {
      const g = m[1] as string;
      this.add(m.index + m[0].length - g.length, m.index + m[0].length, 'AGE_OVER_89', 92);
    }
    if (this.seen & T.AGE_WORD) for (const m of v.matchAll(RE.ageOf)) {
      const g = m[1] as string;
      this.add(m.index + m[0].length - g.length, m.index + m[0].length, 'AGE_OVER_89', 91);
    }
    this.bareAges();
    if (this.seen & T.AGE_WORD) for (const m of v.matchAll(RE.ageWords)) this.add(m.index, m.index + (m[1] as string).length, 'AGE_OVER_89', 92);
    if (this.seen & T.AGE_WORD) for (const m of v.matchAll(RE.ageWordsBare)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      this.add(s, s + g.length, 'AGE_OVER_89', 91);
    }
    // "in her 97th year": an ordinal token of 90+ first (cheap), then the words around it.
    for (const i of this.xIdx) {
      const t = this.toks[i] as Tok;
      if (t.w.length < 4 || t.w.length > 5 || (t.w.charCodeAt(0) !== 57 && t.w.charCodeAt(0) !== 49) || !/^(?:9\d|1[01]\d)(?:st|nd|rd|th)$/i.test(t.w)) continue;
      RE.ageYearOrd.lastIndex = 0;
      const m = RE.ageYearOrd.exec(v.slice(Math.max(0, t.s - 16), t.e + 6));
      if (m) this.add(t.s, t.e, 'AGE_OVER_89', 91);
    }
    if (this.seen & T.AGE_WORD || v.includes('0s')) for (const m of v.matchAll(RE.ageDecade)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      this.add(s, s + g.length, 'AGE_OVER_89', 91);
    }
  }

  /** Ages written without a unit: "Bridget O'Malley (95)", "The patient, 98, lives...", "She is 94." */
  bareAges(): void {
    const v = this.v;
    const toks = this.toks;
    for (const i of this.xIdx) {
      const t = toks[i] as Tok;
      const c0 = t.w.charCodeAt(0);
      if (i < 1 || (t.w.length === 2 ? c0 !== 57 : t.w.length !== 3 || c0 !== 49) || !/^(?:9\d|1[01]\d)$/.test(t.w)) continue;
      const b = v.charCodeAt(t.s - 1);
      const a = v.charCodeAt(t.e);
      const p = toks[i - 1] as Tok;
      const rest = v.slice(t.e, t.e + 12);
      if (b === 40 && a === 41) {
        // "(95)" right after a person's name: a capitalized name part that is no common word.
        // An unknown surname counts after a title or a known first name ("Mrs Ada Quill (94)").
        const pp = toks[i - 2];
        const cued = !!pp && pp.shape === 'T' && oneSpace(v, pp.e, p.s) && (!!(pp.f & L.FIRST) || ((pp.m & M.TITLES) !== 0));
        if (t.s - p.e !== 2 || p.shape !== 'T' || !(cued || (p.f & NAME_BITS && !(p.f & L.WORD))) || ((p.m & M.NOT_NAME) !== 0)) continue;
        this.add(t.s, t.e, 'AGE_OVER_89', 88);
      } else if (b === 32 && p.shape === 'I' && (p.w === 'F' || p.w === 'M') && /^\(?[ \t]*[FM],[ \t]*$/.test(v.slice(Math.max(0, p.s - 1), t.s)) && v.charCodeAt(p.s - 1) === 40 && a === 41) {
        // "(F, 94)".
        this.add(t.s, t.e, 'AGE_OVER_89', 88);
      } else if (b === 32 && (p.k === 'is' || p.k === 'was') && i >= 2) {
        // "She is 94.", "he was 91 and lived alone".
        const pp = toks[i - 2] as Tok;
        // The subject: a pronoun, a person word, "who", or a person's name ("Wilf is 90 and frail").
        const named = pp.shape === 'T' && (pp.f & NAME_BITS) !== 0 && !(pp.f & (L.WORD | L.PLACE)) && (pp.m & (M.NOT_NAME | M.NOT_PERSON)) === 0;
        if (!(named || /^(?:he|she|i|who|patient|pt|mother|father|grandmother|grandfather|mum|mom|dad|grandma|grandpa|granny|gran|nan|nana|nanna|husband|wife|aunt|uncle|sister|brother|spouse|resident|client)$/.test(pp.k)) || !oneSpace(v, pp.e, p.s)) continue;
        if (!/^(?:[ \t]*(?:[.,;!]|$)|[ \t]+(?:and|now|today|this|but|when)\b)/i.test(rest)) continue;
        this.add(t.s, t.e, 'AGE_OVER_89', 88);
      } else if (b === 32 && (p.k === 'herself' || p.k === 'himself') && t.s - p.e === 1 && (a === 41 || a === 44) && v.charCodeAt(p.s - 1) === 40) {
        // "per wife Opal (herself 93)".
        this.add(t.s, t.e, 'AGE_OVER_89', 88);
      } else if (b === 32 && p.k === 'of' && i >= 2 && /^(?:gentleman|gent|lady|woman|man|widow|widower)$/.test((toks[i - 2] as Tok).k)) {
        // "an elderly gentleman of 93" (not "a man of 95 kg").
        if (/^[ \t]*(?:%|mg|mcg|kg|lbs?|cm|mm|min|hours?|hrs?|days?|weeks?|months?|units?|ml|beats|breaths|mmhg)\b/i.test(rest) || /^[.\/:-]\d/.test(rest)) continue;
        this.add(t.s, t.e, 'AGE_OVER_89', 88);
      } else if (b === 32 && FIRST_PERSON_PREV.has(p.k) && /(?:^|[^\w'])(?:i'?m|i[ \t]+am|she'?s|he'?s|she[’]s|he[’]s|i[’]m|who[ \t]+is|who'?s|who[’]s)[ \t]+$/i.test(v.slice(Math.max(0, t.s - 9), t.s))) {
        // "She's 96.", "i'm 91 and tired", "I am 93 years young".
        if (!/^(?:[ \t]*(?:[.,;!]|$)|[ \t]+(?:and|now|today|this|but|when|years)\b)/i.test(rest)) continue;
        this.add(t.s, t.e, 'AGE_OVER_89', 88);
      } else if (a === 44 && /^,[ \t]+(?:lives|is|was|has|had|who|presents|presented|resides|lived|remains|attends|came|comes|and|of|died|passed)\b/i.test(rest)) {
        // "The patient, 98, lives with her son", "Mr Quigley, 93, was seen".
        if (!/,[ \t]*$/.test(v.slice(p.e, t.s))) continue;
        const pp = toks[i - 2];
        const fullName = p.shape === 'T' && !(p.f & (L.WORD | L.PLACE)) && !!pp && pp.shape === 'T' && oneSpace(v, pp.e, p.s) && (pp.f & L.FIRST) !== 0;
        const person = /^(?:patient|pt|gentleman|gent|lady|woman|man|resident|widow|widower|client|decedent|husband|wife|mother|father|mum|mom|dad|grandmother|grandfather|grandma|grandpa|aunt|uncle|sister|brother|spouse|partner)$/.test(p.k) || (p.shape === 'T' && p.f & NAME_BITS && !(p.f & L.WORD)) || fullName;
        if (person) this.add(t.s, t.e, 'AGE_OVER_89', 88);
      } else if ((a === 44 || a === 46 || a === 59 || a === 41 || Number.isNaN(a)) && b === 32 && i >= 2 && /,[ \t]*$/.test(v.slice(p.e, t.s)) && t.s - p.e <= 3 && !/^\.\d/.test(rest)) {
        // "Mr. Harold Pinkerton, 99, MRN ...": after a full name (a known first name and a surname that is no common word).
        const pp = toks[i - 2] as Tok;
        if (p.shape === 'T' && !(p.f & (L.WORD | L.PLACE)) && (p.f & NAME_BITS) !== 0 && pp.shape === 'T' && oneSpace(v, pp.e, p.s) && (pp.f & L.FIRST) !== 0 && !(pp.m & M.NOT_NAME)) this.add(t.s, t.e, 'AGE_OVER_89', 88);
      }
    }
  }

  // --- places ------------------------------------------------------------------------------------
  // Split in parts: each compiles (and recompiles after a deoptimization) on its own, much faster than one large method.
  places(): void {
    const v0 = this.v;
    const rw = this.rare;
    if ((rw !== undefined && (rw.has('brgy') || rw.has('barangay') || rw.has('bairro') || rw.has('colonia') || rw.has('fracc') || (rw.has('col') && v0.includes(', Col.')))) || hasAsianAddressSuffix(v0)) {
      // (A Japanese block number, "3-8-12 Daita", is no date.)
      for (const m of v0.matchAll(ADDRESS_PARTS)) this.add(m.index, m.index + m[0].length, 'LOCATION', isDigitCode(m[0].charCodeAt(0)) ? 94 : 76);
    }
    this.placesStreets();
    this.placesCodes();
    this.placesFacilities();
    this.placesGazetteer();
  }
  /** Street addresses, roads, boxes and units. */
  placesStreets(): void {
    const v = this.v;
    const mil = this.rare;
    if (mil !== undefined && (mil.has('psc') || mil.has('cmr') || mil.has('apo') || mil.has('fpo') || mil.has('dpo') || (mil.has('box') && v.includes('Unit')))) for (const m of v.matchAll(MILITARY_BOX)) this.add(m.index, m.index + m[0].length, 'LOCATION', 82);
    if (mil !== undefined && (mil.has('apo') || mil.has('fpo') || mil.has('dpo'))) for (const m of v.matchAll(MILITARY_ZIP)) {
      const g = m[1] as string;
      this.add(m.index + m[0].length - g.length, m.index + m[0].length, 'LOCATION', 85);
    }
    // RE.street's matches, as its global scan finds them (see streetExec); `from` is its lastIndex.
    let from = 0;
    for (let m = this.seen & T.STREET ? this.streetExec(0) : null; m; m = this.streetExec(from)) {
      const txt = m[0];
      from = m.index + txt.length;
      // The words between the number and the suffix must be capitalized or numbers ("5th"):
      // otherwise look again from the next number.
      const words = txt.split(/[ \t]+/);
      let ok = true;
      // Lower-case addresses ("2231 w 1st st apt 207") in lower-case text, or after an address cue or before a ZIP code.
      const hasLower = /[ \t][a-z]/.test(txt);
      const lowerCue =
        hasLower &&
        (/(?:live[sd]?|living|moved|moving|address|addr|reside[sd]?|staying|stay)[ \t]*(?:at|to|is|on|:)?[ \t]*$/i.test(v.slice(Math.max(0, m.index - 16), m.index)) ||
        /^[ \t]*,?[ \t]*[a-z][a-z .'-]{1,30},?[ \t]+\d{5}\b/.test(v.slice(m.index + txt.length, m.index + txt.length + 48)) ||
          /(?:apt|apartment|unit|suite|ste|#)\.?[ \t]*#?[ \t]*[a-z0-9-]{1,6}$/i.test(txt));
      // In lower-case text the street's words must not be plain words ("1 degree av block"), unless a cue says address.
      const lowerOk =
        lowerCue ||
        (hasLower &&
          this.lowerDoc && words.slice(1, -1).every((w) => /^\d|^[NSEW]$/i.test(w) || STREET_SUFFIX_SET.has(w.toLowerCase()) || !(this.fl(w.toLowerCase()) & L.WORD)));
      for (let w = 1; w < words.length - 1 && ok; w++) {
        const c = (words[w] as string).charCodeAt(0);
        if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (lowerOk && c >= 97 && c <= 122))) ok = false;
        if (/^(?:Apt|Apartment|Unit|Suite|Ste|#|Room|Rm|Bldg|Building|Floor|Fl|Lot|Space)\.?$/i.test(words[w] as string)) break;
      }
      // A street name between the number and the suffix: "2 way" or "1 TO ST" are not addresses.
      let unitIdx = words.findIndex((w, x) => x > 1 && /^(?:Apt|Apartment|Unit|Suite|Ste|#|Room|Rm|Bldg|Building|Floor|Fl|Lot|Space)\.?,?$/i.test(w));
      if (unitIdx < 0) unitIdx = words.length;
      let suffixIdx = -1;
      for (let x = 1; x < unitIdx; x++) if (STREET_SUFFIX_SET.has((words[x] as string).replace(/[.,]+$/, '').toLowerCase())) suffixIdx = x;
      const nameWords = words.slice(1, suffixIdx < 0 ? 1 : suffixIdx).filter((w) => !/^(?:[NSEW]|North|South|East|West|NE|NW|SE|SW)\.?$/i.test(w));
      const streetWord = this.capsDoc ? /^(?:[A-Z][A-Za-z'.-]+|\d+(?:st|nd|rd|th|ST|ND|RD|TH))$/ : /^(?:[A-Z][a-z][A-Za-z'.-]*|\d+(?:st|nd|rd|th))$/;
      const lowerWord = /^(?:[a-z][a-z'.-]+|\d+(?:st|nd|rd|th))$/;
      // (Stop 22: an address in capitals in a text that is not, "7,KRAMER,DELORES,3417 JACKSON ST,DUBUQUE,IA": read as in
      // capitals, so a short suffix needs the address to show itself, below.)
      const capsRun =
        !this.capsDoc &&
        suffixIdx > 0 &&
        nameWords.length > 0 &&
        /^[A-Z]{2,}\.?,?$/.test(words[suffixIdx] as string) &&
        nameWords.every((w) => /^(?:[A-Z][A-Z'.-]+|\d+(?:ST|ND|RD|TH))$/.test(w) && !NOT_STREET_WORDS.has(w.toLowerCase()));
      if (nameWords.length === 0 || nameWords.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || !(streetWord.test(w) || capsRun || (lowerOk && lowerWord.test(w))))) ok = false;
      // Suffixes that are also common words ("Green", "Walk", "View") count written as names only.
      if (suffixIdx > 0 && WORD_SUFFIXES.has((words[suffixIdx] as string).toLowerCase()) && !/^[A-Z][a-z]/.test(words[suffixIdx] as string)) ok = false;
      // In all-caps notes "ST", "CT", "DR" are clinical abbreviations: only full suffixes count there.
      // (Stop 18: unless the address shows itself: a unit, an address cue before, a ZIP code after: "221 BAKER ST APT 4",
      // "LIVES AT 12 ELM CT", "1410 CANDLER RD, DECATUR, GA 30032".)
      const capsShort = (this.capsDoc || capsRun) && suffixIdx > 0 && (words[suffixIdx] as string).replace(/\.$/, '').length <= 3;
      if ((capsShort || capsRun) && !capsStreetShown(this, m.index, m.index + txt.length, words, suffixIdx)) ok = false;
      if (ok && !this.capsDoc && this.lowerTyped && suffixIdx > 0 && !lowerStreetShown18(this, m.index, m.index + txt.length, words, suffixIdx)) ok = false;
      if (!ok) {
        from = m.index + (words[0] as string).length;
        continue;
      }
      // Reject "2 Dr", "10 St" without a street name.
      if (/^\d+[A-Za-z]?\s+(?:Dr|St|Ct|Pl|Ave)\.?$/i.test(txt)) continue;
      let end = m.index + txt.replace(/[\s,]+$/, '').length;
      // (Stop 18: in capitals the expression reads on past a short suffix, "12 ELM CT. PT RESTING": the address ends with
      // the suffix, or with the unit after it.)
      if (capsShort) end = m.index + capsStreetEnd(txt, suffixIdx);
      // "HR 60s 1st AV block": the heart's atrioventricular node, not an avenue.
      if (suffixIdx > 0 && /^av$/i.test(words[suffixIdx] as string) && AV_HEART_AFTER.test(v.slice(end, end + 16))) continue;
      // "St." keeps its period unless the period also ends the sentence.
      if (v.charCodeAt(end - 1) === 46 && /^(?:\s*$|\s+[A-Z\n]|\n)/.test(v.slice(end, end + 2))) end--;
      // "Apt 4C, 1187 Bellweather Rd", "Flat 3, 9 Alfreton Road": the unit may come first.
      const unit = UNIT_BEFORE.exec(v.slice(Math.max(0, m.index - 24), m.index));
      const start = unit ? m.index - unit[0].length : m.index;
      this.add(start, end, 'LOCATION', 80);
      this.cityAfterStreet(end);
      this.placeLineAfter(end);
    }
    if (this.seen & T.STREET) {
      let doneTo = 0;
      const stoks = this.toks;
      // (Both branches below need a street word: the tokens with T.STREET, in order.)
      for (const si of this.streetIdx) {
        const sx = stoks[si] as Tok;
        if (sx.shape === 'L' && sx.f & T.STREET && sx.s >= doneTo && STREETNAME_SUFFIX.has(sx.k)) {
          // "on", "off" or "at" two to four words before (cheap test before the expression).
          let prep = false;
          for (let q = si - 2; q >= 0 && q >= si - 4; q--) {
            const qk = (stoks[q] as Tok).k;
            if (qk === 'on' || qk === 'off' || qk === 'at') prep = true;
          }
          if (!prep) continue;
          // "lives on maple st": a lower-case street name after a residence verb.
          const lm = LOWER_STREET_BEFORE.exec(v.slice(Math.max(0, sx.s - 48), sx.s));
          if (lm && !(lm[1] as string).trim().split(/[ \t]+/).some((w) => NOT_NAME.has(w) || FUNCTION_WORDS.has(w))) {
            this.add(sx.s - (lm[1] as string).length, sx.e, 'LOCATION', 79);
            doneTo = sx.e;
          }
          continue;
        }
        if (!(sx.f & T.STREET) || sx.shape !== 'T' || !STREETNAME_SUFFIX.has(sx.k) || sx.s < doneTo) continue;
        const from = Math.max(doneTo, sx.s - 64);
        RE.streetName.lastIndex = 0;
        const win = v.slice(from, sx.e + 1);
        let m = RE.streetName.exec(win);
        while (m && from + m.index + m[0].length < sx.e) m = RE.streetName.exec(win);
        if (!m) continue;
        // After a comma only in an address: right after a place found before it ("Manipal Hospital, Old Airport Road").
        if (m[0].charCodeAt(0) === 44 && !this.cands.some((c) => c.t === 'LOCATION' && c.e === from + (m as RegExpExecArray).index)) continue;
        doneTo = sx.e;
        let g = m[1] as string;
        const st = from + m.index + m[0].length - g.length;
        // "at St. Mary's", "by Dr. Lewis": an abbreviation followed by a name is a title, not a street suffix.
        const abbr = /(?:St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Ter|Hwy|Pkwy)\.?$/.exec(g);
        if (abbr) {
          const after = /^[ \t]+([A-Z][a-z']+)/.exec(v.slice(st + g.length, st + g.length + 24));
          if (g.endsWith('.') && after && !(this.fl((after[1] as string).toLowerCase()) & L.WORD)) continue;
          if (g.endsWith('.') && /^\s*(?:$|\n|[A-Z])/.test(v.slice(st + g.length, st + g.length + 3))) g = g.slice(0, -1);
        } else if (g.endsWith('.')) g = g.slice(0, -1);
        if (!g.split(/\s+/).slice(0, -1).some((w) => FACILITY_GENERIC.has(w.toLowerCase()) || NOT_NAME.has(w.toLowerCase()))) this.add(st, st + g.length, 'LOCATION', 79);
      }
    }
    // GPS coordinates: "60.7922, -161.7558", "43.7904 N, 110.7818 W", after a location word or with their hemispheres.
    const rare = this.rare;
    if ((rare !== undefined && (rare.has('gps') || rare.has('coordinates') || rare.has('coords') || rare.has('latitude') || rare.has('lz'))) || v.includes(', -')) {
      for (const m of v.matchAll(RE.gps)) {
        const lat = Math.abs(parseFloat(m[1] as string));
        const lon = Math.abs(parseFloat(m[3] as string));
        const hemi = m[2] !== undefined && m[4] !== undefined;
        if (lat > 90 || lon > 180) continue;
        if (!hemi && !/(?:gps|coordinates|coords|lat(?:itude)?|long(?:itude)?|lz|scene|location|pin|found at|located at|at)[^.\n]{0,12}$/i.test(v.slice(Math.max(0, m.index - 30), m.index))) continue;
        this.add(m.index, m.index + m[0].length, 'LOCATION', 88);
      }
    }
    if (this.seen & T.ROUTE || this.shapes & S.ROUTE) {
      for (const m of v.matchAll(RE.route)) {
        const g = m[1] as string;
        const st = m.index + m[0].length - g.length;
        this.add(st, st + g.length, 'LOCATION', 79);
      }
    }
    for (let h = v.indexOf('#'); h >= 0; h = v.indexOf('#', h + 1)) {
      // Look back from each "#" followed by digits for a capitalized store name.
      const d = v.charCodeAt(h + 1) === 32 ? v.charCodeAt(h + 2) : v.charCodeAt(h + 1);
      if (!(d >= 48 && d <= 57)) continue;
      const from = Math.max(0, h - 40);
      RE.storeNumber.lastIndex = 0;
      const win = v.slice(from, h + 9);
      let m = RE.storeNumber.exec(win);
      while (m && from + m.index + m[0].length <= h) m = RE.storeNumber.exec(win);
      if (m) {
        m.index += from;
        const name = m[1] as string;
        const words = name.toLowerCase().split(' ');
        // A chain store ("CVS #1234"), or an uncommon name in a pharmacy or shopping context.
        const chain = STORE_CHAINS.has(name.toLowerCase()) || words.some((w) => STORE_CHAINS.has(w));
        const ctx = /pharm|rx\b|fill|refill|store|shop|dispens/i.test(v.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60));
        if (words.some((w) => NOT_NAME.has(w) || LABEL_FIRST.has(w) || PHONE_LABEL_FIRST.has(w))) continue;
        if (!chain && !(ctx && words.every((w) => !(this.fl(w) & L.WORD)) && !/^[A-Z]{1,4}$/.test(name))) continue;
        this.add(m.index, m.index + name.length, 'LOCATION', 77);
      }
    }
    for (const m of this.stickyAt(RE.poBox, T.BOX)) this.add(m.index, m.index + m[0].length, 'LOCATION', 80);
    for (const m of this.stickyAt(RE.ruralRoute, T.BOX)) this.add(m.index, m.index + m[0].length, 'LOCATION', 80);
    for (const m of this.stickyAt(RE.apartment, T.BOX)) this.add(m.index, m.index + m[0].length, 'LOCATION', 76);
  }
  /** Postal codes, cities with their state, counties, address lines. */
  placesCodes(): void {
    const v = this.v;
    if (this.shapes & S.CA_POST) for (const m of v.matchAll(RE.caPostcodeBare)) {
      this.add(m.index, m.index + m[0].length, 'LOCATION', 86);
      // "Ottawa K1M 2C4": the city right before (a province before it is handled with the province).
      const city = /(?:^|[,\n][ \t]*)([A-Z][\p{L}'.-]+(?:[ -][A-Z][\p{L}'.-]+){0,2}),?[ \t]+$/u.exec(v.slice(Math.max(0, m.index - 40), m.index));
      if (city) {
        const name = city[1] as string;
        const words = splitSpaceHyphen(name.toLowerCase());
        if (!CA_PROVINCES.has(name) && !words.some((w) => NOT_NAME.has(w) || STATE_WORDS.has(w) || FUNCTION_WORDS.has(w))) {
          const cs = m.index - city[0].length + city[0].indexOf(name);
          this.add(cs, cs + name.length, 'LOCATION', 70);
        }
      }
    }
    if (this.shapes & S.AU_POST) this.auLocalities();
    // UK postcodes, with the town and the street before them on the same line.
    // (Stop 28, speed: tried sticky where it can open, ukPostcodeStarts, not at every character.)
    if (this.shapes & S.POSTCODE) for (const m of matchesAt(UK_POSTCODE_Y, v, ukPostcodeStarts(v, this.digitStarts()))) {
      const before = v.slice(Math.max(0, m.index - 80), m.index);
      const town = TOWN_BEFORE_POSTCODE.exec(before);
      if (!town && !/(?:post ?code|postal code)[ \t]*[:#]?[ \t]*$/i.test(before)) {
        // (Stop 22: alone, "user: BS3 4QR", "lives in BS3 4QR area": when its letters are a postcode area of the UK.)
        if (UK_POSTCODE_AREAS.has(/^[A-Z]+/.exec(m[0])![0]) && !/ \d(?:ST|ND|RD|TH)$/.test(m[0])) this.add(m.index, m.index + m[0].length, 'LOCATION', 80);
        continue;
      }
      this.add(m.index, m.index + m[0].length, 'LOCATION', 86);
      if (!town) continue;
      const base = m.index - before.length;
      const ti = (town.indices as [number, number][])[2] as [number, number];
      const townTxt = town[2] as string;
      if (!NOT_NAME.has(townTxt.toLowerCase()) && !STATE_WORDS.has(townTxt.toLowerCase())) this.add(base + ti[0], base + ti[1], 'LOCATION', 70);
      const si = (town.indices as ([number, number] | undefined)[])[1];
      if (si) this.add(base + si[0], base + si[0] + (town[1] as string).replace(/[ \t]*,[ \t]*$/, '').length, 'LOCATION', 80);
    }
    if (this.shapes & S.POSTCODE) for (const pt of this.toks) {
      // Canadian postal codes, found from the province abbreviation before them.
      if (pt.shape !== 'U' || pt.w.length !== 2 || !CA_PROVINCES.has(pt.w)) continue;
      RE.caPostcode.lastIndex = pt.s;
      const m = RE.caPostcode.exec(v);
      if (!m) continue;
      const pc = m[1] as string;
      const ps = m.index + m[0].length - pc.length;
      this.add(ps, ps + pc.length, 'LOCATION', 86);
      const city = CITY_BEFORE_PROVINCE.exec(v.slice(Math.max(0, pt.s - 48), pt.s));
      if (city && !NOT_NAME.has((city[1] as string).toLowerCase())) {
        const cs = pt.s - city[0].length;
        this.add(cs, cs + (city[1] as string).length, 'LOCATION', 70);
      }
    }
    if ((this.seen & T.STREET_FIRST) !== 0) for (const kt of this.toks) {
      if ((kt.f & T.STREET_FIRST) === 0 || kt.shape === 'X' || !STREET_FIRST_WORDS.has(kt.k)) continue;
      // Abbreviations need their mark: "ul.", "al.", "c/".
      if (kt.k.length <= 2 || kt.k === 'avda') {
        const nc = v.charCodeAt(kt.e);
        if (nc !== 46 && !(kt.k === 'c' && nc === 47)) continue;
      }
      // "18 ul. Lipowa": a house number may come before the street word.
      const num = /(\d{1,5}[A-Za-z]?)[ \t]+$/.exec(v.slice(Math.max(0, kt.s - 8), kt.s));
      RE.streetFirst.lastIndex = num ? kt.s - num[0].length : kt.s;
      const m = RE.streetFirst.exec(v);
      if (!m) continue;
      {
        // A house number on one side or the other.
        if (!m[1] && !m[2]) continue;
        if (/^[ \t]*et[ \t]*$/i.test(v.slice(Math.max(0, m.index - 4), m.index))) continue;
        // The street's own name: not an abbreviation or a clinical word ("2 via IV push").
        const parts = m[0].replace(/^\d+[A-Za-z]?[ \t]+/, '').split(/[ \t]+/);
        const kw = (parts[0] as string).toLowerCase();
        const nm = parts.slice(1).find((p) => /^\p{Lu}/u.test(p)) ?? '';
        if (/^[A-Z]{1,4}$/.test(nm) || NOT_NAME.has(nm.toLowerCase())) continue;
        if (/^(?:via|largo|corso|plac|strada)$/.test(kw) && (!m[2] || this.fl(nm.toLowerCase()) & L.WORD)) continue;
        // (Stop 35: "via" in lower case after a word on its line is English's "by way of", "ordered via Amazon 4 boxes",
        // "paid via ClinCard 5555"; an Italian street in lower case follows "in", "in via Roma 12", or opens its field.)
        if (kt.w === 'via' && /[\p{L}\d.)][ \t]+$/u.test(v.slice(Math.max(0, kt.s - 6), kt.s)) && !/(?:^|[^\p{L}])in[ \t]+$/iu.test(v.slice(Math.max(0, kt.s - 6), kt.s))) continue;
        this.add(m.index, m.index + m[0].length, 'LOCATION', 80);
        this.cityAfterStreet(m.index + m[0].length);
      }
    }
    // (Stop 35: "Detmolder Str. 210" with its capital too.)
    if (this.joinedStreetWord() && (this.nonAscii || v.includes('weg ') || v.includes('strasse') || v.includes('str. ') || v.includes('Str. ') || /(?:allee|platz|gasse|gracht|straat|laan|Allee|Platz|Gasse|Straße|Strasse|Weg|Ring|Damm|Ufer) \d/.test(v) || /(?:gatan|vägen|vagen|vej|veien|gate|gade) \d/.test(v))) {
      for (const m of v.matchAll(RE.streetJoined)) this.add(m.index, m.index + m[0].length, 'LOCATION', 80);
    }
    for (const m of this.cityStateMatches()) {
      const cityTxt = m[1] as string;
      const abbr = m[3];
      const zip = m[5];
      const zipStart = zip ? m.index + m[0].length - zip.length : -1;
      // Find the city: the longest known place at the end of the capitalized run, else its last word.
      const words = splitSpaceHyphen(cityTxt);
      let cityStart = -1;
      let known = false;
      const cityEnd = m.index + cityTxt.length;
      /** The length of the last n words with their separators. */
      let tail = -1;
      for (let n = Math.min(words.length, this.lex.placeMaxWords); n >= 1; n--) {
        // (A place of several words opens with a word flagged L.PLACE_PREFIX: the key is built only then.)
        if (tail < 0) for (let x = words.length - n; x < words.length; x++) tail += (words[x] as string).length + 1;
        else tail -= (words[words.length - n - 1] as string).length + 1;
        if (n > 1 && (wordFlagsAt(this, cityEnd - tail, words[words.length - n] as string) & L.PLACE_PREFIX) === 0) continue;
        // (Stop 28, speed: the key of several words is built only for them; one word is read by its flags.)
        if (n === 1 ? (wordFlagsAt(this, cityEnd - tail, words[words.length - 1] as string) & L.PLACE) !== 0 : this.lex.places.has(words.slice(-n).join(' ').toLowerCase())) {
          cityStart = m.index + cityTxt.length - words.slice(-n).join(' ').length;
          known = true;
          break;
        }
      }
      // Without a ZIP code, a state abbreviation needs a known city before it ("CABG, MI" is not a place).
      if (abbr && !zip && !known) continue;
      if (!abbr && !zip && !known && this.capsDoc) continue;
      // "Springfield, MO" after "from": a known city with a comma before the state is a place even when the state's code is also a word.
      const weak = !!abbr && AMBIGUOUS_STATE.has(abbr) && !zip && !(known && (m[2] as string).includes(',') && LIVING_PREPS.has((this.toks[this.tokenIndexBefore(m.index)] as Tok | undefined)?.k ?? ''));
      if (!abbr && !zip && !known && (m[2] as string).trim() === '') continue;
      if (abbr && (m[2] as string).trim() === '' && !zip) continue;
      if (cityStart < 0) {
        const last = words[words.length - 1] as string;
        if (NOT_NAME.has(last.toLowerCase()) || STATE_ABBR_SET.has(last)) {
          if (zip) this.add(zipStart, zipStart + zip.length, 'LOCATION', 85);
          continue;
        }
        cityStart = m.index + cityTxt.length - last.length;
      } else if (cityStart > m.index + 1 && v.charCodeAt(cityStart - 1) === 32) {
        // "New Bedford", "North Adams", "Fort Pierce": a place's opening word before the town found.
        const ws = v.lastIndexOf(' ', cityStart - 2) + 1;
        if (ws >= m.index && PLACE_OPENER_WORDS.has(v.slice(Math.max(ws, m.index), cityStart - 1).toLowerCase())) cityStart = Math.max(ws, m.index);
      }
      // (A known town of two words or more, "New Bedford, MA", is strong evidence even before a state's code that is also a word.)
      this.add(cityStart, m.index + cityTxt.length, 'LOCATION', weak && (!known || !hasChar(v, cityStart, m.index + cityTxt.length, 32)) ? 52 : 66);
      if (zip) this.add(zipStart, zipStart + zip.length, 'LOCATION', 85);
    }
    // ("post code" and "pin code" are two words each as common as can be: looked for as text, stop 22.)
    if (this.seen & T.ZIP || v.includes('C.P.') || twoWordPostcodeLabel(v)) for (const m of v.matchAll(RE.zipLabelled)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      if (!labelledPostcodeOk(m[0].slice(0, m[0].length - g.length), g)) continue;
      this.add(s, s + g.length, 'LOCATION', 90);
      // "C.P. 44160, Guadalajara": a known town after the labelled code and a comma.
      if (v.charCodeAt(s + g.length) === 44) this.cityAfterStreet(s + g.length);
    }
    if (this.seen & T.COUNTY) for (const m of v.matchAll(RE.county)) this.add(m.index, m.index + m[0].length, 'LOCATION', 70);
    if (this.seen & T.COUNTY || this.rare?.has('co')) for (const m of v.matchAll(IRISH_COUNTY)) this.add(m.index, m.index + m[0].length, 'LOCATION', 87);
    // "Dublin 8", "Dublin 6W": the postal district is part of the place.
    if (this.rare?.has('dublin')) for (const m of v.matchAll(/\b(?:Dublin|DUBLIN)[ \t]+(?:[1-9]|1\d|2[0-4]|6W)\b(?![.:\/,]\d|[ \t]*(?:am|pm|h|hrs?|min|mg|kg|%|years?|yrs?)\b)/g)) this.add(m.index, m.index + m[0].length, 'LOCATION', 87);
    this.worldPostcodes();
    this.addressLines();
  }
  /** (Stop 31: placesFacilities, placeParts27.) Whether the words after a facility's "of" are one everyday word that is
   * neither a place, a state nor a given name ("Hospital of Choice"; not "of Baltimore", "of Hope"). */
  everydayOf31(rest: string): boolean {
    if (/[ \t]/.test(rest)) return false;
    const w = rest.toLowerCase();
    const f = this.fl(w);
    return (f & L.WORD) !== 0 && (f & (L.FIRST | L.PLACE | L.COUNTRY)) === 0 && (memberBits(w) & M.STATE_WORDS) === 0;
  }
  /** Facilities. */
  placesFacilities(): void {
    const v = this.v;
    // Facilities: a head noun ("Hospital") preceded by a distinctive capitalized name.
    const toks = this.toks;
    for (const m of this.stickyAt(FACILITY_HEAD, T.FACILITY, FACILITY_HEAD_SKIP)) {
      const head = m[0];
      // A lower-case head counts when it is specific ("Maple Court nursing facility").
      if (!/^[A-Z]/.test(head) && !LOWER_FACILITY_HEAD.test(head)) continue;
      const headEnd = m.index + head.length;
      let i = this.tokenIndexBefore(m.index);
      let start = -1;
      let distinctive = false;
      let uncommon = false;
      let count = 0;
      let nDistinct = 0;
      let place = false;
      let afterTitle = false;
      let allPerson = true;
      let givenName = false;
      const headKey = head.toLowerCase();
      const ambiguous = AMBIGUOUS_FACILITY_HEAD.test(headKey);
      const strongHead = STRONG_FACILITY_HEAD.test(headKey);
      const head15 = HEADS_15_KEY.test(headKey);
      // Every word of an ambiguous head capitalized: "Physical therapy recommends" is no facility.
      if (ambiguous && !/^[A-Z][^ \t]*(?:[ \t]+(?:and|&|[A-Z][^ \t]*))*$/.test(head)) continue;
      while (i >= 0 && count < 5) {
        const t = toks[i] as Tok;
        const gap = v.slice(t.e, i + 1 < toks.length && (toks[i + 1] as Tok).s <= m.index ? (toks[i + 1] as Tok).s : m.index);
        if (!/^(?:'s)?[ \t]*\.?[ \t]*$|^(?:'s)?[ \t]+(?:of|and|&)[ \t]+$/.test(gap.replace(/^'s/, ''))) break;
        if (((t.m & M.TITLES) !== 0)) {
          afterTitle = true;
          break;
        }
        // A full stop ends the name unless it closes an abbreviation ("St. Luke's", "Mt. Sinai").
        if (gap.includes('.') && !(t.shape === 'I' || /^(?:st|mt|ft|ste)$/.test(t.k))) break;
        if (t.shape === 'X' || (t.shape === 'L' && !(t.k === 'of' && start >= 0))) break;
        if (FUNCTION_WORDS.has(t.k) && !(t.k === 'of' && start >= 0 && t.shape === 'L')) break;
        if (((t.m & M.TITLES) !== 0)) {
          afterTitle = true;
          break;
        }
        // "Attends Lincoln School": a verb opening the sentence is not part of the name.
        if (t.f & L.WORD && /(?:s|ed|ing)$/.test(t.k) && !(t.f & L.PLACE) && /(?:^|[.!?:;\n][ \t]*)$/.test(v.slice(Math.max(0, t.s - 3), t.s))) break;
        if (head15 && FACILITY_LABELS_15.has(t.k)) break;
        if (t.k === 'of') {
          i--;
          continue;
        }
        // "TB Clinic", "OCC HEALTH": a short abbreviation before a department-like head names a service.
        const abbrev = t.shape === 'U' && t.w.length <= 3 && (ambiguous || (!this.capsDoc && !strongHead));
        if (!((t.m & M.FACILITY_GENERIC) !== 0) && !((t.m & M.NOT_NAME) !== 0) && !abbrev && !(this.capsDoc && oneCaseService18(t))) {
          distinctive = true;
          nDistinct++;
          if (!(t.f & L.WORD)) uncommon = true;
          if (t.f & L.PLACE) place = true;
          if (!(t.f & NAME_BITS) || t.f & L.PLACE) allPerson = false;
          if (t.f & L.FIRST) givenName = true;
        }
        if (((t.m & M.NOT_NAME) !== 0) && !((t.m & M.FACILITY_GENERIC) !== 0) && t.k !== 'st') break;
        start = t.s;
        count++;
        i--;
      }
      // "Dr Patel Cardiology": a person, not a practice.
      if (ambiguous && afterTitle && nDistinct <= 1) continue;
      // "University of Otago": a university or college of a named place needs no name before it.
      const ofPlace = /^(?:university|college)$/.test(headKey) && /^[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]/.test(v.slice(headEnd, headEnd + 24));
      // "Coastal Neurology Group": a specialty with a practice word after it names a practice.
      const practice = ambiguous && /\s(?:group|associates|partners|specialists|consultants|collective|llc|inc|pc|pllc|ltd)$/.test(headKey) && !afterTitle;
      // (Stop 35: "Hospital for Special Surgery", "National Center for Tuberculosis and Lung Diseases": capitalized words
      // after "for" name a facility of generic words, in a text of mixed case; not "Clinic for Follow Up", nor after a
      // facility already named, "Mercy Hospital for Chest Pain".)
      let forM: RegExpExecArray | null = null;
      if (!distinctive && !this.capsDoc && !this.oneCase && v.charCodeAt(headEnd + 1) === 102 && /^[A-Z]/.test(head) && !WEAK_FACILITY_HEAD.has(headKey)) {
        FACILITY_FOR_35.lastIndex = headEnd;
        forM = FACILITY_FOR_35.exec(v);
        if (forM && FACILITY_FOR_NOT_35.test(forM[0])) forM = null;
      }
      if (ambiguous && !(uncommon || place || nDistinct >= 2 || ofPlace || practice || forM)) continue;
      // ("Therapy" also needs a place word, a name with an inner capital, or "at"/"from"/"to" before the name: "Dialectical
      // Behavior Therapy" is a treatment.)
      if (headKey === 'therapy' && !(place || (start >= 0 && (/\p{Ll}\p{Lu}/u.test(v.slice(start, m.index)) || (uncommon && /(?:^|[^\w])(?:at|from|to|with)[ \t]+$/.test(v.slice(Math.max(0, start - 6), start))))))) continue;
      // "Maria Lopez Internal Medicine resident": a person's name before a department.
      if (ambiguous && allPerson && givenName) continue;
      // In ALL CAPS notes department names abound ("ORAL SURGERY"): a place name is needed.
      if (ambiguous && this.capsDoc && !place) continue;
      // "Sinai Hospital of Baltimore", "Hospital of the University of Pennsylvania": "of" + a name is distinctive too.
      FACILITY_OF.lastIndex = headEnd;
      // (A weak head takes "of" + a town the gazetteer knows: "Pediatric Associates of Garden City".)
      let of = FACILITY_OF.exec(v);
      // (Stop 31: "Royal Free Hospital of Choice", "Hospital of Choice": "of" and one everyday word that is neither a place
      // nor a given name is the sentence going on, not the facility's name; "Sinai Hospital of Baltimore",
      // "Hospital of Hope" stay.)
      if (of && this.everydayOf31(of[0].replace(/^[ \t]+of[ \t]+(?:the[ \t]+)?/, '').trimEnd())) of = null;
      if (of && WEAK_FACILITY_HEAD.has(head.toLowerCase())) {
        const town = of[0].replace(/^[ \t]+of[ \t]+(?:the[ \t]+)?/, '').toLowerCase();
        if (!this.knownPlace(town)) of = null;
      }
      if (!of && forM) of = forM;
      let end = of ? headEnd + of[0].replace(/[ \t]+$/, '').length : headEnd;
      if (of) {
        distinctive = true;
        uncommon = true;
        if (start < 0) start = m.index;
      } else if (strongHead && !this.capsDoc && !this.oneCase && v.charCodeAt(headEnd) === 32 && /^[A-Z]/.test(head)) {
        // (Stop 35: "National Hospital Kandy", "General Hospital Minna": a town the gazetteer knows right after a strong
        // capitalized head (and no capitalized word after it) is the site in the name; a state is not, "Mercy Hospital Iowa".)
        const ti = this.tokenStartingAt(headEnd + 1);
        const t = ti >= 0 ? (toks[ti] as Tok) : undefined;
        const nx = ti >= 0 ? toks[ti + 1] : undefined;
        if (t !== undefined && t.shape === 'T' && t.e - t.s >= 3 && (t.f & L.PLACE) !== 0 && (t.f & (L.WORD | L.COUNTRY)) === 0 && (t.m & (M.TITLES | M.MONTH_WORDS | M.NOT_NAME | M.STATE_WORDS)) === 0 && !ONE_WORD_REGIONS_17.has(t.k) && !REGION_WORDS.has(t.k) && !(nx !== undefined && (nx.shape === 'T' || nx.shape === 'U') && /^[ \t]+$/.test(v.slice(t.e, nx.s)))) {
          end = t.e;
          distinctive = true;
          uncommon = true;
          place = true;
          if (start < 0) start = m.index;
        }
      }
      if (start < 0 || !distinctive) continue;
      if (this.capsDoc && !uncommon) continue;
      if (WEAK_FACILITY_HEAD.has(head.toLowerCase())) {
        // "Hilltop Community Pharmacy", "Oregon Sleep Associates": a name word that is no common word, or a place, anywhere before the head.
        const prev = toks[this.tokenIndexBefore(m.index)];
        if (!prev || (prev.f & L.WORD && !((prev.m & M.STORE_CHAINS) !== 0) && !uncommon && !place)) continue;
      }
      this.add(start, end, 'LOCATION', 78);
      // "St Brigid's Hospice, Carlow": a known town right after the facility's name, or alone on the next line.
      if (v.charCodeAt(end) === 44) this.cityAfterStreet(end);
      else this.placeLineAfter(end);
    }
    // Head-first facility names ("Clínica del Valle", "CHU Sainte-Justine"). (Both need a listed token.)
    for (const i of this.facIdx) {
      const t = toks[i] as Tok;
      if (t.m & M.BUILDING_HEADS && t.shape === 'T') this.buildingName(i);
      if (!(t.f & T.FACILITY) || (t.shape !== 'T' && !(t.shape === 'U' && /^(?:CHUM?|CLSC)$/.test(t.w)))) continue;
      FACILITY_HEAD_FIRST.lastIndex = t.s;
      const m = FACILITY_HEAD_FIRST.exec(v);
      if (m) this.add(m.index, m.index + m[0].length, 'LOCATION', 78);
    }
  }
  /**
   * A named building or wing outside an address line ("seen at the Whitcombe Pavilion, 3rd floor",
   * "Lister Wing"): one to three capitalized words before the head, at least one of them no common word,
   * and not a person's name ("Anna Hall", "Dr Whitcombe House").
   */
  buildingName(i: number): void {
    const toks = this.toks;
    const v = this.v;
    if (this.capsDoc) return;
    let j = i;
    let uncommon = false;
    let allPerson = true;
    let givenName = false;
    while (j > 0 && i - j < 3) {
      const p = toks[j - 1] as Tok;
      if (p.shape !== 'T' || v.slice(p.e, (toks[j] as Tok).s) !== ' ' || p.possessive) break;
      if (p.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS) || FUNCTION_WORDS.has(p.k) || p.f & L.COUNTRY) break;
      if (p.f & L.WORD && this.sentenceStart(j - 1)) break;
      if (!(p.m & M.FACILITY_GENERIC)) {
        if (!(p.f & L.WORD) || p.f & L.PLACE) uncommon = true;
        // A given name that is also a town ("Anna", "Stuart") still makes a person's name.
        if (!(p.f & NAME_BITS)) allPerson = false;
        if (p.f & L.FIRST) givenName = true;
      }
      j--;
    }
    if (j === i || !uncommon || (allPerson && givenName)) return;
    const before = toks[j - 1];
    if (before && before.m & M.TITLES) return;
    // "Whitcombe House officer", "Smith Hall of Fame": the head opens a longer phrase.
    const after = toks[i + 1];
    if (after && after.shape === 'L' && blanks(v, (toks[i] as Tok).e, after.s) && /^(?:officer|officers|call|calls|staff|of|md|rn)$/.test(after.k)) return;
    this.add((toks[j] as Tok).s, (toks[i] as Tok).e, 'LOCATION', 74);
  }
  /** Places from the gazetteer, by context. */
  placesGazetteer(): void {
    const v = this.v;
    const toks = this.toks;
    // Cities and other places from the gazetteer, by context.
    const lex = this.lex;
    // (Stop 29, speed: the document's flags read once; a lower-case word goes to lowerPlace only after a place
    // preposition, the first thing lowerPlace asks: some 70,000 calls a pass over the nursing notes, most of them for nothing.)
    const lowerText = this.lowerTyped;
    const capsDoc = this.capsDoc;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Tok;
      const shape = t.shape;
      if (shape === 'L') {
        if (lowerText) {
          const pv = toks[i - 1];
          if (pv !== undefined && (pv.m & M.PLACE_PREP) !== 0) i = this.lowerPlace(i);
        }
        continue;
      }
      if (shape !== 'T' && !(shape === 'U' && capsDoc)) continue;
      // (Stop 32: a word that is no name may still open a known place of several words, "Los Angeles" ("LOS", a length
      // of stay), not alone.)
      // (An article opens none: "of the Village".)
      const notName = (t.m & M.NOT_NAME) !== 0 && t.k !== 'st';
      if (notName && ((t.f & L.PLACE_PREFIX) === 0 || FUNCTION_WORDS.has(t.k))) continue;
      if (t.f & L.PLACE && ((t.m & M.SCALE_NAMES) !== 0) && this.scaleAt(i)) continue;
      // (Stop 29, speed: the first word read by its flags, the loop over the next words entered for a place prefix only:
      // the same longest known place, without the loop's tests for the one word of nearly every token.)
      let best = (t.f & L.PLACE) !== 0 && !notName ? 1 : 0;
      let bestKey = best === 1 ? t.k : '';
      if ((t.f & L.PLACE_PREFIX) !== 0) {
        let key = t.k;
        for (let n = 2; n <= lex.placeMaxWords && i + n - 1 < toks.length; n++) {
          const tn = toks[i + n - 1] as Tok;
          const pe = (toks[i + n - 2] as Tok).e;
          const gapLen = tn.s - pe;
          const c = v.charCodeAt(pe);
          if (!((gapLen === 1 && c === 32) || (gapLen === 2 && c === 46 && v.charCodeAt(pe + 1) === 32))) break;
          // A particle inside a place's name: "Rio de Janeiro", "Saint-Germain-en-Laye" is one token.
          if (tn.shape !== 'T' && tn.shape !== 'U' && !(tn.shape === 'L' && (tn.m & M.PARTICLES) !== 0)) break;
          key = `${key} ${tn.k}`;
          if (lex.places.has(key)) {
            best = n;
            bestKey = key;
          }
          if (!lex.placePrefixes.has(key)) break;
        }
      }
      if (notName && best < 2) continue;
      const prev = i > 0 ? (toks[i - 1] as Tok) : undefined;
      // (Stop 18: in a text all in capitals the context word is in capitals too, "MOVED FROM TUCSON"; there a capital shows
      // nothing, so a known place of one word needs four letters or more, no common word, and no given name unless a
      // residence phrase comes first: not "AROUND ALOT", "IN EARLY EVENING", "TO OSH", "FLUID IN DOUGLAS POUCH".)
      // (Stop 29, speed: the preposition's bit tested before the blanks between the words; the tests are pure.)
      // (Stop 35: a line wrapped after "in", "from" or "near" keeps its place: "Her daughter lives in\nBristol".)
      const ctx = prev !== undefined && (prev.m & M.PLACE_PREP) !== 0 && (blanks(v, prev.e, t.s) || (WRAP_PREPS_35.has(prev.k) && wrapped35(v, prev.e, t.s))) && (prev.shape === 'L' || (capsDoc && prev.shape === 'U' && capsPlaceContext(this, i, best, prev)));
      // "lives with her daughter in Laverstock", "returned from Muscat": residence and travel words.
      if (!best) {
        if (ctx) i = this.gazetteerUnlisted(i);
        continue;
      }
      i = this.gazetteerKnown(i, best, bestKey, !!ctx);
    }
  }
  /** placesGazetteer at token i, after a context word: a capitalized word that opens no known place. Returns the index
   * of the last token taken. (Stop 19: a method of its own, as is gazetteerKnown, so that the first run of one of their
   * rare paths recompiles it only, not the whole loop.) */
  gazetteerUnlisted(i: number): number {
    const v = this.v;
    const toks = this.toks;
    const t = toks[i] as Tok;
    // A place missing from the gazetteer, after a residence or travel phrase.
    // (Stop 18: in a text all in capitals the same after a residence phrase, "LIVES IN PARKTON", for a word of five
    // letters or more with two vowels that is no clinical word: not "STAY IN CSRU", "RETURNED TO SIMV".)
    // (Stop 19: worked out only after a context word; it cost 8% of the nursing notes' time when worked out for every word.)
    const cap = t.shape === 'T' ? 'T' : this.capsDoc && t.shape === 'U' && t.e - t.s >= 5 && /[AEIOUY].*[AEIOUY]/.test(t.w) && !clinicalWord(t.k) ? 'U' : '';
    if (cap !== '' && !(t.f & L.WORD && !(toks[i + 1] && (toks[i + 1] as Tok).shape === cap)) && !(t.f & L.COUNTRY) && !((t.m & M.STATE_WORDS) !== 0) && !((t.m & M.MONTH_WORDS) !== 0) && !((t.m & M.EPONYMS) !== 0) && !((t.m & M.NOT_PERSON) !== 0) && !((t.m & M.NOT_NAME) !== 0) && this.livingBefore(i)) {
      // A run of capitalized words whose last one is no common word ("Laverstock", "Upper Tadmarton").
      let j = i;
      while (j + 1 < toks.length && j < i + 2 && (toks[j + 1] as Tok).shape === cap && v.slice((toks[j] as Tok).e, (toks[j + 1] as Tok).s) === ' ' && !(((toks[j + 1] as Tok).m & M.NOT_NAME) !== 0)) j++;
      while (j >= i && (toks[j] as Tok).f & L.WORD) j--;
      if (j >= i) {
        this.add(t.s, (toks[j] as Tok).e, 'LOCATION', 68);
        return j;
      }
    }
    return i;
  }
  /** placesGazetteer at token i, where the known place of `best` words (bestKey) opens; ctx: a context word before.
   * Returns the index of the last token taken. */
  gazetteerKnown(i: number, best: number, bestKey: string, ctx: boolean): number {
    const v = this.v;
    const toks = this.toks;
    const lex = this.lex;
    const t = toks[i] as Tok;
    const last = toks[i + best - 1] as Tok;
    // "Budapest criteria", "Ottawa rules", "Glasgow score": a place before an eponym's head names a criterion, not a place.
    const head = toks[i + best];
    if (head && head.shape === 'L' && (head.m & M.EPONYM_HEADS) !== 0 && oneSpace(v, last.e, head.s) && !this.livingBefore(i)) {
      return i + best - 1;
    }
    // A country is no identifier, even when a town shares its name ("traveled to Poland", "Mexico (Jalisco)"),
    // unless a city's head comes first ("Ciudad de Mexico", "Ciudad de Panama": crossCands).
    if (best === 1 && (t.f & L.COUNTRY) !== 0 && !CITY_HEAD_BEFORE.test(v.slice(Math.max(0, t.s - 14), t.s))) return i;
    // "Joliet yard", "the Denver office".
    const nounAfter = toks[i + best];
    const placeNoun = !!nounAfter && nounAfter.shape === 'L' && ((nounAfter.m & M.PLACE_NOUNS) !== 0) && oneSpace(v, last.e, nounAfter.s);
    if ((placeNoun || (ctx && this.livingBefore(i))) && !((t.m & M.NOT_NAME) !== 0) && !((t.m & M.EPONYMS) !== 0) && !(best === 1 && (((t.m & M.NOT_PERSON) !== 0) || ((t.m & M.STATE_WORDS) !== 0)))) {
      this.add(t.s, last.e, 'LOCATION', 68);
      return i + best - 1;
    }
    if (best === 1 && (((t.m & M.NOT_PERSON) !== 0) || ((t.m & M.STATE_WORDS) !== 0))) return i;
    // A common word, or a town made of common words only ("Castle Hill"), is a place only with context.
    const word = best === 1 ? (t.f & L.WORD) !== 0 || (t.m & M.MONTH_WORDS) !== 0 : lex.contextPlaces.has(bestKey);
    const personal = best === 1 && (t.f & NAME_BITS) !== 0;
    // A common word after "in" is a place only when it ends the phrase ("lives in Auburn." not "in Green chart").
    const endsPhrase = /^(?:[ \t]*[.,;:)\n]|\s*$)/.test(v.slice(last.e, last.e + 3));
    // (Stop 32: a word that is no name opening a known place of several words counts after the context word too, "moved
    // to Los Angeles".)
    if (ctx && !(word && (this.capsDoc || !endsPhrase)) && !((t.m & M.EPONYMS) !== 0) && !((t.m & M.NOT_NAME) !== 0 && (best === 1 || t.k === 'st'))) this.add(t.s, last.e, 'LOCATION', best > 1 ? 66 : 62);
    else if (!word && !personal && !this.capsDoc && !((t.m & M.EPONYMS) !== 0)) this.add(t.s, last.e, 'LOCATION', 45);
    return i + best - 1;
  }

  /**
   * Lower-case text: a place after a residence or travel phrase ("pt lives in springfield with daughter",
   * "resident of kilbride", "moved to new westminster"): a known place of one or more words, or a word no
   * lexicon knows. Returns the index of the last token taken.
   */
  lowerPlace(i: number): number {
    const toks = this.toks;
    const v = this.v;
    const t = toks[i] as Tok;
    const pv = toks[i - 1];
    if (!pv || pv.shape !== 'L' || !(pv.m & M.PLACE_PREP) || !oneSpace(v, pv.e, t.s)) return i;
    // ("new" of "new westminster" is no name, but opens a place.)
    if (t.m & (M.STATE_WORDS | M.EPONYMS | M.MONTH_WORDS | M.STATE_ABBR_LOWER) || t.f & L.COUNTRY || (t.m & M.NOT_NAME && !(t.f & L.PLACE_PREFIX))) return i;
    if (!(t.f & (L.PLACE | L.PLACE_PREFIX)) && (t.f & L.WORD || t.k.length < 4 || !/[aeiouy]/.test(t.k))) return i;
    // A known place of several words after "in/from/to/near" needs no residence phrase ("my son in grand rapids",
    // "visiting family in baton rouge"): lower-case phrases of several words that the gazetteer knows are places.
    // (Such a place opens with a place prefix: the other words need the residence phrase, tested first.)
    const living = !(t.f & L.PLACE_PREFIX) || pv.k === 'of' ? this.livingBefore(i) : undefined;
    // (Stop 18: a known place of one word needs no residence phrase when it could be nothing else, see capsPlaceContext:
    // "works at tesco in croydon", "from the village of ngong near nairobi".)
    const alone = (t.f & L.PLACE) !== 0 && capsPlaceContext(this, i, 1, pv);
    if (living === false && !alone) return i;
    const lex = this.lex;
    // The longest known place from here ("new westminster", "cape town").
    let best = 0;
    let key = '';
    for (let n = 1; n <= lex.placeMaxWords && i + n - 1 < toks.length; n++) {
      const tn = toks[i + n - 1] as Tok;
      if (n > 1 && (tn.shape !== 'L' || !oneSpace(v, (toks[i + n - 2] as Tok).e, tn.s))) break;
      key = n === 1 ? tn.k : `${key} ${tn.k}`;
      if (n === 1 ? tn.f & L.PLACE && !(tn.f & L.WORD) : lex.places.has(key)) best = n;
      if (!(n === 1 ? tn.f & L.PLACE_PREFIX : lex.placePrefixes.has(key))) break;
    }
    if (best < 2 && !(best === 1 && alone) && !(living ?? this.livingBefore(i))) return i;
    if (best > 0 && !(best === 1 && t.m & M.NOT_NAME)) {
      this.add(t.s, (toks[i + best - 1] as Tok).e, 'LOCATION', 71);
      return i + best - 1;
    }
    if (t.m & M.NOT_NAME) return i;
    // A word no lexicon knows, after a residence or trip phrase ("moved to ballymore", "lives in kilbride",
    // "flew in from dunmore"): a place too small for the gazetteer.
    if (t.f & L.WORD || t.f & L.PLACE_PREFIX || ((t.m & M.CREDENTIAL_TOKENS) !== 0 && t.k.length <= 4)) return i;
    let residence = false;
    for (let j = i - 2; j >= 0 && j >= i - 8 && !residence; j--) {
      const k = (toks[j] as Tok).k;
      residence = RESIDENCE_WORDS.has(k) && !(pv.k === 'to' && (k === 'returned' || k === 'returning'));
    }
    if (!residence && (pv.k === 'in' || pv.k === 'near')) residence = siteBefore34(this, i - 1);
    if (residence) this.add(t.s, t.e, 'LOCATION', 60);
    return i;
  }

  /** Letterheads and signatures: a known town alone on the line after a facility or a street ("Mercy University Hospital\nCork"). */
  placeLineAfter(end: number): void {
    const v = this.v;
    const m = PLACE_LINE.exec(v.slice(end, end + 60));
    if (!m) return;
    const name = m[1] as string;
    const key = name.toLowerCase();
    const known = key.includes(' ') ? this.lex.places.has(key.replace(/-/g, ' ')) : (this.fl(key) & L.PLACE) !== 0;
    if (!known || STATE_WORDS.has(key) || NOT_NAME.has(key) || this.fl(key) & L.COUNTRY) return;
    const s = end + m[0].indexOf(name, 1);
    this.add(s, s + name.length, 'LOCATION', 70);
  }

  /** Eircodes, Indian PIN codes, and 4- or 6-digit postcodes after a region or a known town. */
  worldPostcodes(): void {
    const v = this.v;
    const toks = this.toks;
    for (const i of this.xIdx) {
      const t = toks[i] as Tok;
      if (i < 1) continue;
      const len = t.w.length;
      if (len !== 3 && len !== 4 && len !== 6 && len !== 7) continue;
      const c0 = t.w.charCodeAt(0);
      if ((len === 3 || len === 7) && c0 >= 65 && c0 <= 90 && /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W)/.test(t.w)) {
        // Eircodes after a comma, a line start, a county or the word "Eircode" (the shape alone is too short).
        EIRCODE.lastIndex = t.s;
        const m = EIRCODE.exec(v);
        const before = v.slice(Math.max(0, t.s - 24), t.s);
        if (m && /\d/.test(m[0].slice(1)) && /(?:^|\n|,)[ \t]*$|eircode[ \t]*:?[ \t]*$|\b(?:Co\.?|County)[ \t]+[A-Z][a-z]+[ \t]*,?[ \t]*$/i.test(before)) this.add(t.s, t.s + m[0].length, 'LOCATION', 86);
        else if (m && /\d/.test(m[0].slice(1))) {
          // "Galway H91 X2C7": after a known town that is no word, the town too.
          const p = toks[i - 1] as Tok;
          if (p.shape === 'T' && p.e + 1 === t.s && (p.f & L.PLACE) !== 0 && (p.f & (L.WORD | L.COUNTRY)) === 0 && (p.m & M.STATE_WORDS) === 0) {
            this.add(t.s, t.s + m[0].length, 'LOCATION', 86);
            if (!this.anyCand(p.s, p.e)) this.add(p.s, p.e, 'LOCATION', 80);
          }
        }
        continue;
      }
      const p = toks[i - 1] as Tok;
      if (p.shape === 'X' || (p.shape === 'L' && p.k !== 'pin') || c0 < 48 || c0 > 57) continue;
      const six = len === 6 && /^[1-8]\d{5}$/.test(t.w);
      const four = len === 4 && /^\d{4}$/.test(t.w);
      if (!six && !four) continue;
      // The postcode ends the line or the address part.
      if (!/^[ \t]*(?:[,.;)\n]|$)/.test(v.slice(t.e, t.e + 2))) continue;
      const before = v.slice(Math.max(0, t.s - 40), t.s);
      const year = four && /^(?:19|20)\d{2}$/.test(t.w);
      // "Maharashtra 411038", "Bay of Plenty 3110", "PIN 411038": the region itself is not marked.
      if ((six && (STATE_BEFORE_PIN.test(before) || PIN_BEFORE.test(before))) || (four && REGION_BEFORE_POST4.test(before) && (!year || /,[ \t]*$/.test(before)))) {
        this.add(t.s, t.e, 'LOCATION', 86);
        continue;
      }
      // "Kolkata 700091", "Kolkata - 700091", ", Durban, 4001": a known town, then a postcode.
      if ((p.shape !== 'T' && p.shape !== 'U') || !(p.f & L.PLACE) || p.f & L.WORD || ((p.m & M.STATE_WORDS) !== 0) || ((p.m & M.NOT_NAME) !== 0)) continue;
      if (!/^[ \t]*[,–-]?[ \t]*$/.test(v.slice(p.e, t.s))) continue;
      // A four-digit one must not be a year and must follow a comma before the town.
      if (four && (year || !/,[ \t]*$/.test(v.slice(Math.max(0, p.s - 3), p.s)))) continue;
      this.add(p.s, p.e, 'LOCATION', 70);
      this.add(t.s, t.e, 'LOCATION', 86);
    }
  }

  /** Unlabelled address lines around a place already found: a European postcode and town after a street
   * ("Via Roma 21, 20121 Milano", "ul. Lipowa 18/4, 80-123 Gdańsk"), the flat, plot, building and road parts
   * before it ("Flat 2B, Sunrise Apartments, MG Road, Bengaluru 560001"), and "Fort/Camp/Port ..." read as a
   * person's name. */
  addressTails(): void {
    const v = this.v;
    const n0 = this.cands.length;
    for (let i = 0; i < n0; i++) {
      const c = this.cands[i] as Cand;
      if (c.t === 'NAME') {
        const c0 = v.charCodeAt(c.s);
        if ((c0 === 70 || c0 === 67 || c0 === 80 || c0 === 77 || c0 === 76) && FORT_LIKE.test(v.slice(c.s, c.e))) c.t = 'LOCATION';
        // "Hyden, KY", "Laurel, MS 39440": one word before a comma and a state's code is a town, not a surname (a code that
        // is also a word or a credential, "MD", "OR", "IN", needs a ZIP code after it or a town the gazetteer knows).
        else if (v.charCodeAt(c.e) === 44 && !hasChar(v, c.s, c.e, 32) && this.townBeforeState(c)) c.t = 'LOCATION';
        // A dateline: a known place at the start of a line, a comma, then a date ("Madrid, 3 de abril de 2025").
        else if (v.charCodeAt(c.e) === 44 && /(?:^|\n)[ \t]*$/.test(v.slice(Math.max(0, c.s - 8), c.s)) && DATELINE_AFTER.test(v.slice(c.e, c.e + 24))) {
          const key = v.slice(c.s, c.e).toLowerCase();
          if (this.knownPlace(key)) c.t = 'LOCATION';
        }
        continue;
      }
      if (c.t !== 'LOCATION') continue;
      // "418 County Road 1250", "3301 Old Hwy 41 Lot 17": a road's number and a lot or unit after it belong to the street;
      // "RR 2 Box 114-A": so does a letter after the box number.
      const c1 = v.charCodeAt(c.e - 1);
      if ((c1 === 100 || c1 === 121 || c1 === 101 || c1 === 77 || c1 === 82 || c1 === 46) && ROAD_END.test(v.slice(Math.max(c.s, c.e - 12), c.e))) {
        const rt = ROAD_NUMBER_AFTER.exec(v.slice(c.e, c.e + 32));
        if (rt) c.e += rt[0].length;
      } else if (isDigitCode(c1) && v.charCodeAt(c.e) === 45 && /\bBox[ \t]+\d+$/i.test(v.slice(Math.max(c.s, c.e - 12), c.e))) {
        const lt = /^-(?:[A-Z0-9]{1,3}|\d{5})(?![\w-])/.exec(v.slice(c.e, c.e + 7));
        if (lt) c.e += lt[0].length;
      }
      // "Hometown Drug #3", "Walgreens #11872": a store's number belongs to its name.
      if (isLetterCode(v.charCodeAt(c.e - 1))) {
        const sn = /^[ \t]?#[ \t]?\d{1,6}(?![\w\/-]|\.\d)/.exec(v.slice(c.e, c.e + 10));
        if (sn) c.e += sn[0].length;
      }
      // "Calle Durango 218, int. 4", "Rua Augusta, 1508, apto 72": a unit after a street line belongs to it.
      if (v.charCodeAt(c.e) === 44 && isDigitCode(v.charCodeAt(c.e - 1))) {
        const u = UNIT_AFTER.exec(v.slice(c.e, c.e + 24));
        if (u) c.e += u[0].length;
      }
      // "PO Box 62, Hyden 41749": the town and ZIP code after a box.
      if (v.charCodeAt(c.e) === 44 && /\bBox[ \t]+\d/i.test(v.slice(c.s, c.e)) && !/^,[ \t]*(?:APO|FPO|DPO)\b/.test(v.slice(c.e, c.e + 8))) this.cityAfterStreet(c.e);
      const a0 = v.charCodeAt(c.e);
      const street = (a0 === 44 || a0 === 32) && c.e - c.s > 5 && /\d/.test(v.slice(c.s, c.e)) && /\p{L}{2}/u.test(v.slice(c.s, c.e));
      if (street) {
        const text = v.slice(c.s, c.e);
        const tail = v.slice(c.e, c.e + 64);
        let m = POSTCODE_TOWN_AFTER.exec(tail);
        if (m) {
          const pc = m[1] as string;
          const town = m[2] as string;
          const ps = c.e + m[0].length - town.length - (m[0].length - m[0].lastIndexOf(pc) - pc.length) - pc.length;
          this.add(c.e + m[0].lastIndexOf(pc), c.e + m[0].lastIndexOf(pc) + pc.length, 'LOCATION', 84);
          if (ps >= 0 && this.townWord(town)) this.add(c.e + m[0].length - town.length, c.e + m[0].length, 'LOCATION', 90);
        } else if (/\d{4,5}$/.test(text) && (m = TOWN_AFTER_CODE.exec(tail))) {
          const town = m[1] as string;
          if (this.townWord(town)) this.add(c.e + m[0].length - town.length, c.e + m[0].length, 'LOCATION', 90);
        }
      }
      // Address parts before the place, back to the start of the line (cheap test first: a comma right before).
      let end = c.s;
      for (let k = 0; k < 4; k++) {
        let q = end - 1;
        q = skipBlanksBack(v, q);
        if (v.charCodeAt(q) !== 44) break;
        const ls = lineStartOf(v, end - 1);
        const before = v.slice(Math.max(ls, end - 60), end);
        // "12, rue des Lilas", "8 bis, avenue Foch": a house number before a comma and a street that opens with its kind.
        const pm = ADDRESS_PART_BEFORE.exec(before) ?? (k === 0 && STREET_KIND_FIRST.test(v.slice(c.s, c.s + 12)) ? HOUSE_NUMBER_COMMA_BEFORE.exec(before) : null);
        if (!pm) break;
        const part = pm[1] as string;
        const ps = end - before.length + pm.index + pm[0].indexOf(part);
        this.add(ps, ps + part.length, 'LOCATION', 80);
        end = ps;
      }
    }
  }
  /** Whether the one-word candidate c is followed by a comma and a US state's code (see addressTails). */
  townBeforeState(c: Cand): boolean {
    const v = this.v;
    const st = /^,[ \t]*([A-Z]{2})(?![\w])([ \t]+\d{5})?/.exec(v.slice(c.e, c.e + 12));
    if (!st || !STATE_ABBR_SET.has(st[1] as string)) return false;
    // "Dr. Smith, PA": after a title it is a person.
    if (/\b(?:dr|mr|mrs|ms|miss|prof|doctor)\.?[ \t]+$/i.test(v.slice(Math.max(0, c.s - 9), c.s))) return false;
    return !AMBIGUOUS_STATE.has(st[1] as string) || st[2] !== undefined || (this.fl(v.slice(c.s, c.e).toLowerCase()) & L.PLACE) !== 0;
  }
  /** Address blocks of letters and covers: the lines after a street line (town, county, postcode; a country or
   * a state is skipped) and the flat or building lines right before it, up to a blank line or another field. */
  addressBlocks(): void {
    const v = this.v;
    if (!v.includes('\n')) return;
    const seen = new Set<number>();
    const n0 = this.cands.length;
    for (let i = 0; i < n0; i++) {
      const c = this.cands[i] as Cand;
      if (c.t !== 'LOCATION' || c.e - c.s < 6) continue;
      const ls = lineStartOf(v, c.s - 1);
      if (seen.has(ls) || c.s - ls > 25) continue;
      let le = lineEndOf(v, c.e);
      if (le < 0) continue;
      const line = v.slice(ls, le);
      if (line.length > 60 || !/\d/.test(v.slice(c.s, c.e)) || !/\p{L}{3}/u.test(v.slice(c.s, c.e)) || /:/.test(v.slice(ls, c.s))) continue;
      seen.add(ls);
      // Forward: the lines after the street.
      for (let k = 0; k < 5; k++) {
        const s = le + 1;
        if (s >= v.length) break;
        let e = lineEndOf(v, s);
        if (e < 0) e = v.length;
        le = e;
        if (!this.addressLine(s, e)) break;
        if (le >= v.length) break;
      }
      // Backward: flat and building lines before it.
      let bs = ls;
      for (let k = 0; k < 2 && bs > 0; k++) {
        const pe = bs - 1;
        const ps = lineStartOf(v, pe - 1);
        const pl = v.slice(ps, pe).trim();
        if (!pl || pl.length > 48 || !BLOCK_UNIT_LINE.test(pl)) break;
        const off = v.indexOf(pl, ps);
        for (const part of pl.split(/,[ \t]*/)) {
          const at = v.indexOf(part, off);
          if (part.trim()) this.add(at, at + part.length, 'LOCATION', 86);
        }
        bs = ps;
      }
    }
  }
  /** Address blocks that end with a postcode line ("33000 Bordeaux", "N37 F6D7", "Whakatane 3120"): the
   * lines above it, up to the addressee (a line with a person's name or a title) or a blank line. */
  addressBlocksUp(): void {
    const v = this.v;
    for (let ls = 0; ls < v.length; ) {
      let le = lineEndOf(v, ls);
      if (le < 0) le = v.length;
      const s0 = ls;
      ls = le + 1;
      if (le - s0 < 4 || le - s0 > 44 || s0 < 2 || v.charCodeAt(s0 - 2) === 10) continue;
      // A postcode line ends in a digit or a capital letter (cheap test first).
      let z = le - 1;
      while (z > s0 && (v.charCodeAt(z) === 32 || v.charCodeAt(z) === 13 || v.charCodeAt(z) === 9)) z--;
      const zc = v.charCodeAt(z);
      if (!(isDigitCode(zc) || (zc >= 65 && zc <= 90) || (zc >= 97 && zc <= 122) || zc > 127)) continue;
      let hasDigit = false;
      for (let x = s0; x <= z && !hasDigit; x++) hasDigit = isDigitCode(v.charCodeAt(x));
      if (!hasDigit) continue;
      const line = v.slice(s0, le).trim();
      if (line.length < 4 || line.length > 40 || !/\d/.test(line) || !(BLOCK_POSTCODE.test(line) || BLOCK_CODE_TOWN.test(line))) continue;
      // The line above must be part of the block (not blank), and the code must not be a bare number in prose.
      if (s0 < 2 || v.charCodeAt(s0 - 2) === 10 || (/^\d+$/.test(line) && !/^\d{5}(?:-\d{4})?$|^\d{6}$/.test(line))) continue;
      let bs = s0;
      const lines: [number, number][] = [];
      for (let k = 0; k < 5 && bs > 0; k++) {
        const pe = bs - 1;
        const ps = lineStartOf(v, pe - 1);
        const pl = v.slice(ps, pe).trim();
        if (!pl || pl.length > 48 || BLOCK_STOP.test(pl) || /[:@]/.test(pl)) break;
        // The addressee: a name found on the line, unless the line ends in a street or building word.
        const last = (pl.toLowerCase().split(/[ \t]+/).pop() as string).replace(/[.,]$/, '');
        const named = this.cands.some((c) => c.t === 'NAME' && c.s >= ps && c.s < pe);
        if (named && !STREET_SUFFIX_SET.has(last) && !BUILDING_WORDS.has(last)) break;
        if (!(BLOCK_UNIT_LINE.test(pl) || BLOCK_STREET_LINE.test(pl) || BLOCK_TOWN.test(pl) || /^\d/.test(pl) && STREET_SUFFIX_SET.has(last))) break;
        lines.push([ps, pe]);
        bs = ps;
      }
      if (!lines.length) continue;
      this.addressLine(s0, le);
      for (const [a, b] of lines) {
        const pl = v.slice(a, b).trim();
        const at = v.indexOf(pl, a);
        if (BLOCK_STREET_LINE.test(pl) || /^\d/.test(pl)) this.add(at, at + pl.length, 'LOCATION', 86);
        else this.addressLine(a, b);
      }
    }
  }
  /** One line of an address block: its parts become places; false when it is no address line. */
  addressLine(s: number, e: number): boolean {
    const v = this.v;
    const raw = v.slice(s, e);
    const line = raw.trim();
    if (!line || line.length > 48 || /[:@]|\.$/.test(line) || BLOCK_STOP.test(line)) return false;
    const base = s + raw.indexOf(line);
    const parts: [number, string][] = [];
    let off = 0;
    for (const seg of line.split(/(,[ \t]*|[ \t]+[-–][ \t]+)/)) {
      if (seg && !/^(?:,[ \t]*|[ \t]+[-–][ \t]+)$/.test(seg)) parts.push([base + off, seg]);
      off += seg.length;
    }
    const adds: [number, number, number][] = [];
    for (const [ps, part] of parts) {
      const key = part.toLowerCase();
      if (STATE_ABBR_SET.has(part) || CA_PROVINCES.has(part) || AU_STATES.has(part) || /^[A-Z]{2,3}$/.test(part) || STATE_WORDS.has(key) || REGION_WORDS.has(key) || this.fl(key) & L.COUNTRY || this.lex.places.has(key) && (this.fl(key.split(' ')[0] as string) & L.COUNTRY)) continue;
      let m: RegExpExecArray | null;
      if (BLOCK_POSTCODE.test(part)) adds.push([ps, ps + part.length, 86]);
      else if ((m = BLOCK_CODE_TOWN.exec(part))) {
        const code = (m[1] ?? m[4]) as string;
        const town = (m[2] ?? m[3]) as string;
        // (Stop 33: "7307 PARK BOULEVARD IN ASHLAND" in capitals is a house number and its street, not a postcode and a
        // town: the number alone, taken at a higher priority, had hidden the street found there. The line's number and
        // street, to the street's suffix, instead.)
        const tw0 = town.split(/[ \t]+/);
        const sx = tw0.findIndex((w) => STREET_SUFFIX_SET.has(w.replace(/\.$/, '').toLowerCase()));
        if (sx > 0 && part.startsWith(code)) {
          const ts = part.indexOf(town, code.length);
          let te = ts;
          for (let q = 0; q <= sx; q++) te = part.indexOf(tw0[q] as string, te) + (tw0[q] as string).length;
          adds.push([ps, ps + te, 86]);
          continue;
        }
        const cs = ps + part.indexOf(code);
        adds.push([cs, cs + code.length, 86]);
        const tw = town.replace(/[ \t]+[A-Z]{2,3}$/, '');
        if (!/^[A-Z]{2,3}$/.test(tw) && !REGION_WORDS.has(tw.toLowerCase()) && this.townWord(tw)) adds.push([ps + part.indexOf(tw), ps + part.indexOf(tw) + tw.length, 88]);
      } else if (BLOCK_UNIT_LINE.test(part) || (BLOCK_TOWN.test(part) && this.townWord(part))) adds.push([ps, ps + part.length, 88]);
      else return false;
    }
    for (const [a, b, p] of adds) this.add(a, b, 'LOCATION', p);
    return true;
  }
  labelledFacilities(): void {
    const v = this.v;
    const n = v.length;
    const found: RegExpExecArray[] = [];
    for (let ls = 0; ls < n; ) {
      const nl = lineEndOf(v, ls);
      let p = ls;
      ls = nl < 0 ? n : nl + 1;
      p = skipBlanks(v, p, n);
      if (!FACILITY_LABEL_PREFIXES.has(((v.charCodeAt(p) | 32) << 16) | ((v.charCodeAt(p + 1) | 32) << 8) | (v.charCodeAt(p + 2) | 32))) continue;
      FACILITY_LABELLED.lastIndex = p;
      const m = FACILITY_LABELLED.exec(v);
      if (m) found.push(m);
    }
    for (const m of found) {
      if (/^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Dra|Sr|Sra)\b/.test(m[1] as string)) continue;
      let g = (m[1] as string).replace(/[ \t]+(?:of|the|and|&|for|at|on|de|du|la)$/i, '');
      const words = g.replace(/^The[ \t]+/, '').split(/[ \t]+/);
      if (words.length === 1 && /^[A-Z]{1,5}$/.test(words[0] as string)) continue;
      const keys = words.map((w) => w.toLowerCase().replace(/[.'’]+$/, '')).filter((w) => !FUNCTION_WORDS.has(w) && w !== '&');
      if (!keys.length || keys.some((k) => MONTH_WORDS.has(k) || STATE_WORDS.has(k) || FINDING_WORDS.has(k)) || (keys.length === 1 && NOT_NAME.has(keys[0] as string))) continue;
      const head = keys[keys.length - 1] as string;
      // Common words only ("Home With Services", "Left Arm") name no facility, unless they end in a facility word.
      if (keys.every((k) => this.fl(k) & L.WORD) && !FACILITY_FIRST.has(head) && !FACILITY_GENERIC.has(head)) continue;
      const s = m.index + m[0].length - (m[1] as string).length;
      this.add(s, s + g.length, 'LOCATION', 76);
    }
  }
  townWord(town: string): boolean {
    const words = town.toLowerCase().split(/[ -]+/);
    const key = words.join(' ');
    if (STATE_WORDS.has(key) || this.fl(key) & L.COUNTRY || REGION_WORDS.has(key)) return false;
    return !words.some((w) => NOT_NAME.has(w) || MONTH_WORDS.has(w) || FACILITY_GENERIC.has(w));
  }

  /** The parts of an address written after a label, one span each: towns, suburbs and postcodes. */
  addressLines(): void {
    const v = this.v;
    if (!(this.seen & T.ADDR) || (!v.includes(':') && !v.includes('-'))) return;
    const n = v.length;
    // Line by line: the label opens its line.
    for (let ls = 0; ls < n; ) {
      const nl = lineEndOf(v, ls);
      let p = ls;
      ls = nl < 0 ? n : nl + 1;
      p = skipBlanks(v, p, n);
      if (!ADDRESS_PREFIXES.has(((v.charCodeAt(p) | 32) << 16) | ((v.charCodeAt(p + 1) | 32) << 8) | (v.charCodeAt(p + 2) | 32))) continue;
      ADDRESS_LINE.lastIndex = p;
      const m = ADDRESS_LINE.exec(v);
      if (!m) continue;
      const val = m[1] as string;
      const base = m.index + m[0].length - val.length;
      // Lower-case prose after the label ("Home: lives with wife") is no address.
      if (!/^[ \t]*(?:\d|[A-Z])/.test(val)) continue;
      let off = 0;
      // "city: Washington", "Town: Indiana": after a city's label, a state's name the gazetteer knows as a town is that town.
      const cityLabel = /(?:city|town)[ \t]*[:\-–][ \t]*$/i.test(m[0].slice(0, m[0].length - val.length));
      for (const part of val.split(/([,;|]|[ \t]{2,}|[ \t]+[–-][ \t]+)/)) {
        const ps = base + off;
        off += part.length;
        const p = part.trim();
        if (!p || /^[,;|\s–-]+$/.test(p)) continue;
        const s = ps + part.indexOf(p);
        // Another label on the same line ends the address ("Phone: ...").
        if (/:/.test(p)) break;
        if (/^[A-Z][\p{L}'.-]+(?:[ \t]+(?:of[ \t]+|upon[ \t]+|on[ \t]+)?[A-Z][\p{L}'.-]+){0,3}$/u.test(p)) {
          const words = p.toLowerCase().split(/[ \t]+/);
          const last = words[words.length - 1] as string;
          const key = words.join(' ');
          const known = words.length === 1 ? (this.fl(key) & L.PLACE) !== 0 : this.lex.places.has(key);
          if (words.some((w) => NOT_NAME.has(w) || FACILITY_GENERIC.has(w) || MONTH_WORDS.has(w)) || (STATE_WORDS.has(key) && !(cityLabel && known && off === part.length)) || this.fl(key) & L.COUNTRY) continue;
          if (STATE_ABBR_SET.has(p) || CA_PROVINCES.has(p) || AU_STATES.has(p) || /^[A-Z]{2,4}$/.test(p) || REGION_WORDS.has(key.replace(/\.$/, ''))) continue;
          // A common word names a place only when the gazetteer knows it ("Orange"); "Independent" does not; a building does ("Ashcombe House").
          if (!known && this.fl(last) & L.WORD && !(words.length > 1 && (BUILDING_WORDS.has(last) || STREET_SUFFIX_SET.has(last)))) continue;
          this.add(s, s + p.length, 'LOCATION', 72);
        } else if (/^(?:Flat|Apt|Apartment|Unit|Suite|Level|Floor|Room|Block|Lot|Plot|House|Door|No\.?)[ \t]*#?[ \t]*[A-Za-z0-9-]{1,6}$/.test(p)) {
          this.add(s, s + p.length, 'LOCATION', 74);
        } else if (/^(?:\d{4,6}|[1-8]\d{2} \d{3}|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d)$/.test(p)) {
          this.add(s, s + p.length, 'LOCATION', 84);
        } else {
          // "Kolkata 700091", "Wellington 6012": a town and a postcode in one part.
          const tp = /^([A-Z][\p{L}'.-]+(?:[ \t]+[A-Z][\p{L}'.-]+){0,2})[ \t]+(\d{4,6})$/u.exec(p);
          if (tp && !(tp[1] as string).toLowerCase().split(/[ \t]+/).some((w) => NOT_NAME.has(w) || STATE_WORDS.has(w))) {
            // "NY 75868": a state or region before the code is not marked.
            const region = /^[A-Z]{2,3}$/.test(tp[1] as string) || REGION_WORDS.has((tp[1] as string).toLowerCase());
            if (!region) this.add(s, s + (tp[1] as string).length, 'LOCATION', 72);
            this.add(s + p.length - (tp[2] as string).length, s + p.length, 'LOCATION', 84);
          }
        }
      }
    }
  }

  /** "Bondi NSW 2026", "Fitzroy VIC 3065": a suburb, an Australian state and a postcode in its range. */
  auLocalities(): void {
    const toks = this.toks;
    const v = this.v;
    for (let i = 1; i + 1 < toks.length; i++) {
      const st = toks[i] as Tok;
      if (st.shape !== 'U') continue;
      const ranges = AU_STATES.get(st.w);
      const pc = toks[i + 1] as Tok;
      if (!ranges || pc.shape !== 'X' || pc.w.length !== 4 || !/^\d{4}$/.test(pc.w) || !/^\.?,?[ \t]+$/.test(v.slice(st.e, pc.s))) continue;
      const n = +pc.w;
      if (!ranges.some(([a, b]) => n >= a && n <= b)) continue;
      // The suburb: capitalized words right before the state (one to three), no common word first.
      let j = i - 1;
      let first = -1;
      while (j >= 0 && i - j <= 3) {
        const c = toks[j] as Tok;
        if ((c.shape !== 'T' && !(c.shape === 'U' && c.w.length > 3)) || ((c.m & M.NOT_NAME) !== 0) || STREET_SUFFIX_SET.has(c.k)) break;
        const gap = v.slice(c.e, (toks[j + 1] as Tok).s);
        if (j === i - 1 ? !/^,?[ \t]+$/.test(gap) : !/^[ \t-]$/.test(gap)) break;
        first = j;
        j--;
      }
      // (Common first words are left out unless the suburb follows a comma or a line's start, or opens a town: "27 Banksia Pde,
      // Mount Gravatt QLD 4122", "Bald Hills QLD"; stop 15.)
      const afterBreak = first >= 0 && /(?:^|[,:\n])[ \t]*$/.test(v.slice(Math.max(0, (toks[first] as Tok).s - 4), (toks[first] as Tok).s));
      while (!afterBreak && first >= 0 && first < i && (toks[first] as Tok).f & L.WORD && !((toks[first] as Tok).f & L.PLACE) && !PLACE_OPENER_WORDS.has((toks[first] as Tok).k) && first < i - 1) first++;
      if (first < 0) continue;
      this.add((toks[first] as Tok).s, (toks[i - 1] as Tok).e, 'LOCATION', 80);
      this.add(pc.s, pc.e, 'LOCATION', 86);
    }
  }

  /** A residence or travel phrase ends right before token i ("lives with her son in", "returned 14/03 from"). */
  livingBefore(i: number): boolean {
    const toks = this.toks;
    const pv = toks[i - 1];
    if (!pv) return false;
    // "resident of", "native of", "originally from".
    const p2 = toks[i - 2];
    if (p2 && (pv.k === 'of' ? RESIDENT_OF.has(p2.k) : pv.k === 'from' && ORIGINALLY.has(p2.k)) && oneSpace(this.v, p2.e, pv.s)) return true;
    // (Stop 34: "out of" after a trade's or a base's word, "a fisherman out of Steveston", "registered to him out of
    // Gould"; not "ran out of Lasix".)
    if (pv.k === 'of' && p2 !== undefined && p2.k === 'out' && outOfBefore34(this, i - 2)) return true;
    if (!LIVING_PREPS.has(pv.k)) return false;
    // (Stop 34: a site or a relative before "in"/"near" shows where it is, "the freight depot in Onehunga", "his mom in
    // Gary", "sister Magda in Leyton".)
    if ((pv.k === 'in' || pv.k === 'near') && siteBefore34(this, i - 1)) return true;
    // A cheap look for one of the verbs among the few tokens before, then the exact phrase.
    let seen = false;
    for (let j = i - 2; j >= 0 && j >= i - 9; j--) {
      if (LIVING_WORDS.has((toks[j] as Tok).k)) {
        seen = true;
        break;
      }
    }
    return seen && RE.livesIn.test(this.v.slice(Math.max(0, (toks[i] as Tok).s - 72), (toks[i] as Tok).s));
  }

  /** After a street address: ", Santa Ana 92703" (city and ZIP code without a state). */
  cityAfterStreet(end: number): void {
    const v = this.v;
    // (All three expressions below open with blanks and a comma.)
    let q = end;
    while (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9) q++;
    if (v.charCodeAt(q) !== 44) return;
    // (CITY_ZIP_AFTER needs five digits in a row in its window, cityPost4After a run of exactly four in its own.)
    let five = false;
    let four = false;
    const w = Math.min(v.length, end + 72);
    for (let p = q + 1; p < w; p++) {
      if (!isDigitCode(v.charCodeAt(p))) continue;
      let r = p + 1;
      while (r < w && isDigitCode(v.charCodeAt(r))) r++;
      if (r - p >= 5 && p + 5 <= end + 64) five = true;
      if (r - p === 4) four = true;
      p = r;
    }
    const m = five ? CITY_ZIP_AFTER.exec(v.slice(end, end + 64)) : null;
    const m4 = m || !four ? null : RE.cityPost4After.exec(v.slice(end, end + 72));
    if (m4) {
      // ", Ponsonby, Auckland 1011": suburb, city and a 4-digit postcode (New Zealand, Australia...).
      const idx = m4.indices as ([number, number] | undefined)[];
      const words = `${m4[1] ?? ''} ${m4[2]}`.toLowerCase().split(/[ \t]+/).filter(Boolean);
      if (!words.some((w) => NOT_NAME.has(w) || FUNCTION_WORDS.has(w) || MONTH_WORDS.has(w))) {
        for (const g of [1, 2, 3]) {
          const r = idx[g];
          if (r) this.add(end + r[0], end + r[1], 'LOCATION', g === 3 ? 85 : 70);
        }
        return;
      }
    }
    if (!m) {
      // ", Lyon." -- a known city right after the street, without a ZIP code.
      const c = CITY_AFTER.exec(this.v.slice(end, end + 48));
      if (!c) return;
      const name = (c[1] as string).replace(/\.+$/, '');
      const key = name.toLowerCase();
      const known = this.knownPlace(key);
      if (!known || STATE_WORDS.has(key) || NOT_NAME.has(key)) return;
      const ci = (c.indices as [number, number][])[1] as [number, number];
      this.add(end + ci[0], end + ci[0] + name.length, 'LOCATION', 70);
      return;
    }
    let city = m[1] as string;
    // "Montpelier VT 05602": the state is not part of the city.
    const st = /[ \t]+([A-Z]{2})$/.exec(city);
    if (st && STATE_ABBR_SET.has(st[1] as string)) city = city.slice(0, st.index);
    const words = city.toLowerCase().split(/[ \t]+/);
    if (words.some((w) => NOT_NAME.has(w) || FUNCTION_WORDS.has(w) || STATE_WORDS.has(w))) return;
    const ci = (m.indices as [number, number][])[1] as [number, number];
    const zi = (m.indices as [number, number][])[2] as [number, number];
    this.add(end + ci[0], end + ci[0] + city.length, 'LOCATION', 70);
    this.add(end + zi[0], end + zi[1], 'LOCATION', 85);
  }

  /** The second word of a label follows ("lab id", "pump serial", "prior auth #"): a word from LABEL_SECOND, or "#". */
  labelNext(t: Tok, nx: Tok | undefined): boolean {
    const v = this.v;
    let p = t.e;
    while (v.charCodeAt(p) === 32 || v.charCodeAt(p) === 9) p++;
    // A plain next word decides without the expression.
    if (nx && nx.s === p && nx.shape !== 'X') return LABEL_SECOND.has(nx.k);
    return LABEL_NEXT.test(v.slice(t.e, t.e + 24));
  }

  /** Matches of a sticky regex tried at the start of each token whose lower-case form is in `first`. */
  /** Positions of the digits not preceded by a word character (ASCII, \w) nor, unless `dash`, by a dash: where
   * RE.street's matches (and, dash allowed, the day-first month dates') can start. */
  private digitStartList: number[] | undefined;
  private digitStartDashList: number[] | undefined;
  /** v.includes(' 0'), read from the tokens: a "0" after a space opens a token with digits (the search for " 0" stops at every space). */
  spaceZero(): boolean {
    const v = this.v;
    for (const xi of this.xIdx) {
      const s = (this.toks[xi] as Tok).s;
      if (v.charCodeAt(s) === 48 && v.charCodeAt(s - 1) === 32) return true;
    }
    return false;
  }
  digitStarts(dash = false): number[] {
    const have = dash ? this.digitStartDashList : this.digitStartList;
    if (have) return have;
    const v = this.v;
    const out: number[] = [];
    // Every digit lies in a token with digits.
    for (const xi of this.xIdx) {
      const t = this.toks[xi] as Tok;
      const end = t.s + t.w.length;
      for (let p = t.s; p < end; p++) {
        if (!isDigitCode(v.charCodeAt(p))) continue;
        const b = p > 0 ? v.charCodeAt(p - 1) : 32;
        if ((b === 45 && !dash) || b === 95 || (b < 128 && isWordCode(b))) continue;
        out.push(p);
      }
    }
    if (dash) this.digitStartDashList = out;
    else this.digitStartList = out;
    return out;
  }
  /** The digit starts (no word character, nor unless `dash` a dash, before) at which `at` holds. */
  digitStartsWhere(at: (v: string, p: number) => boolean, dash = false): number[] {
    const v = this.v;
    const out: number[] = [];
    for (const p of this.digitStarts(dash)) if (at(v, p)) out.push(p);
    return out;
  }
  /** Where a month word can open a match of the month-first date patterns: the start of a run of ASCII letters that
   * is a month word (any case), with no word character before it. Such runs lie in month tokens, in tokens with letters
   * and digits, or in tokens with an apostrophe, a hyphen or a character beyond ASCII (monthIdx). */
  private monthStartList: number[] | undefined;
  monthStarts(): number[] {
    if (this.monthStartList) return this.monthStartList;
    const v = this.v;
    const out: number[] = [];
    for (const i of this.monthIdx) {
      const t = this.toks[i] as Tok;
      const end = t.s + t.w.length;
      for (let p = t.s; p < end; p++) {
        if (!isAsciiLetter(v.charCodeAt(p))) continue;
        let e = p + 1;
        while (e < end && isAsciiLetter(v.charCodeAt(e))) e++;
        const b = p > 0 ? v.charCodeAt(p - 1) : 32;
        if (!(b === 95 || (b < 128 && isWordCode(b))) && e - p >= 3 && e - p <= 9 && MONTH_WORDS.has(v.slice(p, e).toLowerCase())) out.push(p);
        p = e - 1;
      }
    }
    this.monthStartList = out;
    return out;
  }
  /** Where the day-first month date patterns (dDayMonth, dDayMonDash, dYearMonDay) can match: digits with no word
   * character before them from which only digits, blanks, - / and the letters of st nd rd th and "of" lead to a month
   * start. */
  dayMonthStarts(): number[] {
    const v = this.v;
    const months = this.monthStarts();
    const out: number[] = [];
    let k = 0;
    for (const p of this.digitStarts(true)) {
      while (k < months.length && (months[k] as number) <= p) k++;
      if (k >= months.length) break;
      const q = months[k] as number;
      let x = p;
      while (x < q && isDayMonthChar(v.charCodeAt(x))) x++;
      if (x === q) out.push(p);
    }
    return out;
  }
  /** RE.street.exec(v) from lastIndex `from`: the pattern is tried, sticky, at the digit starts only, and only where a
   * street suffix opens one of the five groups of letters after the number (a condition every match meets). */
  streetExec(from: number): RegExpExecArray | null {
    const starts = this.digitStarts();
    const v = this.v;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < starts.length; k++) {
      const p = starts[k] as number;
      if (!streetPossible(v, p)) continue;
      STREET_Y.lastIndex = p;
      const m = STREET_Y.exec(v);
      if (m) return m;
    }
    return null;
  }
  /** /(?:stra(?:ß|ss)e|str\.|weg|gasse|allee|platz|laan|straat|gracht|gatan|vägen|vej|veien|gate) \d/.test(v), or the
   * two-word form ("Schoenhauser Allee 118", JOINED_STREET_WORD_TWO): a " 1" of the text is a token with digits opening
   * after a space; the word before must end in one of e . g z n t j. */
  joinedStreetWord(): boolean {
    const v = this.v;
    for (const xi of this.xIdx) {
      const t = this.toks[xi] as Tok;
      const p = t.s - 1;
      if (p < 1 || v.charCodeAt(p) !== 32 || !isDigitCode(v.charCodeAt(t.s))) continue;
      const c = v.charCodeAt(p - 1);
      if (c !== 101 && c !== 46 && c !== 103 && c !== 122 && c !== 110 && c !== 116 && c !== 106) continue;
      // (And the character before it: the words end in "ße", "se", "ee", "te", "r.", "eg", "ng", "tz", "an", "en", "at", "ht" or "ej".)
      if (!JOINED_STREET_ENDS.has((v.charCodeAt(p - 2) << 16) | c)) continue;
      if (JOINED_STREET_WORD.test(v.slice(Math.max(0, p - 8), p)) || JOINED_STREET_WORD_TWO.test(v.slice(Math.max(0, p - 14), p))) return true;
    }
    return false;
  }
  /** v.matchAll(SIGN_INITIALS): its capitals are a token of two or three capitals after a dash (and at most one
   * blank), the dash at the start of the text or after a blank, where the match starts; tried there only. */
  signInitials(): RegExpExecArray[] {
    const v = this.v;
    const out: RegExpExecArray[] = [];
    let lastEnd = 0;
    for (const t of this.toks) {
      if (t.shape !== 'U' || t.w.length < 2 || t.w.length > 3) continue;
      let d = t.s - 1;
      if (d >= 0 && (v.charCodeAt(d) === 32 || v.charCodeAt(d) === 9)) d--;
      if (d < 0) continue;
      const c = v.charCodeAt(d);
      if (c !== 45 && c !== 0x2013 && c !== 0x2014) continue;
      let p = d;
      if (d > 0) {
        const b = v.charCodeAt(d - 1);
        if (b !== 32 && b !== 9) continue;
        p = d - 1;
      }
      if (p < lastEnd) continue;
      SIGN_INITIALS_Y.lastIndex = p;
      const m = SIGN_INITIALS_Y.exec(v);
      if (m) {
        out.push(m);
        lastEnd = m.index + m[0].length;
      }
    }
    return out;
  }
  /** /[[({<] *at *[\])}>]/i.test(v), read around the tokens "at". */
  bracketAt(): boolean {
    const v = this.v;
    for (const i of this.atIdx) {
      const t = this.toks[i] as Tok;
      let a = t.s - 1;
      while (a >= 0 && v.charCodeAt(a) === 32) a--;
      if (a < 0) continue;
      const c = v.charCodeAt(a);
      if (c !== 91 && c !== 40 && c !== 123 && c !== 60) continue;
      let b = t.e;
      while (b < v.length && v.charCodeAt(b) === 32) b++;
      const d = v.charCodeAt(b);
      if (d === 93 || d === 41 || d === 125 || d === 62) return true;
    }
    return false;
  }
  /** AT_USER.test(v): a user name with a dot, underscore or digit, " at ", a domain. A match of its tail
   * /\s+at\s+[\w-]+\.[a-z]{2,}/i starts at the whitespace before a token "at"; the user name is read back from there. */
  atUser(): boolean {
    const v = this.v;
    for (const i of this.atIdx) {
      const t = this.toks[i] as Tok;
      if (t.s === 0 || !isSpace(v.charCodeAt(t.s - 1))) continue;
      AT_USER_AFTER.lastIndex = t.e;
      if (!AT_USER_AFTER.test(v)) continue;
      let r0 = t.s - 1;
      while (r0 > 0 && isSpace(v.charCodeAt(r0 - 1))) r0--;
      for (let x = r0 - 1; x >= 0; x--) {
        const c = v.charCodeAt(x);
        if (c >= 128 || !AT_USER_RUN[c]) break;
        if (AT_USER_KEY[c]) return true;
      }
    }
    return false;
  }
  stickyAt(re: RegExp, bit: number, skip?: RegExp): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    if (!(this.seen & bit)) return out;
    let after = 0;
    // Only the tokens that carry one of the sticky triggers (a short list, built once).
    if (!this.triggered) {
      this.triggered = [];
      const toks = this.toks;
      for (const i of this.stickyIdx) {
        const t = toks[i] as Tok;
        if (!(t.f & STICKY_BITS)) continue;
        // Common words that open a label only with a second word ("lab id", "pump serial", "prior auth #"): look at it once.
        if (t.f & T.LABEL && LABEL_NEEDS_NEXT.has(t.k) && !this.labelNext(t, toks[i + 1])) {
          t.f &= ~T.LABEL;
          if (!(t.f & STICKY_BITS)) continue;
        }
        // Facility words that are common in lower case ("home", "open", "station") open a facility's head only capitalized.
        // (Everyday words that open the heads of stop 14, "Blood Center", "High School", "Tire Shop", only in title case.)
        if (t.f & T.FACILITY && ((t.shape === 'L' && FACILITY_FIRST_CAPITALIZED.has(t.k)) || (t.shape !== 'T' && FACILITY_FIRST_TITLE.has(t.k)))) {
          t.f &= ~T.FACILITY;
          if (!(t.f & STICKY_BITS)) continue;
        }
        this.triggered.push(t);
      }
    }
    // The tokens of this trigger only (one list per trigger bit, built on first use).
    let list = this.byBit.get(bit);
    if (!list) {
      list = this.triggered.filter((t) => (t.f & bit) !== 0);
      this.byBit.set(bit, list);
    }
    for (const t of list) {
      if (t.s < after) continue;
      // (Stop 30, speed: `skip`, a small sticky expression that holds only where `re` cannot match: common first words
      // without the word that must follow them, "pt" without "id" or "#", "family" without "Practice" or another
      // word of a head.)
      if (skip !== undefined) {
        skip.lastIndex = t.s;
        if (skip.test(this.v)) continue;
      }
      re.lastIndex = t.s;
      const m = re.exec(this.v);
      if (m) {
        out.push(m);
        after = m.index + m[0].length;
      }
    }
    return out;
  }

  /** "City, ST 12345" matches, found from the state tokens (much cheaper than scanning every capital). */
  cityStateMatches(): RegExpExecArray[] {
    const toks = this.toks;
    const v = this.v;
    const out: RegExpExecArray[] = [];
    let doneUpTo = 0;
    const re = RE.cityStateY;
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i] as Tok;
      if (t.s < doneUpTo) continue;
      // (A token of two capitals is a state abbreviation when its key is one in lower case.)
      const isState = (t.shape === 'U' && t.w.length === 2 && (t.m & M.STATE_ABBR_LOWER) !== 0) || ((t.shape === 'T' || t.shape === 'U') && (t.m & M.STATE_FIRST_WORDS) !== 0);
      if (!isState) continue;
      let j = i - 1;
      let first = -1;
      for (let n = 0; n < 4 && j >= 0; n++, j--) {
        const c = toks[j] as Tok;
        if (c.shape !== 'T' && c.shape !== 'U' && c.shape !== 'I') break;
        // /^(?:,\s*|\s+)$/ before the state, /^[ -]$/ between the words of the city.
        const gs = c.e;
        const ge = (toks[j + 1] as Tok).s;
        if (j === i - 1 ? !(spaces(v, gs, ge) || (ge > gs && v.charCodeAt(gs) === 44 && (ge === gs + 1 || spaces(v, gs + 1, ge)))) : !(ge - gs === 1 && (v.charCodeAt(gs) === 32 || v.charCodeAt(gs) === 45))) break;
        first = j;
      }
      if (first < 0) continue;
      for (let k = first; k < i; k++) {
        re.lastIndex = (toks[k] as Tok).s;
        const m = re.exec(v);
        if (m && m.index + m[0].length >= t.e) {
          out.push(m);
          doneUpTo = m.index + m[0].length;
          break;
        }
      }
    }
    return out;
  }

  tokenIndexBefore(pos: number): number {
    // Binary search: last token ending at or before pos.
    let lo = 0;
    let hi = this.toks.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.toks[mid] as Tok).e <= pos) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }

  // --- names -------------------------------------------------------------------------------------
  known(t: Tok): boolean {
    if (t.f & NAME_BITS) return true;
    const k = t.k;
    if (k.includes('-')) {
      // Garcia-Lopez, O'Brien-Smith: every part capitalized and a name.
      if (!/^\p{Lu}[^-]*(?:-\p{Lu}[^-]*)+$/u.test(t.w)) return false;
      return t.w.split('-').every((p) => p.length >= 2 && !EPONYMS.has(p.toLowerCase()) && this.known({ s: t.s, e: t.e, shape: t.shape, possessive: t.possessive, capitals: t.capitals, w: p, k: p.toLowerCase(), f: this.fl(p.toLowerCase()), m: memberBits(p.toLowerCase()) }));
    }
    if (k.includes("'") || k.includes('\u2019')) {
      // O'Brien, D'Angelo, L'Esperance -- not "I'm" or "Con't".
      const parts = k.split(/['\u2019]/);
      if (parts.length !== 2 || !/^(?:o|d|l|de|di|da|du|mc|mac)$/.test(parts[0] as string)) return false;
      const tail = parts[1] as string;
      const joined = parts.join('');
      return (this.fl(joined) & (L.LAST | L.OTHER)) !== 0 || (tail.length > 2 && (this.fl(tail) & (L.LAST | L.OTHER)) !== 0);
    }
    return false;
  }
  fl(k: string): number {
    return this.lex.flags.get(k) ?? 0;
  }
  /** Stop 31: in a text typed in lower case, whether a token's lower-case letters (1 to 6 of them) may be a code's letters
   * that the same text in capitals would show as capitals ("kb/26/044172", "mdcn/r/44102"): no word the lexicon knows,
   * no function word, no clinical word. False in any other text (there, capitals tell). */
  lowerCodeLetters(t: Tok): boolean {
    if (!this.lowerTyped || t.shape !== 'L' || t.e - t.s > 6) return false;
    const k = t.k;
    return (this.fl(k) & L.WORD) === 0 && !FUNCTION_WORDS.has(k) && !clinicalWord(k);
  }
  /** Stop 31: whether no run of two letters or more in a lower-case value is a word, everyday, function or clinical
   * ("inc0447192", "dxc-77q4-p2"; not "for2025", "bid-4471"). */
  lowerCodeValue(g: string): boolean {
    for (const m of g.matchAll(/[a-z]{2,}/g)) {
      const k = m[0];
      if ((this.fl(k) & L.WORD) !== 0 || FUNCTION_WORDS.has(k) || clinicalWord(k)) return false;
    }
    return true;
  }
  /** Stop 35: a value read through the view in capitals in a text typed in lower case, without its last groups of
   * letters that are words ("lkm482 to", "rkl 4417 in"): what is left when every run of letters in it is no word, else
   * undefined. */
  lowerCodeTrim(g: string): string | undefined {
    let x = g;
    for (;;) {
      if (this.lowerCodeValue(x.toLowerCase())) return x;
      const m = /[ -][A-Za-z]+$/.exec(x);
      if (m === null) return undefined;
      x = x.slice(0, m.index);
    }
  }
  /** Whether the gazetteer knows a place of this lower-case name (words joined by single spaces). */
  knownPlace(key: string): boolean {
    return key.includes(' ') ? this.lex.places.has(key) : (this.fl(key) & L.PLACE) !== 0;
  }
  /** A known name that is not a common word. */
  evidence(t: Tok): boolean {
    if (t.shape === 'I' || !this.known(t) || this.common(t) || ((t.m & M.NOT_PERSON) !== 0)) return false;
    return !this.capsDoc || (t.f & (L.COMMON_SURNAME | L.FIRST)) !== 0;
  }
  /** Whether the token after i is a verb's base form in lower case, one space away ("Will follow", "Will start"). */
  baseVerbAfter(i: number): boolean {
    const nx = this.toks[i + 1];
    return !!nx && nx.shape === 'L' && BASE_VERBS.has(nx.k) && oneSpace(this.v, (this.toks[i] as Tok).e, nx.s);
  }
  common(t: Tok): boolean {
    if (t.f & L.WORD) return true;
    if (t.k.includes('-')) return t.k.split('-').every((p) => (this.fl(p) & L.WORD) !== 0);
    return false;
  }
  isFirst(t: Tok): boolean {
    return (t.f & (L.FIRST | L.OTHER)) !== 0;
  }
  isLast(t: Tok): boolean {
    return (t.f & (L.LAST | L.OTHER)) !== 0 || ((t.k.includes("'") || t.k.includes('-')) && this.known(t));
  }
  /** A token that may be part of a name in a name position. */
  nameish(t: Tok, allowUpper: boolean): boolean {
    if (t.shape === 'I') return this.v.charCodeAt(t.e) === 46 || !((t.m & M.NOT_NAME) !== 0);
    if (((t.m & M.NOT_NAME) !== 0) || ((t.m & M.TITLES) !== 0) || ((t.m & M.STATE_WORDS) !== 0) || t.f & L.COUNTRY) return false;
    if (t.shape === 'T') return !this.abbrevLike(t);
    if (t.shape === 'U') return allowUpper || this.capsDoc || (t.w.length >= 3 && this.known(t) && !this.common(t));
    // In text typed all in lower case, a known name that is not a word.
    return this.lowerDoc && t.shape === 'L' && t.w.length >= 3 && (t.f & (L.FIRST | L.COMMON_SURNAME)) !== 0 && !this.common(t);
  }
  gapOk(a: Tok, b: Tok): boolean {
    if (a.possessive) return false;
    // /^(?:\.?[ \t]{1,3}|\.|-)$/ over the gap (whatever starts it, such a gap passes the rest of the old test).
    const v = this.v;
    let x = a.e;
    const len = b.s - x;
    if (len === 1) {
      const c = v.charCodeAt(x);
      return c === 32 || c === 9 || c === 46 || c === 45;
    }
    if (len < 1 || len > 4) return false;
    if (v.charCodeAt(x) === 46) x++;
    if (b.s - x > 3) return false;
    for (; x < b.s; x++) {
      const c = v.charCodeAt(x);
      if (c !== 32 && c !== 9) return false;
    }
    return true;
  }
  /** Extends a name from token i: returns the index of the last token, or -1. */
  grab(i: number, max: number, allowUpper: boolean): number {
    const toks = this.toks;
    let t0 = toks[i];
    // "Dr. de la Cruz": surname particles may open the name.
    while (t0 && t0.shape === 'L' && ((t0.m & M.PARTICLES) !== 0) && toks[i + 1] && this.gapOk(t0, toks[i + 1] as Tok)) {
      i++;
      t0 = toks[i];
    }
    if (!t0 || !this.nameish(t0, allowUpper)) return -1;
    let end = i;
    let n = 1;
    for (let j = i + 1; j < toks.length && n < max; j++) {
      const prev = toks[j - 1] as Tok;
      const t = toks[j] as Tok;
      if (!this.gapOk(prev, t)) break;
      // Two spaces or a tab separate columns of a form ("María Esparza  Fecha: ..."), not parts of a name.
      if (prev.shape !== 'I' && columnGap(this.v, prev.e, t.s)) break;
      if (t.shape === 'L' && ((t.m & M.PARTICLES) !== 0)) {
        const nx = toks[j + 1];
        if (nx && this.gapOk(t, nx) && (nx.shape === 'T' || nx.shape === 'U' || arabicPrefixed(nx.w))) continue;
        // Two particles, then the name: "de la Cruz", "de los Angeles", "van der Merwe".
        const n2 = toks[j + 2];
        if (nx && n2 && nx.shape === 'L' && (nx.m & M.PARTICLES) !== 0 && this.gapOk(t, nx) && this.gapOk(nx, n2) && (n2.shape === 'T' || n2.shape === 'U')) continue;
        break;
      }
      if (t.shape === 'L' && arabicPrefixed(t.w) && !prev.possessive && this.gapOk(prev, t)) {
        // "al-Harbi", "el-Sayed", "bin-Laden" after a name.
        end = j;
        n++;
        continue;
      }
      if (!this.nameish(t, allowUpper) || ((t.m & M.MONTH_WORDS) !== 0)) {
        // "Fr. Timothy Ward": a common surname that is also a clinical word ends a name after a given name (not "Ward 5").
        if (t.shape === 'T' && (t.m & M.NOT_NAME) !== 0 && (t.f & L.COMMON_SURNAME) !== 0 && oneSpace(this.v, prev.e, t.s) && prev.shape === 'T' && (prev.f & L.FIRST) !== 0 && !((prev.m & M.NOT_NAME) !== 0) && !/^[ \t]*[#\d]/.test(this.v.slice(t.e, t.e + 3))) end = j;
        break;
      }
      // "W/o" (wife of), "Gr 7", "Rm 4": an initial before a slash, a short word before a number, end the name.
      if ((t.shape === 'I' && this.v.charCodeAt(t.e) === 47) || (t.shape !== 'I' && t.w.length <= 3 && !(t.f & (L.LAST | L.COMMON_SURNAME)) && /^ \d/.test(this.v.slice(t.e, t.e + 2)))) break;
      if (t.shape === 'U' && !this.capsDoc && t0.shape !== 'U') break;
      if (t.shape === 'T' && this.common(t) && !this.known(t)) break;
      if (this.capsDoc && this.common(t) && !(t.f & L.FIRST)) break;
      // A name in capitals in a note that is not: a common word in capitals after it is the sentence going on ("DR JONES AWARE").
      if (t.shape === 'U' && t0.shape === 'U' && !this.capsDoc && this.common(t) && !(t.f & NAME_BITS)) break;
      // A capitalized sentence start after a full stop is not part of the name ("Dr. Lewis. Continue").
      if (dotSpace(this.v, prev.e, t.s) && prev.shape !== 'I' && !((prev.m & M.TITLES) !== 0)) break;
      end = j;
      n++;
    }
    // Trailing initial without a period is fine; a trailing lone particle is not possible here.
    return end;
  }
  addName(i: number, j: number, p: number): void {
    const a = this.toks[i] as Tok;
    const b = this.toks[j] as Tok;
    this.add(a.s, b.e, 'NAME', p);
  }
  sentenceStart(i: number): boolean {
    const t = this.toks[i] as Tok;
    const prev = this.toks[i - 1];
    const gap = this.v.slice(prev ? prev.e + (prev.possessive ? 2 : 0) : 0, t.s);
    return !prev || /[.!?:;\n*\-]\s*$|^\s*$/.test(gap) && /[.!?:;\n*\-]|^$/.test(gap.trim() || (prev ? '' : ''));
  }
  /** Token i follows a context word ("with john smith", "pt: ..."). */
  afterContextAt(i: number): boolean {
    const toks = this.toks;
    const prevTok = toks[i - 1];
    const t = toks[i] as Tok;
    return (
      !!prevTok &&
      (((prevTok.m & M.STRONG_CONTEXT) !== 0) || ((prevTok.m & M.WEAK_CONTEXT) !== 0) || (prevTok.k === 'is' && toks[i - 2]?.k === 'this')) &&
      blanksColonComma(this.v, prevTok.e, t.s)
    );
  }
  /** A known name part, an initial or a credential among the next tokens (an unknown word may start a name). */
  nameNear(i: number): boolean {
    for (let j = i + 1; j <= i + 3 && j < this.toks.length; j++) {
      const t = this.toks[j] as Tok;
      // (Stop 28, speed: the shape, the cheaper test, before the gap; either ends the look.)
      if (t.shape === 'L' || t.shape === 'X') break;
      if (!this.gapOk(this.toks[j - 1] as Tok, t)) break;
      if (t.shape === 'I' || t.f & NAME_BITS) return true;
    }
    // "Park, Sarah": surname, comma, a capitalized known name.
    const t = this.toks[i] as Tok;
    const nx = this.toks[i + 1];
    if (nx && nx.f & NAME_BITS && nx.shape === 'T' && commaGap(this.v, t.e, nx.s)) return true;
    return this.credentialAfter(i) || (i + 1 < this.toks.length && this.credentialAfter(i + 1));
  }
  /** A credential ("MD", ", RN") follows token j. */
  credentialAfter(j: number): boolean {
    const last = this.toks[j] as Tok;
    const nx = this.toks[j + 1];
    if (!nx || nx.s - last.e > 4 || nx.shape === 'L' || nx.shape === 'X' || !((nx.m & M.CREDENTIAL_TOKENS) !== 0)) return false;
    const rest = this.v.slice(last.e, last.e + 20);
    const cm = CREDENTIAL_RE.exec(rest);
    if (!cm) return false;
    if (/^[ \t]+\d{5}\b/.test(rest.slice(cm[0].length))) return false;
    const cred = cm[0].replace(/[\s,.]/g, '').toLowerCase();
    if (!AMBIGUOUS_CREDENTIAL.has(cred)) return true;
    return !this.capsDoc && cm[0].includes(',') && /^(?:[\s,.;)]|$)/.test(rest.slice(cm[0].length));
  }
  /** The range stands alone: in parentheses, or on its own at the start of a line or after a colon. */
  enclosed(s: number, e: number): boolean {
    const before = this.v.slice(Math.max(0, s - 3), s);
    const after = this.v.slice(e, e + 3);
    if (!(/(?:^|[(\n:])[ \t]*$/.test(before) || s === 0 || /[ \t]$/.test(before))) return false;
    if (/^(?:[)\n]|$|[ \t]{2}|,[ \t]*\d|[ \t]+\()/.test(after)) return true;
    // Followed by a verb: "Walker, Bill seen for ...".
    const m = /^[ \t]+([a-z]+)/.exec(this.v.slice(e, e + 16));
    return !!m && SUBJECT_VERBS.has(m[1] as string);
  }
  /** "MAU", "RAI", "IgE": a short capital abbreviation or a word with an inner capital that no name prefix explains. */
  abbrevLike(t: Tok): boolean {
    if (this.capsDoc) return false;
    if (t.shape === 'U' && t.w.length <= 3) return true;
    // "HBsAb", "HCTZ-like" short forms: two capitals, then lower case.
    if (t.shape === 'T' && t.capitals > 2 && charClass(t.w.charCodeAt(1)) === 3) return true;
    return t.shape === 'T' && t.capitals > 1 && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(t.w) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|O'|D'|Fitz|Ben|Abu|El|Al)/.test(t.w);
  }
  /** A scale's name in scale context: a head word within three words ("Morse fall scale"), a score after
   * it ("Braden 16", "Mallampati II"), or a finding word next to it ("positive Romberg", "Tinel negative"). */
  scaleAt(i: number): boolean {
    const toks = this.toks;
    const t = toks[i] as Tok;
    if (!((t.m & M.SCALE_NAMES) !== 0)) return false;
    for (let j = i + 1; j <= i + 3 && j < toks.length; j++) {
      const nx = toks[j] as Tok;
      if (!/^(?:'s)?[ \t-]+$/.test(this.v.slice((toks[j - 1] as Tok).e, nx.s))) break;
      if (((nx.m & M.SCALE_HEADS) !== 0)) return true;
      if (j === i + 1 && (nx.shape === 'X' || /^(?:i{1,3}|iv|positive|negative|pos|neg)$/.test(nx.k))) return true;
      if (nx.shape === 'X' || ((nx.m & M.NOT_NAME) !== 0)) break;
    }
    const pv = toks[i - 1];
    if (pv && /^(?:positive|negative|pos|neg|modified|abnormal|normal)$/.test(pv.k) && blanks(this.v, pv.e, t.s)) return true;
    return /^(?:'s)?[ \t]*(?:[:=][ \t]*)?(?:\d|[+-](?:ve)?\b)/.test(this.v.slice(t.e, t.e + 6));
  }
  eponymAt(i: number): boolean {
    const t = this.toks[i] as Tok;
    if (EPONYMS.has(t.k.endsWith("'s") ? t.k.slice(0, -2) : t.k) || this.scaleAt(i)) return true;
    // A score name before its value ("Barthel 75/100", "MoCA 21/30").
    const c1 = this.v.charCodeAt(t.e + 1);
    if (this.v.charCodeAt(t.e) === 32 && c1 >= 48 && c1 <= 57) {
      const sc = /^[ \t]+(\d{1,3}\/\d{1,3})\b/.exec(this.v.slice(t.e, t.e + 12));
      if (sc && !looksLikeDate(sc[1] as string)) return true;
    }
    const nx = this.toks[i + 1];
    // (Stop 31: after a word in capitals, a head in capitals too: "PASSEY MUIR VALVE", "QUINTON CATH".)
    if (nx && (nx.shape !== 'U' || t.shape === 'U') && ((nx.m & M.EPONYM_HEADS) !== 0) && /^[ \t-]+$/.test(this.v.slice(t.e + (t.possessive ? 2 : 0), nx.s))) return true;
    // "Bell's palsy": a possessive before a lower-case word reads as an eponym, unless a given name
    // stands right before it ("Dolores Whitfield's chart" is a person's chart).
    if (t.possessive && nx && nx.shape === 'L') {
      const pv = this.toks[i - 1];
      const afterGiven = !!pv && (pv.shape === 'T' || pv.shape === 'U') && (pv.f & L.FIRST) !== 0 && blanks(this.v, pv.e, t.s);
      if (!afterGiven) return true;
    }
    return false;
  }

  /** A head noun right after the token ("Foley catheter", "Braden score"). */
  eponymHeadAt(i: number): boolean {
    const t = this.toks[i] as Tok;
    const nx = this.toks[i + 1];
    return !!nx && nx.shape !== 'U' && ((nx.m & M.EPONYM_HEADS) !== 0) && /^[ \t-]+$/.test(this.v.slice(t.e + (t.possessive ? 2 : 0), nx.s));
  }

  /** Name parts found by names(): their other occurrences count too. */
  readonly found = new Set<string>();
  /** Names found typed in lower case: their other lower-case occurrences count too. */
  readonly foundLower = new Set<string>();
  /** Marks tokens i..j as a name with priority p and remembers its parts. */
  markName(i: number, j: number, p: number): void {
    // "pt. Will follow", "Will start MSO4 gtt": the modal verb, not the given name, before a verb's base form.
    if (i === j && (this.toks[i] as Tok).k === 'will' && this.baseVerbAfter(i)) return;
    this.addName(i, j, p);
    const toks = this.toks;
    for (let x = i; x <= j; x++) {
      const t = toks[x] as Tok;
      // Facility head words ("Hospice" of "Golden Valley Hospice, RN ...") are not propagated as names.
      // Nor are particles ("de", "los" of "Maria de los Angeles"): they are no name on their own.
      if (t.shape !== 'I' && t.k.length >= 2 && !this.common(t) && !((t.m & M.EPONYMS) !== 0) && !(t.f & T.FACILITY) && !(t.shape === 'L' && (t.m & M.PARTICLES) !== 0)) {
        this.found.add(t.k);
        if (t.shape === 'L') this.foundLower.add(t.k);
      }
    }
  }
  /** R3: a context word (token i) and a name after it ("Son Wright, Grace", "Patient: Ana Nguyen", "this is Olga"):
   * marks the name and returns its last token, or -1. */
  contextName(i: number): number {
    const toks = this.toks;
    const v = this.v;
    const t = toks[i] as Tok;
    const next = toks[i + 1];
    const strong = ((t.m & M.STRONG_CONTEXT) !== 0);
    // "this is Olga", "her name was Crystal".
    const kl = t.k.length;
    const thisIs = (kl === 2 || kl === 3) && (t.k === 'is' || t.k === 'was') && i > 0 && ((toks[i - 1] as Tok).k === 'this' || (toks[i - 1] as Tok).k === 'name');
    if ((strong || ((t.m & M.WEAK_CONTEXT) !== 0) || thisIs) && next) {
      const gs = t.e + (t.possessive ? 2 : 0);
      const abbrevDot = t.k === 'pt' && v.charCodeAt(gs) === 46 && blanks(v, gs + 1, next.s);
      if ((abbrevDot || contextGap(v, gs, next.s)) && (strong || !hasChar(v, gs, next.s, 10))) {
        return this.contextNameAt(i, gs, strong, thisIs);
      }
    }
    return -1;
  }
  /** R3 after its context word (token i) and the gap after it (from gs): marks the name and returns its last token, or -1.
   * (Stop 19: out of contextName, which keeps the cheap tests of the context word and its gap.) */
  contextNameAt(i: number, gs: number, strong: boolean, thisIs: boolean): number {
    const toks = this.toks;
    const v = this.v;
    const t = toks[i] as Tok;
    const next = toks[i + 1] as Tok;
    let k = i + 1;
    const tk = toks[k] as Tok;
    if (((tk.m & M.TITLES) !== 0)) k++;
    // "Interpreter: Mandarin, Wei Zhang": a language before the name is no part of it.
    const lang = toks[k];
    if (lang && ((lang.m & M.NOT_PERSON) !== 0) && toks[k + 1] && commaGap(v, lang.e, (toks[k + 1] as Tok).s)) k++;
    const first = toks[k];
    // "RN Beaulieu", "SW Hollis": a role abbreviation needs a capitalized name that is no word ("RN PLACED FOLEY").
    const roleStrict = !((t.m & M.ROLE_ABBR) !== 0) || (!!first && (first.shape === 'T' || (this.capsDoc && first.shape === 'U' && this.known(first))) && !this.common(first) && !((first.m & M.EPONYMS) !== 0));
    // "Coordinator: Hope Achebe": after a role label with its colon, a given name that is also a word opens a name of two words or more.
    const second = first ? toks[k + 1] : undefined;
    const roleLoose =
      !roleStrict &&
      !!first &&
      first.shape === 'T' &&
      (first.f & L.FIRST) !== 0 &&
      !((first.m & M.EPONYMS) !== 0) &&
      (hasChar(v, gs, next.s, 58) ||
        // "RN Guy Winter: 401, 402" (a roster): a role, a given name and a surname, then a colon or a comma.
        (!!second && second.shape === 'T' && (second.f & (L.LAST | L.COMMON_SURNAME)) !== 0 && oneSpace(v, first.e, second.s) && /^[ \t]*[:,]/.test(v.slice(second.e, second.e + 3))));
    const roleOk = roleStrict || roleLoose;
    if (roleOk && first && !((first.m & M.TITLES) !== 0) && (first.shape !== 'L' || (this.lowerDoc && this.nameish(first, false)) || ((first.m & M.PARTICLES) !== 0))) {
      const allowUpper = strong && t.shape !== 'U';
      let j = this.grab(k, 4, allowUpper);
      if (roleLoose && j === k) j = -1;
      if (j >= 0) return this.contextNameFrom(i, k, j, gs, strong, thisIs);
    }
    return -1;
  }
  /** R3 after its context word (token i) and the first name token k, grabbed to token j0: marks the name and returns its
   * last token, or -1. (Stop 19: out of contextName, as is mediumNameOk: the rules a deoptimization recompiles are
   * smaller units.) */
  contextNameFrom(i: number, k: number, j0: number, gs: number, strong: boolean, thisIs: boolean): number {
    const toks = this.toks;
    const v = this.v;
    const t = toks[i] as Tok;
    const next = toks[i + 1] as Tok;
    let j = j0;
    // "Wright, Grace" (surname, given name).
    const after = toks[j + 1];
    const sameShape = after && (after.shape === 'T' || (after.shape === 'U' && (toks[j] as Tok).shape === 'U'));
    let lastFirst = false;
    if (after && j === k && commaGap(v, (toks[j] as Tok).e, after.s) && sameShape && !((after.m & M.NOT_NAME) !== 0) && (this.isFirst(after) || (strong && !this.common(after)))) {
      const j2 = this.grab(j + 1, 2, after.shape === 'U');
      if (j2 >= 0) {
        j = j2;
        lastFirst = true;
      }
    }
    // (Stop 31: the name ends before a word of the clinical vocabulary, of three letters or more, that no lexicon knows as
    // a name and is no credential: "PT JUNE THOMPSON AMBULATED WITH PT", "PT REMAINS ON CEFTRIAXONE QD"; none is left when
    // it opens the run.)
    for (let x = k; x <= j; x++) {
      const tx = toks[x] as Tok;
      if (tx.shape !== 'I' && tx.k.length >= 3 && (tx.f & NAME_BITS) === 0 && (tx.m & M.CREDENTIAL_TOKENS) === 0 && clinicalEntry(tx.k)) {
        j = x - 1;
        // (A letter without its point left at the end goes too: "L ICA", "PT R SUBCLAVIAN".)
        while (j >= k && (toks[j] as Tok).shape === 'I' && v.charCodeAt((toks[j] as Tok).e) !== 46) j--;
        if (j < k) return -1;
        break;
      }
    }
    let anyKnown = false;
    let allCommon = true;
    let evidence = false;
    let allEvidence = true;
    for (let x = k; x <= j; x++) {
      const tx = toks[x] as Tok;
      // A name already found in this text counts as known ("Last: OYELOWO ... contact: Folake Oyelowo").
      const known = this.known(tx) || this.found.has(tx.k);
      const ev = this.evidence(tx) || (this.found.has(tx.k) && tx.shape !== 'I');
      if (known) anyKnown = true;
      if (ev) evidence = true;
      if (tx.shape !== 'I') {
        if (!(this.common(tx) && !known)) allCommon = false;
        if (!ev) allEvidence = false;
      }
    }
    const medium = ((t.m & M.MEDIUM_CONTEXT) !== 0);
    const ok = this.capsDoc
      ? // "PT HAD FOLEY D/C'D": in capitals, a name opens with no common word that is no given name.
        evidence && (strong || thisIs || j > k) && (strong || thisIs || allEvidence) && !(this.common(toks[k] as Tok) && !((toks[k] as Tok).f & L.FIRST))
      : medium
        ? this.mediumNameOk(i, k, j, gs, lastFirst, evidence, anyKnown)
        : strong || thisIs
        ? !allCommon || anyKnown
        : anyKnown && evidence && !(j === k && (this.common(toks[k] as Tok) || this.eponymAt(k) || this.abbrevLike(toks[k] as Tok)));
    // "Interpreter (Amharic)": a language, a make or a maker alone is no name; nor is a diagnosis after a
    // relative in a family history ("father MI at 54", "mother CVA").
    // (Stop 16: "Patient: My wife is here": a possessive word opening a sentence is no name.)
    const opener = j === k && POSSESSIVE_OPENERS_16.has((toks[k] as Tok).k) && toks[k + 1] !== undefined && (toks[k + 1] as Tok).shape === 'L' && oneSpace(v, (toks[k] as Tok).e, (toks[k + 1] as Tok).s);
    if (ok && j === k && k === i + 1 && !strong && !thisIs && !medium && this.lowerTyped && lowerWeakCue18(this, i)) return -1;
    // (Stop 27: a relative, a colon, then words that are all everyday words and none a given name: a family history's
    // diagnosis, "Mother: Breast Cancer at 45.", "Granny: Macular Degeneration.", not "Mother: Rose Hart".)
    if (ok && (t.m & M.LOWER_NAME_CUE) !== 0 && hasChar(v, gs, next.s, 58) && this.familyHistoryWords27(k, j)) return -1;
    if (ok && (this.clinicalThing31(i, k, j, gs, strong, thisIs) || (j === k && KIN_STATUS_31.has((toks[k] as Tok).k)))) return -1;
    if (ok && !opener && !(j === k && (toks[k] as Tok).shape === 'U' && NOT_NAME_CAPS.has((toks[k] as Tok).w) && !hasChar(v, gs, next.s, 58)) && !(j === k && (((toks[k] as Tok).m & M.NOT_PERSON) !== 0)) && !(j === k && (((toks[k] as Tok).m & M.MONTH_WORDS) !== 0) && /^\s*\d/.test(v.slice((toks[k] as Tok).e)))) {
      this.markName(k, j, this.credentialAfter(j) ? 74 : strong || thisIs ? 70 : 64);
      return j;
    }
    return -1;
  }
  /**
   * (Stop 31: contextNameFrom.) Whether the words k..j after the context word i are a thing of care, not a person, with
   * no colon between ("Son: Quinton" stays): a side's letter and a word of the clinical vocabulary (data/clinical-vocab.ts:
   * devices and eponymous devices, vessels, drugs and their short forms, eponymous signs), "to L ICA"; one word of it or
   * an eponym after a weak context word ("with LIMA to LAD", "stent to RAMUS", "covered per RISS", "and hoyer back to
   * bed") or a possessive one ("pt's foley"), where a given name stays a name after a weak word ("from Quinton"). Or,
   * after "pt"/"patient" (no colon, no possessive), one word then an object's determiner: a verb, however misspelt ("PT
   * DEINES ANY PAIN").
   */
  clinicalThing31(i: number, k: number, j: number, gs: number, strong: boolean, thisIs: boolean): boolean {
    const toks = this.toks;
    const t = toks[i] as Tok;
    const w = toks[k] as Tok;
    const v = this.v;
    if (hasChar(v, gs, w.s, 58) || thisIs) return false;
    if (j === k + 1 && w.shape === 'I' && (w.k === 'r' || w.k === 'l') && v.charCodeAt(w.e) !== 46 && clinicalEntry((toks[j] as Tok).k)) return true;
    if (j !== k) return false;
    if (t.possessive || !strong) {
      if ((w.m & M.EPONYMS) !== 0 || (clinicalEntry(w.k) && (t.possessive || (w.f & L.FIRST) === 0))) return true;
    }
    if (!t.possessive && (t.k === 'pt' || t.k === 'patient') && !w.possessive && this.toks[k + 1] !== undefined) {
      const nx = this.toks[k + 1] as Tok;
      return OBJECT_DETERMINERS_31.has(nx.k) && oneSpace(v, w.e, nx.s) && (w.f & L.FIRST) === 0;
    }
    return false;
  }
  /** Whether tokens k..j are all everyday words of the word list and none a given name (stop 27, contextNameFrom). */
  familyHistoryWords27(k: number, j: number): boolean {
    for (let x = k; x <= j; x++) {
      const tx = this.toks[x] as Tok;
      if (tx.shape === 'I' || (tx.f & L.WORD) === 0 || (tx.f & L.FIRST) !== 0) return false;
    }
    return true;
  }
  /** R3 after a context word of medium strength (MEDIUM_CONTEXT): whether tokens k..j make a name. */
  mediumNameOk(i: number, k: number, j: number, gs: number, lastFirst: boolean, evidence: boolean, anyKnown: boolean): boolean {
    const toks = this.toks;
    const v = this.v;
    const next = toks[i + 1] as Tok;
    return (
      evidence ||
      (j > k && anyKnown) ||
      // "Patient: Brennagh, Ottoline" alone on its line: surname, comma, given name, no common word.
      (lastFirst && !this.common(toks[k] as Tok) && !this.common(toks[j] as Tok) && this.enclosed((toks[k] as Tok).s, (toks[j] as Tok).e)) || (j === k && (toks[k] as Tok).shape === 'T' && ((toks[k] as Tok).f & (L.COMMON_SURNAME | L.FIRST)) !== 0) ||
      // "Patient Zarghona Haidari was seen": two or three capitalized words that are no common words, then a verb.
      (j > k && j - k <= 2 && !this.capsDoc && toks.slice(k, j + 1).every((tx) => tx.shape === 'T' && !this.common(tx) && !(tx.m & (M.NOT_PERSON | M.FACILITY_GENERIC | M.NOT_NAME))) && !!toks[j + 1] && (toks[j + 1] as Tok).shape === 'L' && ((toks[j + 1] as Tok).m & M.SUBJECT_VERBS) !== 0 && oneSpace(v, (toks[j] as Tok).e, (toks[j + 1] as Tok).s)) ||
      // "Patient: Thabo Mokoena" alone after its label: two or three capitalized words that are no common words.
      (hasChar(v, gs, next.s, 58) && j > k && j - k <= 2 && !this.capsDoc && toks.slice(k, j + 1).every((tx) => tx.shape === 'T' && !this.common(tx) && !((tx.m & M.NOT_PERSON) !== 0) && !((tx.m & M.FACILITY_GENERIC) !== 0) && !(tx.f & (L.PLACE | L.COUNTRY) && !(tx.f & NAME_BITS))) && this.enclosed((toks[k] as Tok).s, (toks[j] as Tok).e))
    );
  }
  names(): void {
    const toks = this.toks;
    const v = this.v;
    const found = this.found;
    const foundLower = this.foundLower;
    // (A method, and unnamed arrows for the callbacks: a named closure per text is costly where names are kept, as under tsx.)
    this.layoutNames((a, b, p) => this.markName(a, b, p));
    this.signOffs((a, b, p) => this.markName(a, b, p));
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Tok;
      // Fast path: most tokens are plain words that start no rule.
      if (t.shape === 'X') continue;
      const next = toks[i + 1];
      // (Stop 28, speed: the rules of the cue words behind one test of the bit, the filters of the other words behind it.)
      const cue = (t.f & T.CUE) !== 0;
      if (cue) {
        // Lower-case title + name ("mr wu", "hi dr lindqvist").
        if (((t.m & M.LOWER_TITLES) !== 0) && next && next.shape === 'L' && /^\.?[ \t]{1,2}$/.test(v.slice(t.e, next.s)) && (this.lowerNameOk(next) || this.lowerPairAt(i + 1))) {
          const j = this.lowerRun(i + 1);
          this.markName(i + 1, j, 72);
          i = j;
          continue;
        }
        // Kinship and greeting words + a lower-case name ("daughter funmi", "hi its kasia").
        // "this is kasia", "my name is bongani", "signed: rhiannon".
        if (t.shape === 'L' && (((t.m & M.LOWER_NAME_CUE) !== 0) || t.k === 'signed' || (t.k === 'is' && i > 0 && /^(?:this|name)$/.test((toks[i - 1] as Tok).k))) && next && next.shape === 'L' && /^[ \t]*[:,]?[ \t]+$/.test(v.slice(t.e, next.s)) && (this.lowerNameOk(next) || this.lowerPairAt(i + 1))) {
          const j = this.lowerRun(i + 1);
          this.markName(i + 1, j, 66);
          i = j;
          continue;
        }
        if (t.k.length >= 4 && ((t.m & M.KIN_PLURAL) !== 0)) this.nameLists(i, (a, b, p) => this.markName(a, b, p));
      } else {
        // (Stop 28: "her name was Crystal", "this was Olga" in lower case reach contextName's "this is" rule as "Was" and
        // "is" (a cue word) always did; the filter of lower-case everyday words had passed over "was".)
        if (t.shape === 'L' && ((t.f & L.WORD && !(t.f & L.FIRST)) || !(t.f & NAME_BITS)) && !(t.k === 'was' && i > 0 && ((toks[i - 1] as Tok).k === 'this' || (toks[i - 1] as Tok).k === 'name'))) continue;
        // A word that is no name, or a common word that is no given name, only matters when a name follows.
        if ((t.shape === 'T' || t.shape === 'U') && (!(t.f & NAME_BITS) || (t.f & L.WORD && !(t.f & L.FIRST))) && !this.nameNear(i)) continue;
      }
      // R1: title + name ("Dr. Lewis", "Mrs. Moore").
      if ((t.m & M.TITLES) !== 0 && next) {
        const r1 = this.titleName(i);
        if (r1 >= 0) {
          i = r1;
          continue;
        }
      }
      // R3: context word + name ("Son Wright, Grace", "Patient: Ana Nguyen", "this is Olga").
      const r3 = this.contextName(i);
      if (r3 >= 0) {
        i = r3;
        continue;
      }
      // R2: name + credential ("Amanda Hill, DO").
      if ((t.shape === 'T' || t.shape === 'U' || t.shape === 'I') && this.nameish(t, false)) {
        const r2 = this.runName(i);
        if (r2 >= 0) {
          i = r2;
          continue;
        }
      }
      // Lower-case pairs, R5b, R5.
      const r5 = this.loneName(i);
      if (r5 >= 0) i = r5;
    }
    // R6: every other occurrence of a name already found in this text.
    if (found.size) {
      // The lengths of the names found (a token whose key has none of them is no name found).
      let lengths = 0;
      for (const k of found) lengths |= 1 << Math.min(k.length, 31);
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i] as Tok;
        if ((lengths & (1 << Math.min(t.k.length, 31))) === 0) continue;
        if ((t.shape === 'L' && !foundLower.has(t.k)) || !found.has(t.k) || this.eponymAt(i)) continue;
        // (Stop 36: a particle in capitals found in a name, "ROSSI DE MARCHETTI", only beside another word of a name found:
        // "MARIA DE LOS ANGELES", not "SERVICIO DE CIRUGIA"; given names and surnames too ("BEN", "AL", "LE") as before.)
        if (t.shape === 'U' && (t.m & M.PARTICLES) !== 0 && !PARTICLE_NAMES_36.has(t.k) && !this.foundBeside36(i)) continue;
        this.add(t.s, t.e, 'NAME', 55);
      }
    }
  }
  /** (Stop 36) Whether the word before or after token i, one blank away (over other particles: "MARIA DE LOS ANGELES"),
   * written as it is, is a word of a name found. */
  foundBeside36(i: number): boolean {
    const toks = this.toks;
    const v = this.v;
    const t = toks[i] as Tok;
    for (const dir of [-1, 1]) {
      let at = t;
      for (let j = i + dir; j >= 0 && j < toks.length && j <= i + 4 && j >= i - 4; j += dir) {
        const u = toks[j] as Tok;
        const gap = dir < 0 ? at.s - u.e : u.s - at.e;
        if (gap !== 1 || v.charCodeAt(dir < 0 ? u.e : at.e) !== 32 || u.shape !== t.shape) break;
        if ((u.m & M.PARTICLES) === 0) {
          if (this.found.has(u.k)) return true;
          break;
        }
        at = u;
      }
    }
    return false;
  }
  /** R1: a title and a name after it (token i a title, a token after it): the name's last token, i when no rule is to
   * try token i further, or -1. (Stop 19: out of names(), as are runName and loneName: the rules a deoptimization
   * recompiles are smaller units than one long loop.) */
  titleName(i: number): number {
    const toks = this.toks;
    const v = this.v;
    const t = toks[i] as Tok;
    const next = toks[i + 1];
    const titleGap = next && ((t.m & M.TITLES) !== 0) ? v.slice(t.e, next.s) : '';
    if (
      ((t.m & M.TITLES) !== 0) &&
      next &&
      (t.shape === 'T' || t.k === 'dr' || (t.shape === 'U' && ((t.m & M.CORE_TITLES) !== 0))) &&
      /^\.?[ \t]{1,3}$|^\.$/.test(titleGap) &&
      (((t.m & M.CORE_TITLES) !== 0) || titleGap.startsWith('.') || t.shape === 'T')
    ) {
      if (t.k === 'sister' || t.k === 'brother' || t.k === 'father' || t.k === 'judge' || t.k === 'lady' || t.k === 'lord') {
        if (t.shape === 'L' || !this.known(next)) return i;
      }
      // "MS" in capitals is also mental status or morphine ("MS STILL FAR FROM BASELINE", "changes in MS. Aspiration
      // precautions"): before a common word that is no name, it is no title.
      // (Stop 31: nor before a word of the clinical vocabulary that is no given name, "AM MS CONTIN".)
      if (t.k === 'ms' && t.shape === 'U' && (((next.f & L.WORD) !== 0 && (next.f & NAME_BITS) === 0) || ((next.f & L.FIRST) === 0 && clinicalEntry(next.k)))) return i;
      let j = this.grab(i + 1, 4, true);
      // "Dr. April Sorensen", "Dr. June Park": a given name that is also a month, then a surname.
      const n2 = toks[i + 2];
      if (j < 0 && next.shape === 'T' && (next.m & M.MONTH_WORDS) !== 0 && (next.f & L.FIRST) !== 0 && n2 && n2.shape === 'T' && oneSpace(v, next.e, n2.s) && !((n2.m & M.MONTH_WORDS) !== 0) && this.nameish(n2, false) && !this.common(n2)) {
        const j2 = this.grab(i + 2, 3, true);
        if (j2 >= 0) j = j2;
      }
      if (j >= 0) {
        this.markName(i + 1, j, 75);
        return j;
      }
    }
    return -1;
  }
  /** (Stop 31: runName's credential rule.) Tokens i..j are one quantifier ("All MD's", "Both RNs"), or everyday words
   * that end in a conjunction ("ROUNDS SO RN"). */
  everydayRun31(i: number, j: number): boolean {
    const t = this.toks[i] as Tok;
    if (j === i) return QUANTIFIERS_31.has(t.k);
    if (!CONJUNCTIONS_31.has((this.toks[j] as Tok).k)) return false;
    for (let x = i; x <= j; x++) {
      const tx = this.toks[x] as Tok;
      if (tx.shape === 'I' || !this.common(tx)) return false;
    }
    return true;
  }
  /** R2, R4 and "Last, First" from token i (capitalized or an initial, nameish): the name's last token, or -1. */
  runName(i: number): number {
    const toks = this.toks;
    const v = this.v;
    const t = toks[i] as Tok;
    const next = toks[i + 1];
    // Find the end of a run starting here.
    const j = this.grab(i, 4, false);
    if (j >= 0) {
      if (
        this.credentialAfter(j) &&
        (j > i || this.known(t) || t.shape === 'T') &&
        !(j === i && this.common(t) && !this.known(t)) &&
        // "Mallampati III", "Killip II": an eponym and a class in Roman numerals is a grade, not a person and a suffix.
        !(j === i && (t.m & M.EPONYMS) !== 0 && /^[ \t]+(?:I{1,3}|IV|V)\b/.test(v.slice(t.e, t.e + 6))) &&
        // In ALL CAPS notes "WHILE MD'S" is no name: a single word needs name evidence.
        !(this.capsDoc && j === i && !this.evidence(t)) &&
        // (Stop 31: "DURING ROUNDS SO RN AND FAMILY", "All MD's into talk": everyday words only, the first no given name,
        // or a quantifier, before a credential are the sentence going on, not a name.)
        !this.everydayRun31(i, j)
      ) {
        this.markName(i, j, 74);
        return j;
      }
      // R4: lexicon pairs ("Grace Scott", "Tanaka, Amara", "J. Moore").
      if (j > i) {
        let known = 0;
        let uncommon = 0;
        let firstOk = false;
        for (let x = i; x <= j; x++) {
          const tx = toks[x] as Tok;
          if (tx.shape === 'I') continue;
          if (this.known(tx)) known++;
          if (!this.common(tx)) uncommon++;
        }
        firstOk = t.shape === 'I' || this.isFirst(t) || (j === i + 1 && this.evidence(t) && this.evidence(toks[j] as Tok));
        const lastTok = toks[j] as Tok;
        // An initial without its period before a common word ("L Lung") is not a name.
        const bareInitial = (t.shape === 'I' && v.charCodeAt(t.e) !== 46 && this.common(lastTok)) || (t.shape === 'I' && /(?:\/|\d[ \t]?)$/.test(v.slice(Math.max(0, t.s - 2), t.s)));
        const lastOk = !bareInitial && (this.isLast(lastTok) || (t.shape === 'I' && !this.common(lastTok) && lastTok.shape === 'T'));
        const words = j - i + 1 - (t.shape === 'I' ? 1 : 0);
        // "Rose S. Young": given name, middle initial, surname is a name even when both are words.
        const middleInitial = j === i + 2 && (toks[i + 1] as Tok).shape === 'I' && t.shape === 'T' && (t.f & L.FIRST) !== 0 && this.isLast(lastTok);
        // "Hiroshi Carter lives alone": a capitalized run with a known name, followed by a verb.
        const verb = toks[j + 1];
        const verbAfter = !!verb && verb.shape === 'L' && ((verb.m & M.SUBJECT_VERBS) !== 0) && oneSpace(v, lastTok.e, verb.s) && known >= 1 && this.isLast(lastTok) && !this.capsDoc;
        let eponymous = this.eponymAt(j) || (t.shape !== 'I' && ((lastTok.m & M.EPONYM_HEADS) !== 0));
        // "Kenneth Braden": a given name, then an eponym that is also a surname, not in scale context.
        const surnameEponym =
          j > i && t.shape === 'T' && (t.f & L.FIRST) !== 0 && !this.common(t) && ((lastTok.m & M.EPONYMS) !== 0) && (lastTok.f & (L.LAST | L.COMMON_SURNAME)) !== 0 && !lastTok.possessive && !this.scaleAt(j) && !this.eponymHeadAt(j);
        if (surnameEponym) eponymous = false;
        // (Stop 28, speed: the token's member bits, memberBits of its key, in place of three set look-ups.)
        for (let x = i; x <= j && !eponymous; x++) {
          const tx = toks[x] as Tok;
          if ((((tx.m & M.EPONYMS) !== 0) && !(surnameEponym && x === j)) || (tx.m & (M.NOT_PERSON | M.STATE_WORDS)) !== 0 || (tx.f & L.COUNTRY) !== 0) eponymous = true;
          // (Stop 31: a word of the clinical vocabulary that no lexicon knows as a name, "POST L CAROTID STENT", makes the
          // run a procedure or a device, not a person.)
          else if (tx.shape !== 'I' && (tx.f & NAME_BITS) === 0 && clinicalEntry(tx.k)) eponymous = true;
        }
        if (((firstOk && lastOk && known >= Math.min(words, 2) && (uncommon >= 1 || t.shape === 'I')) || middleInitial || verbAfter) && !eponymous && !(this.capsDoc && uncommon < 2)) {
          this.markName(i, j, 65);
          return j;
        }
      }
    }
    // "Last, First".
    if ((t.shape === 'T' || (t.shape === 'U' && !this.capsDoc)) && next && next.shape === t.shape && commaGap(v, t.e, next.s) && this.isLast(t) && ((next.f & L.FIRST) !== 0 || (this.known(next) && !this.common(next) && this.enclosed(t.s, next.e))) && this.nameish(next, true) && this.nameish(t, true) && (!(this.common(t) && this.common(next)) || this.enclosed(t.s, next.e))) {
      const after = toks[i + 2];
      const isList = after && after.shape === 'T' && commaGap(v, next.e, after.s);
      if (!isList) {
        const j2 = this.grab(i + 1, 2, false);
        // "van der Berg, Anna": surname particles before the surname.
        let from = i;
        while (from > 0 && (((toks[from - 1] as Tok).m & M.PARTICLES) !== 0) && (toks[from - 1] as Tok).shape === 'L' && v.slice((toks[from - 1] as Tok).e, (toks[from] as Tok).s) === ' ') from--;
        this.markName(from, j2 >= 0 ? j2 : i + 1, 60);
        return j2 >= 0 ? j2 : i + 1;
      }
    }
    return -1;
  }
  /** (Stop 31: loneName's lower-case pairs.) Tokens i and i + 1: one a word of the clinical vocabulary that is no given
   * name, or a device's head after the second ("valve", "catheter"). */
  clinicalPair31(i: number): boolean {
    const t = this.toks[i] as Tok;
    const n = this.toks[i + 1] as Tok;
    return ((t.f & L.FIRST) === 0 && clinicalEntry(t.k)) || ((n.f & L.FIRST) === 0 && clinicalEntry(n.k)) || this.eponymHeadAt(i + 1);
  }
  /** Lower-case pairs, R5b and R5 at token i: the token to go on after (i or the pair's last), or -1. */
  loneName(i: number): number {
    const toks = this.toks;
    const v = this.v;
    const t = toks[i] as Tok;
    const next = toks[i + 1];
    // Lower-case "john smith" (or any two known name parts right after a context word).
    if (
      t.shape === 'L' &&
      next &&
      next.shape === 'L' &&
      oneSpace(v, t.e, next.s) &&
      t.k.length >= 3 &&
      next.k.length >= 3 &&
      ((t.f & L.FIRST && next.f & L.LAST) || (this.afterContextAt(i) && this.known(t) && this.known(next))) &&
      (!this.common(t) || this.afterContextAt(i) || this.lowerDoc) &&
      !((t.m & M.EPONYMS) !== 0) &&
      !((next.m & M.EPONYMS) !== 0) &&
      !this.common(next) &&
      // (Stop 31: nor a pair with a word of the clinical vocabulary that is no given name, or before a device's head:
      // "may bolus with more fluid", "placed on ps with passe muir valve".)
      !this.clinicalPair31(i) &&
      (!((t.m & M.NOT_NAME) !== 0) || (((t.m & M.MONTH_WORDS) !== 0) && (next.f & L.LAST) !== 0)) &&
      !((next.m & M.NOT_NAME) !== 0)
    ) {
      this.markName(i, i + 1, 58);
      return i + 1;
    }
    // R5b: a known, uncommon capitalized word followed by a verb ("Kowalczyk reported dizziness").
    if (
      t.shape === 'T' &&
      !this.capsDoc &&
      t.k.length >= 3 &&
      next &&
      next.shape === 'L' &&
      ((next.m & M.SUBJECT_VERBS) !== 0) &&
      oneSpace(v, t.e, next.s) &&
      this.evidence(t) &&
      !((t.m & M.NOT_NAME) !== 0) &&
      !((t.m & M.NOT_PERSON) !== 0) &&
      !((t.m & M.STATE_WORDS) !== 0) &&
      !this.eponymAt(i) &&
      !((t.m & M.MONTH_WORDS) !== 0)
    ) {
      this.markName(i, i, 52);
      return i;
    }
    // R5: single known, uncommon capitalized token.
    if (
      t.shape === 'T' &&
      !this.capsDoc &&
      t.k.length >= 3 &&
      (t.f & (L.COMMON_SURNAME | L.FIRST)) !== 0 &&
      !this.common(t) &&
      !((t.m & M.NOT_NAME) !== 0) &&
      !((t.m & M.NOT_PERSON) !== 0) &&
      !((t.m & M.STATE_WORDS) !== 0) &&
      !(t.f & L.COUNTRY) &&
      !this.eponymAt(i) &&
      !this.abbrevLike(t) &&
      !((t.m & M.MONTH_WORDS) !== 0) &&
      // A capitalized word opening a sentence and followed by lower case ("Cont to monitor") is not enough.
      !(this.sentenceStart(i) && next && next.shape === 'L' && !((next.m & M.SUBJECT_VERBS) !== 0)) &&
      !/^[ \t]*:/.test(v.slice(t.e, t.e + 3))
    ) {
      this.markName(i, i, 50);
      return i;
    }
    return -1;
  }

  /** A lower-case word that can be a name after a title or a kinship word: not a word, label or unit. */
  /** "survived by her children Colm, Aoibhinn and Padraig", "RN initials: JKL": names in lists after a plural kinship word, initials after their label. */
  nameLists(at: number, mark: (i: number, j: number, p: number) => void): void {
    const toks = this.toks;
    const v = this.v;
    // Called from names() at each cue word (KIN_PLURAL words are cue words).
    for (let i = at; i === at && i < toks.length - 1; i++) {
      const t = toks[i] as Tok;
      if (!((t.m & M.KIN_PLURAL) !== 0)) continue;
      if (t.k === 'initials') {
        const nx = toks[i + 1] as Tok;
        if (nx.shape === 'U' && nx.w.length >= 2 && nx.w.length <= 3 && /^[ \t]*:[ \t]*$/.test(v.slice(t.e, nx.s)) && !NOT_INITIALS.has(nx.w)) mark(i + 1, i + 1, 70);
        continue;
      }
      let k = i + 1;
      if (!/^[ \t]*:?[ \t]+$/.test(v.slice(t.e, (toks[k] as Tok).s))) continue;
      let n = 0;
      while (k < toks.length && n < 8) {
        const a = toks[k] as Tok;
        if (a.shape !== 'T' || ((a.m & M.NOT_NAME) !== 0) || ((a.m & M.NOT_PERSON) !== 0) || (this.common(a) && !this.isFirst(a))) break;
        let j = k;
        // A surname may follow the given name ("Colm Doyle").
        const b = toks[k + 1];
        if (b && b.shape === 'T' && oneSpace(v, a.e, b.s) && !((b.m & M.NOT_NAME) !== 0) && !this.common(b)) j = k + 1;
        mark(k, j, 68);
        n++;
        const c = toks[j + 1];
        if (!c) break;
        const sep = v.slice((toks[j] as Tok).e, c.s);
        if (/^,[ \t]*$/.test(sep)) k = j + 1;
        else if (/^(?:,?[ \t]+)$/.test(sep) && c.k === 'and' && toks[j + 2] && v.slice(c.e, (toks[j + 2] as Tok).s) === ' ') k = j + 2;
        else break;
        // "and" or a comma, then the next name.
        if (toks[k] && (toks[k] as Tok).k === 'and' && toks[k + 1]) k++;
      }
    }
  }

  /** Letter and message sign-offs: "Best,\nRuaidhri", "Kind regards,\nDr Fionnuala Ní Dhomhnaill". */
  signOffs(mark: (i: number, j: number, p: number) => void): void {
    const v = this.v;
    const rare = this.rare;
    if (!rare || !SIGN_OFF_WORDS.some((w) => rare.has(w)) || !v.includes('\n')) return;
    const n = v.length;
    for (let ls = 0; ls < n; ) {
      const nl = lineEndOf(v, ls);
      let p = ls;
      ls = nl < 0 ? n : nl + 1;
      if (nl < 0) break;
      p = skipBlanks(v, p, nl);
      // Sign-off words start with one of these capitals.
      const c = v.charCodeAt(p);
      if (c !== 66 && c !== 87 && c !== 75 && c !== 77 && c !== 84 && c !== 67 && c !== 89 && c !== 83 && c !== 82 && c !== 76) continue;
      SIGN_OFF.lastIndex = p;
      const m = SIGN_OFF.exec(v);
      if (!m) continue;
      const name = m[1] as string;
      const s = m.index + m[0].length - name.length;
      const i = this.tokenIndexBefore(s) + 1;
      let j = i;
      while (j + 1 < this.toks.length && (this.toks[j + 1] as Tok).e <= s + name.length) j++;
      if (i >= this.toks.length || (this.toks[i] as Tok).s !== s) continue;
      let ok = true;
      for (let x = i; x <= j; x++) {
        const t = this.toks[x] as Tok;
        if (((t.m & M.NOT_NAME) !== 0) || ((t.m & M.FACILITY_GENERIC) !== 0) || (t.f & T.FACILITY) || ((t.m & M.NOT_PERSON) !== 0) || ((t.m & M.STATE_WORDS) !== 0) || (this.common(t) && !this.isFirst(t) && !((t.m & M.PARTICLES) !== 0))) ok = false;
      }
      if (ok) mark(i, j, 68);
    }
  }

  lowerNameOk(t: Tok): boolean {
    if (t.shape !== 'L' || t.k.length < 2 || ((t.m & M.NOT_NAME) !== 0) || ((t.m & M.MONTH_WORDS) !== 0) || ((t.m & M.EPONYMS) !== 0) || ((t.m & M.TITLES) !== 0)) return false;
    if (this.common(t) || ((t.m & M.STATE_WORDS) !== 0) || t.f & L.COUNTRY || !/[aeiouy]/.test(t.k)) return false;
    // An unknown word with a verb or adverb ending ("visisted", "trached"), or joined to a word ("present-contin"), is no name.
    if (!this.known(t) && (/(?:ed|ing|ly)$/.test(t.k) || (t.k.includes('-') && t.k.split('-').some((p) => (this.fl(p) & L.WORD) !== 0)))) return false;
    // (Stop 36: nor a word's contraction, "hi, you're chatting with", "we'll", "they've"; "o'neill", "d'souza" stay.)
    // (Cheap gate first: an apostrophe in the word.)
    if (t.w.length > 2 && (t.w.includes("'") || t.w.includes('’'))) {
      const ap = CONTRACTION_36.exec(t.w);
      if (ap && (this.fl((ap[1] as string).toLowerCase()) & L.WORD) !== 0) return false;
    }
    return true;
  }
  /** A given name that is also a word, then a known uncommon name part ("maria fernanda"). */
  lowerPairAt(i: number): boolean {
    const t = this.toks[i] as Tok;
    const nx = this.toks[i + 1];
    return !!nx && (t.f & L.FIRST) !== 0 && !((t.m & M.NOT_NAME) !== 0) && oneSpace(this.v, t.e, nx.s) && this.known(nx) && this.lowerNameOk(nx);
  }
  /** Extends a lower-case name from token i over known, uncommon name parts ("maria fernanda lopez"). */
  lowerRun(i: number): number {
    const toks = this.toks;
    let j = i;
    let unknown = 0;
    while (j + 1 < toks.length && j < i + 2) {
      const nx = toks[j + 1] as Tok;
      if (nx.shape !== 'L' || this.v.slice((toks[j] as Tok).e, nx.s) !== ' ' || !this.lowerNameOk(nx)) break;
      // One name part missing from the lexicon may follow ("olamide adeyinka").
      if (!this.known(nx) && ++unknown > 1) break;
      j++;
    }
    return j;
  }

  /** The index of the token starting at pos, or -1 (binary search). */
  tokenStartingAt(pos: number): number {
    const toks = this.toks;
    let lo = 0;
    let hi = toks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const ms = (toks[mid] as Tok).s;
      if (ms === pos) return mid;
      if (ms < pos) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
  /** Names found by the layout of the text: form fields, chat handles, age-sex shorthand, signatures. (Stop 19: each part
   * a method of its own, a smaller unit for V8 to compile and, after a deoptimization, to recompile.) */
  layoutNames(mark: (i: number, j: number, p: number) => void): void {
    this.formFieldNames(mark);
    this.careOfNames(mark);
    this.chatHandleNames(mark);
    this.ageSexNames(mark);
    this.signInitialNames(mark);
    this.byInitialNames();
  }
  /** Form fields: a name after its label ("Last: OYELOWO  First: BABATUNDE  MI: A", "Surname: Smith"). */
  formFieldNames(mark: (i: number, j: number, p: number) => void): void {
    const v = this.v;
    const toks = this.toks;
    // Form fields: "Last: OYELOWO  First: BABATUNDE  MI: A", "Surname: Smith".
    if (v.includes(':')) {
      if (this.seen & T.NAME_FIELD) for (const t of toks) {
        if (!(t.f & T.NAME_FIELD) || t.shape === 'X') continue;
        NAME_FIELD.lastIndex = t.s;
        const m = NAME_FIELD.exec(v);
        if (!m) continue;
        // "Name:" alone is a heading in many notes: it needs a name-like value.
        const i = this.tokenStartingAt(m.index + m[0].length);
        if (i < 0) continue;
        const first = toks[i] as Tok;
        const mi = /^(?:mi|m\.i\.)/i.test(m[0]);
        if (mi) {
          if (first.shape === 'I') mark(i, i, 76);
          continue;
        }
        if (first.shape === 'X' || (first.shape !== 'I' && ((first.m & M.NOT_NAME) !== 0)) || ((first.m & M.TITLES) !== 0)) continue;
        let j = i;
        while (j + 1 < toks.length && j < i + 3) {
          const nx = toks[j + 1] as Tok;
          const g = v.slice((toks[j] as Tok).e, nx.s);
          if (!(/^[ \t]$|^,[ \t]*$|^-$/.test(g) || ((toks[j] as Tok).shape === 'I' && /^\.[ \t]?$/.test(g)))) break;
          if (nx.shape === 'X' || nx.shape === 'L' || (nx.shape !== 'I' && ((nx.m & M.NOT_NAME) !== 0)) || NAME_FIELD_FIRST.has(nx.k)) break;
          j++;
        }
        if (this.common(first) && !this.known(first) && j === i) continue;
        mark(i, j, 76);
      }
    }
  }
  /** "c/o Aldous Penhaligon": a person's name after "c/o". */
  careOfNames(mark: (i: number, j: number, p: number) => void): void {
    const v = this.v;
    const toks = this.toks;
    // "c/o Aldous Penhaligon": mail in care of a person (a facility after it is found by its head word).
    // "C/O" is also "complains of": lower-case "c/o" in mixed-case text, and a run of names only.
    if (!this.capsDoc && careOfMark(v)) for (const m of v.matchAll(/\bc\/o[ \t:]+/g)) {
      let i = this.tokenStartingAt(m.index + m[0].length);
      if (i < 0) continue;
      if ((((toks[i] as Tok).m & M.TITLES) !== 0) && i + 1 < toks.length) i++;
      const first = toks[i] as Tok;
      if (first.shape !== 'T') continue;
      const j = this.grab(i, 4, false);
      if (j < 0) continue;
      let ok = true;
      let known = false;
      for (let x = i; x <= j; x++) {
        const t = toks[x] as Tok;
        if (t.shape === 'I') continue;
        if ((this.common(t) && !(t.f & L.FIRST)) || ((t.m & M.EPONYMS) !== 0) || ((t.m & M.NOT_PERSON) !== 0) || t.f & T.FACILITY) ok = false;
        if (this.known(t)) known = true;
      }
      if (ok && (known || j > i)) mark(i, j, 70);
    }
  }
  /** Chat handles after a time stamp. */
  chatHandleNames(mark: (i: number, j: number, p: number) => void): void {
    const v = this.v;
    const toks = this.toks;
    // Chat handles after a time stamp.
    if (v.includes(':')) {
      for (const m of matchesAt(CHAT_HANDLE_Y, v, chatLineStarts(v))) {
        const h = m[1] as string;
        const start = v.indexOf(h, m.index);
        if (start < 0) continue;
        const lower = h.toLowerCase();
        if (NOT_NAME.has(lower) || (this.fl(lower) & L.WORD && !(this.fl(lower) & L.FIRST))) continue;
        // (Stop 25: an observation's label and its value, "08:00 - GCS: 15", "08:00 Sats: 94%", or a role's or a
        // service's short form, "08:00 - SW: called daughter", is no speaker.)
        if (NOT_AUTHOR_25.has(lower) || NOT_STAFF_INITIALS.has(lower) || clinicalWord(lower) || /^[^:\n]*:[ \t]*[\d<>~]/.test(v.slice(start + h.length, start + h.length + 8))) continue;
        const i = this.tokenStartingAt(start);
        if (i < 0) continue;
        let j = i;
        while (j + 1 < toks.length && (toks[j + 1] as Tok).e <= start + h.length) j++;
        mark(i, j, 74);
      }
    }
  }
  /** A name before age-sex shorthand ("Ahmadi, Farzaneh 58F"). */
  ageSexNames(mark: (i: number, j: number, p: number) => void): void {
    const v = this.v;
    const toks = this.toks;
    // Age-sex shorthand after a name: "Ahmadi, Farzaneh 58F", "okonkwo, 71F" (tokens with digits only).
    for (const x of this.xIdx) {
      const t = toks[x] as Tok;
      if (t.shape !== 'X' || t.w.length > 5) continue;
      const prev = toks[x - 1];
      if (!prev || prev.shape === 'X') continue;
      // Cheap test first: an age-sex token ("71F") or a number followed by M/F/yo.
      const lastCode = t.w.charCodeAt(t.w.length - 1);
      if (lastCode >= 48 && lastCode <= 57) {
        const nx = toks[x + 1];
        if (!nx || !AGE_SEX_NEXT.has(nx.k) || nx.s - t.e > 1) continue;
      }
      if (!ageSexToken(t.w)) continue;
      const gap = v.slice(prev.e + (prev.possessive ? 2 : 0), t.s);
      if (!/^[ \t]*,?[ \t]*$/.test(gap) || !AGE_SEX_AFTER.test(v.slice(prev.e, prev.e + 16))) continue;
      let i = x - 1;
      let n = 0;
      let ok = true;
      while (i >= 0 && n < 3) {
        const c = toks[i] as Tok;
        const initial = c.shape === 'I' && v.charCodeAt(c.e) === 46;
        if (!initial && (c.shape === 'X' || c.shape === 'I' || ((c.m & M.NOT_NAME) !== 0) || ((c.m & M.TITLES) !== 0) || ((c.m & M.STRONG_CONTEXT) !== 0) || this.abbrevLike(c) || (this.common(c) && !(this.known(c) && c.shape === 'T')))) break;
        if (c.shape === 'L' && !this.known(c) && !this.lowerNameOk(c)) break;
        // (Stop 36: nor a diagnosis before the age and sex, "COPD EXACERBATION, 71F": a clinical word no lexicon knows as a name.)
        if (((c.m & M.EPONYMS) !== 0) || ((c.m & M.NOT_PERSON) !== 0) || ((c.m & M.STATE_WORDS) !== 0) || c.f & L.COUNTRY || ((c.f & NAME_BITS) === 0 && clinicalWord(c.k))) {
          ok = false;
          break;
        }
        n++;
        const before = toks[i - 1];
        if (!before || !(/^(?:[ \t]|,[ \t]*)$/.test(v.slice(before.e, c.s)) || (before.shape === 'I' && /^\.[ \t]?$/.test(v.slice(before.e, c.s))))) {
          i--;
          break;
        }
        i--;
      }
      if (!ok || n === 0) continue;
      const from = i + 1;
      // A lone lower-case word must be a known name or sit at the start of its line or after a header.
      const f0 = toks[from] as Tok;
      if (n === 1 && f0.shape === 'L' && !this.known(f0)) continue;
      mark(from, x - 1, 73);
    }
  }
  /** Signature initials after a dash ("-AR/Dmitriev"). */
  signInitialNames(mark: (i: number, j: number, p: number) => void): void {
    const v = this.v;
    // Signature initials: "-AR/Dmitriev", "called ... by TG."
    if (this.shapes & S.DASH_INITIALS) {
      for (const m of this.signInitials()) {
        const ini = m[1] as string;
        if (NOT_INITIALS.has(ini) || NOT_NAME.has(ini.toLowerCase())) continue;
        const s = v.indexOf(ini, m.index);
        const i = this.tokenStartingAt(s);
        if (i < 0) continue;
        // Initials are not propagated to other occurrences (they may be abbreviations elsewhere).
        this.addName(i, i, 70);
        if (m[2]) {
          const k = this.tokenStartingAt(v.indexOf(m[2], s + ini.length));
          if (k >= 0) mark(k, k, 70);
        }
      }
    }
  }
  /** Initials after "by" ending a sentence ("called ... by TG."). */
  byInitialNames(): void {
    const v = this.v;
    for (let at = indexOfSpaced(v, ' by ', 0); at >= 0; at = indexOfSpaced(v, ' by ', at + 4)) {
      // Two or three capitals ending the sentence after "by": then look for the verb before.
      const c0 = v.charCodeAt(at + 4);
      if (!(c0 >= 65 && c0 <= 90)) continue;
      const end = /^[A-Z]{2,3}(?=[ \t]*(?:[.;\n]|$))/.exec(v.slice(at + 4, at + 9));
      if (!end) continue;
      BY_INITIALS.lastIndex = 0;
      const win = v.slice(Math.max(0, at - 64), at + 4 + end[0].length + 1);
      for (const m0 of win.matchAll(BY_INITIALS)) {
        const m = { index: m0.index + Math.max(0, at - 64), 0: m0[0], 1: m0[1] };
        const ini = m[1] as string;
        if (NOT_INITIALS.has(ini) || NOT_NAME.has(ini.toLowerCase())) continue;
        const i = this.tokenStartingAt(m.index + m[0].length - ini.length);
        if (i >= 0) this.addName(i, i, 70);
      }
    }
  }

  /** Surnames missing from the lexicon: a capitalized word right after a found given name
   * ("Irina Vasilenko"), and a known name part right before a found name ("Le Quang Vinh"). */
  /** Token index by start (or, with `end`, end) offset (binary search; names are few). */
  tokenAtEdge(pos: number, end: boolean): number | undefined {
    const toks = this.toks;
    let lo = 0;
    let hi = toks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = toks[mid] as Tok;
      const at = end ? t.e : t.s;
      if (at === pos) return mid;
      if (at < pos) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
  /** A word a name is not extended over. */
  extendStop(x: number): boolean {
    const t = this.toks[x] as Tok;
    return ((t.m & M.MONTH_WORDS) !== 0) || ((t.m & M.EPONYMS) !== 0) || ((t.m & M.NOT_PERSON) !== 0) || ((t.m & M.STATE_WORDS) !== 0) || (t.f & L.COUNTRY) !== 0 || ((t.m & M.TITLES) !== 0) || ((t.m & M.STRONG_CONTEXT) !== 0) || this.common(t) || this.eponymAt(x);
  }
  extendNames(): void {
    const toks = this.toks;
    const v = this.v;
    const n = this.cands.length;
    for (let c = 0; c < n; c++) {
      const cand = this.cands[c] as Cand;
      if (cand.t !== 'NAME') continue;
      const a = this.tokenAtEdge(cand.s, false);
      const b = this.tokenAtEdge(cand.e, true);
      if (a === undefined || b === undefined) continue;
      let s = cand.s;
      let e = cand.e;
      const last = toks[b] as Tok;
      const nx = toks[b + 1];
      if (
        nx &&
        !last.possessive &&
        oneSpace(v, last.e, nx.s) &&
        (nx.shape === 'T' || (nx.shape === 'U' && last.shape === 'U' && !this.capsDoc)) &&
        last.shape !== 'I' &&
        (last.f & (L.FIRST | L.OTHER)) !== 0 &&
        !((nx.m & M.NOT_NAME) !== 0) &&
        !this.extendStop(b + 1) &&
        (!(nx.f & L.PLACE) || (nx.f & NAME_BITS) !== 0) &&
        !/^[ \t]*(?:[A-Z][a-z]+[ \t]+)?(?:Hospital|Clinic|Cent(?:er|re)|Street|St|Road|Rd|Avenue|Ave)\b/.test(v.slice(nx.e, nx.e + 24))
      )
        e = nx.e;
      else if (
        nx &&
        nx.shape === 'I' &&
        !last.possessive &&
        v.charCodeAt(last.e) === 32 &&
        nx.s === last.e + 1 &&
        (last.shape === 'U' || last.shape === 'T') &&
        // "OKAFOR, CHIDINMA A" ending its line or field: a middle initial, not a word.
        /^\.?[ \t]*(?:$|\r?\n|,|\(|[ \t]{2}|\t)/.test(v.slice(nx.e, nx.e + 3))
      )
        e = nx.e;
      const first = toks[a] as Tok;
      const pv = toks[a - 1];
      if (
        pv &&
        oneSpace(v, pv.e, first.s) &&
        pv.shape === first.shape &&
        (pv.shape === 'T' || (pv.shape === 'U' && !this.capsDoc)) &&
        (pv.f & NAME_BITS) !== 0 &&
        (!((pv.m & M.NOT_NAME) !== 0) || ((pv.f & L.COMMON_SURNAME) !== 0 && pv.k.length <= 3)) &&
        !this.extendStop(a - 1) &&
        !this.sentenceStartWord(a - 1)
      )
        s = pv.s;
      if (s !== cand.s || e !== cand.e) this.add(s, e, 'NAME', cand.p);
    }
  }
  /**
   * States, provinces and regions of several words ("Kelowna, British Columbia", "New South Wales"): a name or
   * place found inside one is dropped (Safe Harbor keeps states; they are no one's name), and a capitalized
   * town right before ", <region>" is a place ("George, Western Cape").
   */
  /** (Stop 31: regions.) Token i follows a preposition of place other than "of" ("in", "to", "from"), one space away. */
  placePrepBefore31(i: number): boolean {
    const p = this.toks[i - 1];
    return p !== undefined && (p.m & M.PLACE_PREP) !== 0 && p.k !== 'of' && oneSpace(this.v, p.e, (this.toks[i] as Tok).s);
  }
  regions(): void {
    const toks = this.toks;
    const v = this.v;
    let table: ReturnType<typeof regionTable> | undefined;
    let spans: number[] | undefined;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Tok;
      // (Stop 31: in a text all in lower case, a region in lower case too, right after a preposition of place: "3 children
      // in new hampshire and maine"; not "villa el salvador", "hospital of sri lanka", where it ends a longer name.)
      if (!(t.m & M.REGION_FIRST) || (t.shape !== 'T' && t.shape !== 'U' && !(t.shape === 'L' && this.lowerDoc && this.placePrepBefore31(i)))) continue;
      table ??= regionTable();
      let key = '';
      let best = -1;
      for (let j = i; j < toks.length && j - i < table.maxWords; j++) {
        const tj = toks[j] as Tok;
        if (j > i) {
          const pj = toks[j - 1] as Tok;
          const gap = v.slice(pj.e, tj.s);
          // "Hawke's Bay": a possessive token ends before its "'s".
          if (pj.possessive ? !/^['’]s $/.test(gap) : gap !== ' ' && gap !== '-') break;
        }
        const w = tj.k.replace(/-/g, ' ').replace(/['’]/g, '') + (tj.possessive ? 's' : '');
        key = j === i ? w : `${key} ${w}`;
        if (table.keys.has(key)) best = j;
        else if (j === i ? !table.first.has(key) && !key.includes(' ') : !table.prefixes.has(key)) break;
      }
      // A one-token key ("KwaZulu-Natal") is matched whole.
      if (best < 0) continue;
      const rs = t.s;
      const re = (toks[best] as Tok).e;
      // (Stop 17: "Reproductive Institute of Rhode Island", "University of British Columbia": the end of a facility's
      // name, which stays found.)
      if (!facilityOfBefore(v, rs)) (spans ??= []).push(rs, re);
      // "George, Western Cape": the town before the comma.
      const p = toks[i - 1];
      if (p && (p.shape === 'T' || p.shape === 'U') && /^,[ \t]*$/.test(v.slice(p.e, rs)) && !(p.m & (M.NOT_NAME | M.TITLES | M.STATE_WORDS | M.MONTH_WORDS | M.REGION_FIRST)) && !(p.f & L.COUNTRY)) {
        let a = i - 1;
        while (a > 0 && i - a < 3) {
          const q = toks[a - 1] as Tok;
          if (q.shape !== p.shape || v.slice(q.e, (toks[a] as Tok).s) !== ' ' || q.m & (M.NOT_NAME | M.TITLES) || FUNCTION_WORDS.has(q.k) || (q.f & L.WORD && !(q.f & L.PLACE))) break;
          a--;
        }
        const ts = (toks[a] as Tok).s;
        if (!(p.f & L.WORD) || p.f & L.PLACE) this.add(ts, p.e, 'LOCATION', 66);
      }
      i = best;
    }
    if (!spans) return;
    this.regionSpans = spans;
    // (Stop 17: one binary search per candidate: since the table holds the US states and the countries, a text may hold
    // thousands of such spans.)
    dropInsideSpans(this.cands, spans, nameOrPlace);
    const cands = this.cands;
    let w = 0;
    for (const c of cands) if (c.p >= 0) cands[w++] = c;
    cands.length = w;
  }
  /** Stop 37: "Avoid calling Joy before noon": a given name that is also a word, capitalized at token i right after a verb
   * of OBJECT_VERBS_37, before a word in lower case or punctuation (not "visit Hope Street", nor a health system's
   * word, "Will call Mercy to arrange transfer"). */
  givenAfterVerbAt(i: number): void {
    const v = this.v;
    const g = this.toks[i] as Tok;
    if (!oneSpace(v, (this.toks[i - 1] as Tok).e, g.s) || g.possessive || (g.f & L.FIRST) === 0 || g.w.length < 3 || g.capitals !== 1) return;
    if ((g.m & NOT_GIVEN_ALONE_37) !== 0 || g.f & (L.COUNTRY | T.FACILITY | L.PLACE) || PERSON_NOUNS_37.has(g.k) || SYSTEM_FIRST_23.has(g.k)) return;
    const nx = this.toks[i + 1];
    if (nx !== undefined && nx.shape !== 'L' && blanks(v, g.e, nx.s)) return;
    if (!this.anyCand(g.s, g.e)) this.add(g.s, g.e, 'NAME', 60);
  }
  /** "Grace ambulated in the hall", "Hope reports she slept": a given name that is also a word, opening a sentence before
   * the verb at token i, one only a person does (cueAt's kind 10; stop 37's PERSON_VERBS_37); not a word for a person
   * ("Baby", "Man", "Many": PERSON_NOUNS_37). */
  givenBeforeVerbAt(i: number): void {
    const v = this.v;
    const t = this.toks[i] as Tok;
    const g = this.toks[i - 1];
    if (!g || g.shape !== 'T' || !oneSpace(v, g.e, t.s) || g.possessive || (g.f & L.FIRST) === 0 || g.w.length < 3) return;
    if ((g.m & NOT_GIVEN_ALONE_37) !== 0 || g.f & (L.COUNTRY | T.FACILITY) || PERSON_NOUNS_37.has(g.k)) return;
    const b = skipBlanksBack(v, g.s - 1);
    const bc = b >= 0 ? v.charCodeAt(b) : 10;
    if ((bc === 10 || bc === 46 || bc === 33 || bc === 63 || bc === 58 || bc === 59) && !this.anyName(g.s, g.e)) this.add(g.s, g.e, 'NAME', 60);
  }
  /**
   * Names by cue and layout (Stop 13, test/deid/generalise9.test.ts): layouts and cues the other name passes miss. A board or handoff entry
   * opening its line surname first ("Rm 5  Begum, Rokeya  G4P3", "3) Van der Linde, Pieter  89M", "okonkwo, chidi  mrn");
   * a lower-case initial and surname with a credential or after a role ("l. bjornstad md", "fellow t. ahuja"); chat
   * speakers before a time stamp ("priya r 17:52: ...") and @mentions; a surname after a room number in a handoff list
   * ("- 1108 bautista - ok"); staff initials after a transcription or role cue ("transcribed 11/8 (lw)", "triage RN dmv",
   * "-mk (night float)", "jh for Dr. ..."); a given name that is also a word after a companion cue ("roommate Pip and",
   * "rep Kiersten (kmohr)", "daughter is Winter)") or before a role in brackets ("Crystal (MA)"); a name in brackets after a
   * role ("per rn (tasha)"); the next name of a handoff arrow ("Liang -> Petrakis"); a user name after "user name".
   */
  namesByCue(): void {
    const v = this.v;
    const toks = this.toks;
    // Cue words (see NAME_CUES).
    for (const i of this.cueIdx) {
      const t = toks[i] as Tok;
      // (A cheap test first for "by": a dotted initial follows.)
      const kind = (t.m & M.COMPANY_FIRST) !== 0 ? NAME_CUES.get(t.k) : undefined;
      if (kind !== undefined && (t.k !== 'by' || v.charCodeAt(t.e + 2) === 46)) this.cueAt(i, kind);
    }
    // (Stop 37: the verbs of PERSON_VERBS_37, read here so that they carry no cue bit; a capitalized word before.)
    if (!this.capsDoc && !this.lowerTyped) {
      for (let i = 1; i < toks.length; i++) {
        const t = toks[i] as Tok;
        const pv = toks[i - 1] as Tok;
        if (t.shape === 'L' && pv.shape === 'T' && PERSON_VERBS_37.has(t.k)) this.givenBeforeVerbAt(i);
        else if (t.shape === 'T' && pv.shape === 'L' && OBJECT_VERBS_37.has(pv.k)) this.givenAfterVerbAt(i);
      }
    }
    this.lineNames();
    this.aroundNames();
  }
  /**
   * Beside the names found: a given name right before a surname found alone ("courier Dawn Szabo", "Chief Nkemdirim
   * Wojcik"); the lower-case name parts after a lower-case name found ("doctor tumelo dlamini end"); the initials a legend
   * gives a name ("TD = Tumelo Dlamini"). Then a given name that is also a word before a surname that is none ("Hazel
   * Oduwole", "Ivy Okwuosa"), initials after an `Initials` label ("Initials K-M-T"), a baby's given name ("Baby Kanoa").
   */
  namesBeside(): void {
    // (Stop 19: each rule below is a method of its own: a rare rule met for the first time deoptimizes and recompiles
    // its own code only, not that of all of them.)
    const n0 = this.cands.length;
    const quotes = this.v.includes('"');
    this.besideGivenNames(n0);
    this.besideNamesFound(quotes);
    if (quotes) this.quotedNicknames();
    this.besideAgeSex();
    if (this.v.includes('=')) this.legendInitials();
    this.givenWordSurnames();
    this.personOfPlace(n0);
  }
  /** namesBeside: a given name right before a surname found alone (the first n0 candidates). */
  besideGivenNames(n0: number): void {
    const v = this.v;
    const toks = this.toks;
    for (let x = 0; x < n0; x++) {
      const c = this.cands[x] as Cand;
      if (c.p < 0 || c.t !== 'NAME') continue;
      const c0 = v.charCodeAt(c.s);
      // (The word before ends with a letter right before the space: checked before the token is looked up.)
      if (c0 >= 65 && c0 <= 90 && c.s >= 2 && v.charCodeAt(c.s - 1) === 32 && isLetterCode(v.charCodeAt(c.s - 2))) {
        const i = this.tokenStartingAt(c.s);
        if (i > 0) {
          const t = toks[i] as Tok;
          const pv = toks[i - 1] as Tok;
          if (t.e === c.e && t.shape === 'T' && pv.shape === 'T' && pv.e === c.s - 1 && this.givenBeforeSurname(i - 1)) this.add(pv.s, c.e, 'NAME', c.p);
        }
      }
    }
  }
  /** namesBeside: around every name found by now (see below). */
  besideNamesFound(quotes: boolean): void {
    const v = this.v;
    const toks = this.toks;
    // Around every name found by now: a particle it ends with takes the capitalized word after it ("Mr de Wolf"); a
    // given name and a nickname in quotes before it ('Ottavio "Tavi Boy" Rashidi', 'Dale "Dee" Vu'); a nickname
    // in quotes explained by it ('Client "Moose" = Nnamdi Oduwole'); a family name of a number or a colour and a noun after
    // a given name found ("Jerome Two Hawks").
    const n2 = this.cands.length;
    for (let x = 0; x < n2; x++) {
      const c = this.cands[x] as Cand;
      if (c.p < 0 || c.t !== 'NAME') continue;
      const ce = v.charCodeAt(c.e);
      // (Every rule of this branch takes a capitalized word right after the space: checked before the token is looked up.)
      if (ce === 32 && charClass(v.charCodeAt(c.e + 1)) === 3) {
        const i = this.tokenIndexBefore(c.e);
        const t = toks[i];
        const nx = toks[i + 1];
        if (t !== undefined && nx !== undefined && t.e === c.e && oneSpace(v, t.e, nx.s)) {
          // ("Lorna Little Thunder" found as "Lorna Little": the number or colour word ends the name found.)
          const inside = FAMILY_FIRST_WORDS.has(t.k) && t.shape === 'T' && t.s > c.s && (toks[i - 1] as Tok).shape === 'T' && ((toks[i - 1] as Tok).f & L.FIRST) !== 0;
          if (t.shape === 'L' && (t.m & M.PARTICLES) !== 0 && (t.s > c.s || TITLE_BEFORE.test(v.slice(Math.max(0, c.s - 8), c.s))) && nx.shape === 'T' && nx.w.length >= 2 && (nx.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS)) === 0) this.add(c.s, nx.e, 'NAME', c.p);
          else if (inside || (nx.shape === 'T' && FAMILY_FIRST_WORDS.has(nx.k) && (t.f & L.FIRST) !== 0 && t.shape === 'T')) {
            const n3 = inside ? nx : toks[i + 2];
            const n4 = inside ? toks[i + 2] : toks[i + 3];
            if (n3 !== undefined && n3.shape === 'T' && (inside || oneSpace(v, nx.e, n3.s)) && n3.w.length >= 3 && !n3.possessive && (n3.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.FACILITY_GENERIC | M.BUILDING_HEADS)) === 0 && (n3.f & (T.FACILITY | T.STREET)) === 0 &&
              !(n4 !== undefined && n4.shape === 'T' && oneSpace(v, n3.e, n4.s))) this.add(c.s, n3.e, 'NAME', c.p);
          }
        }
      }
      // "Tele visit - Banerjee, Chidubem - med review": a surname found alone, a comma and a given name no lexicon knows
      // before a dash, a bracket, a column gap or a line end.
      if (ce === 44 && v.charCodeAt(c.e + 1) === 32) {
        const j = this.tokenStartingAt(c.e + 2);
        // (Stop 19: no read before the array's start when no token starts there; out-of-bounds reads deoptimize.)
        const gv = j >= 0 ? toks[j] : undefined;
        const sv = j > 0 ? toks[j - 1] : undefined;
        if (gv !== undefined && sv !== undefined && sv.s === c.s && sv.e === c.e && (sv.f & (L.LAST | L.OTHER)) !== 0 && !this.common(sv) && gv.shape === 'T' && gv.w.length >= 3 && !gv.possessive &&
          (gv.f & (NAME_BITS | L.WORD | L.PLACE | L.COUNTRY | L.PLACE_PREFIX)) === 0 && !this.common(gv) && !this.abbrevLike(gv) && (gv.m & (M.NOT_NAME | M.TITLES | M.EPONYMS | M.MONTH_WORDS)) === 0 &&
          NAME_FIELD_END.test(v.slice(gv.e, gv.e + 3))) this.add(c.s, gv.e, 'NAME', c.p);
      }
      // "Worker: Dludla, Sipho   Employer: ...": a label's value written surname first, its given name found.
      if (c.s >= 5 && v.charCodeAt(c.s - 1) === 32 && v.charCodeAt(c.s - 2) === 44) {
        const j = this.tokenStartingAt(c.s);
        const gv = j >= 0 ? toks[j] : undefined;
        const sv = j > 0 ? toks[j - 1] : undefined;
        if (gv !== undefined && sv !== undefined && gv.e === c.e && (gv.f & L.FIRST) !== 0 && sv.e === c.s - 2 && (sv.shape === 'T' || (sv.shape === 'U' && gv.shape === 'U')) && sv.w.length >= 3 && !sv.possessive &&
          (!this.common(sv) || (sv.f & (L.LAST | L.COMMON_SURNAME)) !== 0) && (sv.m & (M.NOT_NAME | M.TITLES | M.STATE_WORDS | M.MONTH_WORDS | M.EPONYMS | M.NOT_PERSON | M.FACILITY_GENERIC)) === 0 && ((sv.f & (L.PLACE | L.COUNTRY)) === 0 || (sv.f & NAME_BITS) !== 0) &&
          LABEL_VALUE_BEFORE.test(v.slice(Math.max(0, sv.s - 3), sv.s)) && FIELD_END_AFTER.test(v.slice(c.e, c.e + 3))) this.add(sv.s, c.e, 'NAME', c.p);
      }
      if (quotes && c.s >= 6 && v.charCodeAt(c.s - 1) === 32 && v.charCodeAt(c.s - 2) === 61) {
        const m = /"(\p{Lu}[\p{Ll}'-]+)"[ \t]?= $/u.exec(v.slice(Math.max(0, c.s - 24), c.s));
        if (m) {
          const st = c.s - (m[0] as string).length + 1;
          this.add(st, st + (m[1] as string).length, 'NAME', c.p);
        }
      }
    }
  }
  /** namesBeside: a given name, a nickname in quotes and a surname (the text holds a quote). */
  quotedNicknames(): void {
    const v = this.v;
    // 'Ottavio "Tavi Boy" Rashidi', 'Dale "Dee" Vu': a given name, a nickname in quotes and a surname.
    // (The quote is searched, not ' "': a needle that opens with a blank stops at every blank.)
    for (let q1 = v.indexOf('"'); q1 >= 1; q1 = v.indexOf('"', q1 + 1)) {
      if (v.charCodeAt(q1 - 1) !== 32) continue;
      const q = q1 - 1;
      QUOTED_NICK.lastIndex = q1;
      const m = QUOTED_NICK.exec(v);
      if (!m) continue;
      let a = q;
      while (a > 0 && isLetterCode(v.charCodeAt(a - 1))) a--;
      if (a === q || (a > 0 && (isWordCode(v.charCodeAt(a - 1)) || v.charCodeAt(a - 1) === 39 || v.charCodeAt(a - 1) === 45))) continue;
      const g = v.slice(a, q);
      const sur = m[1] as string;
      const gk = g.toLowerCase();
      const sk = sur.toLowerCase();
      const gf = this.fl(gk);
      const sf = this.fl(sk);
      if (!/^\p{Lu}\p{Ll}+$/u.test(g) || NOT_NAME.has(gk) || TITLES.has(gk) || MONTH_WORDS.has(gk) || MODALS.has(gk) || NOT_NAME.has(sk) || EPONYMS.has(sk)) continue;
      const givenOk = (gf & L.FIRST) !== 0 || ((gf & (NAME_BITS | L.WORD | L.PLACE | L.COUNTRY)) === 0 && g.length >= 4);
      const surOk = (sf & L.WORD) === 0 || (sf & (L.LAST | L.COMMON_SURNAME)) !== 0;
      if (!givenOk || !surOk) continue;
      // (A name found that runs into the given name from before keeps its start: "Ma. Corazon".)
      for (const c of this.cands) if (c.p >= 0 && c.t === 'NAME' && c.s < a && c.e > a) a = c.s;
      // (Three spans, as the nickname rules before this one write them.)
      let se = QUOTED_NICK.lastIndex;
      const ss = se - sur.length;
      // (A name found that starts with the surname and runs on keeps its end: "Ibarra de la Fuente".)
      for (const c of this.cands) if (c.p >= 0 && c.t === 'NAME' && c.s === ss && c.e > se && c.e - ss <= 40 && /^[ \p{L}'-]+$/u.test(v.slice(se, c.e))) se = c.e;
      this.add(a, q, 'NAME', 85);
      this.add(q + 2, v.lastIndexOf('"', ss), 'NAME', 85);
      this.add(ss, se, 'NAME', 85);
    }
  }
  /** namesBeside: names before an age and a sex or in a bracket before one, from the numbers. */
  besideAgeSex(): void {
    const v = this.v;
    const toks = this.toks;
    for (const xi of this.xIdx) {
      const b = codeAt(v, (toks[xi] as Tok).s - 1);
      if (b === 40) this.pairBeforeAgeSex(xi);
      else if (b === 32 && codeAt(v, (toks[xi] as Tok).s - 2) === 44 && xi >= 2) {
        this.surnameInitialBeforeAgeSex(xi);
        // "Interviewed: Otieno Nyokabi, 34, household head": two capitalized words, a comma and an age.
        const t = toks[xi] as Tok;
        if (t.w.length <= 3 && /^\d{1,3}$/.test(t.w) && AGE_AFTER_COMMA.test(v.slice(t.e, t.e + 8))) this.pairBeforeBracket(xi - 2, xi - 1, t.s - 2, true);
      }
    }
  }
  /** namesBeside: initials a legend gives a name found (the text holds an equals sign). */
  legendInitials(): void {
    const v = this.v;
    // "KW = Kwabena Wojcik, RN; AS = April Szabo": initials a legend gives a name found, when they are its initials.
    const n1 = this.cands.length;
    for (let x = 0; x < n1; x++) {
      const c = this.cands[x] as Cand;
      if (c.p < 0 || c.t !== 'NAME' || c.s < 4) continue;
      let q = c.s - 1;
      while (q > 0 && v.charCodeAt(q) === 32) q--;
      if (v.charCodeAt(q) !== 61) continue;
      q--;
      while (q > 0 && v.charCodeAt(q) === 32) q--;
      const ie = q + 1;
      while (q >= 0 && isLetterCode(v.charCodeAt(q))) q--;
      const is = q + 1;
      if (ie - is < 2 || ie - is > 4 || (q >= 0 && isWordCode(v.charCodeAt(q)))) continue;
      const ini = v.slice(is, ie);
      const caps = ini.replace(/[^A-Z]/g, '');
      if (caps.length < 2 || !/^[A-Z]/.test(ini)) continue;
      const firsts = v.slice(c.s, c.e).split(/[ \t]+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w.charAt(0)).join('');
      if (firsts === caps || (firsts.length > 2 && caps.length === 2 && firsts.charAt(0) === caps.charAt(0) && firsts.charAt(firsts.length - 1) === caps.charAt(1))) this.add(is, ie, 'NAME', 90);
    }
  }
  /** namesBeside: a given name that is also a word before a surname that is none, and the rules from the same tokens. */
  givenWordSurnames(): void {
    const v = this.v;
    const toks = this.toks;
    // "Hazel Oduwole", "Ivy Okwuosa": a given name that is also a word, before a capitalized surname that is no word.
    const n = toks.length;
    for (let i = 0; i < n; i++) {
      const g = toks[i] as Tok;
      // (One test skips the tokens no rule of this loop starts at: most of them.)
      if ((g.f & NAME_BITS) === 0 && (g.m & (M.SUBJECT_VERBS | M.STRONG_CONTEXT | M.KIN_PLURAL)) === 0) continue;
      if ((g.m & M.SUBJECT_VERBS) !== 0 && i >= 2 && g.shape === 'L') {
        this.nameBeforeVerb(i);
        if (g.k === 'is' && this.lowerDoc) this.dictatedName(i);
      }
      if ((g.f & (L.LAST | L.OTHER)) !== 0 && (g.f & L.WORD) === 0 && g.shape === 'T' && i > 0) this.unknownBeforeSurname(i);
      if ((g.m & M.STRONG_CONTEXT) !== 0 && i > 0 && v.charCodeAt(g.s - 1) === 40) this.nameBeforeRelOf(i);
      if ((g.m & M.KIN_PLURAL) !== 0 && g.k === 'initials') this.initialsAfter(g);
      if ((g.f & L.FIRST) === 0 || (g.f & L.WORD) === 0 || g.shape !== 'T') continue;
      if (g.k === 'baby') {
        this.babyName(g);
        continue;
      }
      const s = toks[i + 1];
      if (s === undefined || s.shape !== 'T' || !oneSpace(v, g.e, s.s) || g.possessive || g.w.length < 3 || s.w.length < 3 || s.capitals > 2) continue;
      if ((g.m & (M.NOT_NAME | M.TITLES | M.STATE_WORDS | M.MONTH_WORDS | M.PLACE_PREP | M.NOT_PERSON | M.EPONYMS | M.SUBJECT_VERBS)) !== 0 || BASE_VERBS.has(g.k) || MODALS.has(g.k)) continue;
      if (this.common(s) || (s.m & (M.NOT_NAME | M.TITLES | M.STATE_WORDS | M.MONTH_WORDS | M.NOT_PERSON | M.EPONYMS | M.FACILITY_GENERIC | M.BUILDING_HEADS | M.CREDENTIAL_TOKENS | M.SCALE_NAMES)) !== 0) continue;
      if ((s.f & (L.PLACE | L.COUNTRY | L.PLACE_PREFIX)) !== 0 && (s.f & (L.LAST | L.COMMON_SURNAME)) === 0) continue;
      if ((s.f & (T.FACILITY | T.STREET | T.MAKE)) !== 0 || (s.f & NAME_BITS) === 0 && this.abbrevLike(s)) continue;
      // Not inside a longer capitalized name ("Grace Kelleher Foundation") nor a place after a preposition.
      const nx = toks[i + 2];
      if (nx !== undefined && nx.shape === 'T' && oneSpace(v, s.e, nx.s)) continue;
      if (WEEKDAY_SHORT.test(s.w) || /(?:\b(?:in|at|from|to|near|visiting|via|on)[ \t]+|[0-9][ \t]*)$/i.test(v.slice(Math.max(0, g.s - 12), g.s))) continue;
      // Not a sentence's first word ("Iris Nevus noted", "Crystal Methamphetamine use"), nor a surname with a medical ending.
      if (MEDICAL_ENDING.test(s.k)) continue;
      let z = g.s - 1;
      z = skipBlanksBack(v, z);
      const zc = z < 0 ? 10 : v.charCodeAt(z);
      if (zc === 10 || zc === 13 || zc === 46 || zc === 33 || zc === 63) continue;
      // Not in a run of capitalized words ("Draining Green Bilious"): the word before is no capitalized word other than a title.
      const pg = toks[i - 1];
      if (pg !== undefined && pg.shape === 'T' && oneSpace(v, pg.e, g.s) && (pg.m & (M.TITLES | M.STRONG_CONTEXT | M.MEDIUM_CONTEXT)) === 0) continue;
      if (!this.nameOverlaps(g.s, s.e)) this.add(g.s, s.e, 'NAME', 75);
    }
  }
  /** namesBeside: a person after a title opening a place found (the first n0 candidates), then "of" and the place. */
  personOfPlace(n0: number): void {
    const v = this.v;
    // "Rev. Tevita Lolohea of Tongan Methodist Church of Hayward", "Fr. Tomasz Wrona of St. Brigid's Church": a place found that
    // opens with a person after a title holds the person, then "of" and the place.
    for (let x = 0; x < n0; x++) {
      const c = this.cands[x] as Cand;
      if (c.p < 0 || c.t !== 'LOCATION' || c.s < 3) continue;
      // (" of " inside the place first, a short loop, then the title before it: few places hold an " of ".)
      let o = -1;
      for (let x = c.s; x < c.e - 4; x++) {
        if (v.charCodeAt(x) === 32 && v.charCodeAt(x + 1) === 111 && v.charCodeAt(x + 2) === 102 && v.charCodeAt(x + 3) === 32) {
          o = x;
          break;
        }
      }
      if (o < 0 || !TITLE_PERSON_BEFORE.test(v.slice(Math.max(0, c.s - 10), c.s))) continue;
      const who = v.slice(c.s, o);
      if (!/^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,2}$/u.test(who)) continue;
      this.add(c.s, o, 'NAME', c.p + 2);
      this.add(o + 4, c.e, 'LOCATION', c.p + 1);
    }
  }
  /** "doctor tumelo dlamini end", "pham khanh huong,": known name parts in lower case after a lower-case name found (run
   * after lowerRepeats, which finds lower-case repeats of names). */
  lowerNameTails(): void {
    const v = this.v;
    const toks = this.toks;
    const n0 = this.cands.length;
    for (let x = 0; x < n0; x++) {
      const c = this.cands[x] as Cand;
      if (c.p < 0 || c.t !== 'NAME') continue;
      const c0 = v.charCodeAt(c.s);
      if (c0 < 97 || c0 > 122 || v.charCodeAt(c.e) !== 32) continue;
      let i = this.tokenStartingAt(c.s);
      while (i >= 0 && i + 1 < toks.length && (toks[i] as Tok).e < c.e) i++;
      if (i < 0 || (toks[i] as Tok).e !== c.e) continue;
      let e = c.e;
      for (let j = i + 1; j < toks.length && j <= i + 2; j++) {
        const nx = toks[j] as Tok;
        if (!oneSpace(v, (toks[j - 1] as Tok).e, nx.s) || nx.shape !== 'L' || nx.w.length < 3 || nx.possessive || this.common(nx) || (nx.f & NAME_BITS) === 0) break;
        if ((nx.m & (M.NOT_NAME | M.TITLES | M.EPONYMS | M.NOT_PERSON | M.CREDENTIAL_TOKENS | M.STATE_ABBR_LOWER)) !== 0 || ((nx.f & (L.PLACE | L.COUNTRY)) !== 0 && (nx.f & L.LAST) === 0)) break;
        const a = v.charCodeAt(nx.e);
        const nn = toks[j + 1];
        if (!(nx.e >= v.length || a === 10 || a === 13 || a === 44 || a === 46 || a === 59 || a === 41 || (a === 32 && nn !== undefined && nn.s === nx.e + 1 && nn.shape === 'L'))) break;
        e = nx.e;
      }
      if (e > c.e) this.add(c.s, e, 'NAME', c.p);
    }
  }
  /** "pt Manybirds called", "patient Oduwole reports": a capitalized word no lexicon knows between "pt" or "patient"
   * and a verb only a person does (toks[i] is the verb). */
  nameBeforeVerb(i: number): void {
    const v = this.v;
    const t = this.toks[i - 1] as Tok;
    const cue = this.toks[i - 2] as Tok;
    if (t.shape !== 'T' || t.possessive || t.w.length < 4 || (t.f & (NAME_BITS | L.WORD | L.PLACE | L.COUNTRY | L.PLACE_PREFIX)) !== 0 || this.common(t) || this.abbrevLike(t) || WEEKDAY_SHORT.test(t.w)) return;
    // ("pt Intubated was", "pt Tachycardic was": a state, not a name.)
    if (STATE_ENDING.test(t.k) || MEDICAL_ENDING.test(t.k)) return;
    if ((t.m & (M.NOT_NAME | M.TITLES | M.EPONYMS | M.NOT_PERSON | M.MONTH_WORDS | M.STATE_WORDS)) !== 0 || (t.f & (T.FACILITY | T.MAKE | T.STREET)) !== 0) return;
    if ((cue.k !== 'pt' && cue.k !== 'patient') || !oneSpace(v, cue.e, t.s) || !oneSpace(v, t.e, (this.toks[i] as Tok).s)) return;
    if (!this.nameOverlaps(t.s, t.e)) this.add(t.s, t.e, 'NAME', 80);
  }
  /** Dictation typed in lower case: "patient is kamau tiwari-oduwole date of birth ...", "name is ... dob": a known given
   * name and one or two more words that are no common words, up to a birth date cue or punctuation (toks[i] is "is"). */
  dictatedName(i: number): void {
    const v = this.v;
    const toks = this.toks;
    const cue = toks[i - 1] as Tok;
    if ((cue.k !== 'patient' && cue.k !== 'name') || !oneSpace(v, cue.e, (toks[i] as Tok).s)) return;
    const g = toks[i + 1];
    if (g === undefined || g.shape !== 'L' || !oneSpace(v, (toks[i] as Tok).e, g.s) || (g.f & NAME_BITS) === 0 || this.common(g) || (g.m & (M.NOT_NAME | M.MONTH_WORDS)) !== 0) return;
    let j = i + 2;
    let e = g.e;
    for (; j < toks.length && j <= i + 3; j++) {
      const t = toks[j] as Tok;
      if (t.shape !== 'L' || !oneSpace(v, e, t.s) || this.common(t) || (t.m & (M.NOT_NAME | M.MONTH_WORDS | M.TITLES)) !== 0 || DICTATION_STOP.has(t.k)) break;
      e = t.e;
    }
    if (e === g.e) return;
    const nx = toks[j];
    const a = v.charCodeAt(e);
    if (!(a === 44 || a === 46 || a === 10 || e >= v.length || (nx !== undefined && DICTATION_STOP.has(nx.k) && oneSpace(v, e, nx.s)))) return;
    if (!this.nameOverlaps(g.s, e)) this.add(g.s, e, 'NAME', 80);
  }
  /** Label-printer fields (ZPL "^FD...^FS"): a name written surname first, alone or after a short label ("^FDKAMAU,
   * NJERI^FS", "^FDAttn: OKWUOSA-BRANDT, T  ALLERGY: ..."), when the given name is known or an initial. */
  labelFieldNames(): void {
    const v = this.v;
    for (let q = v.indexOf('^FD'); q >= 0; q = v.indexOf('^FD', q + 3)) {
      FIELD_NAME.lastIndex = q + 3;
      const m = FIELD_NAME.exec(v);
      if (!m) continue;
      const fam = m[1] as string;
      const given = (m[2] as string).toLowerCase();
      const gf = this.fl(given);
      // (A given name no lexicon knows passes when the surname is a known name: "KAMAU, NJERI".)
      const famKnown = fam.split(/[ \t-]+/).some((w) => (this.fl(w.toLowerCase()) & NAME_BITS) !== 0);
      const givenOk = given.length === 1 || (gf & L.FIRST) !== 0 || (famKnown && given.length >= 3 && (gf & (NAME_BITS | L.WORD | L.PLACE | L.COUNTRY)) === 0);
      if (!givenOk || NOT_NAME.has(given) || STATE_WORDS.has(given) || MONTH_WORDS.has(given)) continue;
      const famOk = fam.split(/[ \t-]+/).every((w) => {
        const k = w.toLowerCase();
        const f = this.fl(k);
        return k.length >= 2 && !NOT_NAME.has(k) && !STATE_WORDS.has(k) && ((f & L.WORD) === 0 || (f & (L.LAST | L.COMMON_SURNAME)) !== 0);
      });
      if (!famOk) continue;
      const e = FIELD_NAME.lastIndex;
      const st = e - (m[0] as string).length + (m[0] as string).indexOf(fam);
      this.add(st, e, 'NAME', 90);
    }
  }
  /** "..., Seraphina Banerjee (pathology), ...": a capitalized word no lexicon knows before a known surname that is no word
   * (toks[i]), the two between separators of a list or a field (comma, semicolon, colon, bracket, line). */
  unknownBeforeSurname(i: number): void {
    const v = this.v;
    const s = this.toks[i] as Tok;
    const g = this.toks[i - 1] as Tok;
    if (g.shape !== 'T' || !oneSpace(v, g.e, s.s) || g.possessive || g.w.length < 4 || s.w.length < 3 || (g.f & (NAME_BITS | L.WORD | L.PLACE | L.COUNTRY | L.PLACE_PREFIX)) !== 0 || this.common(g) || this.abbrevLike(g)) return;
    if ((g.m & (M.NOT_NAME | M.TITLES | M.EPONYMS | M.NOT_PERSON | M.MONTH_WORDS | M.STATE_WORDS | M.FACILITY_GENERIC)) !== 0 || (g.f & (T.FACILITY | T.MAKE | T.STREET | T.LABEL)) !== 0 || ROLE_ENDING.test(g.k) || WEEKDAY_SHORT.test(g.w)) return;
    if (STATE_ENDING.test(g.k) || MEDICAL_ENDING.test(g.k) || MEDICAL_ENDING.test(s.k)) return;
    if ((s.m & (M.NOT_NAME | M.EPONYMS | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.SCALE_NAMES)) !== 0 || this.common(s)) return;
    let a = g.s - 1;
    a = skipBlanksBack(v, a);
    const b0 = a < 0 ? 10 : v.charCodeAt(a);
    let z = s.e;
    z = skipBlanks(v, z, v.length);
    const a0 = z >= v.length ? 10 : v.charCodeAt(z);
    // Before: a line start, a comma, a semicolon, a colon or a bracket; after: the same or a line end.
    if (!(b0 === 10 || b0 === 44 || b0 === 59 || b0 === 58 || b0 === 40) || !(a0 === 10 || a0 === 13 || a0 === 44 || a0 === 59 || a0 === 40 || a0 === 41)) return;
    if (!this.nameOverlaps(g.s, s.e)) this.add(g.s, s.e, 'NAME', 70);
  }
  /** "Wairimu Njeri (24F)", "Kipchoge (42, M)": the pair or the word before an age and sex alone in brackets (toks[i] holds digits). */
  pairBeforeAgeSex(i: number): void {
    const v = this.v;
    const t = this.toks[i] as Tok;
    if (i < 2 || v.charCodeAt(t.s - 1) !== 40 || v.charCodeAt(t.s - 2) !== 32 || !AGE_SEX_BRACKET.test(v.slice(t.s, t.s + 12))) return;
    const pv = this.toks[i - 2] as Tok;
    // ("Kipchoge (42, M)": one word alone before the bracket.)
    if (pv.shape === 'T' && oneSpace(v, pv.e, (this.toks[i - 1] as Tok).s)) this.pairBeforeBracket(i - 2, i - 1, t.s - 2);
    else this.wordBeforeBracket(i - 1, t.s - 2);
  }
  /** "Sterling (husband of pt Iris Okwuosa)": a name before a relative's or a role's "of" in brackets (toks[i] is the
   * relative's word right after the bracket). */
  nameBeforeRelOf(i: number): void {
    const v = this.v;
    const q = (this.toks[i] as Tok).s - 2;
    if (v.charCodeAt(q) !== 32) return;
    const ke = v.charCodeAt((this.toks[i] as Tok).e);
    if ((ke === 41 || ke === 44) && i >= 2) {
      const pv = this.toks[i - 2] as Tok;
      if (ke === 41 && i >= 3 && pv.shape === 'T' && oneSpace(v, pv.e, (this.toks[i - 1] as Tok).s)) this.pairBeforeBracket(i - 2, i - 1, q);
      else if (KIN_IN_BRACKETS.has((this.toks[i] as Tok).k)) this.wordBeforeBracket(i - 1, q);
    }
    REL_OF.lastIndex = q + 1;
    if (!REL_OF.test(v)) return;
    const t = this.toks[i - 1] as Tok;
    if (t.e !== q || t.shape !== 'T' || t.possessive || t.w.length < 3) return;
    if ((t.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.FACILITY_GENERIC)) !== 0 || (t.f & L.COUNTRY) !== 0) return;
    if ((t.f & L.FIRST) === 0 && ((t.f & (NAME_BITS | L.WORD | L.PLACE)) !== 0 || t.w.length < 4 || this.abbrevLike(t))) {
      if ((t.f & (L.LAST | L.OTHER)) === 0 || this.common(t)) return;
    }
    if (!this.nameOverlaps(t.s, t.e)) this.add(t.s, t.e, 'NAME', 80);
  }
  /** "Initials K-M-T", "Initials: Q-LW": a subject's or a signer's initials after their label (g). */
  initialsAfter(g: Tok): void {
    const v = this.v;
    INITIALS_AFTER.lastIndex = g.e;
    const m = INITIALS_AFTER.exec(v);
    if (!m) return;
    const ini = m[1] as string;
    if (NOT_INITIALS.has(ini) || NOT_NAME.has(ini.toLowerCase())) return;
    const st = INITIALS_AFTER.lastIndex - ini.length;
    if (!this.nameOverlaps(st, st + ini.length)) this.add(st, st + ini.length, 'NAME', 85);
  }
  /** "Baby Kanoa born", "Baby: Tumelo (Baby Boy ...)": a newborn's given name after "Baby" (g). */
  babyName(g: Tok): void {
    const v = this.v;
    BABY_NAME.lastIndex = g.e;
    const m = BABY_NAME.exec(v);
    if (!m) return;
    const w = m[1] as string;
    const f = this.fl(w.toLowerCase());
    if ((f & L.WORD) !== 0 || ((f & (L.PLACE | L.COUNTRY)) !== 0 && (f & L.FIRST) === 0) || NOT_NAME.has(w.toLowerCase()) || EPONYMS.has(w.toLowerCase())) return;
    const st = BABY_NAME.lastIndex - w.length;
    if (!this.nameOverlaps(st, st + w.length)) this.add(st, st + w.length, 'NAME', 80);
  }
  /** "Achieng Otieno (coworker)", "Wairimu Njeri (24F)": two capitalized words that are no common words, right before
   * a relative's or a role's word, or an age and sex, alone in brackets (the pair is toks[a], toks[b], the bracket at q + 1);
   * weak: before a comma and a bare age ("Otieno Nyokabi, 34,"). */
  pairBeforeBracket(a: number, b: number, q: number, weak = false): void {
    const v = this.v;
    const g = this.toks[a] as Tok;
    const s = this.toks[b] as Tok;
    // (Before a bare number the evidence is weaker: no word may end like a lab, a drug or a state: "Serum Osmolality, 34".)
    if (weak && (LAB_ENDING.test(g.k) || LAB_ENDING.test(s.k) || STATE_ENDING.test(g.k) || STATE_ENDING.test(s.k) || MEDICAL_ENDING.test(s.k))) return;
    if (s.e !== q || g.shape !== 'T' || s.shape !== 'T' || !oneSpace(v, g.e, s.s) || g.possessive || s.possessive || g.w.length < 3 || s.w.length < 2) return;
    for (const t of [g, s]) {
      if ((this.common(t) && (t.f & NAME_BITS) === 0) || this.abbrevLike(t) || (t.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.EPONYMS | M.NOT_PERSON | M.FACILITY_GENERIC | M.STRONG_CONTEXT)) !== 0) return;
      if ((t.f & (L.PLACE | L.COUNTRY)) !== 0 && (t.f & NAME_BITS) === 0) return;
      if ((t.f & (T.FACILITY | T.STREET | T.MAKE)) !== 0) return;
    }
    // Both common words that are also names ("Grace Hope") need the one before the bracket to be no word.
    if (this.common(g) && this.common(s)) return;
    if (!this.nameOverlaps(g.s, s.e)) this.add(g.s, s.e, 'NAME', 72);
    else for (const c of this.cands) if (c.p >= 0 && c.t === 'NAME' && c.s > g.s && c.s <= s.s && c.e <= s.e) {
      this.add(g.s, s.e, 'NAME', c.p);
      break;
    }
  }
  /** "Reported by: Wambui (mother)", "Household: Nduta (sister, 7)": one capitalized word no lexicon knows, or a known
   * name that is no word, of five letters or more, alone before a relative's word in brackets, as an entry of a list
   * (toks[j], ending at q). */
  wordBeforeBracket(j: number, q: number): void {
    const v = this.v;
    const t = this.toks[j] as Tok;
    if (t.e !== q || t.shape !== 'T' || t.possessive || t.w.length < 5 || this.common(t) || this.abbrevLike(t) || WEEKDAY_SHORT.test(t.w)) return;
    if ((t.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.EPONYMS | M.NOT_PERSON | M.FACILITY_GENERIC | M.STRONG_CONTEXT | M.SCALE_NAMES)) !== 0) return;
    if ((t.f & (L.PLACE | L.COUNTRY | L.PLACE_PREFIX)) !== 0 && (t.f & NAME_BITS) === 0) return;
    if ((t.f & (T.FACILITY | T.STREET | T.MAKE | T.LABEL)) !== 0 || ROLE_ENDING.test(t.k) || ((t.f & NAME_BITS) === 0 && (STATE_ENDING.test(t.k) || MEDICAL_ENDING.test(t.k)))) return;
    // An entry of a list: a colon, a comma, a semicolon or a line start before the word, and the bracket closing the entry.
    let a = t.s - 1;
    a = skipBlanksBack(v, a);
    const b0 = a < 0 ? 10 : v.charCodeAt(a);
    if (!(b0 === 10 || b0 === 58 || b0 === 44 || b0 === 59)) return;
    let z = v.indexOf(')', q);
    if (z < 0 || z - q > 16) return;
    z++;
    z = skipBlanks(v, z, v.length);
    const a0 = z >= v.length ? 10 : v.charCodeAt(z);
    if (!(a0 === 10 || a0 === 13 || a0 === 44 || a0 === 59 || a0 === 46)) return;
    if (!this.nameOverlaps(t.s, t.e)) this.add(t.s, t.e, 'NAME', 72);
  }
  /** Message and role labels: "To: Nduta Wekesa  From: ...", "Vaccinator: Kiprono W. |": a name of two or three
   * capitalized words that are no common words, or a surname and an initial, as the label's whole value. */
  labelNames(): void {
    const v = this.v;
    for (let q = v.indexOf(':'); q >= 2; q = v.indexOf(':', q + 1)) {
      const c = v.charCodeAt(q - 1);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) continue;
      let a = q - 1;
      while (a > 0 && isLetterCode(v.charCodeAt(a - 1))) a--;
      if (q - a < 2 || (a > 0 && (isWordCode(v.charCodeAt(a - 1)) || v.charCodeAt(a - 1) === 45 || v.charCodeAt(a - 1) === 47))) continue;
      const k = v.slice(a, q).toLowerCase();
      let role = MESSAGE_LABELS.has(k);
      if (!role) {
        if (k.length < 6 || !ROLE_ENDING.test(k)) continue;
        const f = this.fl(k);
        if ((f & (L.WORD | NAME_BITS | L.PLACE)) !== 0 || STRONG_CONTEXT.has(k)) continue;
        role = true;
      }
      LABEL_NAME_VALUE.lastIndex = q + 1;
      const m = LABEL_NAME_VALUE.exec(v);
      if (!m) continue;
      const val = (m[1] ?? m[2]) as string;
      const st = LABEL_NAME_VALUE.lastIndex - m[0].length + m[0].indexOf(val);
      let ok = true;
      let unknown = 0;
      for (const w of val.split(/[ ,.]+/)) {
        if (w.length < 2) continue;
        const wk = w.toLowerCase();
        const f = this.fl(wk);
        if (NOT_NAME.has(wk) || TITLES.has(wk) || STATE_WORDS.has(wk) || MONTH_WORDS.has(wk) || FACILITY_GENERIC.has(wk) || FACILITY_FIRST.has(wk) || EPONYMS.has(wk)) ok = false;
        else if ((f & L.WORD) !== 0 && (f & NAME_BITS) === 0) ok = false;
        else if ((f & (L.PLACE | L.COUNTRY)) !== 0 && (f & NAME_BITS) === 0) ok = false;
        else if ((f & NAME_BITS) === 0) unknown++;
        if (!ok) break;
      }
      if (!ok || (m[1] !== undefined && unknown === 0 && !/^\p{Lu}[\p{Ll}'-]+ \p{Lu}[\p{Ll}'-]+$/u.test(val))) continue;
      if (!this.nameOverlaps(st, st + val.length)) this.add(st, st + val.length, 'NAME', 74);
    }
  }
  /** "1) Wairimu K, 45F, lap appx": a capitalized word no lexicon knows as a common word and an initial, before a comma
   * and an age and sex (toks[i] holds the age). */
  surnameInitialBeforeAgeSex(i: number): void {
    const v = this.v;
    const t = this.toks[i] as Tok;
    const ini = this.toks[i - 1] as Tok;
    const sur = this.toks[i - 2] as Tok;
    if (ini.shape !== 'I' || ini.e !== t.s - 2 || sur.shape !== 'T' || !oneSpace(v, sur.e, ini.s) || sur.w.length < 3 || sur.possessive) return;
    if (!/^\d{1,3}[ \t]?[MF]\b/.test(v.slice(t.s, t.s + 5))) return;
    if ((this.common(sur) && (sur.f & NAME_BITS) === 0) || (sur.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.EPONYMS | M.NOT_PERSON | M.FACILITY_GENERIC)) !== 0 || this.abbrevLike(sur)) return;
    if ((sur.f & (L.PLACE | L.COUNTRY)) !== 0 && (sur.f & NAME_BITS) === 0) return;
    if (!this.nameOverlaps(sur.s, ini.e)) this.add(sur.s, ini.e, 'NAME', 74);
  }
  /** Whether a name found so far overlaps [s, e). */
  nameOverlaps(s: number, e: number): boolean {
    return this.someOverlap(s, e, isNameCand);
  }
  /** Whether toks[j] is a given name right before a surname found alone: a known given name (also a word: "Ward",
   * "April"), or a capitalized word no lexicon knows; not a title, a role, a month after a date word, a sentence's
   * first common word, nor a place after a preposition. */
  givenBeforeSurname(j: number): boolean {
    const v = this.v;
    const pv = this.toks[j] as Tok;
    if (pv.possessive || pv.w.length < 3 || pv.capitals !== 1) return false;
    // (A month that is also a given name, "April", passes; the words before it are checked below.)
    if ((pv.m & (M.TITLES | M.STATE_WORDS | M.PLACE_PREP | M.CORE_TITLES | M.NOT_PERSON | M.EPONYMS | M.CREDENTIAL_TOKENS | M.FACILITY_GENERIC | M.SUBJECT_VERBS)) !== 0) return false;
    if ((pv.m & M.NOT_NAME) !== 0 && ((pv.m & M.MONTH_WORDS) === 0 || (pv.f & L.FIRST) === 0)) return false;
    if (BASE_VERBS.has(pv.k) || MODALS.has(pv.k)) return false;
    if ((pv.f & L.FIRST) === 0) {
      if ((pv.f & (NAME_BITS | L.WORD | L.PLACE | L.COUNTRY | L.PLACE_PREFIX)) !== 0 || this.common(pv) || (pv.f & (T.FACILITY | T.STREET | T.MAKE | T.LABEL)) !== 0 || pv.w.length < 4 || this.abbrevLike(pv)) return false;
      // Role nouns no lexicon lists ("Caregiver", "Claimant", "Coordinator").
      if (ROLE_ENDING.test(pv.k) || WEEKDAY_SHORT.test(pv.w)) return false;
    } else if ((pv.f & L.WORD) !== 0 && this.sentenceStartWord(j)) return false;
    const before = v.slice(Math.max(0, pv.s - 12), pv.s);
    if (/(?:\b(?:in|at|from|to|near|of|visiting|via|since|until|by|on|during|last|next|early|late|mid)[ \t]+|[0-9][ \t]*)$/i.test(before)) return false;
    return true;
  }
  /**
   * Pipe tables: a cell that holds a name written surname first ("| DLUDLA, SIPHO |", "| von Dorp, Willemijn |")
   * when its given name is known; under a column headed by a staff role ("RN", "MD/APP", "Tech", "Init"), initials
   * and surnames ("| KO |", "| Oduwole|", "| Szabo PA |", "| TKW  dose held").
   */
  tableNames(): void {
    const v = this.v;
    const len = v.length;
    /** Bit k: column k is headed by a staff role. */
    let staffCols = 0;
    let lead = false;
    for (let ls = 0; ls < len; ) {
      let le = lineEndOf(v, ls);
      if (le < 0) le = len;
      const bar = v.indexOf('|', ls);
      if (bar < 0) break;
      if (bar >= le) {
        // Lines without a bar end a table: go on at the start of the line of the next bar.
        staffCols = 0;
        ls = lineStartOf(v, bar);
        continue;
      }
      const cells: number[] = [ls];
      for (let q = bar; q >= 0 && q < le; q = v.indexOf('|', q + 1)) cells.push(q + 1);
      cells.push(le + 1);
      if (cells.length < 4) {
        staffCols = 0;
        ls = le + 1;
        continue;
      }
      const thisLead = v.slice(ls, bar).trim() === '';
      let header = false;
      const shift = thisLead === lead ? 0 : thisLead ? -1 : 1;
      for (let k = 0; k + 1 < cells.length; k++) {
        let a = cells[k] as number;
        let b = (cells[k + 1] as number) - 1;
        a = skipBlanks(v, a, b);
        while (b > a && (v.charCodeAt(b - 1) === 32 || v.charCodeAt(b - 1) === 9 || v.charCodeAt(b - 1) === 13)) b--;
        if (b - a < 2) continue;
        const cell = v.slice(a, b);
        if (k < 30 && staffHeader(cell)) {
          if (!header) staffCols = 0;
          staffCols |= 1 << k;
          lead = thisLead;
          header = true;
          continue;
        }
        const m = SURNAME_FIRST_CELL.exec(cell);
        if (m) {
          const given = (m[2] as string).toLowerCase();
          const gf = this.fl(given);
          const famOk = (m[1] as string).split(/[ \t]+/).every((w) => {
            const k2 = w.toLowerCase();
            const f = this.fl(k2);
            return PARTICLES.has(k2) || (!NOT_NAME.has(k2) && !STATE_WORDS.has(k2) && !FACILITY_GENERIC.has(k2) && ((f & L.WORD) === 0 || (f & (L.LAST | L.COMMON_SURNAME)) !== 0));
          });
          // (A given name no lexicon knows passes with a middle initial after it: "KIPCHOGE, Wanjiru N".)
          const layout = /[ \t][A-Z]\.?$/.test(m[0] as string);
          const givenOk = (gf & L.FIRST) !== 0 || (layout && given.length >= 3 && (gf & (NAME_BITS | L.WORD | L.PLACE | L.COUNTRY)) === 0);
          if (givenOk && famOk && !NOT_NAME.has(given) && !STATE_WORDS.has(given) && (gf & L.COUNTRY) === 0 && !MONTH_WORDS.has(given)) this.add(a, a + (m[0] as string).replace(/\.$/, '').length, 'NAME', 90);
        }
        if (!header && staffCols !== 0 && k + shift >= 0 && k + shift < 30 && (staffCols & (1 << (k + shift))) !== 0) {
          const s = STAFF_CELL.exec(cell);
          if (!s) continue;
          const w = s[1] as string;
          if (/^[A-Z][a-z]?[A-Z][a-z]?[A-Z]?$/.test(w)) {
            // (Initials that are also an abbreviation count when a legend gives them a name: "TD = Tumelo Dlamini".)
            if (NOT_INITIALS.has(w) || NOT_NAME_CAPS.has(w) || NOT_NAME.has(w.toLowerCase())) {
              const legend = v.indexOf(w + ' =');
              if (!LEGEND_AFTER.test(v.slice(legend, legend + w.length + 40))) continue;
            }
          } else {
            const ok = w.split(/[ \t]+/).every((p) => {
              const f = this.fl(p.toLowerCase());
              return !NOT_NAME.has(p.toLowerCase()) && ((f & L.WORD) === 0 || (f & NAME_BITS) !== 0 && (f & L.WORD) === 0);
            });
            if (!ok) continue;
          }
          this.add(a, a + w.length, 'NAME', 85);
        }
      }
      ls = le + 1;
    }
  }
  /**
   * Around the names found: a given name that is also a country or a place right before a surname found ("Jordan
   * Whitlock, CPhT", "Georgia Okafor"); a user name built from a name in brackets right after it ("Kiersten (kmohr)");
   * the name line of a letter's address block, right above its street line ("ROSE M. CALDERON-VEGA\n1620 W 18th Pl").
   */
  aroundNames(): void {
    const v = this.v;
    const toks = this.toks;
    const n0 = this.cands.length;
    for (let x = 0; x < n0; x++) {
      const c = this.cands[x] as Cand;
      if (c.p < 0) continue;
      if (c.t === 'LOCATION') {
        // A street line ("1620 W 18th Pl") opening its line, under a line of two to four capitalized words.
        const d0 = v.charCodeAt(c.s);
        if (d0 >= 48 && d0 <= 57 && c.s >= 2 && v.charCodeAt(c.s - 1) === 10) this.addresseeAbove(c.s - 1);
        continue;
      }
      if (c.t !== 'NAME') continue;
      // (Stop 19: codeAt, not charCodeAt, where the index may fall outside the text: such a read deoptimizes.)
      const b = codeAt(v, c.s - 1);
      if (b === 32) {
        const i = this.tokenStartingAt(c.s);
        const pv = i > 0 ? toks[i - 1] : undefined;
        const t = toks[i];
        if (pv && t && t.shape === 'T' && pv.shape === 'T' && pv.e === c.s - 1 && (pv.f & L.FIRST) !== 0 && (pv.f & (L.COUNTRY | L.PLACE)) !== 0 && !pv.possessive &&
          (this.isLast(t) || (t.f & L.COMMON_SURNAME) !== 0) && !this.common(t) && (pv.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.PLACE_PREP)) === 0 && !this.sentenceStartWord(i - 1) &&
          !/(?:\b(?:in|at|from|to|near|of|visiting|via)[ \t]+|[0-9][ \t]*)$/i.test(v.slice(Math.max(0, pv.s - 12), pv.s)))
          this.add(pv.s, c.e, 'NAME', c.p + 1);
      }
      // "Mohammed bin Rashid Al-Farsi": a particle between two names found joins them; "de la Cruz, Maria" opening a line or
      // after a label: the particles before a name found are part of it.
      if (v.charCodeAt(c.e) === 32) {
        PARTICLE_AT.lastIndex = c.e + 1;
        if (PARTICLE_AT.test(v)) {
          const e2 = PARTICLE_AT.lastIndex;
          for (let y = 0; y < n0; y++) {
            const d = this.cands[y] as Cand;
            if (d.t === 'NAME' && d.p >= 0 && d.s === e2) {
              this.add(c.s, d.e, 'NAME', Math.max(c.p, d.p) + 1);
              break;
            }
          }
        }
      }
      if (b === 32) {
        const i = this.tokenStartingAt(c.s);
        let a = i;
        while (a > 0 && a > i - 3 && (toks[a - 1] as Tok).shape === 'L' && ((toks[a - 1] as Tok).m & M.PARTICLES) !== 0 && oneSpace(v, (toks[a - 1] as Tok).e, (toks[a] as Tok).s)) a--;
        if (a < i && a >= 0) {
          const p0 = (toks[a] as Tok).s;
          let q = p0 - 1;
          q = skipBlanksBack(v, q);
          const qc = q >= 0 ? v.charCodeAt(q) : 10;
          if (qc === 10 || qc === 58 || qc === 40 || qc === 44 || qc === 59 || TITLE_BEFORE.test(v.slice(Math.max(0, p0 - 8), p0))) this.add(p0, c.e, 'NAME', c.p + 1);
        }
      }
      // "Attending: Lindqvist, K": a surname found, a comma and the initial of the given name, ending the entry.
      if (v.charCodeAt(c.e) === 44 && v.charCodeAt(c.e + 1) === 32) {
        const m = INITIAL_AFTER_COMMA.exec(v.slice(c.e, c.e + 10));
        const t = toks[this.tokenIndexBefore(c.e)];
        if (m && t && t.e === c.e && t.shape !== 'I' && (this.isLast(t) || (t.f & L.COMMON_SURNAME) !== 0)) this.add(c.s, c.e + (m[1] as string).length, 'NAME', c.p + 1);
      }
      // "rep Kiersten (kmohr)".
      if (v.charCodeAt(c.e) === 32 && v.charCodeAt(c.e + 1) === 40) {
        const m = /^ \(([a-z][a-z0-9._]{3,24})\)/.exec(v.slice(c.e, c.e + 30));
        if (m && this.nameHandle(m[1] as string, false) && (memberBits(m[1] as string) & (M.STRONG_CONTEXT | M.NOT_NAME | M.MEDIUM_CONTEXT)) === 0) this.add(c.e + 2, c.e + 2 + (m[1] as string).length, 'NAME', 66);
      }
    }
  }
  /** The line ending at nl (a newline) when it holds only a person's name: two to four capitalized words or initials, one a known name. */
  addresseeAbove(nl: number): void {
    const v = this.v;
    const toks = this.toks;
    let ls = nl;
    while (ls > 0 && nl - ls < 48 && v.charCodeAt(ls - 1) !== 10) ls--;
    if (ls > 0 && v.charCodeAt(ls - 1) !== 10) return;
    const e = this.tokenIndexBefore(nl);
    if (e < 0) return;
    let a = e;
    while (a > 0 && (toks[a - 1] as Tok).e > ls) a--;
    const first = toks[a] as Tok;
    const last = toks[e] as Tok;
    if (e - a < 1 || e - a > 3 || !blanks(v, ls, first.s) && first.s !== ls || !/^[ \t]*$/.test(v.slice(last.e + (last.shape === 'I' ? 1 : 0), nl))) return;
    let known = false;
    for (let x = a; x <= e; x++) {
      const t = toks[x] as Tok;
      if (x > a && !/^\.?[ \t]$/.test(v.slice((toks[x - 1] as Tok).e, t.s))) return;
      if (t.shape === 'I') continue;
      if ((t.shape !== 'T' && t.shape !== 'U') || !this.namePart(t) || (t.m & M.NOT_NAME) !== 0 || (this.common(t) && !(t.f & L.FIRST))) return;
      if (((t.f & NAME_BITS) !== 0 || this.known(t)) && !this.common(t)) known = true;
    }
    if (known && !this.anyCand(first.s, last.e)) this.add(first.s, last.e, 'NAME', 70);
  }
  /** "Ma. Corazon Dimaguiba", "Md. Jalal Uddin": "Maria" and "Mohammed" written short (token h) before a given name. */
  shortGivenAt(h: number): void {
    const v = this.v;
    const toks = this.toks;
    const n = toks.length;
    {
      const i = h + 1;
      const t = toks[h] as Tok;
      if (i >= n || (toks[i] as Tok).s !== t.e + 2 || v.charCodeAt(t.e + 1) !== 32 || (toks[i] as Tok).shape !== 'T') return;
      const s = t.s;
      const g = toks[i] as Tok;
      // (A given name no lexicon knows, before a known name: "Md. Shafiqur Rahman".)
      const g2 = toks[i + 1];
      const unknownGiven = (g.f & 0xff) === 0 && !!g2 && g2.shape === 'T' && oneSpace(v, g.e, g2.s) && (g2.f & NAME_BITS) !== 0 && !this.common(g2);
      if (((g.f & (L.FIRST | L.OTHER)) === 0 && !unknownGiven) || this.common(g) || (g.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON)) !== 0 || ((g.f & L.PLACE) !== 0 && (g.f & L.FIRST) === 0)) return;
      let j = i;
      while (j + 1 < n && j < i + 2 && oneSpace(v, (toks[j] as Tok).e, (toks[j + 1] as Tok).s) && (toks[j + 1] as Tok).shape === 'T' && this.namePart(toks[j + 1] as Tok) && !this.common(toks[j + 1] as Tok)) j++;
      this.add(s, (toks[j] as Tok).e, 'NAME', 72);
    }
  }
  /** A lower-case initial and surname around the credential or role at token i ("l. bjornstad md", "fellow t. ahuja"). */
  lowerInitialCue(i: number): void {
    const v = this.v;
    const toks = this.toks;
    const a = toks[i - 2];
    if (a && a.shape === 'L' && a.w.length === 1 && v.charCodeAt(a.e) === 46) this.lowerInitialAt(i - 2);
    const b = toks[i + 1];
    if (b && b.shape === 'L' && b.w.length === 1 && v.charCodeAt(b.e) === 46) this.lowerInitialAt(i + 1);
  }
  /** Words opening a name found that are no part of it: "Baby Boy" and "Baby Girl" of a newborn's name ("Baby Boy Ahn" is the
   * surname Ahn), and a role noun ("Endoscopist Ravindran", "Agent Marcus Whitfield-Cole"). */
  trimNames(): void {
    const v = this.v;
    const toks = this.toks;
    for (const c of this.cands) {
      if (c.t !== 'NAME' || c.p < 0) continue;
      const c0 = v.charCodeAt(c.s);
      if (c0 < 65 || c0 > 90) continue;
      const i = this.tokenStartingAt(c.s);
      if (i < 0) continue;
      const t = toks[i] as Tok;
      const nx = toks[i + 1];
      if (!nx || nx.e > c.e || !oneSpace(v, t.e, nx.s)) continue;
      let to = -1;
      if (t.k === 'baby') {
        // "Baby Boy Ahn", "Baby Girl Castellanos": the sex word too, when a surname follows.
        const n2 = toks[i + 2];
        if ((nx.k === 'boy' || nx.k === 'girl') && n2 && n2.e <= c.e && oneSpace(v, nx.e, n2.s)) to = i + 2;
        // "Baby Kanoa": the baby's given name without the word.
        else if (nx.k !== 'boy' && nx.k !== 'girl' && nx.shape === 'T') to = i + 1;
      } else if ((t.k === 'boy' || t.k === 'girl') && v.slice(Math.max(0, t.s - 5), t.s).toLowerCase() === 'baby ') to = i + 1;
      else if (t.shape === 'T' && (ROLE_NOUNS.has(t.k) || ((t.f & NAME_BITS) === 0 && t.k.length >= 7 && /(?:ologist|oscopist|apist|acist|etrist|ician|itian)$/.test(t.k)))) to = i + 1;
      if (to < 0) continue;
      const s = (toks[to] as Tok).s;
      if (s < c.e) this.setStart(c, s);
    }
  }
  /** Lower-case occurrences of the surnames and given names found capitalized (known names that are no words). */
  lowerRepeats(): void {
    const toks = this.toks;
    const v = this.v;
    this.trimNames();
    let keys: Set<string> | undefined;
    let capsKeys: Set<string> | undefined;
    for (const c of this.cands) {
      if (c.t !== 'NAME' || c.p < 0) continue;
      const c0 = v.charCodeAt(c.s);
      if (c0 < 65 || c0 > 90) continue;
      const i = this.tokenStartingAt(c.s);
      if (i < 0) continue;
      for (let x = i; x < toks.length && (toks[x] as Tok).e <= c.e; x++) {
        const t = toks[x] as Tok;
        // "| DLUDLA, SIPHO | ... Note: S. Dludla withdrew": a name found in capitals in a mixed-case text is a name written
        // capitalized elsewhere too.
        if (t.shape === 'U' && !this.capsDoc && t.k.length >= 4 && !this.common(t) && (t.m & (M.NOT_NAME | M.EPONYMS | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.SCALE_NAMES | M.CREDENTIAL_TOKENS)) === 0 && (t.f & (L.PLACE | L.COUNTRY | T.FACILITY)) === 0 && !NOT_INITIALS.has(t.w) && !NOT_NAME_CAPS.has(t.w)) {
          (capsKeys ??= new Set()).add(t.w.charAt(0) + t.k.slice(1));
          continue;
        }
        if (t.shape !== 'T' || t.k.length < 4 || (t.f & NAME_BITS) === 0 || this.common(t) || (t.m & (M.NOT_NAME | M.EPONYMS | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.SCALE_NAMES)) !== 0 || t.f & (L.PLACE | L.COUNTRY)) continue;
        (keys ??= new Set()).add(t.k);
      }
    }
    if (capsKeys) for (const w of capsKeys) {
      for (let at = v.indexOf(w); at >= 0; at = v.indexOf(w, at + w.length)) {
        const i = this.tokenStartingAt(at);
        if (i < 0) continue;
        const t = toks[i] as Tok;
        if (t.shape !== 'T' || t.w !== w || t.possessive || this.anyName(t.s, t.e)) continue;
        // (With the initial before it: "S. Dludla".)
        const ini = at >= 3 && v.charCodeAt(at - 1) === 32 && v.charCodeAt(at - 2) === 46 && charClass(v.charCodeAt(at - 3)) === 3 && (at === 3 || !isWordCode(v.charCodeAt(at - 4)));
        this.add(ini ? at - 3 : t.s, t.e, 'NAME', 55);
      }
    }
    if (!keys) return;
    // (Each key is searched in the text: fewer steps than a pass over every token.)
    for (const k of keys) {
      for (let at = v.indexOf(k); at >= 0; at = v.indexOf(k, at + k.length)) {
        const i = this.tokenStartingAt(at);
        if (i < 0) continue;
        const t = toks[i] as Tok;
        if (t.shape === 'L' && t.k === k && !this.anyName(t.s, t.e)) this.add(t.s, t.e, 'NAME', 55);
      }
    }
  }
  /** Whether token t may be a part of a person's name in an entry or a list (see entryAt): no word of another kind. */
  namePart(t: Tok): boolean {
    if (t.shape === 'X' || t.shape === 'I') return false;
    if ((t.m & (M.TITLES | M.STATE_WORDS | M.MONTH_WORDS | M.FACILITY_GENERIC | M.NOT_PERSON | M.EPONYMS | M.CREDENTIAL_TOKENS | M.SUBJECT_VERBS | M.STRONG_CONTEXT | M.SCALE_NAMES)) !== 0) return false;
    if (t.f & (L.COUNTRY | T.FACILITY) || ((t.f & L.PLACE) !== 0 && (t.f & NAME_BITS) === 0)) return false;
    if (t.shape === 'U' && (t.w.length < 3 || NOT_INITIALS.has(t.w) || NOT_NAME_CAPS.has(t.w))) return false;
    if (t.shape === 'T' && this.abbrevLike(t)) return false;
    if (t.shape === 'L' && !this.lowerNameOk(t) && !(this.known(t) && !this.common(t))) return false;
    return true;
  }
  /** "Rm 5  Begum, Rokeya  G4P3", "3) Van der Linde, Pieter  89M", "okonkwo, chidi  mrn": surname (token i), comma, given name. */
  entryAt(i: number): void {
    const v = this.v;
    const toks = this.toks;
    const t = toks[i] as Tok;
    const g = toks[i + 1];
    if (!g || !commaGap(v, t.e, g.s) || g.s - t.e > 2) return;
    const lower = t.shape === 'L';
    if (lower ? g.shape !== 'L' : g.shape !== 'T' && !(g.shape === 'U' && t.shape === 'U')) return;
    // (Cheap tests first: a common word that is no name on either side of the comma ends it.)
    if ((t.f & (L.WORD | NAME_BITS)) === L.WORD || (g.f & (L.WORD | NAME_BITS)) === L.WORD || ((t.f | g.f) & (NAME_BITS | L.PLACE)) === 0 && (i === 0 || ((toks[i - 1] as Tok).m & M.PARTICLES) === 0)) return;
    // Particles and a capitalized word before the surname ("Van der Linde", "Castillo de la Cruz").
    let a = i;
    while (a > 0 && a > i - 3) {
      const p = toks[a - 1] as Tok;
      if ((p.m & M.PARTICLES) === 0 || !oneSpace(v, p.e, (toks[a] as Tok).s)) break;
      a--;
    }
    if (a < i && a > 0) {
      const p = toks[a - 1] as Tok;
      if ((p.shape === 'T' || p.shape === 'U') && oneSpace(v, p.e, (toks[a] as Tok).s) && this.namePart(p) && !this.common(p)) a--;
    }
    // The line start before it: a list number, a bullet, a room or bed, a time, a patient label.
    const first = toks[a] as Tok;
    let ls = first.s;
    while (ls > 0 && first.s - ls < 28 && v.charCodeAt(ls - 1) !== 10) ls--;
    if (ls > 0 && v.charCodeAt(ls - 1) !== 10) return;
    if (!ENTRY_PREFIX.test(v.slice(ls, first.s))) return;
    // The given name: one or two words (or a word and an initial).
    let j = i + 1;
    const g2 = toks[j + 1];
    if (g2 && oneSpace(v, g.e, g2.s) && ((g2.shape === g.shape && this.namePart(g2) && !this.common(g2) && this.known(g2)) || (g2.shape === 'I' && !lower))) j++;
    const last = toks[j] as Tok;
    const rest = v.slice(last.e + (last.shape === 'I' && v.charCodeAt(last.e) === 46 ? 1 : 0), last.e + 14);
    // ("OR  Abebe, Tigist rpt c/s": after a room or a list number, a lower-case word may follow the capitalized name.)
    const afterWord = !lower && ls < first.s && /[\w)]/.test(v.slice(ls, first.s)) && /^ [a-z]/.test(rest);
    if (!ENTRY_AFTER.test(rest) && !afterWord) return;
    // Every word a name part, none a common word unless a known name, one known name that is no word.
    let known = false;
    for (let x = a; x <= j; x++) {
      const w = toks[x] as Tok;
      if (w.shape === 'I' || (w.shape === 'L' && (w.m & M.PARTICLES) !== 0) || (x < i && (w.m & M.PARTICLES) !== 0)) continue;
      // "Ward, Evangeline": a clinical word as surname before a known given name that is no word.
      const wardLike = x === i && (w.m & M.NOT_NAME) !== 0 && (w.f & L.COMMON_SURNAME) !== 0 && (g.f & L.FIRST) !== 0 && !this.common(g) && g.shape === 'T';
      if (!wardLike && ((w.m & M.NOT_NAME) !== 0 || !this.namePart(w))) return;
      if (this.common(w) && !(w.f & NAME_BITS)) return;
      if ((this.known(w) || (w.f & NAME_BITS) !== 0) && !this.common(w)) known = true;
      // ("Soo-ah": a hyphenated given name whose first part is a known given name.)
      else if (x > i && w.k.includes('-') && (this.fl(w.k.slice(0, w.k.indexOf('-'))) & L.FIRST) !== 0 && !this.common(w)) known = true;
    }
    // (Particles before a capitalized surname are evidence of a name too: "Van den Akker, Willemijn".)
    if (a < i && first.shape !== 'L') known = true;
    if (!known || (this.common(t) && this.common(g))) return;
    if (!this.anyName(first.s, last.e)) this.add(first.s, last.e, 'NAME', 74);
  }
  /** Whether a NAME candidate covers [s, e). */
  anyName(s: number, e: number): boolean {
    return this.someCovering(s, e, isNameCand);
  }
  /** "l. bjornstad md", "fellow t. ahuja", "cc: j. whitcombe np": a lower-case initial (token i), its dot, a surname. */
  lowerInitialAt(i: number): void {
    const v = this.v;
    const t = this.toks[i] as Tok;
    const sn = this.toks[i + 1];
    if (!sn || sn.shape !== 'L' || sn.s !== t.e + 2 || v.charCodeAt(t.e + 1) !== 32 || sn.w.length < 3) return;
    const pc = t.s > 0 ? v.charCodeAt(t.s - 1) : 10;
    if (pc === 46 || pc === 47 || (pc < 128 && isWordCode(pc))) return;
    const cred = LOWER_CRED_AFTER.test(v.slice(sn.e, sn.e + 12));
    const role = !cred && LOWER_ROLE_BEFORE.test(v.slice(Math.max(0, t.s - 16), t.s));
    if (!cred && !role) return;
    if ((sn.m & (M.NOT_NAME | M.MONTH_WORDS | M.EPONYMS | M.TITLES | M.CREDENTIAL_TOKENS)) !== 0) return;
    // ("r. adeyemi-brooks md": a hyphenated surname, one part a known name that is no word.)
    const partKnown = cred && sn.k.includes('-') && sn.k.split('-').some((p) => p.length >= 3 && (this.fl(p) & NAME_BITS) !== 0 && (this.fl(p) & L.WORD) === 0);
    if (!(this.lowerNameOk(sn) || partKnown || (cred && this.known(sn) && (sn.f & (L.LAST | L.COMMON_SURNAME)) !== 0))) return;
    if (!this.anyName(t.s, sn.e)) this.add(t.s, sn.e, 'NAME', 70);
  }
  /** The cue word at token i (see NAME_CUES): kind 1 a companion, 2 a role, 3 a user-name label. */
  cueAt(i: number, kind: number): void {
    const v = this.v;
    const toks = this.toks;
    const t = toks[i] as Tok;
    // "taken by Crystal (MA)", "Summer (sister)": a given name, then a role or a relative in brackets (token i).
    if (i > 0 && v.charCodeAt(t.s - 1) === 40 && v.charCodeAt(t.s - 2) === 32 && v.charCodeAt(t.e) === 41 && ROLE_IN_BRACKETS.test(v.slice(t.s - 2, t.e + 1))) {
      const g = toks[i - 1] as Tok;
      if (g.e === t.s - 2 && g.shape === 'T' && (g.f & L.FIRST) !== 0 && (g.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.CREDENTIAL_TOKENS)) === 0 && !(g.f & L.COUNTRY) && !g.possessive && !this.anyName(g.s, g.e))
        this.add(g.s, g.e, 'NAME', 64);
    }
    // "l. bjornstad md", "fellow t. ahuja".
    if (t.shape === 'L' && (kind === 2 || kind === 7)) this.lowerInitialCue(i);
    // "jh for Dr. Honeycutt": staff initials opening the line before "for Dr.".
    if (t.k === 'dr' && i >= 2 && (toks[i - 1] as Tok).k === 'for') {
      const p = this.lineStart(t.s, 12);
      if (p >= 0) this.stickyNames(INITIALS_FOR_Y, p, 2);
    }
    // "Checked by J.K. at 1400": dotted initials after "by".
    if (kind === 11) {
      DOTTED_INITIALS_Y.lastIndex = t.e;
      const m = DOTTED_INITIALS_Y.exec(v);
      const ini = m ? (m[1] as string).replace(/[ .]/g, '') : '';
      if (m && !this.capsDoc && !NOT_DOTTED_INITIALS.has((m[1] as string).replace(/ /g, '')) && !NOT_INITIALS.has(ini) && !NOT_NAME_CAPS.has(ini)) {
        const s0 = m.index + m[0].length - (m[1] as string).length;
        if (!this.anyName(s0, s0 + (m[1] as string).length)) this.add(s0, s0 + (m[1] as string).length, 'NAME', 70);
      }
      return;
    }
    // "Grace ambulated in the hall", "Hope reports she slept": a given name that is also a word, opening a sentence before a
    // verb only a person does (token i).
    if (kind === 10) {
      this.givenBeforeVerbAt(i);
      return;
    }
    // "Rm 12 okafor - ...", "bed 4 Lindqvist (...)": a room opening the line, then a surname.
    if (kind === 9) {
      if (this.lineStart(t.s, 4) === t.s) this.stickyNames(ROOM_LIST_NAME_Y, t.s, 3);
      return;
    }
    let k = i + 1;
    let nx = toks[k];
    if (!nx) return;
    // "Ma. Corazon", "Md. Jalal Uddin".
    if (t.shape === 'T' && v.charCodeAt(t.e) === 46 && (t.k === 'ma' || t.k === 'md' || t.k === 'mohd' || t.k === 'muhd')) {
      this.shortGivenAt(i);
      return;
    }
    if (kind === 7 || kind === 8) return;
    if (kind === 6) {
      // "transcribed 11/8/25 (lw)", "Scribe: tb.": staff initials ending the line of a transcription or scribe cue.
      STAFF_AFTER_CUE_Y.lastIndex = t.e;
      const m = STAFF_AFTER_CUE_Y.exec(v);
      if (m) this.staffInitials(m.index + m[0].length - (m[1] as string).length, m[1] as string);
      return;
    }
    // "triage RN dmv": staff initials after a role in capitals, ending the line.
    if (kind === 2 && (t.shape === 'U' || t.k === 'tech') && nx.shape === 'L' && nx.w.length <= 3 && blanks(v, t.e, nx.s) && /^[ \t]*[.;]?[ \t]*(?:\r?\n|$)/.test(v.slice(nx.e, nx.e + 4))) {
      this.staffInitials(nx.s, nx.w);
      return;
    }
    if (kind === 3) {
      // "Portal user name sam.achterberg", "login: jdoe4".
      if ((t.k === 'user' || t.k === 'login') && (nx.k === 'name' || nx.k === 'id') && nx.s <= t.e + 1) {
        HANDLE_AFTER.lastIndex = nx.e;
        const m = HANDLE_AFTER.exec(v);
        if (m && this.nameHandle(m[1] as string, true)) {
          const h = m[1] as string;
          const s = m.index + m[0].length - h.length;
          this.add(s, s + h.length, 'NAME', 103);
        }
      }
      return;
    }
    if (kind === 1) {
      // "Ivy, the daughter, was updated", "Rocky, pt's son, visited": a given name, then the relative in apposition.
      if (v.charCodeAt(t.s - 1) === 32 && (v.charCodeAt(t.s - 2) === 44 || (i > 0 && APPOSITION_DET.has((toks[i - 1] as Tok).k) && v.charCodeAt((toks[i - 1] as Tok).s - 2) === 44))) this.appositionAt(i);
      // "daughter is Winter", "son named Chase".
      if ((nx.k === 'is' || nx.k === 'named') && oneSpace(v, t.e, nx.s) && toks[k + 1]) {
        k++;
        nx = toks[k] as Tok;
      }
      if (nx.shape !== 'T' && nx.shape !== 'L') return;
      // The gap before the name: one space, or a space and a bracket (no string is cut for it).
      const gs = (toks[k - 1] as Tok).e + ((toks[k - 1] as Tok).possessive ? 2 : 0);
      const gap = v.charCodeAt(gs) !== 32 ? '' : nx.s === gs + 1 ? ' ' : nx.s === gs + 2 && v.charCodeAt(gs + 1) === 40 ? ' (' : '';
      if (gap === '') return;
      // A given name, or a capitalized word no lexicon knows ("friend Lalo (plate ...)").
      const unknown = (nx.f & 0xff) === 0 && nx.capitals === 1 && nx.shape === 'T' && /^[A-Z][a-z]+$/.test(nx.w);
      // "son (terrence)", "wife is yolanda,": a given name typed in lower case, no word.
      let lowerGiven = nx.shape === 'L' && (nx.f & L.FIRST) !== 0 && nx.w.length >= 3 && this.lowerNameOk(nx);
      // ("daughter maria called", "son mark says": a given name that is also a word, typed in lower case, before a verb.)
      if (!lowerGiven && nx.shape === 'L' && (nx.f & L.FIRST) !== 0 && nx.w.length >= 3 && gap === ' ' && k === i + 1 && (nx.m & (M.NOT_NAME | M.MONTH_WORDS | M.TITLES | M.EPONYMS | M.STATE_WORDS | M.SUBJECT_VERBS | M.PLACE_PREP | M.WEAK_CONTEXT | M.STRONG_CONTEXT)) === 0) {
        const after = v.slice(nx.e, nx.e + 14);
        lowerGiven = NAME_THEN_VERB.test(after) && !/^[ \t]*[,.;:)!?]/.test(after);
      }
      if (gap === ' (' && k === i + 1 && v.charCodeAt(nx.e) === 41 && (lowerGiven || (nx.shape === 'T' && ((nx.f & L.FIRST) !== 0 || unknown))) &&
        (nx.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.FACILITY_GENERIC | M.CREDENTIAL_TOKENS | M.NOT_NAME)) === 0 && !(nx.f & (L.COUNTRY | T.FACILITY))) {
        if (!this.anyName(nx.s, nx.e)) this.add(nx.s, nx.e, 'NAME', 64);
        return;
      }
      if (lowerGiven && gap === ' ' && (NAME_THEN_VERB.test(v.slice(nx.e, nx.e + 14)) || /^[ \t]+(?:and|&)\b/.test(v.slice(nx.e, nx.e + 6)))) {
        if (!this.anyName(nx.s, nx.e)) this.add(nx.s, nx.e, 'NAME', 64);
        return;
      }
      if (gap !== ' ' || nx.shape !== 'T' || nx.possessive || nx.w.length < 3 || ((nx.f & L.FIRST) === 0 && !unknown)) return;
      if ((nx.m & (M.TITLES | M.MONTH_WORDS | M.STRONG_CONTEXT | M.WEAK_CONTEXT | M.PLACE_PREP | M.STATE_WORDS | M.CREDENTIAL_TOKENS | M.NOT_PERSON | M.FACILITY_GENERIC)) !== 0 || nx.f & (L.COUNTRY | T.FACILITY)) return;
      let e = nx.e;
      // "coach Sterling Price.": a surname after the given name, then punctuation.
      const sn = toks[k + 1];
      if (!unknown && sn && sn.shape === 'T' && oneSpace(v, nx.e, sn.s) && (sn.f & (L.LAST | L.COMMON_SURNAME)) !== 0 && (sn.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.FACILITY_GENERIC | M.SUBJECT_VERBS)) === 0 && !(sn.f & (L.COUNTRY | T.FACILITY)) && /^[ \t]*(?:[,.;:)]|\r?\n|$)/.test(v.slice(sn.e, sn.e + 3))) e = sn.e;
      const rest = v.slice(e, e + 14);
      if (!(NAME_THEN_VERB.test(rest) || /^[ \t]+(?:and|&|\(|-[ \t])/.test(rest))) return;
      if (unknown && !/^[ \t]*[,;)(]|^[ \t]+(?:and|&)\b/.test(rest) && !NAME_THEN_VERB.test(rest)) return;
      if (!this.anyName(nx.s, e)) this.add(nx.s, e, 'NAME', 64);
      return;
    }
    // "ms. achebe reports", "rn jess updated family", "np hutchins aware": a title with its dot, or a role, typed in lower case, then a
    // known name typed in lower case that is no word.
    if (t.shape === 'L' && nx.shape === 'L' && (kind === 4 || (kind === 2 && t.k.length <= 3)) && nx.w.length >= 3 && (nx.f & NAME_BITS) !== 0 && this.lowerNameOk(nx) &&
      (kind === 4 ? v.charCodeAt(t.e) === 46 && nx.s === t.e + 2 : oneSpace(v, t.e, nx.s)) && (nx.m & (M.CREDENTIAL_TOKENS | M.PARTICLES | M.SUBJECT_VERBS)) === 0) {
      const nn = toks[k + 1];
      if (!nn || nn.shape === 'L' || !oneSpace(v, nx.e, nn.s)) {
        if (!this.anyName(nx.s, nx.e)) this.add(nx.s, nx.e, 'NAME', 64);
        return;
      }
    }
    if (kind === 4) return;
    // kind 2: "Charge RN: Dawn", "Sitter: Joy.": a given name that is also a word, alone after a role's label.
    if (v.charCodeAt(t.e) === 58 && nx.shape === 'T' && (nx.f & L.FIRST) !== 0 && nx.w.length >= 3 && blanks(v, t.e + 1, nx.s) && nx.s - t.e <= 3 && !nx.possessive &&
      (nx.m & (M.TITLES | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.CREDENTIAL_TOKENS | M.FACILITY_GENERIC | M.NOT_NAME)) === 0 && !(nx.f & (L.COUNTRY | T.FACILITY)) &&
      /^[ \t]*(?:[.,;)]|\r?\n|$)/.test(v.slice(nx.e, nx.e + 3)) && !this.anyName(nx.s, nx.e)) {
      this.add(nx.s, nx.e, 'NAME', 64);
      return;
    }
    // kind 2: "per rn (tasha)", "senior (Oyelowo)": a name alone in brackets after a role.
    if (v.charCodeAt(t.e) === 32 && v.charCodeAt(t.e + 1) === 40 && nx.s === t.e + 2 && v.charCodeAt(nx.e) === 41) {
      if ((nx.shape === 'T' || nx.shape === 'L') && nx.w.length >= 3 && (nx.f & NAME_BITS) !== 0 && !this.common(nx) && (nx.m & (M.NOT_NAME | M.NOT_PERSON | M.TITLES | M.MONTH_WORDS | M.CREDENTIAL_TOKENS | M.EPONYMS | M.STATE_WORDS)) === 0 && !(nx.f & (L.COUNTRY | T.FACILITY)) && !this.anyName(nx.s, nx.e))
        this.add(nx.s, nx.e, 'NAME', 66);
    }
  }
  /** "Liang -> Petrakis": two known names that are no words on either side of an arrow (token i before it). */
  arrowAt(i: number): void {
    const v = this.v;
    const a = this.toks[i] as Tok;
    const b = this.toks[i + 1];
    if (!b || b.s !== a.e + 4 || v.charCodeAt(a.e + 3) !== 32 || b.shape !== 'T') return;
    for (const t of [a, b]) if ((t.f & NAME_BITS) === 0 || this.common(t) || (t.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.FACILITY_GENERIC)) !== 0 || t.f & (L.COUNTRY | T.FACILITY)) return;
    for (const t of [a, b]) if (!this.anyName(t.s, t.e)) this.add(t.s, t.e, 'NAME', 64);
  }
  /** The start of the line holding pos (after its blanks), or -1 when that line starts more than `max` characters before pos. */
  lineStart(pos: number, max: number): number {
    const v = this.v;
    let ls = pos;
    while (ls > 0 && pos - ls <= max && v.charCodeAt(ls - 1) !== 10) ls--;
    if (ls > 0 && v.charCodeAt(ls - 1) !== 10) return -1;
    ls = skipBlanks(v, ls, pos);
    return ls;
  }
  /** Names found from layout characters: board entries, chat speakers, log entries, handoff lists, signatures, staff initials,
   * @mentions (see namesByCue); each rule is tried where its character is (a comma, a colon, a dash, a bullet, an @). */
  lineNames(): void {
    // (Stop 19: each separator is read by a method of its own: a rare rule met for the first time deoptimizes and
    // recompiles that method only.)
    this.lineCommaEntries();
    this.lineTimeStamps();
    this.lineDashes();
    this.atMentions();
  }
  /** lineNames, the commas: a board entry, a surname, its comma and a given name opening its line. */
  lineCommaEntries(): void {
    const v = this.v;
    const toks = this.toks;
    // A surname first, its comma, a given name (a board entry opening its line): a letter, the comma, a space, a letter, within
    // a few words of the line's start (the last newline is followed along).
    let nlPrev = -1;
    let nlNext = v.indexOf('\n');
    for (let q = v.indexOf(','); q >= 0; q = v.indexOf(',', q + 1)) {
      const cc = v.charCodeAt(q - 1);
      const ca = v.charCodeAt(q + 2);
      if (!(((cc >= 97 && cc <= 122) || (cc >= 65 && cc <= 90) || cc > 127) && v.charCodeAt(q + 1) === 32 && ((ca >= 97 && ca <= 122) || (ca >= 65 && ca <= 90) || ca > 127))) continue;
      while (nlNext >= 0 && nlNext < q) {
        nlPrev = nlNext;
        nlNext = v.indexOf('\n', nlNext + 1);
      }
      if (q - nlPrev > 50) continue;
      // (Before the surname's word: a line start, a prefix's digit, colon or bracket, or a particle; a word of prose ends it.)
      let ws = q - 1;
      while (ws > 0 && ws > q - 30 && (isLetterCode(v.charCodeAt(ws - 1)) || v.charCodeAt(ws - 1) === 39 || v.charCodeAt(ws - 1) === 45)) ws--;
      if (ws > 1 && v.charCodeAt(ws - 1) === 32 && isLetterCode(v.charCodeAt(ws - 2))) {
        let w0 = ws - 2;
        while (w0 > 0 && isLetterCode(v.charCodeAt(w0 - 1))) w0--;
        PARTICLE_AT.lastIndex = w0;
        if (ws - 1 - w0 > 4 || !PARTICLE_AT.test(v)) continue;
      }
      if (this.lineStart(q, 48) < 0) continue;
      const i = this.tokenIndexBefore(q);
      const t = toks[i];
      if (t && t.e === q && !t.possessive && t.shape !== 'X' && t.shape !== 'I') this.entryAt(i);
    }
  }
  /** lineNames, the colons of time stamps near a line start: chat speakers and log entries. */
  lineTimeStamps(): void {
    const v = this.v;
    // At the colon of a time stamp within a few words of its line's start: "priya r 17:52: signing out" (a chat speaker),
    // "11/13 1:40 PM Crystal: LVM for pt" (a given name between the time stamp and a colon: a log's entry).
    for (let q = v.indexOf(':'); q >= 0; q = v.indexOf(':', q + 1)) {
      if (!isDigitCode(v.charCodeAt(q - 1)) || !isDigitCode(v.charCodeAt(q + 1))) continue;
      const p = this.lineStart(q, 40);
      if (p < 0) continue;
      if (q - p <= 28) this.timeSpeaker(q);
      const c = v.charCodeAt(p);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) this.stickyNames(CHAT_SPEAKER_Y, p, 4);
    }
  }
  /** lineNames, the dashes: initials, handoff lists, signatures and the names of a handoff arrow. */
  lineDashes(): void {
    const v = this.v;
    const toks = this.toks;
    // Dashes: "-mk (night float)" (initials), "- 1108 bautista - ok" (a handoff list) at a line start; "love you mom, -becca",
    // "- marguerite" (a given name after a signature's dash at a line start or after punctuation, ending the line).
    for (let q = v.indexOf('-'); q >= 0; q = v.indexOf('-', q + 1)) {
      const pc = q > 0 ? v.charCodeAt(q - 1) : 10;
      // "from Liang -> Petrakis": the two names of a handoff arrow.
      if (pc === 32 && v.charCodeAt(q + 1) === 62 && v.charCodeAt(q + 2) === 32) {
        const i = this.tokenIndexBefore(q - 1);
        const t = toks[i];
        if (t && t.e === q - 1 && t.shape === 'T') this.arrowAt(i);
        continue;
      }
      if (pc !== 32 && pc !== 10 && pc !== 9 && pc !== 44 && pc !== 33 && pc !== 46) continue;
      const c1 = v.charCodeAt(q + 1);
      if (!((c1 >= 97 && c1 <= 122) || (c1 >= 65 && c1 <= 90) || c1 === 32)) continue;
      let b = q - 1;
      b = skipBlanksBack(v, b);
      const bc = b >= 0 ? v.charCodeAt(b) : 10;
      if (bc === 10 || bc === 44 || bc === 33 || bc === 46) this.stickyNames(DASH_SIGNATURE_Y, q, 1);
      // "pls call me back - rosa": after a word, only a name ending the whole message.
      else if (pc === 32 && v.length - q < 40 && /^[-~\u2013\u2014]{1,2}[ \t]?[A-Za-z][a-z'-]{2,}\s*$/.test(v.slice(q))) this.stickyNames(DASH_SIGNATURE_Y, q, 1);
      if (bc === 10) {
        this.stickyNames(DASH_INITIALS_Y, q, 2);
        this.stickyNames(ROOM_LIST_NAME_Y, q, 3);
      } else if (pc === 32 && c1 === 32) {
        // "1108 bautista - ok": a room number and a surname opening the line before " - ".
        const p = this.lineStart(q, 24);
        if (p >= 0 && isDigitCode(v.charCodeAt(p))) this.stickyNames(ROOM_LIST_NAME_Y, p, 3);
      }
    }
  }
  /** lineNames, the at signs: a mention of a person. */
  atMentions(): void {
    const v = this.v;
    // "@tomasz", "cc @j.okafor": a mention of a person (not an e-mail's domain).
    for (let at = v.indexOf('@'); at >= 0; at = v.indexOf('@', at + 1)) {
      const c1 = v.charCodeAt(at + 1);
      const c0 = at > 0 ? v.charCodeAt(at - 1) : 32;
      if (!((c1 >= 97 && c1 <= 122) || (c1 >= 65 && c1 <= 90)) || isWordCode(c0) || c0 === 46 || c0 === 64 || c0 === 95) continue;
      AT_MENTION_Y.lastIndex = at;
      const m = AT_MENTION_Y.exec(v);
      if (!m) continue;
      const h = m[1] as string;
      const k = h.toLowerCase();
      const f = this.fl(k);
      const ok = ((f & NAME_BITS) !== 0 && (f & L.WORD) === 0 && !NOT_NAME.has(k) && k.length >= 3) || this.nameHandle(k, false);
      if (!ok) continue;
      const s = m.index + m[0].length - h.length;
      if (!this.anyName(s, s + h.length)) this.add(s, s + h.length, 'NAME', 74);
    }
  }
  /** "11/13 1:40 PM Crystal: LVM": a given name after the time stamp whose colon is at q, then a colon. */
  timeSpeaker(q: number): void {
    const v = this.v;
    // "11/13 1:40 PM Crystal: LVM for pt": a given name between a time stamp and a colon (a log's entry).
    {
      if (!isDigitCode(v.charCodeAt(q + 2))) return;
      const hs = isDigitCode(v.charCodeAt(q - 2)) ? q - 2 : q - 1;
      TIME_SPEAKER_Y.lastIndex = hs;
      const m = TIME_SPEAKER_Y.exec(v);
      if (!m) return;
      const h = m[1] as string;
      const k = h.toLowerCase();
      if ((this.fl(k) & L.FIRST) === 0 || NOT_NAME.has(k) || (memberBits(k) & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.STRONG_CONTEXT | M.MEDIUM_CONTEXT | M.FACILITY_GENERIC | M.NOT_NAME)) !== 0 || NAME_FIELD_FIRST.has(k)) return;
      const s = m.index + m[0].length - h.length;
      if (!this.anyName(s, s + h.length)) this.add(s, s + h.length, 'NAME', 66);
    }
  }
  /** "Ivy, the daughter, was updated": a given name (also a word), a comma, a determiner maybe, the relative at token i, then punctuation or a verb. */
  appositionAt(i: number): void {
    const v = this.v;
    const t = this.toks[i] as Tok;
    const m = APPOSITION_BEFORE.exec(v.slice(Math.max(0, t.s - 32), t.s));
    if (!m) return;
    const after = v.slice(t.e + (t.possessive ? 2 : 0), t.e + 16);
    if (!/^[ \t]*[,)]/.test(after) && !NAME_THEN_VERB.test(after) && !/^[ \t]+(?:at|on|in)[ \t]/.test(after)) return;
    const w = m[1] as string;
    const s = t.s - m[0].length + m[0].indexOf(w);
    const g = this.toks[this.tokenStartingAt(s)];
    if (!g || g.e !== s + w.length || g.shape !== 'T' || g.possessive) return;
    const unknown = (g.f & 0xff) === 0 && g.capitals === 1;
    if (((g.f & L.FIRST) === 0 && !unknown) || (g.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.FACILITY_GENERIC | M.EPONYMS | M.STRONG_CONTEXT | M.CREDENTIAL_TOKENS)) !== 0 || g.f & (L.COUNTRY | T.FACILITY)) return;
    if (!this.anyName(g.s, g.e)) this.add(g.s, g.e, 'NAME', 64);
  }
  /** A sticky regex of lineNames at p; its group 1 (a given name, staff initials, a surname, a chat speaker: kind 1-4) is checked and marked. */
  stickyNames(re: RegExp, p: number, kind: number): void {
    re.lastIndex = p;
    const m = re.exec(this.v);
    if (!m) return;
    const w = m[1] as string;
    const s = kind === 4 ? p : m.index + m[0].length - w.length;
    if (kind === 2) {
      this.staffInitials(s, w);
      return;
    }
    const k = (kind === 4 ? (w.split(/[ \t._-]/)[0] as string) : w).toLowerCase();
    const f = this.fl(k);
    const mb = memberBits(k);
    if (k.length < 3 || (f & L.WORD) !== 0 || NOT_NAME.has(k) || (mb & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.CREDENTIAL_TOKENS)) !== 0) return;
    if ((f & (kind === 1 ? L.FIRST : kind === 3 ? L.LAST | L.COMMON_SURNAME | L.OTHER : NAME_BITS)) === 0) return;
    if (!this.anyName(s, s + w.length)) this.add(s, s + w.length, 'NAME', kind === 4 ? 74 : 66);
  }
  /** Staff initials at s ("lw", "dmv"): no word, abbreviation or unit. */
  staffInitials(s: number, ini: string): void {
    if (ini.length < 2 || ini.length > 3 || NOT_STAFF_INITIALS.has(ini) || NOT_NAME.has(ini) || NOT_INITIALS.has(ini.toUpperCase()) || (this.fl(ini) & L.WORD && ini.length > 2)) return;
    if (!this.anyName(s, s + ini.length)) this.add(s, s + ini.length, 'NAME', 70);
  }
  /**
   * Nicknames beside a name: "Mohammed (Mo) Al-Rashid", "Elizabeth 'Liz' Carter", "Mo (Mohammed) Al-Rashid",
   * "Carter, Elizabeth (Liz)". The nickname is a single capitalized word in brackets or quotes right after
   * (or the word right before) a found name; it counts when another capitalized word follows the brackets, or,
   * at the end of the name, when it is a known given name that is no common word.
   */
  nicknames(): void {
    const v = this.v;
    const n = this.cands.length;
    for (let c = 0; c < n; c++) {
      const cand = this.cands[c] as Cand;
      if (cand.t !== 'NAME') continue;
      NICK_AFTER.lastIndex = cand.e;
      const a = NICK_AFTER.exec(v);
      if (a && pairs(a[1] as string, a[3] as string)) {
        const nick = a[2] as string;
        const s = cand.e + (a[0].length - a[0].trimStart().length) + a[0].trimStart().indexOf(nick);
        const next = a[4] ?? '';
        const surname = next !== '' && this.nameWord(next);
        if (this.nickname(nick, surname, a[1] !== '(')) {
          this.add(s, s + nick.length, 'NAME', cand.p);
          // "Anne Marie (Annie) O'Neill": the word after the nickname is the surname.
          if (surname) this.add(cand.e + a[0].length - next.length, cand.e + a[0].length, 'NAME', cand.p);
        }
      }
      // "Mo (Mohammed) Al-Rashid": the word before the bracketed name is the nickname, or the given name.
      if (v.charCodeAt(cand.s - 1) === 40 && v.charCodeAt(cand.e) === 41) {
        const b = NICK_BEFORE.exec(v.slice(Math.max(0, cand.s - 24), cand.s));
        NICK_FOLLOW.lastIndex = cand.e + 1;
        const f = NICK_FOLLOW.exec(v);
        if (b && f && this.nameWord(f[1] as string) && this.nickname(b[1] as string, true, false)) {
          const s = cand.s - b[0].length + b[0].indexOf(b[1] as string);
          this.add(s, s + (b[1] as string).length, 'NAME', cand.p);
        }
      }
    }
  }
  /**
   * Names in scripts the tokenizer does not read (Chinese, Japanese, Korean, Arabic, Hebrew, Indic, Thai...):
   * after a name label or a title ("Patient: 王伟", "Name: 김민준", "Mr 王"), or in brackets beside a name
   * found in Latin script ("Ms. Fatima Al-Zahra (فاطمة الزهراء)", "王伟 (Wang Wei)").
   */
  nonLatinNames(): void {
    const v = this.v;
    if (!NON_LATIN_LETTER.test(v)) return;
    for (const m of v.matchAll(NON_LATIN_LABELLED)) {
      const g = m[1] as string;
      const s = m.index + m[0].length - g.length;
      this.add(s, s + g.length, 'NAME', 82);
    }
    const n = this.cands.length;
    for (let c = 0; c < n; c++) {
      const cand = this.cands[c] as Cand;
      if (cand.t !== 'NAME') continue;
      NON_LATIN_AFTER.lastIndex = cand.e;
      const a = NON_LATIN_AFTER.exec(v);
      if (a) {
        const g = a[1] as string;
        const s = cand.e + a[0].indexOf(g);
        this.add(s, s + g.length, 'NAME', cand.p);
      }
      if (v.charCodeAt(cand.s - 1) === 40 || v.charCodeAt(cand.s - 1) === 0xff08) {
        const b = NON_LATIN_BEFORE.exec(v.slice(Math.max(0, cand.s - 48), cand.s));
        if (b) {
          const g = b[1] as string;
          const s = cand.s - b[0].length + b[0].indexOf(g);
          this.add(s, s + g.length, 'NAME', cand.p);
        }
      }
    }
  }
  /** A capitalized word that may be a name part (not a title, credential, state, month or common word). */
  nameWord(w: string): boolean {
    const k = w.toLowerCase();
    const m = memberBits(k);
    if (m & (M.NOT_NAME | M.TITLES | M.STATE_WORDS | M.MONTH_WORDS | M.CREDENTIAL_TOKENS | M.FACILITY_GENERIC)) return false;
    const f = this.fl(k);
    return (f & NAME_BITS) !== 0 || !(f & L.WORD);
  }
  /** Whether a word in brackets or quotes beside a name is a nickname. */
  nickname(w: string, nameFollows: boolean, quoted: boolean): boolean {
    const k = w.toLowerCase();
    // In quotes between a given name and a surname, any capitalized word or initials are the nickname
    // ('Kwabena "KB" Asante-Mensah', 'Margaret "Peg" O'Rourke').
    if (quoted && nameFollows && /^\p{Lu}[\p{L}'’-]{1,11}$/u.test(w) && !CREDENTIAL_TOKENS.has(k)) return true;
    const m = memberBits(k);
    if (m & (M.NOT_NAME | M.TITLES | M.STATE_WORDS | M.MONTH_WORDS | M.FACILITY_GENERIC | M.NOT_PERSON | M.EPONYMS) || CREDENTIAL_TOKENS.has(k) || KIN_WORDS.has(k)) return false;
    const f = this.fl(k);
    if (f & L.COUNTRY) return false;
    // Between a given name and a surname, or in quotes, any capitalized word is the nickname ("Robert 'Bud' Smith").
    if (nameFollows || quoted) return w.length >= 2 && /^[\p{Lu}][\p{Ll}'’-]+$/u.test(w);
    return (f & (L.FIRST | L.OTHER)) !== 0 && !(f & L.WORD);
  }
  /** The token opens a sentence and is a word that would be capitalized there anyway. */
  sentenceStartWord(i: number): boolean {
    const t = this.toks[i] as Tok;
    return this.sentenceStart(i) && (t.f & L.WORD) !== 0;
  }

  // --- the rest ----------------------------------------------------------------------------------
  generic(): void {
    const v = this.v;
    for (const xi of this.xIdx) {
      const tok = this.toks[xi] as Tok;
      const t = tok.w;
      if (t.length < 6 || t.includes("'")) continue;
      const before = tok.s > 0 ? v.charCodeAt(tok.s - 1) : 32;
      const after = v.charCodeAt(tok.e);
      // Inside a larger word-like thing (path, e-mail, decimal, file name): not a standalone identifier.
      if (before === 45 || before === 47 || before === 46 || before === 64 || before === 95) continue;
      // "#XYP882190344" after an insurer's name; other numbers after "#" are left to the labels.
      if (before === 35 && this.idContextType(tok.s - 1) !== 'HEALTH_PLAN') continue;
      if (after === 64 || after === 95 || (after === 46 && /[A-Za-z0-9]/.test(v[tok.e + 1] ?? ''))) continue;
      let digits = 0;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c >= 48 && c <= 57) digits++;
      }
      if (digits < 5 || !(/\d{5}/.test(t) || (digits >= 7 && /^\d+(?:-\d+){2,}$/.test(t)))) continue;
      const letters = t.length - digits - (t.match(/-/g)?.length ?? 0);
      if (letters === 0 && digits < 7 && !(t.includes('-') && digits >= 6)) continue;
      if (letters > 0 && digits < 5 && t.length < 8) continue;
      // Trial registry numbers, lot, batch and laboratory (CLIA) numbers identify no patient.
      if (TRIAL_REGISTRATION.test(t)) continue;
      if (/\b(?:lot|batch|clia|ndc|eudract|isrctn)\b\.?[ \t]*(?:#|no\.?|number)?[ \t]*[:#]?[ \t]*$/i.test(v.slice(Math.max(0, tok.s - 20), tok.s))) continue;
      // Nor do help-desk tickets ("INC0048812"), bank routing numbers, carriers' USDOT numbers and LOINC codes.
      if (/^INC\d{7}$/.test(t) || /\b(?:ticket|routing|aba|usdot|loinc)\b\.?[ \t]*(?:#|no\.?|number)?[ \t]*[:#]?[ \t]*$/i.test(v.slice(Math.max(0, tok.s - 20), tok.s))) continue;
      // Ranges ("180-220", "0700-1900") are not identifiers, nor are settings in percent ("imv 10-600-50%") or a group
      // that runs on into a fraction ("BP 114-17-49/52-67").
      if (/^\d{1,4}-\d{1,4}$/.test(t)) continue;
      if (after === 37 || (after === 47 && isDigitCode(codeAt(v, tok.e + 1)))) continue;
      // Codes and quantities that are not identifiers.
      if (/^\d+(?:mg|mcg|ml|kg|units?|mm|cm|hrs?|min|mmol|meq)$/i.test(t)) continue;
      this.add(tok.s, tok.e, this.idContextType(tok.s), 30);
    }
  }

  /** The type of an unlabelled number from its line: an insurer or coverage word before it makes it a
   * health plan number ("Aetna PPO, ID W123456789"); "ID" in a patient header makes it a record number. */
  idContextType(s: number): PhiType {
    const v = this.v;
    let ls = s;
    while (ls > 0 && s - ls < 90 && v.charCodeAt(ls - 1) !== 10) ls--;
    const before = v.slice(ls, s);
    if (INSURANCE_CTX.test(before)) return 'HEALTH_PLAN';
    if (BIOMETRIC_CTX.test(before)) return 'BIOMETRIC';
    if (/\bID[ \t]*[:#]?[ \t]*$/.test(before) && /\b(?:patient|pt|name)\b[ \t]*:/i.test(before)) return 'MRN';
    return 'OTHER_ID';
  }

  /** A capitalized value of a structured field ("name": "...") may be a person's name: no word of it
   * names a thing, and it holds a known name that is no common word, or only unknown words. */
  personish(value: string, personContext: boolean): boolean {
    const words = value.split(/[ ,]+/).filter(Boolean);
    let known = false;
    let unknown = 0;
    for (const w of words) {
      const k = w.toLowerCase().replace(/\.$/, '');
      if (k.length === 1) continue;
      if (NOT_NAME.has(k) || EPONYMS.has(k) || NOT_PERSON.has(k) || STATE_WORDS.has(k) || FACILITY_GENERIC.has(k) || FACILITY_FIRST.has(k) || MONTH_WORDS.has(k)) return false;
      const f = this.fl(k);
      if (f & (L.COUNTRY | L.PLACE) && !(f & NAME_BITS)) return false;
      if (f & NAME_BITS && !(f & L.WORD)) known = true;
      else if (!(f & L.WORD)) unknown++;
      else if (!(f & L.FIRST)) return false;
    }
    return known || (personContext && unknown >= 1);
  }

  tableHeader(s: number, e: number): void {
    (this.headerLines ??= []).push(s, e);
  }

  /** Stop 17: "software build 2026.03.1", "firmware version 2025.11.2": a year-first dotted number after a word of
   * software versions is a version, not a date. Drops such DATE candidates; true if any was dropped. */
  hasVersionDate(): boolean {
    const v = this.v;
    let any = false;
    for (const c of this.cands) {
      if (c.t !== 'DATE' || c.p < 0 || c.e - c.s > 10 || v.charCodeAt(c.s + 4) !== 46 || !isDigitCode(v.charCodeAt(c.s))) continue;
      let a = c.s;
      while (a > 0 && c.s - a < 3 && (v.charCodeAt(a - 1) === 32 || v.charCodeAt(a - 1) === 58 || v.charCodeAt(a - 1) === 35)) a--;
      if (a === c.s) continue;
      let w = a;
      while (w > 0 && a - w < 9 && isAsciiLetter(v.charCodeAt(w - 1))) w--;
      if (VERSION_WORDS_17.has(v.slice(w, a).toLowerCase())) {
        c.p = -1;
        any = true;
      }
    }
    return any;
  }

  run(types: ReadonlySet<PhiType> | null): Cand[] {
    return Detector.runAll([this], types)[0] as Cand[];
  }

  /**
   * The rules over several texts, rule by rule: each rule runs over every text before the next rule starts. What each text
   * gets is what `run` gives it alone (a detector's state is its own; the module's memos are shared and keyed by word);
   * only the order of the work changes, so that each rule's code and tables stay in the processor's caches across texts
   * (see detectMany).
   */
  static runAll(ds: readonly Detector[], types: ReadonlySet<PhiType> | null): Cand[][] {
    const each = (f: (d: Detector) => void): void => {
      for (const d of ds) f(d);
    };
    const names = !types || types.has('NAME');
    each((d) => structured(d));
    each((d) => d.shaped());
    each((d) => d.dates());
    each((d) => d.places());
    if (names) {
      each((d) => d.names());
      each((d) => d.extendNames());
      each((d) => d.nicknames());
      each((d) => d.handles());
      each((d) => d.namesByCue());
      each((d) => {
        if (d.v.includes('|')) d.tableNames();
      });
      each((d) => {
        if (d.v.includes(':')) d.labelNames();
      });
      each((d) => {
        if (d.rare?.has('insert')) sqlNames(d);
        if (d.v.includes('^')) {
          caretNames(d);
          if (d.v.includes('^FD')) d.labelFieldNames();
        }
        if (d.nonAscii || d.wide) d.nonLatinNames();
      });
    }
    each((d) => d.generic());
    each((d) => d.regions());
    each((d) => d.addressTails());
    each((d) => {
      if (d.v.includes(':')) d.labelledFacilities();
    });
    each((d) => d.addressBlocks());
    each((d) => {
      if (d.v.includes('\n')) d.addressBlocksUp();
    });
    each((d) => d.crossCues());
    each((d) => laterCues(d));
    if (names) each((d) => d.namesBeside());
    // A surname found capitalized is a name typed in lower case too ("1115 Nguyen ... which nguyen lol").
    if (names) {
      each((d) => d.lowerRepeats());
      each((d) => d.lowerNameTails());
      each((d) => namesFound(d));
      each((d) => namesSecondWave(d));
      each((d) => namesRound21(d));
      each((d) => namesRound24(d));
      each((d) => unknownNames31(d));
    }
    each((d) => agesRound21(d));
    each((d) => agesRound24(d));
    each((d) => placesRound19(d));
    each((d) => placesRound20(d));
    each((d) => placesRound23(d));
    each((d) => placesRound27(d));
    each((d) => placesRound29(d));
    // (Stop 35: street addresses as other countries write them.)
    each((d) => worldStreets35(d));
    each((d) => {
      if (d.lowerTyped && d.xIdx.length > 0) lowerAddresses18(d);
      if (d.oneCase) {
        oneCaseFacilities18(d);
        divisions33(d);
        placeAfterPlace18(d);
      }
      if (d.oneCase && names) oneCaseCueNames18(d);
    });
    if (names) each((d) => displayNames17(d));
    // Makers of devices and drugs ("Boston Scientific", "St. Jude Medical") are neither a name nor a place.
    const dropped = new Uint8Array(ds.length);
    ds.forEach((d, x) => {
      if (d.companies()) dropped[x] = 1;
    });
    ds.forEach((d, x) => {
      if (spokenForms16(d)) dropped[x] = 1;
      if (idsDrops28(d)) dropped[x] = 1;
      if (idsDrops30(d)) dropped[x] = 1;
      if (placeDrops29(d)) dropped[x] = 1;
    });
    ds.forEach((d, x) => {
      if (d.drops()) dropped[x] = 1;
    });
    // Stop 17: the learned token tagger (tagger.ts) proposes names and places among the words no candidate touches, at a
    // low priority (the rules win every overlap).
    if (!taggerOff && (!types || types.has('NAME') || types.has('LOCATION'))) each((d) => d.tagged());
    if (names) each((d) => {
      if (d.v.includes('\t') || d.v.includes('|')) columnNames17(d, false);
    });
    if (!types || types.has('NAME') || types.has('LOCATION')) ds.forEach((d, x) => {
      if (d.v.includes('\n') && tables18(d)) dropped[x] = 1;
    });
    if (!types || types.has('AGE_OVER_89')) each((d) => {
      agesAfterNames18(d);
      agesStated24(d);
    });
    if (!types || types.has('PHONE') || types.has('FAX')) each((d) => {
      phonesAfterNames20(d);
      phonesAfterCues20(d);
      phonesByShape24(d);
    });
    if (!types || types.has('VEHICLE')) each((d) => {
      ukPlates20(d);
      vehicleCodes24(d);
      plateEdges25(d);
      vehicleUnits36(d);
      eastAsianPlates37(d);
    });
    if (!types || types.has('DATE')) each((d) => calendarDates21(d));
    // (Stop 35: then a month named alone after a word of time.)
    if (!types || types.has('DATE')) each((d) => {
      dateSiblings24(d);
      dateSiblingsText36(d);
      if (d.hasMonth) bareMonths35(d);
    });
    if (!types || types.has('DATE')) each((d) => {
      dottedDays25(d);
      slashedLogDays37(d);
    });
    if (!types || types.has('HEALTH_PLAN')) each((d) => healthPlans24(d));
    if (!types || types.has('OTHER_ID')) each((d) => idSeries24(d));
    if (!types || types.has('OTHER_ID')) each((d) => {
      idAfterWords25(d);
      fhirReferences36(d);
    });
    if (!types || IDS_MORE_TYPES_27.some((t) => types.has(t))) each((d) => idsMore27(d, types));
    if (names) each((d) => vietNames20(d));
    // (Stop 22: last, when every rule and the tagger have found their names.)
    if (names) each((d) => namesLeft22(d));
    // (Stop 23: last, when every rule and the tagger have found their places.)
    if (!types || types.has('LOCATION')) each((d) => addressUnits24(d));
    if (!types || types.has('LOCATION')) each((d) => placeEdges23(d));
    if (!types || types.has('LOCATION')) each((d) => postcodesBeside24(d));
    if (names) each((d) => initialNames24(d));
    // (Stop 34: a subject's initials in brackets after its number.)
    if (names) each((d) => {
      if (d.v.includes('.)')) bracketInitials34(d);
    });
    if (names) each((d) => nameHandles25(d));
    if (names) each((d) => messageSenders25(d));
    // (Stop 34: after the tagger, which reads the words around a name found as it reads no others.)
    if (names) each((d) => {
      if (d.v.includes(': ') && d.v.includes('\n') && !d.lowerTyped && !d.capsDoc) chatLabels34(d);
    });
    // (Stop 35: a chat's speaker named after a role, "agent joy:", in any case.)
    if (names) each((d) => {
      if (d.v.includes(': ')) chatRoleLabels35(d);
    });
    if (names) each((d) => namePairs25(d));
    if (names) each((d) => logAuthors25(d));
    if (names) each((d) => titledSurnames25(d));
    // (Stop 35: a surname that is a word after a nurse's abbreviation, "RN Bishop".)
    if (names) each((d) => staffSurnames35(d));
    // (Stop 35: a given name set off by commas after a care worker's noun, "the nurse in charge, Precious.".)
    if (names) each((d) => {
      if (d.v.includes(', ')) apposedNames35(d);
    });
    if (names) each((d) => cueNames26(d));
    if (!types || types.has('LOCATION')) each((d) => placeChains26(d));
    if (!types || types.has('LOCATION')) each((d) => placeParts27(d));
    // (Stop 34: a workplace after a job's cue, another name of a place in brackets after it; after the places found.)
    if (!types || types.has('LOCATION')) each((d) => {
      workSites34(d);
      bracketPlaces34(d);
      partBeforePlace34(d);
      if (d.xIdx.length > 0) roadCodes34(d);
      // (Stop 35: a town after a person and "from"/"of", when the names are found.)
      kinFrom35(d);
    });
    // (Stop 33: after the tagger, whose places of several words come first.)
    if (!types || types.has('LOCATION')) each((d) => {
      if (d.lowerTyped) lonePlaces33(d);
      // (Stop 35: the part of an address before a place found, once the lone places are.)
      if (d.oneCase) {
        partBeforePlaceOneCase35(d);
        // (Stop 36: a known town after a place that the late rules found and a comma, "14 adeola odeku street, victoria
        // island, lagos": placeAfterPlace18 ran before them; the places it took then are taken, anyCand skips them.)
        // (Stop 36: a street by its name and its last word, no number before it, "on bristol road".)
        if (d.streetIdx.length > 0) oneCaseStreets36(d);
        // (Stop 37: a street address shown by its form and the place after it, "6215 spring time st, san antonio".)
        if (d.xIdx.length > 0) oneCaseStreetLines37(d);
        placeAfterPlace18(d, true);
        // (Stop 37: a town no lexicon knows after a site or a street found and a comma, "severance hospital, sinchon.".)
        townAfterSite37(d);
        // (Stop 37: a column of towns in a table in lower case, which the table rules, reading capitals, leave.)
        if (d.lowerTyped && d.v.includes('\n')) lowerPlaceColumns37(d);
        // (Stop 37: a place found that is a part of a longer name, widened over the unknown words beside it.)
        oneCaseWiden37(d);
      }
    });
    if (names) each((d) => listNames26(d));
    if (names) each((d) => signOffs26(d));
    if (names) each((d) => kinNames27(d));
    // (Stop 33: whole names in a text of one case, after every rule that finds a part of them.)
    if (names) each((d) => oneCaseNames33(d));
    if (names) each((d) => oneCaseNamesAround33(d));
    // (Stop 35: a name joined by "and" to a name found.)
    if (names) each((d) => oneCaseNamesJoined35(d));
    // (Stop 34: the columns of CSV lines and of fixed-width prints, when the late rules have found the names of most of their cells.)
    if (names) each((d) => {
      if (d.v.includes('\n') && (d.v.includes(',') || d.v.includes('  '))) columnNames17(d, true);
    });
    // (Stop 36: a surname no lexicon knows after a name that a late rule found.)
    if (names) each((d) => namesRight36(d));
    // (Stop 37: a name's short form in brackets right after it, in mixed case; in a text of one case, two name words side
    // by side where a name opens and ends, and a name found in part grown over a name's word beside it.)
    if (names) each((d) => {
      if (!d.oneCase) shortForms37(d);
      else {
        oneCasePairs37(d);
        oneCaseGrow37(d);
      }
    });
    if (names) each((d) => nameEdges23(d));
    // (Stop 29: last, when every rule and the tagger have found their names: diagnoses read as names are dropped.)
    if (names) ds.forEach((d, x) => {
      if (diagnosisDrops29(d)) dropped[x] = 1;
    });
    // (Stop 33: an age after a name that a late name rule found, "haugen, solveig 93f", "winifred agbaje, 90": the age
    // step ran before those rules; it reads again here, the earlier names' ages already taken.)
    if (names && (!types || types.has('AGE_OVER_89'))) each((d) => agesAfterNames18(d));
    return ds.map((d, x) => {
      const kept = resolve(dropped[x] === 1 ? d.cands.filter((c) => c.p >= 0) : d.cands, d.v.length, names ? d.v : undefined);
      // (Stop 32: the other mentions of the names kept, every rule's.)
      // (Stop 35: in a text of one case, their other mentions in that case.)
      return names ? (d.oneCase ? oneCaseRepeats35(d, nameRepeats32(d, kept)) : nameRepeats32(d, kept)) : kept;
    });
  }

  /** The drops after the rules (see runAll): a caption's defendant added, then table headers, version dates, regions,
   * weekdays, diagnoses after a relative, models after their make, firms. True if a candidate was dropped. */
  private drops(): boolean {
    let dropped = false;
    // A criminal case's caption names the defendant: "People v. Herrera-Quintanilla", "State v. Okafor".
    if (this.rare !== undefined && (this.rare.has('v') || this.rare.has('vs')) && spacedV(this.v)) for (const m of this.v.matchAll(CAPTION_DEFENDANT)) {
      const g = m[1] as string;
      const st = m.index + m[0].length - g.length;
      this.add(st, st + g.length, 'NAME', 80);
    }
    // (Stop 17: "Pat.-Nr.;Name;Vorname;Geb.;Parameter;Wert": a word of a table's header line is a column's name.)
    if (this.headerLines && dropInsideSpans(this.cands, this.headerLines, (c, ls, le) => c.t === 'NAME' && wholeCell(c, ls, le, this.v))) dropped = true;
    if (this.hasVersionDate()) dropped = true;
    // (Stop 17: a name or a place found after the regions pass inside a state or a country: "Travel: South Dakota".)
    if (this.regionSpans && dropInsideSpans(this.cands, this.regionSpans, nameOrPlace)) dropped = true;
    // "rec'd Thu 04/10/2025": a weekday written short before a date or a time is no name ("Thu" alone is also a given name);
    // "Father MI at 54": a diagnosis in capitals right after a relative is no name either.
    for (const c of this.cands) {
      // "Patient First Name: Wanjiru": the label of a name field is no name.
      if (c.t === 'NAME' && this.v.charCodeAt(c.e) === 58 && NAME_LABEL_ONLY.test(this.v.slice(c.s, c.e))) {
        c.p = -1;
        dropped = true;
        continue;
      }
      if (c.t === 'NAME' && c.e - c.s <= 4 && NOT_NAME_CAPS.has(this.v.slice(c.s, c.e)) && KIN_BEFORE.test(this.v.slice(Math.max(0, c.s - 16), c.s))) {
        c.p = -1;
        dropped = true;
        continue;
      }
      // "2009 Chevy Malibu", "grey Toyota Sienna": a model after its make (one that is no name: not "Mercedes Lopez").
      if ((c.t === 'NAME' || c.t === 'LOCATION') && this.seen & T.MAKE && c.p < 80 && !this.v.slice(c.s, c.e).includes(' ')) {
        const mk = this.wordBefore(c.s);
        const mf = mk.length >= 3 ? this.fl(mk) : 0;
        if ((mf & T.MAKE) !== 0 && (mf & NAME_BITS) === 0) {
          c.p = -1;
          dropped = true;
          continue;
        }
      }
      if (c.t === 'NAME' && c.e - c.s <= 5 && WEEKDAY_SHORT.test(this.v.slice(c.s, c.e)) && /^[ \t,]+\d{1,4}[\/.-]\d/.test(this.v.slice(c.e, c.e + 10)) && !/\b(?:dr|mr|mrs|ms|miss|prof|nurse|rn|doctor)\.?[ \t]+$/i.test(this.v.slice(Math.max(0, c.s - 8), c.s))) {
        c.p = -1;
        dropped = true;
      }
    }
    // Law firms and companies named after people ("Hawthorne & Vale LLP") are no one's name.
    const rare = this.rare;
    if (rare && FIRM_WORDS.some((w) => rare.has(w))) {
      const v = this.v;
      for (const c of this.cands) if ((c.t === 'NAME' || c.t === 'LOCATION') && FIRM_AFTER.test(v.slice(c.e, c.e + 48))) c.p = -1;
      dropped = true;
    }
    return dropped;
  }

  /** (Stop 31: tagged.) Whether [s, e) is one word after "pt" or "patient" and before an object's determiner ("PT DEINES
   * ANY PAIN"), as clinicalThing31 reads it. */
  private verbAfterPt31(s: number, e: number): boolean {
    const k = this.tokenAtEdge(s, false);
    if (k === undefined || k < 1) return false;
    const w = this.toks[k] as Tok;
    const t = this.toks[k - 1] as Tok;
    const nx = this.toks[k + 1];
    return w.e === e && (t.k === 'pt' || t.k === 'patient') && !t.possessive && nx !== undefined && OBJECT_DETERMINERS_31.has(nx.k) && oneSpace(this.v, w.e, nx.s) && blanks(this.v, t.e, w.s) && (w.f & L.FIRST) === 0;
  }
  /** The learned tagger's names and places, among the words no candidate touches (see runAll). */
  private tagged(): void {
    const rs = this.regionSpans;
    // (Stop 18, at the merge: nor a street's suffix alone before a number, "map ave 70", an average; "on mimico ave",
    // "Main St;" stay.)
    for (const sp of tagSpans(this, this.cands)) {
      if (rs && overlapsSpan(rs, sp.s, sp.e)) continue;
      if (STREET_SUFFIX_SET.has(this.v.slice(sp.s, sp.e).toLowerCase()) && /^[ \t]+\d/.test(this.v.slice(sp.e, sp.e + 4))) continue;
      // (Stop 31: nor a relative's status, "Daughter: Estranged", nor the verb after "pt" before its object, "PT DEINES
      // ANY PAIN", as contextNameFrom reads them.)
      if (sp.t === 'NAME' && (KIN_STATUS_31.has(this.v.slice(sp.s, sp.e).toLowerCase()) || this.verbAfterPt31(sp.s, sp.e))) continue;
      this.add(sp.s, sp.e, sp.t, 1);
    }
  }

  /**
   * Stop 12 (docs/deid-history.md), names: a nickname in quotes after a cue ('prefers "Dash"', 'caller "Bud"'), and its other
   * mentions; a quoted nickname right before a name ('"Tank" Abernathy'); the given name or the other name part left out
   * of a name found ("Child: Destiny [Marie Yellowhorse]", "[kayla] brooks <").
   */
  nameCues(): void {
    const v = this.v;
    const toks = this.toks;
    const cands = this.cands;
    const n0 = cands.length;
    let quotes = false;
    for (let q = v.indexOf('"'); q >= 0; q = v.indexOf('"', q + 1)) {
      quotes = true;
      const u = v.charCodeAt(q + 1);
      if (u < 65 || u > 90 || !NICK_CUE_BEFORE.test(v.slice(Math.max(0, q - 24), q))) continue;
      NICK_QUOTED.lastIndex = q;
      const m = NICK_QUOTED.exec(v);
      if (m) {
        const g = m[1] as string;
        const st = q + 1;
        if (NOT_NAME.has(g.toLowerCase())) continue;
        this.add(st, st + g.length, 'NAME', 66);
        // Its other mentions ("Dash is anxious"), the same word with its capital.
        if (g.includes(' ')) continue;
        for (let at = v.indexOf(g); at >= 0; at = v.indexOf(g, at + g.length)) {
          if (at !== st && !/[\p{L}\d]/u.test(v.charAt(at - 1)) && !/[\p{L}\d]/u.test(v.charAt(at + g.length))) this.add(at, at + g.length, 'NAME', 60);
        }
      }
    }
    /** The given names that are words already looked for alone (see "Page agrees" below). */
    let againDone: Set<string> | undefined;
    for (let x = 0; x < n0; x++) {
      const c = cands[x] as Cand;
      if (c.t !== 'NAME' || c.p < 0) continue;
      // '"Tank" Abernathy': a nickname in quotes right before a name.
      if (quotes && v.charCodeAt(c.s - 2) === 34) {
        const q = /"(\p{Lu}[\p{Ll}'-]+)"[ \t]$/u.exec(v.slice(Math.max(0, c.s - 20), c.s));
        if (q) this.add(c.s - q[0].length + 1, c.s - 2, 'NAME', c.p);
      }
      const before = v.charCodeAt(c.s - 1);
      const after = v.charCodeAt(c.e);
      if (before !== 32 && after !== 32) continue;
      const i = this.tokenStartingAt(c.s);
      if (i < 0) continue;
      const t = toks[i] as Tok;
      // "Dr. Page Whitcombe ... Page agrees": a given name that is also a word, found in a full name, is a name again
      // elsewhere before a verb or punctuation.
      const t1 = toks[i + 1];
      // (Once per word: a later name with the same first word would find only mentions already found or overlapped.)
      if (t.shape === 'T' && t1 && t1.s < c.e && (t.f & L.FIRST) !== 0 && this.common(t) && !((t.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS)) !== 0) && !(againDone ??= new Set()).has(t.w)) {
        againDone.add(t.w);
        for (let at = v.indexOf(t.w); at >= 0; at = v.indexOf(t.w, at + t.w.length)) {
          if (at === c.s || /[\p{L}\d]/u.test(v.charAt(at - 1)) || /[\p{L}\d]/u.test(v.charAt(at + t.w.length))) continue;
          if (NAME_THEN_VERB.test(v.slice(at + t.w.length, at + t.w.length + 14)) && !this.anyCand(at, at + t.w.length)) this.add(at, at + t.w.length, 'NAME', 60);
        }
      }
      // "Child: Destiny [Marie Yellowhorse]", "Called patient Zarghona [Haidari]": a given name, or a name part no
      // lexicon knows, right before a capitalized name.
      const pv = toks[i - 1];
      if (before === 32 && !this.capsDoc && t.shape === 'T' && pv && pv.shape === 'T' && !pv.possessive && pv.e + 1 === c.s && pv.w.length >= 3 &&
        (pv.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.FACILITY_GENERIC | M.EPONYMS | M.SUBJECT_VERBS | M.STRONG_CONTEXT | M.WEAK_CONTEXT | M.MEDIUM_CONTEXT | M.LOWER_NAME_CUE | M.ROLE_ABBR | M.PLACE_PREP | M.KIN_PLURAL | M.NOT_PERSON | M.SCALE_NAMES)) === 0 &&
        !(pv.f & (L.COUNTRY | T.CUE)) && ((pv.f & L.FIRST) !== 0 || (!this.known(pv) && !this.common(pv) && pv.w.length >= 4 && !ROLE_ENDING.test(pv.k))) && !((pv.f & L.PLACE) && !(pv.f & NAME_BITS)) && pv.k !== 'baby' &&
        NAME_PART_BEFORE_OK.test(v.slice(Math.max(0, pv.s - 24), pv.s))) {
        this.add(pv.s, c.e, 'NAME', c.p + 1);
      }
      // "foster parents Curtis and Renee [Bright]", "Adjuster Ward [Pemberton]": a surname that is also a word after a
      // given name found alone, before punctuation.
      const nn = toks[i + 1];
      if (after === 32 && t.shape === 'T' && t.e === c.e && (t.f & L.FIRST) !== 0 && nn && nn.shape === 'T' && nn.s === t.e + 1 && (nn.f & (L.LAST | L.COMMON_SURNAME)) !== 0 &&
        (nn.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.FACILITY_GENERIC | M.STATE_WORDS | M.NOT_PERSON | M.EPONYMS | M.SUBJECT_VERBS)) === 0 && !(nn.f & (T.FACILITY | L.COUNTRY)) && /^(?:[ \t]*[,;:)]|[ \t]*\r?\n|[ \t]+\(?\d{3}[)\s.-])/.test(v.slice(nn.e, nn.e + 8))) {
        this.add(c.s, nn.e, 'NAME', c.p + 1);
      }
      // "kayla brooks <...>", "doctor imani okwuosa dictating": the surname after a lower-case given name.
      const nx = toks[i + 1];
      if (after === 32 && t.shape === 'L' && t.e === c.e && nx && nx.shape === 'L' && nx.s === t.e + 1 && !(nx.m & (M.MONTH_WORDS | M.NOT_NAME | M.TITLES | M.PARTICLES)) && !(nx.f & T.FACILITY) && !/^(?:hosp|hospital|clinic|cent(?:er|re)|rehab|home|house|school|street|st|road|rd|ave|unit|ward)$/.test(nx.k)) {
        const sur = (nx.f & (L.LAST | L.COMMON_SURNAME)) !== 0;
        const unknown = !this.known(nx) && this.lowerNameOk(nx);
        if ((unknown || sur) && LOWER_SURNAME_AFTER.test(v.slice(nx.e, nx.e + 16))) this.add(c.s, nx.e, 'NAME', c.p + 1);
      }
    }
  }
  /** Whether a live candidate that overlaps [s, e) passes `test` (read from the index on a text with many candidates). */
  someOverlap(s: number, e: number, test: (c: Cand) => boolean): boolean {
    const cands = this.cands;
    if (e > s && cands.length >= CAND_INDEX_MIN) return (this.candIndex ??= new CandIndex(cands)).some(s, e, test);
    for (const c of cands) if (c.p >= 0 && c.s < e && c.e > s && test(c)) return true;
    return false;
  }
  /** Whether a live candidate that covers [s, e) (c.s <= s and c.e >= e) passes `test`. */
  someCovering(s: number, e: number, test: (c: Cand) => boolean): boolean {
    const cands = this.cands;
    if (cands.length >= CAND_INDEX_MIN && e >= s) {
      // (A candidate covering an empty range at s overlaps [s - 1, s + 1).)
      const idx = (this.candIndex ??= new CandIndex(cands));
      return e > s ? idx.some(s, e, (c) => c.s <= s && c.e >= e && test(c)) : idx.some(s - 1, s + 1, (c) => c.s <= s && c.e >= e && test(c));
    }
    for (const c of cands) if (c.p >= 0 && c.s <= s && c.e >= e && test(c)) return true;
    return false;
  }
  /** Whether any candidate overlaps [s, e). */
  anyCand(s: number, e: number): boolean {
    const cands = this.cands;
    if (this.candIndex === undefined) {
      if (cands.length < CAND_INDEX_MIN) {
        for (const c of cands) if (c.s < e && c.e > s && c.p >= 0) return true;
        return false;
      }
      this.candIndex = new CandIndex(cands);
    }
    return this.candIndex.any(s, e);
  }
  /** The postcode (4-6 digits, not a year) that ends, before blanks, right before `p`, after a line start or a comma. */
  postcodeBefore(p: number): { start: number; code: string } | null {
    const b = CODE_BEFORE_PLACE.exec(this.v.slice(Math.max(0, p - 16), p));
    if (!b) return null;
    const code = b[1] as string;
    if (/^(?:19|20)\d\d$/.test(code)) return null;
    // (Stop 13: lastIndexOf, as the code may open the match at a text's start: indexOf(code, 1) gave -1 and a span from -1.)
    return { start: p - b[0].length + b[0].lastIndexOf(code), code };
  }
  /** That postcode as a place of its own, unless it is inside one already ("Cuauhtemoc, 06700 Ciudad de Mexico"). */
  addPostcodeBefore(p: number, n0: number): void {
    const pc = this.postcodeBefore(p);
    if (pc && !this.inLocation(pc.start, pc.start + pc.code.length, n0)) this.add(pc.start, pc.start + pc.code.length, 'LOCATION', 200);
  }
  inLocation(s: number, e: number, n: number): boolean {
    for (let x = 0; x < n; x++) {
      const c = this.cands[x] as Cand;
      if (c.t === 'LOCATION' && c.p >= 0 && c.s <= s && c.e >= e) return true;
    }
    return false;
  }
  /** Whether the word that ends right before pos (after one space) is one of MOVE_PREPS, in any case. */
  movePrepBefore(pos: number): boolean {
    const v = this.v;
    if (codeAt(v, pos - 1) !== 32) return false;
    let a = pos - 2;
    while (a >= 0 && isAsciiLetter(v.charCodeAt(a))) a--;
    a++;
    const len = pos - 1 - a;
    // (ASCII letters: | 32 is their lower case.)
    const c0 = v.charCodeAt(a) | 32;
    const c1 = v.charCodeAt(a + 1) | 32;
    if (len === 2) return (c0 === 105 && c1 === 110) || (c0 === 101 && c1 === 110) || (c0 === 116 && c1 === 111) || (c0 === 100 && c1 === 101);
    if (len === 4 || len === 5) return MOVE_PREPS.has(v.slice(a, pos - 1).toLowerCase());
    return false;
  }
  /** The lower-case word that ends right before pos (after one space), or ''. */
  wordBefore(pos: number): string {
    if (this.v.charCodeAt(pos - 1) !== 32) return '';
    let a = pos - 2;
    while (a >= 0 && isAsciiLetter(this.v.charCodeAt(a))) a--;
    return this.v.slice(a + 1, pos - 1).toLowerCase();
  }
  /**
   * Stop 12 (docs/deid-history.md): cues that join two findings or a finding and its neighbour. An age of 90 or more right
   * after a name ("Oswin Farrady, 93, admitted", "Mr. Lamb (ninety)"); a phone number spoken digit by digit; a name
   * before "'s" and a relative ("ezra's mom"); a given name that is also a word after a relative, before a verb or
   * punctuation ("wife Mercedes says", "her name was Crystal,"); a month and day before a time or after a weekday, both
   * ends of a range of month names ("Nov 2-Jan 15"); a place, not a person, after a verb of living or travel ("drives
   * from Paterson", "vive en Orlando"); a postcode next to a place ("Tokyo 155-0031", "SP, 01304-001"); a city written
   * head first ("Ciudad de Mexico"); a name before a facility's head word ("Baptist Heart Institute"); the opening words
   * of a place's name ("Our Lady of", "Los"); a coded identifier after a case, report, participant or ID label ("case
   * ME25-0644"); the label before a generic identifier, which types it; the last four digits of an SSN.
   */
  crossCues(): void {
    this.nameCues();
    this.crossCands();
    this.crossTokens();
    this.crossDates();
  }
  /** crossCues, the cues around each candidate found so far. */
  crossCands(): void {
    const v = this.v;
    const cands = this.cands;
    const n0 = cands.length;
    // The town of the gazetteer after a place's end ([start, end]), or null, by that end.
    let placeAfter: Map<number, [number, number] | null> | undefined;
    for (let x = 0; x < n0; x++) {
      const c = cands[x] as Cand;
      if (c.p < 0) continue;
      if (c.t === 'NAME' || c.t === 'LOCATION') {
        // "Ciudad de Mexico", "Cidade de Goias", "Ciudad Juarez": a city written head first.
        const w1 = codeAt(v, c.s - 2) | 32;
        const wb = codeAt(v, c.s - 1) === 32 && (w1 === 101 || w1 === 108 || w1 === 100) ? this.wordBefore(c.s) : '';
        if (wb === 'de' || wb === 'del' || wb === 'ciudad' || wb === 'cidade') {
          const h = CITY_HEAD_BEFORE.exec(v.slice(Math.max(0, c.s - 14), c.s));
          if (h) {
            c.t = 'LOCATION';
            const ns = c.s - h[0].length;
            this.add(ns, c.e, 'LOCATION', c.p + 1);
            // "Cuauhtemoc, 06700 Ciudad de Mexico": its postcode before it.
            this.addPostcodeBefore(ns, n0);
            continue;
          }
        }
      }
      if (c.t === 'NAME') {
        // "Sao Paulo", "São Luís": a city named after a saint in Portuguese is no person.
        if (v.charCodeAt(c.s) === 83 && /^S(?:ao|\u00e3o)[ \t]+\p{Lu}/u.test(v.slice(c.s, c.e))) {
          c.t = 'LOCATION';
          continue;
        }
        const after = v.charCodeAt(c.e);
        // The last space inside the name (after its first character), or -1.
        let ls = c.e - 1;
        while (ls > c.s && v.charCodeAt(ls) !== 32) ls--;
        const space = ls > c.s;
        if ((after === 32 || after === 39 || space) && !titleBefore(v, c.s)) {
          // "Baptist Heart Institute", "Harmon Hall rm 314": a name before the head word of a facility or a building names that place.
          const up = v.charCodeAt(after === 39 ? c.e + 3 : c.e + 1);
          const h = (after === 32 || after === 39) && up >= 65 && up <= 90 ? HEAD_AFTER_NAME.exec(v.slice(c.e, c.e + 48)) : null;
          if (h) {
            c.t = 'LOCATION';
            const o = this.openerBefore(c.s);
            this.add(c.s - o, c.e + h[0].length, 'LOCATION', c.p + 1);
            continue;
          }
          if (space) {
            // "First Lutheran Church", "1402-88 Harbour St": a name that ends with such a head word, or with a street's
            // after a house number, is that place (Street and Hall are surnames too: not without the number).
            // (Their words open with one of A B C D H I L P R S.)
            const l0 = v.charCodeAt(ls + 1);
            const last = l0 === 65 || l0 === 66 || l0 === 67 || l0 === 68 || l0 === 72 || l0 === 73 || l0 === 76 || l0 === 80 || l0 === 82 || l0 === 83 ? v.slice(ls + 1, c.e) : '';
            if (HEAD_END_WORDS.has(last)) {
              c.t = 'LOCATION';
              continue;
            }
            const num = last !== '' && STREET_END_WORDS.has(last.replace(/\.$/, '')) && !/^\.?[ \t]*\p{Lu}/u.test(v.slice(c.e, c.e + 3)) ? HOUSE_NUMBER_BEFORE.exec(v.slice(Math.max(0, c.s - 12), c.s)) : null;
            if (num) {
              c.t = 'LOCATION';
              this.add(c.s - num[0].length, c.e, 'LOCATION', c.p + 1);
              continue;
            }
          }
        }
        // "28012 Madrid": a name right after a postcode at a line start or after a comma is a town.
        const bd = codeAt(v, c.s - 2);
        if (codeAt(v, c.s - 1) === 32 && bd >= 48 && bd <= 57) {
          const pc = space ? null : this.postcodeBefore(c.s);
          if (pc && pc.code.length === 5) {
            c.t = 'LOCATION';
            if (!this.inLocation(pc.start, pc.start + 5, n0)) this.add(pc.start, pc.start + 5, 'LOCATION', 200);
            continue;
          }
        }
        // "REYNOLDS, TERRELL D. #884127": a number sign and a number right after a name identify that person.
        let hp = c.e;
        if (v.charCodeAt(hp) === 46) hp++;
        while (hp < c.e + 6 && v.charCodeAt(hp) === 32) hp++;
        if (v.charCodeAt(hp) === 35) {
          const hm = HASH_ID_AFTER_NAME.exec(v.slice(c.e, c.e + 20));
          if (hm) this.add(c.e + hm[0].length - (hm[1] as string).length, c.e + hm[0].length, 'OTHER_ID', 60);
        }
        // "Oswin Farrady, 93,", "Mr. Lamb (ninety)".
        let a = c.e;
        while (v.charCodeAt(a) === 32) a++;
        const ac = v.charCodeAt(a);
        let ag = a + 1;
        while (v.charCodeAt(ag) === 32 || v.charCodeAt(ag) === 9) ag++;
        const gc = v.charCodeAt(ag) | 32;
        // (The age opens with a digit 9 or 1, "aged", "a hundred", "one hundred" or "ninety".)
        if ((ac === 44 || ac === 40) && (gc === 57 || gc === 49 || gc === 97 || gc === 110 || gc === 111)) {
          const m = AGE_AFTER_NAME.exec(v.slice(c.e, c.e + 40));
          if (m) {
            const g = m[1] as string;
            const st = c.e + m[0].length - g.length;
            this.add(st, st + g.length, 'AGE_OVER_89', 92);
          }
        }
        // "drives from Paterson", "vive en Orlando": a known place after a verb of living or travel is a place.
        if (this.movePrepBefore(c.s) && /^\p{Lu}/u.test(v.charAt(c.s)) && this.knownPlace(v.slice(c.s, c.e).toLowerCase().replace(/[ \t]+/g, ' ')) && MOVE_BEFORE.test(v.slice(Math.max(0, c.s - 40), c.s))) c.t = 'LOCATION';
        continue;
      }
      // Identifier types whose lists continue with the same shape ("MRNs 1188 / 1189", "Rx 412203 and 412204").
      const ct = c.t;
      if (ct === 'OTHER_ID' || ct === 'MRN' || ct === 'ACCOUNT' || ct === 'HEALTH_PLAN' || ct === 'LICENSE' || ct === 'DEVICE') {
        // "Rx 412203 and 412204", "MRNs 1188 / 1189": a second identifier of the same shape after "and", "/" or a comma.
        const nc = v.charCodeAt(c.e);
        if (nc === 32 || nc === 44 || nc === 47 || nc === 38) {
          const lm = ID_LIST_NEXT.exec(v.slice(c.e, c.e + 32));
          if (lm) {
            const g = lm[1] as string;
            const prev = v.slice(c.s, c.e);
            if (Math.abs(g.length - prev.length) <= 1 && /^\d/.test(g) === /^\d/.test(prev)) this.add(c.e + lm[0].length - g.length, c.e + lm[0].length, c.t, c.p);
          }
        }
      }
      if (c.t === 'OTHER_ID') {
        // "Chart D-22817", "MRNs 1188 / 1189", "Col. No. 2828", "Florida Bar 0098", "Member OPX4401": the label before a
        // generic identifier types it.
        const before = v.slice(Math.max(0, c.s - 48), c.s);
        const nl = before.lastIndexOf('\n');
        const line = nl >= 0 ? before.slice(nl + 1) : before;
        // (Stop 29, speed: by index, without for-of's iterator and the pair's destructuring: the same tests in the same
        // order; a smaller graph for the optimizing compiler.)
        for (let r = 0; r < ID_TYPE_BEFORE.length; r++) {
          const tr = ID_TYPE_BEFORE[r] as (typeof ID_TYPE_BEFORE)[number];
          if (tr[1].test(line)) {
            c.t = tr[0];
            break;
          }
        }
        continue;
      }
      if (c.t === 'LOCATION') {
        // "Our Lady of Peace Clinic", "Los Lunas Family Medicine", "Providence St. Mary Heart Center": the words that
        // open a place's name before a saint's or an article's name are part of it.
        const o = this.openerBefore(c.s);
        if (o > 0) this.add(c.s - o, c.e, 'LOCATION', c.p + 1);
        const sp = v.charCodeAt(c.e) === 32;
        if (sp) {
          // "Hosahalli village", "Tumakuru district": the noun of a place's kind after it; "Magnolia Terrace Assisted Living",
          // "Round Rock Endocrine", "Marshall Univ": a facility's head after a place.
          const k = PLACE_KIND_AFTER.exec(v.slice(c.e, c.e + 16));
          const up = v.charCodeAt(c.e + 1);
          let hl = 0;
          if (!k && up >= 65 && up <= 90) {
            FACILITY_HEAD.lastIndex = c.e + 1;
            const h = FACILITY_HEAD.exec(v);
            if (h && !WEAK_FACILITY_HEAD.has(h[0].toLowerCase())) hl = h[0].length + 1;
            else if (v.startsWith('Univ', c.e + 1) && !/[a-z]/.test(v.charAt(c.e + 5))) hl = 5;
          }
          const ext = k ? k[0].length : hl;
          if (ext > 0) this.add(c.s - o, c.e + ext, 'LOCATION', c.p + 1);
        }
        // "Minute Med Urgent Care, Boise", "Medical Examiner - Anchorage", "8 allee des Tilleuls, Bagnolet": a town of the
        // gazetteer after a place and a comma or a dash.
        const ac = v.charCodeAt(c.e);
        let pa = ac === 44 ? c.e + 1 : c.e + 2;
        const pa0 = pa;
        while (codeAt(v, pa) === 32 || codeAt(v, pa) === 9) pa++;
        const pu = codeAt(v, pa);
        // (A space, then a capital: A-Z or a letter beyond ASCII.)
        if ((ac === 44 || (sp && v.charCodeAt(c.e + 1) === 45)) && pa > pa0 && ((pu >= 65 && pu <= 90) || pu >= 128)) {
          // (A pure function of c.e: computed once for the candidates that end there.)
          let place = placeAfter?.get(c.e);
          if (place === undefined) {
            place = null;
            const pm = placeAfterPlace(v, c.e);
            if (pm) {
              const words = pm.words;
              for (let n = words.length; n > 0; n--) {
                const pref = n === 1 ? (words[0] as string) : words.slice(0, n).join(' ');
                const key = pref.toLowerCase();
                if (!this.knownPlace(key)) continue;
                const st = pm.st;
                const e = st + pref.length;
                OF_AT.lastIndex = e;
                if (!(n === 1 && (this.fl(key) & L.WORD) !== 0) && !OF_AT.test(v) && !STATE_WORDS.has(key) && !(n === 1 && (this.fl(key) & L.COUNTRY) !== 0) && !STATE_FIRST_WORDS.has(key) && !/^[ \t]+(?:State|Province|Region|Oblast)\b/.test(v.slice(e, pm.end + 12))) {
                  place = [st, e];
                  break;
                }
              }
            }
            (placeAfter ??= new Map()).set(c.e, place);
          }
          if (place !== null) {
            const st = place[0];
            const e = place[1];
            if (!this.anyCand(st, e) || this.inLocation(st, e, n0) === false) this.add(st, e, 'LOCATION', 72);
          }
        }
        // "Tokyo 155-0031", "Sao Paulo - SP, 01304-001", "Las Pinas City 1747": a postcode right after a place.
        let a = c.e;
        while (a < c.e + 8 && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 44 || v.charCodeAt(a) === 45)) a++;
        const d = v.charCodeAt(a);
        const m = a > c.e && ((d >= 48 && d <= 57) || (d >= 65 && d <= 90)) ? CODE_AFTER_PLACE.exec(v.slice(c.e, c.e + 24)) : null;
        if (m) {
          const g = m[1] as string;
          const st = c.e + m[0].length - g.length;
          if (!/^(?:19|20)\d\d$/.test(g) && !PLACE_NOT_TOWN.test(v.slice(c.s, c.e)) && !this.inLocation(st, st + g.length, n0)) this.add(st, st + g.length, 'LOCATION', 200);
        }
        // "Cuauhtemoc, 06700 Ciudad de Mexico": a postcode right before a place, after a comma.
        const bd = codeAt(v, c.s - 2);
        if (codeAt(v, c.s - 1) === 32 && bd >= 48 && bd <= 57) this.addPostcodeBefore(c.s, n0);
      }
    }
  }
  /** crossCues, the cues at listed tokens: spoken phone numbers, SSN last four, coded identifiers, dates of digits, names and places after cue words. */
  crossTokens(): void {
    // (Stop 19: each list of tokens is read by a method of its own: a rare rule met for the first time deoptimizes and
    // recompiles that method only.)
    this.crossStickyTokens();
    this.spokenPhonesAfterAt();
    this.crossNumbers();
    this.crossContexts();
  }
  /** crossTokens, the label tokens (stickyIdx): spoken phone numbers, SSN last four, coded identifiers, Rx numbers. */
  crossStickyTokens(): void {
    const v = this.v;
    const toks = this.toks;
    // (Stop 29, speed: by index, not with for-of: the same order over a list nothing here changes; a smaller graph for
    // the optimizing compiler, faster interpreted passes. So in spokenPhonesAfterAt and crossNumbers.)
    for (let x = 0, xs = this.stickyIdx; x < xs.length; x++) {
      const i = xs[x] as number;
      const t = toks[i] as Tok;
      // A phone number spoken digit by digit after a cue ("call me back at six one seven, five five five, oh one nine eight").
      if ((t.f & T.PHONE_LABEL) !== 0) {
        // At each word start of the next few words, a word that may open a digit word.
        const end = Math.min(v.length, t.e + 48);
        for (let p = t.e + 1; p < end; p++) {
          if (v.charCodeAt(p - 1) !== 32 || !digitFirst(v.charCodeAt(p) | 32)) continue;
          SPOKEN_PHONE.lastIndex = p;
          const m = SPOKEN_PHONE.exec(v);
          if (!m) continue;
          if (spokenDigits37(m[0]) <= 11) this.add(p, p + m[0].length, t.k === 'fax' ? 'FAX' : 'PHONE', 60);
          break;
        }
      }
      // "last-4 SSN 4471", "SSN (last 4): 0917": the last four digits of a social security number.
      if ((t.f & T.SSN) !== 0 && (t.k === 'last' || t.k === 'ssn' || t.k === 'social')) {
        const w0 = Math.max(0, t.s - 24);
        const m = SSN_LAST4.exec(v.slice(w0, t.e + 40));
        if (m) {
          const g = m[1] as string;
          const st = w0 + m.index + m[0].length - g.length;
          this.add(st, st + g.length, 'SSN', 90);
        }
      }
      // "case ME25-0644", "ID INT-5521", "report ACS-25-1180".
      if (CODED_LABELS.has(t.w)) this.codedId(t.s);
      // "Rx 412203": a prescription's number after Rx without a number sign.
      else if (t.k === 'rx' && v.charCodeAt(t.e) === 32) {
        const m = RX_NUMBER.exec(v.slice(t.e, t.e + 24));
        if (m) {
          const st = t.e + m[0].length - (m[1] as string).length;
          this.add(st, st + (m[1] as string).length, 'OTHER_ID', 60);
          // "Rx 412203 and 412204".
          const lm = ID_LIST_NEXT.exec(v.slice(st + (m[1] as string).length, st + (m[1] as string).length + 32));
          if (lm && Math.abs((lm[1] as string).length - (m[1] as string).length) <= 1) this.add(st + (m[1] as string).length + lm[0].length - (lm[1] as string).length, st + (m[1] as string).length + lm[0].length, 'OTHER_ID', 60);
        }
      }
    }
  }
  /** crossTokens, the tokens "at" (atIdx). */
  spokenPhonesAfterAt(): void {
    const v = this.v;
    const toks = this.toks;
    // "... call me back at six one seven, five five five, ...", "text her at ...": a spoken number right after "at".
    for (let x = 0, xs = this.atIdx; x < xs.length; x++) {
      const i = xs[x] as number;
      const t = toks[i] as Tok;
      const p = t.e + 1;
      if (v.charCodeAt(t.e) !== 32 || !digitFirst(v.charCodeAt(p) | 32)) continue;
      SPOKEN_PHONE.lastIndex = p;
      const m = SPOKEN_PHONE.exec(v);
      if (m && spokenDigits37(m[0]) <= 11) this.add(p, p + m[0].length, /\bfax/i.test(v.slice(Math.max(0, t.s - 30), t.s)) ? 'FAX' : 'PHONE', 60);
    }
  }
  /** crossTokens, the tokens with digits (xIdx): alien numbers and dates of digits. */
  crossNumbers(): void {
    const v = this.v;
    const toks = this.toks;
    for (let x = 0, xs = this.xIdx; x < xs.length; x++) {
      const i = xs[x] as number;
      const t = toks[i] as Tok;
      // "A# A-219-447-803": an alien registration number.
      if (codeAt(v, t.s - 2) === 35 && codeAt(v, t.s - 3) === 65) this.codedId(t.s - 3);
      // "2009-04" (a year and a month), "(10.10.25)" (day, month, short year), "on 28.2." (day and month), "the 16th".
      const b = codeAt(v, t.s - 1);
      if (b === 45 || b === 47 || b === 46 || isDigitCode(b)) continue;
      let q = t.s;
      while (isDigitCode(v.charCodeAt(q))) q++;
      // (Stop 35: in a text in capitals an ordinal's letters are capitals, "ON THE 12TH": read through the view in lower
      // case, of the same length.)
      let ch = v.charCodeAt(q);
      const caps = this.capsDoc && ch >= 78 && ch <= 84;
      if (caps) ch += 32;
      if (!((ch === 45 && q - t.s === 4) || (ch === 46 && q - t.s <= 2) || ch === 115 || ch === 110 || ch === 114 || ch === 116)) continue;
      const dv = caps ? this.lowerView() : v;
      DATE_SHAPES.lastIndex = t.s;
      const m = DATE_SHAPES.exec(dv);
      if (!m) continue;
      if (m[1] !== undefined) {
        if (+(m[2] as string) >= 1 && +(m[2] as string) <= 12) this.add(t.s, t.s + m[0].length, 'DATE', 84);
      } else if (m[3] !== undefined) {
        const d = +(m[3] as string);
        const mo = +(m[4] as string);
        if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) this.add(t.s, t.s + m[0].length, 'DATE', 84);
      } else if (m[5] !== undefined) {
        const d = +(m[5] as string);
        const mo = +(m[6] as string);
        if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && DAY_MONTH_DOT_BEFORE.test(v.slice(Math.max(0, t.s - 6), t.s))) this.add(t.s, t.s + m[0].length - 1, 'DATE', 84);
      } else if (m[7] !== undefined && +(m[7] as string) >= 1 && +(m[7] as string) <= 31 && ORDINAL_DAY_BEFORE.test(v.slice(Math.max(0, t.s - 16), t.s))) {
        this.add(t.s, t.s + m[0].length, 'DATE', 84);
      }
    }
  }
  /** crossTokens, the context words (crossIdx): names and places after cue words. */
  crossContexts(): void {
    const v = this.v;
    const toks = this.toks;
    const crossIdx = this.crossIdx;
    for (let x = 0; x < crossIdx.length; x++) {
      const i = crossIdx[x] as number;
      if (i + 1 >= toks.length) break;
      const t = toks[i] as Tok;
      const tm = t.m;
      // "J. Ward, CWOCN", "Autumn Marsh, LMFT": see credName.
      if ((tm & M.CREDENTIAL_TOKENS) !== 0 && i >= 2 && t.shape !== 'L' && v.charCodeAt(t.s - 2) === 44) this.credName(i);
      // "wife Mercedes says", "my gf april says", "her name was Crystal,": a given name that is also a word.
      if ((tm & M.STRONG_CONTEXT) !== 0 && !t.possessive) {
        // "Patient: lyle j. prewitt   DOB ...": a name typed in lower case after a label and its colon.
        if (v.charCodeAt(t.e) === 58 && t.shape !== 'L') this.lowerLabelled(i);
        let j = i;
        // "her name was Crystal".
        if (t.k === 'name' && (toks[i + 1] as Tok).k === 'was') j = i + 1;
        else if (!KIN_NAME_CUE.has(t.k)) continue;
        const c = toks[j] as Tok;
        const nx = toks[j + 1];
        if (nx && nx.s === c.e + 1 && v.charCodeAt(c.e) === 32 && (nx.shape === 'T' || (nx.shape === 'L' && c.shape === 'L')) && (nx.f & L.FIRST) !== 0 && (nx.m & (M.NOT_NAME | M.TITLES | M.STRONG_CONTEXT | M.WEAK_CONTEXT | M.PLACE_PREP)) === 0 && nx.w.length >= 3 &&
          NAME_THEN_VERB.test(v.slice(nx.e, nx.e + 14)) && !this.anyCand(nx.s, nx.e)) this.add(nx.s, nx.e, 'NAME', 64);
        continue;
      }
      if ((tm & M.PLACE_PREP) !== 0 && t.shape === 'L' && MOVE_PREPS.has(t.k)) {
        this.movePlace(i);
        continue;
      }
      // "ezra's mom", "Maria's husband": a name before "'s" and a relative.
      if (!t.possessive) continue;
      const nx = toks[i + 1] as Tok;
      if (nx.s !== t.e + 3 || t.k.length < 2) continue;
      if ((t.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.EPONYMS | M.STATE_WORDS | M.LOWER_NAME_CUE | M.SCALE_NAMES)) !== 0 || t.f & L.COUNTRY) continue;
      // (Stop 37: not after "of", "Next of Kin's phone", nor a season, "Summer's school holidays".)
      const notOwner = (i > 0 && (toks[i - 1] as Tok).k === 'of') || SEASONS_37.has(t.k);
      if (KIN_AFTER_POSSESSIVE.has(nx.k)) {
        if (t.shape === 'T' || t.shape === 'L') {
          // (Stop 37: "Mike's wife", "Grace's daughter": in mixed case a capitalized given name that is also a word.)
          // (Not "Baby's father": a word for the child or a relative, PERSON_NOUNS_37.)
          const wordName = this.common(t) && t.shape === 'T' && (t.f & L.FIRST) !== 0 && !this.capsDoc && !this.lowerDoc && !PERSON_NOUNS_37.has(t.k) && !notOwner;
          if ((this.common(t) && !wordName) || (t.f & L.PLACE && !this.isFirst(t))) continue;
          if (t.shape === 'L' ? !this.lowerNameOk(t) : !this.isFirst(t) && this.known(t)) continue;
          this.add(t.s, t.e, 'NAME', 40);
        } else if (t.shape === 'U' && this.capsDoc && this.isFirst(t) && !this.common(t) && (t.f & L.PLACE) === 0 && !PERSON_NOUNS_37.has(t.k) && !notOwner) this.add(t.s, t.e, 'NAME', 40);
        continue;
      }
      // (Stop 37) "Shay's number", "Olu's date of birth", "Kerry-Ann's letter": a known given name before a person's own
      // things (no eponym's head: "Bell's palsy", "Murphy's sign" are read before).
      if (!OWN_AFTER_POSSESSIVE_37.has(nx.k) || (nx.k === 'date' && !v.startsWith(' of birth', nx.e))) continue;
      // (A given name that is also a town, "Maria", "Florence", only before a person's own word: a town has schools and
      // houses too.)
      // (A given name that is also a word only capitalized in mixed case: "Maria's date of birth", "Will's number".)
      if ((t.f & L.FIRST) === 0 || PERSON_NOUNS_37.has(t.k) || notOwner || (this.common(t) && t.shape !== 'T') || ((t.f & L.PLACE) !== 0 && PLACE_OWN_37.has(nx.k))) continue;
      if (t.shape === 'T' ? this.capsDoc || this.lowerDoc : t.shape === 'L' ? !this.lowerDoc || !this.lowerNameOk(t) : t.shape !== 'U' || !this.capsDoc) continue;
      if (!this.anyCand(t.s, t.e)) this.add(t.s, t.e, 'NAME', 40);
    }
  }
  /** crossCues, dates: a month and a day before a time or after a weekday; both ends of a range of month names. */
  crossDates(): void {
    const v = this.v;
    // "6/1 7:20 PM", "(Sat 10/4)": a month and a day before a time of day or after a weekday.
    for (let at = v.indexOf('/'); at >= 0; at = v.indexOf('/', at + 1)) {
      let s0 = at;
      while (s0 > at - 2 && s0 > 0 && isDigitCode(v.charCodeAt(s0 - 1))) s0--;
      const pc = s0 > 0 ? v.charCodeAt(s0 - 1) : 32;
      if (s0 === at || pc === 47 || pc === 46 || pc === 58 || pc === 45 || pc === 95 || (pc < 128 && isWordCode(pc))) continue;
      // (MD_AT needs one or two digits after the slash, then no word character, slash or dot: "03/09/2026" has a slash.)
      let q = at + 1;
      if (!isDigitCode(v.charCodeAt(q))) continue;
      if (isDigitCode(v.charCodeAt(++q))) q++;
      const qc = v.charCodeAt(q);
      if (qc === 47 || qc === 46 || qc === 95 || isDigitCode(qc) || isAsciiLetter(qc)) continue;
      MD_AT.lastIndex = s0;
      const m = MD_AT.exec(v);
      if (!m) continue;
      const mo = +(m[1] as string);
      const d = +(m[2] as string);
      if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
      const rest = v.slice(s0 + m[0].length, s0 + m[0].length + 16);
      // (Stop 37: in a text in one case the weekday in its case, "sat 11/15  (from liang", "SAT 11/15".)
      // (Stop 37: in one case, after "sat" or a weekday not a score, "pain score this am. sat 3/10", "grip strength: sat 4/5".)
      if (TIME_AFTER_MD.test(rest) || ((this.oneCase ? WEEKDAY_BEFORE_MD_I : WEEKDAY_BEFORE_MD).test(v.slice(Math.max(0, s0 - 12), s0)) && PUNCT_AFTER_MD.test(rest) &&
        !(this.oneCase && SCORE_BEFORE_27.test(v.slice(Math.max(lineStartOf(v, s0), s0 - 60), s0))))) this.add(s0, s0 + m[0].length, 'DATE', 80);
    }
    // "Nov 2-Jan 15": both ends of a range of month names (not "2-Jan" as a day and a month).
    if (this.monthIdx.length > 0) {
      // (Stop 29, speed: by index, not with for-of: see crossStickyTokens.)
      for (let x = 0, ps = this.monthStarts(); x < ps.length; x++) {
        const p = ps[x] as number;
        MONTH_RANGE.lastIndex = p;
        const m = MONTH_RANGE.exec(v);
        if (!m) continue;
        const a = m[1] as string;
        const b = m[2] as string;
        this.add(m.index, m.index + a.length, 'DATE', 95);
        const st = m.index + m[0].length - b.length;
        this.add(st, st + b.length, 'DATE', 95);
      }
    }
  }
  /** "drives from Warren", "retired postman from pawtucket": a known place after the preposition at token i, where nothing was found. */
  movePlace(i: number): void {
    const v = this.v;
    const toks = this.toks;
    const t = toks[i] as Tok;
    const nx = toks[i + 1];
    if (!nx) return;
    if (nx.shape === 'L' && (t.k === 'from' || t.k === 'in' || t.k === 'near') && oneSpace(v, t.e, nx.s)) {
      // A town of the gazetteer typed in lower case, no word and no name.
      const l2 = toks[i + 2];
      const lt = !!l2 && l2.shape === 'L' && oneSpace(v, nx.e, l2.s) && !this.common(l2) && this.knownPlace(`${nx.k} ${l2.k}`);
      // (Not a short word with a Latin ending, as anatomy has: "not in bursa", "from fossa"; "in pascagoula" is a town.)
      if ((lt || (nx.k.length >= 4 && !this.common(nx) && !(nx.f & NAME_BITS) && (nx.k.length >= 8 || !/(?:a|ae|us|um|is|ix|ex|on|i)$/.test(nx.k)) && this.knownPlace(nx.k))) && nx.k.length >= 4 && !(nx.m & (M.STATE_WORDS | M.STATE_FIRST_WORDS | M.NOT_NAME)) && !(nx.f & L.COUNTRY)) {
        const e = lt ? (l2 as Tok).e : nx.e;
        if (!this.anyCand(nx.s, e)) this.add(nx.s, e, 'LOCATION', 66);
      }
      return;
    }
    if (nx.shape !== 'T' || !oneSpace(v, t.e, nx.s) || !MOVE_WORDS.has(this.wordBefore(t.s))) return;
    const n2 = toks[i + 2];
    const two = !!n2 && n2.shape === 'T' && oneSpace(v, nx.e, n2.s) && this.knownPlace(`${nx.k} ${n2.k}`);
    // "Quebec City", "Kansas City": a capitalized word and City.
    const city = !two && !!n2 && n2.k === 'city' && n2.shape === 'T' && oneSpace(v, nx.e, n2.s);
    if (!two && !city && (!this.knownPlace(nx.k) || (nx.m & (M.STATE_WORDS | M.STATE_FIRST_WORDS)) !== 0 || nx.f & L.COUNTRY)) return;
    const e = two || city ? (n2 as Tok).e : nx.e;
    if (MOVE_BEFORE.test(v.slice(Math.max(0, t.s - 40), t.e + 1)) && !this.anyCand(nx.s, e)) this.add(nx.s, e, 'LOCATION', 70);
  }
  /** "J. Ward, CWOCN", "Autumn Marsh, LMFT": a given name or an initial and a surname that are also words, then a comma and
   * the credential at token i. */
  credName(i: number): void {
    const v = this.v;
    const toks = this.toks;
    const t = toks[i] as Tok;
    const sn = toks[i - 1] as Tok;
    const gn = toks[i - 2] as Tok;
    if (sn.e !== t.s - 2 || sn.shape !== 'T' || (sn.f & (L.LAST | L.COMMON_SURNAME)) === 0 || (sn.m & (M.FACILITY_GENERIC | M.STATE_WORDS)) !== 0 || sn.f & T.FACILITY) return;
    // (A clinical word as surname, "Ward", only after an initial.)
    if ((sn.m & M.NOT_NAME) !== 0 && gn.shape !== 'I') return;
    if (!((gn.shape === 'I' && v.charCodeAt(gn.e) === 46 && gn.e + 2 === sn.s) || (gn.shape === 'T' && gn.e + 1 === sn.s && (gn.f & L.FIRST) !== 0 && (gn.m & (M.NOT_NAME | M.TITLES | M.MONTH_WORDS | M.FACILITY_GENERIC)) === 0))) return;
    if (!this.credentialAfter(i - 1) || this.anyCand(gn.s, sn.e)) return;
    this.add(gn.s, sn.e, 'NAME', 70);
  }
  /** "Patient: lyle j. prewitt   DOB": two or three lower-case name parts (an initial with its dot) after the label at
   * token i and its colon, one of them a known name, then a column gap, a line end, a comma or a date of birth. */
  lowerLabelled(i: number): void {
    const v = this.v;
    const toks = this.toks;
    let j = i + 1;
    let known = false;
    let n = 0;
    const first = toks[j];
    if (!first || first.shape !== 'L' || !/^:[ \t]{1,3}$/.test(v.slice((toks[i] as Tok).e, first.s))) return;
    for (; j < toks.length && n < 3; j++) {
      const x = toks[j] as Tok;
      if (x.shape !== 'L' || (n > 0 && !/^\.?[ ]$/.test(v.slice((toks[j - 1] as Tok).e, x.s)))) break;
      const initial = x.k.length === 1 && v.charCodeAt(x.e) === 46;
      if (!initial && !this.lowerNameOk(x)) break;
      if ((x.f & NAME_BITS) !== 0 && !this.common(x)) known = true;
      n++;
    }
    if (n < 2 || !known) return;
    const last = toks[j - 1] as Tok;
    if (!/^(?:[ \t]{2}|[ \t]*(?:\r?\n|$|,)|[ \t]+(?:dob|DOB|d\.o\.b|born|age|mrn|MRN)\b)/.test(v.slice(last.e, last.e + 8))) return;
    if (!this.anyCand(first.s, last.e)) this.add(first.s, last.e, 'NAME', 70);
  }
  /** A coded identifier after the label at s (see CODED_ID), with four digits or more. */
  codedId(s0: number): void {
    CODED_ID.lastIndex = s0;
    const m = CODED_ID.exec(this.v);
    if (!m) return;
    const g = m[1] as string;
    // (Stop 19: the digits counted, not matched: a match over the value's string deoptimized its callers on new string kinds.)
    let digits = 0;
    for (let x = 0; x < g.length; x++) if (isDigitCode(g.charCodeAt(x))) digits++;
    if (digits < 4) return;
    const st = m.index + m[0].length - g.length;
    this.add(st, st + g.length, 'OTHER_ID', 55);
  }
  /** The length of the words that open a place's name right before pos ("Our Lady of ", "Los ", "Providence St. "), or 0. */
  openerBefore(pos: number): number {
    if (!OPENER_LAST_WORDS.has(this.wordBefore(pos)) && !/\bSt\.[ \t]$/.test(this.v.slice(Math.max(0, pos - 5), pos))) return 0;
    const o = OPENER_BEFORE_PLACE.exec(this.v.slice(Math.max(0, pos - 30), pos));
    return o && !OPENER_STOP.has((o[1] ?? '').toLowerCase()) ? o[0].length : 0;
  }

  /**
   * User names built from a person's name after a cue ("user tgriggs", "Processed by mkrause", "Reg clerk: yolivares",
   * "Reprocessed by ahmed.k", "generated by rpt_svc_bjensen"): an initial and a surname, or a first name or surname and
   * an initial or another name part. Labelling rules: a user name built from a name is NAME.
   */
  handles(): void {
    const toks = this.toks;
    const v = this.v;
    for (const i of this.cueIdx) {
      const t = toks[i] as Tok;
      if ((t.m & M.HANDLE_CUE) === 0) continue;
      // ("HIM tgreer": the records department in capitals, not the pronoun.)
      if (t.k === 'him' && t.w !== 'HIM') continue;
      HANDLE_AFTER.lastIndex = t.e;
      const m = HANDLE_AFTER.exec(v);
      if (!m) continue;
      const h = m[1] as string;
      // A host name is no user name ("by tgriggs.photos.net/album").
      if (/\.(?:com|net|org|edu|gov|io|dev|app|info|biz|health|us|uk|ca|de|fr|me|co)$/.test(h)) continue;
      if (!this.nameHandle(h, !WEAK_HANDLE_CUES.has(t.k))) continue;
      const s = m.index + m[0].length - h.length;
      this.add(s, s + h.length, 'NAME', 103);
    }
  }

  /** Whether a lower-case user name is built from a person's name (see handles); after a weak cue ("by": "confirmed
   * by xray") a surname that is also a common word does not count. */
  nameHandle(h: string, strong: boolean): boolean {
    if (h.length < 4 || h.length > 32) return false;
    const whole = this.fl(h);
    if (whole & L.WORD || NOT_NAME.has(h) || EPONYMS.has(h)) return false;
    const parts = h.split(/[._-]/).map((p) => p.replace(/\d+$/, '')).filter((p) => p !== '');
    const digits = /\d/.test(h);
    const name = (p: string) => p.length >= 3 && (this.fl(p) & NAME_BITS) !== 0 && !(this.fl(p) & L.WORD) && !NOT_NAME.has(p);
    for (const p of parts) {
      // An initial and a surname: "tgriggs", "cwu3", "bjensen".
      const rest = p.slice(1);
      if (p.length >= 4 || (digits && p.length >= 3)) {
        const f = this.fl(rest);
        // (After a strong cue, "user tbellweather": a surname no lexicon knows, five letters or more, that is no word.)
        const surname =
          ((f & (L.LAST | L.COMMON_SURNAME)) !== 0 && (!(f & L.WORD) || (strong && (f & L.COMMON_SURNAME) !== 0))) ||
          (strong && f === 0 && rest.length >= 5 && /^[a-z]+$/.test(rest) && !NOT_NAME.has(rest) && !EPONYMS.has(rest));
        if (surname && !(this.fl(p) & L.WORD) && !NOT_NAME.has(p) && (rest.length >= 3 || digits)) return true;
      }
    }
    // Name parts joined by a dot or an underscore: "ahmed.k", "j.doe", "maria_lopez".
    // (Or a surname no lexicon knows: "clementine.x.oyelaran".)
    if (parts.length >= 2 && parts.length <= 3 && parts.some(name) && parts.every((p) => p.length === 1 || name(p) || (p.length >= 5 && this.fl(p) === 0 && !NOT_NAME.has(p)))) return true;
    return false;
  }

  /** Drops the NAME and LOCATION candidates inside the name of a company of COMPANIES; whether it dropped any. */
  companies(): boolean {
    const toks = this.toks;
    const v = this.v;
    // The companies' spans, in text order (they start at tokens, so they come sorted and do not overlap).
    const starts: number[] = [];
    const ends: number[] = [];
    for (const i of this.cueIdx) {
      const t = toks[i] as Tok;
      if ((t.m & M.COMPANY_FIRST) === 0 || (starts.length > 0 && t.s < (ends[ends.length - 1] as number))) continue;
      COMPANY_AT.lastIndex = t.s;
      const m = COMPANY_AT.exec(v);
      // "Dr. Cook Medical..." is a person: never after a title.
      if (!m || /\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?[ \t]+$/.test(v.slice(Math.max(0, t.s - 7), t.s))) continue;
      starts.push(t.s);
      ends.push(t.s + m[0].length);
    }
    if (starts.length === 0) return false;
    let dropped = false;
    for (const c of this.cands) {
      if (c.t !== 'NAME' && c.t !== 'LOCATION') continue;
      // The last company starting at or before the candidate (binary search).
      let lo = 0;
      let hi = starts.length - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((starts[mid] as number) <= c.s) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (at >= 0 && c.e <= (ends[at] as number)) {
        c.p = -1;
        dropped = true;
      }
    }
    return dropped;
  }
}

/** The digit words of a spoken number, without "double" and "triple" (stop 37). */
function spokenDigits37(x: string): number {
  let n = 0;
  for (const w of x.split(/[^a-z]+/i)) if (w !== '' && !/^(?:double|triple)$/i.test(w)) n++;
  return n;
}
