// Stop 19 (docs/deid-history.md, "Stop 19"): an age over 89 after a name and a sex ("Kong Deshan, M, 90"), and right after a
// date of birth ("DOB 06/30/1934 (91)"); a day above 12 before a two-digit month ("stopped 13/02"); and the look-alikes that
// stay (ages under 90, weights, dates of visits, British durations, the pressures of an ICU note). Names and dates are invented.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { detect } from '../../src/deid/index.js';

/** The values of the spans of one type that the detector finds in `text`. */
const spansOf = (type: string) => (text: string) =>
  detect(text)
    .filter((s) => s.type === type)
    .map((s) => text.slice(s.start, s.end));
const ageSpans = spansOf('AGE_OVER_89');
const dateSpans = spansOf('DATE');

test('an age after a name and a sex, in prose and in rows', () => {
  assert.deepEqual(ageSpans('Patient: Tovelund Marit, F, 93. Found on the floor by her bed.'), ['93']);
  assert.deepEqual(ageSpans('Resident: Halvard Brekke, male, 97 (moved in 2019), lives on ward 2.'), ['97']);
  assert.deepEqual(ageSpans('14; Brekke, Halvard; M; 91; ward 4B; fall'), ['91']);
});

test('an age in brackets or after a comma right after a date of birth', () => {
  assert.deepEqual(ageSpans('PT QUILLFEATHER, ODALYS  DOB 04/11/1933 (92)  DEVICE: pacemaker'), ['92']);
  assert.deepEqual(ageSpans('Name: Ansel Thorvik, born 1931-02-17, 94 yrs, lives alone'), ['94']);
});

test('look-alikes stay: an age under 90, a weight after the sex, a number after a visit date', () => {
  assert.deepEqual(ageSpans('Patient: Tovelund Marit, F, 73. Found on the floor.'), []);
  assert.deepEqual(ageSpans('PT QUILLFEATHER, ODALYS  DOB 04/11/1953 (72)  DEVICE'), []);
  assert.deepEqual(ageSpans('Seen in clinic 04/11/2025 (93 attended the session)'), []);
  assert.deepEqual(ageSpans('Weight: Brekke, Halvard, M, 95 kg on admission'), []);
});

test('a day above 12 before a two-digit month is a date with no other sign of day-first dates', () => {
  assert.deepEqual(dateSpans('LAP CHOLE. WARFARIN STOPPED 17/03. BED 12, WARD 4.'), ['17/03']);
  assert.deepEqual(dateSpans('[19/06 21:10] maren: bestefar fell again'), ['19/06']);
  assert.deepEqual(dateSpans('Plan: review at the fracture clinic 28/10.'), ['28/10']);
});

test('day-first look-alikes stay: British durations, pressures and ventilator settings of an ICU note', () => {
  assert.deepEqual(dateSpans('a 14/12 history of cough'), []);
  assert.deepEqual(dateSpans('Good response to diuresis. PA 34/16 to 27/11 after lasix this am.'), []);
  assert.deepEqual(dateSpans('CV: PA line in place- 29/10-14, CVP 5'), []);
  assert.deepEqual(dateSpans('Pt. initially on 14/10 in am. On rounds it was decided to lower peep to allow larger tidal volumes.'), []);
});

test('a day before a month word in lower case that is also a common word: march always, may at the end of a clause', () => {
  assert.deepEqual(dateSpans('home visit 14 march to morag at the croft'), ['14 march']);
  assert.deepEqual(dateSpans('can we move it to 8 may? my brother will drive her'), ['8 may']);
  assert.deepEqual(dateSpans('dose 1 may be repeated after an hour'), []);
  assert.deepEqual(dateSpans('taking 2 may help her sleep'), []);
});

test('an ordinal day after a weekday written in full and "the"', () => {
  assert.deepEqual(dateSpans('discharged from the unit on friday the 9th and i feel worse'), ['9th']);
  assert.deepEqual(dateSpans('No answer at the door since Tuesday the 24th.'), ['24th']);
  assert.deepEqual(dateSpans('she sat the 2nd paper of the exam'), []);
});
