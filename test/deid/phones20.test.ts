// Stop 20 (docs/deid-history.md, "Stop 20: phones right after a name"): a phone number in digit groups right after a
// person's name ("Son Rupert Finch 555-0148"), in the shapes of several countries, and the look-alikes after a name that
// stay what they are (a span of years, a shift's hours, an age in brackets, a date). Names and numbers are invented.
import { test } from 'node:test';

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
  // (Nor a record number in brackets after a name: that rule skips years and hours too.)
  untouched('Worked for Harriet Quennell (2016-2021) as a cleaner.', ['2016', '2021']);
  untouched('Night staff: Osric Penhallow (1900-0700), ward 4.', ['1900', '0700']);
  untouched('RN Osric Penhallow 1900-0700 on ward 4.', ['1900', '0700']);
  untouched('Seen: Tamsin Ellery (84), fall at home.', ['84']);
  typedExactly('Seen with Ivo Brackenbury 12-05-2020 at the clinic.', ['12-05-2020'], 'DATE');
  untouched('Patient Maren Haverkamp 45 12 kg gain.', ['45 12']);
});

test('a phone or a fax in digit groups after a word that calls for one', () => {
  typedExactly('Daughter collects at 5, tlf 555 01 447.', ['555 01 447'], 'PHONE');
  typedExactly('Metformin 1g bd / ph 7755 014', ['7755 014'], 'PHONE');
  typedExactly('Referral faxed to 09 555 0413 this morning.', ['09 555 0413'], 'FAX');
  typedExactly('Handover faxed to 02 5550 1177, phoned 02 5550 1176 after.', ['02 5550 1177'], 'FAX');
  typedExactly('Handover faxed to 02 5550 1177, phoned 02 5550 1176 after.', ['02 5550 1176'], 'PHONE');
  typedExactly('Please contact me on 09 555 0172 to arrange.', ['09 555 0172'], 'PHONE');
  typedExactly('Enquiries: 1300 555 018.', ['1300 555 018'], 'PHONE');
});

test('after such a word, a pH, a line of a form, a span of hours and a short number stay unflagged', () => {
  untouched('ABG: ph 7.35, pCO2 48.', ['7.35']);
  untouched('See line 2 of 5 on the form.', ['2 of 5']);
  untouched('Call 0800-1700 weekdays only.', ['0800', '1700']);
  untouched('Tel ext 2214 for the ward.', ['2214']);
});
