// Stop 24 (docs/deid-history.md, Stop 24): a vehicle's plate or registration right after the vehicle's word, with no
// plate's label. Values are invented; each check of a code found fails on stop 23's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a code after an ambulance, an aircraft, a van or a make', () => {
  typedExactly('Referred on. Ambulance KL-11-AV-4471 arrived at 14:10.', ['KL-11-AV-4471'], 'VEHICLE');
  typedExactly('Vehicle: Rega helicopter HB-ZRK; backup road ambulance GR 41179', ['HB-ZRK', 'GR 41179'], 'VEHICLE');
  typedExactly('Retrieved by fixed wing VH-NQO to the base.', ['VH-NQO'], 'VEHICLE');
  typedExactly('HD 4h / Fx80 / van ND 441-783', ['ND 441-783'], 'VEHICLE');
  typedExactly('he must not drive his Volvo (ABD 12X) for one month.', ['ABD 12X'], 'VEHICLE');
  typedExactly('Courier vehicle for the next drop: JHB 45 KL GP.', ['JHB 45 KL GP'], 'VEHICLE');
  // In capitals, the words after the code are not taken.
  typedExactly('WHEELCHAIR VAN NM-GX 2208 IN SHOP.', ['NM-GX 2208'], 'VEHICLE');
  untouched('WHEELCHAIR VAN NM-GX 2208 IN SHOP.', ['SHOP']);
});

test('a number or a model after a vehicle\'s word that is no code stays unflagged', () => {
  untouched('car 2012 Honda Civic; bus 5 to town; ambulance at 0540; van 24 hours', ['2012', '5', '0540', '24']);
  untouched('Dakota raised the truck: a 2011 Ford F-150, parked outside.', ['F-150']);
  untouched('ARRIVED BY AMBULANCE AT 23:48, GCS 15.', ['23']);
  untouched('Lourdes Dialysis Unit  Van 3 VIN 1FDWE3FS4HDC71829', ['Van 3']);
  // Dutch "van" (of), French "car" (because), a heart rhythm, an exercise bike's power (review).
  untouched('daling van HB 7.2 naar 5.9', ['HB 7.2']);
  untouched('Arrêt AVK car INR 4.2 ce matin', ['INR 4.2']);
  untouched('Post-op JET HR 190 on amiodarone', ['HR 190']);
  untouched('Exercise on bike 100W for 6 min', ['100W']);
});
