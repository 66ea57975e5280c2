import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { AuditService } from '../../src/audit/index.js';
import { KeyService } from '../../src/crypto/index.js';
import { openStore } from '../../src/store/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';
import { modelCall } from './support.js';

const writer = fileURLToPath(new URL('./fixtures/writer.ts', import.meta.url));

function runWriter(dataDir: string, url: string, tenant: string, events: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir, url, tenant, String(events)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(Number(out.trim())) : reject(new Error(`writer exited ${code}: ${err.slice(0, 500)}`))));
  });
}

async function assertContiguous(s: TestServices, tenant: string, expected: number): Promise<void> {
  const r = await s.store.withTenant(tenant, (tx) =>
    tx.query<{ n: number; lo: number; hi: number; ids: number }>(
      'select count(*)::int as n, min(seq)::int as lo, max(seq)::int as hi, count(distinct id)::int as ids from audit_events',
    ),
  );
  const row = r.rows[0]!;
  assert.equal(row.n, expected);
  assert.equal(row.lo, 0);
  assert.equal(row.hi, expected - 1); // no gap
  assert.equal(row.ids, expected);
  const v = await s.audit.verifyUnaudited(tenant);
  assert.equal(v.ok, true, JSON.stringify(v.problems)); // no fork: every checkpoint matches the one tree
  assert.equal(v.treeSize, expected);
}

for (const kind of storeKinds) {
  describe(`concurrent appenders (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    before(async () => {
      s = await openTestServices(kind.name);
    });
    after(() => s.dispose());

    test('many appends in flight at once: no fork, no gap', async () => {
      const t = await s.tenants.create('concurrent');
      const audit = new AuditService(s.store, s.keys, { checkpointEvery: 17 });
      await Promise.all(
        Array.from({ length: 8 }, async (_, lane) => {
          for (let i = 0; i < 10; i++) await audit.append(t.id, Array.from({ length: 1 + ((lane + i) % 5) }, (_, j) => modelCall(lane * 100 + i * 10 + j)));
        }),
      );
      const expected = 1 + Array.from({ length: 8 }, (_, lane) => Array.from({ length: 10 }, (_, i) => 1 + ((lane + i) % 5)).reduce((a, b) => a + b, 0)).reduce((a, b) => a + b, 0);
      await assertContiguous(s, t.id, expected);
    });

    if (kind.name === 'postgres') {
      test('two more phigate processes and a second pool append to one tenant at once', async () => {
        const t = await s.tenants.create('multi-process');
        // A second connection pool in this process, with its own key service, appending too.
        const other = await openStore({ databaseUrl: s.testStore.url!, poolSize: 4 });
        try {
          const audit2 = new AuditService(other, new KeyService(other, s.keyProvider, 0), { checkpointEvery: 25 });
          const local = (async () => {
            for (let i = 0; i < 40; i++) await audit2.append(t.id, [modelCall(i), modelCall(i + 1)]);
            return 80;
          })();
          const counts = await Promise.all([runWriter(s.dataDir, s.testStore.url!, t.id, 300), runWriter(s.dataDir, s.testStore.url!, t.id, 300), local]);
          assert.deepEqual(counts, [300, 300, 80]);
        } finally {
          await other.close();
        }
        await assertContiguous(s, t.id, 1 + 680);
      });
    }
  });
}
