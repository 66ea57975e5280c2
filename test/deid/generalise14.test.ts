// Generalisation tests, fourteenth round (docs/deid-history.md, Stop 15, branch places14): places, dates, ages and phones,
// general patterns found in the open sets (heldout6 first, then heldout4-5 and train4-7). Every example is new and
// synthetic (invented names, places and numbers), written for the rule, not copied from any evaluation set.
import { test } from 'node:test';

import assert from 'node:assert/strict';

import { covered, found, has, notFlagged } from '../support/deid.js';

test('shops, homes and practices named by a head word not listed before', () => {
  has('Parrot bought at Tropic Wings Aviary in March; bird died in April.', 'LOCATION', 'Tropic Wings Aviary');
  has('Compounded cream filled at Greenfield Apothecary last week.', 'LOCATION', 'Greenfield Apothecary');
  has('Rifle stored at Pinecrest Outfitters per agreement.', 'LOCATION', 'Pinecrest Outfitters');
  has('Prior admission at Harrowgate Psychiatric (2021), no restraints.', 'LOCATION', 'Harrowgate Psychiatric');
  has('Follows up at Kestrelwood Sleep Disorders Center next month.', 'LOCATION', 'Kestrelwood Sleep Disorders Center');
  has('Outpatient OT at FlexiHand Therapy twice weekly.', 'LOCATION', 'FlexiHand Therapy');
  has('Doses given at Northridge Travel & Immunization, Suite 2.', 'LOCATION', 'Northridge Travel & Immunization');
  has('Counselor at Lakemoor Counseling Collective; next visit 2 weeks.', 'LOCATION', 'Lakemoor Counseling Collective');
  // A label before the name stays out: "Site ...".
  has('Age 80 Site Ashbury Oaks Center enrolled', 'LOCATION', 'Ashbury Oaks Center');
  // Treatments, departments and generic centers are not places.
  notFlagged('Started Dialectical Behavior Therapy and Cognitive Behavioral Therapy.', 'Dialectical');
  notFlagged('Music Therapy and Massage Therapy offered on the unit.', 'Music');
  notFlagged('Paged the Trauma Center and the Call Center.', 'Trauma');
  notFlagged('Received physical therapy; apartments nearby are noisy.', 'apartments');
});

test('HL7 phones and time stamps read by their shape in any field', () => {
  const t = 'MSH|^~\\&|APP|FAC|REG|ST|20240905101522-0500||ADT^A04|Q7781|P|2.5\n' +
    'SCH|X1|X1|||||RT^Routine|20|MIN|^^20^20240912093000^20240912095000|||||TOLLIVER^ANSEL|^PRN^PH^^^802^5550164\n' +
    'PID|1||4418207^^^FAC^MR||QUILLEN^ODETTE||19470302|F|||9 Larch Ln^^Barre^VT^05641||^PRN^PH^^^802^5550177|^WPN^FX^^1^802^5550178';
  has(t, 'DATE', '20240905');
  has(t, 'DATE', '20240912');
  has(t, 'PHONE', '802^5550164');
  has(t, 'PHONE', '802^5550177');
  has(t, 'FAX', '1^802^5550178');
  // A control id or a version is no date or phone.
  notFlagged(t, 'Q7781');
});

test('XML elements of places, phones and faxes, in any case', () => {
  const t = '<Patient><Address><AddressLine1>41 Quarry Ridge</AddressLine1><City>Bellmont</City><State>OR</State>' +
    '<ZipCode>97355</ZipCode></Address><Phones><HomeTelephone><Number>5415550142</Number></HomeTelephone>' +
    '<FaxLine><Number>5415550143</Number></FaxLine></Phones><Quantity><Value>30</Value></Quantity></Patient>';
  has(t, 'LOCATION', 'Bellmont');
  has(t, 'LOCATION', '97355');
  has(t, 'PHONE', '5415550142');
  has(t, 'FAX', '5415550143');
  notFlagged(t, '30');
  notFlagged(t, 'OR');
});

test('an SQL dump: the values of its place, phone and fax columns', () => {
  const t = "INSERT INTO member (id, surname, street, town, postcode, fax) VALUES\n (7, 'Aldous', '3 Weir Bank', 'Colwick', '82214', '307-555-0190'),\n (8, 'Brandt', NULL, 'Elk Falls', '82216', NULL);";
  has(t, 'LOCATION', 'Colwick');
  has(t, 'LOCATION', 'Elk Falls');
  has(t, 'LOCATION', '82214');
  has(t, 'LOCATION', '82216');
  has(t, 'FAX', '307-555-0190');
  // Columns that hold no place stay as they were.
  notFlagged(t, '7,');
});

test('a known town read as a person: before a state code, or after a word of transport', () => {
  covered('Walk-in patients were bused to Plano for reunification.', 'Plano', 'LOCATION');
  covered('Second driver airlifted to Kettering after the crash.', 'Kettering', 'LOCATION');
  covered('Screening van parked at Hurley, VA on Tuesday.', 'Hurley', 'LOCATION');
  // A person after a title or a given name keeps the person's type.
  has('Case reviewed with Dr. Plano, VA clinic.', 'NAME', 'Plano');
  assert.ok(!found('Case reviewed with Marta Plano, VA clinic.').includes('LOCATION:Plano'));
});

test('rural routes, highway contract routes and grid addresses', () => {
  has('Mail to Rte 4 Box 212, Wise, VA 24293.', 'LOCATION', 'Rte 4 Box 212');
  has('Home: RR 1, Box 37A, Hays, KS', 'LOCATION', 'RR 1, Box 37A');
  has('Forms sent to HC 65 Box 9 in Alpine.', 'LOCATION', 'HC 65 Box 9');
  has('Lives at N3190 County Rd QQ, Adell WI.', 'LOCATION', 'N3190 County Rd QQ');
  has('Lives at E1447 State Hwy 29, Bonduel.', 'LOCATION', 'E1447 State Hwy 29');
  // Boxes of gloves, a rate, a grid reference of a lab plate.
  notFlagged('Took 2 Box 100 gloves from RR 12 supply.', 'Box');
  notFlagged('Well N12 read at 450 nm in plate 3.', 'N12');
});

test('addresses of Malaysia and Indonesia, Australian suburbs after a comma, "Isle of" before a UK postcode', () => {
  has('Alamat: No. 7, Jalan Cempaka 2, Taman Sentosa, 43000 Kajang', 'LOCATION', 'No. 7, Jalan Cempaka 2');
  has('Alamat: No. 7, Jalan Cempaka 2, Taman Sentosa, 43000 Kajang', 'LOCATION', 'Taman Sentosa');
  has('Alamat Jl. Diponegoro No. 14, Semarang', 'LOCATION', 'Jl. Diponegoro No. 14');
  has('Address: 5 Wattle St, Upper Coomera QLD 4209', 'LOCATION', 'Upper Coomera');
  has('Address: 9/2 Hakea Cl, Bald Rock NSW 2474', 'LOCATION', 'Bald Rock');
  has('Home: 3 Harbour View, Portree, Isle of Skye IV51 9DZ', 'LOCATION', 'Isle of Skye');
});

test('an Australian mobile, a Malay fax label and a year-first date of birth', () => {
  has('Nominee: brother Callum Roe 0438 555 912, callum@mail.example', 'PHONE', '0438 555 912');
  has('Klinik Sri Melati, Tel 03-555 7610. Faks 03-555 7611', 'FAX', '03-555 7611');
  has('Worker ID 88 172 DOB 1969 04 23 Address on file', 'DATE', '1969 04 23');
  notFlagged('gave 0412 555 019 units over the shift', '0412');
  notFlagged('ran 2019 04 12 protocol', '2019 04 12');
  assert.ok(!found('scored 1995 12 11 on test').some((f) => f.startsWith('DATE')));
});

test('an X12 envelope: the interchange date', () => {
  const t = 'ISA*00*          *00*          *ZZ*SENDERX        *ZZ*RECEIVERY      *240517*0815*^*00501*000001122*0*P*:~\nGS*HB*SENDERX*RECEIVERY*20240517*0815*1122*X*005010X279A1~\nNM1*IL*1*VANTERPOOL*ELISE****MI*W88120441~';
  has(t, 'DATE', '240517');
  notFlagged(t, '0815');
});
