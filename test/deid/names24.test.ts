// Stop 24 (docs/deid-history.md, Stop 24): a person written as an initial and a surname ("CREW J. OKONJO / P.
// WHITTAKER"), and the initial before a surname found ("d. ferreira"). Values are invented; each check of a name found
// fails on stop 23's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('an initial and a surname no lexicon knows, after a role, a list\'s mark or a word that introduces a person', () => {
  typedExactly('CREW J. OKWUOSA / P. WHITLOCKE.\nADDENDUM 0710: HANDED TO ED STAFF.', ['J. OKWUOSA', 'P. WHITLOCKE'], 'NAME');
  typedExactly('COUNSELED BY RPH T. BEGAY-REDCLOUD - SPANISH, WITH TEACH-BACK.', ['T. BEGAY-REDCLOUD'], 'NAME');
  typedExactly('Embryologist on duty; witness N. Shahrokhi. Gonal-F started.', ['N. Shahrokhi'], 'NAME');
  typedExactly('Presiding: Senior Member D. Koutsakis.', ['D. Koutsakis'], 'NAME');
  typedExactly('DAY: S. NAIDU-PERUMAL  NIGHT: R. PILLAY-MOONSAMY', ['S. NAIDU-PERUMAL', 'R. PILLAY-MOONSAMY'], 'NAME');
});

test('the initial before a surname found is taken into the name', () => {
  typedExactly('present: d. ferreira (chair, intensivist), a. kowalski (nursing), rev. j. mabena (chaplaincy)', ['d. ferreira', 'a. kowalski', 'j. mabena'], 'NAME');
});

test('an initial and a word that are no person stay unflagged', () => {
  // An organism: the genus's initial and the species.
  untouched('E. COLI UTI, S. AUREUS BACTEREMIA, C. DIFF NEGATIVE, T. GONDII IGG NEG, B. PSEUDOMALLEI.', ['COLI', 'AUREUS', 'DIFF', 'GONDII', 'PSEUDOMALLEI']);
  untouched('Cultures grew E. coli and K. pneumoniae; P. Aeruginosa on the repeat.', ['coli', 'pneumoniae', 'Aeruginosa']);
  // A letter that belongs to the word before it, a language, a list's item, a sex after an age, a unit after a number.
  untouched('Level of vitamin D. Shaughnessy protocol to follow.', ['D.']);
  untouched('OPEN INGUINAL HERNIA R. URDU INTERPRETER BOOKED.', ['URDU']);
  untouched('SPECIMEN: A. Left breast, lumpectomy; B. Sentinel LN #1. DIAGNOSIS: A. Invasive ductal carcinoma', ['Sentinel', 'Invasive']);
  untouched('Case: child, 4 y, F. PESEL 22311500487 on file.', ['F. PESEL']);
  untouched('TYPHOID, RABIES X3, HEP A. MALARONE PRESCRIBED.', ['A. MALARONE']);
  untouched('PF=150L/M. ADMIN 2 PUFFS', ['M. ADMIN']);
  // A side before an abbreviation, a tablet's letter before a drug, a species, a letter of the word before (review).
  untouched('Lines: R. PICC, L. IJV; CT: L. MCA territory infarct', ['PICC', 'IJV', 'MCA']);
  untouched('Adv: T. Dolo 650 mg 1-0-1, C. Omez 20 mg BD', ['Dolo', 'Omez']);
  untouched('Stool: C. Tropicalis and F. Necrophorum grown', ['Tropicalis', 'Necrophorum']);
  untouched('START VIT D. FERREIRA TO REVIEW', ['D.']);
});
