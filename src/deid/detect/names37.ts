// Stop 37 (names37): names in a text of one case.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L, lexicons, NAME_BITS } from '../lexicon.js';
import { T, type Tok } from './words.js';
import { FUNCTION_WORDS, M } from './vocabulary.js';
import { clinicalWord } from '../tagger.js';
import type { Detector } from './detector.js';
import { isAsciiLetter } from './shapes.js';
import { KIN_33, VALUE_TITLES_33, nameEnd33, part33, PERSON_LABELS_33, PERSON_VERBS_33, ROLES_33, TITLES_33 } from './one-case.js';

/** Whether a name may open at token a in a text of one case, for a word put before a name found: a line's start, a mark
 * that opens a value or a list's item (":", "(", "|", ",", ";", "/", "-", a quote), or a word before it that is no name's
 * (a function word, kin, a label, a role, a title, a common word). */
function opensName37(d: Detector, a: number, shape: string, common = true): boolean {
  const v = d.v;
  const t = d.toks[a] as Tok;
  let x = t.s;
  while (x > 0 && (v.charCodeAt(x - 1) === 32 || v.charCodeAt(x - 1) === 9)) x--;
  if (x === 0) return true;
  const c = v.charCodeAt(x - 1);
  if (c === 10 || c === 13 || c === 58 || c === 40 || c === 124 || c === 44 || c === 59 || c === 47 || c === 45 || c === 34 || c === 62 || c === 91 || c === 61 || c === 94) return true;
  // (A list's number, "2. hatice celik"; not an initial's point, nor a sentence's end: the word after it opens a sentence.)
  if (c === 46 && x >= 2 && v.charCodeAt(x - 2) >= 48 && v.charCodeAt(x - 2) <= 57) return true;
  const p = d.toks[a - 1];
  if (p === undefined || p.e !== x || x === t.s) return false;
  // (Not after a determiner: "the locum mcallister", a noun of a role; nor after a place's first word or a preposition of
  // places, "san juan chamula", "at aurora sinai", "near the church of agios nikolaos".)
  if (DETERMINERS_37.has(p.k) || PLACE_PREP_37.has(p.k) || PLACE_FIRST_37.has(p.k)) return false;
  if (FUNCTION_WORDS.has(p.k) || KIN_33.has(p.k) || PERSON_LABELS_33.has(p.k) || ROLES_33.has(p.k) || TITLES_33.has(p.k)) return true;
  // (A common word that no name list knows, "surf lifesaver kirra dunstan"; not a word of a name, which could be its first.
  // Only for growing a name found: before two words no rule found, an everyday word opens findings' words, "bilateral hilar
  // calcifications", "positive hawkins kennedy" (Stop 37).)
  return common && p.shape === shape && (p.f & L.WORD) !== 0 && (p.f & NAME_BITS) === 0 && isAsciiLetter(v.charCodeAt(p.s));
}

/** Whether a name may end after token t: where a name ends (nameEnd33), or before a function word or a person's verb
 * ("pastor kaisa kask on november 12", "infirmiere nadia belkacem visits daily"). */
function closesName37(d: Detector, j: number): boolean {
  const t = d.toks[j] as Tok;
  const nx = d.toks[j + 1];
  if (nameEnd33(d, t.e, nx)) return true;
  if (nx === undefined || nx.s !== t.e + 1 || d.v.charCodeAt(t.e) !== 32) return false;
  return FUNCTION_WORDS.has(nx.k) || PERSON_VERBS_33.has(nx.k) || (nx.m & M.SUBJECT_VERBS) !== 0 || t.possessive;
}

/**
 * Stop 37 (names37): in a text of one case, a name found in part grown over the next or the previous word where that word
 * reads as a name's (part33): the rules, the lexicon and the tagger found "nadia" of "infirmiere nadia belkacem visits
 * daily", "rasool" of "s/o ghulam rasool," or "hinemoa" of "probation officer, hinemoa walker."; in capitals or lower case
 * no capital shows the other word. The word after a given name: a known name that is no common word or a word no list
 * knows (part33 kind 2) where the name may end; a common surname or given name that is a word, or a word no list knows one
 * letter from a common word, only after a given name that is no word and where a name ends. The word before: kind 2 only,
 * where a name may open (a line's start, a mark, a function word, a cue, a common word).
 */
export function oneCaseGrow37(d: Detector): void {
  if (!d.oneCase) return;
  const v = d.v;
  const toks = d.toks;
  const shape = d.capsDoc ? 'U' : 'L';
  const n0 = d.cands.length;
  const add: number[] = [];
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x]!;
    if (c.t !== 'NAME' || c.p < 0) continue;
    // (Only a name that wins over the names overlapping it: "naomi fixico" kept, not "fixico, aprn-cnp" grown over "naomi".)
    if (d.someOverlap(c.s, c.e, (o) => o !== c && o.t === 'NAME' && (o.p > c.p || (o.p === c.p && o.e - o.s > c.e - c.s)))) continue;
    const a = d.tokenAtEdge(c.s, false);
    let b = d.tokenAtEdge(c.e, true);
    if (b === undefined && v.charCodeAt(c.e - 1) === 46) b = d.tokenAtEdge(c.e - 1, true);
    if (a === undefined || b === undefined) continue;
    // (Only a name whose words read as a person's, "el mercado ciudad de" is no name to grow; nor a name after or opening
    // with a place's first word: "san juan chamula", "agios nikolaos".)
    let person = true;
    for (let y = a; person && y <= b; y++) {
      const u = toks[y] as Tok;
      if (part33(d, u, shape) === 0 || PLACE_FIRST_37.has(u.k) || ((y === a || y === b) && (u.m & M.PARTICLES) !== 0)) person = false;
    }
    if (!person) continue;
    const pa = toks[a - 1];
    if (pa !== undefined && pa.e + 1 === c.s && (PLACE_FIRST_37.has(pa.k) || (pa.f & T.STREET_FIRST) !== 0)) continue;
    let s = c.s;
    let e = c.e;
    // Forward, one word: the loop goes on only where the word taken ends no name, and then stops (Stop 37: the comment
    // said two words).
    for (let j = b; j < b + 2 && j + 1 < toks.length; j++) {
      const last = toks[j] as Tok;
      const t = toks[j + 1] as Tok;
      if (last.possessive || t.s !== last.e + 1 || v.charCodeAt(last.e) !== 32 || t.shape !== shape) break;
      // (From a given name, or a name of one word: "frau kerstin lange anrufen", call, is no name's word.)
      if (j === b && a !== b && (last.f & L.FIRST) === 0) break;
      const kl = part33(d, last, shape);
      if (kl !== 2 && kl !== 3) break;
      const k = part33(d, t, shape);
      if (k === 0 || k === 1 || !word37(t)) break;
      // (Not a word before a number or a code: a credential's or a register's abbreviation, "gmc 7201448", "nhs 485 777
      // 3301", "rm 512".)
      const nn = toks[j + 2];
      if (nn !== undefined && nn.s === t.e + 1 && /\d/.test(v.slice(nn.s, nn.e))) break;
      const firmGiven = kl === 2 && (last.f & L.FIRST) !== 0 && (last.f & L.WORD) === 0;
      const ends = nameEnd33(d, t.e, toks[j + 2]);
      let ok: boolean;
      if (k === 2) ok = closesName37(d, j + 1) && (kl === 2 || (t.f & NAME_BITS) !== 0);
      // (A common word that is a name too only where a name ends: "walter bishop)", not "driver dave waits in".)
      else ok = firmGiven && (k === 5 ? closesName37(d, j + 1) : ends);
      if (!ok) break;
      e = t.e;
      if (!ends) break;
    }
    // Backward, one word.
    const first = toks[a] as Tok;
    const p = toks[a - 1];
    // (From a surname or a word no list knows found alone: a role's word of another language stands before a given name and
    // the name after it, "jordmor ellen somby", "promotora rosa quispe".)
    if (a === b && (first.f & L.FIRST) === 0 && p !== undefined && !STREET_WORDS_37.has(p.k) && first.s === p.e + 1 && v.charCodeAt(p.e) === 32 && !p.possessive && p.shape === shape && part33(d, p, shape) === 2 && word37(p) && ((p.f & NAME_BITS) !== 0 || !ROLE_ENDING_37.test(p.k)) && part33(d, first, shape) >= 2 && opensName37(d, a - 1, shape) && !FOREIGN_ROLES_37.has(p.k)) s = p.s;
    if (s !== c.s || e !== c.e) add.push(s, e, c.p);
  }
  for (let x = 0; x < add.length; x += 3) grown37(d, add[x] as number, add[x + 1] as number, add[x + 2] as number);
}

/** Nouns of care roles of other languages that no list knows, before a surname found alone: "reviewed with infirmiere
 * yilmaz" (Stop 37). A list, not a rule on the word before: an unknown given name stands after a function word or a mark as
 * often, "took nur qistina", "from: rukhsana chowdhury". */
const FOREIGN_ROLES_37 = new Set(('infirmiere infirmier enfermeira enfermeiro enfermera enfermero pflegerin pfleger oberarzt oberarztin oberaerztin hausarzt hausarztin ' +
  'sjukskoterska verpleegkundige pielegniarka medsestra comadrona dottoressa dottore farmaceutico farmaceutica paramedico paramedica ' +
  'sozialarbeiterin sozialarbeiter dolmetscherin dolmetscher tercuman sage-femme aide-soignante hemsire ebe').split(' '));

/** Whether a word is clinical, also with a plural's -s or -es removed ("calcifications") (Stop 37). */
function clinical37(k: string): boolean {
  if (clinicalWord(k)) return true;
  if (k.length > 4 && k.endsWith('s')) {
    if (clinicalWord(k.slice(0, -1))) return true;
    if (k.endsWith('es') && clinicalWord(k.slice(0, -2))) return true;
  }
  return false;
}

/** Whether token i stands right after "to" or a ward's word, "transferred to edith cavell", "ward mary seacole" (Stop 37; not
 * after a bed's number: "bed 8 - vasiliki papadopoulou" is a patient). */
function afterWard37(d: Detector, i: number): boolean {
  const p = d.toks[i - 1];
  if (p === undefined || p.e + 1 !== (d.toks[i] as Tok).s || d.v.charCodeAt(p.e) !== 32) return false;
  return p.k === 'to' || WARD_WORDS_37.has(p.k);
}

/** Streets' and squares' words of other languages that name lists hold as surnames, before a surname: "gasse novak" (Stop 37). */
const STREET_WORDS_37 = new Set('gasse strasse strase platz damm weg carrera calle avenida rua vila ulica utca'.split(' '));

/** Words of a ward's or a bed's place before a ward named after a person, "bed 4, mary seacole" (Stop 37). */
const WARD_WORDS_37 = new Set(['bed', 'ward', 'bay', 'unit']);

/** What part33 lets pass that is no name's word beside a name: a maiden name's "nee", an abbreviation of two letters, a
 * word with a letter alone in it ("e-mail", "emt-p"), a verb's form no list knows ("travelling"). */
function word37(t: Tok): boolean {
  const k = t.k;
  // (Nor a place's or a building's noun, "queen noor street", "clinique azar", "fullerton ave bridge".)
  if ((t.m & (M.PLACE_NOUNS | M.BUILDING_HEADS | M.FACILITY_GENERIC)) !== 0 || (t.f & (T.STREET | T.FACILITY | T.STREET_FIRST)) !== 0 || PLACE_HEADS_37.test(k)) return false;
  if (k.length < 3 || NAME_STOPS_37.has(k) || NOT_NAME_WORDS_37.has(k) || VALUE_TITLES_33.has(k) || /(?:^|-)[a-z](?:-|$)/.test(k)) return false;
  return !((t.f & NAME_BITS) === 0 && k.length >= 7 && k.endsWith('ing'));
}
/** Endings of the nouns of roles and jobs, in English and other languages, that no list knows ("facilitator", "locum",
 * "behvarz"'s kind): a word before a surname found alone that ends so is no given name unless a name list knows it. */
const ROLE_ENDING_37 = /(?:or|er|ist|ian|um|ant|ent|eur|euse|ice|ore|ora|ero|era|arz|yar|dar|ija)$/;
/** First words of places' names ("san", "agios", "jabal", "les"). */
const PLACE_FIRST_37 = new Set('san santa santo sao st saint ste agios agia ayios jabal jebel wadi tell al el les los las la le bir ban ein kfar'.split(' '));
/** Prepositions of places (not "from", "to", "via", before a person's name as often). */
const PLACE_PREP_37 = new Set(['in', 'at', 'near', 'of', 'into', 'outside', 'around', 'toward', 'towards', 'through', 'lives', 'resides', 'moved', 'born']);
const DETERMINERS_37 = new Set(['the', 'a', 'an', 'this', 'that', 'our', 'your', 'his', 'her', 'their', 'my', 'its']);
/** Kin, titles of respect and greetings of other languages that stand before a name or open a letter and that the name
 * lists know as names ("tia chayo", "bebe jean-baptiste", "cher confrere,"): no name's word beside a name. */
const NOT_NAME_WORDS_37 = new Set('tia tio tita tito abuela abuelo abuelita abuelito nanay tatay lola lolo bebe baba mama papa nana cher chere querido querida estimado estimada liebe lieber caro cara beste kaka dada didi bhai amma appa'.split(' '));
/** Care sites' and buildings' nouns of other languages that no list knows. */
const PLACE_HEADS_37 = /^(?:clinique|kliniek|klinika|immeuble|edificio|predio|quinta|vereda|barrio|bairro|colonia|kampung|desa|jalan|rua|calle)$/;
const NAME_STOPS_37 = new Set(['nee', 'geb', 'born', 'aka', 'alias']);

/** Adds the name grown over [s, e) from a name of priority p: not over a candidate of another kind (but a place of one
 * word inside it, "walker" read as a street's) nor a name of p or more that reaches out of it; above the names inside it. */
function grown37(d: Detector, s: number, e: number, p: number): void {
  let q = p;
  const v = d.v;
  const blocked = d.someOverlap(s, e, (o) => {
    if (o.p < 0) return false;
    const inside = o.s >= s && o.e <= e;
    if (o.t === 'NAME') {
      if (!inside) return o.p >= p;
      if (o.p >= q) q = o.p + 1;
      return false;
    }
    if (o.t === 'LOCATION' && inside && !v.slice(o.s, o.e).includes(' ')) {
      if (o.p >= q) q = o.p + 1;
      return false;
    }
    return true;
  });
  if (!blocked) d.add(s, e, 'NAME', q);
}

/**
 * Stop 37 (names37): in a text of one case, two words side by side that read as a person's name where nothing was found:
 * each a name's word (part33 kind 2: a known name that is no common word, or a word no list knows, four letters or more,
 * no misspelling, no clinical word), one of them a name a list knows (a given name first, or a surname before a given
 * name: "tenzin dolkar was referred", "3) bikram gurung, 29m", "nurse escort: luo fang", "petrosyan lusine, 13"), where a
 * name may open (a line's start, a mark, a cue, a function word) and where it may end (a mark, a line's end, a function
 * word, a person's verb). In capitals or lower case no capital shows them; words of other languages that no list knows
 * are many, so one word a list knows as a name is asked for.
 */
export function oneCasePairs37(d: Detector): void {
  if (!d.oneCase) return;
  const v = d.v;
  const toks = d.toks;
  const shape = d.capsDoc ? 'U' : 'L';
  for (let i = 0; i + 1 < toks.length; i++) {
    const t1 = toks[i] as Tok;
    // (Cheap first: a word of the text's case that a name list knows, or its neighbour.)
    if (t1.shape !== shape || t1.possessive) continue;
    const t2 = toks[i + 1] as Tok;
    if (t2.shape !== shape || t2.s !== t1.e + 1 || v.charCodeAt(t1.e) !== 32) continue;
    const n1 = (t1.f & NAME_BITS) !== 0;
    const n2 = (t2.f & NAME_BITS) !== 0;
    if (!n1 && !n2) continue;
    // (A given name first, or a surname a list knows before a given name.)
    const given1 = (t1.f & L.FIRST) !== 0;
    if (!given1 && !((t2.f & L.FIRST) !== 0 && (t1.f & L.LAST) !== 0)) continue;
    if (PLACE_FIRST_37.has(t1.k) || STREET_WORDS_37.has(t1.k) || part33(d, t1, shape) !== 2 || part33(d, t2, shape) !== 2 || !word37(t1) || !word37(t2)) continue;
    if (!opensName37(d, i, shape) || !closesName37(d, i + 1)) continue;
    // (Stop 37: nor clinical words that name lists hold too, "providencia stuartii", "lennox gastaut", "hilar calcifications";
    // nor a place of two words, "puerto rico", "chiang mai", or a place's first words, "tijuana baja"; nor after "to" or a
    // ward's word, a place's or a ward's name after a person, "transferred to edith cavell", "ward mary seacole".)
    // (An eponym's two words are clinical joined by a hyphen, "stevens johnson", "lennox gastaut"; a place of a word a list
    // knows and a word no list knows, "pt from tijuana baja".)
    if (clinical37(t1.k) || clinical37(t2.k) || clinicalWord(t1.k + '-' + t2.k)) continue;
    const pair = t1.k + ' ' + t2.k;
    const lx = lexicons();
    if (lx.places.has(pair) || lx.placePrefixes.has(pair) || lx.contextPlaces.has(pair) || ((lx.flags.get(pair) ?? 0) & (L.COUNTRY | L.PLACE)) !== 0) continue;
    if ((t1.f & (L.PLACE | L.COUNTRY)) !== 0 && (t2.f & NAME_BITS) === 0 && toks[i - 1]?.k === 'from') continue;
    if (afterWard37(d, i)) continue;
    const nn = toks[i + 2];
    if (nn !== undefined && nn.s === t2.e + 1 && /\d/.test(v.slice(nn.s, nn.e))) continue;
    // (Nor a label's words before a colon, "adi soyadi: zeynep karakaya", unless a chat's time or mark opens the line,
    // "[10:42] venkatalakshmi raghunathan: ...".)
    if (v.charCodeAt(t2.e) === 58 && !/[\])\d>]\s*$/.test(v.slice(Math.max(0, t1.s - 3), t1.s))) continue;
    if (d.anyCand(t1.s, t2.e)) continue;
    d.add(t1.s, t2.e, 'NAME', 60);
    i++;
  }
}
