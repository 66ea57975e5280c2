import { PhigateError } from '../common/index.js';
import type { Store } from '../store/index.js';

type Callback = (err: Error | null, res?: { current: number; ttl: number }) => void;

/** The key the gateway's limiter counts under: the tenant (for row-level security) and the caller's key id. */
export const rateKey = (tenantId: string, keyId: string): string => `${tenantId}/${keyId}`;

function parseKey(key: string): { tenantId: string; key: string } {
  const at = key.indexOf('/');
  if (at !== 36) throw new PhigateError('rate_limit_key_invalid', 'rate limit key without a tenant', 500);
  return { tenantId: key.slice(0, at), key: key.slice(at + 1).slice(0, 200) };
}

// The window is the database's (one clock for every instance): its start is now() rounded down to
// a multiple of the window; ttl is what is left of it, in milliseconds.
const WINDOW = 'to_timestamp(floor(extract(epoch from now()) * 1000 / $3) * $3 / 1000.0)';
const TTL = 'greatest(0, ceil(extract(epoch from window_start) * 1000 + $3 - extract(epoch from now()) * 1000))::int as ttl';
const HIT = `
  insert into rate_windows (tenant_id, key, window_start, hits) values ($1, $2, ${WINDOW}, 1)
  on conflict (tenant_id, key, window_start) do update set hits = rate_windows.hits + 1
  returning hits, ${TTL}`;
const READ = `select hits, ${TTL} from rate_windows where tenant_id = $1 and key = $2 and window_start = ${WINDOW}`;

/**
 * A store for @fastify/rate-limit whose counters live in the database, so that every phigate
 * instance on one PostgreSQL counts the same requests (PHIGATE_RATE_LIMIT_SHARED). Fixed windows
 * of `timeWindow` ms on the database clock; one short transaction per request. If the database
 * cannot count, the request is refused (503), as it could not be served anyway.
 */
export function sharedRateStore(store: Store) {
  const run = (key: string, sql: string, timeWindow: number, cb: Callback) => {
    let k: { tenantId: string; key: string };
    try {
      k = parseKey(key);
    } catch (e) {
      cb(e as Error);
      return;
    }
    store
      .withTenant(k.tenantId, (tx) => tx.query<{ hits: number; ttl: number }>(sql, [k.tenantId, k.key, timeWindow]))
      .then(
        (r) => cb(null, { current: Number(r.rows[0]?.hits ?? 0), ttl: Number(r.rows[0]?.ttl ?? 0) }),
        () => cb(new PhigateError('store_unavailable', 'the request could not be counted against the rate limit', 503)),
      );
  };
  return class SharedRateStore {
    incr(key: string, cb: Callback, timeWindow: number): void {
      run(key, HIT, timeWindow, cb);
    }
    read(key: string, cb: Callback, timeWindow: number): void {
      run(key, READ, timeWindow, cb);
    }
    child(): SharedRateStore {
      return this;
    }
  };
}

/** Deletes a tenant's counters of windows that ended more than `keepMs` ago. */
export async function purgeRateWindows(store: Store, tenantId: string, keepMs = 10 * 60_000): Promise<number> {
  return store.withTenant(tenantId, async (tx) => {
    const r = await tx.query<{ n: number }>(
      `with gone as (delete from rate_windows where tenant_id = $1 and window_start < now() - make_interval(secs => $2 / 1000.0) returning 1)
       select count(*)::int as n from gone`,
      [tenantId, keepMs],
    );
    return Number(r.rows[0]?.n ?? 0);
  });
}
