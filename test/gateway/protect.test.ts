// protectSlots: texts are de-identified with placeholders, the values committed, then each
// placeholder of this request replaced by its token (gateway/protect.ts).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detect, detectMany, loadPolicy } from '../../src/deid/index.js';
import { protectSlots } from '../../src/gateway/protect.js';
import type { Slot } from '../../src/gateway/slots.js';

const slot = (text: string): Slot & { text: string } => {
  const s = { text, json: false, get: () => s.text, set: (v: string) => void (s.text = v) };
  return s;
};

describe('protectSlots', () => {
  const policy = loadPolicy('token');
  const commit = async (items: Array<{ type: string; value: string }>) => items.map((it, i) => `[[${it.type}_${String(i).padStart(8, '0')}]]`);

  test("each placeholder becomes its token; text shaped like another request's placeholder is left as it is", async () => {
    const foreign = '\uE000abcdefabcdef:0\uE001';
    const a = slot(`Patient Dolores Whitfield, phone (617) 555-0142. ${foreign}`);
    const b = slot('No identifiers here.');
    const c = slot('Seen by Dr. Anita Raghunathan on 03/14/2026.');
    const seen: Array<{ type: string; value: string }> = [];
    const out = await protectSlots([a, b, c], {
      tenantId: '00000000-0000-4000-8000-000000000001',
      policy,
      keys: {},
      commit: async (items) => {
        seen.push(...items);
        return commit(items);
      },
    });
    assert.ok(seen.length >= 4);
    for (const [tok, value] of out.minted) {
      assert.ok([a.text, c.text].some((t) => t.includes(tok)), 'every minted token is in a text');
      assert.ok(!a.text.includes(value) && !c.text.includes(value), 'no committed value is left in clear');
    }
    assert.ok(a.text.endsWith(foreign), 'the foreign placeholder is untouched');
    assert.equal(b.text, 'No identifiers here.');
    assert.doesNotMatch(a.text + c.text, /\uE000[0-9a-f]{12}:\d+\uE001(?<!abcdefabcdef:0\uE001)/);
  });

  test("the request's texts are read in one call of the many-text detector; a text it cannot read fails the request", async () => {
    const texts = ['Patient Dolores Whitfield, phone (617) 555-0142.', 'No identifiers here.', 'Seen by Dr. Anita Raghunathan on 03/14/2026.'];
    const slots = texts.map(slot);
    const calls: string[][] = [];
    const out = await protectSlots(slots, {
      tenantId: '00000000-0000-4000-8000-000000000001',
      policy,
      keys: {},
      detector: detect,
      detectorMany: (t, o) => {
        calls.push([...t]);
        return detectMany(t, o);
      },
      commit,
    });
    assert.deepEqual(calls, [texts]);
    assert.equal(out.counts.NAME, 2);
    assert.ok(!slots[0]!.text.includes('Whitfield') && !slots[2]!.text.includes('Raghunathan'));
    // Fail closed: a detector that throws (the many-text one, then the per-text one) stops the request.
    const broken = () => {
      throw new Error('detector down: Whitfield');
    };
    await assert.rejects(
      protectSlots([slot(texts[0]!)], { tenantId: '00000000-0000-4000-8000-000000000001', policy, keys: {}, detector: broken, detectorMany: broken, commit }),
    );
  });

  test('two requests at once each get their own tokens', async () => {
    const x = slot('Patient Dolores Whitfield, MRN: 88231907.');
    const y = slot('Patient Marcus Okonkwo-Bell, MRN: 70419254.');
    const mk = (tag: string) => async (items: Array<{ type: string; value: string }>) => items.map((it, i) => `[[${it.type}_${tag}${String(i).padStart(4, '0')}]]`);
    const ctx = (tag: string) => ({ tenantId: '00000000-0000-4000-8000-000000000001', policy, keys: {}, commit: mk(tag) });
    const [px, py] = await Promise.all([protectSlots([x], ctx('AAAA')), protectSlots([y], ctx('BBBB'))]);
    assert.ok([...px.minted.keys()].every((t) => t.includes('_AAAA') && x.text.includes(t)));
    assert.ok([...py.minted.keys()].every((t) => t.includes('_BBBB') && y.text.includes(t)));
    assert.doesNotMatch(x.text + y.text, /\uE000/);
  });
});
