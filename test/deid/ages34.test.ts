// Stop 34: ages over 89 that were read in some phrasings and not in others. An age's label with the event it was taken
// at ("age at signing: 93", beside "age at death"), a death with its time before the age ("died last year at 97", "died
// in 2019 at 94"), an age after a name and a word or two in brackets ("Sufia Khatun (mother), 90,"), and an age in words
// before "next week" or a dash ("ninety-nine next week", "van 't Hoff, ninety-three - wandering").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const ages = (text: string): string[] => detect(text).filter((s) => s.type === 'AGE_OVER_89').map((s) => `${s.start}:${text.slice(s.start, s.end)}`);
const at = (text: string, age: string): string => `${text.indexOf(age)}:${age}`;
const cases = (text: string): string[] => [text, text.toUpperCase(), text.toLowerCase()];

test("an age's label with the event it was taken at", () => {
  for (const text of cases('Consent form scanned.\nPatient age at signing: 93\nWitness: ward clerk.')) assert.deepEqual(ages(text), [at(text, '93')]);
  for (const text of cases('Screening log: age at screening 91, eligible.')) assert.deepEqual(ages(text), [at(text, '91')]);
  // An age under 90 is no identifier; nor a count after "at signing".
  assert.deepEqual(ages('Patient age at signing: 84'), []);
  assert.deepEqual(ages('Forms completed at signing: 93 pages in total.'), []);
});

test('a death with its time before the age', () => {
  for (const text of cases('Her elder brother died last year at 97.\nCurrent meds: levodopa.')) assert.deepEqual(ages(text), [at(text, '97')]);
  const y = 'Her husband died in 2019 at 94, she lives alone.';
  assert.deepEqual(ages(y), [at(y, '94')]);
  // A time of day or a measure after "at" is no age.
  assert.deepEqual(ages('Her husband died last year at 0930 in the hospice.'), []);
  assert.deepEqual(ages('Patient died last night at 95% oxygen on the mask.'), []);
});

test('an age after a name and a word or two in brackets', () => {
  const kin = '4. Sufia Khatun (mother), 90, Beanibazar, cough for six weeks.';
  assert.deepEqual(ages(kin), [at(kin, '90')]);
  const place = 'Cecil Longbear (Delaware County) - 90, fall follow-up';
  assert.deepEqual(ages(place), [at(place, '90')]);
  // A measure after the bracket is no age.
  assert.deepEqual(ages('Maria Lopez (RN), 95% on room air.'), []);
  assert.deepEqual(ages('John Smith (cardiology), 92 bpm at rest.'), []);
  assert.deepEqual(ages('Seen by Ana Ruiz (physio), 90.5 kg today.'), []);
});

test('an age after a name, a comma and a verb', () => {
  const said = 'Grandmother Zewditu Mekonnen, said to be 101, cough chronic.';
  assert.deepEqual(ages(said), [at(said, '101')]);
  const now = 'Mr John Smith, now 92, lives alone.';
  assert.deepEqual(ages(now), [at(now, '92')]);
  // A measure or a count after the verb is no age.
  assert.deepEqual(ages('Mr John Smith, was 95% on room air.'), []);
  assert.deepEqual(ages('Mr John Smith, is 90 minutes late.'), []);
});

test('an age in words before "next week" or a dash', () => {
  const next = 'Also Mr Arthur Bell in room 6, ninety-nine next week, needs his war medals polished.';
  assert.deepEqual(ages(next), [at(next, 'ninety-nine')]);
  const dash = "Rm 2 Mr. Willem van 't Hoff, ninety-three - wandering at night, bed alarm on.";
  assert.deepEqual(ages(dash), [at(dash, 'ninety-three')]);
  // A number word that counts something is no age.
  assert.deepEqual(ages('She walked ninety metres - good progress.'), []);
  assert.deepEqual(ages('Adherence is ninety percent - good.'), []);
});
