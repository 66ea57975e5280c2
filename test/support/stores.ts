import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from '../../src/store/index.js';

/**
 * The stores every store-touching test runs against: embedded PGlite (always) and PostgreSQL
 * when PHIGATE_TEST_DATABASE_URL names a server (`.ci/run` starts one). Each PostgreSQL store gets
 * a database of its own, dropped by `dispose`.
 */
export interface TestStore {
  name: 'pglite' | 'postgres';
  store: Store;
  /** URL of the store's own database (postgres only), for tests that need a second connection. */
  url?: string;
  dispose(): Promise<void>;
}

export const serverUrl = process.env.PHIGATE_TEST_DATABASE_URL;
export const serverSkipReason = serverUrl
  ? false
  : 'PostgreSQL not available: set PHIGATE_TEST_DATABASE_URL (as .ci/run does) to run server-mode tests';

export const storeKinds: Array<{ name: 'pglite' | 'postgres'; skip: string | false }> = [
  { name: 'pglite', skip: false },
  { name: 'postgres', skip: serverSkipReason },
];

export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!serverUrl) throw new Error('no server');
  const name = `phigate_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function openTestStore(name: 'pglite' | 'postgres'): Promise<TestStore> {
  if (name === 'pglite') {
    const store = await openStore({});
    return { name, store, dispose: () => store.close() };
  }
  const db = await createTestDatabase();
  const store = await openStore({ databaseUrl: db.url, poolSize: 5 });
  return {
    name,
    store,
    url: db.url,
    dispose: async () => {
      await store.close();
      await db.drop();
    },
  };
}
