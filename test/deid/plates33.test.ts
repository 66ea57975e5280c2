// Stop 33: plates after a vehicle's make, in capitals. The expression skipped up to two words after the make and could
// end the second inside a word ("LINCOLN DRIVE UN|IT 190"), and its look-aheads found the plate's digit beyond the plate
// ("FORD F-150, TAG ABC 1234" gave "TAG ABC"; "HONDA, PLATE 1FKA571" gave "PLATE"). A make followed by a street's
// suffix names a street, and a unit of an address is no plate: the street found there is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const found = (text: string): string[] => detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.type}`);

test('a street named after a make, in capitals, stays a street', () => {
  for (const [text, street] of [
    ['J. THOMAS LIVES ALONE AT 9499 LINCOLN DRIVE UNIT 190, BURLINGTON, IL 82530.', '9499 LINCOLN DRIVE UNIT 190'],
    ['RIVERSIDE COMMUNITY HOSPITAL\n9023 LINCOLN RD UNIT 168 IN NEWPORT\nTEL 487.555.7409', '9023 LINCOLN RD UNIT 168'],
    ['LAKESHORE HEART INSTITUTE\n2250 N. LINCOLN AVENUE, SUITE 410, CHICAGO, IL 60614', '2250 N. LINCOLN AVENUE, SUITE 410'],
  ] as const) {
    const f = found(text);
    assert.ok(f.includes(`${street}:LOCATION`), `${text} -> ${f.join(' | ')}`);
    assert.ok(!f.some((x) => x.endsWith(':VEHICLE')), `${text} -> ${f.join(' | ')}`);
  }
});

test('the plate after a make and its label, in capitals and as written', () => {
  for (const text of ['DRIVES A FORD F-150, TAG ABC 1234 AND A TRAILER.', 'Drives a Ford F-150, tag ABC 1234 and a trailer.', 'DRIVES A LINCOLN, TAG ABC 1234.']) {
    const at = text.indexOf('ABC 1234');
    assert.ok(detect(text).some((s) => s.type === 'VEHICLE' && s.start === at && s.end === at + 8), `${text} -> ${found(text).join(' | ')}`);
  }
  const f = found('NIGHTS IN CAR (2011 NISSAN ALTIMA, DC TAG GV 4417) AT THE SHELTER');
  assert.deepEqual(f.filter((x) => x.endsWith(':VEHICLE')), ['GV 4417:VEHICLE']);
});

test('no plate made of the label or of words', () => {
  for (const text of ['DRIVES A 2011 HONDA, PLATE 1FKA571.', 'HIS 2019 NISSAN ALTIMA, GA PLATE RDX 4471, IS IN THE LOT.']) {
    const plates = found(text).filter((x) => x.endsWith(':VEHICLE'));
    assert.ok(plates.length >= 1 && plates.every((x) => !/PLATE/.test(x)), `${text} -> ${plates.join(' | ')}`);
  }
  assert.ok(!found('KIA ORA KIRI, PLEASE BOOK WITH THE FRONT DESK FOR 19/11.').some((x) => x.endsWith(':VEHICLE')));
});

test('no plate with a function word inside, in capitals ("DINNER PLATE 2 OF 3")', () => {
  for (const text of ['PT ATE HALF OF DINNER PLATE 2 OF 3 TIMES TODAY, FLUIDS ENCOURAGED, WILL CONTINUE TO MONITOR INTAKE.', 'PT ATE HALF OF DINNER. DINNER PLATE 2 OF 3 EATEN.', 'dinner plate 2 of 3 eaten, fluids encouraged, will continue to monitor intake and output.']) {
    assert.ok(!found(text).some((x) => x.endsWith(':VEHICLE')), `${text} -> ${found(text).join(' | ')}`);
  }
  // A plate after its label still reads.
  assert.ok(found('Jet-ski registration 07 JS 4471 and his car (1-ABC-447).').includes('07 JS 4471:VEHICLE'));
});
