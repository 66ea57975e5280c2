// Review findings on the admin API, each a test: no way around the escalation checks, changes that
// reach cached credentials at once, no password oracle, typed errors for values the database refuses.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/gateway/index.js';
import { parseRoutesConfig } from '../../src/providers/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';

const PASSWORD = 'Canary-Passphrase-Hardening-77';

for (const kind of storeKinds) {
  describe(`admin API hardening (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    let app: FastifyInstance;
    let tenant = '';
    let admin = '';
    const call = async (method: string, url: string, key?: string, payload?: unknown) => {
      const r = await app.inject({ method: method as 'GET', url, headers: key ? { authorization: `Bearer ${key}` } : {}, ...(payload !== undefined ? { payload: payload as object } : {}) });
      return { status: r.statusCode, body: r.body, json: r.body ? (JSON.parse(r.body) as { error?: { code: string; message: string } } & Record<string, unknown>) : undefined };
    };

    before(async () => {
      // Long caches: a change must reach cached keys by notification, not by expiry.
      s = await openTestServices(kind.name, { PHIGATE_KEY_CACHE_SECONDS: '300' });
      const routes = parseRoutesConfig({ models: { inspect: { provider: 'inspect', vendor: 'phigate', services: ['chat'] } } });
      app = await buildServer(s, { routes });
      tenant = (await s.tenants.create('harden')).id;
      admin = (await s.apiKeys.create(tenant, { principal: 'it-admin', role: 'admin' })).key;
    });
    after(async () => {
      await app?.close();
      await s?.dispose();
    });

    test("a key issued to a user is rotated or revoked only by those who may manage that user", async () => {
      await s.roles.upsert(tenant, { name: 'keymgr', permissions: ['keys:write', 'gateway:chat', 'gateway:embeddings'] });
      const mgr = (await s.apiKeys.create(tenant, { principal: 'key-manager', role: 'keymgr' })).key;
      const house = await s.users.create(tenant, { username: 'house', role: 'clinician', password: PASSWORD });
      const bound = await s.apiKeys.create(tenant, { principal: 'house-app', role: 'analyst', userId: house.id });
      for (const [method, url] of [['POST', `/admin/v1/keys/${bound.info.id}/rotate`], ['DELETE', `/admin/v1/keys/${bound.info.id}`]] as const) {
        const r = await call(method, url, mgr, method === 'POST' ? {} : undefined);
        assert.equal(r.status, 403, `${method} ${r.body}`);
        assert.equal(r.json!.error!.code, 'privilege_escalation');
      }
      assert.equal((await call('GET', '/admin/v1/keys', admin)).json !== undefined, true);
      // An admin may.
      assert.equal((await call('POST', `/admin/v1/keys/${bound.info.id}/rotate`, admin, {})).status, 201);
    });

    test('a role is rewritten or removed only by those who hold what it grants now', async () => {
      await s.roles.upsert(tenant, { name: 'superops', permissions: ['users:write', 'roles:write', 'keys:write', 'audit:read', 'gateway:chat'] });
      await s.roles.upsert(tenant, { name: 'desk', permissions: ['users:write', 'roles:write', 'gateway:chat'] });
      const desk = (await s.apiKeys.create(tenant, { principal: 'desk-app', role: 'desk' })).key;
      const strip = await call('PUT', '/admin/v1/roles/superops', desk, { permissions: ['gateway:chat'] });
      assert.equal(strip.status, 403, strip.body);
      assert.equal(strip.json!.error!.code, 'privilege_escalation');
      assert.equal((await call('DELETE', '/admin/v1/roles/superops', desk)).status, 403);
      assert.deepEqual((await s.roles.find(tenant, 'superops'))!.permissions.sort(), ['audit:read', 'gateway:chat', 'keys:write', 'roles:write', 'users:write']);
      // Within one's own permissions it works.
      assert.equal((await call('PUT', '/admin/v1/roles/desk', desk, { permissions: ['users:write', 'roles:write', 'gateway:chat'], description: 'front desk' })).status, 200);
    });

    test('a narrowed role reaches keys already verified and cached, at once', async () => {
      await s.roles.upsert(tenant, { name: 'ops2', permissions: ['users:write', 'gateway:chat'] });
      const ops = (await s.apiKeys.create(tenant, { principal: 'ops-app', role: 'ops2' })).key;
      assert.equal((await call('GET', '/admin/v1/users', ops)).status, 200); // verified and cached for 300 s
      assert.equal((await call('PUT', '/admin/v1/roles/ops2', admin, { permissions: ['gateway:chat'] })).status, 200);
      const end = Date.now() + 5000;
      let status = 200;
      while (status === 200 && Date.now() < end) {
        status = (await call('GET', '/admin/v1/users', ops)).status;
        if (status === 200) await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal(status, 403);
    });

    test('MFA enrolment does not tell a right password from a wrong one once a factor is enrolled', async () => {
      await s.users.create(tenant, { username: 'enrolled', role: 'clinician', password: PASSWORD });
      const begin = await call('POST', '/admin/v1/auth/mfa/begin', undefined, { tenant: 'harden', username: 'enrolled', password: PASSWORD });
      assert.equal(begin.status, 200);
      const { TOTP, Secret } = await import('otpauth');
      const code = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(begin.json!.secret as string) }).generate();
      assert.equal((await call('POST', '/admin/v1/auth/mfa/confirm', undefined, { tenant: 'harden', username: 'enrolled', password: PASSWORD, code })).status, 200);
      const right = await call('POST', '/admin/v1/auth/mfa/begin', undefined, { tenant: 'harden', username: 'enrolled', password: PASSWORD });
      const wrong = await call('POST', '/admin/v1/auth/mfa/begin', undefined, { tenant: 'harden', username: 'enrolled', password: 'Canary-Wrong-Hardening-1' });
      assert.equal(right.status, 401);
      assert.deepEqual(right.json, wrong.json);
    });

    test('values the database cannot hold, and malformed URLs, are typed 400s that echo nothing', async () => {
      const nul = await call('PUT', '/admin/v1/roles/nulrole', admin, { permissions: ['gateway:chat'], description: 'Canary\u0000Vance' });
      assert.equal(nul.status, 400, nul.body);
      assert.equal(nul.json!.error!.code, 'invalid_value');
      assert.equal(nul.body.includes('Vance'), false);
      const old = await call('GET', '/admin/v1/audit/events?from=0000-01-01', admin);
      assert.equal(old.status, 400, old.body);
      const far = await call('POST', '/admin/v1/keys', admin, { principal: 'x', role: 'analyst', expires: '999999w' });
      assert.equal(far.status, 400, far.body);
      const bad = await call('POST', '/admin/v1/break-glass/%ZZ-Canary-Vance/end', admin);
      assert.equal(bad.status, 400, bad.body);
      assert.equal(bad.json!.error!.code, 'invalid_url');
      assert.equal(bad.body.includes('Vance'), false);
      const long = await call('GET', `/admin/v1/users/${'Canary-Vance-'.repeat(20)}`, admin);
      assert.ok([404, 414].includes(long.status), long.body);
      assert.equal(long.body.includes('Canary-Vance'), false);
      assert.ok(long.json!.error!.code);
    });
  });
}
