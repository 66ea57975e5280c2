// Stop 25 (docs/deid-history.md, Stop 25): handles made of a name found ("tanbh (Tan Boon Heng)"), dotted handles
// ("judge: j.mukherjee"), the sender of a message in a thread ("From Summer 12/4:"), places widened by the words that end
// a site's name ("Swansea Women's Aid") and a town the gazetteer knows after a site or a street ("Devons Road, Bow"). Values are invented;
// each check of a value found fails on stop 24's code.
import { test } from 'node:test';

import assert from 'node:assert/strict';

import { detect } from '../../src/deid/index.js';
import { typedExactly, untouched } from './span-checks.js';

/** Every occurrence of `value` in `text` is a span of `type`, exactly. */
function everyOccurrence(text: string, value: string, type: string): void {
  const spans = detect(text);
  let n = 0;
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    n++;
    assert.ok(spans.some((s) => s.start === at && s.end === at + value.length && s.type === type), `${value} at ${at}: ${JSON.stringify(spans)}`);
  }
  assert.ok(n >= 2, value);
}

test('a handle made of the first letters of a name found, every time it stands as a word', () => {
  typedExactly('08:15  limwj (Lim Wei Jie)   consultant\nwitness limwj, count correct', ['limwj'], 'NAME');
  everyOccurrence('08:15  limwj (Lim Wei Jie)   consultant\nwitness limwj, count correct', 'limwj', 'NAME');
  everyOccurrence('Ack: aboateng2 | Boateng, Akosua MD | WS-12\nLater aboateng2 signed again.', 'aboateng2', 'NAME');
  typedExactly('07:40  sitnur (Siti Nurhaliza Osman) SN   fentanyl 100 mcg', ['sitnur'], 'NAME');
  typedExactly('07:05  vikps (Vikram P. Selvaraj) anaesth.', ['vikps'], 'NAME');
});

test('a dotted handle of an initial and a surname the lexicons know', () => {
  typedExactly('Q1 scored 4/5.\njudge: r.banerjee  date 2026-11-20', ['r.banerjee'], 'NAME');
  typedExactly('Follow-up comment (hana.nakamura, 27 Nov 2026): resolved.', ['hana.nakamura'], 'NAME');
});

test('a handle that is no name stays unflagged', () => {
  // The letters of a name found that make no handle, a host name or an address, an organism, a drug's short form.
  untouched('Seen with Lim Wei Jie; plan limited. Labs: hctz held, lwj pending.', ['limited', 'hctz', 'lwj']);
  untouched('Lim Wei Jie: see limwj_old and /home/limwj/notes', ['limwj_old', 'limwj/notes']);
  // A drug's or a lab's short form made of the first letters of a patient's name (review: "simva" of "Simon Vance").
  untouched('Patient: Simon Vance. Lipids high, increase simva to 40mg. Meds: simva40 nocte.', ['simva to', 'simva40']);
  untouched('Patient: Morgan Phillips. Pain: morph 2.5mg sc prn. Patient: Billy Irving. Jaundiced, bili 84.', ['morph', 'bili']);
  untouched('Patient Carla Bernard. Meds: carb 200mg bd. Patient: Tamsin Oxley. On tamox 20 mg.', ['carb', 'tamox']);
  // Three parts from a patient's three names are a drug's short form, not a family name and initials (review).
  untouched('Pt Mary Etta Thompson given metho 10mg. Patient Carl Barry Mazur on carbamaz 200 mg.', ['metho', 'carbamaz']);
  // A word of the name itself: "bint" and the initial of "Ismail" spell it.
  untouched('Consent by Rohani binti Ismail.\nNote: the word binti means daughter of.', ['binti means']);
  untouched('Cultures: e.coli and s.aureus, k.pneumoniae sensitive to ceftriaxone.', ['e.coli', 's.aureus', 'k.pneumoniae']);
});

test('the sender named on the line that opens a message in a thread', () => {
  typedExactly('Refill sent to the pharmacy.\n\nFrom Autumn 12/4: Grandma got her shot.', ['Autumn'], 'NAME');
  typedExactly('Thanks.\n\nFrom Summer: works now, thank you!', ['Summer'], 'NAME');
  typedExactly('Form attached.\n\nFollow-up 11/26 from Will: I picked it up already.', ['Will'], 'NAME');
});

test('a line that opens with "from" and no person stays unflagged', () => {
  untouched('From Pharmacy: refill approved.\nFrom ICU: bed ready.\nFrom Monday 12/4: new dosing.', ['Pharmacy', 'ICU', 'Monday']);
  untouched('From Mum: she is fine.\nFrom Team B: handover done.\nFrom Reception: bring ID.', ['Mum', 'Team', 'Reception']);
  untouched('FROM WILL 11/28: GOT IT.', ['WILL']);
  // Departments, services, firms, insurers, places and surnames that are everyday words (review).
  untouched('Thread:\nFrom Cardiology: please review ECG.\nFrom Oncology 12/4: plan chemo.\nFrom Physio: mobilising.', ['Cardiology', 'Oncology', 'Physio']);
  untouched('From Porter: patient returned.\nFrom Police: in custody.\nFrom Church: visiting.', ['Porter', 'Police', 'Church']);
  untouched('From Optum: refill.\nFrom Humana: prior auth approved.\nFrom Glasgow 12/4: arrived safely.', ['Optum', 'Humana', 'Glasgow']);
  untouched('P.S. from Oncology: bloods.\nFollow-up from Cardiology: echo ok.\nFrom Christmas: no more episodes.', ['Oncology', 'Cardiology', 'Christmas']);
});

test('a place found widened by the words that end a site\'s name', () => {
  typedExactly('Refuge space offered in Swansea (Swansea Women\'s Aid); school transfer pending.', ['Swansea Women\'s Aid'], 'LOCATION');
  typedExactly('Asks for Fr. Anselm from St. Patrick\'s Parish, Enugu to be told.', ['St. Patrick\'s Parish'], 'LOCATION');
  typedExactly('Camp site: Shree Janata Secondary School, Mahendranagar', ['Shree Janata Secondary School'], 'LOCATION');
});

test('a place found not widened by an office, a nation, a district or a station', () => {
  untouched('MANDATED REPORTER FORM - Allegheny County Office of Children, Youth and Families', ['Office']);
  untouched('Navajo Nation curfew does not apply to EMS.', ['Nation']);
  untouched('NEXT JOB CLAPHAM JUNCTION STATION.', ['STATION']);
  // An end word that opens another phrase (review).
  untouched('pt transferred from leeds post op for rehab. no chest pain. obs stable. plan review tomorrow with bloods and cxr.', ['post']);
  untouched('Pt was seen in Leeds first aid tent at the festival. Obs stable.', ['first aid']);
});

test('a town the gazetteer knows after a site or a street', () => {
  typedExactly('Home visit to Ms Chowdhury, Flat 41, Brokesley House, Devons Road, Bow\nMs Chowdhury lives on the fourth floor with her son.', ['Bow'], 'LOCATION');
});

test('a word after a site that is no town stays unflagged', () => {
  untouched('Transferred to Mercy Hospital, Cardiology. Stable overnight.', ['Cardiology', 'Stable']);
  // A town that is also an everyday word, inside a sentence (review).
  untouched('Last admission: Whiston Hospital, March. Echo at Royal Brompton Hospital, Normal.', ['March', 'Normal']);
  untouched('ADMITTED TO ST MARY HOSPITAL, ICU. DAUGHTER INFORMED.', ['ICU', 'DAUGHTER']);
  // In a text in capitals: a drug, a diagnosis or words of a sentence after a site.
  untouched('PATIENT SEEN TODAY IN CLINIC WITH HIS WIFE. HISTORY OF TYPE 2 DIABETES. ADMITTED TO ST MARYS HOSPITAL, UROSEPSIS. ' +
    'SEEN AT ROYAL FREE HOSPITAL, KEYTRUDA. OBSERVATIONS STABLE. PLAN TO REVIEW IN SIX WEEKS WITH REPEAT BLOODS.', ['UROSEPSIS', 'KEYTRUDA']);
  untouched('ONCOLOGY CLINIC LETTER. GIST, WEDGE RESECTION AT FREEMAN HOSPITAL, IMATINIB AFTER. HUSBAND ANXIOUS; WANTS CALL BACK.\n' +
    'TRANSFER LOG: 19:55, AFZALIPOUR HOSPITAL,ECLAMPSIA,ACCEPTED. 04:30, BAHONAR HOSPITAL,POLYTRAUMA,DECLINED - NO ICU BED.', ['IMATINIB', 'ECLAMPSIA', 'POLYTRAUMA']);
});
