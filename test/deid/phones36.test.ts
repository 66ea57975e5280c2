// Stop 36: a phone after a verb of calling with a pronoun between ("call her on", "text him at"; phones-plates.ts,
// CUE_BEFORE_20), in the national shapes that open with no zero.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const phones = (text: string): string[] => detect(text).filter((s) => s.type === 'PHONE').map((s) => `${text.slice(s.start, s.end)}@${s.start}`);

test('a phone after "call her on", "text him at", "reach them on"', () => {
  assert.deepEqual(phones('Daughter asked us to call her on 77 555 01 42 after rounds.'), ['77 555 01 42@33']);
  assert.deepEqual(phones('Please text him at 611 555 014 tonight.'), ['611 555 014@19']);
  assert.deepEqual(phones('You can reach them on 6555 2108 any time.'), ['6555 2108@22']);
});

test('no phone in a count or a schedule after the same words', () => {
  assert.deepEqual(phones('Tried to call her on 3 occasions, 1200 2000 2200.'), []);
  assert.deepEqual(phones('Will call him at 1400 about the 2 results.'), []);
});
