// Generalisation tests, stop 16 round names21 (docs/deid-history.md, branch names21): person names in machine formats, user
// names, titled doctors, kin names, and ages of 90 or more beside names, in codes and in other languages, that the
// passes missed in the open heldout9 (opened at this stop) and heldout6-8. Every example is new and synthetic (invented
// names, places and numbers), written for the rule, not copied from any evaluation set.
import { test } from 'node:test';

import { covered, has, notFlagged } from '../support/deid.js';

test('a DICOM person name (PN): every caret part of the value', () => {
  has('{"00100010":{"vr":"PN","Value":[{"Alphabetic":"Fonoti^Sina^Tavita"}]}}', 'NAME', 'Fonoti^Sina^Tavita');
  has('(0008,0090) PN [Abara^Chike]  (0010,0020) LO [X1]', 'NAME', 'Abara^Chike');
  notFlagged('{"00080060":{"vr":"CS","Value":["MR"]}}', 'MR');
});

test('an HL7 person field with an identifier first (an XCN)', () => {
  covered('ORC|1|||||7781^HALVERSEN^INGRID^^^^^^^^RN|\r', 'HALVERSEN^INGRID', 'NAME');
  notFlagged('RXA|0|1|20250101||00^New record^NIP001|', 'New record');
});

test('the party name of an EDIFACT NAD segment', () => {
  covered("UNH+1+MEDRPT'\nNAD+PO++Lindqvist:Maja::Dr.+Storgatan 4+Lund++22100'", 'Lindqvist:Maja', 'NAME');
  notFlagged("NAD+SU+4001234500000::9'", 'SU');
});

test('given names in capitals after a surname found and a comma (FileMan LAST,FIRST M)', () => {
  covered('PATIENT: Marek Wojnicki\nK-NAME OF PRIMARY NOK: WOJNICKI,JADWIGA   K-RELATIONSHIP: SISTER', 'WOJNICKI,JADWIGA', 'NAME');
  notFlagged('Attending: GARCIA, MD', 'MD');
});

test('a user name after a role noun or "by", and in a user field of a log or markup', () => {
  has('Drawn 06:40. Phlebotomist mharrington; nurse Ana Diaz, RN.', 'NAME', 'mharrington');
  has('Message held. Note from integration analyst rjablonski: mapping pending.', 'NAME', 'rjablonski');
  has('Printed by RBALDWIN on OCT 2,2025', 'NAME', 'RBALDWIN');
  has('<EventData><Data Name="User">ppellegrino</Data><Data Name="Host">ws-11</Data>', 'NAME', 'ppellegrino');
  notFlagged('Phlebotomist scheduled; nurse informed.', 'scheduled');
  notFlagged('Printed by SYSTEM on OCT 2', 'SYSTEM');
  notFlagged('<Data Name="User">system</Data>', 'system');
});

test('a doctor after a degree or a form of address', () => {
  has('Kopie an Dr. med. Meret Zwahlen', 'NAME', 'Meret Zwahlen');
  has('Signed Dr (Mrs) R. T. Senanayake, Consultant Physician', 'NAME', 'R. T. Senanayake');
  notFlagged('Dr (Mrs) Consultant on call', 'Consultant');
  // (A practice named after its doctor stays the place.)
  has('Praxis Dr. med. Vogtlin - Allgemeinmedizin', 'LOCATION', 'Praxis Dr. med. Vogtlin');
});

test('kin words in capitals before a name in capitals, and the name after "widower of"', () => {
  has('ESCORT: SON TUNGILIK ARNAQ (SPEAKS INUKTITUT).', 'NAME', 'TUNGILIK ARNAQ');
  has('Lives alone, widower of Marjolein. BP 140/80', 'NAME', 'Marjolein');
  notFlagged('SOCIAL: DAUGHTER VISITED, SON PRESNT TILL 2100.', 'PRESNT');
  notFlagged('WIFE AGRESS THAT HE IS COMFORTABLE', 'AGRESS');
});

test('an age of 90 or more right after a name in a row, or before it in parentheses', () => {
  has('Bed  Resident              Age  BP\n2    Harold Pemberton Jr. 92   136/80', 'AGE_OVER_89', '92');
  has('04   Giuseppina Marchetti   94   10/30 14:00   refused', 'AGE_OVER_89', '94');
  has('055221  TREMBLAY, Odile   96   603-555-0144   left message', 'AGE_OVER_89', '96');
  has('stayed with my gran (93, Edith Lowry) over the weekend', 'AGE_OVER_89', '93');
  // (A street number after a name is the address's: "95 Elm Street" stays a place.)
  has('Visitors: Harold Pemberton 95 Elm Street', 'LOCATION', '95 Elm Street');
  notFlagged('Dr. Laura Chen 90 minutes later', '90');
  notFlagged('Given to Maria Lopez 92 mg', '92');
  notFlagged('Mary Smith 91.5 kg', '91');
});

test('an age word of another language without a colon, and a DICOM age string', () => {
  has('Nascimento 02/03/1930 (idade 95). Morada: Rua A', 'AGE_OVER_89', '95');
  has('Pacjentka, wiek 92 lat, przyjęta', 'AGE_OVER_89', '92');
  has('{"00101010":{"vr":"AS","Value":["092Y"]}}', 'AGE_OVER_89', '092');
  has('(0010,0010) PN [Abara^Chike]\n(0010,1010) AS [097Y]', 'AGE_OVER_89', '097');
  notFlagged('Säugling, Alter 90 Tage', '90');
  notFlagged('(0010,0010) PN [Abara^Chike]\n(0010,1010) AS [045Y]', '045');
});
