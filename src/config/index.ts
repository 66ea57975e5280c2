import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { PhigateError } from '../common/index.js';

/**
 * phigate is configured only through environment variables (twelve-factor), validated here once
 * at start. A wrong value stops the process with a message naming the setting; values are never
 * echoed, since several settings are secrets.
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '']);

export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase();
  if (LOOPBACK_HOSTS.has(h)) return true;
  if (/^127(\.\d{1,3}){3}$/.test(h)) return true;
  return h.startsWith('/'); // a Unix socket directory never leaves the machine
}

const boolFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const envSchema = z.object({
  PHIGATE_HOST: z.string().min(1).default('127.0.0.1'),
  PHIGATE_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  PHIGATE_DATA_DIR: z.string().min(1).default('./.phigate'),
  DATABASE_URL: z.string().min(1).optional(),
  PHIGATE_TLS_CERT: z.string().min(1).optional(),
  PHIGATE_TLS_KEY: z.string().min(1).optional(),
  PHIGATE_TLS_PROXY: boolFlag.default(false),
  PHIGATE_KEY_PROVIDER: z.enum(['local', 'env']).default('local'),
  PHIGATE_MASTER_KEY: z.string().min(1).optional(),
  PHIGATE_MASTER_KEY_PREVIOUS: z.string().min(1).optional(),
  PHIGATE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PHIGATE_ROUTES: z.string().min(1).optional(),
  PHIGATE_KEY_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  PHIGATE_DEID_CACHE: z.coerce.number().int().min(0).max(1_000_000).default(10_000),
  PHIGATE_OUTPUT_PHI: z.enum(['flag', 'redact', 'block']).default('redact'),
  PHIGATE_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(600),
  PHIGATE_RATE_LIMIT_SHARED: boolFlag.default(false),
  PHIGATE_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(64 * 1024 * 1024).default(4 * 1024 * 1024),
  PHIGATE_GATEWAY_POLICY: z.string().min(1).max(4096).default('token'),
  PHIGATE_CONVERSATION_TTL: z.string().regex(/^\d{1,6}[smhdw]$/).default('7d'),
  PHIGATE_MIGRATION_DATABASE_URL: z.string().min(1).optional(),
  PHIGATE_VAULT_PURGE: z.string().regex(/^(0|\d{1,6}[smhdw])$/).default('5m'),
});

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  /**
   * A second PostgreSQL URL, of the schema owner, used only to apply migrations; DATABASE_URL may then
   * name a login role that is nothing but a member of phigate_app (least privilege at run time).
   */
  migrationDatabaseUrl?: string;
  tls?: { certFile: string; keyFile: string };
  tlsProxy: boolean;
  keyProvider: 'local' | 'env';
  masterKey?: string;
  masterKeyPrevious?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  routesFile?: string;
  /** How long a verified API key or unwrapped data key may be reused from memory. */
  keyCacheSeconds: number;
  /** Texts whose detected spans the gateway remembers (0: none); see gateway/detect-cache.ts. */
  deidCacheEntries: number;
  /** What the gateway does with identifiers found in a model's answer that it was not given. */
  outputPhi: 'flag' | 'redact' | 'block';
  /** Requests per minute per API key: per instance, or across instances when `rateLimitShared`. */
  rateLimitPerMinute: number;
  /** Count requests in the database, so several instances on one PostgreSQL share each key's limit. */
  rateLimitShared: boolean;
  maxBodyBytes: number;
  /** Lifetime of conversation-scoped vault tokens, in seconds (renewed when used again). */
  conversationTtlSeconds: number;
  /** How often a running server deletes expired vault entries, in seconds (0 = never; `vault purge` by hand). */
  vaultPurgeSeconds: number;
  /** De-identification policy of the gateway: a built-in name (token, surrogate, safe-harbor, redact) or a JSON file. */
  gatewayPolicy: string;
}

/** Throws PhigateError('config_invalid') naming the first bad setting; never includes its value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const picked: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') picked[key] = v;
  }
  const parsed = envSchema.safeParse(picked);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new PhigateError('config_invalid', `invalid setting ${name}: ${describeIssue(issue)}`, 500, { setting: name });
  }
  const e = parsed.data;
  if (Boolean(e.PHIGATE_TLS_CERT) !== Boolean(e.PHIGATE_TLS_KEY)) {
    throw new PhigateError('config_invalid', 'PHIGATE_TLS_CERT and PHIGATE_TLS_KEY must be set together', 500, {
      setting: e.PHIGATE_TLS_CERT ? 'PHIGATE_TLS_KEY' : 'PHIGATE_TLS_CERT',
    });
  }
  if (e.PHIGATE_KEY_PROVIDER === 'env' && !e.PHIGATE_MASTER_KEY) {
    throw new PhigateError('config_invalid', 'PHIGATE_MASTER_KEY is required when PHIGATE_KEY_PROVIDER=env', 500, {
      setting: 'PHIGATE_MASTER_KEY',
    });
  }
  const config: Config = {
    host: e.PHIGATE_HOST,
    port: e.PHIGATE_PORT,
    dataDir: isAbsolute(e.PHIGATE_DATA_DIR) ? e.PHIGATE_DATA_DIR : resolve(cwd, e.PHIGATE_DATA_DIR),
    tlsProxy: e.PHIGATE_TLS_PROXY,
    keyProvider: e.PHIGATE_KEY_PROVIDER,
    logLevel: e.PHIGATE_LOG_LEVEL,
    keyCacheSeconds: e.PHIGATE_KEY_CACHE_SECONDS,
    deidCacheEntries: e.PHIGATE_DEID_CACHE,
    outputPhi: e.PHIGATE_OUTPUT_PHI,
    rateLimitPerMinute: e.PHIGATE_RATE_LIMIT,
    rateLimitShared: e.PHIGATE_RATE_LIMIT_SHARED,
    maxBodyBytes: e.PHIGATE_MAX_BODY_BYTES,
    conversationTtlSeconds: durationSeconds(e.PHIGATE_CONVERSATION_TTL),
    vaultPurgeSeconds: e.PHIGATE_VAULT_PURGE === '0' ? 0 : durationSeconds(e.PHIGATE_VAULT_PURGE),
    gatewayPolicy: e.PHIGATE_GATEWAY_POLICY,
  };
  if (e.DATABASE_URL) {
    checkDatabaseUrl(e.DATABASE_URL);
    config.databaseUrl = e.DATABASE_URL;
  }
  if (e.PHIGATE_MIGRATION_DATABASE_URL) {
    if (!e.DATABASE_URL) throw new PhigateError('config_invalid', 'PHIGATE_MIGRATION_DATABASE_URL needs DATABASE_URL', 500, { setting: 'PHIGATE_MIGRATION_DATABASE_URL' });
    checkDatabaseUrl(e.PHIGATE_MIGRATION_DATABASE_URL, 'PHIGATE_MIGRATION_DATABASE_URL');
    config.migrationDatabaseUrl = e.PHIGATE_MIGRATION_DATABASE_URL;
  }
  if (e.PHIGATE_TLS_CERT && e.PHIGATE_TLS_KEY) config.tls = { certFile: e.PHIGATE_TLS_CERT, keyFile: e.PHIGATE_TLS_KEY };
  if (e.PHIGATE_MASTER_KEY) config.masterKey = e.PHIGATE_MASTER_KEY;
  if (e.PHIGATE_MASTER_KEY_PREVIOUS) config.masterKeyPrevious = e.PHIGATE_MASTER_KEY_PREVIOUS;
  if (e.PHIGATE_ROUTES) config.routesFile = isAbsolute(e.PHIGATE_ROUTES) ? e.PHIGATE_ROUTES : resolve(cwd, e.PHIGATE_ROUTES);
  return config;
}

/** Serving on a non-loopback address needs TLS, or an explicit statement that a TLS proxy is in front. */
export function checkListenSecurity(config: Config): void {
  if (isLoopbackHost(config.host) || config.tls || config.tlsProxy) return;
  throw new PhigateError(
    'tls_required',
    'PHIGATE_HOST is not a loopback address and no TLS is configured: set PHIGATE_TLS_CERT and PHIGATE_TLS_KEY, ' +
      'or PHIGATE_TLS_PROXY=1 if a TLS-terminating proxy is in front',
    500,
    { setting: 'PHIGATE_HOST' },
  );
}

const TLS_SSLMODES = new Set(['require', 'verify-ca', 'verify-full']);

/** A database that is not on this machine must be reached over TLS. */
export function checkDatabaseUrl(url: string, setting = 'DATABASE_URL'): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new PhigateError('config_invalid', `invalid setting ${setting}: not a URL`, 500, { setting });
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new PhigateError('config_invalid', `invalid setting ${setting}: must start with postgres://`, 500, {
      setting,
    });
  }
  const socketHost = u.searchParams.get('host');
  const host = socketHost ?? decodeURIComponent(u.hostname);
  if (isLoopbackHost(host)) return;
  const sslmode = u.searchParams.get('sslmode') ?? '';
  if (!TLS_SSLMODES.has(sslmode)) {
    throw new PhigateError(
      'database_tls_required',
      `${setting} points to another machine without TLS: add sslmode=verify-full (or require) to it`,
      500,
      { setting },
    );
  }
}

function durationSeconds(s: string): number {
  const n = Number(s.slice(0, -1));
  return n * { s: 1, m: 60, h: 3600, d: 86400, w: 604800 }[s.slice(-1) as 's' | 'm' | 'h' | 'd' | 'w'];
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid';
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
    case 'too_big':
      return 'out of range';
    case 'invalid_type':
      return `expected ${issue.expected}`;
    default:
      return 'invalid value';
  }
}
