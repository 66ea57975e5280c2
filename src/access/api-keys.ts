import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { PhigateError } from '../common/index.js';
import type { AdminAuditor, AuditActor } from '../audit/index.js';
import type { Queryable, Store } from '../store/index.js';
import type { RoleService } from './roles.js';

export interface ApiKeyInfo {
  id: string;
  tenantId: string;
  prefix: string;
  principal: string;
  role: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  /** Permissions the key is limited to (within its role's); null = all of the role's. */
  scopes: string[] | null;
  /** The key that replaced this one in a rotation. */
  rotatedTo: string | null;
  /** The user the key was issued to (it acts as that user, break-glass grants included), if any. */
  userId: string | null;
}

/** Who a request is, once its key checked out. */
export interface Principal {
  tenantId: string;
  principal: string;
  role: string;
  permissions: ReadonlySet<string>;
  /** The API key's id; for a session `session:<id>`, for a workload `jwt:<issuer-hash>`. */
  keyId: string;
  via: 'api_key' | 'session' | 'workload';
  /** The session a person acts through (via = session). */
  sessionId?: string;
  /** An active break-glass grant (attached when the request states purpose BTG). */
  breakGlass?: { id: string; expiresAt: string };
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
  scopes: string[] | null;
  rotated_to: string | null;
  user_id: string | null;
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
  scopes: r.scopes ? [...r.scopes] : null,
  rotatedTo: r.rotated_to ?? null,
  userId: r.user_id ?? null,
});
const KEY_COLUMNS = 'id, tenant_id, prefix, principal, role, created_at, expires_at, revoked_at, scopes, rotated_to, user_id';

/** Parses "90d", "12h", "30m" into milliseconds. */
export function parseDuration(s: string): number {
  const m = /^(\d{1,6})([smhdw])$/.exec(s.trim());
  if (!m) throw new PhigateError('duration_invalid', 'durations look like 30m, 12h, 90d or 2w', 400);
  const unit = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 }[m[2] as 's' | 'm' | 'h' | 'd' | 'w'];
  return Number(m[1]) * unit;
}

/** Live API key state as the authentication path needs it. */
interface KeyHit {
  p: Principal;
  expiresAt: number | null;
  until: number;
}

export interface CreateKeyInput {
  principal: string;
  role: string;
  expiresInMs?: number;
  /** Limit the key to these permissions (each must be one of the role's). */
  scopes?: string[];
  /** The user the key belongs to: deactivating the user revokes it. */
  userId?: string;
  actor?: AuditActor;
}

/**
 * API keys: `phg_<prefix>_<secret>`, 256 random bits, shown once and stored only as a SHA-256
 * hash (a slow hash buys nothing for a 256-bit random secret). The prefix is public, for support.
 * A verified key is remembered for `cacheSeconds`, so a revocation takes effect everywhere within
 * that time (in this process at once). Keys may expire, be limited to some of their role's
 * permissions (scopes), and be rotated with an overlap window in which both keys work.
 */
export class ApiKeyService {
  private readonly cache = new Map<string, KeyHit>();
  private roles: { perms: Map<string, ReadonlySet<string>>; until: number } | null = null;
  /** Injectable clock (tests). */
  now: () => number = Date.now;

  constructor(
    private readonly store: Store,
    private readonly cacheSeconds = 30,
    /** Records create and revoke in the audit log, in the same transaction (fail-closed). */
    private readonly auditor?: AdminAuditor,
    /** Tenant roles besides the built-ins (without it, built-ins only). */
    private readonly roleService?: RoleService,
  ) {}

  private async roleOf(tenantId: string, role: string): Promise<ReadonlySet<string> | undefined> {
    if (this.roleService) {
      const r = await this.roleService.find(tenantId, role);
      return r ? new Set(r.permissions) : undefined;
    }
    return (await this.rolePermissions()).get(role);
  }

  async create(tenantId: string, input: CreateKeyInput): Promise<{ info: ApiKeyInfo; key: string }> {
    const principal = input.principal.trim();
    if (!principal || principal.length > 200 || /[\u0000-\u001f]/.test(principal)) {
      throw new PhigateError('principal_invalid', 'principal must be 1-200 printable characters', 400);
    }
    const perms = await this.roleOf(tenantId, input.role);
    if (!perms) {
      const known = this.roleService ? (await this.roleService.list(tenantId)).map((r) => r.name) : [...(await this.rolePermissions()).keys()];
      throw new PhigateError('role_unknown', `unknown role; known roles: ${known.join(', ')}`, 400);
    }
    let scopes: string[] | null = null;
    if (input.scopes) {
      scopes = [...new Set(input.scopes.map((x) => x.trim()).filter(Boolean))].sort();
      if (scopes.length === 0 || scopes.some((x) => !perms.has(x))) {
        throw new PhigateError('scope_invalid', `scopes must be permissions of the role ${input.role}: ${[...perms].join(', ')}`, 400);
      }
    }
    if (input.expiresInMs !== undefined && !(input.expiresInMs > 0)) throw new PhigateError('duration_invalid', 'expiry must be in the future', 400);
    const prefix = randomPrefix();
    const key = `phg_${prefix}_${randomBytes(32).toString('base64url')}`;
    const id = randomUUID();
    const expiresAt = input.expiresInMs ? new Date(this.now() + input.expiresInMs) : null;
    const info = await this.store.withTenant(tenantId, async (tx) => {
      const t = await tx.query<{ shredded_at: Date | null }>('select shredded_at from tenants where id = $1', [tenantId]);
      if (!t.rows[0]) throw new PhigateError('tenant_not_found', 'no such tenant', 404);
      if (t.rows[0].shredded_at) throw new PhigateError('tenant_shredded', 'the tenant was shredded', 410);
      const r = await tx.query<KeyRow>(
        `insert into api_keys (id, tenant_id, prefix, secret_hash, principal, role, expires_at, scopes, user_id, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         returning ${KEY_COLUMNS}`,
        [id, tenantId, `phg_${prefix}`, hashSecret(key), principal, input.role, expiresAt, scopes, input.userId ?? null, new Date(this.now())],
      );
      await this.auditor?.admin(tx, tenantId, { subtype: 'api_key.create', ...(input.actor ? { actor: input.actor } : {}), target: { type: 'api_key', id } });
      return toInfo(r.rows[0]!);
    });
    return { info, key };
  }

  async list(tenantId: string): Promise<ApiKeyInfo[]> {
    return this.store.withTenant(tenantId, async (tx) => {
      const r = await tx.query<KeyRow>(`select ${KEY_COLUMNS} from api_keys where tenant_id = $1 order by created_at`, [tenantId]);
      return r.rows.map(toInfo);
    });
  }

  /** Revokes a key of the tenant by id or prefix. */
  async revoke(tenantId: string, ref: string, actor?: AuditActor): Promise<ApiKeyInfo> {
    const byId = UUID.test(ref);
    const info = await this.store.withTenant(tenantId, async (tx) => {
      const r = await tx.query<KeyRow>(
        `update api_keys set revoked_at = coalesce(revoked_at, now())
          where tenant_id = $1 and ${byId ? 'id = $2::uuid' : 'prefix = $2'}
          returning ${KEY_COLUMNS}`,
        [tenantId, ref],
      );
      if (r.rows[0]) await this.auditor?.admin(tx, tenantId, { subtype: 'api_key.revoke', ...(actor ? { actor } : {}), target: { type: 'api_key', id: r.rows[0].id } });
      return r.rows[0];
    });
    if (!info) throw new PhigateError('key_not_found', 'no such key in this tenant', 404);
    this.cache.clear();
    return toInfo(info);
  }

  /**
   * Rotation: a new key with the same principal, role, scopes and lifetime; the old one keeps
   * working for `graceMs` (0 = stops at once), then expires. Returns the new key (shown once).
   */
  async rotate(tenantId: string, ref: string, graceMs: number, actor?: AuditActor): Promise<{ info: ApiKeyInfo; key: string; old: ApiKeyInfo }> {
    if (!(graceMs >= 0) || graceMs > 30 * 864e5) throw new PhigateError('grace_invalid', 'the grace period is 0 to 30 days', 400);
    const byId = UUID.test(ref);
    const now = this.now();
    const prefix = randomPrefix();
    const key = `phg_${prefix}_${randomBytes(32).toString('base64url')}`;
    const id = randomUUID();
    const out = await this.store.withTenant(tenantId, async (tx) => {
      const r = await tx.query<KeyRow & { user_id: string | null }>(
        `select ${KEY_COLUMNS}, user_id from api_keys where tenant_id = $1 and ${byId ? 'id = $2::uuid' : 'prefix = $2'} for update`,
        [tenantId, ref],
      );
      const old = r.rows[0];
      if (!old) throw new PhigateError('key_not_found', 'no such key in this tenant', 404);
      const oldExp = old.expires_at ? new Date(old.expires_at).getTime() : null;
      if (old.revoked_at || (oldExp !== null && oldExp <= now)) throw new PhigateError('key_not_active', 'only a live key can be rotated', 409);
      if (old.rotated_to) throw new PhigateError('key_already_rotated', 'this key was already rotated; rotate its successor', 409);
      const lifetime = oldExp !== null ? oldExp - new Date(old.created_at).getTime() : null;
      const newExp = lifetime !== null ? new Date(now + lifetime) : null;
      const ins = await tx.query<KeyRow>(
        `insert into api_keys (id, tenant_id, prefix, secret_hash, principal, role, expires_at, scopes, user_id, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning ${KEY_COLUMNS}`,
        [id, tenantId, `phg_${prefix}`, hashSecret(key), old.principal, old.role, newExp, old.scopes, old.user_id, new Date(now)],
      );
      const graceEnd = new Date(Math.min(now + graceMs, oldExp ?? Infinity));
      const upd = await tx.query<KeyRow>(
        `update api_keys set expires_at = $3, rotated_to = $4 where tenant_id = $1 and id = $2 returning ${KEY_COLUMNS}`,
        [tenantId, old.id, graceEnd, id],
      );
      await this.auditor?.admin(tx, tenantId, { subtype: 'api_key.rotate', ...(actor ? { actor } : {}), target: { type: 'api_key', id: old.id } });
      await this.auditor?.admin(tx, tenantId, { subtype: 'api_key.create', ...(actor ? { actor } : {}), target: { type: 'api_key', id } });
      return { info: toInfo(ins.rows[0]!), old: toInfo(upd.rows[0]!) };
    });
    this.cache.clear();
    return { ...out, key };
  }

  /** Revokes every live key of a user (deactivation), in the caller's transaction. */
  async revokeForUserIn(tx: Queryable, tenantId: string, userId: string, username: string): Promise<number> {
    const r = await tx.query(
      `update api_keys set revoked_at = now() where tenant_id = $1 and revoked_at is null and (user_id = $2 or principal = $3) returning id`,
      [tenantId, userId, username],
    );
    this.cache.clear();
    return r.rows.length;
  }

  /** Drops cached verifications (a revocation elsewhere in this process). */
  forget(): void {
    this.cache.clear();
    this.roles = null;
  }

  /** Checks a presented key; throws 401 `invalid_api_key` for anything but a live key. */
  async authenticate(presented: string | undefined): Promise<Principal> {
    if (!presented || !KEY_SHAPE.test(presented)) throw invalidKey();
    const h = hashSecret(presented);
    const memo = h.toString('base64');
    const now = this.now();
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
        scopes: string[] | null;
        expires_at: Date | null;
        revoked_at: Date | null;
        tenant_shredded: boolean;
      }>('select * from phigate_find_api_key_v2($1)', [h]);
      return r.rows[0];
    });
    if (!row || row.revoked_at || row.tenant_shredded) throw invalidKey();
    const expiresAt = row.expires_at ? new Date(row.expires_at).getTime() : null;
    if (expiresAt !== null && expiresAt <= now) throw invalidKey();
    const rolePerms = (await this.roleOf(row.tenant_id, row.role)) ?? new Set<string>();
    const permissions = row.scopes ? new Set(row.scopes.filter((x) => rolePerms.has(x))) : rolePerms;
    const p: Principal = {
      tenantId: row.tenant_id,
      principal: row.principal,
      role: row.role,
      permissions,
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const invalidKey = () => new PhigateError('invalid_api_key', 'missing, unknown, expired or revoked API key', 401);

export function requirePermission(p: Principal, permission: string): void {
  if (!p.permissions.has(permission)) {
    throw new PhigateError('permission_denied', `the role "${p.role}" lacks the permission ${permission}`, 403);
  }
}
