export { TenantService, type Tenant } from './tenants.js';
export { ApiKeyService, requirePermission, parseDuration, type ApiKeyInfo, type Principal } from './api-keys.js';
