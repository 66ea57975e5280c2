// Generalisation tests, fifth round: ages over 89 in more shapes (units in capitals and other
// languages, "(years)" labels, markup keys, "a gentleman of 93", first-person and kin phrasing,
// "in her 97th year"), and look-alikes that must stay unflagged. Every example is new and synthetic
// (invented names, places and numbers), written for the rule, not taken from any evaluation set.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { covered, found, has, notFlagged } from '../support/deid.js';

test('ages over 89 with units in capitals, joined or in other languages', () => {
  has('98 Y/O female, fall at home.', 'AGE_OVER_89', '98');
  has('99 YO M with sepsis', 'AGE_OVER_89', '99');
  has('Triage: 96yrs, lives alone.', 'AGE_OVER_89', '96');
  has('93yF presented with confusion.', 'AGE_OVER_89', '93');
  has('Pt 92 y. o. male, alert.', 'AGE_OVER_89', '92');
  has('Paciente de 92 años, viuda.', 'AGE_OVER_89', '92');
  has('Patient, 93 Jahre alt, wohnt allein.', 'AGE_OVER_89', '93');
  has('Die 91-jährige Patientin wurde aufgenommen.', 'AGE_OVER_89', '91');
  has('La patiente âgée de 94 ans est tombée.', 'AGE_OVER_89', '94');
  has('de 95-jarige patiënt', 'AGE_OVER_89', '95');
});

test('ages over 89 after labels and in markup', () => {
  has('Age (years): 96', 'AGE_OVER_89', '96');
  has('Age in years 91, sex F', 'AGE_OVER_89', '91');
  has('Edad: 91', 'AGE_OVER_89', '91');
  has('Alter: 93', 'AGE_OVER_89', '93');
  has('<age value="96" unit="a"/>', 'AGE_OVER_89', '96');
  has('age_years=97;sex=F', 'AGE_OVER_89', '97');
});

test('ages over 89 in phrases', () => {
  has('An elderly gentleman of 93 from the village.', 'AGE_OVER_89', '93');
  has('He died peacefully in his 95th year.', 'AGE_OVER_89', '95th');
  has('She is ninety-three years of age.', 'AGE_OVER_89', 'ninety-three');
  has('aged ninety-seven years', 'AGE_OVER_89', 'ninety-seven');
  has("he's ninety four now", 'AGE_OVER_89', 'ninety four');
  has("She's 96.", 'AGE_OVER_89', '96');
  has("i'm 91 and tired of the pain", 'AGE_OVER_89', '91');
  has('grandma is 96 now and still gardening', 'AGE_OVER_89', '96');
  has('Her husband, 95, is her carer.', 'AGE_OVER_89', '95');
  has('Mrs Ada Quillon (94) was reviewed.', 'AGE_OVER_89', '94');
});

test('numbers that are no ages stay unflagged', () => {
  notFlagged('BP 92/58, HR 94, SpO2 96%', '94');
  notFlagged('Glucose 95 mg/dL, 92 units insulin', '92');
  notFlagged('A man of 95 kg, BMI 31.', '95');
  notFlagged('aged 89, lives alone', '89');
  notFlagged('Age (years): 67', '67');
  notFlagged('Room 94, bed 2', '94');
  notFlagged('XR AP and lat, angle 95 deg', '95');
  notFlagged('She walked 95 metres with a frame.', '95');
  notFlagged('in his 3rd year of training', '3rd');
  assert.equal(found('Follow-up in 90 days; 92 ANS score').filter((s) => s.startsWith('AGE')).length, 0);
});

test('biometric identifiers after more labels', () => {
  has('Iris code: IRC 4410 9921 7730', 'BIOMETRIC', 'IRC 4410 9921 7730');
  has('Voiceprint: vpr_7731_0092 on file', 'BIOMETRIC', 'vpr_7731_0092');
  has('Palm print ref. PP/2291/034', 'BIOMETRIC', 'PP/2291/034');
  has('Fingerprint scanner enrollment #44810293', 'BIOMETRIC', '44810293');
  has('Fingerprints taken and filed under AFIS #ML-2291034.', 'BIOMETRIC', 'ML-2291034');
  // An eye exam is no biometric: the identifier keeps its own label's type.
  has('Retinal exam normal. Accession #: ACC-88120034', 'OTHER_ID', 'ACC-88120034');
  has('Iris normal, lens clear; study ID STU-2291-04', 'OTHER_ID', 'STU-2291-04');
});

test('columns and keys are typed by the identifier words inside their names', () => {
  const j = '{"fingerprintId": "FP-99120", "irisTemplate": "IRT-2291", "voiceprint_id": "VP8812", "faceHash": "9f3ac21be0d4", "primaryMemberNumber": "XKQ4491208", "implantSerialNo": "PJN772910S", "guarantorAcctNo": "5510092", "vehiclePlate": "7ABC123"}';
  has(j, 'BIOMETRIC', 'FP-99120');
  has(j, 'BIOMETRIC', 'IRT-2291');
  has(j, 'BIOMETRIC', 'VP8812');
  has(j, 'BIOMETRIC', '9f3ac21be0d4');
  has(j, 'HEALTH_PLAN', 'XKQ4491208');
  has(j, 'DEVICE', 'PJN772910S');
  has(j, 'ACCOUNT', '5510092');
  has(j, 'VEHICLE', '7ABC123');
  const c = 'patient_id,fingerprint_id,palm_vein_id,plate\nP-0042,FP-99120,PV-5512,KX19ZTP\n';
  has(c, 'BIOMETRIC', 'FP-99120');
  has(c, 'BIOMETRIC', 'PV-5512');
  has(c, 'VEHICLE', 'KX19ZTP');
  // Keys without identifier words stay untyped: codes and amounts are no identifiers.
  const k = '{"loincCode": "2345-7", "doseMg": "500", "orderCount": "12"}';
  notFlagged(k, '2345-7');
  notFlagged(k, '500');
});

test('labels of the right type: insurer before a bare id, registrations, resident ids, faxes', () => {
  has('Insurance: BCBS of Illinois  ID# XKQ449120871', 'HEALTH_PLAN', 'XKQ449120871');
  has('Lab order ID# ORD-99120', 'OTHER_ID', 'ORD-99120');
  has('Pharmacist registration 2291034', 'LICENSE', '2291034');
  has('Midwife registration no. MW-44120', 'LICENSE', 'MW-44120');
  has('Resident ID: R-0092 (Room 14)', 'MRN', 'R-0092');
  has('Lic: 22910-MD', 'LICENSE', '22910-MD');
  has('Send by facsimile to 0161 496 0999', 'FAX', '0161 496 0999');
  // Group numbers name an employer plan, not a person.
  notFlagged('Member ID: XKQ449120871   Group #: 77120', '77120');
  notFlagged('The resident team reviewed 4 patients.', '4');
});

test('address lines of other countries: postcode and town after the street, parts before the town', () => {
  const a = 'Via Roma 21, 20121 Milano MI';
  has(a, 'LOCATION', '20121');
  has(a, 'LOCATION', 'Milano');
  notFlagged(a, 'MI');
  const b = 'ul. Lipowa 18/4, 80-123 Gdańsk';
  has(b, 'LOCATION', '80-123');
  has(b, 'LOCATION', 'Gdańsk');
  covered('Rua Augusta 120, 1100-053 Lisboa', '1100-053 Lisboa', 'LOCATION');
  covered('Sveavägen 44, 111 34 Stockholm', '111 34 Stockholm', 'LOCATION');
  has('12 Rue des Lilas, 69003 Lyon', 'LOCATION', 'Lyon');
  const c = 'Flat 2B, Sunrise Apartments, MG Road, Bengaluru 560001';
  for (const p of ['Flat 2B', 'Sunrise Apartments', 'MG Road', 'Bengaluru', '560001']) has(c, 'LOCATION', p);
  const d = 'No. 7, 3rd Cross, Indiranagar, Bangalore - 560038';
  has(d, 'LOCATION', 'No. 7');
  has(d, 'LOCATION', '3rd Cross');
  has('Plot 14, Sector 21, Gurgaon, Haryana 122016', 'LOCATION', 'Sector 21');
  has('County: Jefferson', 'LOCATION', 'Jefferson');
  has('Stationed at Fort Bragg until 2019.', 'LOCATION', 'Fort Bragg');
  has('Transferred from Camp Pendleton clinic.', 'LOCATION', 'Camp Pendleton');
  // Doses, results and scores after a place are no postcodes.
  notFlagged('Seen at Riverside Family Practice, 2000 mg daily advised.', '2000');
  notFlagged('Dose No. 2, Week 3, Cycle 4 of FOLFOX', 'No. 2');
  notFlagged('Seen at Riverside Family Practice, Day 3, Bed 12', 'Bed 12');
});

test('address blocks of letters: the lines after a street and above a postcode line', () => {
  const uk = 'Mrs Ada Quillon\n14 Station Road\nLittle Snoring\nFakenham\nNR21 0AB\n\nDear Mrs Quillon,';
  for (const p of ['14 Station Road', 'Little Snoring', 'Fakenham', 'NR21 0AB']) has(uk, 'LOCATION', p);
  notFlagged(uk, 'Dear');
  const de = 'Herrn\nKlaus Vogelsang\nLindenweg 7\n34117 Kassel\n';
  has(de, 'LOCATION', '34117');
  has(de, 'LOCATION', 'Kassel');
  const fr = 'Madame Élise Fontaine\n8, avenue des Tilleuls\nAppartement 12\n33000 Bordeaux\n';
  for (const p of ['8, avenue des Tilleuls', 'Appartement 12', '33000', 'Bordeaux']) has(fr, 'LOCATION', p);
  has(fr, 'NAME', 'Élise Fontaine');
  const ie = 'Ms Siobhan Keane\nApt 4, Riverside Court\nDublin Road\nAthlone\nCo. Westmeath\nN37 F6D7\n';
  for (const p of ['Riverside Court', 'Dublin Road', 'Athlone', 'Co. Westmeath', 'N37 F6D7']) has(ie, 'LOCATION', p);
  has(ie, 'NAME', 'Siobhan Keane');
  const us = 'To: Meadowbrook Nursing Home\nAttn: Records Dept\n220 Harlow Lane\nAshbury, OH 43001\n';
  has(us, 'LOCATION', 'Ashbury');
  notFlagged(us, 'OH');
  // Shift times, doses and counts on lines of their own are no postcodes.
  notFlagged('Nursing Progress Note\n0700-1900\nNeuro: alert', '0700-1900');
  notFlagged('Vitals stable\nUrine output 1200\nPlan: continue', '1200');
  notFlagged('Heparin infusion\n1000 Units\nrecheck aPTT', '1000 Units');
});

test('places: known towns of several words in lower case, facilities after a label of their kind', () => {
  has('my son in grand rapids is coming', 'LOCATION', 'grand rapids');
  has('visiting family in baton rouge next week', 'LOCATION', 'baton rouge');
  has('we drove up from san luis obispo yesterday', 'LOCATION', 'san luis obispo');
  has('Dialysis unit: Fresenius Kidney Care North Ridge, chair 7', 'LOCATION', 'Fresenius Kidney Care North Ridge');
  has('Sleep lab: SleepWell Center of Reno', 'LOCATION', 'SleepWell Center of Reno');
  has('DME supplier: Apria Healthcare', 'LOCATION', 'Apria Healthcare');
  // Findings, plans, departments and people after such labels are no facilities.
  notFlagged('Placement: Home With Services', 'Home With Services');
  notFlagged('Transfer to: ICU', 'ICU');
  notFlagged('Pharmacy: Patient Declined', 'Patient Declined');
  has('Dental practice: Dr. Parisa Farahani, DDS', 'NAME', 'Parisa Farahani');
  notFlagged('she is in good spirits today', 'good spirits');
});

test('vehicle plates after more labels and in other languages', () => {
  has('license plate reads TX LMN-4412', 'VEHICLE', 'LMN-4412');
  has('Tag: HZT4521 (NY)', 'VEHICLE', 'HZT4521');
  has('Kennzeichen: B-MW 1234', 'VEHICLE', 'B-MW 1234');
  has('Immatriculation : AB-123-CD', 'VEHICLE', 'AB-123-CD');
  has('matrícula 1234 BCD', 'VEHICLE', '1234 BCD');
  has('vehicle license no. 4JKM882', 'VEHICLE', '4JKM882');
  has('Aircraft tail number N7712K', 'VEHICLE', 'N7712K');
  has('Vehicle: 2015 Toyota Camry, reg. KX19 ZTP', 'VEHICLE', 'KX19 ZTP');
  // A registration without a vehicle is a professional one; a GMC registration is a licence.
  has('GMC registration: 7012345', 'LICENSE', '7012345');
  has('Registration: ABC-1234', 'LICENSE', 'ABC-1234');
  notFlagged('Reg. 4410 units given', '4410');
  notFlagged('Name tag: missing on admission', 'missing');
  notFlagged('Registration: 2024-03-12 complete', 'complete');
});

test('other identifiers after more labels: pathology, coroner and court cases, portals, national ids', () => {
  has('Surgical pathology no. SP24-1192', 'OTHER_ID', 'SP24-1192');
  has('Cytology # C24-0091', 'OTHER_ID', 'C24-0091');
  has('Autopsy no. A24-0091', 'OTHER_ID', 'A24-0091');
  has('Coroner case 24-0091 opened.', 'OTHER_ID', '24-0091');
  has('CPS case 24-0091', 'OTHER_ID', '24-0091');
  has('Court docket 24-CV-0091', 'OTHER_ID', '24-CV-0091');
  has('Complaint no. CMP-2291', 'OTHER_ID', 'CMP-2291');
  has('Confirmation code: XQ7T9Z', 'OTHER_ID', 'XQ7T9Z');
  has('MyChart ID: adaq1931', 'OTHER_ID', 'adaq1931');
  has('UNOS ID ABC1234', 'OTHER_ID', 'ABC1234');
  has('CPF: 123.456.789-09', 'OTHER_ID', '123.456.789-09');
  has('Codice fiscale RSSMRA85T10A562S', 'OTHER_ID', 'RSSMRA85T10A562S');
  // Study registrations name a study, not a person; labels followed by words carry nothing.
  notFlagged('Enrolled in NCT04412345 (IRB #: 2024-0091)', 'NCT04412345');
  notFlagged('Complaint no longer present.', 'longer');
  notFlagged('Police report filed by daughter.', 'filed');
  notFlagged('Surgical pathology pending.', 'pending');
});

test('phones in European formats after their labels; more date shapes', () => {
  has('Tél : 01 23 45 67 89', 'PHONE', '01 23 45 67 89');
  has('Tel. 030 12345678', 'PHONE', '030 12345678');
  has('telefono 06 1234 5678', 'PHONE', '06 1234 5678');
  has('Follow-up on 12-Mar with bloods', 'DATE', '12-Mar');
  covered('D.O.B. 12.IV.1931', '12.IV.1931', 'DATE');
  covered('Geboren 12/III/1931', '12/III/1931', 'DATE');
  has('生年月日 1931年4月12日', 'DATE', '1931年4月12日');
  notFlagged('Sat 3/10 pain, sats 94% on RA', '3/10');
  notFlagged('Grade III 2020 classification', '2020');
  notFlagged('Dilute 1-Mar solution? no: 1 in 5', '1 in 5');
});
