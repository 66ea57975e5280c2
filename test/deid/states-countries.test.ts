// States and countries written in several words are not annotated (../shared/corpus/README.md), whatever rule found
// them (docs/deid-history.md, Stop 17, main). Every example is invented for the rule.
import { test } from 'node:test';

import { has, notFlagged } from '../support/deid.js';

test('US states and countries of several words are neither names nor places', () => {
  for (const name of ['North Carolina', 'South Dakota', 'West Virginia', 'Rhode Island', 'Puerto Rico', 'Costa Rica', 'Sierra Leone', 'Saudi Arabia', 'Czech Republic', 'Solomon Islands', 'Trinidad and Tobago', 'United States of America']) {
    notFlagged(`Travel: ${name} (March), returned well.`, name.split(' ')[0] as string);
    notFlagged(`Patient moved from ${name} last year.`, name.split(' ').pop() as string);
  }
  notFlagged('Travel: British Columbia (March).', 'British Columbia');
});

test('the town before a state or a country stays a place, and so does a facility named after one', () => {
  has('Lives in Kinston, North Carolina with her son.', 'LOCATION', 'Kinston');
  has('Referred to the Reproductive Institute of Rhode Island for IVF.', 'LOCATION', 'Reproductive Institute of Rhode Island');
  has('Transferred from the University of British Columbia hospital.', 'LOCATION', 'University of British Columbia');
  // A city that is also a state or a territory stays a city.
  has('Patient moved from Hong Kong last year.', 'LOCATION', 'Hong Kong');
  has('Patient moved from New York last year.', 'LOCATION', 'New York');
});
