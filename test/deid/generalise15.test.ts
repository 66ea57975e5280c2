// Generalisation tests, fifteenth round (docs/deid-history.md, Stop 15, branch ids15): identifiers and their types. The
// label before a value, a few words away, in a table's header, a key or an element name, types it; label words that
// LABEL_RE does not list find it. Every example is new and synthetic (invented names, places and numbers), written
// for the rule, not copied from any evaluation set.
import { test } from 'node:test';

import assert from 'node:assert/strict';

import { covered, found, has, notFlagged } from '../support/deid.js';

test('the nearest label word types a generic identifier, a few words before it', () => {
  has('Fall risk: elopement alert bracelet EB-77-30215 fitted on the left wrist.', 'DEVICE', 'EB-77-30215');
  has('Monitors: chest badge QX7R-5520981 issued to the technologist.', 'DEVICE', 'QX7R-5520981');
  has('Hospice ID HSP-30417 confirmed with the family.', 'MRN', 'HSP-30417');
  has('Employer form: applicant SSN or staff ID: 900-31-7742 on file.', 'SSN', '900-31-7742');
  has('Notary public Bernadette Oyelowo, commission NC-772019, sealed.', 'LICENSE', 'NC-772019');
  // Another kind named nearer, or a comma between, keeps it a generic identifier.
  has('Dosimetry reviewed, visitor badge VB-55-20917 issued.', 'OTHER_ID', 'VB-55-20917');
});

test('camelCase and snake_case keys are read as label words', () => {
  has('<Prescriber><DEANumber>FK5520917</DEANumber></Prescriber>', 'LICENSE', 'FK5520917');
  has('column  type  example\ntablet_imei  text  TAB-8Q20-771503', 'DEVICE', 'TAB-8Q20-771503');
});

test('a column header types the identifiers under it in a table aligned with blanks', () => {
  const t = 'Holter LOAN LOG\nRecorder SN      Patient              Out\nHL9-5520381      Oyelaran, Temi       06/02/2025\nHL9-5520390      Kastner, Bruno       06/03/2025\n';
  has(t, 'DEVICE', 'HL9-5520381');
  has(t, 'DEVICE', 'HL9-5520390');
  const u = 'Party      Name                 Palmprint\nBuyer      Odalys Ferreira      PP-204471-B\nSeller     Grigor Avakian       PP-204471-S\n';
  has(u, 'BIOMETRIC', 'PP-204471-B');
});

test('a value of the same family as a typed one takes its type', () => {
  const t = 'Monitors: chest badge QX7R-5520981 issued. Spare QX7R-5520994 kept in the lead box.';
  has(t, 'DEVICE', 'QX7R-5520994');
});

test('an identifier after a label word that the label list does not hold', () => {
  has('Records: Klinik Pakar Seri Iskandar folder KPS/2021/11873 reviewed.', 'MRN', 'KPS/2021/11873');
  has('Bedside tablet camera CAM-3391-B22 at 10.0.4.17 streaming.', 'DEVICE', 'CAM-3391-B22');
  has('Gun lock given (receipt GLK-2025-7731) and safe storage reviewed.', 'OTHER_ID', 'GLK-2025-7731');
  has('Health worker: Tawhiri, Mere NDIS no. 530 771 208 DOB 03/02/2011', 'HEALTH_PLAN', '530 771 208');
  has('Messages via Signal ID kwan_ratch77 for reminders.', 'OTHER_ID', 'kwan_ratch77');
  has('Voice sample VX-RT0917-B recorded for the ageing sub-study.', 'BIOMETRIC', 'VX-RT0917-B');
  // Settings, readings, lots, models and rooms after such words stay unflagged.
  notFlagged('Weaned on CPAP 10/5, tolerating well.', '10/5');
  notFlagged('Dressing kit lot no. 44K2207 opened at bedside.', '44K2207');
  notFlagged('Pump model no. MX-2207 programmed by pharmacy.', 'MX-2207');
  notFlagged('Room no. 4417 cleaned; bed 2 ready.', '4417');
  notFlagged('Monitor 24 h; sensor 3 days old.', '24');
});

test("a professional register's number after a clinician's name", () => {
  has('Referred by Dr Tan Boon Keat, MMC 55081, Klinik Sentosa.', 'LICENSE', '55081');
  has('Reviewer: Orla Keaveney, RGN, NMBI PIN 220871. Signed 12/05/2025.', 'LICENSE', '220871');
  has('Social worker: Priyanka Dholakia, SWE reg SW552091, priyanka@example.org', 'LICENSE', 'SW552091');
  // A date of birth or an NPI after a name is no register's number.
  assert.ok(!found('Patient: Halvard Munch, DOB 04121951').some((f) => f.startsWith('LICENSE')));
  assert.ok(!found('Attending: Rosalind Achterberg, NPI 1588204417').some((f) => f.startsWith('LICENSE')));
});

test('HL7 identifier type codes other than a record number', () => {
  const t = 'MSH|^~\\&|EHR|CLINIC|IIS|STATE|20250310||VXU^V04|MSG1|P|2.5.1\rPID|1||MR55102^^^CLINIC^MR~ST4471920^^^STATE^SR||DOE^JANE';
  covered(t, 'MR55102', 'MRN');
  covered(t, 'ST4471920', 'OTHER_ID');
});

test("a table's column named by its header: the values under it that nothing else found", () => {
  const t = 'STAFF PARKING LOG\nBay   Driver               Car              Plate         Notes\n3     Rosa Quintero        silver Corolla   JRW-5531      wheelchair\n8     Tomasz Wrobel        blue Golf        KT7 4409      visitor\n';
  has(t, 'VEHICLE', 'JRW-5531');
  has(t, 'VEHICLE', 'KT7 4409');
  // The car's description in its own column is no plate.
  notFlagged(t, 'silver Corolla');
});

test('the columns of an SQL insert type the identifiers in its rows', () => {
  const t = "INSERT INTO visits (mrn, visit_no, seen_on) VALUES\n ('Q-550193', 'E-7730418', '2024-11-02'),\n ('Q-550207', 'E-7730422', '2024-11-03');";
  has(t, 'MRN', 'Q-550193');
  has(t, 'ACCOUNT', 'E-7730422');
});

test("an 835 claim payment's patient control number is an account", () => {
  const t = 'LX*1~\nCLP*HRV-00552019*1*310*120.5*25*12*7719930442*11*1~\nNM1*QC*1*DOE*JANE~';
  has(t, 'ACCOUNT', 'HRV-00552019');
  has(t, 'OTHER_ID', '7719930442');
});

test('a short code of letters and digits after an acronym and "ID"', () => {
  has('Beneficiary: S. Rao, PM-JAY ID KA7QZ3M9B, card seen.', 'HEALTH_PLAN', 'KA7QZ3M9B');
  has('GP Dr Hone Parata, Kawakawa Health, provider ID K4R227, reviewed.', 'OTHER_ID', 'K4R227');
});

test('the digits left visible in a masked identifier', () => {
  has('National ID (masked) XXXX XXXX 5529 seen at registration.', 'OTHER_ID', '5529');
  has('Medicaid (masked) XXXX XXXX 7718 verified by phone.', 'HEALTH_PLAN', '7718');
  // Stars as a separator before a time, a mask before a year: no identifier.
  notFlagged('couplets noted. **** 0415 HR in the 50s', '0415');
  notFlagged('Hb done xx 2024 per records', '2024');
});

test("a record number in brackets after a patient's name", () => {
  has('anyone covering bed 9? pt Rufina Ostrowski (5520-1187) lactate up', 'MRN', '5520-1187');
  has('Waste log: Quayle, Bertram (7730415) morphine 2 mg', 'MRN', '7730415');
  // A phone number in brackets after a name stays a phone.
  has('Called Rufina Ostrowski (802-555-0143) back.', 'PHONE', '802-555-0143');
});
