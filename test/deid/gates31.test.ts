// Stop 31: `personIsBefore` (ages-stated.ts) tries PERSON_IS_24 only after a blank that follows one of the letters its
// words end with (m, s, e, n, d, g). That gate was derived by hand from the pattern (stop 30, speed), so a word added to
// the pattern later with another last letter would be skipped silently and an age over 89 said with it lost. This test
// builds phrases from the pattern's own words (one to three of them, joined by a blank or an apostrophe, in three cases,
// before a blank or a tab) and fails if the pattern matches one where the gate says no.
import { test } from 'node:test';
import assert from 'node:assert/strict';
// (The detector's modules are evaluated in their fixed order first.)
import '../../src/deid/detect.js';
import { PERSON_IS_24, personIsBefore } from '../../src/deid/detect/ages-stated.js';
import { detect } from '../../src/deid/index.js';

/** Every run of letters in a pattern's source, lower case, escapes' letters (\t, \w, \b) left out. */
function sourceWords(src: string): string[] {
  return [...new Set([...src.replace(/\\[a-z]/gi, ' ').matchAll(/[a-z]+/gi)].map((m) => m[0].toLowerCase()))];
}

test('personIsBefore holds wherever PERSON_IS_24 matches before the number', () => {
  const words = sourceWords(PERSON_IS_24.source);
  assert.ok(words.length > 30, `words read from the pattern: ${words.length}`);
  const heads = ['', ...words];
  const cases = [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase())];
  let matched = 0;
  const missed: string[] = [];
  for (const a of heads)
    for (const b of words)
      for (const sep of [' ', "'"])
        for (const c of ['', ...words]) {
          const phrase = c === '' ? (a === '' ? b : `${a} ${b}`) : `${a === '' ? '' : `${a} `}${b}${sep}${c}`;
          for (const blank of [' ', '\t', '  '])
            for (const cased of cases) {
              const before = `so ${cased(phrase)}${blank}`;
              if (!PERSON_IS_24.test(before.slice(-24))) continue;
              matched++;
              if (!personIsBefore(`${before}92 next week`, before.length)) missed.push(JSON.stringify(before));
            }
        }
  // The phrases the pattern is for are among those built ("i am", "mum was", "she's", "would have been", "aged").
  assert.ok(matched > 1000, `phrases the pattern matched: ${matched}`);
  assert.deepEqual(missed.slice(0, 10), []);
});

test('the gate and the rule agree end to end: ages said with each kind of verb are found', () => {
  for (const s of ['Dear doctor I am 92 and tired', "Mum was 94 when she fell", "She's 91 next month", 'Koro would have been 93', 'He was aged 96 at the time', 'GRANDMA IS 99 TODAY', 'he turned 90 last week']) {
    const m = /\b9\d\b/.exec(s) as RegExpExecArray;
    const spans = detect(s).filter((x) => x.type === 'AGE_OVER_89');
    assert.deepEqual(spans.map((x) => [x.start, x.end]), [[m.index, m.index + 2]], s);
  }
  // A vital said with a verb is no age ("she was 91" after sats), and a measure after the number keeps it one.
  for (const s of ['Sats: she was 91 on RA', 'Pt is 98 RA', 'Mum was 92 kg at intake']) {
    assert.equal(detect(s).filter((x) => x.type === 'AGE_OVER_89').length, 0, s);
  }
});
