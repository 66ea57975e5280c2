import type { FastifyServerOptions } from 'fastify';

/**
 * Logging that cannot carry PHI: no bodies, no query strings, no error messages from outside our
 * own typed errors (driver errors may echo SQL parameters), credentials redacted.
 */
export function loggerOptions(level: string, stream?: { write(line: string): void }): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie', 'req.headers["proxy-authorization"]'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string; ip?: string }) => ({
        id: req.id,
        method: req.method,
        path: req.url.split('?')[0],
        remote: req.ip,
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      err: safeErr,
    } as unknown as NonNullable<Exclude<FastifyServerOptions['logger'], boolean | undefined>>['serializers'],
  } as FastifyServerOptions['logger'];
}

export function safeErr(e: unknown): Record<string, string> {
  if (!e || typeof e !== 'object') return { type: typeof e };
  const o = e as { name?: unknown; code?: unknown };
  const out: Record<string, string> = { type: typeof o.name === 'string' ? o.name : 'Error' };
  if (typeof o.code === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(o.code)) out.code = o.code;
  return out;
}
