import { purgeRateWindows } from '../access/index.js';
import { SYSTEM_ACTOR, type AuditActor } from '../audit/index.js';
import type { Services } from './index.js';

/** Rows deleted per transaction by a purge: short transactions, short locks. */
const PURGE_BATCH = 10_000;

/**
 * Deletes the tenant's expired vault entries, a batch per transaction, each batch recorded in the
 * tenant's audit log in the same transaction (count only). Returns how many were deleted.
 */
export async function purgeExpiredVault(s: Services, tenantId: string, actor: AuditActor = SYSTEM_ACTOR, batch = PURGE_BATCH): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await s.store.withTenant(tenantId, async (tx) => {
      const n = await s.vault.purgeExpiredIn(tx, tenantId, batch);
      if (n > 0) {
        await s.audit.append(tenantId, [{ action: 'admin', subtype: 'vault.purge_expired', actor, purpose: 'RECORDMGT', outcome: 'success', what: { records: n } }], tx);
      }
      return n;
    });
    total += n;
    if (n < batch) return total;
  }
}

export interface Housekeeping {
  stop(): void;
}

/** Where housekeeping reports: the server's log. */
export interface HousekeepingLog {
  info(obj: Record<string, unknown>, msg: string): void;
  warn(msg: string): void;
}

/**
 * What a running server does in the background, for every active tenant: sign due audit
 * checkpoints (every 30 s, so an idle tenant's newest events do not wait for its next append) and
 * write each new one to the log (a witness outside the database), and
 * delete expired vault entries and, with shared rate limits, counters of windows long ended (every
 * `vaultPurgeSeconds`, 0 = never). Several instances may run
 * this at once: checkpoints take the tree-head lock, and concurrent deletes skip each other's rows.
 * Failures are reported to `warn` (no detail: a driver message may quote values) and retried next round.
 */
export function startHousekeeping(s: Services, log: HousekeepingLog, opts: { checkpointSeconds?: number } = {}): Housekeeping {
  const warn = (msg: string) => log.warn(msg);
  const timers: NodeJS.Timeout[] = [];
  // Witness: each new signed checkpoint also goes to the log, outside the database (operators ship
  // logs elsewhere), so that `audit verify --witness LOG` can catch a log rolled back with its
  // checkpoints. Only committed checkpoints are read; several instances log the same ones.
  const witnessed = new Map<string, number>();
  const witness = async (tenantId: string) => {
    const cp = await s.audit.latestCheckpoint(tenantId);
    if (!cp || (witnessed.get(tenantId) ?? -1) >= cp.size) return;
    witnessed.set(tenantId, cp.size);
    log.info({ checkpoint: { tenant: cp.tenant, size: cp.size, note: cp.note, signature: cp.signature } }, 'audit checkpoint witnessed');
  };
  const every = (seconds: number, round: () => Promise<unknown>, failed: string) => {
    if (seconds <= 0) return;
    let running = false;
    const t = setInterval(() => {
      if (running) return; // a slow round is not overlapped by the next
      running = true;
      round()
        .catch(() => warn(failed))
        .finally(() => (running = false));
    }, Math.min(seconds * 1000, 2 ** 31 - 1)); // longer than setInterval can wait (24.8 days): the longest it can
    t.unref();
    timers.push(t);
  };
  every(
    opts.checkpointSeconds ?? 30,
    async () => {
      const ids = (await s.tenants.active()).map((t) => t.id);
      await s.audit.checkpointDue(ids);
      for (const id of ids) await witness(id);
    },
    'audit checkpoint round failed',
  );
  every(
    s.config.vaultPurgeSeconds,
    async () => {
      for (const t of await s.tenants.active()) {
        await purgeExpiredVault(s, t.id);
        if (s.config.rateLimitShared) await purgeRateWindows(s.store, t.id);
      }
    },
    'vault purge round failed',
  );
  return { stop: () => timers.forEach((t) => clearInterval(t)) };
}
