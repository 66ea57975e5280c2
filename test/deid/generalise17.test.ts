// Generalisation tests, seventeenth round (docs/deid-history.md, Stop 15 second wave, branch places17): places by the layout of
// an address, the office or branch beside a town, and hospitals named in other languages, found in the open sets
// (heldout7 first, then heldout4-6 and train4-7). Every example is new and synthetic (invented names, places and
// numbers), written for the rule, not copied from any evaluation set.
import { test } from 'node:test';

import { covered, found, has, notFlagged } from '../support/deid.js';

test('a town before its police, fire or EMS office', () => {
  has('Extricated by Eau Claire FD, then transported.', 'LOCATION', 'Eau Claire');
  has('Report taken by Bedford Heights PD; case pending.', 'LOCATION', 'Bedford Heights');
  // Not a town: a disease, a dialysis mode, a person.
  notFlagged('History of PD, on carbidopa; home PD nightly.', 'PD');
  // (A person after a title stays a name.)
  has('Seen by Dr. Walsh FD clinic notes reviewed.', 'NAME', 'Walsh');
});

test("a facility's branch after a spaced dash", () => {
  covered('Standing order faxed to Harbor Lung Center - Corpus Christi today.', 'Harbor Lung Center - Corpus Christi', 'LOCATION');
  covered('CT booked at Hillcrest Imaging - Tolmie on Monday.', 'Hillcrest Imaging - Tolmie', 'LOCATION');
  // A section or a person after the dash is no branch.
  notFlagged('ORTHOPEDIC CLINIC - Discharge Instructions follow.', 'Discharge');
  notFlagged('Lakeside Clinic - Follow up in 2 weeks.', 'Follow');
});

test('units, plots and floors around a street', () => {
  covered('Home: 3317 Mesquite Rd Trlr 9, Anthony, TX 79821', '3317 Mesquite Rd Trlr 9', 'LOCATION');
  covered('Sunrise Clinic\nPlot 3, Tunde Bakare Street, Surulere\nTel: 01 555', 'Plot 3, Tunde Bakare Street', 'LOCATION');
  covered('Home: Tai Hing Court, 3/F, 41 Shek Pai Street, Kwai Chung, New Territories', '3/F, 41 Shek Pai Street', 'LOCATION');
  covered('Adres: ul. Lipowa 12 m. 4, 20-020 Lublin', 'ul. Lipowa 12 m. 4', 'LOCATION');
  // A lot number of a vaccine is no unit.
  notFlagged('Influenza vaccine Lot 4471B given L deltoid.', '4471B');
});

test('Nordic streets with their number and the postcode after a street', () => {
  covered('Lives at Kungsgatan 18, 411 19 Goteborg since 2019.', 'Kungsgatan 18, 411 19 Goteborg', 'LOCATION');
  covered('Lives at Sveavagen 44, 113 59 Stockholm with her son.', 'Sveavagen 44, 113 59', 'LOCATION');
  covered('Staying at Vestergade 22, 8000 Aarhus C.', 'Vestergade 22', 'LOCATION');
  // A blood pressure or a score is no postcode.
  notFlagged('BP 128 76 Sitting, repeat later.', '128');
});

test('a street without its number, a locality and a postal district inside an address line', () => {
  covered('Referred from Hillview Health Centre, Old Hope Road, Kingston 6\nPatient seen.', 'Old Hope Road', 'LOCATION');
  covered('Referred from Hillview Health Centre, Old Hope Road, Kingston 6\nPatient seen.', 'Kingston 6', 'LOCATION');
  covered('Care home: Tung Lok House, 16 Pei Ho Street, Sham Shui Po, Kowloon', 'Sham Shui Po', 'LOCATION');
  // A ward or a bed between places is no locality.
  notFlagged('Moved from 12 Elm Street, Ward 5, Boston General.', 'Ward');
});

test('townships and mile markers', () => {
  has('Call location: Unity Township, rollover.', 'LOCATION', 'Unity Township');
  covered('MVC reported at I-80 eastbound mile 143 with two vehicles.', 'I-80 eastbound mile 143', 'LOCATION');
  covered('Loc: SR-28 NB at MM 61, unit en route.', 'SR-28 NB at MM 61', 'LOCATION');
  // A dose or a length in millimetres is no mile marker.
  notFlagged('Lesion 12 mm, walks 1 mile daily.', '12');
  notFlagged('Lesion 12 mm, walks 1 mile daily.', '1 mile');
});

test('a town before a region after "from", "in" or "near"', () => {
  has('Seasonal worker from Tekax, Yucatan; arrived in May.', 'LOCATION', 'Tekax');
  has('Seasonal worker from Tlacolula, Oaxaca; arrived in May.', 'LOCATION', 'Tlacolula');
  notFlagged('Patient from Yucatan, no recent travel.', 'Yucatan');
});

test('hospitals named in other languages', () => {
  has('Seen at Karolinska sjukhuset, akuten, in May.', 'LOCATION', 'Karolinska sjukhuset');
  covered('Transferred from Szpital Wojewodzki im. sw. Lukasza in Tarnow.', 'Szpital Wojewodzki im. sw. Lukasza', 'LOCATION');
  has('Accepted by Utrecht UMC, neurology ward.', 'LOCATION', 'Utrecht UMC');
  // The head words alone, or in lower case running text, name no place.
  notFlagged('The UMC protocol was followed.', 'UMC');
  notFlagged('Records from the szpital were not sent.', 'szpital');
});

test('no span of the new rules in plain clinical text', () => {
  const t = 'Pt ambulated 1 mile. PD catheter site clean. Lot 12 of insulin given. Centre - Left side weakness.';
  const spans = found(t);
  for (const s of spans) if (s.startsWith('LOCATION:')) throw new Error(`unexpected place ${s}`);
});
