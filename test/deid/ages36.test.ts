// Stop 36: a sex and an age parted by a slash in a text typed in lower case ("roommate (f/91)", "r. selvaraj m/90"), read
// through the view in capitals as the same text in capitals is (Detector.agesOver89).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const ages = (text: string): string[] => detect(text).filter((s) => s.type === 'AGE_OVER_89').map((s) => `${text.slice(s.start, s.end)}@${s.start}`);

test('a sex and an age over 89 parted by a slash, in every case', () => {
  for (const t of ['Note: roommate (F/91) also had a fall this week.', 'note: roommate (f/91) also had a fall this week.', 'NOTE: ROOMMATE (F/91) ALSO HAD A FALL THIS WEEK.']) assert.deepEqual(ages(t), ['91@18']);
  assert.deepEqual(ages(' 3) r. selvaraj    m/90  usilampatti    re msics'), ['90@21']);
  assert.deepEqual(ages('bed 4: 93/f, fall overnight, no injury.'), ['93@7']);
});

test('no age in a ratio, a date or a younger age with a slash', () => {
  assert.deepEqual(ages('roommate (f/89) also had a fall.'), []);
  assert.deepEqual(ages('p/f ratio today: pf/91 on 40% fio2.'), []);
  assert.deepEqual(ages('seen 11/91 and 12/91 in clinic.'), []);
});
