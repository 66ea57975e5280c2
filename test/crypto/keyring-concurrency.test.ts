import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { LocalKeyringProvider } from '../../src/crypto/index.js';

const isCode = (code: string) => (e: unknown) => (e as { code?: string }).code === code;
const ctx = Buffer.from('tenant-key-context');
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
const idsOnDisk = (p: string) => (JSON.parse(readFileSync(p, 'utf8')) as { keys: Array<{ id: string }> }).keys.map((k) => k.id);

describe('local keyring used by several processes', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'phigate-keyring-conc-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a rotation starts from the file, not from what this process read earlier: no key is lost', async () => {
    const p = join(dir, 'interleaved.json');
    const a = LocalKeyringProvider.openOrCreate(p);
    const b = LocalKeyringProvider.openOrCreate(p); // both have read {k1}
    const ka = await a.rotate();
    const wa = await a.wrap(Buffer.alloc(32, 0xa), ctx); // a tenant key re-wrapped under a's new key
    const kb = await b.rotate();
    const wb = await b.wrap(Buffer.alloc(32, 0xb), ctx);
    assert.notEqual(ka, kb);
    assert.deepEqual(idsOnDisk(p), ['k1', ka, kb]);
    const fresh = LocalKeyringProvider.openOrCreate(p);
    assert.deepEqual(await fresh.unwrap(wa.keyId, wa.wrapped, ctx), Buffer.alloc(32, 0xa));
    assert.deepEqual(await fresh.unwrap(wb.keyId, wb.wrapped, ctx), Buffer.alloc(32, 0xb));
    assert.equal(fresh.currentKeyId(), kb);
  });

  test('rotations at the same time get distinct ids and every wrapped key still opens', async () => {
    const p = join(dir, 'together.json');
    const providers = Array.from({ length: 6 }, () => LocalKeyringProvider.openOrCreate(p));
    const wrapped = await Promise.all(
      providers.map(async (k, i) => {
        await k.rotate();
        return { i, ...(await k.wrap(Buffer.alloc(32, i), ctx)) };
      }),
    );
    assert.equal(new Set(wrapped.map((w) => w.keyId)).size, providers.length);
    assert.equal(new Set(idsOnDisk(p)).size, providers.length + 1);
    const fresh = LocalKeyringProvider.openOrCreate(p);
    for (const w of wrapped) assert.deepEqual(await fresh.unwrap(w.keyId, w.wrapped, ctx), Buffer.alloc(32, w.i));
  });

  test('separate processes creating and rotating one keyring at once lose no key', async () => {
    const p = join(dir, 'processes.json'); // does not exist yet: the first start races too
    const child = join(dir, 'child.mjs');
    const mod = pathToFileURL(resolve('src/crypto/local-keyring.ts')).href;
    writeFileSync(
      child,
      `import { LocalKeyringProvider } from ${JSON.stringify(mod)};
const ctx = Buffer.from(${JSON.stringify(ctx.toString())});
const k = LocalKeyringProvider.openOrCreate(process.argv[2]);
const first = await k.wrap(Buffer.alloc(32, 1), ctx);
const out = [{ keyId: first.keyId, wrapped: first.wrapped.toString('base64') }];
for (let i = 0; i < 3; i++) {
  await k.rotate();
  const w = await k.wrap(Buffer.alloc(32, 1), ctx);
  out.push({ keyId: w.keyId, wrapped: w.wrapped.toString('base64') });
}
process.stdout.write(JSON.stringify(out));
`,
    );
    const run = () =>
      new Promise<Array<{ keyId: string; wrapped: string }>>((done, fail) => {
        const c = spawn(process.execPath, ['--import', 'tsx', child, p], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        c.stdout.on('data', (d: Buffer) => (out += d.toString()));
        c.on('exit', (code) => (code === 0 ? done(JSON.parse(out) as Array<{ keyId: string; wrapped: string }>) : fail(new Error(`child exited ${code}`))));
      });
    const results = (await Promise.all([run(), run(), run(), run()])).flat();
    const fresh = LocalKeyringProvider.openOrCreate(p);
    for (const w of results) assert.deepEqual(await fresh.unwrap(w.keyId, Buffer.from(w.wrapped, 'base64'), ctx), Buffer.alloc(32, 1));
    assert.deepEqual(idsOnDisk(p), Array.from({ length: 13 }, (_, i) => `k${i + 1}`));
    assert.equal(existsSync(`${p}.lock`), false);
  });

  test('a key id this process does not know is looked up in the file again before failing', async () => {
    const p = join(dir, 'reload.json');
    const server = LocalKeyringProvider.openOrCreate(p);
    const cli = LocalKeyringProvider.openOrCreate(p);
    const next = await cli.rotate(); // `keys rotate --kek` run by another process
    const w = await cli.wrap(Buffer.alloc(32, 3), ctx);
    assert.deepEqual(await server.unwrap(w.keyId, w.wrapped, ctx), Buffer.alloc(32, 3));
    assert.equal(server.currentKeyId(), next);
    await assert.rejects(server.unwrap('k99', w.wrapped, ctx), isCode('kek_missing'));
  });

  test('an id that names other material than this process holds is refused, and the file is left as it is', async () => {
    const p = join(dir, 'conflict.json');
    const a = LocalKeyringProvider.openOrCreate(p);
    await a.rotate();
    const ring = JSON.parse(readFileSync(p, 'utf8')) as { keys: Array<{ id: string; material: string }> };
    ring.keys[1]!.material = Buffer.alloc(32, 9).toString('base64');
    const tampered = JSON.stringify(ring);
    writeFileSync(p, tampered, { mode: 0o600 });
    await assert.rejects(a.rotate(), isCode('keyring_conflict'));
    assert.equal(readFileSync(p, 'utf8'), tampered);
    assert.equal(existsSync(`${p}.lock`), false);
  });

  test('a lock left by a dead process is taken over; one held by a live process is waited for, then refused', async () => {
    const p = join(dir, 'locked.json');
    const k = LocalKeyringProvider.openOrCreate(p, { lockWaitMs: 300 });
    writeFileSync(`${p}.lock`, JSON.stringify({ pid: deadPid(), nonce: 'x', at: new Date().toISOString() }), { mode: 0o600 });
    assert.equal(await k.rotate(), 'k2');
    assert.equal(existsSync(`${p}.lock`), false);

    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      const held = JSON.stringify({ pid: live.pid, nonce: 'y', at: new Date().toISOString() });
      writeFileSync(`${p}.lock`, held, { mode: 0o600 });
      await assert.rejects(k.rotate(), isCode('keyring_busy'));
      assert.equal(readFileSync(`${p}.lock`, 'utf8'), held);
      assert.deepEqual(idsOnDisk(p), ['k1', 'k2']);
    } finally {
      live.kill();
    }
  });
});
