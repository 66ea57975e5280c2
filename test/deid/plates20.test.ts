// Stop 20 (docs/deid-history.md, "Stop 20: British plates"): a British number plate in its current shape ("LD68 KFP"),
// and the look-alikes that stay unflagged. Plates, names and places are invented.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a British plate in its current shape, in prose, in brackets, in capitals', () => {
  typedExactly("Her partner's van reg is LD68 KFP if the warden asks.", ['LD68 KFP'], 'VEHICLE');
  typedExactly('Drives a black Golf CY22 HRW; works at the depot.', ['CY22 HRW'], 'VEHICLE');
  typedExactly('His Toyota Prius (LV21 KXP) is insured.', ['LV21 KXP'], 'VEHICLE');
  typedExactly('CARAVAN REG YT19 OPX (TOWING VEHICLE).', ['YT19 OPX'], 'VEHICLE');
});

test('no plate: an age identifier no plate has, a postcode, a word after the number, lower case', () => {
  untouched('Stock code AB30 CDE on the shelf.', ['AB30 CDE']);
  typedExactly('Clinic at 14 Castle Arcade, Cardiff CF10 1BU.', ['CF10 1BU'], 'LOCATION');
  untouched('Seen in GP12 AND discharged.', ['GP12 AND']);
  // (In lower case a plate needs a vehicle's word before it since stop 31: "his van is ld68 kfp" is one, see plates31.)
  untouched('his code is ld68 kfp apparently', ['ld68 kfp']);
});
