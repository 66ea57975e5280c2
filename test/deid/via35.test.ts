// Stop 35: "via" in lower case after a word on its line is English's "by way of", not an Italian street's word: "return
// via Doha 7/27" had been read as a street "via Doha 7/27" (the date inside it), "ordered via Amazon 4 boxes" as one too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const found = (text: string): string[] => detect(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

test('"via" after a word is no street', () => {
  assert.deepEqual(found('Itinerary: return via Doha 7/27, flight booked.'), ['LOCATION:Doha', 'DATE:7/27']);
  assert.ok(!found('Ordered via Amazon 4 boxes of gloves.').some((x) => x.startsWith('LOCATION')));
});

test('an Italian street after "Via", "in via" or a field label is still a street', () => {
  assert.ok(found('She lives at Via Roma 12, Milano.').includes('LOCATION:Via Roma 12'));
  assert.ok(found('Residente in via Roma 12, Milano.').includes('LOCATION:via Roma 12'));
  assert.ok(found('Indirizzo: via Garibaldi 45, Torino').includes('LOCATION:via Garibaldi 45'));
});
