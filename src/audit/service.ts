import { createHmac, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { PhigateError } from '../common/index.js';
import type { KeyService } from '../crypto/index.js';
import { toBuffer, type Queryable, type Store } from '../store/index.js';
import { canonicalize } from './canonical.js';
import { LeafHasher } from './hasher.js';
import { Frontier, LeafTree, leafHash } from './merkle.js';
import { type AuditActor, type AuditEvent, type AuditEventInput, buildEvent, validateEvent, type ValidEvent } from './schema.js';
import {
  formatNote,
  parseNote,
  privateKeyFromSeed,
  publicKeyFromRaw,
  publicKeyPem,
  rawPublicKey,
  signNote,
  verifyNote,
} from './signing.js';
import { parsePurpose } from './purpose.js';

export interface AuditOptions {
  /** Sign a checkpoint once this many events are not yet covered by one (default 1000). */
  checkpointEvery?: number;
  /** ...or once the oldest uncovered event is this many seconds old (default 60). */
  checkpointSeconds?: number;
  /** Retention in years; never less than six (default six). */
  retentionYears?: number;
  /** Largest number of events in one append call (default 10,000). */
  maxBatch?: number;
  /** Event time source; default the database clock. Tests use it to make old events. */
  clock?: () => Date;
}

/** A signed checkpoint: the signed note (tenant, size, root, time, key version) and its signature. */
export interface Checkpoint {
  tenant: string;
  size: number;
  root: string;
  time: string;
  keyVersion: number;
  note: string;
  signature: string;
}

export interface InclusionProofFile {
  format: 'phigate-audit-inclusion-proof/v1';
  /** The event exactly as hashed: its RFC 8785 canonical JSON. */
  event: string;
  index: number;
  treeSize: number;
  /** Audit path, RFC 9162 2.1.3, base64 hashes. */
  path: string[];
  checkpoint: Checkpoint;
}

export interface ConsistencyProofFile {
  format: 'phigate-audit-consistency-proof/v1';
  first: Checkpoint;
  second: Checkpoint;
  /** Consistency proof, RFC 9162 2.1.4, base64 hashes. */
  path: string[];
}

export type TamperKind =
  | 'changed'
  | 'deleted'
  | 'inserted'
  | 'reordered'
  | 'checkpoint_mismatch'
  | 'checkpoint_signature'
  | 'checkpoint_missing_events'
  | 'head_mismatch'
  | 'signing_key_mismatch';

export interface VerifyProblem {
  kind: TamperKind;
  /** The first bad position (tree index) when it can be named; for a checkpoint mismatch, the
   *  range (after, upTo] that holds the change. */
  position?: number;
  after?: number;
  message: string;
}

/** A signed checkpoint kept outside the database: its note and signature, as `audit checkpoint --json` prints them. */
export interface WitnessedCheckpoint {
  note: string;
  signature: string;
}

export interface VerifyReport {
  tenant: string;
  ok: boolean;
  events: number;
  treeSize: number;
  purgedBefore: number;
  checkpoints: number;
  latestCheckpoint: number;
  /** Events after the latest checkpoint: their order and presence are not yet signed. */
  unsignedTail: number;
  problems: VerifyProblem[];
  publicKeySource: 'key-service' | 'stored' | 'given';
  /** With witnesses given: how many of them were this tenant's (0: nothing outside the database vouched for it). */
  witnessed?: number;
}

export interface ExportFilter {
  from?: Date;
  to?: Date;
  /** Raw patient id; matched through its pseudonym. */
  patient?: string;
}

export interface Disclosure {
  date: string;
  recipient: string;
  recipientType: 'vendor' | 'principal' | 'target';
  purpose: string;
  action: string;
  dataKinds: { resourceTypes: string[]; fields: string[]; identifiers: string[] };
  eventId: string;
  model?: string;
}

/** Who reads the log: an operator at the CLI, or an API principal holding `audit:read`. */
export type AuditReader = AuditActor & { permissions?: ReadonlySet<string> };

/** What admin code (tenants, keys, vendors, policies) needs: one call inside its own transaction. */
export interface AdminAuditor {
  admin(tx: Queryable, tenantId: string, entry: AdminEntry): Promise<void>;
}
export interface AdminEntry {
  /** e.g. tenant.create, api_key.revoke, data_key.rotate */
  subtype: string;
  actor?: AuditActor;
  target?: { type: string; id: string };
  outcome?: 'success' | 'denied' | 'error';
  code?: string;
  /** Also sign a checkpoint in the same transaction (e.g. before a tenant's keys are shredded). */
  checkpoint?: boolean;
}

/** The channel on which admin changes are announced to other processes (payload: the tenant id, or '*'). */
export const INVALIDATE_CHANNEL = 'phigate_invalidate';

export const SYSTEM_ACTOR: AuditActor = { principal: 'system', role: 'system', via: 'system' };

interface HeadRow {
  size: string | number;
  frontier: unknown;
  checkpoint_size: string | number;
  checkpoint_at: Date | string;
  now: Date | string;
}

/** Events ready to be placed by the database (`phigate_audit_place`, `phigate_commit_request`). */
export interface PreparedAppend {
  /** Event ids, comma-separated. */
  ids: string;
  /** Canonical event bodies with position and time markers, newline-separated. */
  drafts: string;
  count: number;
  /** The time to record (a test clock), or null for the database's clock. */
  now: Date | null;
}

/** What `phigate_audit_place` returns: the first position used and the tree head after. */
export interface PlaceResult {
  first: number | string;
  size: number | string;
  frontier: string;
  checkpoint_size: number | string;
  checkpoint_at: string;
  now: string;
}

const DAY = 86_400_000;
// Position and time markers of a draft event (filled in by phigate_audit_place: migration 007).
const SEQ_MARK = -1;
const TIME_MARK = 'T';
const PSEUDONYM_LABEL = 'phigate:audit:patient-pseudonym:v1';

const unavailable = () => new PhigateError('audit_unavailable', 'the audit log could not record the event; the action was not performed', 503);

/**
 * The tamper-evident audit log. Each tenant's events are the leaves of an RFC 9162 Merkle tree
 * (leaf = RFC 8785 canonical JSON of the event); the tree head row serialises appenders, so any
 * number of processes append with no fork and no gap; checkpoints (size, root, time) are signed
 * with the tenant's Ed25519 key.
 */
export class AuditService implements AdminAuditor {
  readonly checkpointEvery: number;
  readonly checkpointSeconds: number;
  readonly retentionYears: number;
  private readonly maxBatch: number;
  private readonly clock: (() => Date) | undefined;
  /** Checkpoints being signed after one-statement writes, per tenant (see `placed`). */
  private readonly signing = new Map<string, Promise<void>>();

  constructor(
    private readonly store: Store,
    private readonly keys: KeyService,
    opts: AuditOptions = {},
  ) {
    this.checkpointEvery = Math.max(1, opts.checkpointEvery ?? 1000);
    this.checkpointSeconds = Math.max(1, opts.checkpointSeconds ?? 60);
    this.retentionYears = Math.max(6, opts.retentionYears ?? 6);
    this.maxBatch = opts.maxBatch ?? 10_000;
    this.clock = opts.clock;
  }

  // ---------------------------------------------------------------- writing

  /**
   * Appends events to the tenant's log, in `tx` when given (so the event commits or rolls back
   * with the action it records), else in a transaction of its own. Fail-closed: an invalid event
   * throws 400 (`audit_event_invalid`, `purpose_unknown`), anything that keeps it from being written
   * throws `audit_unavailable` (503); either way the caller must not perform the action.
   */
  async append(tenantId: string, events: AuditEventInput[], tx?: Queryable): Promise<Array<{ id: string; seq: number }>> {
    if (events.length === 0) return [];
    if (events.length > this.maxBatch) throw new PhigateError('audit_batch_too_large', `at most ${this.maxBatch} events per call`, 413);
    const valid = events.map((e, i) => validateEvent(e, i));
    try {
      return tx ? await this.appendIn(tx, tenantId, valid) : await this.store.withTenant(tenantId, (t) => this.appendIn(t, tenantId, valid));
    } catch (e) {
      if (e instanceof PhigateError && e.status < 500) throw e;
      throw unavailable();
    }
  }

  /** One event; see `append`. */
  async record(tenantId: string, event: AuditEventInput, tx?: Queryable): Promise<{ id: string; seq: number }> {
    const [r] = await this.append(tenantId, [event], tx);
    return r!;
  }

  /**
   * AdminAuditor: records an admin change inside the transaction that makes it, and tells every
   * other phigate process on the database (on commit, `pg_notify`) to drop what it caches of this
   * tenant: a revoked key, a deactivated user, a shredded tenant or a new rule takes effect
   * everywhere at once rather than when caches expire.
   */
  async admin(tx: Queryable, tenantId: string, entry: AdminEntry): Promise<void> {
    await tx.query(`select pg_notify('${INVALIDATE_CHANNEL}', $1)`, [tenantId]);
    await this.append(
      tenantId,
      [
        {
          action: 'admin',
          subtype: entry.subtype,
          actor: entry.actor ?? SYSTEM_ACTOR,
          purpose: 'HSYSADMIN',
          outcome: entry.outcome ?? 'success',
          ...(entry.code ? { code: entry.code } : {}),
          ...(entry.target ? { target: entry.target } : {}),
        },
      ],
      tx,
    );
    if (entry.checkpoint) {
      try {
        const head = await this.lockHead(tx, tenantId);
        await this.signIn(tx, tenantId, head.frontier, head.now);
      } catch (e) {
        if (e instanceof PhigateError) throw e;
        throw unavailable();
      }
    }
  }

  /** The keyed pseudonym under which the tenant's log knows a patient id. */
  async pseudonym(tenantId: string, patientId: string, tx?: Queryable): Promise<string> {
    const run = async (t: Queryable) => (await this.pseudonymizer(t, tenantId))(patientId.trim());
    return tx ? run(tx) : this.store.withTenant(tenantId, run);
  }

  private async pseudonymizer(tx: Queryable, tenantId: string): Promise<(id: string) => string> {
    const { key } = await this.keys.currentKey(tx, tenantId, 'hmac');
    const derived = createHmac('sha256', key).update(PSEUDONYM_LABEL).digest();
    return (id: string) => `pt_${createHmac('sha256', derived).update(id, 'utf8').digest('base64url').slice(0, 32)}`;
  }

  private async lockHead(tx: Queryable, tenantId: string): Promise<{ frontier: Frontier; cpSize: number; cpAt: number; now: Date }> {
    const q = `select size::text as size, frontier, checkpoint_size::text as checkpoint_size, checkpoint_at, clock_timestamp() as now
                 from audit_heads where tenant_id = $1 for update`;
    let r = await tx.query<HeadRow>(q, [tenantId]);
    if (!r.rows[0]) {
      await tx.query('insert into audit_heads (tenant_id) values ($1) on conflict do nothing', [tenantId]);
      r = await tx.query<HeadRow>(q, [tenantId]);
    }
    const row = r.rows[0];
    if (!row) throw unavailable();
    return {
      frontier: Frontier.decode(Number(row.size), toBuffer(row.frontier)),
      cpSize: Number(row.checkpoint_size),
      cpAt: new Date(row.checkpoint_at).getTime(),
      now: this.clock ? this.clock() : new Date(row.now),
    };
  }

  /**
   * Validates and serialises events for the one-statement write of a gateway request
   * (`phigate_commit_request`), which places them in the tree with its tokens. `keys` is read
   * only when the tenant's pseudonym key is not cached. Throws as `append` does.
   */
  async prepare(keys: Queryable, tenantId: string, events: AuditEventInput[]): Promise<PreparedAppend> {
    if (events.length === 0 || events.length > this.maxBatch) throw new PhigateError('audit_batch_too_large', `1 to ${this.maxBatch} events per call`, 413);
    const valid = events.map((e, i) => validateEvent(e, i));
    try {
      return await this.draft(keys, tenantId, valid);
    } catch (e) {
      if (e instanceof PhigateError && e.status < 500) throw e;
      throw unavailable();
    }
  }

  /**
   * After a one-statement write committed: a checkpoint that became due is signed in a
   * transaction of its own (the events are already durable; the timer would sign it otherwise).
   */
  async placed(tenantId: string, result: PlaceResult): Promise<void> {
    if (!this.checkpointIsDue(result) || this.signing.has(tenantId)) return;
    // One signing in flight per tenant in this process; under the head lock it checks again, so
    // requests committing together (here or in other processes) do not each sign a checkpoint.
    const run = this.store
      .withTenant(tenantId, async (tx) => {
        const head = await this.lockHead(tx, tenantId);
        if (this.due(head.frontier.size - head.cpSize, head.now.getTime() - head.cpAt)) await this.signIn(tx, tenantId, head.frontier, head.now);
      })
      .finally(() => this.signing.delete(tenantId));
    this.signing.set(tenantId, run);
    await run;
  }

  /** Everything but the position and the time is serialised before the tree head is locked. */
  private async draft(keys: Queryable, tenantId: string, valid: ValidEvent[]): Promise<PreparedAppend> {
    const needsPseudonyms = valid.some((v) => v.patients.length > 0);
    const pseudo = needsPseudonyms ? await this.pseudonymizer(keys, tenantId) : null;
    const ids: string[] = [];
    const drafts: string[] = [];
    for (const v of valid) {
      const id = randomUUID();
      ids.push(id);
      // Keys are sorted, so "seq" and "time" occur once, as top-level keys; the database fills
      // them in under the tree head lock (phigate_audit_place). Bodies never hold a raw newline
      // (canonical JSON escapes control characters), so they travel as one text, split by the server.
      drafts.push(canonicalize(buildEvent(v, { id, tenant: tenantId, seq: SEQ_MARK, time: TIME_MARK, pseudonyms: pseudo ? v.patients.map(pseudo) : [] })));
    }
    return { ids: ids.join(','), drafts: drafts.join('\n'), count: ids.length, now: this.clock ? this.clock() : null };
  }

  private checkpointIsDue(r: PlaceResult): boolean {
    return this.due(Number(r.size) - Number(r.checkpoint_size), new Date(r.now).getTime() - new Date(r.checkpoint_at).getTime());
  }

  /** A checkpoint is due once `checkpointEvery` events, or any event for `checkpointSeconds`, are uncovered. */
  private due(uncovered: number, sinceCheckpointMs: number): boolean {
    return uncovered >= this.checkpointEvery || (uncovered > 0 && sinceCheckpointMs >= this.checkpointSeconds * 1000);
  }

  private async appendIn(tx: Queryable, tenantId: string, valid: ValidEvent[]): Promise<Array<{ id: string; seq: number }>> {
    const prep = await this.draft(tx, tenantId, valid);
    // One statement while the tree head is locked: positions, time, leaf hashes, the new frontier.
    const r = await tx.query<{ r: PlaceResult }>('select phigate_audit_place($1, $2, $3, $4) as r', [tenantId, prep.ids, prep.drafts, prep.now]);
    const placed = r.rows[0]?.r;
    if (!placed || Number(placed.size) !== Number(placed.first) + prep.count) throw unavailable();
    const first = Number(placed.first);
    const out = prep.ids.split(',').map((id, i) => ({ id, seq: first + i }));
    if (this.checkpointIsDue(placed)) {
      try {
        await this.signIn(tx, tenantId, Frontier.decode(Number(placed.size), Buffer.from(placed.frontier, 'hex')), new Date(placed.now));
      } catch (e) {
        // A shredded tenant can no longer sign; its events are still recorded.
        if (!(e instanceof PhigateError && e.code === 'tenant_shredded')) throw e;
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- checkpoints

  private async signingKey(tx: Queryable, tenantId: string): Promise<{ version: number; priv: KeyObject }> {
    const r = await tx.query<{ v: number | null }>(
      `select max(version)::int as v from tenant_keys where tenant_id = $1 and purpose = 'signing'`,
      [tenantId],
    );
    let version = r.rows[0]?.v === null || r.rows[0]?.v === undefined ? 0 : Number(r.rows[0].v);
    if (version === 0) {
      // First checkpoint of the tenant: make its signing key (we hold the tree head lock, so once).
      const t = await tx.query<{ shredded: boolean }>('select shredded_at is not null as shredded from tenants where id = $1', [tenantId]);
      if (t.rows[0]?.shredded) throw new PhigateError('tenant_shredded', 'the tenant was shredded', 410);
      const seed = randomBytes(32);
      version = 1;
      await this.keys.insertKey(tx, tenantId, 'signing', version, seed);
      await tx.query('insert into audit_signing_keys (tenant_id, version, public_key) values ($1, $2, $3)', [
        tenantId,
        version,
        rawPublicKey(privateKeyFromSeed(seed)),
      ]);
      return { version, priv: privateKeyFromSeed(seed) };
    }
    const seed = await this.keys.key(tx, tenantId, 'signing', version);
    return { version, priv: privateKeyFromSeed(seed) };
  }

  private async signIn(tx: Queryable, tenantId: string, frontier: Frontier, now: Date): Promise<Checkpoint> {
    const existing = await tx.query<CheckpointRow>(
      `select tree_size::text as tree_size, note, signature from audit_checkpoints where tenant_id = $1 and tree_size = $2`,
      [tenantId, frontier.size],
    );
    if (existing.rows[0]) return toCheckpoint(existing.rows[0]);
    const { version, priv } = await this.signingKey(tx, tenantId);
    const note = formatNote({ tenant: tenantId, size: frontier.size, root: frontier.root(), time: now.toISOString(), keyVersion: version });
    const signature = signNote(priv, note);
    await tx.query(
      `insert into audit_checkpoints (tenant_id, tree_size, root, signed_at, key_version, note, signature)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [tenantId, frontier.size, frontier.root(), now, version, note, signature],
    );
    await tx.query('update audit_heads set checkpoint_size = $2, checkpoint_at = $3 where tenant_id = $1', [tenantId, frontier.size, now]);
    return toCheckpoint({ tree_size: String(frontier.size), note, signature });
  }

  /** Signs a checkpoint of the tenant's tree now (on demand); returns the existing one if nothing changed. */
  async checkpoint(tenantId: string): Promise<Checkpoint> {
    try {
      return await this.store.withTenant(tenantId, async (tx) => {
        const head = await this.lockHead(tx, tenantId);
        return this.signIn(tx, tenantId, head.frontier, head.now);
      });
    } catch (e) {
      if (e instanceof PhigateError) throw e;
      throw unavailable();
    }
  }

  /**
   * Signs checkpoints for every tenant whose uncovered events are older than `checkpointSeconds`
   * (a server runs this on a timer so an idle log is still covered). Returns how many were signed.
   */
  async checkpointDue(tenantIds: string[]): Promise<number> {
    let n = 0;
    for (const t of tenantIds) {
      const due = await this.store.withTenant(t, async (tx) => {
        const r = await tx.query<{ due: boolean }>(
          `select size > checkpoint_size and checkpoint_at <= now() - make_interval(secs => $2) as due from audit_heads where tenant_id = $1`,
          [t, this.checkpointSeconds],
        );
        return Boolean(r.rows[0]?.due);
      });
      if (due) {
        try {
          await this.checkpoint(t);
          n++;
        } catch (e) {
          if (!(e instanceof PhigateError && e.code === 'tenant_shredded')) throw e;
        }
      }
    }
    return n;
  }

  async latestCheckpoint(tenantId: string): Promise<Checkpoint | null> {
    return this.store.withTenant(tenantId, async (tx) => {
      const r = await tx.query<CheckpointRow>(
        `select tree_size::text as tree_size, note, signature from audit_checkpoints where tenant_id = $1 order by audit_checkpoints.tree_size desc limit 1`,
        [tenantId],
      );
      return r.rows[0] ? toCheckpoint(r.rows[0]) : null;
    });
  }

  /**
   * Replaces the tenant's checkpoint signing key (a suspected leak, a key-management policy). In one
   * transaction under the tree-head lock: the rotation is recorded in the log, a checkpoint covering
   * everything up to and including that record is signed with the old key, and a new key version
   * is made (sealed like the other tenant keys) for every later checkpoint. Old checkpoints keep
   * verifying with the old public key, which stays listed (`publicKey(tenant, version)`).
   */
  async rotateSigningKey(tenantId: string, actor: AuditActor): Promise<{ tenant: string; previousVersion: number; version: number; publicKey: string; pem: string }> {
    try {
      const r = await this.store.withTenant(tenantId, async (tx) => {
        await this.append(tenantId, [{ action: 'admin', subtype: 'audit.signing_key_rotated', actor, purpose: 'HSYSADMIN', outcome: 'success' }], tx);
        const head = await this.lockHead(tx, tenantId);
        await this.signIn(tx, tenantId, head.frontier, head.now);
        const { version: previous } = await this.signingKey(tx, tenantId);
        const seed = randomBytes(32);
        const version = previous + 1;
        await this.keys.insertKey(tx, tenantId, 'signing', version, seed);
        const raw = rawPublicKey(privateKeyFromSeed(seed));
        await tx.query('insert into audit_signing_keys (tenant_id, version, public_key) values ($1, $2, $3)', [tenantId, version, raw]);
        return { previous, version, raw };
      });
      return { tenant: tenantId, previousVersion: r.previous, version: r.version, publicKey: r.raw.toString('base64'), pem: publicKeyPem(r.raw) };
    } catch (e) {
      if (e instanceof PhigateError) throw e;
      throw unavailable();
    }
  }

  /** The tenant's checkpoint public key: the current one (made if the tenant has none yet), or a given version. */
  async publicKey(tenantId: string, version?: number): Promise<{ tenant: string; version: number; publicKey: string; pem: string }> {
    const raw = await this.store.withTenant(tenantId, async (tx) => {
      const r = await tx.query<{ version: number; public_key: unknown }>(
        version === undefined
          ? 'select version, public_key from audit_signing_keys where tenant_id = $1 order by version desc limit 1'
          : 'select version, public_key from audit_signing_keys where tenant_id = $1 and version = $2',
        version === undefined ? [tenantId] : [tenantId, version],
      );
      if (version !== undefined && !r.rows[0]) throw new PhigateError('signing_key_not_found', `the tenant has no signing key version ${version}`, 404);
      if (r.rows[0]) {
        // Prefer the key derived from the sealed seed: the stored copy is only a convenience.
        try {
          const seed = await this.keys.key(tx, tenantId, 'signing', Number(r.rows[0].version));
          return { version: Number(r.rows[0].version), raw: rawPublicKey(privateKeyFromSeed(seed)) };
        } catch (e) {
          if (e instanceof PhigateError && e.code === 'tenant_shredded') return { version: Number(r.rows[0].version), raw: toBuffer(r.rows[0].public_key) };
          throw e;
        }
      }
      await this.lockHead(tx, tenantId);
      const k = await this.signingKey(tx, tenantId);
      return { version: k.version, raw: rawPublicKey(k.priv) };
    });
    return { tenant: tenantId, version: raw.version, publicKey: raw.raw.toString('base64'), pem: publicKeyPem(raw.raw) };
  }

  // ---------------------------------------------------------------- reading (audited)

  /** Reading the log needs `audit:read` (API principals) and is itself recorded, before the read. */
  private async recordRead(tenantId: string, reader: AuditReader, subtype: string, opts: { purpose?: string; records?: number } = {}): Promise<void> {
    // A reader may be a whole Principal (tenantId, permissions...): only the actor fields are kept.
    const { permissions } = reader;
    const actor: AuditActor = {
      principal: reader.principal,
      role: reader.role,
      via: reader.via,
      ...(reader.keyId !== undefined ? { keyId: reader.keyId } : {}),
      ...(reader.sessionId !== undefined ? { sessionId: reader.sessionId } : {}),
    };
    if (actor.via !== 'cli' && actor.via !== 'system' && !permissions?.has('audit:read')) {
      await this.append(tenantId, [{ action: 'audit_read', subtype, actor, purpose: opts.purpose ?? 'HCOMPL', outcome: 'denied', code: 'permission_denied' }]);
      throw new PhigateError('permission_denied', `the role "${actor.role}" lacks the permission audit:read`, 403);
    }
    await this.append(tenantId, [
      {
        action: 'audit_read',
        subtype,
        actor,
        purpose: opts.purpose ?? 'HCOMPL',
        outcome: 'success',
        ...(opts.records !== undefined ? { what: { records: opts.records } } : {}),
      },
    ]);
  }

  /**
   * Recomputes the tenant's tree from the stored events and checks every checkpoint's root and
   * signature, the tree head, and each event's stored leaf hash and position. `publicKey` pins a
   * key the auditor holds; by default the key comes from the key service (the sealed seed).
   */
  async verify(
    tenantId: string,
    reader: AuditReader,
    opts: { publicKey?: KeyObject; onProgress?: (done: number, total: number) => void; chunk?: number; witnesses?: readonly WitnessedCheckpoint[] } = {},
  ): Promise<VerifyReport> {
    await this.recordRead(tenantId, reader, 'verify');
    return this.verifyUnaudited(tenantId, opts);
  }

  /** `verify` without recording the read (benchmarks, and the purge's own check). */
  async verifyUnaudited(
    tenantId: string,
    opts: {
      publicKey?: KeyObject;
      onProgress?: (done: number, total: number) => void;
      chunk?: number;
      worker?: boolean;
      /** Checkpoints kept outside the database (the server log, an auditor's files): checked like stored ones. */
      witnesses?: readonly WitnessedCheckpoint[];
    } = {},
  ): Promise<VerifyReport> {
    const chunk = opts.chunk ?? 2_000;
    const meta = await this.store.withTenant(tenantId, async (tx) => {
      const head = await tx.query<{ size: string; frontier: unknown }>('select size::text as size, frontier from audit_heads where tenant_id = $1', [tenantId]);
      const purge = await tx.query<{ purged_before: string; frontier: unknown }>(
        'select purged_before::text as purged_before, frontier from audit_purges where tenant_id = $1 order by audit_purges.purged_before desc limit 1',
        [tenantId],
      );
      const cps = await tx.query<CheckpointRow & { root: unknown; key_version: number }>(
        `select tree_size::text as tree_size, root, key_version, note, signature from audit_checkpoints where tenant_id = $1 order by audit_checkpoints.tree_size`,
        [tenantId],
      );
      const keysR = await tx.query<{ version: number; public_key: unknown }>('select version, public_key from audit_signing_keys where tenant_id = $1', [tenantId]);
      const count = await tx.query<{ n: string; max: string | null }>('select count(*)::text as n, max(seq)::text as max from audit_events where tenant_id = $1', [tenantId]);
      const pub = new Map<number, { key: KeyObject; source: 'key-service' | 'stored' | 'given' }>();
      const problems: VerifyProblem[] = [];
      for (const k of keysR.rows) {
        const stored = toBuffer(k.public_key);
        let derived: Buffer | null = null;
        try {
          derived = rawPublicKey(privateKeyFromSeed(await this.keys.key(tx, tenantId, 'signing', Number(k.version))));
        } catch (e) {
          if (!(e instanceof PhigateError && e.code === 'tenant_shredded')) throw e;
        }
        if (derived && !derived.equals(stored)) {
          problems.push({ kind: 'signing_key_mismatch', message: `the stored public key of signing key version ${k.version} is not the sealed key's` });
        }
        pub.set(Number(k.version), { key: publicKeyFromRaw(derived ?? stored), source: derived ? 'key-service' : 'stored' });
      }
      return { head: head.rows[0], purge: purge.rows[0], cps: cps.rows, pub, problems, count: Number(count.rows[0]?.n ?? 0), maxSeq: count.rows[0]?.max };
    });

    const problems = meta.problems;
    // Witnessed checkpoints of this tenant join the stored ones, in tree-size order: one the log no
    // longer reaches (events, checkpoints and head rolled back together) or no longer matches is
    // found like a stored one, which the database alone cannot show once those are gone too.
    type CpRow = (typeof meta.cps)[number];
    const cps: CpRow[] = [...meta.cps];
    let witnessed = 0;
    for (const w of opts.witnesses ?? []) {
      const note = safeParseNote(w.note);
      if (note && note.tenant !== tenantId) continue;
      witnessed++;
      cps.push({ tree_size: String(note?.size ?? 0), root: note?.root ?? Buffer.alloc(32), key_version: note?.keyVersion ?? 0, note: w.note, signature: Buffer.from(w.signature, 'base64') });
    }
    cps.sort((a, b) => Number(a.tree_size) - Number(b.tree_size));
    const base = meta.purge ? Frontier.decode(Number(meta.purge.purged_before), toBuffer(meta.purge.frontier)) : new Frontier(0);
    const frontier = base.clone();
    const headSize = meta.head ? Number(meta.head.size) : 0;
    let source: VerifyReport['publicKeySource'] = opts.publicKey ? 'given' : 'key-service';
    const keyFor = (v: number): KeyObject | undefined => {
      if (opts.publicKey) return opts.publicKey;
      const k = meta.pub.get(v);
      if (k?.source === 'stored') source = 'stored';
      return k?.key;
    };

    let ci = 0;
    let lastGood = base.size;
    const checkCheckpoint = (cp: CpRow, size: number) => {
      const note = safeParseNote(cp.note);
      const key = note ? keyFor(note.keyVersion) : undefined;
      if (!note || note.tenant !== tenantId || note.size !== size || !key || !verifyNote(key, cp.note, toBuffer(cp.signature))) {
        problems.push({ kind: 'checkpoint_signature', position: size, message: `the checkpoint at tree size ${size} has a bad signature or note` });
        return;
      }
      if (!toBuffer(cp.root).equals(note.root)) {
        problems.push({ kind: 'checkpoint_signature', position: size, message: `the checkpoint at tree size ${size} does not match its signed note` });
        return;
      }
      if (size >= base.size && !frontier.root().equals(note.root)) {
        problems.push({
          kind: 'checkpoint_mismatch',
          after: lastGood,
          position: size,
          message: `the events in positions ${lastGood}..${size - 1} do not match the checkpoint signed at tree size ${size} (changed, deleted, inserted or reordered)`,
        });
      } else if (size >= base.size) lastGood = size;
    };
    // Checkpoints older than the purge can only have their signatures checked.
    while (ci < cps.length && Number(cps[ci]!.tree_size) < base.size) {
      const cp = cps[ci]!;
      const note = safeParseNote(cp.note);
      const key = note ? keyFor(note.keyVersion) : undefined;
      if (!note || !key || !verifyNote(key, cp.note, toBuffer(cp.signature))) {
        problems.push({ kind: 'checkpoint_signature', position: Number(cp.tree_size), message: `the checkpoint at tree size ${cp.tree_size} has a bad signature` });
      }
      ci++;
    }
    while (ci < cps.length && Number(cps[ci]!.tree_size) === frontier.size) checkCheckpoint(cps[ci++]!, frontier.size);

    const total = Math.max(headSize, meta.maxSeq === null || meta.maxSeq === undefined ? 0 : Number(meta.maxSeq) + 1);
    let expected = base.size;
    let firstPositional: VerifyProblem | undefined;
    let extra = 0;
    // Below the latest checkpoint the signed roots vouch for the leaves, so stored leaf hashes are
    // fetched only for the unsigned tail (and, below, to name the event behind a root mismatch).
    const latestSigned = meta.cps.length ? Number(meta.cps[meta.cps.length - 1]!.tree_size) : 0; // stored ones only
    const processRow = (seq: number, body: string, hex: string | undefined, h: Buffer) => {
      if (seq !== expected) {
        // Positions expected..seq-1 are missing.
        firstPositional ??= { kind: 'deleted', position: expected, message: `events are missing from position ${expected}` };
        expected = seq;
      }
      const bodySeq = bodySeqOf(body);
      if (bodySeq !== seq) {
        firstPositional ??= {
          kind: bodySeq === undefined ? 'changed' : 'reordered',
          position: seq,
          message: bodySeq === undefined ? `the event at position ${seq} was changed` : `the event at position ${seq} belongs at position ${bodySeq}`,
        };
      } else if (hex !== undefined && h.toString('hex') !== hex) {
        firstPositional ??= { kind: 'changed', position: seq, message: `the event at position ${seq} was changed after it was written` };
      } else if (!bodyTenantIs(body, tenantId)) {
        firstPositional ??= { kind: 'inserted', position: seq, message: `the event at position ${seq} is not this tenant's` };
      }
      pushLeaf(seq, h);
    };
    const pushLeaf = (seq: number, h: Buffer) => {
      if (seq !== expected) {
        firstPositional ??= { kind: 'deleted', position: expected, message: `events are missing from position ${expected}` };
        expected = seq;
      }
      frontier.push(h);
      expected++;
      if (seq >= headSize) extra++;
      while (ci < cps.length && Number(cps[ci]!.tree_size) === frontier.size) checkCheckpoint(cps[ci++]!, frontier.size);
    };
    // Chunks are read one ahead. With cores to spare (the database, this thread and a worker), each
    // chunk is hashed on a worker thread while the next is read; on two cores the copy to the
    // worker costs more than it saves (measured), so it is hashed here.
    const useWorker = opts.worker ?? availableParallelism() >= 4;
    const hasher = useWorker && total - base.size > 2 * chunk ? new LeafHasher() : null;
    try {
      const read = (from: number) => {
        const withHashes = from + chunk > latestSigned;
        return this.readChunkText(tenantId, from, from + chunk, withHashes).then((r) => ({ ...r, from, withHashes }));
      };
      let next = base.size < total ? read(base.size) : null;
      while (next) {
        const c = await next;
        next = c.from + chunk < total ? read(c.from + chunk) : null;
        if (c.n === 0) continue;
        const hashed = hasher ? await hasher.hash(c.text, c.n, tenantId, c.withHashes) : { ok: false };
        if (hashed.ok && !hashed.flagged && hashed.seqs && hashed.leaves) {
          const leaves = Buffer.from(hashed.leaves);
          for (let i = 0; i < c.n; i++) pushLeaf(hashed.seqs[i]!, leaves.subarray(32 * i, 32 * i + 32));
        } else {
          // This chunk needs a closer look (or there is no worker): row by row, here.
          for (const row of await this.parseChunk(tenantId, c.from, c.from + chunk, c.withHashes, c.n, c.text)) {
            processRow(row.seq, row.body, row.hex, leafHash(row.body));
          }
        }
        opts.onProgress?.(Math.min(expected, total), total);
      }
    } finally {
      await hasher?.close();
    }
    // A root mismatch with no positional finding: name the first event whose body no longer
    // matches the leaf hash stored when it was written, if that is what happened.
    const mismatch = problems.find((p) => p.kind === 'checkpoint_mismatch');
    if (mismatch && !firstPositional) {
      for (let from = mismatch.after ?? base.size; from < (mismatch.position ?? 0) && !firstPositional; from += chunk) {
        for (const row of await this.fetchChunk(tenantId, from, Math.min(from + chunk, mismatch.position ?? 0), true)) {
          if (row.hex !== undefined && leafHash(row.body).toString('hex') !== row.hex) {
            firstPositional = { kind: 'changed', position: row.seq, message: `the event at position ${row.seq} was changed after it was written` };
            break;
          }
        }
      }
    }
    // The frontier kept its own count of leaves; positions that were missing were skipped in it.
    if (firstPositional) problems.unshift(firstPositional);
    if (frontier.size < headSize && !firstPositional) {
      problems.unshift({ kind: 'deleted', position: frontier.size, message: `events from position ${frontier.size} were deleted` });
    }
    if (extra > 0) problems.unshift({ kind: 'inserted', position: headSize, message: `${extra} events lie beyond the tree head at ${headSize}` });
    for (; ci < cps.length; ci++) {
      const size = Number(cps[ci]!.tree_size);
      problems.push({ kind: 'checkpoint_missing_events', position: Math.min(frontier.size, size), message: `the checkpoint at tree size ${size} covers events that are gone` });
    }
    if (meta.head && frontier.size === headSize && !firstPositional) {
      let stored: Frontier | undefined;
      try {
        stored = Frontier.decode(headSize, toBuffer(meta.head.frontier));
      } catch {
        stored = undefined;
      }
      if (!stored || !stored.root().equals(frontier.root())) {
        problems.push({ kind: 'head_mismatch', message: 'the tree head does not match the events' });
      }
    }
    const latest = meta.cps.length ? Number(meta.cps[meta.cps.length - 1]!.tree_size) : 0;
    problems.sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER));
    return {
      tenant: tenantId,
      ok: problems.length === 0,
      events: meta.count,
      treeSize: headSize,
      purgedBefore: base.size,
      checkpoints: meta.cps.length,
      latestCheckpoint: latest,
      unsignedTail: Math.max(0, headSize - latest),
      problems,
      publicKeySource: source,
      ...(opts.witnesses ? { witnessed } : {}),
    };
  }

  /**
   * Events [from, to) in order, as (position, body, stored leaf hash in hex). Fetched as one
   * aggregated text per chunk (far cheaper than a row per event); a chunk whose text does not split
   * cleanly (a body edited to hold a tab or newline) is fetched again row by row.
   */
  private async readChunkText(tenantId: string, from: number, to: number, withHashes: boolean): Promise<{ n: number; text: string }> {
    const hex = withHashes ? `encode(leaf_hash, 'hex')` : `''`;
    const agg = await this.store.withTenant(tenantId, async (tx) => {
      // An index scan returns the rows in position order; a bitmap scan would make the server sort them.
      await tx.query('set local enable_bitmapscan = off');
      return tx.query<{ n: number; text: string | null }>(
        `select count(*)::int as n, string_agg(x, E'\\n') as text from (
           select seq::text || E'\\t' || ${hex} || E'\\t' || body as x
             from audit_events where tenant_id = $1 and seq >= $2 and seq < $3 order by audit_events.seq) ordered`,
        [tenantId, from, to],
      );
    });
    return { n: Number(agg.rows[0]?.n ?? 0), text: agg.rows[0]?.text ?? '' };
  }

  private async fetchChunk(tenantId: string, from: number, to: number, withHashes: boolean): Promise<Array<{ seq: number; body: string; hex?: string }>> {
    const { n, text } = await this.readChunkText(tenantId, from, to, withHashes);
    return this.parseChunk(tenantId, from, to, withHashes, n, text);
  }

  /** Splits an aggregated chunk; one that does not split cleanly is read again row by row. */
  private async parseChunk(
    tenantId: string,
    from: number,
    to: number,
    withHashes: boolean,
    n: number,
    text: string,
  ): Promise<Array<{ seq: number; body: string; hex?: string }>> {
    if (n === 0) return [];
    const lines = text.split('\n');
    const out: Array<{ seq: number; body: string; hex?: string }> = [];
    if (lines.length === n) {
      for (const line of lines) {
        const a = line.indexOf('\t');
        const b = line.indexOf('\t', a + 1);
        if (a < 0 || b < 0) break;
        const seq = Number(line.slice(0, a));
        // Rows come in position order from the ordered subquery; anything else falls back below.
        if (out.length && seq <= out[out.length - 1]!.seq) break;
        out.push(withHashes ? { seq, hex: line.slice(a + 1, b), body: line.slice(b + 1) } : { seq, body: line.slice(b + 1) });
      }
      if (out.length === n) return out;
    }
    const rows = await this.store.withTenant(tenantId, (tx) =>
      tx.query<{ seq: string; body: string; hex: string }>(
        `select seq::text as seq, body, encode(leaf_hash, 'hex') as hex from audit_events
          where tenant_id = $1 and seq >= $2 and seq < $3 order by audit_events.seq`,
        [tenantId, from, to],
      ),
    );
    return rows.rows.map((r) => (withHashes ? { seq: Number(r.seq), body: r.body, hex: r.hex } : { seq: Number(r.seq), body: r.body }));
  }

  /** Loads leaf hashes [base, n) and the purge frontier: enough for any proof about them. */
  private async loadTree(tx: Queryable, tenantId: string, n: number): Promise<LeafTree> {
    const purge = await tx.query<{ purged_before: string; frontier: unknown }>(
      'select purged_before::text as purged_before, frontier from audit_purges where tenant_id = $1 order by audit_purges.purged_before desc limit 1',
      [tenantId],
    );
    const base = purge.rows[0] ? Frontier.decode(Number(purge.rows[0].purged_before), toBuffer(purge.rows[0].frontier)) : new Frontier(0);
    const leaves: Buffer[] = [];
    const step = 50_000;
    for (let from = base.size; from < n; from += step) {
      const r = await tx.query<{ seq: string; h: unknown }>(
        'select seq::text as seq, leaf_hash as h from audit_events where tenant_id = $1 and seq >= $2 and seq < $3 order by audit_events.seq',
        [tenantId, from, Math.min(n, from + step)],
      );
      for (const row of r.rows) {
        if (Number(row.seq) !== base.size + leaves.length) throw new PhigateError('audit_tampered', 'the audit log has a gap; run phigate audit verify', 500);
        leaves.push(toBuffer(row.h));
      }
    }
    if (base.size + leaves.length !== n) throw new PhigateError('audit_tampered', 'the audit log has a gap; run phigate audit verify', 500);
    return new LeafTree(base, leaves);
  }

  /** Finds which of the given tenants holds an event id. */
  async findEvent(eventId: string, tenantIds: string[]): Promise<string | null> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(eventId)) {
      throw new PhigateError('audit_event_id_invalid', 'event ids are UUIDs', 400);
    }
    for (const t of tenantIds) {
      const hit = await this.store.withTenant(t, (tx) => tx.query('select 1 from audit_events where tenant_id = $1 and id = $2', [t, eventId]));
      if (hit.rows.length) return t;
    }
    return null;
  }

  /**
   * An inclusion proof of the event in the tenant's latest checkpoint (a checkpoint is signed on
   * demand when the event is newer than the latest one). Checkable offline: `verifyProofFile`.
   */
  async inclusionProof(tenantId: string, eventId: string, reader: AuditReader): Promise<InclusionProofFile> {
    await this.recordRead(tenantId, reader, 'proof');
    const ev = await this.store.withTenant(tenantId, async (tx) => {
      const r = await tx.query<{ seq: string; body: string }>('select seq::text as seq, body from audit_events where tenant_id = $1 and id = $2', [tenantId, eventId]);
      return r.rows[0];
    });
    if (!ev) throw new PhigateError('audit_event_not_found', 'no such event in this tenant', 404);
    if (!ev.body.includes(`,"id":"${eventId.toLowerCase()}",`)) throw new PhigateError('audit_tampered', 'the event row does not match its body; run phigate audit verify', 500);
    const index = Number(ev.seq);
    let cp = await this.latestCheckpoint(tenantId);
    if (!cp || cp.size <= index) cp = await this.checkpoint(tenantId);
    const checkpoint = cp;
    const path = await this.store.withTenant(tenantId, async (tx) => (await this.loadTree(tx, tenantId, checkpoint.size)).inclusionProof(index, checkpoint.size));
    return {
      format: 'phigate-audit-inclusion-proof/v1',
      event: ev.body,
      index,
      treeSize: checkpoint.size,
      path: path.map((h) => h.toString('base64')),
      checkpoint,
    };
  }

  /** A consistency proof between two signed checkpoints (default: the latest). */
  async consistencyProof(tenantId: string, fromSize: number, toSize: number | undefined, reader: AuditReader): Promise<ConsistencyProofFile> {
    await this.recordRead(tenantId, reader, 'proof');
    return this.store.withTenant(tenantId, async (tx) => {
      const get = async (size: number | undefined) => {
        const r = await tx.query<CheckpointRow>(
          size === undefined
            ? 'select tree_size::text as tree_size, note, signature from audit_checkpoints where tenant_id = $1 order by audit_checkpoints.tree_size desc limit 1'
            : 'select tree_size::text as tree_size, note, signature from audit_checkpoints where tenant_id = $1 and tree_size = $2',
          size === undefined ? [tenantId] : [tenantId, size],
        );
        if (!r.rows[0]) throw new PhigateError('audit_checkpoint_not_found', `no checkpoint at tree size ${size ?? 'latest'}`, 404);
        return toCheckpoint(r.rows[0]);
      };
      const first = await get(fromSize);
      const second = await get(toSize);
      if (second.size < first.size) throw new PhigateError('audit_proof_range', 'the second checkpoint must not be older than the first', 400);
      const tree = await this.loadTree(tx, tenantId, second.size);
      return {
        format: 'phigate-audit-consistency-proof/v1',
        first,
        second,
        path: tree.consistencyProof(first.size, second.size).map((h) => h.toString('base64')),
      };
    });
  }

  /**
   * Streams the tenant's events (canonical JSON, oldest first) matching the filter to `onEvent`.
   * Records the read first. Returns how many events were read.
   */
  async readEvents(
    tenantId: string,
    filter: ExportFilter,
    reader: AuditReader,
    subtype: string,
    onEvent: (body: string, ev: AuditEvent) => void | Promise<void>,
  ): Promise<number> {
    await this.recordRead(tenantId, reader, subtype, filter.patient !== undefined ? { purpose: 'PATRQT' } : {});
    const pseudonym = filter.patient !== undefined ? await this.pseudonym(tenantId, filter.patient) : undefined;
    let n = 0;
    let after = -1;
    for (;;) {
      const rows = await this.store.withTenant(tenantId, (tx) =>
        tx.query<{ seq: string; body: string }>(
          `select seq::text as seq, body from audit_events
            where tenant_id = $1 and seq > $2
              and ($3::timestamptz is null or recorded_at >= $3)
              and ($4::timestamptz is null or recorded_at < $4)
              and ($5::text is null or patients @> array[$5::text])
            order by audit_events.seq limit 5000`,
          [tenantId, after, filter.from ?? null, filter.to ?? null, pseudonym ?? null],
        ),
      );
      for (const r of rows.rows) {
        await onEvent(r.body, JSON.parse(r.body) as AuditEvent);
        n++;
      }
      if (rows.rows.length < 5000) break;
      after = Number(rows.rows[rows.rows.length - 1]!.seq);
    }
    return n;
  }

  /** The accounting of disclosures for one patient (by the pseudonym of the id given). */
  async disclosures(tenantId: string, patientId: string, filter: Omit<ExportFilter, 'patient'>, reader: AuditReader): Promise<Disclosure[]> {
    const out: Disclosure[] = [];
    await this.readEvents(tenantId, { ...filter, patient: patientId }, reader, 'export.disclosures', (_b, ev) => {
      if (ev.outcome.result !== 'success' || ev.action === 'audit_read') return;
      const recipient = ev.vendor ? { r: ev.vendor, t: 'vendor' as const } : ev.target && ev.action === 'export' ? { r: `${ev.target.type}:${ev.target.id}`, t: 'target' as const } : { r: ev.actor.principal, t: 'principal' as const };
      out.push({
        date: ev.time,
        recipient: recipient.r,
        recipientType: recipient.t,
        purpose: ev.purpose,
        action: ev.action,
        dataKinds: {
          resourceTypes: ev.what?.resourceTypes ?? [],
          fields: ev.what?.fields ?? [],
          identifiers: Object.keys(ev.what?.identifiers ?? {}).sort(),
        },
        eventId: ev.id,
        ...(ev.model ? { model: ev.model } : {}),
      });
    });
    return out;
  }

  // ---------------------------------------------------------------- retention

  /**
   * Deletes the tenant's events recorded before `before`, which must be at least the retention
   * period ago (never less than six years). `archive` receives every purged event first (the
   * caller writes the archive; if it throws, nothing is purged). The purge is recorded as an event,
   * and the purged range's subtree hashes are kept so the tree still verifies.
   */
  async purge(
    tenantId: string,
    before: Date,
    actor: AuditActor,
    archive: (body: string) => void | Promise<void>,
    hooks: { fsync?: () => void | Promise<void> } = {},
  ): Promise<{ purged: number; purgedBefore: number }> {
    const floor = new Date(Date.now());
    floor.setUTCFullYear(floor.getUTCFullYear() - this.retentionYears);
    if (!(before.getTime() <= floor.getTime())) {
      throw new PhigateError('audit_retention', `audit events are kept at least ${this.retentionYears} years; choose a date before ${floor.toISOString().slice(0, 10)}`, 400);
    }
    const plan = await this.store.withTenant(tenantId, async (tx) => {
      const p = await tx.query<{ purged_before: string }>('select coalesce(max(purged_before), 0)::text as purged_before from audit_purges where tenant_id = $1', [tenantId]);
      const k = await tx.query<{ k: string | null }>(
        'select min(seq)::text as k from audit_events where tenant_id = $1 and recorded_at >= $2',
        [tenantId, before],
      );
      const head = await tx.query<{ size: string }>('select size::text as size from audit_heads where tenant_id = $1', [tenantId]);
      return { from: Number(p.rows[0]?.purged_before ?? 0), to: k.rows[0]?.k !== null && k.rows[0]?.k !== undefined ? Number(k.rows[0].k) : Number(head.rows[0]?.size ?? 0) };
    });
    if (plan.to <= plan.from) return { purged: 0, purgedBefore: plan.from };
    // Sign a checkpoint covering the range first, so the purged part stays provable (a shredded
    // tenant can no longer sign: its last checkpoint, made at the shred, must cover the range).
    try {
      await this.checkpoint(tenantId);
    } catch (e) {
      if (!(e instanceof PhigateError && e.code === 'tenant_shredded')) throw e;
    }
    await this.readEvents(tenantId, { to: before }, actor, 'purge.archive', async (body, ev) => {
      if (ev.seq >= plan.from && ev.seq < plan.to) await archive(body);
    });
    await hooks.fsync?.();
    const purged = await this.store.withTenant(tenantId, async (tx) => {
      const tree = await this.loadTree(tx, tenantId, plan.to);
      const f = new Frontier(tree.base.size, [...tree.base.hashes]);
      for (let i = tree.base.size; i < plan.to; i++) f.push(tree.mth(i, i + 1));
      await this.append(
        tenantId,
        [{ action: 'audit_purge', actor, purpose: 'RECORDMGT', outcome: 'success', what: { records: plan.to - plan.from } }],
        tx,
      );
      const r = await tx.query<{ n: string }>('select phigate_audit_purge($1, $2, $3, $4, make_interval(years => $5))::text as n', [
        tenantId,
        plan.to,
        before,
        f.encode(),
        this.retentionYears,
      ]);
      return Number(r.rows[0]?.n ?? 0);
    });
    return { purged, purgedBefore: plan.to };
  }
}

interface CheckpointRow {
  tree_size: string;
  note: string;
  signature: unknown;
}

function toCheckpoint(r: CheckpointRow): Checkpoint {
  const n = parseNote(r.note);
  return {
    tenant: n.tenant,
    size: n.size,
    root: n.root.toString('base64'),
    time: n.time,
    keyVersion: n.keyVersion,
    note: r.note,
    signature: toBuffer(r.signature).toString('base64'),
  };
}

function safeParseNote(note: string) {
  try {
    return parseNote(note);
  } catch {
    return undefined;
  }
}

/** The top-level "seq" of a canonical event body (keys are sorted; no nested object has a "seq"). */
function bodySeqOf(body: string): number | undefined {
  const at = body.indexOf(',"seq":');
  if (at < 0) return undefined;
  let n = 0;
  let i = at + 7;
  for (; i < body.length && i < at + 22; i++) {
    const c = body.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
  }
  return i > at + 7 && body.charCodeAt(i) === 44 ? n : undefined;
}

function bodyTenantIs(body: string, tenantId: string): boolean {
  return body.includes(`,"tenant":"${tenantId}",`);
}

export { parsePurpose };
export const RETENTION_MIN_YEARS = 6;
export const MS_PER_DAY = DAY;
