// Stop 33: ages over 89 in a text typed in lower case. "Haugen, Solveig 93F" was read (the sex joined to the age is a
// unit of the age pattern, in capitals only); "haugen, solveig 93f" was not. The pattern now reads such a text through
// its view in capitals too, where the unit is a sex on the same line or a German "j." in brackets (not "95 m", metres,
// and not a number at the end of a line before "m." that opens a name). And an age after a name that a late name rule
// found ("dorothy aldous-pike (94)") is read after those rules as well.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

/** A note long enough, and without a capital, to be read as a text typed in lower case. */
const PRE = 'night handover from the ward, typed quickly on the unit computer between rounds: ';
const ages = (text: string): string[] => detect(text).filter((s) => s.type === 'AGE_OVER_89').map((s) => `${s.start}:${text.slice(s.start, s.end)}`);

test('an age with the sex joined to it, in lower case', () => {
  for (const rest of ['bed 1  haugen, solveig 93f  #nof l dhs 2/9.', 'bed 4 goldberg, shmuel 91m. # nof, fascia iliaca block.', 'kabagambe edinansi            93   f    casualty (bid)', 'pt halloran, bridget m., 92f, lkw 0745 per husband.']) {
    const text = PRE + rest;
    const at = text.search(/9\d(?=\s*[mf])/);
    assert.deepEqual(ages(text), [`${at}:${text.slice(at, at + 2)}`], rest);
  }
  // German: "(91 j.)".
  const de = PRE + 'patientin ilse grabowski-hinz, geb. 03.05.1934 (91 j.), detmolder str. 210.';
  assert.deepEqual(ages(de), [`${de.indexOf('91 j')}:91`]);
});

test('the same in capitals and as written, as before', () => {
  assert.deepEqual(ages('BED 1  HAUGEN, SOLVEIG 93F  #NOF L DHS 2/9.').map((x) => x.split(':')[1]), ['93']);
  assert.deepEqual(ages('Bed 1  Haugen, Solveig 93F  #NOF L DHS 2/9.').map((x) => x.split(':')[1]), ['93']);
});

test('no age where the letter is a unit or opens the next line', () => {
  assert.deepEqual(ages(PRE + 'mobility exam: gait 6mwt 95 m, mrc 4/5 hip flexors.'), []);
  assert.deepEqual(ages(PRE + 'gp dr arrieta;05 59 55 41 99\nm. bergougnoux jean;16/10/2026'), []);
  assert.deepEqual(ages(PRE + 'tmax 101f overnight, now 98.6f, no further spikes.'), []);
  assert.deepEqual(ages(PRE + 'walked 100 m with frame, then 90 m back to bed.'), []);
});

test('an age after a name found late, in brackets', () => {
  const text = 'visits: client dorothy aldous-pike (94)\nmon 2/3 07:32 arrived, personal care given, lunch taken well and no concerns raised.';
  assert.deepEqual(ages(text), [`${text.indexOf('94')}:94`]);
});

test('an age said with a verb in capitals ("SHE IS 95 AND"), as in lower case', () => {
  for (const text of ['SHE TOLD HIM SHE IS 95 AND "TOO OLD FOR THIS".', 'HER HUSBAND WILF, WHO IS 90 AND FRAIL; THEIR DAUGHTER VISITS.', 'she told him she is 95 and "too old for this".']) {
    assert.deepEqual(ages(text), [`${text.search(/9\d/)}:${text.match(/9\d/)?.[0]}`], text);
  }
  assert.deepEqual(ages('WEIGHT TODAY: SHE IS 95 KG AND STABLE. SATS 95 AND STEADY.'), []);
});
