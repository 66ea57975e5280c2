// Generalisation tests, stop 15 second wave (docs/deid-history.md, branch ids18): identifiers and their types. More label words
// for the label-word map of the first wave, registers in brackets after a clinician, insurance of other kinds, check
// characters, dotted national numbers, lists of one family, record numbers after a patient's name, a few shapes. Every
// example is new and synthetic (invented names, places and numbers), written for the rule, not copied from any set.
import { test } from 'node:test';

import assert from 'node:assert/strict';

import { covered, found, has, notFlagged } from '../support/deid.js';

test('more label words type the identifier after them', () => {
  has('Alarm pendant (wrist) PD-7C-552093; charger by the bed.', 'DEVICE', 'PD-7C-552093');
  has('Enrolment done at the counter: photo taken, finger FQ-7730215-L2 captured.', 'BIOMETRIC', 'FQ-7730215-L2');
  has('Staff onboarding: hand-geometry badge enrolment HG-20931-KT issued.', 'BIOMETRIC', 'HG-20931-KT');
  has('event=doc_scan doc=DL state=OR number="55102934" result=ok', 'LICENSE', '55102934');
  has('Hep C clinic. Sehat card: QKP-5520-1173 valid.', 'HEALTH_PLAN', 'QKP-5520-1173');
  has('Listed with UNOS QRT5528 since March.', 'OTHER_ID', 'QRT5528');
  has('Sample log: isolate MDL24-K0931 from the hotel spa.', 'OTHER_ID', 'MDL24-K0931');
  // A traveller's visa is no card account.
  has('Seasonal worker, J-1 visa J1X-55092231, arrived last week.', 'OTHER_ID', 'J1X-55092231');
});

test('a hash after a blank fills a label; "IDs" names a list', () => {
  has('Phone intake at 22:10; intake # QF31-07-2290 logged.', 'OTHER_ID', 'QF31-07-2290');
  has('Signed: Mira Osei, LPN, phlebotomist #PH-55017', 'OTHER_ID', 'PH-55017');
  const t = 'Graft IDs KRB-24-0715-OD / KRB-24-0715-OS\nDonor: see chart.';
  has(t, 'OTHER_ID', 'KRB-24-0715-OD');
  has(t, 'OTHER_ID', 'KRB-24-0715-OS');
});

test('a table header cell is read alone, and an id cell that names no kind stays generic', () => {
  const t = 'scanner_serial  ward  staff_id  staff\nQZ7-4410-2281   5E    208815    Tomasz Wren\nQZ7-4410-2290   ICU   208841    Anja Pohl\n';
  has(t, 'OTHER_ID', '208815');
  has(t, 'OTHER_ID', '208841');
  has(t, 'DEVICE', 'QZ7-4410-2281');
  // A lot column names a thing: its values stay unflagged.
  notFlagged('item          lot_no     qty\nsaline 10 mL  55K2091    4\ngauze 4x4     77M3318    10\n', '55K2091');
});

test("a register's acronym and number in brackets after a clinician's name", () => {
  has('Medical officer: Dr. Imran Qureshi (PMDC 88213-P)', 'LICENSE', '88213-P');
  has('Signed: Halina Zawadzka-Mroz (PWZ 3319027)', 'LICENSE', '3319027');
  has('Nurse: Inga Lundgren-Obi, RN (NCJ RN 40917)', 'LICENSE', 'RN 40917');
  has('Reviewed by Oskar Wendt, neurologist, CMQ 2-08817, on site.', 'LICENSE', '2-08817');
  has('Pharmacist: Della Quaye, RPh (OR lic 77341)', 'LICENSE', '77341');
  // A record number or a state and its ZIP code in the same place are no licence.
  assert.ok(!found('Patient: Ruth Mbeki (MRN 4471902) seen today.').some((f) => f.startsWith('LICENSE')));
  assert.ok(!found('Contact: Ruth Mbeki (PA 19103) by mail.').some((f) => f.startsWith('LICENSE')));
});

test('insurance of another kind than health is an account; a social insurance number a national one', () => {
  has('Abroad: travel policy QTX-5520174 with the assistance line.', 'ACCOUNT', 'QTX-5520174');
  has('Claim form for his life insurance policy LP-20938841 completed.', 'ACCOUNT', 'LP-20938841');
  has('Social insurance number: 130 692 544 on the form.', 'OTHER_ID', '130 692 544');
  // A health insurer's policy stays a health plan.
  has('Insurance policy BCX-4410928 verified at check-in.', 'HEALTH_PLAN', 'BCX-4410928');
});

test('a card number under a health plan word, a check character, a dotted national number', () => {
  has('CNS (SUS card) 8980 0417 7203 3115 checked.', 'HEALTH_PLAN', '8980 0417 7203 3115');
  has('Resident: LAM Wai-man, HKID K402817(6), bed 3F-02.', 'OTHER_ID', 'K402817(6)');
  has('Paciente: Rosa Pino Saez RUT: 14.662.093-K Domicilio: see file.', 'OTHER_ID', '14.662.093-K');
  notFlagged('Platelets 1.234.567 per uL reported by the analyser.', '1.234.567');
});

test('record numbers that name their kind, after a patient name, and values listed after one label', () => {
  has('21:05 jdoe scanned MR00552781/KOWALCZYK,ANNA insulin lispro', 'MRN', 'MR00552781');
  // An accession's modality is no record number.
  has('ACC MR2509910073 | BRANDT, OLE | read', 'OTHER_ID', 'MR2509910073');
  has('22:48 FROM 6W RN PT OKAFOR J H00771902 K 6.1 PLS CALL', 'MRN', 'H00771902');
  const t = 'Two bills arrived for visits he never made, accounts\nQB-55092277 and QB-55093108. Both voided.';
  has(t, 'ACCOUNT', 'QB-55092277');
  has(t, 'ACCOUNT', 'QB-55093108');
});

test('shapes: a CSV cell URL, an IPv6 address before a colon, plates, an H&C number, an SSN-last-4 column', () => {
  const csv = 'id,name,link,dose,date\nQ-1,Tam,https://forms.example.org/r/Q-1,IIV4,2024-09-30\n';
  has(csv, 'URL', 'https://forms.example.org/r/Q-1');
  has(csv, 'DATE', '2024-09-30');
  has('login 09:12 from 2001:db8:7f::3: password reset', 'IP', '2001:db8:7f::3');
  has('Brought in by her son in his pickup, OR K7731QZ. Parked outside.', 'VEHICLE', 'K7731QZ');
  covered('Passenger on a rented scooter (plate DK 5528 FGH) near the market.', 'DK 5528 FGH', 'VEHICLE');
  has('Patient: Aoife Quinn H&C No 418 220 9931 Address: see letter', 'HEALTH_PLAN', '418 220 9931');
  const roster = 'emp,last,first,dob,ssn_last4,phone\nE-1,Varga,Ilona,1980-02-03,7712,503-555-0101\n';
  has(roster, 'SSN', '7712');
});
