import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { PhigateError } from '../common/index.js';
import type { AdminAuditor, AuditActor } from '../audit/index.js';
import type { Store } from '../store/index.js';

export interface ApiKeyInfo {
  id: string;
  tenantId: string;
  prefix: string;
  principal: string;
  role: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** Who a request is, once its key checked out. */
export interface Principal {
  tenantId: string;
  principal: string;
  role: string;
  permissions: ReadonlySet<string>;
  keyId: string;
  /** "api_key" now; sessions and workload identity come with the access-control work. */
  via: 'api_key';
}

const KEY_SHAPE = /^phg_([a-z2-7]{8})_([A-Za-z0-9_-]{43})$/;
const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

const hashSecret = (key: string) => createHash('sha256').update(key, 'utf8').digest();

function randomPrefix(): string {
  const b = randomBytes(8);
  let s = '';
  for (const x of b) s += BASE32[x & 31];
  return s;
}

interface KeyRow {
  id: string;
  tenant_id: string;
  prefix: string;
  principal: string;
  role: string;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
}
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const toInfo = (r: KeyRow): ApiKeyInfo => ({
  id: r.id,
  tenantId: r.tenant_id,
  prefix: r.prefix,
  principal: r.principal,
  role: r.role,
  createdAt: new Date(r.created_at).toISOString(),
  expiresAt: iso(r.expires_at),
  revokedAt: iso(r.revoked_at),
});

/** Parses "90d", "12h", "30m" into milliseconds. */
export function parseDuration(s: string): number {
  const m = /^(\d{1,6})([smhdw])$/.exec(s.trim());
  if (!m) throw new PhigateError('duration_invalid', 'durations look like 30m, 12h, 90d or 2w', 400);
  const unit = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 }[m[2] as 's' | 'm' | 'h' | 'd' | 'w'];
  return Number(m[1]) * unit;
}

/**
 * API keys: `phg_<prefix>_<secret>`, 256 random bits, shown once and stored only as a SHA-256
 * hash (a slow hash buys nothing for a 256-bit random secret). The prefix is public, for support.
 * A verified key is remembered for `cacheSeconds`, so a revocation takes effect everywhere within
 * that time (in this process at once).
 */
export class ApiKeyService {
  private readonly cache = new Map<string, { p: Principal; expiresAt: number | null; until: number }>();
  private roles: { perms: Map<string, ReadonlySet<string>>; until: number } | null = null;

  constructor(
    private readonly store: Store,
    private readonly cacheSeconds = 30,
    /** Records create and revoke in the audit log, in the same transaction (fail-closed). */
    private readonly auditor?: AdminAuditor,
  ) {}

  async create(
    tenantId: string,
    input: { principal: string; role: string; expiresInMs?: number; actor?: AuditActor },
  ): Promise<{ info: ApiKeyInfo; key: string }> {
    const principal = input.principal.trim();
    if (!principal || principal.length > 200 || /[\u0000-\u001f]/.test(principal)) {
      throw new PhigateError('principal_invalid', 'principal must be 1-200 printable characters', 400);
    }
    const perms = await this.rolePermissions();
    if (!perms.has(input.role)) {
      throw new PhigateError('role_unknown', `unknown role; known roles: ${[...perms.keys()].join(', ')}`, 400);
    }
    const prefix = randomPrefix();
    const key = `phg_${prefix}_${randomBytes(32).toString('base64url')}`;
    const id = randomUUID();
    const expiresAt = input.expiresInMs ? new Date(Date.now() + input.expiresInMs) : null;
    const info = await this.store.withTenant(tenantId, async (tx) => {
      const t = await tx.query<{ shredded_at: Date | null }>('select shredded_at from tenants where id = $1', [tenantId]);
      if (!t.rows[0]) throw new PhigateError('tenant_not_found', 'no such tenant', 404);
      if (t.rows[0].shredded_at) throw new PhigateError('tenant_shredded', 'the tenant was shredded', 410);
      const r = await tx.query<KeyRow>(
        `insert into api_keys (id, tenant_id, prefix, secret_hash, principal, role, expires_at)
         values ($1, $2, $3, $4, $5, $6, $7)
         returning id, tenant_id, prefix, principal, role, created_at, expires_at, revoked_at`,
        [id, tenantId, `phg_${prefix}`, hashSecret(key), principal, input.role, expiresAt],
      );
      await this.auditor?.admin(tx, tenantId, { subtype: 'api_key.create', ...(input.actor ? { actor: input.actor } : {}), target: { type: 'api_key', id } });
      return toInfo(r.rows[0]!);
    });
    return { info, key };
  }

  async list(tenantId: string): Promise<ApiKeyInfo[]> {
    return this.store.withTenant(tenantId, async (tx) => {
      const r = await tx.query<KeyRow>(
        `select id, tenant_id, prefix, principal, role, created_at, expires_at, revoked_at
           from api_keys where tenant_id = $1 order by created_at`,
        [tenantId],
      );
      return r.rows.map(toInfo);
    });
  }

  /** Revokes a key of the tenant by id or prefix. */
  async revoke(tenantId: string, ref: string, actor?: AuditActor): Promise<ApiKeyInfo> {
    const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(ref);
    const info = await this.store.withTenant(tenantId, async (tx) => {
      const r = await tx.query<KeyRow>(
        `update api_keys set revoked_at = coalesce(revoked_at, now())
          where tenant_id = $1 and ${byId ? 'id = $2::uuid' : 'prefix = $2'}
          returning id, tenant_id, prefix, principal, role, created_at, expires_at, revoked_at`,
        [tenantId, ref],
      );
      if (r.rows[0]) await this.auditor?.admin(tx, tenantId, { subtype: 'api_key.revoke', ...(actor ? { actor } : {}), target: { type: 'api_key', id: r.rows[0].id } });
      return r.rows[0];
    });
    if (!info) throw new PhigateError('key_not_found', 'no such key in this tenant', 404);
    this.cache.clear();
    return toInfo(info);
  }

  /** Checks a presented key; throws 401 `invalid_api_key` for anything but a live key. */
  async authenticate(presented: string | undefined): Promise<Principal> {
    if (!presented || !KEY_SHAPE.test(presented)) throw invalidKey();
    const h = hashSecret(presented);
    const memo = h.toString('base64');
    const now = Date.now();
    const hit = this.cache.get(memo);
    if (hit && hit.until > now) {
      if (hit.expiresAt !== null && hit.expiresAt <= now) throw invalidKey();
      return hit.p;
    }
    const row = await this.store.withApp(async (tx) => {
      const r = await tx.query<{
        id: string;
        tenant_id: string;
        principal: string;
        role: string;
        expires_at: Date | null;
        revoked_at: Date | null;
        tenant_shredded: boolean;
      }>('select * from phigate_find_api_key($1)', [h]);
      return r.rows[0];
    });
    if (!row || row.revoked_at || row.tenant_shredded) throw invalidKey();
    const expiresAt = row.expires_at ? new Date(row.expires_at).getTime() : null;
    if (expiresAt !== null && expiresAt <= now) throw invalidKey();
    const perms = await this.rolePermissions();
    const p: Principal = {
      tenantId: row.tenant_id,
      principal: row.principal,
      role: row.role,
      permissions: perms.get(row.role) ?? new Set(),
      keyId: row.id,
      via: 'api_key',
    };
    if (this.cacheSeconds > 0) this.cache.set(memo, { p, expiresAt, until: now + this.cacheSeconds * 1000 });
    return p;
  }

  private async rolePermissions(): Promise<Map<string, ReadonlySet<string>>> {
    const now = Date.now();
    if (this.roles && this.roles.until > now) return this.roles.perms;
    const rows = await this.store.withApp(async (tx) => {
      const r = await tx.query<{ name: string; permissions: string[] }>('select name, permissions from roles');
      return r.rows;
    });
    const perms = new Map<string, ReadonlySet<string>>(rows.map((r) => [r.name, new Set(r.permissions)]));
    this.roles = { perms, until: now + 60_000 };
    return perms;
  }
}

const invalidKey = () => new PhigateError('invalid_api_key', 'missing, unknown, expired or revoked API key', 401);

export function requirePermission(p: Principal, permission: string): void {
  if (!p.permissions.has(permission)) {
    throw new PhigateError('permission_denied', `the role "${p.role}" lacks the permission ${permission}`, 403);
  }
}
