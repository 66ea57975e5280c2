// Stop 21 (docs/deid-history.md, Stop 21, "binte"): the Singapore spelling of the Malay patronymic joiner ("Nurul Ain
// binte Hassan") joins the names on its two sides as "binti" and "bin" do. Names are invented.
import { test } from 'node:test';

import { typedExactly } from './span-checks.js';

test('"binte" joins a given name and a father\'s name, in prose, in a list, after a title', () => {
  typedExactly('The teacher Siti Hajar binte Yusof was also unwell.', ['Siti Hajar binte Yusof'], 'NAME');
  typedExactly('mother Tan Mei Ling,9555 0148\nNur Izzah binte Rahman,P4 Kindness,rash', ['Nur Izzah binte Rahman'], 'NAME');
  typedExactly('Seen with Ms Farah binte Ismail, 34, thyroid review.', ['Farah binte Ismail'], 'NAME');
});
