/** Shared helpers of the provider tests. */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProvider, encodeSse, parseRoutesConfig, resolveRoute, type Provider, type RouteInput } from '../../src/providers/index.js';

export const TEST_KEY = 'sk-test-CANARYKEY-0000';
export const ENV = { PHIGATE_TEST_UPSTREAM_KEY: TEST_KEY };

/** A provider for one route pointed at `baseUrl`, with the key read from the test env. */
export function providerFor(route: Partial<RouteInput> & Pick<RouteInput, 'provider'>, model = 'test-model'): Provider {
  const needsKey = route.provider !== 'inspect' && route.provider !== 'openai-compatible';
  const full: RouteInput = {
    vendor: 'testvendor',
    ...(needsKey ? { apiKeyEnv: 'PHIGATE_TEST_UPSTREAM_KEY' } : {}),
    ...route,
  } as RouteInput;
  const config = parseRoutesConfig({ models: { [model]: full } });
  return createProvider(resolveRoute(config, model), { env: ENV });
}

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

export const chatText = (chunks: Array<{ choices: Array<{ delta: { content?: string | null } }> }>): string =>
  chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');

/**
 * A minimal stand-in for the gateway's HTTP front (no auth, no de-identification): serves
 * `/v1/chat/completions` and `/v1/messages` from one provider, so the official SDKs can parse
 * what the providers and translations produce.
 */
export async function serveProvider(provider: Provider): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const ac = new AbortController();
        res.on('close', () => ac.abort());
        try {
          if (req.url?.endsWith('/chat/completions')) {
            if (body.stream) {
              res.writeHead(200, { 'content-type': 'text/event-stream' });
              for await (const c of provider.chatCompletionsStream(body, { signal: ac.signal })) res.write(encodeSse(JSON.stringify(c)));
              res.end(encodeSse('[DONE]'));
            } else {
              const out = await provider.chatCompletions(body, { signal: ac.signal });
              res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
            }
          } else if (req.url?.endsWith('/messages')) {
            if (body.stream) {
              res.writeHead(200, { 'content-type': 'text/event-stream' });
              for await (const e of provider.messagesStream(body, { signal: ac.signal })) res.write(encodeSse(JSON.stringify(e), e.type));
              res.end();
            } else {
              const out = await provider.messages(body, { signal: ac.signal });
              res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
            }
          } else if (req.url?.endsWith('/embeddings')) {
            const out = await provider.embeddings(body, { signal: ac.signal });
            res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
          } else {
            res.writeHead(404).end();
          }
        } catch (e) {
          const status = (e as { status?: number }).status ?? 500;
          if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { message: (e as Error).message, type: 'phigate_error', code: (e as { code?: string }).code ?? 'internal_error' } }));
        }
      })();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
