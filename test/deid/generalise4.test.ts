// Generalisation tests, fourth round: product models versus serial numbers, nicknames beside a name,
// named buildings outside address lines, states and provinces of other countries, places in lower-case
// text after a residence phrase, names in scripts other than Latin, and towns from the gazetteer. Every
// example is new and synthetic (invented names, places and numbers), written for the rule, not taken from
// any evaluation set.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { covered, found, has, notFlagged } from '../support/deid.js';

test('a product model is no identifier; a serial number is', () => {
  notFlagged('Switched to an Omnipod 5 pod system last spring.', '5');
  notFlagged('Uses a Tandem t:slim X2 pump with a Libre 3 sensor.', 'X2');
  notFlagged('CGM: Eversense E3 implanted 2023.', 'E3');
  notFlagged('Model 670G pump, model number MMT-1780K.', '670G');
  notFlagged('Model 670G pump, model number MMT-1780K.', 'MMT-1780K');
  notFlagged('Device model XT4410 in use.', 'XT4410');
  // The serial beside the model is still found.
  has('Pump model MMT-1780K, serial NG8830214H', 'DEVICE', 'NG8830214H');
  has('Model: A32Q, S/N: RQX-220918', 'DEVICE', 'RQX-220918');
  has('Sensor SN 7TQ44K0912 replaced.', 'DEVICE', '7TQ44K0912');
  has('Device ID: E3-551902', 'DEVICE', 'E3-551902');
});

test('a nickname in brackets or quotes beside a name is part of the name', () => {
  const a = 'Seen today: Oluwaseun (Seun) Adebanjo with his sister.';
  covered(a, 'Oluwaseun (Seun) Adebanjo', 'NAME');
  const b = 'Bex (Rebecca) Thornbury attended with her partner.';
  covered(b, 'Bex (Rebecca) Thornbury', 'NAME');
  const c = "Margaret 'Peggy' Hollinshead, 84, lives alone.";
  covered(c, "Margaret 'Peggy' Hollinshead", 'NAME');
  const d = 'Reviewed Thaddeus "Tad" Wojcikowski on the ward.';
  covered(d, 'Thaddeus "Tad" Wojcikowski', 'NAME');
  const e = 'Pt: Okonkwo, Chidinma (Chi) DOB 04/11/1961';
  covered(e, 'Chi', 'NAME');
  // A role, a credential, a department or a language in brackets is no nickname.
  notFlagged('Spoke with Ingrid Solheim (Daughter) by phone.', 'Daughter');
  notFlagged('Plan agreed with Ruairi Costigan (PCP) today.', 'PCP');
  notFlagged('Letter from Dr Hana Kubota (Cardiology) received.', 'Cardiology');
  notFlagged('Imelda Varga (Hungarian) needs an interpreter.', 'Hungarian');
});

test('named buildings and wings outside address lines are places', () => {
  has('Seen in clinic at the Ashgrove Pavilion, level 2.', 'LOCATION', 'Ashgrove Pavilion');
  has('Moved to the Pemberly Wing for step-down care.', 'LOCATION', 'Pemberly Wing');
  has('Day programme at Tallis House on Thursdays.', 'LOCATION', 'Tallis House');
  has('Admitted from Elmstead Manor care facility.', 'LOCATION', 'Elmstead Manor');
  // People whose surname is a building word, and generic parts of a hospital, are not.
  has('Grace Hall called about her mother.', 'NAME', 'Grace Hall');
  covered('Dr. Simon House reviewed the films.', 'Simon House', 'NAME');
  notFlagged('Seen in the East Wing outpatient area.', 'East Wing');
  notFlagged('Report to the Main Building reception.', 'Main Building');
});

test('states and provinces of other countries are neither names nor places; the town before them is', () => {
  const a = 'Retired to Penticton, British Columbia in 2019.';
  has(a, 'LOCATION', 'Penticton');
  notFlagged(a, 'British Columbia');
  const b = 'Grew up in Dubbo, New South Wales.';
  has(b, 'LOCATION', 'Dubbo');
  notFlagged(b, 'New South Wales');
  const c = 'Referred from Oudtshoorn, Western Cape.';
  has(c, 'LOCATION', 'Oudtshoorn');
  notFlagged(c, 'Western Cape');
  // A town missing from the gazetteer, before ", <province>", is a place too.
  has('Family farm near Ballyvorneen, Nova Scotia.', 'LOCATION', 'Ballyvorneen');
  notFlagged('Lives in Gisborne, Hawke\'s Bay.', "Hawke's Bay");
  notFlagged('Previously treated in Lucknow, Uttar Pradesh.', 'Uttar Pradesh');
  // A region that is also a city stays a place.
  covered('Moved from Rio de Janeiro last year.', 'Rio de Janeiro');
});

test('lower-case text: a place after a residence or trip phrase', () => {
  const lc = 'pt is a 71yo man, lives in kilmacud with his wife, moved to cape town in the 80s and back again. ';
  has(lc + 'no falls. walks with frame.', 'LOCATION', 'kilmacud');
  has(lc + 'no falls. walks with frame.', 'LOCATION', 'cape town');
  has('pt is a resident of drumcondra, widowed, son visits daily. no stairs at home. uses frame.', 'LOCATION', 'drumcondra');
  has('she is originally from tralee and speaks irish. daughter is next of kin. no carers.', 'LOCATION', 'tralee');
  has('pt lives in castle hill w her husband, independent with adls, drives. no carers at present.', 'LOCATION', 'castle hill');
  // Units, modes, procedures and homes after the same words are not places.
  const neg = 'pt returned to simv overnight, returned from cath lab at 2am, lives in nh, moved to icu from ed. no falls. ';
  notFlagged(neg, 'simv');
  notFlagged(neg, 'nh');
  notFlagged(neg, 'icu');
  notFlagged('pt lives in a bungalow with his wife and moved to sheltered housing. no falls, no carers, independent.', 'sheltered');
});

test('names in scripts other than Latin, after a name label or beside a Latin name', () => {
  has('Patient: 陈静怡  Sex: F  Age: 54', 'NAME', '陈静怡');
  has('Name: 이서연', 'NAME', '이서연');
  has('氏名：鈴木 花子', 'NAME', '鈴木 花子');
  has('Next of kin: נועה לוי (daughter)', 'NAME', 'נועה לוי');
  has('Mr. Karim Haddad (كريم حداد) attended with his son.', 'NAME', 'كريم حداد');
  has('Seen with 刘洋 (Liu Yang) and an interpreter.', 'NAME', '刘洋');
  has('Name: Светлана Орлова', 'NAME', 'Светлана Орлова');
  // Clinical words and languages in those scripts are not names.
  notFlagged('Diagnosis: 高血压 (hypertension), stable.', '高血压');
  notFlagged('Interpreter: Arabic (العربية) booked.', 'العربية');
  notFlagged('Language: 日本語', '日本語');
});

test('towns of other English-speaking countries come from the gazetteer, written with or without diacritics', () => {
  has('She lives with her son in Ballinasloe.', 'LOCATION', 'Ballinasloe');
  has('Transferred from Wagga Wagga base hospital.', 'LOCATION', 'Wagga Wagga');
  has('Moved here from Rajkot last year.', 'LOCATION', 'Rajkot');
  has('Retired teacher from Swords.', 'LOCATION', 'Swords');
  // A town whose name is a common word needs context.
  notFlagged('Deal with the wound first, then the dressing.', 'Deal');
  // So does a town of several common words ("Crystal Brook", "Two Wells").
  notFlagged('Crystal Brook water was advised against.', 'Crystal Brook');
  notFlagged('Two Wells were found on the farm.', 'Two Wells');
  has('Lives in Two Wells with her husband.', 'LOCATION', 'Two Wells');
  assert.ok(found('She moved to Crystal Brook in 2010.').includes('LOCATION:Crystal Brook'));
});
