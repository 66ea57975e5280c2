// Stop 37: places in texts of one case (places37.ts): a street line shown by its form and the place after it, a town no
// lexicon knows after a site found and a comma, a column of towns in a lower-case table. Synthetic texts only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const places = (text: string): string[] => detect(text).filter((s) => s.type === 'LOCATION').map((s) => `${text.slice(s.start, s.end)}@${s.start}`);
const cases = (t: string): string[] => [t, t.toUpperCase(), t.toLowerCase()];

test('a street line: house number, words, suffix, and the town found after it (lower case and capitals)', () => {
  const t = 'note for the claims file today.\nbilling office, 2150 maple grove way, columbus, oh 43215\nplease call back with the claim number.';
  for (const x of [t, t.toUpperCase()]) {
    const got = places(x);
    assert.ok(got.includes(`${x.slice(48, 68)}@48`), got.join(' '));
    assert.ok(got.includes(`${x.slice(70, 78)}@70`), got.join(' '));
  }
  const u = 'husband says hello from both of us. we moved to 12 nidd walk, knaresborough, hg5 8bq last month.';
  for (const x of [u, u.toUpperCase()]) assert.ok(places(x).includes(`${x.slice(48, 60)}@48`), places(x).join(' '));
});

test("a street's word first, its name and number, then a postcode and its town", () => {
  const t = 'dispensed today from apteka centralna, ul. lipowa 14, 90-006 lodz, as requested by the family.';
  for (const x of [t, t.toUpperCase()]) {
    const got = places(x);
    assert.ok(got.includes(`${x.slice(39, 52)}@39`), got.join(' '));
    assert.ok(got.includes(`${x.slice(54, 65)}@54`), got.join(' '));
  }
  const g = 'letter sent to the practice, lindenstrasse 18, 60311 frankfurt, for the records of the patient.';
  for (const x of [g, g.toUpperCase()]) assert.ok(places(x).includes(`${x.slice(29, 45)}@29`), places(x).join(' '));
});

test('no street without a number, a suffix or a place after it', () => {
  for (const x of cases('Given 2 units PRBC st, then 1000 units heparin drip overnight and recheck in the morning.')) assert.deepEqual(places(x), []);
  for (const x of cases('Follow up in 2 weeks at the clinic, then review with labs and the rest of the team.')) assert.deepEqual(places(x), []);
  // (A number, words and a suffix, but no place after them: "dr" is the doctor here.)
  for (const x of cases('plan discussed: x 2 then per dr, and the team will see her again in the morning.')) assert.deepEqual(places(x), []);
});

test('a town no lexicon knows after a site found and a comma', () => {
  const t = 'he was referred to tenwek hospital, bomet - theatre 2 is booked for tomorrow morning.';
  for (const x of [t, t.toUpperCase()]) assert.ok(places(x).includes(`${x.slice(36, 41)}@36`), places(x).join(' '));
  const k = 'portal booking confirmed. hospital: severance hospital, sinchon\nportal link sent to the son today.';
  for (const x of [k, k.toUpperCase()]) assert.ok(places(x).includes(`${x.slice(56, 63)}@56`), places(x).join(' '));
});

test('no town after a site: common words, short forms before a stop, record fields', () => {
  for (const x of cases('admitted to mercy hospital, stable overnight and seen by the team this morning.')) {
    assert.ok(!places(x).some((p) => /stable/i.test(p)), places(x).join(' '));
  }
  const b = 'address still blk 12 lot 7 mabini st, brgy. san isidro, cainta right? the aide says yes to this.';
  for (const x of [b, b.toUpperCase()]) assert.ok(!places(x).some((p) => /^brgy@/i.test(p)), places(x).join(' '));
  // (A drug or a diagnosis ending a sentence after a site: a full stop ends no address's part.)
  const k = 'seen today with his wife. admitted to st marys hospital, urosepsis. seen at royal free hospital, keytruda. plan to review.';
  for (const x of [k, k.toUpperCase()]) assert.ok(!places(x).some((p) => /urosepsis|keytruda/i.test(p)), places(x).join(' '));
  const f = 'log\n2026-11-09,jiroft health post,bahonar hospital,polytrauma,dr amini,declined\n2026-11-10,kerman clinic,afzalipour hospital,eclampsia,dr jafari,accepted';
  assert.ok(!places(f).some((p) => /polytrauma|eclampsia/.test(p)), places(f).join(' '));
});

test('a column of towns in a lower-case table', () => {
  const t = 'vaccination list for the outreach day\n1\tkofi mensah\tglendale\tflu\n2\tama owusu\ttolleson\tflu\n3\tyaw boateng\tguadalupe\tflu\n4\tesi owusu\tglendale\tflu\n';
  const got = places(t);
  for (const town of ['glendale', 'tolleson', 'guadalupe']) {
    const at = t.indexOf(town);
    assert.ok(got.includes(`${town}@${at}`), `${town}: ${got.join(' ')}`);
  }
});

test('no places in a lower-case table of clinical words', () => {
  const t = 'ward list for the night shift\n1\tbed 4\tasthma\tsalbutamol\n2\tbed 5\tcopd\ttiotropium\n3\tbed 6\tsepsis\tceftriaxone\n4\tbed 7\tcellulitis\tflucloxacillin\n';
  assert.deepEqual(places(t), []);
});

test('a place found widened over the unknown words beside it, in one case', () => {
  const t = 'she had the knee done at kungsbacka narsjukhus yesterday and the physio will call her.';
  for (const x of [t, t.toUpperCase()]) assert.deepEqual(places(x), [`${x.slice(25, 46)}@25`]);
  const k = 'his grandson drove him to the clinic. they came from kiryat tivon; he lives alone since the winter.';
  for (const x of [k, k.toUpperCase()]) assert.ok(places(x).includes(`${x.slice(53, 65)}@53`), places(x).join(' '));
});

test('no widening over record shorthand, English words or a place found beside it', () => {
  const t = 'fnac at aga khan hospital kisumu ref akhk-cy-25-0881 showed reactive nodes, no lymphoma.';
  for (const x of [t, t.toUpperCase()]) assert.ok(places(x).includes(`${x.slice(8, 32)}@8`), places(x).join(' '));
  const s = 'mentions the patient lives in soweto at 1184 vilakazi street orlando west with her partner today.';
  for (const x of [s, s.toUpperCase()]) {
    const got = places(x);
    assert.ok(got.includes(`${x.slice(40, 60)}@40`) && got.includes(`${x.slice(61, 73)}@61`), got.join(' '));
  }
  const f = 'no seizure activity noted overnight, family from boston visiting today and updated by the team.';
  for (const x of [f, f.toUpperCase()]) assert.deepEqual(places(x), [`${x.slice(49, 55)}@49`]);
});

test('no widening over an English prefix before a common word', () => {
  const t = 'r: stable, no seizure activity noted, baltimore reconsult for possible transfer early next week.';
  for (const x of [t, t.toUpperCase()]) assert.deepEqual(places(x), [`${x.slice(38, 47)}@38`]);
});
