// Stop 29: a diagnosis is not a person. A family history writes each relative with a condition in title case
// ("Granny: Macular Degeneration.", "Sister - Lupus Nephritis.", "Father: Ankylosing Spondylitis.", "uncle with Hodgkin
// Lymphoma", "Brother: Crohn Disease."), and the name rules read the capitalized words after a relative's word as the
// relative's name. Run last (Detector.runAll), when every rule and the tagger have found their names, it drops:
//   - a name whose last word is the head of a disease's name ("Lupus Nephritis", "Multiple Sclerosis", "Hodgkin Lymphoma",
//     "Lupus" alone) and whose other words are a disease's words, numbers or words no list knows as a given name (common
//     words, eponyms: "Hodgkin"); a given name before the head keeps the name ("Grace Lupus"), as does a last word that is
//     no head ("Lupus Lopez");
//   - a name of one to three words right before such a head in the same case, maybe with a disease's word between
//     ("Crohn Disease", "Marfan Syndrome", "Sickle Cell Trait",
//     "Parkinson's Disease", "CELIAC DISEASE"): an eponym or an adjective of the disease, not a person, unless one of
//     its words is a given name that no list knows as a surname ("IBU DEWI ANEMIA": Mrs Dewi's anaemia).
// Neither when a care site's word follows ("Peter MacCallum Cancer Centre", "Lupus Foundation": a place's name).
// Nor is a relation's word a name ("Parents: Consanguineous, First Cousins."): an everyday word that is no given name
// right before a kin noun in the same case, or one word in -ous that no list knows; nor clinical shorthand and words of
// the clinical vocabulary (tagger.ts) that no name list knows ("Mother: HTN, DM2.", "Attending: Hospitalist"), nor a
// role alone ("Emergency Contact: Neighbor").
// A title before the name keeps it ("Dr. Graves", "Mrs. Stroke"). The words are written by hand from general clinical
// knowledge (docs/deid.md, "Names"), not from any evaluation set; the endings -itis, -osis, -emia, -pathy, -plasia and
// -trophy of seven letters or more count as heads too, unless the word is a known given name.
// Part of the detector: import it only through ../detect.ts, which fixes the modules' evaluation order.
import type { Detector } from './detector.js';
import { L, NAME_BITS } from '../lexicon.js';
import { clinicalEntry } from '../tagger.js';

/** Words that end a disease's name (lower case). */
const HEADS = new Set(
  (
    'disease diseases syndrome disorder disorders lymphoma carcinoma cancer cancers sclerosis fibrosis arthritis nephritis ' +
    'degeneration dementia palsy dystrophy anemia anaemia leukemia leukaemia melanoma sarcoma myeloma spondylitis ' +
    'hepatitis colitis thyroiditis neuropathy cardiomyopathy myopathy atrophy ataxia diabetes mellitus hypertension asthma ' +
    'lupus aneurysm stenosis tumor tumour tumors tumours glioma glioblastoma mesothelioma adenoma psoriasis eczema ' +
    'dermatitis cirrhosis pancreatitis emphysema bronchitis bronchiectasis pneumonia tuberculosis epilepsy schizophrenia ' +
    'depression psychosis autism cataract cataracts glaucoma retinopathy nephropathy osteoporosis osteoarthritis gout ' +
    'hemophilia haemophilia thalassemia thalassaemia polyposis infarction stroke strokes failure insufficiency deficiency ' +
    'hypothyroidism hyperthyroidism hyperlipidemia hypercholesterolemia obesity alcoholism migraine migraines seizures ' +
    'arrhythmia fibrillation embolism thrombosis vasculitis encephalopathy encephalitis meningitis ulcer ulcers hernia ' +
    'diverticulitis diverticulosis endometriosis sarcoidosis amyloidosis hemochromatosis haemochromatosis ' +
    'neurofibromatosis scoliosis dysplasia hyperplasia neoplasm neoplasia lymphedema lymphoedema apnea apnoea ' +
    'hypercalcemia cardiomegaly anorexia bulimia addiction neuralgia gastritis esophagitis oesophagitis trait'
  ).split(' '),
);
/** Words of diseases' names before the head (lower case; common words such as "type" or "early" pass as common words). */
const WORDS = new Set(
  (
    'macular pulmonary celiac coeliac cystic multiple rheumatoid ankylosing coronary artery arterial breast colon colorectal ' +
    'prostate ovarian cervical uterine endometrial pancreatic gastric lung liver kidney renal bladder thyroid skin bone ' +
    'brain blood heart congestive chronic acute juvenile systemic polycystic inflammatory bowel irritable autoimmune ' +
    'sickle cell motor neurone neuron muscular idiopathic familial hereditary congenital onset mellitus peripheral vascular ' +
    'cerebral cerebrovascular ischemic ischaemic valvular atrial ventricular mitral aortic diabetic alcoholic fatty ' +
    'obstructive bipolar depressive generalized generalised anxiety deficit hyperactivity post-traumatic obsessive-compulsive ' +
    'malignant benign metastatic primary biliary hepatic pernicious aplastic hemolytic haemolytic non-hodgkin hodgkin ' +
    'hodgkin\'s basal squamous follicular b-cell t-cell small-cell non-small-cell lymphocytic myeloid myelogenous ' +
    'glioblastoma degenerative neurodegenerative interstitial restrictive dilated hypertrophic sensorineural essential ' +
    'lewy frontotemporal vascular macular wet dry age-related'
  ).split(' '),
);
/** Titles before a name: the name stays. */
const TITLE_BEFORE = /(?:\b(?:dr|mr|mrs|ms|miss|mx|prof|sr|rev)\.?|\bdoctor|\bnurse)[ \t]+$/i;
const ENDINGS = /(?:itis|osis|emia|aemia|pathy|plasia|trophy)$/;
/** A care site's or a society's word after the head (within the next two words): the words are a place's name. */
const SITE_AFTER = /^(?:['\u2019]s)?(?:[ \t]+[A-Za-z-]+){0,2}?[ \t]+(?:cent(?:re|er)s?|institutes?|hospitals?|clinics?|foundation|society|association|trust|unit|ward|research|services?|program(?:me)?|network|alliance|council|charity)\b/i;

/** The lower-case words of a name's text (parts split at blanks; an apostrophe's "s" dropped). */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[ \t]+/)
    .map((w) => w.replace(/['\u2019]s$/, '').replace(/[.,;:]+$/, ''))
    .filter((w) => w !== '');
}

function isHead(d: Detector, w: string): boolean {
  if (HEADS.has(w)) return true;
  return w.length >= 7 && /^[a-z]+$/.test(w) && ENDINGS.test(w) && (d.fl(w) & L.FIRST) === 0;
}

/** The case of a word: 'U' all capitals, 'T' capital first, 'L' otherwise. */
function caseOf(w: string): 'U' | 'T' | 'L' {
  if (w === w.toUpperCase() && w !== w.toLowerCase()) return 'U';
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase() ? 'T' : 'L';
}

/** The head word right after a name ending at `e` (blanks and maybe "'s" between, same line), in the name's case. */
const NEXT_WORD = /^(?:['\u2019]s)?[ \t]+([A-Za-z][A-Za-z-]*)/;

/** Roles that name no one alone after a contact's or a carer's label. */
const ROLE_NOUNS = new Set('neighbor neighbour neighbors neighbours roommate flatmate landlord landlady caregiver carer guardian boyfriend girlfriend fiance fiancee fiancé fiancée'.split(' '));

/** Kin nouns that a relation's adjective comes before. */
const KIN_NOUNS = new Set('cousin cousins brother brothers sister sisters sibling siblings twin twins parent parents relative relatives'.split(' '));

/** Whether the name `words` (its text `text`, ending at `e`) is a relation's words: an everyday word that is no given name
 * before a kin noun in the same case, or one word in -ous of seven letters or more that no list knows. */
function relationWords(d: Detector, v: string, e: number, words: readonly string[], text: string): boolean {
  if (words.length === 1) {
    const w = words[0] as string;
    if (w.length >= 7 && /^[a-z]+ous$/.test(w) && d.fl(w) === 0) return true;
  }
  const m = NEXT_WORD.exec(v.slice(e, e + 24));
  const next = m?.[1];
  if (next === undefined || !KIN_NOUNS.has(next.toLowerCase()) || caseOf(text.split(/[ \t]+/).pop() as string) !== caseOf(next)) return false;
  return words.every((w) => (d.fl(w) & L.WORD) !== 0 && (d.fl(w) & L.FIRST) === 0);
}

/** Drops names that are diagnoses (see the header); whether any was dropped. */
export function diagnosisDrops29(d: Detector): boolean {
  const v = d.v;
  let dropped = false;
  for (const c of d.cands) {
    if (c.p < 0 || c.t !== 'NAME' || c.e - c.s < 2) continue;
    const text = v.slice(c.s, c.e);
    if (TITLE_BEFORE.test(v.slice(Math.max(0, c.s - 12), c.s))) continue;
    const words = wordsOf(text);
    if (words.length === 0 || words.length > 4) continue;
    const last = words[words.length - 1] as string;
    let diagnosis = false;
    if (isHead(d, last)) {
      // Every other word is a disease's word, a number ("Type 2") or a word no list knows as a given name (common words,
      // eponyms: "Hodgkin"); a given name makes it a person's ("Grace Lupus").
      diagnosis = words.slice(0, -1).every((w) => WORDS.has(w) || /^\d+$/.test(w) || (d.fl(w) & L.FIRST) === 0);
    } else if (words.length <= 3) {
      const m = NEXT_WORD.exec(v.slice(c.e, c.e + 40));
      let next = m?.[1];
      // (A disease's word may come between: "Sickle Cell Trait", "Motor Neurone Disease".)
      if (m && next !== undefined && WORDS.has(next.toLowerCase()) && !isHead(d, next.toLowerCase())) {
        const m2 = NEXT_WORD.exec(v.slice(c.e + m[0].length, c.e + m[0].length + 40));
        const after = m2?.[1];
        if (after !== undefined && caseOf(after) === caseOf(next)) next = after;
      }
      // (The same case: "Crohn Disease", "CROHN DISEASE". A given name that is no surname keeps the name, in a text in
      // capitals or telegraphic prose above all: "IBU DEWI ANEMIA", "Ibu Dewi anemia".)
      if (next !== undefined && isHead(d, next.toLowerCase()) && caseOf(text.split(/[ \t]+/).pop() as string) === caseOf(next)) {
        diagnosis = words.every((w) => (d.fl(w) & (L.FIRST | L.LAST)) !== L.FIRST);
      }
    }
    // A head before a care site's word names the site ("Peter MacCallum Cancer Centre", "Lupus Foundation").
    if (diagnosis && SITE_AFTER.test(v.slice(c.e, c.e + 60))) diagnosis = false;
    // A relation's words in a family history: an adjective before a kin noun in the same case ("Parents: First Cousins",
    // "Half Brother"), and a word in -ous that no list knows ("Consanguineous"): no person.
    if (!diagnosis && words.length <= 2) diagnosis = relationWords(d, v, c.e, words, text);
    // Clinical shorthand and words of the clinical vocabulary that no name list knows ("Mother: HTN, DM2.", "Father:
    // CAD, CVA.", "Attending: Hospitalist"), and a role that is no person ("Emergency Contact: Neighbor").
    if (!diagnosis && words.length <= 3) diagnosis = words.every((w) => clinicalEntry(w) && (d.fl(w) & NAME_BITS) === 0) || (words.length === 1 && ROLE_NOUNS.has(words[0] as string));
    if (diagnosis) {
      c.p = -1;
      dropped = true;
    }
  }
  return dropped;
}
