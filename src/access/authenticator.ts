import { PhigateError } from '../common/index.js';
import type { ApiKeyService, Principal } from './api-keys.js';
import { BREAK_GLASS_PERMISSIONS, type BreakGlassService } from './break-glass.js';
import type { UserService } from './users.js';
import { looksLikeJwt, type WorkloadIdentity } from './workload.js';

/**
 * One front door for every credential a request may present as a bearer: an API key
 * (`phg_…`), a person's session (`phs_…`) or, when an identity provider is configured, a
 * workload's JWT. Anything else is 401 `invalid_api_key` (the code the SDKs already know).
 */
export class Authenticator {
  constructor(
    private readonly apiKeys: ApiKeyService,
    private readonly users?: UserService,
    private readonly workload?: WorkloadIdentity,
    private readonly breakGlass?: BreakGlassService,
  ) {}

  async authenticate(presented: string | undefined, opts: { breakGlass?: boolean } = {}): Promise<Principal> {
    let p: Principal;
    if (presented?.startsWith('phs_') && this.users) p = await this.users.authenticateSession(presented);
    else if (presented && this.workload && !presented.startsWith('phg_') && looksLikeJwt(presented)) p = await this.workload.authenticate(presented);
    else p = await this.apiKeys.authenticate(presented);
    if (opts.breakGlass && this.breakGlass) {
      // Matched on the credential's identity (user, key, workload issuer and subject), not its name.
      const g = await this.breakGlass.active(p);
      if (g) p = { ...p, breakGlass: { id: g.id, expiresAt: g.expiresAt } };
    }
    return p;
  }
}

/**
 * The principal a request acts as for its purpose of use: with purpose BTG, an active break-glass
 * grant adds its permissions (and without one the request is refused, 403 `break_glass_required`).
 */
export function effectivePrincipal(p: Principal, purpose: string): Principal {
  if (purpose !== 'BTG') return p;
  if (!p.breakGlass) throw new PhigateError('break_glass_required', 'purpose BTG needs an active break-glass grant (state the emergency reason first)', 403);
  return { ...p, permissions: new Set([...p.permissions, ...BREAK_GLASS_PERMISSIONS]) };
}
