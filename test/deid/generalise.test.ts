// Generalisation tests: one block per category of miss found on the independent held-out set
// (test/deid/heldout/). Every example here is new and synthetic (invented names, places and numbers),
// written to exercise the rule for the category, not the held-out notes themselves.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { covered, found, has, notFlagged } from '../support/deid.js';

test('facilities named by other head words, covered whole', () => {
  covered('Letter copied to Dr Ames, Brackenfield Surgery, for information.', 'Brackenfield Surgery', 'LOCATION');
  covered('Registered with Oakhollow Medical Practice since 2019.', 'Oakhollow Medical Practice', 'LOCATION');
  covered('Discharged back to Thistledown Care Home with carers.', 'Thistledown Care Home', 'LOCATION');
  covered('Transfer from Larkspur Skilled Nursing this morning.', 'Larkspur Skilled Nursing', 'LOCATION');
  covered('Echo read at the Pinehaven Heart Institute.', 'Pinehaven Heart Institute', 'LOCATION');
  covered('Specimen referred to STONEBRIDGE CLINICAL LABORATORY for typing.', 'STONEBRIDGE CLINICAL LABORATORY', 'LOCATION');
  covered('Prior auth sent to Evergreen Shield Health Plan today.', 'Evergreen Shield Health Plan', 'LOCATION');
  covered('Billing questions: Bayfront Physicians Group.', 'Bayfront Physicians Group', 'LOCATION');
  covered('Arrangements with Pemberly & Daughters Funeral Home.', 'Pemberly & Daughters Funeral Home', 'LOCATION');
  covered('Attends Bright Horizons Learning Center three days a week.', 'Bright Horizons Learning Center', 'LOCATION');
  covered('Referred by Clearwater Dermatology for biopsy.', 'Clearwater Dermatology', 'LOCATION');
  covered('Control en el Centro de Salud San Isidro el lunes.', 'Centro de Salud San Isidro', 'LOCATION');
  covered('Refills picked up at CVS #2291 yesterday.', 'CVS', 'LOCATION');
});

test('department names, abbreviations and section headers are not facilities', () => {
  for (const t of ['General Surgery consulted for the hernia.', 'Seen in Hand Surgery follow-up.', 'Sample sent to the Cath Lab.', 'ENT CLINIC', 'HIV CLINIC\nFollow-up visit', 'Physical therapy recommends a walker.', 'Sleep Lab study booked.']) {
    assert.ok(!found(t).some((f) => f.startsWith('LOCATION')), `${t}: ${JSON.stringify(found(t))}`);
  }
});

test('addresses: unit first, lower case, city and ZIP after a street, UK postcodes, European streets, places in context', () => {
  covered('Lives at Unit 12, 480 Marlowe Avenue, Fresno, CA 93701.', 'Unit 12, 480 Marlowe Avenue', 'LOCATION');
  covered('New address: Flat 7, 23 Bramley Road, Leicester LE2 6BT.', 'Flat 7, 23 Bramley Road', 'LOCATION');
  covered('New address: Flat 7, 23 Bramley Road, Leicester LE2 6BT.', 'Leicester', 'LOCATION');
  covered('New address: Flat 7, 23 Bramley Road, Leicester LE2 6BT.', 'LE2 6BT', 'LOCATION');
  covered('Kestrel Lane, Harrogate HG1 4PW', 'Kestrel Lane', 'LOCATION');
  covered('Kestrel Lane, Harrogate HG1 4PW', 'Harrogate', 'LOCATION');
  const msg = 'ok so our new place is 915 n oak st apt 3b, fairview 60021. see u thursday';
  covered(msg, '915 n oak st apt 3b', 'LOCATION');
  covered(msg, 'fairview', 'LOCATION');
  covered(msg, '60021', 'LOCATION');
  covered('Adres: ul. Słoneczna 44, Kraków.', 'ul. Słoneczna 44', 'LOCATION');
  covered('Wohnhaft Lindenweg 9, Bremen.', 'Lindenweg 9', 'LOCATION');
  covered('Her son lives with his family in Upper Tadmarton.', 'Upper Tadmarton', 'LOCATION');
  covered('Flew back from Cartagena last week.', 'Cartagena', 'LOCATION');
  covered('Works nights at the Peoria depot.', 'Peoria', 'LOCATION');
  covered('Was walking near Lindley Park when she fell.', 'Lindley Park', 'LOCATION');
  covered('Collision on Route 32 near the bridge.', 'Route 32', 'LOCATION');
});

test('names: lower case after titles and kinship words, chat handles, form fields', () => {
  const chat = '[14:10] r.okafor: pt in 6 refusing meds\n[14:12] tamsin: ok will ask dr brightwater to review\n[14:15] r.okafor: mrs nakagawa family aware, son kenji coming at 5';
  covered(chat, 'r.okafor', 'NAME');
  covered(chat, 'tamsin', 'NAME');
  covered(chat, 'brightwater', 'NAME');
  covered(chat, 'nakagawa', 'NAME');
  covered(chat, 'kenji', 'NAME');
  covered('hey doc its olamide adeyinka, the itch is worse', 'olamide adeyinka', 'NAME');
  const form = 'REGISTRATION\nSurname: KARVONEN   Forename: AINO   MI: L\nNext of kin: Pekka Karvonen (husband)';
  covered(form, 'KARVONEN', 'NAME');
  covered(form, 'AINO', 'NAME');
  covered(form, 'Pekka Karvonen', 'NAME');
  has(form, 'NAME', 'L');
});

test('names: unknown surnames after a given name, surname-first shorthand, role prefixes, signature initials', () => {
  covered('Consent witnessed by Svetlana Dubrovskaya, research nurse.', 'Svetlana Dubrovskaya', 'NAME');
  covered('Re: Tomasz Wierzbicki  DOB 02/02/1970', 'Tomasz Wierzbicki', 'NAME');
  covered('CCU D2\nBrathwaite, Oluwaseun 64M NSTEMI', 'Brathwaite, Oluwaseun', 'NAME');
  covered('SICU 3 adebayo, 59M. POD1 Whipple.', 'adebayo', 'NAME');
  covered('RENAL / Chidinma Okwuosa-Hale 48F, TTS', 'Chidinma Okwuosa-Hale', 'NAME');
  covered('Discussed with RN Thibodeaux at handover.', 'Thibodeaux', 'NAME');
  covered('Referral sent; SW Penhallow will call.', 'Penhallow', 'NAME');
  covered('Dtr Adaora (POA) at bedside.', 'Adaora', 'NAME');
  covered('brother-in-law Desmond drove her in.', 'Desmond', 'NAME');
  covered('Cita con el Dr. Villaseñor y la Dra. Quintanilla.', 'Quintanilla', 'NAME');
  covered('Lactate repeated 1.4. -KJ/Harrowby', 'KJ', 'NAME');
  covered('Lactate repeated 1.4. -KJ/Harrowby', 'Harrowby', 'NAME');
  covered('Potassium 6.3 called to floor nurse at 03:10 by MW.', 'MW', 'NAME');
});

test('ages over 89 in shorthand and words; dates day first and in other languages; UK phones and NHS numbers', () => {
  has('Mrs. Odette Fairweather, 94F, admitted with a fall.', 'AGE_OVER_89', '94');
  has('Resident: Harold Pyne, ninety-six. Flu vaccine given.', 'AGE_OVER_89', 'ninety-six');
  assert.ok(!found('Infusion ran for ninety-two minutes.').some((f) => f.startsWith('AGE')));
  has('Admitted 19/02/2024. Back from Lisbon 22/02 with fever.', 'DATE', '22/02');
  has('Consulta: 14 de febrero de 2024; control el 3 de abril.', 'DATE', '14 de febrero de 2024');
  has('Consulta: 14 de febrero de 2024; control el 3 de abril.', 'DATE', '3 de abril');
  has('Rendez-vous le 9 juillet 2024.', 'DATE', '9 juillet 2024');
  has('Telephone 0161 496 0821, mobile 07700 900 457.', 'PHONE', '0161 496 0821');
  has('Telephone 0161 496 0821, mobile 07700 900 457.', 'PHONE', '07700 900 457');
  has('NHS number: 401 023 2137', 'HEALTH_PLAN', '401 023 2137'); // the UK health service's beneficiary number
});

test('identifiers: spaced member IDs, licences, plates after a make, biometric templates, usernames, URL queries', () => {
  has('Subscriber ID: QHP 551 902 118', 'HEALTH_PLAN', 'QHP 551 902 118');
  has('CDL: R772-4410-9935 (OH)', 'LICENSE', 'R772-4410-9935');
  has('GMC 6034417, NMC PIN 09C1234E', 'LICENSE', '6034417');
  has('Car: silver Subaru Outback PA JXT-3381 in lot B.', 'VEHICLE', 'JXT-3381');
  has('Enrolled via iris scan (template IR-5520-17K).', 'BIOMETRIC', 'IR-5520-17K');
  has('Voiceprint enrollment VP-88213 done.', 'BIOMETRIC', 'VP-88213');
  has('MyChart username jdelacroix77 reset.', 'OTHER_ID', 'jdelacroix77');
  has('Statement online: https://bill.example.org/view?invoice=55102938&pt=7741', 'URL', 'https://bill.example.org/view?invoice=55102938&pt=7741');
  has('Hosp no: R5571203', 'MRN', 'R5571203');
});

test('look-alikes that are not PHI: strength and ratios, eponyms, units, headers, registry, CLIA and lot numbers', () => {
  const exam = 'Power: hip flexion 4/5, knee extension 4+/5, EHL 5/5. ARDS 2/2 sepsis. 3/12 history of cough, review in 2/52.';
  for (const f of ['4/5', '5/5', '2/2', '3/12', '2/52']) notFlagged(exam, f);
  notFlagged('Barthel 60/100 on admission, MoCA 24/30.', 'Barthel');
  notFlagged('Walking with a Zimmer frame. Background of Sjögren\'s and Ménière\'s.', 'Zimmer');
  notFlagged('Background of Sjögren\'s syndrome.', 'Sjögren');
  notFlagged('Ferritin 14 ug/L. Weight stable at 61 kg.', 'Weight');
  notFlagged('Balance +0.8 L. Blood cultures pending.', 'Blood');
  notFlagged('Total IgE 230, specific IgG4 raised.', 'IgE');
  notFlagged('Seen on SAU overnight, treated with RAI previously.', 'RAI');
  notFlagged('Trial: NCT04455667 (phase 3).', 'NCT04455667');
  notFlagged('Performed at CLIA 22D1098765 certified lab.', '22D1098765');
  notFlagged('Tibial insert LOT 7730021, expiry 2027.', '7730021');
  notFlagged('OCC HEALTH REVIEW\nFit for duties.', 'OCC HEALTH');
});

test('more address and name shapes: French and Spanish streets with the city after, state after the city, ages after "Age:"', () => {
  covered('Domicile: 12 Rue des Peupliers, Nantes.', '12 Rue des Peupliers', 'LOCATION');
  covered('Domicile: 12 Rue des Peupliers, Nantes.', 'Nantes', 'LOCATION');
  covered('Domicilio: Calle de la Paz 31, Valencia.', 'Calle de la Paz 31', 'LOCATION');
  has('Mailing: 9 Birch Hollow Rd, Apt 1, Barre VT 05641', 'LOCATION', 'Barre');
  has('Age: ninety-seven', 'AGE_OVER_89', 'ninety-seven');
  covered('Crew: Paramedic Oyelaran, EMT Castellanos.', 'Oyelaran', 'NAME');
  covered('Crew: Paramedic Oyelaran, EMT Castellanos.', 'Castellanos', 'NAME');
  notFlagged('Reviewed by Consultant Medical Oncologist today.', 'Medical Oncologist');
  notFlagged('Tooth #14: initiated RCT #14 today.', 'RCT');
  covered('Enrolled at Maple Grove Elementary School this fall.', 'Maple Grove Elementary School', 'LOCATION');
  notFlagged('Attends Maple Grove Elementary School.', 'Attends');
});

test('later fixes: usernames, spaced IDs ending in a short group, dates after words ending like score words, people before departments', () => {
  has('Portal login: kwame_o88 locked.', 'OTHER_ID', 'kwame_o88');
  has('Medicaid ID 4410 2298 71', 'HEALTH_PLAN', '4410 2298 71');
  has('Next appt 4/2 with the surgeon.', 'DATE', '4/2');
  notFlagged('Monofilament 9/10 sites intact.', '9/10');
  covered('Discussed with Dr. Farouk Nephrology fellow.', 'Farouk', 'NAME');
  notFlagged('Discussed with Dr. Farouk Nephrology fellow.', 'Nephrology');
  notFlagged('Seen by Laura Chen Internal Medicine resident.', 'Internal Medicine');
  covered('Seen by Laura Chen Internal Medicine resident.', 'Laura Chen', 'NAME');
});

test('facility heads in lower case and with "and", street intersections', () => {
  covered('Discharged to Pinewood Rehabilitation and Nursing Center.', 'Pinewood Rehabilitation and Nursing Center', 'LOCATION');
  covered('Lives at Sunnyglade nursing home since May.', 'Sunnyglade nursing home', 'LOCATION');
  covered('Found at the corner of Hollis St and Tremont St.', 'Hollis St', 'LOCATION');
  covered('Found at the corner of Hollis St and Tremont St.', 'Tremont St', 'LOCATION');
  notFlagged('Patient is a nursing home resident.', 'nursing home');
});

test('other national formats: Canadian postal codes with city and province, Australian numbers, directions after the street', () => {
  const ca = 'Address: 75 Birchmount Rd E, Scarborough, ON M1N 3J7';
  covered(ca, '75 Birchmount Rd E', 'LOCATION');
  covered(ca, 'Scarborough', 'LOCATION');
  covered(ca, 'M1N 3J7', 'LOCATION');
  has('Mobile 0413 555 902; home (03) 9555 0188', 'PHONE', '0413 555 902');
  has('Mobile 0413 555 902; home (03) 9555 0188', 'PHONE', '(03) 9555 0188');
  notFlagged('Feeds at 0600 120 ml and 0900 150 ml.', '0600');
});

test('British course lengths, lower-case places after a residence phrase', () => {
  notFlagged('IV co-amoxiclav 3/7 then oral for a further 4/7.', '3/7');
  notFlagged('IV co-amoxiclav 3/7 then oral for a further 4/7.', '4/7');
  has('Clinic letter: seen 3/7 with mother.', 'DATE', '3/7');
  const msg = 'hey its rafa again. my son tomas has a cough since monday. we are staying at my moms in sacramento until friday. thanks';
  covered(msg, 'sacramento', 'LOCATION');
  covered(msg, 'tomas', 'NAME');
  notFlagged('urine draining in foley, pt noted to be in afib overnight, nothing else to report today', 'foley');
});

test('facility names before a credential-like word do not make their head a name elsewhere; makers are not names', () => {
  const t = 'Hospice: Brightwater Hospice, RN case manager Ileana Pruteanu';
  notFlagged(t, 'Hospice:');
  covered(t, 'Brightwater Hospice', 'LOCATION');
  covered(t, 'Ileana Pruteanu', 'NAME');
  notFlagged('Implant: Stryker Triathlon knee, SN 7731-22019', 'Stryker');
});

test('age-sex shorthand does not turn abbreviations into names; spaced IDs stop before quantities', () => {
  notFlagged('Sats 97% on RA, 36F today.', 'RA');
  covered('CCU 4\nMbeki-Larsen, Thandiwe 93F, NSTEMI', 'Mbeki-Larsen, Thandiwe', 'NAME');
  has('CCU 4\nMbeki-Larsen, Thandiwe 93F, NSTEMI', 'AGE_OVER_89', '93');
  notFlagged('Interpreter (Tigrinya) booked; interpreter (Amharic) present.', 'Amharic');
  has('MRN 445521 120 lbs on admission', 'MRN', '445521');
});

test('labels ending in "#" right before the number; prescription and donor numbers', () => {
  has('Rx #5520917 refilled.', 'OTHER_ID', '5520917');
  has('MR#3390127 on the wristband.', 'MRN', '3390127');
  has('Donor ID 204-551-8830 typed O neg.', 'OTHER_ID', '204-551-8830');
});
