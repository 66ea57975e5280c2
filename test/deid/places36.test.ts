// Stop 36: places found in part, grown to their whole extent (edges.ts, widenPlaces): a kind of place in lower case
// after a capitalized name ("Nabavatu village", "Wajima fish market"), more kinds of site or place that end a name
// ("Port Augusta Renal Unit", "Knaresborough Bowling Club"), a division's kind in lower case before its name ("quartier
// Tefess", "comuna Ocna Sugatag"), a capitalized "The" before a site, and the house's or the postal number before a place
// at a field's start ("3 Clachan", "2-14-7 Kyodo", "1094 HW Amsterdam"). Synthetic texts; each positive is checked with
// its offsets, beside look-alikes that must stay out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeAt, places, touched } from '../support/deid.js';

test('a kind of place in lower case after a capitalized name', () => {
  const v = 'Grandmother lives in Nabavatu village, Dreketi, and visits monthly.';
  assert.ok(placeAt(v, 'Nabavatu village'), JSON.stringify(places(v)));
  const m = 'She worked at Wajima fish market until March.';
  assert.ok(placeAt(m, 'Wajima fish market'), JSON.stringify(places(m)));
  // Not after "the" (a common noun's phrase), nor a refugee camp's kind.
  const t = 'Address: near the Kariakoo market, Dar es Salaam';
  assert.ok(placeAt(t, 'Kariakoo'), JSON.stringify(places(t)));
  // Not the start of another phrase ("district nurses").
  const n = 'Leeds district nurses will visit on Monday.';
  assert.ok(placeAt(n, 'Leeds'), JSON.stringify(places(n)));
  assert.ok(!touched(n, 'district'), JSON.stringify(places(n)));
});

test('more kinds of site that end a name, in every case', () => {
  const t = 'Dialysis at Port Augusta Renal Unit three times a week.';
  assert.ok(placeAt(t, 'Port Augusta Renal Unit'), JSON.stringify(places(t)));
  for (const b of ['Back to bowls at Knaresborough Bowling Club.', 'BACK TO BOWLS AT KNARESBOROUGH BOWLING CLUB.', 'back to bowls at knaresborough bowling club.']) {
    const w = b.slice(b.indexOf('at ') >= 0 ? b.indexOf('at ') + 3 : b.indexOf('AT ') + 3, -1);
    assert.ok(placeAt(b, w), JSON.stringify(places(b)));
  }
});

test('a division\'s kind in lower case before its name, and "The" before a site', () => {
  const q = 'Mr. Diop moves to quartier Tefess, Mbour, near the market.';
  assert.ok(placeAt(q, 'quartier Tefess'), JSON.stringify(places(q)));
  const c = 'Home: comuna Ocna Sugatag, judetul Maramures';
  assert.ok(placeAt(c, 'comuna Ocna Sugatag'), JSON.stringify(places(c)));
  assert.ok(placeAt(c, 'judetul Maramures'), JSON.stringify(places(c)));
  const s = 'Seen at The Reservoir Care Center for rehab.';
  assert.ok(placeAt(s, 'The Reservoir Care Center'), JSON.stringify(places(s)));
  // A sentence's "The" before a town is no part of it.
  const b = 'The Boston team said yes.';
  assert.ok(!touched(b, 'The'), JSON.stringify(places(b)));
});

test('the house\'s or the postal number before a place at a field\'s start', () => {
  const a = 'We\'re at 3 Clachan, Locheport, HS6 5HD. Call first.';
  assert.ok(placeAt(a, '3 Clachan'), JSON.stringify(places(a)));
  const j = 'Both live in Setagaya; one at 2-14-7 Kyodo, the other nearby.';
  assert.ok(placeAt(j, '2-14-7 Kyodo'), JSON.stringify(places(j)));
  const n = 'Adresse: Javaplein 7, 1094 HW Amsterdam';
  assert.ok(placeAt(n, '1094 HW Amsterdam'), JSON.stringify(places(n)));
  // Not a time's minutes, nor a year, nor a count.
  const t = '- 09:30 Tamworth Rural Referral Hospital - 29/40';
  assert.ok(placeAt(t, 'Tamworth Rural Referral Hospital'), JSON.stringify(places(t)));
  const y = 'Family history: moved in 2019 to Leeds, Yorkshire.';
  assert.ok(!touched(y, '2019'), JSON.stringify(places(y)));
});

test('two parts of one place joined by a particle, the second read as a name', () => {
  const b = 'Matias works at the feria in Bajos de Mena.';
  assert.ok(placeAt(b, 'Bajos de Mena'), JSON.stringify(places(b)));
  const h = 'Dimessa, 10155 Torino (quartiere Barriera di Milano)\nTerapia: invariata.';
  assert.ok(placeAt(h, 'Barriera di Milano'), JSON.stringify(places(h)));
  // "and" joins two places: each stays its own.
  const a = 'Returned from Shiraz and Yazd on Nov 9 with fever.';
  assert.ok(placeAt(a, 'Shiraz'), JSON.stringify(places(a)));
  assert.ok(placeAt(a, 'Yazd'), JSON.stringify(places(a)));
});

test('a quarter\'s number or letter after its name, beside a town and its postcode', () => {
  const m = 'Dhaka stay: House 12, Road 4, Block C, Mirpur 10, Dhaka 1216';
  assert.ok(placeAt(m, 'Mirpur 10'), JSON.stringify(places(m)));
  const c = 'cama 4 - Helder Sitoe, 9m - Chamanculo C - avo Rosa';
  assert.ok(placeAt(c, 'Chamanculo C'), JSON.stringify(places(c)));
  // A list of counts by place keeps its counts out.
  const l = 'Sites visited: Boston 12, Chicago 7, Leeds 4';
  assert.ok(!touched(l, '7'), JSON.stringify(places(l)));
});

test('a site whose name was read as a person\'s, and its kind', () => {
  const a = 'Landed Adelaide Airport at 0745, road ambulance to the ED.';
  assert.ok(placeAt(a, 'Adelaide Airport'), JSON.stringify(places(a)));
  const s = 'Kagiso is in Form 5 at Naledi Senior Secondary School; his teacher called.';
  assert.ok(placeAt(s, 'Naledi Senior Secondary School'), JSON.stringify(places(s)));
  const h = 'RTA on the Solomon Hochoy Highway, driver, restrained.';
  assert.ok(placeAt(h, 'Solomon Hochoy Highway'), JSON.stringify(places(h)));
  // A titled person stays a person; a surname-like kind ("Park", "Hall") is no site's.
  const t = 'Discussed with Dr. Ravi Menon Airport transfer later.';
  assert.ok(!touched(t, 'Ravi'), JSON.stringify(places(t)));
  const p = 'Spoke with Amy Chen Hall porter about the dog.';
  assert.ok(!touched(p, 'Amy'), JSON.stringify(places(p)));
});
