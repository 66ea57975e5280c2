// Stop 32: identifiers after their label in a text typed in lower case. "ticket INC0447192" was found, "ticket
// inc0447192" was not ("inc" is a word, and stop 31's guard refused a value whose letters are one); a cedula after a
// lower-case "cc", and national codes whose letters the pattern read in capitals ("pnc 09/555122x", "c.f.
// lbnclg31p12d009x") were missed the same way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

/** A message long enough, and without a capital, to be read as a text typed in lower case. */
const PRE = 'portal message from the family, typed on a phone and sent late at night: ';
const found = (text: string): string[] => detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.type}`);
const ids = (rest: string): string[] => found(PRE + rest).filter((x) => x.endsWith(':OTHER_ID'));

test('a help desk ticket: letters joined to five digits or more', () => {
  assert.deepEqual(ids('the kiosk failed again, ticket inc0447192 was raised by the desk.'), ['inc0447192:OTHER_ID']);
  assert.deepEqual(ids('the kiosk failed again, ticket inc-0091447 was raised by the desk.'), ['inc-0091447:OTHER_ID']);
  // The same in capitals, as before.
  assert.deepEqual(found('The kiosk failed again, ticket INC0447192 was raised.').filter((x) => x.endsWith(':OTHER_ID')), ['INC0447192:OTHER_ID']);
});

test('no ticket where the words are words', () => {
  assert.deepEqual(ids('ticket is still open, no number yet. incontinence pads ordered.'), []);
  assert.deepEqual(ids('ticket inc 2 of 3 resolved.'), []);
});

test('a cedula after a lower-case "cc", and no measure read as one', () => {
  const text = PRE + 'patient luz marina ospina, cc 21.555.802, lives in guarne.';
  assert.ok(found(text).includes('21.555.802:OTHER_ID'));
  const at = text.indexOf('21.555.802');
  assert.ok(detect(text).some((s) => s.start === at && s.end === at + 10 && s.type === 'OTHER_ID'));
  assert.deepEqual(found(PRE + 'gave 500 cc ns bolus, then cc 1.250.000 iu per protocol, urine 30 cc/hr.'), []);
});

test('national codes with letters, read in capitals', () => {
  assert.deepEqual(ids('pnc 09/555122x, on licence since march.'), ['09/555122x:OTHER_ID']);
  assert.deepEqual(ids('nato a corleone, c.f. lbnclg31p12d009x, tessera sanitaria scaduta.'), ['lbnclg31p12d009x:OTHER_ID']);
  assert.deepEqual(ids('pnc visit booked, baby feeding well, mum settled.'), []);
});
