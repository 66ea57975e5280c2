// Stop 35 (b): places in texts of one case: the part of an address right before a comma and a place found
// ("flat 12, shivneri chawl, lalbaug, mumbai 400012", "from barangay lahug, cebu city"), in lower case and in capitals,
// beside look-alikes that must stay out (a diagnosis or a person's name before a town). Synthetic texts; each positive
// is checked with its offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeAt, places, touched } from '../support/deid.js';

const both = (s: string): string[] => [s.toLowerCase(), s.toUpperCase()];

test('one case: a district before a comma and a town found', () => {
  for (const t of both('Address: Flat 12, Shivneri Chawl, Lalbaug, Mumbai 400012. Aadhaar on file.')) {
    assert.ok(placeAt(t, t.startsWith('a') ? 'lalbaug' : 'LALBAUG'), JSON.stringify(places(t)));
  }
  for (const t of both('Pt is Ana Reyes, 41F\nfrom Barangay Lahug, Cebu City. Companion: husband.')) {
    assert.ok(placeAt(t, t.startsWith('p') ? 'barangay lahug' : 'BARANGAY LAHUG'), JSON.stringify(places(t)));
  }
  for (const t of both('Referred from Amrita Institute of Medical Sciences, Ponekkara, Kochi - geriatric medicine')) {
    assert.ok(placeAt(t, t.startsWith('r') ? 'ponekkara' : 'PONEKKARA'), JSON.stringify(places(t)));
  }
  for (const t of both('Hometown: Essiama, Ellembelle District; returned last week.')) {
    assert.ok(placeAt(t, t.startsWith('h') ? 'essiama' : 'ESSIAMA'), JSON.stringify(places(t)));
  }
});

test('one case: no diagnosis, clinical word or person before a town made a place', () => {
  for (const t of both('Reference: "R. Nazarov, 54 M, unstable angina, Samarkand."')) {
    assert.ok(!touched(t, t.startsWith('r') ? 'unstable angina' : 'UNSTABLE ANGINA'), JSON.stringify(places(t)));
  }
  for (const t of both('Zoonosis field report - brucellosis cluster, Ercis District (Van)')) {
    assert.ok(!touched(t, t.startsWith('z') ? 'brucellosis' : 'BRUCELLOSIS'), JSON.stringify(places(t)));
  }
  for (const t of both('Body released to Opio Charles, Lira, by the mortuary attendant.')) {
    assert.ok(!touched(t, t.startsWith('b') ? 'opio charles' : 'OPIO CHARLES'), JSON.stringify(places(t)));
  }
  for (const t of both('Nausea, vomiting, headache, Boston trip last week.')) {
    assert.ok(!touched(t, t.startsWith('n') ? 'headache' : 'HEADACHE'), JSON.stringify(places(t)));
  }
});

test('one case: a district after a comma and a street address or a care site found', () => {
  for (const t of both('Information sought on Dee, DOB 08/04/2001, of 27 Brinnington Road, Brinnington\nReason: appeal')) {
    const w = t.startsWith('i') ? 'brinnington' : 'BRINNINGTON';
    const at = t.lastIndexOf(w);
    assert.ok(places(t).includes(`${w}@${at}`), JSON.stringify(places(t)));
  }
  for (const t of both('Bed 23, Gandhi Hospital, Musheerabad\nDay 4 dengue, platelets falling.')) {
    assert.ok(placeAt(t, t.startsWith('b') ? 'musheerabad' : 'MUSHEERABAD'), JSON.stringify(places(t)));
  }
});

test('one case: no clinical word or table field after a care site made a place', () => {
  for (const t of both('2026-11-09,Jiroft Health Post,Bahonar Hospital,Polytrauma,Dr Amini,Declined')) {
    assert.ok(!touched(t, t === t.toLowerCase() ? 'polytrauma' : 'POLYTRAUMA'), JSON.stringify(places(t)));
  }
  for (const t of both('Seen at Mercy Hospital, neuro intact. Back to Mercy Hospital, afebrile.')) {
    assert.ok(!touched(t, t.startsWith('s') ? 'neuro intact' : 'NEURO INTACT'), JSON.stringify(places(t)));
    assert.ok(!touched(t, t.startsWith('s') ? 'afebrile' : 'AFEBRILE'), JSON.stringify(places(t)));
  }
});
