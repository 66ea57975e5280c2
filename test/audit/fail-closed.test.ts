import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createServices, type Services } from '../../src/app/index.js';
import { AuditService } from '../../src/audit/index.js';
import { loadConfig } from '../../src/config/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';
import { failingStore, modelCall, operator } from './support.js';

const unavailable = (e: { code?: string; status?: number }) => e.code === 'audit_unavailable' && e.status === 503;

for (const kind of storeKinds) {
  describe(`audit fails closed (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    let f: Services;
    let armed = false;
    let pattern = /phigate_audit_place/;

    before(async () => {
      s = await openTestServices(kind.name);
      const store = failingStore(s.testStore.store, { test: (sql: string) => pattern.test(sql) } as RegExp, () => armed);
      f = await createServices(loadConfig({ PHIGATE_DATA_DIR: s.dataDir, PHIGATE_KEY_CACHE_SECONDS: '0' }), { store, keyProvider: s.keyProvider });
    });
    after(async () => {
      armed = false;
      await f.close();
      await s.dispose();
    });

    const count = async (tenant: string) =>
      (await s.store.withTenant(tenant, (tx) => tx.query<{ n: number }>('select count(*)::int as n from audit_events'))).rows[0]!.n;

    test('an event that cannot be written throws audit_unavailable (503), and nothing is half-written', async () => {
      const t = await f.tenants.create('fail-record');
      const before = await count(t.id);
      armed = true;
      try {
        await assert.rejects(f.audit.record(t.id, modelCall(1)), unavailable);
        await assert.rejects(f.audit.append(t.id, [modelCall(2), modelCall(3)]), unavailable);
      } finally {
        armed = false;
      }
      assert.equal(await count(t.id), before);
      assert.equal((await s.audit.verifyUnaudited(t.id)).ok, true);
    });

    test('a checkpoint that cannot be signed rolls back the events with it', async () => {
      const t = await f.tenants.create('fail-checkpoint');
      const audit = new AuditService(f.store, f.keys, { checkpointEvery: 1 });
      const before = await count(t.id);
      pattern = /insert into audit_checkpoints/;
      armed = true;
      try {
        await assert.rejects(audit.record(t.id, modelCall(1)), unavailable);
      } finally {
        armed = false;
        pattern = /phigate_audit_place/;
      }
      assert.equal(await count(t.id), before);
    });

    test('an action inside the caller transaction does not happen when its event cannot be written', async () => {
      const t = await f.tenants.create('fail-tx');
      armed = true;
      try {
        await assert.rejects(
          f.store.withTenant(t.id, async (tx) => {
            await tx.query(`update tenants set name = 'renamed' where id = $1`, [t.id]);
            await f.audit.record(t.id, { action: 'admin', subtype: 'tenant.rename', actor: operator, purpose: 'HSYSADMIN', outcome: 'success' }, tx);
          }),
          unavailable,
        );
      } finally {
        armed = false;
      }
      assert.equal((await s.tenants.get(t.id)).name, 'fail-tx');
    });

    test('admin actions are refused when they cannot be audited: tenant create and shred, API key create and revoke, data-key rotate', async () => {
      armed = true;
      try {
        await assert.rejects(f.tenants.create('never-created'), unavailable);
      } finally {
        armed = false;
      }
      assert.ok(!(await s.tenants.list()).some((t) => t.name === 'never-created'));

      const t = await f.tenants.create('fail-admin');
      const { info } = await f.apiKeys.create(t.id, { principal: 'svc-a', role: 'service' });
      const keysBefore = await s.apiKeys.list(t.id);
      const statusBefore = await s.keys.status(t.id);
      armed = true;
      try {
        await assert.rejects(f.apiKeys.create(t.id, { principal: 'svc-b', role: 'service' }), unavailable);
        await assert.rejects(f.apiKeys.revoke(t.id, info.id), unavailable);
        await assert.rejects(f.keys.rotate(t.id), unavailable);
        await assert.rejects(f.tenants.shred(t.id), unavailable);
      } finally {
        armed = false;
      }
      assert.deepEqual(await s.apiKeys.list(t.id), keysBefore);
      assert.deepEqual(
        (await s.keys.status(t.id)).map((k) => [k.purpose, k.version, k.destroyed]),
        statusBefore.map((k) => [k.purpose, k.version, k.destroyed]),
      );
      assert.equal((await s.tenants.get(t.id)).shredded, false);
    });

    test('reading the log is refused when the read cannot be recorded', async () => {
      const t = await f.tenants.create('fail-read');
      armed = true;
      try {
        await assert.rejects(f.audit.verify(t.id, operator), unavailable);
        await assert.rejects(f.audit.readEvents(t.id, {}, operator, 'export.jsonl', () => assert.fail('read without a record')), unavailable);
      } finally {
        armed = false;
      }
    });
  });
}
