import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { buildServer } from '../../src/gateway/index.js';
import { parseRoutesConfig } from '../../src/providers/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';

// Synthetic credentials; they must never show up in a log line or an error.
const PASSWORD = 'Canary-Passphrase-Zebulon-42';
const WRONG = 'Canary-Wrong-Quixotic-77';
const code = (secret: string, at: number) => new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: at });

for (const kind of storeKinds) {
  describe(`admin API /admin/v1 (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    let app: FastifyInstance;
    let now = Date.UTC(2026, 2, 1, 8, 0, 0);
    let tenantA: string;
    let adminA = '';
    let clinicianA = '';
    let adminB = '';
    const logLines: string[] = [];
    const secrets: string[] = [PASSWORD, WRONG];
    const bodies: string[] = [];

    const call = async (method: string, url: string, key?: string, payload?: unknown) => {
      const r = await app.inject({
        method: method as 'GET',
        url,
        headers: key ? { authorization: `Bearer ${key}` } : {},
        ...(payload !== undefined ? { payload: payload as object } : {}),
      });
      bodies.push(r.body);
      return { status: r.statusCode, json: r.body ? JSON.parse(r.body) : undefined };
    };

    before(async () => {
      s = await openTestServices(kind.name, { PHIGATE_LOG_LEVEL: 'info' });
      s.users.now = () => now;
      const routes = parseRoutesConfig({ models: { inspect: { provider: 'inspect', vendor: 'phigate', services: ['chat'] } } });
      app = await buildServer(s, { routes, logStream: { write: (l: string) => void logLines.push(l) } });
      tenantA = (await s.tenants.create('hospital-a')).id;
      const tenantB = (await s.tenants.create('hospital-b')).id;
      adminA = (await s.apiKeys.create(tenantA, { principal: 'it-admin', role: 'admin' })).key;
      clinicianA = (await s.apiKeys.create(tenantA, { principal: 'dr-app', role: 'clinician' })).key;
      adminB = (await s.apiKeys.create(tenantB, { principal: 'b-admin', role: 'admin' })).key;
      secrets.push(adminA, clinicianA, adminB);
    });
    after(async () => {
      await app?.close();
      await s?.dispose();
    });

    test('the OpenAPI 3.1 document is generated from the schemas', async () => {
      const r = await call('GET', '/admin/v1/openapi.json');
      assert.equal(r.status, 200);
      assert.equal(r.json.openapi, '3.1.0');
      for (const p of ['/admin/v1/users', '/admin/v1/keys/{key}/rotate', '/admin/v1/roles/{name}', '/admin/v1/policies', '/admin/v1/vendors', '/admin/v1/tenants', '/admin/v1/auth/login', '/admin/v1/break-glass']) {
        assert.ok(r.json.paths[p], p);
      }
      const create = r.json.paths['/admin/v1/users'].post;
      assert.deepEqual(create.requestBody.content['application/json'].schema.required.sort(), ['password', 'role', 'username']);
      assert.equal(create['x-phigate-permission'], 'users:write');
      assert.ok(r.json.paths['/admin/v1/policies'].put.requestBody.content['application/json'].schema.properties.restore);
    });

    test("only a tenant's admins administer it, and only their own tenant", async () => {
      assert.equal((await call('GET', '/admin/v1/users')).status, 401);
      const denied = await call('GET', '/admin/v1/users', clinicianA);
      assert.equal(denied.status, 403);
      assert.equal(denied.json.error.code, 'permission_denied');
      const created = await call('POST', '/admin/v1/users', adminA, { username: 'nurse.lee', role: 'clinician', password: PASSWORD });
      assert.equal(created.status, 201);
      // Tenant B's admin sees none of tenant A's users, even by id.
      assert.deepEqual((await call('GET', '/admin/v1/users', adminB)).json, []);
      assert.equal((await call('GET', `/admin/v1/users/${created.json.id}`, adminB)).status, 404);
      assert.equal((await call('POST', `/admin/v1/users/${created.json.id}/deactivate`, adminB)).status, 404);
      // Deployment-wide resources: operator tenant only.
      const v = await call('POST', '/admin/v1/vendors', adminA, { name: 'acme-llm', baaSignedOn: '2026-01-01', baaExpiresOn: '2027-01-01', services: ['chat'] });
      assert.equal(v.status, 403);
      assert.equal(v.json.error.code, 'operator_only');
      assert.equal((await call('POST', '/admin/v1/tenants', adminA, { name: 'sneaky' })).status, 403);
      s.accessConfig.operatorTenant = 'hospital-a';
      try {
        assert.equal((await call('POST', '/admin/v1/vendors', adminA, { name: 'acme-llm', baaSignedOn: '2026-01-01', baaExpiresOn: '2027-01-01', services: ['chat'] })).status, 201);
        assert.equal((await call('PATCH', '/admin/v1/vendors/acme-llm', adminA, { services: ['chat', 'embeddings'] })).json.services.length, 2);
        assert.equal((await call('POST', '/admin/v1/tenants', adminA, { name: 'hospital-c' })).status, 201);
        assert.equal((await call('POST', '/admin/v1/vendors', adminB, { name: 'other', baaSignedOn: '2026-01-01', baaExpiresOn: '2027-01-01', services: ['chat'] })).status, 403);
      } finally {
        delete s.accessConfig.operatorTenant;
      }
    });

    test('keys, roles and policies through the API; validation names fields, not values', async () => {
      const k = await call('POST', '/admin/v1/keys', adminA, { principal: 'batch', role: 'service', expires: '90d', scopes: ['gateway:chat'] });
      assert.equal(k.status, 201);
      secrets.push(k.json.key);
      const rot = await call('POST', `/admin/v1/keys/${k.json.info.id}/rotate`, adminA, { grace: '24h' });
      assert.equal(rot.status, 201);
      secrets.push(rot.json.key);
      assert.equal(rot.json.old.rotatedTo, rot.json.info.id);
      assert.equal((await call('DELETE', `/admin/v1/keys/${rot.json.info.id}`, adminA)).json.revokedAt !== null, true);
      assert.equal((await call('PUT', '/admin/v1/roles/coder', adminA, { description: 'coding', permissions: ['gateway:chat', 'vault:detokenize'] })).status, 200);
      const pol = await call('PUT', '/admin/v1/policies', adminA, { role: 'coder', purpose: 'HPAYMT', restore: ['MRN'] });
      assert.equal(pol.status, 200);
      assert.deepEqual((await call('GET', '/admin/v1/policies', adminA)).json.map((r: { role: string }) => r.role), ['coder']);
      assert.equal((await call('DELETE', '/admin/v1/policies?role=coder&purpose=HPAYMT', adminA)).status, 200);
      const bad = await call('POST', '/admin/v1/users', adminA, { username: 'x', role: 'clinician', password: 'Canary-x' });
      assert.equal(bad.status, 400);
      assert.equal(bad.json.error.message.includes('Canary-x'), false);
      const extra = await call('PUT', '/admin/v1/roles/coder2', adminA, { permissions: ['root:all'] });
      assert.equal(extra.status, 400);
      assert.equal(extra.json.error.message.includes('root:all'), false);
    });

    test('nobody grants more than they hold', async () => {
      await s.roles.upsert(tenantA, { name: 'helpdesk', permissions: ['users:write', 'keys:write', 'roles:write', 'gateway:chat'] });
      const desk = (await s.apiKeys.create(tenantA, { principal: 'helpdesk-app', role: 'helpdesk' })).key;
      secrets.push(desk);
      for (const [method, url, body] of [
        ['POST', '/admin/v1/keys', { principal: 'x', role: 'admin' }],
        ['POST', '/admin/v1/users', { username: 'eve', role: 'clinician', password: PASSWORD }],
        ['PUT', '/admin/v1/roles/super', { permissions: ['vault:detokenize'] }],
      ] as const) {
        const r = await call(method, url, desk, body);
        assert.equal(r.status, 403, url);
        assert.equal(r.json.error.code, 'privilege_escalation');
      }
      assert.equal((await call('POST', '/admin/v1/keys', desk, { principal: 'chat-bot', role: 'helpdesk' })).status, 201);
      await s.users.create(tenantA, { username: 'boss', role: 'admin', password: PASSWORD });
      for (const action of ['reset-mfa', 'deactivate', 'unlock']) assert.equal((await call('POST', `/admin/v1/users/boss/${action}`, desk)).status, 403, action);
      assert.equal((await call('PUT', '/admin/v1/users/boss/password', desk, { password: 'Canary-Takeover-Attempt-1' })).status, 403);
      secrets.push('Canary-Takeover-Attempt-1');
      const adminKeyId = (await s.apiKeys.list(tenantA)).find((k) => k.principal === 'it-admin')!.id;
      const rot = await call('POST', `/admin/v1/keys/${adminKeyId}/rotate`, desk, {});
      assert.equal(rot.status, 403);
      assert.equal(rot.json.error.code, 'privilege_escalation');
    });

    test('a person: MFA enrolment, login, session use, logout; wrong passwords lock the account', async () => {
      const begin = await call('POST', '/admin/v1/auth/mfa/begin', undefined, { tenant: 'hospital-a', username: 'nurse.lee', password: PASSWORD });
      assert.equal(begin.status, 200);
      assert.match(begin.json.provisioningUri, /^otpauth:\/\/totp\//);
      secrets.push(begin.json.secret);
      const confirm = await call('POST', '/admin/v1/auth/mfa/confirm', undefined, { tenant: 'hospital-a', username: 'nurse.lee', password: PASSWORD, code: code(begin.json.secret, now) });
      assert.equal(confirm.status, 200);
      secrets.push(...confirm.json.recoveryCodes);
      now += 60_000;
      const login = await call('POST', '/admin/v1/auth/login', undefined, { tenant: 'hospital-a', username: 'nurse.lee', password: PASSWORD, code: code(begin.json.secret, now) });
      assert.equal(login.status, 200);
      assert.equal(login.json.idleSeconds, 900);
      secrets.push(login.json.token);
      const me = await call('GET', '/admin/v1/tenant', login.json.token);
      assert.equal(me.json.name, 'hospital-a');
      // The session works at the gateway too (a clinician: identifiers restored for TREAT).
      const chat = await app.inject({
        method: 'POST',
        url: '/v1/chat/completions',
        headers: { authorization: `Bearer ${login.json.token}`, 'x-phigate-purpose': 'TREAT' },
        payload: { model: 'inspect', messages: [{ role: 'user', content: 'Patient Dolores Whitfield, stable.' }] },
      });
      assert.equal(chat.statusCode, 200);
      assert.match(chat.body, /Dolores Whitfield/);
      // Changing one's own password: the current one and a fresh code again.
      now += 60_000;
      const NEW = 'Canary-Replacement-Passphrase-9';
      secrets.push(NEW);
      assert.equal((await call('PUT', '/admin/v1/auth/password', login.json.token, { password: WRONG, code: code(begin.json.secret, now), newPassword: NEW })).status, 401);
      assert.equal((await call('PUT', '/admin/v1/auth/password', login.json.token, { password: PASSWORD, code: code(begin.json.secret, now), newPassword: NEW })).status, 200);
      assert.equal((await call('PUT', '/admin/v1/auth/password', login.json.token, { password: NEW, code: code(begin.json.secret, now), newPassword: PASSWORD })).status, 401); // the code was used
      now += 60_000;
      assert.equal((await call('PUT', '/admin/v1/auth/password', login.json.token, { password: NEW, code: code(begin.json.secret, now), newPassword: PASSWORD })).status, 200);
      assert.equal((await call('GET', '/admin/v1/tenant', login.json.token)).status, 200); // this session stays
      assert.equal((await call('POST', '/admin/v1/auth/logout', login.json.token)).status, 200);
      assert.equal((await call('GET', '/admin/v1/tenant', login.json.token)).status, 401);
      // Wrong passwords: the same answer for an unknown tenant, user or password; then a lockout.
      for (const tenant of ['hospital-a', 'no-such-tenant']) {
        const r = await call('POST', '/admin/v1/auth/login', undefined, { tenant, username: 'nurse.lee', password: WRONG, code: '123456' });
        assert.equal(r.status, 401);
        assert.equal(r.json.error.code, 'invalid_credentials');
      }
      for (let i = 0; i < 4; i++) await call('POST', '/admin/v1/auth/login', undefined, { tenant: 'hospital-a', username: 'nurse.lee', password: WRONG, code: '123456' });
      const lockedOut = await call('POST', '/admin/v1/auth/login', undefined, { tenant: 'hospital-a', username: 'nurse.lee', password: PASSWORD, code: code(begin.json.secret, now + 30_000) });
      assert.equal(lockedOut.status, 429);
      assert.equal(lockedOut.json.error.code, 'account_locked');
      assert.equal((await call('POST', '/admin/v1/users/nurse.lee/unlock', adminA)).status, 200);
      // Deactivation through the API.
      const d = await call('POST', '/admin/v1/users/nurse.lee/deactivate', adminA);
      assert.equal(d.status, 200);
    });

    test('break-glass through the API: raised with a reason, reviewed by an admin', async () => {
      const other = await call('POST', '/admin/v1/break-glass', adminB, { reason: 'another tenant, another grant' });
      assert.equal(other.status, 201); // admins hold break_glass:use too; tenant A's review will not list it
      const g = await call('POST', '/admin/v1/break-glass', clinicianA, { reason: 'patient arrested in recovery room', duration: '30m' });
      assert.equal(g.status, 201);
      assert.equal(g.json.principal, 'dr-app');
      assert.equal((await call('GET', '/admin/v1/break-glass', clinicianA)).status, 403); // reviewing needs access:review
      const list = await call('GET', '/admin/v1/break-glass', adminA);
      assert.deepEqual(list.json.map((x: { id: string }) => x.id), [g.json.id]);
      assert.equal(list.json[0].reason, 'patient arrested in recovery room');
      assert.equal((await call('POST', `/admin/v1/break-glass/${g.json.id}/end`, clinicianA)).json.active, false);
      assert.equal((await call('POST', `/admin/v1/break-glass/${g.json.id}/review`, adminA)).json.reviewedBy, 'it-admin');
      assert.deepEqual((await call('GET', '/admin/v1/break-glass', adminA)).json, []);
      assert.equal((await call('POST', '/admin/v1/break-glass', clinicianA, { reason: 'short' })).status, 400);
    });

    test('every change is audited with the acting admin', async () => {
      const r = await s.store.withTenant(tenantA, (tx) => tx.query<{ body: string }>('select body from audit_events where tenant_id = $1 order by seq', [tenantA]));
      const events = r.rows.map((x) => JSON.parse(x.body) as { action: string; subtype?: string; actor: { principal: string } });
      for (const sub of ['user.create', 'api_key.create', 'api_key.rotate', 'api_key.revoke', 'role.upsert', 'policy.set', 'policy.remove', 'vendor.add', 'vendor.update', 'tenant.create', 'user.unlock', 'user.deactivate']) {
        assert.ok(events.some((x) => x.subtype === sub && x.actor.principal === 'it-admin'), `no ${sub} event by the admin`);
      }
    });

    test('login attempts are rate-limited per client address', async () => {
      const limit = s.config.rateLimitPerMinute;
      s.config.rateLimitPerMinute = 3;
      const small = await buildServer(s, { routes: parseRoutesConfig({ models: { inspect: { provider: 'inspect', vendor: 'phigate', services: ['chat'] } } }) });
      try {
        const codes: number[] = [];
        for (let i = 0; i < 4; i++) {
          const r = await small.inject({ method: 'POST', url: '/admin/v1/auth/login', payload: { tenant: 'no-such', username: 'x', password: WRONG, code: '123456' } });
          codes.push(r.statusCode);
          bodies.push(r.body);
        }
        assert.deepEqual(codes, [401, 401, 401, 429]);
      } finally {
        s.config.rateLimitPerMinute = limit;
        await small.close();
      }
    });

    test('canary: no password, TOTP secret, recovery code, key or session token in any log line, error or audit event', async () => {
      const audit = await s.store.withTenant(tenantA, (tx) => tx.query<{ body: string }>('select body from audit_events where tenant_id = $1', [tenantA]));
      const errors = bodies.filter((b) => b.includes('"error"'));
      const haystacks = { logs: logLines.join('\n'), errors: errors.join('\n'), audit: audit.rows.map((x) => x.body).join('\n') };
      assert.ok(logLines.length > 10);
      for (const [where, text] of Object.entries(haystacks)) {
        for (const secret of secrets) assert.equal(text.includes(secret), false, `a secret appeared in ${where}`);
        assert.equal(text.includes('Canary-'), false, `a password appeared in ${where}`);
      }
    });
  });
}
