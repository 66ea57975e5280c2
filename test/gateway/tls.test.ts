import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/gateway/index.js';
import { openTestServices, type TestServices } from '../support/services.js';

let openssl: string | false = false;
try {
  execFileSync('openssl', ['version'], { stdio: 'ignore' });
  openssl = 'openssl';
} catch {
  openssl = false;
}

describe('HTTPS', { skip: openssl ? false : 'openssl not found: cannot make a test certificate' }, () => {
  let dir: string;
  let s: TestServices;
  let app: FastifyInstance;
  let port: number;
  let cert: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'phigate-tls-'));
    cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
    s = await openTestServices('pglite', { PHIGATE_TLS_CERT: cert, PHIGATE_TLS_KEY: key, PHIGATE_HOST: '0.0.0.0' });
    app = await buildServer(s);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const addr = app.server.address();
    port = typeof addr === 'object' && addr ? addr.port : 0;
  });
  after(async () => {
    await app?.close();
    await s?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const handshake = (opts: { minVersion?: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3'; maxVersion?: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3' }) =>
    new Promise<string>((resolve, reject) => {
      const sock = connect({ host: '127.0.0.1', port, servername: 'localhost', ca: [readFileSync(cert)], ...opts }, () => {
        const v = sock.getProtocol() ?? '';
        sock.end();
        resolve(v);
      });
      sock.on('error', reject);
    });

  test('serves TLS 1.3 and 1.2, refuses older versions', async () => {
    assert.equal(await handshake({}), 'TLSv1.3');
    assert.equal(await handshake({ maxVersion: 'TLSv1.2' }), 'TLSv1.2');
    await assert.rejects(handshake({ minVersion: 'TLSv1', maxVersion: 'TLSv1.1' }));
  });

  test('health over HTTPS; no plain HTTP on the same port', async () => {
    const r = await new Promise<number>((resolve, reject) => {
      const sock = connect({ host: '127.0.0.1', port, servername: 'localhost', ca: [readFileSync(cert)] }, () => {
        sock.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
      });
      let data = '';
      sock.on('data', (d: Buffer) => (data += d.toString()));
      sock.on('end', () => resolve(Number(/HTTP\/1\.1 (\d+)/.exec(data)?.[1] ?? 0)));
      sock.on('error', reject);
    });
    assert.equal(r, 200);
    await assert.rejects(fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(3000) }));
  });
});
