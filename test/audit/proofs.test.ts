import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TenantService } from '../../src/access/index.js';
import { AuditService, Frontier, leafHash, verifyProofFile, type InclusionProofFile } from '../../src/audit/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';
import { appendMany, cli, modelCall, operator } from './support.js';

for (const kind of storeKinds) {
  describe(`audit proofs, export, disclosures and retention (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    let dir: string;
    let t: { id: string; name: string };

    before(async () => {
      s = await openTestServices(kind.name);
      dir = mkdtempSync(join(tmpdir(), 'phigate-audit-'));
      t = await s.tenants.create('proofs');
      await appendMany(s.audit, t.id, 57, 10);
      await s.audit.checkpoint(t.id);
    });
    after(async () => {
      await s.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    const ids = async (tenant: string) =>
      (await s.store.withTenant(tenant, (tx) => tx.query<{ id: string }>('select id from audit_events order by audit_events.seq'))).rows.map((r) => r.id);

    test('inclusion proofs verify offline with only the public key', async () => {
      const key = await s.audit.publicKey(t.id);
      const all = await ids(t.id);
      for (const id of [all[0]!, all[1]!, all[31]!, all[32]!, all[all.length - 1]!]) {
        const proof = await s.audit.inclusionProof(t.id, id, operator);
        const r = verifyProofFile(JSON.parse(JSON.stringify(proof)), key.pem);
        assert.equal(r.ok, true, r.reason);
        assert.equal(r.eventId, id);
        assert.equal(verifyProofFile(proof, key.publicKey).ok, true);
      }
    });

    test('altered proofs, events or keys fail the offline check', async () => {
      const key = await s.audit.publicKey(t.id);
      const other = await s.audit.publicKey((await s.tenants.create('proofs-other')).id);
      const id = (await ids(t.id))[9]!;
      const proof = await s.audit.inclusionProof(t.id, id, operator);
      assert.equal(verifyProofFile(proof, other.publicKey).ok, false);
      const changed: InclusionProofFile = { ...proof, event: proof.event.replace('"purpose":"TREAT"', '"purpose":"HRESCH"') };
      assert.equal(verifyProofFile(changed, key.publicKey).ok, false);
      assert.equal(verifyProofFile({ ...proof, index: proof.index + 1 }, key.publicKey).ok, false);
      const path = [...proof.path];
      path[0] = leafHash('x').toString('base64');
      assert.equal(verifyProofFile({ ...proof, path }, key.publicKey).ok, false);
      const note = proof.checkpoint.note.replace(/size \d+/, `size ${proof.checkpoint.size + 1}`);
      assert.equal(verifyProofFile({ ...proof, checkpoint: { ...proof.checkpoint, note } }, key.publicKey).ok, false);
    });

    test('the CLI writes a proof that verify-proof checks offline, and refuses a doctored one', async () => {
      const id = (await ids(t.id))[20]!;
      const proofFile = join(dir, 'proof.json');
      const keyFile = join(dir, 'key.pem');
      let r = await cli(s, 'audit', 'proof', id, '--out', proofFile);
      assert.equal(r.exitCode, 0, r.stderr);
      r = await cli(s, 'audit', 'public-key', '--tenant', t.name);
      assert.equal(r.exitCode, 0, r.stderr);
      writeFileSync(keyFile, r.stdout);
      r = await cli(s, 'audit', 'verify-proof', proofFile, '--public-key', keyFile);
      assert.equal(r.exitCode, 0, r.stderr);
      assert.match(r.stdout, /^OK/);
      const doctored = join(dir, 'doctored.json');
      writeFileSync(doctored, readFileSync(proofFile, 'utf8').replace('TREAT', 'HMARKT'));
      r = await cli(s, 'audit', 'verify-proof', doctored, '--public-key', keyFile);
      assert.notEqual(r.exitCode, 0);
      assert.match(r.stdout, /FAILED/);
    });

    test('consistency proofs between checkpoints verify offline', async () => {
      const first = (await s.audit.latestCheckpoint(t.id))!;
      await appendMany(s.audit, t.id, 13);
      const second = await s.audit.checkpoint(t.id);
      const key = await s.audit.publicKey(t.id);
      const proof = await s.audit.consistencyProof(t.id, first.size, second.size, operator);
      assert.equal(verifyProofFile(proof, key.publicKey).ok, true);
      const r = await cli(s, 'audit', 'consistency-proof', '--tenant', t.name, '--from', String(first.size), '--out', join(dir, 'cons.json'));
      assert.equal(r.exitCode, 0, r.stderr);
      const v = await cli(s, 'audit', 'verify-proof', join(dir, 'cons.json'), '--public-key', key.publicKey);
      assert.equal(v.exitCode, 0, v.stdout + v.stderr);
      const bad = { ...proof, path: proof.path.slice(1) };
      assert.equal(verifyProofFile(bad, key.publicKey).ok, false);
    });

    test('rotating the signing key: old proofs keep the old key, new checkpoints use the new one', async () => {
      const u = await s.tenants.create('rotation');
      await appendMany(s.audit, u.id, 9);
      const first = await s.audit.checkpoint(u.id);
      const k1 = await s.audit.publicKey(u.id);
      const firstIds = await ids(u.id);
      const oldProof = await s.audit.inclusionProof(u.id, firstIds[2]!, operator);
      const r = await s.audit.rotateSigningKey(u.id, operator);
      assert.equal(r.previousVersion, k1.version);
      assert.equal(r.version, k1.version + 1);
      assert.notEqual(r.publicKey, k1.publicKey);
      assert.equal((await s.audit.publicKey(u.id)).publicKey, r.publicKey);
      assert.equal((await s.audit.publicKey(u.id, k1.version)).publicKey, k1.publicKey);
      await assert.rejects(s.audit.publicKey(u.id, 99), (e: { code?: string }) => e.code === 'signing_key_not_found');
      // The rotation is in the log, covered by a checkpoint signed with the old key.
      const sealed = (await s.audit.latestCheckpoint(u.id))!;
      assert.match(sealed.note, new RegExp(`\\nkey ${k1.version}\\n`));
      const rotated = await s.store.withTenant(u.id, (tx) => tx.query<{ body: string }>('select body from audit_events order by seq desc limit 1'));
      assert.equal(JSON.parse(rotated.rows[0]!.body).subtype, 'audit.signing_key_rotated');
      assert.equal(sealed.size, (await ids(u.id)).length);
      await appendMany(s.audit, u.id, 4);
      const second = await s.audit.checkpoint(u.id);
      assert.match(second.note, new RegExp(`\\nkey ${r.version}\\n`));
      const all = await ids(u.id);
      const newProof = await s.audit.inclusionProof(u.id, all[all.length - 2]!, operator);
      assert.equal(verifyProofFile(oldProof, k1.publicKey).ok, true);
      assert.equal(verifyProofFile(oldProof, r.publicKey).ok, false);
      assert.equal(verifyProofFile(newProof, r.publicKey).ok, true);
      assert.equal(verifyProofFile(newProof, k1.publicKey).ok, false);
      const across = await s.audit.consistencyProof(u.id, first.size, undefined, operator);
      assert.equal(verifyProofFile(across, r.publicKey).ok, false, 'the first checkpoint is signed with the old key');
      assert.equal(verifyProofFile(across, [k1.publicKey, r.publicKey]).ok, true);
      const v = await s.audit.verifyUnaudited(u.id);
      assert.equal(v.ok, true, JSON.stringify(v.problems));
      // The CLI: rotate again, fetch a version, check a proof with two keys.
      const c = await cli(s, 'audit', 'rotate-signing-key', '--tenant', 'rotation', '--json');
      assert.equal(c.exitCode, 0, c.stderr);
      assert.equal((JSON.parse(c.stdout) as { version: number }).version, r.version + 1);
      const pk = await cli(s, 'audit', 'public-key', '--tenant', 'rotation', '--key-version', String(k1.version), '--json');
      assert.equal(pk.exitCode, 0, pk.stderr);
      assert.equal((JSON.parse(pk.stdout) as Array<{ publicKey: string }>)[0]!.publicKey, k1.publicKey);
      const bad = await cli(s, 'audit', 'public-key', '--key-version', '1');
      assert.notEqual(bad.exitCode, 0);
      writeFileSync(join(dir, 'across.json'), JSON.stringify(across));
      const both = await cli(s, 'audit', 'verify-proof', join(dir, 'across.json'), '--public-key', k1.publicKey, '--public-key', r.publicKey);
      assert.equal(both.exitCode, 0, both.stdout + both.stderr);
      const one = await cli(s, 'audit', 'verify-proof', join(dir, 'across.json'), '--public-key', r.publicKey);
      assert.notEqual(one.exitCode, 0);
    });

    test('JSONL export lines are the hashed events, and exports are themselves audited', async () => {
      const before = (await s.audit.verifyUnaudited(t.id)).treeSize;
      const r = await cli(s, 'audit', 'export', '--format', 'jsonl', '--tenant', t.name);
      assert.equal(r.exitCode, 0, r.stderr);
      const lines = r.stdout.trim().split('\n');
      const leaves = await s.store.withTenant(t.id, (tx) => tx.query<{ leaf_hash: Uint8Array }>('select leaf_hash from audit_events order by audit_events.seq'));
      // The export's audit_read event was written before the read, so it is the last line.
      assert.equal(lines.length, before + 1);
      lines.forEach((l, i) => assert.ok(leafHash(l).equals(Buffer.from(leaves.rows[i]!.leaf_hash)), `line ${i}`));
      const last = JSON.parse(lines[lines.length - 1]!) as { action: string; subtype: string; actor: { principal: string } };
      assert.equal(last.action, 'audit_read');
      assert.equal(last.subtype, 'export.jsonl');
      // A time window.
      const future = await cli(s, 'audit', 'export', '--format', 'jsonl', '--tenant', t.name, '--from', '2999-01-01');
      assert.equal(future.stdout, '');
    });

    test('the accounting of disclosures lists one patient, found by pseudonym', async () => {
      const u = await s.tenants.create('disclosures');
      await s.audit.append(u.id, [modelCall(1, 'SYNTH-A'), modelCall(2, 'SYNTH-B'), { ...modelCall(3, 'SYNTH-A'), outcome: 'denied', code: 'baa_missing' }]);
      await s.audit.append(u.id, [{ ...modelCall(4, 'SYNTH-A'), action: 'export', vendor: undefined, model: undefined, target: { type: 'fhir_server', id: 'payer-gateway' }, purpose: 'HPAYMT' }]);
      const list = await s.audit.disclosures(u.id, 'SYNTH-A', {}, operator);
      assert.equal(list.length, 2);
      assert.deepEqual(
        list.map((d) => [d.recipient, d.purpose, d.action]),
        [
          ['openai', 'TREAT', 'model_call'],
          ['fhir_server:payer-gateway', 'HPAYMT', 'export'],
        ],
      );
      assert.deepEqual(list[0]!.dataKinds, { resourceTypes: ['DocumentReference'], fields: ['note.text'], identifiers: ['DATE', 'NAME'] });
      const r = await cli(s, 'audit', 'export', '--format', 'disclosures', '--tenant', 'disclosures', '--patient', 'SYNTH-B');
      assert.equal(r.exitCode, 0, r.stderr);
      const parsed = JSON.parse(r.stdout) as { accountingOfDisclosures: Array<{ recipient: string }> };
      assert.equal(parsed.accountingOfDisclosures.length, 1);
      assert.ok(!r.stdout.includes('SYNTH-B'));
    });

    test('retention purge: refuses young events, archives first, keeps the tree verifiable', async () => {
      // A tenant whose first 30 events are seven years old (an injected clock), then 10 new ones.
      const plain = new TenantService(s.store, s.keys);
      const u = await plain.create('retention');
      const sevenYears = new Date();
      sevenYears.setUTCFullYear(sevenYears.getUTCFullYear() - 7);
      const old = new AuditService(s.store, s.keys, { clock: () => sevenYears });
      await appendMany(old, u.id, 30, 10);
      await appendMany(s.audit, u.id, 10);
      await s.audit.checkpoint(u.id);
      const lastKept = (await ids(u.id))[35]!;

      const fiveYears = new Date();
      fiveYears.setUTCFullYear(fiveYears.getUTCFullYear() - 5);
      await assert.rejects(s.audit.purge(u.id, fiveYears, operator, () => undefined), (e: { code?: string }) => e.code === 'audit_retention');
      // The database refuses too, whatever the application asks.
      await assert.rejects(
        s.store.withTenant(u.id, (tx) =>
          tx.query(`select phigate_audit_purge($1, 5, now() - interval '1 year', ''::bytea, interval '1 year')`, [u.id]),
        ),
      );
      await assert.rejects(s.store.withTenant(u.id, (tx) => tx.query('delete from audit_events where seq < 5')), (e: { code?: string }) => e.code === '42501');

      const cutoff = new Date();
      cutoff.setUTCFullYear(cutoff.getUTCFullYear() - 6);
      cutoff.setUTCMonth(cutoff.getUTCMonth() - 6);
      const archived: string[] = [];
      const r = await s.audit.purge(u.id, cutoff, operator, (line) => {
        archived.push(line);
      });
      assert.equal(r.purged, 30);
      assert.equal(r.purgedBefore, 30);
      assert.equal(archived.length, 30);
      // The archive plus the kept frontier give back the signed tree: the archive is provably complete.
      const f = new Frontier(0);
      for (const line of archived) f.push(leafHash(line));
      const kept = await s.store.withTenant(u.id, (tx) => tx.query<{ frontier: Uint8Array }>('select frontier from audit_purges'));
      assert.ok(f.encode().equals(Buffer.from(kept.rows[0]!.frontier)));

      const v = await s.audit.verifyUnaudited(u.id);
      assert.equal(v.ok, true, JSON.stringify(v.problems));
      assert.equal(v.purgedBefore, 30);
      const proof = await s.audit.inclusionProof(u.id, lastKept, operator);
      assert.equal(verifyProofFile(proof, (await s.audit.publicKey(u.id)).publicKey).ok, true);
      const again = await s.audit.purge(u.id, cutoff, operator, () => undefined);
      assert.equal(again.purged, 0);
      const purgeEvents = await s.store.withTenant(u.id, (tx) => tx.query(`select 1 from audit_events where body like '{"action":"audit_purge"%'`));
      assert.equal(purgeEvents.rows.length, 1);
      // Tampering after a purge is still found.
      const { asAttacker } = await import('./support.js');
      await asAttacker(s.store, (tx) => tx.query('delete from audit_events where tenant_id = $1 and seq = 33', [u.id]));
      const bad = await s.audit.verifyUnaudited(u.id);
      assert.equal(bad.ok, false);
      assert.equal(bad.problems[0]!.position, 33);
    });
  });
}
