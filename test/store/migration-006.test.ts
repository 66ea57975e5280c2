import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { migrate, migrations } from '../../src/store/index.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { createTestDatabase, serverSkipReason } from '../support/stores.js';

describe('migration 006 moves bindings written as via|subject, under forced row-level security (postgres)', { skip: serverSkipReason }, () => {
  const owner = `phigate_owner_${randomBytes(4).toString('hex')}`;
  let drop: (() => Promise<void>) | undefined;
  let adminUrl = '';
  after(async () => {
    await drop?.();
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect().catch(() => undefined);
    await c.query(`drop role if exists ${owner}`).catch(() => undefined);
    await c.end().catch(() => undefined);
  });

  test('a schema owner that is no superuser still sees and splits every tenant\'s rows', async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    adminUrl = db.url;
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    // phigate_app is cluster-wide: made here if no other test database made it yet.
    await admin.query(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'phigate_app') then create role phigate_app nologin nosuperuser nobypassrls noinherit; end if;
    exception when duplicate_object or unique_violation then null; end $$`);
    await admin.query(`create role ${owner} login createrole`);
    await admin.query(`grant phigate_app to ${owner} with admin option`);
    await admin.query(`alter database "${new URL(db.url).pathname.slice(1)}" owner to ${owner}`);
    await admin.end();
    const u = new URL(db.url);
    u.username = owner;
    const store = await PostgresStore.open(u.toString(), { max: 1 });
    try {
      await migrate((fn) => store.withOwner(fn), migrations.filter((m) => m.version < 6));
      const tenants = [randomUUID(), randomUUID()];
      for (const [i, t] of tenants.entries()) {
        await store.withOwner(async (tx) => {
          await tx.query(`insert into tenants (id, name) values ($1, $2)`, [t, `t${i}`]);
          await tx.query(`select set_config('phigate.tenant', $1, true)`, [t]);
          await tx.query(
            `insert into break_glass (id, tenant_id, principal, via, reason, started_at, expires_at) values ($1, $2, 'dr-jones', $3, '\\x00', now(), now() + interval '1 hour')`,
            [randomUUID(), t, `session|user:${t}`],
          );
        });
      }
      await migrate((fn) => store.withOwner(fn));
      for (const t of tenants) {
        const r = await store.withTenant(t, (tx) => tx.query<{ via: string; subject: string }>('select via, subject from break_glass'));
        assert.deepEqual(r.rows, [{ via: 'session', subject: `user:${t}` }]);
      }
    } finally {
      await store.close();
    }
  });
});
