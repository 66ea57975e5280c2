// Stop 36: the review's cases for the stop's rules (dates, calendars, vehicles, places): look-alikes that the first
// versions flagged, each with the reading that must stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const found = (text: string): string[] => detect(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
const typed = (text: string, type: string): string[] => detect(text).filter((s) => s.type === type).map((s) => text.slice(s.start, s.end));

test('no date in a lab value, a dose after a year, a list of ordinals, a dose after a Buddhist or Hijri year', () => {
  assert.deepEqual(typed('Seen 02.09.2025. Urea 12.10. Albumin 28.10. Creatinine 10.11 stable, ferritin 23.11.', 'DATE'), ['02.09.2025']);
  assert.deepEqual(typed('Heart failure in 2019. 2.5 mg bisoprolol daily. Since 2020. 1.5L fluid limit.', 'DATE'), []);
  assert.deepEqual(typed('Diabetes in 2023. 10. 5 mg amlodipine.', 'DATE'), []);
  assert.deepEqual(typed('Scar on the 3rd or 4th finger. Abrasions on 2nd, 3rd and 4th toes.', 'DATE'), []);
  assert.deepEqual(typed('Give 3/2/2500 ml over the day; Rajab 1400 mg is not a date.', 'DATE'), []);
  // The Turkish month with a year of the common era stays whole.
  assert.deepEqual(typed('Admitted 12 Nisan 2025 to the ward.', 'DATE'), ['12 Nisan 2025']);
  // Times written with a point beside a letter's date.
  assert.deepEqual(typed('Letter dated 03.11.2024. Time of arrival 10.05, seen 10.40, discharged 12.10.', 'DATE'), ['03.11.2024']);
});

test("no vehicle in a dose or a ward's unit beside a base or a station", () => {
  assert.deepEqual(typed('Insulin 10 unit Lantus 20 at night. Crew from the base noted. Ward unit AMU 3.', 'VEHICLE'), []);
  assert.deepEqual(typed('Transferred to unit PCU 4. Crackles at the left base. Paramedics at the nursing station.', 'VEHICLE'), []);
});

test('places: no time or count taken before a place, no join over "w", a street named for a centre, a name before an age', () => {
  assert.deepEqual(typed('Arrived at 0930 Tamworth Base Hospital by road.', 'LOCATION'), ['Tamworth Base Hospital']);
  assert.ok(!found('Sent to 2 Leeds wards overnight.').some((x) => x.startsWith('LOCATION:2')));
  assert.deepEqual(typed('Lives in Leeds w Sheffield family nearby.', 'LOCATION'), ['Leeds', 'Sheffield']);
  assert.deepEqual(typed('SERVED BY VIKRAM CHAUDHRY, ESQ., 90 WOODBRIDGE CENTER DR, WOODBRIDGE, NJ', 'LOCATION'), ['90 WOODBRIDGE CENTER DR', 'WOODBRIDGE']);
  assert.deepEqual(found('hpi: amanda street, 55-year-old female with chest pain.'), ['NAME:amanda street']);
  // A house's number after "at" and a postal number at a cell's start stay the place's.
  assert.deepEqual(typed("We're at 3 Clachan, Locheport.", 'LOCATION'), ['3 Clachan', 'Locheport']);
  assert.deepEqual(typed('Huber, Stefan      | 1100 Wien (Favoriten)', 'LOCATION').slice(0, 1), ['1100 Wien']);
});

test('a long line of dotted pairs beside a dated line is read in time linear in its length', () => {
  // (A behaviour check, not a timing: the text is read whole, and every pair after a word stays a value.)
  const t = 'Seen 02.09.2025.\n' + 'val 12.10 '.repeat(4000);
  assert.deepEqual(typed(t, 'DATE'), ['02.09.2025']);
});
