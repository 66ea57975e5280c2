// Stop 33: places in texts typed all in lower case (and all in capitals): facilities named by a head word, ZIP codes
// after a state's name or code, a town after " in " behind a street, divisions by their word or suffix, lone towns only
// the gazetteer knows. Synthetic texts; each positive is checked with its offsets, beside look-alikes that must stay out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

/** The text's places, as "words@start". */
const places = (text: string): string[] => detect(text).filter((s) => s.type === 'LOCATION').map((s) => `${text.slice(s.start, s.end)}@${s.start}`);
/** Whether `words` (its first occurrence) is covered by one place span exactly. */
const placeAt = (text: string, words: string): boolean => {
  const at = text.indexOf(words);
  assert.ok(at >= 0, words);
  return detect(text).some((s) => s.type === 'LOCATION' && s.start === at && s.end === at + words.length);
};
/** The three renderings of a sentence: as written, in capitals, in lower case. */
const cases = (text: string): string[] => [text, text.toUpperCase(), text.toLowerCase()];

test('a facility of generic words after a cue or alone on its line, in the three cases', () => {
  for (const t of cases('The patient is a 71-year-old man admitted from Mercy General Hospital with CHF exacerbation.')) {
    assert.ok(placeAt(t, t.includes('MERCY') ? 'MERCY GENERAL HOSPITAL' : t.includes('mercy') ? 'mercy general hospital' : 'Mercy General Hospital'), t);
  }
  const lower = 'transferred from northside family practice. mrn: 1122268';
  assert.ok(placeAt(lower, 'northside family practice'));
  const head = 'good samaritan hospital\n5247 highland avenue, fairview\n\ndear dr. olga perez,';
  assert.ok(placeAt(head, 'good samaritan hospital'));
  const head2 = 'valley regional medical center\n5823 park ave unit 124\ntel 296.555.6604';
  assert.ok(placeAt(head2, 'valley regional medical center'));
});

test('heads added: practice, pharmacy, elementary, school, temple, Nordic hospitals; "of" and "and" inside', () => {
  const t = 'son attends hibbard elementary. scripts sent to goodlife pharmacy. rehab at sunnaas sykehus from monday. referred to moi teaching and referral hospital, eldoret. arrived at university of utah hospital, handoff given.';
  for (const w of ['hibbard elementary', 'goodlife pharmacy', 'sunnaas sykehus', 'moi teaching and referral hospital', 'university of utah hospital']) assert.ok(placeAt(t, w), w);
});

test('no facility of clinical or service words, nor a verb, a title or a weak head read as one', () => {
  const t = 'referred to the cardiac clinic. pain in private practice. got meds at the pharmacy. s/p cabg surgery, hip surgery. went to hospital. back to the basic hospital. theatre pharmacy closed.';
  assert.deepEqual(places(t), []);
  // (In capitals, "THEATRE PHARMACY" was read as a place before this stop: only the rest is checked.)
  assert.deepEqual(places(t.toUpperCase().replace('THEATRE PHARMACY CLOSED.', '')), []);
  // A clinic's name of common words that fills a field is a service's: "thyroid clinic, tan tock seng hospital".
  const f = 'thyroid clinic, tan tock seng hospital, singapore, 20 nov 2026';
  assert.ok(!places(f).some((p) => p.startsWith('thyroid')));
  assert.ok(placeAt(f, 'tan tock seng hospital'));
  // The person after a title keeps the name: "dr olusegun babatunde-hart ... children's hospital".
  const n = 'yours sincerely dr olusegun babatunde-hart paediatric cardiology children\'s hospital at montefiore';
  assert.ok(!places(n).some((p) => p.startsWith('babatunde')));
  // A verb stops the name: "daughter attends kaptembwo primary school".
  const a = 'triage nurse: jeruto lagat. daughter chelangat attends kaptembwo primary school.';
  assert.ok(placeAt(a, 'kaptembwo primary school'));
});

test('a name or a place found that runs into the facility opens it', () => {
  const t = 'epilepsy service, queen elizabeth university hospital, glasgow, 16/11/2026';
  assert.ok(placeAt(t, 'queen elizabeth university hospital'));
});

test('a ZIP code after a US state\'s name or code in lower case, and in record fields', () => {
  const t = 'social work\nmr. campbell lives alone at 3993 lake boulevard, greenville, texas 40099. son tanaka (796-555-4243) is proxy.';
  assert.ok(placeAt(t, '40099'));
  assert.ok(placeAt(t, 'greenville'));
  // (The state stays unmarked.)
  assert.ok(!places(t).some((p) => p.startsWith('texas')));
  const u = t.toUpperCase();
  assert.ok(placeAt(u, '40099'));
  const n = 'arr via: minot fire ems unit 4, from home 1207 4th ave nw minot nd 58703\ncc: fall, r hip pain';
  assert.ok(placeAt(n, '58703'));
  const hl7 = 'pid|1||771204^^^nwh^mr||bell^odessa^r||19340218|f|||77 orchard way^^wenatchee^wa^98801||(509)555-0148';
  assert.ok(placeAt(hl7, '98801'));
  const csv = '00551447,kramer,delores,1939-05-02,3417 jackson st,dubuque,ia,52001,563-555-0147';
  assert.ok(placeAt(csv, '52001'));
  // (No state's code between the town and the ZIP code read as a place.)
  assert.ok(!places(csv).some((p) => p.startsWith('ia@')));
  // Look-alikes: a number after a state that no town precedes, a dose after "in".
  assert.deepEqual(places('dose: 40099 units given in texas. bp 120/80.').filter((p) => p.startsWith('40099')), []);
  assert.deepEqual(places('pt ambulating. wbc 12.1, in 12000 range.'), []);
});

test('a town after " in " behind a street address or a facility', () => {
  const t = 'social work\nms. brown lives alone at 4354 park boulevard in auburn. son jessica (555-0101).';
  assert.ok(placeAt(t, '4354 park boulevard'));
  assert.ok(placeAt(t, 'auburn'));
  const u = 'ARRIVED BY EMS FROM 9886 OAK RD IN MADISON. CONTINUE LASIX.';
  assert.ok(placeAt(u, '9886 OAK RD'));
  assert.ok(placeAt(u, 'MADISON'));
  const l = 'ms. martinez lives alone at 89 main rd in georgetown. son j. rodriguez.';
  assert.ok(placeAt(l, '89 main rd'));
  assert.ok(placeAt(l, 'georgetown'));
  // Look-alike: "in" after a number that is no street.
  assert.deepEqual(places('pt given 2 mg dr in reading room. ok.'), []);
});

test('divisions by their word after the name, and Korean or Japanese districts by their suffix', () => {
  const t = 'in the probate court of cuyahoga county, ohio. from zhongshan dist., taipei. address: apt 3, mapo-gu, seoul. deacon tom, st. martin parish.';
  for (const w of ['cuyahoga county', 'zhongshan dist.', 'mapo-gu', 'st. martin parish']) assert.ok(placeAt(t, w), w);
  const u = t.toUpperCase();
  for (const w of ['ZHONGSHAN DIST.', 'MAPO-GU']) assert.ok(placeAt(u, w), w);
  // (In capitals an older rule reads "OF CUYAHOGA COUNTY": the county is covered.)
  const at = u.indexOf('CUYAHOGA COUNTY');
  assert.ok(detect(u).some((s) => s.type === 'LOCATION' && s.start <= at && s.end >= at + 15));
  // Look-alikes: common words before the division's word, district nurses, a Korean given name.
  const n = 'the county sent forms. school district aware. call the district nurses. patient: moon gil-dong 67m, stable.';
  assert.deepEqual(places(n), []);
});

test('a lone town only the gazetteer knows, standing as a place', () => {
  const t = 'portal message: my son moved to stavanger last year, and we lived in beirut before.\nreply: thanks.';
  assert.ok(placeAt(t, 'beirut'));
  const f = 'name | age | village\nmary | 40 | kaitaia\n';
  assert.ok(placeAt(f, 'kaitaia'));
  // Look-alikes: a scale, a language, a make of car, a word inside a phrase.
  const n = 'ahi 38, severe osa, epworth 13. she speaks mostly navajo, please get an interpreter. car is a vauxhall astra.';
  assert.deepEqual(places(n), []);
});
