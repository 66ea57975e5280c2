// Stop 32: identifiers that come as a series (idSeries24) in a text typed in lower case. A register or a triage list
// numbers its rows with codes of one shape; in capitals "MR/26/2201" was found, in lower case "mr/26/2201" was not (the
// rule read the codes' capitals). The codes are now read through the view in capitals; the series (three codes or more
// of one shape, on rows that hold another candidate) stays the guard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const found = (text: string): string[] => detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.type}`);

const LIST = [
  'triage list, ward 3',
  'mr/26/2201; awino grace; tel 0722 555 014; f; 44',
  'mr/26/2202; opiyo samuel; tel 0733 555 208; m; 19',
  'mr/26/2203; achieng mary; tel 0711 555 390; f; 61',
  'end of list',
].join('\n');

test('a series of row codes in lower case is found as in capitals', () => {
  for (const text of [LIST, LIST.toUpperCase()]) {
    const got = found(text).filter((x) => x.endsWith(':OTHER_ID'));
    const codes = ['mr/26/2201', 'mr/26/2202', 'mr/26/2203'].map((c) => (text === LIST ? c : c.toUpperCase()));
    assert.deepEqual(got, codes.map((c) => `${c}:OTHER_ID`));
    // Offsets: each code where the text has it.
    for (const s of detect(text).filter((x) => x.type === 'OTHER_ID')) assert.match(text.slice(s.start, s.end), /^mr\/26\/220\d$/i);
  }
});

test('codes of one shape on rows with nothing else to find are no series, in either case', () => {
  const rounds = 'night round\nbed a-101 cleaned, linen changed\nbed a-102 cleaned, linen changed\nbed a-103 cleaned, linen changed\nno issues';
  assert.deepEqual(found(rounds), []);
  assert.deepEqual(found(rounds.toUpperCase()), []);
});

test('two codes are no series, and clinical codes in lower case are not read as one', () => {
  const two = LIST.split('\n').slice(0, 3).join('\n');
  assert.deepEqual(found(two).filter((x) => x.endsWith(':OTHER_ID')), []);
  const spine = 'mri: l4-l5 disc bulge, l5-s1 narrowing, t11-t12 normal. covid-19 swab neg. her-2 neg. bp 120/80, hr 88.';
  assert.deepEqual(found(spine), []);
});
