// Stop 23 (docs/deid-history.md, Stop 23): dates with the month names of more languages after a day (Turkish, Malay,
// Indonesian, Dutch, the Nordic languages, Polish, Czech, Finnish), and a day with its point before an English month's
// name. Values are invented; each check of a date fails on stop 22's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a day, then a month of another language, then maybe a year', () => {
  typedExactly('Tarikh: 9 Ogos 2025', ['9 Ogos 2025'], 'DATE');
  typedExactly('Randevu: 3 Mart 2026 saat 10', ['3 Mart 2026'], 'DATE');
  typedExactly('Brno, 17. března 2025', ['17. března 2025'], 'DATE');
  typedExactly('Helsinki 5. marraskuuta 2025', ['5. marraskuuta 2025'], 'DATE');
  // A month that is a name or a word too needs its year, its point or a diary's colon.
  typedExactly('14 Kasım: dialysis went well', ['14 Kasım'], 'DATE');
  untouched('He ate 2 mac and cheese', ['mac']);
  untouched('Seen 3 Mei, then left', ['3 Mei']);
});

test('a day with its point before an English month and a year, as German and Nordic texts write it', () => {
  typedExactly('Oslo, 5. november 2026', ['5. november 2026'], 'DATE');
});

// Stop 24 (docs/deid-history.md, Stop 24): a short date beside a date of the same shape found in its line.
test('a day and a month without a year, beside a date of the same shape in its line', () => {
  typedExactly('Absences: Liam Toole 6th class - D&V - out 21/11 back 23/11', ['23/11'], 'DATE');
  typedExactly('R | Agnes Moray | Rm 3 | 21/11 | 24/11 | recovered', ['24/11'], 'DATE');
  // Fractions, counts and measures in the same line stay unflagged.
  untouched('BCx 11/10 2/2 bottles; repeat 11/11 1/2; 11/12 ngtd.', ['2/2', '1/2;']);
  untouched('Seen 12/11, strength 4/4 strength, vent 10/5 of peep', ['4/4', '10/5']);
  untouched('21/11 PHQ 9 score, mood 6/10', ['6/10']);
  untouched('21/11 completed 10/12 doses of abx', ['10/12']);
});
