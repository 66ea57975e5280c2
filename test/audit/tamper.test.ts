import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { canonicalize, Frontier, leafHash, type VerifyReport } from '../../src/audit/index.js';
import { toBuffer } from '../../src/store/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';
import { appendMany, asAttacker, cli, operator } from './support.js';

for (const kind of storeKinds) {
  describe(`audit log is append-only and tamper-evident (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    let n = 0;

    /** A tenant with 40 events (after its creation event) and checkpoints at 20 and 41. */
    async function fresh(): Promise<{ id: string; name: string }> {
      const name = `tamper-${n++}`;
      const t = await s.tenants.create(name);
      await appendMany(s.audit, t.id, 19);
      await s.audit.checkpoint(t.id); // size 20
      await appendMany(s.audit, t.id, 21);
      await s.audit.checkpoint(t.id); // size 41
      return { id: t.id, name };
    }
    // Small chunks: the worker-thread hashing, its fallback for flagged chunks, and chunk edges all run.
    // Every check runs three ways that must agree: default chunks, and small chunks with and without
    // the worker thread.
    const verify = async (t: string): Promise<VerifyReport> => {
      const a = await s.audit.verifyUnaudited(t, { chunk: 7, worker: true });
      const b = await s.audit.verifyUnaudited(t, { chunk: 7, worker: false });
      const c = await s.audit.verifyUnaudited(t);
      assert.deepEqual(b.problems, a.problems);
      assert.deepEqual(c.problems, a.problems);
      return a;
    };
    const body = async (t: string, seq: number) =>
      (await s.store.withTenant(t, (tx) => tx.query<{ body: string }>('select body from audit_events where seq = $1', [seq]))).rows[0]!.body;

    before(async () => {
      s = await openTestServices(kind.name);
    });
    after(() => s.dispose());

    test('an untouched log verifies, through the API and the CLI', async () => {
      const t = await fresh();
      const r = await verify(t.id);
      assert.equal(r.ok, true, JSON.stringify(r.problems));
      assert.equal(r.treeSize, 41);
      assert.equal(r.checkpoints, 2);
      const out = await cli(s, 'audit', 'verify', '--tenant', t.name);
      assert.equal(out.exitCode, 0, out.stderr);
      assert.match(out.stdout, /OK/);
    });

    test('the application role can only insert and read events', async () => {
      const t = await fresh();
      for (const sql of [
        `update audit_events set body = body where seq = 1`,
        `delete from audit_events where seq = 1`,
        `truncate audit_events`,
        `update audit_checkpoints set signature = signature`,
        `delete from audit_checkpoints`,
        `delete from audit_purges`,
        `delete from audit_signing_keys`,
      ]) {
        await assert.rejects(
          s.store.withTenant(t.id, (tx) => tx.query(sql)),
          (e: { code?: string }) => e.code === '42501',
          sql,
        );
      }
    });

    test('triggers refuse UPDATE, DELETE and TRUNCATE even to the schema owner', async () => {
      const t = await fresh();
      for (const sql of [
        `update audit_events set body = body where tenant_id = $1`,
        `delete from audit_events where tenant_id = $1`,
        `update audit_checkpoints set note = note where tenant_id = $1`,
        `delete from audit_checkpoints where tenant_id = $1`,
        `delete from audit_signing_keys where tenant_id = $1`,
      ]) {
        await assert.rejects(
          s.store.withOwner((tx) => tx.query(sql, [t.id])),
          (e: { code?: string; message?: string }) => e.code === '42501' && /append-only/.test(e.message ?? ''),
          sql,
        );
      }
      for (const table of ['audit_events', 'audit_checkpoints', 'audit_purges', 'audit_signing_keys']) {
        await assert.rejects(
          s.store.withOwner((tx) => tx.query(`truncate ${table} cascade`)),
          (e: { code?: string }) => e.code === '42501',
          table,
        );
      }
      assert.equal((await verify(t.id)).ok, true);
    });

    test('a changed event is found at its position', async () => {
      const t = await fresh();
      await asAttacker(s.store, (tx) =>
        tx.query(`update audit_events set body = replace(body, '"purpose":"TREAT"', '"purpose":"HRESCH"') where tenant_id = $1 and seq = 5`, [t.id]),
      );
      const r = await verify(t.id);
      assert.equal(r.ok, false);
      assert.equal(r.problems[0]!.kind, 'changed');
      assert.equal(r.problems[0]!.position, 5);
      const out = await cli(s, 'audit', 'verify', '--tenant', t.name);
      assert.notEqual(out.exitCode, 0);
      assert.match(out.stdout, /first bad position: 5/);
    });

    test('a changed event with its leaf hash recomputed breaks the signed checkpoint', async () => {
      const t = await fresh();
      const forged = (await body(t.id, 7)).replace('"purpose":"TREAT"', '"purpose":"HOPERAT"');
      await asAttacker(s.store, (tx) =>
        tx.query('update audit_events set body = $2, leaf_hash = $3 where tenant_id = $1 and seq = 7', [t.id, forged, leafHash(forged)]),
      );
      const r = await verify(t.id);
      assert.equal(r.ok, false);
      const p = r.problems.find((x) => x.kind === 'checkpoint_mismatch');
      assert.ok(p, JSON.stringify(r.problems));
      assert.equal(p.position, 20);
      assert.ok(p.after! <= 7);
    });

    test('a deleted event is found at its position', async () => {
      const t = await fresh();
      await asAttacker(s.store, (tx) => tx.query('delete from audit_events where tenant_id = $1 and seq = 12', [t.id]));
      const r = await verify(t.id);
      assert.equal(r.ok, false);
      assert.equal(r.problems[0]!.kind, 'deleted');
      assert.equal(r.problems[0]!.position, 12);
    });

    test('deleting the newest events (and rewinding the head) is caught by the checkpoint that covered them', async () => {
      const t = await fresh();
      await asAttacker(s.store, async (tx) => {
        await tx.query('delete from audit_events where tenant_id = $1 and seq >= 30', [t.id]);
        await tx.query('update audit_heads set size = 30 where tenant_id = $1', [t.id]);
      });
      const r = await verify(t.id);
      assert.equal(r.ok, false);
      assert.ok(r.problems.some((p) => p.kind === 'checkpoint_missing_events'), JSON.stringify(r.problems));
    });

    test('rolling the log back with its checkpoints and head passes verify alone, and is caught by a witnessed checkpoint', async () => {
      const t = await fresh();
      const witnessed = (await s.audit.latestCheckpoint(t.id))!; // size 41, e.g. from the server log
      assert.equal(witnessed.size, 41);
      // The attacker rebuilds a consistent head at size 20 from the leaves (public data).
      const leaves = await s.store.withTenant(t.id, (tx) => tx.query<{ leaf_hash: unknown }>('select leaf_hash from audit_events where seq < 20 order by seq'));
      const f = new Frontier(0);
      for (const r of leaves.rows) f.push(toBuffer(r.leaf_hash));
      await asAttacker(s.store, async (tx) => {
        await tx.query('delete from audit_events where tenant_id = $1 and seq >= 20', [t.id]);
        await tx.query('delete from audit_checkpoints where tenant_id = $1 and tree_size > 20', [t.id]);
        await tx.query('update audit_heads set size = 20, frontier = $2, checkpoint_size = 20 where tenant_id = $1', [t.id, f.encode()]);
      });
      assert.equal((await verify(t.id)).ok, true, 'the database alone cannot tell');
      const w = { note: witnessed.note, signature: witnessed.signature };
      const caught = await s.audit.verifyUnaudited(t.id, { witnesses: [w] });
      assert.equal(caught.ok, false);
      assert.ok(caught.problems.some((p) => p.kind === 'checkpoint_missing_events' && p.position === 20), JSON.stringify(caught.problems));
      // Another tenant's witnesses are not this tenant's business; a forged one is refused.
      const other = await fresh();
      const otherCp = (await s.audit.latestCheckpoint(other.id))!;
      assert.equal((await s.audit.verifyUnaudited(t.id, { witnesses: [{ note: otherCp.note, signature: otherCp.signature }] })).ok, true);
      const forged = await s.audit.verifyUnaudited(other.id, { witnesses: [{ note: otherCp.note, signature: witnessed.signature }] });
      assert.ok(forged.problems.some((p) => p.kind === 'checkpoint_signature'), JSON.stringify(forged.problems));
      // The CLI reads a server log (other lines skipped) or the output of `audit checkpoint --json`.
      const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const { join } = await import('node:path');
      const dir = mkdtempSync(join(tmpdir(), 'phigate-witness-'));
      try {
        const log = join(dir, 'server.log');
        writeFileSync(log, ['{"level":30,"msg":"request completed"}', 'not json', JSON.stringify({ level: 30, checkpoint: { tenant: t.id, size: 41, note: w.note, signature: w.signature }, msg: 'audit checkpoint witnessed' }), ''].join('\n'));
        const r = await cli(s, 'audit', 'verify', '--tenant', t.name, '--witness', log);
        assert.equal(r.exitCode, 3, r.stdout + r.stderr);
        const cpJson = await cli(s, 'audit', 'checkpoint', '--tenant', other.name, '--json');
        writeFileSync(join(dir, 'cp.json'), cpJson.stdout);
        const ok = await cli(s, 'audit', 'verify', '--tenant', other.name, '--witness', join(dir, 'cp.json'));
        assert.equal(ok.exitCode, 0, ok.stdout + ok.stderr);
        assert.match(ok.stdout, /1 witnessed checkpoints checked/);
        // A witness file with no checkpoint of the tenant verifies, but says so rather than passing silently.
        const unrelated = await cli(s, 'audit', 'verify', '--tenant', t.name, '--witness', join(dir, 'cp.json'));
        assert.match(unrelated.stdout, /WARNING: the witness file holds no checkpoint of this tenant/);
        writeFileSync(join(dir, 'empty.log'), '{"msg":"nothing here"}\n');
        const empty = await cli(s, 'audit', 'verify', '--tenant', other.name, '--witness', join(dir, 'empty.log'));
        assert.notEqual(empty.exitCode, 0);
        assert.match(empty.stderr, /witness_empty/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    test('reordered events are found', async () => {
      const t = await fresh();
      await asAttacker(s.store, async (tx) => {
        await tx.query('update audit_events set seq = 1000003 where tenant_id = $1 and seq = 3', [t.id]);
        await tx.query('update audit_events set seq = 3 where tenant_id = $1 and seq = 4', [t.id]);
        await tx.query('update audit_events set seq = 4 where tenant_id = $1 and seq = 1000003', [t.id]);
      });
      const r = await verify(t.id);
      assert.equal(r.ok, false);
      assert.equal(r.problems[0]!.kind, 'reordered');
      assert.equal(r.problems[0]!.position, 3);
    });

    test('a reorder that also rewrites positions and hashes breaks the signed checkpoint', async () => {
      const t = await fresh();
      const a = await body(t.id, 3);
      const b = await body(t.id, 4);
      const a2 = a.replace('"seq":3,', '"seq":4,');
      const b2 = b.replace('"seq":4,', '"seq":3,');
      await asAttacker(s.store, async (tx) => {
        await tx.query('update audit_events set seq = 1000003 where tenant_id = $1 and seq = 3', [t.id]);
        await tx.query('update audit_events set seq = 3, body = $2, leaf_hash = $3 where tenant_id = $1 and seq = 4', [t.id, b2, leafHash(b2)]);
        await tx.query('update audit_events set seq = 4, body = $2, leaf_hash = $3 where tenant_id = $1 and seq = 1000003', [t.id, a2, leafHash(a2)]);
      });
      const r = await verify(t.id);
      assert.equal(r.ok, false);
      assert.equal(r.problems[0]!.kind, 'checkpoint_mismatch');
    });

    test('an inserted event is found, at the end or in the middle', async () => {
      const t = await fresh();
      const forged = (await body(t.id, 40)).replace('"seq":40,', '"seq":41,').replace(/"id":"[0-9a-f-]{36}"/, '"id":"00000000-0000-4000-8000-000000000001"');
      await asAttacker(s.store, (tx) =>
        tx.query('insert into audit_events (tenant_id, seq, id, body, leaf_hash) values ($1, 41, $4, $2, $3)', [t.id, forged, leafHash(forged), '00000000-0000-4000-8000-000000000001']),
      );
      const r = await verify(t.id);
      assert.equal(r.ok, false);
      assert.equal(r.problems[0]!.kind, 'inserted');
      assert.equal(r.problems[0]!.position, 41);

      // In the middle: shift everything from 10 up by one, forge position 10, fix every later body and the head.
      const u = await fresh();
      await asAttacker(s.store, async (tx) => {
        const rows = await tx.query<{ seq: string; body: string }>('select seq::text as seq, body from audit_events where tenant_id = $1 and seq >= 10 order by audit_events.seq desc', [u.id]);
        for (const row of rows.rows) {
          const seq = Number(row.seq);
          const moved = JSON.parse(row.body) as Record<string, unknown>;
          moved.seq = seq + 1;
          const text = canonicalize(moved);
          await tx.query('update audit_events set seq = $2, body = $3, leaf_hash = $4 where tenant_id = $1 and seq = $5', [u.id, seq + 1, text, leafHash(text), seq]);
        }
        const fake = JSON.parse(rows.rows[rows.rows.length - 1]!.body) as Record<string, unknown>;
        fake.id = '00000000-0000-4000-8000-000000000002';
        fake.purpose = 'HMARKT';
        const text = canonicalize(fake);
        await tx.query('insert into audit_events (tenant_id, seq, id, body, leaf_hash) values ($1, 10, $4, $2, $3)', [u.id, text, leafHash(text), fake.id]);
        await tx.query('update audit_heads set size = size + 1 where tenant_id = $1', [u.id]);
      });
      const r2 = await verify(u.id);
      assert.equal(r2.ok, false);
      assert.equal(r2.problems[0]!.kind, 'checkpoint_mismatch');
      assert.equal(r2.problems[0]!.position, 20);
    });

    test('a checkpoint with a bad signature is found', async () => {
      const t = await fresh();
      await asAttacker(s.store, async (tx) => {
        const r = await tx.query<{ signature: unknown }>('select signature from audit_checkpoints where tenant_id = $1 and tree_size = 20', [t.id]);
        const sig = Buffer.from(toBuffer(r.rows[0]!.signature));
        sig[0]! ^= 1;
        await tx.query('update audit_checkpoints set signature = $2 where tenant_id = $1 and tree_size = 20', [t.id, sig]);
      });
      const r = await verify(t.id);
      assert.equal(r.ok, false);
      assert.equal(r.problems[0]!.kind, 'checkpoint_signature');
      assert.equal(r.problems[0]!.position, 20);
    });

    test('a rewritten history re-signed with a substituted key is refused', async () => {
      const t = await fresh();
      const { generateKeyPairSync, sign } = await import('node:crypto');
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(12);
      await asAttacker(s.store, async (tx) => {
        const cps = await tx.query<{ tree_size: string; note: string }>('select tree_size::text as tree_size, note from audit_checkpoints where tenant_id = $1', [t.id]);
        for (const cp of cps.rows) {
          await tx.query('update audit_checkpoints set signature = $3 where tenant_id = $1 and tree_size = $2', [t.id, cp.tree_size, sign(null, Buffer.from(cp.note), privateKey)]);
        }
        await tx.query('update audit_signing_keys set public_key = $2 where tenant_id = $1', [t.id, raw]);
      });
      const r = await verify(t.id);
      assert.equal(r.ok, false);
      assert.ok(r.problems.some((p) => p.kind === 'signing_key_mismatch'));
      assert.ok(r.problems.some((p) => p.kind === 'checkpoint_signature'));
    });

    test('verify needs audit:read and records the read', async () => {
      const t = await fresh();
      const analyst = { principal: 'analyst-7', role: 'analyst', via: 'api_key' as const, permissions: new Set(['gateway:chat']) };
      await assert.rejects(s.audit.verify(t.id, analyst), (e: { code?: string; status?: number }) => e.code === 'permission_denied' && e.status === 403);
      const admin = { principal: 'admin-1', role: 'admin', via: 'api_key' as const, permissions: new Set(['audit:read']) };
      assert.equal((await s.audit.verify(t.id, admin)).ok, true);
      assert.equal((await s.audit.verify(t.id, operator)).ok, true);
      const reads = await s.store.withTenant(t.id, (tx) =>
        tx.query<{ body: string }>(`select body from audit_events where body like '{"action":"audit_read"%' order by audit_events.seq`),
      );
      const evs = reads.rows.map((r) => JSON.parse(r.body) as { actor: { principal: string }; outcome: { result: string } });
      assert.deepEqual(
        evs.map((e) => [e.actor.principal, e.outcome.result]),
        [
          ['analyst-7', 'denied'],
          ['admin-1', 'success'],
          ['cli:tester', 'success'],
        ],
      );
    });

    test('a shredded tenant still verifies, with the stored public key', async () => {
      const t = await fresh();
      await s.tenants.shred(t.id);
      const r = await verify(t.id);
      assert.equal(r.ok, true, JSON.stringify(r.problems));
      assert.equal(r.publicKeySource, 'stored');
      assert.equal(r.unsignedTail, 0); // the shred itself was checkpointed before the keys went
    });
  });
}
