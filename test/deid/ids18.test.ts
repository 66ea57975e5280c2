// Phones with a trunk prefix and no label, plates after the vehicles of other countries, council numbers in other shapes
// (docs/deid-history.md, "Stop 18, main"). Every example is invented for the rule.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { found, has, notFlagged } from '../support/deid.js';

test('a local number with its trunk prefix is a phone without a label', () => {
  has('Contact: son Baraka Otieno (0722 481 309) will collect.', 'PHONE', '0722 481 309');
  has('Next of kin: wife, Adaeze Nwosu, 0803 214 7765.', 'PHONE', '0803 214 7765');
  has('Informant: aunt Chanda Phiri, 0966 310 442.', 'PHONE', '0966 310 442');
  has('Guardian: uncle Imran Qureshi 0345 7781204.', 'PHONE', '0345 7781204');
  has('the family can be reached at (21) 98812-4470 after 6 pm.', 'PHONE', '(21) 98812-4470');
  // Eight digits are shift times, and a count before its unit is no phone.
  notFlagged('gave 0412 555 019 units over the shift', '0412');
  notFlagged('Obs due 0800 1200 1600, then 4-hourly.', '0800 1200');
});

test('a plate after an ambulance, a taxi, a motorbike or a pickup, in the shapes of many countries', () => {
  has('Ambulance KBZ 614T arrived at 10:40.', 'VEHICLE', 'KBZ 614T');
  has('Transport: taxi GTR 553 NW, driver Sipho.', 'VEHICLE', 'GTR 553 NW');
  has('came by motorbike UAX 902K with his brother.', 'VEHICLE', 'UAX 902K');
  has('Land Cruiser BAH 7718 left the clinic at noon.', 'VEHICLE', 'BAH 7718');
  has('Ambulance (LAG-442-KJ) broke down on the road.', 'VEHICLE', 'LAG-442-KJ');
  has('tricycle NCR 2291 brought the patient from the barangay.', 'VEHICLE', 'NCR 2291');
  has('Vehicle: white Hilux, CHN-41-77.', 'VEHICLE', 'CHN-41-77');
  // Words and clinical abbreviations after a vehicle are no plate; "REG" (regular insulin) and an agar plate are no cue.
  notFlagged('Ambulance ETA 10 min, crew of two.', 'ETA 10');
  notFlagged('10U REG IN AM. 6PM BS 198, NO INSULIN GIVEN. PT TOLERATING DIET, FAMILY UPDATED BY PHONE AND AWARE.', 'BS 198');
  notFlagged('Blood agar plate, GBS 214 colonies; he came by car.', 'GBS 214');
});

test("a council's registration number with letters and slashes, or a letter prefix", () => {
  has('Dr. Chiamaka Obi, MBBS (MDCN Reg. MDCN/R/40219)', 'LICENSE', 'MDCN/R/40219');
  has('Dr. Kofi Mensah (MDC MDC/RN/20931)', 'LICENSE', 'MDC/RN/20931');
  has('Dr. Suresh Nair (KMC Reg. 44871)', 'LICENSE', '44871');
  has('Nurse Wanjiru Kamau, NCK reg. no. 77120', 'LICENSE', '77120');
  // A council's acronym that is also a clinical abbreviation needs its "reg." or its own shape: KMC, kangaroo care.
  notFlagged('KMC 12 hours a day, baby gaining weight.', '12');
});

test('an age over 89 right after a name, in a row of a table or a list, or after "is"', () => {
  has('07 | Halvorsen, Sigrid | 94 | Tromso | 02.12', 'AGE_OVER_89', '94');
  has('PAPAS, Eleni,97,F,Carlton,05/05/2025', 'AGE_OVER_89', '97');
  has('- Somchai Wongsa, 92, Hang Dong, dog bite', 'AGE_OVER_89', '92');
  has('client Margarethe Vogelsang (96) seen at home', 'AGE_OVER_89', '96');
  has('VAN DIJK, HENDRIKA (93 JAAR) 010 555 0199', 'AGE_OVER_89', '93');
  has('BAY 2 BED 4  O\'SULLIVAN, BRIDGET      91Y   ADMITTED', 'AGE_OVER_89', '91');
  has('my grandmother Ilse is 95 and lives alone', 'AGE_OVER_89', '95');
  // A number after a name that is a weight, a street number or a reading is no age.
  for (const text of ['Halvorsen, Sigrid | 94 kg | Tromso', 'Contact: Anna Kowalska, 92 Elm Street, Leeds', 'Margarethe Vogelsang, 98.6 F this morning']) {
    assert.deepEqual(found(text).filter((f) => f.startsWith('AGE_OVER_89')), [], text);
  }
});
