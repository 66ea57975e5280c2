// Stop 25 (docs/deid-history.md, Stop 25): an age over 89 after a name found, past a nickname's closing bracket ("Geertje
// (Trudy), 94"), or before a line's end. Values are invented; each check of an age found fails
// on stop 24's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('an age over 89 after a name, a nickname in brackets or a sex, at a line\'s end', () => {
  typedExactly('wife Hendrika (Riekie), 94; daughters Marjorie Vos and Anna Vos', ['94'], 'AGE_OVER_89');
  typedExactly('Patient: ZHAO Meilan, F, 91\nAddress: Room 502, Unit 3', ['91'], 'AGE_OVER_89');
});

test('a number after a name that is no age stays unflagged', () => {
  untouched('Seen by Dr. Hendrika Vos (cardiology), 95 mg aspirin daily.', ['95']);
  untouched('Patient: ZHAO Meilan, F, 91.5 kg\nAddress on file', ['91.5']);
  untouched('Sientje Kuipers, 98% sats on air!', ['98']);
  untouched('Sats for Mr Tom Bell, 92! Call outreach. Well done Emma Ward, 100!', ['92', '100']);
});
