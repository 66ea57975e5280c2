import { PhigateError } from '../common/index.js';
import type { AuditEventInput, AuditService, PlaceResult } from '../audit/index.js';
import type { Queryable, Store } from '../store/index.js';
import { retryConflicts, type TokenizeItem, type TokenizeOptions, type Vault } from '../vault/index.js';

export interface CommitServices {
  store: Store;
  vault: Vault;
  audit: AuditService;
}

const vaultUnavailable = () => new PhigateError('vault_unavailable', 'the token vault is unavailable; nothing was sent', 503);
const auditUnavailable = () => new PhigateError('audit_unavailable', 'the audit log could not record the event; the action was not performed', 503);

/**
 * A request's pre-send write: its values into the vault and its audit events into the tenant's
 * log, as one statement (`phigate_commit_request`, migration 007), so one transaction and one round
 * trip. Either both commit or neither does, and then nothing is sent (fail closed). With
 * `ownScope` (a scope nothing else will share: a request without a conversation) the values are
 * kept as one sealed row rather than one row per value. Returns one token per item, in order.
 * Errors: `audit_unavailable` when the log could not take the events, `vault_unavailable`
 * otherwise (a lost race retried and lost again included); invalid events throw their 400 as
 * `AuditService.append` does.
 */
export async function commitRequest(
  services: CommitServices,
  tenantId: string,
  items: TokenizeItem[],
  opts: TokenizeOptions & { ownScope?: boolean },
  events: AuditEventInput[],
): Promise<string[]> {
  const { store, vault, audit } = services;
  // Keys and pseudonym secrets are cached; on a miss they are read in a transaction of their own.
  const keys: Queryable = {
    query: (sql, params) => store.withTenant(tenantId, (tx) => tx.query(sql, params)),
    exec: () => Promise.reject(new PhigateError('internal_error', 'not available here', 500)),
  };
  const ev = await audit.prepare(keys, tenantId, events);
  const own = opts.ownScope === true && items.length > 0;
  let placed: PlaceResult | undefined;
  let tokens: string[];
  try {
    tokens = await retryConflicts(async () => {
      // Prepared again on a retry: a colliding random token is drawn anew. A scope of its own
      // keeps its values as one sealed row; a shared scope (a conversation) one row per value.
      const batch = own ? await vault.prepareBatch(keys, tenantId, items, { scope: opts.scope, ttlSeconds: opts.ttlSeconds ?? 3600 }) : undefined;
      const put = own ? undefined : await vault.preparePut(keys, tenantId, items, opts);
      const values = put ? put.params.slice(1) : [batch!.params[2], batch!.params[3], [], [], [], [], []];
      const batchCols = batch ? [batch.params[1], batch.params[4], batch.params[5]] : [null, null, null];
      const r = await store.call<{ r: PlaceResult & { tokens: Record<string, string> } }>(
        'select phigate_commit_request($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) as r',
        [tenantId, ...values, ...batchCols, ev.ids, ev.drafts, ev.now],
      );
      const row = r.rows[0]?.r;
      if (!row || Number(row.size) !== Number(row.first) + ev.count) throw auditUnavailable();
      placed = row;
      return batch ? batch.tokens : put!.tokens(new Map(Object.entries(row.tokens ?? {})));
    });
  } catch (e) {
    if (e instanceof PhigateError) throw e;
    // Which half failed, from the PL/pgSQL context of the error (never its text: it is not shown).
    if (String((e as { where?: unknown }).where ?? '').includes('phigate_audit_place')) throw auditUnavailable();
    throw vaultUnavailable();
  }
  // The events are durable; a checkpoint that became due is signed beside the request (else the timer does it).
  if (placed) void audit.placed(tenantId, placed).catch(() => undefined);
  return tokens;
}
