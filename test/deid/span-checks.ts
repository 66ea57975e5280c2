// Checks of the spans detect gives, shared by the tests of single rules (tables19, phones20).
import assert from 'node:assert/strict';

import { detect } from '../../src/deid/index.js';

/** Each of `values` in `text` (its first occurrence) is covered, every letter and digit, by a span of `type`. */
export function typedExactly(text: string, values: string[], type: string): void {
  const spans = detect(text);
  for (const v of values) {
    const at = text.indexOf(v);
    assert.ok(at >= 0, v);
    for (let x = at; x < at + v.length; x++) {
      if (!/[\p{L}\p{N}]/u.test(text[x] as string)) continue;
      const hit = spans.find((s) => s.start <= x && x < s.end);
      assert.ok(hit, `${v} is not covered in ${JSON.stringify(text)}: ${JSON.stringify(spans.map((s) => [text.slice(s.start, s.end), s.type]))}`);
      assert.equal(hit.type, type, v);
    }
  }
}

/** None of `values` is touched by any span. */
export function untouched(text: string, values: string[]): void {
  const spans = detect(text);
  for (const v of values) {
    const at = text.indexOf(v);
    assert.ok(at >= 0, v);
    const hit = spans.find((s) => s.start < at + v.length && s.end > at);
    assert.ok(!hit, `${v} should stay unflagged in ${JSON.stringify(text)} (${hit && text.slice(hit.start, hit.end)})`);
  }
}
