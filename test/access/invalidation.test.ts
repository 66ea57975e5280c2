import { randomBytes } from 'node:crypto';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createServices, type Services } from '../../src/app/index.js';
import { loadConfig } from '../../src/config/index.js';
import { createTestDatabase, openTestStore, serverSkipReason, storeKinds, type TestStore } from '../support/stores.js';

const until = async (what: string, check: () => Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`not within ${ms} ms: ${what}`);
};

for (const kind of storeKinds) {
  describe(`store notifications (${kind.name})`, { skip: kind.skip }, () => {
    let t: TestStore;
    before(async () => {
      t = await openTestStore(kind.name);
    });
    after(() => t.dispose());

    test('a notification committed by a transaction reaches the listener; a rolled-back one does not', async () => {
      const got: string[] = [];
      const stop = await t.store.listen('phigate_test_channel', (p) => got.push(p));
      try {
        await t.store.withApp((tx) => tx.query(`select pg_notify('phigate_test_channel', 'one')`));
        await assert.rejects(
          t.store.withApp(async (tx) => {
            await tx.query(`select pg_notify('phigate_test_channel', 'rolled-back')`);
            throw new Error('abort');
          }),
        );
        await t.store.withApp((tx) => tx.query(`select pg_notify('phigate_test_channel', 'two')`));
        await until('both committed notifications', async () => got.includes('two'));
        assert.deepEqual(got, ['one', 'two']);
      } finally {
        await stop();
      }
      await t.store.withApp((tx) => tx.query(`select pg_notify('phigate_test_channel', 'after-stop')`));
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(got.includes('after-stop'), false);
    });
  });
}

describe('admin changes reach every instance at once (postgres)', { skip: serverSkipReason }, () => {
  let db: { url: string; drop: () => Promise<void> };
  let dir: string;
  let a: Services;
  let b: Services;
  before(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'phigate-inval-'));
    // Long caches, one master key: two instances of one deployment.
    const env = { DATABASE_URL: db.url, PHIGATE_DATA_DIR: dir, PHIGATE_KEY_PROVIDER: 'env', PHIGATE_MASTER_KEY: randomBytes(32).toString('base64'), PHIGATE_KEY_CACHE_SECONDS: '300' };
    a = await createServices(loadConfig(env));
    b = await createServices(loadConfig(env));
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a key revoked on one instance stops working on the other, although the other cached it', async () => {
    const tenant = await a.tenants.create('inval');
    const { key, info } = await a.apiKeys.create(tenant.id, { principal: 'app', role: 'clinician' });
    assert.equal((await b.apiKeys.authenticate(key)).principal, 'app'); // now cached in b for 300 s
    assert.equal((await b.apiKeys.authenticate(key)).principal, 'app');
    await a.apiKeys.revoke(tenant.id, info.id);
    await until('b refuses the revoked key', async () => b.apiKeys.authenticate(key).then(() => false, () => true));
  });

  test('a rule changed on one instance applies on the other at once', async () => {
    const tenant = await a.tenants.create('inval-rules');
    assert.equal((await b.policies.decide(tenant.id, 'clinician', 'HPAYMT', true)).restores('PHONE'), false); // cached in b
    await a.policies.set(tenant.id, { role: 'clinician', purpose: 'HPAYMT', restore: ['*'], otherwise: 'token', hideFields: [] });
    await until('b applies the new rule', async () => (await b.policies.decide(tenant.id, 'clinician', 'HPAYMT', true)).restores('PHONE'));
  });

  test('after its listening connection is cut, an instance reconnects and still hears changes', async () => {
    const tenant = await a.tenants.create('inval-reconnect');
    const { key, info } = await a.apiKeys.create(tenant.id, { principal: 'app2', role: 'clinician' });
    await b.apiKeys.authenticate(key);
    await a.store.withOwner((tx) => tx.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen %'`));
    await new Promise((r) => setTimeout(r, 1500)); // the listeners reconnect after about a second
    assert.equal((await b.apiKeys.authenticate(key)).principal, 'app2'); // cached again, after the reconnection
    await a.apiKeys.revoke(tenant.id, info.id);
    await until('b refuses the key revoked after the reconnection', async () => b.apiKeys.authenticate(key).then(() => false, () => true));
  });
});
