// Generalisation tests, stop 16 second wave, round names24 (docs/deid-history.md, branch names24): person names after role
// nouns, staff initials after a role and in lists, person values and ages in markup, that the passes missed in the open
// heldout10 (opened at this stop) and heldout6-9. Every example is new and synthetic (invented names, places and
// numbers), written for the rule, not copied from any evaluation set.
import { test } from 'node:test';

import { covered, has, notFlagged } from '../support/deid.js';

test('a name after a specialist or a role noun the context lists lacked', () => {
  has('Plan agreed with dermatologist Nyokabi Muthoni after the biopsy.', 'NAME', 'Nyokabi Muthoni');
  has('Sample relabelled by blood bank tech Fadzai Chikore before issue.', 'NAME', 'Fadzai Chikore');
  has('Case list (interviewer Adeyemi / Lindgren, county office)', 'NAME', 'Adeyemi');
  has('ENTRY MADE BY DISPATCHER K. ABERNATHY AT 0412.', 'NAME', 'K. ABERNATHY');
  notFlagged('Referred to dermatologist Clinic North for review.', 'Clinic');
  notFlagged('She works as Assistant Professor of Nursing.', 'Professor');
  notFlagged('TECH A. SWAB TAKEN FROM LEFT NARE', 'SWAB');
});

test('staff initials after a role noun, in a list, and after "by" elsewhere', () => {
  has('Retainer fitted today. Assistant: QD. Next visit in six months.', 'NAME', 'QD');
  has('Grader WZ; second read pending. Image 4 graded by WZ, referred.', 'NAME', 'WZ');
  has('Observers PQ and XV. Balance improved on the beam.', 'NAME', 'PQ');
  has('Observers PQ and XV. Balance improved on the beam.', 'NAME', 'XV');
  has('Auditors NE / BKT. Charts pulled at random.', 'NAME', 'NE');
  has('Auditors NE / BKT. Charts pulled at random.', 'NAME', 'BKT');
  covered('Retainer checked. Assistant: P.R.V. Next visit in May.', 'P.R.V.', 'NAME');
  notFlagged('Dressing changed by nurse; assistant: P.M. shift only', 'P.M.');
  notFlagged('Ultrasound tech MRI scheduled for Monday.', 'MRI');
  notFlagged('Reader CT. Findings below.', 'CT');
  notFlagged('Inspector PA. visit logged', 'PA');
  notFlagged('Assistant: RN. Shift covered.', 'RN');
});

test('a person named by a markup key or by the label of a name/value pair', () => {
  has('{"_source":{"patient":"Ottilie Brandvold","dob":"1950-04-02"}}', 'NAME', 'Ottilie Brandvold');
  has('callbell 31 ACK [staff="kwanjiru" badge="B-77"] 20 s', 'NAME', 'kwanjiru');
  has('[{"name":"Signed off by","value":"tmorawetz"},{"name":"Unit","value":"5E"}]', 'NAME', 'tmorawetz');
  covered('WARN mapping field=nok value="NWOSU^ADAEZE|(555)555-0190"', 'NWOSU^ADAEZE', 'NAME');
  covered('appt=0900 provider="Brandvold, Ottilie NP" room=4', 'Brandvold, Ottilie', 'NAME');
  notFlagged('appt=0900 provider="Brandvold, Ottilie NP" room=4', 'NP');
  notFlagged('{"name":"Lactate","value":"4.1"},{"name":"Unit","value":"ICU West"}', 'ICU West');
  notFlagged('<row staff="system" shift="night"/>', 'system');
  notFlagged('{"patient":"Unknown Male","bed":"12"}', 'Unknown Male');
});

test('an age of 90 or more in a markup attribute or a name/value pair', () => {
  has('alarm bed=12 pt="Halvard, Ines" age="96"] exit', 'AGE_OVER_89', '96');
  has('[{"name":"Age","value":"91"},{"name":"Weight","value":"58"}]', 'AGE_OVER_89', '91');
  notFlagged('alarm bed=12 age="88"]', '88');
  notFlagged('[{"name":"Weight","value":"93"}]', '93');
});
