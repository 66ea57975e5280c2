// Generalisation tests, eleventh round (docs/deid-history.md, Stop 14): places and identifier types in text styles the
// detector had not been tuned on (found in the open heldout4/heldout5 and train4-train7 sets). Every example is
// new and synthetic (invented names, places and numbers), written for the rule, not copied from any evaluation set.
import { test } from 'node:test';

import { covered, has, notFlagged } from '../support/deid.js';

test('the label before an identifier types it: record numbers, licences and certificates, folios, plan cards', () => {
  // Record numbers: a label with a word or two before the number, a machine field, a bold markdown label, a label
  // printed by a wristband printer's field command, a clinic's or a hospice's number.
  has('Transfer from Elm Ridge, MRN there QZ-580214. Echo pending.', 'MRN', 'QZ-580214');
  has('Caller gave MRN per chart 31-662-907 for the refill.', 'MRN', '31-662-907');
  has('spo2=91 patient_id=RW-7730518 ts=2025-02-11', 'MRN', 'RW-7730518');
  has('(0010,0020) PatientID LO KT00419925\n(0010,0030) PatientBirthDate DA 19470312', 'MRN', 'KT00419925');
  has('| **Name:** on file | **MRN:** Z00918274 | **Dx:** gout |', 'MRN', 'Z00918274');
  has('^FO40,100^A0N,26,26^FDMRN: 55120937^FS', 'MRN', '55120937');
  has('Widow, lives alone; clinic no. PLX-402917, seen monthly.', 'MRN', 'PLX-402917');
  // Licences: a certification, a notary's commission, a designee's, a driver's licence, a professional order's or a
  // chamber's membership number.
  has('Ski patroller (OEC cert no. WSP-771045) splinted the leg.', 'LICENSE', 'WSP-771045');
  has('Orthotist: K. Morrow, CO, ABC cert T-60412.', 'LICENSE', 'T-60412');
  has('Notary: L. Brandt, commission no. NY-2210-66391, expires 2027.', 'LICENSE', 'NY-2210-66391');
  has('Examiner Dr. Fenwick, AME, designee no. 77104-5; next visit in May.', 'LICENSE', '77104-5');
  has('Driver, OH driver\'s license 7720-15-4402, restrained.', 'LICENSE', '7720-15-4402');
  has('Dr Colette Marchand - Ordre n. 69-118420, Lyon', 'LICENSE', '69-118420');
  has('Signed (Veterinary Chamber membership no. VK-A-330912)', 'LICENSE', 'VK-A-330912');
  // Accounts: a hotel or hospital folio. Health plans: a member field, a health card, an enrollee or assistance number.
  has('Guest stay, room 118, folio RT-66120417; checkout Friday.', 'ACCOUNT', 'RT-66120417');
  has('payer: Lakeshore Mutual\nmember_id: LMQ55018342\n', 'HEALTH_PLAN', 'LMQ55018342');
  has('tessera sanitaria, health card (TS) 80380004419920117733, codice fiscale on file', 'HEALTH_PLAN', '80380004419920117733');
  has('Registered with the scheme, enrollee no. NHS-KD-0990217-02 today.', 'HEALTH_PLAN', 'NHS-KD-0990217-02');
  has('Arrived 2/2; refugee medical assistance ID RMA5510934 issued.', 'HEALTH_PLAN', 'RMA5510934');
  // Look-alikes: an unlabelled number stays generic, "clinic" alone
  // before a number is no record label.
  has('Seen 3/3. Reference QX-7710442 in the batch file.', 'OTHER_ID', 'QX-7710442');
  has('Lab sent clinic 4417 90012577 as the order.', 'OTHER_ID', '90012577');
  notFlagged('MRN there is unknown; ask records.', 'there is unknown');
});

test('sites named by a head of public safety, events, worship, birth, limb fitting, infusion and community centres', () => {
  has('EMS run by Quillmont Fire District crew 4, pt ambulatory.', 'LOCATION', 'Quillmont Fire District');
  has('Bout at Harwick Armory, 3 rounds; cleared to fight.', 'LOCATION', 'Harwick Armory');
  has('Flu clinic held at St. Wenceslas Parish Hall on Saturday.', 'LOCATION', 'St. Wenceslas Parish Hall');
  has('Baptism at St. Odilia Basilica last week.', 'LOCATION', 'St. Odilia Basilica');
  has('Planned home birth with Fernhollow Midwifery, EDD in June.', 'LOCATION', 'Fernhollow Midwifery');
  has('Socket refit at Carrowmere Orthotics & Prosthetics next week.', 'LOCATION', 'Carrowmere Orthotics & Prosthetics');
  has('Line flushed daily by Brightwater Home Infusion nurse.', 'LOCATION', 'Brightwater Home Infusion');
  has('Attends Pellston Adult Day Center three days a week.', 'LOCATION', 'Pellston Adult Day Center');
  has('Found asleep at Ostrander Transit Center by security.', 'LOCATION', 'Ostrander Transit Center');
  has('Swims at the Kelvedon Rec Center pool.', 'LOCATION', 'Kelvedon Rec Center');
  has('Donates platelets at Sandcastle Blood Center monthly.', 'LOCATION', 'Sandcastle Blood Center');
  has('Sleeve gastrectomy 2018 at Wrenfield Bariatric Center.', 'LOCATION', 'Wrenfield Bariatric Center');
  covered('Refills from Tolland Drugs #27 by mail.', 'Tolland Drugs', 'LOCATION');
  // Generic kinds with ordinary words before the head, and the words in lower case, are no place.
  notFlagged('Transfer to the nearest Comprehensive Stroke Center for thrombectomy.', 'Comprehensive Stroke Center');
  notFlagged('Call the fire department if the alarm sounds; blood center notified.', 'fire department');
  notFlagged('Refer to the Regional Blood Center for apheresis.', 'Regional Blood Center');
  notFlagged('Drugs of abuse screen negative.', 'Drugs');
});

test('the units, floors and house numbers of street lines in other countries', () => {
  // Italian stairs and flats, Spanish floors and doors, German floors, Brazilian suites: after the street, before the postcode.
  covered('Residente in Via Gallarate 217, scala C, int. 12, 20151 Milano.', 'Via Gallarate 217, scala C, int. 12', 'LOCATION');
  covered('Domicilio: Calle de Toledo, 88, 4o A, 28005 Madrid', 'Calle de Toledo, 88, 4o A', 'LOCATION');
  covered('Anschrift: Lindenallee 41, Hinterhaus 2. OG, 10967 Berlin', 'Lindenallee 41, Hinterhaus 2. OG', 'LOCATION');
  covered('Anschrift: Lindenallee 41, Hinterhaus 2. OG, 10967 Berlin', '10967 Berlin', 'LOCATION');
  covered('Av. Paulista, 2200, conj. 71 - Pinheiros - Sao Paulo', 'conj. 71', 'LOCATION');
  covered('Av. Paulista, 2200, conj. 71 - Pinheiros - Sao Paulo', 'Pinheiros', 'LOCATION');
  // A house number before the comma of a French street; a Dutch street named after a person, with its house letter.
  covered('Patient: Mme Odile Ferrand\n14 ter, rue des Vignerons, 69004 Lyon', '14 ter', 'LOCATION');
  covered('Tandartspraktijk Zuid\nWillem Marisstraat 88-B, 2517 KT Den Haag', 'Willem Marisstraat 88-B', 'LOCATION');
  covered('Tandartspraktijk Zuid\nWillem Marisstraat 88-B, 2517 KT Den Haag', '2517 KT', 'LOCATION');
  // A dose or a count after a comma is no unit; a number before a comma and a word that is no street stays unflagged.
  notFlagged('Via Gallarate 217, 3 tablets daily.', '3 tablets');
  notFlagged('Score: 12, rather low for age.', '12');
});

test('dental practices by their head, Dutch and Italian practices named head first, Korean and Japanese address parts', () => {
  has('Harrowgate Dental Office\n41 Quarry Lane, Leeds LS6 2AB', 'LOCATION', 'Harrowgate Dental Office');
  has('Referred by Pinecrest Dental Specialists for extraction.', 'LOCATION', 'Pinecrest Dental Specialists');
  has('Kilimani Smile Dental Centre\nArgwings Kodhek Rd', 'LOCATION', 'Kilimani Smile Dental Centre');
  has('Huisartsenpraktijk De Linde\nPostbus 12', 'LOCATION', 'Huisartsenpraktijk De Linde');
  has('Studio Odontoiatrico Ferraro & Galli\nCorso Vercelli, 9', 'LOCATION', 'Studio Odontoiatrico Ferraro & Galli');
  covered('Clinic: 3F, 88 Dosan-daero, Songpa-gu, Seoul 05510', '3F, 88 Dosan-daero', 'LOCATION');
  covered('Clinic: 3F, 88 Dosan-daero, Songpa-gu, Seoul 05510', 'Songpa-gu', 'LOCATION');
  covered('1-9-3 Hiyoshi, Kohoku-ku, Kawasaki, Kanagawa 223-0061\nTel 044-555-0188', '223-0061', 'LOCATION');
  covered('Sarit Plaza, Westlands, P.O. Box 20417-00100, Nairobi', 'P.O. Box 20417-00100', 'LOCATION');
  // Dental care as a service, a studio of recording, a phone number after a ward's name on another line stay unflagged.
  notFlagged('Needs routine dental care; the Dental Office will call.', 'Dental Office');
  notFlagged('Recorded at Studio B downtown.', 'Studio B');
  notFlagged('Lives in Setagaya-ku.\nVial lot 102-3344 used.', '102-3344');
});

test('ZIP codes in delimited records and bare pipe tables, a quoted ZIP after its label, a city named like a state after its label', () => {
  has('PID|1||K77^^^MR||OKONJO^ADA||19440203|F|||12 Birch Ln^^Lewiston^ID^83501', 'LOCATION', '83501');
  has('(0010,1040) PatientAddress LO 9 Pike St^Bangor^ME^04401-2231\n(0010,2154) PatientTelephone SH 207-555-0101', 'LOCATION', '04401-2231');
  has('BEGIN:VCARD\nADR;TYPE=HOME:;;17 Cedar Ct;Fresno;CA;93711;USA\nEND:VCARD', 'LOCATION', '93711');
  const table = ['rec|patient|dob|zip|side', '1|FARROW^LUCILLE|19380622|37205|L', '2|FARROW^LUCILLE|19380622|37205|R'].join('\n');
  has(table, 'LOCATION', '37205');
  has('  address:\n    city: Olympia\n    zip: "98501"\n', 'LOCATION', '98501');
  has('  address:\n    line1: "88 Pine St"\n    city: Washington\n    zip: "20011"\n', 'LOCATION', 'Washington');
  // A state is no place after a home or state label; codes that are not after a state's code stay unflagged.
  notFlagged('State: Washington\nHome: Washington', 'Washington');
  notFlagged('OBX|2|NM|WBC^^L||11.2|10^9/L^^^|4.0-11.0|H|||F\nOBX|3|ST|CODE^X^L||A^B^12345|', '12345');
  notFlagged('lot;ZZ;55120;expired', '55120');
});

test('capitals, cruise ports and refugee camps the gazetteer lacked, as places in context', () => {
  has('Daughter flew in from Thimphu last night.', 'LOCATION', 'Thimphu');
  has('Lived 6 years in Kakuma before resettlement.', 'LOCATION', 'Kakuma');
  has('Ship called at Ocho Rios on day 3; symptoms began there.', 'LOCATION', 'Ocho Rios');
  has('Recent travel to Nuku\'alofa for a funeral.', 'LOCATION', 'Nuku\'alofa');
  // Countries stay unmarked.
  notFlagged('Refugee from Somalia, arrived via Kenya.', 'Somalia');
});

test('a town of two words before a state code that is also a word keeps its opening word', () => {
  has('Witness: Marguerite Ocampo, North Adams, MA. Seal affixed.', 'LOCATION', 'North Adams');
  has('Contact: Ruben Sousa, New Bedford, MA (brother).', 'LOCATION', 'New Bedford');
  // One word before an ambiguous code stays unmarked unless the gazetteer knows it.
  notFlagged('Hx: CABG, MI in 2019.', 'CABG');
});

test('postcodes after C.P., CEP and PLZ, counties with an inner capital, chapter houses, resorts, family centres, mosques and gurdwaras named head first', () => {
  covered('Calle Hidalgo 12, Col. Centro, C.P. 58000, Morelia, Michoacan', '58000', 'LOCATION');
  covered('Calle Hidalgo 12, Col. Centro, C.P. 58000, Morelia, Michoacan', 'Morelia', 'LOCATION');
  covered('Rua Bahia, 40 - Recife - PE - CEP 50070-230', '50070-230', 'LOCATION');
  has('Probate filed in McHenry County last May.', 'LOCATION', 'McHenry County');
  has('Meets the CHR at Chinle Chapter House monthly.', 'LOCATION', 'Chinle Chapter House');
  has('Injured on the slopes of Quartzite Ridge Resort.', 'LOCATION', 'Quartzite Ridge Resort');
  has('Doula program at Phillipsburg-Elm Family Center.', 'LOCATION', 'Phillipsburg-Elm Family Center');
  has('Friday prayers at Masjid an-Nur of Hamtramck.', 'LOCATION', 'Masjid an-Nur of Hamtramck');
  has('Langar volunteer at Gurdwara Sahib of Yuba City.', 'LOCATION', 'Gurdwara Sahib of Yuba City');
  // A chest-pain abbreviation before a number, a family centre or a resort without a distinctive name stay unflagged.
  notFlagged('cp 12345 noted', '12345');
  notFlagged('Was at the Family Center today.', 'Family Center');
  notFlagged('Stayed at a Resort near the beach.', 'Resort');
});

test('table columns of badges, vehicles, visitors and drivers\' licences (the issuing state left out), SSN last four as a field, the Dutch BIG register', () => {
  const log = [
    'time  | visitor             | ID checked (state DL) | badge   | vehicle',
    '09:10 | Odessa Lindqvist    | OH 771204553          | V-3307  | OH KRT5521',
    '09:45 | Marcus Ferreira     | PA 40112877           | V-3308  | --',
  ].join('\n');
  has(log, 'LICENSE', '771204553');
  has(log, 'LICENSE', '40112877');
  has(log, 'OTHER_ID', 'V-3307');
  has(log, 'VEHICLE', 'KRT5521');
  notFlagged(log, '--');
  has('patient:\n  ssn_last4: "5521"\n  phone: none', 'SSN', '5521');
  has('mw. drs. A. de Boer, huisarts, BIG 19055210401', 'LICENSE', '19055210401');
});

test('a letter\'s dateline town before its date, a clinic\'s pharmacy, a regional behavioral hospital', () => {
  has('Cabinet medical du Port\nNice, le 3 mai 2025\nCher confrere,', 'LOCATION', 'Nice');
  has('Royal Crescent Surgery\nBath, 12 May 2025\nDear Dr Hale,', 'LOCATION', 'Bath');
  has('VERIFICATION LOG - remote site Harlowe Creek Clinic Pharmacy (cam 3) -> pharmacist', 'LOCATION', 'Harlowe Creek Clinic Pharmacy');
  has('ED eval at Mesquite Regional Behavioral: C-SSRS high risk', 'LOCATION', 'Mesquite Regional Behavioral');
  // A town that is a word before a date in figures, a weekday or a salutation before a date, a department stay unflagged.
  notFlagged('Reading, 12/05/2025: 132/84', 'Reading');
  notFlagged('Monday, 12-05-2025 clinic', 'Monday');
  notFlagged('Patient, 12/5/2025 visit', 'Patient');
  notFlagged('The Clinic Pharmacy is closed on Sunday.', 'Clinic Pharmacy');
});

test('a house number with a dash before a highway (Hawaii, Queens), a known town across a route\'s arrow', () => {
  has('Body released to: Kailua Memorial Chapel, 41-220 Kalanianaole Hwy; director notified.', 'LOCATION', '41-220 Kalanianaole Hwy');
  has('Itinerary: route Fairbanks -> Denver, seat 12C.', 'LOCATION', 'Fairbanks');
  has('Trip: Arequipa → Cusco → Puno, altitude sickness day 2.', 'LOCATION', 'Arequipa');
  // A range of numbers before a word and a word after an arrow stay unflagged; a doctor's name before an arrow stays a name.
  notFlagged('Walked 3-4 blocks today.', '3-4 blocks');
  has('Referred Dr Lima -> Cusco clinic', 'NAME', 'Lima');
  notFlagged('Seattle -> Reading room at 3pm', 'Reading');
});

test('hospitals named with a Dutch, German or Nordic head, a postcode and town after a spaced dash, a town after a relative in parentheses', () => {
  has('Referred to Dr Veenstra, surgeon, Gelderse Vallei Ziekenhuis\nBetreft', 'LOCATION', 'Gelderse Vallei Ziekenhuis');
  has('Verlegung ins Waldfriede Krankenhaus am 3.5.', 'LOCATION', 'Waldfriede Krankenhaus');
  covered('Studio Medico Ranieri\nVia Nomentana, 118 - 00161 Roma (RM)\nTel 06 5555 0101', '00161 Roma', 'LOCATION');
  has('Contacts: Dragana Petrovic (sister, Zagreb) +385 1 555 0199', 'LOCATION', 'Zagreb');
  // A given name after a relative stays a name.
  has('Contacts: Ivan Horvat (wife, Florence) 555-0101', 'NAME', 'Florence');
});

test('a fixed-width extract cut by the widths its header gives', () => {
  const x = [
    'Nightly extract (fixed width). Layout: MRN(8) LAST(10) FIRST(8) DOB(8) ZIP(5) ACCT(9)',
    '55120931DELACROIX ODETTE  1931041202139B44012877',
    '55120932ONYEKA    CHIDI   1988072294110B44012878',
  ].join('\n');
  has(x, 'MRN', '55120931');
  has(x, 'NAME', 'DELACROIX');
  has(x, 'NAME', 'ODETTE');
  has(x, 'DATE', '19310412');
  has(x, 'LOCATION', '02139');
  has(x, 'ACCOUNT', 'B44012877');
  has(x, 'LOCATION', '94110');
  // Prose with sizes in parentheses is no header.
  notFlagged('Sizes: catheter(14) sheath(6) last(35) used.\nRight radial access, closure device placed, no bleeding', 'closure device');
});

test('a card\'s last four digits, a licence in groups of three after its state, a chart number after an insurer, one identifier found twice', () => {
  has('Property: wallet, credit card ending 0917, keys.', 'ACCOUNT', '0917');
  has('Visa ending in 5521 on file for copays.', 'ACCOUNT', '5521');
  has('Driver licence WI B-203-118-447-902 (restriction none).', 'LICENSE', 'B-203-118-447-902');
  has('Medicaid 77120934B. Chart QR-204417. Daughter present.', 'MRN', 'QR-204417');
  has('Wristband MRN: 66120417\nQR payload ^FDQA,66120417^FS reprinted.', 'MRN', '66120417');
  // An ending that is no card's, a number typed two ways, a study number beside a member number stay as they were.
  notFlagged('Tablets ending 2025 supply.', '2025');
  has('Insurance member ID W771204881. Enrolled in trial, study ID E551209. Age 70.', 'OTHER_ID', 'E551209');
});

test('a long gazetteer town typed in lower case after "in" whatever its ending', () => {
  has('he fished out of the harbor in apalachicola for 20 years', 'LOCATION', 'apalachicola');
  // Short words with Latin endings (anatomy) stay unflagged.
  notFlagged('fluid noted in bursa on ultrasound', 'bursa');
});

test('a store or a pharmacy named with the street it stands on', () => {
  has('Slept in his car behind the Meijer on Alpine Ave for a week.', 'LOCATION', 'Meijer on Alpine Ave');
  has('Called Pharmacy Pill-Box on Harmon Rd re: refill.', 'LOCATION', 'Pill-Box on Harmon Rd');
  has('Fills at Bayou Corner Pharmacy on Gentilly Blvd.', 'LOCATION', 'Bayou Corner Pharmacy on Gentilly Blvd');
  // A person on a street and a generic clinic on a street keep their usual spans.
  has('Seen by Dr Abernathy on 12 Main St today.', 'LOCATION', '12 Main St');
  has('Seen by Dr Abernathy on 12 Main St today.', 'NAME', 'Abernathy');
  has('Met at the Clinic on 40 Elm St.', 'LOCATION', '40 Elm St');
});

test('a shopping arcade, plaza or building before the street of an address line', () => {
  covered('Kalayaan Dental Clinic\nUnit 7C, Golden Arcade, 88 Rizal Ave, Brgy. Poblacion, Makati City 1210', 'Unit 7C, Golden Arcade', 'LOCATION');
  covered('Shop 4, Harbour Plaza, 12 Marine Parade, Napier 4110', 'Harbour Plaza', 'LOCATION');
  // A plaza named in prose without an address after it stays unflagged.
  notFlagged('Met his brother at the plaza, then went home.', 'plaza');
});

test('the second street of an intersection, adult day programs and high schools by their head', () => {
  has('MVC at Wealthy St & 44th St, restrained driver.', 'LOCATION', '44th St');
  has('Goes to Solano Vista Adult Day on weekdays.', 'LOCATION', 'Solano Vista Adult Day');
  has('School: Brookfield Senior High. Coach aware.', 'LOCATION', 'Brookfield Senior High');
  // A street then a lower-case word, and an adult day program without a name, stay as they were.
  notFlagged('attends adult day three times a week', 'adult day');
  notFlagged('Went down Main St and then home.', 'then home');
});

test('an Eircode after a known town, and the town', () => {
  covered('Corrib Family Practice, Dock Road, Wexford Y35 K2P8 Tel 053 555 0101', 'Wexford Y35 K2P8', 'LOCATION');
  // A code of that shape after a word that is no town stays unflagged.
  notFlagged('Dose K25 A4C7 repeated', 'K25 A4C7');
});

test('a street without its number before an overpass, a bridge or a tunnel', () => {
  has('Sleeps under the Kedzie Ave overpass most nights.', 'LOCATION', 'Kedzie Ave');
  has('Found near the Morrison St bridge by police.', 'LOCATION', 'Morrison St');
  // A nasal bridge, and a doctor's name before a street's word, stay as they were.
  notFlagged('nasal bridge intact, no deformity', 'bridge');
  has('Seen by Dr. Ann St bridge clinic', 'NAME', 'Ann St');
});

test('a pharmacy benefit\'s BIN and PCN make a health plan line, footprints are biometric, Japanese and Korean mobiles are phones', () => {
  has('RxBIN 004336, PCN ADV, group RX8812, ID WQT55120934471 on file.', 'HEALTH_PLAN', 'WQT55120934471');
  has('Newborn footprint record NB-FP-25-11873 filed.', 'BIOMETRIC', 'NB-FP-25-11873');
  has('Son Sato Kenta accompanies her, 080-5551-2093.', 'PHONE', '080-5551-2093');
  has('Husband Kim Min-jun, 010-5552-7710, on file.', 'PHONE', '010-5552-7710');
  // A grouped identifier of another shape keeps its type.
  has('Claim 020-5512-0934 opened.', 'OTHER_ID', '020-5512-0934');
});

test('travel identifiers after their labels: booking references, frequent flyer and loyalty numbers', () => {
  has('Cruise cabin 7212, booking ref ZK4T9Q, boarded 3/2.', 'OTHER_ID', 'ZK4T9Q');
  covered('Frequent flyer no. AA 55120934 on the manifest.', 'AA 55120934', 'OTHER_ID');
  has('Pharmacy loyalty card 8822014771 presented.', 'OTHER_ID', '8822014771');
  // A booking reference not yet issued stays unflagged.
  notFlagged('Booking ref: pending confirmation.', 'pending');
});

test('a DICOM header dump typed by its keywords', () => {
  const h = [
    '(0008,0050) AccessionNumber      SH  MR25030400117',
    '(0008,0080) InstitutionName      LO  Quarry Ridge Imaging Center',
    '(0008,0090) ReferringPhysician   PN  OYELOWO^BISOLA',
    '(0010,0020) PatientID            LO  QR00915522',
    '(0010,1010) PatientAge           AS  091Y',
    '(0010,1040) PatientAddress       LO  12 Tamarind Ln^Bexley^OH^43209',
    '(0020,000D) StudyInstanceUID     UI  1.2.840.10008.5.1.4.1.1.4.55120934',
    '(0018,0050) SliceThickness       DS  3.0',
  ].join('\n');
  has(h, 'OTHER_ID', 'MR25030400117');
  has(h, 'NAME', 'OYELOWO^BISOLA');
  has(h, 'MRN', 'QR00915522');
  has(h, 'AGE_OVER_89', '091');
  has(h, 'LOCATION', 'Bexley');
  has(h, 'LOCATION', '43209');
  has(h, 'OTHER_ID', '1.2.840.10008.5.1.4.1.1.4.55120934');
  // The state's code, a younger age and a slice thickness stay unflagged.
  notFlagged(h, '^OH^');
  notFlagged(h, '3.0');
  notFlagged('(0010,1010) PatientAge AS 064Y', '064');
});

test('an iCalendar event\'s dates and unique id', () => {
  const ev = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:visit-55120934@clinic.example.net', 'DTSTAMP:20250402T081500Z', 'DTSTART;TZID=America/Chicago:20250409T140000', 'SUMMARY:Follow-up', 'END:VEVENT', 'END:VCALENDAR'].join('\n');
  has(ev, 'OTHER_ID', 'visit-55120934@clinic.example.net');
  has(ev, 'DATE', '20250402');
  has(ev, 'DATE', '20250409');
  // The time of day after the date stays unflagged.
  notFlagged(ev, '140000');
});

test('named shops by their kind (herb, barber, tire, pawn shops)', () => {
  has('Takes a tea from Golden Lotus Herb Shop daily.', 'LOCATION', 'Golden Lotus Herb Shop');
  has('Works at Delmonico Barber Shop on weekends.', 'LOCATION', 'Delmonico Barber Shop');
  // A shop without a distinctive name stays unflagged.
  notFlagged('Works at a Tire Shop downtown.', 'Tire Shop');
});

test('a Korean road address without a district suffix in the note still opens the address-part rule', () => {
  covered('Home: 41 Hakdong-ro 5-gil, Seoul', '41 Hakdong-ro 5-gil', 'LOCATION');
  // A procedure guided by imaging is no address part.
  notFlagged('Biopsy was CT-guided without complications.', 'CT-guided');
});
