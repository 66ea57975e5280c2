import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/gateway/index.js';
import { parseRoutesConfig } from '../../src/providers/index.js';
import { startMockUpstream, type MockUpstream } from '../support/mock-upstream.js';
import { openTestServices, type TestServices } from '../support/services.js';

describe('gateway limits (pglite)', () => {
  let s: TestServices;
  let app: FastifyInstance;
  let mock: MockUpstream;
  let base: string;
  let key: string;
  let otherKey: string;

  before(async () => {
    process.env.PHIGATE_TEST_UPSTREAM_KEY = 'sk-upstream-test';
    mock = await startMockUpstream();
    s = await openTestServices('pglite', { PHIGATE_RATE_LIMIT: '3', PHIGATE_MAX_BODY_BYTES: '4096' });
    const routes = parseRoutesConfig({
      models: {
        inspect: { provider: 'inspect', vendor: 'phigate' },
        'gpt-mock': { provider: 'openai', baseUrl: `${mock.url}/v1`, vendor: 'openai', apiKeyEnv: 'PHIGATE_TEST_UPSTREAM_KEY', timeoutMs: 10_000 },
      },
    });
    app = await buildServer(s, { routes });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const addr = app.server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const t = await s.tenants.create('limits');
    key = (await s.apiKeys.create(t.id, { principal: 'a', role: 'clinician' })).key;
    otherKey = (await s.apiKeys.create(t.id, { principal: 'b', role: 'clinician' })).key;
  });
  after(async () => {
    await app?.close();
    await mock?.close();
    await s?.dispose();
  });

  const post = (k: string, body: unknown, signal?: AbortSignal) =>
    fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${k}`, 'x-phigate-purpose': 'TREAT', 'content-type': 'application/json' },
      body: JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });

  test('a request body over the limit gets 413 in the OpenAI error shape', async () => {
    const r = await post(key, { model: 'inspect', messages: [{ role: 'user', content: 'x'.repeat(5000) }] });
    assert.equal(r.status, 413);
    const body = (await r.json()) as { error: { code: string; type: string } };
    assert.equal(body.error.code, 'request_too_large');
  });

  test('invalid JSON gets 400 invalid_json without echoing the body', async () => {
    const r = await fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'x-phigate-purpose': 'TREAT', 'content-type': 'application/json' },
      body: '{"model": "inspect", "messages": [Dolores Whitfield',
    });
    assert.equal(r.status, 400);
    const text = await r.text();
    assert.match(text, /invalid_json/);
    assert.equal(text.includes('Dolores'), false);
  });

  test('per-key rate limit: 429 with Retry-After; other keys unaffected', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r = await post(otherKey, { model: 'inspect', messages: [{ role: 'user', content: 'hi' }] });
      statuses.push(r.status);
      if (r.status === 429) {
        retryAfter = r.headers.get('retry-after');
        assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'rate_limited');
      } else await r.arrayBuffer();
    }
    assert.ok(statuses.includes(429), `statuses ${statuses.join(',')}`);
    assert.ok(retryAfter && Number(retryAfter) > 0);
    const r = await post(key, { model: 'inspect', messages: [{ role: 'user', content: 'hi' }] });
    assert.notEqual(r.status, 429);
  });

  test('a client that disconnects mid-stream aborts the upstream call', async () => {
    const k = (await s.apiKeys.create((await s.tenants.get('limits')).id, { principal: 'c', role: 'clinician' })).key;
    mock.behave({ mode: 'hang-mid-stream', hangAfterChunks: 2 });
    const ac = new AbortController();
    const r = await post(k, { model: 'gpt-mock', stream: true, messages: [{ role: 'user', content: 'tell me a long story' }] }, ac.signal);
    assert.equal(r.status, 200);
    const reader = r.body!.getReader();
    await reader.read();
    const aborted = mock.waitForClientAbort();
    ac.abort();
    await aborted; // resolves only when the upstream request was ended early
    mock.reset();
  });
});
