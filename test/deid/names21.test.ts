// Stop 21 (docs/deid-history.md, Stop 21, "binte" and "Roles around a patient"): the Singapore spelling of the Malay patronymic joiner ("Nurul Ain
// binte Hassan") joins the names on its two sides as "binti" and "bin" do. Names are invented.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('"binte" joins a given name and a father\'s name, in prose, in a list, after a title', () => {
  typedExactly('The teacher Siti Hajar binte Yusof was also unwell.', ['Siti Hajar binte Yusof'], 'NAME');
  typedExactly('mother Tan Mei Ling,9555 0148\nNur Izzah binte Rahman,P4 Kindness,rash', ['Nur Izzah binte Rahman'], 'NAME');
  typedExactly('Seen with Ms Farah binte Ismail, 34, thyroid review.', ['Farah binte Ismail'], 'NAME');
});

test('a person after a role around the patient: a driver, a facilitator, a porter (names no lexicon knows)', () => {
  typedExactly('Driver: Mwaba Chilufya, Land Cruiser, left at 06:00.', ['Mwaba Chilufya'], 'NAME');
  typedExactly('Facilitator: Tjipe Kavari (group 2).', ['Tjipe Kavari'], 'NAME');
  typedExactly('porter Tjipe Kavari took the bloods', ['Tjipe Kavari'], 'NAME');
});

test('no name: a role before a common word, a course or an animal', () => {
  untouched('Driver Safety course completed last year.', ['Safety']);
  untouched('Guard Dog training is on Tuesdays.', ['Dog']);
  untouched('The teacher Assessment form is attached.', ['Assessment']);
});
