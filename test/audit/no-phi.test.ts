import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parsePurpose, type AuditEventInput } from '../../src/audit/index.js';
import { PhigateError } from '../../src/common/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';
import { cli, operator, service } from './support.js';

/** Synthetic canary identifiers, one of each shape a patient identifier takes. None is real. */
const CANARIES = {
  name: 'Zebulon Quincannon-Vesper',
  mrn: 'MRN-88471923',
  ssn: '078-05-1120',
  phone: '(555) 201-7788',
  email: 'zq.vesper@example.net',
  dob: '1958-03-14',
  dobUs: '03/14/1958',
  street: '4417 Larkspur Hollow Rd',
  account: 'ACCT4471902388',
};
const ALL = Object.values(CANARIES);
/** Tokens of the canaries that would betray one if found anywhere (lower-cased). */
const NEEDLES = [...ALL, 'Zebulon', 'Quincannon', 'Vesper', '88471923', '05-1120', '201-7788', 'Larkspur', '4471902388'].map((s) => s.toLowerCase());

function assertClean(where: string, text: string): void {
  const low = text.toLowerCase();
  for (const n of NEEDLES) assert.ok(!low.includes(n), `${where} contains a canary (${NEEDLES.indexOf(n)})`);
}

const base = (): AuditEventInput => ({
  action: 'model_call',
  actor: { ...service },
  purpose: 'TREAT',
  what: { resourceTypes: ['Observation'], fields: ['valueString'], identifiers: { NAME: 1 } },
  vendor: 'openai',
  model: 'gpt-4o-2024-08-06',
  target: { type: 'document', id: 'doc-1' },
  client: { address: '10.1.2.3' },
  outcome: 'success',
  code: 'ok',
  correlationId: 'req-abc',
  subtype: 'chat',
});

/** Every input path other than the patient id, as a setter that plants a value there. */
const PATHS: Array<[string, (e: AuditEventInput, v: string) => void]> = [
  ['actor.principal', (e, v) => (e.actor.principal = v)],
  ['actor.role', (e, v) => (e.actor.role = v)],
  ['actor.keyId', (e, v) => (e.actor.keyId = v)],
  ['actor.sessionId', (e, v) => (e.actor.sessionId = v)],
  ['subtype', (e, v) => (e.subtype = v)],
  ['purpose', (e, v) => (e.purpose = v)],
  ['what.resourceTypes', (e, v) => (e.what!.resourceTypes = [v])],
  ['what.fields', (e, v) => (e.what!.fields = [v])],
  ['what.identifiers (kind)', (e, v) => (e.what!.identifiers = { [v]: 1 })],
  ['vendor', (e, v) => (e.vendor = v)],
  ['model', (e, v) => (e.model = v)],
  ['target.type', (e, v) => (e.target!.type = v)],
  ['target.id', (e, v) => (e.target!.id = v)],
  ['client.address', (e, v) => (e.client!.address = v)],
  ['code', (e, v) => (e.code = v)],
  ['correlationId', (e, v) => (e.correlationId = v)],
  ['extra free-text field', (e, v) => ((e as Record<string, unknown>).note = v)],
  ['extra field in what', (e, v) => ((e.what as Record<string, unknown>).summary = v)],
  ['extra field in actor', (e, v) => ((e.actor as Record<string, unknown>).displayName = v)],
];

for (const kind of storeKinds) {
  describe(`no PHI reaches the audit log (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    let dir: string;
    let t: { id: string; name: string };
    let principalTenant: { id: string; name: string };
    const errors: string[] = [];

    before(async () => {
      s = await openTestServices(kind.name);
      dir = mkdtempSync(join(tmpdir(), 'phigate-audit-phi-'));
      t = await s.tenants.create('canary');
      principalTenant = await s.tenants.create('canary-principal');
    });
    after(async () => {
      await s.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    test('patient ids are stored only as keyed pseudonyms', async () => {
      for (const c of ALL) await s.audit.record(t.id, { ...base(), patient: c });
      await s.audit.record(t.id, { ...base(), patients: ALL });
      const p1 = await s.audit.pseudonym(t.id, CANARIES.mrn);
      assert.match(p1, /^pt_[A-Za-z0-9_-]{32}$/);
      // Keyed: another tenant's pseudonym of the same id differs, so logs cannot be joined across tenants.
      const other = await s.tenants.create('canary-other');
      assert.notEqual(await s.audit.pseudonym(other.id, CANARIES.mrn), p1);
    });

    test('every other input path refuses canaries, with errors that do not repeat them', async () => {
      let accepted = 0;
      for (const [path, plant] of PATHS) {
        for (const c of ALL) {
          const e = base();
          plant(e, c);
          try {
            // The actor's own identity goes to a tenant of its own, checked apart below.
            await s.audit.record(path === 'actor.principal' ? principalTenant.id : t.id, e);
            accepted++;
            // The only path that takes some canaries is the actor's own (workforce) identity: a
            // name, an e-mail address or an employee number; never an SSN, phone or date shape.
            assert.equal(path, 'actor.principal', `${path} accepted a canary`);
            assert.ok([CANARIES.name, CANARIES.street, CANARIES.email, CANARIES.mrn, CANARIES.account].includes(c), `${path} accepted an identifier-shaped canary`);
          } catch (err) {
            assert.ok(err instanceof PhigateError, `${path}: ${String(err)}`);
            assert.ok(['audit_event_invalid', 'purpose_unknown'].includes(err.code), err.code);
            assert.equal(err.status, 400);
            errors.push(err.message);
            assertClean(`error for ${path}`, err.message);
          }
        }
      }
      assert.ok(accepted <= 5);
      // Free words of purpose are mapped; anything else is refused without being repeated.
      assert.equal(parsePurpose('public health'), 'PUBHLTH');
      assert.throws(() => parsePurpose(CANARIES.name), (e: PhigateError) => e.code === 'purpose_unknown' && !e.message.includes('Zebulon'));
    });

    test('ordinary ids are not mistaken for identifiers (a refusal would fail the request closed)', async () => {
      const { randomBytes, randomUUID } = await import('node:crypto');
      const events: AuditEventInput[] = [];
      for (let i = 0; i < 200; i++) {
        events.push({
          ...base(),
          actor: { principal: i % 2 ? 'dr.jane.roe@hospital.example' : `emp-${1000000 + i}`, role: 'clinician', via: 'session', sessionId: randomBytes(16).toString('hex'), keyId: randomUUID() },
          correlationId: i % 2 ? randomUUID() : randomBytes(16).toString('hex'),
          model: ['gpt-4o-2024-08-06', 'claude-3-5-sonnet-20241022', 'llama3.1:8b-instruct-q4', 'text-embedding-3-small'][i % 4]!,
        });
      }
      for (let i = 0; i < 50; i++) {
        // Key-encryption key fingerprints as `keys rewrap` records them.
        events.push({ ...base(), action: 'admin', subtype: 'tenant_keys.rewrap', target: { type: 'kek', id: `env-${randomBytes(6).toString('hex')}` } });
      }
      events.push({ ...base(), action: 'admin', target: { type: 'kek', id: 'env-123456789012' } });
      await s.audit.append(t.id, events);
    });

    test('no canary reaches stored events, exports, disclosures or command output', async () => {
      const outputs: Array<[string, string]> = [];
      for (const format of ['jsonl', 'fhir']) {
        const r = await cli(s, 'audit', 'export', '--format', format, '--tenant', t.name);
        assert.equal(r.exitCode, 0, r.stderr);
        outputs.push([`export ${format}`, r.stdout], [`export ${format} stderr`, r.stderr]);
      }
      for (const c of ALL) {
        const r = await cli(s, 'audit', 'export', '--format', 'disclosures', '--tenant', t.name, '--patient', c);
        assert.equal(r.exitCode, 0, r.stderr);
        const list = (JSON.parse(r.stdout) as { accountingOfDisclosures: unknown[] }).accountingOfDisclosures;
        assert.ok(list.length >= 2, 'the disclosures of a canary patient are found by pseudonym');
        outputs.push([`disclosures`, r.stdout], ['disclosures stderr', r.stderr]);
      }
      const file = join(dir, 'export.fhir.json');
      const r = await cli(s, 'audit', 'export', '--format', 'fhir', '--tenant', t.name, '--patient', CANARIES.ssn, '--out', file);
      assert.equal(r.exitCode, 0, r.stderr);
      outputs.push(['fhir file', readFileSync(file, 'utf8')]);
      for (const args of [['verify', '--tenant', t.name], ['checkpoint', '--tenant', t.name], ['public-key', '--tenant', t.name]]) {
        const out = await cli(s, 'audit', ...args);
        outputs.push([args[0]!, out.stdout + out.stderr]);
      }
      // Bad input at the CLI: refused without echo.
      const bad = await cli(s, 'audit', 'export', '--format', 'jsonl', '--tenant', t.name, '--from', CANARIES.name);
      assert.notEqual(bad.exitCode, 0);
      outputs.push(['bad --from', bad.stdout + bad.stderr]);

      // Everything stored in every audit table for the tenant, as text.
      const dump = await s.store.withOwner(async (tx) => {
        const parts: string[] = [];
        for (const table of ['audit_events', 'audit_heads', 'audit_checkpoints', 'audit_signing_keys', 'audit_purges']) {
          const rows = await tx.query<{ t: string }>(`select x::text as t from ${table} x where tenant_id = $1`, [t.id]);
          parts.push(...rows.rows.map((r) => r.t));
        }
        return parts.join('\n');
      });
      assert.ok(dump.length > 1000);
      assertClean('stored audit rows', dump);
      for (const [where, text] of outputs) assertClean(where, text);
      assert.ok(errors.length > 0);

      // The actor's own identity: only workforce-name shapes were taken, and only as the principal.
      const own = await s.store.withTenant(principalTenant.id, (tx) => tx.query<{ body: string }>(`select body from audit_events where body like '{"action":"model_call"%'`));
      for (const row of own.rows) {
        const ev = JSON.parse(row.body) as { actor: { principal: string } };
        assertClean('event outside the principal', row.body.replace(JSON.stringify(ev.actor.principal), '""'));
      }
    });
  });
}
