// Texts all in capitals or all in lower case: places, addresses and facilities that the rules written for capitals
// missed (docs/deid-history.md, "Stop 18, main"). Every example is invented for the rule. The detector decides a text's
// case from the whole text, so each example is padded with a line of ordinary nursing prose of the same case.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { found, has, notFlagged } from '../support/deid.js';

const PAD = ' pt resting comfortably, vss, afebrile, tolerating diet, family updated by phone and aware of plan.';
const lower = (s: string): string => s + PAD;
const caps = (s: string): string => (s + PAD).toUpperCase();

test('in capitals, a known town after a place preposition is a place', () => {
  has(caps('moved from tucson to flagstaff last year.'), 'LOCATION', 'TUCSON');
  has(caps('moved from tucson to flagstaff last year.'), 'LOCATION', 'FLAGSTAFF');
  has(caps('her daughter in kisumu calls every week.'), 'LOCATION', 'KISUMU');
  has(caps('son will drive up from sacramento tomorrow.'), 'LOCATION', 'SACRAMENTO');
});

test('in one case, a town of one word needs four letters, no common word, no given name, no clinical word', () => {
  notFlagged(caps('son and daughter visiting in early evening.'), 'EARLY');
  notFlagged(caps('thrashes around alot and tries to sit up.'), 'ALOT');
  notFlagged(caps('transported to osh for head ct.'), 'OSH');
  notFlagged(caps('us with fluid in douglas pouch.'), 'DOUGLAS');
  notFlagged(lower('small effusion in the bursa, no erythema.'), 'bursa');
  notFlagged(lower('sent back to rehab after lunch.'), 'rehab');
  // A residence phrase still makes a given name that is a town a place.
  has(caps('his sister is living in florence since may.'), 'LOCATION', 'FLORENCE');
});

test('in lower case, a known town after a place preposition is a place without a residence phrase', () => {
  has(lower('works at the warehouse in croydon.'), 'LOCATION', 'croydon');
  has(lower('from the village of ngong near nairobi.'), 'LOCATION', 'nairobi');
});

test('in lower case, the town before a state and a ZIP code, and a UK postcode with its town and county', () => {
  const us = lower('address 221 baker st apt 4, springfield, il 62704.');
  has(us, 'LOCATION', 'springfield');
  has(us, 'LOCATION', '62704');
  notFlagged(us, 'il');
  const uk = lower('home: 18 quarry lane, kettering, northants nn15 7qa.');
  has(uk, 'LOCATION', 'kettering');
  has(uk, 'LOCATION', 'northants');
  has(uk, 'LOCATION', 'nn15 7qa');
  has(lower('mailing address: po box 118, gallup, nm 87301.'), 'LOCATION', 'gallup');
  // No comma, no line start before the words: prose, not an address.
  notFlagged(lower('took 2 tabs of il 10000 units'), '10000');
});

test('in one case, a facility needs a distinctive word in its name', () => {
  has(lower("transferred from st. brendan's hospital overnight."), 'LOCATION', "st. brendan's hospital");
  has(caps("transferred from st. brendan's hospital overnight."), 'LOCATION', "ST. BRENDAN'S HOSPITAL");
  has(lower('resident of oakwood manor care home.'), 'LOCATION', 'oakwood manor care home');
  has(caps('attends lincoln elementary school.'), 'LOCATION', 'LINCOLN ELEMENTARY SCHOOL');
  notFlagged(lower('follow up in ortho clinic in two weeks.'), 'ortho clinic');
  notFlagged(lower('seen in the cardiology clinic today.'), 'cardiology clinic');
  // The doctor's name stays a name; the clinic is no place.
  assert.deepEqual(found(lower("dr patel's clinic will call.")).filter((f) => f.startsWith('LOCATION')), []);
});

test('in capitals, a street with a short suffix needs a unit, an address cue or a ZIP code', () => {
  has(caps('address 221 baker st apt 4, springfield, il 62704.'), 'LOCATION', '221 BAKER ST APT 4');
  has(caps('picked up from 1410 candler rd, decatur, ga 30032.'), 'LOCATION', '1410 CANDLER RD');
  notFlagged(caps('s/p 2 mediastinal ct, draining well.'), 'MEDIASTINAL');
  notFlagged(caps('hr 99-104 nsr st with occasional pac.'), 'NSR');
});

test('in one case, a known town after a place and a comma is the next part of the address', () => {
  has(caps('lkw 09:20 at heatherwood care home, ascot.'), 'LOCATION', 'ASCOT');
  has(lower('pharmacy log - farmacia san rafael, barrio teusaquillo, bogota'), 'LOCATION', 'bogota');
  // A common word that is also a town counts only where the part ends; a country never.
  notFlagged(lower('seen at heatherwood care home, mobile phone number taken.'), 'mobile');
  notFlagged(caps('lkw 09:20 at heatherwood care home, kenya born.'), 'KENYA');
});

test('in one case, a facility named in common words counts after a place preposition or a colon', () => {
  has(caps('taken to union hospital where ekg positive.'), 'LOCATION', 'UNION HOSPITAL');
  has(lower('transferred this afternoon to sacred heart hospital by ambulance.'), 'LOCATION', 'sacred heart hospital');
  has(lower('patient presented to holy cross hospital from rehab.'), 'LOCATION', 'holy cross hospital');
  has(caps('handover to queen elizabeth university hospital resus.'), 'LOCATION', 'QUEEN ELIZABETH UNIVERSITY HOSPITAL');
  // Prose, a generic name or a service is no facility.
  notFlagged(caps('stating that he wanted to leave hospital and sign ama.'), 'HOSPITAL');
  notFlagged(caps('became septic and had prolonged hospital stay.'), 'HOSPITAL');
  notFlagged(lower('admitted to general hospital for 3 days.'), 'general hospital');
});

test('in one case, a name in no list after kin or a record role', () => {
  has(caps('farsi interpreter on line, son behrooz also on call.'), 'NAME', 'BEHROOZ');
  has(caps('driven by wife grace to the ed.'), 'NAME', 'GRACE');
  has(caps('caller: mbali dlamini-fourie (mother) cb 021 555 0184'), 'NAME', 'MBALI DLAMINI-FOURIE');
  has(lower('caller ngaire te awa (daughter), ph 027 555 0391'), 'NAME', 'ngaire te awa');
  has(caps('crew: t. espinosa-vargas, k. rutledge.'), 'NAME', 'T. ESPINOSA-VARGAS');
  // Verbs, their misspellings, shorthand and chat after the cue are no names.
  notFlagged(lower('daughter will stay overnight with him.'), 'will');
  notFlagged(caps('wife agress that he is comfortable.'), 'AGRESS');
  notFlagged(caps('social: son presnt till 2100.'), 'PRESNT');
  notFlagged(lower('daughter phoned-family making arrangements.'), 'phoned-family');
  notFlagged(lower('pt: thx, see you tomorrow.'), 'thx');
});

test('in capitals, a town in no list after a residence phrase', () => {
  has(caps('pt lives in parkton with his wife.'), 'LOCATION', 'PARKTON');
  // Units and modes after "stay in", "returned to" are no towns.
  notFlagged(caps('pt to stay in csru for now.'), 'CSRU');
  notFlagged(caps('returned to simv, medicated for comfort.'), 'SIMV');
});
