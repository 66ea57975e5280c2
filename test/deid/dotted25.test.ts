// Stop 25 (docs/deid-history.md, Stop 25): a day and a month written with a point and no year ("18.11.", "Next visit
// 12.12", "Friday 28.11", "02.09 - la domiciliu" after "01.09.2026"). Values are invented; each check of a date found
// fails on stop 24's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a point after the month where a cell, a field or a clause ends', () => {
  typedExactly('Br | Ime | Dob | Soba | Datum | Test | Ishod\n1 | Ivana Kralj | 91 | 12 | 17.11. | Ag+ | KB Dubrava\n2 | Marko Juras | 86 | 14 | 18.11. | PCR+ | u domu', ['17.11', '18.11'], 'DATE');
  typedExactly('Gruber, Lena  | Dosis 1 04.06. | Dosis 2 02.07.\n', ['04.06.', '02.07.'], 'DATE');
});

test('a cue word before a day and a month', () => {
  typedExactly('No transfers on Shabbat (sunset Friday 27.11).', ['27.11'], 'DATE');
  typedExactly('Visiting Shabbat 30.1 per family.', ['30.1'], 'DATE');
  typedExactly('Catheter removed. Next visit 14.12.\n', ['14.12'], 'DATE');
});

test('a day and a month opening a log\'s line in a text that wrote a full date with points', () => {
  typedExactly('01.09.2026 - doza la dispensar.\n02.09 - la domiciliu.\n07.09 - revenit.', ['02.09', '07.09'], 'DATE');
});

test('decimals, lab values, times, versions and sections stay unflagged', () => {
  untouched('Hb 10.10. Plan: transfuse. INR 3.11 today, K 4.10 mmol/L.', ['10.10', '3.11', '4.10']);
  untouched('Post transfusion HCT this am 24.6. Dr aware.', ['24.6']);
  untouched('Meeting at 10.05, then rounds um 11.10 Uhr. Dose 2.10 mg on 12.10 ml/h.', ['10.05', '11.10', '2.10', '12.10']);
  untouched('See section 3.10. Version 2.11. Table 1.12 shows weight 70.12 kg.', ['3.10', '2.11', '1.12', '70.12']);
  untouched('Temp 36.6, glucose 5.12, score 3.4.', ['36.6', '5.12', '3.4']);
  // A text that wrote a full date with points: a value inside a sentence stays a value.
  untouched('12.10.2025: Hb 11.02, INR 1.10 - stable.', ['11.02', '1.10']);
  untouched('Admitted 03.11.2024. eGFR 60. Creat 1.10. Albumin 3.10. Bilirubin 1.12.', ['1.10', '3.10', '1.12']);
  untouched('Letter dated 03.11.2024. Time of arrival 10.05, seen 10.40, discharged 12.10.', ['12.10']);
  // A weekly dose after a weekday, a time after "since" or "due", a flow after "on", a last value with its point.
  untouched('Warfarin: Mon 2.5. Tue 3. Wed 2.5. Thu 3. Fri 2.5.', ['2.5']);
  untouched('Nil by mouth since 22.10 last night. Next dose due 12.10 tonight. Sats on 2.10 NC.', ['22.10', '12.10', '2.10']);
  untouched('HCT 0.42, MCV 88, RDW 12.10.\nGlucose 11.12.', ['12.10', '11.12']);
  // A lab value in a table's cell with its point, a distance or a level after a weekday (review).
  untouched('| Hb | 10.11. |\n| Lactate | 10.11. |\n| Glucose | 12.10. |', ['10.11', '12.10']);
  untouched('Sat 12.5 km run. Fri 10.12 ng/mL level.', ['12.5', '10.12']);
});
