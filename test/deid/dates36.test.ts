// Stop 36: a day and a month without a year in another line than the dates that show the writer's way of writing them
// (date-siblings.ts, dateSiblingsText36). The line's rule of stop 24 needs two dates in one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const dates = (text: string): string[] => detect(text).filter((s) => s.type === 'DATE').map((s) => `${text.slice(s.start, s.end)}@${s.start}`);
const cases = (text: string): string[] => [text, text.toUpperCase(), text.toLowerCase()];

test('short dates of the same shape as a dated line elsewhere in the text', () => {
  const a = 'Jurnal DOT, pacient Ionescu.\n01.09.2026 - doza la dispensar.\n02.09 - la domiciliu, sotia prezenta.\nDose given on 03.09 by the nurse.';
  for (const t of cases(a)) assert.deepEqual(dates(t), ['01.09.2026@29', '02.09@61', '03.09@113']);
  const b = 'Ward list 26.11.2026\n| 05 | Eira, Nils | 79 | Skibotn | 03.12 | dr. Paulsen |';
  assert.deepEqual(dates(b), ['26.11.2026@10', '03.12@56']);
  // Slashed and month first, as the text's year-dated dates are.
  const c = 'Seen 11/22/2026 in clinic.\nFollow-up call planned for 11/24, then review.';
  assert.deepEqual(dates(c), ['11/22/2026@5', '11/24@54']);
});

test('no date in a decimal, a reading, a setting, a range or a score, even beside dated lines', () => {
  const head = 'Note of 03.11.2026.\n';
  // A decimal with one digit after its point, a lab value, a version.
  assert.deepEqual(dates(`${head}Hb 10.8, plt 12.10 and K 4.12 today.`), ['03.11.2026@8']);
  assert.deepEqual(dates(`${head}Protocol v 10.11 applies.`), ['03.11.2026@8']);
  // Slashed readings and settings.
  const slash = 'Seen 21/11/2026.\n';
  assert.deepEqual(dates(`${slash}On PSV 20/5 with RR 20s; PS 10/5 tomorrow.`), ['21/11/2026@5']);
  assert.deepEqual(dates(`${slash}Fall precautions in place 24/7.`), ['21/11/2026@5']);
  assert.deepEqual(dates(`${slash}Symptoms 2/22 on the checklist; pain 6/10.`), ['21/11/2026@5']);
  // A range with a hyphen is never read by this rule, nor a dash-separated text's shape.
  assert.deepEqual(dates('Seen 21-11-2026.\nHR 10-12 overnight.'), ['21-11-2026@5']);
  // A day and a month that do not fit the text's order: 13 is no month in a day-first text.
  assert.deepEqual(dates('Seen 21.11.2026.\nGiven 05.13 then.'), ['21.11.2026@5']);
  // No witness: no year-dated numeric date in the text, so a lone pair stays unread.
  assert.deepEqual(dates('Party 31.10 at the cafe; Hb 10.11.'), []);
});

test('a dotted date with a two-digit year before a point', () => {
  assert.deepEqual(dates('Medical ward note 26.11.26. Giorgi B., 79M.'), ['26.11.26@18']);
  // No date inside an address of four groups, nor with a day that no month has.
  assert.deepEqual(dates('Host 10.12.14.20 down.'), []);
  assert.deepEqual(dates('Ratio 45.11.26 mixed.'), []);
});

test("a file's ISO date, Saturday's short date, a day alone after a preposition, a range's first day", () => {
  assert.deepEqual(dates('"attachments": ["labs_2026-11-20.pdf"]'), ['2026-11-20@22']);
  assert.deepEqual(dates('Sat 10/1  NGT  crew J / L'), ['10/1@4']);
  assert.deepEqual(dates('Send a reading on 28th. Also book HbA1c.'), ['28th@18']);
  assert.deepEqual(dates('memory clinic on the 4th but the ferry is off'), ['4th@21']);
  assert.deepEqual(dates('Treated on the ward between 19 and 24 October.'), ['19@28', '24 October@35']);
  // A saturation, a street, a floor, a line of therapy, a count: no date.
  assert.deepEqual(dates('O2 sat 3/4 of the time; SpO2 sats 9/10 readings ok.'), []);
  assert.deepEqual(dates('send the rx to the walgreens on 5th & pine'), []);
  assert.deepEqual(dates('moved to the ward on the 4th floor; on 2nd line therapy; moved to 3rd and then home'), []);
  assert.deepEqual(dates('between 2 and 3 times a day'), []);
});
