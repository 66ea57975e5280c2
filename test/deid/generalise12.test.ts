// Generalisation tests, twelfth round (docs/deid-history.md, Stop 14): dates, ages, phones and the rarer types, general
// patterns found in the open sets (train4-7, heldout4, heldout5). Every example is new and synthetic (invented names,
// places and numbers), written for the rule, not copied from any evaluation set.
import { test } from 'node:test';

import assert from 'node:assert/strict';

import { covered, found, has, notFlagged } from '../support/deid.js';

test('a national phone number in any grouping after a phone label or a letterhead letter', () => {
  has('Praxis Dr. Lindqvist, Hauptstr. 9, Köln; Handy 0157 44320 918 (abends)', 'PHONE', '0157 44320 918');
  has('Zahnarztpraxis Ostend\nT 069 - 555 2087 | E info@ostend.example', 'PHONE', '069 - 555 2087');
  has('Telefon 089 555 7720, Fax 089 / 5557 7721', 'FAX', '089 / 5557 7721');
  has('Consultorio Dra. Ibarra, Tel. 81 8555 3107 / WhatsApp', 'PHONE', '81 8555 3107');
  has('Home Health of the Valley Ph 503-555-0 188 Fx 503 555 01 89 RE: referral', 'FAX', '503 555 01 89');
  // Doses, vitals, lab values and dates after the same words stay unflagged.
  notFlagged('Tel. contact made with daughter; BP 132 84 HR 71 RR 18', '132 84');
  notFlagged('cell count 12 400 000 per mL', '12 400 000');
  notFlagged('phone visit 12/05/2024 1030 re labs', '1030');
});

test('a relative reached on a number with a trunk prefix, and a dashed number after a relative', () => {
  has('Her son, Mr. Adeyemi Cole, is on 0803 555 6142 most evenings.', 'PHONE', '0803 555 6142');
  has('Daughter also on 0722 555 418. Plan reviewed.', 'PHONE', '0722 555 418');
  has('Accompanied by her nephew Sato Kenji, 080-5553-9014. Dear Dr. Hara,', 'PHONE', '080-5553-9014');
  has('Contact: his sister Marisol Peña, 55-5552-8841.', 'PHONE', '55-5552-8841');
  // A medication the patient is on, a result, an identifier with a label: not a phone.
  notFlagged('She is on 0.5 mg daily and 2 L oxygen.', '0.5');
  notFlagged('Her sister was admitted; accession 080-5553-9014 pending.', 'sister');
});

test('a date-time in the basic ISO format keeps its date', () => {
  has('DTSTART;TZID=America/Chicago:20240611T141500\nDTEND:20240611T150000Z', 'DATE', '20240611');
  // Not a date: an eight-digit number with a T that is no month and day.
  assert.ok(!found('build 20241399T120000 shipped').some((f) => f.startsWith('DATE')));
});

test('dates, social security numbers and phones read by OCR with O for 0 and l for 1', () => {
  const t = 'FAX PAGE 2 rec\'d O6/l4/2O24 O9:l2\nPt: MOREAU, CELINE  DOB: O9 / 2l / l95l\nSSN 3l4-O5-22l9  Ph (4l7) 555-O163';
  has(t, 'DATE', "O6/l4/2O24");
  has(t, 'DATE', 'O9 / 2l / l95l');
  has(t, 'SSN', '3l4-O5-22l9');
  has(t, 'PHONE', '(4l7) 555-O163');
  has('Certification period l0/O1/2024 - l2/29/2024 enclosed', 'DATE', 'l0/O1/2024');
  // Words with O and l and plain numbers are no OCR digits.
  notFlagged('Old records: all 12 pages; Ol 2 flow', 'Ol 2');
});

test('dates with blanks for separators after a date word, short foreign months, a year and a month with a dot', () => {
  has('urology dictation, dictated 03 17 2025, transcribed 03 18 2025 by service', 'DATE', '03 17 2025');
  has('urology dictation, dictated 03 17 2025, transcribed 03 18 2025 by service', 'DATE', '03 18 2025');
  has('Ultimo control odontologico 14 ago 2024. Sin cambios.', 'DATE', '14 ago 2024');
  has('Ela se muda para Recife em junho de 2025.', 'DATE', 'junho de 2025');
  has('Night guard worn since 2023.11. Next review pending.', 'DATE', '2023.11');
  // Lists of numbers, scores and bare years stay unflagged.
  notFlagged('Strength 5 5 2024 protocol: reps 10 12 2025 goal', '10 12 2025');
  notFlagged('Creatinine 2023.11 umol/L since admission', '2023.11');
  notFlagged('Policy updated in 2025.', '2025');
});

test('an age over 89 by its cue: "is 9x now", "(9x himself)", a name and "9x y,", a DICOM age string', () => {
  has('grandma (dob 1931) is 93 now and lives alone', 'AGE_OVER_89', '93');
  has('per her husband Anselm (94 himself), she was at baseline', 'AGE_OVER_89', '94');
  has('Patient: Tran Minh Khoa (family name Tran), 92 y, MRN 4471-09', 'AGE_OVER_89', '92');
  has('(0010,1010) PatientAge AS 096Y\n(0010,0040) PatientSex CS F', 'AGE_OVER_89', '096');
  // Ages of 89 and under, scores and vitals after the same words stay unflagged.
  notFlagged('she is 89 now and lives alone', '89');
  notFlagged('(0010,1010) PatientAge AS 067Y', '067');
  notFlagged('HR is 92 now after fluids', '92');
});

test('a social security number spoken digit by digit, also on the next line', () => {
  has('his social\nseven one two five five zero four eight one and he is seen for', 'SSN', 'seven one two five five zero four eight one');
  // Fewer digits are no social security number.
  notFlagged('social worker: two three visits planned', 'two three');
});

test('biometric codes after a biometric word; newborn footprints; a spaced IMEI with its check digit', () => {
  has('Identity confirmed by voiceprint match (VQ-2291-6630) before the visit.', 'BIOMETRIC', 'VQ-2291-6630');
  has('Newborn footprint record NB-FP-24-11873 filed with the chart.', 'BIOMETRIC', 'NB-FP-24-11873');
  has('kiosk log: faceMatch ok, ref QX-4471-2290 stored', 'BIOMETRIC', 'QX-4471-2290');
  has('Property: phone, IMEI 49 015420 323751 8 - wallet', 'DEVICE', '49 015420 323751 8');
  // A code far from any biometric word keeps its label's type.
  notFlagged('Voiceprint declined. Walker model HX-2291 in room.', 'HX-2291');
});

test('an e-mail address after an account label is an e-mail, not an account number', () => {
  has('CPAP cloud account mwalters82@mailhost.example. Usage 91%.', 'EMAIL', 'mwalters82@mailhost.example');
  covered('NOTE DATE: FEB 03, 2025@09:12 ENTRY', 'FEB 03, 2025', 'DATE');
});

test('the number a fax came from, in the fax header after a time', () => {
  has('Transmission log of our fax 503-555-0100\n04/11/2025 16:05 IN from 503.555.0172 (Cedar Allergy)', 'FAX', '503.555.0172');
  // A call from a number is a phone.
  has('Daughter called from 503-555-0172 at 16:05 about the rash.', 'PHONE', '503-555-0172');
});

test('an ordinal day before "day of" and a month; a month, a day in cardinal words and a year in words', () => {
  has('Witnessed and signed this 3rd day of June, 2024 at the facility.', 'DATE', '3rd day of June, 2024');
  has('date of birth march seven nineteen fifty two record number to follow', 'DATE', 'march seven nineteen fifty two');
  // A month and a number word with no year: no date ("seen in march two times").
  notFlagged('seen in march two times this year', 'two');
});

test('an age over 89 at death; a tag code after a security tag; the last four of an SSN in a key', () => {
  has('Paternal grandfather (I-1) passed away at 96, in his sleep.', 'AGE_OVER_89', '96');
  has('Maternal aunt died at 91.', 'AGE_OVER_89', '91');
  notFlagged('Her aunt died at 88, in hospice.', '88');
  assert.ok(!found('Patient living at 95 Birch Road since May.').some((f) => f.startsWith('AGE_OVER_89')));
  has('Infant security tag INF-7C2B-5530 placed on L ankle.', 'DEVICE', 'INF-7C2B-5530');
  has('{"dob": "1971-05-02", "ssn_last4": "3318", "zip": "02139"}', 'SSN', '3318');
});

test('a phone, a fax or an age over 89 as the value of a record key; a device serial under a snake_case key', () => {
  has('<contact><fax>4135550188</fax><phone>4135550101</phone></contact>', 'FAX', '4135550188');
  has('fax=4135550188&sms=4135550101', 'FAX', '4135550188');
  has('pref=sms;sms:4135550101;lang=en', 'PHONE', '4135550101');
  has('<patient><age>95</age><sex>F</sex></patient>', 'AGE_OVER_89', '95');
  has('record: { device_serial: "QRT7719042" }', 'DEVICE', 'QRT7719042');
  has('Telefone: (21) 95555-3087 (celular)', 'PHONE', '(21) 95555-3087');
  // An age of 89 and under, a count, another key: unchanged.
  notFlagged('<patient><age>64</age></patient>', '64');
  notFlagged('<dose>95</dose>', '95');
  assert.ok(!found('order=4135550188').some((f) => f.startsWith('PHONE') || f.startsWith('FAX')));
});

test('a plate after a vehicle word and a registration, plate, tag or licence word', () => {
  has('Drives his own van (reg YT21 PLM) to dialysis.', 'VEHICLE', 'YT21 PLM');
  has('Staff car registered for garage access: 44BK 2290.', 'VEHICLE', '44BK 2290');
  has('His motorcycle tag 7JH204 was noted by security.', 'VEHICLE', '7JH204');
  has('Visitor parked car, license # 5RTW881, in lot C.', 'VEHICLE', '5RTW881');
  // A driver's licence stays a licence; a state's abbreviation stays outside the plate; no plate without a vehicle word.
  has("Owns a car; driver's license # K5520194 on file.", 'LICENSE', 'K5520194');
  has('Transport: truck plate OR 552-KTN, driver aware.', 'VEHICLE', '552-KTN');
  notFlagged('Car seat for 2 kids; seat belt in use.', '2');
  notFlagged('Pump tag AB 12 left on the pole.', 'AB 12');
});

test('an archive or a document of images named by an image word is a photo', () => {
  has('Images: MRI_KNEE_HALVORSEN_0611.zip uploaded for the surgeon.', 'PHOTO', 'MRI_KNEE_HALVORSEN_0611.zip');
  has('Fundus OU: RET_FUNDUS_20240917.pdf attached.', 'PHOTO', 'RET_FUNDUS_20240917.pdf');
  // A consent form or a lab report as a PDF is no photo.
  notFlagged('Consent form consent_signed_v2.pdf scanned to chart? no, faxed.', 'consent_signed_v2.pdf');
});

test('phones: ten digits after a call-back word, an area code before a slash, two groups of four after a phone word', () => {
  has('pls cb 4135550172 after 3pm re: refill', 'PHONE', '4135550172');
  has('Reached granddaughter Priya 413/555-0172 this am.', 'PHONE', '413/555-0172');
  has('Clinic Tel 2555 0138, Fax 2555 0139 (office hours)', 'PHONE', '2555 0138');
  // Eight digits without a phone word, a ratio and a date stay as they were.
  notFlagged('BP 1200 0800 charted in error', '1200 0800');
  notFlagged('Ratio 3/4 today; visit 4/15', '3/4');
  assert.ok(!found('Order 4135550172 shipped').some((f) => f.startsWith('PHONE')));
});

test('dates: a military date-time group, a month and a year with a dot after a cue, six digits after a date label', () => {
  has('Injury DTG 221415ZAPR24 per unit medic.', 'DATE', '221415ZAPR24');
  has('On insulin since 07.2021, A1c 8.1', 'DATE', '07.2021');
  has('ADM: 071524  DISCH: 072024', 'DATE', '071524');
  // A value with a dot, a six-digit count without a date label stay unflagged.
  notFlagged('Ferritin 12.2021 ng/mL noted', '12.2021');
  notFlagged('Platelets 215000 and WBC 071524', '071524');
});

test('a device serial after its head word or a device ID label; a spaced SSN after "SS No"', () => {
  has('New CGM sensor 7QW4R2 placed on L arm.', 'DEVICE', '7QW4R2');
  has('Omnipod PDM ID 33-871-204 replaced.', 'DEVICE', '33-871-204');
  has('Rental CPAP ID: RS220874K per vendor.', 'DEVICE', 'RS220874K');
  has('SS No 078 05 1120 on the intake form', 'SSN', '078 05 1120');
  // A model number, a ventilator setting: no device serial.
  notFlagged('insulin pump MMT-780G set to auto mode', 'MMT-780G');
  notFlagged('on CPAP 10PEEP overnight', '10PEEP');
});

test('structured ages and dates: a FHIR Age, a camelCase age key, eight digits month or day first after a date label', () => {
  has('{"resourceType": "Observation", "age": {"value": 97, "unit": "a"}}', 'AGE_OVER_89', '97');
  has('{ageAtAdmission: 94, sex: "F"}', 'AGE_OVER_89', '94');
  has('SERVICE DATE 11082024  PROVIDER 4471', 'DATE', '11082024');
  has('DOB|23061929|F', 'DATE', '23061929');
  // A younger age, another key, eight digits that are no date.
  notFlagged('{ageAtAdmission: 64}', '64');
  notFlagged('{pageCount: 93}', '93');
  assert.ok(!found('Date: 13452024 batch').some((f) => f.startsWith('DATE')));
});

test('a plate in a note written in capitals: not a common word, a registration word or a right-ventricular lead', () => {
  has('HIS VAN (REG WX62 KLM) PARKED IN BAY 3', 'VEHICLE', 'WX62 KLM');
  notFlagged('DRIVES TRUCK UNIT 4417 FOR WORK', 'UNIT 4417');
  notFlagged('RV LEAD 5076 SN PJN7731044 IMPLANTED', 'LEAD 5076');
});
