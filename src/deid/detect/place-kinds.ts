// Stop 17 (places29): places by a kind noun in lower case, vCard addresses.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L } from '../lexicon.js';
import { lineEndOf, lineStartOf } from './text.js';
import { type Cand, isNameCand, T, type Tok } from './words.js';
import { FACILITY_GENERIC, FUNCTION_WORDS, M, NOT_NAME, STATE_WORDS } from './vocabulary.js';
import { MONTH_WORDS } from './patterns.js';
import type { Detector } from './detector.js';
import { oneSpace } from './shapes.js';
import { placeOver17 } from './address-layouts.js';
import { capsAfter23 } from './care-sites.js';
import { nameWordOk27, placeFieldValues } from './postcodes.js';

// --- Stop 17, probe round places29: places by a kind noun in lower case ("the Kariakoo market", "the village of
// Ballinafad"), vCard ADR components, care sites and schools named head first in other languages ("Farmacia San Rocco",
// "Centre de Santé Mwana Mboka"), workplaces and aid sites by their head ("Ridgeback Mine", "Westgate Food Bank"), care
// sites typed in lower case ("brookfield nursing home"), more place fields ("Barangay:", "Quartier:") ----------------

/** Clinical words before "Clinic" that name a service, not a site ("Memory Clinic", "Falls Clinic"). */
for (const w of ['memory', 'falls', 'continence', 'epilepsy', 'headache', 'asthma', 'obesity', 'osteoporosis', 'fracture', 'menopause', 'lymphoedema', 'lymphedema', 'smoking', 'cessation', 'weight', 'bone', 'tb', 'hiv', 'sti', 'std']) FACILITY_GENERIC.add(w);

/** Kinds of places in lower case after a name ("the Gikomba market", "the Hackney borough") or before "of"/"called"
 * and a name ("the village of Ballinafad", "a village called Nyabihu"). */
const KIND_AFTER_29 = new Set(['market', 'borough', 'township', 'slum', 'settlement', 'estate', 'suburb', 'neighbourhood', 'neighborhood', 'quarter', 'compound', 'shantytown', 'favela', 'barrio', 'area']);
/** Stop 21: divisions below a state, in lower case after their name ("Akatsi South district", "Kisumu East sub-county",
 * "Sithor Kandal district"). Provinces and regions are left out: many are of a state's level, which is no identifier. */
const DIVISION_AFTER_21 = new Set(['district', 'sub-county', 'subcounty', 'tehsil', 'taluk', 'taluka', 'mandal', 'upazila', 'commune']);
/** What may stand before such a division's name: a preposition or an article (or a line's start or punctuation). */
const DIVISION_BEFORE_21 = new Set(['in', 'from', 'of', 'to', 'at', 'near', 'within', 'the', 'and']);
const KIND_BEFORE_29 = new Set(['village', 'town', 'township', 'borough', 'hamlet', 'suburb', 'city', 'parish', 'municipality', 'neighbourhood', 'neighborhood', 'settlement', 'district']);
/** Head words of care sites and schools in other languages, before the site's name. */
const HEAD_FIRST_29 = new Set(['farmacia', 'farmácia', 'pharmacie', 'apteka', 'apotheke', 'polyclinique', 'escuela', 'colegio', 'école', 'ecole', 'lycée', 'lycee', 'scuola', 'liceo', 'escola', 'dispensaire', 'maternité', 'maternite', 'gymnázium', 'szkoła', 'szkola']);
/** Last words of head-first names of care sites ("Centre de Santé", "Centro de Saúde", "Unidad de Salud Familiar"). */
const HEALTH_LAST_29 = new Set(['santé', 'sante', 'saúde', 'saude', 'salud']);
const HEALTH_FIRST_29 = new Set(['centre', 'centro', 'posto', 'poste', 'unidad', 'unidade', 'case', 'case', 'maison']);
/** Words that may continue such a head before the name ("Unidad de Salud Familiar Las Acacias"). */
const HEAD_MORE_29 = new Set(['familiar', 'familia', 'comunitario', 'comunitaria', 'integral', 'rural', 'urbain', 'urbaine', 'urbano', 'primaire', 'primaria', 'primário', 'secundaria', 'básica', 'basica', 'publique', 'pública', 'publica', 'municipal', 'intégré', 'integre']);
/** Heads after a site's name (workplaces, aid sites, German schools): the key is the head's last word. */
const TAIL_HEADS_29 = new Map<string, string[][]>([
  ['bank', [['food', 'bank']]],
  ['depot', [['bus', 'depot'], ['depot']]],
  ['mine', [['mine']]],
  ['colliery', [['colliery']]],
  ['quarry', [['quarry']]],
  ['refinery', [['refinery']]],
  ['shipyard', [['shipyard']]],
  ['dockyard', [['dockyard']]],
  ['station', [['power', 'station'], ['bus', 'station']]],
  ['shelter', [['night', 'shelter'], ["women's", 'shelter']]],
  ['kitchen', [['soup', 'kitchen']]],
  ['grundschule', [['grundschule']]],
  ['gesamtschule', [['gesamtschule']]],
  ['realschule', [['realschule']]],
  ['gymnasium', [['gymnasium']]],
]);
/** Care sites typed in lower case: the key is the head's last word; the heads before it. */
const LOWER_HEADS_29 = new Map<string, string[]>([
  ['hospital', ['']],
  ['pharmacy', ['']],
  ['hospice', ['']],
  ['home', ['nursing', 'care', 'rest']],
  ['centre', ['medical', 'health']],
  ['center', ['medical', 'health']],
]);
/** Labels of more place fields: "Barangay: Poblacion", "Quartier: Belleville", "Kebele: 04". */
const PLACE_FIELD_29 =
  /^(?:barangay|quartier|colonia|barrio|bairro|kebele|woreda|borough|township|hamlet|locality|localit[eé]|localidad|comuna|mahalle|mohalla|arrondissement|taluka?|tehsil|mandal|upazila)[ \t]*:[ \t]*(\p{Lu}[\p{L}'’.]*(?:(?:[ \t]+|-)(?:(?:on|upon|de|la|le|en|sur|an|der|of|del)(?:[ \t]+|-))?\p{Lu}[\p{L}'’.]*){0,3})[ \t.]*(?=\n|$)/iu;
const PLACE_FIELD_FIRST_29: ReadonlySet<string> = new Set(['barangay', 'quartier', 'colonia', 'barrio', 'bairro', 'kebele', 'woreda', 'borough', 'township', 'hamlet', 'locality', 'localité', 'localite', 'localidad', 'comuna', 'mahalle', 'mohalla', 'arrondissement', 'taluk', 'taluka', 'tehsil', 'mandal', 'upazila']);
export const RARE_29 = [...new Set([...KIND_AFTER_29, ...KIND_BEFORE_29, ...DIVISION_AFTER_21, ...HEAD_FIRST_29, ...HEALTH_LAST_29, ...TAIL_HEADS_29.keys(), ...LOWER_HEADS_29.keys(), ...PLACE_FIELD_FIRST_29, 'adr', 'called', 'named'])];

/** Whether a capitalized token may be a place's word here: no function word, title, month, state, country. */
function capWord29(d: Detector, u: Tok): boolean {
  return (u.shape === 'T' || (u.shape === 'U' && u.w.length > 1)) && (u.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS)) === 0 && (u.f & L.COUNTRY) === 0 && !FUNCTION_WORDS.has(u.k);
}
/** No identifier other than a name or a place lies over [s, e) (also the edges' check, stop 23). */
export function freeOf29(d: Detector, s: number, e: number): boolean {
  return !d.someOverlap(s, e, (o) => o.p >= 0 && o.t !== 'LOCATION' && o.t !== 'NAME');
}
/** Whether a run of words holds a name's word (no everyday word) or lies inside a name or place found. */
function distinct29(d: Detector, toks: Tok[]): boolean {
  return toks.some((u) => nameWordOk27(d, u.w) || d.someOverlap(u.s, u.e, (o) => o.p >= 0 && (o.t === 'LOCATION' || o.t === 'NAME') && o.s <= u.s && o.e >= u.e));
}
/** Whether a capitalized run may name a place by a kind noun: some word of it a name's, none a facility's generic word
 * nor a word that is no name ("the Gikomba market", not "the General market"). */
function placeRun29(d: Detector, run: Tok[]): boolean {
  return run.length > 0 && distinct29(d, run) && !run.some((u) => FACILITY_GENERIC.has(u.k) || NOT_NAME.has(u.k));
}
/** The capitalized run (one to three words, single spaces) that ends right before token i: its tokens. */
function capsBefore29(d: Detector, i: number): Tok[] {
  const v = d.v;
  const toks = d.toks;
  const out: Tok[] = [];
  for (let j = i - 1; j >= 0 && out.length < 3; j--) {
    const u = toks[j] as Tok;
    const nx = toks[j + 1] as Tok;
    if (v.slice(u.e + (u.possessive ? 2 : 0), nx.s) !== ' ' || !capWord29(d, u)) break;
    out.unshift(u);
  }
  return out;
}

function kindNouns29(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if (i < 1 || t.shape !== 'L') continue;
    // "the Gikomba market", "the Hackney borough": the name between "the" and the kind.
    if (KIND_AFTER_29.has(t.k)) {
      const run = capsBefore29(d, i);
      const j = i - run.length - 1;
      const the = toks[j];
      if (the !== undefined && the.k === 'the' && placeRun29(d, run) && oneSpace(v, the.e, (run[0] as Tok).s)) {
        const s = (run[0] as Tok).s;
        const e = (run[run.length - 1] as Tok).e;
        if (freeOf29(d, s, e)) placeOver17(d, s, e, 80);
      }
    }
    if (DIVISION_AFTER_21.has(t.k)) divisionBefore21(d, i);
    // "the village of Ballinafad", "a village called Nyabihu", "the Hackney borough of London".
    const kind = KIND_BEFORE_29.has(t.k) ? t : (t.k === 'called' || t.k === 'named') && i >= 1 && KIND_BEFORE_29.has((toks[i - 1] as Tok).k) ? (toks[i - 1] as Tok) : undefined;
    if (kind === undefined) continue;
    let k = i + 1;
    const link = toks[k];
    if (link === undefined || !oneSpace(v, t.e, link.s)) continue;
    if (kind === t) {
      if (link.k !== 'of' && link.k !== 'called' && link.k !== 'named') continue;
      k++;
    }
    const run: Tok[] = [];
    let last = (toks[k - 1] as Tok).e;
    for (; k < toks.length && run.length < 3; k++) {
      const u = toks[k] as Tok;
      if (v.slice(last, u.s) !== ' ' || !capWord29(d, u)) break;
      run.push(u);
      last = u.e;
    }
    if (!placeRun29(d, run)) continue;
    const s = (run[0] as Tok).s;
    if (freeOf29(d, s, last)) placeOver17(d, s, last, 80);
  }
}

/** "Akatsi South district", "Kisumu East sub-county": the capitalized run before a division in lower case, after a
 * preposition, an article, a line's start or punctuation; not a name found ("Sarah Jones district nurse"), and not
 * where a place found covers the run already. */
function divisionBefore21(d: Detector, i: number): void {
  const v = d.v;
  const toks = d.toks;
  const nx = toks[i + 1];
  if (nx !== undefined && /^nurs/.test(nx.k)) return;
  const run = capsBefore29(d, i);
  if (!placeRun29(d, run)) return;
  const s = (run[0] as Tok).s;
  const e = (run[run.length - 1] as Tok).e;
  const pv = toks[i - run.length - 1];
  const before = v.slice(pv === undefined ? 0 : pv.e, s);
  if (pv !== undefined && !/[\n,;:(]/.test(before) && !(/^[ \t]+$/.test(before) && DIVISION_BEFORE_21.has(pv.k))) return;
  if (d.someOverlap(s, e, isNameCand) || !freeOf29(d, s, e)) return;
  // (A place found over the whole run stays as it is: some write the division's word into the place, some do not.)
  if (d.someOverlap(s, e, (o) => o.p >= 0 && o.t === 'LOCATION' && o.s <= s && o.e >= e)) return;
  placeOver17(d, s, e, 80);
}

/** vCard ADR: post-office box; extended address; street; locality; region; postal code; country. All but the region and
 * the country are places. */
function vcardAdr29(d: Detector): void {
  const v = d.v;
  for (const t of d.toks) {
    if ((t.f & T.NHS) === 0 || t.k !== 'adr' || t.shape !== 'U') continue;
    const ls = lineStartOf(v, t.s);
    if (ls !== t.s && !/^(?:item\d+\.)$/i.test(v.slice(ls, t.s))) continue;
    let le = lineEndOf(v, t.s);
    if (le < 0) le = v.length;
    // (Windows bounded on the line: the parameters within 120 characters, the components within 400.)
    const colon = v.slice(t.e, Math.min(le, t.e + 120)).indexOf(':') + t.e;
    if (colon < t.e || !/^(?:;[^:;\n]*)*$/.test(v.slice(t.e, colon))) continue;
    const parts = v.slice(colon + 1, Math.min(le, colon + 401)).split(';');
    let p = colon + 1;
    for (let f = 0; f < 7 && f < parts.length; f++) {
      const part = parts[f] as string;
      if (f !== 4 && f !== 6) {
        let s = p;
        let e = p + part.length;
        while (s < e && (v.charCodeAt(s) === 32 || v.charCodeAt(s) === 9)) s++;
        while (e > s && (v.charCodeAt(e - 1) === 32 || v.charCodeAt(e - 1) === 9 || v.charCodeAt(e - 1) === 13)) e--;
        if (e > s && /[\p{L}\p{N}]/u.test(v.slice(s, e)) && freeOf29(d, s, e)) placeOver17(d, s, e, 82);
      }
      p += part.length + 1;
    }
  }
}

/** A head of another language before a care site's or a school's name, and the name after it. */
function headFirst29(d: Detector, idx: number[]): void {
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if (i >= toks.length - 1 || (t.shape !== 'T' && !(t.shape === 'U' && d.capsDoc))) continue;
    let s = t.s;
    let at = i;
    if (HEALTH_LAST_29.has(t.k)) {
      const de = toks[i - 1];
      const head = toks[i - 2];
      if (de === undefined || head === undefined || de.k !== 'de' || !HEALTH_FIRST_29.has(head.k) || head.shape !== 'T' && head.shape !== 'U') continue;
      s = head.s;
    } else if (!HEAD_FIRST_29.has(t.k)) continue;
    while (at + 1 < toks.length && HEAD_MORE_29.has((toks[at + 1] as Tok).k) && oneSpace(d.v, (toks[at] as Tok).e, (toks[at + 1] as Tok).s)) at++;
    // (French "du" and "des" before the name: "Polyclinique du Parc".)
    const pa = toks[at + 1];
    if (pa !== undefined && (pa.k === 'du' || pa.k === 'des') && pa.shape === 'L' && oneSpace(d.v, (toks[at] as Tok).e, pa.s)) at++;
    const [e, caps] = capsAfter23(d, at, 6);
    if (e < 0 || caps === 0) continue;
    if (freeOf29(d, s, e)) placeOver17(d, s, e, 82);
  }
}

/** A site's name before a head of a workplace, an aid site or a German school ("Ridgeback Mine", "Westgate Food Bank"). */
function tailHeads29(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if (i < 1 || t.shape !== 'T') continue;
    const heads = TAIL_HEADS_29.get(t.k);
    if (heads === undefined) continue;
    for (const h of heads) {
      const first = i - h.length + 1;
      if (first < 1) continue;
      let ok = true;
      for (let j = 0; j < h.length; j++) {
        const u = toks[first + j] as Tok;
        const want = h[j] as string;
        const got = u.possessive ? `${u.k}'s` : u.k;
        if (got !== want || u.shape !== 'T' || (j > 0 && v.slice((toks[first + j - 1] as Tok).e + ((toks[first + j - 1] as Tok).possessive ? 2 : 0), u.s) !== ' ')) ok = false;
      }
      if (!ok) continue;
      const run = capsBefore29(d, first);
      // (A head of two words is specific enough for everyday words before it: "the Jubilee Night Shelter".)
      if (run.length === 0 || (h.length === 1 ? !distinct29(d, run) : run.some((u) => FACILITY_GENERIC.has(u.k) || NOT_NAME.has(u.k)) || run[0] === toks[0])) break;
      const s = (run[0] as Tok).s;
      if (freeOf29(d, s, t.e)) placeOver17(d, s, t.e, 82);
      break;
    }
  }
}

/** Care sites typed in lower case: one or two name words (known as names or places, no everyday word) before a head
 * ("brookfield nursing home", "st vincent's hospital", "greenway pharmacy"). */
function lowerSites29(d: Detector, idx: number[]): void {
  const v = d.v;
  const toks = d.toks;
  for (const i of idx) {
    const t = toks[i] as Tok;
    if (i < 1 || t.shape !== 'L') continue;
    const before = LOWER_HEADS_29.get(t.k);
    if (before === undefined) continue;
    let h = i;
    if (before[0] !== '') {
      const b = toks[i - 1] as Tok;
      if (!before.includes(b.k) || b.shape !== 'L' || !oneSpace(v, b.e, t.s)) continue;
      h = i - 1;
    }
    const run: Tok[] = [];
    for (let j = h - 1; j >= 0 && run.length < 3; j--) {
      const u = toks[j] as Tok;
      const nx = toks[j + 1] as Tok;
      if (u.shape !== 'L' || v.slice(u.e + (u.possessive ? 2 : 0), nx.s) !== ' ') break;
      if ((u.k === 'st' || u.k === 'saint') && run.length > 0) {
        run.unshift(u);
        break;
      }
      const f = d.fl(u.k);
      if (u.w.length < 4 || FUNCTION_WORDS.has(u.k) || FACILITY_GENERIC.has(u.k) || NOT_NAME.has(u.k) || (u.m & (M.MONTH_WORDS | M.STATE_WORDS)) !== 0 || (f & L.COUNTRY) !== 0 || d.common(u) || (f & (L.PLACE | L.LAST | L.FIRST | L.OTHER)) === 0) break;
      run.unshift(u);
    }
    if (run.length === 0 || (run.length === 1 && (run[0] as Tok).k === 'st')) continue;
    const s = (run[0] as Tok).s;
    if (freeOf29(d, s, t.e)) placeOver17(d, s, t.e, 80);
    // A known town in lower case right after the site: "st vincent's hospital melbourne".
    const nx = toks[i + 1];
    if (nx !== undefined && nx.shape === 'L' && oneSpace(v, t.e, nx.s) && d.knownPlace(nx.k) && !d.common(nx) && (nx.m & M.STATE_WORDS) === 0 && (d.fl(nx.k) & L.COUNTRY) === 0 && freeOf29(d, nx.s, nx.e)) placeOver17(d, nx.s, nx.e, 80);
  }
}

/** A place field's value, alone on its line after one of the labels above. */
function placeFields29(d: Detector): void {
  placeFieldValues(d, PLACE_FIELD_FIRST_29, PLACE_FIELD_29, true);
}

/** An HTML table's row: the cells after a cell that holds a street with its number: a town (one to three capitalized
 * words) or a postcode ("<td>31 Heron Way</td><td>Kendal</td><td>LA9 4PQ</td>"). */
const TD_CELL_29 = /^<td(?:[ \t][^<>]{0,80})?>[ \t]*([^<>\n]{1,60}?)[ \t]*<\/td>/i;
const CELL_TOWN_29 = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:(?:on|upon|de|la|le|en|sur|an|der|of|del)[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,2}$/u;
const CELL_POSTCODE_29 = /^(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{4,6}(?:-\d{3,4})?|\d{3}[ \t]\d{2})$/;
function tableCells29(d: Detector): void {
  const v = d.v;
  const n = d.cands.length;
  for (let i = 0; i < n; i++) {
    const c = d.cands[i] as Cand;
    if (c.p < 0 || c.t !== 'LOCATION' || v.charCodeAt(c.e) !== 60 || !/^<\/td>/i.test(v.slice(c.e, c.e + 5)) || !/\d/.test(v.slice(c.s, c.e))) continue;
    let p = c.e + 5;
    for (let k = 0; k < 3; k++) {
      const m = TD_CELL_29.exec(v.slice(p, p + 160));
      if (!m) break;
      const g = m[1] as string;
      const s = p + m[0].indexOf(g, 3);
      // (A bare year in a cell is no postcode.)
      let ok = CELL_POSTCODE_29.test(g) && !/^(?:19|20)\d\d$/.test(g);
      if (!ok && CELL_TOWN_29.test(g)) {
        const words = g.split(/[ \t-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
        ok = !words.some((k2) => NOT_NAME.has(k2) || STATE_WORDS.has(k2) || MONTH_WORDS.has(k2) || FACILITY_GENERIC.has(k2) || NULL_PLACES_29.has(k2) || (d.fl(k2) & L.COUNTRY) !== 0) &&
          !STATE_WORDS.has(g.toLowerCase()) && words.some((w) => nameWordOk27(d, w) || d.knownPlace(w));
      }
      if (!ok) break;
      if (freeOf29(d, s, s + g.length)) placeOver17(d, s, s + g.length, 82);
      p += m[0].length;
    }
  }
}

/** Null values of address fields in structured text ("<city>Unknown</city>", "city": "N/A", HL7 "UNKNOWN"). */
const NULL_PLACES_29 = new Set(['unknown', 'unk', 'n/a', 'na', 'none', 'null', 'nil', 'not known', 'not stated', 'not applicable', 'not provided', 'not recorded', 'declined', 'refused', 'tbd', 'tba', 'pending', 'other', 'asked but unknown']);
/** Drops places that are a null value alone; whether any was dropped. */
export function placeDrops29(d: Detector): boolean {
  const v = d.v;
  let dropped = false;
  for (const c of d.cands) {
    if (c.p < 0 || c.t !== 'LOCATION' || c.e - c.s > 17 || c.e - c.s < 2) continue;
    const ch = v.charCodeAt(c.s) | 32;
    if (ch !== 117 && ch !== 110 && ch !== 100 && ch !== 114 && ch !== 116 && ch !== 112 && ch !== 111 && ch !== 97) continue;
    if (NULL_PLACES_29.has(v.slice(c.s, c.e).toLowerCase())) {
      c.p = -1;
      dropped = true;
    }
  }
  return dropped;
}

/** Each rule runs only when one of its words is among the text's rare words, over the indexes of its words (one pass over
 * the tokens collects them). */
export function placesRound29(d: Detector): void {
  if (d.v.includes('</td>') || d.v.includes('</TD>')) tableCells29(d);
  const rare = d.rare;
  if (rare === undefined) return;
  let any = false;
  let fields = false;
  for (const w of rare) {
    if (KIND_AFTER_29.has(w) || KIND_BEFORE_29.has(w) || DIVISION_AFTER_21.has(w) || w === 'called' || w === 'named' || HEAD_FIRST_29.has(w) || HEALTH_LAST_29.has(w) || TAIL_HEADS_29.has(w) || LOWER_HEADS_29.has(w)) any = true;
    if (PLACE_FIELD_FIRST_29.has(w)) fields = true;
  }
  if (rare.has('adr')) vcardAdr29(d);
  if (fields && d.v.includes(':')) placeFields29(d);
  if (!any) return;
  const kinds: number[] = [];
  const heads: number[] = [];
  const tails: number[] = [];
  const lower: number[] = [];
  const toks = d.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if ((t.f & T.NHS) === 0) continue;
    const k = t.k;
    if (t.shape === 'L') {
      if (KIND_AFTER_29.has(k) || KIND_BEFORE_29.has(k) || DIVISION_AFTER_21.has(k) || k === 'called' || k === 'named') kinds.push(i);
      if (LOWER_HEADS_29.has(k)) lower.push(i);
    } else {
      if (HEAD_FIRST_29.has(k) || HEALTH_LAST_29.has(k)) heads.push(i);
      if (TAIL_HEADS_29.has(k)) tails.push(i);
    }
  }
  if (kinds.length > 0) kindNouns29(d, kinds);
  if (heads.length > 0) headFirst29(d, heads);
  if (tails.length > 0) tailHeads29(d, tails);
  if (lower.length > 0) lowerSites29(d, lower);
}
