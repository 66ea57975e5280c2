// Stop 36: a flowsheet's row of clock times is no card number, though the run from its second group passes the Luhn
// check ("0800 1000 1200 1400 1600": "1000 1200 1400 1600"); a card's groups are no row of ascending times.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const found = (text: string): string[] => detect(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

test('a row of clock times is no card number', () => {
  assert.deepEqual(found('Time   0800 1000 1200 1400 1600\nHR     88   92   90   85   80'), []);
  assert.deepEqual(found('Turns at 1000 1200 1400 1600, skin intact.'), []);
});

test('card numbers still read, their groups not ascending times', () => {
  assert.deepEqual(found('Card 4111 1111 1111 1111 on file.'), ['ACCOUNT:4111 1111 1111 1111']);
  // Groups that read as times but not in a row's order are a number like any other (this one passes the check).
  assert.deepEqual(found('Paid by card 1600 1400 1200 1000 today.'), ['ACCOUNT:1600 1400 1200 1000']);
});
