// Stop 17: the learned token tagger (src/deid/tagger.ts). Invented sentences (no set's text): names and places no lexicon
// knows, in contexts no rule foresaw, that the rules alone miss and the tagger finds; look-alikes it leaves alone; and
// a training that gives the same weights twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';
import { setTaggerModel, taggerModel, setCaseTaggerModel, caseTaggerModel, setClinicalGate, clinicalWord, trainTagger, averageModels, quantise, features, tokenCover, eligible, MAX_FEATURES, type TagExample } from '../../src/deid/tagger.js';
import { taggerInput } from '../../src/deid/detect.js';

const spans = (text: string): string[] => detect(text).map((s) => `${text.slice(s.start, s.end)}/${s.type}`);
/** With the shipped weights, at the threshold chosen on cross-validation (0.9). */
const found = (text: string): string[] => spans(text);
const without = (text: string): string[] => {
  const m = taggerModel();
  setTaggerModel(null);
  try {
    return spans(text);
  } finally {
    setTaggerModel(m);
  }
};

test('the tagger finds names and places the rules miss', () => {
  const cases: [string, string][] = [
    ['Son drove her down from Kettleby Junction this morning; she lives there alone.', 'Kettleby Junction/LOCATION'],
    ['Pt seen with interpreter; Tovrek Alsander drove her in this morning and will take her home.', 'Tovrek'],
  ];
  for (const [text, want] of cases) {
    // A case names the span wanted ("Kettleby Junction/LOCATION") or the word a NAME span must start with ("Tovrek"):
    // how far the tagger's span reaches beyond it varies with the training data.
    const hit = (spans: string[]) => (want.includes('/') ? spans.includes(want) : spans.some((s) => s.startsWith(want) && s.endsWith('/NAME')));
    assert.ok(!hit(without(text)), `the rules alone already find ${want}`);
    assert.ok(hit(found(text)), `${want} in ${JSON.stringify(found(text))}`);
  }
});

test('the tagger leaves drugs, eponyms, organisms, devices and ordinary capitalised words alone', () => {
  for (const text of [
    'Started Xarelto 20 mg daily; Foley removed; Parkinson disease stable; Staphylococcus aureus in the culture.',
    'Patient uses a Medtronic pump and a Dexcom sensor; Bell palsy resolved.',
    'Plan: Continue Lasix. Monitor Electrolytes. Review Medication list with Pharmacy.',
    'The Whipple procedure went well and the Glasgow Coma Scale is 15.',
    'Hickman line flushed. Swan removed. Nitro paste applied. Trendelenburg position for the procedure.',
  ]) {
    assert.deepEqual(found(text), without(text), text);
  }
});

// Stop 18: texts all in capitals or all in lower case have a model of their own (trained on the open sets so rendered),
// which scores only words a name or place list knows (invented sentences below).
const withoutCase = (text: string): string[] => {
  const m = caseTaggerModel();
  setCaseTaggerModel(null);
  try {
    return spans(text);
  } finally {
    setCaseTaggerModel(m);
  }
};

test('in texts all in capitals or all in lower case, the tagger finds names and places the rules miss', () => {
  const cases: [string, string][] = [
    // (A known town after a place preposition is the rules' since stop 18, one-case.test.ts: these have no preposition.)
    ['towson rehab called re bed, will accept pt tomorrow. vss, afebrile. wife aware and in agreement with the plan. lungs clear.', 'towson/LOCATION'],
    ['ANNAPOLIS FIRE DEPT BROUGHT PT IN. BROTHER CALLED, ASKED FOR UPDATE. PLAN TO CONTINUE DIURESIS, MONITOR LYTES, OOB TO CHAIR AS TOLERATED.', 'ANNAPOLIS/LOCATION'],
    ['home: annapolis, with wife. brother called, asked for update. plan to continue diuresis, monitor lytes, oob to chair as tolerated.', 'annapolis/LOCATION'],
    ['pt visited by significant other lorraine this evening, updated on condition. lungs clear, abd soft, voiding qs.', 'lorraine/NAME'],
    ['VISITED BY SIGNIFICANT OTHER LORRAINE THIS EVENING, UPDATED ON CONDITION. LUNGS CLEAR, ABD SOFT, VOIDING QS.', 'LORRAINE/NAME'],
    ['DISCUSSED PLAN WITH NP COLETTE, WILL HOLD HEPARIN TONIGHT. LUNGS CLEAR, ABD SOFT, VOIDING QS, SKIN INTACT.', 'COLETTE/NAME'],
  ];
  for (const [text, want] of cases) {
    assert.ok(!withoutCase(text).includes(want), `the rules alone already find ${want}`);
    assert.ok(found(text).includes(want), `${want} in ${JSON.stringify(found(text))}`);
  }
});

test('in texts all in capitals or all in lower case, the tagger leaves clinical words, words no list knows and hyphenated words alone', () => {
  for (const text of [
    'NEURO: PERRL, MAE, FOLLOWS COMMANDS. RESP: LS COARSE, SUCTIONED FOR THICK TAN SECRETIONS. GI: TF AT GOAL, +BS. SKIN: COCCYX INTACT, DUODERM IN PLACE.',
    'neuro: a+ox3, perrla, mae. cv: nsr, no ectopy, k 3.9 repleted. resp: ls clear, sats 97% on 2l nc. gi: abd soft, +bs, tolerating diet. plan: oob to chair, ambulate.',
    'PT UP IN CHAIR FOR 2 HRS, TOLERATED WELL. WILL CONTINUE TO WEAN O2 AS TOLERATED. MAY NEED BIPAP AT NIGHT. HOPE TO EXTUBATE IN AM. GRANT FORMS SIGNED.',
    'PT MENTATING WELL, DIURESING TO LASIX. CK AM LABS-RX AS INDICATED. HEAD CT-WO ACUTE PROCESS. SUPPORT PT AND FAMILY.',
    'PT AWAITING PLACEMENT AT KETTLEBY JUNCTION REHAB, NGT IN PLACE, SON OKONJIBE CALLED.',
    'son okonjibe called from kettleby junction, ngt in place, awaiting rehab.',
  ]) {
    assert.deepEqual(found(text), withoutCase(text), text);
  }
});

test('the model of texts in one case leaves texts of mixed case alone, and ships at its threshold (0.97)', () => {
  const text = 'Pt will be transferred to the rehab in Towson once a bed is available; visited by Lorraine this evening.';
  assert.deepEqual(found(text), withoutCase(text));
  assert.equal(caseTaggerModel()?.threshold, 0.97);
});

test('as shipped, the tagger is on at the threshold chosen on cross-validation', () => {
  const text = 'Son drove her down from Kettleby Junction this morning; she lives there alone.';
  assert.equal(taggerModel()?.threshold, 0.9);
  assert.notDeepEqual(spans(text), without(text));
});

test('the tagger leaves words the rules decided about alone: facility heads, weekdays, form labels, camel-case names', () => {
  for (const text of ['Was at the Family Center today.', 'Group meets at Crystal Tues and Thurs.', 'Nama: Siti Hajar binti Rosli   Umur 41', 'text from MaryBeth Ottumwa today', 'Travel: British Columbia (March).']) {
    assert.deepEqual(found(text), without(text), text);
  }
});

test('training is deterministic: a tiny invented set twice gives the same weights', () => {
  const notes = [
    { text: 'Seen with her cousin Wendeline Oxhaugh at the Tarrowby clinic.', names: ['Wendeline', 'Oxhaugh'], places: ['Tarrowby'] },
    { text: 'Continue Lasix. Family meeting on Monday. Daughter Pirrika Valsund agrees.', names: ['Pirrika', 'Valsund'], places: [] },
    { text: 'Lives in Quenford with her husband Ardo Melkis; walks with a cane.', names: ['Ardo', 'Melkis'], places: ['Quenford'] },
  ];
  const examples: TagExample[] = [];
  for (const n of notes) {
    const { doc, cands } = taggerInput(n.text);
    const cover = tokenCover(doc.toks, cands);
    const buf = new Int32Array(MAX_FEATURES);
    doc.toks.forEach((t, i) => {
      if (!eligible(doc, i)) return;
      const w = n.text.slice(t.s, t.e);
      const y = n.names.includes(w) ? 1 : n.places.includes(w) ? 2 : 0;
      examples.push({ feats: buf.slice(0, features(doc, i, cover, buf)), y });
    });
  }
  assert.ok(examples.length >= 5, String(examples.length));
  const a = quantise(trainTagger(examples, { bits: 12, epochs: 3 }));
  const b = quantise(trainTagger(examples, { bits: 12, epochs: 3 }));
  assert.deepEqual(a, b);
  assert.ok(a.data.length > 0);
  // Models of two seeds, averaged: every weight and bias is the mean of the two.
  const m1 = trainTagger(examples, { bits: 12, epochs: 3, seed: 1 });
  const m2 = trainTagger(examples, { bits: 12, epochs: 3, seed: 2 });
  const avg = averageModels([m1, m2]);
  assert.notDeepEqual(m1.w, m2.w);
  for (const x of [0, 7, 100, 4095]) assert.ok(Math.abs((avg.w[x] as number) - ((m1.w[x] as number) + (m2.w[x] as number)) / 2) < 1e-6);
  assert.ok(Math.abs(avg.bName - (m1.bName + m2.bName) / 2) < 1e-9);
});

// Stop 18 (vocab18): the clinical vocabulary (src/deid/data/clinical-vocab.ts) as a gate on the tagger's spans.
// Invented sentences; a stub model that proposes every eligible word (all weights 0, a large NAME bias) shows what the
// gate alone stops, whatever the trained weights.
const proposeAll = { bits: 4, w: new Float32Array(32), scale: 1, bName: 12, bLoc: 0, threshold: 0.5 };
const withStub = (text: string, gate: boolean): string[] => {
  const [m, c] = [taggerModel(), caseTaggerModel()];
  setTaggerModel(proposeAll);
  setCaseTaggerModel(proposeAll);
  setClinicalGate(gate);
  try {
    return spans(text);
  } finally {
    setTaggerModel(m);
    setCaseTaggerModel(c);
    setClinicalGate(true);
  }
};

test('the clinical vocabulary knows drugs, devices, signs and shorthand, and their misspellings one edit away', () => {
  for (const w of ['allegra', 'careview', 'quinton', 'swann', 'swan-ganz', 'trendelenburg', 'perrl', 'perl', 'respir', 'napa', 'cx', 'lib', 'metoprolol', 'zosyn', 'klebsiella', 'tegaderm', 'jesus']) {
    assert.ok(clinicalWord(w), w);
  }
  // Misspellings of entries of seven letters or more: a letter replaced, dropped or added.
  for (const w of ['trendelenberg', 'metoprolo', 'vancomycine', 'ceftriaxon', 'amiodorone', 'levophead']) assert.ok(clinicalWord(w), w);
  // Names and places, and short words near short entries, are no clinical words.
  for (const w of ['kowalczyk', 'margaret', 'okonjibe', 'tovrek', 'kettleby', 'hamilton', 'grace', 'hope', 'will', 'page', 'maria', 'karen', 'stone']) {
    assert.ok(!clinicalWord(w), w);
  }
});

test('the tagger proposes no clinical word, in texts of mixed case and of one case', () => {
  const cases: [string, string[]][] = [
    ['Skin: itchy rash overnight. Careview camera on; placed in Trendelenberg. Respir: LS coarse. Quinton catheter flushed. NAPA level sent.', ['Careview', 'Trendelenberg', 'Respir', 'Quinton', 'NAPA']],
    ['Metoprolo held for HR 50s, Ceftriaxon started after cultures.', ['Metoprolo', 'Ceftriaxon']],
    ['PUPILS PERL, QUINTON FLUSHED, JESUS HELP ME, PT STATES. NIECE MARGARET CALLED.', ['PERL', 'QUINTON', 'JESUS']],
    ['pupils perl, quinton flushed, jesus help me, pt states. niece margaret called.', ['perl', 'quinton', 'jesus']],
  ];
  for (const [text, words] of cases) {
    const off = withStub(text, false);
    const on = withStub(text, true);
    for (const w of words) {
      assert.ok(off.includes(`${w}/NAME`), `without the gate the stub proposes ${w}: ${JSON.stringify(off)}`);
      assert.ok(!on.some((s) => s.startsWith(`${w}/`)), `${w} in ${JSON.stringify(on)}`);
    }
  }
});

test('the gate lets names through: clinical words that are names in a strong name context, and English words that are names', () => {
  const cases: [string, string[]][] = [
    ['Daughter Allegra Kowalczyk visited. Brother Tovrek Alsander called.', ['Allegra Kowalczyk/NAME', 'Tovrek Alsander/NAME']],
    ['SISTER ALLEGRA KOWALCZYK AND NIECE MARGARET CALLED.', ['ALLEGRA KOWALCZYK/NAME', 'MARGARET/NAME']],
    ['sister allegra kowalczyk called from home.', ['allegra kowalczyk/NAME']],
    ['Wife Grace and son Will at bedside; Hope to extubate.', ['Grace/NAME', 'Will/NAME']],
  ];
  for (const [text, want] of cases) {
    const on = withStub(text, true);
    for (const w of want) assert.ok(on.includes(w), `${w} in ${JSON.stringify(on)}`);
  }
  // With the shipped weights: a drug brand that is also a given name is left alone in a clinical sentence.
  const text = 'Skin: itchy rash on back overnight. Allegra given at 2200 with good relief. Will continue to monitor.';
  assert.deepEqual(found(text), without(text));
});
