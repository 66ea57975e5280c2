// Stop 22 (docs/deid-history.md, Stop 22): postcodes after their label in more shapes and wordings, UK postcodes alone,
// street addresses in capitals inside a text that is not, and the quarter after a street's suffix. Values are invented.
import { test } from 'node:test';

import { has } from '../support/deid.js';
import { typedExactly, untouched } from './span-checks.js';

test('a postcode after its label: "post code", "pin code", "is", and the shapes of Japan, Poland, Portugal and India', () => {
  typedExactly('Patient in Tokyo, postcode 162-0845 on file.', ['162-0845'], 'LOCATION');
  typedExactly('Post code: 2483, NSW', ['2483'], 'LOCATION');
  typedExactly('PIN Code 641018 per Aadhaar', ['641018'], 'LOCATION');
  typedExactly('post-code is 2483', ['2483'], 'LOCATION');
  typedExactly('pin code 641018 per Aadhaar', ['641018'], 'LOCATION');
  typedExactly('postal code 31-042 Krakow', ['31-042'], 'LOCATION');
  typedExactly('postcode 4470-211 Maia', ['4470-211'], 'LOCATION');
  typedExactly('my postcode is ls6 2qt thanks', ['ls6 2qt'], 'LOCATION');
  // Four bare digits right after "post code" or "pin code" are a time or a PIN more often ("post code" after an arrest).
  untouched('Post code 1445 pt to ICU', ['1445']);
  untouched('PIN code 4821 for the door', ['4821']);
});

test('a UK postcode alone counts when its letters are a UK postcode area', () => {
  typedExactly('bot: What is your postcode?\nuser: LS6 2QT\nbot: thanks', ['LS6 2QT'], 'LOCATION');
  typedExactly('She lives in the CF24 3HX area now.', ['CF24 3HX'], 'LOCATION');
  untouched('item QQ1 2AB arrived', ['QQ1 2AB']);
  // An ordinal is no inward code: "B6 2ND dose".
  untouched('Vitamin b12 given. B6 2ND dose today.', ['B6 2ND']);
});

test('a street address in capitals in a text that is not, when a town or a unit shows it', () => {
  typedExactly('9,OSTROWSKI,HALINA,1944-02-11,000-55-9810,2709 WILLOWBROOK ST,DUBUQUE,IA', ['2709 WILLOWBROOK ST'], 'LOCATION');
  typedExactly('Seen at home. Collected from 517 HARTSHORN RD, DECATUR. BP 120/80.', ['517 HARTSHORN RD'], 'LOCATION');
  // A short suffix that is a clinical abbreviation, with no town or unit after it, is no address.
  untouched('ECG: 2 MM ST ELEVATION, LEAD II; 1 MM ST, PR 0.16', ['2 MM ST', '1 MM ST']);
  untouched('the 2 MG ST. JOHNS WORT dose', ['2 MG ST']);
  // Doses and words of medicine in capitals before a suffix, and a town after the comma that is a word of English.
  untouched('Given ondansetron. ONDANSETRON 4 MG IV ROUTE as needed.', ['4 MG IV ROUTE']);
  untouched('Troponin 5 TROPONIN RISE noted today.', ['5 TROPONIN RISE']);
  untouched('PANTOPRAZOLE 40 MG DR, ORAL, DAILY', ['40 MG DR', 'ORAL']);
  untouched('Meds: Pantoprazole 40 MG DR, HOME.', ['40 MG DR']);
});

test('in capitals, the quarter of the town after the suffix is part of the street (the whole span)', () => {
  has('PT DISCHARGED HOME. FROM HOME 1207 4TH AVE NW MINOT ND 58703 BY EMS', 'LOCATION', '1207 4TH AVE NW');
  has('9,OSTROWSKI,HALINA,2709 WILLOWBROOK ST NE,DUBUQUE,IA', 'LOCATION', '2709 WILLOWBROOK ST NE');
  has('Seen at home. Collected from 517 HARTSHORN RD, DECATUR. BP 120/80.', 'LOCATION', '517 HARTSHORN RD');
});

test('after "lives at" the address ends where the sentence goes on in prose', () => {
  has('She lives at 12 Quillby St with her daughter.', 'LOCATION', '12 Quillby St');
  untouched('She lives at 12 Quillby St with her daughter.', ['with her daughter']);
  has('Lives at 3417 Jackson St and works nights.', 'LOCATION', '3417 Jackson St');
});

test('a ZIP code right after the state and a comma, as in a CSV row', () => {
  has('9,OSTROWSKI,HALINA,2709 WILLOWBROOK ST,DUBUQUE,IA,52001,563-555-0147', 'LOCATION', '52001');
  has('Quillby, IA,52001', 'LOCATION', '52001');
});
