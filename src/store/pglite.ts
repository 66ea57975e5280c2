import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { PhigateError } from '../common/index.js';
import { APP_ROLE, TENANT_SETTING, type Queryable, type Store } from './types.js';
import { assertTenantId } from './tenant-id.js';

const wrap = (tx: Transaction | PGlite): Queryable => ({
  async query<T>(sql: string, params?: unknown[]) {
    const r = await tx.query<T>(sql, params as unknown[] | undefined);
    return { rows: r.rows };
  },
  async exec(sql: string) {
    await tx.exec(sql);
  },
});

/**
 * The embedded store: PostgreSQL compiled to WebAssembly, in a folder on disk (or in memory when
 * `dataDir` is undefined, for tests). One process at a time may open a folder; the caller holds
 * the data-folder lock (see cli/lock). PGlite runs one statement at a time, so transactions are
 * serialised by PGlite itself.
 */
export class PgliteStore implements Store {
  readonly kind = 'pglite' as const;
  private constructor(private readonly db: PGlite) {}

  static async open(dataDir?: string): Promise<PgliteStore> {
    if (dataDir) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    try {
      const db = new PGlite(dataDir);
      await db.waitReady;
      return new PgliteStore(db);
    } catch {
      throw new PhigateError('store_unavailable', 'the embedded database could not be opened', 503);
    }
  }

  withOwner<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => fn(wrap(tx)));
  }

  withApp<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      await tx.query(`set local role ${APP_ROLE}`);
      return fn(wrap(tx));
    });
  }

  withTenant<T>(tenantId: string, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    assertTenantId(tenantId);
    return this.db.transaction(async (tx) => {
      // One call: the tenant id is a checked UUID, so it can be written into the statement.
      await tx.exec(`select set_config('${TENANT_SETTING}', '${tenantId}', true); set local role ${APP_ROLE}`);
      return fn(wrap(tx));
    });
  }

  async call<T>(sql: string, params: unknown[]): Promise<{ rows: T[] }> {
    // Serialised with transactions by PGlite itself.
    const r = await this.db.query<T>(sql, params);
    return { rows: r.rows };
  }

  async ping(): Promise<void> {
    await this.db.query('select 1');
  }

  async listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>> {
    const stop = await this.db.listen(channel, onMessage);
    return async () => {
      await stop().catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
  }
}
