import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { detect, detectMany, type DetectOptions, type Span } from '../../src/deid/index.js';
import { DetectionCache } from '../../src/gateway/detect-cache.js';
import { buildServer } from '../../src/gateway/index.js';
import { parseRoutesConfig } from '../../src/providers/index.js';
import { startMockUpstream, type MockUpstream } from '../support/mock-upstream.js';
import { openTestServices, type TestServices } from '../support/services.js';

// Synthetic identifiers only (555 numbers, invented names).
const CANARY = 'Quillon Abernathy-Vasquez';
const note = (n: number) =>
  `Follow-up note ${n}. Patient: ${CANARY}, seen in clinic today; call back at (617) 555-0142 about the results. ` +
  'Blood pressure 128/76, pulse 72, continues lisinopril 10 mg daily and walks thirty minutes most days.';

/** A detector that counts its calls and otherwise is the library's. */
function counting() {
  const calls: string[] = [];
  const fn = (text: string, options: DetectOptions = {}): Span[] => {
    calls.push(text);
    return detect(text, options);
  };
  return { fn, calls };
}

describe('DetectionCache', () => {
  test('wrapMany: the texts not known are read together, once; the entries are those of wrap(detect)', () => {
    const cache = new DetectionCache(100);
    const { fn, calls } = counting();
    const one = cache.wrap(fn);
    const groups: string[][] = [];
    const many = cache.wrapMany(fn, (texts, options) => {
      groups.push([...texts]);
      return detectMany(texts, options);
    });
    one(note(1), {});
    const texts = [note(1), note(2), 'Dr. Lewis', note(3)];
    const got = many(texts, {});
    assert.deepEqual(got, texts.map((t) => detect(t)));
    // note(1) was known; the others went to detectMany in one call (the short one too, though it is not kept).
    assert.deepEqual(groups, [[note(2), 'Dr. Lewis', note(3)]]);
    // What wrapMany read, wrap knows, and the other way round.
    one(note(2), {});
    one(note(3), {});
    assert.equal(calls.length, 1);
    many([note(1), note(2), note(3)], {});
    assert.equal(groups.length, 1);
    // Other options, other entries.
    many([note(2)], { types: ['PHONE'] });
    assert.equal(groups.length, 2);
    // Copies: changing what came back changes nothing kept.
    got[1]![0]!.start = -1;
    assert.deepEqual(many([note(2)], {})[0], detect(note(2)));
  });

  test('wrapMany: a text given twice in one call (a shared system prompt) is read and kept once, each copy its own', () => {
    const cache = new DetectionCache(100, detect(note(1)).length * 2);
    const groups: string[][] = [];
    const many = cache.wrapMany(detect, (texts, options) => {
      groups.push([...texts]);
      return detectMany(texts, options);
    });
    const got = many([note(1), note(2), note(1), 'Dr. Lewis', 'Dr. Lewis'], {});
    assert.deepEqual(groups, [[note(1), note(2), 'Dr. Lewis', 'Dr. Lewis']], 'short texts are not kept, so each is read');
    assert.deepEqual(got, [note(1), note(2), note(1), 'Dr. Lewis', 'Dr. Lewis'].map((t) => detect(t)));
    got[2]![0]!.start = -1;
    assert.deepEqual(got[0], detect(note(1)), 'the copies are not the same objects');
    // Both notes fit the bound of spans held (two notes' worth): the repeat did not count twice.
    assert.equal(cache.size, 2);
    many([note(1), note(2)], {});
    assert.equal(groups.length, 1, 'both kept');
  });

  test('a text read once is not read again: same spans, as copies', () => {
    const cache = new DetectionCache(100);
    const { fn, calls } = counting();
    const d = cache.wrap(fn);
    const first = d(note(1), {});
    const second = d(note(1), {});
    assert.equal(calls.length, 1);
    assert.deepEqual(second, first);
    assert.ok(first.some((s) => s.type === 'NAME'), 'the canary name is found');
    second[0]!.start = -1; // a caller changing what it got back changes nothing kept
    assert.deepEqual(d(note(1), {}), first);
    assert.equal(cache.hits, 2);
    assert.equal(cache.misses, 1);
  });

  test('different texts, option sets or detectors never share an entry', () => {
    const cache = new DetectionCache(100);
    const a = counting();
    const b = counting();
    const da = cache.wrap(a.fn);
    const db = cache.wrap(b.fn);
    da(note(1), {});
    da(note(2), {});
    da(note(1), { types: ['PHONE'] });
    assert.equal(a.calls.length, 3);
    assert.deepEqual(
      da(note(1), { types: ['PHONE'] }).map((s) => s.type),
      ['PHONE'],
    );
    db(note(1), {});
    assert.equal(b.calls.length, 1, 'another detector reads the text itself');
  });

  test('short texts are read every time; a size of 0 turns the cache off', () => {
    const cache = new DetectionCache(100);
    const { fn, calls } = counting();
    const d = cache.wrap(fn);
    d('Call Quillon at 555-0142.', {});
    d('Call Quillon at 555-0142.', {});
    assert.equal(calls.length, 2);
    const off = new DetectionCache(0);
    const c2 = counting();
    const d2 = off.wrap(c2.fn);
    d2(note(1), {});
    d2(note(1), {});
    assert.equal(c2.calls.length, 2);
    assert.equal(off.size, 0);
  });

  test('bounded by entries (least recently used first) and by spans held', () => {
    const cache = new DetectionCache(2);
    const { fn, calls } = counting();
    const d = cache.wrap(fn);
    d(note(1), {});
    d(note(2), {});
    d(note(1), {}); // note 1 is now the most recently used
    d(note(3), {}); // evicts note 2
    assert.equal(cache.size, 2);
    const before = calls.length;
    d(note(1), {});
    assert.equal(calls.length, before, 'note 1 kept');
    d(note(2), {});
    assert.equal(calls.length, before + 1, 'note 2 was evicted');

    const spansPerNote = detect(note(1)).length;
    const small = new DetectionCache(100, spansPerNote * 2);
    const c = counting();
    const ds = small.wrap(c.fn);
    for (let i = 0; i < 5; i++) ds(note(i), {});
    assert.ok(small.size <= 2, `at most two notes' spans kept (kept ${small.size})`);
  });

  test('keeps no text: neither the keys nor the entries contain the canary', () => {
    const cache = new DetectionCache(100);
    const d = cache.wrap(detect);
    d(note(1), {});
    const inside = JSON.stringify([...(cache as unknown as { entries: Map<string, unknown> }).entries]);
    assert.ok(inside.length > 0);
    assert.ok(!inside.includes('Quillon'), 'no name');
    assert.ok(!inside.includes('555'), 'no phone digits');
  });
});

describe('the gateway reads a conversation history once', () => {
  let mock: MockUpstream;
  const servers: Array<{ s: TestServices; app: FastifyInstance }> = [];

  before(async () => {
    process.env.PHIGATE_TEST_UPSTREAM_KEY = 'sk-upstream-test';
    mock = await startMockUpstream();
  });
  after(async () => {
    for (const { s, app } of servers) {
      await app.close();
      await s.dispose();
    }
    await mock?.close();
  });

  async function gateway(env: Record<string, string>) {
    const s = await openTestServices('pglite', env);
    const routes = parseRoutesConfig({
      models: { 'gpt-mock': { provider: 'openai', baseUrl: `${mock.url}/v1`, vendor: 'openai', apiKeyEnv: 'PHIGATE_TEST_UPSTREAM_KEY', timeoutMs: 10_000 } },
    });
    const app = await buildServer(s, { routes });
    servers.push({ s, app });
    const t = await s.tenants.create('cache');
    const { key } = await s.apiKeys.create(t.id, { principal: 'app', role: 'clinician' });
    const ask = async (messages: Array<{ role: string; content: string }>) => {
      const r = await app.inject({
        method: 'POST',
        url: '/v1/chat/completions',
        headers: { authorization: `Bearer ${key}`, 'x-phigate-purpose': 'TREAT', 'x-phigate-conversation': 'conv-1', 'content-type': 'application/json' },
        payload: { model: 'gpt-mock', messages },
      });
      assert.equal(r.statusCode, 200, r.body);
      return (r.json() as { choices: Array<{ message: { content: string } }> }).choices[0]!.message.content;
    };
    return { app, ask };
  }

  test('turn 2 re-sends turn 1: its texts are not read again, and the answer is the same', async () => {
    const { app, ask } = await gateway({});
    const history = [
      { role: 'system', content: `You are a careful clinical assistant. ${'Answer briefly and cite the note. '.repeat(6)}` },
      { role: 'user', content: note(1) },
    ];
    const a1 = await ask(history);
    assert.ok(a1.includes(CANARY), 'the caller gets its values back');
    const cache = app.gateway.detectionCache;
    const hitsBefore = cache.hits;
    const a2 = await ask([...history, { role: 'assistant', content: a1 }, { role: 'user', content: note(2) }]);
    assert.ok(a2.includes(CANARY));
    assert.ok(cache.hits >= hitsBefore + 2, `system prompt and turn 1 remembered (hits ${cache.hits - hitsBefore})`);
    // What the upstream received for turn 1's text is the same tokens both times (one conversation).
    const sent = mock.requests.slice(-2).map((r) => JSON.stringify(r.body));
    for (const b of sent) assert.ok(!b.includes(CANARY), 'no identifier reached the upstream');
  });

  test('PHIGATE_DEID_CACHE=0 reads every text every time', async () => {
    const { app, ask } = await gateway({ PHIGATE_DEID_CACHE: '0' });
    const history = [{ role: 'user', content: note(3) }];
    await ask(history);
    await ask(history);
    assert.equal(app.gateway.detectionCache.hits, 0);
    assert.equal(app.gateway.detectionCache.size, 0);
  });
});
