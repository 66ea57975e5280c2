// Stop 24 (docs/deid-history.md, Stop 24): ages over 89 stated with a verb of being ("I AM 92", "would have been 93") or
// with another language's word for years ("93 tuoi", "92 ar", "99 an"). Values are invented; each check of an age found
// fails on stop 23's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('an age over 89 said with a verb of being, or counted in years of another language', () => {
  typedExactly('DEAR DOCTOR I AM 92 AND MY GRANDSON SET UP THIS COMPUTER.', ['92'], 'AGE_OVER_89');
  typedExactly('Koro would have been 93 in December.', ['93'], 'AGE_OVER_89');
  typedExactly('Savta was 92 and you treated her like family.', ['92'], 'AGE_OVER_89');
  typedExactly('can she get her records too, she\'s 90 so i do her stuff.', ['90'], 'AGE_OVER_89');
  typedExactly('Ba Le Thi Hoa (93 tuoi), Phuong 7', ['93'], 'AGE_OVER_89');
  typedExactly('Eino Kettunen, 92 v.  Osoite Hameenkatu 14', ['92'], 'AGE_OVER_89');
  typedExactly('si Aling Corazon po ay 90 taong gulang na.', ['90'], 'AGE_OVER_89');
  typedExactly('Kay Manmie: granmoun 99 an, avek pitit pitit li.', ['99'], 'AGE_OVER_89');
});

test('a vital sign or a rate after a verb stays unflagged', () => {
  untouched('SpO2 was 92 on room air, HR was 98, sats at 97.', ['92', '98', '97']);
  untouched('The patient is 95% saturated, BP is 92/60.', ['95', '92']);
  untouched('Infusion at 100 an hour overnight; rate 96 let us know', ['100', '96']);
  // Vitals said with "she was" or "pt is", weights, and "v." for versus (review).
  untouched('Sats: she was 91 earlier. Pt is 98 RA.', ['91', '98']);
  untouched("She's 95 pounds now.", ['95']);
  untouched('MAP 95 v. 65 target', ['95']);
});
