// Stop 29: a diagnosis written in title case after a relative's word is not the relative's name (diagnoses.ts). Values
// are invented; the first check fails on stop 28's code, which read "Macular Degeneration", "Lupus Nephritis",
// "Crohn" and "Marfan" as names.
import { test } from 'node:test';

import { typedExactly, untouched } from './span-checks.js';

test('a family history of diagnoses in title case or in capitals flags no name', () => {
  const text = 'Family history:\nGranny: Macular Degeneration.\nSister: Lupus Nephritis.\nBrother: Crohn Disease.\nUncle: Multiple Sclerosis.';
  untouched(text, ['Macular', 'Degeneration', 'Lupus', 'Nephritis', 'Crohn', 'Disease', 'Multiple', 'Sclerosis']);
  untouched('FHx: father - Ankylosing Spondylitis, sister - Marfan Syndrome, aunt with Hodgkin Lymphoma.', ['Ankylosing', 'Marfan', 'Hodgkin']);
  untouched("Father: Parkinson's Disease. Mother: Bell's Palsy. Brother - Sickle Cell Trait.", ['Parkinson', 'Bell', 'Sickle']);
  untouched('FAMILY HISTORY: MOTHER: MACULAR DEGENERATION. SISTER: CELIAC DISEASE.', ['MACULAR', 'CELIAC']);
});

test('relatives named beside diagnoses keep their names', () => {
  typedExactly('Family history:\nSister: Maria Lopez, lives nearby.\nBrother: Keanu Bellweather.', ['Maria Lopez', 'Keanu Bellweather'], 'NAME');
  // A last word that is no disease's head, and a given name before a head, are a person's.
  typedExactly('Sister: Lupus Lopez visited today.', ['Lupus Lopez'], 'NAME');
  typedExactly('Mother: Grace Lupus, at the bedside.', ['Grace Lupus'], 'NAME');
  typedExactly('Brother: Wilson Disease. Friend: Wilson Okafor.', ['Wilson Okafor'], 'NAME');
  // A given name that no list knows as a surname, before a diagnosis in the same case: the patient's anaemia.
  typedExactly('Catatan: Ibu Dewi anemia Hb 9.8.', ['Dewi'], 'NAME');
  typedExactly('CATATAN: IBU DEWI ANEMIA HB 9.8.', ['DEWI'], 'NAME');
  // A title keeps the name.
  typedExactly('Seen by Dr. Graves Disease clinic today.', ['Graves'], 'NAME');
});

test('a disease word before a care site is the site', () => {
  typedExactly('Referred to Peter MacCallum Cancer Centre for review.', ['Peter MacCallum Cancer Centre'], 'LOCATION');
});

test("a relation's words are no name, a relative's name still is", () => {
  untouched('Family history:\nParents: Consanguineous, First Cousins.\nSiblings: Half Brother, healthy.', ['Consanguineous', 'First', 'Half']);
  typedExactly('Brothers: Tomas and Jiri. Mother: Grace, healthy.', ['Tomas', 'Jiri', 'Grace'], 'NAME');
});

test('clinical shorthand and a role alone after a relative or a contact are no name', () => {
  untouched('Family history: Mother: HTN, DM2. Father: CAD, CVA.', ['HTN', 'DM2', 'CAD', 'CVA']);
  untouched('Emergency Contact: Neighbor, no phone. Attending: Hospitalist Service.', ['Neighbor', 'Hospitalist']);
  typedExactly('Son: Ana. Daughter: ANA GARCIA. Contact: Mr. Neighbor.', ['Ana', 'ANA GARCIA', 'Neighbor'], 'NAME');
});
