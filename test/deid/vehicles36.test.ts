// Stop 36: an ambulance's or a crew's unit and a call sign are vehicle identifiers that no plate's word or vehicle's noun
// precedes (vehicle-codes.ts, vehicleUnits36); "unit" is a ward's word too, so a code is read only beside a crew, a
// service or a base.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const vehicles = (text: string): string[] => detect(text).filter((s) => s.type === 'VEHICLE').map((s) => `${text.slice(s.start, s.end)}@${s.start}`);
const upper = (xs: string[]): string[] => xs.map((x) => x.toUpperCase());
const cases = (text: string): string[] => [text, text.toUpperCase(), text.toLowerCase()];

test("an emergency unit's code and a call sign beside a crew or a base", () => {
  for (const t of cases('Sat 10/1  DAY  crew Ross / Kemp   unit NT-AMB 227   base Casuarina')) assert.deepEqual(upper(vehicles(t)), ['NT-AMB 227@39']);
  for (const t of cases('Paramedics notified. Unit WV EMS 2041.\nCrew: J. Doe EMT-P.')) assert.deepEqual(upper(vehicles(t)), ['WV EMS 2041@26']);
  assert.deepEqual(vehicles('Crew Siv Hansen and Odd Eira, unit FINNMARK 12.'), ['FINNMARK 12@35']);
  assert.deepEqual(vehicles('Paramedics Lee and Tobi, call sign WM 4120.'), ['WM 4120@35']);
  // A service's word makes an everyday code a unit's.
  assert.deepEqual(vehicles('Ambulance report: unit Medic 12 on scene 0340.'), ['Medic 12@23']);
});

test("no vehicle in a ward's unit, nor without a crew's word", () => {
  // A hospital's units and an everyday word before the number.
  assert.deepEqual(vehicles('Ambulance crew handed over to unit ICU 3 at 0400.'), []);
  assert.deepEqual(vehicles('Crew transferred her to Unit East 4, bed 2.'), []);
  assert.deepEqual(vehicles('Crew said the unit Manager 2 would call.'), []);
  // No crew, service or base in the text: "unit" is a ward's.
  assert.deepEqual(vehicles('Transferred to unit NT-AMB 227 this morning.'), []);
  assert.deepEqual(vehicles('Admitted to Unit 12, then unit 4B.'), []);
});
