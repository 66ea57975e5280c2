import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { purgeRateWindows } from '../../src/access/index.js';
import { buildServer } from '../../src/gateway/index.js';
import { parseRoutesConfig } from '../../src/providers/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';

const routes = parseRoutesConfig({ models: { inspect: { provider: 'inspect', vendor: 'phigate' } } });

async function listen(s: TestServices): Promise<{ app: FastifyInstance; base: string }> {
  const app = await buildServer(s, { routes });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  return { app, base: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` };
}

const ask = (base: string, key: string) =>
  fetch(`${base}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'x-phigate-purpose': 'TREAT', 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'inspect', messages: [{ role: 'user', content: 'Call Wilhelmina Canary at 617-555-0142.' }] }),
  });

for (const kind of storeKinds) {
  describe(`rate limits across instances (${kind.name})`, { skip: kind.skip }, () => {
    for (const shared of [true, false]) {
      describe(shared ? 'PHIGATE_RATE_LIMIT_SHARED=1' : 'per instance (default)', () => {
        let s: TestServices;
        let a: { app: FastifyInstance; base: string };
        let b: { app: FastifyInstance; base: string };
        let key = '';
        let other = '';
        let tenantId = '';
        before(async () => {
          s = await openTestServices(kind.name, { PHIGATE_RATE_LIMIT: '3', ...(shared ? { PHIGATE_RATE_LIMIT_SHARED: '1' } : {}) });
          // Two gateway instances over one database.
          a = await listen(s);
          b = await listen(s);
          const t = await s.tenants.create('rl');
          tenantId = t.id;
          key = (await s.apiKeys.create(t.id, { principal: 'app', role: 'clinician' })).key;
          other = (await s.apiKeys.create(t.id, { principal: 'other', role: 'clinician' })).key;
        });
        after(async () => {
          await a?.app.close();
          await b?.app.close();
          await s?.dispose();
        });

        test(shared ? 'one limit per key whichever instance answers; 429 with Retry-After' : 'each instance counts on its own', async () => {
          if (shared) {
            // Windows are whole minutes of the database clock: start well inside one.
            const sec = async () => Number((await s.store.withApp((tx) => tx.query<{ s: number }>('select extract(second from now())::float8 as s'))).rows[0]!.s);
            const now = await sec();
            if (now > 50) await new Promise((r) => setTimeout(r, (61 - now) * 1000));
          }
          const statuses = [];
          for (const base of [a.base, a.base, b.base, b.base]) statuses.push((await ask(base, key)).status);
          if (shared) {
            assert.deepEqual(statuses, [200, 200, 200, 429]);
            const r = await ask(a.base, key);
            assert.equal(r.status, 429);
            const retry = Number(r.headers.get('retry-after'));
            assert.ok(retry >= 1 && retry <= 60, `retry-after ${retry}`);
            assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'rate_limited');
            assert.equal((await ask(b.base, other)).status, 200, 'another key has its own count');
          } else {
            assert.deepEqual(statuses, [200, 200, 200, 200]);
          }
        });

        if (shared) {
          test('counters hold no request content, and old windows are purged', async () => {
            const rows = await s.store.withTenant(tenantId, (tx) => tx.query<{ key: string; hits: number }>('select key, hits from rate_windows'));
            assert.ok(rows.rows.length >= 2);
            assert.equal(JSON.stringify(rows.rows).includes('Wilhelmina'), false);
            await s.store.withOwner((tx) =>
              tx.query(`insert into rate_windows (tenant_id, key, window_start, hits) values ($1, 'old', now() - interval '1 hour', 9)`, [tenantId]),
            );
            assert.equal(await purgeRateWindows(s.store, tenantId), 1);
            const left = await s.store.withTenant(tenantId, (tx) => tx.query<{ key: string }>('select key from rate_windows'));
            assert.equal(left.rows.some((r) => r.key === 'old'), false);
            assert.equal(left.rows.length, rows.rows.length);
          });
        }
      });
    }
  });
}
