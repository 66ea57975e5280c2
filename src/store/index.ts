import { PhigateError } from '../common/index.js';
import { migrate } from './migrate.js';
import { PgliteStore } from './pglite.js';
import { PostgresStore } from './postgres.js';
import type { Store } from './types.js';

export type { Queryable, Store, StoreKind } from './types.js';
export { APP_ROLE, TENANT_SETTING } from './types.js';
export { migrate } from './migrate.js';
export { migrations, type Migration } from './migrations/index.js';
export { PgliteStore } from './pglite.js';
export { PostgresStore } from './postgres.js';
export { assertTenantId } from './tenant-id.js';

export interface OpenStoreOptions {
  /** PostgreSQL server; when absent, the embedded store. */
  databaseUrl?: string;
  /** The schema owner's URL, for migrations only; `databaseUrl` then needs only membership of phigate_app. */
  migrationUrl?: string;
  /** Folder of the embedded store; absent = in memory (tests). */
  dataDir?: string;
  poolSize?: number;
}

/** Opens the store and brings its schema up to date. */
export async function openStore(opts: OpenStoreOptions): Promise<Store> {
  if (opts.databaseUrl && opts.migrationUrl) {
    // Least privilege: the owner migrates through a connection of its own, closed at once; the
    // application's login role only ever acts as phigate_app (RESET ROLE leaves it with nothing).
    const owner = await PostgresStore.open(opts.migrationUrl, { max: 1 });
    try {
      await runMigrations(owner);
    } finally {
      await owner.close().catch(() => undefined);
    }
    const store = await PostgresStore.open(opts.databaseUrl, opts.poolSize ? { max: opts.poolSize } : {});
    let inherits: boolean | undefined;
    try {
      inherits = await store.withApp(async (tx) => {
        const r = await tx.query<{ inherit: boolean; bypass: boolean }>(
          'select rolinherit as inherit, rolsuper or rolbypassrls as bypass from pg_roles where rolname = session_user',
        );
        if (r.rows[0]?.bypass) throw new PhigateError('store_role', 'the role of DATABASE_URL is a superuser or bypasses row-level security: use a plain login role', 500);
        return Boolean(r.rows[0]?.inherit);
      });
    } catch (e) {
      await store.close().catch(() => undefined);
      if (e instanceof PhigateError) throw e;
      if ((e as { code?: unknown }).code === '42501') {
        throw new PhigateError('store_role', 'the role of DATABASE_URL cannot act as phigate_app: have the owner run GRANT phigate_app TO that role', 500);
      }
      throw new PhigateError('store_unavailable', 'the database did not answer', 503);
    }
    if (inherits) {
      // Otherwise RESET ROLE would keep phigate_app's privileges, and with them the point is lost.
      await store.close().catch(() => undefined);
      throw new PhigateError('store_role', "the role of DATABASE_URL inherits phigate_app's privileges: create it NOINHERIT (ALTER ROLE ... NOINHERIT)", 500);
    }
    return store;
  }
  const store: Store = opts.databaseUrl
    ? await PostgresStore.open(opts.databaseUrl, opts.poolSize ? { max: opts.poolSize } : {})
    : await PgliteStore.open(opts.dataDir);
  try {
    await runMigrations(store);
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  return store;
}

async function runMigrations(store: Store): Promise<void> {
  try {
    await migrate((fn) => store.withOwner(fn));
  } catch (e) {
    if (e instanceof PhigateError) throw e;
    // SQLSTATE codes carry no data; they tell an operator what went wrong (e.g. 42501: privilege).
    const state = typeof (e as { code?: unknown }).code === 'string' ? ` (SQLSTATE ${(e as { code: string }).code})` : '';
    throw new PhigateError('migration_failed', `the database schema could not be brought up to date${state}`, 500);
  }
}

/** Byte columns come back as Buffer (pg) or Uint8Array (PGlite); this gives a Buffer either way. */
export const toBuffer = (v: unknown): Buffer => {
  if (Buffer.isBuffer(v)) return v;
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  throw new PhigateError('store_type', 'expected a byte column', 500);
};
