import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseDuration, principalActor, requirePermission, type Permission, type Principal } from '../../access/index.js';
import type { Services } from '../../app/index.js';
import type { AuditActor } from '../../audit/index.js';
import { PhigateError } from '../../common/index.js';
import { presentedKey } from '../context.js';
import { openApiDocument } from './openapi.js';
import * as S from './schemas.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HandlerContext {
  s: Services;
  /** The authenticated caller (routes with auth). */
  p: Principal;
  actor: AuditActor;
  body: any;
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  /** The presented credential (logout ends exactly that session). */
  presented?: string;
}

/** One admin operation: its schemas feed validation and the OpenAPI document alike. */
export interface AdminRoute {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  /** false: no credentials (login and MFA enrolment, which check their own). */
  auth: boolean;
  permission?: Permission;
  /** Deployment-wide resources: only admins of the operator tenant (PHIGATE_OPERATOR_TENANT). */
  operator?: boolean;
  body?: z.ZodType;
  query?: z.ZodObject;
  response?: z.ZodType;
  status?: number;
  handler(c: HandlerContext): Promise<unknown>;
}

const auditFilter = (q: { from?: string; to?: string }) => ({
  ...(q.from ? { from: new Date(q.from) } : {}),
  ...(q.to ? { to: new Date(q.to) } : {}),
});

const UUID = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const ok = { ok: true as const };

/** Every operation of `/admin/v1`. The CLI calls the same services. */
export const ADMIN_ROUTES: AdminRoute[] = [
  // ---------------------------------------------------------------- people signing in
  {
    method: 'POST', path: '/auth/login', summary: 'Log in with password and a TOTP or recovery code; returns a session token', tag: 'auth', auth: false,
    body: S.LoginBody, response: S.Session,
    handler: async ({ s, body }) => {
      const t = await tenantOr401(s, body.tenant);
      const r = await s.users.login(t, body.username, body.password, body.code);
      return { token: r.token, sessionId: r.session.id, idleSeconds: r.session.idleSeconds, expiresAt: r.session.expiresAt };
    },
  },
  {
    method: 'POST', path: '/auth/logout', summary: 'End the presented session', tag: 'auth', auth: true, response: S.Ok,
    handler: async ({ s, p, presented }) => {
      if (p.via !== 'session' || !presented) throw new PhigateError('not_a_session', 'log out with a session token', 400);
      await s.users.logout(presented);
      return ok;
    },
  },
  {
    method: 'PUT', path: '/auth/password', summary: 'Change your own password (current password and a TOTP code); your other sessions end', tag: 'auth', auth: true,
    body: S.PasswordChange, response: S.Ok,
    handler: async ({ s, p, body }) => {
      if (p.via !== 'session') throw new PhigateError('not_a_session', 'people change their password from a session', 400);
      await s.users.changeOwnPassword(p.tenantId, p.principal, body.password, body.code, body.newPassword, p.sessionId);
      return ok;
    },
  },
  {
    method: 'POST', path: '/auth/mfa/begin', summary: 'Start TOTP enrolment (password): a provisioning URI for an authenticator app', tag: 'auth', auth: false,
    body: S.MfaBeginBody, response: S.MfaBegin,
    handler: async ({ s, body }) => s.users.beginMfa(await tenantOr401(s, body.tenant), body.username, body.password),
  },
  {
    method: 'POST', path: '/auth/mfa/confirm', summary: 'Finish TOTP enrolment with a current code; returns recovery codes once', tag: 'auth', auth: false,
    body: S.MfaConfirmBody, response: S.MfaConfirm,
    handler: async ({ s, body }) => s.users.confirmMfa(await tenantOr401(s, body.tenant), body.username, body.password, body.code),
  },
  // ---------------------------------------------------------------- tenants
  {
    method: 'GET', path: '/tenant', summary: "The caller's tenant", tag: 'tenants', auth: true, response: S.Tenant,
    handler: async ({ s, p }) => s.tenants.get(p.tenantId),
  },
  {
    method: 'GET', path: '/tenants', summary: 'Every tenant (operator tenant admins)', tag: 'tenants', auth: true, permission: 'tenants:write', operator: true,
    response: z.array(S.Tenant), handler: async ({ s }) => s.tenants.list(),
  },
  {
    method: 'POST', path: '/tenants', summary: 'Create a tenant (operator tenant admins)', tag: 'tenants', auth: true, permission: 'tenants:write', operator: true,
    body: S.TenantCreate, response: S.Tenant, status: 201,
    handler: async ({ s, p, actor, body }) => {
      const t = await s.tenants.create(body.name, actor);
      await s.audit.record(p.tenantId, { action: 'admin', subtype: 'tenant.create', actor, purpose: 'HSYSADMIN', outcome: 'success', target: { type: 'tenant', id: t.id } });
      return t;
    },
  },
  // ---------------------------------------------------------------- users
  {
    method: 'GET', path: '/users', summary: 'Users of the tenant', tag: 'users', auth: true, permission: 'users:write', response: z.array(S.User),
    handler: async ({ s, p }) => s.users.list(p.tenantId),
  },
  {
    method: 'POST', path: '/users', summary: 'Create a user (they enrol TOTP before their first login)', tag: 'users', auth: true, permission: 'users:write',
    body: S.UserCreate, response: S.User, status: 201,
    handler: async ({ s, p, actor, body }) => (await noEscalation(s, p, body.role), s.users.create(p.tenantId, body, actor)),
  },
  {
    method: 'GET', path: '/users/:user', summary: 'One user', tag: 'users', auth: true, permission: 'users:write', response: S.User,
    handler: async ({ s, p, params }) => s.users.get(p.tenantId, params.user!),
  },
  {
    method: 'PUT', path: '/users/:user/role', summary: "Change a user's role (their sessions end)", tag: 'users', auth: true, permission: 'users:write',
    body: S.UserRole, response: S.User,
    handler: async ({ s, p, actor, params, body }) => (await noEscalation(s, p, body.role), await overUser(s, p, params.user!), s.users.setRole(p.tenantId, params.user!, body.role, actor)),
  },
  {
    method: 'PUT', path: '/users/:user/password', summary: "Set a user's password (their sessions end)", tag: 'users', auth: true, permission: 'users:write',
    body: S.UserPassword, response: S.Ok,
    handler: async ({ s, p, actor, params, body }) => (await overUser(s, p, params.user!), await s.users.setPassword(p.tenantId, params.user!, body.password, actor), ok),
  },
  {
    method: 'POST', path: '/users/:user/deactivate', summary: 'A leaver: sessions end and keys are revoked at once', tag: 'users', auth: true, permission: 'users:write',
    response: S.Deactivation, handler: async ({ s, p, actor, params }) => (await overUser(s, p, params.user!), s.users.deactivate(p.tenantId, params.user!, actor)),
  },
  {
    method: 'POST', path: '/users/:user/unlock', summary: 'Clear a lockout', tag: 'users', auth: true, permission: 'users:write', response: S.Ok,
    handler: async ({ s, p, actor, params }) => (await overUser(s, p, params.user!), await s.users.unlock(p.tenantId, params.user!, actor), ok),
  },
  {
    method: 'POST', path: '/users/:user/reset-mfa', summary: 'Clear the second factor (the user enrols again)', tag: 'users', auth: true, permission: 'users:write', response: S.Ok,
    handler: async ({ s, p, actor, params }) => (await overUser(s, p, params.user!), await s.users.resetMfa(p.tenantId, params.user!, actor), ok),
  },
  {
    method: 'POST', path: '/users/:user/logout', summary: 'End every session of the user', tag: 'users', auth: true, permission: 'users:write',
    response: z.object({ sessionsEnded: z.number() }),
    handler: async ({ s, p, actor, params }) => (await overUser(s, p, params.user!), { sessionsEnded: await s.users.revokeSessions(p.tenantId, params.user!, actor) }),
  },
  // ---------------------------------------------------------------- API keys
  {
    method: 'GET', path: '/keys', summary: 'API keys of the tenant (never the secrets)', tag: 'keys', auth: true, permission: 'keys:write', response: z.array(S.ApiKey),
    handler: async ({ s, p }) => s.apiKeys.list(p.tenantId),
  },
  {
    method: 'POST', path: '/keys', summary: 'Create an API key (shown once)', tag: 'keys', auth: true, permission: 'keys:write',
    body: S.ApiKeyCreate, response: S.ApiKeyCreated, status: 201,
    handler: async ({ s, p, actor, body }) =>
      (await noEscalation(s, p, body.role)) ??
      // A key issued to a user acts as that user (their break-glass grants too): only for those who may manage the user.
      (body.userId ? await overUser(s, p, body.userId) : undefined) ??
      s.apiKeys.create(p.tenantId, {
        principal: body.principal,
        role: body.role,
        actor,
        ...(body.expires ? { expiresInMs: parseDuration(body.expires) } : {}),
        ...(body.scopes ? { scopes: body.scopes } : {}),
        ...(body.userId ? { userId: body.userId } : {}),
      }),
  },
  {
    method: 'POST', path: '/keys/:key/rotate', summary: 'Replace a key; the old one works for the grace period', tag: 'keys', auth: true, permission: 'keys:write',
    body: S.ApiKeyRotate, response: S.ApiKeyRotated, status: 201,
    handler: async ({ s, p, actor, params, body }) => {
      // The successor's secret comes back: rotating is handing out a key of that role.
      const old = (await s.apiKeys.list(p.tenantId)).find((k) => k.id === params.key || k.prefix === params.key);
      if (old) await noEscalation(s, p, old.role);
      // A key issued to a user acts as that user: its successor too. Only for those who may manage the user.
      if (old?.userId) await overUser(s, p, old.userId);
      return s.apiKeys.rotate(p.tenantId, params.key!, body?.grace ? parseDuration(body.grace) : 0, actor);
    },
  },
  {
    method: 'DELETE', path: '/keys/:key', summary: 'Revoke a key at once', tag: 'keys', auth: true, permission: 'keys:write', response: S.ApiKey,
    handler: async ({ s, p, actor, params }) => {
      // Like rotation: a key of a role beyond the caller's own is not theirs to take away.
      const old = (await s.apiKeys.list(p.tenantId)).find((k) => k.id === params.key || k.prefix === params.key);
      if (old) await holdsRole(s, p, old.role, 'you cannot revoke a key whose role holds permissions you do not');
      if (old?.userId) await overUser(s, p, old.userId);
      return s.apiKeys.revoke(p.tenantId, params.key!, actor);
    },
  },
  // ---------------------------------------------------------------- roles and policies
  {
    method: 'GET', path: '/roles', summary: 'Built-in and tenant roles', tag: 'roles', auth: true, permission: 'roles:write', response: z.array(S.Role),
    handler: async ({ s, p }) => s.roles.list(p.tenantId),
  },
  {
    method: 'PUT', path: '/roles/:name', summary: 'Create or replace a tenant role', tag: 'roles', auth: true, permission: 'roles:write',
    body: S.RoleBody, response: S.Role,
    handler: async ({ s, p, actor, params, body }) => {
      const beyond = (body.permissions as string[]).filter((x) => !p.permissions.has(x));
      if (beyond.length) throw escalation();
      // Rewriting a role changes what its holders may do: only for those who hold what it grants now.
      await holdsRole(s, p, params.name!, ROLE_CHANGE_REFUSAL);
      return s.roles.upsert(p.tenantId, { ...body, name: params.name }, actor);
    },
  },
  {
    method: 'DELETE', path: '/roles/:name', summary: 'Remove a tenant role no live key or user holds', tag: 'roles', auth: true, permission: 'roles:write', response: S.Ok,
    handler: async ({ s, p, actor, params }) => (await holdsRole(s, p, params.name!, ROLE_CHANGE_REFUSAL), await s.roles.remove(p.tenantId, params.name!, actor), ok),
  },
  {
    method: 'GET', path: '/policies', summary: "The tenant's minimum-necessary rules", tag: 'policies', auth: true, permission: 'policies:write', response: z.array(S.PolicyRule),
    handler: async ({ s, p }) => s.policies.list(p.tenantId),
  },
  {
    method: 'PUT', path: '/policies', summary: 'Create or replace the rule for a role and purpose', tag: 'policies', auth: true, permission: 'policies:write',
    body: S.PolicyRule, response: S.PolicyRule,
    handler: async ({ s, p, actor, body }) => s.policies.set(p.tenantId, body, actor),
  },
  {
    method: 'DELETE', path: '/policies', summary: 'Remove a tenant rule (the defaults apply again)', tag: 'policies', auth: true, permission: 'policies:write',
    query: S.PolicyRef, response: S.Ok,
    handler: async ({ s, p, actor, query }) => (await s.policies.remove(p.tenantId, query.role!, query.purpose!, actor), ok),
  },
  // ---------------------------------------------------------------- vendors (deployment-wide)
  {
    method: 'GET', path: '/vendors', summary: 'The BAA register', tag: 'vendors', auth: true, permission: 'vendors:write', response: z.array(S.Vendor),
    handler: async ({ s }) => s.vendors.list(),
  },
  {
    method: 'POST', path: '/vendors', summary: 'Record a signed BAA (operator tenant admins)', tag: 'vendors', auth: true, permission: 'vendors:write', operator: true,
    body: S.VendorCreate, response: S.Vendor, status: 201,
    handler: async ({ s, actor, body }) => {
      const { name, ...input } = body;
      return s.vendors.add(name, input, actor);
    },
  },
  {
    method: 'PATCH', path: '/vendors/:name', summary: 'Update a BAA record (operator tenant admins)', tag: 'vendors', auth: true, permission: 'vendors:write', operator: true,
    body: S.VendorPatch, response: S.Vendor,
    handler: async ({ s, actor, params, body }) => s.vendors.update(params.name!, body, actor),
  },
  {
    method: 'DELETE', path: '/vendors/:name', summary: 'Remove a BAA record (operator tenant admins)', tag: 'vendors', auth: true, permission: 'vendors:write', operator: true, response: S.Ok,
    handler: async ({ s, actor, params }) => (await s.vendors.remove(params.name!, actor), ok),
  },
  // ---------------------------------------------------------------- audit log (reads are audited)
  {
    method: 'GET', path: '/audit/events', summary: "The tenant's audit events (never PHI), oldest first", tag: 'audit', auth: true, permission: 'audit:read',
    query: S.AuditQuery, response: z.array(z.record(z.string(), z.unknown())),
    handler: async ({ s, p, query }) => {
      const q = query as unknown as z.infer<typeof S.AuditQuery>;
      const out: unknown[] = [];
      await s.audit.readEvents(p.tenantId, auditFilter(q), { ...principalActor(p), permissions: p.permissions }, 'export.api', (_body, ev) => {
        if (out.length < q.limit) out.push(ev);
      });
      return out;
    },
  },
  {
    method: 'GET', path: '/audit/verify', summary: "Recompute the tenant's Merkle tree and check every signed checkpoint", tag: 'audit', auth: true, permission: 'audit:read',
    response: z.record(z.string(), z.unknown()),
    handler: async ({ s, p }) => s.audit.verify(p.tenantId, { ...principalActor(p), permissions: p.permissions }),
  },
  {
    method: 'GET', path: '/audit/disclosures', summary: "A patient's accounting of disclosures (found by the pseudonym of the id)", tag: 'audit', auth: true, permission: 'audit:read',
    query: S.DisclosureQuery, response: z.array(z.record(z.string(), z.unknown())),
    handler: async ({ s, p, query }) => {
      const q = query as unknown as z.infer<typeof S.DisclosureQuery>;
      return s.audit.disclosures(p.tenantId, q.patient, auditFilter(q), { ...principalActor(p), permissions: p.permissions });
    },
  },
  // ---------------------------------------------------------------- break-glass
  {
    method: 'POST', path: '/break-glass', summary: 'Raise your own access for an emergency (requests then state purpose BTG)', tag: 'break-glass', auth: true,
    permission: 'break_glass:use', body: S.BreakGlassStart, response: S.BreakGlass, status: 201,
    handler: async ({ s, p, body }) => s.breakGlass.start(p, { reason: body.reason, ...(body.duration ? { durationMs: parseDuration(body.duration) } : {}) }),
  },
  {
    method: 'GET', path: '/break-glass', summary: 'Grants awaiting review, with their reasons', tag: 'break-glass', auth: true, permission: 'access:review',
    query: z.object({ all: z.enum(['0', '1']).optional() }), response: z.array(S.BreakGlass),
    handler: async ({ s, p, query }) => s.breakGlass.review(p.tenantId, { all: query.all === '1', ...(p.permissions.has('audit:read') ? { reader: p } : {}) }),
  },
  {
    method: 'POST', path: '/break-glass/:id/review', summary: 'Mark a grant reviewed', tag: 'break-glass', auth: true, permission: 'access:review', response: S.BreakGlass,
    handler: async ({ s, p, actor, params }) => s.breakGlass.acknowledge(p.tenantId, uuid(params.id), actor),
  },
  {
    method: 'POST', path: '/break-glass/:id/end', summary: 'End a grant now (your own; anyone\'s with access:review)', tag: 'break-glass', auth: true, permission: 'break_glass:use', response: S.BreakGlass,
    handler: async ({ s, p, params }) => s.breakGlass.end(p, uuid(params.id)),
  },
];

const uuid = (v: string | undefined): string => {
  if (!UUID.safeParse(v).success) throw new PhigateError('not_found', 'no such grant', 404);
  return v!;
};

const escalation = () => new PhigateError('privilege_escalation', 'you cannot grant a role with permissions you do not hold yourself', 403);

/** Nobody hands out more than they hold: a role granted through the API must be within the caller's permissions. */
async function noEscalation(s: Services, p: Principal, role: string): Promise<undefined> {
  const r = await s.roles.require(p.tenantId, role);
  if (r.permissions.some((x) => !p.permissions.has(x))) throw escalation();
  return undefined;
}

const ROLE_CHANGE_REFUSAL = 'you cannot change a role that holds permissions you do not';

/**
 * Acting on what a role grants (revoking a key of it, changing it, managing a user who holds it) is
 * for those who hold at least its permissions now (a role since removed holds none).
 */
async function holdsRole(s: Services, p: Principal, role: string, refusal: string): Promise<void> {
  const r = await s.roles.find(p.tenantId, role);
  if ((r?.permissions ?? []).some((x) => !p.permissions.has(x))) throw new PhigateError('privilege_escalation', refusal, 403);
}

/** Managing a user (password, second factor, role, deactivation) is for those who hold at least that user's permissions. */
async function overUser(s: Services, p: Principal, ref: string): Promise<undefined> {
  const u = await s.users.get(p.tenantId, ref);
  await holdsRole(s, p, u.role, 'you cannot manage a user whose role holds permissions you do not');
  return undefined;
}

/** A login names its tenant; an unknown one fails exactly like a wrong password. */
async function tenantOr401(s: Services, ref: string): Promise<string> {
  let id: string | undefined;
  try {
    id = (await s.tenants.get(ref)).id;
  } catch {
    id = undefined;
  }
  return id ?? s.users.failSlowly();
}

/** Validation errors name the field, never the value. */
function parse(schema: z.ZodType | undefined, value: unknown, where: string): any {
  if (!schema) return value;
  const r = schema.safeParse(value ?? (where === 'body' ? {} : value));
  if (r.success) return r.data;
  const i = r.error.issues[0];
  const path = i?.path.filter((x) => typeof x === 'string' || typeof x === 'number').join('.') || where;
  throw new PhigateError('invalid_request', `invalid request: ${where} ${path} is ${i?.code === 'unrecognized_keys' ? 'not accepted' : 'missing or invalid'}`, 400);
}

async function isOperator(s: Services, tenantId: string): Promise<boolean> {
  const ref = s.accessConfig.operatorTenant;
  if (!ref) return false;
  try {
    return (await s.tenants.get(ref)).id === tenantId;
  } catch {
    return false;
  }
}

/**
 * The admin API, `/admin/v1/...`: tenants, users, keys, roles, policies, vendors and
 * break-glass, over the same services as the CLI. Callers authenticate like gateway callers (API
 * key, session, workload JWT); every operation acts only on the caller's own tenant and needs the
 * matching permission (the built-in admin role has them all); deployment-wide resources (tenants,
 * the BAA register) need an admin of the operator tenant. Every change is audited by the service
 * that makes it, in its transaction. `GET /admin/v1/openapi.json` is generated from the schemas.
 */
export async function registerAdminApi(app: FastifyInstance, services: Services): Promise<void> {
  await app.register(
    async (admin) => {
      // Per client address (login attempts come before any identity): lockout guards each
      // account, this guards the door against trying many accounts.
      await admin.register(rateLimit, {
        max: services.config.rateLimitPerMinute,
        timeWindow: 60_000,
        keyGenerator: (req) => req.ip,
        errorResponseBuilder: (_req, ctx) =>
          Object.assign(new PhigateError('rate_limited', `rate limit of ${ctx.max} requests per minute exceeded`, 429), { statusCode: 429 }),
      });
      const doc = openApiDocument(ADMIN_ROUTES);
      admin.get('/openapi.json', async () => doc);
      for (const route of ADMIN_ROUTES) {
        admin.route({
          method: route.method,
          url: route.path,
          handler: async (req: FastifyRequest, reply) => {
            let p: Principal | undefined;
            if (route.auth) {
              p = await services.authenticator.authenticate(presentedKey(req));
              if (route.permission) requirePermission(p, route.permission);
              if (route.operator && !(await isOperator(services, p.tenantId))) {
                throw new PhigateError('operator_only', 'deployment-wide resources are administered by admins of the operator tenant (PHIGATE_OPERATOR_TENANT) or the CLI', 403);
              }
            }
            const body = parse(route.body, req.body, 'body');
            const query = parse(route.query, req.query, 'query') ?? {};
            const out = await route.handler({
              s: services,
              p: p as Principal,
              actor: p ? principalActor(p) : { principal: 'anonymous', role: 'none', via: 'system' },
              body,
              params: (req.params ?? {}) as Record<string, string>,
              query,
              ...(route.auth ? { presented: presentedKey(req) } : {}),
            });
            return reply.status(route.status ?? 200).send(out);
          },
        });
      }
    },
    { prefix: '/admin/v1' },
  );
}
