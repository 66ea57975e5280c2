import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { storeKinds } from '../support/stores.js';
import { openTestServices, type TestServices } from '../support/services.js';

for (const kind of storeKinds) {
  describe(`tenant isolation (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    let a: string;
    let b: string;
    let tokenB: string;

    before(async () => {
      s = await openTestServices(kind.name);
      a = (await s.tenants.create('tenant-a')).id;
      b = (await s.tenants.create('tenant-b')).id;
      [tokenB] = (await s.vault.tokenize(b, [{ type: 'NAME', value: 'Canary Zebulon' }])) as [string];
    });
    after(() => s.dispose());

    test('the application role is not a superuser, not the owner and cannot bypass RLS', async () => {
      const r = await s.store.withTenant(a, (tx) =>
        tx.query<{ u: string; su: boolean; bypass: boolean; owner: string }>(
          `select current_user as u, r.rolsuper as su, r.rolbypassrls as bypass,
                  (select tableowner from pg_tables where tablename = 'vault_entries') as owner
             from pg_roles r where r.rolname = current_user`,
        ),
      );
      const row = r.rows[0]!;
      assert.equal(row.u, 'phigate_app');
      assert.equal(row.su, false);
      assert.equal(row.bypass, false);
      assert.notEqual(row.owner, 'phigate_app');
    });

    test('tenant A cannot read tenant B rows even by id', async () => {
      const ids = await s.store.withTenant(b, (tx) => tx.query<{ id: string }>('select id from vault_entries'));
      assert.equal(ids.rows.length, 1);
      const victim = ids.rows[0]!.id;
      const seen = await s.store.withTenant(a, (tx) =>
        tx.query('select * from vault_entries where id = $1 or tenant_id = $2', [victim, b]),
      );
      assert.equal(seen.rows.length, 0);
      const keys = await s.store.withTenant(a, (tx) => tx.query('select * from tenant_keys where tenant_id = $1', [b]));
      assert.equal(keys.rows.length, 0);
    });

    test('tenant A cannot change or delete tenant B rows', async () => {
      const upd = await s.store.withTenant(a, (tx) =>
        tx.query(`update vault_entries set expires_at = now() where tenant_id = $1 returning id`, [b]),
      );
      assert.equal(upd.rows.length, 0);
      // Columns other than expires_at cannot be changed by the application role at all.
      await assert.rejects(
        s.store.withTenant(b, (tx) => tx.query(`update vault_entries set token = 'x' returning id`)),
        (e: { code?: string }) => e.code === '42501',
      );
      const del = await s.store.withTenant(a, (tx) => tx.query('delete from vault_entries where tenant_id = $1 returning id', [b]));
      assert.equal(del.rows.length, 0);
      const still = await s.store.withTenant(b, (tx) => tx.query('select id from vault_entries'));
      assert.equal(still.rows.length, 1);
    });

    test('tenant A cannot insert rows into tenant B', async () => {
      await assert.rejects(
        s.store.withTenant(a, (tx) =>
          tx.query(
            `insert into api_keys (id, tenant_id, prefix, secret_hash, principal, role)
             values (gen_random_uuid(), $1, 'phg_evil0000', '\\x00', 'mallory', 'admin')`,
            [b],
          ),
        ),
        (e: { code?: string }) => e.code === '42501', // new row violates row-level security policy
      );
    });

    test('with no tenant set, tenant tables show nothing (fail closed)', async () => {
      const r = await s.store.withApp((tx) => tx.query('select * from vault_entries'));
      assert.equal(r.rows.length, 0);
      const k = await s.store.withApp((tx) => tx.query('select * from tenant_keys'));
      assert.equal(k.rows.length, 0);
    });

    test('every table with a tenant column has row-level security enabled and forced', async () => {
      const r = await s.store.withOwner((tx) =>
        tx.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
          `select c.relname, c.relrowsecurity, c.relforcerowsecurity
             from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
             join pg_namespace n on n.oid = c.relnamespace
            where c.relkind = 'r' and n.nspname = 'public'`,
        ),
      );
      const names = r.rows.map((row) => row.relname);
      for (const t of ['vault_entries', 'vault_batches', 'audit_events', 'audit_heads', 'tenant_keys']) assert.ok(names.includes(t), t);
      for (const row of r.rows) assert.ok(row.relrowsecurity && row.relforcerowsecurity, row.relname);
    });

    test('a request batch of tenant B is invisible to tenant A, and A cannot write one for B', async () => {
      const batch = await s.store.withTenant(b, (tx) => s.vault.prepareBatch(tx, b, [{ type: 'NAME', value: 'Canary Batch Zebulon' }], { scope: 'r:iso', ttlSeconds: 60 }));
      const [tok] = await s.store.withTenant(b, (tx) => s.vault.putBatchInTx(tx, batch));
      assert.equal((await s.store.withTenant(a, (tx) => tx.query('select * from vault_batches'))).rows.length, 0);
      assert.equal((await s.vault.detokenize(a, [tok!])).size, 0);
      assert.equal((await s.vault.detokenize(b, [tok!])).get(tok!)?.value, 'Canary Batch Zebulon');
      const forged = await s.store.withTenant(b, (tx) => s.vault.prepareBatch(tx, b, [{ type: 'NAME', value: 'Forged' }], { scope: 'r:iso2', ttlSeconds: 60 }));
      await assert.rejects(s.store.withTenant(a, (tx) => s.vault.putBatchInTx(tx, forged)));
    });

    test("a request's one-statement write leaves a surrounding transaction's role and tenant as they were", async () => {
      const batch = await s.store.withTenant(b, (tx) => s.vault.prepareBatch(tx, b, [{ type: 'NAME', value: 'Canary Inside Tx' }], { scope: 'r:in-tx', ttlSeconds: 60 }));
      const ev = await s.store.withTenant(b, (tx) =>
        s.audit.prepare(tx, b, [{ action: 'model_call', subtype: 'request', actor: { principal: 'app', role: 'clinician', via: 'api_key' }, purpose: 'TREAT', outcome: 'success' }]),
      );
      const [, id, scope, expires, tokens, ct] = batch.params;
      const seen = await s.store.withApp(async (tx) => {
        const before = (await tx.query<{ u: string; t: string | null }>(`select current_user as u, current_setting('phigate.tenant', true) as t`)).rows[0]!;
        await tx.query('select phigate_commit_request($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)', [
          b, scope, expires, [], [], [], [], [], id, tokens, ct, ev.ids, ev.drafts, ev.now,
        ]);
        const after = (await tx.query<{ u: string; t: string | null }>(`select current_user as u, current_setting('phigate.tenant', true) as t`)).rows[0]!;
        return { before, after };
      });
      assert.equal(seen.after.u, seen.before.u);
      assert.equal(seen.after.t ?? '', seen.before.t ?? '');
      assert.equal((await s.vault.detokenize(b, [tokens[0]!])).get(tokens[0]!)?.value, 'Canary Inside Tx');
    });

    test('tokens of tenant B mean nothing in tenant A', async () => {
      const fromA = await s.vault.detokenize(a, [tokenB]);
      assert.equal(fromA.size, 0);
      const fromB = await s.vault.detokenize(b, [tokenB]);
      assert.equal(fromB.get(tokenB)?.value, 'Canary Zebulon');
    });
  });
}
