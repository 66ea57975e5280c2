import { randomUUID } from 'node:crypto';
import type { AuditActor, AuditReader, AuditService } from '../audit/index.js';
import { PhigateError } from '../common/index.js';
import type { KeyService } from '../crypto/index.js';
import { toBuffer, type Queryable, type Store } from '../store/index.js';
import { requirePermission, type Principal } from './api-keys.js';

/** What an active grant adds, for requests that state purpose BTG. */
export const BREAK_GLASS_PERMISSIONS: readonly string[] = ['gateway:chat', 'gateway:embeddings', 'vault:detokenize'];
export const BREAK_GLASS_MAX_MS = 4 * 3600_000;
export const BREAK_GLASS_DEFAULT_MS = 3600_000;

/**
 * A grant's `via` says how it was asked for; its `subject` is the credential it is bound to (see
 * BreakGlassGrant.subject). Rows written before grants were bound have no subject and elevate
 * nobody (they last four hours at most).
 */
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KEY_PREFIX_RE = /^phg_[a-z2-7]{8}$/;

/** The caller shape end() accepts: an authenticated principal, or an operator at the CLI. */
type Ender = Principal | (AuditActor & { tenantId: string });
const isPrincipal = (p: Ender): p is Principal => 'permissions' in p && p.permissions instanceof Set;

export interface BreakGlassGrant {
  id: string;
  tenantId: string;
  principal: string;
  via: string;
  /**
   * The credential the grant is bound to, and the only one it elevates: `user:<id>` (a person:
   * their sessions and the API keys issued to them), `key:<id>` (an API key of no user),
   * `jwt:<issuer tag>:<principal>` (a workload), `jwt:*:<principal>` (a workload an operator
   * granted by name). Never the principal name alone: names are free text.
   */
  subject: string | null;
  startedAt: string;
  expiresAt: string;
  endedAt: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  active: boolean;
  /** The stated reason (only in reviews; stored sealed with the tenant's data key). */
  reason?: string;
  /** What was done under it (reviews by a reader of the audit log): requests and distinct patients, from the audit log. */
  activity?: { requests: number; patients: number };
}

interface Row {
  id: string;
  tenant_id: string;
  principal: string;
  via: string;
  subject: string | null;
  reason: unknown;
  started_at: Date;
  expires_at: Date;
  ended_at: Date | null;
  reviewed_at: Date | null;
  reviewed_by: string | null;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/**
 * Break-glass: a person (or service) holding `break_glass:use` raises their access for a stated
 * emergency reason, for a limited time (at most 4 hours). While the grant lasts, requests that
 * state purpose of use BTG ("break the glass") may detokenize and see every identifier kind
 * (the BTG policy rule). The start, each end and each review are audit events of their own
 * (action login, subtypes break_glass.start / break_glass.end / break_glass.review, purpose BTG);
 * requests made under it carry purpose BTG in their own events. `phigate access review` lists
 * grants awaiting follow-up. The reason may describe a patient, so it is stored sealed and never
 * enters the audit log.
 */
export class BreakGlassService {
  /** Injectable clock (tests). */
  now: () => number = Date.now;

  constructor(
    private readonly store: Store,
    private readonly keys: KeyService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Starts a grant for `p`. `grantedBy` is an operator granting on the principal's behalf (the
   * CLI); the audit event then names the operator as the actor.
   */
  async start(p: Principal, input: { reason: string; durationMs?: number }, grantedBy?: AuditActor): Promise<BreakGlassGrant> {
    if (!grantedBy) requirePermission(p, 'break_glass:use');
    const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
    if (reason.length < 10 || reason.length > 1000) throw new PhigateError('reason_required', 'state the emergency reason (10 to 1000 characters)', 400);
    const ms = input.durationMs ?? BREAK_GLASS_DEFAULT_MS;
    if (!(ms >= 60_000 && ms <= BREAK_GLASS_MAX_MS)) throw new PhigateError('duration_invalid', 'break-glass lasts 1 minute to 4 hours', 400);
    const id = randomUUID();
    const now = this.now();
    return this.store.withTenant(p.tenantId, async (tx) => {
      // Bound to the credential that asked (or, for an operator's grant, the one it names).
      const bound = grantedBy ? await this.resolveNamed(tx, p.tenantId, p.principal) : { principal: p.principal, subject: await this.subjectIn(tx, p) };
      const sealed = await this.keys.encrypt(tx, p.tenantId, 'break_glass', id, Buffer.from(reason, 'utf8'));
      const r = await tx.query<Row>(
        `insert into break_glass (id, tenant_id, principal, via, subject, reason, started_at, expires_at) values ($1, $2, $3, $4, $5, $6, $7, $8) returning *`,
        [id, p.tenantId, bound.principal, grantedBy?.via ?? p.via, bound.subject, sealed, new Date(now), new Date(now + ms)],
      );
      await this.audit.record(
        p.tenantId,
        { action: 'login', subtype: 'break_glass.start', actor: grantedBy ?? actorOf(p), purpose: 'BTG', outcome: 'success', target: { type: 'break_glass', id } },
        tx,
      );
      return this.toGrant(r.rows[0]!, now);
    });
  }

  /**
   * The grant in force now for this credential, if any: matched on the identity the grant is bound
   * to (the user, the key, the workload's issuer and subject), never on the principal name, which
   * any holder of `keys:write` can give a key.
   */
  async active(p: Principal): Promise<BreakGlassGrant | undefined> {
    const now = this.now();
    const r = await this.store.withTenant(p.tenantId, async (tx) => {
      const subjects = await this.subjectsOf(tx, p);
      return tx.query<Row>(
        `select * from break_glass where tenant_id = $1 and subject = any($2) and ended_at is null and started_at <= $3 and expires_at > $3
          order by expires_at desc limit 1`,
        [p.tenantId, subjects, new Date(now)],
      );
    });
    return r.rows[0] ? this.toGrant(r.rows[0], now) : undefined;
  }

  /**
   * Every binding under which a credential holds grants: its own (`subjectIn`); for a workload,
   * grants an operator gave its principal by name; for a key, those of the keys it replaced by
   * rotation.
   */
  private async subjectsOf(tx: Queryable, p: Principal): Promise<string[]> {
    const own = await this.subjectIn(tx, p);
    const subjects = [own];
    if (p.via === 'workload') subjects.push(`jwt:*:${p.principal}`);
    if (own.startsWith('key:')) subjects.push(...(await keyChain(tx, p.tenantId, own.slice(4), 'before')).map((id) => `key:${id}`));
    return subjects;
  }

  /** The identity a credential's grants are bound to. */
  private async subjectIn(tx: Queryable, p: Principal): Promise<string> {
    if (p.via === 'session') {
      const r = p.sessionId ? await tx.query<{ user_id: string }>('select user_id from sessions where tenant_id = $1 and id = $2', [p.tenantId, p.sessionId]) : { rows: [] };
      if (!r.rows[0]) throw new PhigateError('invalid_session', 'missing, unknown, expired or revoked session', 401);
      return `user:${r.rows[0].user_id}`;
    }
    if (p.via === 'workload') return `${p.keyId}:${p.principal}`;
    const r = UUID_RE.test(p.keyId) ? await tx.query<{ user_id: string | null }>('select user_id from api_keys where tenant_id = $1 and id = $2', [p.tenantId, p.keyId]) : { rows: [] };
    if (!r.rows[0]) throw new PhigateError('invalid_api_key', 'missing, unknown, expired or revoked API key', 401);
    return r.rows[0].user_id ? `user:${r.rows[0].user_id}` : `key:${p.keyId}`;
  }

  /**
   * What an operator's grant for `ref` is bound to: the user of that name; else the API key of that
   * id or prefix; else the one live key of that principal name issued to no user; else workloads
   * whose principal is that name (only the identity provider issues those).
   */
  private async resolveNamed(tx: Queryable, tenantId: string, ref: string): Promise<{ principal: string; subject: string }> {
    const name = ref.trim();
    const u = await tx.query<{ id: string; username: string }>('select id, username from users where tenant_id = $1 and username = $2', [tenantId, name]);
    if (u.rows[0]) return { principal: u.rows[0].username, subject: `user:${u.rows[0].id}` };
    const live = `revoked_at is null and (expires_at is null or expires_at > $3)`;
    const at = new Date(this.now());
    if (UUID_RE.test(name) || KEY_PREFIX_RE.test(name)) {
      const k = await tx.query<{ id: string; principal: string; user_id: string | null }>(
        `select id, principal, user_id from api_keys where tenant_id = $1 and ${UUID_RE.test(name) ? 'id = $2::uuid' : 'prefix = $2'} and ${live}`,
        [tenantId, name, at],
      );
      if (k.rows[0]) return { principal: k.rows[0].principal, subject: k.rows[0].user_id ? `user:${k.rows[0].user_id}` : `key:${k.rows[0].id}` };
    }
    const k = await tx.query<{ id: string }>(
      `select id from api_keys where tenant_id = $1 and principal = $2 and user_id is null and rotated_to is null and ${live}`,
      [tenantId, name, at],
    );
    if (k.rows.length > 1) throw new PhigateError('principal_ambiguous', 'several live API keys carry that principal; name the key by its id or prefix', 409);
    if (k.rows[0]) return { principal: name, subject: `key:${k.rows[0].id}` };
    return { principal: name, subject: `jwt:*:${name}` };
  }

  /**
   * Ends a grant early: its holder (the credential it is bound to), a holder of `access:review`,
   * or an operator at the CLI.
   */
  async end(p: Ender, id: string): Promise<BreakGlassGrant> {
    const now = this.now();
    return this.store.withTenant(p.tenantId, async (tx) => {
      if (isPrincipal(p) && !p.permissions.has('access:review')) {
        const g = await tx.query<Row>('select * from break_glass where tenant_id = $1 and id = $2', [p.tenantId, id]);
        if (!g.rows[0]) throw new PhigateError('break_glass_not_found', 'no such break-glass grant', 404);
        const theirs = g.rows[0].subject;
        if (theirs === null || !(await this.subjectsOf(tx, p)).includes(theirs)) {
          throw new PhigateError('permission_denied', "ending another holder's grant needs the permission access:review", 403);
        }
      }
      const r = await tx.query<Row>(`update break_glass set ended_at = coalesce(ended_at, $3) where tenant_id = $1 and id = $2 returning *`, [p.tenantId, id, new Date(now)]);
      if (!r.rows[0]) throw new PhigateError('break_glass_not_found', 'no such break-glass grant', 404);
      await this.audit.record(p.tenantId, { action: 'login', subtype: 'break_glass.end', actor: actorOf(p), purpose: 'BTG', outcome: 'success', target: { type: 'break_glass', id } }, tx);
      return this.toGrant(r.rows[0], now);
    });
  }

  /**
   * Grants for follow-up: those not yet reviewed (or all), newest first, with their reasons. With
   * a `reader` allowed to read the audit log (the read is itself recorded), each grant also shows
   * what was done under it: requests stating BTG by the credential it is bound to, in its window,
   * and how many distinct patients they named.
   */
  async review(tenantId: string, opts: { all?: boolean; reader?: AuditReader } = {}): Promise<BreakGlassGrant[]> {
    const grants = await this.list(tenantId, opts);
    if (opts.reader && grants.length) await this.attachActivity(tenantId, grants, opts.reader);
    return grants;
  }

  private async attachActivity(tenantId: string, grants: BreakGlassGrant[], reader: AuditReader): Promise<void> {
    const from = new Date(Math.min(...grants.map((g) => Date.parse(g.startedAt))));
    const to = new Date(Math.max(...grants.map((g) => Date.parse(g.endedAt ?? g.expiresAt))) + 1000);
    const acc = new Map(grants.map((g) => [g.id, { requests: new Set<string>(), patients: new Set<string>() }]));
    const holds = await this.holders(tenantId, grants);
    await this.audit.readEvents(tenantId, { from, to }, reader, 'break_glass_review', (_body, ev) => {
      // Refused requests (no grant, or another credential's) were not done under any grant.
      if (ev.purpose !== 'BTG' || ev.action === 'login' || ev.action === 'audit_read' || ev.outcome.result === 'denied') return;
      const t = Date.parse(ev.time);
      for (const g of grants) {
        if (!holds(g, ev.actor) || t < Date.parse(g.startedAt) || t > Date.parse(g.endedAt ?? g.expiresAt)) continue;
        const a = acc.get(g.id)!;
        a.requests.add(ev.correlationId ?? ev.id);
        for (const p of ev.patients ?? []) a.patients.add(p);
      }
    });
    for (const g of grants) {
      const a = acc.get(g.id)!;
      g.activity = { requests: a.requests.size, patients: a.patients.size };
    }
  }

  /**
   * Whether an audit event's actor is the credential a grant is bound to (as `active` decides),
   * never by principal name alone: a user's own keys and sessions, the key, or the workload's
   * issuer and subject. Grants from before grants were bound (no subject) fall back to the name.
   */
  private async holders(tenantId: string, grants: BreakGlassGrant[]): Promise<(g: BreakGlassGrant, actor: AuditActor) => boolean> {
    const users = [...new Set(grants.map((g) => /^user:(.+)$/.exec(g.subject ?? '')?.[1]).filter((u): u is string => !!u && UUID_RE.test(u)))];
    const keyGrants = [...new Set(grants.map((g) => /^key:(.+)$/.exec(g.subject ?? '')?.[1]).filter((k): k is string => !!k && UUID_RE.test(k)))];
    // A grant bound to a key also covers the keys that replaced it by rotation.
    const keysOf = new Map<string, Set<string>>();
    const ownerOf = new Map<string, string>(); // key or session id -> user id
    if (users.length || keyGrants.length) {
      await this.store.withTenant(tenantId, async (tx) => {
        for (const k of keyGrants) keysOf.set(k, new Set([k, ...(await keyChain(tx, tenantId, k, 'after'))]));
        if (!users.length) return;
        const k = await tx.query<{ id: string; user_id: string }>('select id, user_id from api_keys where tenant_id = $1 and user_id = any($2::uuid[])', [tenantId, users]);
        for (const r of k.rows) ownerOf.set(`key:${r.id}`, r.user_id);
        const sx = await tx.query<{ id: string; user_id: string }>('select id, user_id from sessions where tenant_id = $1 and user_id = any($2::uuid[])', [tenantId, users]);
        for (const r of sx.rows) ownerOf.set(`session:${r.id}`, r.user_id);
      });
    }
    return (g, actor) => {
      const subject = g.subject;
      if (!subject) return g.principal === actor.principal;
      if (subject.startsWith('user:')) {
        const uid = subject.slice(5);
        return (actor.sessionId !== undefined && ownerOf.get(`session:${actor.sessionId}`) === uid) || (actor.keyId !== undefined && ownerOf.get(`key:${actor.keyId}`) === uid);
      }
      if (subject.startsWith('key:')) return actor.via === 'api_key' && actor.keyId !== undefined && (keysOf.get(subject.slice(4)) ?? new Set([subject.slice(4)])).has(actor.keyId);
      if (actor.via !== 'workload') return false;
      return subject === `${actor.keyId}:${actor.principal}` || subject === `jwt:*:${actor.principal}`;
    };
  }

  private async list(tenantId: string, opts: { all?: boolean }): Promise<BreakGlassGrant[]> {
    const now = this.now();
    return this.store.withTenant(tenantId, async (tx) => {
      const r = await tx.query<Row>(`select * from break_glass where tenant_id = $1 ${opts.all ? '' : 'and reviewed_at is null'} order by started_at desc`, [tenantId]);
      const out: BreakGlassGrant[] = [];
      for (const row of r.rows) {
        let reason: string;
        try {
          reason = (await this.keys.decrypt(tx, tenantId, 'break_glass', row.id, toBuffer(row.reason))).toString('utf8');
        } catch {
          reason = '(unreadable)';
        }
        out.push({ ...this.toGrant(row, now), reason });
      }
      return out;
    });
  }

  /** Marks a grant reviewed (after follow-up); audited. */
  async acknowledge(tenantId: string, id: string, reviewer: AuditActor): Promise<BreakGlassGrant> {
    const now = this.now();
    return this.store.withTenant(tenantId, async (tx) => {
      const r = await tx.query<Row>(
        `update break_glass set reviewed_at = coalesce(reviewed_at, $3), reviewed_by = coalesce(reviewed_by, $4) where tenant_id = $1 and id = $2 returning *`,
        [tenantId, id, new Date(now), reviewer.principal],
      );
      if (!r.rows[0]) throw new PhigateError('break_glass_not_found', 'no such break-glass grant', 404);
      await this.audit.record(tenantId, { action: 'login', subtype: 'break_glass.review', actor: reviewer, purpose: 'BTG', outcome: 'success', target: { type: 'break_glass', id } }, tx);
      return this.toGrant(r.rows[0], now);
    });
  }

  private toGrant(r: Row, now: number): BreakGlassGrant {
    return {
      id: r.id,
      tenantId: r.tenant_id,
      principal: r.principal,
      via: r.via,
      subject: r.subject,
      startedAt: new Date(r.started_at).toISOString(),
      expiresAt: new Date(r.expires_at).toISOString(),
      endedAt: iso(r.ended_at),
      reviewedAt: iso(r.reviewed_at),
      reviewedBy: r.reviewed_by,
      active: !r.ended_at && new Date(r.expires_at).getTime() > now,
    };
  }
}

/**
 * The keys a key replaced by rotation (`before`: its predecessors) or that replaced it (`after`:
 * its successors), following `rotated_to` (at most 50 links).
 */
async function keyChain(tx: Queryable, tenantId: string, keyId: string, direction: 'before' | 'after'): Promise<string[]> {
  const step = direction === 'before' ? 'k.rotated_to = c.id' : 'k.id = c.next';
  const r = await tx.query<{ id: string }>(
    `with recursive c(id, next, depth) as (
       select id, rotated_to, 0 from api_keys where tenant_id = $1 and id = $2::uuid
       union all
       select k.id, k.rotated_to, c.depth + 1 from api_keys k join c on ${step} where k.tenant_id = $1 and c.depth < 50)
     select id::text as id from c where depth > 0`,
    [tenantId, keyId],
  );
  return r.rows.map((row) => row.id);
}

function actorOf(p: { principal: string; role: string; via: string; keyId?: string; sessionId?: string }): AuditActor {
  const via = (['api_key', 'session', 'workload', 'cli', 'system'] as const).find((v) => v === p.via) ?? 'system';
  return {
    principal: p.principal,
    role: p.role,
    via,
    ...(p.sessionId ? { sessionId: p.sessionId } : p.keyId && via !== 'cli' ? { keyId: p.keyId } : {}),
  };
}

export { actorOf as principalActor };
