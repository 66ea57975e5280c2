// Places in texts of one case (stop 18): lower-case addresses, one-case facilities, a place after a place; streets in
// capitals shown by a town after them (stop 22).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, NAME_BITS } from '../lexicon.js';
import { clinicalWord } from '../tagger.js';
import { type Cand, isDigitCode, T, type Tok } from './words.js';
import { LANGUAGES } from './later-cues.js';
import { AU_STATES, DIVISIONS_33, FACILITY_GENERIC, FUNCTION_WORDS, M, STATE_NAMES, STREET_SUFFIX_SET } from './vocabulary.js';
import type { Detector } from './detector.js';
import { blanks, oneSpace } from './shapes.js';
import { nearCommonWord18, oneCaseService18 } from './one-case.js';
import { partWord35 } from './work-sites.js';

/** Stop 18: clinical words that the gazetteer also knows as towns ("graft from lima to lad", "fluid in the bursa",
 * "back to rehab"): no place in a text of one case, where no capital tells them apart. */
const CLINICAL_PLACE_NAMES = new Set(['lima', 'rima', 'bursa', 'saline', 'nitro', 'rehab', 'perm', 'alot', 'tyro', 'spiro', 'center', 'centre', 'medulla', 'foley', 'hickman', 'quinton', 'pratt', 'penrose', 'coban']);

/**
 * Stop 18: whether a known place at token i (`best` words long) after the context word `prev` (a place preposition)
 * counts as in context in a text all in capitals or all in lower case: a place of several words does; one word needs four letters
 * or more, no common word and no given name (unless a residence phrase comes first), and a preposition of position
 * rather than "around", "via" or "through".
 */
export function capsPlaceContext(d: Detector, i: number, best: number, prev: Tok): boolean {
  if (best > 1) return true;
  const t = d.toks[i] as Tok;
  if (t.e - t.s < 4 || (t.f & L.WORD) !== 0 || prev.k === 'around' || prev.k === 'via' || prev.k === 'through' || CLINICAL_PLACE_NAMES.has(t.k)) return false;
  return (t.f & L.FIRST) === 0 || d.livingBefore(i);
}

/** "springfield, il 62704", "gallup nm 87301-1120": a US state's abbreviation and a ZIP code in lower case. */
const LOWER_ZIP = /^\d{5}(?:-\d{4})?$/;
/** Stop 33: US states' names of two words, by their last word ("new york 10001", "north carolina 27601"). */
const TWO_WORD_STATES_33 = new Map<string, readonly string[]>([
  ['hampshire', ['new']], ['jersey', ['new']], ['mexico', ['new']], ['york', ['new']], ['carolina', ['north', 'south']], ['dakota', ['north', 'south']], ['island', ['rhode']], ['virginia', ['west']], ['columbia', ['district of']],
]);

/** Stop 33: the number of words of a US state's code or name right before token `i` (a ZIP code), one blank or a comma
 * apart; 0 when none ("springfield, il 62704", "auburn, california 45276", "albany, new york 12203"). */
function lowerStateBefore33(d: Detector, i: number): number {
  const toks = d.toks;
  const p = toks[i - 1] as Tok;
  if (p.k.length === 2) return (p.m & M.STATE_ABBR_LOWER) !== 0 ? 1 : 0;
  if ((p.m & M.STATE_WORDS) !== 0 && STATE_NAMES_LOWER_33.has(p.k)) return 1;
  const firsts = TWO_WORD_STATES_33.get(p.k);
  const q = toks[i - 2];
  if (firsts === undefined || q === undefined || !oneSpace(d.v, q.e, p.s)) return 0;
  for (const f of firsts) {
    if (!f.includes(' ') && q.k === f) return 2;
    if (f.includes(' ') && q.k === 'of' && toks[i - 3]?.k === 'district') return 3;
  }
  return 0;
}
/** Stop 33: US states' names of one word, in lower case (STATE_WORDS also holds other countries' provinces). */
const STATE_NAMES_LOWER_33 = new Set(STATE_NAMES.toLowerCase().split('|').filter((n) => !n.includes(' ')));

/** Stop 33: a ZIP code in a record's fields after a state's code and a town, each in its field ("^wenatchee^wa^98801",
 * ",dubuque,ia,52001"): the town a place the gazetteer knows or a place found already. */
function lowerZipInFields33(d: Detector, i: number): void {
  const v = d.v;
  const toks = d.toks;
  const t = toks[i] as Tok;
  const p = toks[i - 1];
  const town = toks[i - 2];
  if (p === undefined || town === undefined || p.k.length !== 2 || (p.m & M.STATE_ABBR_LOWER) === 0 || p.shape !== 'L') return;
  const sep = v.charCodeAt(p.e);
  if ((sep !== 94 && sep !== 44) || p.e + 1 !== t.s || town.e + 1 !== p.s || v.charCodeAt(town.e) !== sep) return;
  if (!d.knownPlace(town.k) && !d.someOverlap(town.s, town.e, (c) => c.p >= 0 && c.t === 'LOCATION')) return;
  if (!d.someOverlap(t.s, t.e, (c) => c.p >= 0 && c.t !== 'LOCATION')) d.add(t.s, t.e, 'LOCATION', 86);
}

/** Stop 36: whether token t is an Australian postcode after its state's code p in lower case, one blank apart. */
function auPostcodeAfter36(v: string, p: Tok, t: Tok): boolean {
  if (t.w.length !== 4 || !/^\d{4}$/.test(t.w) || p.shape !== 'L' || p.e + 1 !== t.s || v.charCodeAt(p.e) !== 32) return false;
  const ranges = AU_STATES.get(p.w.toUpperCase());
  if (ranges === undefined) return false;
  const n = +t.w;
  return ranges.some(([a, b]) => n >= a && n <= b);
}

/** "kettering, northants nn15 7qa": a UK postcode in lower case (outward code, a blank, inward code). */
const LOWER_UK_POSTCODE = /^(?:[a-z]{1,2}\d[a-z\d]?)$/;

/**
 * Stop 18, texts in lower case (where the address rules, written for capitals, see nothing): the town before a US state's
 * abbreviation and a ZIP code, and a UK postcode with the town and the county before it, each part of the address
 * separated by a comma on the same line. The ZIP code or the postcode's shape is the anchor; the town is the one to
 * three words between it and the comma or the line's start before, none of them a function word.
 */
export function lowerAddresses18(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of d.xIdx) {
    const t = toks[i] as Tok;
    const p = toks[i - 1];
    if (p === undefined) continue;
    if (!blanks(v, p.e, t.s)) {
      // (Stop 33: fields of a record, "...^wenatchee^wa^98801", "...,dubuque,ia,52001".)
      if (LOWER_ZIP.test(t.w)) lowerZipInFields33(d, i);
      continue;
    }
    let partEnd: number;
    let first: number;
    const state = LOWER_ZIP.test(t.w) && p.shape === 'L' ? lowerStateBefore33(d, i) : 0;
    if (state > 0) {
      // The state stays unmarked (no identifier); the town ends before it.
      partEnd = i - 1 - state;
      first = i;
      // (Stop 33: a state's name is evidence enough, "greenville, texas 40099"; a state's code needs the town read below,
      // or a town the gazetteer knows or a place found right before it, "1207 4th ave nw minot nd 58703".)
      const town = toks[partEnd];
      if (p.k.length > 2 || (town !== undefined && /^,?[ \t]+$/.test(v.slice(town.e, (toks[partEnd + 1] as Tok).s)) && (d.knownPlace(town.k) || d.someOverlap(town.s, town.e, (c) => c.p >= 0 && c.t === 'LOCATION')))) {
        if (!d.someOverlap(t.s, t.e, (c) => c.p >= 0 && c.t !== 'LOCATION')) d.add(t.s, t.e, 'LOCATION', 86);
      }
    } else if (auPostcodeAfter36(v, p, t)) {
      // (Stop 36: an Australian state's code and a postcode in its range, "41 restwell street, bankstown nsw 2200", "inala
      // qld 4077", when the suburb is an address's part before it; the state stays unmarked.)
      partEnd = i - 2;
      first = i;
    } else if (/^\d[a-z]{2}$/.test(t.w) && LOWER_UK_POSTCODE.test(p.w) && v.charCodeAt(p.e) === 32 && p.e + 1 === t.s) {
      partEnd = i - 2;
      first = i - 1;
    } else continue;
    const places = lowerAddressParts(d, partEnd, first === i - 1 ? 2 : 1);
    if (places === undefined) continue;
    d.add((toks[first] as Tok).s, t.e, 'LOCATION', 86);
    for (const [a, b] of places) d.add(a, b, 'LOCATION', 72);
  }
}

/** The comma-separated parts of an address ending with token `last` (at most `parts` of them, each one to three words of
 * letters, no function word), read backwards on the same line; undefined when the first part is not such words. */
function lowerAddressParts(d: Detector, last: number, parts: number): [number, number][] | undefined {
  const v = d.v;
  const toks = d.toks;
  const out: [number, number][] = [];
  let j = last;
  for (let part = 0; part < parts; part++) {
    const end = j;
    let n = 0;
    while (j >= 0 && n < 3) {
      const w = toks[j] as Tok;
      if (w.shape !== 'L' || FUNCTION_WORDS.has(w.k) || (w.m & (M.STATE_ABBR_LOWER | M.STATE_WORDS)) !== 0) break;
      n++;
      const prev = toks[j - 1];
      if (prev === undefined || !(w.s - prev.e === 1 && (v.charCodeAt(prev.e) === 32 || v.charCodeAt(prev.e) === 45))) {
        j--;
        break;
      }
      j--;
    }
    if (n === 0 || n === 3 && j >= 0 && (toks[j] as Tok).e + 1 === (toks[j + 1] as Tok).s) break;
    const a = (toks[end - n + 1] as Tok).s;
    // The part opens after a comma, or at the line's start.
    let q = a - 1;
    while (q >= 0 && (v.charCodeAt(q) === 32 || v.charCodeAt(q) === 9)) q--;
    const c = q < 0 ? 10 : v.charCodeAt(q);
    if (c !== 44 && c !== 10 && c !== 58) break;
    // ...and ends with a comma (the last part may end at the state or the postcode).
    if (part > 0 || parts === 1) {
      let r = (toks[end] as Tok).e;
      while (v.charCodeAt(r) === 32) r++;
      if (part > 0 && v.charCodeAt(r) !== 44) break;
    }
    out.push([a, (toks[end] as Tok).e]);
    if (c !== 44) break;
    j = end - n;
  }
  return out.length > 0 ? out : undefined;
}

/** Heads of a facility's name, alone ("hospital") or after one of ONE_CASE_HEAD_FIRST ("care home", "health centre"). */
const ONE_CASE_HEADS = new Set(['hospital', 'hospice', 'infirmary', 'clinic', 'polyclinic', 'dispensary', 'sanatorium', 'school', 'academy', 'church', 'shelter',
  // (Stop 33: more heads of the tokenizer's facility words, "northside family practice", "gateway pharmacy", "taylor
  // elementary", "kaitaia college", "royan institute", "tsao foundation", "jordan hospital", the Nordic and Dutch
  // hospitals; each still needs a distinctive word or a cue, see ONE_CASE_WEAK_HEADS_33.)
  'practice', 'pharmacy', 'elementary', 'college', 'institute', 'foundation', 'mosque', 'temple', 'synagogue', 'cathedral', 'chapel', 'ziekenhuis', 'krankenhaus', 'sjukhus', 'sjukhuset', 'sykehus', 'sykehuset', 'sygehus', 'surgery',
  // (Stop 36: a centre alone after a distinctive word, "kapiolani women's center", "barbara davis center", "phoenix care
  // centre"; a weak head, see ONE_CASE_WEAK_HEADS_33.)
  'center', 'centre']);
/** Stop 33: heads that are everyday words of care too ("private practice", "the pharmacy", "knee surgery", "cabg surgery"):
 * the name's distinctive word must be no clinical word, and before "surgery" (a UK GP's practice) a place or a name the
 * lists know ("linthorpe surgery"). */
const ONE_CASE_WEAK_HEADS_33 = new Set(['practice', 'pharmacy', 'surgery', 'institute', 'foundation', 'college', 'temple', 'chapel', 'center', 'centre']);
/** Heads strong enough to make a facility of a name of common words after a cue ("MERCY NORTH CLINIC"; "health" and
 * "medical" for "... health centre"). */
const ONE_CASE_STRONG_HEADS = new Set(['hospital', 'clinic', 'infirmary', 'hospice', 'health', 'medical']);
/** The cues before such a name: places' prepositions and verbs of transfer ("TAKEN TO UNION HOSPITAL"), not "and". */
const ONE_CASE_PLACE_CUES = new Set(['to', 'at', 'from', 'into', 'via', 'in', 'transferred', 'admitted', 'arrived', 'discharged', 'sent', 'referred', 'advised', 'dest', 'taken', 'went']);
/** Verbs and adjectives that make such a name prose ("TO LEAVE HOSPITAL", "A LONG HOSPITAL STAY"). */
const ONE_CASE_NOT_NAME_WORDS = new Set('leave left go goes going return stay come get keep make take had has have need needs want wants will would could should may might must long short prior previous recent last next current local nearest another any other same different this that his her their our your its home back'.split(' '));
const ONE_CASE_HEAD_FIRST = new Set(['care', 'nursing', 'medical', 'health', 'rehab', 'community', 'retirement', 'residential',
  // (Stop 33: "little village senior center", "lincoln heights rec center", "dala rehabilitation centre".)
  'senior', 'rec', 'recreation', 'youth', 'wellness', 'rehabilitation', 'cancer', 'dialysis', 'treatment', 'recovery', 'birth', 'surgery', 'surgical']);
const ONE_CASE_HEAD_SECOND = new Set(['home', 'center', 'centre', 'village', 'facility']);
/** Services' short names, no facility's ("ortho clinic", "PEDS CLINIC", "methadone clinic"). */
export const ONE_CASE_SERVICES = new Set('ortho orthopaedics orthopedics peds paeds derm psych onc uro urology gyn obgyn obs neph nephrology pulm rheum rheumatology heme hem onco surg vasc endo gastro ophtho optho ophthalmology audiology podiatry physio physiotherapy slp speech methadone suboxone fracture falls memory continence stoma lymphedema lymphoedema hepatology hiv std sti tb antenatal prenatal postnatal perinatal neonatal well-baby vaccine vaccination flu covid smoking cessation weight obesity headache migraine epilepsy seizure parkinsons dementia stroke tia chest asthma copd cf spirometry audiology hearing optometry dental dentistry'.split(' '));

/**
 * Stop 18, texts all in capitals or all in lower case: a facility's name before its head noun ("st. brendan's
 * hospital", "oakwood manor care home", "LINCOLN ELEMENTARY SCHOOL"). Without capitals, the name needs one distinctive
 * word: no common English word, no generic word of facilities ("general", "cardiology", "community"), no word of the
 * detector's stop lists; and nobody's title before it ("dr patel's clinic" is the doctor's).
 */
export function oneCaseFacilities18(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const shape = d.capsDoc ? 'U' : 'L';
  // (The heads and the first words of the two-word heads are facility words of the tokenizer: facIdx.)
  for (const head of d.facIdx) {
    const h0 = toks[head] as Tok;
    if (head < 1 || h0.shape !== shape) continue;
    let t = h0;
    const n1 = toks[head + 1];
    // (Stop 33: a head of two words first, "surgery center".)
    if (ONE_CASE_HEAD_FIRST.has(h0.k) && n1 !== undefined && ONE_CASE_HEAD_SECOND.has(n1.k) && n1.shape === shape && oneSpace(v, h0.e, n1.s)) t = n1;
    else if (!ONE_CASE_HEADS.has(h0.k)) continue;
    const weak = t === h0 && ONE_CASE_WEAK_HEADS_33.has(h0.k);
    // (Stop 36: a centre before a colon is a field's label, "evac centre: sekolah kebangsaan kamp".)
    if (t === h0 && (h0.k === 'center' || h0.k === 'centre') && v.charCodeAt(h0.e) === 58) continue;
    // (Nor a street named after a centre, "90 WOODBRIDGE CENTER DR", "12 town center st": a street's suffix after it.)
    if (t === h0 && (h0.k === 'center' || h0.k === 'centre') && n1 !== undefined && oneSpace(v, h0.e, n1.s) && STREET_SUFFIX_SET.has(n1.k.replace(/\.$/, ''))) continue;
    // (Stop 33: "general practice", "private practice" are kinds of practice, "lives in boston general practice area".)
    if (h0.k === 'practice' && (toks[head - 1]?.k === 'general' || toks[head - 1]?.k === 'private')) continue;
    // The name's words, back from the head: one to four words of the text's case, one blank apart.
    let j = head - 1;
    /** The first distinctive word (the name opens there: "attends lincoln elementary school"). */
    let first = -1;
    while (j >= 0 && j >= head - 5) {
      const w = toks[j] as Tok;
      // (Stop 33: "of" after a university's or a college's word, "and" between two generic words: "university of utah
      // hospital", "moi teaching and referral hospital".)
      const wb = toks[j - 1];
      if ((w.k === 'of' || w.k === 'and') && j < head - 1 && wb !== undefined && wb.shape === shape && oneSpace(v, wb.e, w.s) && oneSpace(v, w.e, (toks[j + 1] as Tok).s) && genericWord33(wb) && !FUNCTION_WORDS.has(wb.k) && (w.k === 'and' ? genericWord33(toks[j + 1] as Tok) : ONE_CASE_OF_HEADS_33.has(wb.k))) {
        j--;
        continue;
      }
      // (Stop 33: a generic word of facilities that is never a name is walked over, "mercy general hospital".)
      if (w.shape !== shape || !oneSpace(v, w.possessive ? w.e + 2 : w.e, (toks[j + 1] as Tok).s) || FUNCTION_WORDS.has(w.k) || (w.m & (M.EPONYMS | M.TITLES)) !== 0 || ((w.m & M.STATE_WORDS) !== 0 && j === head - 1 && t === h0 && !ONE_CASE_STRONG_HEADS.has(h0.k)) || ((w.m & M.NOT_NAME) !== 0 && !genericWord33(w)) || ONE_CASE_WALK_STOP_33.has(w.k)) break;
      if ((w.f & L.WORD) === 0 && w.k.length >= 3 && !genericWord33(w) && (w.m & M.STATE_WORDS) === 0 && !oneCaseService18(w) && (w.f & L.COUNTRY) === 0 && (!weak || weakHeadWordOk33(d, w, h0.k))) first = j;
      j--;
    }
    // (Stop 18, at the end: the words walked over open the name when a place preposition, a verb of transfer, a colon or
    // a dash comes before them, "TO QUEEN ELIZABETH UNIVERSITY HOSPITAL", "ADVISED MERCY NORTH CLINIC"; then a name
    // of common words only counts too, if one is neither generic nor a service, before a strong head.)
    const lead = toks[j];
    // (Stop 33: a title before the words makes them a person's, "dr olusegun babatunde-hart paediatric cardiology ...".)
    if (lead !== undefined && (lead.m & (M.TITLES | M.CORE_TITLES)) !== 0 && blanks(v, lead.e, (toks[j + 1] as Tok).s)) continue;
    // (Stop 31: or "the" after such a cue, when a distinctive word is in the name, "AT THE SPIRE MANCHESTER HAND CLINIC";
    // not a name of common words, "referred to the nutrition clinic", "back to the basic hospital".)
    const lead2 = lead !== undefined && lead.k === 'the' && first >= 0 ? toks[j - 1] : undefined;
    // (Stop 33: or the name is a line of its own, "⏎good samaritan hospital⏎", a letterhead's, or fills a field,
    // ", stepping hill hospital,", "(great western hospital)", "-> mother seton hospital;", "| metro health hospital |".)
    // (A clinic's name of common words filling a field is a service's as often, "metabolic clinic,", "thyroid clinic,":
    // a line or a field is a cue for the other heads, or with a distinctive word.)
    const fieldOk = first >= 0 || h0.k !== 'clinic';
    const cued = j < head - 1 && ((lead !== undefined && ((ONE_CASE_PLACE_CUES.has(lead.k) && blanks(v, lead.e, (toks[j + 1] as Tok).s)) || (lead2 !== undefined && ONE_CASE_PLACE_CUES.has(lead2.k) && blanks(v, lead2.e, lead.s) && blanks(v, lead.e, (toks[j + 1] as Tok).s)) || /[:\-–][ \t]*$/.test(v.slice(Math.max(0, (toks[j + 1] as Tok).s - 3), (toks[j + 1] as Tok).s)))) || (fieldOk && (aloneOnLine33(v, (toks[j + 1] as Tok).s, t.e) || fillsField33(v, (toks[j + 1] as Tok).s, t.e))));
    // (Stop 31: the name after a strong head, "hospital padre hurtado", "UNIVERSITY HOSPITAL LLANDOUGH".)
    const tail = ONE_CASE_STRONG_HEADS.has(h0.k) && t === h0 ? oneCaseNameAfterHead31(d, head, shape) : -1;
    if (tail >= 0) {
      // (The words before the head open the name when cued or distinctive; else the head opens it.)
      const open = first >= 0 ? (cued ? j + 1 : first) : cued ? j + 1 : head;
      const ot = toks[open] as Tok;
      const before = toks[open - 1];
      let a = ot.s;
      let b = (toks[tail] as Tok).e;
      if (before !== undefined && before.k === 'st' && (oneSpace(v, before.e, a) || (v.charCodeAt(before.e) === 46 && oneSpace(v, before.e + 1, a)))) a = before.s;
      else if (before !== undefined && (before.m & (M.TITLES | M.CORE_TITLES)) !== 0 && blanks(v, before.e, ot.s)) continue;
      // (The name and place candidates it overlaps are part of it: "hospital pablo tobon uribe" keeps "uribe", "HOAG
      // HOSPITAL NEWPORT BEACH" keeps "beach".)
      for (const c of d.cands) {
        if (c.p < 0 || c.s >= b || c.e <= a || (c.t !== 'NAME' && c.t !== 'LOCATION')) continue;
        if (c.s < a && !v.slice(c.s, a).includes('\n')) a = c.s;
        if (c.e > b && !v.slice(b, c.e).includes('\n')) b = c.e;
      }
      d.add(a, b, 'LOCATION', 82);
      continue;
    }
    if (first < 0) {
      if (!cued || !ONE_CASE_STRONG_HEADS.has(h0.k)) continue;
      let plain = false;
      let verbish = false;
      for (let x = j + 1; x < head; x++) {
        const w = toks[x] as Tok;
        if (ONE_CASE_NOT_NAME_WORDS.has(w.k)) verbish = true;
        if (!FACILITY_GENERIC.has(w.k) && !oneCaseService18(w) && (w.f & L.COUNTRY) === 0 && w.k.length >= 3 && !clinicalWord(w.k)) plain = true;
      }
      if (!plain || verbish) continue;
      first = j + 1;
    } else if (cued) first = j + 1;
    j = first - 1;
    let start = (toks[first] as Tok).s;
    // "st. brendan's", "ST MARY'S": a saint's abbreviation opens the name.
    const st = toks[j];
    if (st !== undefined && st.k === 'st' && (oneSpace(v, st.e, start) || (v.charCodeAt(st.e) === 46 && oneSpace(v, st.e + 1, start)))) start = st.s;
    else if (st !== undefined && (st.m & (M.TITLES | M.CORE_TITLES)) !== 0 && blanks(v, st.e, start)) continue;
    // (Stop 33: a name or a place found that runs into the name's first word opens it, "queen elizabeth university
    // hospital", "north york general hospital"; not a person's name after a title, "dr olusegun babatunde-hart paediatric
    // cardiology children's hospital".)
    let titled = false;
    for (const c of d.cands) {
      if (c.p < 0 || c.s >= start || c.e <= start || (c.t !== 'NAME' && c.t !== 'LOCATION') || v.slice(c.s, start).includes('\n')) continue;
      const k = d.tokenStartingAt(c.s);
      const tb = k > 0 ? toks[k - 1] : undefined;
      if (c.t === 'NAME' && tb !== undefined && (tb.m & (M.TITLES | M.CORE_TITLES)) !== 0 && /^\.?[ \t]+$/.test(v.slice(tb.e, c.s))) titled = true;
      else start = openingWords33(d, first, c.s, start);
    }
    if (titled) continue;
    d.add(start, t.e, 'LOCATION', 82);
  }
}

/** Stop 33: verbs, prepositions and record shorthand that no facility's name holds, where the walk back from the head
 * stops ("daughter attends kaptembwo primary school", "dr nassar after surgery", "rai vs surgery"). */
const ONE_CASE_WALK_STOP_33 = new Set(['attends', 'attend', 'attended', 'attending', 'after', 'gp', 'refer', 'behind', 'beside', 'opposite', 'before', 'vs', 'versus', 'ref', 'ack', 're', 'cc', 'fwd', 'fw', 'than', 'about', 'like', 'during', 'until', 'since', 'outside', 'inside']);

/** Stop 33: where a facility's name opening at token `first` (offset `start`) opens when a candidate found from offset `from`
 * runs into it: at `from`, if the one or two words between are names' or places' words one blank apart ("queen
 * elizabeth university hospital"); else at `start` ("mortuary release form   auckland city hospital", "gp burley park ..."). */
function openingWords33(d: Detector, first: number, from: number, start: number): number {
  const toks = d.toks;
  for (let k = first - 1; k >= 0 && k >= first - 2; k--) {
    const w = toks[k] as Tok;
    if (w.s < from || !oneSpace(d.v, w.e, (toks[k + 1] as Tok).s) || (w.f & (L.PLACE | L.PLACE_PREFIX | NAME_BITS)) === 0 || FUNCTION_WORDS.has(w.k) || ONE_CASE_WALK_STOP_33.has(w.k) || (w.m & (M.TITLES | M.CORE_TITLES | M.NOT_NAME)) !== 0) return start;
    if (w.s === from) return from;
  }
  return start;
}

/** Stop 33: words of facilities' names that are no name ("moi teaching and referral hospital", "irrua specialist teaching
 * hospital"), walked over like FACILITY_GENERIC's. */
const ONE_CASE_WALK_OVER_33 = new Set(['referral', 'specialist', 'specialty', 'provincial', 'district', 'municipal', 'base', 'level']);
function genericWord33(w: Tok): boolean {
  return (w.m & M.FACILITY_GENERIC) !== 0 || ONE_CASE_WALK_OVER_33.has(w.k);
}

/** Stop 33: "of" inside a facility's name after these ("university of utah hospital", "college of medicine"). */
const ONE_CASE_OF_HEADS_33 = new Set(['university', 'college', 'institute']);

/** Stop 33: whether [s, e) fills a field: a comma, a bracket, a bar, a tab, a semicolon or an arrow before it (or a line's
 * start), and a comma, a bracket, a bar, a tab, a semicolon, a full stop or a line's end after it. */
function fillsField33(v: string, s: number, e: number): boolean {
  let a = s - 1;
  while (a >= 0 && v.charCodeAt(a) === 32) a--;
  const o = a < 0 ? 10 : v.charCodeAt(a);
  if (o !== 44 && o !== 40 && o !== 124 && o !== 9 && o !== 59 && o !== 62 && o !== 10 && o !== 13) return false;
  let b = e;
  while (v.charCodeAt(b) === 32) b++;
  const c = b >= v.length ? 10 : v.charCodeAt(b);
  return c === 44 || c === 41 || c === 124 || c === 9 || c === 59 || c === 10 || c === 13 || (c === 46 && !/[\p{L}\d]/u.test(v.charAt(b + 1)));
}

/** Stop 33: whether [s, e) fills its line (blanks, a comma or a full stop may follow). */
function aloneOnLine33(v: string, s: number, e: number): boolean {
  let a = s - 1;
  while (a >= 0 && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 9)) a--;
  if (a >= 0 && v.charCodeAt(a) !== 10) return false;
  let b = e;
  while (v.charCodeAt(b) === 32 || v.charCodeAt(b) === 9 || v.charCodeAt(b) === 44 || v.charCodeAt(b) === 46) b++;
  return b >= v.length || v.charCodeAt(b) === 10 || v.charCodeAt(b) === 13;
}

/** Stop 33: words of hospitals' own services before a weak head ("theatre pharmacy", "out-patient pharmacy"). */
const ONE_CASE_WEAK_NOT_NAME_33 = new Set(['theatre', 'theater', 'out-patient', 'in-patient', 'satellite', 'dispensing', 'compounding', 'ward', 'ed', 'er', 'icu', 'opd', 'ipd']);
/** Stop 33: whether word `w` may be the distinctive word of a facility's name before a weak head (ONE_CASE_WEAK_HEADS_33). */
function weakHeadWordOk33(d: Detector, w: Tok, head: string): boolean {
  if (clinicalWord(w.k) || nearCommonWord18(d, w.k) || ONE_CASE_WEAK_NOT_NAME_33.has(w.k)) return false;
  // (Stop 36: before a centre, four letters or more and no disease's or science's ending: "bmt center", "MED CENTER" are
  // shorthand, "thalassaemia centre" a service.)
  if ((head === 'center' || head === 'centre') && (w.k.length < 4 || CENTRE_NOT_NAME_36.test(w.k))) return false;
  return (head !== 'surgery' && head !== 'foundation') || (w.f & (L.PLACE | NAME_BITS)) !== 0;
}

/** Stop 36: endings of diseases, sciences and services before a centre ("thalassaemia centre", "advocacy center"). */
const CENTRE_NOT_NAME_36 = /(?:aemia|emia|itis|osis|oma|pathy|ology|ectomy|plasty|iatry|iatrics|acy|ment|ion|ing)$/;

/** Stop 31: particles inside a facility's name after its head ("hospital de clinicas", "HOSPITAL DO SUBURBIO"). */
const ONE_CASE_NAME_PARTICLES_31 = new Set(['de', 'del', 'la', 'las', 'los', 'do', 'da', 'das', 'dos', 'di', 'of']);
/** Stop 31: record shorthand after a facility's head, no part of its name ("HOSPITAL ATTN DR ...", "... KISUMU REF AKHK-..."). */
const ONE_CASE_AFTER_HEAD_STOP_31 = new Set(['ref', 'attn', 'tel', 'fax', 'ext', 'dept', 'opd', 'ipd', 'reg', 'mrn', 'urn', 'nhi', 'chi']);

/**
 * Stop 31: the last token of a facility's name after its head `head` in a text of one case (`shape`), or -1: one to three
 * words one blank apart, the last a distinctive word (in no list of common words, no clinical word, no generic word of
 * facilities, no service, no misspelling of a common word unless a list knows it, "maria"; three letters or more), particles between them ("hospital padre
 * hurtado", "HOSPITAL DE CLINICAS", "university hospital llandough"; not "hospital course", "clinic appt", "hospital day 3").
 */
function oneCaseNameAfterHead31(d: Detector, head: number, shape: string): number {
  const v = d.v;
  const toks = d.toks;
  let last = -1;
  let n = 0;
  let listed = false;
  for (let j = head + 1; j <= head + 4 && j < toks.length; j++) {
    const w = toks[j] as Tok;
    if (w.shape !== shape || !oneSpace(v, (toks[j - 1] as Tok).e, w.s)) break;
    if (ONE_CASE_NAME_PARTICLES_31.has(w.k)) continue;
    if (w.k.length < 3 || FUNCTION_WORDS.has(w.k) || ONE_CASE_AFTER_HEAD_STOP_31.has(w.k) || (w.f & (L.WORD | L.COUNTRY)) !== 0 || FACILITY_GENERIC.has(w.k) || oneCaseService18(w) || clinicalWord(w.k) || (w.m & (M.NOT_NAME | M.EPONYMS | M.TITLES | M.STATE_WORDS | M.MONTH_WORDS)) !== 0 || ((w.f & (L.PLACE | NAME_BITS)) === 0 && nearCommonWord18(d, w.k))) break;
    // (A hyphenated compound of common words: "CLINIC SIGN-IN", "clinic after-hours".)
    if (w.k.includes('-') && w.k.split('-').some((x) => (d.fl(x) & L.WORD) !== 0)) break;
    if ((w.f & (L.PLACE | NAME_BITS)) !== 0) listed = true;
    n++;
    last = j;
  }
  // (One word needs a place or name list to know it: not "hospital dehydration", "HOSPITAL THEATRE 3", "clinic repairers".)
  return listed || n >= 2 ? last : -1;
}

/** "LIVES AT", "ADDRESS:", "HOME ADDRESS IS" right before a street address in capitals. */
const CAPS_ADDRESS_CUE = /(?:LIVE[SD]?|LIVING|MOVED|MOVING|ADDRESS|ADDR|RESIDE[SD]?|RESIDING|STAYING|STAYS?)(?:[ \t]+(?:ALONE|TOGETHER|INDEPENDENTLY))?[ \t]*(?:AT|TO|IS|ON|:)?[ \t]*$/;
/** Stop 33: a town after " in " that ends its phrase: "496 OAK AVE IN ASHLAND.", "9886 oak rd in madison". */
const CAPS_IN_TOWN_AFTER = /^[ \t]+IN[ \t]+([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2})(?=[ \t]*(?:[,;.\n]|$))/;
/** A ZIP code after the town: ", SPRINGFIELD, IL 62704". */
const CAPS_ZIP_AFTER = /^[ \t]*,?[ \t]*[A-Z][A-Z .'-]{1,30},?[ \t]+(?:[A-Z]{2},?[ \t]+)?\d{5}\b/;
const CAPS_UNIT_AFTER = /^[ \t]*,?[ \t]*(?:APT|APARTMENT|UNIT|SUITE|STE|FLAT|#)\b/;
/** Stop 22: a town after a comma, then the end of that part: "1410 CANDLER RD, DECATUR", "3417 JACKSON ST,DUBUQUE,IA". */
const CAPS_TOWN_AFTER = /^[ \t]*,[ \t]*([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){0,2})(?=[ \t]*(?:[,;.\n]|$))/;

/**
 * Stop 18: whether a street address in a text all in capitals whose suffix is short ("ST", "DR", "CT", "AVE": clinical
 * abbreviations there too, "2 MEDIASTINAL CT", "HR 99-104 NSR ST") shows itself as an address: a unit inside it or after
 * it, an address cue before it, or a ZIP code after the town.
 */
export function capsStreetShown(d: Detector, s: number, e: number, words: readonly string[], suffixIdx: number, lower = false): boolean {
  const v = d.v;
  // (In lower case, lowerStreetShown18: the unit in lower case, and the text around read in capitals.)
  if (words.slice(suffixIdx + 1).some((w) => (lower ? /^(?:apt|apartment|unit|suite|ste|flat|#)\.?,?$/ : /^(?:APT|APARTMENT|UNIT|SUITE|STE|FLAT|#)\.?,?$/).test(w))) return true;
  const before = v.slice(Math.max(0, s - 20), s);
  if (CAPS_ADDRESS_CUE.test(lower ? before.toUpperCase() : before)) return true;
  const after = lower ? v.slice(e, e + 56).toUpperCase() : v.slice(e, e + 56);
  if (CAPS_ZIP_AFTER.test(after) || CAPS_UNIT_AFTER.test(after)) return true;
  // (Stop 22: or a town the gazetteer knows after a comma.)
  // (A town of one word that is also a word of English is no evidence: "40 MG DR, ORAL", "... DR, HOME".)
  const town = CAPS_TOWN_AFTER.exec(after) ?? CAPS_IN_TOWN_AFTER.exec(after);
  if (town === null) return false;
  const key = (town[1] as string).toLowerCase();
  return d.knownPlace(key) && (key.includes(' ') || (d.fl(key) & L.WORD) === 0);
}

/** Stop 18: where a street address in capitals with a short suffix ends inside its match `txt` (words split on blanks):
 * after the suffix, or after the unit and its number that follow it ("221 BAKER ST APT 4"); no period or comma. */
export function capsStreetEnd(txt: string, suffixIdx: number): number {
  const re = /[^ \t]+/g;
  let k = 0;
  let end = txt.length;
  let unit = false;
  for (let m = re.exec(txt); m; m = re.exec(txt), k++) {
    const w = m[0];
    if (k < suffixIdx) continue;
    if (k === suffixIdx) {
      end = m.index + w.replace(/[.,]+$/, '').length;
      if (/[.,]$/.test(w) && !/^(?:APT|APARTMENT|UNIT|SUITE|STE|FLAT|#)\b/.test(txt.slice(re.lastIndex).trimStart())) break;
      continue;
    }
    if (!unit && /^(?:APT|APARTMENT|UNIT|SUITE|STE|FLAT|#)\.?$/.test(w)) {
      unit = true;
      continue;
    }
    // (Stop 22: the quarter of the town right after the suffix, "88 BEVER AVE SE".)
    if (!unit && k === suffixIdx + 1 && /^(?:N|S|E|W|NE|NW|SE|SW)\.?,?$/.test(w)) {
      end = m.index + w.replace(/[.,]+$/, '').length;
      if (/,$/.test(w)) break;
      continue;
    }
    if (unit && /^#?[A-Z0-9-]{1,6}[.,]?$/.test(w)) end = m.index + w.replace(/[.,]+$/, '').length;
    break;
  }
  return end;
}

/** Stop 33: divisions below a state after their name ("hennepin county", "kisumu county", "chaoyang district", "zhongshan
 * dist.", "westlands sub-county", "st. martin parish"), the division's word part of the place. */
const DIVISION_SET_33: ReadonlySet<string> = new Set(DIVISIONS_33);
/** Stop 33: divisions whose name may be a state's ("delaware county", "washington parish"). */
const STATE_DIVISIONS_33 = new Set(['county', 'parish']);
/** Stop 33: first words of a division's name of two words ("san bernardino county", "st. martin parish"). */
const DIVISION_OPENERS_33 = new Set(['san', 'santa', 'st', 'saint', 'ste', 'fort', 'port', 'mount', 'new', 'east', 'west', 'north', 'south', 'upper', 'lower', 'el', 'la', 'los', 'las', 'de']);
/** Stop 33: Korean and Japanese districts, towns and wards written with their suffix ("mapo-gu", "suwon-si",
 * "setagaya-ku", "tono-shi", "kawai-machi", "yeonmu-eup", "sangam-dong"). */
const DIVISION_SUFFIX_33 = /^[a-z]{2,}(?:-[a-z]+)?-(?:gu|ku|si|shi|dong|myeon|eup|cho|machi|mura|gun)$/;

/**
 * Stop 33, texts all in capitals or all in lower case: a division below a state by its word after its name (one word, or
 * two with an opener or a place the gazetteer knows): the name a place or a name a list knows, or a word no list knows
 * that is no clinical word nor a misspelt common one; not a common word alone ("the county", "school district", "carbon
 * county"), a function word, a title or a month. And an Asian district by its suffix.
 */
export function divisions33(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const shape = d.capsDoc ? 'U' : 'L';
  // (The suffixed districts are among the tokens with a hyphen, monthIdx; the division's words are rare words, T.NHS.)
  for (const i of d.monthIdx) {
    const t = toks[i] as Tok;
    if (t.shape !== shape || t.k.length < 5 || !DIVISION_SUFFIX_33.test(t.k)) continue;
    const first = t.k.slice(0, t.k.indexOf('-'));
    // (Not a person's given name of that shape, "moon gil-dong", "ximena altamirano-cho".)
    if ((d.fl(first) & L.WORD) === 0 && !clinicalWord(first) && !d.someOverlap(t.s, t.e, (c) => c.p >= 0 && c.t !== 'LOCATION')) d.add(t.s, t.e, 'LOCATION', 78);
  }
  const rare = d.rare;
  if (rare === undefined || !DIVISIONS_33.some((w) => rare.has(w))) return;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.f & T.NHS) === 0 || t.shape !== shape || !DIVISION_SET_33.has(t.k)) continue;
    // (Not "district nurses", "DISTRICT NURSING".)
    const nx = toks[i + 1];
    if (nx !== undefined && nx.k.startsWith('nurs')) continue;
    const u = toks[i - 1] as Tok;
    if (u.shape !== shape || !oneSpace(v, u.e, t.s) || u.k.length < 3 || FUNCTION_WORDS.has(u.k) || (u.m & (M.TITLES | M.CORE_TITLES | M.MONTH_WORDS | M.NOT_NAME | M.FACILITY_GENERIC)) !== 0 || (u.f & L.COUNTRY) !== 0) continue;
    if ((u.m & M.STATE_WORDS) !== 0 && !STATE_DIVISIONS_33.has(t.k)) continue;
    const found = d.someOverlap(u.s, u.e, (c) => c.p >= 0 && c.t === 'LOCATION');
    const listed = (u.f & L.PLACE) !== 0 || ((u.f & NAME_BITS) !== 0 && (u.f & L.WORD) === 0) || (u.m & M.STATE_WORDS) !== 0;
    if (!found && !listed && ((u.f & L.WORD) !== 0 || u.k.length < 4 || clinicalWord(u.k) || nearCommonWord18(d, u.k))) continue;
    let s = u.s;
    const w = toks[i - 2];
    if (w !== undefined && w.shape === shape && (oneSpace(v, w.e, s) || (w.k === 'st' && v.charCodeAt(w.e) === 46 && oneSpace(v, w.e + 1, s))) && (DIVISION_OPENERS_33.has(w.k) || d.lex.places.has(`${w.k} ${u.k}`))) s = w.s;
    // (A name or a place found over the name's first word opens it, "st. francis xavier parish".)
    for (const c of d.cands) if (c.p >= 0 && c.s < s && c.e > s && (c.t === 'NAME' || c.t === 'LOCATION') && !v.slice(c.s, s).includes('\n')) s = c.s;
    // ("dist." keeps its point.)
    const e = t.k === 'dist' && v.charCodeAt(t.e) === 46 ? t.e + 1 : t.e;
    if (d.someOverlap(s, e, (c) => c.p >= 0 && c.t !== 'LOCATION' && c.t !== 'NAME')) continue;
    d.add(s, e, 'LOCATION', 78);
  }
}

/**
 * Stop 33, texts all in lower case: a town the gazetteer knows that no other list knows, a word of no common English, no
 * name, no clinical word, no drug, no scale, no language, no make of car, no misspelling of a common word, four letters
 * or more ("beirut", "stavanger", "kaitaia"), that no rule took: what its capital shows as written. It must stand as a
 * place does: after a place's preposition or opening a field (a line's start, a comma, a bracket, a bar, a tab), and
 * ending its phrase (punctuation or a line's end after it); not a given name after a surname and a comma ("tuilagi,
 * seini"). At a low priority (any other reading of the word wins).
 */
export function lonePlaces33(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.f & (L.PLACE | L.WORD | L.COUNTRY | NAME_BITS | T.MAKE)) !== L.PLACE || t.shape !== 'L' || t.e - t.s < 4 || t.possessive) continue;
    if ((t.m & (M.NOT_NAME | M.EPONYMS | M.TITLES | M.STATE_WORDS | M.MONTH_WORDS | M.STATE_ABBR_LOWER | M.FACILITY_GENERIC | M.SCALE_NAMES)) !== 0 || CLINICAL_PLACE_NAMES.has(t.k) || FUNCTION_WORDS.has(t.k) || LANGUAGES.has(t.k)) continue;
    // Its phrase ends after it.
    let b = t.e;
    while (v.charCodeAt(b) === 32) b++;
    const c = b < v.length ? v.charCodeAt(b) : 10;
    // (Or a postcode after it, "kaitaia 0483", "auckland 2025".)
    const nx = toks[i + 1];
    const code = nx !== undefined && nx.s === b && /^\d{4,6}$/.test(nx.k) && !/^[\p{L}\d\/:%.-]|^[ \t]+[\p{L}\d\/:%]/u.test(v.slice(nx.e, nx.e + 3).replace(/^\.(?=\s|$)/, ''));
    if (!code && c !== 44 && c !== 46 && c !== 59 && c !== 41 && c !== 124 && c !== 10 && c !== 13 && c !== 9 && c !== 33 && c !== 63 && c !== 34) continue;
    // It opens a field or follows a place's preposition.
    const p = toks[i - 1];
    let a = t.s - 1;
    while (a >= 0 && v.charCodeAt(a) === 32) a--;
    const o = a < 0 ? 10 : v.charCodeAt(a);
    const field = o === 44 || o === 40 || o === 124 || o === 10 || o === 13 || o === 9 || o === 59 || o === 34;
    // (Or a postcode before it, "00510 helsinki", "16400 melor".)
    if (!field && !(p !== undefined && p.e === a + 1 && (LONE_PLACE_PREPS_33.has(p.k) || /^\d{4,6}$/.test(p.k)))) continue;
    if (o === 44 && p !== undefined && p.e === a && d.someOverlap(p.s, p.e, (x) => x.p >= 0 && x.t === 'NAME')) continue;
    if (clinicalWord(t.k) || oneCaseService18(t) || nearCommonWord18(d, t.k) || d.anyCand(t.s, t.e)) continue;
    d.add(t.s, t.e, 'LOCATION', 50);
  }
}
/** Stop 33: the prepositions and verbs before a lone place in lower case ("from beirut", "lives in kaitaia"). */
const LONE_PLACE_PREPS_33 = new Set(['in', 'from', 'at', 'to', 'of', 'near', 'via', 'outside', 'around', 'towards', 'toward', 'visiting', 'lives', 'born', 'moved', 'reside', 'resides', 'residing', 'lived', 'living']);

/** Stop 36: a phone's number, not a postcode, after a town that is a common word (", mobile 0491 570 213"). */
const PHONE_AFTER_36 = /^\+?\(?\d{2,5}\)?[ .-]\d{2,4}[ .-]?\d{2,4}/;

/** Stop 33: last words of a facility found before " in <town>". */
const SITE_END_33 = /(?:hospital|clinic|centre|center|home|practice|surgery|pharmacy|school|hospice|infirmary)$/;

/**
 * Stop 18 (main), texts all in capitals or all in lower case: a known town after a place and a comma, the next part of
 * the same address ("HEATHERWOOD DAY CENTRE, ASCOT", "barrio teusaquillo, bogota", "4471 OLD SHELL RD, MOBILE, AL"). One
 * that is also a common word ("mobile", "reading") only when the part ends there (a comma, a full stop, the line's end, a
 * state or a postcode after it); never a country, a state or a clinical word.
 */
export function placeAfterPlace18(d: Detector, late = false): void {
  const v = d.v;
  const toks = d.toks;
  const lex = d.lex;
  const shape = d.capsDoc ? 'U' : 'L';
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.p < 0 || c.t !== 'LOCATION') continue;
    let q = c.e + 1;
    // (Stop 33: or " in " after a street address with its number or a facility, "lives at 4354 park boulevard in auburn.",
    // "mercy hospital in clinton".)
    if (v.charCodeAt(c.e) !== 44) {
      if (v.charCodeAt(c.e) !== 32 || (v.slice(c.e + 1, c.e + 4) !== 'in ' && v.slice(c.e + 1, c.e + 4) !== 'IN ') || !(isDigitCode(v.charCodeAt(c.s)) || SITE_END_33.test(v.slice(Math.max(c.s, c.e - 12), c.e).toLowerCase()))) continue;
      q = c.e + 4;
    }
    while (v.charCodeAt(q) === 32) q++;
    const i = d.tokenStartingAt(q);
    if (i < 0) continue;
    // The longest known place from there, its words one blank apart.
    let best = 0;
    let key = '';
    for (let n = 1; n <= lex.placeMaxWords && i + n - 1 < toks.length; n++) {
      const tn = toks[i + n - 1] as Tok;
      if (tn.shape !== shape || (n > 1 && !oneSpace(v, (toks[i + n - 2] as Tok).e, tn.s))) break;
      key = n === 1 ? tn.k : `${key} ${tn.k}`;
      if (n === 1 ? (tn.f & L.PLACE) !== 0 : lex.places.has(key)) best = n;
      if (!(n === 1 ? tn.f & L.PLACE_PREFIX : lex.placePrefixes.has(key))) break;
    }
    if (best === 0) continue;
    const t = toks[i] as Tok;
    const last = toks[i + best - 1] as Tok;
    if (best === 1 && ((t.f & L.COUNTRY) !== 0 || (t.m & (M.STATE_WORDS | M.STATE_ABBR_LOWER | M.NOT_NAME | M.EPONYMS | M.MONTH_WORDS)) !== 0 || CLINICAL_PLACE_NAMES.has(t.k) || t.k.length < 3)) continue;
    // (Stop 36: run again late, after the places the late rules found, any town of one word must end the part: "...,
    // rionegro, como operario" is Spanish prose.)
    // (Late, a town that is a common word too is left alone: ", mobile 0491 570 213" is a phone's label.)
    if (late && best === 1 && (t.f & L.WORD) !== 0) continue;
    if (best === 1 && ((t.f & L.WORD) !== 0 || late)) {
      const nx = toks[i + 1];
      const endsPart = /^[ \t]*(?:[,.;)\n]|$)/.test(v.slice(last.e, last.e + 2)) || (late && /^[ \t]*\(/.test(v.slice(last.e, last.e + 3))) || (nx !== undefined && blanks(v, last.e, nx.s) && ((nx.m & (M.STATE_ABBR_LOWER | M.STATE_WORDS)) !== 0 || (nx.shape === 'X' && !PHONE_AFTER_36.test(v.slice(nx.s, nx.s + 16)))));
      if (!endsPart) continue;
    }
    if (d.anyCand(t.s, last.e)) continue;
    d.add(t.s, last.e, 'LOCATION', 70);
  }
}

/** Stop 36: streets' last words that name a street in a text of one case without a number before the name; the short
 * forms ("st", "rd", "ave") are clinical shorthand as well ("st depression"), see oneCaseStreets36. */
const STREET_NAMED_36: ReadonlySet<string> = new Set(['street', 'road', 'avenue', 'ave', 'lane', 'boulevard', 'blvd', 'highway', 'crescent', 'terrace', 'parkway', 'st', 'rd']);
const STREET_SHORT_36: ReadonlySet<string> = new Set(['st', 'rd', 'ave']);
/** Stop 36: common words that name streets ("main street", "high st", "queens road", "old perth road"). */
const STREET_NAME_WORDS_36: ReadonlySet<string> = new Set('main high church mill bridge station park market front king queen queens kings old new great north south east west upper lower ring prospect mission pleasant stadium airport'.split(' '));
/** Stop 36: what opens a street's name in prose: places' prepositions and a crash's "and" ("t-boned at route 9 and pleasant st"). */
const STREET_OPENERS_36: ReadonlySet<string> = new Set(['on', 'at', 'off', 'near', 'along', 'onto', 'opposite', 'behind', 'via', 'from']);

/**
 * Stop 36, texts all in lower case or all in capitals: a street by its name and its last word, no number before it ("on
 * california ave", "cyclist vs hgv on bristol road", "lives with wife on raihara street", "off ayangburen road", ",
 * stadium road, karachi"): one to three words of the text's case one blank apart, each a word that may name a place (see
 * partWord35: no common word that names no place's kind, no clinical word, no title, no month), a state's name, a
 * point of the compass or a street's common name word ("main", "high"); a place's preposition, a comma, a colon, a tab
 * or a line's start before them. After a short form ("st", "rd", "ave"), a place's preposition must open it and a
 * word that a place or name list knows, or a common name word, stand in it; the sentence or the part ends after it.
 */
export function oneCaseStreets36(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const shape = d.capsDoc ? 'U' : 'L';
  for (const i of d.streetIdx) {
    const t = toks[i] as Tok;
    if (i < 2 || t.shape !== shape || !STREET_NAMED_36.has(t.k)) continue;
    const short = STREET_SHORT_36.has(t.k);
    let first = -1;
    let known = false;
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const w = toks[j] as Tok;
      if (w.shape !== shape || v.slice(w.e, (toks[j + 1] as Tok).s) !== ' ' || w.possessive) break;
      const common = STREET_NAME_WORDS_36.has(w.k) || /^(?:[nsew]|ne|nw|se|sw|\d{1,3}(?:st|nd|rd|th))$/.test(w.k);
      const state = ((w.m & M.STATE_WORDS) !== 0 || ((w.f & L.PLACE) !== 0 && (w.f & L.WORD) === 0)) && (w.f & L.COUNTRY) === 0 && !FUNCTION_WORDS.has(w.k);
      if (!common && !state && partWord35(d, w) < 0) break;
      if (common || state || ((w.f & (L.PLACE | NAME_BITS)) !== 0 && (w.f & L.WORD) === 0)) known = true;
      first = j;
    }
    if (first < 0) continue;
    const f0 = toks[first] as Tok;
    const pv = toks[first - 1];
    let a = f0.s - 1;
    while (a >= 0 && (v.charCodeAt(a) === 32 || v.charCodeAt(a) === 9)) a--;
    const o = a < 0 ? 10 : v.charCodeAt(a);
    const prep = pv !== undefined && pv.e === a + 1 && pv.shape === shape && STREET_OPENERS_36.has(pv.k);
    if (!prep && o !== 44 && o !== 10 && o !== 58 && o !== 9 && o !== 40 && o !== 59) continue;
    if (short && (!prep || !known || !/^[ \t]*(?:[,.;)\n]|$)/.test(v.slice(t.e, t.e + 3)))) continue;
    // (A street's name of one common word alone needs a preposition, "on main street"; not ", church road" as a list's item.)
    if (!prep && first === i - 1 && STREET_NAME_WORDS_36.has(f0.k)) continue;
    // (Without a preposition, the street is a part of its own: the part ends after it, and no name found lies over it, "hpi:
    // amanda street, 55-year-old", "; backup road ambulance".)
    if (!prep && (!/^[ \t]*(?:[,.;)\n]|$)/.test(v.slice(t.e, t.e + 3)) || d.someOverlap(f0.s, t.e, (c) => c.p >= 0 && c.t === 'NAME'))) continue;
    // (Nor a person's name before an age, where no rule found the name in this case: "hpi: amanda street, 55-year-old".)
    if (!prep && /^[ \t]*,[ \t]*\d{1,3}(?:[ -]?(?:y|yo|yrs?|years?|year-old|[mf])\b|[ \t]*\()/i.test(v.slice(t.e, t.e + 20))) continue;
    if (d.someOverlap(f0.s, t.e, (c) => c.p >= 0 && (c.t !== 'LOCATION' && c.t !== 'NAME' || (c.t === 'LOCATION' && c.s <= f0.s && c.e >= t.e)))) continue;
    d.add(f0.s, t.e, 'LOCATION', 66);
  }
}
