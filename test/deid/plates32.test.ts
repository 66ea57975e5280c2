// Stop 32: plates after their label in a text typed in lower case. "van plate CTKM 441" and "plate is AZ CXK4418" were
// found in capitals, their lower-case forms were not: the state and the plate's groups are now read through the view in
// capitals, and a plate so read must hold no word ("plate 3 hole" is a bone plate). A count after "plate" with a function
// word inside ("dinner plate 2 of 3") is no plate in lower case (in capitals two other rules still read "2 OF 3" as one:
// left for the roadmap). In capitals, "PLATE IS AZ CXK4418" no longer gives "IS AZ" as a plate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

/** A message long enough, and without a capital, to be read as a text typed in lower case. */
const PRE = 'portal message from the family, typed on a phone and sent late at night: ';
const plates = (text: string): string[] => detect(text).filter((s) => s.type === 'VEHICLE').map((s) => text.slice(s.start, s.end));

test('a plate in two groups after its label, lower case and capitals', () => {
  for (const rest of ['driver gurpreet s. - van plate ctkm 441 - call the store.', 'the shelter van plate bxpt 772; naloxone lot not phi.']) {
    const lower = PRE + rest;
    const want = /plate ([a-z]{4} \d{3})/.exec(rest)?.[1] as string;
    assert.deepEqual(plates(lower), [want]);
    assert.deepEqual(plates(lower.toUpperCase()), [want.toUpperCase()]);
    const at = lower.indexOf(want);
    assert.ok(detect(lower).some((s) => s.start === at && s.end === at + want.length));
  }
});

test("a plate after its state's code, the code left out", () => {
  assert.deepEqual(plates(PRE + 'her truck plate is az cxk4418 if security asks.'), ['cxk4418']);
  assert.deepEqual(plates((PRE + 'her truck plate is az cxk4418 if security asks.').toUpperCase()), ['CXK4418']);
});

test('plates of bones, dinner and words are none', () => {
  assert.deepEqual(plates(PRE + 'orif of the radius with plate 3 hole and six screws, plate is in place.'), []);
  assert.deepEqual(plates(PRE + 'the plate is in the car, tag ab 12 was lost.'), []);
  assert.deepEqual(plates(PRE + 'dinner plate 2 of 3 eaten, plate no 2 cleared.'), []);
  assert.deepEqual(plates(PRE + 'her car plate number is not known yet.'), []);
});

test('a plate after a vehicle word, its letters no word and no name', () => {
  const text = PRE + 'rta on the ring road, he was the driver. car abc 4729. brother called later.';
  assert.deepEqual(plates(text), ['abc 4729']);
  assert.deepEqual(plates(text.toUpperCase()), ['ABC 4729']);
  assert.deepEqual(plates(PRE + 'driver sefo alofaituli - van hvz 552 - to the clinic.'), ['hvz 552']);
  // A name's part and a phone, an address after the Dutch "van", a count of seats: no plate.
  assert.deepEqual(plates(PRE + 'chong tran van minh 090 555 8814 called back.'), []);
  assert.deepEqual(plates(PRE + 'verzonden via zorgdomein van ip 192.0.2.61 vanmorgen.'), []);
  assert.deepEqual(plates(PRE + 'the van had 2 seats free and the car 4 doors.'), []);
});
