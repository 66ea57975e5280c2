// Stop 35: national phone numbers that no rule read. phonesByShape24 tried a number in brackets from the bracket only (the
// shape of an area's code in brackets), so "(070-555 41 88)" after a relative went unread; its test for "a time and
// vitals" took "0312 555 00 12" (03:12, then 555, 00, 12) for readings; a British number with a five- or six-digit area
// code and a one-group local number had no shape; eight digits alone in brackets none; and "phone" alone was no cue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const phones = (text: string): string[] => detect(text).filter((s) => s.type === 'PHONE').map((s) => text.slice(s.start, s.end));

test('a national number in brackets after a person or a place', () => {
  assert.deepEqual(phones('Anhoriga: son Per-Olof Ahlberg i Kumla (070-555 41 88), dotter Karin i Lulea.'), ['070-555 41 88']);
  assert.deepEqual(phones('Sister Doreen Cartwright in Narrandera (02 5550 4172) happy to hear from him.'), ['02 5550 4172']);
  assert.deepEqual(phones('Fils Gilles Abecassis a Marseille prevenu (06 55 50 12 98); petite-fille Myriam.'), ['06 55 50 12 98']);
  assert.deepEqual(phones('He calls the clinic (6555 0147) when he does not open the door.'), ['6555 0147']);
  // The area's code in brackets is still read from the bracket.
  assert.deepEqual(phones('Contato da filha: (88) 9 5555-0192.'), ['(88) 9 5555-0192']);
});

test('a national number whose first group looks like a time', () => {
  assert.deepEqual(phones('Randevu hatti 0312 555 00 12.'), ['0312 555 00 12']);
  assert.deepEqual(phones('Yakini: Mehmet Ozturk (esi) 0532 555 90 14'), ['0532 555 90 14']);
});

test('a British number with a long area code, and a number after "phone"', () => {
  assert.deepEqual(phones('Centre manager Rob Birkett 015395 55017.'), ['015395 55017']);
  assert.deepEqual(phones('Husband drives a taxi, phone 9955-5017; daughter studies.'), ['9955-5017']);
});

test('no phone in readings, hours, shifts or a birth number', () => {
  assert.deepEqual(phones('Vitals 0800 132 78 96 stable.'), []);
  assert.deepEqual(phones('Shifts (0800 1600) and (1200 2000) covered.'), []);
  assert.deepEqual(phones('Schedule 0800 1200 1600 2000.'), []);
  assert.deepEqual(phones('Pasient: Ante Gaup, fodselsnummer: 030458 47310.'), []);
});
