// Stop 25 (docs/deid-history.md, Stop 25): a vehicle's plate found in part, widened to its whole: a region's code and
// number before it, the letters of its first group, a last group after it. Values are invented; each check of a plate
// found whole fails on stop 24's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a plate found in part is widened to its whole', () => {
  typedExactly('Patients 5 and 6 from the screening camp, bus TN 59 N 5521.\nSurgeon on duty.', ['TN 59 N 5521'], 'VEHICLE');
  typedExactly('Second car (blue Skoda Octavia SF22 LWN) belonged to a visitor.', ['SF22 LWN'], 'VEHICLE');
  typedExactly('thu: vehicle FVB 551 L broke down at the pass - tow arranged.', ['FVB 551 L'], 'VEHICLE');
  typedExactly('Vehicle: Toyota Land Cruiser AH 5512 KX. Rest day for the driver.', ['AH 5512 KX'], 'VEHICLE');
  typedExactly('Gor drives from Abovyan, car 35 LL 447.\n', ['35 LL 447'], 'VEHICLE');
});

test('a US state\'s code, a label or a unit beside a plate stays out of it', () => {
  untouched('Driving: personal truck plate AR 711-KTD.\nExaminer signed.', ['AR ']);
  untouched('Van plate NM 4XPR-221 VIN 1FTBR2CM5KKA99071 on file.', ['NM ', 'VIN']);
  untouched('Ambulance KL-11-AV-4471 ETA 10 min.', ['ETA']);
  // A time, a year or a speed after the plate, a clinical abbreviation, a province's code, a bay's number before it.
  untouched('Car AB12 CDE 1430 arrived. Hit by van BD51 SMR 30 mph.', ['1430', '30']);
  untouched('Reg: AB12 CDE OK. Plate 8KL-4471 CT head. Reg NK65 PZX MOT due.', ['OK', 'CT', 'MOT']);
  untouched('Plate BC 8KL-4471 (British Columbia). Passenger in car, bay 12 AB12 CDE parked.', ['BC ', 'bay 12']);
  untouched('Brought by car AB12 CDE A and E then transferred.', ['A and']);
  untouched('HER PARTNER\'S VAN REG IS LD68 KFP IF THE PARKING WARDEN ASKS. LANDLORD AWARE OF THE BAY.', ['IS ']);
});
