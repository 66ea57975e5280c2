// Stop 36: places in texts written in one case (all in lower case or all in capitals), where no capital shows a name: a
// care site's name around a place found ("university hospital galway", "salinas valley health"), the parts of an address
// after its label ("address: skippergata 17 b, 9008 tromso"), a street's short word before its name ("ul. zamkowa 14/3"),
// a district's number after a town ("kingston 6"), and a known town after a place that the late rules found. Synthetic
// texts; each positive is checked with its offsets, as written, in capitals and in lower case where it applies, beside
// look-alikes that must stay out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeAt, places, touched } from '../support/deid.js';

/** The text in capitals and in lower case, and the words in the same case. */
const cases = (t: string, w: string): [string, string][] => [
  [t.toUpperCase(), w.toUpperCase()],
  [t.toLowerCase(), w.toLowerCase()],
];

test('one case: a care site\'s generic words before a place found that holds its head', () => {
  for (const [t, w] of [
    ...cases('Pt seen at University Hospital Galway, no fracture. Sent home with sling.', 'University Hospital Galway'),
    ...cases('Ward round 16 Nov 2026, St Brigid\'s ward, University Hospital Galway\nPatient: Siobhan Ni Bhriain, 81F, fall at home.', 'University Hospital Galway'),
    ...cases('Leptospirosis, ARDS -> Government Medical College Kottayam; ambulance booked.', 'Government Medical College Kottayam'),
    ...cases('Appointment November 19, Children\'s Hospital of Philadelphia\nProband: twin A', 'Children\'s Hospital of Philadelphia'),
  ]) assert.ok(placeAt(t, w), `${w}: ${JSON.stringify(places(t))}`);
  // (Not a department's or a day's word, nor a word after a double blank.)
  for (const t of ['went to the cardiology clinic toronto today', 'VHT REFERRAL FORM   KASANGATI HEALTH CENTRE IV, WAKISO']) {
    assert.ok(!touched(t, t.startsWith('went') ? 'cardiology' : 'REFERRAL'), JSON.stringify(places(t)));
  }
});

test('one case: a care site\'s words after a place found, up to its last word', () => {
  for (const [t, w] of [
    ...cases('Chest pain resolved. Cardiac rehab at Salinas Valley Health referral faxed today.', 'Salinas Valley Health'),
    ...cases('Referred by PCP Dr. Gideon Asante at Allston Community Health for depression, ?ADHD.', 'Allston Community Health'),
    ...cases('Plan OPAT vs SNF; placement list sent to Sligo Creek Center.\nSW note to follow, family aware.', 'Sligo Creek Center'),
    ...cases('Discharged home. Home care nurse from South Shore Home Care to visit am, family aware.', 'South Shore Home Care'),
  ]) assert.ok(placeAt(t, w), `${w}: ${JSON.stringify(places(t))}`);
  // (A home's care words that name a service, and a town's home, stay out.)
  const a = 'returned to toronto home health aide at noon';
  assert.ok(!touched(a, 'health aide'), JSON.stringify(places(a)));
  const h = 'RETURNED TO TORONTO HOME TODAY';
  assert.ok(!touched(h, 'HOME'), JSON.stringify(places(h)));
});

test('lower case: the parts of an address after its label', () => {
  const n = 'adresse: skippergata 17 b, 9008 tromso. nokkelboks code kept in chart.';
  assert.ok(placeAt(n, 'skippergata 17 b'), JSON.stringify(places(n)));
  assert.ok(placeAt(n, '9008 tromso'), JSON.stringify(places(n)));
  const k = 'address: kunnummal house, near juma masjid, puthiyangadi p.o., kozhikode - 673021\nreferred to ortho';
  for (const w of ['kunnummal house', 'near juma masjid']) assert.ok(placeAt(k, w), `${w}: ${JSON.stringify(places(k))}`);
  const p = 'address: ul. zamkowa 14/3, 32-020 wieliczka (host family)';
  assert.ok(placeAt(p, 'ul. zamkowa 14/3'), JSON.stringify(places(p)));
  const r = 'home address: str. libertatii nr. 9, alexandria';
  assert.ok(placeAt(r, 'str. libertatii nr. 9'), JSON.stringify(places(r)));
  // (A state's code before the ZIP code stays unmarked; a bed's number is no part of the address.)
  const z = 'address: 444 harrison ave, boston, ma 02118, bed 2-114\nmail to shelter';
  assert.ok(placeAt(z, '02118'), JSON.stringify(places(z)));
  assert.ok(!touched(z, 'ma ') && !touched(z, 'bed 2-114'), JSON.stringify(places(z)));
  // (Words that name no place after the label stay out.)
  for (const t of ['address: same as above', 'address: unknown, pt homeless', 'home address: no fixed abode', 'address: see chart, confirmed with daughter']) {
    assert.deepEqual(places(t), [], t);
  }
  // (After "lives at", prose stays prose.)
  const l = 'lives at home with wife, independent with adls.';
  assert.deepEqual(places(l), []);
});

test('one case: a district\'s number after a town, a known town after a place found late', () => {
  const k = '4 mona road, kingston 6\n2nd november, 2026';
  assert.ok(touched(k, 'kingston'), JSON.stringify(places(k)));
  const c = 'to national hospital of sri lanka, colombo 10\ndear sir,';
  assert.ok(placeAt(c, 'colombo 10'), JSON.stringify(places(c)));
  const g = 'address: 14 adeola odeku street, victoria island, lagos\nphone: +234 803 555 0192';
  assert.ok(placeAt(g, 'lagos'), JSON.stringify(places(g)));
  // (A list of counts by town is no district; a town's name that is a word of the next sentence stays out.)
  const b = 'boston 12, chicago 7';
  assert.ok(!touched(b, '12'), JSON.stringify(places(b)));
  const s = 'finca la esmeralda, vereda el tablazo, rionegro, como operario de poscosecha';
  assert.ok(!touched(s, 'como'), JSON.stringify(places(s)));
});

test('one case: a street by its name and its last word, no number before it', () => {
  for (const [t, w] of [
    ...cases('She goes to the lab at Mount Sinai Hospital on California Ave. She goes to mass on Sundays.', 'California Ave'),
    ...cases('M: cyclist vs HGV on Bristol Road, Selly Oak. I: open L femur fracture, GCS 15.', 'Bristol Road'),
    ...cases('From Kaikohe, lives with wife Huia on Raihara Street. Whanau at bedside, pain controlled.', 'Raihara Street'),
    ...cases('Of Flat 41, Brokesley House, Devons Road, Bow\nMs Chowdhury lives on the third floor with her son.', 'Devons Road'),
  ]) assert.ok(placeAt(t, w), `${w}: ${JSON.stringify(places(t))}`);
  // (Prose, shorthand, a person named after a colon, a word before a road that opens a phrase.)
  for (const t of ['pt on the road to recovery, down the road, on road trip with family, ambulating well in hall',
    'ECG: inferolateral st depression on main st elevation noted, cardiology aware, trop pending',
    'ED NOTE\nCC: CHEST PAIN\nHPI: AMANDA STREET, 55-YEAR-OLD, ARRIVED BY EMS WITH CHEST PAIN FOR 2 HOURS.',
    'vehicle: rega helicopter hb-zrf; backup road ambulance gr gr 41177 on standby, crew of two']) {
    assert.ok(!places(t).some((p) => /(?:road|street|st)@/i.test(p)), `${t}: ${JSON.stringify(places(t))}`);
  }
});

test('lower case: an Australian suburb, its state and a postcode in its range', () => {
  const t = 'thu ha at 41 restwell street, bankstown nsw 2200.\nmedicare 2953 41827 1.';
  assert.ok(placeAt(t, '2200') && placeAt(t, 'bankstown'), JSON.stringify(places(t)));
  const w = 'lives 14/3 attfield st, maddington wa 6109. sister visits daily.';
  assert.ok(placeAt(w, '6109'), JSON.stringify(places(w)));
  // (No suburb before it, or a postcode out of the state's range: no place.)
  for (const n of ['pt given 2 units, sa 5000 noted on the chart', 'address 15 kittyhawk drive, inala qld 2200. phone 07 5550 1182.']) {
    assert.ok(!places(n).some((p) => /^(?:5000|2200)@/.test(p)), `${n}: ${JSON.stringify(places(n))}`);
  }
});

test('one case: a centre after a distinctive word', () => {
  for (const [t, w] of [
    ...cases('Leilani is booked with Keoni at Kapiolani Women\'s Center on December 4 at 9:30. I will call her.', 'Kapiolani Women\'s Center'),
    ...cases('Subject 1047-022, 16 m, enrolled at Barbara Davis Center, Aurora, CO. Devices: pump and CGM.', 'Barbara Davis Center'),
  ]) assert.ok(placeAt(t, w), `${w}: ${JSON.stringify(places(t))}`);
  // (Services, shorthand and common words before a centre stay out.)
  for (const t of ['pt went to the trauma center and then the cancer center for chemo, then to the medical center, the bmt center',
    'PATIENT PRESENTED TO THE MED CENTER ON 9/14 WITH SEVERE PAIN, SEEN IN THE TRAUMA CENTER AND THE SLEEP CENTER']) {
    assert.deepEqual(places(t), [], t);
  }
});
