// DetectBatcher: concurrent requests' texts read by the detector together (gateway/detect-batch.ts),
// and protectSlots reading through it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detect, detectMany, loadPolicy, type DetectOptions, type Span } from '../../src/deid/index.js';
import { DetectBatcher } from '../../src/gateway/detect-batch.js';
import { PhigateError } from '../../src/common/index.js';
import { protectSlots, scanOutput, scanOutputRead } from '../../src/gateway/protect.js';
import type { Slot } from '../../src/gateway/slots.js';

const NOTES = [
  ['Patient Dolores Whitfield, phone (617) 555-0142.', 'Seen on 03/14/2026 by Dr. Anita Raghunathan.'],
  ['No identifiers here.'],
  ['Marcus Okonkwo-Bell, MRN 70419254, lives at 1180 North Damen Street, Chicago.', 'Email m.okonkwobell@example.org'],
  ['Evelyn Marchetti (DOB 07/29/1946) called from 503-555-0119.'],
];

/** A many-text detector that records each call's texts. */
const recording = (fail?: (t: string) => boolean) => {
  const calls: string[][] = [];
  const many = (texts: readonly string[], options?: DetectOptions): Span[][] => {
    calls.push([...texts]);
    if (fail && texts.some(fail)) throw new Error('detector failure');
    return detectMany(texts, options);
  };
  return { calls, many };
};

describe('DetectBatcher', () => {
  test('requests of one turn are read in one call, and each gets what detect gives each of its texts alone', async () => {
    const { calls, many } = recording();
    const b = new DetectBatcher(many, {});
    const out = await Promise.all(NOTES.map((texts) => b.detect(texts)));
    assert.equal(calls.length, 1);
    assert.deepEqual(calls[0], NOTES.flat());
    assert.equal(b.groups, 1);
    assert.equal(b.textsRead, NOTES.flat().length);
    NOTES.forEach((texts, i) => {
      assert.equal(out[i]!.length, texts.length);
      texts.forEach((t, j) => assert.deepEqual(out[i]![j], detect(t)));
    });
    assert.ok(out[0]![0]!.some((s) => s.type === 'NAME'), 'the first note has a name');
  });

  test('a request alone is read at the next turn; requests of later turns make groups of their own', async () => {
    const { calls, many } = recording();
    const b = new DetectBatcher(many, {});
    const first = await b.detect(NOTES[0]!);
    assert.deepEqual(first, NOTES[0]!.map((t) => detect(t)));
    const [x, y] = await Promise.all([b.detect(NOTES[2]!), b.detect(NOTES[3]!)]);
    assert.deepEqual(x, NOTES[2]!.map((t) => detect(t)));
    assert.deepEqual(y, NOTES[3]!.map((t) => detect(t)));
    assert.equal(calls.length, 2);
    assert.equal(b.groups, 2);
    assert.deepEqual(await b.detect([]), []);
    assert.equal(b.groups, 2, 'no texts, no call');
  });

  test("the detection options are the batcher's (a deny list, kinds left out)", async () => {
    const options: DetectOptions = { types: ['PHONE', 'NAME'], deny: [{ value: 'Quillfeather', type: 'NAME' }] };
    const text = 'Quillfeather called from 503-555-0119 about Evelyn Marchetti of Portland, on 03/14/2026.';
    const b = new DetectBatcher(recording().many, options);
    const [spans] = await b.detect([text]);
    assert.deepEqual(spans, detect(text, options));
    assert.ok(spans!.some((s) => text.slice(s.start, s.end) === 'Quillfeather' && s.type === 'NAME'), 'the denied value');
    assert.ok(!spans!.some((s) => s.type === 'LOCATION' || s.type === 'DATE'), 'only the kinds asked for');
    assert.ok(detect(text).some((s) => s.type === 'DATE'), 'which the default options would report');
  });

  test('a group whose call fails is read again request by request: only the request that fails gets the error', async () => {
    const { calls, many } = recording((t) => t.includes('POISON'));
    const b = new DetectBatcher(many, {});
    const results = await Promise.allSettled([b.detect(NOTES[0]!), b.detect(['POISON Dolores Whitfield']), b.detect(NOTES[3]!)]);
    assert.equal(results[0]!.status, 'fulfilled');
    assert.equal(results[1]!.status, 'rejected');
    assert.equal(results[2]!.status, 'fulfilled');
    assert.deepEqual((results[0] as PromiseFulfilledResult<Span[][]>).value, NOTES[0]!.map((t) => detect(t)));
    assert.deepEqual((results[2] as PromiseFulfilledResult<Span[][]>).value, NOTES[3]!.map((t) => detect(t)));
    assert.equal(calls.length, 4, 'the group once, then each request alone');
    // A request alone that fails gets the detector's own error.
    await assert.rejects(b.detect(['POISON']), /detector failure/);
  });

  test('a detector that returns the wrong number of results fails the requests, it does not shift spans between them', async () => {
    const b = new DetectBatcher((texts) => texts.slice(1).map(() => []), {});
    const results = await Promise.allSettled([b.detect(['a', 'b']), b.detect(['c'])]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['rejected', 'rejected'],
    );
  });

  test('a group that reaches maxChars is read at once; a request that would take it past the bound waits alone', async () => {
    const { calls, many } = recording();
    const b = new DetectBatcher(many, {}, 60);
    const small = b.detect(['Dolores Whitfield']);
    const small2 = b.detect(['Evelyn Marchetti']);
    assert.equal(calls.length, 0, 'below the bound: read at the next turn');
    const fill = b.detect(['Seen 03/14/2026 by Dr. Rao.']);
    assert.deepEqual(calls, [['Dolores Whitfield', 'Evelyn Marchetti', 'Seen 03/14/2026 by Dr. Rao.']], 'the bound reached: read now, with the texts already waiting');
    const next = b.detect(['Tobias Lindgren']);
    const big = b.detect([NOTES[2]![0]!]);
    assert.deepEqual(calls.slice(1), [['Tobias Lindgren'], [NOTES[2]![0]]], 'a request over the bound: the group waiting is read first, then the request alone');
    assert.deepEqual(await small, [detect('Dolores Whitfield')]);
    assert.deepEqual(await small2, [detect('Evelyn Marchetti')]);
    assert.deepEqual(await fill, [detect('Seen 03/14/2026 by Dr. Rao.')]);
    assert.deepEqual(await next, [detect('Tobias Lindgren')]);
    assert.deepEqual(await big, [detect(NOTES[2]![0]!)]);
    await new Promise((r) => setImmediate(r));
    assert.equal(calls.length, 3, 'the turn that follows finds nothing to read');
  });
});

describe('protectSlots through a batcher', () => {
  const policy = loadPolicy('token');
  const slot = (text: string): Slot & { text: string } => {
    const s = { text, json: false, get: () => s.text, set: (v: string) => void (s.text = v) };
    return s;
  };

  test("concurrent requests are read together and each request's texts get its own tokens and values", async () => {
    const { calls, many } = recording();
    const b = new DetectBatcher(many, { types: policy.detectTypes, allow: policy.allow, deny: policy.deny });
    const requests = NOTES.map((texts) => texts.map(slot));
    const commits: Array<Array<{ type: string; value: string }>> = [];
    const outs = await Promise.all(
      requests.map((slots, r) =>
        protectSlots(slots, {
          tenantId: '00000000-0000-4000-8000-000000000001',
          policy,
          keys: {},
          detectBatch: b,
          detectorMany: () => assert.fail('the texts were read by the batcher'),
          commit: async (items) => {
            commits[r] = [...items];
            return items.map((it, i) => `[[${it.type}_${String(r * 100 + i).padStart(8, '0')}]]`);
          },
        }),
      ),
    );
    assert.equal(calls.length, 1, 'one read for the four requests');
    NOTES.forEach((texts, r) => {
      // What each request committed is exactly what detect finds in its own texts.
      const expected = texts.flatMap((t) => detect(t).map((s) => t.slice(s.start, s.end)));
      assert.deepEqual(commits[r]!.map((it) => it.value).sort(), [...new Set(expected)].sort());
      for (const [tok, value] of outs[r]!.minted) {
        assert.ok(requests[r]!.some((s) => s.text.includes(tok)));
        assert.ok(texts.some((t) => t.includes(value)), 'a value minted for a request comes from that request');
      }
    });
    assert.equal(requests[1]![0]!.text, 'No identifiers here.');
    assert.ok(!requests[2]!.some((s) => s.text.includes('70419254') || s.text.includes('Okonkwo')));
  });

  test('a failed read is done again without the batcher: the request whose text the detector cannot read fails alone', async () => {
    const poisoned = (t: string) => t.includes('POISON');
    const b = new DetectBatcher(recording(poisoned).many, { types: policy.detectTypes, allow: policy.allow, deny: policy.deny });
    const fallback: string[][] = [];
    const ctx = {
      tenantId: '00000000-0000-4000-8000-000000000001',
      policy,
      keys: {},
      detectBatch: b,
      detectorMany: (ts: readonly string[], o?: DetectOptions) => {
        fallback.push([...ts]);
        if (ts.some(poisoned)) throw new Error('detector failure');
        return detectMany(ts, o);
      },
      detector: (t: string, o?: DetectOptions) => {
        if (poisoned(t)) throw new Error('detector failure');
        return detect(t, o);
      },
      commit: async (items: Array<{ type: string; value: string }>) => items.map((_, i) => `[[NAME_${String(i).padStart(8, '0')}]]`),
    };
    const good = [slot('Seen by Dr. Anita Raghunathan.')];
    const bad = [slot('Seen by Dr. Dolores Whitfield.'), slot('POISON')];
    const results = await Promise.allSettled([protectSlots(good, ctx), protectSlots(bad, ctx)]);
    assert.equal(results[0]!.status, 'fulfilled');
    assert.equal(results[1]!.status, 'rejected');
    assert.ok(!good[0]!.text.includes('Raghunathan'));
    assert.deepEqual(fallback, [['Seen by Dr. Dolores Whitfield.', 'POISON']], 'only the failed request is read again, without the batcher');
  });

  test("a batcher whose options are not the policy's is not used (its spans could be of other kinds)", async () => {
    const { calls, many } = recording();
    const b = new DetectBatcher(many, { types: ['PHONE'] });
    const s = [slot('Seen by Dr. Anita Raghunathan, phone 503-555-0119.')];
    const used: string[][] = [];
    await protectSlots(s, {
      tenantId: '00000000-0000-4000-8000-000000000001',
      policy,
      keys: {},
      detectBatch: b,
      detectorMany: (ts, o) => {
        used.push([...ts]);
        return detectMany(ts, o);
      },
      commit: async (items) => items.map((it, i) => `[[${it.type}_${String(i).padStart(8, '0')}]]`),
    });
    assert.equal(calls.length, 1, 'the batcher read the text');
    assert.equal(used.length, 1, 'but the policy\'s detector read it again');
    assert.ok(!s[0]!.text.includes('Raghunathan'), 'and the name, which the batcher\'s options leave out, is tokenized');
  });
});

describe('scanOutputRead: the answer scan through a batcher', () => {
  const slot = (text: string): Slot & { text: string } => {
    const s = { text, json: false, get: () => s.text, set: (v: string) => void (s.text = v) };
    return s;
  };
  const answer = () => [slot('Summary for [[NAME_0A1B2C3D]]: stable.'), slot('Call Dolores Whitfield at (617) 555-0142.')];

  test('counts what the detector finds in each text, in order, and redacts by the spans of that text', async () => {
    const b = new DetectBatcher(detectMany, {});
    const flagged = answer();
    const counts = await scanOutputRead(flagged, 'flag', (t) => b.detect(t));
    assert.deepEqual(counts, scanOutput(answer(), 'flag'));
    assert.ok((counts.NAME ?? 0) >= 1 && (counts.PHONE ?? 0) >= 1);
    assert.equal(flagged[1]!.text, 'Call Dolores Whitfield at (617) 555-0142.', 'flag leaves the text');
    const redacted = answer();
    await scanOutputRead(redacted, 'redact', (t) => b.detect(t));
    const expected = answer();
    scanOutput(expected, 'redact');
    assert.deepEqual(
      redacted.map((s) => s.text),
      expected.map((s) => s.text),
    );
    assert.ok(!redacted[1]!.text.includes('Whitfield') && redacted[1]!.text.includes('[NAME]'));
    await assert.rejects(scanOutputRead(answer(), 'block', (t) => b.detect(t)), (e: unknown) => e instanceof PhigateError && e.code === 'output_phi_blocked');
  });

  test('a detector that fails is deid_failed, with no text in the error', async () => {
    const b = new DetectBatcher(() => {
      throw new Error('boom Dolores Whitfield');
    }, {});
    await assert.rejects(scanOutputRead(answer(), 'flag', (t) => b.detect(t)), (e: unknown) => e instanceof PhigateError && e.code === 'deid_failed' && !e.message.includes('Whitfield'));
  });
});
