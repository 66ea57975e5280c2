import { createHmac, randomBytes } from 'node:crypto';
import { PhigateError } from '../common/index.js';
import { toBuffer, type Queryable, type Store } from '../store/index.js';
import { open, rowAad, seal, sealedKeyVersion } from './aead.js';
import type { KeyProvider } from './key-provider.js';
import type { AdminAuditor, AuditActor } from '../audit/index.js';

export type KeyPurpose = 'data' | 'hmac' | 'signing';

interface KeyRow {
  purpose: KeyPurpose;
  version: number;
  wrapped: unknown;
  kek_provider: string;
  kek_id: string;
  created_at: Date;
  destroyed_at: Date | null;
}

const wrapContext = (tenantId: string, purpose: KeyPurpose, version: number) =>
  Buffer.from(`phigate:tenant-key:v1\0${tenantId}\0${purpose}\0${version}`, 'utf8');

export interface KeyStatus {
  tenantId: string;
  purpose: KeyPurpose;
  version: number;
  current: boolean;
  kekProvider: string;
  kekId: string;
  createdAt: string;
  ageDays: number;
  destroyed: boolean;
}

/**
 * Per-tenant keys, stored wrapped by the key provider's KEK:
 *   data    AES-256-GCM data keys, versioned; the newest seals new writes, older ones still open
 *   hmac    the key of the vault's lookup HMAC (not rotated: rotating it would change every lookup)
 *   signing Ed25519 seeds for audit checkpoints (owned by audit/)
 * Unwrapped keys are cached in memory for `cacheSeconds` (0 = never); after `shred` other processes
 * stop using their copies within that time.
 */
export class KeyService {
  private readonly cache = new Map<string, { key: Buffer; until: number }>();
  private readonly currentVersion = new Map<string, { version: number; until: number }>();
  /** Records rotate and rewrap in the audit log, in the same transaction (fail-closed). */
  auditor?: AdminAuditor;

  constructor(
    private readonly store: Store,
    readonly provider: KeyProvider,
    private readonly cacheSeconds = 30,
  ) {}

  /** Creates a tenant's first keys, inside the transaction that creates the tenant. */
  async createTenantKeys(tx: Queryable, tenantId: string): Promise<void> {
    await this.insertKey(tx, tenantId, 'data', 1, randomBytes(32));
    await this.insertKey(tx, tenantId, 'hmac', 1, randomBytes(32));
  }

  /** Stores a new key of a purpose (used by audit/ for its signing seed). */
  async insertKey(tx: Queryable, tenantId: string, purpose: KeyPurpose, version: number, material: Buffer): Promise<void> {
    const { keyId, wrapped } = await this.provider.wrap(material, wrapContext(tenantId, purpose, version));
    await tx.query(
      `insert into tenant_keys (tenant_id, purpose, version, wrapped, kek_provider, kek_id) values ($1, $2, $3, $4, $5, $6)`,
      [tenantId, purpose, version, wrapped, this.provider.name, keyId],
    );
  }

  /** The newest key of a purpose; `tx` must be bound to the tenant. */
  async currentKey(tx: Queryable, tenantId: string, purpose: KeyPurpose): Promise<{ version: number; key: Buffer }> {
    const memo = `${tenantId}/${purpose}`;
    const now = Date.now();
    const hit = this.currentVersion.get(memo);
    let version: number;
    if (hit && hit.until > now) version = hit.version;
    else {
      const r = await tx.query<{ v: number | null }>(
        'select max(version)::int as v from tenant_keys where tenant_id = $1 and purpose = $2',
        [tenantId, purpose],
      );
      const v = r.rows[0]?.v;
      if (v === null || v === undefined) throw new PhigateError('tenant_keys_missing', 'the tenant has no keys', 500);
      version = Number(v);
      if (this.cacheSeconds > 0) this.currentVersion.set(memo, { version, until: now + this.cacheSeconds * 1000 });
    }
    return { version, key: await this.key(tx, tenantId, purpose, version) };
  }

  async key(tx: Queryable, tenantId: string, purpose: KeyPurpose, version: number): Promise<Buffer> {
    const memo = `${tenantId}/${purpose}/${version}`;
    const now = Date.now();
    const hit = this.cache.get(memo);
    if (hit && hit.until > now) return hit.key;
    const r = await tx.query<KeyRow>(
      `select purpose, version, wrapped, kek_provider, kek_id, created_at, destroyed_at
         from tenant_keys where tenant_id = $1 and purpose = $2 and version = $3`,
      [tenantId, purpose, version],
    );
    const row = r.rows[0];
    if (!row) throw new PhigateError('key_missing', `tenant ${purpose} key version ${version} does not exist`, 500);
    if (row.destroyed_at || row.wrapped === null) {
      throw new PhigateError('tenant_shredded', 'the tenant keys were destroyed (crypto-shredded)', 410);
    }
    if (row.kek_provider !== this.provider.name) {
      throw new PhigateError(
        'kek_provider_mismatch',
        `tenant keys are wrapped by the "${row.kek_provider}" key provider but "${this.provider.name}" is configured`,
        500,
      );
    }
    const key = await this.provider.unwrap(row.kek_id, toBuffer(row.wrapped), wrapContext(tenantId, purpose, version));
    if (this.cacheSeconds > 0) this.cache.set(memo, { key, until: now + this.cacheSeconds * 1000 });
    return key;
  }

  /** Seals `plaintext` for one row of one table of the tenant with its current data key. */
  async encrypt(tx: Queryable, tenantId: string, table: string, rowId: string, plaintext: Buffer): Promise<Buffer> {
    const { version, key } = await this.currentKey(tx, tenantId, 'data');
    return seal(key, version, plaintext, rowAad(tenantId, table, rowId));
  }

  async decrypt(tx: Queryable, tenantId: string, table: string, rowId: string, sealed: Buffer): Promise<Buffer> {
    const key = await this.key(tx, tenantId, 'data', sealedKeyVersion(sealed));
    return open(key, sealed, rowAad(tenantId, table, rowId));
  }

  /** New data key version for the tenant: new writes use it, old data stays readable. */
  async rotate(tenantId: string, actor?: AuditActor): Promise<number> {
    const v = await this.store.withTenant(tenantId, async (tx) => {
      const r = await tx.query<{ v: number | null }>(
        `select max(version)::int as v from tenant_keys where tenant_id = $1 and purpose = 'data'`,
        [tenantId],
      );
      const next = Number(r.rows[0]?.v ?? 0) + 1;
      await this.insertKey(tx, tenantId, 'data', next, randomBytes(32));
      await this.auditor?.admin(tx, tenantId, { subtype: 'data_key.rotate', ...(actor ? { actor } : {}), target: { type: 'data_key', id: `v${next}` } });
      return next;
    });
    this.forget(tenantId);
    return v;
  }

  /** Re-wraps every live key of the tenant under the provider's current KEK. Returns how many changed. */
  async rewrap(tenantId: string, actor?: AuditActor): Promise<number> {
    const current = this.provider.currentKeyId();
    return this.store.withTenant(tenantId, async (tx) => {
      const r = await tx.query<KeyRow>(
        `select purpose, version, wrapped, kek_provider, kek_id, created_at, destroyed_at
           from tenant_keys where tenant_id = $1 and wrapped is not null and kek_id <> $2 for update`,
        [tenantId, current],
      );
      for (const row of r.rows) {
        const ctx = wrapContext(tenantId, row.purpose, row.version);
        const key = await this.provider.unwrap(row.kek_id, toBuffer(row.wrapped), ctx);
        const { keyId, wrapped } = await this.provider.wrap(key, ctx);
        await tx.query(
          `update tenant_keys set wrapped = $4, kek_id = $5, kek_provider = $6, rewrapped_at = now()
            where tenant_id = $1 and purpose = $2 and version = $3`,
          [tenantId, row.purpose, row.version, wrapped, keyId, this.provider.name],
        );
      }
      if (r.rows.length) {
        await this.auditor?.admin(tx, tenantId, { subtype: 'tenant_keys.rewrap', ...(actor ? { actor } : {}), target: { type: 'kek', id: current } });
      }
      return r.rows.length;
    });
  }

  /** Destroys every key of the tenant: everything sealed for it becomes unreadable, for good. */
  async shredIn(tx: Queryable, tenantId: string): Promise<number> {
    const r = await tx.query<{ version: number }>(
      `update tenant_keys set wrapped = null, destroyed_at = now()
        where tenant_id = $1 and wrapped is not null returning version`,
      [tenantId],
    );
    this.forget(tenantId);
    return r.rows.length;
  }

  async status(tenantId: string): Promise<KeyStatus[]> {
    return this.store.withTenant(tenantId, async (tx) => {
      const r = await tx.query<KeyRow>(
        `select purpose, version, null as wrapped, kek_provider, kek_id, created_at, destroyed_at
           from tenant_keys where tenant_id = $1 order by purpose, version`,
        [tenantId],
      );
      const newest = new Map<string, number>();
      for (const row of r.rows) newest.set(row.purpose, Math.max(newest.get(row.purpose) ?? 0, Number(row.version)));
      return r.rows.map((row) => ({
        tenantId,
        purpose: row.purpose,
        version: Number(row.version),
        current: newest.get(row.purpose) === Number(row.version) && !row.destroyed_at,
        kekProvider: row.kek_provider,
        kekId: row.kek_id,
        createdAt: new Date(row.created_at).toISOString(),
        ageDays: Math.floor((Date.now() - new Date(row.created_at).getTime()) / 86_400_000),
        destroyed: row.destroyed_at !== null,
      }));
    });
  }

  /**
   * Per-tenant secrets of the de-identification operators (surrogates, date shifts), derived from
   * the tenant's HMAC key with distinct labels: the gateway and the CLI give the same surrogates,
   * and a shred makes them unrecoverable with everything else.
   */
  async operatorSecrets(tenantId: string): Promise<{ surrogate: Buffer; dateShift: Buffer }> {
    const { key } = await this.store.withTenant(tenantId, (tx) => this.currentKey(tx, tenantId, 'hmac'));
    return {
      surrogate: createHmac('sha256', key).update('phigate:gateway:surrogate:v1').digest(),
      dateShift: createHmac('sha256', key).update('phigate:gateway:date-shift:v1').digest(),
    };
  }

  /** Drops cached key material of a tenant (after rotate or shred), or (no argument) of all tenants. */
  forget(tenantId?: string): void {
    if (tenantId === undefined) {
      this.cache.clear();
      this.currentVersion.clear();
      return;
    }
    for (const k of [...this.cache.keys()]) if (k.startsWith(`${tenantId}/`)) this.cache.delete(k);
    for (const k of [...this.currentVersion.keys()]) if (k.startsWith(`${tenantId}/`)) this.currentVersion.delete(k);
  }
}
