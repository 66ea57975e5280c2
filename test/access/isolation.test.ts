import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';

const TABLES = ['tenant_roles', 'access_policies', 'users', 'recovery_codes', 'sessions', 'break_glass'];

for (const kind of storeKinds) {
  describe(`access tables are tenant-isolated (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    let a: string;
    let b: string;

    before(async () => {
      s = await openTestServices(kind.name, { PHIGATE_LOG_LEVEL: 'silent' });
      a = (await s.tenants.create('iso-a')).id;
      b = (await s.tenants.create('iso-b')).id;
      await s.roles.upsert(b, { name: 'b-role', permissions: ['gateway:chat'] });
      await s.policies.set(b, { role: 'b-role', purpose: 'TREAT', restore: [] });
      const u = await s.users.create(b, { username: 'b.user', role: 'clinician', password: 'synthetic password 123' });
      const p = await s.apiKeys.authenticate((await s.apiKeys.create(b, { principal: 'b.user', role: 'clinician', userId: u.id })).key);
      await s.breakGlass.start(p, { reason: 'synthetic emergency for the test' });
    });
    after(() => s?.dispose());

    test('row-level security is enabled and forced on every access table', async () => {
      const r = await s.store.withOwner((tx) =>
        tx.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
          `select relname, relrowsecurity, relforcerowsecurity from pg_class where relname = any($1)`,
          [TABLES],
        ),
      );
      assert.equal(r.rows.length, TABLES.length);
      for (const row of r.rows) assert.ok(row.relrowsecurity && row.relforcerowsecurity, row.relname);
    });

    test("tenant A sees none of tenant B's rows, even by tenant id, and cannot write into B", async () => {
      for (const t of TABLES) {
        const seen = await s.store.withTenant(a, (tx) => tx.query(`select * from ${t} where tenant_id = $1`, [b]));
        assert.equal(seen.rows.length, 0, t);
        const none = await s.store.withApp((tx) => tx.query(`select * from ${t}`));
        assert.equal(none.rows.length, 0, `${t} without a tenant`);
      }
      const own = await s.store.withTenant(b, (tx) => tx.query('select * from users'));
      assert.equal(own.rows.length, 1);
      await assert.rejects(
        s.store.withTenant(a, (tx) => tx.query(`insert into tenant_roles (tenant_id, name, description, permissions) values ($1, 'evil', '', '{}')`, [b])),
        (e: { code?: string }) => e.code === '42501',
      );
      const upd = await s.store.withTenant(a, (tx) => tx.query(`update users set role = 'admin' where tenant_id = $1 returning id`, [b]));
      assert.equal(upd.rows.length, 0);
    });

    test("tenant A's services cannot act on tenant B's users or grants", async () => {
      await assert.rejects(s.users.deactivate(a, 'b.user'), (e: { code?: string }) => e.code === 'user_not_found');
      assert.deepEqual(await s.breakGlass.review(a), []);
      assert.equal((await s.breakGlass.review(b)).length, 1);
    });
  });
}
