import { mkdirSync } from 'node:fs';
import {
  ApiKeyService,
  Authenticator,
  BreakGlassService,
  loadAccessConfig,
  PolicyService,
  RoleService,
  TenantService,
  UserService,
  WorkloadIdentity,
  type AccessConfig,
} from '../access/index.js';
import { AuditService, INVALIDATE_CHANNEL } from '../audit/index.js';
import type { Config } from '../config/index.js';
import { createKeyProvider, KeyService, type KeyProvider } from '../crypto/index.js';
import { openStore, type Store } from '../store/index.js';
import { Vault } from '../vault/index.js';
import { VendorRegister } from '../vendors/index.js';

export { purgeExpiredVault, startHousekeeping, type Housekeeping } from './housekeeping.js';

/** Everything a running phigate (server or CLI) works with; the composition root. */
export interface Services {
  config: Config;
  store: Store;
  keyProvider: KeyProvider;
  keys: KeyService;
  vault: Vault;
  tenants: TenantService;
  apiKeys: ApiKeyService;
  /** The tamper-evident audit log (fail-closed: `append` throws `audit_unavailable` when it cannot write). */
  audit: AuditService;
  vendors: VendorRegister;
  /** Access control: roles, minimum-necessary policies, users and sessions, workload identity, break-glass. */
  accessConfig: AccessConfig;
  roles: RoleService;
  policies: PolicyService;
  users: UserService;
  breakGlass: BreakGlassService;
  /** Present when an OpenID Connect provider is configured (PHIGATE_OIDC_*). */
  workload?: WorkloadIdentity;
  /** API keys, sessions and workload JWTs behind one call. */
  authenticator: Authenticator;
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** Use this store instead of opening one from the configuration (tests). */
  store?: Store;
  /** Use this key provider instead of the configured one (tests). */
  keyProvider?: KeyProvider;
  /** Access-control settings instead of the PHIGATE_SESSION_* / PHIGATE_OIDC_* environment (tests). */
  access?: AccessConfig;
}

export async function createServices(config: Config, opts: ServiceOptions = {}): Promise<Services> {
  // The key provider first: a keyring with loose permissions must stop start before any data is touched.
  let keyProvider = opts.keyProvider;
  if (!keyProvider) {
    if (config.keyProvider === 'local') mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    keyProvider = createKeyProvider(config);
  }
  const store =
    opts.store ??
    (await openStore(
      config.databaseUrl
        ? { databaseUrl: config.databaseUrl, ...(config.migrationDatabaseUrl ? { migrationUrl: config.migrationDatabaseUrl } : {}) }
        : { dataDir: `${config.dataDir}/db` },
    ));
  const keys = new KeyService(store, keyProvider, config.keyCacheSeconds);
  const audit = new AuditService(store, keys);
  keys.auditor = audit;
  const accessConfig = opts.access ?? loadAccessConfig();
  const tenants = new TenantService(store, keys, audit);
  const roles = new RoleService(store, config.keyCacheSeconds, audit);
  const apiKeys = new ApiKeyService(store, config.keyCacheSeconds, audit, roles);
  const users = new UserService(store, keys, audit, apiKeys, roles, accessConfig);
  const breakGlass = new BreakGlassService(store, keys, audit);
  const workload = accessConfig.oidc ? new WorkloadIdentity(accessConfig.oidc, tenants, roles) : undefined;
  const policies = new PolicyService(store, config.keyCacheSeconds, audit);
  // An admin change made by any process on the database (announced by AuditService.admin when it
  // commits) empties the caches here at once: other instances on one PostgreSQL, and this process
  // itself (a role change also changes what cached keys may do). The cache lifetime is a backstop.
  let stopListening: (() => Promise<void>) | undefined;
  {
    try {
      stopListening = await store.listen(INVALIDATE_CHANNEL, (tenant) => {
        const one = /^[0-9a-f-]{36}$/.test(tenant) ? tenant : undefined;
        apiKeys.forget();
        roles.forget();
        workload?.forget();
        keys.forget(one);
        policies.forget(one);
      });
    } catch (e) {
      if (!opts.store) await store.close();
      throw e;
    }
  }
  return {
    config,
    store,
    keyProvider,
    keys,
    vault: new Vault(store, keys),
    tenants,
    apiKeys,
    audit,
    vendors: new VendorRegister(store, audit),
    accessConfig,
    roles,
    policies,
    users,
    breakGlass,
    ...(workload ? { workload } : {}),
    authenticator: new Authenticator(apiKeys, users, workload, breakGlass),
    close: async () => {
      await stopListening?.();
      if (!opts.store) await store.close();
    },
  };
}
