// Generalisation tests, probe round names31 (docs/deid-history.md, Stop 17, probe round: person names no lexicon knows): names
// of two to four capitalized words that no lexicon lists, after weak cues, list labels and list joiners, opening a sentence
// before a person's verb, after a chat line's time; and the look-alikes that must stay unflagged (brands, devices,
// organisms, terms of medicine, abbreviations). Every example is new and synthetic (invented names), written for the rule
// from the round's own battery, not copied from any set.
import { test } from 'node:test';

import { covered, has, notFlagged } from '../support/deid.js';

test('a name no lexicon knows after a weak cue: with, per, cc, from, for, to, by', () => {
  has('Reviewed the plan with Ilsemarie Quastenfeld this morning.', 'NAME', 'Ilsemarie Quastenfeld');
  has('Discussed goals of care with Tsegazeab Woldegiorgis and his wife.', 'NAME', 'Tsegazeab Woldegiorgis');
  has('Collateral history obtained from Ingibjorg Sveinbjarnardottir.', 'NAME', 'Ingibjorg Sveinbjarnardottir');
  has('Voicemail left for Kavehzad Farahanipour to call back.', 'NAME', 'Kavehzad Farahanipour');
  has('Care handed over to Ravindrika Gunawardhana overnight.', 'NAME', 'Ravindrika Gunawardhana');
  has('Per Ulugbekjon Rakhimberdiev, no falls at home.', 'NAME', 'Ulugbekjon Rakhimberdiev');
  // A double surname joined by a hyphen, a surname in capitals in mixed text.
  has('Had coffee with Tsegazeab Obasanjoye-Akinwunmiye after rounds.', 'NAME', 'Tsegazeab Obasanjoye-Akinwunmiye');
  has('Plan agreed with Ilsemarie QUASTENFELD today.', 'NAME', 'Ilsemarie QUASTENFELD');
  // A title or a kin word between the cue and the name stays outside it.
  has('Lives with Abuela Xiomaritza Quispemamani.', 'NAME', 'Xiomaritza Quispemamani');
  notFlagged('Lives with Abuela Xiomaritza Quispemamani.', 'Abuela');
});

test('names no lexicon knows in lists, opening a sentence before a verb, and in a chat', () => {
  // After a list label, and the next items of the list.
  has('Family at bedside: Aigerimay Nurlanovna, Yerlanbek Abenovich.', 'NAME', 'Aigerimay Nurlanovna');
  has('Family at bedside: Aigerimay Nurlanovna, Yerlanbek Abenovich.', 'NAME', 'Yerlanbek Abenovich');
  has('Apologies: Nomvulana Khumalozi, Fergal Ó Súilleabháinín', 'NAME', 'Fergal Ó Súilleabháinín');
  has('Present:\n- Hemiora Waititiki\n- Tuiana Rangihunaki', 'NAME', 'Tuiana Rangihunaki');
  has('In attendance: Anjalika Deshpandeyar (chair), Bjornulf Halvorsenby (minutes)', 'NAME', 'Bjornulf Halvorsenby');
  // Opening a sentence, before a person's verb.
  has('Tsegazeab Woldegiorgis was seen in clinic today.', 'NAME', 'Tsegazeab Woldegiorgis');
  has('Mahletawit Gebremeskelu states she is worried.', 'NAME', 'Mahletawit Gebremeskelu');
  // A chat line's speaker after its time.
  has('[09:14] Adaezenwa Okonkwojie: pt is asking for you', 'NAME', 'Adaezenwa Okonkwojie');
  covered('14:02 Dilnozabonu Karimovna: any update on bed 3?', 'Dilnozabonu Karimovna', 'NAME');
});

test('brands, devices, organisms, terms of medicine and abbreviations after the same cues stay unflagged', () => {
  // A dose or a generic head after the words; a treatment's or a finding's word before the cue.
  notFlagged('Continue with Lantuvia Solostar 20 units at night.', 'Lantuvia');
  notFlagged('Started with Mounjaro Kwikpen.', 'Mounjaro');
  notFlagged('Well controlled with Xarelvo Eliquara.', 'Xarelvo');
  notFlagged('Colonised with Serratia Marcescens.', 'Serratia');
  notFlagged('Swab positive for Moraxella Catarrhalis.', 'Moraxella');
  notFlagged('Seen with Holtera Ziopatch device.', 'Holtera');
  // Terms of medicine no lexicon lists, capitalized.
  notFlagged('Admitted with Atrial Fibrillation.', 'Atrial');
  notFlagged('Presents with Pericardial Effusion and Bibasilar Rales.', 'Pericardial');
  notFlagged('Presents with Pericardial Effusion and Bibasilar Rales.', 'Bibasilar');
  notFlagged('Seen with Exertional Dyspnea.', 'Exertional');
  notFlagged('Stable with Mitral Regurgitation.', 'Mitral');
  // Abbreviations capitalized; words in capitals after a cue in capitals.
  notFlagged('Sinus rhythm with Freq Pvcs overnight.', 'Freq');
  notFlagged('Lungs with Occ Rhonchi bilat.', 'Occ');
  notFlagged('CONT WITH LYTE REPLETION, PT NEEDS PRBC.', 'LYTE');
  // A post after a titled name and a comma.
  notFlagged('Dott. Matteo Rinaldi, Albo Odontoiatri n. 4471', 'Albo');
});
