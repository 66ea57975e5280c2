// Stop 36: a surname no lexicon knows (or a name that is no everyday word) right after a person's name that a late rule
// found, one space on (unknown-names.ts, namesRight36): the step that widens names ran before those rules, so the name
// had been cut after its first word ("Maya [Katz]", "KEZIAH [OGUNTADE]", "SATO [HARUKO] (96)").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const names = (text: string): string[] => detect(text).filter((s) => s.type === 'NAME').map((s) => text.slice(s.start, s.end));
const spans = (text: string): [number, number][] => detect(text).filter((s) => s.type === 'NAME').map((s) => [s.start, s.end]);

const PEDIGREE = 'Pedigree: II-3  Maya Katz 14, II-4 Ariel Katz 11 (siblings of proband).';
const HANDOVER =
  'Night shift handover, ward 4B. Bed 3 settled, obs stable, pain controlled with oral analgesia. Next shift lead Keziah Oguntade.\n' +
  'Bed 5 for discharge in the morning once transport is booked.';
const VISITS =
  'HOME NURSING VISITS 11/27\n1. 09:00 SATO HARUKO (96) - SETAGAYA, OXYGEN CHECK, FAMILY PRESENT\n' +
  '2. 10:30 TANAKA HIROSHI (71) - DRESSING CHANGE, WOUND CLEAN, NEXT VISIT FRIDAY';

test('the surname after a given name found by a late rule', () => {
  assert.deepEqual(names(PEDIGREE), ['Maya Katz', 'Ariel Katz']);
  const s = PEDIGREE.indexOf('Maya');
  assert.deepEqual(spans(PEDIGREE)[0], [s, s + 'Maya Katz'.length]);
  assert.ok(names(HANDOVER).includes('Keziah Oguntade'));
});

test('in capitals, names of two words and surnames first', () => {
  assert.deepEqual(names(PEDIGREE.toUpperCase()).filter((n) => n.includes('ARIEL')), ['ARIEL KATZ']);
  assert.ok(names(HANDOVER.toUpperCase()).includes('KEZIAH OGUNTADE'));
  assert.deepEqual(names(VISITS).filter((n) => n.startsWith('SATO')), ['SATO HARUKO']);
});

test('no word added after a particle, a role or before a science or a product', () => {
  const t =
    'OUTBREAK REPORT, WEEK 46. ALSO CHAGAS SEROLOGY POSITIVE, ASYMPTOMATIC, REFERRED TO THE FACULDADE DE MEDICINA DA USP.\n' +
    'VACCINATOR LICENCE NP-MA-0044172 CHECKED AGAINST THE REGISTER, ALL IN ORDER FOR THE CLINIC.';
  for (const n of names(t)) {
    assert.ok(!/SEROLOGY|MEDICINA|LICENCE/.test(n), n);
  }
  assert.ok(!names('Seen with Dr Maria Santos at the Maria Goretti Hospital today.').some((n) => n.includes('Hospital')));
});

// (Stop 36: a particle in capitals found in one name, "ROSSI DE MARCHETTI", is no name alone elsewhere in the text,
// "SERVICIO DE CIRUGIA"; beside a word of a name found it still is: "MARIA DE LOS ANGELES".)
const REFERRAL =
  'HOSPITAL DE LAS CULTURAS - SERVICIO DE CIRUGIA GENERAL\nPACIENTE: MARIA DE LOS ANGELES ROSSI DE MARCHETTI, 90 ANOS, DOMICILIO EN CABA.\n' +
  'CONTACTO VIA RADIO DEL PUESTO DE SALUD; CELULAR 0388 555 0123.';

test('a particle in capitals is no name alone', () => {
  const n = names(REFERRAL);
  assert.ok(!n.includes('DE') && !n.includes('DEL') && !n.includes('LAS'), JSON.stringify(n));
  const s = REFERRAL.indexOf('MARIA');
  assert.deepEqual(spans(REFERRAL).filter(([a]) => a >= s && a < s + 60), [[s, s + 'MARIA DE LOS ANGELES ROSSI DE MARCHETTI'.length]]);
});

test('a particle that is a name too still repeats in capitals', () => {
  const t = 'TEAM LIST WARD 7 NIGHT SHIFT, CHARGE NURSE BEN OKAFOR ON CALL.\nBEN TO REVIEW BED 4 AT 0200 AND CALL THE REGISTRAR IF THE PRESSURE DROPS AGAIN.';
  assert.ok(names(t).filter((x) => x === 'BEN').length >= 1, JSON.stringify(names(t)));
});

// (Stop 36: false names left from stop 35: a contraction after a greeting, a Malay staff role after a name, a diagnosis
// before an age and sex, an order's urgency after a nurse's credential.)
test('no name in a contraction, a role in Malay, a diagnosis or "stat"', () => {
  const chat = 'visitor: hi is anyone there\nagent joy: hi, you\'re chatting with the patient services desk. how can i help?';
  assert.ok(!names(chat).includes("you're"), JSON.stringify(names(chat)));
  assert.ok(!names(chat.toUpperCase()).includes("YOU'RE"));
  assert.deepEqual(names('Yang benar, Dr. Aminah binti Yusof, Pegawai Perubatan, MMC No. 44120'), ['Aminah binti Yusof']);
  const ed = 'ED HANDOVER\nBED 4: COPD EXACERBATION, 71F, ON 2L NC, SATS 92%. NEBS GIVEN.\nBED 5: CHEST PAIN, 55M, TROP PENDING.';
  assert.deepEqual(names(ed), []);
  assert.deepEqual(names(ed.toLowerCase()), []);
  assert.deepEqual(names('Paged RN Stat for the transfusion; RN Stat came to the bedside.'), []);
  // Look-alikes that stay names.
  assert.deepEqual(names('Ahmadi, Farzaneh 58F for review'), ['Ahmadi, Farzaneh']);
  assert.deepEqual(names("hi, i'm calling for my dad. this is kasia"), ['kasia']);
});
