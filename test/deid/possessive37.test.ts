// Stop 37 (main line): given names before "'s" and a relative or a person's own things, given names that are also words
// before a person's verb or after a verb whose object is a person, and no "S." of "P.S." taken into a name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const typed = (text: string, type: string): string[] => detect(text).filter((s) => s.type === type).map((s) => text.slice(s.start, s.end));
const at = (text: string, type: string): Array<[number, number]> => detect(text).filter((s) => s.type === type).map((s) => [s.start, s.end]);

test("a given name before 's and a relative, also a given name that is a word, in mixed case and in capitals", () => {
  const t = "Pt resting. Mike's wife called at noon.";
  assert.deepEqual(typed(t, 'NAME'), ['Mike']);
  assert.deepEqual(at(t, 'NAME'), [[12, 16]]);
  assert.deepEqual(typed("Plan reviewed. Grace's daughter is her proxy.", 'NAME'), ['Grace']);
  assert.deepEqual(typed('HI DR AMARA ITS KAYLA, JO\'S DAUGHTER. MOM HAS BEEN UNWELL SINCE TUESDAY.', 'NAME').includes('JO'), true);
  // A word for the child or a relative before 's is none: "Baby's father", "Mother's sister".
  assert.deepEqual(typed("Delivered at 0410. Baby's father present. Mother's sister visited.", 'NAME'), []);
});

test("a given name before 's and a person's own things, not an eponym before its head", () => {
  const t = "Chart reviewed. Shay's number is 0412 555 019. He eats at Sione's house on Sundays.";
  assert.deepEqual(typed(t, 'NAME'), ['Shay', 'Sione']);
  // The heads of eponyms stay out: no name in a sign, a palsy, a disease or a fracture.
  assert.deepEqual(typed("Murphy's sign negative. Bell's palsy on the left. Wilson's disease excluded. Smith's fracture.", 'NAME'), []);
  // "date" only before "of birth".
  assert.deepEqual(typed("Notes sent. Maria's date of birth is on file.", 'NAME'), ['Maria']);
  // Not after "of", nor a word for a person or a season.
  assert.deepEqual(typed("Next of Kin's phone number updated on the system.", 'NAME'), []);
  assert.deepEqual(typed("Social work note. Mama's boyfriend was present. Man's wife called. Gold Coast. Summer's school holidays begin.", 'NAME'), []);
});

test('a given name that is also a word before a verb only a person does, or after a verb whose object is a person', () => {
  assert.deepEqual(typed('Salon on 37th Avenue. Grace offered to adjust her shift.', 'NAME'), ['Grace']);
  assert.deepEqual(typed('Back on the ward. Poppy wants to know when she can go home.', 'NAME'), ['Poppy']);
  assert.deepEqual(typed('Results pending. Avoid calling Joy before noon.', 'NAME'), ['Joy']);
  // Not a sentence's first word before a verb that is no person's, nor a capitalized word before a place's word, nor a
  // word for a person before a verb that is passive as often, nor a health system's word after "call".
  assert.deepEqual(typed('Results pending. Hope remains for recovery. Faith community visited.', 'NAME'), []);
  assert.deepEqual(typed('Results pending. Family will visit Grace Hospital tomorrow, or Grace\nHospital.', 'NAME'), []);
  assert.deepEqual(typed('Born at 0410. Baby admitted to NICU. Man brought in by police. Family meeting held. Many asked about hospice.', 'NAME'), []);
  assert.deepEqual(typed('Will call Mercy to arrange transfer.', 'NAME').includes('Mercy'), false);
  // In capitals or lower case the verbs read nothing alone.
  assert.deepEqual(typed('RESULTS PENDING. GRACE OFFERED TO HELP WITH THE FORMS TODAY.', 'NAME'), []);
});

test('the "S." of "P.S." is no initial of the name after it', () => {
  const t = "Kind regards, Euan Robertson\n\nP.S. Alasdair's sister Catriona called.";
  assert.ok(typed(t, 'NAME').includes('Alasdair'));
  assert.ok(!typed(t, 'NAME').some((n) => n.startsWith('S.')));
  // A real initial still joins: "K. Narayanaswamy".
  assert.deepEqual(typed('Seen by Dr K. Narayanaswamy today.', 'NAME'), ['K. Narayanaswamy']);
});

test("a name's short form in brackets right after it: one of its words, its initials, a diminutive; no role or relative", () => {
  assert.deepEqual(typed('Patient Nguyen Thi Kim Loan (Loan), 78, lives alone.', 'NAME'), ['Nguyen Thi Kim Loan', 'Loan']);
  const t = 'Ward 7B night note. Pt Ieva Kazlauskiene (IK), 84F, adm 22/11/26.';
  assert.deepEqual(typed(t, 'NAME'), ['Ieva Kazlauskiene', 'IK']);
  assert.deepEqual(at(t, 'NAME')[1], [t.indexOf('IK'), t.indexOf('IK') + 2]);
  assert.ok(typed('Patient Nadezhda Petrovna Volkova (Nadya), 84, MRN 0044718826.', 'NAME').includes('Nadya'));
  // Roles, relatives, states of a person and initials that are not the name's stay out.
  assert.deepEqual(typed('Seen with Maria Lopez (RN) and John Smith (Dad) and Tom Hart (TS).', 'NAME'), ['Maria Lopez', 'John Smith', 'Tom Hart']);
  // Services, everyday words and words for a relative that start as the name does.
  assert.deepEqual(typed('Covered by Dr Medina (Med) and Dr Surani (Surg) overnight. Consulted Dr Cardenas (Cardio) re AF.', 'NAME'), ['Medina', 'Surani', 'Cardenas']);
  assert.deepEqual(typed('Placed with Fiona Hart (Foster) since March. Maria Santos (Mama) at bedside.', 'NAME'), ['Fiona Hart', 'Maria Santos']);
});
