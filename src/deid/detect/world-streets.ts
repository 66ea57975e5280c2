// Stop 35 (places35): street addresses written as other countries write them, each found from a rare word of its form:
// a street's word before its name with a house number after ("Str. Mihai Eminescu nr. 22", "vul. Horodotska 120",
// "Odos Egnatia 112", "Rehov Herzl 44", "Triq il-Kappillan 17"); a Colombian grid address ("Calle 93 # 11-20", "Cra. 45
// # 58-21"); a street's word after its name ("Vaci ut 78.", "Zolitudes iela 22-41", "Kalvariju gatve 120", "Parnu mnt
// 238", "Asaru prospekts 61", "Dunavirag utca 4. 3. em. 12."); a Finnish street joined to its word ("Fleminginkatu 14 B
// 22"); Turkish quarters and streets ("Ataturk Mah. Gul Sok. No:14 D:5"); Peruvian blocks and lots ("Mz. F Lt. 9,
// Sector 2") and Philippine ones ("Blk 9 Lot 3 Camella Homes").
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { Detector } from './detector.js';

/** The rare words that wake the rules below (Detector.rare). */
export const RARE_35: readonly string[] = (
  'str vul vulytsia odos rehov triq calea aleea sos soseaua carrera cra cl kr calle diagonal transversal ' +
  'utca ut iela gatve mnt maantee prospekts prospekt shose mah mahallesi sok sokak cad caddesi mz blk'
).split(' ');

/** A capitalized word of a street's name (an initial with its stop too: "Gen.", "Sf."). */
const NW = String.raw`[A-ZÀ-ÖØ-ÞĀ-Ž][\p{L}'’-]*\.?`;
/** (In a text in capitals, no word of a sentence before the name: "LIVES AT KAZIM DIRIK MAH.", "FROM KALVARIJU GATVE".) */
// (Stop 35 review: the sentence's words capitalized too, "At Zolitudes iela 22", "From ...".)
const NWC = String.raw`(?!(?:FROM|From|AT|At|IN|In|TO|To|OF|Of|ON|On|THE|The|AND|And|LIVES|Lives|NEAR|Near|ADDRESS|Address|HOME|Home|STILL|Still|VIA|Via)\b)[A-ZÀ-ÖØ-ÞĀ-Ž][\p{L}'’-]+\.?`;
/** Small words inside a street's name ("Stefan cel Mare", "Calea lui Traian", "Rua da Paz"). */
const JOIN = String.raw`(?:de|del|de la|de los|des|du|di|da|do|dos|das|della|cel|lui|il|al|el|ha|van|von|na)`;
/** A house number: "22", "47/3", "22-41", "12B", "2091/12". */
const HOUSE = String.raw`\d{1,5}[A-Za-z]?(?:[\/-]\d{1,4}[A-Za-z]?)?`;

/** The street's word first, then its name (one to four words), then its number, with "nr."/"No."/"#" or not. */
const LEAD_35 = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:Str|str|STR|Vul|vul|VUL|Sos|sos)\.[ \t]*|(?:Vulytsia|vulytsia|Odos|odos|ODOS|Rehov|rehov|REHOV|Triq|triq|TRIQ|Calea|calea|Aleea|aleea|Soseaua|soseaua)[ \t]+)` +
    String.raw`${NW}(?:[ \t]+(?:${JOIN}[ \t]+)?${NW}){0,3},?[ \t]+(?:(?:nr|Nr|NR|no|No|NO)\.?[ \t]*|#[ \t]*)?${HOUSE}(?![\p{L}\p{N}\/-])`,
  'gu',
);
/** A Colombian grid address: the way and its number, "#" or "No.", the crossing way's number and the distance. */
const GRID_35 = /(?<![\p{L}\p{N}])(?:Calle|CALLE|calle|Carrera|CARRERA|carrera|Cra\.?|CRA\.?|cra\.?|Cl\.|CL\.|cl\.|Kr\.?|KR\.?|Diagonal|DIAGONAL|diagonal|Transversal|TRANSVERSAL|transversal|Av\.|AV\.|av\.|Avenida|AVENIDA|avenida)[ \t]*\d{1,3}[A-Za-z]?(?:[ \t]+(?:Bis|BIS|bis))?(?:[ \t]+(?:Sur|SUR|sur|Norte|NORTE|norte|Este|ESTE|este))?[ \t]*(?:#|[Nn][Oo°º]\.?)[ \t]*\d{1,3}[A-Za-z]?[ \t]*-[ \t]*\d{1,3}(?:[ \t]+(?:Sur|SUR|sur|Este|ESTE|este))?(?![\p{L}\p{N}-])/gu;
/** The street's name (one to three capitalized words), its word after it, its number; a Hungarian floor and door. */
const TRAIL_35 = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${NWC}(?:[ \t]+${NWC}){0,2}[ \t]+(?:utca|út|ut|iela|gatve|mnt\.?|maantee|prospekts|prospekt|shose|UTCA|IELA|GATVE|MNT\.?|PROSPEKTS)[ \t]+${HOUSE}(?:\.(?:[ \t]*\d{1,2}\.[ \t]*em\.[ \t]*\d{1,3}\.?)?)?(?![\p{L}\p{N}\/-])`,
  'gu',
);
/** Turkish: a quarter ("Ataturk Mah."), then a street with its kind ("Gul Sok.", "Gazi Osman Pasa Cad.", "372/8 Sok."),
 * then the building's and the door's numbers ("No:14 D:5"); either may be missing, and a street with its kind alone is
 * read too ("Gul Sok."), "Sok." and "Cad." being rare words; or a quarter alone before a stop, a comma or a number. */
const TURKISH_35 = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${NWC}[ \t]+){1,3}(?:Mah\.|Mahallesi|MAH\.)[ \t]*,?[ \t]*)?(?:(?:${NWC}|\d{1,5}(?:\/\d{1,3})?\.?)[ \t]+){1,3}(?:Sok\.|Sokak|Cad\.|Caddesi|SOK\.)[ \t]*,?[ \t]*(?:(?:No|NO)[:.]?[ \t]*\d{1,4}[A-Z]?(?:\/\d{1,3})?(?:[ \t]*D[:.]?[ \t]*\d{1,3})?)?` +
    String.raw`|(?<![\p{L}\p{N}])(?:${NWC}[ \t]+){1,3}(?:Mah\.|Mahallesi|MAH\.)(?=[ \t]*[,;.)\n]|[ \t]+\d|$)`,
  'gu',
);
/** Peru: a block and its lot ("Mz. F Lt. 9"), a sector, group or development after them ("Sector 3 Grupo 7", "Urb.
 * Pachacamac"); the Philippines: "Blk 9 Lot 3", a phase and the subdivision's name ("Phase 2", "Camella Homes"). */
const LOTS_35 = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:Mz|MZ|mz)\.?[ \t]*[A-Z0-9]{1,3}[ \t]*,?[ \t]*(?:Lt|LT|lt|Lote|LOTE|lote)\.?[ \t]*\d{1,3}[A-Z]?(?:[ \t]*,[ \t]*(?:(?:Sector|SECTOR|Grupo|GRUPO|Etapa|ETAPA)[ \t]+[0-9A-Z]{1,3}(?:[ \t]+(?:Grupo|GRUPO|Etapa|ETAPA)[ \t]+[0-9A-Z]{1,3})?|(?:Urb|URB|AA\.HH|A\.H)\.?[ \t]+${NW}(?:[ \t]+${NW}){0,2}))?` +
    String.raw`|(?:Blk|BLK|blk)\.?[ \t]*\d{1,4}[A-Z]?[ \t]*,?[ \t]*(?:Lot|LOT|lot)[ \t]*\d{1,4}[A-Z]?(?:[ \t]*,?[ \t]*(?:Phase|PHASE|Ph\.)[ \t]*\d{1,2}[A-Z]?)?(?:[ \t]+(?!(?:Brgy|Barangay|BRGY)\b)${NW}(?:[ \t]+${NW}){0,2})?)(?![\p{L}\p{N}])`,
  'gu',
);
/** Finnish streets joined to their word: "Fleminginkatu 14 B 22", "Hameenkatu 5", "Mannerheimintie 12 A 3". */
const FINNISH_35 = /(?<![\p{L}\p{N}-])(?:[\p{L}-]{2,}(?:katu|kuja|polku|KATU|KUJA)|\p{Lu}[\p{L}-]{3,}(?<!(?:[Ss]or|[Nn]eck|[Bb]ow|SOR|NECK|BOW))(?:tie|TIE))[ \t]+\d{1,4}[a-zA-Z]?(?:[ \t]+[A-Za-z](?:[ \t]+\d{1,3})?)?(?![\p{L}\p{N}\/-])/gu;

const DOSE_AFTER_35 = /^[ \t]*(?:mg|mcg|g|ml|mL|units?|iu|IU|%)(?![\p{L}])/u;
/** Adds a street found, when no other identifier lies over it (a phone, a date, an id) and no dose's unit follows it. */
function addStreet(d: Detector, s: number, e: number): void {
  // (Not a dose: "Extra Str. Tylenol 500 mg".)
  if (DOSE_AFTER_35.test(d.v.slice(e, e + 6))) return;
  if (d.someOverlap(s, e, (c) => c.p >= 0 && c.t !== 'LOCATION' && c.t !== 'NAME')) return;
  // (A place found that runs over an edge is joined, not cut: "Jr. Los Olivos Mz. K Lt. 14".)
  let a = s;
  let b = e;
  d.someOverlap(s, e, (c) => {
    if (c.p >= 0 && c.t === 'LOCATION') {
      if (c.s < a) a = c.s;
      if (c.e > b) b = c.e;
    }
    return false;
  });
  d.add(a, b, 'LOCATION', 81);
}

/** The rules above, each when one of its words is among the text's rare words (a Finnish street by a search). */
export function worldStreets35(d: Detector): void {
  const rare = d.rare;
  const v = d.v;
  if (rare !== undefined) {
    if (rare.has('str') || rare.has('vul') || rare.has('vulytsia') || rare.has('odos') || rare.has('rehov') || rare.has('triq') || rare.has('calea') || rare.has('aleea') || rare.has('sos') || rare.has('soseaua')) {
      for (const m of v.matchAll(LEAD_35)) addStreet(d, m.index, m.index + m[0].length);
    }
    if (rare.has('calle') || rare.has('carrera') || rare.has('cra') || rare.has('cl') || rare.has('kr') || rare.has('diagonal') || rare.has('transversal')) {
      if (v.includes('#') || /[Nn][Oo°º]\.? ?\d/.test(v)) for (const m of v.matchAll(GRID_35)) addStreet(d, m.index, m.index + m[0].length);
    }
    if (rare.has('utca') || rare.has('ut') || rare.has('iela') || rare.has('gatve') || rare.has('mnt') || rare.has('maantee') || rare.has('prospekts') || rare.has('prospekt') || rare.has('shose')) {
      for (const m of v.matchAll(TRAIL_35)) addStreet(d, m.index, m.index + m[0].length);
    }
    if (rare.has('mah') || rare.has('mahallesi') || rare.has('sok') || rare.has('sokak') || rare.has('cad') || rare.has('caddesi')) {
      for (const m of v.matchAll(TURKISH_35)) addStreet(d, m.index, m.index + m[0].trimEnd().replace(/,$/, '').length);
    }
    if (rare.has('mz') || rare.has('blk')) for (const m of v.matchAll(LOTS_35)) addStreet(d, m.index, m.index + m[0].length);
  }
  if (v.includes('katu ') || v.includes('tie ') || v.includes('kuja ') || v.includes('KATU ') || v.includes('TIE ')) for (const m of v.matchAll(FINNISH_35)) addStreet(d, m.index, m.index + m[0].length);
}
