// Stop 34: a record's number after "ref", "reference" or a police word, and the codes of a list after "nos.". The rule
// (id-after-words.ts) named "police case CRB 771/2026" as its example and did not read it: a code of capitals and a
// number with a slash, after a label that ends in "case", was neither shape nor label it knew.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const ids = (text: string): string[] => detect(text).filter((s) => s.type === 'OTHER_ID').map((s) => text.slice(s.start, s.end));

test("a police or a court's reference after its label", () => {
  assert.deepEqual(ids('Injuries consistent with assault; police case CRB 771/2026 Wandegeya Police Station.'), ['CRB 771/2026']);
  assert.deepEqual(ids('Police intimation GD 412/2026 sent to the station.'), ['GD 412/2026']);
  assert.deepEqual(ids('Gunshot wound abdomen, police case FIR 448/25 filed.'), ['FIR 448/25']);
  assert.deepEqual(ids('SAPS Philippi case no. CAS 211/11/2025. No clinical harm.'), ['CAS 211/11/2025']);
  assert.deepEqual(ids('Crime ref: 06/GG/114720/26   Officer on scene.'), ['06/GG/114720/26']);
  assert.deepEqual(ids('Coronial reference: COR 2026 005173'), ['COR 2026 005173']);
  assert.deepEqual(ids('Managed by her son as appointee. DWP ref ZX 55 41 20 A.'), ['ZX 55 41 20 A']);
  // In capitals too.
  assert.deepEqual(ids('POLICE CASE CRB 771/2026 WANDEGEYA POLICE STATION'), ['CRB 771/2026']);
});

test('the codes of a list after "nos."', () => {
  assert.deepEqual(ids('Border Guard case nos. SG-BP-555/24, SG-BP-556/24.'), ['SG-BP-555/24', 'SG-BP-556/24']);
  assert.deepEqual(ids('Claim nos. CL-447120 and CL-447121 were merged.'), ['CL-447120', 'CL-447121']);
  // One code after "no.": what follows the comma is no code of the list.
  assert.deepEqual(ids('Case no. CAS 211/11/2025, 14 pages.'), ['CAS 211/11/2025']);
});

test('no identifier in a reference range, a citation or a count', () => {
  assert.deepEqual(ids('Glucose 95 (ref 70-110), sodium 139 (ref 135-145).'), []);
  assert.deepEqual(ids('Reference: 2019 guideline, see ref 12.'), []);
  assert.deepEqual(ids('See reference 14, table 3; ref range 3.5-5.0.'), []);
  assert.deepEqual(ids('The police report 2 officers attended.'), []);
  assert.deepEqual(ids('Implant: part REF 5076-52CM, lot 4471A.'), []);
});

const licences = (text: string): string[] => detect(text).filter((s) => s.type === 'LICENSE').map((s) => text.slice(s.start, s.end));

test("a clinician's registration after a council's acronym and \"Reg.\" or \"No.\"", () => {
  // A register the lists know, with its label's word capitalized ("Reg" was read as the acronym).
  assert.deepEqual(licences('Dr. M. R. Jayasuriya, MD, MRCP   SLMC Reg. 18234'), ['18234']);
  assert.deepEqual(licences('DR. M. R. JAYASURIYA, MD, MRCP   SLMC REG. 18234'), ['18234']);
  // A council no list holds, on a line that names a clinician.
  assert.deepEqual(licences('Dr. Anil Varghese Kurian MD DM (TCMC Reg 45127)'), ['45127']);
  assert.deepEqual(licences('Dr Siti Othman, Pegawai Perubatan, MMC No. 55821'), ['55821']);
  assert.deepEqual(licences('Signed: Dr Ama Owusu, Consultant Physician, HFC Registration No. 204417'), ['204417']);
});

test('no licence without a clinician, or after a record\'s "No."', () => {
  assert.deepEqual(licences('TCMC Reg. 61024'), []);
  assert.deepEqual(licences('Dr Smith saw him in OPD No. 1234 today.'), []);
  assert.deepEqual(licences('Vehicle Reg. 70123 parked outside.'), []);
  // A number another rule typed keeps its type.
  assert.deepEqual(detect('Dr Smith, MRN No. 12345678').map((s) => s.type).includes('MRN'), true);
});

test("a driver's licence after a state's code and \"DL\", in the state's own shape", () => {
  assert.deepEqual(licences('WA DL ALTAMXC123PB per Seattle PD officer.'), ['ALTAMXC123PB']);
  assert.deepEqual(licences('PDMP checked. MD DL D-520-118-447-902 on file for ID.'), ['D-520-118-447-902']);
  assert.deepEqual(licences('ID checked: DL ALTAMXC123PB.'), ['ALTAMXC123PB']);
  // No code after the label: no licence.
  assert.deepEqual(licences('Pt MD DL checked, GA DL 2 copies made.'), []);
});

test("a series of row codes whose prefix ends in digits, on rows that name a person", () => {
  const text = 'tube_id\tpatient\tdob\tward\n' + 'LB2607-1101\tAroha Ngata\t03/05/1962\tA2\n' + 'LB2607-1102\tMele Tupou\t11/12/1990\tA2\n' + 'LB2607-1103\tIsla Moreno\t27/01/1958\tB1\n';
  assert.deepEqual(ids(text), ['LB2607-1101', 'LB2607-1102', 'LB2607-1103']);
  assert.deepEqual(ids(text.toUpperCase()), ['LB2607-1101', 'LB2607-1102', 'LB2607-1103']);
  // Two codes are no series; nor codes on rows that name nobody.
  assert.deepEqual(ids('LB2607-1101\tAroha Ngata\nLB2607-1102\tMele Tupou\n'), []);
  assert.deepEqual(ids('kit\tlot\nAB2607-1101\tfrozen\nAB2607-1102\tthawed\nAB2607-1103\tfrozen\n'), []);
});

test("Portugal's health service number after \"utente\" is a health plan's", () => {
  const typed = (text: string): string[] => detect(text).filter((s) => s.type === 'HEALTH_PLAN').map((s) => text.slice(s.start, s.end));
  assert.deepEqual(typed('Numero de utente: 183 447 290'), ['183 447 290']);
  assert.deepEqual(typed('turma 5B;Rui Sousa;10;Campanha;utente 555014782;vacinado 20-10'), ['555014782']);
  // The label of a person's name is no number's.
  assert.deepEqual(typed('Utente: Maria Silva, 54 anos'), []);
});
