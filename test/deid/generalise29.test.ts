// Generalisation tests, probe round places29 (docs/deid-history.md, Stop 17, probe round: places): places by a kind noun in lower
// case, vCard ADR components, care sites and schools named head first in other languages, workplaces and aid sites by
// their head, care sites typed in lower case, more place fields, clinical services before "Clinic". Every example is new
// and synthetic (invented names, places and numbers), written for the rule from the round's own battery, not copied from
// any set.
import { test } from 'node:test';

import { has, notFlagged } from '../support/deid.js';

test('a place by a kind noun in lower case: "the X market", "the village of X", "a village called X"', () => {
  has('Address: near the Kariakoo market, Dar es Salaam', 'LOCATION', 'Kariakoo');
  has('Lives opposite the Gikomba market, Nairobi.', 'LOCATION', 'Gikomba');
  has('Grew up in the Hackney borough of London.', 'LOCATION', 'Hackney');
  has('Grew up in the Hackney borough of London.', 'LOCATION', 'London');
  has('He lives in the village of Ballinafad.', 'LOCATION', 'Ballinafad');
  has('From a village called Nyabihu in the Western Province.', 'LOCATION', 'Nyabihu');
  // Not a place: everyday words, a sentence's first word, a state.
  notFlagged('Market price of insulin is rising; the Medicare market is complex.', 'Market');
  notFlagged('She moved to the town of Kerala last year.', 'Kerala');
  notFlagged('He lives in the Friday market area.', 'Friday');
});

test('vCard ADR: the extended address, the street, the locality and the postal code, not the region or the country', () => {
  const vc = 'BEGIN:VCARD\nVERSION:3.0\nFN:Lena Vogt\nADR;TYPE=home:;;Lindenweg 5;Freiburg;;79100;Germany\nEND:VCARD';
  has(vc, 'LOCATION', '79100');
  has('ADR;TYPE=WORK:;Suite 300;450 Harbour Blvd;Wollongong;NSW;2500;Australia', 'LOCATION', 'Suite 300');
  has('ADR;TYPE=WORK:;Suite 300;450 Harbour Blvd;Wollongong;NSW;2500;Australia', 'LOCATION', '2500');
  notFlagged('ADR;TYPE=WORK:;Suite 300;450 Harbour Blvd;Wollongong;NSW;2500;Australia', 'NSW');
  notFlagged(vc, 'Germany');
  notFlagged('ADR;TYPE=home:;;;;;;', 'ADR');
});

test('care sites and schools named head first in other languages', () => {
  has('Rx faxed to Farmacia San Rocco, Treviso.', 'LOCATION', 'Farmacia San Rocco');
  has('Follow-up at Centre de Santé Mwana Mboka.', 'LOCATION', 'Centre de Santé Mwana Mboka');
  has('Seen at Polyclinique du Parc, Toulouse.', 'LOCATION', 'Polyclinique du Parc');
  has('Followed at the Unidad de Salud Familiar Las Acacias.', 'LOCATION', 'Unidad de Salud Familiar Las Acacias');
  // A head with no name after it.
  notFlagged('La farmacia está cerrada. Centre de santé fermé.', 'farmacia');
});

test('workplaces, aid sites and German schools by their head; care sites in lower case', () => {
  has('Employed at the Ridgeback Mine near Kalgoorlie.', 'LOCATION', 'Ridgeback Mine');
  has('Volunteers at the Westgate Food Bank.', 'LOCATION', 'Westgate Food Bank');
  has('Sleeping at the Jubilee Night Shelter on Cross Lane.', 'LOCATION', 'Jubilee Night Shelter');
  has('Employer / workplace: Northgate Bus Depot', 'LOCATION', 'Northgate Bus Depot');
  has('Her son goes to Lindenhof Grundschule.', 'LOCATION', 'Lindenhof Grundschule');
  has('discharged home to brookfield nursing home', 'LOCATION', 'brookfield nursing home');
  // (Stop 31: the town after the head is part of the facility's name, one span.)
  has("transferred from st vincent's hospital melbourne", 'LOCATION', "st vincent's hospital melbourne");
  has('picks up meds at greenway pharmacy', 'LOCATION', 'greenway pharmacy');
  // Everyday words before a one-word head; services and drugs before a lower-case head.
  notFlagged('Worked in a Gold Mine and later at the Coal Mine.', 'Gold');
  notFlagged('Mine is worse at night.', 'Mine');
  notFlagged('needs a nursing home; the local pharmacy; warfarin clinic; the mental health centre', 'local');
  notFlagged('went to the psych hospital, then ortho clinic', 'psych');
});

test('more place fields, and clinical services before "Clinic"', () => {
  has('Barangay: Poblacion', 'LOCATION', 'Poblacion');
  has('Quartier: Belleville', 'LOCATION', 'Belleville');
  notFlagged('Barangay: Unknown\nQuartier: Central', 'Unknown');
  notFlagged('Seen in the Diabetes Clinic and the Memory Clinic.', 'Memory Clinic');
  notFlagged('LYMPHOEDEMA CLINIC review booked; Falls Clinic next week.', 'Falls');
});

test('the cells of an HTML table row after a street: a town and a postcode; null values of address fields', () => {
  const row = '<tr><td>Address</td><td>31 Heron Way</td><td>Kendal</td><td>LA9 4PQ</td></tr>';
  has(row, 'LOCATION', 'Kendal');
  has(row, 'LOCATION', 'LA9 4PQ');
  has('<tr><td>Dlamini</td><td>88 Long Street</td><td>Durban</td><td>4001</td></tr>', 'LOCATION', 'Durban');
  // Not a town or a postcode: a year, a drug, a state, a cell after no street.
  notFlagged('<tr><td>12 Oak Rd</td><td>2019</td><td>Metformin</td></tr>', '2019');
  notFlagged('<tr><td>12 Oak Rd</td><td>2019</td><td>Metformin</td></tr>', 'Metformin');
  notFlagged('<tr><td>2 Bay Rd</td><td>Texas</td></tr>', 'Texas');
  // Null values.
  notFlagged('<city>Unknown</city><postalCode>00000</postalCode>', 'Unknown');
  notFlagged('{"address":[{"line":["Unknown"],"city":"Not known","postalCode":"N/A"}]}', 'Not known');
  notFlagged('<city>UNK</city><county>N/A</county>', 'UNK');
});
