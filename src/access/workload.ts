import { createHash } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { PhigateError } from '../common/index.js';
import type { Principal } from './api-keys.js';
import type { OidcConfig } from './config.js';
import type { RoleService } from './roles.js';
import type { TenantService } from './tenants.js';

const JWT_SHAPE = /^[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}$/;
export const looksLikeJwt = (s: string): boolean => s.length < 16_384 && JWT_SHAPE.test(s);

const invalidToken = () => new PhigateError('invalid_token', 'the bearer token is not valid for this gateway (signature, issuer, audience, expiry or claims)', 401);
const PRINCIPAL = /^[^\u0000-\u001f\u007f]{1,200}$/;

/** A claim by name; dotted names reach into objects ("realm_access.role"). */
function claimValue(payload: JWTPayload, name: string): unknown {
  if (name in payload) return payload[name];
  let v: unknown = payload;
  for (const part of name.split('.')) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/**
 * Workload identity: bearer JWTs from the operator's OpenID Connect provider, verified with
 * `jose` against its JWKS (fetched and cached by jose, refreshed when an unknown key id shows up):
 * signature, algorithm allow-list, issuer, audience, expiry and not-before (with a small clock
 * tolerance). Claims map to tenant (name or id), principal and role; a role the tenant does not
 * have is refused. Nothing of the token appears in an error.
 */
export class WorkloadIdentity {
  private readonly jwks: JWTVerifyGetKey;
  private readonly tenantIds = new Map<string, { id: string; until: number }>();
  /** Injectable clock (tests). */
  now: () => number = Date.now;

  constructor(
    readonly config: OidcConfig,
    private readonly tenants: TenantService,
    private readonly roles: RoleService,
    jwks?: JWTVerifyGetKey,
  ) {
    this.jwks = jwks ?? createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000, cacheMaxAge: 600_000 });
  }

  async authenticate(token: string): Promise<Principal> {
    if (!looksLikeJwt(token)) throw invalidToken();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.jwks, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: this.config.algorithms,
        clockTolerance: this.config.clockToleranceSeconds,
        currentDate: new Date(this.now()),
        requiredClaims: ['exp'],
      }));
    } catch {
      throw invalidToken();
    }
    const tenantRef = this.config.fixedTenant ?? claimValue(payload, this.config.tenantClaim);
    const principal = claimValue(payload, this.config.principalClaim);
    const role = this.config.fixedRole ?? claimValue(payload, this.config.roleClaim);
    if (typeof tenantRef !== 'string' || typeof principal !== 'string' || typeof role !== 'string' || !PRINCIPAL.test(principal)) throw invalidToken();
    let tenantId: string;
    try {
      tenantId = await this.tenantId(tenantRef);
    } catch {
      throw invalidToken();
    }
    const r = await this.roles.find(tenantId, role);
    if (!r) throw invalidToken();
    // Letters only: the audit log refuses long digit runs in identifiers.
    const issuerTag = [...createHash('sha256').update(this.config.issuer).digest().subarray(0, 12)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
    return {
      tenantId,
      principal,
      role,
      permissions: new Set(r.permissions),
      keyId: `jwt:${issuerTag}`,
      via: 'workload',
    };
  }

  /** Drops the remembered tenants (a tenant shredded by this process or, announced, by another). */
  forget(): void {
    this.tenantIds.clear();
  }

  private async tenantId(ref: string): Promise<string> {
    const now = this.now();
    const hit = this.tenantIds.get(ref);
    if (hit && hit.until > now) return hit.id;
    const t = await this.tenants.get(ref);
    if (t.shredded) throw invalidToken();
    this.tenantIds.set(ref, { id: t.id, until: now + 30_000 });
    return t.id;
  }
}
