import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli, startServer } from '../support/cli.js';

// The CLI on the embedded store (no server: each command opens the data folder itself).
describe('access-control CLI (embedded store)', () => {
  let dir: string;
  let env: Record<string, string>;
  const cli = async (...args: string[]) => {
    const r = await runCli(args, env);
    assert.equal(r.code, 0, `phigate ${args.slice(0, 2).join(' ')} failed: ${r.stderr}`);
    return r.stdout;
  };
  const json = async (...args: string[]) => JSON.parse(await cli(...args, '--json'));

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'phigate-access-cli-'));
    env = { PHIGATE_DATA_DIR: join(dir, 'data') };
    await cli('tenants', 'create', 'clinic');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('keys rotate ID --grace 24h: a new key, the old one working until the grace ends', async () => {
    const k = await json('keys', 'create', '--tenant', 'clinic', '--principal', 'etl', '--role', 'service', '--scopes', 'gateway:chat', '--expires', '90d');
    assert.deepEqual(k.scopes, ['gateway:chat']);
    const r = await json('keys', 'rotate', k.id, '--tenant', 'clinic', '--grace', '24h');
    assert.match(r.key, /^phg_[a-z2-7]{8}_/);
    assert.equal(r.replaces, k.id);
    const left = Date.parse(r.oldKeyExpiresAt) - Date.now();
    assert.ok(left > 23 * 3600_000 && left <= 24 * 3600_000);
    const list = await json('keys', 'list', '--tenant', 'clinic');
    assert.equal(list.length, 2);
    const bad = await runCli(['keys', 'rotate', k.id, '--tenant', 'clinic'], env);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /key_already_rotated/);
    // Without an id, rotate still means the tenant's data key.
    const dk = await json('keys', 'rotate', '--tenant', 'clinic');
    assert.equal(dk.tenants[0].dataKeyVersion, 2);
  });

  test('users, roles, policies and break-glass review', async () => {
    const u = await json('users', 'create', 'nurse.kim', '--tenant', 'clinic', '--role', 'clinician');
    assert.ok(u.initialPassword.length >= 20);
    const users = await cli('users', 'list', '--tenant', 'clinic');
    assert.match(users, /nurse\.kim\s+clinician\s+pending/);
    assert.equal(users.includes(u.initialPassword), false);
    await cli('roles', 'set', 'coder', '--tenant', 'clinic', '--permissions', 'gateway:chat,vault:detokenize');
    assert.match(await cli('roles', 'list', '--tenant', 'clinic'), /coder\s+tenant/);
    await cli('policies', 'set', '--tenant', 'clinic', '--role', 'coder', '--purpose', 'payment', '--restore', 'MRN,HEALTH_PLAN', '--otherwise', 'redact');
    const ex = await json('policies', 'explain', '--tenant', 'clinic', '--role', 'coder', '--purpose', 'HPAYMT');
    assert.equal(ex.rule.restore, 'HEALTH_PLAN,MRN');
    assert.equal(ex.rule.source, 'tenant');
    const g = await json('access', 'break-glass', '--tenant', 'clinic', '--principal', 'nurse.kim', '--reason', 'code blue, chart needed now', '--for', '30m');
    const review = await json('access', 'review', '--tenant', 'clinic');
    assert.equal(review.length, 1);
    assert.equal(review[0].id, g.id);
    assert.equal(review[0].reason, 'code blue, chart needed now');
    await cli('access', 'review', '--tenant', 'clinic', '--ack', g.id);
    assert.equal((await json('access', 'review', '--tenant', 'clinic')).length, 0);
    const d = await json('users', 'deactivate', 'nurse.kim', '--tenant', 'clinic');
    assert.match(d.result, /deactivated nurse\.kim/);
  });

  test('with a server running, commands go through it and the keys they make (both, during a rotation) work at once', async () => {
    const server = await startServer(env);
    try {
      const k = await json('keys', 'create', '--tenant', 'clinic', '--principal', 'it', '--role', 'admin');
      const r = await json('keys', 'rotate', k.id, '--tenant', 'clinic', '--grace', '1h');
      // Both keys work against the running server during the grace period.
      for (const key of [k.key, r.key]) {
        const res = await fetch(`${server.url}/admin/v1/tenant`, { headers: { authorization: `Bearer ${key}` } });
        assert.equal(res.status, 200);
      }
      const doc = await (await fetch(`${server.url}/admin/v1/openapi.json`)).json() as { openapi: string };
      assert.equal(doc.openapi, '3.1.0');
      assert.match(await cli('roles', 'list', '--tenant', 'clinic'), /coder/);
    } finally {
      await server.stop();
    }
  });

  test('policies apply: the file as a role sees it for a purpose', async () => {
    const f = join(dir, 'patient.json');
    writeFileSync(f, JSON.stringify({ resourceType: 'Patient', id: 'p1', gender: 'female', birthDate: '1950-01-01', name: [{ family: 'Synthetic' }] }));
    const out = JSON.parse(await cli('policies', 'apply', f, '--tenant', 'clinic', '--role', 'analyst', '--purpose', 'HRESCH'));
    assert.equal(out.birthDate, undefined);
    assert.equal(out.name, undefined);
    assert.equal(out.gender, 'female');
  });
});
