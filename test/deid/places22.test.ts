// Stop 22 (docs/deid-history.md, Stop 22): postcodes after their label in more shapes and wordings, UK postcodes alone,
// street addresses in capitals inside a text that is not, and the quarter after a street's suffix. Values are invented.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a postcode after its label: "post code", "pin code", "is", and the shapes of Japan, Poland, Portugal and India', () => {
  typedExactly('Patient in Tokyo, postcode 162-0845 on file.', ['162-0845'], 'LOCATION');
  typedExactly('post code 2483, NSW', ['2483'], 'LOCATION');
  typedExactly('pin code 641018 per Aadhaar', ['641018'], 'LOCATION');
  typedExactly('postal code 31-042 Krakow', ['31-042'], 'LOCATION');
  typedExactly('postcode 4470-211 Maia', ['4470-211'], 'LOCATION');
  typedExactly('my postcode is ls6 2qt thanks', ['ls6 2qt'], 'LOCATION');
});

test('a UK postcode alone counts when its letters are a UK postcode area', () => {
  typedExactly('bot: What is your postcode?\nuser: LS6 2QT\nbot: thanks', ['LS6 2QT'], 'LOCATION');
  typedExactly('She lives in the CF24 3HX area now.', ['CF24 3HX'], 'LOCATION');
  untouched('item QQ1 2AB arrived', ['QQ1 2AB']);
});

test('a street address in capitals in a text that is not, when a town or a unit shows it', () => {
  typedExactly('9,OSTROWSKI,HALINA,1944-02-11,000-55-9810,2709 WILLOWBROOK ST,DUBUQUE,IA', ['2709 WILLOWBROOK ST'], 'LOCATION');
  typedExactly('Seen at home. Collected from 517 HARTSHORN RD, DECATUR. BP 120/80.', ['517 HARTSHORN RD'], 'LOCATION');
  typedExactly('9,OSTROWSKI,HALINA,2709 WILLOWBROOK ST NE,DUBUQUE,IA', ['2709 WILLOWBROOK ST NE'], 'LOCATION');
  // A short suffix that is a clinical abbreviation, with no town or unit after it, is no address.
  untouched('ECG: 2 MM ST ELEVATION, LEAD II; 1 MM ST, PR 0.16', ['2 MM ST', '1 MM ST']);
  untouched('the 2 MG ST. JOHNS WORT dose', ['2 MG ST']);
});

test('in capitals, the quarter of the town after the suffix is part of the street', () => {
  typedExactly('PT DISCHARGED HOME. FROM HOME 1207 4TH AVE NW MINOT ND 58703 BY EMS', ['1207 4TH AVE NW'], 'LOCATION');
});
