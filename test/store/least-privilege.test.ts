import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { createServices, type Services } from '../../src/app/index.js';
import { loadConfig } from '../../src/config/index.js';
import { openStore } from '../../src/store/index.js';
import { createTestDatabase, serverSkipReason } from '../support/stores.js';

describe('least privilege: DATABASE_URL as a login role that is only a member of phigate_app (postgres)', { skip: serverSkipReason }, () => {
  let db: { url: string; drop: () => Promise<void> };
  let dir: string;
  let s: Services;
  const login = `phigate_login_${randomBytes(4).toString('hex')}`;
  const outsider = `phigate_outsider_${randomBytes(4).toString('hex')}`;
  const inheriting = `phigate_inherit_${randomBytes(4).toString('hex')}`;
  const as = (role: string) => {
    const u = new URL(db.url);
    u.username = role;
    return u.toString();
  };
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  const env = (user: string) => ({
    DATABASE_URL: as(user),
    PHIGATE_MIGRATION_DATABASE_URL: db.url,
    PHIGATE_DATA_DIR: dir,
    PHIGATE_KEY_PROVIDER: 'env',
    PHIGATE_MASTER_KEY: randomBytes(32).toString('base64'),
  });

  before(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'phigate-lp-'));
    await (await openStore({ databaseUrl: db.url })).close(); // the owner creates the schema and phigate_app
    await admin(`create role ${login} login noinherit; grant phigate_app to ${login}; create role ${outsider} login noinherit; create role ${inheriting} login; grant phigate_app to ${inheriting}`);
    s = await createServices(loadConfig(env(login)));
  });
  after(async () => {
    await s?.close();
    await db?.drop();
    await admin(`drop role if exists ${login}; drop role if exists ${outsider}; drop role if exists ${inheriting}`).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  test('everything works through the login role', async () => {
    const t = await s.tenants.create('lp');
    const { key } = await s.apiKeys.create(t.id, { principal: 'app', role: 'clinician' });
    assert.equal((await s.apiKeys.authenticate(key)).principal, 'app');
    const [tok] = await s.vault.tokenize(t.id, [{ type: 'NAME', value: 'Canary Least Privilege' }]);
    assert.equal((await s.vault.detokenize(t.id, [tok!])).get(tok!)?.value, 'Canary Least Privilege');
    assert.equal((await s.audit.verifyUnaudited(t.id)).ok, true);
  });

  test("a request's one-statement write works through the login role, and a role outside phigate_app cannot use it", async () => {
    const { commitRequest } = await import('../../src/gateway/commit.js');
    const t = await s.tenants.create('lp-commit');
    const event = { action: 'model_call' as const, subtype: 'request', actor: { principal: 'app', role: 'clinician', via: 'api_key' as const }, purpose: 'TREAT', outcome: 'success' as const };
    const own = await commitRequest(s, t.id, [{ type: 'NAME', value: 'Canary Commit One' }], { scope: 'r:lp', ttlSeconds: 60, ownScope: true }, [event]);
    const shared = await commitRequest(s, t.id, [{ type: 'NAME', value: 'Canary Commit Two' }], { scope: 'c:lp', ttlSeconds: 60 }, [event]);
    const back = await s.vault.detokenize(t.id, [own[0]!, shared[0]!]);
    assert.equal(back.get(own[0]!)?.value, 'Canary Commit One');
    assert.equal(back.get(shared[0]!)?.value, 'Canary Commit Two');
    assert.equal((await s.audit.verifyUnaudited(t.id)).ok, true);
    const c = new pg.Client({ connectionString: as(outsider) });
    await c.connect();
    try {
      await assert.rejects(
        c.query(`select phigate_commit_request($1, 'r:x', now(), '{}', '{}', '{}', '{}', '{}', null, null, null, 'x', 'y', null)`, [t.id]),
        (e: { code?: string }) => e.code === '42501',
      );
    } finally {
      await c.end();
    }
  });

  test('leaving phigate_app (RESET ROLE, as injected SQL would) leaves no access to any table', async () => {
    const t = await s.tenants.create('lp-reset');
    await s.vault.tokenize(t.id, [{ type: 'NAME', value: 'Canary Reset Role' }]);
    for (const table of ['vault_entries', 'audit_events', 'tenant_keys', 'api_keys', 'tenants']) {
      await assert.rejects(
        s.store.withTenant(t.id, async (tx) => {
          await tx.exec('reset role');
          return tx.query(`select count(*) from ${table}`);
        }),
        (e: { code?: string }) => e.code === '42501',
        table,
      );
    }
  });

  test('a login role that is not a member of phigate_app is refused at start, by name of the fix', async () => {
    await assert.rejects(createServices(loadConfig(env(outsider))), (e: { code?: string; message?: string }) => e.code === 'store_role' && /GRANT phigate_app/.test(e.message ?? ''));
  });

  test("a login role that inherits phigate_app's privileges is refused (RESET ROLE would keep them)", async () => {
    await assert.rejects(createServices(loadConfig(env(inheriting))), (e: { code?: string; message?: string }) => e.code === 'store_role' && /NOINHERIT/.test(e.message ?? ''));
  });

  test('the migration URL is checked like DATABASE_URL, and needs it', () => {
    assert.throws(() => loadConfig({ PHIGATE_MIGRATION_DATABASE_URL: db.url }), (e: { code?: string }) => e.code === 'config_invalid');
    assert.throws(
      () => loadConfig({ DATABASE_URL: db.url, PHIGATE_MIGRATION_DATABASE_URL: 'postgres://owner@db.example.org/phigate' }),
      (e: { code?: string; message?: string }) => e.code === 'database_tls_required' && /PHIGATE_MIGRATION_DATABASE_URL/.test(e.message ?? ''),
    );
  });
});
