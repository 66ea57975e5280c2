// Stop 27 (place-parts.ts): the parts of a place beside a place found that the rules read apart or not at all: a
// street's kind written short before its name, a facility's kind in lower case after its name, the house's number
// after a street written name first, a street's quarter of the compass, a flat's number. Values are invented; each
// check of a part found fails on stop 26's code.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { detect } from '../../src/deid/index.js';

import { typedExactly, untouched } from './span-checks.js';

test("a street's kind written short before its name, and the house's number after it", () => {
  typedExactly('Home address: vul. Sadova 17, Zhytomyr. Seen for cough.', ['vul. Sadova 17'], 'LOCATION');
  typedExactly('Lives at Rehov Hagefen 31. Walks with a frame.', ['Rehov Hagefen 31'], 'LOCATION');
  typedExactly('Address: str. Trandafirilor nr. 14, Bacau', ['str. Trandafirilor nr. 14'], 'LOCATION');
  typedExactly('Lives with daughter at Birkelunden gatve 88, Kaunas.', ['Birkelunden gatve 88'], 'LOCATION');
  // (Negatives: a dose, a count by place, a ward's number, a year.)
  untouched('Plan: Av. 2 tabs daily, Str. 5 mg. Ward 3, bed 12.', ['Av', 'Str', 'Ward 3', 'bed 12']);
  untouched('Boston 12, Chicago 7, Denver 3 cases reported.', ['12', '7', '3 cases']);
  untouched('Lives with husband on Elm Street. 2 children.', ['2 children']);
});

test("a facility's kind in lower case after its name", () => {
  typedExactly('Next appointment at Fjellheim legesenter on Monday.', ['Fjellheim legesenter'], 'LOCATION');
  typedExactly('Follow-up at Vilkpedes poliklinika next week.', ['Vilkpedes poliklinika'], 'LOCATION');
  untouched('Spoke with district nurse; skole visit next week planned by social worker.', ['skole']);
  untouched('Temple pain on the left side. Attends mosque on Fridays with family.', ['Temple', 'mosque']);
});

test("a street's quarter of the compass and a flat's number", () => {
  typedExactly('Works at the depot on Ridgeway Ave NW, mornings only.', ['Ridgeway Ave NW'], 'LOCATION');
  typedExactly('Moved from Flat 7, Thornbury Court, Bristol to be near her son.', ['Flat 7, Thornbury Court'], 'LOCATION');
  untouched('Sodium 134, Chloride 98 N. Heart rate 88 S1 S2 normal. Flat 2 affect noted.', ['98 N', 'S1', 'Flat 2']);
  untouched('Unit 5, ward round done, Suite 3 theatre list. Taken to Mercy Hospital S wing for scan.', ['Unit 5', 'Suite 3', 'S wing']);
});

test('a care site or a street named after a doctor', () => {
  typedExactly('Seen at Hospital Dr. Gervasio Lunardi for chest pain.', ['Hospital Dr. Gervasio Lunardi'], 'LOCATION');
  typedExactly('Referido desde CESFAM Dr. Eliseo Marambio, Quilicura.', ['CESFAM Dr. Eliseo Marambio'], 'LOCATION');
  // (A site, then its doctor; a title without its point.)
  typedExactly('Royal Hospital Dr. Smith on call. Spital Dr Weber will call back.', ['Smith', 'Weber'], 'NAME');
  untouched('Discussed at Hospital today; Dr. Jones agreed.', ['Hospital']);
});

test("the joined rest of a site's or a town's name", () => {
  typedExactly('Follow-up arranged at Harwick Centre for Sexual Health next month.', ['Harwick Centre for Sexual Health'], 'LOCATION');
  typedExactly('Seen at Dunmore Institute of Oncology and Radiology, Almaty.', ['Dunmore Institute of Oncology and Radiology'], 'LOCATION');
  typedExactly('Report to Kelso Health and Welfare Center.', ['Kelso Health and Welfare Center'], 'LOCATION');
  typedExactly('From: Dr Ross, Avonford Royal Hospital for Children', ['Avonford Royal Hospital for Children'], 'LOCATION');
  typedExactly('Home address in Spain: Calle Mayor 3, Alcala de Henares.', ['Alcala de Henares'], 'LOCATION');
  // (A care, a test or a day after "for"; a time after "de"; two sites.)
  untouched('Seen at Mercy Hospital for Chest Pain, discharged. Booked at Leeds Hospital for Monday morning.', ['Chest', 'Pain', 'Monday']);
  untouched('Sent to Al-Zahra Hospital for ERCP. Lives in Madrid de Lunes a Viernes con su hija.', ['ERCP', 'Lunes']);
});

test("a street's name of common words after a cue, or as a field between a site and a town", () => {
  typedExactly('Lunch at the Copper Kettle on Main St; eggs from the farm.', ['Main St'], 'LOCATION');
  typedExactly('GP is Dr Ruairi Kane, Chapel Street, Ballinrobe.', ['Chapel Street'], 'LOCATION');
  untouched('MVC on wet road, car vs tree. Seen on Monday St clinic. Found on Floor St by nurse.', ['wet', 'Monday', 'Floor']);
  untouched('cyclist on main rd hit by car, on busy rd, taken to the ward by the crew.', ['main', 'busy']);
  untouched('CV: 90-100 IN AM ST..DECREASED TO 80S AFTER LOPRESSOR. LUNGS CLEAR, PT RESTING QUIETLY.', ['AM ST']);
});

test("a house's number, a street's name of common words and its kind, in a text of one case", () => {
  typedExactly('LOC: 5520 OLD MILL RD  X-ST HARBOR AVE  PATIENT IS ALERT AND TALKING, NO DISTRESS NOTED ON ARRIVAL.', ['5520 OLD MILL RD'], 'LOCATION');
  typedExactly('ADDRESS FOR POLICE (HOUSE WAS LEFT OPEN): 23 ASHLEY RD, GREET, B11 2UE. PREVIOUS ADMISSION NOTED.', ['23 ASHLEY RD'], 'LOCATION');
  untouched('PT GIVEN 2 PUFFS ST. 3 DAYS ST. HR 98 IN ST, 12 LEAD DONE ST. WALKED 20 FEET DOWN THE HALL TODAY.', ['PUFFS', 'DAYS', 'LEAD']);
});

test("the review's false positives: averages, roles, lymph nodes, a site's doctor, a service after a town", () => {
  // ("ave" of an average, "rd" of a dietitian, "ln" of a lymph node.)
  untouched('bp on home monitoring ave 135/85, glucose on libre ave 8.2 mmol. HR on Holter Ave 72.', ['home', 'monitoring', 'libre', '135/85', '72']);
  untouched('input from community rd, referral from diabetes rd, handover from night rd', ['community', 'diabetes', 'night']);
  untouched('ct: 2 supraclavicular ln. us neck: 4 oval ln, hilum preserved. 3 paratracheal ln.', ['supraclavicular', 'oval', 'paratracheal']);
  // (A surname alone after a site's head is the site's doctor.)
  untouched('Discussed with Hospital Dr. Smith (medical registrar). Hospital Dr. Patel on call tonight.', ['Hospital']);
  // (A service or a time after a town in running text.)
  untouched('Consulta en Madrid de Cardiologia. Ingresado en Barcelona de Madrugada. Derivado a Toledo de Traumatologia.', ['Cardiologia', 'Madrugada', 'Traumatologia']);
  // (A term's last word, an airport's gate, a phrase and an idiom of title case.)
  untouched('Flew from Heathrow gate 23, seated 14C. Landed at Gatwick gate 12.', ['gate 23', 'gate 12']);
  const term = 'Factor Xa Hanoi study.';
  assert.ok(!detect(term).some((x) => x.start < term.indexOf('Xa') + 2 && x.end > term.indexOf('Hanoi')), 'Xa Hanoi joined');
  untouched('Stuck in Fast Lane traffic. Reminiscence therapy via Memory Lane. Crescent sign seen in Air Crescent.', ['Fast', 'Memory', 'Air Crescent']);
});
