// Generalisation tests, probe round places27 (docs/deid-history.md, Stop 16, probe round: places): a postcode and a town after a
// street of another country with its floor or flat, a site's head after a place found, prisons named after a prefix, place
// fields the address-line rule does not read, and a town after a site and "in". Every example is new and synthetic
// (invented names, places and numbers), written for the rule from the round's own battery, not copied from any set.
import { test } from 'node:test';

import { covered, has, notFlagged } from '../support/deid.js';

test('a postcode and a town after a street with its house number, a floor or a flat between', () => {
  // A street with no suffix before a postcode of five digits in two groups (Czech, Slovak) and a district's number.
  has('Bydliště: Vinohradská 1204/38, 120 00 Praha 2', 'LOCATION', 'Vinohradská 1204/38');
  has('Bydliště: Vinohradská 1204/38, 120 00 Praha 2', 'LOCATION', '120 00');
  has('Bydliště: Vinohradská 1204/38, 120 00 Praha 2', 'LOCATION', 'Praha 2');
  has('Adresa: Hlavná 27, 040 01 Košice', 'LOCATION', 'Hlavná 27');
  has('Adresa: Hlavná 27, 040 01 Košice', 'LOCATION', '040 01');
  // A floor or a door between the street and the postcode; the town read as a name before.
  has('Patient lives at Rua das Flores 118, 2º Esq., 4050-262 Porto', 'LOCATION', '4050-262');
  has('Patient lives at Rua das Flores 118, 2º Esq., 4050-262 Porto', 'LOCATION', 'Porto');
  covered('Patient lives at Rua das Flores 118, 2º Esq., 4050-262 Porto', '2º Esq', 'LOCATION');
  has('Address: Vesterbrogade 112, 2. tv., 1620 København V', 'LOCATION', '1620');
  has('Address: Vesterbrogade 112, 2. tv., 1620 København V', 'LOCATION', 'København V');
  // Particles inside the town.
  has('Send letters to Hauptstraße 17, 3. OG links, 67433 Neustadt an der Weinstraße', 'LOCATION', 'Neustadt an der Weinstraße');
  // Not an address: a bed or a dose before the comma, a unit or a common word after the number, a US house number and
  // its street after a facility.
  notFlagged('Bed 12, 1200 Units given.', '1200');
  notFlagged('Lasix 40, 1000 Ml fluid.', '1000');
  notFlagged('Ward 5, 4410 Normal saline running.', '4410');
  has('Digestive Care Center, 1180 Larkin Pkwy, Suite 210, Dalton', 'LOCATION', '1180 Larkin Pkwy, Suite 210');
});

test("a site's capitalized head after a place found, and a town after a site and \"in\"", () => {
  has('Kakuma Refugee Camp, Block 4, Kakuma 2', 'LOCATION', 'Kakuma Refugee Camp');
  has("Attends Saint Brendan's Primary School, year 4.", 'LOCATION', "Saint Brendan's Primary School");
  has('Works night shifts at the Fenwick Distribution Centre in Thurrock.', 'LOCATION', 'Thurrock');
  // Not a town: a month, a language; a lower-case head stays outside the name. (Stop 35: a month alone after "in" is a
  // date's element, no place.)
  has('Seen at the Royal Free Hospital in June, and at the clinic in Spanish.', 'DATE', 'June');
  notFlagged('Seen at the Royal Free Hospital in June, and at the clinic in Spanish.', 'Spanish');
  notFlagged('Attends Sunday School weekly.', 'Sunday');
  notFlagged('Lives in Dadaab refugee camp, block C.', 'camp');
});

test('a prison named after its prefix', () => {
  has('Inmate at HMP Wealstun, transferred for assessment.', 'LOCATION', 'HMP Wealstun');
  has('Returned to FCI Marlow Ridge after the scan.', 'LOCATION', 'FCI Marlow Ridge');
  // Not a prison: the prefix alone or before an everyday word.
  notFlagged('HMP staff informed of the plan.', 'HMP');
  notFlagged('FMC Dialysis unit called.', 'FMC');
});

test('place fields after labels the address-line rule does not read', () => {
  has('Village: Nyamirambo\nSector: Nyarugenge', 'LOCATION', 'Nyarugenge');
  has('Town of residence: Carrick-on-Shannon', 'LOCATION', 'Carrick-on-Shannon');
  has('Locality: Kandy\nDS Division: Gangawata Korale', 'LOCATION', 'Gangawata Korale');
  has('Parish: St Mary, Jamaica\nDistrict: Port Maria', 'LOCATION', 'Port Maria');
  // Not a place: an everyday word, a state, a country.
  notFlagged('Sector: Private\nDistrict: Central\nTown of residence: Texas', 'Private');
  notFlagged('Sector: Private\nDistrict: Central\nTown of residence: Texas', 'Central');
  notFlagged('Sector: Private\nDistrict: Central\nTown of residence: Texas', 'Texas');
  notFlagged('Municipality: Canada', 'Canada');
});
