import { randomUUID } from 'node:crypto';
import { PhigateError } from '../common/index.js';
import type { AdminAuditor, AuditActor } from '../audit/index.js';
import type { KeyService } from '../crypto/index.js';
import type { Store } from '../store/index.js';

export interface Tenant {
  id: string;
  name: string;
  createdAt: string;
  shredded: boolean;
}

const NAME = /^[a-z0-9][a-z0-9_-]{0,62}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface TenantRow {
  id: string;
  name: string;
  created_at: Date;
  shredded_at: Date | null;
}
const toTenant = (r: TenantRow): Tenant => ({
  id: r.id,
  name: r.name,
  createdAt: new Date(r.created_at).toISOString(),
  shredded: r.shredded_at !== null,
});

export class TenantService {
  constructor(
    private readonly store: Store,
    private readonly keys: KeyService,
    /** Records create and shred in the audit log, in the same transaction (fail-closed). */
    private readonly auditor?: AdminAuditor,
  ) {}

  /** Creates a tenant with its own data and HMAC keys, in one transaction. */
  async create(name: string, actor?: AuditActor): Promise<Tenant> {
    if (!NAME.test(name)) {
      throw new PhigateError('tenant_name_invalid', 'tenant names are 1-63 characters of a-z, 0-9, "-" and "_"', 400);
    }
    const id = randomUUID();
    try {
      return await this.store.withTenant(id, async (tx) => {
        const r = await tx.query<TenantRow>(
          'insert into tenants (id, name) values ($1, $2) returning id, name, created_at, shredded_at',
          [id, name],
        );
        await this.keys.createTenantKeys(tx, id);
        await this.auditor?.admin(tx, id, { subtype: 'tenant.create', ...(actor ? { actor } : {}), target: { type: 'tenant', id } });
        return toTenant(r.rows[0]!);
      });
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw new PhigateError('tenant_exists', 'a tenant with that name exists', 409);
      throw e;
    }
  }

  async list(): Promise<Tenant[]> {
    return this.store.withApp(async (tx) => {
      const r = await tx.query<TenantRow>('select id, name, created_at, shredded_at from tenants order by name');
      return r.rows.map(toTenant);
    });
  }

  /** Tenants that were not shredded (the ones whose keys still exist). */
  async active(): Promise<Tenant[]> {
    return (await this.list()).filter((t) => !t.shredded);
  }

  /** Finds a tenant by name or id. */
  async get(ref: string): Promise<Tenant> {
    const byId = UUID.test(ref);
    const t = await this.store.withApp(async (tx) => {
      const r = await tx.query<TenantRow>(
        `select id, name, created_at, shredded_at from tenants where ${byId ? 'id = $1::uuid' : 'name = $1'}`,
        [ref],
      );
      return r.rows[0];
    });
    if (!t) throw new PhigateError('tenant_not_found', 'no such tenant', 404);
    return toTenant(t);
  }

  /**
   * Crypto-shredding: destroys the tenant's keys (so its vault and every other sealed value can
   * never be read again), revokes its API keys and marks it shredded, in one transaction.
   */
  async shred(ref: string, actor?: AuditActor): Promise<{ tenant: Tenant; keysDestroyed: number }> {
    const t = await this.get(ref);
    const keysDestroyed = await this.store.withTenant(t.id, async (tx) => {
      // Recorded and checkpointed (signed) while the tenant's signing key still exists.
      await this.auditor?.admin(tx, t.id, { subtype: 'tenant.shred', ...(actor ? { actor } : {}), target: { type: 'tenant', id: t.id }, checkpoint: true });
      const n = await this.keys.shredIn(tx, t.id);
      await tx.query('update api_keys set revoked_at = coalesce(revoked_at, now()) where tenant_id = $1', [t.id]);
      await tx.query('update tenants set shredded_at = coalesce(shredded_at, now()) where id = $1', [t.id]);
      return n;
    });
    this.keys.forget(t.id);
    return { tenant: { ...t, shredded: true }, keysDestroyed };
  }
}
