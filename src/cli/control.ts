import { chmodSync, existsSync, unlinkSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { PhigateError } from '../common/index.js';

/**
 * The control socket: a Unix socket in the data folder (mode 0600, in a 0700 folder, so only the
 * folder's owner can connect) through which CLI commands run inside a server that holds the
 * embedded store. The request is the command line; the reply is what it printed and its status.
 */
export interface ControlReply {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export type ControlRunner = (argv: string[]) => Promise<ControlReply>;

/**
 * Calls a CLI process makes of the server while it does the work itself (e.g. `deid --tenant`
 * de-identifies its own stdin and asks the server only to tokenize into the vault). Each handler
 * validates its argument; a PhigateError goes back to the caller typed.
 */
export type ControlCalls = Record<string, (arg: unknown) => Promise<unknown>>;

const MAX_BODY = 16 << 20;

export async function startControlServer(path: string, run: ControlRunner, calls: ControlCalls = {}): Promise<Server> {
  if (existsSync(path)) unlinkSync(path); // left by a process that died (the lock says no one holds the folder)
  const server = createServer((req, res) => {
    const call = req.method === 'POST' && req.url?.startsWith('/call/') ? req.url.slice('/call/'.length) : undefined;
    if (call !== undefined) {
      serveCall(req, res, Object.hasOwn(calls, call) ? calls[call] : undefined);
      return;
    }
    if (req.method !== 'POST' || req.url !== '/run') {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(c);
    });
    req.on('end', () => {
      let argv: unknown;
      try {
        argv = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { argv?: unknown }).argv;
      } catch {
        argv = undefined;
      }
      if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string')) {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ exitCode: 2, stdout: '', stderr: 'bad request\n' }));
        return;
      }
      run(argv as string[]).then(
        (reply) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply)),
        () => res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ exitCode: 70, stdout: '', stderr: 'phigate: internal error\n' })),
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return server;
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(null));
  });
}

function serveCall(req: IncomingMessage, res: ServerResponse, handler: ((arg: unknown) => Promise<unknown>) | undefined): void {
  const send = (status: number, body: unknown) => {
    if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  void readBody(req).then(async (body) => {
    if (!handler) return send(404, { error: { code: 'control_call_unknown', message: 'unknown control call', status: 404 } });
    let arg: unknown;
    try {
      arg = JSON.parse((body ?? Buffer.alloc(0)).toString('utf8'));
    } catch {
      return send(400, { error: { code: 'control_bad_request', message: 'the control call is not JSON', status: 400 } });
    }
    try {
      send(200, { result: await handler(arg) });
    } catch (e) {
      // Typed errors carry no input (PhigateError messages never echo it); anything else says nothing.
      const err = e instanceof PhigateError ? { code: e.code, message: e.message, status: e.status } : { code: 'internal', message: 'internal error', status: 500 };
      send(err.status, { error: err });
    }
  });
}

/**
 * How long a CLI command waits for the control socket to accept a connection: a server writes its
 * lock first and listens once its store is open and migrated (seconds on a first start), and a
 * command typed in that window should wait rather than fail. Only a refused or missing socket is
 * retried: nothing reached the server, so nothing can run twice.
 */
export const CONNECT_WAIT_MS = 15_000;

function post(path: string, url: string, payload: string, waitMs: number): Promise<Buffer> {
  const until = Date.now() + waitMs;
  const attempt = (): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const req = request({ socketPath: path, path: url, method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
        res.on('error', () => reject(new PhigateError('control_failed', 'the running server gave an unreadable answer', 502)));
      });
      req.on('error', (e: NodeJS.ErrnoException) => {
        const notYet = e.code === 'ENOENT' || e.code === 'ECONNREFUSED';
        if (notYet && Date.now() < until) {
          setTimeout(() => attempt().then(resolve, reject), 200);
          return;
        }
        reject(new PhigateError('control_unavailable', `a phigate server holds the data folder but its control socket ${path} does not answer`, 503));
      });
      req.end(payload);
    });
  return attempt();
}

/** Makes a call of `ControlCalls` in the server listening on `path`; its typed errors are thrown again here. */
export async function callControl<T>(path: string, name: string, arg: unknown, waitMs = CONNECT_WAIT_MS): Promise<T> {
  const raw = await post(path, `/call/${name}`, JSON.stringify(arg ?? null), waitMs);
  let body: { result?: T; error?: { code: string; message: string; status: number } };
  try {
    body = JSON.parse(raw.toString('utf8')) as typeof body;
  } catch {
    throw new PhigateError('control_failed', 'the running server gave an unreadable answer', 502);
  }
  if (body.error) throw new PhigateError(body.error.code, body.error.message, body.error.status);
  return body.result as T;
}

/** Runs a command line in the server listening on `path`. */
export async function forward(path: string, argv: string[], waitMs = CONNECT_WAIT_MS): Promise<ControlReply> {
  const raw = await post(path, '/run', JSON.stringify({ argv }), waitMs);
  try {
    return JSON.parse(raw.toString('utf8')) as ControlReply;
  } catch {
    throw new PhigateError('control_failed', 'the running server gave an unreadable answer', 502);
  }
}
