// Stop 20 (docs/deid-history.md): names joined by "anak" (Iban, Dayak) and Vietnamese names of a family name, "Van" or
// "Thi" and given names, whose words alone are particles or everyday words. Names are invented.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('an Iban or Dayak name joined by "anak" is one name, as one joined by "bin" or "binti"', () => {
  typedExactly('Name: Linggi anak Sandai   IC 690914-12-5583', ['Linggi anak Sandai'], 'NAME');
  typedExactly('Patient: Nyalau anak Jimbai, 70M, from Sibu.', ['Nyalau anak Jimbai'], 'NAME');
  typedExactly('Lives with wife Sendi anak Ugak and grandson Robert.', ['Sendi anak Ugak'], 'NAME');
  // A child in Malay prose is no joiner: "anak" stays a word.
  untouched('Ali bawa anak ke klinik pagi ini.', ['anak']);
});

test('a Vietnamese name of a family name, "Van" or "Thi" and given names, in any one case', () => {
  typedExactly('Parents: father Le Van Hung, mother Pham Thi Lan.', ['Le Van Hung', 'Pham Thi Lan'], 'NAME');
  typedExactly('FAMILY: WIFE LE THI HOA SPEAKS VIETNAMESE ONLY.', ['LE THI HOA'], 'NAME');
  typedExactly('contact officer vo thi kim ngan, next round in may', ['vo thi kim ngan'], 'NAME');
  // In capitals a second given name that is a word is the sentence going on; "Van" alone after "Le" is no name.
  untouched('FAMILY: WIFE LE THI HOA SPEAKS VIETNAMESE ONLY.', ['SPEAKS']);
  untouched('Le Van pulled up outside the clinic.', ['Le Van']);
});
