import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import type { Principal } from '../../src/access/index.js';
import { buildServer } from '../../src/gateway/index.js';
import { parseRoutesConfig } from '../../src/providers/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';

const NAME = 'Dolores Whitfield';
const PROMPT = `Patient ${NAME} seen on 03/14/2026.`;
const PASSWORD = 'synthetic passphrase for dr-jones 42';
const REASON = 'code blue in bay 2, synthetic test emergency';
const code = (secret: string, at: number) => new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: at });

for (const kind of storeKinds) {
  describe(`break-glass grants are bound to the credential that asked, not its name (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    let app: FastifyInstance;
    let tenantId: string;
    let admin = '';
    let desk = '';
    let joneskey = '';
    let jonesSession = '';
    let jonesId = '';
    const now = Date.now();

    const call = async (method: string, url: string, key: string, payload?: unknown) => {
      const r = await app.inject({ method: method as 'GET', url, headers: { authorization: `Bearer ${key}` }, ...(payload !== undefined ? { payload: payload as object } : {}) });
      return { status: r.statusCode, json: r.body ? JSON.parse(r.body) : undefined };
    };
    const chat = (key: string, purpose: string) =>
      app.inject({
        method: 'POST',
        url: '/v1/chat/completions',
        headers: { authorization: `Bearer ${key}`, 'x-phigate-purpose': purpose },
        payload: { model: 'inspect', messages: [{ role: 'user', content: PROMPT }] },
      });

    before(async () => {
      s = await openTestServices(kind.name, { PHIGATE_LOG_LEVEL: 'silent', PHIGATE_RATE_LIMIT: '1000' });
      s.users.now = () => now;
      const routes = parseRoutesConfig({ models: { inspect: { provider: 'inspect', vendor: 'phigate', services: ['chat'] } } });
      app = await buildServer(s, { routes });
      tenantId = (await s.tenants.create('bg-bind')).id;
      await s.roles.upsert(tenantId, { name: 'helpdesk', permissions: ['keys:write', 'gateway:chat', 'gateway:embeddings', 'break_glass:use'] });
      admin = (await s.apiKeys.create(tenantId, { principal: 'it-admin', role: 'admin' })).key;
      desk = (await s.apiKeys.create(tenantId, { principal: 'helpdesk-app', role: 'helpdesk' })).key;
      // dr-jones: a person with a session, and an API key issued to them.
      const u = await s.users.create(tenantId, { username: 'dr-jones', role: 'clinician', password: PASSWORD });
      jonesId = u.id;
      const e = await s.users.beginMfa(tenantId, 'dr-jones', PASSWORD);
      await s.users.confirmMfa(tenantId, 'dr-jones', PASSWORD, code(e.secret, now));
      jonesSession = (await s.users.login(tenantId, 'dr-jones', PASSWORD, code(e.secret, now + 30_000))).token;
      joneskey = (await s.apiKeys.create(tenantId, { principal: 'dr-jones-laptop', role: 'clinician', userId: u.id })).key;
    });
    after(async () => {
      await app?.close();
      await s?.dispose();
    });

    test("a low-privilege key named like a user does not ride that user's grant", async () => {
      // A keys:write holder mints an analyst key carrying dr-jones's name.
      const spoof = await call('POST', '/admin/v1/keys', desk, { principal: 'dr-jones', role: 'analyst' });
      assert.equal(spoof.status, 201);
      const g = await call('POST', '/admin/v1/break-glass', jonesSession, { reason: REASON, duration: '30m' });
      assert.equal(g.status, 201);
      assert.equal(g.json.principal, 'dr-jones');
      assert.equal(g.json.via, 'session');
      assert.equal(g.json.subject, `user:${jonesId}`);
      // The spoofing key: BTG refused, nothing restored.
      const r = await chat(spoof.json.key, 'BTG');
      assert.equal(r.statusCode, 403);
      assert.equal(JSON.parse(r.body).error.code, 'break_glass_required');
      const p = await s.apiKeys.authenticate(spoof.json.key);
      assert.equal(await s.breakGlass.active(p), undefined);
      // dr-jones's own session and the key issued to dr-jones both act under the grant.
      for (const key of [jonesSession, joneskey]) {
        const ok = await chat(key, 'BTG');
        assert.equal(ok.statusCode, 200);
        assert.match(ok.body, new RegExp(NAME));
      }
      // Ending it: not by another holder of break_glass:use, yes by the holder.
      const other = await call('POST', `/admin/v1/break-glass/${g.json.id}/end`, desk);
      assert.equal(other.status, 403);
      assert.equal(other.json.error.code, 'permission_denied');
      assert.equal((await call('POST', `/admin/v1/break-glass/${g.json.id}/end`, joneskey)).json.active, false);
      assert.equal((await chat(jonesSession, 'BTG')).statusCode, 403);
    });

    test('a reviewer (access:review) may end anyone\u2019s grant', async () => {
      const g = await call('POST', '/admin/v1/break-glass', desk, { reason: REASON });
      assert.equal(g.status, 201);
      assert.match(g.json.subject, /^key:/);
      assert.equal((await call('POST', `/admin/v1/break-glass/${g.json.id}/end`, admin)).json.active, false);
    });

    test("an operator's grant by name goes to the user of that name, not to keys that borrow it", async () => {
      const spoofKey = (await s.apiKeys.create(tenantId, { principal: 'dr-jones', role: 'analyst' })).key;
      const cli = { principal: 'operator', role: 'operator', via: 'cli' as const };
      const fake: Principal = { tenantId, principal: 'dr-jones', role: 'operator', permissions: new Set(), keyId: 'cli', via: 'api_key' };
      const g = await s.breakGlass.start(fake, { reason: REASON }, cli);
      assert.equal(g.subject, `user:${jonesId}`);
      assert.equal(g.via, 'cli');
      assert.equal((await chat(spoofKey, 'BTG')).statusCode, 403);
      assert.equal((await chat(joneskey, 'BTG')).statusCode, 200);
      await s.breakGlass.end({ ...cli, tenantId }, g.id);
      // A key principal: the one live key of that name; several: name the key by its prefix.
      const k1 = await s.apiKeys.create(tenantId, { principal: 'ward-app', role: 'analyst' });
      const g1 = await s.breakGlass.start({ ...fake, principal: 'ward-app' }, { reason: REASON }, cli);
      assert.equal(g1.subject, `key:${k1.info.id}`);
      await s.breakGlass.end({ ...cli, tenantId }, g1.id);
      const k2 = await s.apiKeys.create(tenantId, { principal: 'ward-app', role: 'analyst' });
      await assert.rejects(s.breakGlass.start({ ...fake, principal: 'ward-app' }, { reason: REASON }, cli), (e: { code?: string }) => e.code === 'principal_ambiguous');
      const g2 = await s.breakGlass.start({ ...fake, principal: k2.info.prefix }, { reason: REASON }, cli);
      assert.equal(g2.subject, `key:${k2.info.id}`);
      assert.equal(g2.principal, 'ward-app');
      assert.equal((await chat(k1.key, 'BTG')).statusCode, 403);
      assert.equal((await chat(k2.key, 'BTG')).statusCode, 200);
      await s.breakGlass.end({ ...cli, tenantId }, g2.id);
    });

    test('a workload grant is bound to its issuer and subject', async () => {
      const wl = (keyId: string, principal: string): Principal => ({ tenantId, principal, role: 'clinician', permissions: new Set(['break_glass:use']), keyId, via: 'workload' });
      const g = await s.breakGlass.start(wl('jwt:issuerone', 'triage-svc'), { reason: REASON });
      assert.equal(g.subject, 'jwt:issuerone:triage-svc');
      assert.equal((await s.breakGlass.active(wl('jwt:issuerone', 'triage-svc')))?.id, g.id);
      assert.equal(await s.breakGlass.active(wl('jwt:issuertwo', 'triage-svc')), undefined);
      assert.equal(await s.breakGlass.active(wl('jwt:issuerone', 'other-svc')), undefined);
      const named = (await s.apiKeys.create(tenantId, { principal: 'triage-svc', role: 'analyst' })).key;
      assert.equal(await s.breakGlass.active(await s.apiKeys.authenticate(named)), undefined);
      await s.breakGlass.end({ principal: 'operator', role: 'operator', via: 'cli', tenantId }, g.id);
    });

    test('a grant bound to a key carries over to the key that replaces it by rotation (and the old key, during its grace)', async () => {
      const created = await s.apiKeys.create(tenantId, { principal: 'ward-kiosk', role: 'clinician' });
      const g = await s.breakGlass.start(await s.apiKeys.authenticate(created.key), { reason: REASON, durationMs: 30 * 60_000 });
      assert.equal(g.subject, `key:${created.info.id}`);
      const rotated = await s.apiKeys.rotate(tenantId, created.info.id, 60 * 60_000);
      for (const key of [rotated.key, created.key]) {
        const ok = await chat(key, 'BTG');
        assert.equal(ok.statusCode, 200);
        assert.match(JSON.parse(ok.body).choices[0].message.content, new RegExp(NAME));
      }
      // A key of the same name that did not replace it gets nothing.
      const stranger = await s.apiKeys.create(tenantId, { principal: 'ward-kiosk', role: 'clinician' });
      assert.equal((await chat(stranger.key, 'BTG')).statusCode, 403);
      const review = await s.breakGlass.review(tenantId, { reader: { principal: 'privacy-officer', role: 'operator', via: 'cli' } });
      assert.deepEqual(review.find((r) => r.id === g.id)!.activity, { requests: 2, patients: 0 });
      // The successor may end the grant it holds; the stranger may not.
      await assert.rejects(s.breakGlass.end(await s.apiKeys.authenticate(stranger.key), g.id), (e: { code?: string }) => e.code === 'permission_denied');
      assert.notEqual((await s.breakGlass.end(await s.apiKeys.authenticate(rotated.key), g.id)).endedAt, null);
    });

    test('a key may be issued to a user, and a key revoked, only within the caller\u2019s own permissions', async () => {
      // Issuing a key to dr-jones would make it act as dr-jones: the helpdesk holds less than a clinician.
      const bound = await call('POST', '/admin/v1/keys', desk, { principal: 'anything', role: 'analyst', userId: jonesId });
      assert.equal(bound.status, 403);
      assert.equal(bound.json.error.code, 'privilege_escalation');
      assert.equal((await call('POST', '/admin/v1/keys', admin, { principal: 'jones-tablet', role: 'analyst', userId: jonesId })).status, 201);
      const keys = (await s.apiKeys.list(tenantId)) as Array<{ id: string; principal: string; role: string; revokedAt: string | null }>;
      const adminKey = keys.find((k) => k.principal === 'it-admin')!;
      const denied = await call('DELETE', `/admin/v1/keys/${adminKey.id}`, desk);
      assert.equal(denied.status, 403);
      assert.equal(denied.json.error.code, 'privilege_escalation');
      assert.equal((await s.apiKeys.list(tenantId)).find((k) => k.id === adminKey.id)!.revokedAt, null);
      const analystKey = keys.find((k) => k.role === 'analyst' && !k.revokedAt)!;
      const ok = await call('DELETE', `/admin/v1/keys/${analystKey.id}`, desk);
      assert.equal(ok.status, 200);
      assert.notEqual(ok.json.revokedAt, null);
    });
  });
}
