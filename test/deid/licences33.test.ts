// Stop 33: licence numbers after their label in a text typed in lower case. The state before the number ("license md
// k-640-552-198-311") and letters joined to it by a blank ("licence phd 005512", "ca license a 139942") were read in
// capitals only, so the number itself was missed. Both are read through the view in capitals now; letters that are a
// word, everyday, function or clinical, or a label ("mrn"), are left out of the value and the number kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

/** A message long enough, and without a capital, to be read as a text typed in lower case. */
const PRE = 'portal message from the family, typed on a phone and sent late at night: ';
const at = (text: string, value: string, type: string): boolean => {
  const s = text.indexOf(value);
  return detect(text).some((x) => x.start === s && x.end === s + value.length && x.type === type);
};

test('a licence after its label and a state, in lower case', () => {
  const a = PRE + 'visitor log with license md k-640-552-198-311. her car is in the lot.';
  assert.ok(at(a, 'k-640-552-198-311', 'LICENSE'), JSON.stringify(detect(a)));
  const b = PRE + 'a private-hire taxi, licence phd 005512. he has a brother in town.';
  assert.ok(at(b, 'phd 005512', 'LICENSE'), JSON.stringify(detect(b)));
  const c = PRE + 'v. krishnamoorthy, md, neurology. ca license a 139942.';
  assert.ok(at(c, 'a 139942', 'LICENSE'), JSON.stringify(detect(c)));
});

test('letters that are a word or a label stay out, the number is kept', () => {
  const a = PRE + 'she showed the clinic her licence new 447128 at the desk.';
  assert.ok(at(a, '447128', 'LICENSE'), JSON.stringify(detect(a)));
  const b = PRE + 'nikolai orlov, patient id mrn 00731182. the app will not accept my login.';
  assert.ok(at(b, '00731182', 'MRN'), JSON.stringify(detect(b)));
  // As written, as before.
  const c = 'Visitor log with license MD K-640-552-198-311. Her car is in the lot.';
  assert.ok(at(c, 'K-640-552-198-311', 'LICENSE'), JSON.stringify(detect(c)));
});

test('no licence where no number follows the label', () => {
  const f = detect(PRE + 'her licence was taken in may, she may get it back in 2 months. dl pending.').filter((x) => x.type === 'LICENSE');
  assert.deepEqual(f, []);
});
