import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PhigateError } from '../../src/common/index.js';
import { callControl, forward, startControlServer } from '../../src/cli/control.js';

describe('control socket calls', () => {
  let dir: string;
  let sock: string;
  let server: import('node:http').Server;
  const seen: unknown[] = [];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'phigate-ctl-'));
    sock = join(dir, 'control.sock');
    server = await startControlServer(sock, async (argv) => ({ exitCode: 0, stdout: argv.join(' '), stderr: '' }), {
      echo: async (arg) => {
        seen.push(arg);
        return { got: arg };
      },
      refuse: async () => {
        throw new PhigateError('tenant_not_found', 'no such tenant', 404);
      },
      crash: async () => {
        throw new Error('driver said: value Canary-Quillon-Harte');
      },
    });
  });
  after(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  });

  test('the socket is the owner\'s alone', () => {
    assert.equal(statSync(sock).mode & 0o777, 0o600);
  });

  test('a call returns its result; a command line still runs', async () => {
    assert.deepEqual(await callControl(sock, 'echo', { items: [1, 2] }), { got: { items: [1, 2] } });
    assert.equal((await forward(sock, ['tenants', 'list'])).stdout, 'tenants list');
  });

  test('typed errors come back typed; other errors say nothing of their message', async () => {
    await assert.rejects(callControl(sock, 'refuse', {}), (e: PhigateError) => e.code === 'tenant_not_found' && e.status === 404);
    await assert.rejects(callControl(sock, 'crash', {}), (e: PhigateError) => e.code === 'internal' && !e.message.includes('Canary'));
    await assert.rejects(callControl(sock, 'nope', {}), (e: PhigateError) => e.code === 'control_call_unknown');
    await assert.rejects(callControl(sock, 'constructor', {}), (e: PhigateError) => e.code === 'control_call_unknown');
  });

  test('no server on the socket is a clear error', async () => {
    await assert.rejects(callControl(join(dir, 'absent.sock'), 'echo', {}, 300), (e: PhigateError) => e.code === 'control_unavailable');
  });

  test('a command typed while the server is still starting waits for its socket', async () => {
    const late = join(dir, 'late.sock');
    const pending = callControl(late, 'ping', { n: 1 }, 10_000);
    await new Promise((r) => setTimeout(r, 700));
    const srv = await startControlServer(late, async () => ({ exitCode: 0, stdout: '', stderr: '' }), { ping: async (arg) => arg });
    try {
      assert.deepEqual(await pending, { n: 1 });
    } finally {
      await new Promise<void>((r) => srv.close(() => r()));
    }
  });
});

test('deid calls refuse malformed arguments and unknown tenants, typed', async () => {
  const { deidControlCalls } = await import('../../src/cli/commands/deid.js');
  const { openTestServices } = await import('../support/services.js');
  const s = await openTestServices('pglite');
  try {
    const calls = deidControlCalls(s);
    const t = await s.tenants.create('ctl');
    const isCode = (code: string) => (e: PhigateError) => e.code === code;
    await assert.rejects(calls['deid.tokenize']!({ run: 'not-a-uuid', items: [] }), isCode('control_bad_request'));
    await assert.rejects(calls['deid.tokenize']!({ run: t.id, items: [{ type: 'NAME' }] }), isCode('control_bad_request'));
    // No run opened (so no audit record): no tokens.
    await assert.rejects(calls['deid.tokenize']!({ run: '0b6f0a5e-3c43-4a55-8a43-2b0c6f0a5e3c', items: [{ type: 'NAME', value: 'Ilse Canary' }] }), isCode('deid_run_unknown'));
    await assert.rejects(calls['deid.open']!({ tenant: 'absent', purpose: 'TREAT', scope: '' }), isCode('tenant_not_found'));
    const opened = (await calls['deid.open']!({ tenant: 'ctl', purpose: 'TREAT', scope: '' })) as { run: string; tenantId: string; keys: { surrogate?: string } };
    assert.equal(opened.tenantId, t.id);
    assert.match(opened.keys.surrogate ?? '', /^[0-9a-f]{64}$/);
    const [tok] = (await calls['deid.tokenize']!({ run: opened.run, items: [{ type: 'NAME', value: 'Ilse Canary' }] })) as string[];
    assert.equal((await s.vault.detokenize(t.id, [tok!])).get(tok!)?.value, 'Ilse Canary');
  } finally {
    await s.dispose();
  }
});
