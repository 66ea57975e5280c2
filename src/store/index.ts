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
  /** Folder of the embedded store; absent = in memory (tests). */
  dataDir?: string;
  poolSize?: number;
}

/** Opens the store and brings its schema up to date. */
export async function openStore(opts: OpenStoreOptions): Promise<Store> {
  const store: Store = opts.databaseUrl
    ? await PostgresStore.open(opts.databaseUrl, opts.poolSize ? { max: opts.poolSize } : {})
    : await PgliteStore.open(opts.dataDir);
  try {
    await migrate((fn) => store.withOwner(fn));
  } catch (e) {
    await store.close().catch(() => undefined);
    if (e instanceof PhigateError) throw e;
    // SQLSTATE codes carry no data; they tell an operator what went wrong (e.g. 42501: privilege).
    const state = typeof (e as { code?: unknown }).code === 'string' ? ` (SQLSTATE ${(e as { code: string }).code})` : '';
    throw new PhigateError('migration_failed', `the database schema could not be brought up to date${state}`, 500);
  }
  return store;
}

/** Byte columns come back as Buffer (pg) or Uint8Array (PGlite); this gives a Buffer either way. */
export const toBuffer = (v: unknown): Buffer => {
  if (Buffer.isBuffer(v)) return v;
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  throw new PhigateError('store_type', 'expected a byte column', 500);
};
