// Stop 35: a Quebec health card by its shape (four capitals and eight digits holding a birth date) in a row with no label,
// and an identity number written with points alone in a table's cell (national-ids.ts, ramqCards35, dottedCells35).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const of = (type: string) => (text: string): string[] => detect(text).filter((s) => s.type === type).map((s) => text.slice(s.start, s.end));

test("a Quebec health card's shape, with or without its label", () => {
  const plans = of('HEALTH_PLAN');
  assert.deepEqual(plans('6 Nord,601,Tremblay,Ghislaine,H0418822,TREG 4207 1518,Dr Bouchard'), ['TREG 4207 1518']);
  // A woman's month has 50 added.
  assert.deepEqual(plans('RAMQ: LAPM 8953 1512 renewed last year.'), ['LAPM 8953 1512']);
  // No birth date in the digits, or a word for the letters: no card.
  assert.deepEqual(plans('Batch ABCD 4213 4512 received.'), []);
  assert.deepEqual(plans('Room WARD 4207 1518 closed.'), []);
});

test("an identity number with points alone in a table's cell", () => {
  const ids = of('OTHER_ID');
  assert.deepEqual(ids('24/11 | luz marina rojas pinzon | 52.123.456 | losartan 50'), ['52.123.456']);
  assert.deepEqual(ids('| 25/11 | yuliana montoya | 1.020.555.777 | levonorgestrel |'), ['1.020.555.777']);
  // In a row's last cell, before the line's end.
  assert.deepEqual(ids('fecha\tnombre\tcedula\n24/11\tluz marina\t52.123.456\n25/11\tyuliana\t79.555.019'), ['52.123.456', '79.555.019']);
  // Counts with a unit, or of two groups, are no identity number.
  assert.deepEqual(ids('| Platelets | 250.000 | 1.250.000 copias |'), []);
  assert.deepEqual(ids('Viral load 1.250.000 copies in March.'), []);
});

test('an identifier after a word and "no." in a text typed in lower case, as in capitals', () => {
  const ids = of('OTHER_ID');
  const text = 'wajima city hall gym, january 3, 2024\nbody no. wj-0147. matched to relatives by dental records.\nfamily informed.';
  assert.deepEqual(ids(text), ['wj-0147']);
  assert.deepEqual(ids(text.toUpperCase()), ['WJ-0147']);
});
