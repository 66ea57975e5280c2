import { z } from 'zod';
import type { AdminAuditor, AuditActor } from '../audit/index.js';
import { PhigateError } from '../common/index.js';
import type { Store } from '../store/index.js';

/** Every permission phigate knows. Roles are sets of these; anything else is refused. */
export const PERMISSIONS = [
  'gateway:chat',
  'gateway:embeddings',
  'vault:detokenize',
  'audit:read',
  'vendors:write',
  'keys:write',
  'policies:write',
  'roles:write',
  'users:write',
  'tenants:write',
  'break_glass:use',
  'access:review',
] as const;
export type Permission = (typeof PERMISSIONS)[number];
const PERMISSION_SET: ReadonlySet<string> = new Set(PERMISSIONS);
export const isPermission = (s: string): s is Permission => PERMISSION_SET.has(s);

export const ROLE_NAME = /^[a-z][a-z0-9_-]{0,62}$/;

export const RoleInputSchema = z
  .object({
    name: z.string().regex(ROLE_NAME),
    description: z.string().max(500).default(''),
    permissions: z.array(z.enum(PERMISSIONS)).max(PERMISSIONS.length),
  })
  .strict();
export type RoleInput = z.input<typeof RoleInputSchema>;

export interface Role {
  name: string;
  description: string;
  permissions: string[];
  builtin: boolean;
}

/** Validation messages name the field, never the value. */
export function zodMessage(e: z.ZodError, what: string): string {
  const i = e.issues[0];
  const path = i ? i.path.filter((p) => typeof p === 'string' || typeof p === 'number').join('.') : '';
  const why = i?.code === 'invalid_value' ? 'is not one of the accepted values' : i?.code === 'unrecognized_keys' ? 'has unknown fields' : 'is invalid';
  return `${what}: ${path || 'value'} ${why}`;
}

/**
 * Roles are data: the global built-ins (`roles` table: admin, clinician, analyst, service) and a
 * tenant's own (`tenant_roles`, RLS). Lookups are cached for `cacheSeconds` (0 = none); a change
 * made here clears the cache at once, elsewhere within that time.
 */
export class RoleService {
  private builtins: { map: Map<string, Role>; until: number } | null = null;
  private readonly tenantCache = new Map<string, { map: Map<string, Role>; until: number }>();

  constructor(
    private readonly store: Store,
    private readonly cacheSeconds = 30,
    private readonly auditor?: AdminAuditor,
    private readonly now: () => number = Date.now,
  ) {}

  async builtinRoles(): Promise<Map<string, Role>> {
    const t = this.now();
    if (this.builtins && this.builtins.until > t) return this.builtins.map;
    const rows = await this.store.withApp(async (tx) =>
      (await tx.query<{ name: string; description: string; permissions: string[] }>('select name, description, permissions from roles order by name')).rows,
    );
    const map = new Map(rows.map((r) => [r.name, { name: r.name, description: r.description, permissions: [...r.permissions], builtin: true }]));
    this.builtins = { map, until: t + Math.max(this.cacheSeconds, 1) * 1000 };
    return map;
  }

  private async tenantRoles(tenantId: string): Promise<Map<string, Role>> {
    const t = this.now();
    const hit = this.tenantCache.get(tenantId);
    if (hit && hit.until > t) return hit.map;
    const rows = await this.store.withTenant(tenantId, async (tx) =>
      (await tx.query<{ name: string; description: string; permissions: string[] }>('select name, description, permissions from tenant_roles where tenant_id = $1 order by name', [tenantId])).rows,
    );
    const map = new Map(rows.map((r) => [r.name, { name: r.name, description: r.description, permissions: [...r.permissions], builtin: false }]));
    if (this.cacheSeconds > 0) this.tenantCache.set(tenantId, { map, until: t + this.cacheSeconds * 1000 });
    return map;
  }

  /** The built-ins and the tenant's own roles. */
  async list(tenantId: string): Promise<Role[]> {
    return [...(await this.builtinRoles()).values(), ...(await this.tenantRoles(tenantId)).values()];
  }

  /** A role of the tenant (built-in or its own), or undefined. */
  async find(tenantId: string, name: string): Promise<Role | undefined> {
    return (await this.builtinRoles()).get(name) ?? (await this.tenantRoles(tenantId)).get(name);
  }

  /** Throws 400 `role_unknown` unless the tenant has the role. */
  async require(tenantId: string, name: string): Promise<Role> {
    const r = ROLE_NAME.test(name) ? await this.find(tenantId, name) : undefined;
    if (!r) throw new PhigateError('role_unknown', `unknown role; known roles: ${(await this.list(tenantId)).map((x) => x.name).join(', ')}`, 400);
    return r;
  }

  async permissions(tenantId: string, name: string): Promise<ReadonlySet<string>> {
    const r = await this.find(tenantId, name);
    return new Set(r?.permissions ?? []);
  }

  /** Creates or replaces a tenant role. Built-in names are reserved. */
  async upsert(tenantId: string, input: unknown, actor?: AuditActor): Promise<Role> {
    const p = RoleInputSchema.safeParse(input);
    if (!p.success) throw new PhigateError('role_invalid', zodMessage(p.error, 'invalid role'), 400);
    const r = p.data;
    if ((await this.builtinRoles()).has(r.name)) throw new PhigateError('role_builtin', 'built-in roles cannot be changed; create a role of another name', 409);
    const perms = [...new Set(r.permissions)].sort();
    await this.store.withTenant(tenantId, async (tx) => {
      await tx.query(
        `insert into tenant_roles (tenant_id, name, description, permissions) values ($1, $2, $3, $4)
         on conflict (tenant_id, name) do update set description = excluded.description, permissions = excluded.permissions, updated_at = now()`,
        [tenantId, r.name, r.description, perms],
      );
      await this.auditor?.admin(tx, tenantId, { subtype: 'role.upsert', ...(actor ? { actor } : {}), target: { type: 'role', id: r.name } });
    });
    this.tenantCache.delete(tenantId);
    return { name: r.name, description: r.description, permissions: perms, builtin: false };
  }

  /** Removes a tenant role no live key or active user holds (409 `role_in_use` otherwise). */
  async remove(tenantId: string, name: string, actor?: AuditActor): Promise<void> {
    if ((await this.builtinRoles()).has(name)) throw new PhigateError('role_builtin', 'built-in roles cannot be removed', 409);
    await this.store.withTenant(tenantId, async (tx) => {
      const used = await tx.query(
        `select 1 from api_keys where tenant_id = $1 and role = $2 and revoked_at is null
         union all select 1 from users where tenant_id = $1 and role = $2 and deactivated_at is null limit 1`,
        [tenantId, name],
      );
      if (used.rows.length) throw new PhigateError('role_in_use', 'live keys or active users hold this role', 409);
      const d = await tx.query('delete from tenant_roles where tenant_id = $1 and name = $2 returning name', [tenantId, name]);
      if (!d.rows.length) throw new PhigateError('role_not_found', 'no such role in this tenant', 404);
      await this.auditor?.admin(tx, tenantId, { subtype: 'role.remove', ...(actor ? { actor } : {}), target: { type: 'role', id: name } });
    });
    this.tenantCache.delete(tenantId);
  }

  forget(): void {
    this.builtins = null;
    this.tenantCache.clear();
  }
}
