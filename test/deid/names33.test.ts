// Stop 33 (name33): whole person names in texts all in lower case or all in capitals (one-case.ts, oneCaseNames33 and
// oneCaseNamesAround33), where the surname is also a common word ("white", "street", "park") or the name has initials,
// particles or a comma between surname and given names; and the clinical look-alikes after the same labels, kin and
// titles that must stay unflagged. Every example is synthetic (invented names, numbers and places).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { detect } from '../../src/deid/index.js';
import { has, notFlagged } from '../support/deid.js';

const upLow = (s: string): string[] => [s.toUpperCase(), s.toLowerCase()];
/** The value in the same case as the text it is looked for in. */
const like = (t: string, v: string): string => (t === t.toUpperCase() ? v.toUpperCase() : v.toLowerCase());
/** The NAME spans of a text, as [start, end, text]. */
const names = (t: string): [number, number, string][] => detect(t).filter((s) => s.type === 'NAME').map((s) => [s.start, s.end, t.slice(s.start, s.end)]);
/** No NAME span touches the value. */
const noName = (t: string, v: string): void => {
  const at = t.indexOf(v);
  assert.ok(at >= 0, `test bug: ${v} not in text`);
  const hit = names(t).find(([s, e]) => s < at + v.length && e > at);
  assert.ok(!hit, `"${v}" should be no name: ${JSON.stringify(names(t))}`);
};

test('after a label of a person, the whole name to where the value ends, in one case', () => {
  const pairs: [string, string[]][] = [
    ['Discharge summary\nPatient: Priya White   MRN: 58014346\nDOB: 11/02/1960\nAdmitted with chest pain.', ['Priya White']],
    ['Billing / registration\nGuarantor: D. King\nPatient: Joy P. Tanaka\nSSN: 167-12-3560\nAddress on file.', ['D. King', 'Joy P. Tanaka']],
    ['CT chest w/ contrast   Date of service: 8/4/19\nName: Mr Brown  MRN 81997345\nNo acute findings today.', ['Brown']],
    ['Outpatient clinic visit, interpreter present\nPatient: Castellanos de la Vega, Maria Jose   DOB: 1990-12-01', ['Castellanos de la Vega, Maria Jose']],
    ['Knee arthroplasty, day of surgery\nSurgeon: Kaveh Farahani, MD       Date: 04/22/20', ['Kaveh Farahani']],
    ['Assistant: Dr. Nur Fadhilah binti Yusof; anaesthetist on call, theatre list running late.', ['Nur Fadhilah binti Yusof']],
  ];
  for (const [s, vs] of pairs) for (const t of upLow(s)) for (const v of vs) has(t, 'NAME', like(t, v));
  // The offsets: the name starts after the label's colon and blanks and ends before the blanks of the next label.
  const t = 'discharge summary\npatient: priya white   mrn: 58014346\ndob: 11/02/1960\nadmitted with chest pain.';
  const at = t.indexOf('priya');
  assert.ok(names(t).some(([s, e]) => s === at && e === at + 'priya white'.length), JSON.stringify(names(t)));
  notFlagged('ct chest w/ contrast   date of service: 8/4/19\nname: mr brown  mrn 81997345\nno acute findings today.', 'mr ');
});

test('after a title, kin or a role: a surname that is a common word, initials, a comma between surname and given name', () => {
  const pairs: [string, string][] = [
    ['Case discussed with Dr. White from cardiology, plan unchanged for now.', 'White'],
    ['July 17, 2020\n\nDear Dr. Brown,\n\nThank you for seeing this gentleman in clinic.', 'Brown'],
    ['Lives alone. Son Mark C. Baker (375.555.4561) is health care proxy and visits weekly.', 'Mark C. Baker'],
    ['Dispo: admit to telemetry.\nContact: (708) 555-7901 (spouse Park, Juan)\nCode status full.', 'Park, Juan'],
    ['Family at the bedside all evening, prayers said by Chaplain Fr. Timothy Ward.', 'Timothy Ward'],
    ['Hearing panel convened today: Judge R. Abernethy-Singh, medical member absent.', 'R. Abernethy-Singh'],
  ];
  for (const [s, v] of pairs) for (const t of upLow(s)) has(t, 'NAME', like(t, v));
});

test('before an age or a date of birth, and before a verb of a person at a line start', () => {
  const pairs: [string, string][] = [
    ['ED note\nCC: chest pain\nHPI: Amanda Street, 55-year-old, arrived by EMS from home.', 'Amanda Street'],
    ['Dear colleague,\n\nThank you for seeing Nancy Hall (DOB Oct 19) for evaluation of chest pain.', 'Nancy Hall'],
    ['Pharmacy consult\nPt: J. Lee  age 51\nVancomycin per pharmacy, trough before the fourth dose.', 'J. Lee'],
    ['Social work\nW. Brown lives alone at 12 Oak Avenue, no services in place yet.', 'W. Brown'],
    ['Social work\nStreet, Faith lives alone at 40 Elm Road, daughter nearby.', 'Street, Faith'],
    ['Daughter updated. Spoke with the patient\'s daughter, Sunny K. Smith, by phone this afternoon.', 'Sunny K. Smith'],
  ];
  for (const [s, v] of pairs) for (const t of upLow(s)) has(t, 'NAME', like(t, v));
});

test('clinical words after the same labels, kin and titles stay unflagged in one case', () => {
  for (const t of upLow('Patient: pt is comfortable, resting in bed, vitals stable overnight.')) {
    notFlagged(t, like(t, 'pt is'));
    notFlagged(t, like(t, 'comfortable'));
  }
  for (const t of upLow('Name: not given by the caller, will ring back with details later today.')) notFlagged(t, like(t, 'not given'));
  notFlagged('echo: moderate mr. off-island referral to cardiology arranged today.', 'off-island');
  for (const t of upLow('Re: knee pain, worse on stairs for two weeks now, no trauma.')) notFlagged(t, like(t, 'knee pain'));
  for (const t of upLow('To: Optumrx Prior Authorization      Fax: 1-844-555-0177\nFrom: clinic desk.')) noName(t, like(t, 'Prior Authorization'));
  for (const t of upLow('Son will call back tomorrow afternoon regarding the discharge plan.')) {
    notFlagged(t, like(t, 'will'));
    notFlagged(t, like(t, 'call'));
  }
  for (const t of upLow('HR 50s SB- bo ectopy noted overnight, SBP 112-118/40, sat 99% on RA.')) notFlagged(t, like(t, 'ectopy'));
  // A care site or a service after "to:", "officer,", and a sex and age after a name, are no name.
  for (const t of upLow('Transfer letter\nTo: Universitaetsspital Zuerich, Raemistrasse 100, 8091 Zuerich\nPlease accept.')) noName(t, like(t, 'Universitaetsspital'));
  for (const t of upLow('To\nMedical officer, Gynae OPD\nDhaka Medical College Hospital, please review.')) noName(t, like(t, 'Gynae'));
  for (const t of upLow('Crew arrived 0210.\nPT: Odell Bibb M 78 conscious breathing, GCS 15.')) {
    has(t, 'NAME', like(t, 'Odell Bibb'));
    noName(t, like(t, ' M 78').trim());
  }
});

test('a list of names or a name and its place is not read as surname, given names', () => {
  for (const t of upLow('Clinic staffing today\nVaccinators: Fiona Hughes, Asma Patel\nNo name badges issued.')) {
    has(t, 'NAME', like(t, 'Fiona Hughes'));
    has(t, 'NAME', like(t, 'Asma Patel'));
  }
  for (const t of upLow('Re: Shannon Tregenza, BMI 48, type 2 diabetes on insulin, for review.')) noName(t, like(t, 'BMI'));
});

test('a name found in part grows over the words the name lists know; after "pt" with no colon, two words and a known name', () => {
  for (const t of upLow("Chest CT reviewed.\nRead by Dr. Brian Martin at St. Luke's Medical Center, follow-up in 6 months.")) has(t, 'NAME', like(t, 'Brian Martin'));
  for (const t of upLow('WOC - ostomy teaching #2  Jan 9, 2026   Pt Precious Mahlaba   POD 5 end ileostomy, pouch changed.')) has(t, 'NAME', like(t, 'Precious Mahlaba'));
  // Not over a word no list knows where the value runs on, nor a misspelling after "pt".
  const t = "voice dictation - 12 november 2026\nto dr aled pugh meddygfa'r bont llanrwst\nre a patient seen today.";
  noName(t, "meddygfa'r");
  for (const u of upLow('Dulcolax given yest d/t pt recieving barium in CT scan. Abd soft, nontender.')) notFlagged(u, like(u, 'recieving'));
});

test('"by" before a whole name with a given name or an initial, where the name ends; not a firm or a device', () => {
  for (const t of upLow('Fleischner follow-up in 6-12 months.\nRead by Art Law, PA-C at the imaging centre.')) has(t, 'NAME', like(t, 'Art Law'));
  for (const t of upLow('Mail merge letters sent.\n-- pulled from the register by K. Hadley 6/2/25; letters at the desk.')) has(t, 'NAME', like(t, 'K. Hadley'));
  for (const t of upLow('Discharge meds-to-beds filled by Walgreens Paterson (store 4417), rx labels checked.')) noName(t, like(t, 'Walgreens'));
  for (const t of upLow('Repeated travel from the village by Daewoo Coach.\nReviewed in clinic today.')) noName(t, like(t, 'Daewoo'));
  for (const t of upLow('Given by ems en route, no change in rhythm, glucose normal on arrival.')) notFlagged(t, like(t, 'ems'));
});
