import { PhigateError } from '../common/index.js';
import type { AuditEventInput, AuditService, PlaceResult } from '../audit/index.js';
import type { Queryable, Store } from '../store/index.js';
import { retryConflicts, type TokenizeItem, type TokenizeOptions, type Vault } from '../vault/index.js';

export interface CommitServices {
  store: Store;
  vault: Vault;
  audit: AuditService;
}

/**
 * A request's pre-send write: its values into the vault and its audit events into the tenant's
 * log, as one statement (`phigate_commit_request`, migration 007), so one transaction and one round
 * trip. Either both commit or neither does, and then nothing is sent (fail closed). With
 * `ownScope` (a scope nothing else will share: a request without a conversation) the values are
 * kept as one sealed row rather than one row per value. Returns one
 * token per item, in order. Errors: `audit_unavailable` when the log could not take the events,
 * `vault_unavailable` otherwise; invalid events throw their 400 as `AuditService.append` does.
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
  let placed: PlaceResult | undefined;
  const tokens = await retryConflicts(async () => {
    // Prepared again on a retry: a colliding random token is drawn anew. A scope of its own keeps
    // its values as one sealed row; a shared scope (a conversation) as one row per value.
    const own = opts.ownScope === true && items.length > 0;
    const batch = own ? await vault.prepareBatch(keys, tenantId, items, { scope: opts.scope, ttlSeconds: opts.ttlSeconds ?? 3600 }) : undefined;
    const put = own ? undefined : await vault.preparePut(keys, tenantId, items, opts);
    const ev = await audit.prepare(keys, tenantId, events);
    const [, scope, expires, ids, types, lookups, toks, cts] = put?.params ?? [tenantId, '', null, [], [], [], [], []];
    const [, batchId, batchScope, batchExpires, batchTokens, batchCt] = batch?.params ?? [tenantId, null, scope, expires, null, null];
    let r: { rows: Array<{ r: PlaceResult & { tokens: Record<string, string> } }> };
    try {
      r = await store.call('select phigate_commit_request($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) as r', [
        tenantId, batch ? batchScope : scope, batch ? batchExpires : expires, ids, types, lookups, toks, cts,
        batchId, batchTokens, batchCt, ev.ids, ev.drafts, ev.now,
      ]);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === '23505' || code === '40P01' || code === '40001') throw e; // retried
      // Which half failed, from the PL/pgSQL context of the error (never its text: it is not shown).
      const where = String((e as { where?: unknown }).where ?? '');
      if (where.includes('phigate_audit_place')) throw new PhigateError('audit_unavailable', 'the audit log could not record the event; the action was not performed', 503);
      throw new PhigateError('vault_unavailable', 'the token vault is unavailable; nothing was sent', 503);
    }
    const row = r.rows[0]?.r;
    if (!row || Number(row.size) !== Number(row.first) + ev.count) throw new PhigateError('audit_unavailable', 'the audit log could not record the event; the action was not performed', 503);
    placed = row;
    return batch ? batch.tokens : put!.tokens(new Map(Object.entries(row.tokens ?? {})));
  });
  // The events are durable; a checkpoint that became due is signed beside the request (else the timer does it).
  if (placed) void audit.placed(tenantId, placed).catch(() => undefined);
  return tokens;
}
