import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/gateway/index.js';
import { parseRoutesConfig } from '../../src/providers/index.js';
import { startMockUpstream, type MockUpstream } from '../support/mock-upstream.js';
import { openTestServices, type TestServices } from '../support/services.js';

const PROMPT = 'Patient Dolores Whitfield, DOB 04/12/1957, seen 03/14/2026 and 03/21/2026, phone 617-555-0142.';

async function serve(env: Record<string, string>) {
  const mock = await startMockUpstream();
  const s = await openTestServices('pglite', env);
  const routes = parseRoutesConfig({
    models: { 'gpt-mock': { provider: 'openai', baseUrl: `${mock.url}/v1`, vendor: 'openai', apiKeyEnv: 'PHIGATE_TEST_UPSTREAM_KEY' } },
  });
  let app: FastifyInstance;
  try {
    app = await buildServer(s, { routes });
  } catch (e) {
    await mock.close();
    await s.dispose();
    throw e;
  }
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const t = await s.tenants.create('pol');
  const key = (await s.apiKeys.create(t.id, { principal: 'p', role: 'clinician' })).key;
  const call = (patient?: string) =>
    fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'x-phigate-purpose': 'TREAT',
        'content-type': 'application/json',
        ...(patient ? { 'x-phigate-patient': patient } : {}),
      },
      body: JSON.stringify({ model: 'gpt-mock', messages: [{ role: 'user', content: PROMPT }] }),
    });
  return { mock, s, app, call, close: async () => (await app.close(), await mock.close(), await s.dispose()) };
}

describe('gateway de-identification policy (PHIGATE_GATEWAY_POLICY)', () => {
  before(() => {
    process.env.PHIGATE_TEST_UPSTREAM_KEY = 'sk-upstream-test';
  });

  test('surrogate: the vendor sees realistic fake values; dates of one patient shift together', async () => {
    const g = await serve({ PHIGATE_GATEWAY_POLICY: 'surrogate' });
    try {
      const r = await g.call('MRN-0001');
      assert.equal(r.status, 200);
      const sent = g.mock.last()!.body.messages[0].content as string;
      for (const v of ['Dolores', 'Whitfield', '04/12/1957', '03/14/2026', '555-0142']) assert.equal(sent.includes(v), false);
      assert.equal(/\[\[|\[NAME\]/.test(sent), false);
      const dates = [...sent.matchAll(/\b(\d{2})\/(\d{2})\/(\d{4})\b/g)].map((m) => Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2])));
      assert.equal(dates.length, 3);
      assert.equal((dates[2]! - dates[1]!) / 86_400_000, 7); // the week between the two visits is kept
      await g.call('MRN-0001');
      assert.equal(g.mock.last()!.body.messages[0].content, sent); // consistent for the same patient
    } finally {
      await g.close();
    }
  });

  test('a policy that keeps names needs a BAA even without pass-through', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'phigate-pol-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'keep-names.json');
    writeFileSync(file, JSON.stringify({ name: 'keep-names', default: 'token', types: { NAME: 'keep' } }));
    const g = await serve({ PHIGATE_GATEWAY_POLICY: file });
    try {
      const refused = await g.call();
      assert.equal(refused.status, 403);
      assert.equal(((await refused.json()) as { error: { code: string } }).error.code, 'baa_required');
      assert.equal(g.mock.requests.length, 0);
      await g.s.vendors.add('openai', { baaSignedOn: '2025-01-01', baaExpiresOn: '2099-01-01', services: ['chat'] });
      const ok = await g.call();
      assert.equal(ok.status, 200);
      const sent = g.mock.last()!.body.messages[0].content as string;
      assert.ok(sent.includes('Dolores Whitfield'));
      assert.equal(sent.includes('555-0142'), false);
    } finally {
      await g.close();
    }
  });

  test('an invalid policy setting stops the server with the setting named', async () => {
    await assert.rejects(serve({ PHIGATE_GATEWAY_POLICY: '/nonexistent/policy.json' }), (e: { code?: string; message: string }) => e.code === 'config_invalid' && e.message.includes('PHIGATE_GATEWAY_POLICY'));
  });
});
