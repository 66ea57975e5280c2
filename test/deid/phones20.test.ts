// Stop 20 (docs/deid-history.md, "Stop 20: phones right after a name"): a phone number in digit groups right after a
// person's name ("Son Rupert Finch 555-0148"), in the shapes of several countries, and the look-alikes after a name that
// stay what they are (a span of years, a shift's hours, an age in brackets, a date). Names and numbers are invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { detect } from '../../src/deid/index.js';

import { typedExactly, untouched } from './span-checks.js';

test('a phone in digit groups right after a name, bare, after a comma or in brackets', () => {
  typedExactly('Handover: Foley in. Son Osric Penhallow 555-0148. From Alderbury.', ['555-0148'], 'PHONE');
  typedExactly('Husband Ivo Brackenbury, 555-0116, visits daily.', ['555-0116'], 'PHONE');
  typedExactly('NOK son Tamsin Ellery 029 2018 0477; daughter-in-law also rang.', ['029 2018 0477'], 'PHONE');
  typedExactly('Anhoriga: son Per-Olof Lindqvist (070-555 41 88), dotter i Lulea.', ['070-555 41 88'], 'PHONE');
  typedExactly('Mere Maren Haverkamp 06 55 50 12 34; pere au travail.', ['06 55 50 12 34'], 'PHONE');
  typedExactly('Caller: neighbour Harriet Quennell, +86 139 5555 0108', ['+86 139 5555 0108'], 'PHONE');
});

test('after a name, a span of years, a shift, an age, a date and a short number stay what they are', () => {
  // (A span of years after a name is no phone; another rule reads this one as a record number, see the roadmap.)
  const years = 'Worked for Harriet Quennell (2016-2021) as a cleaner.';
  assert.ok(!detect(years).some((s) => s.type === 'PHONE'), JSON.stringify(detect(years)));
  untouched('RN Osric Penhallow 1900-0700 on ward 4.', ['1900', '0700']);
  untouched('Seen: Tamsin Ellery (84), fall at home.', ['84']);
  typedExactly('Seen with Ivo Brackenbury 12-05-2020 at the clinic.', ['12-05-2020'], 'DATE');
  untouched('Patient Maren Haverkamp 45 12 kg gain.', ['45 12']);
});
