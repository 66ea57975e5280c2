import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import { loadAccessConfig } from '../../src/access/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';

// Synthetic credentials for tests only.
const PASSWORD = 'correct horse battery staple 7';
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const code = (secret: string, at: number) => new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: at });
const rejectsWith = (p: Promise<unknown>, codeName: string) => assert.rejects(p, (e: { code?: string }) => e.code === codeName);

describe('access settings', () => {
  test('the idle timeout may be lowered, never raised above 15 minutes', () => {
    assert.equal(loadAccessConfig({}).sessionIdleSeconds, 900);
    assert.equal(loadAccessConfig({ PHIGATE_SESSION_IDLE: '5m' }).sessionIdleSeconds, 300);
    assert.throws(() => loadAccessConfig({ PHIGATE_SESSION_IDLE: '16m' }), (e: { code?: string; message?: string }) => e.code === 'config_invalid' && /PHIGATE_SESSION_IDLE/.test(e.message ?? ''));
    assert.throws(() => loadAccessConfig({ PHIGATE_OIDC_ISSUER: 'https://idp.invalid' }), (e: { code?: string }) => e.code === 'config_invalid');
    assert.throws(
      () => loadAccessConfig({ PHIGATE_OIDC_ISSUER: 'https://idp.invalid', PHIGATE_OIDC_AUDIENCE: 'phigate', PHIGATE_OIDC_JWKS_URL: 'http://idp.invalid/jwks' }),
      (e: { code?: string }) => e.code === 'config_invalid',
    );
  });
});

for (const kind of storeKinds) {
  describe(`people: passwords, MFA, lockout, sessions (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    let tenantId: string;
    let now = T0;
    let secret = '';
    let recovery: string[] = [];

    before(async () => {
      s = await openTestServices(kind.name, { PHIGATE_LOG_LEVEL: 'silent' });
      s.users.now = () => now;
      s.apiKeys.now = () => now;
      tenantId = (await s.tenants.create('people')).id;
      await s.users.create(tenantId, { username: 'dr.ada', role: 'clinician', password: PASSWORD });
    });
    after(() => s?.dispose());

    test('passwords are stored as Argon2id hashes; weak ones are refused', async () => {
      const r = await s.store.withTenant(tenantId, (tx) => tx.query<{ password_hash: string }>('select password_hash from users where tenant_id = $1', [tenantId]));
      assert.match(r.rows[0]!.password_hash, /^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
      await rejectsWith(s.users.create(tenantId, { username: 'weak', role: 'clinician', password: 'short' }), 'password_invalid');
      await rejectsWith(s.users.create(tenantId, { username: 'dr.ada', role: 'clinician', password: PASSWORD }), 'user_exists');
      await rejectsWith(s.users.create(tenantId, { username: 'x', role: 'nope', password: PASSWORD }), 'role_unknown');
    });

    test('MFA is required: no session before a TOTP factor is enrolled', async () => {
      await rejectsWith(s.users.login(tenantId, 'dr.ada', PASSWORD, '000000'), 'mfa_enrollment_required');
      const e = await s.users.beginMfa(tenantId, 'dr.ada', PASSWORD);
      assert.match(e.provisioningUri, /^otpauth:\/\/totp\/phigate:people%3Adr\.ada\?/);
      assert.match(e.provisioningUri, /secret=/);
      secret = e.secret;
      await rejectsWith(s.users.confirmMfa(tenantId, 'dr.ada', PASSWORD, '000000'), 'invalid_credentials');
      const ok = await s.users.confirmMfa(tenantId, 'dr.ada', PASSWORD, code(secret, now));
      recovery = ok.recoveryCodes;
      assert.equal(recovery.length, 10);
      assert.equal(new Set(recovery).size, 10);
      // Recovery codes are kept only as hashes; the TOTP secret only sealed.
      const rows = await s.store.withTenant(tenantId, (tx) => tx.query<{ code_hash: Buffer }>('select code_hash from recovery_codes where tenant_id = $1', [tenantId]));
      assert.equal(rows.rows.length, 10);
      const dump = JSON.stringify(await s.store.withTenant(tenantId, (tx) => tx.query('select * from users where tenant_id = $1', [tenantId])));
      for (const c of recovery) assert.equal(dump.includes(c), false);
      assert.equal(dump.includes(secret), false);
    });

    test('login with password and a current TOTP code; a code works once', async () => {
      now += 60_000;
      const c = code(secret, now);
      const r = await s.users.login(tenantId, 'dr.ada', PASSWORD, c);
      assert.match(r.token, /^phs_/);
      assert.equal(r.session.idleSeconds, 900);
      const p = await s.users.authenticateSession(r.token);
      assert.equal(p.principal, 'dr.ada');
      assert.equal(p.via, 'session');
      assert.ok(p.permissions.has('vault:detokenize'));
      await rejectsWith(s.users.login(tenantId, 'dr.ada', PASSWORD, c), 'invalid_credentials'); // replay
      await s.users.unlock(tenantId, 'dr.ada');
    });

    test('a recovery code stands in for the TOTP code, once', async () => {
      const rc = recovery[0]!;
      const r = await s.users.login(tenantId, 'dr.ada', PASSWORD, rc);
      assert.match(r.token, /^phs_/);
      await rejectsWith(s.users.login(tenantId, 'dr.ada', PASSWORD, rc), 'invalid_credentials');
      await s.users.unlock(tenantId, 'dr.ada');
    });

    test('idle sessions end after the idle timeout; use moves the deadline; absolute lifetime holds', async () => {
      now += 60_000;
      const { token } = await s.users.login(tenantId, 'dr.ada', PASSWORD, code(secret, now));
      now += 14 * 60_000;
      await s.users.authenticateSession(token); // still alive, deadline moves
      now += 14 * 60_000;
      await s.users.authenticateSession(token);
      now += 15 * 60_000;
      await rejectsWith(s.users.authenticateSession(token), 'invalid_session');
      // Absolute lifetime: kept busy, the session still ends after 12 hours.
      now += 60_000;
      const second = await s.users.login(tenantId, 'dr.ada', PASSWORD, code(secret, now));
      for (let i = 0; i < 12 * 6; i++) {
        now += 10 * 60_000;
        if (i < 12 * 6 - 1) await s.users.authenticateSession(second.token);
      }
      await rejectsWith(s.users.authenticateSession(second.token), 'invalid_session');
    });

    test('a lower idle timeout applies to new sessions; the store refuses one above 15 minutes', async () => {
      s.accessConfig.sessionIdleSeconds = 300;
      try {
        now += 60_000;
        const { token, session } = await s.users.login(tenantId, 'dr.ada', PASSWORD, code(secret, now));
        assert.equal(session.idleSeconds, 300);
        now += 5 * 60_000;
        await rejectsWith(s.users.authenticateSession(token), 'invalid_session');
      } finally {
        s.accessConfig.sessionIdleSeconds = 900;
      }
      await assert.rejects(
        s.store.withTenant(tenantId, (tx) => tx.query(`update sessions set idle_seconds = 1800 where tenant_id = $1`, [tenantId])),
        (e: { code?: string }) => e.code === '23514', // check constraint
      );
    });

    test('logout and server-side revocation end sessions at once', async () => {
      now += 60_000;
      const a = await s.users.login(tenantId, 'dr.ada', PASSWORD, code(secret, now));
      await s.users.logout(a.token);
      await rejectsWith(s.users.authenticateSession(a.token), 'invalid_session');
      now += 60_000;
      const b = await s.users.login(tenantId, 'dr.ada', PASSWORD, code(secret, now));
      assert.ok((await s.users.revokeSessions(tenantId, 'dr.ada')) >= 1);
      await rejectsWith(s.users.authenticateSession(b.token), 'invalid_session');
    });

    test('lockout after repeated failures, with a back-off that doubles', async () => {
      await s.users.create(tenantId, { username: 'bob', role: 'analyst', password: PASSWORD });
      for (let i = 0; i < 5; i++) await rejectsWith(s.users.login(tenantId, 'bob', 'wrong password!!', '000000'), 'invalid_credentials');
      // Locked now: even the right password is refused.
      await rejectsWith(s.users.login(tenantId, 'bob', PASSWORD, '000000'), 'account_locked');
      let u = await s.users.get(tenantId, 'bob');
      assert.equal(Date.parse(u.lockedUntil!) - now, 60_000);
      now += 61_000;
      await rejectsWith(s.users.login(tenantId, 'bob', 'wrong password!!', '000000'), 'invalid_credentials');
      u = await s.users.get(tenantId, 'bob');
      assert.equal(Date.parse(u.lockedUntil!) - now, 120_000);
      // Unknown users fail the same way, without a hint.
      await rejectsWith(s.users.login(tenantId, 'nobody', PASSWORD, '000000'), 'invalid_credentials');
      await s.users.unlock(tenantId, 'bob');
      assert.equal((await s.users.get(tenantId, 'bob')).lockedUntil, null);
    });

    test('deactivation ends sessions and revokes keys at once', async () => {
      now += 60_000;
      const sess = await s.users.login(tenantId, 'dr.ada', PASSWORD, code(secret, now));
      const u = await s.users.get(tenantId, 'dr.ada');
      const k = await s.apiKeys.create(tenantId, { principal: 'dr.ada', role: 'clinician', userId: u.id });
      await s.apiKeys.authenticate(k.key);
      const r = await s.users.deactivate(tenantId, 'dr.ada');
      assert.equal(r.sessionsEnded, 1);
      assert.equal(r.keysRevoked, 1);
      await rejectsWith(s.users.authenticateSession(sess.token), 'invalid_session');
      await rejectsWith(s.apiKeys.authenticate(k.key), 'invalid_api_key');
      now += 60_000;
      await rejectsWith(s.users.login(tenantId, 'dr.ada', PASSWORD, code(secret, now)), 'invalid_credentials');
    });

    test('logins, failures and admin changes are audited without secrets', async () => {
      const r = await s.store.withTenant(tenantId, (tx) => tx.query<{ body: string }>('select body from audit_events where tenant_id = $1 order by seq', [tenantId]));
      const bodies = r.rows.map((x) => x.body);
      const events = bodies.map((b) => JSON.parse(b) as { action: string; subtype?: string; outcome: { result: string } });
      assert.ok(events.some((e) => e.action === 'login' && e.subtype === 'totp' && e.outcome.result === 'success'));
      assert.ok(events.some((e) => e.action === 'login' && e.outcome.result === 'denied'));
      assert.ok(events.some((e) => e.action === 'admin' && e.subtype === 'user.deactivate'));
      const all = bodies.join('\n');
      for (const v of [PASSWORD, secret, ...recovery]) assert.equal(all.includes(v), false);
    });
  });

  describe(`API keys: expiry, scopes, rotation (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    let tenantId: string;
    let now = T0;

    before(async () => {
      s = await openTestServices(kind.name, { PHIGATE_LOG_LEVEL: 'silent' });
      s.apiKeys.now = () => now;
      tenantId = (await s.tenants.create('keys')).id;
    });
    after(() => s?.dispose());

    test('an expired key is refused', async () => {
      const k = await s.apiKeys.create(tenantId, { principal: 'svc', role: 'service', expiresInMs: 3600_000 });
      await s.apiKeys.authenticate(k.key);
      now += 3600_000;
      await rejectsWith(s.apiKeys.authenticate(k.key), 'invalid_api_key');
    });

    test("scopes narrow a key to some of its role's permissions", async () => {
      const k = await s.apiKeys.create(tenantId, { principal: 'embedder', role: 'service', scopes: ['gateway:embeddings'] });
      const p = await s.apiKeys.authenticate(k.key);
      assert.deepEqual([...p.permissions], ['gateway:embeddings']);
      await rejectsWith(s.apiKeys.create(tenantId, { principal: 'x', role: 'analyst', scopes: ['vault:detokenize'] }), 'scope_invalid');
      assert.deepEqual((await s.apiKeys.list(tenantId)).find((i) => i.id === k.info.id)!.scopes, ['gateway:embeddings']);
    });

    test('rotation: both keys work during the grace window, then only the new one', async () => {
      const old = await s.apiKeys.create(tenantId, { principal: 'etl', role: 'service', expiresInMs: 90 * 864e5, scopes: ['gateway:chat'] });
      const r = await s.apiKeys.rotate(tenantId, old.info.id, 24 * 3600_000);
      assert.notEqual(r.key, old.key);
      assert.equal(r.info.principal, 'etl');
      assert.deepEqual(r.info.scopes, ['gateway:chat']);
      assert.equal(r.old.rotatedTo, r.info.id);
      assert.equal(Date.parse(r.info.expiresAt!) - now, 90 * 864e5); // same lifetime from now
      await s.apiKeys.authenticate(old.key);
      await s.apiKeys.authenticate(r.key);
      now += 23 * 3600_000;
      await s.apiKeys.authenticate(old.key);
      now += 2 * 3600_000;
      await rejectsWith(s.apiKeys.authenticate(old.key), 'invalid_api_key');
      assert.equal((await s.apiKeys.authenticate(r.key)).principal, 'etl');
      await rejectsWith(s.apiKeys.rotate(tenantId, old.info.id, 0), 'key_not_active');
      // Rotation by prefix, no grace: the old key stops at once.
      const again = await s.apiKeys.rotate(tenantId, r.info.prefix, 0);
      await rejectsWith(s.apiKeys.authenticate(r.key), 'invalid_api_key');
      await s.apiKeys.authenticate(again.key);
    });
  });
}
