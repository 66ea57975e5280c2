// Stop 27: the parts of a place that stand beside a place found and that the rules read apart or not at all, on the same
// line, one blank or a comma between:
// - a street's kind of other languages written short before its name ("vul. Pryvokzalna", "Str. Libertatii", "Jl.
//   Kebon Baru"), or a quarter's or a village's kind ("aldea Chocruz", "barrio Belencito", "Brgy. San Isidro"; not
//   "vereda", which the annotators leave out as often as not);
// - a facility's kind in lower case after its name, in the languages that write it so ("Tromso legesenter", "Ris
//   skole", "Antakalnio poliklinika"; not a village's, a camp's or a district's kind, left out as often);
// - the joined rest of a site's or a town's name ("Centre for Sexual Health", "Institute of Medical Sciences", "Urology
//   and Nephrology Center", "Hopital de l'Enfant-Jesus", "Alcala de Henares");
// - the house's number after a street's name written before it ("Rehov Herzl 44", "Kalvariju gatve 120", "Husova
//   1442/17"), and a street's quarter of the compass ("Peachtree St NE", "Rainier Ave S");
// - a flat's or an apartment's number next to the street or the building ("Flat 12, Shivneri Chawl", "Komitas Ave 48,
//   apt 12");
// and three kinds of place the rules missed whole: a care site or a street named after a doctor the rules read as a
// person ("Hospital Dr. Sotero del Rio", "CESFAM Dr. Amador Neghme"); a street's name of common words after a cue or
// as a field between a site and a town ("on Main St", "Dr Kiely, Main Street, Bantry"); a house's number, a street's
// name of common words and its kind in a text of one case ("87 GREAT SOUTH RD"). Each part ends where an address's
// field ends (a comma, a semicolon, a bracket, a full stop, a line's end), or is cued. Run after the tagger
// (Detector.runAll).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { T, type Cand, type Tok } from './words.js';
import type { Detector } from './detector.js';
import { FUNCTION_WORDS, M } from './vocabulary.js';
import { L } from '../lexicon.js';
import { resolve } from './resolve.js';
import { clinicalWord } from '../tagger.js';

/** Kinds of street, quarter or rural district written before the name (the key of a token: no point). */
const KIND_BEFORE_27: ReadonlySet<string> = new Set(('vul vulytsia ul ulica ulitsa str strada bd bld bul bulevar bulvar ' +
  'jl jln jalan gg av avda avenida cra carrera cl calle carr rua rue odos rehov prosp prospekt trav travessa ' +
  'brgy barangay tambon amphoe barrio aldea caserio sitio mohalla kampung xa').split(' '));
/** Of those, the ones that are a street's (a house's number may follow the name). */
const STREET_BEFORE_27: ReadonlySet<string> = new Set(('vul vulytsia ul ulica ulitsa str strada bd bld bul bulevar bulvar ' +
  'jl jln jalan gg av avda avenida cra carrera cl calle carr rua rue odos rehov prosp prospekt trav travessa').split(' '));

/** Kinds of a facility written in lower case after its name (Nordic, Baltic, Finnish languages; temples, piers). Not
 * a village's, a camp's or a district's kind ("Kasambya village", "Kakuma camp", "Tsengel soum", "Hvidovre kommune"):
 * the annotators leave those out of the place more often than not. */
const HEAD_AFTER_27: ReadonlySet<string> = new Set(('skole skule skola skolan barnehage legesenter legekontor helsesenter helsestasjon ' +
  'sykehus sykehuset sykehjem sjukehus sjukhus sjukhuset narsjukhus vardcentral vardcentralen aldreboende ' +
  'kirke kyrka kyrkan sygehus plejehjem terveysasema terveyskeskus sairaala poliklinika poliklinikka ' +
  'klinikos ligonine vaistine pier temple mosque gurdwara mandir ghat ' +
  // (Stop 32: more of the same languages: Finnish schools and homes, Danish home care, Estonian and Latvian care sites.)
  'koulu lukio paivakoti päiväkoti palvelukoti palvelutalo hoivakoti vanhainkoti hjemmepleje plejecenter plejehjem ' +
  'haigla perearstikeskus tervisekeskus hooldekodu slimnica slimnīca').split(' '));
/** (Stop 32.) Of those, the ones no English word: they count capitalized too ("Viljandi Haigla"). */
const HEAD_AFTER_FOREIGN_32: ReadonlySet<string> = new Set(('skole skule skola skolan barnehage legesenter legekontor helsesenter helsestasjon ' +
  'sykehus sykehuset sykehjem sjukehus sjukhus sjukhuset narsjukhus vardcentral vardcentralen aldreboende kyrka kyrkan sygehus ' +
  'plejehjem terveysasema terveyskeskus sairaala poliklinika poliklinikka klinikos ligonine koulu lukio palvelukoti ' +
  'palvelutalo hoivakoti vanhainkoti hjemmepleje plejecenter haigla perearstikeskus tervisekeskus hooldekodu slimnica').split(' '));

/** A street's kind after its name in other languages, then the house's number: "Kalvariju gatve 120", "Runda vagen 19",
 * "Savanoriu pr. 178-45", "Detmolder Str. 210"; or the number alone, or after "nr." ("Str. X nr. 22"). The number ends
 * the address's field. */
const NUMBER_AFTER_27 = /^(?: (?:gatve|g\.|pr\.|vagen|vägen|gatan|gata|gate|veien|vei|vej|utca|u\.|strasse|straße|str\.|weg|laan|straat|gasse|caddesi|cad\.|cd\.|sokak|sk\.))?(?: nr\.? ?| n[°º]? ?| No\.? ?| )(?!(?:19|20)\d\d\b)\d{1,5}(?:[/-]\d{1,5})?[A-Za-z]?(?=$|[,;)\t\r\n]|\.(?:[ \t\r\n]|$)| [-–] )/;
/** (Stop 32: a house's number after a place that is no street by its words, "Hlubinska 7", "Zengrova 18", "Toyotamakita
 * 5-20-4", "Phuong 7": the number alone, of the shapes of a house's number (not a year), then the field's end.) */
const NUMBER_ONLY_32 = /^ (?!(?:19|20)\d\d\b)(\d{1,5}(?:(\/)\d{1,5}|(?<=^ \d{1,3})(-)\d{1,4}(?:-\d{1,4})?)?[A-Za-z]?)(?=$|[,;)\t\r\n]|\.(?:[ \t\r\n]|$)| [-–] | \()/;
/** (Stop 32.) What opens the field of such a place: a comma, an "at", an address's label ("Home:", "adresa:",
 * "address"), a tab or a bar of a table. */
const NUMBER_FIELD_OPEN_32 = /(?:, |[\t|] ?|\b(?:at|address|adresa|adres|domicilio|domiciliu|home|residence|resides at|lives at)(?: ?:)? )$/i;
/** (Stop 32.) Whether a place at s opens its line after a label ("Home: Koscielisko 1412"). */
function lineStartField32(v: string, s: number): boolean {
  const ls = v.lastIndexOf('\n', s - 1) + 1;
  return /^[ \t]*[\p{L} ]{2,24}:[ \t]*$/u.test(v.slice(ls, s));
}
/** A list of counts by place after the number ("Main St 12, Elm St 7"). */
const COUNT_NEXT_27 = /^,[ ]*\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*)?[ ]\d{1,4}(?![\p{L}\d])/u;
/** A quarter of the compass after a street's word ("Peachtree St NE", "Rainier Ave S", "165 St NW"). */
const COMPASS_27 = /^ (?:NE|NW|SE|SW|N|S|E|W)(?![\p{L}\d'’/&-]|\.\p{L})/u;
const COMPASS_LOWER_27 = /^ (?:ne|nw|se|sw|n|s|e|w)(?![\p{L}\d'’/&-]|\.\p{L})/u;
/** A flat's number before the place ("Flat 12, ", "Apt 4B ", "FLAT 22, "). */
const UNIT_BEFORE_27 = /(?:(Flat|FLAT|flat|Apt|APT|apt|Apartment|APARTMENT|apartment)|(Unit|UNIT|unit|Suite|SUITE|suite))\.? ?#? ?(?:\d{1,4}[A-Za-z]?|[A-Z])(?:, | )$/u;
/** A field of an address that opens with a house's number, right before a comma ("77 Calle Sol"). */
const FIELD_NUMBERED_27 = /(?:^|[,;:\t\n]|[ ][-–][ ])[ ]*\d[^,;:\t\n]*$/;
/** A flat's number after a street ("..., apt 12", ", Flat 2", ", kv. 56", ", ap. 42"). */
const UNIT_AFTER_27 = /^, (?:Flat|FLAT|flat|Apt|APT|apt|Apartment|apartment|Unit|unit|Suite|kv|ap|apto|Apto)\.? ?#? ?(?:\d{1,4}[A-Za-z]?|[A-Z])(?=$|[,;)\t\r\n]|\.(?:[ \t\r\n]|$))/;

/** The joined rest of a site's or a town's name after the part found: "Centre for Sexual Health", "Institute of
 * Medical Sciences", "Urology and Nephrology Center", "Hospital for Children", "Institutul de Cardiologie", "Alcala de
 * Henares", "Placa de l'Estacio": a joining word, then capitalized words (small joining words between). */
const TAIL_27 = /^ (for|of|and|&|de|da|do|del|di|du|des) ((?:the |la |las |los |el |l'|d')?\p{Lu}[\p{L}'’-]*(?: (?:and |& |of |for |the |de |del |la |y |e )?\p{Lu}[\p{L}'’-]*){0,4})/u;
/** What may follow such a rest: the field's or the line's end, a bracket, a dash, or a word in lower case. */
const TAIL_END_27 = /^(?:$|[,;:.)\t\r\n]| [(\-–]| [\p{Ll}\d])/u;
/** The start of an address's field before a place: the text's or the line's start, a comma, a colon, a bracket, a dash. */
const FIELD_OPEN_27 = /(?:^|[,;:(\t\r\n]|[ ][-–])[ ]?$/;
/** A care's branch by its ending ("Cardiologia", "Traumatología", "Pediatria"). */
const SPECIALTY_27 = /(?:log[ií]a|iatr[ií]a|cirug[ií]a)$/iu;
/** The end of an address's field: the text's or the line's end, a comma, a semicolon, a point, a bracket, a dash. */
const FIELD_END_27 = /^(?:$|[,;.)\t\r\n]| [(\-–])/;
/** Whom or what a site is for, the last word of its name ("Centre for Reproductive Health", "Home for the Elderly"). */
const FOR_WHOM_27: ReadonlySet<string> = new Set(('health children women men elderly aged homeless blind deaf disabled research studies ' +
  'sciences incurables veterans girls boys infants seniors youth families mothers refugees program programme').split(' '));
/** Head words of sites whose name goes on with "for" or "of" ("Centre for ...", "Institute of ...", "Assembly of God"). */
const SITE_HEADS_27: ReadonlySet<string> = new Set(('centre center hospital hospitals institute home college university school clinic ' +
  'society association foundation academy infirmary hospice trust assembly church council unit service services ' +
  'pavilion').split(' '));
/** Head words of sites in Romance languages whose name goes on with "de" ("Hospital de ...", "Institutul de ..."). */
const SITE_HEADS_DE_27: ReadonlySet<string> = new Set(('hospital hopital hôpital centro centre clinica clínica instituto institutul institut ' +
  'cemiterio cemitério cementerio igreja iglesia paroisse placa plaça praca praça plaza parque colegio colégio escola escuela ' +
  'universidad universidade facultad faculdade casa hogar residencia residência unidad policlinica policlínica').split(' '));

/** Whether a live candidate of another type than a place overlaps [s, e). */
function otherType(d: Detector, s: number, e: number): boolean {
  return d.someOverlap(s, e, (o) => o.t !== 'LOCATION');
}

/** Adds the place [s, e) unless a candidate of another type overlaps it, at priority p or at the highest of the places
 * inside it, whichever is higher (the whole street over its parts found). */
function placeOver27(d: Detector, s: number, e: number, p: number): void {
  if (otherType(d, s, e)) return;
  let top = p;
  d.someOverlap(s, e, (o) => {
    if (o.t === 'LOCATION' && o.s >= s && o.e <= e && o.p > top) top = o.p;
    return false;
  });
  d.add(s, e, 'LOCATION', top);
}

/** The key of a span (texts are read in chunks far shorter than 2^20 characters). */
function spanKey(s: number, e: number): number {
  return s * 1048576 + e;
}

/**
 * Adds the place [s, e), grown from a place that wins over its words, when no other winning candidate stands across its
 * edges, at the highest priority of the winners inside it (the parts it joins: "Rehov" and "Ramban" of "Rehov Ramban
 * 18"). `wins`: the spans and priorities of the candidates that win (the overlaps resolved as at the end).
 */
function widen27(d: Detector, s: number, e: number, p: number, wins: ReadonlyMap<number, number>): void {
  let top = p;
  const across = d.someOverlap(s, e, (o) => {
    if (wins.get(spanKey(o.s, o.e)) !== o.p) return false;
    if (o.s < s || o.e > e) return true;
    if (o.p > top) top = o.p;
    return false;
  });
  if (!across) d.add(s, e, 'LOCATION', top);
}

/** Care sites' and streets' head words before a doctor the site or the street is named after ("Hospital Dr. Sotero del
 * Rio", "CESFAM Dr. Amador Neghme", "CMI Dr. Vlad Muresan", "RSUD Prof. Dr. W. Z. Johannes", "Paseo Doctor
 * Beguiristain"), and words that may stand between ("Hospital General Dr. Aurelio Valdivieso"). */
const SITE_BEFORE_DR_27: ReadonlySet<string> = new Set(('hospital hospitalito hopital hôpital clinica clínica policlinica policlínica ' +
  'policlinico policlínico cesfam cecosf sapu cmi rsud rsu rsia puskesmas spitalul spital szpital sanatorio instituto ' +
  'paseo calle avenida rua rue travessa praca praça plaza ulica strada').split(' '));
/** Of those, a street's heads: a street keeps a doctor's surname alone ("Rue Dr. Roux"). */
const STREET_BEFORE_DR_27: ReadonlySet<string> = new Set('paseo calle avenida rua rue travessa praca praça plaza ulica strada'.split(' '));
const BETWEEN_DR_27: ReadonlySet<string> = new Set('general regional provincial municipal universitario universitário nacional central militar distrital departamental clinico clínico de'.split(' '));
/** Words before such a site's head that leave it the name's first word. */
const OPEN_BEFORE_SITE_27: ReadonlySet<string> = new Set('to at from by de a la en al del para in of'.split(' '));
/** A doctor's title, then the name ("Dr. ", "Prof. Dr. ", "Doctor "), right before a name found; a title without its
 * point is a doctor of the site as often ("Spital Dr Weber will call back"). */
const DR_BEFORE_27 = /(?:^|[^\p{L}])(?:(?:Prof|Dr|Dra|PROF|DR|DRA)\. |(?:Doctor|DOCTOR) ){1,2}$/u;

/** A care site or a street named after a doctor, the name found as a person's: the site's whole name as a place. */
function titledSites27(d: Detector): void {
  if (d.lowerTyped) return;
  const v = d.v;
  const toks = d.toks;
  const names: Cand[] = [];
  for (const c of d.cands) if (c.t === 'NAME' && c.p >= 0 && c.s >= 6 && v.charCodeAt(c.s - 1) === 32) names.push(c);
  for (const c of names) {
    const m = DR_BEFORE_27.exec(v.slice(Math.max(0, c.s - 16), c.s));
    if (m === null) continue;
    const ts = c.s - m[0].length + (/^[^\p{L}]/u.test(m[0]) ? 1 : 0);
    // The head word right before the title, or with one word between ("Hospital General Dr.").
    const hi = d.tokenAtEdge(ts - 1, true);
    if (hi === undefined || v.charCodeAt(ts - 1) !== 32) continue;
    let hx = hi;
    let h = toks[hi] as Tok;
    if (!SITE_BEFORE_DR_27.has(h.k) && hi > 0 && BETWEEN_DR_27.has(h.k)) {
      const g = toks[hi - 1] as Tok;
      if (g.e === h.s - 1 && SITE_BEFORE_DR_27.has(g.k)) {
        h = g;
        hx = hi - 1;
      }
    }
    if (!SITE_BEFORE_DR_27.has(h.k) || (h.shape !== 'T' && h.shape !== 'U')) continue;
    // (The head opens the site's name: "Royal Hospital Dr. Smith" is a site, then its doctor.)
    const q = hx > 0 ? (toks[hx - 1] as Tok) : undefined;
    if (q !== undefined && q.e === h.s - 1 && (q.shape === 'T' || q.shape === 'U') && !OPEN_BEFORE_SITE_27.has(q.k)) continue;
    // (The name's own end: the furthest name that starts where it does.)
    let e = c.e;
    let p = c.p;
    d.someOverlap(c.s, c.e, (o) => {
      if (o.s === c.s && o.t === 'NAME') {
        if (o.e > e) e = o.e;
        if (o.p > p) p = o.p;
      }
      return false;
    });
    if (v.slice(h.s, e).includes('\n')) continue;
    // (A site is named after a doctor's whole name; a surname alone is the site's doctor: not "Discussed with Hospital
    // Dr. Smith", "Hospital Dr. Patel on call".)
    if (!STREET_BEFORE_DR_27.has(h.k) && !/\s/.test(v.slice(c.s, e).trim())) continue;
    d.add(h.s, e, 'LOCATION', p + 1);
  }
}

/** Street kinds after a street's name that a cue may find ("on Main St", "on Castle Street"); in a text of one case only
 * the short forms (in lower case "on busy road", "on icy road" are ways of driving). */
const STREET_KINDS_27: ReadonlySet<string> = new Set('street st road rd avenue ave lane ln boulevard blvd highway hwy terrace crescent parkway pkwy'.split(' '));
const STREET_KINDS_SHORT_27: ReadonlySet<string> = new Set('st rd ave blvd'.split(' '));
/** Words right before a street's name that make it a place: "on", "at", "in", "off", "near"... */
const STREET_CUES_27: ReadonlySet<string> = new Set('on at in off near along from behind outside opposite via'.split(' '));
/** Words that are no street's name ("on the road", "on her street", "at this St"). */
const NOT_STREET_NAME_27: ReadonlySet<string> = new Set(('the this that these those my our his her their your its a an same other next each every any some one not no nor but so then if it be ' +
  'monday tuesday wednesday thursday friday saturday sunday ward floor level bed bay unit room theatre clinic hospital ' +
  'busy wet icy dirt gravel country back side slippery dark quiet narrow rural major minor open local private public').split(' '));
/** A street's quarter of the compass before its name ("N King St"). */
const COMPASS_WORD_27: ReadonlySet<string> = new Set('n s e w ne nw se sw north south east west'.split(' '));

/** Whether the words toks[j..x) are all common words and none a place's. */
function commonWordsOnly27(toks: readonly Tok[], j: number, x: number): boolean {
  for (let y = j; y < x; y++) {
    const u = toks[y] as Tok;
    if ((u.f & L.WORD) === 0 || (u.f & (L.PLACE | L.PLACE_PREFIX | L.COUNTRY)) !== 0) return false;
  }
  return true;
}

/** Whether a long street's kind is written somewhere in the text capitalized, then a word in lower case that goes on
 * its phrase ("Fast Lane traffic", "Crescent sign"): the text uses the kind as a common noun. */
function kindAsNoun27(d: Detector, k: string): boolean {
  if (STREET_KINDS_SHORT_27.has(k)) return false;
  const toks = d.toks;
  for (let y = 0; y + 1 < toks.length; y++) {
    const u = toks[y] as Tok;
    if (u.k !== k || u.shape !== 'T') continue;
    const w = toks[y + 1] as Tok;
    if (w.s === u.e + 1 && d.v.charCodeAt(u.e) === 32 && w.shape === 'L' && !FUNCTION_WORDS.has(w.k) && !STREET_CUES_27.has(w.k) && !NOT_STREET_NAME_27.has(w.k)) return true;
  }
  return false;
}

/** A street's name of one or two words, then its kind, after a cue ("lunch at the eatery on Main St", "the chemist on
 * castle st", "a bakery in Rye Lane"), or as a whole field between a site and a town ("Dr Kiely, Main Street, Bantry"). */
function cuedStreets27(d: Detector): void {
  if (d.streetIdx.length === 0) return;
  const v = d.v;
  const toks = d.toks;
  const oneCase = d.lowerTyped;
  const want = oneCase ? 'L' : d.capsDoc ? 'U' : 'T';
  for (const x of d.streetIdx) {
    const t = toks[x] as Tok;
    if (x < 2 || t.shape !== want || t.possessive) continue;
    if (!(oneCase || d.capsDoc ? STREET_KINDS_SHORT_27 : STREET_KINDS_27).has(t.k)) continue;
    // (Not "St" of a saint: "on Main St Mary's".)
    const nx = toks[x + 1] as Tok | undefined;
    if ((t.k === 'st' || t.k === 'ave') && nx !== undefined && nx.s === t.e + 1 && (nx.shape === 'T' || nx.shape === 'U')) continue;
    // (Not "ave" of an average before a reading: "bp on home monitoring ave 135/85", "HR on Holter Ave 72".)
    if (t.k === 'ave' && /^ ?\d/.test(v.slice(t.e, t.e + 2))) continue;
    // (Not a long kind that the text uses as a common noun in a phrase: "Stuck in Fast Lane traffic", "Crescent sign
    // seen in Air Crescent".)
    if (!oneCase && !d.capsDoc && kindAsNoun27(d, t.k)) continue;
    let j = x;
    let words = 0;
    while (j > 0 && words < 3) {
      const u = toks[j - 1] as Tok;
      const after = toks[j] as Tok;
      if (after.s - u.e !== 1 || v.charCodeAt(u.e) !== 32 || u.possessive) break;
      if (STREET_CUES_27.has(u.k) || NOT_STREET_NAME_27.has(u.k) || FUNCTION_WORDS.has(u.k) || ((oneCase || d.capsDoc) && u.k === 'main')) break;
      const compass = COMPASS_WORD_27.has(u.k);
      if (u.shape !== want && !(compass && u.shape === 'U' && want === 'T')) break;
      if ((u.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS)) !== 0 || (u.f & L.COUNTRY) !== 0 || clinicalWord(u.k) || (u.e - u.s < (want === 'T' ? 2 : 3) && !compass)) break;
      j--;
      words++;
    }
    if (words === 0) continue;
    const f = toks[j] as Tok;
    // (A quarter of the compass alone is no name: "on N St".)
    if (words === 1 && COMPASS_WORD_27.has(f.k) && f.e - f.s <= 2) continue;
    const cue = toks[j - 1] as Tok | undefined;
    // (Not "via", a means: "therapy via Memory Lane".)
    const cued = cue !== undefined && cue.e === f.s - 1 && STREET_CUES_27.has(cue.k) && cue.k !== 'via';
    // (Not a team's role after "from", the name of common words only: "input from community rd", a dietitian.)
    if (cued && cue.k === 'from' && (oneCase || d.capsDoc) && commonWordsOnly27(toks, j, x)) continue;
    // (Not "ave" of an average after a reading's label: "bp on home monitoring ave".)
    if (cued && t.k === 'ave' && j >= 2 && VITAL_LABELS_27.has((toks[j - 2] as Tok).k)) continue;
    // A whole field: a comma before and after, a place found after it.
    const field = !cued && v.charCodeAt(f.s - 2) === 44 && v.charCodeAt(t.e) === 44 && v.charCodeAt(t.e + 1) === 32 && d.someOverlap(t.e + 2, t.e + 3, (o) => o.t === 'LOCATION' && o.s === t.e + 2);
    if (!cued && !field) continue;
    placeOver27(d, f.s, t.e, 60);
  }
}

/** Street kinds after a house's number and the street's name in a text of one case ("87 GREAT SOUTH RD", "2532 N
 * BROAD ST"); not "close", "way", "place", "court" or "drive" ("9 close contacts", "2 way radio"). */
const NUMBERED_KINDS_27: ReadonlySet<string> = new Set('street st road rd avenue ave lane ln boulevard blvd highway hwy'.split(' '));
/** Units counted after a number ("2 BLOCKS", "5 miles down the road", "2 lanes"). */
const COUNTED_27: ReadonlySet<string> = new Set('blocks miles lanes days weeks hours feet yards metres meters mins minutes puffs tabs doses times'.split(' '));
/** Labels of vital signs and scores before a number ("HR 110 SINUS ST."). */
const VITAL_LABELS_27: ReadonlySet<string> = new Set('hr bp rr sat sats spo2 temp t pulse rate gcs map cvp hgb hct wbc plt na k inr ptt pt'.split(' '));

/** A house's number, a street's name of one to three common words and its kind, in a text of one case, where the
 * rules of streets read only names ("87 GREAT SOUTH RD, PAPATOETOE", "arrived 2532 n broad st."). The kind ends the
 * field. */
function numberedStreets27(d: Detector): void {
  if (d.streetIdx.length === 0 || !d.oneCase) return;
  const v = d.v;
  const toks = d.toks;
  const want = d.capsDoc ? 'U' : 'L';
  for (const x of d.streetIdx) {
    const t = toks[x] as Tok;
    if (x < 2 || t.shape !== want || t.possessive || !NUMBERED_KINDS_27.has(t.k) || !(FIELD_END_27.test(v.slice(t.e, t.e + 2)) || v.startsWith('  ', t.e))) continue;
    // (Nor a sentence's end after "ST" of a rhythm: "IN ST.". A point ends the field only before a blank or the end.)
    if (v.charCodeAt(t.e) === 46 && /[^\s]/.test(v.charAt(t.e + 1))) continue;
    let j = x;
    let words = 0;
    while (j > 0 && words < 3) {
      const u = toks[j - 1] as Tok;
      if ((toks[j] as Tok).s - u.e !== 1 || v.charCodeAt(u.e) !== 32 || u.possessive) break;
      if (u.shape !== want) break;
      const compass = COMPASS_WORD_27.has(u.k);
      if (STREET_CUES_27.has(u.k) || NOT_STREET_NAME_27.has(u.k) || FUNCTION_WORDS.has(u.k) || COUNTED_27.has(u.k) || (u.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS)) !== 0 || clinicalWord(u.k) || (u.e - u.s < 3 && !compass)) break;
      j--;
      words++;
    }
    if (words === 0 || j === 0) continue;
    // ("ST" is a rhythm or a segment as often, "2 PUFFS ST", "12 LEAD DONE ST": only after a word no lexicon knows as a
    // common word, or a quarter of the compass.)
    if (t.k === 'st') {
      let named = false;
      for (let y = j; y < x; y++) {
        const u = toks[y] as Tok;
        if ((u.f & L.WORD) === 0 || COMPASS_WORD_27.has(u.k)) named = true;
      }
      if (!named) continue;
    }
    // ("ln" of a lymph node after its site's adjective, or after common words: not "2 supraclavicular ln", "4 oval ln".)
    if (t.k === 'ln') {
      let node = commonWordsOnly27(toks, j, x);
      for (let y = j; y < x; y++) if (/(?:al|ar|ic|ary)$/.test((toks[y] as Tok).k)) node = true;
      if (node) continue;
    }
    const n = toks[j - 1] as Tok;
    if (n.shape !== 'X' || !/^\d{1,5}[a-z]?$/.test(n.k) || (toks[j] as Tok).s - n.e !== 1) continue;
    const lb = n.s > 0 ? v.charCodeAt(n.s - 1) : 10;
    // (The number opens the field: not "120/80", "3.5", "x2"; nor a vital sign's value.)
    if (lb !== 32 && lb !== 10 && lb !== 9 && lb !== 44 && lb !== 58 && lb !== 40) continue;
    const q = j >= 2 ? (toks[j - 2] as Tok) : undefined;
    if (q !== undefined && VITAL_LABELS_27.has(q.k) && n.s - q.e <= 2) continue;
    placeOver27(d, n.s, t.e, 66);
  }
}

/** (Stop 32.) A Vietnamese address's ward and district by number ("Phuong 7, Quan 3", "P. 14, Q. 3"), or the district
 * alone before the city ("Quan 3, TP. Ho Chi Minh"); each opens an address's field. */
const VI_UNITS_32 = /(?<=, |: |\n|^)(?:(?:Phuong|Phường|P\.) \d{1,2}, (?:Quan|Quận|Q\.) \d{1,2}|(?:Quan|Quận) \d{1,2}(?=, (?:TP\.?|Thanh pho|Thành phố|Ho Chi Minh|Hồ Chí Minh|HCM|Ha Noi|Hà Nội|Hanoi)\b))(?=[,;)\t\r\n]|\.?$)/gu;
/** (Stop 32.) A Vietnamese district by number alone after a place found, ending its line ("Benh vien Cho Ray, Quan 5"). */
const VI_DISTRICT_LAST_32 = /(?<=, )(?:Quan|Quận) \d{1,2}(?=[;)\t\r\n]|\.?$)/gu;

/** (Stop 32.) Vietnamese wards and districts by number: a place, over a person's name read in "Phuong" or "Quan". */
function vietUnits32(d: Detector): void {
  const v = d.v;
  if (d.lowerDoc || (!v.includes('Quan ') && !v.includes('Quận ') && !v.includes('Q. '))) return;
  const free = (s: number, e: number): boolean => !d.someOverlap(s, e, (o) => o.p >= 0 && o.t !== 'LOCATION' && o.t !== 'NAME');
  VI_UNITS_32.lastIndex = 0;
  for (let m = VI_UNITS_32.exec(v); m !== null; m = VI_UNITS_32.exec(v)) {
    if (free(m.index, m.index + m[0].length)) d.add(m.index, m.index + m[0].length, 'LOCATION', 110);
  }
  VI_DISTRICT_LAST_32.lastIndex = 0;
  for (let m = VI_DISTRICT_LAST_32.exec(v); m !== null; m = VI_DISTRICT_LAST_32.exec(v)) {
    const s = m.index;
    const placeBefore = d.someOverlap(s - 3, s - 2, (o) => o.p >= 0 && o.t === 'LOCATION' && o.e === s - 2);
    if (placeBefore && free(s, s + m[0].length)) d.add(s, s + m[0].length, 'LOCATION', 110);
  }
}

/** (Stop 32.) Words before "Ward" that name the ward's kind or its care, not the ward ("Labour Ward", "Medical Ward",
 * "Female Ward", "Virtual Ward"). */
const WARD_KINDS_32: ReadonlySet<string> = new Set(('labour labor maternity postnatal antenatal delivery medical surgical female male ' +
  "general private isolation observation acute stroke cardiac children's childrens paediatric pediatric day assessment " +
  'admissions admission psychiatric geriatric elderly virtual orthopaedic orthopedic burns oncology renal respiratory ' +
  'emergency recovery dependency short stay side open closed same this that the his her their our my another other ' +
  'medicine surgery east west north south new old main upper lower ward').split(' '));
/** (Stop 32.) Roles before a person whose surname is "Ward" ("RN Holly Ward", "chaplain Fr. Timothy Ward"). */
const ROLE_BEFORE_WARD_32: ReadonlySet<string> = new Set('rn lpn np pa nurse sister dr doctor chaplain fr father mr mrs ms miss adjuster by'.split(' '));
/** (Stop 32.) What may follow a ward's name: the field's end, or its bed, its bay, a time. */
const WARD_END_32 = /^(?:$|[,;:.)\t\r\n]| (?:bed|bay|at|on|for|from|via|\(|-|–)(?![\p{L}]))/u;

/**
 * (Stop 32.) A ward named by one or two capitalized words before "Ward" ("on Hillside Ward", "Lister Ward;", "Location:
 * Larkspur Ward, bay 2", "St. Brendan's Ward"): no word of it a ward's kind, a care's or a generic word of a facility
 * ("Labour Ward", "Medical Ward"), and not a person whose surname is Ward ("RN Holly Ward", "Emma Ward": a given name
 * alone before it, or a role or a title before the words). In a text of mixed case only.
 */
function wardNames32(d: Detector): void {
  const v = d.v;
  if (d.lowerDoc || d.capsDoc) return;
  const toks = d.toks;
  for (let at = v.indexOf(' Ward'); at >= 0; at = v.indexOf(' Ward', at + 5)) {
    const ws = at + 1;
    const we = ws + 4;
    if (!WARD_END_32.test(v.slice(we, we + 6))) continue;
    const wi = d.tokenAtEdge(ws, false);
    if (wi === undefined || wi < 1) continue;
    let j = wi;
    let words = 0;
    let given = false;
    while (j > 0 && words < 2) {
      const u = toks[j - 1] as Tok;
      const gap = v.slice(u.e + (u.possessive ? 2 : 0), (toks[j] as Tok).s);
      if (gap !== ' ' && !(gap === '. ' && (u.k === 'st' || u.k === 'ste'))) break;
      if (u.shape !== 'T') break;
      const saint = u.k === 'st' || u.k === 'ste' || u.k === 'saint';
      if (!saint) {
        if (u.e - u.s < 3 || (u.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS | M.FACILITY_GENERIC)) !== 0 || (u.f & L.COUNTRY) !== 0) break;
        if (FUNCTION_WORDS.has(u.k) || WARD_KINDS_32.has(u.k) || clinicalWord(u.k)) break;
        if ((u.f & L.FIRST) !== 0 && (u.f & L.PLACE) === 0 && !u.possessive) given = true;
      }
      j--;
      words++;
      if (saint) break;
    }
    if (j === wi) continue;
    const first = toks[j] as Tok;
    // (A given name alone before "Ward" is a person, "Holly Ward"; after "St." it is the saint's.)
    if (given && words === 1) continue;
    if (first.k === 'st' || first.k === 'ste' || first.k === 'saint') {
      if (words < 2) continue;
    }
    const before = j > 0 ? (toks[j - 1] as Tok) : undefined;
    if (before !== undefined && /^[ .]{1,2}$/.test(v.slice(before.e, first.s)) && (ROLE_BEFORE_WARD_32.has(before.k) || (before.m & M.TITLES) !== 0)) continue;
    if (d.someOverlap(first.s, we, (o) => o.p >= 0 && o.t !== 'LOCATION' && o.t !== 'NAME')) continue;
    // (At the highest priority of the places and names inside it: the ward over "St. Brendan's" found alone.)
    let top = 100;
    d.someOverlap(first.s, we, (o) => {
      if (o.p > top && o.s >= first.s && o.e <= we) top = o.p;
      return false;
    });
    d.add(first.s, we, 'LOCATION', top);
  }
}

export function placeParts27(d: Detector): void {
  vietUnits32(d);
  wardNames32(d);
  titledSites27(d);
  cuedStreets27(d);
  numberedStreets27(d);
  const v = d.v;
  const toks = d.toks;
  // (The places found before this rule, one for each span: the highest priority.)
  const top = new Map<number, Cand>();
  for (const c of d.cands) {
    if (c.t !== 'LOCATION' || c.p < 0) continue;
    const key = spanKey(c.s, c.e);
    const o = top.get(key);
    if (o === undefined || c.p > o.p) top.set(key, c);
  }
  let wins: Map<number, number> | undefined;
  for (const c of top.values()) {
    let s = c.s;
    let e = c.e;
    const fi = d.tokenAtEdge(s, false);
    const li = d.tokenAtEdge(e, true);
    if (fi === undefined || li === undefined) continue;
    const ft = toks[fi] as Tok;
    const lt = toks[li] as Tok;
    let street = STREET_BEFORE_27.has(ft.k) || (ft.f & T.STREET_FIRST) !== 0;
    // A kind written before the name, with its point: "vul. Pryvokzalna", "Str. Libertatii", "Brgy. San Isidro".
    if (fi > 0) {
      const p = toks[fi - 1] as Tok;
      const gap = s - p.e;
      // (Not a capitalized kind without its point that ends a term of capitalized words: "Factor Xa Hanoi study".)
      const pp = fi > 1 ? (toks[fi - 2] as Tok) : undefined;
      const term = gap === 1 && p.shape === 'T' && !d.capsDoc && pp !== undefined && pp.e === p.s - 1 && (pp.shape === 'T' || pp.shape === 'U') && !FUNCTION_WORDS.has(pp.k);
      if (!term && (gap === 1 || (gap === 2 && v.charCodeAt(p.e) === 46)) && v.charCodeAt(s - 1) === 32 && KIND_BEFORE_27.has(p.k) && p.shape !== 'X' && !otherType(d, p.s, p.e)) {
        s = p.s;
        if (STREET_BEFORE_27.has(p.k)) street = true;
      }
    }
    const after = v.charCodeAt(e);
    // A kind in lower case after the name, in a text of mixed case: "Tromso legesenter", "Debre Libanos woreda".
    if (after === 32 && !d.lowerDoc && !d.capsDoc && (lt.shape === 'T' || lt.shape === 'U') && !lt.possessive) {
      const u = toks[li + 1] as Tok | undefined;
      if (u !== undefined && u.s === e + 1 && (u.shape === 'L' || (u.shape === 'T' && HEAD_AFTER_FOREIGN_32.has(u.k))) && HEAD_AFTER_27.has(u.k) && !u.possessive && !otherType(d, u.s, u.e)) e = u.e;
    }
    // The joined rest of a site's or a town's name, in a text of mixed case.
    if (v.charCodeAt(e) === 32 && !d.lowerDoc && !d.capsDoc && (lt.shape === 'T' || lt.shape === 'U')) {
      const m = TAIL_27.exec(v.slice(e, e + 80));
      if (m !== null) {
        const ne = e + m[0].length;
        const join = m[1] as string;
        const rest = m[2] as string;
        const last = rest.slice(rest.lastIndexOf(' ') + 1).toLowerCase();
        const head = lt.k;
        let ok = false;
        // (Words of a name, not a test's or a care's: "Hospital for ERCP", "Health Center for BP check", "Hospital for
        // the CT".)
        const named = rest.split(' ').every((w) => !/^\p{Lu}[\p{Lu}\d'’-]+$/u.test(w) && !clinicalWord(w.toLowerCase()));
        // (After "for", whom or what the site is for, "Centre for Sexual Health", "Hospital for Children", not a care or
        // a day: "Infirmary for Review", "Hospital for Chest Pain", "Hospital for Monday".)
        if (join === 'for') ok = named && SITE_HEADS_27.has(head) && FOR_WHOM_27.has(last);
        // (Stop 31: nor one everyday word after "of", "Royal Free Hospital of Choice".)
        else if (join === 'of') ok = named && SITE_HEADS_27.has(head) && !d.everydayOf31(rest);
        // (Not two sites: "Ba Mission Hospital and Lautoka Hospital".)
        else if (join === 'and' || join === '&') ok = named && (SITE_HEADS_27.has(last) || / (?:of|for) /.test(v.slice(s, e))) && !(SITE_HEADS_27.has(head) && rest.includes(' '));
        // (After "de", a site's head or a town: "Alcala de Henares", "San Salvador de Jujuy"; one or two words.)
        // (A town's only before the field's end: "Madrid de Lunes a Viernes" is a time.)
        // (A town's only when it opens an address's field, and not before a care's branch: "Consulta en Madrid de
        // Cardiologia", "Ingresado en Barcelona de Madrugada" are a service and a time.)
        else ok = SITE_HEADS_DE_27.has(head) || (rest.split(' ').length <= 2 && !SITE_HEADS_27.has(head) && FIELD_END_27.test(v.slice(ne, ne + 2)) && !clinicalWord(last) && FIELD_OPEN_27.test(v.slice(Math.max(0, s - 4), s)) && !SPECIALTY_27.test(rest));
        if (ok && TAIL_END_27.test(v.slice(ne, ne + 2)) && !otherType(d, e, ne) && !v.slice(e, ne).includes('\n')) e = ne;
      }
    }
    // The house's number after a street's name.
    if (v.charCodeAt(e) === 32) {
      const m = NUMBER_AFTER_27.exec(v.slice(e, e + 28));
      // (Not a kind that is an English word after a place that is no street, a town or an airport: "Flew from Heathrow
      // gate 23".)
      const kt = toks[li + 1] as Tok | undefined;
      const gate = kt !== undefined && kt.s === e + 1 && kt.shape === 'L' && (kt.f & L.WORD) !== 0 && !street && (lt.f & T.STREET) === 0;
      // (Nor a reading after "ave" of an average, a reading's label before: "HR on Holter Ave 72".)
      const reading = lt.k === 'ave' && fi >= 2 && VITAL_LABELS_27.has((toks[fi - 2] as Tok).k);
      if (m !== null && !gate && !reading && (street || (lt.f & T.STREET) !== 0 || /^ \p{L}/u.test(m[0]) && !/^ (?:nr|No|n)\b/.test(m[0]))) {
        const ne = e + m[0].length;
        if (!otherType(d, e, ne) && !COUNT_NEXT_27.test(v.slice(ne, ne + 40))) e = ne;
      } else if (!gate && !reading && !d.lowerDoc && (lt.shape === 'T' || lt.shape === 'U') && !lt.possessive) {
        // (Stop 32: a house's number after a place the rules found that is no street by its words, in the layouts
        // that write the number after the street's name ("Hlubinska 7 (social housing)", "Zengrova 18, Ostrava",
        // "Toyotamakita 5-20-4,", "Phuong 7, Quan 3"): a number of two or three parts after any such place ("5-20-4",
        // "2091/12"); a number alone only when the place opens an address's field (after a comma, "at", an address's
        // label, a table's cell) and the number ends it. Not a count in a list by place ("Kisumu 12, Siaya 7").)
        const n = NUMBER_ONLY_32.exec(v.slice(e, e + 20));
        if (n !== null) {
          const ne = e + n[0].length;
          // (A time's range is none: "Church 1400-1530"; the hyphen after three digits at most.)
          const multi = n[2] !== undefined || n[3] !== undefined;
          const countBefore = /\p{L} \d{1,4}[,;] ?$/u.test(v.slice(Math.max(0, s - 12), s));
          // (A number that reads as a time of day needs an address's label: "DOT at Shelter Clinic 0830" is a time.)
          const time = /^(?:[01]\d|2[0-3])[0-5]\d$/.test(n[1] as string);
          const open = (!time && NUMBER_FIELD_OPEN_32.test(v.slice(Math.max(0, s - 14), s))) || lineStartField32(v, s);
          if ((multi || open) && !countBefore && !otherType(d, e, ne) && !d.someOverlap(e, ne, (o) => o.p >= 0) && !COUNT_NEXT_27.test(v.slice(ne, ne + 40))) e = ne;
        }
      }
    }
    // A street's quarter of the compass.
    if (v.charCodeAt(e) === 32) {
      const ei = d.tokenAtEdge(e, true);
      const et = ei === undefined ? undefined : (toks[ei] as Tok);
      if (et !== undefined && (et.f & T.STREET) !== 0) {
        const m = (d.lowerDoc ? COMPASS_LOWER_27 : COMPASS_27).exec(v.slice(e, e + 5));
        // (In lower case only after a house's number: "2180 lake shore blvd w".)
        if (m !== null && (!d.lowerDoc || /^\d/.test(v.slice(s, e))) && !otherType(d, e, e + m[0].length)) e += m[0].length;
      }
    }
    // A flat's number after the street: ", apt 12".
    if (v.charCodeAt(e) === 44 && (street || /\d/.test(v.slice(s, e)))) {
      const m = UNIT_AFTER_27.exec(v.slice(e, e + 20));
      // (A flat found already stays a place of its own: "Flat 4", "Ashcombe House".)
      if (m !== null && !d.anyCand(e + 1, e + m[0].length)) e += m[0].length;
    }
    // A flat's number before the place: "Flat 12, Shivneri Chawl"; a unit's or a suite's only before a street.
    if (s >= 5) {
      const c0 = v.charCodeAt(s - 1);
      if (c0 === 32) {
        const m = UNIT_BEFORE_27.exec(v.slice(Math.max(0, s - 20), s));
        if (m !== null && (m[1] !== undefined || street || /^\d/.test(v.slice(s, e)) || (lt.f & T.STREET) !== 0)) {
          const ux = s - m[0].length + m[0].search(/\p{L}/u);
          // (The word starts a word: "Leaflat 2" is none; nor is the flat of the street before it, "77 Calle Sol, Apt 2B,
          // Santa Fe".)
          const lead = ux > 0 && /[\p{L}\d]/u.test(v.charAt(ux - 1));
          const ofBefore = ux >= 2 && v.charCodeAt(ux - 2) === 44 && FIELD_NUMBERED_27.test(v.slice(Math.max(0, ux - 42), ux - 2));
          if (!lead && !ofBefore && !d.anyCand(ux, s - 1)) s = ux;
        }
      }
    }
    if (s === c.s && e === c.e) continue;
    // (Only a place that wins over its words: "AID Atlanta on Peachtree St", read under "AID Atlanta", is none. The
    // overlaps are resolved once, the first time a part is found.)
    if (wins === undefined) {
      wins = new Map();
      for (const w of resolve(d.cands.filter((o) => o.p >= 0), v.length)) wins.set(spanKey(w.s, w.e), w.p);
    }
    if (wins.get(spanKey(c.s, c.e)) === c.p) widen27(d, s, e, c.p, wins);
  }
}
