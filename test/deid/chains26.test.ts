// Stop 26 (docs/deid-history.md, Stop 26): the part of an address that follows a street found, a comma between, when
// no lexicon knows it, in a text in capitals. Values are invented; each check of a place found fails on stop 25's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a neighbourhood or a town after a street found, in a text in capitals', () => {
  typedExactly('58, CHEST PAIN, FROM 17/3 CALDER GROVE, SIGHTHILL. TO ED VIA SAS.', ['SIGHTHILL'], 'LOCATION');
});

test("a department, a ward or a region after a site stays unflagged", () => {
  untouched('Seen at Klinik Favoriten, Kinderambulanz', ['Kinderambulanz']);
  untouched('Spiritual Care - Middlemore Hospital, Ward 21', ['Ward 21']);
  untouched('To: Mercy Hospital, Cardiology.', ['Cardiology']);
  untouched('Referral to Hospital Serdang, Kel. Bangka', ['Kel']);
  // (The hostile review's: departments, drugs and insurers after a site; only a street's part may be a word no lexicon
  // knows.)
  untouched('Transferred to Royal Infirmary, Ortho. Collected at Boots Pharmacy, Sertraline. SEEN AT MERCY HOSPITAL, HUMANA.', ['Ortho', 'Sertraline', 'HUMANA']);
  // (The second review's: care notes, weekday ranges and access notes after a street in mixed case.)
  untouched('DN visit today at 12 High St, Covid. Full PPE worn. Taxi booked to 5 Elm Rd, Mon-Fri.', ['Covid', 'Mon-Fri']);
  untouched('HOME VISIT 14 CHURCH LANE, CATHETERISED. ACCESS VIA KEY SAFE.', ['CATHETERISED']);
});
