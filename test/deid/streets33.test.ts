// Stop 33: street addresses in capitals. Under a facility's name, "7307 PARK BOULEVARD IN ASHLAND" was read as a
// postcode and a town: the number alone was kept, at a priority that hid the street found there; a short suffix in
// capitals ("ST", "RD", "AVE") counted only after "LIVES AT" or before a comma and a town, not after "LIVES ALONE AT"
// or before "IN" and a town.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const places = (text: string): string[] => detect(text).filter((s) => s.type === 'LOCATION').map((s) => text.slice(s.start, s.end));
/** Enough capitals before the address for the text to be read as written in capitals. */
const HEAD = 'CARDIOLOGY FOLLOW-UP LETTER, COPY FOR THE PRIMARY CARE OFFICE AND THE PATIENT.\n';

test('a house number and its street under a facility, in capitals', () => {
  for (const [line, street] of [
    ['7307 PARK BOULEVARD IN ASHLAND', '7307 PARK BOULEVARD'],
    ['4990 JEFFERSON AVE IN AUBURN', '4990 JEFFERSON AVE'],
    ['8606 SUNSET RD IN GEORGETOWN', '8606 SUNSET RD'],
  ] as const) {
    const text = `${HEAD}LAKEVIEW CLINIC\n${line}\nTEL 223.555.7840`;
    assert.ok(places(text).includes(street), `${line} -> ${places(text).join(' | ')}`);
  }
  // As written, as before.
  assert.ok(places('Lakeview Clinic\n7307 Park Boulevard in Ashland\nTel 223.555.7840').includes('7307 Park Boulevard'));
});

test('a short suffix in capitals after "LIVES ALONE AT" or before "IN" and a town', () => {
  const a = `${HEAD}SOCIAL WORK: KENNETH L. THOMAS LIVES ALONE AT 9739 WASHINGTON ST. IN SPRINGFIELD. SON MARK VISITS.`;
  assert.ok(places(a).some((p) => p.startsWith('9739 WASHINGTON ST')), places(a).join(' | '));
  const b = `${HEAD}MS. PATEL, 61 YO, ARRIVED BY EMS FROM 222 WASHINGTON ST. IN FAIRVIEW. CONTINUE PLAN.`;
  assert.ok(places(b).some((p) => p.startsWith('222 WASHINGTON ST')), places(b).join(' | '));
});

test('no street made of a dose or a drug in capitals', () => {
  for (const text of [`${HEAD}METOPROLOL 25 MG PO BID, 40 MG DR IN AM. FOLLOW UP IN SPRINGFIELD CLINIC.`, `${HEAD}GAVE 2 TABS ST IN ER, THEN 1 TAB IN AUBURN? NO, IN ICU.`]) {
    assert.ok(!places(text).some((p) => /\d/.test(p)), `${text} -> ${places(text).join(' | ')}`);
  }
});
