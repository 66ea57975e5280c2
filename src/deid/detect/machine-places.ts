// Stop 16 (places20): addresses of EDIFACT segments, coordinates, a town after a hospital's head.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { L } from '../lexicon.js';
import { type Cand, isOtherThanPlaceOrName, type Tok } from './words.js';
import { M, STATE_WORDS } from './vocabulary.js';
import { RE } from './patterns.js';
import type { Detector } from './detector.js';
import { tokenAt } from './later-cues.js';
import { placeOver17 } from './address-layouts.js';

// ---------------------------------------------------------------------------------------------
// Stop 16 (places20): addresses of EDIFACT segments, coordinates after a key with no blank, a town after a hospital's head.

/** Segment tags of an EDIFACT name-and-address or address segment (their tokens are rare words). */
export const EDI_RARE_20 = ['nad', 'adr'];

/**
 * EDIFACT `NAD+qualifier+id+name and address+party name+street+city+subdivision+postcode+country'` and
 * `ADR+usage+format:street+city+...+postcode'`: the street element's parts (not a format code), the city element after it,
 * and a postcode among the two elements after the city. Segments start a line or follow the terminator `'`.
 */
function ediAddresses20(d: Detector): void {
  const v = d.v;
  for (const tag of ['NAD+', 'ADR+']) {
    for (let i = v.indexOf(tag); i >= 0; i = v.indexOf(tag, i + 4)) {
      const b = i > 0 ? v.charCodeAt(i - 1) : 10;
      if (b !== 10 && b !== 13 && b !== 39) continue;
      let end = i + 4;
      const lim = Math.min(v.length, i + 300);
      while (end < lim) {
        const ch = v.charCodeAt(end);
        if (ch === 39 || ch === 10 || ch === 13) break;
        end++;
      }
      // Data elements ('+'), with their offsets; element 0 is the tag.
      const els: [number, number][] = [];
      let es = i;
      for (let p = i; p <= end; p++) {
        if (p < end && v.charCodeAt(p) !== 43) continue;
        els.push([es, p]);
        es = p + 1;
      }
      const si = tag === 'NAD+' ? 5 : 2;
      const street = els[si];
      if (!street || els.length < si + 2) continue;
      let any = false;
      // The street's parts (':'), less a leading format code of digits.
      let cs = street[0];
      for (let p = street[0]; p <= street[1]; p++) {
        if (p < street[1] && v.charCodeAt(p) !== 58) continue;
        const part = v.slice(cs, p);
        if (/^(?=[^:]*\p{L})[\p{L}\d][\p{L}\d .,'\/-]{2,60}$/u.test(part) && !d.someOverlap(cs, p, isOtherThanPlaceOrName)) {
          placeOver17(d, cs, p, 76);
          any = true;
        }
        cs = p + 1;
      }
      const city = els[si + 1] as [number, number];
      const ct = v.slice(city[0], city[1]);
      const ck = ct.toLowerCase();
      if (/^\p{Lu}[\p{L} .'-]{2,40}$/u.test(ct) && !STATE_WORDS.has(ck) && (d.fl(ck) & L.COUNTRY) === 0 && !d.someOverlap(city[0], city[1], isOtherThanPlaceOrName)) {
        placeOver17(d, city[0], city[1], 76);
        any = true;
      }
      if (!any) continue;
      for (let k = si + 2; k <= si + 3 && k < els.length; k++) {
        const [ps, pe] = els[k] as [number, number];
        if (/^(?=[^+]*\d)[A-Z0-9][A-Z0-9 -]{2,9}$/.test(v.slice(ps, pe))) {
          if (!d.someOverlap(ps, pe, (c) => c.t !== 'LOCATION')) d.add(ps, pe, 'LOCATION', 76);
          break;
        }
      }
    }
  }
}

/** `"location":"41.88,-87.62"`: a pair of decimal degrees with no blank after its comma, after a location word (RE.gps). */
function tightCoordinates20(d: Detector): void {
  const v = d.v;
  for (const m of v.matchAll(RE.gps)) {
    if (!m[0].includes(',-')) continue;
    const lat = Math.abs(parseFloat(m[1] as string));
    const lon = Math.abs(parseFloat(m[3] as string));
    if (lat > 90 || lon > 180) continue;
    if (!/(?:gps|coordinates|coords|lat(?:itude)?|long(?:itude)?|lng|geo|position|scene|location|pin)[^.\n]{0,12}$/i.test(v.slice(Math.max(0, m.index - 30), m.index))) continue;
    d.add(m.index, m.index + m[0].length, 'LOCATION', 88);
  }
}

/** Heads after which a town names the site ("Mercy Hospital Jefferson", "St. Luke's Hospital Bethlehem"). */
const HEAD_TOWN_20 = new Set(['hospital', 'clinic', 'infirmary', 'hospice', 'sanatorium']);

/**
 * A hospital found, then one blank and a town the gazetteer knows (one or two capitalized words, no state, country,
 * title or month), then the end of the name: punctuation, a line's end, a lower-case word or a digit.
 */
function headTowns20(d: Detector): void {
  const v = d.v;
  const toks = d.toks;
  const n0 = d.cands.length;
  for (let x = 0; x < n0; x++) {
    const c = d.cands[x] as Cand;
    if (c.t !== 'LOCATION' || c.p < 0 || v.charCodeAt(c.e) !== 32) continue;
    const ws = v.lastIndexOf(' ', c.e - 1);
    if (ws < c.s) continue;
    const head = v.slice(ws + 1, c.e);
    if (!/^\p{Lu}/u.test(head) || !HEAD_TOWN_20.has(head.toLowerCase())) continue;
    const i = tokenAt(d, c.e + 1);
    if (i < 0) continue;
    for (let j = Math.min(i + 1, toks.length - 1); j >= i; j--) {
      let ok = true;
      for (let q = i; q <= j; q++) {
        const t = toks[q] as Tok;
        if ((t.shape !== 'T' && t.shape !== 'U') || t.possessive || (t.m & (M.TITLES | M.MONTH_WORDS | M.STATE_WORDS)) !== 0) ok = false;
        if (q > i && t.s !== (toks[q - 1] as Tok).e + 1) ok = false;
      }
      if (!ok) continue;
      const last = toks[j] as Tok;
      const key = (toks.slice(i, j + 1) as Tok[]).map((u) => u.k).join(' ');
      if (STATE_WORDS.has(key) || (d.fl(key) & L.COUNTRY) !== 0 || !d.knownPlace(key)) continue;
      const after = v.slice(last.e, last.e + 3);
      if (!/^(?:$|[\r\n,;:()\[\]]|\.(?:\s|$)| (?:\p{Ll}|\d)|  )/u.test(after)) continue;
      if (d.someOverlap((toks[i] as Tok).s, last.e, isOtherThanPlaceOrName)) continue;
      placeOver17(d, c.s, last.e, c.p);
      break;
    }
  }
}

/** This round's passes (from run(), after placesRound19). */
export function placesRound20(d: Detector): void {
  const v = d.v;
  const rare = d.rare;
  if (rare !== undefined && (rare.has('nad') || rare.has('adr')) && (v.includes('NAD+') || v.includes('ADR+'))) ediAddresses20(d);
  if (v.includes(',-')) tightCoordinates20(d);
  headTowns20(d);
}
