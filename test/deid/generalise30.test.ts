// Generalisation tests, thirtieth round (docs/deid-history.md, Stop 17, probe round ids30): the rarer identifier types and their
// typing, from a battery of invented snippets: values after snake_case keys of an identifier's kind, HL7 identifiers
// typed by their type code, a kind word earlier in the clause across commas, plates of two groups after a plate word
// near a vehicle, a clinician's credential before a licence number, and a share that is no age. Every example is new
// and synthetic (invented names and numbers).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { found, notFlagged } from '../support/deid.js';

/** A span of the type covers exactly the value. */
const whole = (text: string, type: string, value: string) => assert.ok(found(text).includes(`${type}:${value}`), found(text).join(' | '));

test('a value after a snake_case key is typed by the key\'s kind word, a specific one before a generic one', () => {
  whole('biometric_id=BX-2290-4471', 'BIOMETRIC', 'BX-2290-4471');
  whole('fingerprint_ref: FR44712903', 'BIOMETRIC', 'FR44712903');
  whole('vehicle_plate="BXR4471"', 'VEHICLE', 'BXR4471');
  whole('dl_number=F2290447', 'LICENSE', 'F2290447');
});

test('an HL7 identifier is typed by its type code (fifth component)', () => {
  whole('PID|1||MRN447129^^^HOSP^MR||DOE^JANE||19300101|F|||||||||ACCT44712903^^^HOSP^AN', 'ACCOUNT', 'ACCT44712903');
});

test('a generic identifier is typed by a kind word earlier in its clause, across commas', () => {
  whole('Driver license, issued by the state of Utah on file: 447129033', 'LICENSE', '447129033');
  whole('Her account, which the family disputes, is 44712903-01.', 'ACCOUNT', '44712903-01');
  whole("Pt provided her state ID / driver's licence, number on file: B2291-44710-88.", 'LICENSE', 'B2291-44710-88');
  // A carrier between names the value's own kind.
  whole('Footprints taken, ID band NB-26-4471 on the left ankle.', 'OTHER_ID', 'NB-26-4471');
});

test('a plate of two groups after a plate word near a vehicle, a British plate after a registration', () => {
  whole('He drove a blue Ford F-150 (Texas plates, KQT-4471) into a ditch.', 'VEHICLE', 'KQT-4471');
  whole('Ambulance ran plates on the other car: Ohio JFK 4471.', 'VEHICLE', 'JFK 4471');
  whole('Registration: AB12 CDE (UK), Ford Focus', 'VEHICLE', 'AB12 CDE');
  notFlagged('Blood agar plate, GBS 214 colonies; he came by car.', 'GBS 214');
  notFlagged('Drove his truck in. REG 4 units, BS 198 at noon.', 'BS 198');
});

test('a number after a clinician\'s credential and a hash is a licence', () => {
  whole('Social worker LCSW #44712 performed the assessment.', 'LICENSE', '44712');
  whole('EMT certification: NREMT E4471290', 'LICENSE', 'E4471290');
});

test('a number before a percent sign is no age', () => {
  notFlagged('FEV1 at age 93% of predicted.', '93');
});
