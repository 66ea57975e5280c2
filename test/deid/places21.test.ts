// Stop 21 (docs/deid-history.md, Stop 21, "Referral hospitals"): a referral hospital is one place with its town and its
// rank ("Gulu Regional Referral Hospital"), where the rules cut the name at "Referral" (a clinical word) and kept the
// town alone. Names are invented or are public institutions' kind of name; lower-case and labelled uses stay unflagged.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a referral hospital with its town and rank is one place, in prose, after a label, in a heading', () => {
  typedExactly('She presented to Gulu Regional Referral Hospital with fever and neck stiffness.', ['Gulu Regional Referral Hospital'], 'LOCATION');
  typedExactly('Referred to: Machakos County Referral Hospital, ward 4.', ['Machakos County Referral Hospital'], 'LOCATION');
  typedExactly('MORTUARY REGISTER - Jinja National Referral Hospital', ['Jinja National Referral Hospital'], 'LOCATION');
  typedExactly('Transferred from Naivasha Sub-County Referral Centre overnight.', ['Naivasha Sub-County Referral Centre'], 'LOCATION');
});

test('no place: a referral in lower case, the word alone, a label before another word', () => {
  untouched('She needs the referral hospital to confirm the bed.', ['referral hospital']);
  untouched('Referral Hospital: not yet chosen.', ['Referral Hospital']);
  untouched('Referral: Hospital admission advised.', ['Hospital']);
});

test('a division below a state, in lower case after its name, is the place; its name whole', () => {
  typedExactly('She moved from Ketu North district in 2019.', ['Ketu North'], 'LOCATION');
  typedExactly('Monitoring sheet, Kampong Siem district, village 4.', ['Kampong Siem'], 'LOCATION');
});

test('no division: an everyday word or a weekday before "district"', () => {
  untouched('The Finance district office called back.', ['Finance']);
  untouched('Monday district meeting moved to 3 pm.', ['Monday']);
});

test('a district nurse is a role: the name before it stays a name, with no place', () => {
  typedExactly('Sarah Jones district nurse visited at 10.', ['Sarah Jones'], 'NAME');
  untouched('Sarah Jones district nurse visited at 10.', ['district']);
});
