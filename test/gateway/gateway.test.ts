import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/gateway/index.js';
import { parseRoutesConfig } from '../../src/providers/index.js';
import { DEFAULT_FAIL_BODY, startMockUpstream, type MockUpstream } from '../support/mock-upstream.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';
import { listenLocal } from '../support/listen.js';

// Synthetic canaries: values that must never reach the upstream, an audit event or a log line.
const CANARY_NAME = 'Dolores Whitfield';
const CANARY_PHONE = '(617) 555-0142';
const CANARY_MRN = 'MRN: 88231907';
const CANARY_EMAIL = 'dolores.whitfield@example.org';
const PROMPT = `Patient ${CANARY_NAME}, ${CANARY_MRN}, phone ${CANARY_PHONE}, email ${CANARY_EMAIL}, seen on 03/14/2026 for chest pain.`;
const CANARY_VALUES = [CANARY_NAME, '555-0142', '88231907', CANARY_EMAIL, 'Whitfield', 'Dolores'];

const PURPOSE = { 'X-Phigate-Purpose': 'TREAT' };

for (const kind of storeKinds) {
  describe(`gateway (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    let app: FastifyInstance;
    let mock: MockUpstream;
    let base: string;
    let clinicianKey: string;
    let analystKey: string;
    let tenantId: string;
    const logLines: string[] = [];

    before(async () => {
      process.env.PHIGATE_TEST_UPSTREAM_KEY = 'sk-upstream-test';
      mock = await startMockUpstream();
      s = await openTestServices(kind.name, { PHIGATE_RATE_LIMIT: '1000', PHIGATE_LOG_LEVEL: 'info' });
      const routes = parseRoutesConfig({
        models: {
          inspect: { provider: 'inspect', vendor: 'phigate', services: ['chat', 'embeddings'] },
          'gpt-mock': { provider: 'openai', baseUrl: `${mock.url}/v1`, vendor: 'openai', apiKeyEnv: 'PHIGATE_TEST_UPSTREAM_KEY', services: ['chat', 'embeddings'], timeoutMs: 2000 },
          'claude-mock': { provider: 'anthropic', baseUrl: mock.url, vendor: 'anthropic', apiKeyEnv: 'PHIGATE_TEST_UPSTREAM_KEY', services: ['chat'], timeoutMs: 2000 },
          'local-llm': { provider: 'openai-compatible', baseUrl: `${mock.url}/v1`, vendor: 'in-house', self_hosted: true },
        },
      });
      // Every log line the server writes is kept, to prove none carries an identifier.
      app = await buildServer(s, { routes, logStream: { write: (line: string) => void logLines.push(line) } });
      base = await listenLocal(app);
      const t = await s.tenants.create('gw');
      tenantId = t.id;
      clinicianKey = (await s.apiKeys.create(t.id, { principal: 'dr-app', role: 'clinician' })).key;
      analystKey = (await s.apiKeys.create(t.id, { principal: 'research-app', role: 'analyst' })).key;
    });
    after(async () => {
      await app?.close();
      await mock?.close();
      await s?.dispose();
    });

    const openai = (key = clinicianKey, headers: Record<string, string> = PURPOSE) =>
      new OpenAI({ apiKey: key, baseURL: `${base}/v1`, defaultHeaders: headers, maxRetries: 0 });
    const anthropic = (key = clinicianKey, headers: Record<string, string> = PURPOSE) =>
      new Anthropic({ apiKey: key, baseURL: base, defaultHeaders: headers, maxRetries: 0 });

    const assertNothingLeaked = () => {
      for (const v of CANARY_VALUES) assert.equal(mock.receivedAnywhere(v), false, `upstream received a canary`);
    };

    test('inspect: the caller sees its own text back; the vendor would have seen only tokens', async () => {
      const r = await openai().chat.completions.create({ model: 'inspect', messages: [{ role: 'user', content: PROMPT }] });
      assert.equal(r.choices[0]!.message.content, PROMPT);
      const seen = await openai(analystKey).chat.completions.create({ model: 'inspect', messages: [{ role: 'user', content: PROMPT }] });
      const content = seen.choices[0]!.message.content!;
      for (const v of CANARY_VALUES) assert.equal(content.includes(v), false);
      assert.match(content, /\[\[NAME_[0-9A-F]{8}\]\]/);
      assert.match(content, /\[\[PHONE_[0-9A-F]{8}\]\]/);
    });

    test('OpenAI SDK, plain: identifiers never reach the vendor; the answer comes back restored', async () => {
      await s.vendors.add('openai', { baaSignedOn: '2025-01-01', baaExpiresOn: '2099-01-01', services: ['chat', 'embeddings'] }).catch(() => undefined);
      mock.reset();
      const r = await openai().chat.completions.create({
        model: 'gpt-mock',
        messages: [
          { role: 'system', content: `You help the care team of ${CANARY_NAME}.` },
          { role: 'user', content: [{ type: 'text', text: PROMPT }] },
        ],
      });
      assertNothingLeaked();
      assert.equal(mock.requests.length, 1);
      assert.match(JSON.stringify(mock.last()!.body), /\[\[NAME_[0-9A-F]{8}\]\]/);
      assert.equal(r.choices[0]!.message.content, PROMPT);
    });

    test('concurrent requests, whose texts the detector reads together: each caller gets its own answer, no value reaches the vendor', async () => {
      mock.reset();
      const people = ['Quentin Abernathy-Vale', 'Ottilie Marchbanks', 'Severin Kowalczyk', 'Philippa Drummond-Ash', 'Thaddeus Okonjo', 'Wilhelmina Castellano', 'Lysander Pemberton', 'Araminta Fairbrother'];
      const prompts = people.map((p, i) => `Patient ${p}, MRN: ${String(40000000 + i * 7919)}, phone (617) 555-01${String(10 + i)}, seen on 03/${String(10 + i)}/2026.`);
      const read = app.gateway.requestBatcher.textsRead;
      const answers = await Promise.all(prompts.map((content) => openai().chat.completions.create({ model: 'gpt-mock', messages: [{ role: 'user', content }] })));
      assert.ok(app.gateway.requestBatcher.textsRead >= read + people.length, 'the prompts were read through the batcher');
      answers.forEach((r, i) => assert.equal(r.choices[0]!.message.content, prompts[i]));
      assert.equal(mock.requests.length, people.length);
      for (const p of people) for (const part of p.split(/[ -]/)) assert.equal(mock.receivedAnywhere(part), false, 'a name reached the vendor');
      for (let i = 0; i < people.length; i++) assert.equal(mock.receivedAnywhere(String(40000000 + i * 7919)), false, 'an MRN reached the vendor');
    });

    test('OpenAI SDK, streamed: restored across chunk boundaries, usage passes through', async () => {
      mock.reset();
      const stream = await openai().chat.completions.create({
        model: 'gpt-mock',
        stream: true,
        stream_options: { include_usage: true },
        messages: [{ role: 'user', content: PROMPT }],
      });
      let text = '';
      let usage = false;
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta?.content ?? '';
        if (chunk.usage) usage = true;
      }
      assertNothingLeaked();
      assert.equal(text, PROMPT);
      assert.equal(usage, true);
    });

    test('every split position of a token across SSE chunks is restored', async () => {
      const conv = { ...PURPOSE, 'X-Phigate-Conversation': 'split-test' };
      mock.reset();
      await openai(clinicianKey, conv).chat.completions.create({ model: 'gpt-mock', messages: [{ role: 'user', content: `Call ${CANARY_NAME} today` }] });
      const sent = JSON.stringify(mock.last()!.body);
      const token = /\[\[NAME_[0-9A-F]{8}\]\]/.exec(sent)![0];
      const answer = `Hello ${token}!`;
      for (let cut = 1; cut < answer.length; cut++) {
        mock.behave({ answer, chunks: [answer.slice(0, cut), answer.slice(cut)] });
        const stream = await openai(clinicianKey, conv).chat.completions.create({
          model: 'gpt-mock',
          stream: true,
          messages: [{ role: 'user', content: `Call ${CANARY_NAME} today` }],
        });
        let text = '';
        for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
        assert.equal(text, `Hello ${CANARY_NAME}!`, `split at ${cut}`);
      }
      mock.reset();
    });

    test('Anthropic SDK, plain and streamed', async () => {
      await s.vendors.add('anthropic', { baaSignedOn: '2025-01-01', baaExpiresOn: '2099-01-01', services: ['chat'] }).catch(() => undefined);
      mock.reset();
      const msg = await anthropic().messages.create({ model: 'claude-mock', max_tokens: 200, messages: [{ role: 'user', content: PROMPT }] });
      const block = msg.content[0]!;
      assert.equal(block.type === 'text' ? block.text : '', PROMPT);
      const stream = anthropic().messages.stream({ model: 'claude-mock', max_tokens: 200, messages: [{ role: 'user', content: PROMPT }] });
      let text = '';
      for await (const ev of stream) if (ev.type === 'content_block_delta' && ev.delta.type === 'text_delta') text += ev.delta.text;
      assert.equal(text, PROMPT);
      assertNothingLeaked();
    });

    test('OpenAI shape to an Anthropic upstream is translated both ways', async () => {
      mock.reset();
      const r = await openai().chat.completions.create({ model: 'claude-mock', messages: [{ role: 'user', content: PROMPT }] });
      assert.equal(mock.last()!.path, '/v1/messages');
      assert.equal(r.choices[0]!.message.content, PROMPT);
      assertNothingLeaked();
    });

    test('tool-call arguments are de-identified and restored', async () => {
      mock.reset();
      mock.behave({ answer: '', toolCall: { name: 'book', arguments: '' } });
      const conv = { ...PURPOSE, 'X-Phigate-Conversation': 'tools' };
      await openai(clinicianKey, conv).chat.completions.create({
        model: 'gpt-mock',
        messages: [
          { role: 'user', content: 'book it' },
          { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'book', arguments: JSON.stringify({ patient: CANARY_NAME, phone: CANARY_PHONE }) } }] },
          { role: 'tool', tool_call_id: 'c1', content: `Booked ${CANARY_NAME}` },
        ],
      });
      assertNothingLeaked();
      mock.reset();
    });

    test('the purpose of use is required and must be known', async () => {
      await assert.rejects(openai(clinicianKey, {}).chat.completions.create({ model: 'inspect', messages: [{ role: 'user', content: 'hi' }] }), (e: InstanceType<typeof OpenAI.APIError>) => e.status === 400 && e.code === 'purpose_required');
      await assert.rejects(
        openai(clinicianKey, { 'X-Phigate-Purpose': 'curiosity' }).chat.completions.create({ model: 'inspect', messages: [{ role: 'user', content: 'hi' }] }),
        (e: InstanceType<typeof OpenAI.APIError>) => e.status === 400 && e.code === 'purpose_unknown',
      );
    });

    test('bad keys get 401; unknown models 404', async () => {
      await assert.rejects(openai('phg_aaaaaaaa_' + 'x'.repeat(43)).models.list(), (e: InstanceType<typeof OpenAI.APIError>) => e.status === 401 && e.code === 'invalid_api_key');
      await assert.rejects(anthropic('nope').messages.create({ model: 'inspect', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }), (e: { status?: number }) => e.status === 401);
      await assert.rejects(openai().chat.completions.create({ model: 'gpt-9', messages: [{ role: 'user', content: 'x' }] }), (e: InstanceType<typeof OpenAI.APIError>) => e.status === 404 && e.code === 'model_not_found');
      const models = await openai().models.list();
      assert.deepEqual(models.data.map((m) => m.id).sort(), ['claude-mock', 'gpt-mock', 'inspect', 'local-llm']);
    });

    test('identifiers in clear need an active BAA: refused with nothing sent, allowed with one', async () => {
      const pass = { ...PURPOSE, 'X-Phigate-Passthrough': '1' };
      await s.vendors.remove('openai').catch(() => undefined);
      mock.reset();
      await assert.rejects(openai(clinicianKey, pass).chat.completions.create({ model: 'gpt-mock', messages: [{ role: 'user', content: PROMPT }] }), (e: InstanceType<typeof OpenAI.APIError>) => e.status === 403 && e.code === 'baa_required');
      await s.vendors.add('openai', { baaSignedOn: '2020-01-01', baaExpiresOn: '2021-01-01', services: ['chat'] });
      await assert.rejects(openai(clinicianKey, pass).chat.completions.create({ model: 'gpt-mock', messages: [{ role: 'user', content: PROMPT }] }), (e: InstanceType<typeof OpenAI.APIError>) => e.status === 403 && e.code === 'baa_expired');
      await s.vendors.update('openai', { baaExpiresOn: '2099-01-01', services: ['embeddings'] });
      await assert.rejects(openai(clinicianKey, pass).chat.completions.create({ model: 'gpt-mock', messages: [{ role: 'user', content: PROMPT }] }), (e: InstanceType<typeof OpenAI.APIError>) => e.status === 403 && e.code === 'baa_required');
      assert.equal(mock.requests.length, 0);
      // De-identified content may still go to a vendor without a BAA for the service.
      await openai().chat.completions.create({ model: 'gpt-mock', messages: [{ role: 'user', content: PROMPT }] });
      assertNothingLeaked();
      await s.vendors.update('openai', { services: ['chat', 'embeddings'] });
      mock.reset();
      const r = await openai(clinicianKey, pass).chat.completions.create({ model: 'gpt-mock', messages: [{ role: 'user', content: PROMPT }] });
      assert.equal(mock.receivedAnywhere(CANARY_NAME), true);
      assert.equal(r.choices[0]!.message.content, PROMPT);
      // Self-hosted routes need no BAA.
      const local = await openai(clinicianKey, pass).chat.completions.create({ model: 'local-llm', messages: [{ role: 'user', content: 'hi' }] });
      assert.equal(local.choices[0]!.message.content, 'hi');
      mock.reset();
    });

    test('upstream failures: 502 without the upstream body, 504 on timeout', async () => {
      mock.reset();
      mock.behave({ mode: 'fail', failStatus: 500 });
      const err = await openai().chat.completions.create({ model: 'gpt-mock', messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
      assert.ok(err instanceof OpenAI.APIError);
      assert.equal(err.status, 502);
      assert.equal(err.code, 'upstream_error');
      assert.equal(JSON.stringify(err.error).includes('CANARY-5150'), false);
      assert.ok(DEFAULT_FAIL_BODY.includes('CANARY-5150'));
      mock.behave({ mode: 'hang' });
      await assert.rejects(openai().chat.completions.create({ model: 'gpt-mock', messages: [{ role: 'user', content: 'x' }] }), (e: InstanceType<typeof OpenAI.APIError>) => e.status === 504 && e.code === 'upstream_timeout');
      mock.reset();
    });

    test('fail closed: de-identification, vault or audit down means nothing is sent', async () => {
      const gw = app.gateway;
      mock.reset();
      const protect = gw.protect;
      gw.protect = async () => {
        throw new Error(`boom ${CANARY_NAME}`);
      };
      await assert.rejects(openai().chat.completions.create({ model: 'gpt-mock', messages: [{ role: 'user', content: PROMPT }] }), (e: InstanceType<typeof OpenAI.APIError>) => e.status === 500 && e.code === 'deid_failed' && !e.message.includes('Dolores'));
      gw.protect = protect;

      // The vault and the audit log share one statement: whichever refuses, neither keeps anything.
      const rows = async (table: string) => (await s.store.withTenant(tenantId, (tx) => tx.query<{ n: number }>(`select count(*)::int as n from ${table}`))).rows[0]!.n;
      for (const [table, code] of [['vault_batches', 'vault_unavailable'], ['audit_events', 'audit_unavailable']] as const) {
        const before = { vault: await rows('vault_batches'), audit: await rows('audit_events') };
        await s.store.withOwner(async (tx) => {
          await tx.query(`create function test_refuse() returns trigger language plpgsql as $$ begin raise exception 'refused'; end $$`);
          await tx.query(`create trigger test_refuse before insert on ${table} for each statement execute function test_refuse()`);
        });
        try {
          await assert.rejects(
            openai().chat.completions.create({ model: 'gpt-mock', messages: [{ role: 'user', content: PROMPT }] }),
            (e: InstanceType<typeof OpenAI.APIError>) => e.status === 503 && e.code === code && !e.message.includes('Dolores'),
          );
        } finally {
          await s.store.withOwner(async (tx) => {
            await tx.query(`drop trigger test_refuse on ${table}`);
            await tx.query('drop function test_refuse()');
          });
        }
        assert.equal(await rows('vault_batches'), before.vault, `${table}: no token kept`);
        // Only the refusal itself is recorded (one event), never the call's events.
        assert.ok((await rows('audit_events')) - before.audit <= 1, `${table}: no call event kept`);
      }

      const append = s.audit.append.bind(s.audit);
      const prepare = s.audit.prepare.bind(s.audit);
      s.audit.append = async () => {
        throw Object.assign(new Error('x'), { code: 'audit_unavailable' });
      };
      s.audit.prepare = s.audit.append as unknown as typeof prepare;
      await assert.rejects(openai().chat.completions.create({ model: 'gpt-mock', messages: [{ role: 'user', content: PROMPT }] }), (e: InstanceType<typeof OpenAI.APIError>) => (e.status ?? 0) >= 500);
      s.audit.append = append;
      s.audit.prepare = prepare;
      assert.equal(mock.requests.length, 0);
    });

    test('an answer revealing identifiers it was not given is redacted, plain and streamed, and audited', async () => {
      const leak = 'The other patient, Margaret Okafor, can be reached at 212-555-0199 for follow-up.';
      mock.reset();
      mock.behave({ answer: leak });
      const plain = await openai().chat.completions.create({ model: 'gpt-mock', messages: [{ role: 'user', content: 'who else?' }] });
      const p = plain.choices[0]!.message.content!;
      assert.equal(p.includes('Okafor') || p.includes('555-0199'), false);
      assert.match(p, /\[NAME\]/);
      for (const size of [1, 3, 8]) {
        mock.behave({ answer: leak, chunks: Array.from({ length: Math.ceil(leak.length / size) }, (_, i) => leak.slice(i * size, i * size + size)) });
        const stream = await openai().chat.completions.create({ model: 'gpt-mock', stream: true, messages: [{ role: 'user', content: 'who else?' }] });
        let text = '';
        for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
        assert.equal(text.includes('Okafor') || text.includes('555-0199'), false, `chunks of ${size}`);
        assert.ok(text.startsWith('The other patient, '), text);
        assert.ok(text.endsWith('for follow-up.'), text);
      }
      const events = await s.store.withTenant(tenantId, (tx) => tx.query<{ j: string }>(`select row_to_json(e)::text as j from audit_events e`));
      assert.ok(events.rows.some((r) => r.j.includes('output_scan') && r.j.includes('output_phi_redacted')));
      mock.reset();
    });

    test('streamed tool-call arguments are scanned too, and stay valid JSON', async () => {
      mock.reset();
      mock.behave({ answer: '', toolCall: { name: 'notify', arguments: JSON.stringify({ who: 'Margaret Okafor', phone: '212-555-0199', note: 'follow up' }) } });
      const stream = await openai().chat.completions.create({ model: 'gpt-mock', stream: true, messages: [{ role: 'user', content: 'notify someone' }] });
      let args = '';
      for await (const chunk of stream) for (const tc of chunk.choices[0]?.delta?.tool_calls ?? []) args += tc.function?.arguments ?? '';
      assert.equal(args.includes('Okafor') || args.includes('555-0199'), false, args);
      const parsed = JSON.parse(args) as { who: string; note: string };
      assert.equal(parsed.who, '[NAME]');
      assert.equal(parsed.note, 'follow up');
      mock.reset();
    });

    test('a role without vault:detokenize gets tokens or markers, not values', async () => {
      mock.reset();
      const r = await openai(analystKey, { 'X-Phigate-Purpose': 'HRESCH' }).chat.completions.create({ model: 'gpt-mock', messages: [{ role: 'user', content: PROMPT }] });
      const content = r.choices[0]!.message.content!;
      for (const v of CANARY_VALUES) assert.equal(content.includes(v), false);
      assert.match(content, /\[\[NAME_[0-9A-F]{8}\]\]|\[NAME\]/);
    });

    test('embeddings are computed on de-identified input', async () => {
      mock.reset();
      const r = await openai().embeddings.create({ model: 'gpt-mock', input: [PROMPT, 'no identifiers here'] });
      assert.equal(r.data.length, 2);
      assertNothingLeaked();
      await assert.rejects(openai().embeddings.create({ model: 'gpt-mock', input: [[1, 2, 3]] as unknown as string[] }), (e: InstanceType<typeof OpenAI.APIError>) => e.status === 400 && e.code === 'input_not_text');
    });

    test('no log line carries an identifier or a key', () => {
      assert.ok(logLines.length > 10);
      for (const line of logLines) {
        for (const v of CANARY_VALUES) assert.equal(line.includes(v), false);
        assert.equal(line.includes(clinicianKey), false);
      }
    });

    test('the audit log verifies and holds none of the identifiers', async () => {
      const report = await s.audit.verifyUnaudited(tenantId);
      assert.equal(report.ok, true);
      const dump = await s.store.withOwner((tx) => tx.query<{ j: string }>('select row_to_json(e)::text as j from audit_events e'));
      assert.ok(dump.rows.length > 10);
      for (const row of dump.rows) for (const v of CANARY_VALUES) assert.equal(row.j.includes(v), false);
      assert.ok(dump.rows.some((r) => r.j.includes('baa_required')));
      assert.ok(dump.rows.some((r) => r.j.includes('model_call')));
    });
  });
}
