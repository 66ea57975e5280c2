// Tables whose header abbreviates its columns or names them in another language, and software versions shaped like
// dates (docs/deid-history.md, Stop 17, main). Every example is invented for the rule.
import { test } from 'node:test';

import { has, notFlagged } from '../support/deid.js';

test('a CSV header with abbreviations ending in a dot is read as a table', () => {
  const t = 'Pat.-Nr.;Name;Vorname;Geb.;Parameter\n5520931;Quastenberg;Ilsabe;17.08.1939;Kalium\n5520932;Vormweg;Eike;02.12.1951;Natrium';
  has(t, 'MRN', '5520931');
  has(t, 'NAME', 'Quastenberg');
  has(t, 'NAME', 'Vormweg');
  has(t, 'DATE', '02.12.1951');
  const u = 'D.O.B,Pt. name,Acct\n04/19/1936,Thibodeaux-Reyes,88120457\n11/02/1948,Okonkwo-Baptiste,88120458';
  has(u, 'DATE', '04/19/1936');
  has(u, 'NAME', 'Thibodeaux-Reyes');
  has(u, 'ACCOUNT', '88120458');
});

test('column names of exports in other languages type their values', () => {
  const t = 'naam,voornaam,geboortedatum,woonplaats\nVerhoeckx,Jantine,1947-03-22,Zevenhuizen\nBreukelaar,Otje,1952-11-05,Kollumerzwaag';
  has(t, 'NAME', 'Verhoeckx');
  has(t, 'NAME', 'Jantine');
  has(t, 'DATE', '1947-03-22');
  has(t, 'LOCATION', 'Kollumerzwaag');
  const u = 'nombre;apellidos;fecha_nacimiento;telefono;ciudad\nMaite;Urquiaga Etxeberria;12/06/1944;555-0143;Zumarraga';
  has(u, 'NAME', 'Urquiaga Etxeberria');
  has(u, 'DATE', '12/06/1944');
  has(u, 'PHONE', '555-0143');
  has(u, 'LOCATION', 'Zumarraga');
});

test('a sentence with a full stop and commas is still no header', () => {
  // Prose passes the header test only where a dot closes an abbreviation; its values are not read as columns.
  notFlagged('Pt alert, oriented x3. Ort of pain left flank; plan as above.\nDiet tolerated, ambulating x2 with assist.', 'ambulating x2 with assist');
  notFlagged('Geb. Std.;Kalium;Natrium\n4,1;139;ok', '4,1');
});

test('the words of a table header are column names, not names of people', () => {
  const t = 'Fall-Nr;Name;Vorname;Geb.;Parameter;Wert;Einheit\n7781204;Quastenberg;Ilsabe;17.08.1939;Kalium;4,1;mmol/l';
  notFlagged(t, 'Wert');
  notFlagged(t, 'Einheit');
  has(t, 'NAME', 'Ilsabe');
  // Outside a header line names are found as before.
  has('Patient Ilsabe Quastenberg seen today; Wert not known.', 'NAME', 'Ilsabe Quastenberg');
});


test('a year-first dotted number after a word of software versions is a version, not a date', () => {
  notFlagged('Infusion pump software build 2026.03.1 installed by biomed.', '2026.03.1');
  notFlagged('Firmware version: 2025.11.2 loaded.', '2025.11.2');
  // The same number as a date of care stays a date.
  has('Seen 2026.03.1 in clinic; follow-up 2026.04.15.', 'DATE', '2026.03.1');
  has('Update 2026.03.14: patient stable overnight.', 'DATE', '2026.03.14');
});

test('a line read as a header keeps the names that are not whole column cells or that no rows follow', () => {
  // One known column ("nurse") in three cells, then a line of as many commas: the names stay names.
  const t = 'Okafor-Bright, Chidinma, nurse\nwill call back, after 3, tomorrow';
  has(t, 'NAME', 'Okafor-Bright, Chidinma');
  has('Chidinma;Okafor-Bright;nurse\nwill call back;after 3;tomorrow', 'NAME', 'Chidinma');
});

test('the display name before an e-mail address in angle brackets is a name', () => {
  has('To: "Yehuda Katz-Rosenthal" <ykatz@example.co.il>', 'NAME', 'Yehuda Katz-Rosenthal');
  const cc = 'Cc: Apio Ruth <rapio@example.ug>; Mugisha Byaruhanga <mbyaruhanga@example.ug>';
  has(cc, 'NAME', 'Mugisha Byaruhanga');
  has('Reply-To: Nkemdirim, Obiageli <o.nkem@example.com>', 'NAME', 'Nkemdirim, Obiageli');
  has('From: "Dr. Ana Ruiz, MD" <ar@example.org>', 'NAME', 'Ana Ruiz');
  has('Contact Eszter Vámosi-Nagy <ev@example.hu> or the ward.', 'NAME', 'Eszter Vámosi-Nagy');
  // A mailbox of a team or a service is no one's name.
  notFlagged('From: Billing Office <billing@example.org>', 'Billing Office');
  notFlagged('To: "Dermatology Nurse Line" <dermnurse@example.org>', 'Dermatology Nurse Line');
});

test('a column of names in a table without a header: its other name-shaped cells are names', () => {
  const t = '| Rota | Mon | Tue | Wed |\n| Gen Med reg | Okafor | Nakamarra-Ross | Bishop |\n| Gen Med SHO | Tran | Wiremu Tane | Oyewole |\n| Surg reg | Patel | Hemi | Smith |';
  has(t, 'NAME', 'Okafor');
  has(t, 'NAME', 'Nakamarra-Ross');
  // The row labels and the header are no names.
  notFlagged(t, 'Gen Med reg');
  notFlagged(t, 'Rota');
});
