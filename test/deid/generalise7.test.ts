// Generalisation tests, seventh round (docs/deid-history.md, Stop 12): general patterns found in the open train4, train5
// and train6 sets. Every example is new and synthetic (invented names, places and numbers), written for the rule,
// not copied from any evaluation set.
import { test } from 'node:test';

import { covered, has, notFlagged } from '../support/deid.js';

test('an age of 90 or more right after a name, between commas or in parentheses', () => {
  has('Resident: Wendell Abernath, 94, admitted overnight with a UTI.', 'AGE_OVER_89', '94');
  has('Seen with Mrs. Oduya (ninety-three) and her son.', 'AGE_OVER_89', 'ninety-three');
  has('Her brother Casimir, 101, still lives in Marlow.', 'AGE_OVER_89', '101');
  has('Mr. Grell (96) refuses the walker.', 'AGE_OVER_89', '96');
  // Younger ages, and numbers that are no ages, stay unflagged.
  notFlagged('Resident: Wendell Abernath, 74, admitted overnight.', '74');
  notFlagged('Seen with Mrs. Oduya, 95 mg aspirin daily.', '95');
});

test('a phone number spoken digit by digit', () => {
  has('please call me back at three one two five five five zero one eight four thanks', 'PHONE', 'three one two five five five zero one eight four');
  has('my number is seven oh three, five five five, oh nine two one, call after six', 'PHONE', 'seven oh three, five five five, oh nine two one');
  has('fax it to two one four five five five zero one six six please', 'FAX', 'two one four five five five zero one six six');
  // A few number words in a row are no phone number.
  notFlagged('took one two three steps, then four five more', 'one two three');
});

test('a name before "\'s" and a relative', () => {
  has("hi its priya, tomasz's mum. he vomited twice", 'NAME', 'tomasz');
  has("Spoke with Brennagh's husband by phone.", 'NAME', 'Brennagh');
  // A common word or a title before "'s" is no name.
  notFlagged("The patient's daughter called.", 'patient');
  notFlagged("Doctor's wife visited.", 'Doctor');
});

test('a month and a day before a time of day or after a weekday', () => {
  has('she wandered out again\n4/9 6:45 PM aide found her in the hall', 'DATE', '4/9');
  has('Day 3 (Thu 12/5): extubated.', 'DATE', '12/5');
  // A saturation or a score after "Sat" stays unflagged.
  notFlagged('Sat 4/10 pain after PT', '4/10');
});

test('both ends of a range of dates written with month names', () => {
  has('Away at her cousin\'s from Oct 3-Feb 11, meds mailed.', 'DATE', 'Oct 3');
  has('Away at her cousin\'s from Oct 3-Feb 11, meds mailed.', 'DATE', 'Feb 11');
});

test('a known place after a verb of living or travel is a place, not a person', () => {
  has('Her nephew drives from Warren every weekend.', 'LOCATION', 'Warren');
  has('Hija Maribel Ocasio vive en Orlando.', 'LOCATION', 'Orlando');
  has('Her son drives from Paterson daily.', 'LOCATION', 'Paterson');
  has('Travel: flew to Rapid City for the funeral.', 'LOCATION', 'Rapid City');
  // States are not annotated, even after such a verb.
  notFlagged('The family is moving from Georgia next month.', 'Georgia');
});

test('postcodes next to a place, and cities written head first', () => {
  covered('2-8-11 Nishiogi, Suginami-ku, Tokyo 167-0042; TEL 03-5555-0177', '167-0042', 'LOCATION');
  covered('Rua das Palmeiras, 88, Campinas - SP, 13015-210; tel (19) 5555-0142', '13015-210', 'LOCATION');
  has('Calle Ocampo 17, Coyoacan, 04100 Ciudad de Mexico', 'LOCATION', '04100');
  has('Calle Ocampo 17, Coyoacan, 04100 Ciudad de Mexico', 'LOCATION', 'Ciudad de Mexico');
  has('Family lives in Sao Carlos, Brazil.', 'LOCATION', 'Sao Carlos');
  // A number after a facility in a table is no postcode; nor is a year.
  notFlagged('visit,Riverbend Regional Health Care,4471,AC-100', '4471');
  notFlagged('moved to Tokyo 2019; works remotely', '2019');
});

test('a coded identifier after a case, report, participant or ID label', () => {
  has('Coroner case CX24-1187 opened.', 'OTHER_ID', 'CX24-1187');
  has('Interpreter: Tigrinya, ID TG-4410 (Senait).', 'OTHER_ID', 'TG-4410');
  has('Dog bite reported to county, report AC-24-9917.', 'OTHER_ID', 'AC-24-9917');
  has('Enrolled: participant KX-0583, arm B.', 'OTHER_ID', 'KX-0583');
  has('Asylum file A# A-208-331-574 on record.', 'OTHER_ID', 'A-208-331-574');
  // Too few digits: no identifier.
  notFlagged('report ECG-12 attached', 'ECG-12');
});

test('a name before the head word of a facility names the facility', () => {
  has('Implanted at Baptist Heart Institute last spring.', 'LOCATION', 'Baptist Heart Institute');
  has('Site: Corwin Ashby Woods Center, unit 3.', 'LOCATION', 'Corwin Ashby Woods Center');
  has('Temporary address: 518-12 Harbour St, Halifax.', 'LOCATION', '518-12 Harbour St');
  // A person called Street or Hall stays a person.
  has('HPI: Delphine Street, 61, presents with dyspnea.', 'NAME', 'Delphine Street');
  has('Spoke with Corbin Hall by phone.', 'NAME', 'Corbin Hall');
});

test('the words that open a place name before a saint or an article are part of it', () => {
  has('Our Lady of Mercy Clinic\n14 Harbor Rd', 'LOCATION', 'Our Lady of Mercy Clinic');
  has('Stop 2: Los Fresnos Family Medicine - 4 tubes', 'LOCATION', 'Los Fresnos Family Medicine');
  has('Seen at Providence St. Agnes Heart Center today', 'LOCATION', 'Providence St. Agnes Heart Center');
});

test('a name after a patient label with its age after a comma', () => {
  has('Patient: Oswin Farrady, 63, admitted for cellulitis.', 'NAME', 'Oswin Farrady');
});

test('a town of the gazetteer typed in lower case after from, in or near', () => {
  has('retired welder from pawtucket, wife at bedside', 'LOCATION', 'pawtucket');
  // Anatomy with a Latin ending is no town.
  notFlagged('fluid not in bursa, joint aspirated', 'bursa');
});

test('the label before a generic identifier types it', () => {
  has('Pt: Odell, Rhea (f, 44)   Chart Q-55102   Delta Dental', 'MRN', 'Q-55102');
  has('Two charts: MRNs 66120473 / 66120474 merged.', 'MRN', '66120474');
  has('Claimant DOB 02/02/1970, MRN (if known) 07719342, dates of service', 'MRN', '07719342');
  has('Dr. Paloma Ruiz, Col. No. 280551937', 'LICENSE', '280551937');
  has('Dra. Irene Solis, Ced. Prof. 5520874', 'LICENSE', '5520874');
  has('Counsel: Teodoro Lane, Esq., Georgia Bar 0412276, for the plaintiff.', 'LICENSE', '0412276');
  has('Hospital account (HAR) 6102938475   Guarantor on file', 'ACCOUNT', '6102938475');
  has('Bank acct for refunds (savings) 000551907342, routing on file.', 'ACCOUNT', '000551907342');
  has('Policy/App # WK-55019283 on the claim form', 'ACCOUNT', 'WK-55019283');
  has('Hollis, Marta  DOB 3/3/1975  Member ZQA55102938-01  Rx: topiramate', 'HEALTH_PLAN', 'ZQA55102938-01');
  // A registry's record in parentheses is no medical record number.
  has('Vaccines up to date (state registry record ST-IIS-5510293).', 'OTHER_ID', 'ST-IIS-5510293');
});

test('the last four digits of a social security number', () => {
  has('Identity check: last-4 SSN 8812 matched.', 'SSN', '8812');
  has('SSN (last 4): 3390, confirmed by phone', 'SSN', '3390');
});

test('nicknames in quotes after a cue, and their other mentions', () => {
  has('Client: Bartholomew Ekwueme (prefers "Bram")  DOB 2/2/1990', 'NAME', 'Bram');
  has('10:40 caller "Skip" asking about refills', 'NAME', 'Skip');
  has('10:40 caller "Skip" asking about refills.\n10:55 Skip called back.', 'NAME', 'Skip');
  has('Cared for by foster mother "Auntie Pearl" since birth.', 'NAME', 'Auntie Pearl');
});

test('the name part left out of a name found next to it', () => {
  has('Surrogate: Ysolde Brannigan, 29, G2P2', 'NAME', 'Ysolde Brannigan');
  has('this is doctor ines marsh dictating a note', 'NAME', 'ines marsh');
  // A label at a line start is no given name.
  has('Claimant Odessa R. Pennington   SSN 123-45-6789', 'NAME', 'Odessa R. Pennington');
});

test('a given name that is also a word, after a relative and before a verb', () => {
  has('Night update: wife Mercedes says he slept.', 'NAME', 'Mercedes');
  has('the nurse, i think her name was Joy, helped us', 'NAME', 'Joy');
  has('social: son bill called for an update', 'NAME', 'bill');
  // A word that is no given name stays a word.
  notFlagged('social: son will call tomorrow', 'will');
});

test('around a place: the noun of its kind, a facility head, a town after a comma or a dash', () => {
  has('Resident of Kodihalli village, Mandya district.', 'LOCATION', 'Kodihalli village');
  has('Lives at Juniper Court Assisted Living, Mobile.', 'LOCATION', 'Juniper Court Assisted Living');
  has('Works at Marshall Univ bookstore.', 'LOCATION', 'Marshall Univ');
  has('QuickCare Urgent Care, Boise   08/03/2025', 'LOCATION', 'Boise');
  has("place of birth Kenner Baptist Women's Pavilion, Metairie.", 'LOCATION', "Kenner Baptist Women's Pavilion");
  // A state after a town and a comma is not annotated.
  notFlagged('QuickCare Urgent Care, Idaho, 08/03/2025', 'Idaho');
});

test('a phone number spoken after "at", whatever the verb', () => {
  has('could you text her at four one five five five five zero one two two thanks', 'PHONE', 'four one five five five five zero one two two');
});

test('more date shapes: a year and a month, a short dotted date, a dotted day and month, an ordinal day', () => {
  has('Transfused at a district hospital 2011-07; records requested.', 'DATE', '2011-07');
  has('Day 5 (14.03.24): extubated.', 'DATE', '14.03.24');
  covered('Stress test on 17.3. positive at 75 W.', '17.3', 'DATE');
  has('she was left alone on the night of the 22nd and fell', 'DATE', '22nd');
  // An ordinal that counts things, and year ranges, stay unflagged.
  notFlagged('moved to the 4th floor today', '4th');
  notFlagged('served 1968-69 overseas', '1968-69');
});

test('a name after a postcode, or ending with City, is a town', () => {
  has('Direccion: Calle de Toledo 12, 2o dcha., 28005 Madrid', 'LOCATION', 'Madrid');
  has('Direccion: Calle de Toledo 12, 2o dcha., 28005 Madrid', 'LOCATION', '28005');
  has('prior surgery at Cho Ray Hospital, Ho Chi Minh City in 2012', 'LOCATION', 'Ho Chi Minh City');
});

test('a name of words before a comma and a credential, and a given name that is a word found again', () => {
  has('Wound photo reviewed by J. Ward, CWOCN. Plan: barrier ring.', 'NAME', 'J. Ward');
  has('Session notes: Autumn Marsh, LMFT.', 'NAME', 'Autumn Marsh');
  has('Seen with fellow Dr. Page Whitcombe. Page agrees with the plan.', 'NAME', 'Page');
  // ATC (around the clock) is no credential: the drug before it stays unflagged.
  notFlagged('receiving Tylenol ATC, pain controlled.', 'Tylenol');
});

test('a name typed in lower case after a label and its colon', () => {
  has('Patient: orla m. brennan   DOB 02-14-1981   PDMP checked', 'NAME', 'orla m. brennan');
  // Findings after the label stay unflagged.
  notFlagged('Patient: alert and oriented x3, DOB on file', 'alert');
});

test('identifiers in a list, after Rx, and after a name with a number sign', () => {
  has('Early fill approved; Rx 553017 and 553018 sent.', 'OTHER_ID', '553018');
  has('Early fill approved; Rx 553017 and 553018 sent.', 'OTHER_ID', '553017');
  has('Hearing aids (Oticon SN 3318B0551 / 3318B0552) with resident.', 'DEVICE', '3318B0552');
  has('Detainee: HOLLOWAY, MARCUS T.   #771930   DOB 05/05/1979', 'OTHER_ID', '771930');
  // A dose after Rx is no identifier.
  notFlagged('Rx 500000 units of vitamin D weekly', '500000');
});

test('a surname that is also a word after a given name found alone, before punctuation', () => {
  has('Placed with foster parents Curtis and Renee Bright, 12 Alder Ln.', 'NAME', 'Renee Bright');
  // A clinical word after a given name stays out of the name.
  notFlagged('Seen with Renee; Bright red blood per rectum noted.', 'Bright');
});
