// Stop 32: a token keeps its place and its trigger bits and reads the rest (word, key, shape, word-set bits) from its
// word's entry, which every token of that word shares, in this text and in every later one (the tokenizer's memo). A
// rule clears a trigger bit of one token in place ("job" opens an identifier's label only before "#", "id",
// "number"...: Detector.stickyAt): that must stay the token's own, not reach the other tokens of the word.
import { test } from 'node:test';
import assert from 'node:assert/strict';
// (The detector's modules are evaluated in their fixed order first.)
import '../../src/deid/detect.js';
import { Detector } from '../../src/deid/detect/detector.js';
import { T } from '../../src/deid/detect/words.js';
import { detect } from '../../src/deid/index.js';

const found = (text: string): string[] => detect(text).map((s) => `${text.slice(s.start, s.end)}:${s.type}`);

test('tokens of one word share its entry and keep their own places and bits', () => {
  const d = new Detector('Job done. Job #88120 filed; job list.');
  const jobs = d.toks.filter((t) => t.k === 'job');
  assert.equal(jobs.length, 3);
  assert.deepEqual(jobs.map((t) => [t.s, t.e, t.w, t.shape]), [[0, 3, 'Job', 'T'], [10, 13, 'Job', 'T'], [28, 31, 'job', 'L']]);
  assert.ok(jobs.every((t) => (t.f & T.LABEL) !== 0), 'each "job" starts with the label trigger');
  // The two capitalized tokens read one entry; the lower-case one is another word.
  const [a, b, c] = jobs as [Detector['toks'][number], Detector['toks'][number], Detector['toks'][number]];
  assert.ok('word' in a && 'word' in b && 'word' in c);
  assert.equal((a as unknown as { word: object }).word, (b as unknown as { word: object }).word);
  assert.notEqual((a as unknown as { word: object }).word, (c as unknown as { word: object }).word);
  // Clearing a bit of one token leaves the other token of the same word as it was.
  a.f &= ~T.LABEL;
  assert.equal(b.f & T.LABEL, T.LABEL);
  assert.equal(new Detector('Job #88120.').toks[0]!.f & T.LABEL, T.LABEL, 'a later text reads the entry unchanged');
});

test('a label word cleared where it opens no label still opens one later in the text', () => {
  assert.deepEqual(found('The job was done late. Dictated 10/11/2025 by T. Engel; job #88120 (transcription job).'), [
    '10/11/2025:DATE',
    'T. Engel:NAME',
    '88120:OTHER_ID',
  ]);
});

test('and in the next text', () => {
  assert.deepEqual(found('The job was done late.'), []);
  assert.deepEqual(found('Dictated by T. Engel; job #88120 (transcription).'), ['T. Engel:NAME', '88120:OTHER_ID']);
});
