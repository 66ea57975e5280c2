// Stop 31: identifiers in texts typed in lower case whose letters the rules read in capitals: a health card's version
// code or letters ("ohip 4417-392-118-kt", "ramq oueg 8254 1717", "nhi prx4490") and an identifier's last group
// ("crn 204 417 778k"). Letters that are words stay out ("ohip 4417 392 118 on file").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const spans = (s: string, type: string): string[] => detect(s).filter((x) => x.type === type).map((x) => s.slice(x.start, x.end));
const filler = 'pt seen at home today, family at bedside, plan reviewed with the team. ';

test('health cards with letters in lower case', () => {
  assert.deepEqual(spans(`${filler}niece interprets. ohip 4417-392-118-kt\nday 1 stable`, 'HEALTH_PLAN'), ['4417-392-118-kt']);
  assert.deepEqual(spans(`${filler}ra, seropositive. ramq oueg 8254 1717. das28 4.1`, 'HEALTH_PLAN'), ['oueg 8254 1717']);
  assert.deepEqual(spans(`${filler}my mobile is in the chart. his nhi is prx4490. thanks`, 'HEALTH_PLAN'), ['prx4490']);
  // As written, the capitals are read as before.
  assert.deepEqual(spans('Niece interprets. OHIP 4417-392-118-KT\nDay 1 stable', 'HEALTH_PLAN'), ['4417-392-118-KT']);
});

test("an identifier's last group in lower case", () => {
  assert.deepEqual(spans(`${filler}customer: tuan anh tran   crn 204 417 778k   medicare card seen`, 'OTHER_ID'), ['204 417 778k']);
});

test('words after a health card number stay out of it', () => {
  assert.deepEqual(spans(`${filler}ohip 4417 392 118 on file, ok`, 'HEALTH_PLAN'), ['4417 392 118']);
  assert.deepEqual(spans(`${filler}ramq name 8254 1717 asked`, 'HEALTH_PLAN'), []);
});
