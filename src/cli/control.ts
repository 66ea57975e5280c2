import { chmodSync, existsSync, unlinkSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
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

const MAX_BODY = 1 << 20;

export async function startControlServer(path: string, run: ControlRunner): Promise<Server> {
  if (existsSync(path)) unlinkSync(path); // left by a process that died (the lock says no one holds the folder)
  const server = createServer((req, res) => {
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

/** Runs a command line in the server listening on `path`. */
export function forward(path: string, argv: string[]): Promise<ControlReply> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: path, path: '/run', method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as ControlReply);
        } catch {
          reject(new PhigateError('control_failed', 'the running server gave an unreadable answer', 502));
        }
      });
    });
    req.on('error', () =>
      reject(new PhigateError('control_unavailable', `a phigate server holds the data folder but its control socket ${path} does not answer`, 503)),
    );
    req.end(JSON.stringify({ argv }));
  });
}
