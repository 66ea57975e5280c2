import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import type { FastifyInstance } from 'fastify';
import { decide, DEFAULT_POLICY_RULES, hideFhirFields, partitionTokens } from '../../src/access/index.js';
import { buildServer } from '../../src/gateway/index.js';
import { parseRoutesConfig } from '../../src/providers/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';

// Synthetic values only.
const NAME = 'Dolores Whitfield';
const DATE = '03/14/2026';
const PHONE = '(617) 555-0142';
const MRN = 'MRN: 88231907';
const PROMPT = `Patient ${NAME}, ${MRN}, phone ${PHONE}, seen on ${DATE} for chest pain.`;

describe('minimum-necessary rules (unit)', () => {
  test('the most specific rule wins; purpose ranks above role; the tenant wins ties', () => {
    const d = (role: string, purpose: string, extra = []) => decide([...DEFAULT_POLICY_RULES, ...extra], role, purpose);
    assert.equal(d('clinician', 'TREAT').restores('NAME'), true);
    assert.equal(d('clinician', 'HRESCH').restores('NAME'), false);
    assert.equal(d('clinician', 'HRESCH').restores('DATE'), false);
    assert.equal(d('clinician', 'HRESCH').otherwise, 'token');
    assert.equal(d('clinician', 'HPAYMT').restores('NAME'), true);
    assert.equal(d('clinician', 'HPAYMT').restores('PHONE'), false);
    assert.equal(d('clinician', 'PATRQT').restores('PHONE'), true);
    // Unknown combinations restore nothing (deny by default).
    assert.equal(d('service', 'DISASTER').restores('NAME'), false);
    const tenant = [{ role: 'clinician', purpose: '*', restore: ['*'], otherwise: 'token', hideFields: [], source: 'tenant' }] as never;
    // A tenant rule for a role does not widen a purpose that never needs identifiers.
    assert.equal(d('clinician', 'HRESCH', tenant).restores('NAME'), false);
    assert.equal(d('clinician', 'DISASTER', tenant).restores('NAME'), true);
    // Without vault:detokenize nothing is restored, whatever the rule.
    assert.equal(decide(DEFAULT_POLICY_RULES, 'analyst', 'TREAT', false).restores('NAME'), false);
  });

  test('tokens split into restored and redacted by kind', () => {
    const redacting = [{ role: 'clinician', purpose: 'HRESCH', restore: ['MRN'], otherwise: 'redact', hideFields: [], source: 'tenant' }] as never;
    const dec = decide([...DEFAULT_POLICY_RULES, ...redacting], 'clinician', 'HRESCH');
    const { restore, replace } = partitionTokens(dec, ['[[NAME_0A1B2C3D]]', '[[MRN_0A1B2C3E]]']);
    assert.deepEqual(restore, ['[[MRN_0A1B2C3E]]']);
    assert.equal(replace.get('[[NAME_0A1B2C3D]]'), '[NAME]');
    const pay = partitionTokens(decide(DEFAULT_POLICY_RULES, 'clinician', 'HPAYMT'), ['[[NAME_0A1B2C3D]]', '[[PHONE_0A1B2C3E]]']);
    assert.deepEqual(pay.restore, ['[[NAME_0A1B2C3D]]']);
    assert.equal(pay.replace.size, 0); // the phone token stays a token
  });

  test('FHIR fields hidden by path, wildcard and bare name, in bundles too', () => {
    const bundle = {
      resourceType: 'Bundle',
      entry: [
        { resource: { resourceType: 'Patient', id: 'p1', name: [{ family: 'Synthetic' }], birthDate: '1950-01-01', gender: 'female', identifier: [{ value: 'X1' }], telecom: [{ value: 'x' }] } },
        { resource: { resourceType: 'Observation', id: 'o1', status: 'final', identifier: [{ value: 'Y1' }], subject: { reference: 'Patient/p1' } } },
      ],
    };
    const removed = hideFhirFields(bundle, decide(DEFAULT_POLICY_RULES, 'analyst', 'HRESCH').hideFields);
    const [p, o] = bundle.entry.map((e) => e.resource as Record<string, unknown>);
    assert.equal(p!.name, undefined);
    assert.equal(p!.birthDate, undefined);
    assert.equal(p!.identifier, undefined);
    assert.equal(p!.telecom, undefined);
    assert.equal(p!.gender, 'female');
    assert.equal(o!.identifier, undefined);
    assert.equal(o!.status, 'final');
    assert.ok(removed.includes('Patient.birthDate'));
  });
});

for (const kind of storeKinds) {
  describe(`roles and minimum necessary in the gateway (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    let app: FastifyInstance;
    let base: string;
    let tenantId: string;
    const keys: Record<string, string> = {};

    before(async () => {
      s = await openTestServices(kind.name, { PHIGATE_RATE_LIMIT: '1000', PHIGATE_LOG_LEVEL: 'silent' });
      const routes = parseRoutesConfig({ models: { inspect: { provider: 'inspect', vendor: 'phigate', services: ['chat', 'embeddings'] } } });
      app = await buildServer(s, { routes });
      await app.listen({ host: '127.0.0.1', port: 0 });
      const addr = app.server.address();
      base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
      tenantId = (await s.tenants.create('mn')).id;
      keys.clinician = (await s.apiKeys.create(tenantId, { principal: 'dr-app', role: 'clinician' })).key;
      keys.analyst = (await s.apiKeys.create(tenantId, { principal: 'research-app', role: 'analyst' })).key;
      await s.roles.upsert(tenantId, { name: 'coder', description: 'medical coding', permissions: ['gateway:chat', 'vault:detokenize'] });
      keys.coder = (await s.apiKeys.create(tenantId, { principal: 'coding-app', role: 'coder' })).key;
    });
    after(async () => {
      await app?.close();
      await s?.dispose();
    });

    const ask = async (key: string, purpose: string, stream = false): Promise<string> => {
      const client = new OpenAI({ apiKey: key, baseURL: `${base}/v1`, defaultHeaders: { 'X-Phigate-Purpose': purpose }, maxRetries: 0 });
      if (!stream) {
        const r = await client.chat.completions.create({ model: 'inspect', messages: [{ role: 'user', content: PROMPT }] });
        return r.choices[0]!.message.content ?? '';
      }
      let text = '';
      const st = await client.chat.completions.create({ model: 'inspect', stream: true, messages: [{ role: 'user', content: PROMPT }] });
      for await (const c of st) text += c.choices[0]?.delta?.content ?? '';
      return text;
    };

    test('the same request restores different identifier kinds per role and purpose', async () => {
      // clinician + TREAT: everything back.
      assert.equal(await ask(keys.clinician!, 'TREAT'), PROMPT);
      // clinician + HRESCH: no identifier restored; tokens stay.
      const research = await ask(keys.clinician!, 'HRESCH');
      for (const v of [NAME, 'Whitfield', DATE, '555-0142', '88231907']) assert.equal(research.includes(v), false);
      assert.match(research, /\[\[NAME_[0-9A-F]{8}\]\]/);
      // analyst + HRESCH: never names or dates.
      const analyst = await ask(keys.analyst!, 'HRESCH');
      for (const v of [NAME, 'Whitfield', DATE]) assert.equal(analyst.includes(v), false);
      // clinician + HPAYMT: name, date and record number back; the phone stays a token.
      const pay = await ask(keys.clinician!, 'HPAYMT');
      assert.ok(pay.includes(NAME));
      assert.ok(pay.includes(DATE));
      assert.ok(pay.includes('88231907'));
      assert.equal(pay.includes('555-0142'), false);
      assert.match(pay, /\[\[PHONE_[0-9A-F]{8}\]\]/);
    });

    test('streamed answers follow the same rule', async () => {
      const pay = await ask(keys.clinician!, 'HPAYMT', true);
      assert.ok(pay.includes(NAME));
      assert.match(pay, /\[\[PHONE_[0-9A-F]{8}\]\]/);
      assert.equal(await ask(keys.clinician!, 'TREAT', true), PROMPT);
    });

    test('FHIR resources in an answer lose the fields the rule hides', async () => {
      const patient = { resourceType: 'Patient', id: 'p1', gender: 'female', birthDate: '1950-01-01', name: [{ family: 'Whitfield', given: ['Dolores'] }], telecom: [{ system: 'phone', value: '617-555-0142' }] };
      const fhirAsk = async (key: string, purpose: string) => {
        const client = new OpenAI({ apiKey: key, baseURL: `${base}/v1`, defaultHeaders: { 'X-Phigate-Purpose': purpose }, maxRetries: 0 });
        const r = await client.chat.completions.create({ model: 'inspect', messages: [{ role: 'user', content: JSON.stringify(patient) }] });
        return JSON.parse(r.choices[0]!.message.content ?? '') as Record<string, unknown>;
      };
      const treat = await fhirAsk(keys.clinician!, 'TREAT');
      assert.equal(treat.birthDate, '1950-01-01');
      assert.deepEqual(treat.name, patient.name);
      const pay = await fhirAsk(keys.clinician!, 'HPAYMT');
      assert.equal(pay.telecom, undefined);
      assert.deepEqual(pay.name, patient.name);
      const research = await fhirAsk(keys.analyst!, 'HRESCH');
      for (const f of ['name', 'birthDate', 'telecom']) assert.equal(research[f], undefined, f);
      assert.equal(research.gender, 'female');
    });

    test('streamed FHIR answers lose the hidden fields too (OpenAI and Anthropic streams)', async () => {
      const patient = { resourceType: 'Patient', id: 'p1', gender: 'female', birthDate: '1950-01-01', name: [{ family: 'Whitfield', given: ['Dolores'] }], telecom: [{ system: 'phone', value: '617-555-0142' }] };
      const openaiStream = async (key: string, purpose: string) => {
        const client = new OpenAI({ apiKey: key, baseURL: `${base}/v1`, defaultHeaders: { 'X-Phigate-Purpose': purpose }, maxRetries: 0 });
        const deltas: string[] = [];
        const st = await client.chat.completions.create({ model: 'inspect', stream: true, messages: [{ role: 'user', content: JSON.stringify(patient, null, 2) }] });
        for await (const c of st) if (c.choices[0]?.delta?.content) deltas.push(c.choices[0].delta.content);
        return { deltas, json: JSON.parse(deltas.join('')) as Record<string, unknown> };
      };
      const anthropicStream = async (key: string, purpose: string) => {
        const client = new Anthropic({ apiKey: key, baseURL: base, defaultHeaders: { 'X-Phigate-Purpose': purpose }, maxRetries: 0 });
        const deltas: string[] = [];
        const st = await client.messages.create({ model: 'inspect', max_tokens: 512, stream: true, messages: [{ role: 'user', content: JSON.stringify(patient, null, 2) }] });
        for await (const ev of st) if (ev.type === 'content_block_delta' && ev.delta.type === 'text_delta' && ev.delta.text) deltas.push(ev.delta.text);
        return { deltas, json: JSON.parse(deltas.join('')) as Record<string, unknown> };
      };
      for (const stream of [openaiStream, anthropicStream]) {
        // No hidden field for this rule: the answer streams in pieces, whole.
        const treat = await stream(keys.clinician!, 'TREAT');
        assert.ok(treat.deltas.length > 1, `streams as usual: ${JSON.stringify(treat.deltas).slice(0, 300)}`);
        assert.deepEqual(treat.json.telecom, patient.telecom);
        // Hidden fields: held to the end of the block, then sent without them.
        const pay = await stream(keys.clinician!, 'HPAYMT');
        assert.equal(pay.json.telecom, undefined);
        assert.deepEqual(pay.json.name, patient.name);
        assert.equal(pay.deltas.length, 1, 'sent in one piece');
        const research = await stream(keys.analyst!, 'HRESCH');
        for (const f of ['name', 'birthDate', 'telecom']) assert.equal(research.json[f], undefined, f);
        assert.equal(research.json.gender, 'female');
        assert.equal(research.deltas.join('').includes('555-0142'), false);
      }
    });

    test('a tenant rule refines the defaults, for its own roles too', async () => {
      await s.policies.set(tenantId, { role: 'coder', purpose: 'HPAYMT', restore: ['MRN'], otherwise: 'redact' });
      const coder = await ask(keys.coder!, 'HPAYMT');
      assert.ok(coder.includes('88231907'));
      assert.equal(coder.includes(NAME), false);
      assert.match(coder, /\[NAME\]/);
      // The clinician in the same tenant still gets the default payment rule.
      assert.ok((await ask(keys.clinician!, 'HPAYMT')).includes(NAME));
      const rules = await s.policies.list(tenantId);
      assert.deepEqual(rules.map((r) => [r.role, r.purpose, r.restore]), [['coder', 'HPAYMT', ['MRN']]]);
    });

    test('roles and rules are validated data', async () => {
      await assert.rejects(s.roles.upsert(tenantId, { name: 'x', permissions: ['root:everything'] }), (e: { code?: string }) => e.code === 'role_invalid');
      await assert.rejects(s.roles.upsert(tenantId, { name: 'admin', permissions: ['gateway:chat'] }), (e: { code?: string }) => e.code === 'role_builtin');
      await assert.rejects(s.policies.set(tenantId, { role: 'coder', purpose: 'NOPE', restore: [] }), (e: { code?: string }) => e.code === 'policy_invalid');
      await assert.rejects(s.policies.set(tenantId, { role: 'coder', purpose: 'TREAT', restore: ['SHOE_SIZE'] }), (e: { code?: string }) => e.code === 'policy_invalid');
      await assert.rejects(s.apiKeys.create(tenantId, { principal: 'x', role: 'no-such-role' }), (e: { code?: string }) => e.code === 'role_unknown');
      await assert.rejects(s.roles.remove(tenantId, 'coder'), (e: { code?: string }) => e.code === 'role_in_use');
      const names = (await s.roles.list(tenantId)).map((r) => r.name);
      for (const n of ['admin', 'clinician', 'analyst', 'service', 'coder']) assert.ok(names.includes(n));
    });

    test("another tenant's roles and rules are invisible", async () => {
      const other = (await s.tenants.create('mn-other')).id;
      assert.equal((await s.roles.list(other)).some((r) => r.name === 'coder'), false);
      assert.deepEqual(await s.policies.list(other), []);
      await assert.rejects(s.apiKeys.create(other, { principal: 'x', role: 'coder' }), (e: { code?: string }) => e.code === 'role_unknown');
    });

    test('changes to roles and rules are audited', async () => {
      const r = await s.store.withTenant(tenantId, (tx) => tx.query<{ subtype: string }>(`select body::json->>'subtype' as subtype from audit_events where tenant_id = $1`, [tenantId]));
      const subtypes = r.rows.map((x) => x.subtype);
      assert.ok(subtypes.includes('role.upsert'));
      assert.ok(subtypes.includes('policy.set'));
    });
  });
}
