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
import type { Tok } from './words.js';
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

function isHead(d: Detector, w: string): boolean {
  if (HEADS.has(w)) return true;
  return w.length >= 7 && ENDINGS.test(w) && /^[a-z]+$/.test(w) && (d.fl(w) & L.FIRST) === 0;
}

/** The case of a token: 'U' all capitals, 'T' capital first, 'L' otherwise. */
function caseOf(t: Tok): 'U' | 'T' | 'L' {
  return t.shape === 'U' ? 'U' : t.shape === 'T' || t.shape === 'I' ? 'T' : 'L';
}

/** The token after token i when only blanks (and maybe the possessive's "s" of token i) lie between, on the same line. */
function nextAfter(d: Detector, i: number): Tok | undefined {
  const t = d.toks[i] as Tok;
  const n = d.toks[i + 1];
  if (n === undefined || n.shape === 'X') return undefined;
  const v = d.v;
  let x = t.e;
  const c0 = v.charCodeAt(x);
  if ((c0 === 39 || c0 === 0x2019) && v.charCodeAt(x + 1) === 115) x += 2;
  if (x >= n.s) return undefined;
  for (; x < n.s; x++) {
    const c = v.charCodeAt(x);
    if (c !== 32 && c !== 9) return undefined;
  }
  return n;
}

/** Roles that name no one alone after a contact's or a carer's label. */
const ROLE_NOUNS = new Set('neighbor neighbour neighbors neighbours roommate flatmate landlord landlady caregiver carer guardian boyfriend girlfriend fiance fiancee fiancé fiancée'.split(' '));

/** Kin nouns that a relation's adjective comes before. */
const KIN_NOUNS = new Set('cousin cousins brother brothers sister sisters sibling siblings twin twins parent parents relative relatives'.split(' '));

/** Whether a name's words (its tokens first..last) are a relation's words: an everyday word that is no given name before a
 * kin noun in the same case, or one word in -ous of seven letters or more that no list knows. */
function relationWords(d: Detector, first: number, last: number): boolean {
  const toks = d.toks;
  if (first === last) {
    const w = (toks[first] as Tok).k;
    if (w.length >= 7 && w.endsWith('ous') && /^[a-z]+$/.test(w) && d.fl(w) === 0) return true;
  }
  const next = nextAfter(d, last);
  if (next === undefined || !KIN_NOUNS.has(next.k) || caseOf(toks[last] as Tok) !== caseOf(next)) return false;
  for (let i = first; i <= last; i++) {
    const f = d.fl((toks[i] as Tok).k);
    if ((f & L.WORD) === 0 || (f & L.FIRST) !== 0) return false;
  }
  return true;
}

/** Drops names that are diagnoses (see the header); whether any was dropped. */
export function diagnosisDrops29(d: Detector): boolean {
  const v = d.v;
  const toks = d.toks;
  let dropped = false;
  // (Speed: a name's words are read from its tokens, and the title and site patterns run only for a name a rule drops.)
  for (const c of d.cands) {
    if (c.p < 0 || c.t !== 'NAME' || c.e - c.s < 2) continue;
    // The name's tokens: the first starting at or after its start, the last ending at or before its end.
    let lo = 0;
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((toks[mid] as Tok).s < c.s) lo = mid + 1;
      else hi = mid;
    }
    const first = lo;
    let last = first - 1;
    while (last + 1 < toks.length && (toks[last + 1] as Tok).e <= c.e && last - first < 4) last++;
    const n = last - first + 1;
    if (n <= 0 || n > 4 || (last + 1 < toks.length && (toks[last + 1] as Tok).s < c.e)) continue;
    const lastTok = toks[last] as Tok;
    let diagnosis = false;
    if (lastTok.shape !== 'X' && isHead(d, lastTok.k)) {
      // Every other word is a disease's word, a number ("Type 2") or a word no list knows as a given name (common words,
      // eponyms: "Hodgkin"); a given name makes it a person's ("Grace Lupus").
      diagnosis = true;
      for (let i = first; i < last && diagnosis; i++) {
        const t = toks[i] as Tok;
        if (t.shape === 'X') diagnosis = /^\d+$/.test(t.k);
        else diagnosis = WORDS.has(t.k) || (d.fl(t.k) & L.FIRST) === 0;
      }
    } else if (n <= 3) {
      let next = nextAfter(d, last);
      // (A disease's word may come between: "Sickle Cell Trait", "Motor Neurone Disease".)
      if (next !== undefined && WORDS.has(next.k) && !isHead(d, next.k)) {
        const after = nextAfter(d, last + 1);
        if (after !== undefined && caseOf(after) === caseOf(next)) next = after;
      }
      // (The same case: "Crohn Disease", "CROHN DISEASE". A given name that is no surname keeps the name, in a text in
      // capitals or telegraphic prose above all: "IBU DEWI ANEMIA", "Ibu Dewi anemia".)
      if (next !== undefined && isHead(d, next.k) && caseOf(lastTok) === caseOf(next)) {
        diagnosis = true;
        for (let i = first; i <= last && diagnosis; i++) diagnosis = (d.fl((toks[i] as Tok).k) & (L.FIRST | L.LAST)) !== L.FIRST;
      }
    }
    // A head before a care site's word names the site ("Peter MacCallum Cancer Centre", "Lupus Foundation").
    if (diagnosis && SITE_AFTER.test(v.slice(c.e, c.e + 60))) diagnosis = false;
    // A relation's words in a family history: an adjective before a kin noun in the same case ("Parents: First Cousins",
    // "Half Brother"), and a word in -ous that no list knows ("Consanguineous"): no person.
    if (!diagnosis && n <= 2) diagnosis = relationWords(d, first, last);
    // Clinical shorthand and words of the clinical vocabulary that no name list knows ("Mother: HTN, DM2.", "Father:
    // CAD, CVA.", "Attending: Hospitalist"), and a role that is no person ("Emergency Contact: Neighbor").
    if (!diagnosis && n <= 3) {
      diagnosis = true;
      for (let i = first; i <= last && diagnosis; i++) {
        const k = (toks[i] as Tok).k;
        diagnosis = clinicalEntry(k.toLowerCase()) && (d.fl(k) & NAME_BITS) === 0;
      }
      if (!diagnosis && n === 1) diagnosis = ROLE_NOUNS.has(lastTok.k);
    }
    // A title before the name keeps it ("Dr. Graves", "Mr. Neighbor").
    if (diagnosis && TITLE_BEFORE.test(v.slice(Math.max(0, c.s - 12), c.s))) diagnosis = false;
    if (diagnosis) {
      c.p = -1;
      dropped = true;
    }
  }
  return dropped;
}
