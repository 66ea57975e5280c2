// Stop 24 (docs/deid-history.md, Stop 24): national phone numbers of other countries written without a label: a zero
// and the area's digits, then groups. Values are invented; each check of a number found fails on stop 23's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a national number written in groups after its zero, with no label', () => {
  typedExactly('Dr Chiara Bellandi, GMC 7201448, 01642 496 0218', ['01642 496 0218'], 'PHONE');
  typedExactly('Please phone the clinic on 06 555 3120 ext 214.', ['06 555 3120'], 'PHONE');
  typedExactly('Partner Yassine Benali informed at 06 55 50 12 34.', ['06 55 50 12 34'], 'PHONE');
  typedExactly('Swish him money for taxis: 070-555 31 92.', ['070-555 31 92'], 'PHONE');
  typedExactly('Tel (neighbour) (88) 9 5555-0192.', ['(88) 9 5555-0192'], 'PHONE');
  // After a fax's word, a fax.
  typedExactly('Fax for the GP 03 5550 4472 before noon.', ['03 5550 4472'], 'FAX');
});

test('numbers in groups that are no phone stay unflagged', () => {
  // Another number's label, a schedule of times, a drug's code, a range.
  untouched('batch 0123 4567 89 received', ['0123 4567 89']);
  untouched('Turns at 0800 1200 1600 2000 daily.', ['0800 1200 1600']);
  untouched('Qty 60. NDC 0003-0894-21. Refills 2.', ['0003-0894-21']);
  untouched('Pain scores 0 10 20 30 40 over the week.', ['0 10 20']);
  // A date and a time, a series rising by one step, a time and vitals (review).
  untouched('Admitted 01 12 2024 0830 via ED', ['2024 0830']);
  untouched('Glucose 05 10 15 20 25 over the day', ['05 10 15']);
  untouched('Obs 0800 132 78 96 stable', ['0800 132']);
});
