import { z } from 'zod';
import type { AdminRoute } from './index.js';
import { ErrorBody } from './schemas.js';

const toSchema = (s: z.ZodType, io: 'input' | 'output') => {
  const j = z.toJSONSchema(s, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete j.$schema;
  return j;
};

/**
 * The OpenAPI 3.1 document of the admin API, generated from the same zod schemas that validate
 * requests (OpenAPI 3.1 schemas are JSON Schema 2020-12).
 */
export function openApiDocument(routes: readonly AdminRoute[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const error = { description: 'error', content: { 'application/json': { schema: toSchema(ErrorBody, 'output') } } };
  for (const r of routes) {
    const path = `/admin/v1${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`;
    const params = [...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const query = r.query
      ? Object.entries(r.query.shape).map(([name, sch]) => ({ name, in: 'query', required: !(sch as z.ZodType).safeParse(undefined).success, schema: toSchema(sch as z.ZodType, 'input') }))
      : [];
    const op: Record<string, unknown> = {
      operationId: `${r.method.toLowerCase()}${r.path.replace(/[:/{}-]+([a-z])?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      summary: r.summary,
      tags: [r.tag],
      ...(r.auth ? { security: [{ bearer: [] }, { apiKey: [] }] } : { security: [] }),
      ...(r.permission ? { 'x-phigate-permission': r.permission } : {}),
      ...(r.operator ? { 'x-phigate-operator-only': true } : {}),
      ...(params.length || query.length ? { parameters: [...params, ...query] } : {}),
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(r.body, 'input') } } } } : {}),
      responses: {
        [String(r.status ?? 200)]: { description: 'success', ...(r.response ? { content: { 'application/json': { schema: toSchema(r.response, 'output') } } } : {}) },
        '400': error,
        ...(r.auth ? { '401': error, '403': error } : { '401': error, '429': error }),
        '404': error,
      },
    };
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'phigate admin API',
      version: '1',
      description: "Tenants, users, API keys, roles, minimum-necessary policies, the BAA register and break-glass. Every operation acts on the caller's own tenant; every change is audited.",
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'an API key (phg_…), a session token (phs_…) or a workload JWT from the configured OpenID Connect provider' },
        apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' },
      },
    },
    paths,
  };
}
