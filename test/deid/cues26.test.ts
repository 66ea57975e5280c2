// Stop 26 (docs/deid-history.md, Stop 26): a person's name right after a role or a relative, when its words are ones no
// lexicon knows or given names that are also words. Values are invented; each check of a name found fails on stop 25's
// code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a name no lexicon knows after a role or a relative, in mixed case', () => {
  typedExactly('Ward round: fellow on leave, Nurse Purity Wanjohi. Plan discussed.', ['Purity Wanjohi'], 'NAME');
  typedExactly('Injection given at the clinic by nurse Samah Abdel-Aal.', ['Samah Abdel-Aal'], 'NAME');
  typedExactly('Vaccine given. OPD nurse Waraporn K.; ID doctor reviewed.', ['Waraporn K.'], 'NAME');
  typedExactly('Transport by road, nurse Khulan. Road via the pass.', ['Khulan'], 'NAME');
  typedExactly('Feeding well overnight. Plunket nurse follow up. RN Storm.', ['Storm'], 'NAME');
});

test('in capitals and in lower case, only names that read as names', () => {
  typedExactly('can only ship to home or a clinic. nurse nino kapanadze-beridze will call from the office.', ['nino kapanadze-beridze'], 'NAME');
});

test('words after a role that are no name stay unflagged', () => {
  // (The hostile review's: an analgesia, devices, a diagnosis or a legal role's abbreviation after a relative in capitals.)
  untouched('Patient Controlled Analgesia started. Technician: Philips Respironics. Nurse Pyxis.', ['Controlled', 'Respironics', 'Pyxis']);
  untouched('FATHER: PARKINSONS (DX 2015)', ['PARKINSONS']);
  untouched('DAUGHTER: HCPOA (REG)', ['HCPOA']);
  untouched('CAREGIVER: FREESTYLE LIBRE', ['FREESTYLE', 'LIBRE']);
  // (The second review's: an eponym's pair after a relative in a family history.)
  untouched('FH: Father Li-Fraumeni, on surveillance. Sister Churg-Strauss, on rituximab.', ['Li-Fraumeni', 'Churg-Strauss']);
  untouched('Patient Education materials given. Nurse Practitioner reviewed. Father Christmas visited the ward.', ['Education', 'Practitioner', 'Christmas']);
  untouched('Employer: Schlumberger (do not contact). Employer: Prudential (analyst)', ['Schlumberger', 'Prudential']);
  untouched('SCHOOL NURSE VOICEMAIL -- TRANSCRIBED. NURSE CALLBACK 22/11: SPOKE TO MOTHER.', ['VOICEMAIL', 'CALLBACK']);
  untouched('ESCORT: MARCUS TAN (NURSE CLINICIAN). REGISTRAR OBSTETRIC THEATRE: DR PARKER', ['CLINICIAN', 'OBSTETRIC']);
  // A patient's cue in capitals or in lower case stands before abbreviations and misspellings.
  untouched('PT REMAINES VENTED ON A/C. PT AFEB. PT INCONT LG AMT.', ['REMAINES', 'AFEB', 'INCONT']);
  untouched('pt nares traumatized, pulses dopp x4 dp/pt bilat. fellow eval.', ['nares', 'bilat', 'eval']);
  untouched('Dialysis nurse Schwester Ilse weighed him.', ['Schwester']);
});
