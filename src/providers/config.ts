/**
 * Routes file: maps public model names to providers. JSON, validated with zod; errors name the
 * field (path) and never print values, so a secret pasted into the wrong field is not echoed.
 * Upstream keys are never in the file: a route names the environment variable holding its key.
 *
 * Transport rule: `baseUrl` must be `https:`; `http:` is accepted only for a loopback host
 * (127.0.0.0/8, ::1, localhost) or on a route marked `self_hosted` (code `insecure_upstream`).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PhigateError } from '../common/errors.js';
import { PROVIDER_KINDS, type OpenAIModelList, type ProviderKind, type ProviderSettings, type Service } from './types.js';

export const DEFAULT_TIMEOUT_MS = 60_000;
export const MAX_TIMEOUT_MS = 600_000;

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,127}$/;

export const RouteSchema = z
  .object({
    /** Provider protocol. */
    provider: z.enum(PROVIDER_KINDS as [ProviderKind, ...ProviderKind[]]),
    /** Model name sent upstream (Azure: the deployment name). Defaults to the route's own name. */
    upstreamModel: z.string().min(1).max(256).optional(),
    /** Upstream base URL; see docs/providers.md for each provider's default and form. */
    baseUrl: z.string().min(1).max(2048).optional(),
    /** Name of the environment variable holding the upstream key. */
    apiKeyEnv: z.string().regex(ENV_NAME, 'must be an environment variable name').max(128).optional(),
    /** Vendor name in the BAA register (e.g. "openai"). */
    vendor: z.string().min(1).max(128).regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lower-case letters, digits, ".", "_" or "-"'),
    /** Runs inside the operator's own infrastructure: no BAA needed, plain http permitted. */
    self_hosted: z.boolean().default(false),
    /** Upstream timeout in milliseconds. */
    timeoutMs: z.number().int().min(1).max(MAX_TIMEOUT_MS).default(DEFAULT_TIMEOUT_MS),
    /** Services this route offers. */
    services: z.array(z.enum(['chat', 'embeddings'])).min(1).default(['chat']),
    /** Azure OpenAI `api-version`. */
    apiVersion: z.string().min(1).max(64).optional(),
    /** Anthropic `anthropic-version` header. */
    anthropicVersion: z.string().min(1).max(64).optional(),
    /** PEM file of extra CA certificates to trust for this upstream (private CA). */
    caFile: z.string().min(1).max(4096).optional(),
  })
  .strict();

export const RoutesFileSchema = z
  .object({
    /** Format version of the routes file. */
    version: z.literal(1).default(1),
    /** Public model name -> route. */
    models: z.record(z.string().regex(MODEL_NAME, 'invalid model name'), RouteSchema),
  })
  .strict();

export type RouteInput = z.input<typeof RouteSchema>;
export type RoutesFileInput = z.input<typeof RoutesFileSchema>;

/** A validated route, with its public model name and derived transport permission. */
export interface Route {
  model: string;
  provider: ProviderKind;
  upstreamModel: string;
  baseUrl?: string;
  apiKeyEnv?: string;
  vendor: string;
  self_hosted: boolean;
  timeoutMs: number;
  services: Service[];
  apiVersion?: string;
  anthropicVersion?: string;
  caFile?: string;
  /** Plain http permitted for this route (loopback host or self_hosted). */
  allowHttp: boolean;
}

export interface RoutesConfig {
  version: 1;
  routes: ReadonlyMap<string, Route>;
}

/** The configuration of a fresh install: one model, `inspect`, offline. */
export function defaultRoutesConfig(): RoutesConfig {
  return parseRoutesConfig({ models: { inspect: { provider: 'inspect', vendor: 'inspect', services: ['chat', 'embeddings'] } } });
}

const configError = (code: string, message: string): PhigateError => new PhigateError(code, `routes config: ${message}`, 500);

function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => String(p)).join('.') || '(root)';
}

/** A message for one zod issue that names the field and never includes the offending value. */
function describeIssue(issue: z.core.$ZodIssue): string {
  // An invalid model name is itself a value: do not print it.
  const where = issue.code === 'invalid_key' ? `${pathOf(issue.path.slice(0, -1))}.<invalid name>` : pathOf(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where}: unknown field(s) ${issue.keys.map((k) => (/^[A-Za-z_][A-Za-z0-9_]{0,31}$/.test(k) ? JSON.stringify(k) : '<unprintable>')).join(', ')}`;
    case 'invalid_type':
      return `${where}: expected ${issue.expected}`;
    case 'invalid_value':
      return `${where}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `${where}: ${issue.message ?? 'invalid format'}`;
    case 'too_small':
      return `${where}: too small or too short`;
    case 'too_big':
      return `${where}: too large or too long`;
    case 'invalid_key':
      return `${where}: invalid model name (letters, digits and . _ : / @ -, at most 128)`;
    default:
      return `${where}: invalid`;
  }
}

export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost') return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

const NEEDS_KEY: ReadonlySet<ProviderKind> = new Set(['openai', 'azure-openai', 'anthropic']);

function checkRoute(model: string, r: z.output<typeof RouteSchema>): Route {
  const at = `models.${model}`;
  if (r.provider === 'inspect') {
    for (const f of ['baseUrl', 'apiKeyEnv', 'caFile'] as const) {
      if (r[f] !== undefined) throw configError('config_invalid', `${at}.${f}: not used by the inspect provider`);
    }
  } else if (NEEDS_KEY.has(r.provider) && r.apiKeyEnv === undefined) {
    throw configError('config_invalid', `${at}.apiKeyEnv: required for provider ${r.provider}`);
  }
  if ((r.provider === 'azure-openai' || r.provider === 'openai-compatible') && r.baseUrl === undefined) {
    throw configError('config_invalid', `${at}.baseUrl: required for provider ${r.provider}`);
  }
  if (r.provider === 'anthropic' && r.services.includes('embeddings')) {
    throw configError('config_invalid', `${at}.services: provider anthropic offers no embeddings`);
  }
  let allowHttp = false;
  if (r.baseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(r.baseUrl);
    } catch {
      throw configError('config_invalid', `${at}.baseUrl: not a valid URL`);
    }
    if (url.username !== '' || url.password !== '') {
      throw configError('config_invalid', `${at}.baseUrl: must not contain credentials (use apiKeyEnv)`);
    }
    if (url.search !== '' || url.hash !== '') {
      throw configError('config_invalid', `${at}.baseUrl: must not contain a query or fragment`);
    }
    if (url.protocol === 'http:') {
      if (!isLoopbackHost(url.hostname) && !r.self_hosted) {
        throw configError(
          'insecure_upstream',
          `${at}.baseUrl: plain http is allowed only for a loopback host or a route marked self_hosted; use https`,
        );
      }
      allowHttp = true;
    } else if (url.protocol !== 'https:') {
      throw configError('insecure_upstream', `${at}.baseUrl: scheme must be https`);
    }
  }
  const route: Route = {
    model,
    provider: r.provider,
    upstreamModel: r.upstreamModel ?? model,
    vendor: r.vendor,
    // Nothing leaves the process with inspect: it counts as self-hosted (no BAA needed).
    self_hosted: r.self_hosted || r.provider === 'inspect',
    timeoutMs: r.timeoutMs,
    services: [...new Set(r.services)],
    allowHttp,
  };
  if (r.baseUrl !== undefined) route.baseUrl = r.baseUrl;
  if (r.apiKeyEnv !== undefined) route.apiKeyEnv = r.apiKeyEnv;
  if (r.apiVersion !== undefined) route.apiVersion = r.apiVersion;
  if (r.anthropicVersion !== undefined) route.anthropicVersion = r.anthropicVersion;
  if (r.caFile !== undefined) route.caFile = r.caFile;
  return route;
}

/** Validates a parsed routes file. Throws PhigateError `config_invalid` / `insecure_upstream` (500). */
export function parseRoutesConfig(input: unknown): RoutesConfig {
  const parsed = RoutesFileSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map(describeIssue).join('; ');
    throw configError('config_invalid', first);
  }
  const routes = new Map<string, Route>();
  for (const [model, r] of Object.entries(parsed.data.models)) routes.set(model, checkRoute(model, r));
  if (routes.size === 0) throw configError('config_invalid', 'models: at least one model is required');
  return { version: 1, routes };
}

/** Reads and validates a routes file (JSON). The file's content is never echoed in errors. */
export function loadRoutesConfig(path: string): RoutesConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : 'error';
    throw configError('config_unreadable', `cannot read routes file (${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw configError('config_invalid', 'routes file is not valid JSON');
  }
  return parseRoutesConfig(json);
}

/** The route for a public model name and service; `model_not_found` 404 / `unsupported` 400. */
export function resolveRoute(config: RoutesConfig, model: string, service?: Service): Route {
  const route = config.routes.get(model);
  if (!route) throw new PhigateError('model_not_found', 'model not found', 404);
  if (service !== undefined && !route.services.includes(service)) {
    throw new PhigateError('unsupported', `this model does not offer ${service}`, 400);
  }
  return route;
}

/** `GET /v1/models` answer. */
export function listModels(config: RoutesConfig): OpenAIModelList {
  return {
    object: 'list',
    data: [...config.routes.values()].map((r) => ({ id: r.model, object: 'model', created: 0, owned_by: r.vendor })),
  };
}

/**
 * Startup diagnostics: routes whose key variable is unset or whose CA file is unreadable. Lists
 * variable names only, never values.
 */
export function checkRoutesEnvironment(config: RoutesConfig, env: Record<string, string | undefined> = process.env): string[] {
  const problems: string[] = [];
  for (const r of config.routes.values()) {
    if (r.apiKeyEnv !== undefined && !env[r.apiKeyEnv]) problems.push(`model ${r.model}: environment variable ${r.apiKeyEnv} is not set`);
    if (r.caFile !== undefined) {
      try {
        readFileSync(r.caFile);
      } catch {
        problems.push(`model ${r.model}: caFile cannot be read`);
      }
    }
  }
  return problems;
}

export interface ProviderEnvironment {
  /** Where upstream keys are read from (process.env by default), at call time. */
  env?: Record<string, string | undefined>;
}

/** Derives provider settings from a route. */
export function routeSettings(route: Route, opts: ProviderEnvironment = {}): ProviderSettings {
  const env = opts.env ?? process.env;
  const settings: ProviderSettings = {
    model: route.model,
    upstreamModel: route.upstreamModel,
    timeoutMs: route.timeoutMs,
    allowHttp: route.allowHttp,
  };
  if (route.baseUrl !== undefined) settings.baseUrl = route.baseUrl;
  if (route.apiVersion !== undefined) settings.apiVersion = route.apiVersion;
  if (route.anthropicVersion !== undefined) settings.anthropicVersion = route.anthropicVersion;
  if (route.caFile !== undefined) {
    try {
      settings.ca = readFileSync(route.caFile);
    } catch {
      throw new PhigateError('config_invalid', `routes config: models.${route.model}.caFile: cannot be read`, 500);
    }
  }
  const name = route.apiKeyEnv;
  if (name !== undefined) {
    settings.apiKey = () => {
      const v = env[name];
      if (!v) throw new PhigateError('upstream_key_missing', `upstream key variable ${name} is not set`, 500);
      return v;
    };
  }
  return settings;
}
