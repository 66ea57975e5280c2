// Assertions of the detection tests (generalise*.test.ts): what detect() finds in a text, checked
// the way the scorer counts (letters and digits of the value inside spans).
import assert from 'node:assert/strict';
import { detect, type PhiType } from '../../src/deid/index.js';

/** Every span as `TYPE:text`. */
export const found = (text: string): string[] => detect(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

/** A span of exactly this type and text. */
export const has = (text: string, type: PhiType, value: string) =>
  assert.ok(found(text).includes(`${type}:${value}`), `expected ${type}:${value} in ${JSON.stringify(found(text))}`);

/** The value is covered by spans (of any type, or of `type`), letters and digits only, as the scorer counts. */
export const covered = (text: string, value: string, type?: PhiType) => {
  const at = text.indexOf(value);
  assert.ok(at >= 0, `test bug: ${value} not in text`);
  const spans = detect(text);
  for (let i = at; i < at + value.length; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i] as string)) continue;
    const sp = spans.find((s) => s.start <= i && i < s.end);
    assert.ok(sp, `expected "${value}" covered, char ${JSON.stringify(text[i])} is not: ${JSON.stringify(found(text))}`);
    if (type) assert.equal(sp.type, type, `expected "${value}" as ${type}: ${JSON.stringify(found(text))}`);
  }
};

/** No span touches the value. */
export const notFlagged = (text: string, value: string) => {
  const at = text.indexOf(value);
  assert.ok(at >= 0, `test bug: ${value} not in text`);
  const hit = detect(text).find((s) => s.start < at + value.length && s.end > at);
  assert.ok(!hit, `"${value}" should not be flagged: ${JSON.stringify(found(text))}`);
};

/** The text's places, as "words@start". */
export const places = (text: string): string[] => detect(text).filter((s) => s.type === 'LOCATION').map((s) => `${text.slice(s.start, s.end)}@${s.start}`);
/** Whether `words` (its first occurrence) is covered by one place span exactly. */
export const placeAt = (text: string, words: string): boolean => {
  const at = text.indexOf(words);
  assert.ok(at >= 0, words);
  return detect(text).some((s) => s.type === 'LOCATION' && s.start === at && s.end === at + words.length);
};
/** Whether some place span covers any letter of `words`. */
export const touched = (text: string, words: string): boolean => {
  const at = text.indexOf(words);
  assert.ok(at >= 0, words);
  return detect(text).some((s) => s.type === 'LOCATION' && s.start < at + words.length && s.end > at);
};
