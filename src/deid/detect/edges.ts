// Stop 23: the edges of places and names found in part. A place the rules found only in part ("Mangere" of "Mangere
// East", "York General Hospital" of "North York General Hospital", "St. Agnes" and "Bohemia" of "St. Agnes of Bohemia")
// is widened over the words that belong to its name; so is a person's name ("Costa" and "Silva" of "Costa e Silva",
// "Ngaire" of "Ngaire Tipene-Walker"). Run last (Detector.runAll), when every rule and the tagger have found theirs.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { Tok } from './words.js';
import { L } from '../lexicon.js';
import type { Detector } from './detector.js';
import { placeOver17 } from './address-layouts.js';

/** Words that may end a place's name after the part found: a quarter ("Mangere East", "Andheri West", "Bankstown
 * Central"), a kind of place ("Vinh City", "Zamzam camp", "Mombasa Road"), a care site's or a school's last word
 * ("Northampton General", "Cape Breton Regional", "Otahuhu Primary", "Christian Medical College"). */
const END_WORDS_23: ReadonlySet<string> = new Set(('east west north south central ' +
  'city town village camp island heights gardens estate road rd highway junction bridge pier market ' +
  'general regional primary memorial infirmary hospital hospitals clinic clinics college university school academy ' +
  'centre center court courthouse house home hall surgery polyclinic poliklinika').split(' '));
/** Words that may stand inside such a name, before a word that ends it ("Medical College", "Teaching and Referral
 * Hospital", "primary care centre", "General Sessions Court"). */
const MID_WORDS_23: ReadonlySet<string> = new Set(('medical teaching referral regional general community district ' +
  'health care primary university children\'s memorial training family dental specialist specialty mental sessions ' +
  'county city and').split(' '));
/** Words that make "General", "Family" or "Internal" before them a specialty ("General Surgery", "Family Medicine"). */
const SPECIALTY_23: ReadonlySet<string> = new Set('surgery medicine practice paediatrics pediatrics psychiatry'.split(' '));
/** Roman numbers after a place's name ("Gulberg III", "Bidibidi Health Centre III"). */
const ROMAN_23: ReadonlySet<string> = new Set(['ii', 'iii', 'iv']);
/** Words before the part found that belong to the place's name ("New York", "Los Gatos", "Mount Vernon", "North York
 * General Hospital", "Royal Victoria Hospital"). */
const PREFIX_WORDS_23: ReadonlySet<string> = new Set(('new los las san santa mount mt port fort lake royal upper lower ' +
  'north south east west greater old great little').split(' '));
/** Kinds of place named "<kind> of <name>" ("City of Edmonton", "County of Santa Clara", "University of Ibadan"). */
const OF_KINDS_23: ReadonlySet<string> = new Set('city county town borough village municipality township parish university'.split(' '));
/** Words that join two parts of one place's name ("St. Agnes of Bohemia", "Frankfurt am Main", "Newcastle upon Tyne"). */
const JOIN_23 = /^ (?:of|de|del|do|da|am|an der|nad|upon|sur) (?=\p{Lu})/u;
/** Of those, the ones after which a capitalized word ends the name even when no rule found it ("Newcastle upon Tyne",
 * "Vranov nad Dyji", "Frankfurt am Main"). */
const JOIN_END_23 = /^ (?:am|an der|nad|upon|sur) (\p{Lu}[\p{Ll}'’-]+)(?![\p{L}\d])/u;

/** The token that ends at `e`, or whose possessive ends there ("St Hilda's"). */
function tokenEnding(d: Detector, e: number): number | undefined {
  const i = d.tokenAtEdge(e, true);
  if (i !== undefined) return i;
  const q = d.v.charCodeAt(e - 2);
  if (d.v.charCodeAt(e - 1) !== 115 || (q !== 39 && q !== 0x2019)) return undefined;
  const j = d.tokenAtEdge(e - 2, true);
  return j !== undefined && (d.toks[j] as Tok).possessive ? j : undefined;
}

/** Whether token u is written as the place's words are (capitalized, in capitals, or in lower case in a text of one case). */
function sameCase(u: Tok, shape: string): boolean {
  return u.shape === shape;
}

/** Whether word u may be taken into a place of priority p before it: no candidate of another type overlaps it, nor one
 * that starts in it and goes on after it (another name or place: "North Yorkshire" after "Leeds"), nor a surer place
 * (the word is the end of another reading: "Manipal Hospital" is not grown into "Nephrologist, Manipal Hospital"). A
 * name or a place that ends with it is the same words read otherwise ("Ronald McDonald House" read as a name). */
function freeWord(d: Detector, u: Tok, p: number): boolean {
  return !d.someOverlap(u.s, u.e, (o) => (o.t !== 'LOCATION' && o.t !== 'NAME') || (o.s >= u.s && o.e > u.e) || (o.t === 'LOCATION' && o.p > p));
}

/** Whether [s, e) holds no candidate of a type other than a name or a place. */
function onlyNamesOrPlaces(d: Detector, s: number, e: number): boolean {
  return !d.someOverlap(s, e, (o) => o.p >= 0 && o.t !== 'LOCATION' && o.t !== 'NAME');
}

export function placeEdges23(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const oneCase = d.lowerDoc || d.noCaps;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x]!;
    if (c.t !== 'LOCATION' || c.p < 0) continue;
    let s = c.s;
    let e = c.e;
    // (Cheap tests first: a blank after the place or before it.)
    const after = v.charCodeAt(e);
    if (after === 32) {
      const li = tokenEnding(d, e);
      const lt = li === undefined ? undefined : (toks[li] as Tok);
      if (li !== undefined && lt !== undefined && (lt.shape === 'T' || lt.shape === 'U' || (lt.shape === 'L' && oneCase))) {
        // The words after it that end its name: "Mangere East", "Cotabato Regional and Medical Center".
        let prev = lt;
        let end = -1;
        for (let j = li + 1; j < toks.length && j <= li + 6; j++) {
          const u = toks[j] as Tok;
          if (u.s !== prev.e + (prev.possessive ? 3 : 1) || v.charCodeAt(u.s - 1) !== 32) break;
          const roman = u.shape === 'U' && ROMAN_23.has(u.k);
          const and = u.k === 'and' && u.shape === (lt.shape === 'U' ? 'U' : 'L');
          if (!roman && !and && !sameCase(u, lt.shape)) break;
          if (!freeWord(d, u, c.p)) break;
          // ("Leeds General Surgery team": a specialty, not the site's name.)
          if (SPECIALTY_23.has(u.k) && (prev.k === 'general' || prev.k === 'family' || prev.k === 'internal')) break;
          // ("the cedar knoll home", "to 42 victoria ave home": in lower case, a home is anyone's.)
          if (u.k === 'home' && u.shape === 'L') break;
          if (roman || (!u.possessive && END_WORDS_23.has(u.k))) end = u.e;
          else if (!MID_WORDS_23.has(u.possessive ? `${u.k}'s` : u.k)) break;
          prev = u;
          if (roman) break;
        }
        if (end > e && onlyNamesOrPlaces(d, e, end)) e = end;
        else {
          // "Newcastle upon Tyne", "Vranov nad Dyji": a joining word and one capitalized word.
          const m = JOIN_END_23.exec(v.slice(e, e + 40));
          if (m && lt.shape === 'T') {
            const we = e + m[0].length;
            const wi = d.tokenAtEdge(we, true);
            const w = wi === undefined ? undefined : (toks[wi] as Tok);
            if (w !== undefined && !d.common(w) && !d.anyCand(w.s, w.e)) e = we;
          }
        }
      }
      // Two parts of one name found apart: "St. Agnes of Bohemia", "Bajos de Mena".
      if (e === c.e) {
        const m = JOIN_23.exec(v.slice(e, e + 12));
        if (m) {
          const at = e + m[0].length;
          let to = -1;
          d.someOverlap(at, at + 1, (o) => {
            if (o.p >= 0 && o.t === 'LOCATION' && o.s === at && o.e > to) to = o.e;
            return false;
          });
          if (to > 0) e = to;
        }
      }
    }
    if (s >= 2 && v.charCodeAt(s - 1) === 32) {
      const fi = d.tokenAtEdge(s, false);
      const ft = fi === undefined ? undefined : (toks[fi] as Tok);
      if (fi !== undefined && fi > 0 && ft !== undefined && (ft.shape === 'T' || ft.shape === 'U')) {
        const p = toks[fi - 1] as Tok;
        if (p.e === s - 1 && !p.possessive) {
          if (p.shape === ft.shape && PREFIX_WORDS_23.has(p.k) && !d.anyCand(p.s, p.e)) s = p.s;
          else if (p.k === 'of' && p.shape === (ft.shape === 'U' ? 'U' : 'L') && fi > 1) {
            // "City of Edmonton", "COUNTY OF SANTA CLARA".
            const k = toks[fi - 2] as Tok;
            if (k.e === p.s - 1 && k.shape === ft.shape && OF_KINDS_23.has(k.k) && !d.anyCand(k.s, k.e)) s = k.s;
          }
        }
      }
    }
    // Two places found overlapping, as sure as each other, are one place: "North York General Hospital" and "York General
    // Hospital Diabetes Education Centre". (A less sure one is left to lose: "VAKE POLYCLINIC" over "POLYCLINIC FAX".)
    const p = c.p;
    d.someOverlap(s, e, (o) => {
      if (o.t !== 'LOCATION' || o.p !== p) return false;
      if (o.s < s && o.e > s && o.e < e) s = o.s;
      else if (o.s > s && o.s < e && o.e > e) e = o.e;
      return false;
    });
    if (s !== c.s || e !== c.e) placeOver17(d, s, e, c.p);
  }
}

/** The words between two parts of one person's name ("Costa e Silva", "Rohana binti Mat Yusof", "Tiernan O Dalaigh",
 * "Gloria Betancur de la Pava", "Fernandez vda de Araya"), right before a name found (the longer forms first). "s/o",
 * "d/o" and "w/o" are left out: they name another person, the father or the husband, as a name of their own. */
const NAME_JOIN_23 = /^[ \t](?:de la|de las|de los|del|de|e|y|dos|do|das|da|di|van der|van den|van de|van 't|van|von der|von|ter|ten|binti|binte|bint|bin|ibn|ul|bat|ben|nee|née|o|nic a'|mac an|viuda de|vda\.? de|al)[ \t](?=\p{L})/iu;
/** A surname of two parts after a given name found ("Ngaire Tipene-Walker", "Tamsin Odhiambo-Price"). */
const DOUBLE_SURNAME_23 = /^ (\p{Lu}[\p{Ll}'’]+-\p{Lu}[\p{Ll}'’]+)(?![\p{L}\d-])/u;

export function nameEdges23(d: Detector): void {
  const v = d.v;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x]!;
    if (c.t !== 'NAME' || c.p < 0) continue;
    const a = v.charCodeAt(c.e);
    if (a !== 32 && a !== 9) continue;
    // Two parts of one name found apart.
    const m = NAME_JOIN_23.exec(v.slice(c.e, c.e + 14));
    if (m) {
      const at = c.e + m[0].length;
      let to = -1;
      let p = c.p;
      d.someOverlap(at, at + 1, (o) => {
        if (o.p >= 0 && o.t === 'NAME' && o.s === at) {
          if (o.e > to) to = o.e;
          if (o.p > p) p = o.p;
        }
        return false;
      });
      if (to > 0 && !v.slice(c.e, to).includes('\n')) {
        d.add(c.s, to, 'NAME', p);
        continue;
      }
    }
    // A surname of two parts no lexicon knows as words, after a given name the lexicon knows.
    if (a !== 32) continue;
    const ds = DOUBLE_SURNAME_23.exec(v.slice(c.e, c.e + 40));
    if (!ds) continue;
    const li = d.tokenAtEdge(c.e, true);
    if (li === undefined) continue;
    const lt = d.toks[li] as Tok;
    if (lt.shape !== 'T' || (lt.f & L.FIRST) === 0) continue;
    const g = ds[1] as string;
    const halves = g.toLowerCase().split('-');
    if (halves.some((h) => h.length < 2 || (d.fl(h) & (L.WORD | L.PLACE | L.COUNTRY)) !== 0)) continue;
    const s = c.e + 1;
    if (d.anyCand(s, s + g.length)) continue;
    d.add(c.s, s + g.length, 'NAME', c.p);
  }
}
