import { z } from 'zod';
import { PhigateError } from '../common/index.js';
import { parseDuration } from './api-keys.js';

/**
 * Settings of access control, from the environment (validated at start like the rest of the
 * configuration; a wrong value names the setting, never its value).
 *
 * - PHIGATE_SESSION_IDLE (15m): idle timeout of a person's session; at most 15m, at least 1m.
 * - PHIGATE_SESSION_MAX (12h): absolute lifetime of a session (1m to 24h).
 * - PHIGATE_LOCKOUT_THRESHOLD (5): failed logins before the account locks.
 * - PHIGATE_LOCKOUT_BASE (1m): first lock; doubles with each further failure, up to 1h.
 * - PHIGATE_OIDC_ISSUER, PHIGATE_OIDC_AUDIENCE, PHIGATE_OIDC_JWKS_URL: workload identity (all three or none).
 * - PHIGATE_OIDC_TENANT_CLAIM (phigate_tenant), PHIGATE_OIDC_PRINCIPAL_CLAIM (sub),
 *   PHIGATE_OIDC_ROLE_CLAIM (phigate_role): claim mapping; PHIGATE_OIDC_TENANT fixes the tenant
 *   (name or id) when the provider cannot emit a tenant claim; PHIGATE_OIDC_ROLE likewise the role.
 * - PHIGATE_OIDC_ALGORITHMS (RS256,ES256,EdDSA,PS256): accepted signature algorithms.
 * - PHIGATE_OPERATOR_TENANT: admins of this tenant also administer deployment-wide things through
 *   the admin API (tenants, the BAA register). Unset: those stay CLI-only.
 */
export interface OidcConfig {
  issuer: string;
  audience: string;
  jwksUrl: string;
  tenantClaim: string;
  principalClaim: string;
  roleClaim: string;
  fixedTenant?: string;
  fixedRole?: string;
  algorithms: string[];
  clockToleranceSeconds: number;
}

export interface AccessConfig {
  sessionIdleSeconds: number;
  sessionMaxSeconds: number;
  lockoutThreshold: number;
  lockoutBaseSeconds: number;
  lockoutMaxSeconds: number;
  oidc?: OidcConfig;
  operatorTenant?: string;
}

export const MAX_IDLE_SECONDS = 15 * 60;

const duration = (min: number, max: number) =>
  z.string().regex(/^\d{1,6}[smhdw]$/).transform((s) => parseDuration(s) / 1000).pipe(z.number().min(min).max(max));
const claim = z.string().regex(/^[A-Za-z_][A-Za-z0-9_.:/-]{0,127}$/);

const envSchema = z.object({
  PHIGATE_SESSION_IDLE: duration(60, MAX_IDLE_SECONDS).default(MAX_IDLE_SECONDS),
  PHIGATE_SESSION_MAX: duration(60, 86_400).default(12 * 3600),
  PHIGATE_LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  PHIGATE_LOCKOUT_BASE: duration(1, 3600).default(60),
  PHIGATE_OIDC_ISSUER: z.string().url().optional(),
  PHIGATE_OIDC_AUDIENCE: z.string().min(1).max(500).optional(),
  PHIGATE_OIDC_JWKS_URL: z.string().url().optional(),
  PHIGATE_OIDC_TENANT_CLAIM: claim.default('phigate_tenant'),
  PHIGATE_OIDC_PRINCIPAL_CLAIM: claim.default('sub'),
  PHIGATE_OIDC_ROLE_CLAIM: claim.default('phigate_role'),
  PHIGATE_OIDC_TENANT: z.string().min(1).max(100).optional(),
  PHIGATE_OIDC_ROLE: z.string().regex(/^[a-z][a-z0-9_-]{0,62}$/).optional(),
  PHIGATE_OIDC_ALGORITHMS: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'])).min(1))
    .default(['RS256', 'ES256', 'EdDSA', 'PS256']),
  PHIGATE_OIDC_CLOCK_TOLERANCE: duration(0, 300).default(30),
  PHIGATE_OPERATOR_TENANT: z.string().min(1).max(100).optional(),
});

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export function loadAccessConfig(env: NodeJS.ProcessEnv = process.env): AccessConfig {
  const picked: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') picked[key] = v;
  }
  const r = envSchema.safeParse(picked);
  if (!r.success) {
    const name = String(r.error.issues[0]?.path[0] ?? 'environment');
    throw new PhigateError('config_invalid', `invalid setting ${name}${name === 'PHIGATE_SESSION_IDLE' ? ' (1m to 15m)' : ''}`, 500, { setting: name });
  }
  const e = r.data;
  const cfg: AccessConfig = {
    sessionIdleSeconds: e.PHIGATE_SESSION_IDLE,
    sessionMaxSeconds: Math.max(e.PHIGATE_SESSION_MAX, e.PHIGATE_SESSION_IDLE),
    lockoutThreshold: e.PHIGATE_LOCKOUT_THRESHOLD,
    lockoutBaseSeconds: e.PHIGATE_LOCKOUT_BASE,
    lockoutMaxSeconds: 3600,
    ...(e.PHIGATE_OPERATOR_TENANT ? { operatorTenant: e.PHIGATE_OPERATOR_TENANT } : {}),
  };
  const oidcSet = [e.PHIGATE_OIDC_ISSUER, e.PHIGATE_OIDC_AUDIENCE, e.PHIGATE_OIDC_JWKS_URL].filter(Boolean).length;
  if (oidcSet > 0 && oidcSet < 3) {
    throw new PhigateError('config_invalid', 'PHIGATE_OIDC_ISSUER, PHIGATE_OIDC_AUDIENCE and PHIGATE_OIDC_JWKS_URL are set together', 500, { setting: 'PHIGATE_OIDC_JWKS_URL' });
  }
  if (e.PHIGATE_OIDC_ISSUER && e.PHIGATE_OIDC_AUDIENCE && e.PHIGATE_OIDC_JWKS_URL) {
    const u = new URL(e.PHIGATE_OIDC_JWKS_URL);
    if (u.protocol !== 'https:' && !(u.protocol === 'http:' && LOOPBACK.test(u.hostname))) {
      throw new PhigateError('config_invalid', 'invalid setting PHIGATE_OIDC_JWKS_URL: must be https (plain http only on a loopback address)', 500, { setting: 'PHIGATE_OIDC_JWKS_URL' });
    }
    cfg.oidc = {
      issuer: e.PHIGATE_OIDC_ISSUER,
      audience: e.PHIGATE_OIDC_AUDIENCE,
      jwksUrl: e.PHIGATE_OIDC_JWKS_URL,
      tenantClaim: e.PHIGATE_OIDC_TENANT_CLAIM,
      principalClaim: e.PHIGATE_OIDC_PRINCIPAL_CLAIM,
      roleClaim: e.PHIGATE_OIDC_ROLE_CLAIM,
      algorithms: e.PHIGATE_OIDC_ALGORITHMS,
      clockToleranceSeconds: e.PHIGATE_OIDC_CLOCK_TOLERANCE,
      ...(e.PHIGATE_OIDC_TENANT ? { fixedTenant: e.PHIGATE_OIDC_TENANT } : {}),
      ...(e.PHIGATE_OIDC_ROLE ? { fixedRole: e.PHIGATE_OIDC_ROLE } : {}),
    };
  }
  return cfg;
}
