// Stop 23 (docs/deid-history.md, Stop 23): letters that stand for digits inside numbers, as OCR and look-alike writing
// leave them ("O491 57O 913", "0l62"), read as the digits they stand for; offsets and reported text stay the original's.
// Values are invented; each check of a number found fails on stop 22's code.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { detect } from '../../src/deid/index.js';
import { typedExactly, untouched } from './span-checks.js';

test('"O" and "l" inside a number are read as 0 and 1: a phone with them is found, over its original letters', () => {
  typedExactly('Tel: O491 57O 913 today', ['O491 57O 913'], 'PHONE');
  typedExactly('call back on 0l62 555 0l48 please', ['0l62 555 0l48'], 'PHONE');
  const text = 'Tel: O491 57O 913 today';
  const [span] = detect(text);
  assert.equal(text.slice(span!.start, span!.end), 'O491 57O 913');
});

test('oxygen, litres and letters inside words stay what they are', () => {
  untouched('on 2l NC, SpO2 96%, O2 sats fine, 10l bolus', ['2l', 'SpO2', 'O2', '10l']);
});

// Stop 24: single digits that count up or down by one are a scale or a count written out, not a number spelled out
// digit by digit (stop 23's code read the first two as identifiers).
test('digits that count by one, spaced, stay unflagged; a number spelled out digit by digit is still read', () => {
  untouched('Dose schedule 0 1 2 3 4 5 6 agreed', ['0 1 2 3 4 5 6']);
  untouched('Weeks 1 2 3 4 5 6 7 8 of the trial', ['1 2 3 4 5 6 7 8']);
  untouched('Countdown 9 8 7 6 5 then start', ['9 8 7 6 5']);
  typedExactly('Phone 4 6 7 1 9 9 7 3 2 0', ['4 6 7 1 9 9 7 3 2 0'], 'PHONE');
});
