// Stop 34: places shown by a job, a site, a relative, a bracket, an address's next part or a road's number: a workplace
// after a job's cue and "at"/"for" ("works nights at Kirkgate Market"), a town after a site or a relative and "in"
// ("the freight depot in Onehunga", "sister Magda in Leyton"), another name of a place in brackets after it ("Tembisa
// (Fuller Park)"), a named place before a comma and a place found ("Regent Park, 245 Dundas St E"), a road by its number
// ("on the A470 near Llanidloes"). Synthetic texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const places = (text: string): string[] => detect(text).filter((s) => s.type === 'LOCATION').map((s) => `${s.start}:${text.slice(s.start, s.end)}`);
const at = (text: string, part: string): string => `${text.indexOf(part)}:${part}`;

test('a workplace after a job cue and "at" or "for"', () => {
  for (const [text, part] of [
    ['Contact C, Wren Halloran, works at Kirkgate Market florist, no symptoms.', 'Kirkgate Market'],
    ['Works nights at Amazon DCK6 warehouse in Lakeland.', 'Amazon DCK6'],
    ['Carlos, 31, fabricator at Premier Stone & Quartz, 1840 E Slauson Ave.', 'Premier Stone & Quartz'],
    ['Pt works at Hartsfield-Jackson (ramp crew).', 'Hartsfield-Jackson'],
  ] as const) {
    assert.ok(places(text).includes(at(text, part)), text);
  }
  // In capitals too.
  const caps = 'HISTORY: FORMER MINER AT KWK BOGDANKA (1974-2001). PROGRESSIVE DYSPNOEA ON EXERTION, NO CHEST PAIN REPORTED TODAY.';
  assert.ok(places(caps).includes(at(caps, 'KWK BOGDANKA')));
});

test('no workplace where the words are common, a company alone, or a clinical phrase', () => {
  for (const text of ['Nurse at Bedside reports pain 4/10.', 'He works at Home on weekdays.', 'She works for Qantas as cabin crew.', 'Works at Boeing in the design office.', 'Nurse at ICU desk informed.', 'Last worked at the Walmart Supercenter for years.']) {
    assert.deepEqual(places(text), [], text);
  }
  // A company's name in capitals stops at "AS".
  assert.deepEqual(places('SHE WORKS FOR QANTAS AS CABIN CREW. KIND REGARDS, DR BROOKE, CARDIOLOGY REGISTRAR ON CALL.'), []);
});

test('a town after a site or a relative and "in"', () => {
  for (const [text, part] of [
    ['Husband uses a work computer at the freight depot in Onehunga. Also asks for a copy.', 'Onehunga'],
    ['Pt going to sister Magda in Leyton tonight.', 'Leyton'],
    ['Ginseng bought from a shop in Seomyeon: counselled on bleeding.', 'Seomyeon'],
  ] as const) {
    assert.ok(places(text).includes(at(text, part)), text);
  }
  const lower = 'message from the portal, typed by the patient: it is nearer my mam\'s house in ballyclough. can i change the clinic?';
  assert.ok(places(lower).includes(at(lower, 'ballyclough')));
  // A country, a continent, a common or clinical word after it is no town.
  for (const text of ['Prior surgery in Syria by Dr Kabbani.', 'His daughter in Recovery is stable.', 'Mother in Room 5 asked for the nurse.', 'The son in Europe has not been involved.']) {
    assert.deepEqual(places(text), [], text);
  }
});

test('another name of a place in brackets', () => {
  for (const [text, part] of [
    ['She rang at 2315 from Hermannsburg (Ntaria) asking about the plan.', 'Ntaria'],
    ['Address 3219 W 26th St, Chicago, IL 60623 (Little Village)\nResident with medical card.', 'Little Village'],
  ] as const) {
    assert.ok(places(text).includes(at(text, part)), text);
  }
  // A department, a clinician, capitals in brackets are no place.
  for (const [text, kept] of [
    ['Referred to Mercy Hospital (ICU) today.', 'Mercy Hospital'],
    ['Seen at Mercy Hospital (Main Building) today.', 'Mercy Hospital'],
  ] as const) {
    assert.deepEqual(places(text), [at(text, kept)], text);
  }
});

test('a named place before a comma and a place found', () => {
  for (const [text, part] of [
    ['Leblanc-Osei, Marcus * Regent Park, 245 Dundas St E * PrEP (Truvada)', 'Regent Park'],
    ['Leaflet posted to Fell View, Hebden Road, Grassington BD23 5LB.', 'Fell View'],
  ] as const) {
    assert.ok(places(text).includes(at(text, part)), text);
  }
  // A department before a care site is none.
  const dept = 'Referral letter\nPaediatrics, CHU de Treichville, route de Bassam';
  assert.ok(!places(dept).includes(at(dept, 'Paediatrics')));
});

test('a road by its number', () => {
  for (const [text, part] of [
    ['Driver hit a ewe on the A470 near Llanidloes on 23/11.', 'A470'],
    ['Lives 9 mi S of Many Farms on N-59, no running water.', 'N-59'],
    ['rtc on the a41 near tring, seen in ed overnight and admitted under the surgeons for observation.', 'a41'],
  ] as const) {
    assert.ok(places(text).includes(at(text, part)), text);
  }
  for (const text of ['Pt on B12 injections monthly.', 'Pt on the A2 protocol since Monday.', 'Started on M3 regimen.']) {
    assert.deepEqual(places(text), [], text);
  }
});

test('a place after "out of" and a trade or a base, not after "ran out of"', () => {
  const text = 'My father was a fisherman out of Steveston and later lived in Gimli.';
  assert.ok(places(text).includes(at(text, 'Steveston')));
  const caps = "VEHICLE REGISTERED TO AN ELIJAH FREEMAN JR OUT OF GOULD. WE'RE BRINGING HIM TO YOU NOW, ETA TEN MINUTES, STABLE VITALS.";
  assert.ok(places(caps).includes(at(caps, 'GOULD')));
  for (const t of ['Pt ran out of Lasix last week.', 'Pt ran out of Coumadin on Friday.', 'She was working out of Hospital hours.']) {
    assert.deepEqual(places(t), [], t);
  }
});
