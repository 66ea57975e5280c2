import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { acquireLock, lockPath, lockTestHooks, readLock, removeStaleLock } from '../../src/cli/lock.js';

const isCode = (code: string) => (e: unknown) => (e as { code?: string }).code === code;
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
const staleLock = () => JSON.stringify({ pid: deadPid(), kind: 'server', socket: '/nowhere', startedAt: new Date().toISOString() });

describe('data-folder lock', () => {
  let root: string;
  let n = 0;
  const folder = () => join(root, `d${++n}`);
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'phigate-lock-'));
  });
  afterEach(() => {
    delete lockTestHooks.beforeTakeover;
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('a stale lock is taken over; a live holder is reported', () => {
    const dir = folder();
    const release = acquireLock(dir, 'cli');
    assert.throws(() => acquireLock(dir, 'server'), isCode('data_dir_busy'));
    release();
    assert.equal(existsSync(lockPath(dir)), false);
    writeFileSync(lockPath(dir), staleLock(), { mode: 0o600 });
    assert.equal(readLock(dir), null);
    assert.equal(existsSync(lockPath(dir)), false);
    writeFileSync(lockPath(dir), staleLock(), { mode: 0o600 });
    const again = acquireLock(dir, 'server', '/sock');
    assert.equal(readLock(dir)?.kind, 'server');
    again();
  });

  test('a lock naming our own pid that this process does not hold was left by an earlier process (pid reused)', () => {
    const dir = folder();
    const left = JSON.stringify({ pid: process.pid, kind: 'server', startedAt: '2020-01-01T00:00:00Z' });
    mkdirSync(dir, { recursive: true });
    writeFileSync(lockPath(dir), left, { mode: 0o600 });
    const release = acquireLock(dir, 'server');
    assert.notEqual(readFileSync(lockPath(dir), 'utf8'), left);
    release();
  });

  test('two processes racing for one stale lock: the one that loses never removes the winner’s fresh lock', () => {
    const dir = folder();
    mkdirSync(dir, { recursive: true });
    writeFileSync(lockPath(dir), staleLock(), { mode: 0o600 });
    let other: (() => void) | undefined;
    // A reads the stale lock and judges it stale; before it removes it, B takes it over and locks.
    lockTestHooks.beforeTakeover = () => {
      delete lockTestHooks.beforeTakeover;
      other = acquireLock(dir, 'cli');
    };
    assert.throws(() => acquireLock(dir, 'server'), isCode('data_dir_busy'));
    assert.ok(other, 'B took the lock in between');
    const holder = JSON.parse(readFileSync(lockPath(dir), 'utf8')) as { kind: string; pid: number };
    assert.equal(holder.kind, 'cli'); // B's lock is still there: A did not delete it
    assert.deepEqual(readdirSync(dir), ['phigate.lock']); // nothing left aside
    other!();
    assert.equal(existsSync(lockPath(dir)), false);
  });

  test('the same race seen from readLock (the forwarding check): the fresh holder is returned, its lock kept', () => {
    const dir = folder();
    mkdirSync(dir, { recursive: true });
    writeFileSync(lockPath(dir), staleLock(), { mode: 0o600 });
    let other: (() => void) | undefined;
    lockTestHooks.beforeTakeover = () => {
      delete lockTestHooks.beforeTakeover;
      other = acquireLock(dir, 'server', '/fresh.sock');
    };
    assert.equal(readLock(dir)?.socket, '/fresh.sock');
    assert.equal((JSON.parse(readFileSync(lockPath(dir), 'utf8')) as { socket: string }).socket, '/fresh.sock');
    other!();
  });

  test('removeStaleLock: of two takers of one stale lock exactly one removes it, and a fresh lock survives the other', () => {
    const dir = folder();
    mkdirSync(dir, { recursive: true });
    const p = lockPath(dir);
    const stale = staleLock();
    writeFileSync(p, stale);
    assert.equal(removeStaleLock(p, stale), true); // B
    const fresh = JSON.stringify({ pid: process.pid, kind: 'cli', startedAt: new Date().toISOString(), nonce: 'b' });
    writeFileSync(p, fresh); // B's own lock
    assert.equal(removeStaleLock(p, stale), false); // A, late
    assert.equal(readFileSync(p, 'utf8'), fresh);
    rmSync(p);
    assert.equal(removeStaleLock(p, stale), false); // nothing there
    assert.deepEqual(readdirSync(dir), []);
  });

  test('many processes starting at once on a folder with a stale lock: exactly one gets it', async () => {
    const dir = folder();
    mkdirSync(dir, { recursive: true });
    writeFileSync(lockPath(dir), staleLock(), { mode: 0o600 });
    const child = join(root, 'child.mjs');
    writeFileSync(
      child,
      `import { acquireLock } from ${JSON.stringify(new URL('../../src/cli/lock.ts', import.meta.url).href)};
try { const r = acquireLock(process.argv[2], 'server'); process.stdout.write('won'); setTimeout(r, 1500); }
catch (e) { process.stdout.write(e.code); }
`,
    );
    const run = () =>
      new Promise<string>((done) => {
        const c = spawn(process.execPath, ['--import', 'tsx', child, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        c.stdout.on('data', (d: Buffer) => (out += d.toString()));
        c.on('exit', () => done(out));
      });
    const results = await Promise.all(Array.from({ length: 6 }, run));
    assert.equal(results.filter((r) => r === 'won').length, 1, results.join(','));
    assert.equal(existsSync(lockPath(dir)), false);
  });
});
