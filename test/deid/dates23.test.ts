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
