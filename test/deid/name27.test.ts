// Stop 27 (kin-names.ts): a person's name after the relatives, carers and roles the cue lists lack, after "son of" and
// "w/o", in a plural cue's list, and a clerk's initials or user name in a record's stamp. Values are invented; each
// check of a name found fails on stop 26's code.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a name after a relative, a carer or a role the cue lists lack', () => {
  typedExactly('Came in with her mum Ailsa Brodie and nan Dot.', ['Dot'], 'NAME');
  typedExactly('She is going back to Kona to live with her auntie Pualani.', ['Pualani'], 'NAME');
  typedExactly('Leaflet handed over. Thanks also to receptionist Hope. We drove home.', ['Hope'], 'NAME');
  typedExactly('Clinician: Otieno Barasa, Clinical Officer, reg. 2231.', ['Otieno Barasa'], 'NAME');
});

test('a relation written with "of" or "\'s name"', () => {
  typedExactly('Patient: Dariush Karimi, son of Behnam, 61, farmer.', ['Behnam'], 'NAME');
  typedExactly("Hamid Rostami, 44, father's name Khodadad, national code on file.", ['Khodadad'], 'NAME');
  typedExactly('Address: Block C, house of Jahirul (beside the tea stall).', ['Jahirul'], 'NAME');
});

test("the names of a plural cue's list", () => {
  typedExactly('Seen by Dr Kofi Mensah (MO), nurses Wumpini and Sulemana Dawuni. Plan discussed.', ['Sulemana Dawuni'], 'NAME');
});

test("a clerk's initials or user name in a record's stamp", () => {
  typedExactly('SPECIMEN COLLECTED: 04/12/25 0610 BY QJX\nNA 138', ['QJX'], 'NAME');
  typedExactly('CONSENT FORM SCANNED. ENROLLED BY WPZ 03/01/2025.', ['WPZ'], 'NAME');
  typedExactly('Letter dictated, typed VQK\n', ['VQK'], 'NAME');
  typedExactly('REPORT RUN 2025-07-01 06:40     CLERK BHARRINGTON\nSUBSCRIBER: SELF', ['BHARRINGTON'], 'NAME');
});

test('given names joined by a hyphen before a surname', () => {
  typedExactly('Aisha-Noor Belkacem: Morning all, clinic at 9.', ['Aisha-Noor Belkacem'], 'NAME');
});

test('eponyms, products and places joined by a hyphen stay unflagged', () => {
  untouched('Known Guillain-Barre Syndrome. Maria Post-Op day 2. Anna Follow-Up tomorrow. Dr Smith Follow-Up.', ['Guillain-Barre', 'Post-Op', 'Follow-Up']);
  untouched('Pfizer-BioNTech dose 2 given. Mallory-Weiss tear suspected. Brown-Sequard syndrome.', ['Pfizer-BioNTech', 'Mallory-Weiss', 'Brown-Sequard']);
});

test('in lower case, care words joined by a hyphen after a name found stay outside it', () => {
  untouched('seen by dr smith follow-up in 2 weeks. nurse amy step-down unit transfer. mr kowalski well-known to service.', ['follow-up', 'step-down', 'well-known']);
  untouched('ma mere est suivie. ma sage-femme amelie viendra demain. grand-pere ahmed vit a oran.', ['sage-femme', 'grand-pere']);
});

test('words after these cues that are no name stay unflagged', () => {
  untouched('CT abdomen w/o Contrast Enhancement. MRI w/o Gadolinium. CXR s/o Pneumonia.', ['Contrast', 'Gadolinium', 'Pneumonia']);
  untouched('Nurses Station 4 called. Children and Young People Service referral. Friends and Family Test done. Twins A and B delivered.', ['Station', 'Young', 'Family']);
  untouched('Comhairle nan Eilean Siar funding agreed. Filha mais velha acompanha.', ['Eilean', 'mais']);
  untouched('Reviewed by ID. Confirmed by CT. Checked by RN 0800. Replaced by MBI 5TR2-PN8-QX03.', ['ID', 'CT', 'RN', 'MBI']);
  untouched('MA increased from 7 to 10 by EP. SBP 40s by NBP, confirmed by NBP. Collar applied by NSWA.', ['EP', 'NBP', 'NSWA']);
  untouched('Mother arrived by matatu. Cancelled by HOSP. Sent by fax.', ['matatu', 'HOSP', 'fax']);
  untouched('MOTHER TRAVELLED BY BODA FROM THE VILLAGE. ARRIVED BY BODA.\nREVIEWED BY ENT.', ['BODA', 'ENT']);
  untouched('User: ADMIN. Clerk: ER desk. Typist: Medical Secretary.', ['ADMIN', 'ER', 'Medical']);
});

test("the words of another language after its relative's or role's word stay unflagged", () => {
  untouched('Antecedentes familiares: Padre Hipertenso, Madre Diabetica. Datos: Padre: Desconocido.', ['Hipertenso', 'Diabetica', 'Desconocido']);
  untouched('Familienanamnese: Vater Verstorben (Herzinfarkt). Ehefrau Informiert telefonisch. Hustru Informerad.', ['Verstorben', 'Informiert', 'Informerad']);
  untouched('Informante: Madre Adoptiva. Acompañante: Hermana Menor. Filha Mais Velha acompanha.', ['Adoptiva', 'Menor', 'Mais']);
  untouched('Medico Tratante: Dr. Perez. Equipe: Enfermeira Chefe, Medico Plantonista. Lekarz Prowadzący.', ['Tratante', 'Chefe', 'Plantonista', 'Prowadzący']);
});

test("routes, bodies, systems and blood groups after a stamp's cue stay unflagged", () => {
  untouched('Fentanyl given 14:00 by PCA, pain 3/10. Given 0800 by NJT. Started 22:00 by NIV.', ['PCA', 'NJT', 'NIV']);
  untouched('Approved by DTC. Confirmed by CSF. Dispensed by CVS. Sent by DPD. Exported by RIS.', ['DTC', 'CSF', 'CVS', 'DPD', 'RIS']);
  untouched('Prélevé 07:45 par IDE. Adressé le 12/03 par MT. Sent by eRS. Sent by nhsmail.', ['IDE', 'MT', 'eRS', 'nhsmail']);
  untouched('Blood typed ABO. Patient typed AB, Rh neg. Typed HLA. Typed NAD. Typed TBC.', ['ABO', 'AB', 'HLA', 'NAD', 'TBC']);
  untouched('User: sys.admin\nUser: emr.sync\nUser: ris.pacs', ['sys.admin', 'emr.sync', 'ris.pacs']);
});

test('eponyms before a test, a scale or a product, joined by a hyphen, stay unflagged', () => {
  untouched('Mann-Whitney Test. Hoehn-Yahr Stage 3. Lund-Mackay Score 12. Simpson-Angus Scale.', ['Test', 'Stage', 'Score', 'Scale']);
  untouched('Ehlers-Danlos Hypermobile. Fisher-Paykel Humidifier. Sturge-Weber Port wine stain. Semmes-Weinstein Monofilament intact.', ['Hypermobile', 'Humidifier', 'Port', 'Monofilament']);
  untouched('Twins: Mono and Di, 32 weeks.', ['Mono']);
});

test('capitals after a participle and BY: a committee or a route without a date or a time beside them is no clerk', () => {
  untouched('DRUG CHART APPROVED BY DTC.', ['DTC']);
  untouched('ANALGESIA GIVEN BY PCA.', ['PCA']);
  typedExactly('SPECIMEN VERIFIED 11/02/2026 1410 BY KMT', ['KMT'], 'NAME');
});

test("a relative, a colon, then everyday words that are no given name: a family history's diagnosis, no name", () => {
  untouched('Family history. Mother: Breast Cancer at 45. Father: Heart Failure.', ['Breast Cancer', 'Heart Failure']);
  typedExactly('Next of kin. Mother: Rose Hart, 555-0100.', ['Rose Hart'], 'NAME');
});
