// Generalisation tests, twenty-eighth round (docs/deid-history.md, Stop 16, probe round ids28): identifiers other than phones,
// e-mails, URLs and IPs, from a battery of invented snippets: IBANs, a Swiss AHV and an Indian PAN by their check or
// shape, identifiers typed by the system of a FHIR identifier or the root of a C-CDA id, licences of Brazilian councils
// with their state and of nurses' registers, plates of other countries after a vehicle word, a card's last digits, and
// the numbers of standards and parts left unflagged. Every example is new and synthetic (invented names and numbers).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { found, has, notFlagged } from '../support/deid.js';

/** A span of the type covers exactly the value. */
const whole = (text: string, type: string, value: string) => assert.ok(found(text).includes(`${type}:${value}`), found(text).join(' | '));

test('an IBAN whole or in groups is an account when its mod-97 check holds', () => {
  whole('Refund by transfer to IBAN DE44 5001 0517 5407 3249 31 please.', 'ACCOUNT', 'DE44 5001 0517 5407 3249 31');
  whole('Pay to GB67MIDL40051521004417 by Friday.', 'ACCOUNT', 'GB67MIDL40051521004417');
  whole('"iban": "GB67MIDL40051521004417"', 'ACCOUNT', 'GB67MIDL40051521004417');
  whole('Wire to account NL91 ABNA 0417 1643 00.', 'ACCOUNT', 'NL91 ABNA 0417 1643 00');
  // A failing check: not read as an IBAN.
  notFlagged('Shelf code DE45 5001 0517 5407 3249 31 in stores.', 'DE45');
});

test('a Swiss AHV number and an Indian PAN by their shape', () => {
  whole('AHV-Nr. 756.4139.2776.01 on the insurance card.', 'OTHER_ID', '756.4139.2776.01');
  whole('KYC form: Aadhaar 5820 4417 3091, PAN BQTPK4471M.', 'OTHER_ID', 'BQTPK4471M');
});

test('a FHIR identifier typed by its system or its v2-0203 type code', () => {
  const j = '{"identifier":[{"system":"urn:oid:2.16.840.1.113883.4.1","value":"412-55-7719"},{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"7213390457"}]}';
  whole(j, 'SSN', '412-55-7719');
  whole(j, 'HEALTH_PLAN', '7213390457');
  whole('{"identifier":[{"system":"http://ns.electronichealth.net.au/id/medicare-number","value":"2953721481"}]}', 'HEALTH_PLAN', '2953721481');
  whole('{"identifier":[{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MB"}]},"value":"XEK447129031"}]}', 'HEALTH_PLAN', 'XEK447129031');
});

test('a C-CDA id typed by the OID of its root', () => {
  whole('<id root="2.16.840.1.113883.4.3.6" extension="D4471290" assigningAuthorityName="DMV"/>', 'LICENSE', 'D4471290');
  whole('<id extension="412557719" root="2.16.840.1.113883.4.1"/>', 'SSN', '412557719');
  whole('<id root="2.16.840.1.113883.4.572" extension="1EG4TE5MK72"/>', 'HEALTH_PLAN', '1EG4TE5MK72');
});

test('licences of Brazilian councils with their state, of nurses registers, of driving permits abroad', () => {
  has('Assinado: CRM-SP 144712; COREN-RJ 552019.', 'LICENSE', '144712');
  has('Assinado: CRM-SP 144712; COREN-RJ 552019.', 'LICENSE', '552019');
  has('Nurse: Ama Owusu, RN, NMBI 447129.', 'LICENSE', '447129');
  has('Permis de conduire n° 12AB44712 présenté.', 'LICENSE', '12AB44712');
  // C-reactive protein stays unflagged.
  notFlagged('CRP 4471 mg/L rechecked.', '4471');
});

test('plates of other countries by their shape after a vehicle word', () => {
  whole('The taxi (KBZ 447X) hit the patient on the ring road.', 'VEHICLE', 'KBZ 447X');
  whole('Car registration: KA 05 MN 4471 (two-wheeler behind).', 'VEHICLE', 'KA 05 MN 4471');
  whole('Placa: ABC-1D23, carro do filho.', 'VEHICLE', 'ABC-1D23');
  // No vehicle word: a room and a clinic code stay unflagged.
  notFlagged('Patient moved to ward KBZ 447X for isolation.', '447X');
});

test('a card last digits are an account', () => {
  whole('Amex ending 10093 on file for copays.', 'ACCOUNT', '10093');
  whole('Last 4 of card: 7719 (verified).', 'ACCOUNT', '7719');
  notFlagged('Last 4 weeks: 2 falls, ending 2026 plans.', '2026');
});

test('numbers of standards and parts are no identifiers', () => {
  notFlagged('Pump tested to IEC 60601-1 and ISO 80601-2-12.', '60601-1');
  notFlagged('Part number 990-4471-02 for the IV pole.', '990-4471-02');
  notFlagged('Catalog # REF 5076-52CM, lot 4471A.', '5076-52CM');
});
