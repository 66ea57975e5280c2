/**
 * Upstream HTTP transport. Built on node:https / node:http so that the TLS floor is explicit:
 * HTTPS with TLS 1.2 or newer and certificate verification always on; plain HTTP only when the
 * route allows it (loopback address or a `self_hosted` route, decided by config validation and
 * checked again here). Keep-alive agents per provider.
 *
 * Errors never carry the upstream body (it may echo PHI): non-2xx -> `upstream_error` 502 with
 * the status in `details`; timeout -> `upstream_timeout` 504; the caller's signal -> `aborted` 499;
 * connection or TLS failure -> `upstream_error` 502 with the system error code in `details`.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import type { IncomingMessage } from 'node:http';
import { PhigateError } from '../common/errors.js';
import { parseSse, type SseEvent } from './sse.js';

export const MIN_TLS_VERSION = 'TLSv1.2' as const;
/** Largest non-streamed upstream body read into memory. */
export const MAX_UPSTREAM_BODY_BYTES = 64 * 1024 * 1024;

export interface TransportOptions {
  /** Permit `http:` URLs (loopback or self-hosted routes only; validated by config). */
  allowHttp: boolean;
  /** Extra trusted CA certificates (PEM) for a self-hosted upstream with a private CA. */
  ca?: string | Buffer;
}

export interface UpstreamCall {
  url: URL;
  headers: Record<string, string>;
  body: unknown;
  signal?: AbortSignal | undefined;
  timeoutMs: number;
}

export class Transport {
  private readonly httpsAgent: https.Agent;
  private readonly httpAgent: http.Agent | undefined;
  private readonly allowHttp: boolean;

  constructor(opts: TransportOptions) {
    this.allowHttp = opts.allowHttp;
    this.httpsAgent = new https.Agent({
      keepAlive: true,
      minVersion: MIN_TLS_VERSION,
      rejectUnauthorized: true,
      ...(opts.ca !== undefined ? { ca: opts.ca } : {}),
    });
    this.httpAgent = opts.allowHttp ? new http.Agent({ keepAlive: true }) : undefined;
  }

  /** TLS settings in force (for tests and diagnostics). */
  get tls(): { minVersion: string | undefined; rejectUnauthorized: boolean | undefined } {
    return { minVersion: this.httpsAgent.options.minVersion, rejectUnauthorized: this.httpsAgent.options.rejectUnauthorized };
  }

  /** POSTs JSON and returns the parsed JSON answer. */
  async postJson<T>(call: UpstreamCall): Promise<T> {
    const guard = new CallGuard(call.signal, call.timeoutMs);
    try {
      const res = await this.send(call, guard, 'application/json');
      const body = await readBody(res, guard);
      try {
        return JSON.parse(body.toString('utf8')) as T;
      } catch {
        throw new PhigateError('upstream_error', 'upstream returned invalid JSON', 502);
      }
    } catch (e) {
      throw guard.translate(e);
    } finally {
      guard.done();
    }
  }

  /**
   * POSTs JSON and yields the SSE events of the answer. Breaking out of the loop (or an abort)
   * ends the upstream request.
   */
  async *postSse(call: UpstreamCall): AsyncGenerator<SseEvent> {
    const guard = new CallGuard(call.signal, call.timeoutMs);
    let res: IncomingMessage | undefined;
    try {
      res = await this.send(call, guard, 'text/event-stream');
      const type = String(res.headers['content-type'] ?? '');
      if (!type.includes('text/event-stream')) {
        throw new PhigateError('upstream_error', 'upstream did not answer with an event stream', 502);
      }
      const body = res;
      const touched = (async function* () {
        for await (const chunk of body) {
          guard.touch();
          yield chunk as Buffer;
        }
      })();
      for await (const ev of parseSse(touched)) {
        // The consumer's own time (restoring tokens, writing to a slow client) is not upstream idleness.
        guard.pause();
        yield ev;
        guard.touch();
      }
    } catch (e) {
      throw guard.translate(e);
    } finally {
      guard.done();
      if (res && !res.complete) res.destroy();
    }
  }

  private send(call: UpstreamCall, guard: CallGuard, accept: string): Promise<IncomingMessage> {
    const { url } = call;
    let mod: typeof https | typeof http;
    let agent: https.Agent | http.Agent;
    if (url.protocol === 'https:') {
      mod = https;
      agent = this.httpsAgent;
    } else if (url.protocol === 'http:' && this.allowHttp && this.httpAgent) {
      mod = http;
      agent = this.httpAgent;
    } else {
      return Promise.reject(new PhigateError('insecure_upstream', 'upstream URL must use https', 500));
    }
    const payload = Buffer.from(JSON.stringify(call.body), 'utf8');
    return new Promise<IncomingMessage>((resolve, reject) => {
      const req = mod.request(url, {
        method: 'POST',
        agent,
        headers: {
          ...call.headers,
          'content-type': 'application/json',
          accept,
          'content-length': String(payload.length),
        },
      });
      req.on('error', reject);
      // The caller's abort and the timeout end the request (and its answer) through the guard.
      guard.attach(req);
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        if (status < 200 || status > 299) {
          res.resume(); // drain and discard: the body may echo PHI
          reject(new PhigateError('upstream_error', `upstream returned ${status}`, 502, { upstream_status: status }));
          return;
        }
        resolve(res);
      });
      req.end(payload);
    });
  }

  /** Closes idle keep-alive sockets. */
  close(): void {
    this.httpsAgent.destroy();
    this.httpAgent?.destroy();
  }
}

/**
 * Reads a whole (non-streamed) answer: at most MAX_UPSTREAM_BODY_BYTES, each chunk restarting the
 * idle timeout. Plain listeners rather than async iteration: this runs once per model call.
 */
function readBody(res: IncomingMessage, guard: CallGuard): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      guard.touch();
      size += chunk.length;
      if (size > MAX_UPSTREAM_BODY_BYTES) {
        res.destroy();
        reject(new PhigateError('upstream_error', 'upstream answer too large', 502));
        return;
      }
      chunks.push(chunk);
    });
    res.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
    res.on('error', reject);
    // Ended without its 'end' (the connection closed, or the guard destroyed the request).
    res.on('close', () => {
      if (!res.complete) reject(new Error('upstream answer incomplete'));
    });
  });
}

/**
 * Ties an upstream request to the caller's signal and to an idle timeout: either one destroys the
 * request (and its answer); errors are then mapped to PhigateErrors. One timer per call, restarted
 * in place on progress.
 */
class CallGuard {
  private timer: NodeJS.Timeout | undefined;
  private req: http.ClientRequest | undefined;
  private timedOut = false;
  private finished = false;
  private readonly onAbort = () => this.stop(new Error('aborted by the caller'));
  private readonly onTimeout = () => {
    this.timedOut = true;
    this.stop(new Error('upstream timeout'));
  };

  constructor(
    private readonly outer: AbortSignal | undefined,
    private readonly timeoutMs: number,
  ) {
    if (outer) {
      if (!outer.aborted) outer.addEventListener('abort', this.onAbort, { once: true });
    }
    this.touch();
  }

  /** The request to end on an abort or a timeout (ended at once if either already happened). */
  attach(req: http.ClientRequest): void {
    this.req = req;
    if (this.outer?.aborted) this.stop(new Error('aborted by the caller'));
    else if (this.timedOut) this.stop(new Error('upstream timeout'));
  }

  private stop(reason: Error): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.finished) this.req?.destroy(reason);
  }

  /** Restarts the timeout (called on progress). */
  touch(): void {
    if (this.finished || this.timedOut || this.outer?.aborted) return;
    if (this.timer) this.timer.refresh();
    else {
      this.timer = setTimeout(this.onTimeout, this.timeoutMs);
      this.timer.unref?.();
    }
  }

  /** Stops the timeout until the next `touch`. */
  pause(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  done(): void {
    this.finished = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.outer?.removeEventListener('abort', this.onAbort);
  }

  translate(e: unknown): PhigateError {
    if (this.timedOut) return new PhigateError('upstream_timeout', 'upstream did not answer in time', 504);
    if (this.outer?.aborted) return new PhigateError('aborted', 'request aborted by the client', 499);
    if (e instanceof PhigateError) return e;
    const code = typeof (e as { code?: unknown })?.code === 'string' ? (e as { code: string }).code : 'unknown';
    return new PhigateError('upstream_error', 'upstream unreachable', 502, { cause: code });
  }
}
