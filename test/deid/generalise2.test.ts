// Generalisation tests, second round: one block per category of weakness (structured formats,
// non-US health plan numbers, postcodes and address shapes, ages, SSN forms, vehicles and other
// identifiers, and clinical look-alikes). Every example is new and synthetic: invented names,
// places and numbers, written for the rule, not taken from any evaluation set.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { covered, found, has, notFlagged } from '../support/deid.js';

test('names in HL7 v2 segments: PID, NK1, PV1, IN1, GT1, OBR', () => {
  const msg = [
    'MSH|^~\\&|LAB|HARBORVIEW|EHR|HARBORVIEW|202403151230||ORU^R01|MSG00417|P|2.5',
    'PID|1||448291^^^HVH^MR||KOWALCZYK^ZOFIA^M||19310822|F|||14 Alder Way^^Greenport^ME^04112||(207)555-0143|||||ACC99120|078-05-1120',
    'NK1|1|KOWALCZYK^TOMASZ^^^^|SON|',
    'PV1|1|I|4W^412^B||||0417^ABERNATHY^PRIYA^^^DR|2231^FENWICK^OTIS|||MED',
    'IN1|1|GOLD|88|Bluewater Mutual||||||||||||DELACROIX^MARGUERITE|SPO' + '|'.repeat(19) + 'WX88231190',
    'GT1|1||DELACROIX^MARGUERITE^L||',
    'OBR|1|ORD5521|FIL8812|CBC|||202403141105|||||||||7781^STRANDQUIST^HELGE^^^DR',
  ].join('\r');
  covered(msg, 'KOWALCZYK^ZOFIA^M', 'NAME');
  covered(msg, 'KOWALCZYK^TOMASZ', 'NAME');
  covered(msg, 'ABERNATHY^PRIYA', 'NAME');
  covered(msg, 'FENWICK^OTIS', 'NAME');
  covered(msg, 'DELACROIX^MARGUERITE', 'NAME');
  covered(msg, 'STRANDQUIST^HELGE', 'NAME');
  covered(msg, '448291', 'MRN');
  covered(msg, '19310822', 'DATE');
  covered(msg, '14 Alder Way', 'LOCATION');
  covered(msg, 'Greenport', 'LOCATION');
  covered(msg, '04112', 'LOCATION');
  covered(msg, 'WX88231190', 'HEALTH_PLAN');
  covered(msg, '20240314', 'DATE'); // the date of the timestamp; its time of day (1105) is no PHI
  covered(msg, '078-05-1120', 'SSN');
  // The sending application, message type and sex are no PHI.
  notFlagged(msg, 'ORU^R01');
  notFlagged(msg, '|F|||');
  const pid = 'Pasted from interface:\nPID|1||77812^^^MRN||ODUYA^BENEDICT||19880101|M';
  covered(pid, 'ODUYA^BENEDICT', 'NAME');
  covered(pid, '77812', 'MRN');
});

test('names in CSV rows, JSON fields and "LAST, FIRST M" headers', () => {
  const csv = 'Export:\nmrn,last_name,first_name,dob,city\n88213,Vasquez-Oyelaran,Marisol,03/14/1952,Tarrytown\n88214,Thorsby,Elling,11/02/1947,Cold Spring';
  covered(csv, 'Vasquez-Oyelaran', 'NAME');
  covered(csv, 'Marisol', 'NAME');
  covered(csv, 'Thorsby', 'NAME');
  covered(csv, 'Elling', 'NAME');
  covered(csv, 'Tarrytown', 'LOCATION');
  covered(csv, 'Cold Spring', 'LOCATION');
  covered(csv, '88213', 'MRN');
  notFlagged(csv, 'last_name');
  const tsv = 'Patient Name\tProvider\tRoom\nGwendolyn Pryce-Adair\tDr. Lucan Ferreby\t12B';
  covered(tsv, 'Gwendolyn Pryce-Adair', 'NAME');
  covered(tsv, 'Lucan Ferreby', 'NAME');
  const fhir = 'Pasted FHIR: {"resourceType":"Patient","name":[{"family":"Lindqvist","given":["Saoirse","Maeve"]}],"birthDate":"1949-07-30"}';
  covered(fhir, 'Lindqvist', 'NAME');
  covered(fhir, 'Saoirse', 'NAME');
  covered(fhir, 'Maeve', 'NAME');
  covered(fhir, '1949-07-30', 'DATE');
  notFlagged(fhir, 'Patient"');
  const json = 'Contact JSON: {"name": "Ignatius Obuya", "relationship": "nephew", "firstName": "Temperance", "last_name": "Quilliam"}';
  covered(json, 'Ignatius Obuya', 'NAME');
  covered(json, 'Temperance', 'NAME');
  covered(json, 'Quilliam', 'NAME');
  notFlagged('{"name": "Blood pressure", "value": 128}', 'Blood pressure');
  notFlagged('{"name": "Lisinopril 10 mg tablet"}', 'Lisinopril');
  notFlagged('{"name": "Metoprolol Tartrate", "dose": "25 mg"}', 'Metoprolol Tartrate');
  notFlagged('Med list:\ndrug,dose,route\nAspirin,81 mg,PO\nAtorvastatin,40 mg,PO', 'Atorvastatin');
  covered('Patient: OKAFOR, CHIDINMA A\nDOB: 04/02/1961', 'OKAFOR, CHIDINMA A', 'NAME');
  covered('Patient: Brennagh, Ottoline\nVisit type: follow-up', 'Brennagh, Ottoline', 'NAME');
  covered('RE: HALVORSEN, INGRID\nAttending: QUIGG, BARNABY R, MD', 'QUIGG, BARNABY R', 'NAME');
  covered('Referral for VANTERPOOL, DESMOND J (DOB 02/11/1958).', 'VANTERPOOL, DESMOND J', 'NAME');
});

test('non-US health plan numbers after their label words', () => {
  has('OHIP: 4821-336-907-KT', 'HEALTH_PLAN', '4821-336-907-KT');
  covered('Ontario health card 5930 118 264 XR, expires 2027.', '5930 118 264 XR', 'HEALTH_PLAN');
  has('Health card number 7712004583', 'HEALTH_PLAN', '7712004583');
  covered('BC PHN 9876 543 210 on file.', '9876 543 210', 'HEALTH_PLAN');
  has('PHN: 9123456784', 'HEALTH_PLAN', '9123456784');
  covered('RAMQ: TREM 4508 1234', 'TREM 4508 1234', 'HEALTH_PLAN');
  has('Carte RAMQ BOUC52561917 valide.', 'HEALTH_PLAN', 'BOUC52561917');
  has('NHI: ZAB1234 (Te Whatu Ora).', 'HEALTH_PLAN', 'ZAB1234');
  has('NHI number PQR45XY recorded at triage.', 'HEALTH_PLAN', 'PQR45XY');
  covered('Medicare no. 2953 41760 2', '2953 41760 2', 'HEALTH_PLAN');
  covered('Medicare number: 4123 56789 1/3', '4123 56789 1', 'HEALTH_PLAN');
  covered('Medicare card 3951 27486 1, next review in June.', '3951 27486 1', 'HEALTH_PLAN');
  // A bare 10-digit number is not a health card, and numbers near other words keep their types.
  assert.ok(!found('Platelets 7712004583 per litre').some((f) => f.startsWith('HEALTH_PLAN')));
  notFlagged('Medicare Part B covers the nebuliser.', 'Part B');
});

test('postcodes and address shapes of other countries', () => {
  const au = 'Lives at 22 Curlew Street, Bondi NSW 2026 with her partner.';
  covered(au, '22 Curlew Street', 'LOCATION');
  covered(au, 'Bondi', 'LOCATION');
  covered(au, '2026', 'LOCATION');
  const nz = 'Address: 7 Karaka Lane, Ponsonby, Auckland 1011';
  covered(nz, 'Ponsonby', 'LOCATION');
  covered(nz, 'Auckland', 'LOCATION');
  covered(nz, '1011', 'LOCATION');
  covered('Discharged to 450 Rideau Terrace, Ottawa K1M 2C4.', 'K1M 2C4', 'LOCATION');
  covered('Postal code K1M 2C4', 'K1M 2C4', 'LOCATION');
  covered('Resides Level 2, 140 George St, Sydney NSW 2000.', 'Level 2, 140 George St', 'LOCATION');
  covered('Resides Level 2, 140 George St, Sydney NSW 2000.', 'Sydney', 'LOCATION');
  covered('Unit 4/77 Smith Road, Fitzroy VIC 3065', 'Unit 4/77 Smith Road', 'LOCATION');
  covered('Unit 4/77 Smith Road, Fitzroy VIC 3065', 'Fitzroy', 'LOCATION');
  covered('Unit 4/77 Smith Road, Fitzroy VIC 3065', '3065', 'LOCATION');
  covered('Flat 3, 12 Harrow Gardens, Leeds LS6 3HN', 'Flat 3, 12 Harrow Gardens', 'LOCATION');
  covered('Home: 9 Tui Grove, Karori, Wellington 6012', '9 Tui Grove', 'LOCATION');
  covered('Home: 9 Tui Grove, Karori, Wellington 6012', '6012', 'LOCATION');
  covered('RR 2 Box 14, Fairmont, WV 26554', 'RR 2 Box 14', 'LOCATION');
  covered('Rural Route 3, Hensall, ON N0M 1X0', 'Rural Route 3', 'LOCATION');
  covered('Mailing: PO Box 118, Tumbarumba NSW 2653', 'Tumbarumba', 'LOCATION');
  covered('Mailing: PO Box 118, Tumbarumba NSW 2653', '2653', 'LOCATION');
  covered('Moved into Apt 5C last month.', 'Apt 5C', 'LOCATION');
  covered('Send letters c/o Aldous Penhaligon, 9 Pell Road, Hobart TAS 7000', 'Aldous Penhaligon', 'NAME');
  covered('Send letters c/o Aldous Penhaligon, 9 Pell Road, Hobart TAS 7000', 'Hobart', 'LOCATION');
  // Lab values, years and vitals are no postcodes.
  notFlagged('Glucose 2026 mg/dL, sodium 140.', '2026');
  notFlagged('RR 18, HR 92, SpO2 97%.', 'RR 18');
  notFlagged('Quit smoking in NSW 2015 after moving.', '2015');
});

test('ages over 89 without a "year" cue; 89 and under stay unflagged', () => {
  has('Triage: F/97, fall at home.', 'AGE_OVER_89', '97');
  has('M/93 from nursing home.', 'AGE_OVER_89', '93');
  has('97F with CAP.', 'AGE_OVER_89', '97');
  has('Pt is 97 y/o with dementia.', 'AGE_OVER_89', '97');
  has('Her mother died at 101.', 'AGE_OVER_89', '101');
  has('He passed away at 96 in his sleep.', 'AGE_OVER_89', '96');
  has('Grandfather lived to 98.', 'AGE_OVER_89', '98');
  has('She turned 100 last week.', 'AGE_OVER_89', '100');
  has('Celebrated her 95th birthday on the ward.', 'AGE_OVER_89', '95');
  covered('Widowed, aged ninety-three, lives alone.', 'ninety-three', 'AGE_OVER_89');
  has('She is a 92-year-old retired teacher.', 'AGE_OVER_89', '92');
  has('Pt (94M) seen in bay 3.', 'AGE_OVER_89', '94');
  notFlagged('Nonagenarian with hip fracture.', 'Nonagenarian');
  for (const t of ['85F with CAP.', 'F/72 fall.', 'Pt is 89 y/o.', 'Died at 88.', 'turned 65 last week', 'BP 96/60, HR 99.']) {
    assert.ok(!found(t).some((f) => f.startsWith('AGE_OVER_89')), `${t}: ${JSON.stringify(found(t))}`);
  }
  for (const t of ['HR reached 110 after fluids.', 'Passed 100 cc of urine.', 'Turned 90 degrees q2h.']) {
    assert.ok(!found(t).some((f) => f.startsWith('AGE_OVER_89')), `${t}: ${JSON.stringify(found(t))}`);
  }
  assert.ok(!found('Sats 97% on RA, arrived at 0930, lived at 92 Elm Rd? no').some((f) => f === 'AGE_OVER_89:97'));
});

test('SSN with spaces, labels and last-four mentions', () => {
  has('SSN 123 45 6789 on file.', 'SSN', '123 45 6789');
  has('SSN: 123456789', 'SSN', '123456789');
  has('SS#: 078-05-1120', 'SSN', '078-05-1120');
  has('social security number 219099999 verified', 'SSN', '219099999');
  has('Social Security No. 512 44 9021', 'SSN', '512 44 9021');
  has('Identity confirmed with 431 27 8850 and DOB.', 'SSN', '431 27 8850');
  has('SSN ending 6789 confirmed by patient.', 'SSN', '6789');
  has('Last 4 of SSN: 4421', 'SSN', '4421');
  has('last four of her social 3390 given', 'SSN', '3390');
  has('ssn xxx-xx-7731', 'SSN', 'xxx-xx-7731');
  notFlagged('Weights 120 45 1000 in the table', '120 45 1000');
});

test('vehicles, other identifiers and health plan member numbers', () => {
  has('Drives a blue Subaru Outback, plate 7XRT-442 (OR).', 'VEHICLE', '7XRT-442');
  has('Vehicle registration: NSW BX42QK', 'VEHICLE', 'BX42QK');
  has('Rego XYZ-123 towed from scene.', 'VEHICLE', 'XYZ-123');
  has('Tag number TN 4J8-K21.', 'VEHICLE', '4J8-K21');
  has('Car reg YR19 KHT noted by security.', 'VEHICLE', 'YR19 KHT');
  has('VIN 1HGCM82633A004352 recorded by police.', 'VEHICLE', '1HGCM82633A004352');
  has('Study ID: CARDIO-0417-022', 'OTHER_ID', 'CARDIO-0417-022');
  has('Subject number 104-0037 randomized to arm B.', 'OTHER_ID', '104-0037');
  has('Accession: S24-11873', 'OTHER_ID', 'S24-11873');
  has('Case number 24-ME-00671 (medical examiner).', 'OTHER_ID', '24-ME-00671');
  has('Rx #: 6621908', 'OTHER_ID', '6621908');
  has('Claim number CLM0098812', 'OTHER_ID', 'CLM0098812');
  has('Member #: XKH448120931', 'HEALTH_PLAN', 'XKH448120931');
  has('Subscriber ID: W2291034711', 'HEALTH_PLAN', 'W2291034711');
  has('Policy No. PLN-88421-03', 'HEALTH_PLAN', 'PLN-88421-03');
  has('Medicaid ID: 33918204F', 'HEALTH_PLAN', '33918204F');
  has('MBI 1EG4-TE5-MK73', 'HEALTH_PLAN', '1EG4-TE5-MK73');
  has('Insurance ID# QRT-5541-0098', 'HEALTH_PLAN', 'QRT-5541-0098');
  has('Medicaid #: 7730219945', 'HEALTH_PLAN', '7730219945');
  has('NPI 1234567893 (Dr. Okonjo).', 'OTHER_ID', '1234567893');
  // Registry, lot and protocol numbers identify no patient.
  notFlagged('Lot # 4F88K21 exp 2026.', '4F88K21');
  notFlagged('Enrolled under NCT04188210.', 'NCT04188210');
});

test('score fractions are not dates and scale eponyms are not names', () => {
  for (const t of [
    'Mini-Cog 3/5, MoCA 26/30, GCS 14/15.',
    'APGAR 8/9 at 1 and 5 minutes.',
    'Strength 4/5 in the left arm; 2/3 blood cultures positive, 3/4 bottles grew GPC.',
    'Katz index 4/6; Lawton scale 5/8.',
    'Katz 5/6, Lawton 6/8.',
    'Scored 3/5 on Mini-Cog and 22/30 on SLUMS.',
    'GCS 3/15 on arrival.',
    'Lawton IADL 5/8 today.',
    'Clock draw 3/4, recall 2/3.',
  ]) {
    assert.ok(!found(t).some((f) => f.startsWith('DATE')), `${t}: ${JSON.stringify(found(t))}`);
  }
  for (const t of [
    'Katz index 4/6; Lawton scale 5/8.',
    'Mallampati class II airway.',
    'Braden score 14, Morse fall scale 45.',
    'Glasgow coma scale 13.',
    'Wells score 4.5 - PE likely.',
    'Epley maneuver performed; Romberg sign negative.',
    'Denver developmental screening test normal.',
    'Epworth sleepiness scale 14.',
    'Positive Romberg, negative Phalen.',
    'Morse 45, Braden 16.',
    'Caprini score 5; Padua 4.',
  ]) {
    assert.ok(!found(t).some((f) => f.startsWith('NAME')), `${t}: ${JSON.stringify(found(t))}`);
  }
  // Real people who share the surname stay names.
  has('Seen by Dr. Morse today.', 'NAME', 'Morse');
  has('Contact Jane Wells at home.', 'NAME', 'Jane Wells');
  has('Kenneth Braden (son) visited.', 'NAME', 'Kenneth Braden');
  has('Dr. Lawton reviewed the films.', 'NAME', 'Lawton');
  // Dates still found next to scores.
  has('MoCA 24/30 on 3/5, repeat due.', 'DATE', '3/5');
});
