// Stop 35: places written as they are: a town after a person and "from"/"of" ("fisherman from Bolungarvik"), a facility
// named by "for" and capitalized words or by a known town after its head ("Hospital for Special Surgery", "National
// Hospital Kandy"), and street addresses as other countries write them ("Str. Mihai Eminescu nr. 22", "Calle 93 #
// 11-20", "Vaci ut 78.", "Ataturk Mah. Gul Sok. No:14 D:5", "Mz. F Lt. 9"). Synthetic texts; each positive is checked
// with its offsets, beside look-alikes that must stay out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeAt, places, touched } from '../support/deid.js';


test('a town after a relative, a trade or a name and "from"', () => {
  const t = 'Grandfather Arni Jonsson, fisherman from\nBolungarvik, had prostate cancer at 70.';
  assert.ok(placeAt(t, 'Bolungarvik'), JSON.stringify(places(t)));
  const k = 'Mum staying; koro Tane Whaanga from Ruatoria visits tomorrow.';
  assert.ok(placeAt(k, 'Ruatoria'), JSON.stringify(places(k)));
  const c = 'Wife Odile called from Chicoutimi at 0300, told of the change.';
  assert.ok(placeAt(c, 'Chicoutimi'), JSON.stringify(places(c)));
  const p = 'Seen with echo tech. Pt from Ahwatukee originally, moved here last year.';
  assert.ok(placeAt(p, 'Ahwatukee'), JSON.stringify(places(p)));
  // In capitals: the town, not the sentence's next word.
  const u = 'UNKNOWN MALE ~50, BROUGHT BY FRIEND FROM FISHTOWN TODAY, ALERT AND ORIENTED, NO ID ON HIM.';
  assert.ok(placeAt(u, 'FISHTOWN'), JSON.stringify(places(u)));
});

test('a town after a name, a trade or an age and "of"', () => {
  const a = 'Spyros Kallergis, sponge diver, 61, of Pothia, near the harbour.';
  assert.ok(placeAt(a, 'Pothia'), JSON.stringify(places(a)));
  const n = 'Video call with Jadwiga Nowak-Pietrzak of Braunstone Town. Link sent.';
  assert.ok(placeAt(n, 'Braunstone Town'), JSON.stringify(places(n)));
  const f = 'Augustus Campbell, 66, a cane farmer of Drasa with gout.';
  assert.ok(placeAt(f, 'Drasa'), JSON.stringify(places(f)));
});

test('no town from a clinical word, a unit, a given name, a common word or a relative before "of"', () => {
  const t = 'Dr. Smith from Cardiology saw the pt from ICU. Sister from Home. Daughter of Mary Smith visited. Son from Church came. Her son from Calif. called. Brother from Syria and sister from Punjab. Patient from Yucatan.';
  assert.deepEqual(places(t), []);
  const u = 'PT FROM ICU TO THE FLOOR, SON FROM HOME WITH CLOTHES. FRIEND FROM CHURCH VISITED TODAY.';
  assert.deepEqual(places(u), []);
});

test('a facility named by "for" and capitalized words after its head', () => {
  const t = 'Follow-up at Hospital for Special Surgery in 2 weeks; referral to Center for Women and Families shelter.';
  assert.ok(placeAt(t, 'Hospital for Special Surgery'), JSON.stringify(places(t)));
  assert.ok(placeAt(t, 'Center for Women and Families'), JSON.stringify(places(t)));
  const n = 'Enrolled at the National Center for Tuberculosis and Lung Diseases, Tbilisi.';
  assert.ok(placeAt(n, 'National Center for Tuberculosis and Lung Diseases'), JSON.stringify(places(n)));
});

test('no facility from a visit\'s purpose after "for", nor from generic words alone', () => {
  const t = 'Return to Clinic for Follow Up in 2 weeks. Seen in Clinic for Wound Care. He spent 41 days at University Hospital and then went home.';
  assert.deepEqual(places(t), []);
});

test('a known town right after a strong facility head is part of its name; a state or a common word is not', () => {
  const t = 'Referred to the National Hospital Kandy for review. Letter to The Medical Officer, General Hospital Minna\nToday.';
  assert.ok(placeAt(t, 'National Hospital Kandy'), JSON.stringify(places(t)));
  assert.ok(placeAt(t, 'General Hospital Minna'), JSON.stringify(places(t)));
  const s = 'Transported to Children\'s Hospital Colorado. Seen at Mercy Hospital Iowa campus. Seen in Cardiology Clinic Toronto on Monday.';
  assert.ok(!places(s).some((p) => p.includes('Colorado') || p.includes('Iowa') || p.includes('Cardiology')), JSON.stringify(places(s)));
  const r = 'Transferred to St Mary\'s Hospital Monday morning.';
  assert.ok(placeAt(r, 'St Mary\'s Hospital'), JSON.stringify(places(r)));
});

test('streets with their word first and a number: Romanian, Ukrainian, Greek, Hebrew, Maltese', () => {
  const t = 'Domiciliu: Str. Petre Ispirescu nr. 41, Ferentari. Fiica: vul. Horodotska 120, Lviv. Tatal: Odos Egnatia 112, Kalamaria. Parents at Rehov Herzl 44, Haifa. Brother lives at Triq il-Kappillan 17, Zebbug.';
  for (const w of ['Str. Petre Ispirescu nr. 41', 'vul. Horodotska 120', 'Odos Egnatia 112', 'Rehov Herzl 44']) assert.ok(placeAt(t, w), `${w} ${JSON.stringify(places(t))}`);
  for (const w of ['STR. PETRE ISPIRESCU NR. 41', 'VUL. HORODOTSKA 120', 'ODOS EGNATIA 112', 'REHOV HERZL 44']) assert.ok(placeAt(t.toUpperCase(), w), w);
  // A dose is no street: "Extra Str. Tylenol 500 mg".
  assert.deepEqual(places('Extra Str. Tylenol 500 mg at night.'), []);
});

test('Colombian grid addresses, in the three cases', () => {
  const t = 'Lives Calle 93 # 11-20, Apto 502. Mother at Carrera 52 No. 49-27, Barrio El Porvenir. Work: Cra. 45 # 58-21.';
  for (const w of ['Calle 93 # 11-20', 'Carrera 52 No. 49-27', 'Cra. 45 # 58-21']) {
    assert.ok(placeAt(t, w), w);
    assert.ok(placeAt(t.toUpperCase(), w.toUpperCase()), w);
    assert.ok(touched(t.toLowerCase(), w.toLowerCase()), w);
  }
  // A street's word and a number alone, or a lab's line, is no grid address.
  assert.ok(!touched('Cl. 104 mmol/L, K 4.1.', 'Cl. 104'));
});

test('streets with their word after the name: Hungarian, Latvian, Lithuanian, Estonian, Finnish', () => {
  const t = 'Rendelo: Vaci ut 78. Home: Zolitudes iela 22-41, Riga. Neighbour at Kalvariju gatve 120, Vilnius. Clinic: Parnu mnt 238, Tallinn. Flat: Fleminginkatu 14 B 22, 00530 Helsinki. Also Mannerheimintie 12 A 3.';
  for (const w of ['Vaci ut 78.', 'Zolitudes iela 22-41', 'Kalvariju gatve 120', 'Parnu mnt 238', 'Fleminginkatu 14 B 22', 'Mannerheimintie 12 A 3']) assert.ok(placeAt(t, w), `${w} ${JSON.stringify(places(t))}`);
  assert.ok(placeAt(t.toLowerCase(), 'fleminginkatu 14 b 22'));
  // An English word ending in "tie" is no Finnish road: "sortie 11h", "necktie 2".
  assert.deepEqual(places('The sortie 11h ce soir. Necktie 2 on the chair.'), []);
});

test('Turkish quarters and streets with their numbers; no "CAD" as a street', () => {
  const t = 'Adres: Ataturk Mah. Gul Sok. No:14 D:5 Kecioren/ANKARA';
  assert.ok(placeAt(t, 'Ataturk Mah. Gul Sok. No:14 D:5'), JSON.stringify(places(t)));
  const l = 'Lives at Kazim Dirik Mah.\n372/8 Sok. No:14 D:3, Bornova.';
  assert.ok(placeAt(l, 'Kazim Dirik Mah.'), JSON.stringify(places(l)));
  assert.ok(placeAt(l, '372/8 Sok. No:14 D:3'), JSON.stringify(places(l)));
  assert.ok(placeAt(l.toUpperCase(), 'KAZIM DIRIK MAH.'), JSON.stringify(places(l.toUpperCase())));
  assert.deepEqual(places('PT STARTED ON PLAVIX D/T CAD. TRIPLE LUMEN IJ DC\'D.'), []);
});

test('Peruvian blocks and lots, Philippine blocks, lots and phases', () => {
  const t = '1. Juan Huaman, Mz. K Lt. 14, Sector 3 Grupo 7, control TB.\n2. Familia Rojas, Mz. B Lt. 3, Urb. Pachacamac, vacunas.\n3. Our Lady Clinic\nBlk 9 Lot 3 Camella Homes, Brgy. Talon Dos';
  for (const w of ['Mz. K Lt. 14, Sector 3 Grupo 7', 'Mz. B Lt. 3, Urb. Pachacamac', 'Blk 9 Lot 3 Camella Homes']) assert.ok(placeAt(t, w), `${w} ${JSON.stringify(places(t))}`);
});

test('two numbered parts of an address side by side, one a dwelling\'s, in a register or a sentence', () => {
  const t = 'contacts - camp 15, ukhia upazila\n1 | rahim uddin | father | block c-4 | shelter 112 | azithro | given';
  assert.ok(placeAt(t, 'block c-4'), JSON.stringify(places(t)));
  assert.ok(placeAt(t, 'shelter 112'), JSON.stringify(places(t)));
  const s = 'Refusals recorded: Haji Karim (House 27, Street 6, Block 2) - religious.';
  for (const w of ['House 27', 'Street 6', 'Block 2']) assert.ok(placeAt(s, w), `${w} ${JSON.stringify(places(s))}`);
  // A nerve block at a level, a ward and a unit of a hospital: no address.
  assert.deepEqual(places('Lesion at C-4 level. Nerve block c-4 | dose 2. Ward 5, Unit 2 nurses station.'), []);
});

test('a German street with "Str." capitalized after its name; a place found over a rule\'s edge is joined', () => {
  const t = 'Frau Grabowski, geb. 03.05.1934, Detmolder Str. 210, 33604 Bielefeld.';
  assert.ok(placeAt(t, 'Detmolder Str. 210'), JSON.stringify(places(t)));
  const j = 'Direccion: Jr. Los Olivos Mz. K Lt. 14, AA.HH. Villa Maria del Triunfo, Lima.';
  assert.ok(touched(j, 'Jr.') && touched(j, 'Lt. 14'), JSON.stringify(places(j)));
});

test('a town after a trade or a job and "in"; a town on the next line after "in", "from" or "near"', () => {
  const t = 'Fredrick works as a boda-boda rider in Kondele. She is a nurse in Tamale now.';
  assert.ok(placeAt(t, 'Kondele'), JSON.stringify(places(t)));
  assert.ok(placeAt(t, 'Tamale'), JSON.stringify(places(t)));
  assert.deepEqual(places('He works in Radiology. Works in Sales. Nurse in ICU. A teacher in Training.'), []);
  const w = 'They stayed with their aunt Gogo Thandeka in\nKwaDlangezwa. Her daughter lives in\nLeeds and calls weekly.';
  assert.ok(placeAt(w, 'KwaDlangezwa'), JSON.stringify(places(w)));
  assert.ok(placeAt(w, 'Leeds'), JSON.stringify(places(w)));
  // Not after "to" (a recipient follows it as often), nor a common word or a month on the next line.
  assert.deepEqual(places('Pain worse in\nMorning. Seen in\nClinic today. Message sent to\nAustin Reyes.'), []);
});

test('primary care sites by their acronym and a name; not a weekday or a common word after it', () => {
  const t = 'Discharge planned with review at PHC Nakrekal. Health posts at CSPS de Pella and CHPS Kpandai.';
  for (const w of ['PHC Nakrekal', 'CSPS de Pella']) assert.ok(placeAt(t, w), `${w} ${JSON.stringify(places(t))}`);
  assert.deepEqual(places('CHC Tuesday clinic. PHC visit done. BHU staff meeting.'), []);
});
