import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createServices } from '../../src/app/index.js';
import { loadConfig } from '../../src/config/index.js';
import { runCli } from '../support/cli.js';

describe('phigate deid --tenant (vault-backed tokens)', () => {
  let dir: string;
  let env: Record<string, string>;
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

  test('an unknown tenant is a clear error and nothing is printed', async () => {
    const r = await runCli(['deid', '--policy', 'token', '--tenant', 'nope'], env, 'Eleanor Vance');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /tenant_not_found/);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.includes('Eleanor'), false);
  });
});
