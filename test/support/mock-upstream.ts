/**
 * A real local model upstream for tests: node:http (or node:https with a given key/cert) on
 * 127.0.0.1, port 0. It speaks
 *   - OpenAI chat completions (`.../chat/completions`, plain JSON or SSE with a final usage chunk
 *     when `stream_options.include_usage` is set), including Azure's
 *     `/openai/deployments/{deployment}/chat/completions?api-version=...`,
 *   - OpenAI embeddings (`.../embeddings`),
 *   - Anthropic messages (`.../v1/messages`, plain JSON or SSE event stream),
 * records every request (method, path, query, headers, parsed body) and by default echoes the
 * last user message as the answer, so de-identification and restoration can be asserted
 * end to end. Behaviour can be changed for the following requests with `behave()`.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON body (undefined when not JSON). */
  body: any;
  rawBody: string;
}

export interface MockToolCall {
  id?: string;
  name: string;
  /** JSON text of the arguments. */
  arguments: string;
}

export interface MockBehavior {
  /**
   * echo (default): answer with the last user message (or `answer`).
   * fail: answer `failStatus` (500) with `failBody`.
   * hang: accept the request and never answer.
   * hang-mid-stream: stream the first `hangAfterChunks` deltas, then go silent (stream requests).
   * drop: destroy the connection without an answer.
   */
  mode: 'echo' | 'fail' | 'hang' | 'hang-mid-stream' | 'drop';
  /** Answer text instead of the echo. */
  answer?: string;
  /** Stream deltas exactly as given (their concatenation is the answer). Default: 4-character pieces. */
  chunks?: string[];
  /** Answer with a tool call (after any text) instead of only text. */
  toolCall?: MockToolCall;
  failStatus?: number;
  /** Body of a failed answer; by default one that embeds a canary, to prove it is never echoed. */
  failBody?: string;
  hangAfterChunks?: number;
  /** Line ending used in SSE output. */
  lineEnding?: '\n' | '\r\n';
  /** Send a `: keep-alive` comment and an SSE `id:` before each event. */
  sseExtras?: boolean;
  /** Raw pieces (text or bytes) to write as the whole SSE stream body (overrides everything else for streams). */
  rawSse?: Array<string | Uint8Array>;
  /** Wait this long (ms) before answering (benchmarks; tests should not assert timings). */
  delayMs?: number;
  /** Reported model name (default: the requested model or deployment). */
  model?: string;
  usage?: { input: number; output: number };
}

export interface MockUpstream {
  /** Base URL, e.g. `http://127.0.0.1:41234` (https when started with TLS). */
  readonly url: string;
  readonly port: number;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** The last request received. */
  last(): RecordedRequest | undefined;
  /** True when `text` occurs in any recorded request body, path, query or header value (canary checks). */
  receivedAnywhere(text: string): boolean;
  /** Changes behaviour for the following requests (merged into the current behaviour). */
  behave(b: Partial<MockBehavior>): void;
  /** Back to echo and no recorded requests. */
  reset(): void;
  /** Number of connections currently open (hang/abort tests). */
  openConnections(): number;
  /** Resolves when a request whose response was ended early (client went away) has been seen. */
  waitForClientAbort(): Promise<void>;
  close(): Promise<void>;
}

export interface MockUpstreamOptions {
  tls?: { key: string | Buffer; cert: string | Buffer };
}

export const DEFAULT_FAIL_BODY = '{"error":{"message":"upstream failure mentioning Zelda Quuxington CANARY-5150"}}';

function lastUserText(path: string, body: any): string {
  const msgs: any[] = Array.isArray(body?.messages) ? body.messages : [];
  for (let i = msgs.length - 1; i >= 0; i--) {
    const m = msgs[i];
    if (m?.role !== 'user') continue;
    const c = m.content;
    if (typeof c === 'string') return c;
    if (Array.isArray(c)) {
      return c
        .filter((p: any) => p?.type === 'text')
        .map((p: any) => String(p.text))
        .join('\n');
    }
    return '';
  }
  void path;
  return '';
}

function splitDefault(text: string): string[] {
  const out: string[] = [];
  const cps = [...text];
  for (let i = 0; i < cps.length; i += 4) out.push(cps.slice(i, i + 4).join(''));
  return out;
}

export async function startMockUpstream(options: MockUpstreamOptions = {}): Promise<MockUpstream> {
  const requests: RecordedRequest[] = [];
  let behavior: MockBehavior = { mode: 'echo' };
  const sockets = new Set<import('node:net').Socket>();
  let abortWaiters: Array<() => void> = [];
  let abortsSeen = 0;
  let counter = 0;

  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      let body: any;
      try {
        body = rawBody ? JSON.parse(rawBody) : undefined;
      } catch {
        body = undefined;
      }
      const u = new URL(req.url ?? '/', 'http://mock');
      const rec: RecordedRequest = {
        method: req.method ?? '',
        path: u.pathname,
        query: Object.fromEntries(u.searchParams),
        headers: req.headers,
        body,
        rawBody,
      };
      requests.push(rec);
      const b = { ...behavior };
      res.on('close', () => {
        if (!res.writableFinished) {
          abortsSeen++;
          const w = abortWaiters;
          abortWaiters = [];
          w.forEach((f) => f());
        }
      });
      if (b.delayMs && b.delayMs > 0) setTimeout(() => route(rec, b, res), b.delayMs);
      else route(rec, b, res);
    });
  };

  const route = (rec: RecordedRequest, b: MockBehavior, res: http.ServerResponse): void => {
    if (b.mode === 'hang') return;
    if (b.mode === 'drop') {
      res.socket?.destroy();
      return;
    }
    if (b.mode === 'fail') {
      const body = b.failBody ?? DEFAULT_FAIL_BODY;
      res.writeHead(b.failStatus ?? 500, { 'content-type': 'application/json' });
      res.end(body);
      return;
    }
    const p = rec.path;
    const azure = /\/openai\/deployments\/([^/]+)\//.exec(p);
    const model = b.model ?? (azure ? decodeURIComponent(azure[1] ?? '') : String(rec.body?.model ?? 'mock-model'));
    if (rec.method !== 'POST') {
      res.writeHead(405).end();
    } else if (p.endsWith('/chat/completions')) {
      openaiChat(rec, b, res, model);
    } else if (p.endsWith('/embeddings')) {
      embeddings(rec, res, model);
    } else if (p.endsWith('/v1/messages')) {
      anthropic(rec, b, res, model);
    } else {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
    }
  };

  const answerOf = (rec: RecordedRequest, b: MockBehavior): { text: string; pieces: string[] } => {
    const text = b.chunks ? b.chunks.join('') : (b.answer ?? lastUserText(rec.path, rec.body));
    return { text, pieces: b.chunks ?? splitDefault(text) };
  };

  /** Writes SSE events one by one, yielding to the event loop between writes so they travel apart. */
  const writeSse = async (res: http.ServerResponse, b: MockBehavior, events: Array<{ event?: string; data: string }>, deltaPositions: number[]): Promise<void> => {
    const nl = b.lineEnding ?? '\n';
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' });
    if (b.rawSse) {
      for (const piece of b.rawSse) {
        if (res.destroyed) return;
        res.write(piece);
        await new Promise((r) => setImmediate(r));
      }
      res.end();
      return;
    }
    let deltasSent = 0;
    for (let i = 0; i < events.length; i++) {
      if (res.destroyed) return;
      if (b.mode === 'hang-mid-stream' && deltaPositions.includes(i) && deltasSent >= (b.hangAfterChunks ?? 1)) return;
      const ev = events[i]!;
      let out = '';
      if (b.sseExtras) out += `: keep-alive${nl}id: ${i}${nl}`;
      if (ev.event) out += `event: ${ev.event}${nl}`;
      out += `data: ${ev.data}${nl}${nl}`;
      res.write(out);
      if (deltaPositions.includes(i)) deltasSent++;
      await new Promise((r) => setImmediate(r));
    }
    res.end();
  };

  const openaiChat = (rec: RecordedRequest, b: MockBehavior, res: http.ServerResponse, model: string): void => {
    const { text, pieces } = answerOf(rec, b);
    const id = `chatcmpl-mock${++counter}`;
    const created = 1_700_000_000;
    const usage = { prompt_tokens: b.usage?.input ?? 11, completion_tokens: b.usage?.output ?? 7, total_tokens: (b.usage?.input ?? 11) + (b.usage?.output ?? 7) };
    const tc = b.toolCall;
    const tcId = tc?.id ?? 'call_mock1';
    if (!rec.body?.stream) {
      const message: any = { role: 'assistant', content: tc && text === '' ? null : text, refusal: null };
      if (tc) message.tool_calls = [{ id: tcId, type: 'function', function: { name: tc.name, arguments: tc.arguments } }];
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id, object: 'chat.completion', created, model, choices: [{ index: 0, message, finish_reason: tc ? 'tool_calls' : 'stop', logprobs: null }], usage }));
      return;
    }
    const base = { id, object: 'chat.completion.chunk', created, model };
    const events: Array<{ data: string }> = [];
    const deltaPositions: number[] = [];
    events.push({ data: JSON.stringify({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] }) });
    if (text !== '') {
      for (const piece of pieces) {
        deltaPositions.push(events.length);
        events.push({ data: JSON.stringify({ ...base, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] }) });
      }
    }
    if (tc) {
      events.push({ data: JSON.stringify({ ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: tcId, type: 'function', function: { name: tc.name, arguments: '' } }] }, finish_reason: null }] }) });
      for (const piece of splitDefault(tc.arguments)) {
        deltaPositions.push(events.length);
        events.push({ data: JSON.stringify({ ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: piece } }] }, finish_reason: null }] }) });
      }
    }
    events.push({ data: JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: tc ? 'tool_calls' : 'stop' }] }) });
    if (rec.body?.stream_options?.include_usage) events.push({ data: JSON.stringify({ ...base, choices: [], usage }) });
    events.push({ data: '[DONE]' });
    void writeSse(res, b, events, deltaPositions);
  };

  const embeddings = (rec: RecordedRequest, res: http.ServerResponse, model: string): void => {
    const input = rec.body?.input;
    const inputs: unknown[] = Array.isArray(input) ? input : [input];
    const data = inputs.map((x, index) => {
      const s = typeof x === 'string' ? x : JSON.stringify(x);
      return { object: 'embedding', index, embedding: [s.length, 0.5, -0.25] };
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ object: 'list', data, model, usage: { prompt_tokens: 3, total_tokens: 3 } }));
  };

  const anthropic = (rec: RecordedRequest, b: MockBehavior, res: http.ServerResponse, model: string): void => {
    const { text, pieces } = answerOf(rec, b);
    const id = `msg_mock${++counter}`;
    const usage = { input_tokens: b.usage?.input ?? 13, output_tokens: b.usage?.output ?? 5 };
    const tc = b.toolCall;
    const tcId = tc?.id ?? 'toolu_mock1';
    if (!rec.body?.stream) {
      const content: any[] = [];
      if (text !== '' || !tc) content.push({ type: 'text', text });
      if (tc) content.push({ type: 'tool_use', id: tcId, name: tc.name, input: JSON.parse(tc.arguments) });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id, type: 'message', role: 'assistant', model, content, stop_reason: tc ? 'tool_use' : 'end_turn', stop_sequence: null, usage }));
      return;
    }
    const events: Array<{ event: string; data: string }> = [];
    const deltaPositions: number[] = [];
    const ev = (o: any): void => {
      events.push({ event: o.type, data: JSON.stringify(o) });
    };
    ev({ type: 'message_start', message: { id, type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: usage.input_tokens, output_tokens: 1 } } });
    let index = 0;
    if (text !== '' || !tc) {
      ev({ type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
      ev({ type: 'ping' });
      for (const piece of pieces) {
        deltaPositions.push(events.length);
        ev({ type: 'content_block_delta', index, delta: { type: 'text_delta', text: piece } });
      }
      ev({ type: 'content_block_stop', index });
      index++;
    }
    if (tc) {
      ev({ type: 'content_block_start', index, content_block: { type: 'tool_use', id: tcId, name: tc.name, input: {} } });
      for (const piece of splitDefault(tc.arguments)) {
        deltaPositions.push(events.length);
        ev({ type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: piece } });
      }
      ev({ type: 'content_block_stop', index });
    }
    ev({ type: 'message_delta', delta: { stop_reason: tc ? 'tool_use' : 'end_turn', stop_sequence: null }, usage: { output_tokens: usage.output_tokens } });
    ev({ type: 'message_stop' });
    void writeSse(res, b, events, deltaPositions);
  };

  const server = options.tls ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, handler) : http.createServer(handler);
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('secureConnection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const scheme = options.tls ? 'https' : 'http';

  return {
    url: `${scheme}://127.0.0.1:${port}`,
    port,
    requests,
    last: () => requests[requests.length - 1],
    receivedAnywhere: (text) =>
      requests.some(
        (r) =>
          r.rawBody.includes(text) ||
          r.path.includes(text) ||
          Object.values(r.query).some((v) => v.includes(text)) ||
          Object.values(r.headers).some((v) => (Array.isArray(v) ? v.join(',') : String(v ?? '')).includes(text)),
      ),
    behave(b) {
      behavior = { ...behavior, ...b };
    },
    reset() {
      behavior = { mode: 'echo' };
      requests.length = 0;
    },
    openConnections: () => sockets.size,
    waitForClientAbort() {
      if (abortsSeen > 0) {
        abortsSeen--;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) =>
        abortWaiters.push(() => {
          abortsSeen--;
          resolve();
        }),
      );
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
