import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { purgeExpiredVault, startHousekeeping } from '../../src/app/index.js';
import { loadConfig } from '../../src/config/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';

const CANARY = 'Canary Ottoline Brisbane-Vane';

for (const kind of storeKinds) {
  describe(`housekeeping (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    before(async () => {
      s = await openTestServices(kind.name, { PHIGATE_VAULT_PURGE: '1s' });
    });
    after(() => s.dispose());

    /** Tokenizes `n` values and makes them expired; returns their tokens. */
    const expired = async (tenantId: string, n: number, prefix: string) => {
      const tokens = await s.vault.tokenize(tenantId, Array.from({ length: n }, (_, i) => ({ type: 'NAME', value: `${prefix} ${CANARY} ${i}` })), { ttlSeconds: 60 });
      await s.store.withOwner((tx) => tx.query(`update vault_entries set expires_at = now() - interval '1 second' where token = any ($1::text[])`, [tokens]));
      return tokens;
    };
    const remaining = (tenantId: string) =>
      s.store.withTenant(tenantId, async (tx) => Number((await tx.query<{ n: number }>('select count(*)::int as n from vault_entries')).rows[0]!.n));
    const purgeEvents = (tenantId: string) =>
      s.store.withTenant(tenantId, async (tx) =>
        (await tx.query<{ body: string }>('select body from audit_events order by seq')).rows
          .map((r) => JSON.parse(r.body) as { subtype?: string; what?: { records?: number }; actor?: { principal?: string } })
          .filter((e) => e.subtype === 'vault.purge_expired'),
      );

    test('expired entries are deleted in batches, each batch recorded in the audit log (counts only)', async () => {
      const t = (await s.tenants.create('hk-batches')).id;
      await expired(t, 5, 'old');
      await s.vault.tokenize(t, [{ type: 'NAME', value: `live ${CANARY}` }], { ttlSeconds: 3600 });
      assert.equal(await purgeExpiredVault(s, t, undefined, 2), 5);
      assert.equal(await remaining(t), 1);
      const events = await purgeEvents(t);
      assert.deepEqual(events.map((e) => e.what?.records), [2, 2, 1]);
      assert.equal(events[0]!.actor?.principal, 'system');
      const bodies = await s.store.withTenant(t, async (tx) => (await tx.query<{ body: string }>('select body from audit_events')).rows.map((r) => r.body).join('\n'));
      assert.equal(bodies.includes('Ottoline'), false);
      assert.equal(await purgeExpiredVault(s, t), 0);
      assert.equal((await purgeEvents(t)).length, 3, 'a purge that deletes nothing records nothing');
      assert.equal((await s.audit.verifyUnaudited(t)).ok, true);
    });

    test('when the audit log cannot be written, nothing is deleted', async () => {
      const t = (await s.tenants.create('hk-failclosed')).id;
      await expired(t, 3, 'kept');
      const append = s.audit.append.bind(s.audit);
      s.audit.append = async () => {
        throw Object.assign(new Error('down'), { code: 'audit_unavailable' });
      };
      try {
        await assert.rejects(purgeExpiredVault(s, t));
      } finally {
        s.audit.append = append;
      }
      assert.equal(await remaining(t), 3);
    });

    test('each new signed checkpoint is written to the log (a witness outside the database), once', async () => {
      const t = (await s.tenants.create('hk-witness')).id;
      await s.audit.checkpoint(t);
      const lines: Array<{ obj: Record<string, unknown>; msg: string }> = [];
      const hk = startHousekeeping(s, { info: (obj, msg) => lines.push({ obj, msg }), warn: () => undefined }, { checkpointSeconds: 1 });
      const mine = () => lines.filter((l) => (l.obj.checkpoint as { tenant?: string } | undefined)?.tenant === t);
      try {
        const deadline = Date.now() + 15_000;
        while (mine().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
        await new Promise((r) => setTimeout(r, 1500)); // another round: nothing new, nothing logged
      } finally {
        hk.stop();
      }
      assert.equal(mine().length, 1);
      const cp = mine()[0]!.obj.checkpoint as { note: string; signature: string; size: number };
      const latest = (await s.audit.latestCheckpoint(t))!;
      assert.equal(cp.note, latest.note);
      assert.equal(cp.signature, latest.signature);
      assert.equal(mine()[0]!.msg, 'audit checkpoint witnessed');
    });

    test('a running server purges on its own, every PHIGATE_VAULT_PURGE', async () => {
      const t = (await s.tenants.create('hk-timer')).id;
      await expired(t, 2, 'timer');
      const warnings: string[] = [];
      const hk = startHousekeeping(s, { info: () => undefined, warn: (m) => warnings.push(m) });
      try {
        const deadline = Date.now() + 20_000;
        while ((await remaining(t)) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      } finally {
        hk.stop();
      }
      assert.equal(await remaining(t), 0);
      assert.deepEqual(warnings, []);
    });
  });
}

test('a purge period longer than a timer can wait is not run back to back', async () => {
  const { openTestServices } = await import('../support/services.js');
  const s = await openTestServices('pglite', { PHIGATE_VAULT_PURGE: '4w' });
  try {
    let rounds = 0;
    const active = s.tenants.active.bind(s.tenants);
    s.tenants.active = async () => {
      rounds++;
      return active();
    };
    const hk = startHousekeeping(s, { info: () => undefined, warn: () => undefined }, { checkpointSeconds: 3600 });
    await new Promise((r) => setTimeout(r, 400));
    hk.stop();
    assert.equal(rounds, 0);
  } finally {
    await s.dispose();
  }
});

test('PHIGATE_VAULT_PURGE: a duration, 0 to turn the purge off, anything else refused by name', () => {
  assert.equal(loadConfig({}).vaultPurgeSeconds, 300);
  assert.equal(loadConfig({ PHIGATE_VAULT_PURGE: '1h' }).vaultPurgeSeconds, 3600);
  assert.equal(loadConfig({ PHIGATE_VAULT_PURGE: '0' }).vaultPurgeSeconds, 0);
  assert.throws(() => loadConfig({ PHIGATE_VAULT_PURGE: 'soon' }), (e: { code?: string; message?: string }) => e.code === 'config_invalid' && /PHIGATE_VAULT_PURGE/.test(e.message ?? ''));
});
