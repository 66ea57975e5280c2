// Stop 17: the learned tagger's configuration (it reads word lists of the other modules).
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import { configureTagger } from '../tagger.js';
import { L, NAME_BITS } from '../lexicon.js';
import { M, ONE_WORD_REGIONS_17 } from './vocabulary.js';

// States, countries and provinces are not annotated; titles, credentials, months, languages and makes are no names.
// (At the merge: nor facility heads and the words the rules hold to be no names, eponyms and scales; nor weekdays and the
// labels of Malay and Indonesian forms, "Umur 41".)
configureTagger(
  L.COUNTRY,
  M.STATE_WORDS | M.TITLES | M.CORE_TITLES | M.LOWER_TITLES | M.CREDENTIAL_TOKENS | M.MONTH_WORDS | M.NOT_PERSON | M.FACILITY_GENERIC | M.NOT_NAME | M.EPONYMS | M.EPONYM_HEADS | M.SCALE_NAMES,
  L.WORD,
  new Set([
    ...'mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday umur usia nama alamat jantina'.split(' '),
    // British spellings the word list lacks, and the one-word states of Mexico.
    ...'theatre theatres labour centre centres programme paediatric paediatrics anaesthetic anaesthetics anaesthetist haematology gynaecology orthopaedic orthopaedics oesophageal behaviour colour favour neighbour neighbours ministerio ministere ministry'.split(' '),
    ...ONE_WORD_REGIONS_17,
  ]),
  NAME_BITS,
  L.PLACE | L.PLACE_PREFIX,
  // (Stop 18, vocab18: titles and given names make the strong name context in which a clinical word that is also a
  // known name may still be proposed.)
  M.TITLES | M.CORE_TITLES | M.LOWER_TITLES,
  L.FIRST,
);
