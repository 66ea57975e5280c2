// Stop 26 (docs/deid-history.md, Stop 26): a date whose whole group OCR read as letters ("ll/24/2026"). Values are
// invented; each check of a date found fails on stop 25's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test("a date's group read as letters by OCR", () => {
  typedExactly('Ph0ne: 410 555 0l26   Date: ll/24/2026\nRe: follow-up', ['ll/24/2026'], 'DATE');
  typedExactly('Phone: (5l0) 555-0133\nDate: ll-25-2026\nFacility: Oak Gardens', ['ll-25-2026'], 'DATE');
});

test('intake and output, oxygen and interleukins stay as they are', () => {
  untouched('I/O balanced. O2/O5 sats stable. Il-6 pending. Vol-2 of the chart.', ['I/O', 'O2/O5', 'Il-6', 'Vol-2']);
  // (The hostile review's: spine levels and a classification's roman numeral before its year.)
  untouched('disc bulges l2-l3-l4; decompression l1/l2/l3. WHO grade I-2016, FIGO II-2018.', ['l2-l3-l4', 'l1/l2/l3', 'I-2016', 'II-2018']);
});
