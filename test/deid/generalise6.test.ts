// Generalisation tests, sixth round: companies named like people or places, and the general patterns
// found by the open train4 set (test/deid/train4). Every example is new and synthetic (invented names,
// places and numbers), written for the rule, not copied from any evaluation set.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { detect } from '../../src/deid/index.js';
import { has, notFlagged } from '../support/deid.js';

test('makers of devices and drugs are neither names nor places', () => {
  notFlagged('Pacemaker by Boston Scientific, interrogated today.', 'Boston');
  notFlagged('ICD (St. Jude Medical) checked, battery 8 years.', 'Jude');
  notFlagged('Dressing: Smith & Nephew foam, changed q3d.', 'Smith');
  notFlagged('Bioprosthetic valve, Edwards Lifesciences, 25 mm.', 'Edwards');
  notFlagged('Enrolled in the Bristol-Myers Squibb trial arm B.', 'Bristol');
  notFlagged('Baby shampoo (Johnson and Johnson) for lid hygiene.', 'Johnson');
  notFlagged('Glucose sensor from Abbott Diabetes Care, 14-day wear.', 'Abbott');
  // The same words stay names and places outside a company's name.
  has('Seen with Dr. Edwards; daughter Jude Kavanagh at bedside.', 'NAME', 'Edwards');
  has('Seen with Dr. Edwards; daughter Jude Kavanagh at bedside.', 'NAME', 'Jude Kavanagh');
  has('Moved here from Boston in the spring.', 'LOCATION', 'Boston');
  // A person named like a company's first word, next to a device word, is still a name.
  const spans = detect('Mrs. Abbott reports the sensor fell off.');
  assert.ok(spans.some((s) => s.type === 'NAME'), 'Mrs. Abbott is a name');
});

test('units and procedures a patient returns from are no places', () => {
  notFlagged('Pt returned from angio at 1400, groin site clean.', 'angio');
  notFlagged('back from fluoro, tolerated well', 'fluoro');
  notFlagged('Returned from bronchoscopy, sats 94% on 2L.', 'bronchoscopy');
  // A word no lexicon knows after a residence phrase is still a place.
  has('she moved to ballymore last year', 'LOCATION', 'ballymore');
});

test('bodies that run hospitals and clinics are care sites', () => {
  has('Referred by Leeds Teaching Hospitals NHS Trust.', 'LOCATION', 'Leeds Teaching Hospitals NHS Trust');
  has('Follow-up with Fraser Health Authority home care.', 'LOCATION', 'Fraser Health Authority');
  has('Referred to Kelowna Cancer Agency.', 'LOCATION', 'Kelowna Cancer Agency');
  has('Referred to British Columbia Cancer Agency for RT.', 'LOCATION', 'British Columbia Cancer Agency');
  has('Transferred to Sunnybrook Health Sciences Centre.', 'LOCATION', 'Sunnybrook Health Sciences Centre');
  has('Discussed with Northern Health and Social Care Trust.', 'LOCATION', 'Northern Health and Social Care Trust');
  // Generic phrases without a distinctive name stay unflagged.
  notFlagged('Contact student health services if the rash spreads.', 'health services');
  notFlagged('as per local health district policy', 'health district');
});
