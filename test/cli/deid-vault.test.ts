import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createServices } from '../../src/app/index.js';
import { loadConfig } from '../../src/config/index.js';
import { runCli, startServer } from '../support/cli.js';

describe('phigate deid --tenant (vault-backed tokens)', () => {
  let dir: string;
  let env: Record<string, string>;
  let firstText = '';
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'phigate-deidv-'));
    env = { PHIGATE_DATA_DIR: join(dir, 'data') };
    const r = await runCli(['tenants', 'create', 'lab'], env);
    assert.equal(r.code, 0, r.stderr);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('tokens land in the tenant vault, are stable across runs, and the run is audited', async () => {
    const input = `${JSON.stringify({ id: 'a', text: 'Seen by Dr. Eleanor Vance on 03/14/2026, call 617-555-0142.' })}\n`;
    const first = await runCli(['deid', '--jsonl', '--policy', 'token', '--tenant', 'lab', '--purpose', 'HRESCH'], env, input);
    assert.equal(first.code, 0, first.stderr);
    const out = JSON.parse(first.stdout.trim()) as { id: string; text: string; spans: unknown[] };
    assert.equal(out.text.includes('Eleanor'), false);
    const tokens = out.text.match(/\[\[[A-Z_]+_[0-9A-F]{8}\]\]/g) ?? [];
    assert.ok(tokens.length >= 3, out.text);
    const again = await runCli(['deid', '--jsonl', '--policy', 'token', '--tenant', 'lab'], env, input);
    assert.equal(JSON.parse(again.stdout.trim()).text, out.text);
    firstText = out.text;

    const s = await createServices(loadConfig({ PHIGATE_DATA_DIR: env.PHIGATE_DATA_DIR! }));
    try {
      const t = await s.tenants.get('lab');
      const back = await s.vault.detokenize(t.id, tokens);
      assert.deepEqual([...back.values()].map((v) => v.value).sort(), ['03/14/2026', 'Eleanor Vance', '617-555-0142'].sort());
      const ev = await s.store.withTenant(t.id, (tx) => tx.query<{ j: string }>(`select row_to_json(e)::text as j from audit_events e`));
      const log = ev.rows.map((r) => r.j).join('\n');
      assert.match(log, /action[^a-z]+deid/);
      assert.ok(log.includes('HRESCH'));
      assert.equal(log.includes('Eleanor'), false);
    } finally {
      await s.close();
    }
  });

  test('with a server holding the folder: the input is de-identified here, tokens come from the server', async () => {
    const input = `${JSON.stringify({ id: 'a', text: 'Seen by Dr. Eleanor Vance on 03/14/2026, call 617-555-0142.' })}\n`;
    const direct = await runCli(['deid', '--jsonl', '--policy', 'surrogate', '--tenant', 'lab'], env, input);
    assert.equal(direct.code, 0, direct.stderr);
    const auditCount = async () => {
      const s = await createServices(loadConfig({ PHIGATE_DATA_DIR: env.PHIGATE_DATA_DIR! }));
      try {
        const t = await s.tenants.get('lab');
        const r = await s.store.withTenant(t.id, (tx) => tx.query<{ body: string }>('select body from audit_events'));
        return r.rows.filter((x) => JSON.parse(x.body).action === 'deid').length;
      } finally {
        await s.close();
      }
    };
    const before = await auditCount();
    const server = await startServer(env);
    try {
      // The same tenant keys: surrogates agree with the run that opened the store itself.
      const viaServer = await runCli(['deid', '--jsonl', '--policy', 'surrogate', '--tenant', 'lab'], env, input);
      assert.equal(viaServer.code, 0, viaServer.stderr);
      assert.equal(viaServer.stdout, direct.stdout);
      // The same vault: the tokens stored by the first test come back.
      const tokens = await runCli(['deid', '--jsonl', '--policy', 'token', '--tenant', 'lab'], env, input);
      assert.equal(tokens.code, 0, tokens.stderr);
      assert.ok(firstText);
      assert.equal(JSON.parse(tokens.stdout.trim()).text, firstText);
      // Plain text from a file, through the server too.
      const plain = await runCli(['deid', '--policy', 'token', '--tenant', 'lab'], env, 'Call Eleanor Vance at 617-555-0142.\n');
      assert.equal(plain.code, 0, plain.stderr);
      assert.equal(plain.stdout.includes('Eleanor'), false);
      assert.match(plain.stdout, /\[\[NAME_[0-9A-F]{8}\]\]/);
      // More values in one text than one control call carries: sent in batches.
      const many = Array.from({ length: 1050 }, (_, i) => `contact${i}@example.org`).join(', ');
      const big = await runCli(['deid', '--policy', 'token', '--tenant', 'lab'], env, `${many}\n`);
      assert.equal(big.code, 0, big.stderr);
      assert.equal(big.stdout.includes('@example.org'), false);
      assert.equal((big.stdout.match(/\[\[EMAIL_[0-9A-F]{8}\]\]/g) ?? []).length, 1050);
      const unknown = await runCli(['deid', '--policy', 'token', '--tenant', 'nope'], env, 'Eleanor Vance');
      assert.equal(unknown.code, 1);
      assert.match(unknown.stderr, /tenant_not_found/);
      assert.equal(unknown.stdout, '');
      const badPurpose = await runCli(['deid', '--policy', 'token', '--tenant', 'lab', '--purpose', 'because'], env, 'Eleanor Vance');
      assert.equal(badPurpose.code, 1);
      assert.equal(badPurpose.stdout, '');
    } finally {
      await server.stop();
    }
    assert.equal(server.stderr().includes('Eleanor'), false);
    assert.equal((await auditCount()) - before, 4, 'each run through the server is audited once');
  });

  test('an unknown tenant is a clear error and nothing is printed', async () => {
    const r = await runCli(['deid', '--policy', 'token', '--tenant', 'nope'], env, 'Eleanor Vance');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /tenant_not_found/);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.includes('Eleanor'), false);
  });
});
