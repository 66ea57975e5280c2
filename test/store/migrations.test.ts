import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { migrate, migrations, openStore, type Migration } from '../../src/store/index.js';
import { runCli, startServer } from '../support/cli.js';
import { createTestDatabase, serverSkipReason } from '../support/stores.js';

describe('migrations', () => {
  test('embedded: applied once, idempotent on reopen, edited migrations refused', async () => {
    const store = await openStore({});
    try {
      const again = await migrate((fn) => store.withOwner(fn));
      assert.deepEqual(again, []);
      const rows = await store.withOwner((tx) => tx.query<{ version: number }>('select version from schema_migrations order by version'));
      assert.deepEqual(rows.rows.map((r) => Number(r.version)), migrations.map((m) => m.version));
      const edited: Migration[] = migrations.map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
      await assert.rejects(migrate((fn) => store.withOwner(fn), edited), (e: { code?: string }) => e.code === 'migration_mismatch');
    } finally {
      await store.close();
    }
  });
});

describe('server mode (PostgreSQL)', { skip: serverSkipReason }, () => {
  const drops: Array<() => Promise<void>> = [];
  after(async () => {
    for (const d of drops) await d();
  });

  test('several processes starting at once migrate exactly once', async () => {
    const db = await createTestDatabase();
    drops.push(db.drop);
    const stores = await Promise.all(Array.from({ length: 4 }, () => openStore({ databaseUrl: db.url, poolSize: 2 })));
    try {
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      const r = await c.query('select version, count(*)::int as n from schema_migrations group by version');
      await c.end();
      assert.equal(r.rows.length, migrations.length);
      assert.ok(r.rows.every((row: { n: number }) => row.n === 1));
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  test('two servers and the CLI share one database directly', async () => {
    const db = await createTestDatabase();
    drops.push(db.drop);
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'phigate-pg-'));
    const env = { DATABASE_URL: db.url, PHIGATE_DATA_DIR: dir };
    const [a, b] = await Promise.all([startServer(env), startServer(env)]);
    try {
      const created = await runCli(['tenants', 'create', 'shared', '--json'], env);
      assert.equal(created.code, 0, created.stderr);
      for (const srv of [a, b]) {
        const r = await fetch(`${srv.url}/readyz`);
        assert.equal(((await r.json()) as { store: string }).store, 'postgres');
      }
      const list = await runCli(['tenants', 'list', '--json'], env);
      assert.deepEqual((JSON.parse(list.stdout) as Array<{ name: string }>).map((t) => t.name), ['shared']);
    } finally {
      await a.stop();
      await b.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
