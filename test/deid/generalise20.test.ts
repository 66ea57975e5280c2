// Generalisation tests, twentieth round (docs/deid-history.md, Stop 16 round, branch places20): places in machine formats and a
// town after a hospital's head, found in heldout9's misses. Every example is new and synthetic (invented names, places and
// numbers), written for the rule, not copied from any evaluation set.
import { test } from 'node:test';

import { has, notFlagged } from '../support/deid.js';

test('the street, city and postcode of an EDIFACT NAD or ADR segment', () => {
  const edi = "UNH+7+MEDRPT:D:96A:UN'\nNAD+PO++Lindqvist:Greta::Dr.+Marktgasse 14+Osnabrueck++49074'\nADR++1:Im Winkel 3+Vechta++49377'\nRFF+ZZZ:A1'";
  has(edi, 'LOCATION', 'Osnabrueck');
  has(edi, 'LOCATION', '49074');
  has(edi, 'LOCATION', 'Im Winkel 3');
  has(edi, 'LOCATION', 'Vechta');
  has(edi, 'LOCATION', '49377');
  // Other segments and a bare country code stay unflagged; a "NAD+" inside a word is no segment.
  notFlagged(edi, 'MEDRPT');
  notFlagged("NAD+BY+++Klinik Nord+Bergweg 7+Luebeck++23552+DE'", 'DE');
  notFlagged('Ratio GONAD+ADR+ 4+Amber+ 12 noted', 'Amber');
});

test('decimal degrees with no blank after the comma, after a location key', () => {
  has('{"unit":"M12","location":"41.8812,-87.6298","eta":4}', 'LOCATION', '41.8812,-87.6298');
  has('geo=47.6101,-122.2015 at pickup', 'LOCATION', '47.6101,-122.2015');
  // Not after a location word: a dose pair, a score.
  notFlagged('ratio 12.5000,-3.2500 after titration', '12.5000');
});

test("a town the gazetteer knows after a hospital's head is part of its name", () => {
  has('EMS took her to Mercy Hospital Joplin; vitals stable.', 'LOCATION', 'Mercy Hospital Joplin');
  has("Letter from St. Mary's Hospital Rochester, fax on file.", 'LOCATION', "St. Mary's Hospital Rochester");
  // Not a town: a weekday, a state, a capitalized word that is no place; a name after the town.
  has('Admitted to Mercy Hospital Friday.', 'LOCATION', 'Mercy Hospital');
  has('Seen at Mercy Hospital Iowa campus.', 'LOCATION', 'Mercy Hospital');
  notFlagged('Seen at Mercy Hospital Iowa campus.', 'Iowa');
});
