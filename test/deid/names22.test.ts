// Stop 22 (docs/deid-history.md, Stop 22): a given name no lexicon knows, right before a person's name found, opens that
// name; words of a role, and names found from a particle on, are left as they are. Names are invented.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a given name no lexicon knows before a name found is part of it', () => {
  typedExactly("Harold's solicitor Morwenna Tregenza came by.", ['Morwenna Tregenza'], 'NAME');
  typedExactly('Local liaison: Yevheniia Ostapenko', ['Yevheniia Ostapenko'], 'NAME');
  typedExactly('Her old teacher, Ketevan Chkheidze, visited.', ['Ketevan Chkheidze'], 'NAME');
  typedExactly('Lepto cases: Josaia Vakacegu (cane farmer)', ['Josaia Vakacegu'], 'NAME');
  typedExactly('interpreter=Pheng Xiong (cert no. 2044)', ['Pheng Xiong'], 'NAME');
});

test('a word of a role, a context word or a name from a particle on is not added', () => {
  untouched('Notes. Embryologist Farnaz Hosseini; witness present.', ['Embryologist']);
  untouched('Prescriber Jose Nguyen, MD', ['Prescriber']);
  untouched('Cabinet Medicina De Ionescu', ['Medicina']);
  // Words of kinship and care roles of other languages ("granddaughter", "doctor").
  untouched('Furosemid 40 mg. Wnuczka Zofiana Wrzosek tel. +48 555 201 77', ['Wnuczka']);
  untouched('Referral: Gydytoja Rasa Petrauskiene, poliklinika.', ['Gydytoja']);
});
