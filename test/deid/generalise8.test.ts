// Generalisation tests, eighth round (docs/deid-history.md, Stop 13): general patterns found in the open train4-train7 sets.
// Every example is new and synthetic (invented names, places and numbers), written for the rule, not copied from any
// evaluation set.
import { test } from 'node:test';

import { covered, has, notFlagged } from '../support/deid.js';

test('the parts of an address after its label, with units, lots and house numbers of other countries', () => {
  const a = 'Ref: 44-B\nAddress: Flat No. 208, Green Meadows Apartments, 3rd Cross, Jayanagar, Mysuru 570011; mob 98450 55512';
  covered(a, 'Flat No. 208', 'LOCATION');
  covered(a, '3rd Cross', 'LOCATION');
  const b = 'Date de naissance: 2 mai 1979\nAdresse: 77, rue Caron, app. 4, Levis (QC) G6V 3K2';
  covered(b, '77, rue Caron, app. 4', 'LOCATION');
  const c = 'pt 63 Address: No. 9 Okafor Close, off Bode Road, Surulere; phone 0803 555 0101';
  covered(c, 'No. 9 Okafor Close, off Bode Road', 'LOCATION');
  covered(c, 'Surulere', 'LOCATION');
  covered('Direccion: Urb. Monte Verde, Calle 12 Bloque 7 #4, Carolina', 'Urb. Monte Verde, Calle 12 Bloque 7 #4', 'LOCATION');
  covered('Lives at Unit 3, 14-16 Banksia St, Cottesloe WA 6011; mob 0412 555 019', 'Unit 3, 14-16 Banksia St', 'LOCATION');
  // No address after the label, an age after "living at" (an age, no address), a remark in parentheses.
  notFlagged('Address: same as above. Phone on file.', 'same as above');
  has('Her aunt is still living at 96, no dementia.', 'AGE_OVER_89', '96');
  notFlagged('Her aunt is still living at 96, no dementia.', 'no dementia');
  notFlagged('Address: RR 1 Box 12, Elkins, WV 26241 (long gravel lane past the chapel)', 'gravel lane');
});

test('a pipe table whose header cells are padded to the width of their column', () => {
  const t = [
    'DIALYSIS CHAIR LIST - Tuesday',
    'Patient              | MRN       | Age | Unit                              | Phone',
    'Marchetti, Dolores   | 7712034   | 93  | Briarwood Dialysis Center          | 555-201-0188',
    'Quon, Harold         | 7712291   | 67  | home                               | 555-201-0144',
  ].join('\n');
  has(t, 'AGE_OVER_89', '93');
  has(t, 'MRN', '7712034');
  has(t, 'MRN', '7712291');
  // A younger age and a cell in lower case only stay unflagged.
  notFlagged(t, '67');
  notFlagged(t, 'home');
});

test('an HL7 name LAST^FIRST in any field, an age as the value of an OBX age observation', () => {
  const msg = [
    'MSH|^~\\&|REG|WESTSIDE|||202502030915||ADT^A04|Q7781|P|2.5.1',
    'PID|1||55120^^^WS^MR||HALVORSEN^INGRID^K||19310207|F',
    'IN1|1|GOLD22|Sunrise Plan||||||||||||HALVORSEN^MAGNUS|SPOUSE|',
    'OBX|1|NM|AGE^Age^L||94|a',
    'OBX|2|NM|WT^Weight^L||94|kg',
  ].join('\n');
  covered(msg, 'HALVORSEN^MAGNUS', 'NAME');
  has(msg, 'AGE_OVER_89', '94');
  // Codes joined by "^" are no names; a weight of 94 kg is no age.
  notFlagged(msg, 'ADT^A04');
  notFlagged(msg, 'WT^Weight^L');
  notFlagged('OBX|2|NM|WT^Weight^L||94|kg', '94');
});

test('natural features and outdoor places named by a head word, hotels named after the word hotel', () => {
  has('EMS: hiker slipped on scree above Tamsin Canyon, carried out.', 'LOCATION', 'Tamsin Canyon');
  has('Truck left at Pebble Lake lot overnight.', 'LOCATION', 'Pebble Lake');
  has('Fell while fishing in Corbett Reservoir.', 'LOCATION', 'Corbett Reservoir');
  has('Itinerary: Kigali 3/2-3/5 (hotel Umubano Heights), then Musanze.', 'LOCATION', 'Umubano Heights');
  // A person whose surname is such a word, a fever named after a place's kind, a common word before a weak head: no place.
  has('Seen with Marianne Lake, her sister.', 'NAME', 'Marianne Lake');
  notFlagged('Had Rocky Mountain spotted fever as a child.', 'Rocky Mountain');
  notFlagged('Multiple Falls this year, uses a walker.', 'Falls');
});

test('a given name and a double-barrelled surname before a verb', () => {
  has('Afebrile overnight. Quillon Abernathy-Vasquez was seen at bedside with his wife.', 'NAME', 'Quillon Abernathy-Vasquez');
  has('Taryn Okafor-Lindqvist reports less pain today.', 'NAME', 'Taryn Okafor-Lindqvist');
  // Hyphenated words that are no surnames stay unflagged.
  notFlagged('Follow-Up Check-In was scheduled.', 'Check-In');
});

test('streets and routes typed in lower case', () => {
  has('hi its me, we r staying at 41 larkspur hollow ct til sunday', 'LOCATION', '41 larkspur hollow ct');
  has('the cvs on route 38. closes at 9', 'LOCATION', 'route 38');
  has('he lives off hwy 112 past the feed store', 'LOCATION', 'hwy 112');
  // Doses, counts and a right side are no street.
  notFlagged('gave 40 mg iv push st then rechecked', '40 mg');
  notFlagged('took 2 tabs po st', '2 tabs');
  notFlagged('ecchymosis on rt 3 fingers', 'rt 3');
});

test('a care site without a head word after a verb of care and at, to or from', () => {
  has('Transport to PeakView Cedar Crossing via Route 9, emergent.', 'LOCATION', 'PeakView Cedar Crossing');
  has('Endocrine referral to Halvorsen Lakeshore Partners for pump start.', 'LOCATION', 'Halvorsen Lakeshore Partners');
  has('She was hospitalized at Eastern Regional Medical Center for sepsis.', 'LOCATION', 'Eastern Regional Medical Center');
  // Units, departments and people after such a verb stay what they are.
  notFlagged('Transferred to MICU for pressors.', 'MICU');
  notFlagged('Referred to Physical Therapy and Cardiology.', 'Cardiology');
  has('Referred to Maribel Quintero, LCSW, for counseling.', 'NAME', 'Maribel Quintero');
});

test('a month and day after Sat (a weekday, not a saturation) before a parenthesis, or before a 24-hour time without its colon', () => {
  has('NIGHT SIGNOUT Sat 11/22 (from Pellegrini)', 'DATE', '11/22');
  has('stuck L index finger 11/20 2350 w needle', 'DATE', '11/20');
  // A pain score before a time, and a fraction before a volume, stay unflagged.
  notFlagged('pain 6/10 1400 gave oxycodone', '6/10');
  notFlagged('drain 3/4 0900 ml emptied', '3/4');
});

test('a surname, a comma and a given name before an age and sex or a gravida/para, or in lower case after a patient label', () => {
  has('micu prog note hd 4\nlindgren, astrid 83f, urosepsis, on levophed', 'NAME', 'lindgren, astrid');
  has('progress note 0700 pt: ostrowski, wanda mrn 5512 rm 4', 'NAME', 'ostrowski, wanda');
  has('L&D board 0600\nRm 2 Okoro, Adaeze G2P1 39+2 active labor', 'NAME', 'Okoro, Adaeze');
  // Words before a comma in a nursing line are no name.
  notFlagged('resp: chest pt done, neb tx given, sats 94%', 'done, neb');
});

test('an initial and a surname in lower case before a credential or after a role', () => {
  has('plan d/w team. cc: k. lindqvist np -- m. oduya-barnes md, pgr 3321', 'NAME', 'k. lindqvist');
  has('plan d/w team. cc: k. lindqvist np -- m. oduya-barnes md, pgr 3321', 'NAME', 'm. oduya-barnes');
  has('code: full. attending d. rosenthal / fellow p. okafor', 'NAME', 'p. okafor');
  // An abbreviation with a dot before a word is no name.
  notFlagged('pt is s. post op day 2, a. fib rate controlled', 'a. fib');
});

test('initials in lower case that sign an entry', () => {
  has('Family updated at bedside.\n-rk (night float)', 'NAME', 'rk');
  has('Note dictated 10/3, transcribed 10/4 (bq)', 'NAME', 'bq');
  has('Seen with Dr. Abara. Scribe tn.', 'NAME', 'tn');
  has('Pt ambulating in hall, steady gait. triage RN jlw', 'NAME', 'jlw');
  has('Prior auth faxed.\nkp for Dr. Lindahl', 'NAME', 'kp');
  // Doses, routes and short words at a line end stay unflagged.
  notFlagged('Tylenol 650 mg\n-po', 'po');
  notFlagged('plan to recheck in am', 'am');
});

test('a name after a role noun, and a user name in parentheses after it', () => {
  has('Truck belongs to friend Lalito (plate 7XK-224).', 'NAME', 'Lalito');
  has('Spoke w billing rep Kaelynn (kbrandt) about the balance.', 'NAME', 'kbrandt');
  has('Pt seen by her cantor Eisenstadt this afternoon.', 'NAME', 'Eisenstadt');
  // Common words and places after such a noun stay unflagged.
  notFlagged('Goes to her friend Group on Tuesdays.', 'Group');
  notFlagged('Interpreter Spanish requested.', 'Spanish');
});

test('other identifiers after a ticket, band, badge, star, share-code or key label; a licence code after "lic"', () => {
  has('Portal issue logged as ticket INC0771345 by the help desk.', 'OTHER_ID', 'INC0771345');
  has('Hold signed by officer Dunleavy star #20917.', 'OTHER_ID', '20917');
  has('Newborn ID band G-25-0093 placed on L ankle.', 'OTHER_ID', 'G-25-0093');
  has('Dexcom share code KQW-81Z2-T7 sent to mom.', 'OTHER_ID', 'KQW-81Z2-T7');
  has('Marisol Fenn, PT, DPT lic PT-9902', 'LICENSE', 'PT-9902');
  // The note says it is none; an ICD code is no identifier.
  notFlagged('IT ticket INC0071190 (not PHI) closed.', 'INC0071190');
  notFlagged('ICD code E11.9 entered.', 'E11.9');
});

test('a local phone number after a cue, died at an age of 90 or more, a campus named by a short form and a town', () => {
  has('she left her number for the chaplain: 555-0177, ok to call', 'PHONE', '555-0177');
  has('FH: sister Morag d. at 96 of "old age".', 'AGE_OVER_89', '96');
  has('Sophomore at UC Irvine, home for break.', 'LOCATION', 'UC Irvine');
  // A count and a younger age stay unflagged.
  notFlagged('Ran 555-0177 steps? no: ran 5 km.', '555-0177');
  notFlagged('FH: sister Morag d. at 76 of stroke.', '76');
});

test('a town typed as a person: after "from", before a police department, in parentheses or after a comma after a place', () => {
  has('1130 son Bertrand called from Altoona, updated.', 'LOCATION', 'Altoona');
  has('Car towed by Kenosha PD this morning.', 'LOCATION', 'Kenosha');
  has('Rx at Lindqvist Pharmacy (Ashtabula) 555-201-0166.', 'LOCATION', 'Ashtabula');
  has('Volunteer from Temple Beth Shalom visited.', 'LOCATION', 'Temple Beth Shalom');
  // A person named like a town after "Dr." stays a person.
  has('Consult from Dr. Madison pending.', 'NAME', 'Madison');
});

test('the label before a generic identifier types it as a health plan, an account or a fax', () => {
  has('Ins: Brightline 55120934B. Copay $20.', 'HEALTH_PLAN', '55120934B');
  has('Accts: 2200915544 (ED 3/2/25), 2200917781 (adm 3/9/25).', 'ACCOUNT', '2200917781');
  has('Oak Family Medicine ph 614-555-0102 f 614-555-0103 Re: refill', 'FAX', '614-555-0103');
  // A phone number after another phone number keeps its type.
  has('ph 614-555-0102 f/u call 614-555-0199 tomorrow', 'PHONE', '614-555-0199');
});

test('the speaker of a chat log before a time and a colon, and the speaker\'s other mentions', () => {
  const chat = '[secure chat]\nmarisol k 21:14: handing off 2 to @benedikt.\nbenedikt 21:15: ok\nmarisol k 21:16: thx benedikt';
  has(chat, 'NAME', 'marisol k');
  has(chat, 'NAME', 'benedikt');
  covered(chat, 'benedikt.', 'NAME');
  // A time after a word at a line start in a log is no speaker unless a name can be.
  notFlagged('vitals 21:14: stable', 'vitals');
});

test('a care site named before a supply, transport or peds head; a saint\'s name with its possessive; a name before a rarer credential; an id in lower case', () => {
  has('Walker delivered by Quinebaug Medical Supply today.', 'LOCATION', 'Quinebaug Medical Supply');
  has('f/u w peds (Maplecrest Peds) 12/2.', 'LOCATION', 'Maplecrest Peds');
  has('Plan: back to St. Brendan\'s tomorrow.', 'LOCATION', 'St. Brendan\'s');
  has('Filled; checked by Jordan Whitlock-Ames, CPhT; verified.', 'NAME', 'Jordan Whitlock-Ames');
  has('Athletic trainer Sandy Marsh, ATC (lic AT-2211).', 'NAME', 'Sandy Marsh');
  has('(phone interp co, id 77120).', 'OTHER_ID', '77120');
  // Generic words before such a head, and an infectious disease section, stay unflagged.
  notFlagged('Night float | Gen Peds, 4th floor', 'Gen Peds');
  notFlagged('ID: TMAX-99 overnight, cultures sent', 'TMAX-99');
});

test('dictation in lower case: a surname after a title, initials after "transcribed:", a care home named in lower case', () => {
  has('copy to doctor gale at mercy. end of dictation', 'NAME', 'gale');
  has('Transcribed: rjq', 'NAME', 'rjq');
  has('she wants to stay at willow brook assisted living after rehab', 'LOCATION', 'willow brook');
  has('fell at the cedar knoll home, pls call', 'LOCATION', 'cedar knoll');
  // A title in lower case before a word, and a home that is someone's, stay unflagged.
  notFlagged('i miss work and my doctor visit went fine', 'work');
  notFlagged('she went back to her daughters home', 'daughters');
});

test('a name after a role noun whose surname is also a word, and a name in parentheses after a role', () => {
  has('strength coach Sterling Price. vest serial on file', 'NAME', 'Sterling Price');
  has('overnight no events per rn (tasha). afebrile', 'NAME', 'tasha');
  // A word in parentheses after a role stays unflagged.
  notFlagged('per rn (stable). afebrile', 'stable');
});

test('a place\'s first word alone names that place again; templates, device tags and user names typed by their labels', () => {
  const t = 'Transfer list: Thistledown Manor SNF, Linden Court. Thistledown accepted, bed Wed.';
  has(t, 'LOCATION', 'Thistledown');
  has('selfie liveness template LV-55120-QX recorded', 'BIOMETRIC', 'LV-55120-QX');
  has('Security: Hugs tag HT-00771234 placed L ankle.', 'DEVICE', 'HT-00771234');
  has('locked account, user name bqrenfield. Identity check done', 'NAME', 'bqrenfield');
  // A word that opens a place's name and is a common word stays unflagged alone.
  notFlagged('Seen at Bright Horizons Clinic. Bright and alert today.', 'Bright and');
});

test('a surname in capitals, a comma and a given name before "is a" and an age; name parts after a field label without its colon', () => {
  has('INPATIENT 2025-11-16 TRAN-HOANG, Linh is a 47F admitted for cellulitis', 'NAME', 'TRAN-HOANG, Linh');
  has('Applicant: family name DA SILVA COSTA, given names ANA LUIZA DOB 1990-03-02', 'NAME', 'ANA LUIZA');
  // A label's words after "name" stay out.
  notFlagged('Patient name verified; DOB verified.', 'verified;');
});

test('a children\'s hospital named by its first word; both ends of a range of full dates', () => {
  has('ED visit at Geller Children\'s for croup', 'LOCATION', 'Geller Children\'s');
  has('Accts: 2200 (adm 3/14/2024-3/20/2024), paid', 'DATE', '3/14/2024');
  has('Accts: 2200 (adm 3/14/2024-3/20/2024), paid', 'DATE', '3/20/2024');
  notFlagged('the children\'s play area was closed', 'children');
});

test('the parts of an address between two places on its line', () => {
  const a = 'Rua das Flores, 220, apto 31, Pinheiros, Sao Paulo - SP, 05422-001';
  has(a, 'LOCATION', 'Pinheiros');
  // A person or a department between two places stays what it is.
  has('Seen at Mercy Hospital, Maria Lopez, Boston', 'NAME', 'Maria Lopez');
  notFlagged('Seen at Mercy Hospital, Cardiology, then Boston Medical Center', 'Cardiology');
});

test('a facility whose head word comes first; licence numbers of other shapes after their labels', () => {
  has('Infusion center: Hospital Oswaldo-Cruz. Husband helps.', 'LOCATION', 'Hospital Oswaldo-Cruz');
  has('Dr Emeka Obi, MDCN MDCN/R/55190', 'LICENSE', 'MDCN/R/55190');
  has('Ohio license 35.227190 | Ph 419-555-0100', 'LICENSE', '35.227190');
  has('FL license ME 221904; co-defendant', 'LICENSE', 'ME 221904');
  // A hospital's course or day, and a head after a name, stay as they were.
  notFlagged('Hospital Course: uneventful. Hospital Day 3: afebrile.', 'Course');
  notFlagged('license expires 12.2025', '12.2025');
});

test('languages after an interpreter are no names; a ward and its number end a care site', () => {
  notFlagged('interpreter (Tigrinya) booked; interpreter Amharic present', 'Amharic');
  notFlagged('Transferred to Anne Ward 5 west.', 'Ward 5');
  has('Spoke w billing rep Kaelynn (kbrandt) about the balance.', 'NAME', 'Kaelynn');
});

test('a given name in lower case that signs a message after a dash at its end', () => {
  has('pls send the form to my email for the billing thing.\n- dana', 'NAME', 'dana');
  has('ok see you then\n-jess', 'NAME', 'jess');
  // List items after dashes stay unflagged.
  notFlagged('Plan:\n- none\n- stable', 'none');
});

test('a care site named in lower case with its head after at, to or from', () => {
  has('pcp dr fairweather at quonset harbor health ctr, f/u 1 wk', 'LOCATION', 'quonset harbor health ctr');
  has('had his TURP at reisterstown hospital in 2016', 'LOCATION', 'reisterstown hospital');
  // Generic and abbreviated words before a head stay unflagged.
  notFlagged('was o2 dep at prev rehab site', 'prev rehab');
  notFlagged('transferred to the other hospital', 'other hospital');
});

test('a given name before a credential in parentheses; a surname and given name before a gravida/para after a column gap', () => {
  has('10:22 AM call taken by Crystal (MA). Caller: son', 'NAME', 'Crystal');
  has('Rm 5 Okoro, Adaeze  G4P3 36+1 PPROM', 'NAME', 'Okoro, Adaeze');
  // A drug before a route in parentheses stays unflagged.
  notFlagged('took Tylenol (PO) at 9', 'Tylenol');
});

test('a postcode at the very start of a text, before a place, gives a span inside the text', () => {
  // (Before Stop 13 the span started at -1.)
  const t = '88123 Sarova Hospital';
  has(t, 'LOCATION', '88123');
});
