// Stop 31: dates with a month word in lower case that is also a common word ("may", "mar", "march", "jun", "aug").
// Texts typed in lower case lost them all: "dob: may 16, 1992" gave nothing. A day and a year after the month, a date's
// cue before it, or an end of clause, a preposition, a dash or a time after its day make it a month; a verb, a dose or a
// list's bracket after it do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const dates = (s: string): string[] => detect(s).filter((x) => x.type === 'DATE').map((x) => s.slice(x.start, x.end));

test('month, day and year in lower case', () => {
  assert.deepEqual(dates('dob: may 16, 1992'), ['may 16, 1992']);
  assert.deepEqual(dates('nursing note march 16, 2016 0700-1900. follow beers'), ['march 16, 2016']);
  assert.deepEqual(dates("seen may 16 '92 in clinic"), ["may 16 '92"]);
  assert.deepEqual(dates('in march of 2022 pt was in st mary hospital'), ['march of 2022']);
  assert.deepEqual(dates('hx of nstemi aug 2019, pci to lad'), ['aug 2019']);
  // The same in capitals and as written stays found.
  assert.deepEqual(dates('DOB: MAY 16, 1992'), ['MAY 16, 1992']);
  assert.deepEqual(dates('DOB: May 16, 1992'), ['May 16, 1992']);
});

test('month and day in lower case after a cue or before an end of clause, a dash or a time', () => {
  assert.deepEqual(dates('dob: aug 18\nadmission date: aug 14   discharge date: may 25'), ['aug 18', 'aug 14', 'may 25']);
  assert.deepEqual(dates('daughter called may 18 asking about discharge.'), ['may 18']);
  assert.deepEqual(dates('last colonoscopy jun 28, normal.'), ['jun 28']);
  assert.deepEqual(dates('consented aug 11 by dr walker.'), ['aug 11']);
  assert.deepEqual(dates('nursing note jun 17 0700-1900. history of pain'), ['jun 17']);
  assert.deepEqual(dates('mar 2 - dot at shelter clinic'), ['mar 2']);
});

test('day then month in lower case, and day-month tokens', () => {
  assert.deepEqual(dates('bitten 3 aug, cat iii, vaccine d0 4 aug\nvisited 2 aug, confirmed 10 aug at the infirmary'), ['3 aug', '4 aug', '2 aug', '10 aug']);
  assert.deepEqual(dates('| 34 | m | 28-oct | recovered | died 31-oct |'), ['28-oct', '31-oct']);
  assert.deepEqual(dates('date of birth the second of may 1930, nhs number'), ['second of may 1930']);
  assert.deepEqual(dates('DATE OF BIRTH THE SECOND OF MAY 1930, NHS'), ['SECOND OF MAY 1930']);
});

test('look-alikes in lower case stay unflagged', () => {
  for (const s of ['the dose may 2 be repeated', 'aug 2 tabs bid', 'pt may 1) go home 2) rest', 'given per mar 2000 as ordered', 'the second of may be fine', 'the first of may we go', 'give 2 aug tabs now', 'you may 3 times a day']) {
    assert.deepEqual(dates(s), [], s);
  }
});
