// Stop 21 (docs/deid-history.md, Stop 21, "Dates of other calendars"): dates romanized from Japanese and Korean, and
// dates of the Bikram Sambat, Ethiopian and Persian calendars; and what stays unflagged. Dates are invented.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('Japanese and Korean dates in Latin letters, with an era or a year, or a month and a day', () => {
  typedExactly('Date: Reiwa 5-nen 3-gatsu 14-ka (2023.03.14)', ['Reiwa 5-nen 3-gatsu 14-ka'], 'DATE');
  typedExactly('born Showa 12-nen 7-gatsu 21-nichi, lives alone', ['Showa 12-nen 7-gatsu 21-nichi'], 'DATE');
  typedExactly('Visit 2023-nen 6-gatsu, then monthly.', ['2023-nen 6-gatsu'], 'DATE');
  typedExactly('Exam date: 2023-nyeon 4-wol 2-il   Ward 7', ['2023-nyeon 4-wol 2-il'], 'DATE');
});

test('Bikram Sambat, Ethiopian and Persian dates', () => {
  typedExactly('Camp held 2080 Poush 9 (24 December 2023).', ['2080 Poush 9'], 'DATE');
  typedExactly('weakness since Shrawan 2079, worse now', ['Shrawan 2079'], 'DATE');
  typedExactly('Date: Hamle 3, 2015 E.C. (10 July 2023)', ['Hamle 3, 2015 E.C.'], 'DATE');
  typedExactly('Referral 1402/04/19 (10 July 2023)', ['1402/04/19'], 'DATE');
  typedExactly('born 3 Aban 1380 in a village', ['3 Aban 1380'], 'DATE');
});

test('no date: a month alone, a ratio with a unit, a month word in prose, a year-like number without the era', () => {
  untouched('Planned for 11-gatsu, details later.', ['11-gatsu']);
  untouched('dilution 1350/10/15 mg as ordered', ['1350/10/15']);
  untouched('Magh is the coldest month there.', ['Magh']);
  untouched('Tir 12 2017 was printed on the box.', ['Tir 12 2017']);
});
