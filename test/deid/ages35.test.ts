// Stop 35: an age over 89 after a name and a death's mark ("d. 94" in a pedigree, "died at 97"), and after the Polish
// "l." (lat, years), read by AGE_AFTER_NAME_18 (ages.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const ages = (text: string): string[] => detect(text).filter((s) => s.type === 'AGE_OVER_89').map((s) => text.slice(s.start, s.end));

test("a death's age after a name, and after a name and a maiden name in brackets", () => {
  assert.deepEqual(ages('II-2  Chaya Rosenzweig (nee Perlmutter) d. 94, no cancer'), ['94']);
  assert.deepEqual(ages('I-1  Shmuel Rosenzweig d. 91, colon cancer at 80'), ['91']);
  assert.deepEqual(ages('Her grandmother Agnes Byrne died aged 97 after a stroke.'), ['97']);
  assert.deepEqual(ages('II-2  CHAYA ROSENZWEIG (NEE PERLMUTTER) D. 94, NO CANCER'), ['94']);
});

test('an age with the Polish "l." after a name', () => {
  assert.deepEqual(ages('Odwiedziny: Helena Kowalska, 92 l., pompa morfinowa'), ['92']);
});

test('no age in a day of a stay, a year or a cheer after a name', () => {
  assert.deepEqual(ages('Seen on d. 94 of admission by Dr Lee.'), []);
  assert.deepEqual(ages('John Smith d. 1994 in Leeds'), []);
  assert.deepEqual(ages('Emma Ward, 100! great score on the quiz'), []);
  assert.deepEqual(ages('Helena Kowalska, 92 lbs on admission'), []);
});
