// Stop 35: a month named alone after a word of time is a date's element finer than a year (the corpus's rule, and Safe
// Harbor's): "since August", "died in October", "early Dec" (date-siblings.ts, bareMonths35). Every date rule read a
// month only with its day or its year.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const dates = (text: string): string[] => detect(text).filter((s) => s.type === 'DATE').map((s) => text.slice(s.start, s.end));

test('a month alone after a word of time', () => {
  assert.deepEqual(dates('Three severe hypos since August, one with EMS.'), ['August']);
  assert.deepEqual(dates('His wife died in October after a long illness.'), ['October']);
  assert.deepEqual(dates('Agreed: trial overnight stays from April; daughter will help.'), ['April']);
  assert.deepEqual(dates('Goal home with whanau, d/c early Dec'), ['early Dec']);
  assert.deepEqual(dates('ON NO ANTICOAGULANT - PT DECLINED IN MARCH.\nACTION: MESSAGE TO PCP TO REVIEW.'), ['MARCH']);
  assert.deepEqual(dates('she has had three falls since september comma the last onto the floor'), ['september']);
  // A word after the month that opens like a spoken number is no spoken date: "there", "tenderness".
  assert.deepEqual(dates('Three severe hypos since August there was one more.'), ['August']);
});

test('no date in a modal verb, a name, a place or a spoken date', () => {
  assert.deepEqual(dates('Vascular thinks this may be related to levo.'), []);
  assert.deepEqual(dates('Aunty June Kelly visited with the children.'), []);
  assert.deepEqual(dates('FROM MAY PEN HOSPITAL TO UNIVERSITY HOSPITAL.'), []);
  assert.deepEqual(dates('Meds per MAR reviewed; you may call the ward.'), []);
  // A name found on the month stays a name.
  assert.deepEqual(dates('Died peacefully at 99. Survived by June, by grandson Will, and by two nieces.'), []);
  // A place read on the month after a verb of moving gives way.
  assert.deepEqual(dates('She moved in March to a flat near her daughter.'), ['March']);
  // The month said with its year is one date, read whole by the spoken dates' rule.
  assert.deepEqual(dates('he moved from izmir to berlin in july twenty twenty two and works nights'), ['july twenty twenty two']);
});

test('a date whose month is in small Roman numerals between points, or in capitals between blanks', () => {
  assert.deepEqual(dates('Edinburgh EH9 1QF\n22.xi.2026\nDear Dr McAllister,'), ['22.xi.2026']);
  assert.deepEqual(dates('Skierowanie wystawione 12 III 2024 przez lekarza.'), ['12 III 2024']);
  // A dose is no date.
  assert.deepEqual(dates('Give 5 X 2000 mg today.'), []);
});

test('an ordinal day in a text in capitals', () => {
  assert.deepEqual(dates('HE HAS NOT HEARD FROM HIM SINCE SATURDAY THE 21ST. HE DRIVES A VAN.'), ['21ST']);
  assert.deepEqual(dates('PODIATRY AT THE CLINIC ON THE 12TH.\nPROVIDER: CHR.'), ['12TH']);
  // An ordinal before a noun is no day.
  assert.deepEqual(dates('PAIN IN THE 5TH DIGIT, SEEN ON THE 3RD FLOOR.'), []);
});
