import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Services } from '../app/index.js';
import { PhigateError, safeError } from '../common/index.js';
import type { RoutesConfig } from '../providers/index.js';
import { registerAdminApi } from './admin/index.js';
import { registerModelApi } from './api.js';
import { errorBody } from './errors.js';
import { Gateway } from './context.js';
import { loggerOptions, safeErr } from './logging.js';

export interface ServerOptions {
  /** Largest accepted request body, in bytes (413 above). Default: PHIGATE_MAX_BODY_BYTES. */
  bodyLimit?: number;
  /** Model routes (default: PHIGATE_ROUTES, or the offline inspect model). */
  routes?: RoutesConfig;
  /** Where log lines go (default: stdout). */
  logStream?: { write(line: string): void };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The model gateway behind the API routes (tests reach in to inject failures). */
    gateway: Gateway;
  }
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Request logging: one line when a request completes (its id, method, path, status and time; the
 * serializers in logging.ts keep bodies, queries and credentials out), not Fastify's two lines per
 * request, which cost a serialisation and a write on the path of every model call.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}
  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

/**
 * The HTTP server (Fastify: schema validation, pino logging with redaction, plugin encapsulation and
 * lifecycle hooks, and `inject` for tests without sockets). Routes of each API are plugins.
 */
export async function buildServer(services: Services, opts: ServerOptions = {}): Promise<FastifyInstance> {
  const { config } = services;
  const https = config.tls
    ? { minVersion: 'TLSv1.2' as const, cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) }
    : null;
  const app = Fastify({
    logger: loggerOptions(config.logLevel, opts.logStream),
    bodyLimit: opts.bodyLimit ?? config.maxBodyBytes,
    // One line per request, when it completes, rather than Fastify's two (see OneLinePerRequest).
    logController: new OneLinePerRequest(),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    ...(https ? { https } : {}),
    // Errors the router raises before any handler (a malformed URL, an over-long path parameter):
    // typed like every other error, and never quoting the URL (it may hold a name).
    frameworkErrors: (err, _req, res) => {
      const code = (err as { code?: string }).code;
      const status = code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
      const reply = res as unknown as { status(n: number): { send(b: unknown): unknown } };
      void reply.status(status).send(errorBody(status === 414 ? 'uri_too_long' : 'invalid_url', status === 414 ? 'a path parameter is too long' : 'the URL is malformed', status));
    },
  }) as unknown as FastifyInstance;

  // Callback style: a hook on every response should not cost a promise.
  app.addHook('onSend', (req, reply, payload, done) => {
    reply.header('x-request-id', req.id);
    reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
    done(null, payload);
  });

  app.setErrorHandler((err: FastifyError | PhigateError, req, reply) => {
    if (err instanceof PhigateError) {
      if (err.status >= 500) req.log.error({ err: safeErr(err) }, 'request failed');
      return reply.status(err.status).send(errorBody(err.code, err.message, err.status));
    }
    const fe = err as FastifyError;
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.status(413).send(errorBody('request_too_large', 'request body too large', 413));
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.status(415).send(errorBody('unsupported_media_type', 'send application/json', 415));
    if (fe.validation) return reply.status(400).send(errorBody('invalid_request', `invalid request: ${fe.validation[0]?.instancePath || 'body'} ${fe.validation[0]?.message ?? ''}`.trim(), 400));
    if (fe.statusCode === 400) return reply.status(400).send(errorBody('invalid_json', 'the request body is not valid JSON', 400));
    const s = safeError(err); // a database data exception (a NUL, a date out of range) is the caller's 400
    if (s.status >= 500) req.log.error({ err: safeErr(err) }, 'unexpected error');
    return reply.status(s.status).send(errorBody(s.code, s.message, s.status));
  });

  app.setNotFoundHandler((req, reply) => reply.status(404).send(errorBody('not_found', 'no such route', 404)));

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    try {
      await services.store.ping();
      return { status: 'ready', store: services.store.kind };
    } catch {
      return reply.status(503).send(errorBody('store_unavailable', 'the store does not answer', 503));
    }
  });

  const gw = new Gateway(services, opts.routes);
  app.decorate('gateway', gw);
  app.addHook('onClose', async () => gw.close());
  await registerModelApi(app, gw);
  await registerAdminApi(app, services);

  return app;
}
