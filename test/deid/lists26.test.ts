// Stop 26 (docs/deid-history.md, Stop 26): a person in a list of people whose items are built alike, after a name
// found. Values are invented; each check of a name found fails on stop 25's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a listed person whose item is built as the name found before it', () => {
  typedExactly('Siblings: Taras (9, 1 dose), Martin (7 months) - IG given.', ['Martin'], 'NAME');
  // (A bracket's age may end the sentence.)
  typedExactly('Children Taras (9, 1 dose), Martin (7 months). Mother consents.', ['Martin'], 'NAME');
  typedExactly('Who to call at the nursing station: Robert 616-555-0121, Carol 520-555-0160.', ['Carol'], 'NAME');
});

test('lists of other things, and records parted by a semicolon, stay as they are', () => {
  untouched('Meds: Lisinopril 10, Metoprolol 25, Aspirin 81', ['Lisinopril', 'Metoprolol', 'Aspirin']);
  untouched('MINUTES ANITA CHAUDHRY 03/03/2026; DISTRIBUTED 04/03/2026.', ['DISTRIBUTED']);
  untouched('Household: mother Rosa Tafoya 39, Monday 6, Tuesday 3', ['Monday', 'Tuesday']);
  // (The hostile review's: an audit trail, a phone list's words, obstetric terms, vitals, a bay after a patient.)
  untouched('Signed: Anita Raghunathan 03/03/2026, Amended 04/03/2026', ['Amended']);
  untouched('Robert Jones 616-555-0121, Office 616-555-0199', ['Office']);
  untouched('Amina Yusuf 29, Gravida 3, Para 2. Mary Jones 67, Wt 70, Ht 16. Mr John Smith 72, Bay 3, Room 12', ['Gravida', 'Para', 'Wt', 'Bay']);
  // (The second review's: a household's baby, a contact list's nanny, a rota's porter.)
  untouched('Lives with partner Sam and children Leo (6), Mia (3), Baby (4 mo).', ['Baby']);
  untouched('Emergency contacts: Sarah 07700 900123, Nanny 07700 900456. Staffing: Sarah 6, Tom 6, Porter 1', ['Nanny', 'Porter']);
});
