import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect, PHI_TYPES, type PhiType } from '../../src/deid/index.js';

/** The detected pieces of text, as "TYPE:text". */
const found = (text: string): string[] => detect(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
const has = (text: string, type: PhiType, value: string) =>
  assert.ok(found(text).includes(`${type}:${value}`), `expected ${type}:${value} in ${JSON.stringify(found(text))}`);
const none = (text: string) => assert.deepEqual(found(text), []);

test('exports the 19 labels', () => {
  assert.equal(PHI_TYPES.length, 19);
  assert.ok(PHI_TYPES.includes('OTHER_ID'));
});

test('names in common shapes', () => {
  has('Seen by Dr. Lewis today.', 'NAME', 'Lewis');
  has('Patient: Mrs. Moore   MRN: 1234567', 'NAME', 'Moore');
  has('Son Wright, Grace (555-201-3344) is proxy.', 'NAME', 'Wright, Grace');
  has('Sincerely,\nAmanda Hill, DO', 'NAME', 'Amanda Hill');
  has('J. Moore lives alone.', 'NAME', 'J. Moore');
  has('Rose S. Young is doing better.', 'NAME', 'Rose S. Young');
  has('Dr. José García-López reviewed the films.', 'NAME', 'José García-López');
  has('The patient, MARY O\'BRIEN-SMITH, was seen in clinic today for follow up.', 'NAME', "MARY O'BRIEN-SMITH");
  has('Seen by ngozi okafor this morning.', 'NAME', 'ngozi okafor');
  has('van der Berg, Anna called about refills.', 'NAME', 'van der Berg, Anna');
  has('Hi Dr. Khan, this is Olga. My sugars are high.', 'NAME', 'Olga');
});

test('first names that are words are names only in context', () => {
  has('Dear Hope, thank you for the update.', 'NAME', 'Hope');
  has('Wife Will visited today.', 'NAME', 'Will');
  assert.ok(!found('Hope to discharge home tomorrow if afebrile.').some((f) => f.startsWith('NAME')));
  assert.ok(!found('Will follow up in clinic. Grace period applies.').some((f) => f.startsWith('NAME')));
});

test('dates in many formats, not scores or vitals', () => {
  for (const d of ['01/15/2015', '9/19', 'Dec 19', 'September 19, 2015', '2017-02-28', '10 Aug 2022', '1/9/23', '19 Apr 1937', 'March 2015', '03-Mar-2015', '20150304', '3rd of March', 'Sept. 3']) {
    has(`Seen on ${d} in clinic.`, 'DATE', d);
  }
  none('Strength 5/5 throughout, 2/6 systolic murmur, pain 3/10, BP 132/84, Apgar 8/9, 24/7 care.');
  none('Quit smoking in 2015. Seen at 14:30.');
  // Strength graded out of five, by the limbs or muscles after it.
  none('ext warm, no edema, 5/5 x4, sensation intact.');
  none('Weakness 4/5 RUE, 5/5 elsewhere; 4/5 FHL on the left.');
  // A date with a date word before it stays a date.
  has('Seen 4/5 LLE swelling noted.', 'DATE', '4/5');
});

test('ages over 89 only, the number alone', () => {
  has('Mother is 92-year-old and lives alone.', 'AGE_OVER_89', '92');
  has('Age: 97. Pt is a 101 yo F.', 'AGE_OVER_89', '97');
  has('Pt is a 101 yo F.', 'AGE_OVER_89', '101');
  has('She is ninety-two years old.', 'AGE_OVER_89', 'ninety-two');
  none('An 89-year-old man and a 45 yo woman.');
});

test('ventilator settings and haemodynamic triples are no dates', () => {
  none('Currently on CPAP/PSV 12/10/40% drawing tidal volumes of 350.');
  none('co/ci/svr deteriorated to 3/2/1500 after captopril.');
  // A full date is still one.
  has('Last BM 9/23/21, enema given.', 'DATE', '9/23/21');
  has('DOB 03/02/1931.', 'DATE', '03/02/1931');
});

test('unlabelled digit groups in percent or running into a fraction are no identifiers', () => {
  none('pt placed on imv w/rate 10-600-50%, am abg pending.');
  none('Frequent PVCs, BP 114-17-49/52-67, started on captopril.');
  has('Reference 8336652-4471 given to the family.', 'OTHER_ID', '8336652-4471');
});

test('a day number never starts inside a decimal value', () => {
  has('A1c 9.8 Oct 2025, repeat in 3 months.', 'DATE', 'Oct 2025');
  has('Weight 70.5 Mar. 2024 clinic.', 'DATE', 'Mar. 2024');
  assert.ok(!found('A1c 9.8 Oct 2025').some((f) => f.startsWith('DATE:8')));
  // A day of its own is still a day.
  has('Seen 8 Oct. 2025 by GI.', 'DATE', '8 Oct. 2025');
  has('Hgb 9.8 on 12-Oct-2025.', 'DATE', '12-Oct-2025');
});

test('"MS" in capitals before a common word is mental status or morphine, not the title', () => {
  none('MEDICATED WITH MS WITHOUT EFFECT.');
  none('Monitor for changes in MS. Aspiration precautions.');
  none('SKIN: MS INCISION WITH DSD CDI.');
  // Before a name it is the title.
  has('SPOKE WITH MS. KOWALCZYK RE: PLAN.', 'NAME', 'KOWALCZYK');
  has('Family: MS HOPE BRANDT at bedside.', 'NAME', 'HOPE BRANDT');
  has('Seen with Ms. Verbal today.', 'NAME', 'Verbal');
});

test('nursing specialties before a credential and clinical short forms are no names', () => {
  none('INTEG: Ostomy RN following; Skincare CNS in to evaluate the hip wound.');
  none('Sinus brady, occas PACs. Went to OR for ORIF. Sternal dsgs CDI. Possible ARDS.');
  // A person before a credential still is one.
  has('Wound care by Oyelaran RN this am.', 'NAME', 'Oyelaran');
});

test('"Will" before a verb is the modal; "AV" before block or node is the heart, not an avenue', () => {
  none('Albuterol per home regimen of pt. Will follow and make changes.');
  none('Rabbi to visit. Will start morphine gtt and titrate to comfort.');
  has('Son Will is at the bedside.', 'NAME', 'Will');
  none('HR 60s 1st AV block, PAD 22-26, afebrile.');
  has('Lives at 1200 1st Av, Seattle.', 'LOCATION', '1200 1st Av');
});

test('an eponym with a class in Roman numerals is a grade; the hip tests are eponyms', () => {
  none('Airway: Mallampati III, TMD 3 FB. Killip II on arrival.');
  none('Red reflex +/+, palate intact, hips neg Barlow/Ortolani.');
  has('Signed: Raymond Foley III, MD', 'NAME', 'Raymond Foley');
  has('Seen with Dr. Barlow in clinic.', 'NAME', 'Barlow');
});

test('"AMA" (against medical advice) and other capitals of care decisions are no names', () => {
  none('Understood risks, repeated back. Signed AMA form at 0410.');
  none('Signed POLST on file; signed DNAR.');
});

test('a plate after its state\'s abbreviation, with a vehicle, a make or a registration word before it', () => {
  has('His truck (NY reg GHT-4491) was towed from the lot.', 'VEHICLE', 'GHT-4491');
  has('Registered vehicle: 2019 Ford F-150, TX DKR-2231.', 'VEHICLE', 'DKR-2231');
  has('Family boat reg. FL 4471 KT kept at the marina.', 'VEHICLE', '4471 KT');
  // No vehicle word near: a state and a code stay what they were.
  none('Transferred from NY 2 weeks ago.');
  assert.ok(!found('Lives in Dallas, TX 75201.').some((f) => f.startsWith('VEHICLE')));
});

test('a car model after its make is no place and no name', () => {
  const t = 'Staying in her car (2009 Chevy Malibu, plate LKM-2217) in the lot.';
  has(t, 'VEHICLE', 'LKM-2217');
  assert.ok(!found(t).some((f) => f.includes('Malibu')));
  // A make that is also a name does not hide the person after it.
  has('Dr. Ford Hendricks signed the note.', 'NAME', 'Ford Hendricks');
});

test('a name in capitals in a mixed-case note ends before a common word in capitals', () => {
  const t = 'K 3.1, repleted. DR KOWALCZYK AWARE. Will recheck at 2200.';
  has(t, 'NAME', 'KOWALCZYK');
  assert.ok(!found(t).includes('NAME:KOWALCZYK AWARE'));
  // A surname that is also a name stays in the name.
  has('Pt seen by DR ANNA KOWALCZYK this am, plan discussed.', 'NAME', 'ANNA KOWALCZYK');
});

test('a temperature in Fahrenheit is no age and sex', () => {
  none('Tmax 101F overnight, now afebrile.');
  none('Spiked to 103 F at 0200; temp 99 F this morning.');
  none('Call your doctor for fever over 101 F or heavy bleeding.');
  // An age and a sex after all: no temperature word before the number, or a person's word right before it.
  has('Pt is a 101 F with CHF.', 'AGE_OVER_89', '101');
  has('Fever in a 96 F nursing home resident.', 'AGE_OVER_89', '96');
  has('Resident 94 F, hx falls; Tmax 100.2.', 'AGE_OVER_89', '94');
});

test('locations: streets, cities, ZIP codes, facilities; not states or countries', () => {
  const t = 'Lives at 2322 Main Boulevard Apt 5C, Springfield, MN 27853.';
  has(t, 'LOCATION', '2322 Main Boulevard Apt 5C');
  has(t, 'LOCATION', 'Springfield');
  has(t, 'LOCATION', '27853');
  assert.ok(!found(t).includes('LOCATION:MN'));
  has('Transferred from Riverside Community Hospital overnight.', 'LOCATION', 'Riverside Community Hospital');
  has("Read at St. Luke's Medical Center.", 'LOCATION', "St. Luke's Medical Center");
  has('Moved here from Lexington last year.', 'LOCATION', 'Lexington');
  none('Moved from Ohio, USA to Texas.');
  // A country alone is no identifier, even when towns share its name; such a town with its state is one.
  none('She recently traveled to Poland and to Lebanon with family.');
  has('Travel to Peru (Cusco) in the spring.', 'LOCATION', 'Cusco');
  assert.ok(!found('Travel to Peru (Cusco) in the spring.').includes('LOCATION:Peru'));
  has('She lives in Lebanon, PA with her son.', 'LOCATION', 'Lebanon');
  has('Office in Ciudad de Panama since 2019.', 'LOCATION', 'Ciudad de Panama');
});

test('phone versus fax by context', () => {
  const t = 'Tel 680-555-3449  Fax 598-555-1549. Records faxed to (368) 555-5039.';
  has(t, 'PHONE', '680-555-3449');
  has(t, 'FAX', '598-555-1549');
  has(t, 'FAX', '(368) 555-5039');
  has('Call +44 20 7946 0958 after 5.', 'PHONE', '+44 20 7946 0958');
  // "fax" inside a word is no fax label; at a word's start (e-fax, efax, faxed) it is.
  has('Brenfax Pediatric Associates (703) 555-0142 for records.', 'PHONE', '(703) 555-0142');
  has('Send via e-fax 703-555-0190 today.', 'FAX', '703-555-0190');
  has('Results by efax to 703-555-0191.', 'FAX', '703-555-0191');
});

test('contact and network identifiers', () => {
  has('Write to anna.b@mail.example.org today', 'EMAIL', 'anna.b@mail.example.org');
  has('Portal https://portal.example.org/patient/738572.', 'URL', 'https://portal.example.org/patient/738572');
  has('Blog www.smithfamily.com is up', 'URL', 'www.smithfamily.com');
  has('Login from IP 198.157.101.178.', 'IP', '198.157.101.178');
  has('Upload from 2001:db8::1 and fe80::1ff:fe23:4567:890a', 'IP', 'fe80::1ff:fe23:4567:890a');
  none('Set at 12:30:45, version 1.2.3, ratio 1:2:3.');
});

test('labelled identifiers get the type of their label', () => {
  has('MRN: A30506759', 'MRN', 'A30506759');
  has('SSN 467-19-9732 verified', 'SSN', '467-19-9732');
  has('Insurance member ID W416490494.', 'HEALTH_PLAN', 'W416490494');
  has('Billing account 08-7517-3630.', 'ACCOUNT', '08-7517-3630');
  has("Driver's license C5820185 on file.", 'LICENSE', 'C5820185');
  has('Prescriber Dr. Lewis DEA KC6652160.', 'LICENSE', 'KC6652160');
  has('Car (plate 6TWJ085) in the lot.', 'VEHICLE', '6TWJ085');
  has('Pacemaker serial number VZL693996H.', 'DEVICE', 'VZL693996H');
  has('Fingerprint template FP-37289-V enrolled.', 'BIOMETRIC', 'FP-37289-V');
  has('Enrolled in trial, study ID S60-96691.', 'OTHER_ID', 'S60-96691');
  has('Photos saved as hall_face_216.png.', 'PHOTO', 'hall_face_216.png');
});

test('identifiers recognised by shape and checksum', () => {
  has('VIN 1HGCM82633A004352 noted', 'VEHICLE', '1HGCM82633A004352');
  has('Medicare 1EG4-TE5-MK73', 'HEALTH_PLAN', '1EG4-TE5-MK73');
  has('Paid with 4111 1111 1111 1111 today', 'ACCOUNT', '4111 1111 1111 1111');
  has('Implant (01)00643169007222(17)160128(21)BLC200461H placed', 'DEVICE', '(01)00643169007222(17)160128(21)BLC200461H');
  // A card-like number that fails Luhn is not an account.
  assert.ok(!found('Lot 4111 1111 1111 1112 used').includes('ACCOUNT:4111 1111 1111 1112'));
});

test('clinical look-alikes are not PHI', () => {
  none('Metoprolol 25 mg PO BID, KCl 20 mEq x2, HbA1c 8.1%, INR 2.3, Na 134, K 3.2, Cr 1.4, WBC 12.3.');
  none('Diagnoses: I50.9, E11.65, N17.9. CPT 99213. LOINC 2160-0. GCS 15.');
  none("History of Parkinson's disease, Bell's palsy and Graves disease. Foley catheter in place. Babinski negative.");
  none('Drives a 2011 Honda. Lives in Ohio. Glasgow Coma Scale 14.');
});

test('evasion: zero-width, full-width, look-alike characters, spaced digits, [at]/[dot]; offsets into the original', () => {
  const zw = 'Call 5\u200B5\u200B5-123-4567 today.';
  has(zw, 'PHONE', '5\u200B5\u200B5-123-4567');
  const fw = 'SSN: \uFF14\uFF16\uFF17-\uFF11\uFF19-\uFF19\uFF17\uFF13\uFF12 on file';
  has(fw, 'SSN', '\uFF14\uFF16\uFF17-\uFF11\uFF19-\uFF19\uFF17\uFF13\uFF12');
  const cyr = 'Seen by Dr. J\u043Ehn Smith today.';
  has(cyr, 'NAME', 'J\u043Ehn Smith');
  has('SSN 4 6 7 - 1 9 - 9 7 3 2 verified', 'SSN', '4 6 7 - 1 9 - 9 7 3 2');
  has('Email john [at] example [dot] com please', 'EMAIL', 'john [at] example [dot] com');
  has('email: jane.doe(at)mail(dot)org', 'EMAIL', 'jane.doe(at)mail(dot)org');
  // Astral characters before a span keep the offsets right.
  const emoji = '\u{1F600}\u{1F600} MRN: A30506759';
  const s = detect(emoji).find((x) => x.type === 'MRN');
  assert.equal(s && emoji.slice(s.start, s.end), 'A30506759');
});

test('vault tokens and redaction markers are never detected', () => {
  none('Seen by Dr. [[NAME_7F3A9C1B]] on [[DATE_0A1B2C3D]], MRN [[MRN_0A1B2C3D4E]].');
  none('Patient: [NAME]   MRN: [MRN]\nDOB: [DATE]. Call [PHONE]. Lives at [LOCATION], [LOCATION].');
});

test('options: types filter, allow and deny lists', () => {
  const t = 'Call 680-555-3449 or the clinic at 800-555-0100. Seen by Dr. Lewis.';
  assert.deepEqual(
    detect(t, { types: ['NAME'] }).map((s) => s.type),
    ['NAME'],
  );
  const allowed = detect(t, { allow: ['800-555-0100'] }).map((s) => t.slice(s.start, s.end));
  assert.ok(!allowed.includes('800-555-0100'));
  assert.ok(allowed.includes('680-555-3449'));
  const denied = detect('Codename Bluebird was used.', { deny: [{ value: 'Bluebird', type: 'OTHER_ID' }] });
  assert.deepEqual(denied.map((s) => s.type), ['OTHER_ID']);
});

test('spans are sorted, inside the text and do not overlap', () => {
  const t = 'DISCHARGE SUMMARY\nPatient: Ngozi S. Nelson   MRN: 5649824\nDOB: Aug 18\nAttending: Dr. Lewis\nCall (924) 555-7557, IP 198.157.101.178.';
  const spans = detect(t);
  assert.ok(spans.length >= 6);
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    assert.ok(s.start >= 0 && s.end <= t.length && s.start < s.end);
    if (i > 0) assert.ok(spans[i - 1]!.end <= s.start);
  }
});

test('empty and huge inputs', () => {
  assert.deepEqual(detect(''), []);
  const big = 'Seen by Dr. Lewis on 01/02/2015. '.repeat(20000);
  assert.equal(detect(big).length, 40000);
});

test('other note styles: ALL CAPS headers, lower-case messages, particles, job titles', () => {
  const header = 'Name: SMITH, JOHN A\nDOB: 02-11-1948\nMRN#: 334-22-19\nAttending: KHAN, AISHA MD';
  has(header, 'NAME', 'SMITH, JOHN A'); // the middle initial is part of the name
  has(header, 'DATE', '02-11-1948');
  has(header, 'MRN', '334-22-19');
  const msg = 'hi dr patel, this is maria lopez. my husband jose had his labs drawn yesterday. can you call me back at 555 321 9876? thanks';
  has(msg, 'NAME', 'patel');
  has(msg, 'NAME', 'maria lopez');
  has(msg, 'NAME', 'jose');
  has(msg, 'PHONE', '555 321 9876');
  has('Spoke w/ Dr. O\'Neil re: results. Dr. de la Cruz to see in AM.', 'NAME', 'de la Cruz');
  has('Case d/w Nurse Practitioner Ana-Lucia Ferreira today.', 'NAME', 'Ana-Lucia Ferreira');
  has('Lives w/ daughter (Olufemi Adeyemi) at home.', 'NAME', 'Olufemi Adeyemi');
  has('Reach her at (617)5550199 after 5.', 'PHONE', '(617)5550199');
});

test('negatives in dense clinical prose', () => {
  none('Diuresed with IV furosemide 40 mg BID with net -2.1 L. Cr 1.8 from baseline 1.5. Continue carvedilol 12.5 mg BID, sacubitril-valsartan 24-26 mg BID.');
  none('Vent: AC 450 x 14, PEEP 8, FiO2 40%. ABG 7.38/42/88. Weaned to PSV 10/5. HR 88-102 ST. BP 110-130/60-70. UOP 40-60 cc/h.');
  none('Per Jones criteria fever is unlikely. Murphy sign negative. Wells score 1.5. Child-Pugh A. Tanner stage 4. Bair hugger applied.');
});

test('headers, signatures, devices and places without numbers', () => {
  const n = 'JOHNSTON, GREGORY   744-67-82-5\nMr. Johnston is a 65 year old man.\n____________\nUlysses Ferrari, M.D.\nDD: 07/23/88';
  has(n, 'NAME', 'JOHNSTON, GREGORY');
  has(n, 'OTHER_ID', '744-67-82-5');
  has(n, 'NAME', 'Ulysses Ferrari');
  has(n, 'DATE', '07/23/88');
  const dev = 'Implant: Medtronic Azure XT DR, SN RNB123456H, model W1DR01.';
  has(dev, 'DEVICE', 'RNB123456H');
  // The model names a product that thousands share: not an identifier (generalise4.test.ts).
  assert.ok(!found(dev).some((f) => f.includes('W1DR01')));
  const soc = 'Lives with partner Sam in a condo on Lakeshore Drive in Chicago. Daughter Chloe (in Portland, Oregon) visits.';
  has(soc, 'LOCATION', 'Lakeshore Drive');
  has(soc, 'LOCATION', 'Portland');
  has(soc, 'NAME', 'Chloe');
  assert.ok(!found(soc).some((f) => f.endsWith(':Oregon')));
});

test('more formats: dashed dates, MAC addresses, dashed record numbers after labels', () => {
  has('Seen 6-9-15 and again Jun-15-2015.', 'DATE', '6-9-15');
  has('Seen 6-9-15 and again Jun-15-2015.', 'DATE', 'Jun-15-2015');
  has('Pump MAC 00:1A:2B:3C:4D:5E paired.', 'DEVICE', '00:1A:2B:3C:4D:5E');
  has('MRN 12-34-567 on the wristband.', 'MRN', '12-34-567');
  has('Ages: 95yo, (95 M), aged 95, 91F.', 'AGE_OVER_89', '91');
  none('Drinks 6-9 beers a week, q6-8h PRN, 1-2 tabs, 95% sat, HR 95, 98.6F.');
});

test('a long text is detected in pieces with the same spans as its parts', () => {
  const unit = 'Seen by Dr. José Lewis on 01/02/2015, call 617-555-0199\u200B, MRN 12345678.\n';
  const big = unit.repeat(12000);
  const spans = detect(big);
  assert.equal(spans.length, 4 * 12000);
  const k = 4 * 9000;
  assert.equal(big.slice(spans[k]!.start, spans[k]!.end), 'José Lewis');
  assert.equal(spans[k]!.start, 9000 * unit.length + unit.indexOf('José'));
});

test('a surname followed by a verb is a name, at the start of a sentence too', () => {
  has('Gonzalez was admitted overnight.', 'NAME', 'Gonzalez');
  has('Yesterday Kowalczyk reported dizziness.', 'NAME', 'Kowalczyk');
  none('Thrush remains in oral cavity. Cont to monitor.');
});

test('drug names and services are not names or places', () => {
  for (const d of ['Xarelto', 'Eliquis', 'Keytruda', 'Levophed', 'Precedex', 'Entresto', 'Humira', 'Ozempic']) none(`The patient was started on ${d} yesterday and tolerated it.`);
  none('Consulted Hospice today. Per Family Medicine, continue. Discussed with Palliative Care and Social Work.');
});

test('facility names with "of"', () => {
  has('Transferred to Sinai Hospital of Baltimore overnight.', 'LOCATION', 'Sinai Hospital of Baltimore');
  has("Seen at Children's Hospital of Philadelphia.", 'LOCATION', "Children's Hospital of Philadelphia");
  has('Records from Hospital of the University of Pennsylvania.', 'LOCATION', 'Hospital of the University of Pennsylvania');
});

test('"user at host.com" is an e-mail when the user part looks like a user name', () => {
  has('Email me at john.smith at gmail.com please.', 'EMAIL', 'john.smith at gmail.com');
  has('Or jsmith72 at yahoo.com.', 'EMAIL', 'jsmith72 at yahoo.com');
  assert.ok(!found('We met at noon. Seen at home today.').some((f) => f.startsWith('EMAIL')));
});

test('surnames that are also words after patient labels; year-first dates', () => {
  has('Pt. Smith is stable.', 'NAME', 'Smith');
  has('Patient Brown seen in clinic.', 'NAME', 'Brown');
  none('Discussed with the patient. Will follow up. Patient Education provided.');
  has('Seen 2019 Jan 05 and 2019-Jan-05.', 'DATE', '2019 Jan 05');
  has('Seen 2019 Jan 05 and 2019-Jan-05.', 'DATE', '2019-Jan-05');
});
