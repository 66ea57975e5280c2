// Generalisation tests, third round: one block per category of weakness (places in many countries,
// facility heads, X12 and CDA fragments, the type of an identifier from its label, biometric, licence
// and other identifiers, ages over 89, names without titles, and clinical look-alikes). Every
// example is new and synthetic: invented names, places and numbers, written for the rule, not taken
// from any evaluation set.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { covered, found, has, notFlagged } from '../support/deid.js';

test('the type of an identifier comes from its label: MRN, health plan, account, other ids', () => {
  has('UR number 448812', 'MRN', '448812');
  has('Pt: Dlamini, Sipho  UR: 221093  Ward 4B', 'MRN', '221093');
  has('Unit record number 7712093', 'MRN', '7712093');
  has('MRN | 00482913', 'MRN', '00482913');
  has('Account | 88213300 | Member ID | QRX88120011', 'ACCOUNT', '88213300');
  has('Account | 88213300 | Member ID | QRX88120011', 'HEALTH_PLAN', 'QRX88120011');
  has('Statement no: ST99120044', 'ACCOUNT', 'ST99120044');
  has('Insured ID: KQ7712093', 'HEALTH_PLAN', 'KQ7712093');
  has('Medical aid number: 88120034-02', 'HEALTH_PLAN', '88120034-02');
  has('GMS medical card no. 8812034K', 'HEALTH_PLAN', '8812034K');
  // Claim numbers, prior authorisations, references and NPIs are other identifiers.
  has('Your claim number is 2024-118823.', 'OTHER_ID', '2024-118823');
  has('Prior auth # PA-77120934 approved.', 'OTHER_ID', 'PA-77120934');
  has('Our ref: JB/4471/22', 'OTHER_ID', 'JB/4471/22');
  has('Ordering NPI 1588667638', 'OTHER_ID', '1588667638');
  has('Kit ID: KT-0091-2231', 'OTHER_ID', 'KT-0091-2231');
  has('NRIC S8812093D on file.', 'OTHER_ID', 'S8812093D');
  has('Aadhaar number 4491 8823 1120', 'OTHER_ID', '4491 8823 1120');
  has('SA ID number 3104125088083', 'OTHER_ID', '3104125088083');
  has('DoD ID 1288123401', 'OTHER_ID', '1288123401');
  // Lower-case "ur" is a word in portal messages.
  notFlagged('can u check ur 100mg dose', '100mg');
});

test('fax numbers in letterheads and P:/F: pairs', () => {
  has('P: 617-555-0144  F: 617-555-0199', 'PHONE', '617-555-0144');
  has('P: 617-555-0144  F: 617-555-0199', 'FAX', '617-555-0199');
  has('T 020 7946 0958  F 020 7946 0959', 'FAX', '020 7946 0959');
  has('T 020 7946 0958  F 020 7946 0959', 'PHONE', '020 7946 0958');
  has('Ph (555) 201-3344 | Fx (555) 201-3345', 'FAX', '(555) 201-3345');
});

test('serials of equipment the patient uses are devices', () => {
  has('Home BP monitor ID BPM-00218841', 'DEVICE', 'BPM-00218841');
  has('Insulin pump serial: PX4-881203', 'DEVICE', 'PX4-881203');
  has('Oxygen concentrator S/N OC77120934', 'DEVICE', 'OC77120934');
  has('Hearing aid serial L-9921834', 'DEVICE', 'L-9921834');
});

test('identifiers in JSON, CSV and FHIR pasted as text are typed by their key', () => {
  const j = '{"patient":{"mrn":"M0048812","member_id":"ZQH88123401","account":"88120034","name":"Lena Marsh","city":"Duluth","zip":"55802"}}';
  has(j, 'MRN', 'M0048812');
  has(j, 'HEALTH_PLAN', 'ZQH88123401');
  has(j, 'ACCOUNT', '88120034');
  has(j, 'LOCATION', '55802');
  const f = '{"resourceType":"Patient","identifier":[{"type":{"coding":[{"code":"MR"}]},"value":"A7712093"},{"system":"http://hospital.example.org/member-id","value":"HX-99120"}]}';
  has(f, 'MRN', 'A7712093');
  has(f, 'HEALTH_PLAN', 'HX-99120');
  const csvText = 'patient_id,mrn,last_name,first_name,account_no,member_id\n1,88120,Ferreira,Ana,A-0091822,WQ8812934';
  has(csvText, 'ACCOUNT', 'A-0091822');
  has(csvText, 'HEALTH_PLAN', 'WQ8812934');
  notFlagged(csvText, '1,');
  // JSON numbers that are quantities stay out.
  notFlagged('{"valueQuantity":{"value":7.2,"unit":"mmol/L"}}', '7.2');
});

test('X12 837 segments: names, places, dates and identifiers by segment and qualifier', () => {
  const x = [
    'NM1*IL*1*GARCIA*ROSA*M***MI*XJH88120034~',
    'N3*1421 OAK HOLLOW DR*APT 3~',
    'N4*SPRINGFIELD*IL*62704~',
    'DMG*D8*19320215*F~',
    'CLM*PCN8812390*1250***11:B:1*Y*A*Y*Y~',
    'REF*EA*MR0099812~',
    'DTP*472*RD8*20240311-20240314~',
    'NM1*85*2*RIVERSIDE MEDICAL GROUP*****XX*1234567893~',
    'NM1*PR*2*BLUEWATER MUTUAL*****PI*88120~',
    'PER*IC*DANA WELLS*TE*6175550144*FX*6175550199~',
  ].join('');
  covered(x, 'GARCIA', 'NAME');
  covered(x, 'ROSA', 'NAME');
  has(x, 'HEALTH_PLAN', 'XJH88120034');
  has(x, 'LOCATION', '1421 OAK HOLLOW DR');
  has(x, 'LOCATION', 'APT 3');
  has(x, 'LOCATION', 'SPRINGFIELD');
  has(x, 'LOCATION', '62704');
  has(x, 'DATE', '19320215');
  has(x, 'OTHER_ID', 'PCN8812390');
  has(x, 'MRN', 'MR0099812');
  has(x, 'DATE', '20240311');
  has(x, 'DATE', '20240314');
  has(x, 'LOCATION', 'RIVERSIDE MEDICAL GROUP');
  has(x, 'OTHER_ID', '1234567893');
  has(x, 'FAX', '6175550199');
  // The payer is no place, and the state is never marked.
  notFlagged(x, 'BLUEWATER');
  assert.ok(!found(x).some((f) => f.endsWith(':IL')), 'the state is never marked');
});

test('CDA address and name elements', () => {
  const c = '<addr use="HP"><streetAddressLine>88 Birch Lane</streetAddressLine><city>Marlow</city><state>NH</state><postalCode>03456</postalCode></addr><name><given>Ruth</given><family>Abernathy</family></name>';
  has(c, 'LOCATION', '88 Birch Lane');
  has(c, 'LOCATION', 'Marlow');
  has(c, 'LOCATION', '03456');
  has(c, 'NAME', 'Ruth');
  has(c, 'NAME', 'Abernathy');
  notFlagged(c, 'NH');
});

test('towns of many countries after residence and travel words, in address lines and letterheads', () => {
  has('He moved to Dunedin last year and is from Timaru originally.', 'LOCATION', 'Timaru');
  has('She lives near Tralee, Co. Kerry.', 'LOCATION', 'Tralee');
  has('She lives near Tralee, Co. Kerry.', 'LOCATION', 'Co. Kerry');
  has('Address: 14 Main Street, Ennis, Co. Clare, V95 XK42.', 'LOCATION', 'Co. Clare');
  has('Address: 14 Main Street, Ennis, Co. Clare, V95 XK42.', 'LOCATION', 'V95 XK42');
  has('Home: Knocknacarra, Galway', 'LOCATION', 'Knocknacarra');
  has('Home: Knocknacarra, Galway', 'LOCATION', 'Galway');
  has("Referral from St Brigid's Hospice, Carlow.", 'LOCATION', 'Carlow');
  has('Sincerely,\nDr. Aoife Brennan\nMercy University Hospital\nCork', 'LOCATION', 'Cork');
  has('Lives in Leeds LS6 2QR with his partner.', 'LOCATION', 'LS6 2QR');
  has('Pt stays in Tauranga, Bay of Plenty 3110.', 'LOCATION', '3110');
  has('Residence: Ward 12, Salt Lake, Kolkata 700091', 'LOCATION', 'Salt Lake');
  has('Residence: Ward 12, Salt Lake, Kolkata 700091', 'LOCATION', '700091');
  has('Patient is from Pune, Maharashtra 411038.', 'LOCATION', '411038');
  has('Address: 22 MG Road, Bengaluru 560001, Karnataka.', 'LOCATION', '560001');
  has('Contact address: 9 Umgeni Road, Durban, 4001', 'LOCATION', '4001');
  // Regions, provinces and states are not marked; neither are prose after an address label, years or drug names.
  notFlagged('Address: 22 MG Road, Bengaluru 560001, Karnataka.', 'Karnataka');
  notFlagged('Pt stays in Tauranga, Bay of Plenty 3110.', 'Bay of Plenty');
  notFlagged('Home: alone, independent with ADLs', 'alone');
  notFlagged('Residence: SNF', 'SNF');
  notFlagged('She was in Otago 2019.', '2019');
  notFlagged('He visited Durban 2019 for a wedding.', '2019');
  notFlagged('Co. Q10 supplements daily, co-amoxiclav 625 mg', 'Q10');
  notFlagged('Address: 6452 Pine Street, Salem, NY 75868', 'NY');
});

test('facilities of every head word: prisons, churches, dialysis, rehab, lodges', () => {
  has('Incarcerated at Riverbend Correctional Facility.', 'LOCATION', 'Riverbend Correctional Facility');
  has('Transferred from Harris County Detention Center.', 'LOCATION', 'Harris County Detention Center');
  has('Dialysis at Lakeside Dialysis three times a week.', 'LOCATION', 'Lakeside Dialysis');
  has('Discharged to Cedar Ridge Rehab.', 'LOCATION', 'Cedar Ridge Rehab');
  has('Attends Grace Baptist Church on Sundays.', 'LOCATION', 'Grace Baptist Church');
  has('Lives at Pinecrest Lodge.', 'LOCATION', 'Pinecrest Lodge');
  has('Social: Pt was discharged to Baltimore rehab hospital at 1400.', 'LOCATION', 'Baltimore rehab hospital');
  notFlagged('Attends Catholic Church weekly.', 'Catholic');
  notFlagged('Lives in a retirement village.', 'village');
  notFlagged('The dialysis unit called.', 'dialysis');
});

test('ages over 89 in more shapes; ages up to 89 and vital signs never', () => {
  has("Bridget O'Malley (95) was seen today.", 'AGE_OVER_89', '95');
  has('Age | 93', 'AGE_OVER_89', '93');
  has('He is 90.', 'AGE_OVER_89', '90');
  has('The patient, 98, lives with her son.', 'AGE_OVER_89', '98');
  has('age 93yrs', 'AGE_OVER_89', '93');
  has('Age at death: 96', 'AGE_OVER_89', '96');
  has('Mrs Keane, aged 94, was admitted from home.', 'AGE_OVER_89', '94');
  has('a ninety-one-year-old retired teacher', 'AGE_OVER_89', 'ninety-one');
  has('name,age,sex\nHilda Price,97,F', 'AGE_OVER_89', '97');
  has('{"name":"Hilda Price","age":97}', 'AGE_OVER_89', '97');
  notFlagged('BP 92/60, HR 94, RR 18, SpO2 95%', '94');
  notFlagged('Weight 92 kg, glucose 94.', '94');
  notFlagged('Her sat is 92, on 2L.', '92');
  notFlagged('Glucose (95) this morning.', '95');
  notFlagged('Age: 45', '45');
  notFlagged('name,age,sex\nHilda Price,57,F', '57');
});

test('biometric and licence identifiers after more label shapes', () => {
  has('Voiceprint enrolment ref VP-2291-88A', 'BIOMETRIC', 'VP-2291-88A');
  has('Right index fingerprint minutiae hash 7f3a9c21e4', 'BIOMETRIC', '7f3a9c21e4');
  has('Gait signature G-44120-K recorded by the wearable.', 'BIOMETRIC', 'G-44120-K');
  has('Palm vein template PV-7731-0921 enrolled at kiosk.', 'BIOMETRIC', 'PV-7731-0921');
  has('State license #: RN 2291834', 'LICENSE', 'RN 2291834');
  has('License: A 88120934', 'LICENSE', 'A 88120934');
  has('AHPRA registration MED0001234567', 'LICENSE', 'MED0001234567');
  has("DOT medical examiner's certificate number 3318640297", 'LICENSE', '3318640297');
  has('MCNZ 23344', 'LICENSE', '23344');
});

test('names without titles: lower-case self-introductions, labels, lists of relatives, initials', () => {
  has('hi this is kasia, my mum had her bloods done', 'NAME', 'kasia');
  has('my name is bongani and i need a refill', 'NAME', 'bongani');
  has('signed: rhiannon', 'NAME', 'rhiannon');
  has('Patient: Thabo Mokoena', 'NAME', 'Thabo Mokoena');
  has('From: Rangi Parata\nTo: Clinic inbox', 'NAME', 'Rangi Parata');
  has('Survived by her children Colm, Aoibhinn and Padraig.', 'NAME', 'Aoibhinn');
  has('Survived by her children Colm, Aoibhinn and Padraig.', 'NAME', 'Padraig');
  has('Social- Sons David and Theodore talk with attending today.', 'NAME', 'David');
  has('RN initials: JKL', 'NAME', 'JKL');
  has('Interpreter: Mandarin, Wei Zhang (ID 4471)', 'NAME', 'Wei Zhang');
  has('Obituary: Eleanor Whitcombe, 96, of Harrow, passed away peacefully.', 'AGE_OVER_89', '96');
  notFlagged('Interpreter: Mandarin, Wei Zhang (ID 4471)', 'Mandarin');
  notFlagged('Patient: Alert And Oriented', 'Alert');
  notFlagged('this is painful, my name is on the form', 'painful');
  notFlagged('Her children are supportive.', 'supportive');
});

test('dictated dates and identifiers spelled out in words; more street suffixes', () => {
  has("[10:02] Patient: it's the fourth of March nineteen thirty two.", 'DATE', 'fourth of March nineteen thirty two');
  has('DOB March twenty-first, nineteen twenty-nine.', 'DATE', 'March twenty-first, nineteen twenty-nine');
  has('MRN is four four seven one eight two three.', 'MRN', 'four four seven one eight two three');
  has('Re: Mrs Nuala Kavanagh, 7 Church View, Ballinasloe', 'LOCATION', '7 Church View');
  has('Lives at 14/2 Anna Salai, Chennai 600002.', 'LOCATION', '14/2 Anna Salai');
  notFlagged('may the first dose be given early', 'first');
  notFlagged('SPUTUM: 4 LARGE THICK LIQ GREEN', 'GREEN');
});

test('portal messages, pipe tables, French facility names, FHIR devices and typed columns', () => {
  has('hey its jaz (jasmine) again, we moved to fremont last wk', 'LOCATION', 'fremont');
  has('can u call my bro tomas 0871234567', 'PHONE', '0871234567');
  const table = 'Name | DOB | MRN | Member ID\nHilde Brandt | 03/02/1929 | 00771234 | QHX99120034';
  has(table, 'MRN', '00771234');
  has(table, 'HEALTH_PLAN', 'QHX99120034');
  has('mrn,name,phone,fax\n00918273,"Okafor, Chidi",617-555-0144,617-555-0199', 'FAX', '617-555-0199');
  has('Pt seen at Clinique Saint-Luc, transferred to CHU Sainte-Justine.', 'LOCATION', 'Clinique Saint-Luc');
  has('Pt seen at Clinique Saint-Luc, transferred to CHU Sainte-Justine.', 'LOCATION', 'CHU Sainte-Justine');
  has('{"resourceType":"Device","serialNumber":"CPAP-2291-88X","udiCarrier":[{"deviceIdentifier":"00884838001234"}]}', 'DEVICE', '00884838001234');
  notFlagged('PT OOB TO CH TO COMMODE WITH ASSIST', 'COMMODE');
  notFlagged('Took 0800 meds, call bell in reach, 0200 turned.', '0800');
});

test('unlabelled numbers typed by their line: insurers, patient headers; more account and licence labels', () => {
  has('Insurance: Aetna PPO, ID W123456789', 'HEALTH_PLAN', 'W123456789');
  has('Primary: Blue Cross Blue Shield #XYP882190344', 'HEALTH_PLAN', 'XYP882190344');
  has('Patient: Hilde Brandt  ID: 00771234  DOB 03/02/1929', 'MRN', '00771234');
  has('Visit ID: V88120034', 'ACCOUNT', 'V88120034');
  has('CSN 88120034412', 'ACCOUNT', '88120034412');
  has('Lic # 88120934', 'LICENSE', '88120934');
  has('GPhC registration 2088123', 'LICENSE', '2088123');
  has('OBR|1|ORD5521|FIL8812|CBC', 'OTHER_ID', 'FIL8812');
  // A confirmation number on an insurance line stays another identifier.
  has('Medicaid application submitted, confirmation WA-AP-55902781.', 'OTHER_ID', 'WA-AP-55902781');
});

test('Dublin districts, schools and universities, building names in address lines, provinces left out', () => {
  has('Lives in Dublin 8 with partner.', 'LOCATION', 'Dublin 8');
  has("Referred from St James's Hospital, Dublin 8.", 'LOCATION', 'Dublin 8');
  has('Student at Westfield Elementary.', 'LOCATION', 'Westfield Elementary');
  has('Works at Riverside Community College.', 'LOCATION', 'Riverside Community College');
  has('Studies at the University of Otago.', 'LOCATION', 'University of Otago');
  has('Address: Flat 4, Ashcombe House, 12 Upper Street, Islington, London N1 0PQ', 'LOCATION', 'Flat 4');
  has('Address: Flat 4, Ashcombe House, 12 Upper Street, Islington, London N1 0PQ', 'LOCATION', 'Ashcombe House');
  has('Pt from Springfield, MO.', 'LOCATION', 'Springfield');
  notFlagged('Originally from Toronto, Ontario; now retired.', 'Ontario');
  notFlagged('Moved to Brisbane, Queensland in March.', 'Queensland');
  notFlagged('Given at 0800, Dublin 2 units of PRBC', '0800');
});

test('CDA and FHIR identifiers typed by their root, type text and scope; initials columns', () => {
  const cda = '<recordTarget><patientRole><id extension="4471823" root="2.16.840.1.113883.19.5.99999.2"/><addr use="HP"><city>Ashgrove</city></addr></patientRole></recordTarget><author><assignedAuthor><id extension="1588667638" root="2.16.840.1.113883.4.6"/></assignedAuthor></author>';
  has(cda, 'MRN', '4471823');
  has(cda, 'OTHER_ID', '1588667638');
  notFlagged(cda, '2.16.840');
  const f = '{"resourceType":"Patient","identifier":[{"use":"usual","type":{"text":"Medical Record Number"},"value":"MR-771234"}],"telecom":[{"system":"phone","value":"(07) 5550 1234"}]}';
  has(f, 'MRN', 'MR-771234');
  has(f, 'PHONE', '(07) 5550 1234');
  has('Time | Note | Initials\n0700 | Turned, skin intact | LMW\n0900 | Fed | LMW', 'NAME', 'LMW');
});

test('sign-offs with a name alone on the next line; specialists after a name are no names', () => {
  has('Hi Dr. Okafor,\nThanks for seeing her today.\nBest,\nRuaidhri', 'NAME', 'Ruaidhri');
  has('Kind regards,\nDr Fionnuala Ní Dhomhnaill\nConsultant Geriatrician', 'NAME', 'Fionnuala Ní Dhomhnaill');
  notFlagged('Regards\nDr Fionnuala Ní Dhomhnaill\nConsultant Geriatrician', 'Geriatrician');
  notFlagged('Thanks,\nThe Cardiology Team', 'Cardiology');
  notFlagged('Best,\nPharmacy', 'Pharmacy');
});

test('street names without numbers, lower-case and numbered; bags, parks and plots', () => {
  has('lives on maple st with her son', 'LOCATION', 'maple st');
  has('Lives at the corner of 5th Ave and Pine St.', 'LOCATION', '5th Ave');
  has('Lot 22, Pinewood Mobile Home Park', 'LOCATION', 'Pinewood Mobile Home Park');
  has('Private Bag X12, Parktown', 'LOCATION', 'Private Bag X12');
  has('Address: Plot 1182, Kampala Road', 'LOCATION', 'Kampala Road');
  notFlagged('pt lives on the second floor, dr aware', 'second');
  notFlagged('staying on 2 l nc, dr notified', 'dr');
});

test('short lower-case messages: a town after "staying w my sister in", "til the 14th"; "(F, 94)"', () => {
  has('im staying w my sister in leeds til the 14th', 'LOCATION', 'leeds');
  has('im staying w my sister in leeds til the 14th', 'DATE', '14th');
  has('(F, 94) presented with SOB', 'AGE_OVER_89', '94');
  notFlagged('(F, 54) presented with SOB', '54');
  notFlagged('pt staying in bed today, in good spirits', 'good');
});

test('national identity numbers of other countries are other identifiers, not card numbers', () => {
  has('ID: 3104125088085 (green ID book)', 'OTHER_ID', '3104125088085');
  has('SIN: 046 454 286', 'OTHER_ID', '046 454 286');
  notFlagged('the sin 5 times', '5');
});

test('law firms named after people are neither names nor places', () => {
  const t = 'Court-appointed guardian: Priscilla Hawthorne, Esq., of Hawthorne & Vale LLP. Case No. 2024-GD-00871.';
  has(t, 'NAME', 'Priscilla Hawthorne');
  notFlagged(t, 'Vale');
  notFlagged('Represented by Okafor Solicitors.', 'Okafor');
});

test('a spoken day with a written year; a pharmacy chain before a weak head', () => {
  has('[00:02:22] PATIENT: Twelfth of June, 1931.', 'DATE', 'Twelfth of June, 1931');
  has('Dispensed by Boots Pharmacy, 12 High St, Bicester OX26 6HY.', 'LOCATION', 'Boots Pharmacy');
  notFlagged('First of all, June was a good month.', 'First');
});

test('JSON intake payloads: postcodes with letters, Eircodes, NHS and medical card numbers by key', () => {
  const a = '{"patient_name":"Doyle, Brendan","eircode":"D08 X2P8","county":"Co. Wicklow","medical_card":"8812034K"}';
  has(a, 'LOCATION', 'D08 X2P8');
  has(a, 'HEALTH_PLAN', '8812034K');
  const b = '{"name":"Okonkwo Adaeze","postcode":"SW1A 1AA","nhs_number":"943 476 5919","age":91}';
  has(b, 'LOCATION', 'SW1A 1AA');
  has(b, 'HEALTH_PLAN', '943 476 5919'); // the NHS number is the UK health service's beneficiary number
  has('{"address":{"street":"14 Kowhai Rd","suburb":"Ponsonby","town":"Auckland","postcode":"1011"}}', 'LOCATION', 'Ponsonby');
});

test('licence numbers after registration labels; a state or province before the number stays out', () => {
  has("Driver's licence: NSW 12345678", 'LICENSE', '12345678');
  has('DL# (TX) 44120934', 'LICENSE', '44120934');
  has('Nurse registration PIN 12A3456E', 'LICENSE', '12A3456E');
  has('Registered with the Medical Council, reg. no. 412883.', 'LICENSE', '412883');
  has('Dr Meera Pillai, MCI Reg. No. 88120', 'LICENSE', '88120');
  notFlagged("Driver's licence: NSW 12345678", 'NSW');
});

test('identifiers in a sentence about a biometric enrolment are biometric; modem ids and serials are devices', () => {
  has('Biometric enrolment: right index fingerprint captured, template stored as BIO-88120-RT.', 'BIOMETRIC', 'BIO-88120-RT');
  has('Iris scan enrolled (IRIS-ID 0091-2231-44).', 'BIOMETRIC', '0091-2231-44');
  has('Patient enrolled in palm-vein identification (PalmSecure ID PS-7712093).', 'BIOMETRIC', 'PS-7712093');
  has('CPAP: ResMed AirSense 11, SN 23221129834, modem ID 88120934412.', 'DEVICE', '88120934412');
  has('Hearing aids L/R serials 2291A884 / 2291A885.', 'DEVICE', '2291A884');
  // The biometric sentence ends at its full stop.
  has('Fingerprint clock-in set up. Case number 2024-118823 opened.', 'OTHER_ID', '2024-118823');
});

test("a full name in the possessive before a lower-case word is a person, not an eponym", () => {
  covered("Look up Dolores Whitfield's chart before rounds.", 'Dolores Whitfield', 'NAME');
  covered("Maria Alvarez's husband called the ward.", 'Maria Alvarez', 'NAME');
  covered("Spoke with Priya Raghunathan's son about discharge.", 'Priya Raghunathan', 'NAME');
  notFlagged("History of right Bell's palsy.", 'Bell');
  notFlagged('Known Parkinson\'s disease, on carbidopa.', 'Parkinson');
  notFlagged("Positive Kernig's sign on exam.", 'Kernig');
});
