// Stop 25 (docs/deid-history.md, Stop 25): a person joined by "and" to a person found ("children Karabo and Neo",
// "friends Maryam and Behrouz", "Malia (6) and Junior (3)"), and a surname of two letters after a title ("Dr Le").
// Values are invented; each check of a name found fails on stop 24's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a person joined by "and" to a person found', () => {
  typedExactly('Mahlangu: the patient\'s children Karabo and Neo are staying with her in Tembisa.', ['Neo'], 'NAME');
  typedExactly('She still plays bridge with Dorothy and Pip at the church hall.', ['Pip'], 'NAME');
  typedExactly('Household: wife Seini, children Malia (6) and Junior (3) - vaccine given 9/4.', ['Junior'], 'NAME');
  typedExactly('Goes to the community centre in Tooting with friends Maryam and Behrouz. Hospital No RJ7-4410982.', ['Behrouz'], 'NAME');
});

test('words joined by "and" to a name found that are no person stay unflagged', () => {
  // Languages, eponyms, a country, firms, a drug beside a name read wrongly.
  untouched('Speaks Czech and Vietnamese; son Nguyen Tuan Anh interprets.', ['Vietnamese']);
  untouched('Parkinson\'s disease (Hoehn & Yahr 3), followed by Dr Grace Ntuli.', ['Yahr']);
  untouched('Residents come from Somalia, Eritrea, Sudan and Syria. Worker Grace Ntuli enrolled them.', ['Sudan']);
  untouched('Reminder from Grace Ntuli: the Mindray and Draeger machines in bay 2 are due a service.', ['Mindray']);
  untouched('Seen with Maria Lopez and Smith & Nephew rep about the dressing.', ['Smith']);
  // Drugs, devices, firms and a ward after a name found (review): a word no lexicon knows only in a list of people.
  untouched('Patient Emily Stone and Ozempic injections. Mr Steven Price and Dexcom readings. Ms Amy Lane and Tesco.', ['Ozempic', 'Dexcom', 'Tesco']);
  untouched('Transferred to Peter and Paul ward yesterday. Sister Nora Quinn and GoFundMe page.', ['Peter', 'GoFundMe']);
});

test('a surname of two letters after a title that other readings skip ("Dr Le", "Dr. Im")', () => {
  typedExactly('Dr Le will fill the form. Please call the office.', ['Le'], 'NAME');
  typedExactly('Seen by Dr. Im. Follow-up in two weeks.', ['Im'], 'NAME');
  typedExactly('Mr Le, 81, was reviewed on the ward.', ['Le'], 'NAME');
});

test('"Le" and "Im" that are no surname after a title stay unflagged', () => {
  // An eponym after a title's look-alike, lower extremity in capitals, French, German.
  untouched('Dr. Le Fort fracture noted on CT.', ['Le Fort']);
  untouched('LE oedema 2+. Dr LE examined.', ['LE oedema']);
  untouched('The le sign was negative.', ['le sign']);
});
