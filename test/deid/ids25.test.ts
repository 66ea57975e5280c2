// Stop 25 (docs/deid-history.md, Stop 25): an identifier right after a word that names a record, a case or a document
// and its number ("slip no. HP-8831/25", "NRC: 555401/82/1", "Petition No. 26 JD 01447", "NI number QQ 12 34 56 C").
// Values are invented; each check of an identifier found fails on stop 24's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a code after a record\'s word and its number\'s word', () => {
  typedExactly('Specimen sent for histopathology, slip no. HP-7741/26.\nBlood loss about 150 mL.', ['HP-7741/26'], 'OTHER_ID');
  typedExactly('Name: Mwaka Phiri   Sex F   Age: 44   NRC: 551204/71/1\nVillage: Chikankata', ['551204/71/1'], 'OTHER_ID');
  typedExactly('Judge on the bench.   Petition No. 27 JD 05518   Hearing set.', ['27 JD 05518'], 'OTHER_ID');
  typedExactly('Claim made today; National Insurance no. QQ 55 12 48 C. PIP form started.', ['QQ 55 12 48 C'], 'OTHER_ID');
  typedExactly('Documents: A-number A000-555-318; SSN pending.', ['A000-555-318'], 'OTHER_ID');
  typedExactly('Aktenzeichen 53.6-IMD-2026-21.\nNeisseria meningitidis serogroup B.', ['53.6-IMD-2026-21'], 'OTHER_ID');
});

test('codes that are no one\'s record stay unflagged', () => {
  // A form's or a document's type, a dispatch's code, a dose, a house's number before a street.
  untouched('SSA field office appt June 9; form SSA-3368 filled; USCIS FORM I-693 attached.', ['SSA-3368', 'I-693']);
  untouched('PRIORITY 1  CHIEF COMPLAINT 10-C-2 CHEST PAIN, CALLER IS SPOUSE.', ['10-C-2']);
  untouched('PT STARTED ON PO LOPRESSOR 12.5 MG FIRST DOSE AT 1745. IF BP TOL INCREASE.', ['ST DOSE AT 1745', '1745']);
  untouched('REFERRAL FORM MOH 100   20/11/2026\nFrom: the health centre', ['FORM MOH 100']);
  // A diagnosis's code, a dose, a distance, a time, a date with blanks, a standard, a guideline, a version (review).
  untouched('Diagnosis: case J45.909 asthma. In case 500 MG is not enough, increase. Trip 250 KM each way.', ['J45.909', '500 MG', '250 KM']);
  untouched('INCIDENT 2300 HRS PATIENT FOUND ON FLOOR. Incident 2024 12 15 overnight fall.', ['2300 HRS', '2024 12 15']);
  untouched('The reference is ISO 15189 accreditation. See file NG136. File V2.10.345 released. Case 136 MHA.', ['ISO 15189', 'NG136', 'V2.10.345', '136 MHA']);
});
