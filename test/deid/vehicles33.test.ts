// Stop 33: a vehicle's code after its word. A label between the word and the code was not read ("lorry registration
// BLK 7712", "bus registration KT-5518"), and a British plate whose last three letters spell a word lost them ("his
// van (NK19 OAF)" gave "NK19"). Texts typed in lower case are read through the view in capitals, as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const PRE = 'portal message from the family, typed on a phone and sent late at night: ';
const plates = (text: string): string[] => detect(text).filter((s) => s.type === 'VEHICLE').map((s) => `${s.start}:${text.slice(s.start, s.end)}`);
const one = (text: string, value: string): string[] => [`${text.indexOf(value)}:${value}`];

test('a code after the vehicle word and its label', () => {
  for (const [text, value] of [
    ['Tel 012-555 7340. Lorry registration BLK 7712 (he must not drive until cleared).', 'BLK 7712'],
    ['LICENCE AT 447128, BUS REGISTRATION KT-5518. AFTER THE COLLAPSE AT THE DEPOT.', 'KT-5518'],
    [PRE + 'lorry registration blk 7712 (he must not drive until cleared).', 'blk 7712'],
    ['The van plate: KX19 ZTP was seen on the camera.', 'KX19 ZTP'],
  ] as const) assert.deepEqual(plates(text), one(text, value), text);
});

test('a British plate whose last letters spell a word keeps them', () => {
  const a = 'Phased return at the site. His van (NK19 OAF) is parked at home.';
  assert.deepEqual(plates(a), one(a, 'NK19 OAF'));
  const b = PRE + 'phased return at the site. his van (nk19 oaf) is parked at home.';
  assert.deepEqual(plates(b), one(b, 'nk19 oaf'));
});

test('no code where the label has none', () => {
  assert.deepEqual(plates('THE VAN WAS PARKED AND THE CAR REGISTRATION EXPIRED IN 2021.'), []);
  assert.deepEqual(plates('Car registration pending, van tag lost. Bus 5 at 14:20.'), []);
  assert.deepEqual(plates('The ambulance ETA 10 min, van BAY 4, car park level 2.'), []);
});
