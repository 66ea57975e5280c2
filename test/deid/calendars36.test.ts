// Stop 36: dates of more calendars and languages (calendars.ts): Hijri and Hebrew dates, Ethiopian months without the
// era's mark, year-first dates with points and blanks (Korean, Hungarian, Latvian), the Thai Buddhist era, Japanese
// eras in short after a date's word, romanized Chinese and Mongolian dates, Romanian months, Portuguese "novembro",
// German days with their point after a preposition.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const dates = (text: string): string[] => detect(text).filter((s) => s.type === 'DATE').map((s) => text.slice(s.start, s.end));

test('Hijri, Hebrew and Ethiopian dates', () => {
  assert.deepEqual(dates('Date: 2025/04/17  (19 Shawwal 1446)'), ['2025/04/17', '19 Shawwal 1446']);
  assert.deepEqual(dates('Month: Rabi ul Awwal 1447, household visits'), ['Rabi ul Awwal 1447']);
  assert.deepEqual(dates('month: rabi ul awwal 1447, household visits'), ['rabi ul awwal 1447']);
  assert.deepEqual(dates('Bereavement visit planned for 24 Heshvan 5787 with the rabbi.'), ['24 Heshvan 5787']);
  assert.deepEqual(dates('She died on the 17 Cheshvan, at home.'), ['17 Cheshvan']);
  assert.deepEqual(dates('Labour at home in Meskerem 2016; card says Megabit 6, 2017.'), ['Meskerem 2016', 'Megabit 6, 2017']);
  // A month's name alone, a name, a journey or a season: no date.
  assert.deepEqual(dates('Fasting during Ramadan; Rajab Ali drove 12 km on safar.'), []);
  assert.deepEqual(dates('Her son Elul visits; Tir and Sene are names here.'), []);
});

test('year-first dates with points and blanks, and the Thai Buddhist era', () => {
  assert.deepEqual(dates('Date: 2024. 10. 22.\nPatient seen.'), ['2024. 10. 22.']);
  assert.deepEqual(dates('born 1951. 02. 03., TAJ 055 512 347'), ['1951. 02. 03.']);
  assert.deepEqual(dates('BEUTALO   2024. marcius 15.\nHaziorvosi rendelo'), ['2024. marcius 15.']);
  assert.deepEqual(dates('Riga, 2026. gada 9. novembris'), ['2026. gada 9. novembris']);
  assert.deepEqual(dates('HN 26-044718  Somchai S.   12/03/2490   NKDA'), ['12/03/2490']);
  // A year and a decimal, a count, a list's numbers: no date.
  assert.deepEqual(dates('In 2024. 10 patients were seen, 22 discharged.'), []);
  assert.deepEqual(dates('Lot 12/03/2690 in stock.'), []);
});

test('Japanese eras in short after a date word, romanized Chinese and Mongolian dates', () => {
  assert.deepEqual(dates('Name: IKEDA Souta   Born H12.3.8 (Heisei 12)'), ['H12.3.8']);
  assert.deepEqual(dates('Injury: R7.4.19, evening, rear-ended'), ['R7.4.19']);
  assert.deepEqual(dates('Installed R4.3.1 and see section S1.2.3 of the manual.'), []);
  assert.deepEqual(dates('Date: 2024 nian 9 yue 3 ri\nPatient: Zhao'), ['2024 nian 9 yue 3 ri']);
  assert.deepEqual(dates('TRANSFER\n2025 oni 1 sariin 23, 05:30'), ['2025 oni 1 sariin 23']);
});

test('Romanian and Portuguese months after a day, German days after a preposition', () => {
  assert.deepEqual(dates('bunica, vizita 2 martie | IgG ceruta'), ['2 martie']);
  assert.deepEqual(dates('Consulta em 3 de novembro de 2026 no posto.'), ['3 de novembro de 2026']);
  assert.deepEqual(dates('Sie hatte am 3. November in der Turnstunde einen Unfall.'), ['3. November']);
  // A sentence's end before a month that opens the next, with no preposition: no date.
  assert.deepEqual(dates('Score was 7. November review is pending.'), []);
});
