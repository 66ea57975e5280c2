// Generalisation tests, twenty-fifth round (docs/deid-history.md, Stop 16, second wave, round ids25): device and plan numbers
// with a model or issuer prefix, licences with a state code beside their label, aircraft tails and plates of other
// shapes, month/year ranges and dates with a blank after each dot, 3D scans and pictures filed as PDF, found in
// heldout10's misses. Every example is new and synthetic (invented names and numbers), written for the rule, not copied
// from any evaluation set.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { found, has, notFlagged } from '../support/deid.js';

/** Whether a span of the type covers exactly the value. */
const whole = (text: string, type: string, value: string) => assert.ok(found(text).includes(`${type}:${value}`), found(text).join(' | '));
/** No span is exactly the value. */
const notWhole = (text: string, value: string) => assert.ok(!found(text).some((f) => f.endsWith(`:${value}`)), found(text).join(' | '));

test('a device or plan number with a prefix of capitals before a blank', () => {
  whole('Implant: internal receiver KX-R 5520931; sound processor QP 71-30265 checked.', 'DEVICE', 'KX-R 5520931');
  whole('Implant: internal receiver KX-R 5520931; sound processor QP 71-30265 checked.', 'DEVICE', 'QP 71-30265');
  whole('Retinal camera RC-ZEISS 30917 serviced today.', 'DEVICE', 'RC-ZEISS 30917');
  whole('Spouse covered by her health plan QRT 550812277 since spring.', 'HEALTH_PLAN', 'QRT 550812277');
  whole('record plan="WMBA 66120934" status=ok', 'HEALTH_PLAN', 'WMBA 66120934');
  whole('plan_id=PX-PPO 330918812 portal', 'HEALTH_PLAN', 'PX-PPO 330918812');
  // Not a prefix: a state, a label ("SN"), a rhythm's range, groups read without the prefix.
  notFlagged('Telemetry monitor SR 60-72 without ectopy.', 'SR 60-72');
  notFlagged('Member BCBS 7712 5530 91 checked in.', 'BCBS');
  has('Infusion pump SN 5530918 replaced.', 'DEVICE', '5530918');
  notWhole('Infusion pump SN 5530918 replaced.', 'SN 5530918');
});

test('gateways and cyclers are devices', () => {
  has('Home hub: swapped gateway QH-7A30-1152 on site.', 'DEVICE', 'QH-7A30-1152');
  has('Home dialysis cycler KvT-550918 delivered.', 'DEVICE', 'KvT-550918');
});

test('a licence number with a state code beside its label', () => {
  has('Dentist Mara Quill, DDS, OR lic 071.5530218, signed.', 'LICENSE', '071.5530218');
  has('Occupational therapist Dana Rusk, OT, lic KS OT-5530.', 'LICENSE', 'OT-5530');
  notFlagged('Lic renewal due; state NE 2026 cycle.', '2026');
});

test('aircraft tails and plates of other shapes after a vehicle word', () => {
  has('Medevac fixed-wing, tail N5521Q, departed 07:10.', 'VEHICLE', 'N5521Q');
  has('Boat registration 11 KQ 3021 noted by the harbour master.', 'VEHICLE', '11 KQ 3021');
  has('He cannot drive his car (2-QRT-553) for a week.', 'VEHICLE', '2-QRT-553');
  // Not a tail: "N" codes without the word; not a plate without a vehicle word.
  notFlagged('Stage T2 N1 M0, tumour board.', 'N1');
  assert.ok(!found('Lab code 2-QRT-553 reviewed.').includes('VEHICLE:2-QRT-553'));
});

test('month/year ranges and dates with a blank after each dot', () => {
  whole('Lived in the group home 04/2021-11/2023 before moving.', 'DATE', '04/2021');
  whole('Lived in the group home 04/2021-11/2023 before moving.', 'DATE', '11/2023');
  whole('Admitted 17. 3. 2024 to 22. 3. 2024 for pneumonia.', 'DATE', '17. 3. 2024');
  whole('Admitted 17. 3. 2024 to 22. 3. 2024 for pneumonia.', 'DATE', '22. 3. 2024');
  // Not dates: a numbered list with a year, impossible months, a bare year.
  notFlagged('Steps 3. 14. 2024 budget', '3. 14. 2024');
  notFlagged('Quit smoking in 2019.', '2019');
});

test('3D scan files and pictures filed as PDF', () => {
  has('Intraoral scans: KRAMER_J_upper_arch.stl and KRAMER_J_lower_arch.stl sent to lab.', 'PHOTO', 'KRAMER_J_upper_arch.stl');
  has('Rhythm strip saved: strip_bay4_0311.pdf', 'PHOTO', 'strip_bay4_0311.pdf');
  has('Consent forms scanned intake_0312_p2.pdf today.', 'PHOTO', 'intake_0312_p2.pdf');
  // Not a picture: a PDF of a leaflet without such a cue.
  notFlagged('Leaflet given: asthma_plan_v2.pdf', 'asthma_plan_v2.pdf');
});

test('a national number in groups after its label', () => {
  has('Pasient Ola Berg, fodselsnummer 030561 27714, innlagt.', 'OTHER_ID', '030561 27714');
  has('Patient Luc Maes, national register no. 72.04.19-311.58, mutuality ok.', 'OTHER_ID', '72.04.19-311.58');
  has('Pacient Petr Hora, birth number 650917/3321, pojistovna 111.', 'OTHER_ID', '650917/3321');
  has('Husband NID 1979 5531 620418, village road.', 'OTHER_ID', '1979 5531 620418');
  // Not national numbers: a date of birth, a count after "birth number", short numbers after "register".
  notFlagged('Birth weight 3.2 kg, birth number 2 of twins.', '2 of');
  notFlagged('Register 2 3 4 of the ward book.', '2 3 4');
});
