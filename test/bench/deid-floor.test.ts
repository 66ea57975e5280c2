// The reference loops of bench:deid must do the work they claim, or the ceiling they print means nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CodeLexicon, codeLookups, lexiconLookups, wordBoundaries } from '../../bench/support/deid-floor.js';

const lexicon = new Map<string, number>([
  ['hope', 1],
  ['rivera', 2],
  ['boston', 4],
  ['o', 8],
  ['straße', 16],
]);

test('word boundaries count the words of a text', () => {
  assert.equal(wordBoundaries(''), 0);
  assert.equal(wordBoundaries('  BP 120/80, HR 72.\nPt seen by Dr. Rivera '), 10);
  assert.equal(wordBoundaries('Ärztin Straße'), 2);
});

test('both lookup loops find exactly the words of the lexicon, whatever their case', () => {
  const code = new CodeLexicon(lexicon);
  const cases: [string, number][] = [
    ['no lexicon word here at all', 0],
    ['HOPE', 1],
    ['seen by Dr. RIVERA in Boston', 2 | 4],
    ['hopeful riveras bostonian', 0],
    ['o', 8],
    ['Hope, Rivera, Boston, O', 1 | 2 | 4 | 8],
  ];
  for (const [text, bits] of cases) {
    assert.equal(lexiconLookups(text, lexicon), bits, text);
    assert.equal(codeLookups(text, code), bits, text);
  }
});

test('the in-place lexicon answers like the Map for every key and for near misses', () => {
  const words = new Map<string, number>();
  for (let i = 0; i < 5000; i++) words.set(`w${i.toString(36)}x`, (i % 7) + 1);
  const code = new CodeLexicon(words);
  for (const [k, b] of words) {
    assert.equal(codeLookups(` ${k.toUpperCase()} `, code), b, k);
    assert.equal(codeLookups(`${k}y`, code), 0, `${k}y`);
  }
});
