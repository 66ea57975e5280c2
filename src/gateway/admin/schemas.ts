import { z } from 'zod';
import { PERMISSIONS, PolicyRuleSchema, RoleInputSchema } from '../../access/index.js';

/** Request and response shapes of the admin API; the OpenAPI document is generated from these. */

const tenantRef = z.string().min(1).max(100).describe('tenant name or id');
const username = z.string().min(1).max(200);
const UNIT_MS: Record<string, number> = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
const duration = z
  .string()
  .regex(/^\d{1,6}[smhdw]$/)
  .refine((v) => Number(v.slice(0, -1)) * UNIT_MS[v.slice(-1)]! <= 10 * 366 * 864e5, { message: 'at most 10 years' })
  .describe('a duration: 30m, 24h, 90d, 2w (at most 10 years)');
const iso = z.string().describe('ISO 8601 time');

export const LoginBody = z
  .object({ tenant: tenantRef, username, password: z.string().min(1).max(1024), code: z.string().min(6).max(19).describe('a TOTP code or a recovery code') })
  .strict();
export const MfaBeginBody = z.object({ tenant: tenantRef, username, password: z.string().min(1).max(1024) }).strict();
export const MfaConfirmBody = MfaBeginBody.extend({ code: z.string().regex(/^\d{6}$/) }).strict();
export const PasswordChange = z.object({ password: z.string().min(1).max(1024), code: z.string().regex(/^\d{6}$/), newPassword: z.string().min(12).max(1024) }).strict();
export const Session = z.object({ token: z.string().describe('bearer token phs_…, shown once'), sessionId: z.string(), idleSeconds: z.number(), expiresAt: iso });
export const MfaBegin = z.object({ provisioningUri: z.string().describe('otpauth:// URI for an authenticator app'), secret: z.string() });
export const MfaConfirm = z.object({ recoveryCodes: z.array(z.string()).describe('ten single-use codes, shown once') });

export const Tenant = z.object({ id: z.string(), name: z.string(), createdAt: iso, shredded: z.boolean() });
export const TenantCreate = z.object({ name: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/) }).strict();

export const User = z.object({
  id: z.string(),
  tenantId: z.string(),
  username: z.string(),
  role: z.string(),
  mfaEnrolled: z.boolean(),
  lockedUntil: iso.nullable(),
  lastLoginAt: iso.nullable(),
  createdAt: iso,
  deactivatedAt: iso.nullable(),
});
export const UserCreate = z.object({ username: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._@+-]{0,199}$/), role: z.string(), password: z.string().min(12).max(1024) }).strict();
export const UserRole = z.object({ role: z.string() }).strict();
export const UserPassword = z.object({ password: z.string().min(12).max(1024) }).strict();
export const Deactivation = z.object({ user: User, sessionsEnded: z.number(), keysRevoked: z.number() });

export const ApiKey = z.object({
  id: z.string(),
  tenantId: z.string(),
  prefix: z.string(),
  principal: z.string(),
  role: z.string(),
  createdAt: iso,
  expiresAt: iso.nullable(),
  revokedAt: iso.nullable(),
  scopes: z.array(z.string()).nullable(),
  rotatedTo: z.string().nullable(),
  userId: z.string().nullable(),
});
export const ApiKeyCreate = z
  .object({ principal: z.string().min(1).max(200), role: z.string(), expires: duration.optional(), scopes: z.array(z.enum(PERMISSIONS)).optional(), userId: z.string().uuid().optional() })
  .strict();
export const ApiKeyCreated = z.object({ info: ApiKey, key: z.string().describe('phg_…, shown once') });
export const ApiKeyRotate = z.object({ grace: duration.optional().describe('how long the old key keeps working (default 0)') }).strict();
export const ApiKeyRotated = z.object({ info: ApiKey, key: z.string(), old: ApiKey });

export const Role = z.object({ name: z.string(), description: z.string(), permissions: z.array(z.string()), builtin: z.boolean() });
export const RoleBody = RoleInputSchema.omit({ name: true });
export const PolicyRule = PolicyRuleSchema;
export const PolicyRef = z.object({ role: z.string(), purpose: z.string() }).strict();

export const Vendor = z.object({
  name: z.string(),
  baaSignedOn: z.string(),
  baaExpiresOn: z.string(),
  services: z.array(z.string()),
  documentRef: z.string().nullable(),
  lastReviewedOn: z.string().nullable(),
  createdAt: iso,
  updatedAt: iso,
});
export const VendorCreate = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/),
    baaSignedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    baaExpiresOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    services: z.array(z.enum(['chat', 'embeddings'])).min(1),
    documentRef: z.string().max(500).nullable().optional(),
    lastReviewedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
  })
  .strict();
export const VendorPatch = VendorCreate.omit({ name: true }).partial().strict();

export const BreakGlassStart = z.object({ reason: z.string().min(10).max(1000), duration: duration.optional().describe('at most 4h; default 1h') }).strict();
export const BreakGlass = z.object({
  id: z.string(),
  tenantId: z.string(),
  principal: z.string(),
  via: z.string(),
  subject: z.string().nullable().describe('the credential the grant elevates: user:<id>, key:<id> or jwt:<issuer>:<principal>'),
  startedAt: iso,
  expiresAt: iso,
  endedAt: iso.nullable(),
  reviewedAt: iso.nullable(),
  reviewedBy: z.string().nullable(),
  active: z.boolean(),
  reason: z.string().optional(),
  activity: z.object({ requests: z.number(), patients: z.number() }).optional().describe('requests stating BTG under the grant, and distinct patients they named (from the audit log)'),
});

export const Ok = z.object({ ok: z.literal(true) });
export const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string(), type: z.string() }) });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[0-9:.]+Z?)?$/)
  .refine((v) => !Number.isNaN(Date.parse(v)) && Number(v.slice(0, 4)) >= 1970, { message: 'not a date from 1970 on' });
export const AuditQuery = z.object({ from: isoDate.optional(), to: isoDate.optional(), limit: z.coerce.number().int().min(1).max(10_000).default(1000) }).strict();
export const DisclosureQuery = z.object({ patient: z.string().min(1).max(256), from: isoDate.optional(), to: isoDate.optional() }).strict();
