import { createHash } from 'node:crypto';
import pg from 'pg';
import { PhigateError } from '../common/index.js';
import { APP_ROLE, TENANT_SETTING, type Queryable, type Store } from './types.js';
import { assertTenantId } from './tenant-id.js';

const wrap = (client: pg.PoolClient): Queryable => ({
  async query<T>(sql: string, params?: unknown[]) {
    const r = await client.query(sql, params);
    return { rows: r.rows as T[] };
  },
  async exec(sql: string) {
    await client.query(sql);
  },
});

const statementNames = new Map<string, string>();
/** A stable name per statement text (the pool's connections each prepare it once under that name). */
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `phigate_call_${createHash('sha256').update(sql).digest('hex').slice(0, 16)}`;
    statementNames.set(sql, name);
  }
  return name;
}

/** PostgreSQL server mode (`DATABASE_URL`): a pool; each unit of work is one transaction. */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  private constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
  ) {}

  static async open(url: string, opts: { max?: number } = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, connectionTimeoutMillis: 10_000 });
    // An idle client's error (server restart) must not crash the process.
    pool.on('error', () => undefined);
    const store = new PostgresStore(pool, url);
    try {
      await store.ping();
    } catch {
      await pool.end().catch(() => undefined);
      throw new PhigateError('store_unavailable', 'the PostgreSQL server named by DATABASE_URL did not answer', 503);
    }
    return store;
  }

  private async tx<T>(setup: (c: pg.PoolClient) => Promise<void>, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch {
      throw new PhigateError('store_unavailable', 'the database is unavailable', 503);
    }
    let broken = false;
    try {
      await setup(client);
      const result = await fn(wrap(client));
      await client.query('commit');
      return result;
    } catch (e) {
      try {
        await client.query('rollback');
      } catch {
        broken = true;
      }
      throw e;
    } finally {
      client.release(broken);
    }
  }

  withOwner<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.tx(async (c) => {
      await c.query('begin');
    }, fn);
  }

  withApp<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.tx(async (c) => {
      await c.query(`begin; set local role ${APP_ROLE}`);
    }, fn);
  }

  withTenant<T>(tenantId: string, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    assertTenantId(tenantId);
    // One round trip: the tenant id is a checked UUID, so it can be written into the statement.
    return this.tx(async (c) => {
      await c.query(`begin; select set_config('${TENANT_SETTING}', '${tenantId}', true); set local role ${APP_ROLE}`);
    }, fn);
  }

  async call<T>(sql: string, params: unknown[]): Promise<{ rows: T[] }> {
    // A named statement: each connection parses and plans it once, then only binds and executes it.
    const r = await this.pool.query({ name: statementName(sql), text: sql, values: params });
    return { rows: r.rows as T[] };
  }

  async ping(): Promise<void> {
    await this.pool.query('select 1');
  }

  async listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>> {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new PhigateError('listen_channel_invalid', 'channel names are lower-case identifiers', 500);
    let stopped = false;
    let client: pg.Client | undefined;
    let retry: NodeJS.Timeout | undefined;
    // After a failure: try again every second until it works (or the listener is stopped).
    const schedule = () => {
      if (stopped) return;
      retry = setTimeout(() => void connect(true).catch(schedule), 1000);
      retry.unref();
    };
    const connect = async (reconnected: boolean): Promise<void> => {
      // keepAlive: a half-open connection (a failover, a partition) is noticed, and reconnected.
      const c = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 10_000, keepAlive: true });
      let failed = false;
      const lost = () => {
        if (failed || stopped || (client !== undefined && client !== c)) return;
        failed = true;
        if (client === c) client = undefined;
        c.end().catch(() => undefined);
        schedule();
      };
      c.on('error', lost);
      c.on('end', lost);
      c.on('notification', (m) => {
        if (m.channel === channel) onMessage(m.payload ?? '');
      });
      try {
        await c.connect();
        await c.query(`listen ${channel}`);
      } catch (e) {
        failed = true;
        c.end().catch(() => undefined);
        throw e;
      }
      if (stopped) {
        // Stopped while this connection was being made: it must not outlive the listener.
        failed = true;
        await c.end().catch(() => undefined);
        return;
      }
      client = c;
      // While the connection was down, messages may have been lost: everything is stale.
      if (reconnected) onMessage('*');
    };
    try {
      await connect(false);
    } catch {
      throw new PhigateError('store_unavailable', 'the database did not accept a listening connection', 503);
    }
    return async () => {
      stopped = true;
      clearTimeout(retry);
      const c = client;
      client = undefined;
      await c?.end().catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
