// Stop 24 (docs/deid-history.md, Stop 24): the numbered parts of an address ("Flat 302", "bl. P3, sc. B, ap. 42",
// "Woreda 09, Kebele 14") and the postal codes written beside a town ("Jakarta Timur 13720", "46090 Lamagdelaine").
// Values are invented; each check of a part or a code found fails on stop 23's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a numbered part of an address, as a field of its own beside a place or after a word of one\'s home', () => {
  typedExactly('Nadeesha Silva, age 51, of No. 47/3, Temple Road, Weligama', ['No. 47/3'], 'LOCATION');
  typedExactly('Domiciliu: Str. Florilor nr. 9, bl. P3, sc. B, ap. 42, Sector 6, Bucuresti', ['bl. P3', 'sc. B', 'ap. 42', 'Sector 6'], 'LOCATION');
  typedExactly('Woreda 09, Kebele 14, House No. 1182, Kolfe Keranio Sub-city, Addis Ababa', ['Woreda 09', 'Kebele 14', 'House No. 1182'], 'LOCATION');
  typedExactly('Purok 3, Sitio Kalipayan, Brgy. 88 San Isidro', ['Purok 3'], 'LOCATION');
  typedExactly('Residence: 45/12 Duong Tran Phu, Phuong 7, Quan 8, TP Ho Chi Minh', ['Phuong 7', 'Quan 8'], 'LOCATION');
  typedExactly('living in District 6, Street 11, caravan C-214, since March', ['District 6', 'Street 11', 'caravan C-214'], 'LOCATION');
  typedExactly('Alamat: Jl. Melati Raya No. 18, RT 005/RW 02, Kel. Bangka', ['RT 005', 'RW 02'], 'LOCATION');
  typedExactly('Address: ul. Lipowa 24, kv. 17, Lviv', ['kv. 17'], 'LOCATION');
  // Right after a town: a ward of a municipality.
  typedExactly('Mother of two, of Dhulikhel Ward 11, Kavre', ['Ward 11'], 'LOCATION');
  typedExactly('Mohalla Rehmanpura, Street No. 4, near Jamia Masjid, Lahore', ['Street No. 4'], 'LOCATION');
});

test('a numbered word that is no address part stays unflagged', () => {
  // Not a field of its own, or nothing around it says address.
  untouched('Pt uses a No. 2 pencil, heart block, Block 2 noted.', ['No. 2', 'Block 2']);
  untouched('Given 2 units, Unit 4, zone 3 of the scale.', ['Unit 4', 'zone 3']);
  // A hospital's ward or unit in a line that names a care site or a bed.
  untouched('Admitted to Ward 7, Royal Infirmary, bed 4.', ['Ward 7']);
  // A doctor, not a resident of a place.
  untouched('Senior Resident | Unit 2 | on call', ['Unit 2']);
  // A date after a part's word.
  untouched('Flat 12/03/2025 review, no change.', ['Flat']);
  // A ward or a unit after a move or a discharge, "r/o" (rule out), a home visit's lot, home medicines (review of stop 24).
  untouched('Discharged home from Ward 6.', ['Ward 6']);
  untouched('Arrived from Leeds, Ward 6.', ['Ward 6']);
  untouched('r/o DVT, doppler at Door 4', ['Door 4']);
  untouched('Home visit: flu vaccine given, lot 4471, exp 12/2027', ['lot 4471']);
  untouched('home meds: insulin (sc 10), metformin', ['sc 10']);
  untouched('Plan: discharge home; RT 5, chemo 2', ['RT 5']);
});

test('a postal code beside a town, as one country or another writes it', () => {
  typedExactly('Dari Puskesmas, Kecamatan Ciracas, Jakarta Timur 13720', ['13720'], 'LOCATION');
  typedExactly('Lives at Les Granges, 46090 Lamagdelaine since 2019.', ['46090'], 'LOCATION');
  typedExactly('She lives with her son, Husova 1442/17, 602 00 Brno-stred, since May.', ['602 00'], 'LOCATION');
  typedExactly('Urban Health Centre, Korail, Mohakhali, Dhaka-1212', ['Dhaka-1212'], 'LOCATION');
  typedExactly('we live at 2207 calle del sol, las cruces 88005 so the pharmacy is close', ['88005'], 'LOCATION');
});

test('a number beside a town that is a year, a time, a store or a dose stays unflagged', () => {
  untouched('Moved to Auckland 2024 after the earthquake.', ['2024']);
  untouched('ED note 2026-11-21 0340 Smooth Rock Falls Hospital, chest pain', ['0340']);
  untouched('Employer: Walmart DC 6094, Searcy, AR.', ['6094']);
  untouched('in a rooming house since 2019, 2217 W. Cermak Rd, Chicago', ['2019']);
  untouched('Discharged home to Leeds 1430 by taxi', ['1430']);
  untouched('Lives in Denver, 5280 ft altitude', ['5280']);
  untouched('Lives in Leeds 1000 IU vitamin D', ['1000']);
  untouched('Lives in Oslo, 3000 NOK per month', ['3000']);
});
