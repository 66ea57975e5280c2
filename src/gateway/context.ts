import { createHash, randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { effectivePrincipal, requirePermission, type Principal } from '../access/index.js';
import type { Services } from '../app/index.js';
import { parsePurpose, type AuditEventInput } from '../audit/index.js';
import { PhigateError } from '../common/index.js';
import {
  closeProvider,
  createProvider,
  defaultRoutesConfig,
  listModels,
  loadRoutesConfig,
  resolveRoute,
  type Provider,
  type Route,
  type RoutesConfig,
  type Service,
} from '../providers/index.js';
import { baaState } from '../vendors/index.js';
import { detect, detectMany, loadPolicy, type OperatorKeys, type Policy } from '../deid/index.js';
import { DetectionCache } from './detect-cache.js';
import { DetectBatcher } from './detect-batch.js';
import { policySendsIdentifiers, protectSlots, type Detector } from './protect.js';

/** Everything the API routes share: services, routes, one provider per route. */
export class Gateway {
  readonly routes: RoutesConfig;
  /** De-identification policy applied to every request (PHIGATE_GATEWAY_POLICY). */
  readonly policy: Policy;
  /** Whether that policy lets identifiers out in clear (then a BAA is needed, as for pass-through). */
  readonly policyRevealsIdentifiers: boolean;
  /** The PHI detector used on answers (the deid library's; replaceable in tests). */
  detector: Detector = detect;
  /** Answers that arrive together, read together (non-streamed answers; with `detector` when a test replaced it). */
  readonly answerBatcher = new DetectBatcher((texts, options) => (this.detector === detect ? detectMany(texts, options) : texts.map((t) => this.detector(t))), {});
  /** The request de-identification step (replaceable in tests to inject failures). */
  protect: typeof protectSlots = protectSlots;
  /** Spans of request texts already read (PHIGATE_DEID_CACHE entries; none when 0). */
  readonly detectionCache: DetectionCache;
  /** The library's detector behind that cache. */
  readonly requestDetector: typeof detect;
  /** The same for many texts at once (detectMany), sharing the cache. */
  readonly requestDetectorMany: typeof detectMany;
  /** Concurrent requests' texts read together (through the cache), with the policy's detection options. */
  readonly requestBatcher: DetectBatcher;
  private readonly providers = new Map<string, Provider>();

  constructor(
    readonly services: Services,
    routes?: RoutesConfig,
  ) {
    this.routes = routes ?? (services.config.routesFile ? loadRoutesConfig(services.config.routesFile) : defaultRoutesConfig());
    try {
      this.policy = loadPolicy(services.config.gatewayPolicy);
    } catch (e) {
      const code = (e as { code?: string }).code ?? 'invalid_policy';
      throw new PhigateError('config_invalid', `invalid setting PHIGATE_GATEWAY_POLICY: ${code}`, 500, { setting: 'PHIGATE_GATEWAY_POLICY' });
    }
    this.policyRevealsIdentifiers = policySendsIdentifiers(this.policy);
    this.detectionCache = new DetectionCache(services.config.deidCacheEntries);
    this.requestDetector = this.detectionCache.wrap(detect);
    this.requestDetectorMany = this.detectionCache.wrapMany(detect, detectMany);
    this.requestBatcher = new DetectBatcher(this.requestDetectorMany, { types: this.policy.detectTypes, allow: this.policy.allow, deny: this.policy.deny });
    const ops = [this.policy.default, ...Object.values(this.policy.types), ...Object.values(this.policy.fields).map((f) => f.operator)];
    this.needsOperatorKeys = ops.some((op) => op === 'surrogate' || op === 'date-shift');
  }

  /** Whether the policy uses surrogates or date shifts (which need per-tenant secrets). */
  readonly needsOperatorKeys: boolean;

  /** Per-tenant secrets of the surrogate and date-shift operators. */
  async operatorKeys(tenantId: string): Promise<OperatorKeys> {
    return this.services.keys.operatorSecrets(tenantId);
  }

  provider(route: Route): Provider {
    let p = this.providers.get(route.model);
    if (!p) {
      p = createProvider(route);
      this.providers.set(route.model, p);
    }
    return p;
  }

  models() {
    return listModels(this.routes);
  }

  close(): void {
    for (const p of this.providers.values()) closeProvider(p);
    this.providers.clear();
  }
}

/** Who is calling, why, for whom, and where their tokens live. */
export interface CallContext {
  principal: Principal;
  purpose: string;
  patient?: string;
  /** Vault scope: the conversation, or this request alone. */
  scope: string;
  /** The scope is this request's own (no conversation): no other call will ever share its tokens. */
  ownScope: boolean;
  ttlSeconds: number;
  requestId: string;
  clientAddress?: string;
  passthrough: boolean;
}

const CONVERSATION = /^[A-Za-z0-9._:-]{1,128}$/;
const PATIENT = /^[A-Za-z0-9._:\/|-]{1,128}$/;

const header = (req: FastifyRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return typeof v === 'string' ? v : Array.isArray(v) ? v[0] : undefined;
};

/** The presented API key: `Authorization: Bearer …` or `x-api-key`. */
export function presentedKey(req: FastifyRequest): string | undefined {
  const auth = header(req, 'authorization');
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth.trim());
    return m?.[1];
  }
  return header(req, 'x-api-key')?.trim();
}

/**
 * API key, session or workload JWT. An active break-glass grant is looked up only for requests
 * that state purpose BTG (it matters to no other).
 */
export async function authenticate(gw: Gateway, req: FastifyRequest): Promise<Principal> {
  return gw.services.authenticator.authenticate(presentedKey(req), { breakGlass: statesBreakGlass(req) });
}

const statesBreakGlass = (req: FastifyRequest): boolean => {
  const v = header(req, 'x-phigate-purpose');
  if (!v) return false;
  try {
    return parsePurpose(v) === 'BTG';
  } catch {
    return false;
  }
};

/** Reads and checks the phigate headers; the purpose of use is required. */
export function callContext(gw: Gateway, req: FastifyRequest, authenticated: Principal, permission: string): CallContext {
  const rawPurpose = header(req, 'x-phigate-purpose');
  if (!rawPurpose || !rawPurpose.trim()) {
    requirePermission(authenticated, permission);
    throw new PhigateError('purpose_required', 'the X-Phigate-Purpose header (purpose of use, e.g. TREAT) is required', 400);
  }
  const purpose = parsePurpose(rawPurpose);
  // Purpose BTG acts with the permissions of an active break-glass grant (403 without one).
  const principal = effectivePrincipal(authenticated, purpose);
  requirePermission(principal, permission);
  const patient = header(req, 'x-phigate-patient')?.trim();
  if (patient !== undefined && !PATIENT.test(patient)) {
    throw new PhigateError('patient_invalid', 'X-Phigate-Patient must be 1-128 characters of letters, digits and ._:/|-', 400);
  }
  const conversation = header(req, 'x-phigate-conversation')?.trim();
  if (conversation !== undefined && !CONVERSATION.test(conversation)) {
    throw new PhigateError('conversation_invalid', 'X-Phigate-Conversation must be 1-128 characters of letters, digits and ._:-', 400);
  }
  const pass = header(req, 'x-phigate-passthrough')?.trim();
  if (pass !== undefined && pass !== '0' && pass !== '1') {
    throw new PhigateError('passthrough_invalid', 'X-Phigate-Passthrough is 0 or 1', 400);
  }
  const ctx = { ...requestContext(req, principal, purpose, patient), passthrough: pass === '1' };
  if (!conversation) return ctx;
  // Conversation scopes are per principal: another user of the tenant naming the same
  // conversation does not share its tokens. The scope holds no caller text, only a digest.
  return {
    ...ctx,
    scope: `c:${createHash('sha256').update(`${principal.principal}\0${conversation}`).digest('hex').slice(0, 32)}`,
    ownScope: false,
    ttlSeconds: gw.services.config.conversationTtlSeconds,
  };
}

/**
 * Who, why, for whom and from where, with a scope of the request's own (server-made: a client's
 * x-request-id never names a scope) whose tokens live an hour.
 */
function requestContext(req: FastifyRequest, principal: Principal, purpose: string, patient: string | undefined): CallContext {
  return {
    principal,
    purpose,
    ...(patient ? { patient } : {}),
    scope: `r:${randomUUID()}`,
    ownScope: true,
    ttlSeconds: 3600,
    requestId: req.id,
    ...(req.ip ? { clientAddress: req.ip.replace(/^::ffff:/, '') } : {}),
    passthrough: false,
  };
}

/**
 * The context under which a refusal made before the call's context was complete is recorded (a
 * BTG request without a grant, a missing permission, a bad header): the authenticated caller,
 * the stated purpose and, when well formed, the patient. Null when the purpose itself is missing
 * or unknown (then there is no purpose to record it under; the caller got its 400).
 */
export function refusalContext(req: FastifyRequest, authenticated: Principal): CallContext | null {
  let purpose: string;
  try {
    purpose = parsePurpose(header(req, 'x-phigate-purpose') ?? '');
  } catch {
    return null;
  }
  const patient = header(req, 'x-phigate-patient')?.trim();
  return requestContext(req, authenticated, purpose, patient && PATIENT.test(patient) ? patient : undefined);
}

/** Finds the route for a model and service (404 `model_not_found`). */
export function routeFor(gw: Gateway, model: unknown, service: Service): Route {
  if (typeof model !== 'string' || !model) throw new PhigateError('invalid_request', 'model is required', 400);
  return resolveRoute(gw.routes, model, service);
}

/**
 * Business Associate Agreements: identifiers in clear may go only to a self-hosted route or a
 * vendor whose BAA is active for the service. De-identified content may go anywhere.
 */
export async function checkBaa(gw: Gateway, route: Route, service: Service, sendsIdentifiers: boolean): Promise<void> {
  if (!sendsIdentifiers || route.self_hosted) return;
  const state = baaState(await gw.services.vendors.get(route.vendor), service);
  if (state === 'active') return;
  if (state === 'expired') {
    throw new PhigateError('baa_expired', `the BAA with ${route.vendor} has expired: identifiers cannot be sent to it`, 403);
  }
  throw new PhigateError(
    'baa_required',
    `no active BAA with ${route.vendor} covers ${service}: identifiers cannot be sent to it`,
    403,
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The request id as the audit log keeps it: itself when a UUID, else a UUID-shaped digest of it. */
export function correlationId(requestId: string): string {
  if (UUID.test(requestId)) return requestId.toLowerCase();
  const h = createHash('sha256').update(requestId).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The common part of the gateway's audit events. */
export function auditBase(ctx: CallContext, action: AuditEventInput['action']): Omit<AuditEventInput, 'outcome'> {
  return {
    action,
    actor: {
      principal: ctx.principal.principal,
      role: ctx.principal.role,
      ...(ctx.principal.sessionId ? { sessionId: ctx.principal.sessionId } : { keyId: ctx.principal.keyId }),
      via: ctx.principal.via,
    },
    purpose: ctx.purpose,
    ...(ctx.patient ? { patient: ctx.patient } : {}),
    correlationId: correlationId(ctx.requestId),
    ...(ctx.clientAddress ? { client: { address: ctx.clientAddress } } : {}),
  };
}
