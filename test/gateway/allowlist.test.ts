// What reaches a vendor with no BAA, field by field (requests), and what reaches the caller, field by
// field (answers): every text is de-identified or scanned, an unknown field is refused, never sent.
import assert from 'node:assert/strict';
import * as http from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/gateway/index.js';
import { parseRoutesConfig } from '../../src/providers/index.js';
import { openTestServices, type TestServices } from '../support/services.js';

const NAME = 'Dolores Whitfield';
const PHONE = '617-555-0142';
const MRN = '88231907';
const CANARIES = [NAME, 'Whitfield', PHONE, MRN];
const PHI = `Patient ${NAME}, MRN: ${MRN}, phone ${PHONE}.`;
// Identifiers the request never carried: the answer scan must catch them.
const LEAK = 'Call Rosalind Achterberg at 720-555-0128, MRN: 43390615.';
const LEAKS = ['Achterberg', '720-555-0128', '43390615'];

interface Upstream {
  url: string;
  bodies: string[];
  answer: (path: string, body: any) => { json?: unknown; sse?: string[] };
  close(): Promise<void>;
}

async function upstream(): Promise<Upstream> {
  const u: Upstream = {
    url: '',
    bodies: [],
    answer: (path) =>
      path.endsWith('/messages')
        ? { json: { id: 'm', type: 'message', role: 'assistant', model: 'm', stop_reason: 'end_turn', usage: { input_tokens: 1, output_tokens: 1 }, content: [{ type: 'text', text: 'ok' }] } }
        : { json: { id: 'x', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }] } },
    close: async () => undefined,
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      u.bodies.push(raw);
      const a = u.answer(req.url ?? '', JSON.parse(raw));
      if (a.sse) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        for (const e of a.sse) res.write(e);
        res.end();
      } else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(a.json));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  u.url = `http://127.0.0.1:${port}`;
  u.close = () => new Promise<void>((r) => server.close(() => r()));
  return u;
}

describe('what goes out and what comes back, field by field (pglite)', () => {
  let s: TestServices;
  let app: FastifyInstance;
  let up: Upstream;
  let base = '';
  let key = '';

  before(async () => {
    process.env.PHIGATE_TEST_UPSTREAM_KEY = 'sk-upstream-test';
    up = await upstream();
    s = await openTestServices('pglite', { PHIGATE_RATE_LIMIT: '100000', PHIGATE_OUTPUT_PHI: 'redact' });
    // Neither vendor has a BAA: only de-identified content may reach them.
    const routes = parseRoutesConfig({
      models: {
        'gpt-x': { provider: 'openai', baseUrl: `${up.url}/v1`, vendor: 'openai', apiKeyEnv: 'PHIGATE_TEST_UPSTREAM_KEY' },
        'claude-x': { provider: 'anthropic', baseUrl: up.url, vendor: 'anthropic', apiKeyEnv: 'PHIGATE_TEST_UPSTREAM_KEY' },
      },
    });
    app = await buildServer(s, { routes });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const t = await s.tenants.create('allow');
    key = (await s.apiKeys.create(t.id, { principal: 'dr-app', role: 'clinician' })).key;
  });
  after(async () => {
    await app?.close();
    await up?.close();
    await s?.dispose();
  });

  const post = async (path: string, body: unknown) => {
    const r = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'x-phigate-purpose': 'TREAT', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: r.status, text: await r.text() };
  };
  const chat = (extra: Record<string, unknown>, messages: unknown[] = [{ role: 'user', content: 'Summarize.' }]) => post('/v1/chat/completions', { model: 'gpt-x', messages, ...extra });
  const msgs = (extra: Record<string, unknown>, messages: unknown[] = [{ role: 'user', content: 'Summarize.' }]) => post('/v1/messages', { model: 'claude-x', max_tokens: 64, messages, ...extra });
  /** The request went out, and none of the canaries with it. */
  const sentClean = (r: { status: number; text: string }) => {
    assert.equal(r.status, 200, r.text);
    const sent = up.bodies[up.bodies.length - 1]!;
    for (const c of CANARIES) {
      const at = sent.indexOf(c);
      assert.equal(at, -1, `upstream received ${c}: ...${sent.slice(Math.max(0, at - 150), at + 50)}`);
    }
    return JSON.parse(sent) as Record<string, any>;
  };
  /** Refused, with nothing sent and nothing echoed. */
  const refused = (r: { status: number; text: string }, code: string, before: number) => {
    assert.equal(r.status, 400, r.text);
    assert.equal(JSON.parse(r.text).error.code, code);
    assert.equal(up.bodies.length, before, 'nothing was sent');
    for (const c of CANARIES) assert.equal(r.text.includes(c), false);
  };

  test('OpenAI: every text field is de-identified; end-user ids and metadata are dropped', async () => {
    const sent = sentClean(
      await chat(
        {
          prediction: { type: 'content', content: PHI },
          stop: [NAME, 'END'],
          tools: [{ type: 'function', function: { name: 'lookup', description: `Look up the chart of ${NAME}`, parameters: { type: 'object', properties: { q: { type: 'string', description: `e.g. MRN: ${MRN}` } } } } }],
          metadata: { patient: NAME },
          user: NAME,
          safety_identifier: PHONE,
          prompt_cache_key: MRN,
          logprobs: false,
        },
        [
          { role: 'user', content: PHI },
          { role: 'assistant', content: null, refusal: `I cannot discuss ${NAME}.`, function_call: { name: 'lookup', arguments: JSON.stringify({ q: PHI }) } },
          { role: 'user', content: [{ type: 'text', text: PHI }] },
        ],
      ),
    );
    for (const k of ['metadata', 'user', 'safety_identifier', 'prompt_cache_key']) assert.equal(k in sent, false, k);
    assert.equal('logprobs' in sent, false, 'logprobs: false is dropped, not refused');
    assert.match(sent.prediction.content, /\[\[NAME_[0-9A-F]{8}\]\]/);
    assert.equal(sent.stop[1], 'END');
    assert.equal(sent.tools[0].function.name, 'lookup');
  });

  test('OpenAI: unknown fields and wrong types are refused, and nothing is sent', async () => {
    const n = up.bodies.length;
    refused(await chat({ modalities: ['text', 'audio'], audio: { voice: NAME } }), 'unsupported_field', n);
    refused(await chat({ logprobs: true, top_logprobs: 5 }), 'unsupported_field', n);
    refused(await chat({}, [{ role: 'user', content: [{ type: 'text', text: 'hi', note: PHI }] }]), 'unsupported_field', n);
    refused(await chat({}, [{ role: 'assistant', content: 'x', audio: { id: NAME } }]), 'unsupported_field', n);
    refused(await chat({}, [{ role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: { note: PHI } } }] }]), 'invalid_request', n);
    refused(await chat({}, [{ role: 'assistant', content: null, tool_calls: { function: { arguments: PHI } } }]), 'invalid_request', n);
    refused(await chat({}, [{ role: `${NAME} MRN ${MRN}`, content: [{ type: `${NAME}` }] }]), 'content_not_deidentifiable', n);
  });

  test('Anthropic: every text field is de-identified; tool_use inputs are read with their keys and numbers', async () => {
    const sent = sentClean(
      await msgs(
        {
          system: [{ type: 'text', text: `You help ${NAME}.`, citations: [{ type: 'char_location', cited_text: PHI, document_title: `Chart of ${NAME}` }] }],
          stop_sequences: [NAME],
          tools: [{ name: 'lookup', description: `Look up ${NAME}`, input_schema: { type: 'object', properties: { mrn: { type: 'number' } } } }],
          metadata: { user_id: NAME },
        },
        [
          { role: 'user', content: PHI },
          { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'lookup', input: { mrn: Number(MRN), [NAME]: 'x', count: 3, note: PHI } }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: [{ type: 'text', text: PHI }] }] },
        ],
      ),
    );
    assert.equal('metadata' in sent, false);
    const input = sent.messages[1].content[0].input as Record<string, unknown>;
    assert.equal(input.count, 3, 'a number with no identifier in it stays a number');
    assert.match(String(input.mrn), /\[\[MRN_[0-9A-F]{8}\]\]/);
  });

  test('Anthropic: unknown fields, opaque values that are not base64, and wrong types are refused', async () => {
    const n = up.bodies.length;
    refused(await msgs({ mcp_servers: [{ url: NAME }] }), 'unsupported_field', n);
    refused(await msgs({}, [{ role: 'user', content: [{ type: 'text', text: 'hi', note: PHI }] }]), 'unsupported_field', n);
    refused(await msgs({}, [{ role: 'assistant', content: [{ type: 'thinking', thinking: 'x', signature: PHI }] }]), 'invalid_request', n);
    refused(await msgs({}, [{ role: 'assistant', content: [{ type: 'redacted_thinking', data: PHI }] }]), 'invalid_request', n);
    refused(await msgs({}, [{ role: 'assistant', content: [{ type: 'thinking', thinking: [PHI] }] }]), 'invalid_request', n);
    refused(await msgs({}, [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 't', content: { text: PHI } }] }]), 'invalid_request', n);
    refused(await msgs({ system: { text: PHI } }), 'invalid_request', n);
  });

  test('what SDKs and frameworks really send goes through: replayed assistant messages, schemas, server tools', async () => {
    // The OpenAI SDK hands back `refusal: null, annotations: []` (and `audio: null`) on every message, and callers replay it.
    const replay = await chat({}, [
      { role: 'user', content: PHI },
      { role: 'assistant', content: 'Noted.', refusal: null, annotations: [], audio: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'lookup', arguments: JSON.stringify({ q: NAME }) } }] },
      { role: 'tool', tool_call_id: 'c1', content: PHI },
    ]);
    const sentReplay = sentClean(replay);
    assert.equal('annotations' in sentReplay.messages[1], false);
    // JSON Schemas (zod-to-json-schema writes $schema): structure untouched, prose read.
    const schema = { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { city: { type: 'string', enum: ['Boston', 'Denver'], description: `where ${NAME} lives` }, when: { type: 'string', format: 'date-time' } }, required: ['city'] };
    const sent = sentClean(
      await chat({
        tools: [{ type: 'function', function: { name: 'route', description: 'route a patient', strict: true, parameters: schema } }],
        tool_choice: { type: 'function', function: { name: 'route' } },
        response_format: { type: 'json_schema', json_schema: { name: 'answer', strict: true, schema } },
        stream_options: undefined,
        parallel_tool_calls: false,
        max_completion_tokens: 50,
        n: 1,
      }),
    );
    const params = sent.tools[0].function.parameters;
    assert.equal(params.$schema, schema.$schema);
    assert.equal(params.properties.when.format, 'date-time');
    assert.deepEqual(params.required, ['city']);
    assert.match(params.properties.city.description, /\[\[NAME_[0-9A-F]{8}\]\]/);
    assert.equal(sent.response_format.json_schema.schema.$schema, schema.$schema);
    // Anthropic server tools keep their dated type and settings; the end user's city is read.
    const a = sentClean(
      await msgs({
        tools: [
          { type: 'web_search_20250305', name: 'web_search', max_uses: 3, user_location: { type: 'approximate', city: 'Brookline', region: 'Massachusetts', country: 'US', timezone: 'America/New_York' } },
          { name: 'route', description: `Route ${NAME}`, input_schema: schema, cache_control: { type: 'ephemeral' } },
        ],
        tool_choice: { type: 'auto' },
        thinking: { type: 'enabled', budget_tokens: 1024 },
        cache_control: { type: 'ephemeral' },
      }),
    );
    assert.equal(a.tools[0].type, 'web_search_20250305');
    assert.equal(a.tools[0].user_location.timezone, 'America/New_York');
    assert.equal(a.tools[1].input_schema.$schema, schema.$schema);
  });

  test('tools phigate cannot examine, and text riding on control values, are refused', async () => {
    const n = up.bodies.length;
    refused(await chat({ tools: [{ type: 'custom', custom: { name: 'x', description: PHI } }] }), 'unsupported_field', n);
    refused(await chat({ tools: [{ type: 'function', function: { name: 'x' }, note: PHI }] }), 'unsupported_field', n);
    refused(await chat({ verbosity: PHI }), 'invalid_request', n);
    refused(await chat({ stream_options: { include_usage: true, note: PHI } }), 'unsupported_field', n);
    refused(await chat({ tool_choice: { type: 'function', function: { name: 'x', note: PHI } } }), 'unsupported_field', n);
    refused(await chat({ modalities: ['text', 'audio'] }), 'content_not_deidentifiable', n);
    refused(await msgs({ thinking: { type: 'enabled', budget_tokens: 1024, note: PHI } }), 'unsupported_field', n);
    refused(await msgs({ container: PHI }), 'invalid_request', n);
  });

  test('answers: links to public pages stay links; a stop sequence comes back restored', async () => {
    up.answer = () => ({
      json: { id: 'x', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'See the guideline.', annotations: [{ type: 'url_citation', url_citation: { url: 'https://example.org/guidelines/2024-05-01', title: 'Guideline', start_index: 0, end_index: 3 } }] } }] },
    });
    const r = await chat({});
    assert.equal(JSON.parse(r.text).choices[0].message.annotations[0].url_citation.url, 'https://example.org/guidelines/2024-05-01');
    up.answer = (_path, body) => ({
      json: { id: 'm', type: 'message', role: 'assistant', model: 'm', stop_reason: 'stop_sequence', stop_sequence: body.stop_sequences[0], usage: { input_tokens: 1, output_tokens: 1 }, content: [{ type: 'text', text: 'ok' }] },
    });
    const a = await msgs({ stop_sequences: [NAME] });
    assert.equal(a.status, 200, a.text);
    assert.equal(JSON.parse(a.text).stop_sequence, NAME);
  });

  test('answers: every text field is scanned (plain), identifiers the request did not carry are redacted', async () => {
    up.answer = () => ({
      json: {
        id: 'x', object: 'chat.completion', created: 1, model: 'm',
        choices: [{
          index: 0, finish_reason: 'stop', logprobs: { content: [{ token: LEAK, logprob: -0.1, bytes: [1], top_logprobs: [] }] },
          message: { role: 'assistant', content: 'ok', reasoning_content: LEAK, function_call: { name: 'f', arguments: JSON.stringify({ note: LEAK }) }, annotations: [{ type: 'url_citation', url_citation: { title: LEAK, url: 'https://example.org/a' } }] },
        }],
      },
    });
    const r = await chat({});
    assert.equal(r.status, 200, r.text);
    for (const l of LEAKS) assert.equal(r.text.includes(l), false, `${l} reached the caller: ${r.text}`);
    assert.match(r.text, /\[NAME\]/);
    up.answer = () => ({
      json: { id: 'm', type: 'message', role: 'assistant', model: 'm', stop_reason: 'end_turn', usage: { input_tokens: 1, output_tokens: 1 },
        content: [{ type: 'thinking', thinking: LEAK, signature: 'abc' }, { type: 'text', text: 'ok', citations: [{ type: 'char_location', cited_text: LEAK }] }, { type: 'tool_use', id: 't', name: 'f', input: { note: LEAK, mrn: 43390615 } }] },
    });
    const a = await msgs({});
    assert.equal(a.status, 200, a.text);
    for (const l of LEAKS) assert.equal(a.text.includes(l), false, `${l} reached the caller: ${a.text}`);
  });

  test('answers: streamed refusals, reasoning, thinking and citations are scanned; unknown deltas are dropped', async () => {
    const ev = (o: unknown) => `data: ${JSON.stringify(o)}\n\n`;
    const chunk = (delta: unknown, finish: string | null = null) => ev({ id: 'x', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] });
    up.answer = () => ({
      sse: [chunk({ role: 'assistant', content: '' }), chunk({ refusal: LEAK.slice(0, 20) }), chunk({ refusal: LEAK.slice(20) }), chunk({ reasoning_content: LEAK }), chunk({ audio: { transcript: LEAK } }), chunk({ content: 'ok' }, 'stop'), 'data: [DONE]\n\n'],
    });
    const r = await chat({ stream: true });
    assert.equal(r.status, 200, r.text);
    for (const l of LEAKS) assert.equal(r.text.includes(l), false, `${l} reached the caller: ${r.text}`);
    assert.equal(r.text.includes('transcript'), false, 'an unknown delta field is dropped');
    const aev = (o: { type: string }) => `event: ${o.type}\ndata: ${JSON.stringify(o)}\n\n`;
    up.answer = () => ({
      sse: [
        aev({ type: 'message_start', message: { id: 'm', type: 'message', role: 'assistant', model: 'm', content: [], usage: { input_tokens: 1, output_tokens: 0 } } } as never),
        aev({ type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '' } } as never),
        aev({ type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: LEAK } } as never),
        aev({ type: 'content_block_delta', index: 0, delta: { type: 'signature_delta', signature: 'c2ln' } } as never),
        aev({ type: 'content_block_stop', index: 0 } as never),
        aev({ type: 'content_block_start', index: 1, content_block: { type: 'text', text: '' } } as never),
        aev({ type: 'content_block_delta', index: 1, delta: { type: 'citations_delta', citation: { type: 'char_location', cited_text: LEAK } } } as never),
        aev({ type: 'content_block_delta', index: 1, delta: { type: 'mystery_delta', text: LEAK } } as never),
        aev({ type: 'content_block_delta', index: 1, delta: { type: 'text_delta', text: 'ok' } } as never),
        aev({ type: 'content_block_stop', index: 1 } as never),
        aev({ type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 5 } } as never),
        aev({ type: 'message_stop' } as never),
      ],
    });
    const a = await msgs({ stream: true });
    assert.equal(a.status, 200, a.text);
    for (const l of LEAKS) assert.equal(a.text.includes(l), false, `${l} reached the caller: ${a.text}`);
    assert.equal(a.text.includes('mystery_delta'), false);
    assert.match(a.text, /signature_delta/);
  });
});
