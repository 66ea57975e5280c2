import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli, startServer, type RunningServer } from '../support/cli.js';

/** The secret part of `phg_<prefix>_<secret>`; the secret is base64url, so it may itself contain `_`. */
function secretOf(key: string): string {
  const m = /^phg_[a-z2-7]{8}_(.{43})$/.exec(key);
  assert.ok(m, 'API key shape');
  return m[1]!;
}

/** Every file under a folder, for "is this string anywhere on disk" checks. */
function allBytes(dir: string): Buffer {
  const parts: Buffer[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) parts.push(readFileSync(p));
    }
  };
  walk(dir);
  return Buffer.concat(parts);
}

describe('phigate CLI and server on the embedded store', () => {
  let dir: string;
  let env: Record<string, string>;
  let server: RunningServer;
  let apiKey = '';

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'phigate-cli-'));
    env = { PHIGATE_DATA_DIR: join(dir, 'data') };
    server = await startServer(env);
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the server answers health and readiness', async () => {
    const h = await fetch(`${server.url}/healthz`);
    assert.equal(h.status, 200);
    assert.deepEqual(await h.json(), { status: 'ok' });
    const r = await fetch(`${server.url}/readyz`);
    assert.equal(r.status, 200);
    assert.equal(((await r.json()) as { store: string }).store, 'pglite');
    assert.ok(h.headers.get('x-request-id'));
  });

  test('unknown routes answer a typed JSON error', async () => {
    const r = await fetch(`${server.url}/nope`);
    assert.equal(r.status, 404);
    assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'not_found');
  });

  test('the data folder and keyring are private to their owner', () => {
    assert.equal(statSync(env.PHIGATE_DATA_DIR!).mode & 0o777, 0o700);
    assert.equal(statSync(join(env.PHIGATE_DATA_DIR!, 'keyring.json')).mode & 0o777, 0o600);
    assert.equal(statSync(join(env.PHIGATE_DATA_DIR!, 'control.sock')).mode & 0o777, 0o600);
  });

  test('CLI commands run through the running server', async () => {
    const created = await runCli(['tenants', 'create', 'clinic-a', '--json'], env);
    assert.equal(created.code, 0, created.stderr);
    assert.equal((JSON.parse(created.stdout) as { name: string }).name, 'clinic-a');
    const key = await runCli(['keys', 'create', '--tenant', 'clinic-a', '--principal', 'scribe-app', '--role', 'service', '--json'], env);
    assert.equal(key.code, 0, key.stderr);
    const lines = key.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const parsed = JSON.parse(lines[0]!) as { id: string; key: string };
    assert.match(parsed.id, /^[0-9a-f-]{36}$/);
    assert.match(parsed.key, /^phg_[a-z2-7]{8}_[A-Za-z0-9_-]{43}$/);
    apiKey = parsed.key;
    const list = await runCli(['keys', 'list', '--tenant', 'clinic-a'], env);
    assert.equal(list.code, 0);
    assert.match(list.stdout, /scribe-app/);
    assert.equal(list.stdout.includes(apiKey), false);
    assert.equal(list.stdout.includes(secretOf(apiKey)), false);
  });

  test('typed errors come back through the socket with a non-zero status', async () => {
    const dup = await runCli(['tenants', 'create', 'clinic-a'], env);
    assert.equal(dup.code, 1);
    assert.match(dup.stderr, /tenant_exists/);
    const badRole = await runCli(['keys', 'create', '--tenant', 'clinic-a', '--principal', 'x', '--role', 'wizard'], env);
    assert.equal(badRole.code, 1);
    assert.match(badRole.stderr, /role_unknown/);
    const shred = await runCli(['tenants', 'shred', 'clinic-a'], env);
    assert.notEqual(shred.code, 0);
    assert.match(shred.stderr, /confirmation_required/);
  });

  test('a port already in use is a clear error, and the data folder is released', async () => {
    const port = new URL(server.url).port;
    const other = { PHIGATE_DATA_DIR: join(dir, 'other-data'), PHIGATE_PORT: port };
    await assert.rejects(startServer(other), (e: { stderr?: string }) => /port_in_use/.test(e.stderr ?? '') && /PHIGATE_PORT/.test(e.stderr ?? ''));
    assert.equal(existsSync(join(dir, 'other-data', 'phigate.lock')), false);
  });

  test('a second server on the same data folder is refused', async () => {
    await assert.rejects(startServer(env), (e: { stderr?: string }) => /data_dir_in_use/.test(e.stderr ?? ''));
  });

  test('the API key is stored nowhere in clear in the data folder', () => {
    assert.ok(apiKey);
    const bytes = allBytes(env.PHIGATE_DATA_DIR!);
    assert.equal(bytes.includes(Buffer.from(apiKey)), false);
    assert.equal(bytes.includes(Buffer.from(secretOf(apiKey))), false);
    assert.equal(server.stderr().includes(apiKey), false);
  });

  test('after SIGTERM the server stops cleanly and the CLI opens the store itself', async () => {
    assert.equal(await server.stop(), 0);
    assert.equal(existsSync(join(env.PHIGATE_DATA_DIR!, 'phigate.lock')), false);
    const list = await runCli(['tenants', 'list', '--json'], env);
    assert.equal(list.code, 0, list.stderr);
    assert.deepEqual(
      (JSON.parse(list.stdout) as Array<{ name: string }>).map((t) => t.name),
      ['clinic-a'],
    );
    const status = await runCli(['keys', 'status', '--json'], env);
    assert.equal(status.code, 0);
    assert.equal(/material|wrapped/.test(status.stdout), false);
    server = await startServer(env); // for after()
  });

  test('start is refused when the keyring is readable by others', async () => {
    await server.stop();
    const ring = join(env.PHIGATE_DATA_DIR!, 'keyring.json');
    chmodSync(ring, 0o644);
    await assert.rejects(startServer(env), (e: { stderr?: string }) => /keyring_permissions/.test(e.stderr ?? ''));
    chmodSync(ring, 0o600);
    server = await startServer(env);
  });
});
