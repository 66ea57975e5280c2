import type { AuditActor, AuditEventInput, AuditService } from '../../src/audit/index.js';
import { controlRunner } from '../../src/cli/index.js';
import type { Services } from '../../src/app/index.js';
import type { Queryable, Store } from '../../src/store/index.js';

export const operator: AuditActor = { principal: 'cli:tester', role: 'operator', via: 'cli' };
export const service: AuditActor = { principal: 'svc-notes-app', role: 'service', via: 'api_key', keyId: '0b9d7a52-1c1e-4f0e-9a57-3f0d2a4c9e11' };

/** A synthetic model-call event (no real data: ids are made up). */
export function modelCall(i: number, patient = `SYNTH-PT-${i % 7}`): AuditEventInput {
  return {
    action: 'model_call',
    actor: service,
    patient,
    purpose: 'TREAT',
    what: { resourceTypes: ['DocumentReference'], fields: ['note.text'], identifiers: { NAME: 2, DATE: 1 } },
    vendor: 'openai',
    model: 'gpt-4o-2024-08-06',
    client: { address: '10.0.0.7' },
    outcome: 'success',
    correlationId: `req-${i}`,
  };
}

export async function appendMany(audit: AuditService, tenant: string, n: number, batch = 50): Promise<void> {
  for (let i = 0; i < n; i += batch) {
    await audit.append(tenant, Array.from({ length: Math.min(batch, n - i) }, (_, j) => modelCall(i + j)));
  }
}

/** Runs a phigate command line inside the services, as the server's control socket does. */
export async function cli(s: Services, ...argv: string[]) {
  return controlRunner(s)(argv);
}

/** Runs `fn` as the schema owner with triggers off: an attacker with database access. */
export function asAttacker<T>(store: Store, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return store.withOwner(async (tx) => {
    await tx.query('set local session_replication_role = replica');
    return fn(tx);
  });
}

/**
 * A store whose transactions (and one-statement calls) fail at the first statement matching `pattern` while `armed()`:
 * the injected failure of the fail-closed tests.
 */
export function failingStore(inner: Store, pattern: RegExp, armed: () => boolean): Store {
  const wrap = (tx: Queryable): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => {
      if (armed() && pattern.test(sql)) throw Object.assign(new Error('injected failure'), { code: '57P01' });
      return tx.query<T>(sql, params);
    },
    exec: (sql: string) => tx.exec(sql),
  });
  return {
    kind: inner.kind,
    withTenant: (t, fn) => inner.withTenant(t, (tx) => fn(wrap(tx))),
    withApp: (fn) => inner.withApp((tx) => fn(wrap(tx))),
    withOwner: (fn) => inner.withOwner((tx) => fn(wrap(tx))),
    call: async <T>(sql: string, params: unknown[]) => {
      if (armed() && pattern.test(sql)) throw Object.assign(new Error('injected failure'), { code: '57P01' });
      return inner.call<T>(sql, params);
    },
    ping: () => inner.ping(),
    listen: (channel, onMessage) => inner.listen(channel, onMessage),
    close: () => inner.close(),
  };
}
