// Stop 23 (docs/deid-history.md, Stop 23): the edges of places and names found in part. A place the rules found is
// widened over the words of its name around it: a quarter or a site's last word after it, a prefix or "City of" before
// it, a joining word between two parts; a person's name over the particle between two of its parts. Values are
// invented; each check of a widened place or name fails on stop 22's code.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { detect } from '../../src/deid/index.js';

import { typedExactly, untouched } from './span-checks.js';

test('a place found in part takes the quarter, the kind or the care site words after it', () => {
  typedExactly('She moved in with her aunt in Tembisa East last spring.', ['Tembisa East'], 'LOCATION');
  typedExactly('Cardiology review at Wigan General next month.', ['Wigan General'], 'LOCATION');
  typedExactly('Transferred to Lusaka Regional and Teaching Hospital overnight.', ['Lusaka Regional and Teaching Hospital'], 'LOCATION');
  typedExactly('Her son teaches at Ruskin Primary on weekdays.', ['Ruskin Primary'], 'LOCATION');
  typedExactly('Family staying at Ronald McDonald House this week.', ['Ronald McDonald House'], 'LOCATION');
  typedExactly('Works at the Nairobi Road depot.', ['Nairobi Road'], 'LOCATION');
  typedExactly('WE ARE BRINGING HIM TO WIGAN GENERAL NOW, CALL BACK.', ['WIGAN GENERAL'], 'LOCATION');
  typedExactly('She lives in Bandung Utara now', ['Bandung Utara'], 'LOCATION');
  typedExactly('flight to Leeds Airport.', ['Leeds Airport'], 'LOCATION');
  // A number after a place's name, before a comma or a line's end.
  typedExactly('Posyandu Mawar 4, Dusun Krajan', ['Mawar 4'], 'LOCATION');
  // A roman number after a quarter's name.
  typedExactly('Resident of Rawalpindi, moved to Gulberg III in May.', ['Gulberg III'], 'LOCATION');
});

test('a place found in part takes the prefix or the "City of" before it, and a joining word with the part after it', () => {
  typedExactly('Letter from the City of Saskatoon about the ramp.', ['City of Saskatoon'], 'LOCATION');
  typedExactly('Born in Stratford upon Avon in 1961.', ['Stratford upon Avon'], 'LOCATION');
  // A care site's name before the town it is named by, and a title before the person a site is named after.
  typedExactly('Locum from University Hospital Ayr: Dr Okeke', ['University Hospital Ayr'], 'LOCATION');
  typedExactly('Review at Sir Walter Brennan Hospital, Perth', ['Sir Walter Brennan Hospital'], 'LOCATION');
  typedExactly('Transcript - North York General Hospital Diabetes Education Centre - visit 2', ['North York General Hospital Diabetes Education Centre'], 'LOCATION');
});

test('the widening stops at words that are not the place\'s: a home in lower case, a specialty, a state, another place', () => {
  // In lower case, a home after a place is anyone's.
  typedExactly('fell at the cedar knoll home, pls call', ['cedar knoll'], 'LOCATION');
  untouched('fell at the cedar knoll home, pls call', ['home']);
  // "VI" after a town is the Virgin Islands, a state, not a roman number.
  untouched('Estate Tutu, St. Thomas VI 00802', ['VI']);
  // A place that another place follows stays apart from it, and words after a place that do not end a site's name stay out.
  untouched('Trip to Wigan on Monday with her aunt.', ['Monday', 'aunt']);
  untouched('He lives in Kampala. North of the river is flooded.', ['North of the river']);
});

test('two parts of a person\'s name found apart are one name across the particle between them', () => {
  typedExactly('Next of kin: Joana Paula Ramos e Cunha, tel 555', ['Joana Paula Ramos e Cunha'], 'NAME');
  typedExactly('Intensivist Dr Noor ul Huda Qureshi.', ['Noor ul Huda Qureshi'], 'NAME');
  typedExactly('Liam O Suilleabhain attended the meeting.', ['Liam O Suilleabhain'], 'NAME');
  typedExactly('Name: Lucia Fernanda Ortiz de la Vega', ['Lucia Fernanda Ortiz de la Vega'], 'NAME');
  // "and" joins two people, not two parts of one name; nor does "s/o" (the father is a person of his own).
  untouched('Visitors: Pedro Alves and Maria Souto today', ['and']);
  untouched('Patient Farhan s/o Nadeem Akhtar, aged 50', ['s/o']);
});

test('in a list or a row, a name found in part takes its given names after the comma, its initials, or a given name that is also a word before it', () => {
  typedExactly('cc: chest pain\nhpi: banda, faith, 83 y/o, arrived by ambulance', ['banda, faith'], 'NAME');
  typedExactly('A3  BRANNIGAN K        92  KIRKBY', ['BRANNIGAN K'], 'NAME');
  typedExactly('Tuesday rota - shelter worker Jordan Littlewolf will attend', ['Jordan Littlewolf'], 'NAME');
  // A credential after the comma, a sex in a column of its own, a kin word or a label before the name stay out.
  untouched('Sincerely,\nMaria Okafor, MD', ['MD']);
  untouched('Ncube\tSibusiso\tM\t44\tPumula', ['M']);
  untouched('Contacts: Son Rayhan Chowdhury 07700', ['Son']);
});

test('a field of an address next to a place found: the quarter after a care site, a numbered part between places', () => {
  typedExactly('Dr Okafor, Ibadan University Teaching Hospital, Mokola-Ojoo\nDear Sir', ['Mokola-Ojoo'], 'LOCATION');
  typedExactly('Scene: Apt 3, Block 19, Haidian, Beijing', ['Block 19'], 'LOCATION');
  typedExactly('Seen at Kumasi Clinic, Building 12, then home', ['Building 12'], 'LOCATION');
  // A department, a unit of a hospital or a province after a town is no such field.
  untouched('Consultant: Dr Ana Ruiz, Renal Unit, Hospital Clinico San Carlos', ['Renal Unit']);
  untouched('Transferred to 6 West, Kumasi Clinic, on Monday', ['6 West']);
});

test('a review\'s cases: what the widening and the joins leave alone', () => {
  // Two places or two teams joined by "and"; a specialty after "General"; a home that is anyone's; a department before a site.
  untouched('Referred to Boston and General Surgery for review.', ['General Surgery']);
  untouched('Lives in Toronto East and West.', ['West']);
  untouched('pt lives in boston general practice area', ['general']);
  untouched('RETURNED TO TORONTO HOME ON MONDAY.', ['HOME']);
  untouched('Seen in Cardiology Clinic Toronto on Monday.', ['Cardiology']);
  // Counts by place are no house numbers.
  untouched('Cases by site: Boston 12, Chicago 7, Toronto 3.', ['7']);
  // Two people: a credential, "e" between two full names; a specialty or a role after a surname.
  untouched('Providers: Mark Johnson DO Sarah Williams MD', ['DO']);
  untouched('Family present: Maria Santos e Joao Silva.', [' e ']);
  untouched('Attending: Okonkwo, Cardiology', ['Cardiology']);
  untouched('Surgeon: Okonkwo GP', ['GP']);
});

test('a review\'s cases: a number and a capitalized month after a full stop open a sentence, not a date', () => {
  untouched('Pain score was 7. March 2025 review', ['7.']);
  untouched('Gave 2 Mac: none', ['2 Mac']);
});

test('a street\'s kind of another language or a site\'s short name in capitals before the place found', () => {
  typedExactly('Lives at Rue Gouraud, Beirut', ['Rue Gouraud'], 'LOCATION');
  typedExactly('connected from UBS Itaqui II today', ['UBS Itaqui II'], 'LOCATION');
  typedExactly('Notified to GGD Utrecht on Monday', ['GGD Utrecht'], 'LOCATION');
  // "via" is English's "by way of"; a hospital's unit in capitals is no site's name.
  untouched('Arrived from Kabul via Doha on Sept 28.', ['via']);
  untouched('Surgical HDU Wolfson Wing bed 2', ['HDU']);
});

test('a text made of one place over and over: each place stays its own size (the joins read only what the rules found)', () => {
  const text = 'Temple Beth '.repeat(400) + 'St. Agnes of Bohemia of '.repeat(200);
  const spans = detect(text);
  const longest = Math.max(0, ...spans.map((s) => s.end - s.start));
  assert.ok(longest < 120, `a span of ${longest} characters`);
});
