// Stop 31 (case31): names after a title or a care worker's word in texts all in capitals or all in lower case
// (one-case.ts, oneCaseCueNames18 with ONE_CASE_STAFF_31), where the name rules, written for capitals, see nothing; and the
// clinical look-alikes after the same words that must stay unflagged. Every example is synthetic (invented names).
import { test } from 'node:test';

import { has, notFlagged } from '../support/deid.js';

/** The text as written, in capitals and in lower case. */
const cases = (s: string): string[] => [s, s.toUpperCase(), s.toLowerCase()];
const upLow = (s: string): string[] => [s.toUpperCase(), s.toLowerCase()];
/** The value in the same case as the text it is looked for in. */
const like = (t: string, v: string): string => (t === t.toUpperCase() ? v.toUpperCase() : t === t.toLowerCase() ? v.toLowerCase() : v);

test('a name after nurse, rn, rabbi or a title, in one case, with its given name that is a word', () => {
  const pairs: [string, string][] = [
    ['Wound reviewed. Dressing changed by nurse Tiriaka Wambuguru this morning, pt tolerated well.', 'Tiriaka Wambuguru'],
    ['Pain controlled. Triage RN Autumn Blackfeather paged the resident at 0200.', 'Autumn Blackfeather'],
    ['Family visited; rabbi Menachem Fried came in the evening and stayed an hour.', 'Menachem Fried'],
    ['Bloods sent. Staff nurse Precious Chikwanha updated the family.', 'Precious Chikwanha'],
  ];
  for (const [s, v] of pairs) for (const t of cases(s)) has(t, 'NAME', like(t, v));
  // A title and a period, an initial (lower case: the capitals' rule has it in capitals).
  const t = 'assessed by mr t. anagnostopoulou in clinic, plan unchanged.';
  has(t, 'NAME', 't. anagnostopoulou');
  notFlagged(t, 'mr');
  // After a title's surname, a common word is no part of the name.
  has('ms kettunen fell on a groomed run at the resort.', 'NAME', 'kettunen');
  notFlagged('ms kettunen fell on a groomed run at the resort.', 'fell');
});

test('clinical words after the same words stay unflagged in one case', () => {
  // "MS:" mental status, a section's label; "ms." before "med".
  for (const t of upLow("MS: Rec'd haldol IV q4h with minimal effect. VSS.")) notFlagged(t, like(t, "rec'd"));
  notFlagged('neuro: assess ms. med for safety, enc po intake.', 'med');
  // "RN" a newborn before a number; a nurse's compounds; a language after an interpreter; the next sentence after a period.
  for (const t of upLow('Newborn: RN femenino 3.210 g, apgar 9-10.')) notFlagged(t, like(t, 'femenino'));
  for (const t of upLow('Called via the nurse helpline; rn handoff given at 0700.')) {
    notFlagged(t, like(t, 'helpline'));
    notFlagged(t, like(t, 'handoff'));
  }
  for (const t of upLow('Consent obtained with interpreter pashto via phone.')) notFlagged(t, like(t, 'pashto'));
  for (const t of upLow('Nutrition screen 2 -> dietitian. C-SSRS neg. Abuse screen neg.')) notFlagged(t, like(t, 'c-ssrs'));
});

test('a facility named after its head in one case: hospital ximenez quiroga, university hospital coventry', () => {
  const pairs: [string, string][] = [
    ['Previous surgery at Hospital Ximenez Quiroga in 2019.', 'Hospital Ximenez Quiroga'],
    ['Transferred to Hospital de Caruaru for dialysis.', 'Hospital de Caruaru'],
    ['Fell on the ice, seen at University Hospital Coventry, no fracture.', 'University Hospital Coventry'],
    // A saint's abbreviation opens the name, the town after the head closes it.
    ["Screening done at St. Vincent's Hospital Melbourne last year.", "St. Vincent's Hospital Melbourne"],
  ];
  for (const [s, v] of pairs) for (const t of upLow(s)) has(t, 'LOCATION', like(t, v));
});

test('a head before a word of prose or record shorthand is no facility in one case', () => {
  for (const t of upLow('Vomiting x6, taken to hospital dehydration noted on arrival.')) notFlagged(t, like(t, 'dehydration'));
  for (const t of upLow('Hospital course: uneventful. Clinic appt on Monday.')) {
    notFlagged(t, like(t, 'course'));
    notFlagged(t, like(t, 'appt'));
  }
  for (const t of upLow('Ortho clinic sign-in 12/02 at 0900.')) notFlagged(t, like(t, 'sign-in'));
  notFlagged('referred to the nutrition clinic next week.', 'nutrition clinic');
});

test('after a record verb and "by", the person who did it, in one case; not a channel or an abbreviation', () => {
  for (const t of upLow('Register compiled by Chisomo Mvulabanda, district officer.')) has(t, 'NAME', like(t, 'Chisomo Mvulabanda'));
  for (const t of upLow('Cold chain checked by Tawanda Chinyanganya; fridge 4C.')) has(t, 'NAME', like(t, 'Tawanda Chinyanganya'));
  for (const t of upLow('Client taken by EMS to the general hospital.')) notFlagged(t, like(t, 'EMS'));
  for (const t of upLow('Wound photo sent by WhatsApp to the ward.')) notFlagged(t, like(t, 'whatsapp'));
  // (In capitals; in lower case another rule reads "hsb" as initials.)
  notFlagged('TRANSFUSION TONIGHT. CONSENT SIGNED BY HSB. NO APPARENT SOURCE OF BLEEDING.', 'HSB');
});
