export { TenantService, type Tenant } from './tenants.js';
export { ApiKeyService, requirePermission, parseDuration, type ApiKeyInfo, type Principal, type CreateKeyInput } from './api-keys.js';
export { RoleService, PERMISSIONS, isPermission, RoleInputSchema, ROLE_NAME, type Permission, type Role, type RoleInput } from './roles.js';
export {
  PolicyService,
  PolicyRuleSchema,
  DEFAULT_POLICY_RULES,
  decide,
  hideFhirFields,
  hideFhirInText,
  hideFhirInJson,
  partitionTokens,
  tokenKind,
  type PolicyRule,
  type PolicyRuleInput,
  type RestoreDecision,
} from './policy.js';
export { loadAccessConfig, MAX_IDLE_SECONDS, type AccessConfig, type OidcConfig } from './config.js';
export { UserService, ARGON2_OPTIONS, type User, type SessionInfo } from './users.js';
export { WorkloadIdentity, looksLikeJwt } from './workload.js';
export { BreakGlassService, BREAK_GLASS_PERMISSIONS, BREAK_GLASS_MAX_MS, principalActor, type BreakGlassGrant } from './break-glass.js';
export { Authenticator, effectivePrincipal } from './authenticator.js';
export { sharedRateStore, purgeRateWindows, rateKey } from './rate-limit.js';
