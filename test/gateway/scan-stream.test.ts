import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detect } from '../../src/deid/index.js';
import { StreamScanner } from '../../src/gateway/scan-stream.js';

const ANSWER =
  'The note you sent mentions [[NAME_1A2B3C4D]] only. Another patient, Dolores Whitfield, was seen on 03/14/2026 and can be reached at 617-555-0142; her MRN: 88231907.';

const run = (policy: 'flag' | 'redact' | 'block', pieces: string[]) => {
  const sc = new StreamScanner(policy, detect);
  let out = '';
  for (const p of pieces) out += sc.push(p);
  out += sc.flush();
  return { out, counts: sc.counts };
};

const splitEvery = (text: string, n: number) => Array.from({ length: Math.ceil(text.length / n) }, (_, i) => text.slice(i * n, i * n + n));

describe('streamed answer scanning', () => {
  test('redact: identifiers the model was not given never leave, whatever the chunking; tokens pass', () => {
    for (const n of [1, 2, 3, 5, 7, 16, 1000]) {
      const { out, counts } = run('redact', splitEvery(ANSWER, n));
      for (const v of ['Dolores', 'Whitfield', '03/14/2026', '555-0142', '88231907']) assert.equal(out.includes(v), false, `chunk ${n}: ${v}`);
      assert.ok(out.includes('[[NAME_1A2B3C4D]]'), `chunk ${n}`);
      assert.ok(out.includes('[NAME]') && out.includes('[PHONE]'), `chunk ${n}`);
      assert.ok((counts.NAME ?? 0) >= 1);
    }
  });

  test('flag: the text passes unchanged, identifiers are counted', () => {
    for (const n of [1, 4, 1000]) {
      const { out, counts } = run('flag', splitEvery(ANSWER, n));
      assert.equal(out, ANSWER);
      assert.ok((counts.PHONE ?? 0) >= 1);
    }
  });

  test('block: throws before the identifier is released', () => {
    const sc = new StreamScanner('block', detect);
    let out = '';
    assert.throws(() => {
      for (const p of splitEvery(ANSWER, 3)) out += sc.push(p);
      out += sc.flush();
    }, (e: { code?: string }) => e.code === 'output_phi_blocked');
    assert.equal(out.includes('Whitfield'), false);
    assert.ok(out.startsWith('The note'));
  });

  test('clean text is released without waiting for the end beyond a short lookahead', () => {
    const sc = new StreamScanner('redact', detect);
    const text = 'Take the medication twice a day with food and drink plenty of water during the week. ';
    let out = '';
    for (const p of splitEvery(text, 4)) out += sc.push(p);
    assert.ok(out.length >= text.length - 40, `released ${out.length} of ${text.length}`);
    assert.equal(out + sc.flush(), text);
  });

  test('identifiers the caller sent in clear (pass-through) are not flagged', () => {
    const sc = new StreamScanner('redact', detect, new Set(['dolores whitfield']));
    const out = sc.push('Dolores Whitfield should rest today and tomorrow as planned. ') + sc.flush();
    assert.ok(out.includes('Dolores Whitfield'));
  });
});
