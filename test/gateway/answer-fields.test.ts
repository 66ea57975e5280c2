import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/gateway/index.js';
import { parseRoutesConfig } from '../../src/providers/index.js';
import { startMockUpstream, type MockUpstream } from '../support/mock-upstream.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';
import { sse, sseEvents, type Json } from '../support/sse.js';
import { listenLocal } from '../support/listen.js';

// Answer fields phigate does not know (top level, choice level, unknown stream events, unknown
// content blocks, extra keys of known pieces) and tool names chosen by the model: a canary
// identifier planted there never reaches the caller, and the known texts are still restored.
const NAME = 'Dolores Whitfield';
const LEAK_NAME = 'Margaret Okafor';
const LEAK_PHONE = '212-555-0199';
const LEAK = `${LEAK_NAME} ${LEAK_PHONE}`;
const CONV = { 'X-Phigate-Purpose': 'TREAT', 'X-Phigate-Conversation': 'answer-fields' };

const noLeak = (text: string, what: string) => {
  assert.equal(text.includes('Okafor'), false, `${what}: the planted name reached the caller: ${text}`);
  assert.equal(text.includes('555-0199'), false, `${what}: the planted phone reached the caller: ${text}`);
};

for (const kind of storeKinds) {
  describe(`gateway answer fields outside the scanned texts (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    let app: FastifyInstance;
    let mock: MockUpstream;
    let base: string;
    let key: string;
    let token: string;
    const logLines: string[] = [];

    before(async () => {
      process.env.PHIGATE_TEST_UPSTREAM_KEY = 'sk-upstream-test';
      mock = await startMockUpstream();
      s = await openTestServices(kind.name, { PHIGATE_RATE_LIMIT: '1000', PHIGATE_LOG_LEVEL: 'info', PHIGATE_OUTPUT_PHI: 'redact' });
      const routes = parseRoutesConfig({
        models: {
          'gpt-mock': { provider: 'openai', baseUrl: `${mock.url}/v1`, vendor: 'openai', apiKeyEnv: 'PHIGATE_TEST_UPSTREAM_KEY', timeoutMs: 2000 },
          'claude-mock': { provider: 'anthropic', baseUrl: mock.url, vendor: 'anthropic', apiKeyEnv: 'PHIGATE_TEST_UPSTREAM_KEY', timeoutMs: 2000 },
          'embed-mock': { provider: 'openai', baseUrl: `${mock.url}/v1`, vendor: 'openai', apiKeyEnv: 'PHIGATE_TEST_UPSTREAM_KEY', timeoutMs: 2000, services: ['embeddings'] },
        },
      });
      app = await buildServer(s, { routes, logStream: { write: (line: string) => void logLines.push(line) } });
      base = await listenLocal(app);
      const t = await s.tenants.create('answer-fields');
      key = (await s.apiKeys.create(t.id, { principal: 'dr-app', role: 'clinician' })).key;
      mock.reset();
      const r = await call('openai', { model: 'gpt-mock', messages: prompt() });
      assert.equal(r.status, 200);
      token = /\[\[NAME_[0-9A-F]{8}\]\]/.exec(JSON.stringify(mock.last()!.body))![0];
    });
    after(async () => {
      await app?.close();
      await mock?.close();
      await s?.dispose();
    });

    function call(shape: 'openai' | 'anthropic' | 'embeddings', body: Json, headers: Record<string, string> = CONV) {
      const path = shape === 'openai' ? '/v1/chat/completions' : shape === 'anthropic' ? '/v1/messages' : '/v1/embeddings';
      return fetch(`${base}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    }
    const prompt = () => [{ role: 'user', content: `Call ${NAME} today` }];

    // ------------------------------------------------------------ OpenAI, plain

    test('plain OpenAI answer: unknown top-level, choice, message, tool-call and usage fields holding text are dropped; tool names are scanned', async () => {
      const answer = {
        id: 'chatcmpl-x',
        object: 'chat.completion',
        created: 1,
        model: 'm',
        system_fingerprint: 'fp_1',
        x_debug: LEAK,
        x_nested: { note: LEAK },
        x_count: 5,
        x_flags: { cached: true, n: 2 },
        choices: [
          {
            index: 0,
            finish_reason: 'tool_calls',
            reason_text: LEAK,
            content_filter_results: { hate: { filtered: false, severity: 'safe' }, note: LEAK },
            message: {
              role: 'assistant',
              content: `Hello ${token}`,
              refusal: null,
              vendor_note: LEAK,
              tool_calls: [{ id: 'call_1', type: 'function', extra: LEAK, function: { name: LEAK, arguments: JSON.stringify({ who: token }), extra: LEAK } }],
              function_call: { name: LEAK, arguments: JSON.stringify({ who: token }), extra: LEAK },
            },
          },
        ],
        usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7, note: LEAK, prompt_tokens_details: { cached_tokens: 1, note: LEAK }, x_list: [LEAK] },
      };
      for (const shape of ['openai', 'anthropic'] as const) {
        mock.reset();
        mock.behave({ mode: 'fail', failStatus: 200, failBody: JSON.stringify(answer) });
        const r = await call(shape, { model: 'gpt-mock', max_tokens: 10, messages: prompt() });
        const text = await r.text();
        assert.equal(r.status, 200, text);
        noLeak(text, `${shape} caller`);
        const j = JSON.parse(text) as Json;
        if (shape === 'openai') {
          assert.equal(j.choices[0].message.content, `Hello ${NAME}`);
          assert.deepEqual(JSON.parse(j.choices[0].message.tool_calls[0].function.arguments), { who: NAME });
          assert.deepEqual(JSON.parse(j.choices[0].message.function_call.arguments), { who: NAME });
          assert.equal(j.choices[0].message.tool_calls[0].function.name, '[NAME] [PHONE]');
          assert.equal(j.choices[0].message.tool_calls[0].id, 'call_1');
          assert.equal(j.choices[0].finish_reason, 'tool_calls');
          assert.equal(j.system_fingerprint, 'fp_1');
          assert.equal(j.x_count, 5, 'numbers pass');
          assert.deepEqual(j.x_flags, { cached: true, n: 2 }, 'objects of numbers and flags pass');
          assert.deepEqual(j.usage, { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7, prompt_tokens_details: { cached_tokens: 1 } });
        } else {
          assert.equal(j.content[0].text, `Hello ${NAME}`);
          assert.equal(j.content[1].name, '[NAME] [PHONE]');
          assert.deepEqual(j.content[1].input, { who: NAME });
        }
      }
      mock.reset();
    });

    // ------------------------------------------------------------ OpenAI, streamed

    test('streamed OpenAI answer: unknown chunk, choice and tool-call fields holding text are dropped; tool and function names are scanned', async () => {
      const base0 = { id: 'chatcmpl-s', object: 'chat.completion.chunk', created: 1, model: 'm', system_fingerprint: 'fp_1' };
      const text = `Dear colleague, please call ${token} about the results`;
      const args = JSON.stringify({ who: token });
      const events: unknown[] = [
        { ...base0, x_debug: LEAK, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null, reason_text: LEAK }] },
        { ...base0, obfuscation: LEAK, choices: [{ index: 0, delta: { content: text.slice(0, 20) }, finish_reason: null }] },
        { ...base0, choices: [{ index: 0, delta: { content: text.slice(20) }, finish_reason: null, x_nested: { note: LEAK }, x_n: 3 }] },
        { ...base0, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: 'call_1', type: 'function', extra: LEAK, function: { name: LEAK, arguments: '', extra: LEAK } }] }, finish_reason: null }] },
        { ...base0, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: args } }] }, finish_reason: null }] },
        { ...base0, choices: [{ index: 1, delta: { role: 'assistant', function_call: { name: LEAK, arguments: args, extra: LEAK } }, finish_reason: null }] },
        { ...base0, choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }, { index: 1, delta: {}, finish_reason: 'function_call' }] },
        { ...base0, choices: [], usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7, note: LEAK, completion_tokens_details: { reasoning_tokens: 0, note: LEAK } } },
        '[DONE]',
      ];
      mock.reset();
      mock.behave({ rawSse: sse(events) });
      const r = await call('openai', { model: 'gpt-mock', stream: true, messages: prompt() });
      assert.equal(r.status, 200);
      const body = await r.text();
      noLeak(body, 'openai stream');
      const chunks = sseEvents(body).map((e) => e.data);
      for (const c of chunks) assert.equal(c.error, undefined, JSON.stringify(c));
      let content = '';
      let toolArgs = '';
      let fnArgs = '';
      const names: string[] = [];
      for (const c of chunks) {
        for (const ch of c.choices ?? []) {
          const d = ch.delta ?? {};
          if (typeof d.content === 'string') content += d.content;
          for (const tc of d.tool_calls ?? []) {
            toolArgs += tc.function?.arguments ?? '';
            if (tc.function?.name !== undefined) names.push(tc.function.name);
          }
          if (d.function_call) {
            fnArgs += d.function_call.arguments ?? '';
            if (d.function_call.name !== undefined) names.push(d.function_call.name);
          }
        }
      }
      assert.equal(content, text.replace(token, NAME));
      assert.deepEqual(JSON.parse(toolArgs), { who: NAME });
      assert.deepEqual(JSON.parse(fnArgs), { who: NAME });
      assert.deepEqual(names, ['[NAME] [PHONE]', '[NAME] [PHONE]']);
      const usage = chunks.at(-1)!.usage;
      assert.deepEqual(usage, { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7, completion_tokens_details: { reasoning_tokens: 0 } });
      assert.equal(chunks[0]!.system_fingerprint, 'fp_1');
      mock.reset();
    });

    test('streamed OpenAI answer to an Anthropic caller: the tool name is scanned; text usage values are dropped', async () => {
      const base0 = { id: 'chatcmpl-s', object: 'chat.completion.chunk', created: 1, model: 'm' };
      mock.reset();
      mock.behave({
        rawSse: sse([
          { ...base0, choices: [{ index: 0, delta: { role: 'assistant', content: `Hello ${token}` }, finish_reason: null }] },
          { ...base0, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: LEAK, arguments: JSON.stringify({ who: token }) } }] }, finish_reason: null }] },
          { ...base0, choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] },
          { ...base0, choices: [], usage: { prompt_tokens: LEAK, completion_tokens: 4, total_tokens: 7 } },
          '[DONE]',
        ]),
      });
      const r = await call('anthropic', { model: 'gpt-mock', max_tokens: 10, stream: true, messages: prompt() });
      assert.equal(r.status, 200);
      const body = await r.text();
      noLeak(body, 'anthropic caller');
      const evs = sseEvents(body).map((e) => e.data);
      const start = evs.find((e) => e.type === 'content_block_start' && e.content_block.type === 'tool_use')!;
      assert.equal(start.content_block.name, '[NAME] [PHONE]');
      const text = evs.filter((e) => e.type === 'content_block_delta' && e.delta.type === 'text_delta').map((e) => e.delta.text).join('');
      assert.equal(text, `Hello ${NAME}`);
      mock.reset();
    });

    // ------------------------------------------------------------ Anthropic, plain

    test('plain Anthropic answer: unknown top-level and block fields holding text are dropped; unknown block types are scanned whole; tool names are scanned', async () => {
      const answer = {
        id: 'msg_1',
        type: 'message',
        role: 'assistant',
        model: 'm',
        x_debug: LEAK,
        x_count: 2,
        content: [
          { type: 'text', text: `Hello ${token}`, extra: LEAK, x_nested: { name: LEAK } },
          { type: 'vendor_block', name: LEAK, data: LEAK, id: LEAK, nested: { url: LEAK, type: LEAK } },
          { type: 'tool_use', id: 'toolu_1', name: LEAK, input: { who: token } },
          { type: 'thinking', thinking: `Thinking about ${token}`, signature: 'c2lnbmF0dXJl' },
          // A page the vendor's own fetch tool read: its text is scanned like any answer text.
          { type: 'web_fetch_tool_result', tool_use_id: 'srvtoolu_1', content: { type: 'web_fetch_result', url: 'https://example.org/a', content: { type: 'document', source: { type: 'text', media_type: 'text/plain', data: `Fetched: ${LEAK}` } } } },
        ],
        stop_reason: 'tool_use',
        stop_sequence: null,
        usage: { input_tokens: 3, output_tokens: 4, note: LEAK, cache_creation: { ephemeral_5m_input_tokens: 0, note: LEAK }, service_tier: 'standard' },
      };
      for (const shape of ['anthropic', 'openai'] as const) {
        mock.reset();
        mock.behave({ mode: 'fail', failStatus: 200, failBody: JSON.stringify(answer) });
        const r = await call(shape, { model: 'claude-mock', max_tokens: 10, messages: prompt() });
        const text = await r.text();
        assert.equal(r.status, 200, text);
        noLeak(text, `${shape} caller`);
        const j = JSON.parse(text) as Json;
        if (shape === 'anthropic') {
          assert.equal(j.content[0].text, `Hello ${NAME}`);
          assert.equal(j.content[1].type, 'vendor_block');
          assert.equal(j.content[2].name, '[NAME] [PHONE]');
          assert.deepEqual(j.content[2].input, { who: NAME });
          assert.equal(j.content[3].thinking, `Thinking about ${NAME}`);
          assert.equal(j.content[3].signature, 'c2lnbmF0dXJl');
          assert.match(j.content[4].content.content.source.data, /^Fetched: /);
          assert.equal(j.content[4].content.url, 'https://example.org/a');
          assert.equal(j.x_count, 2);
          assert.deepEqual(j.usage, { input_tokens: 3, output_tokens: 4, cache_creation: { ephemeral_5m_input_tokens: 0 }, service_tier: 'standard' });
        } else {
          assert.equal(j.choices[0].message.content, `Hello ${NAME}`);
          assert.equal(j.choices[0].message.tool_calls[0].function.name, '[NAME] [PHONE]');
        }
      }
      mock.reset();
    });

    test('plain Anthropic answer to an OpenAI caller: usage values that are text never reach the caller', async () => {
      const answer = { id: 'msg_1', type: 'message', role: 'assistant', model: 'm', content: [{ type: 'text', text: `Hello ${token}` }], stop_reason: 'end_turn', usage: { input_tokens: LEAK, output_tokens: 4 } };
      mock.reset();
      mock.behave({ mode: 'fail', failStatus: 200, failBody: JSON.stringify(answer) });
      const r = await call('openai', { model: 'claude-mock', max_tokens: 10, messages: prompt() });
      const text = await r.text();
      noLeak(text, 'openai caller');
      mock.reset();
    });

    // ------------------------------------------------------------ Anthropic, streamed

    test('streamed Anthropic answer: unknown event types are dropped; extra fields of known events holding text are dropped; tool names and unknown blocks are scanned', async () => {
      const text = `Please call ${token} about the results`;
      const events: Json[] = [
        { type: 'message_start', x_event: LEAK, message: { id: 'msg_s', type: 'message', role: 'assistant', model: 'm', content: [], stop_reason: null, stop_sequence: null, x_debug: LEAK, usage: { input_tokens: 1, output_tokens: 1, note: LEAK } } },
        { type: 'vendor_note', note: LEAK },
        { type: 'ping' },
        { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '', extra: LEAK } },
        { type: 'content_block_delta', index: 0, x_event: LEAK, delta: { type: 'text_delta', text: text.slice(0, 15), extra: LEAK } },
        { type: 'vendor_debug', index: 0, delta: { type: 'text_delta', text: LEAK } },
        { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: text.slice(15) } },
        { type: 'content_block_stop', index: 0, x_event: LEAK },
        { type: 'content_block_start', index: 1, content_block: { type: 'tool_use', id: 'toolu_1', name: LEAK, input: {} } },
        { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: JSON.stringify({ who: token }) } },
        { type: 'content_block_stop', index: 1 },
        { type: 'content_block_start', index: 2, content_block: { type: 'vendor_block', name: LEAK, data: LEAK } },
        { type: 'content_block_stop', index: 2 },
        { type: 'message_delta', x_event: LEAK, delta: { stop_reason: 'tool_use', stop_sequence: null, note: LEAK }, usage: { output_tokens: 9, note: LEAK } },
        { type: 'message_stop', x_event: LEAK },
      ];
      for (const shape of ['anthropic', 'openai'] as const) {
        mock.reset();
        mock.behave({ rawSse: sse(events, true) });
        const r = await call(shape, { model: 'claude-mock', max_tokens: 10, stream: true, messages: prompt() });
        assert.equal(r.status, 200);
        const body = await r.text();
        noLeak(body, `${shape} caller`);
        const evs = sseEvents(body).map((e) => e.data);
        if (shape === 'anthropic') {
          for (const e of evs) assert.notEqual(e.type, 'error', JSON.stringify(e));
          const types = evs.map((e) => e.type as string);
          assert.equal(types.includes('vendor_note') || types.includes('vendor_debug'), false, types.join(','));
          assert.ok(types.includes('ping'), 'ping is kept');
          const got = evs.filter((e) => e.type === 'content_block_delta' && e.index === 0).map((e) => e.delta.text).join('');
          assert.equal(got, text.replace(token, NAME));
          const json = evs.filter((e) => e.type === 'content_block_delta' && e.index === 1).map((e) => e.delta.partial_json).join('');
          assert.deepEqual(JSON.parse(json), { who: NAME });
          assert.equal(evs.find((e) => e.type === 'content_block_start' && e.index === 1)!.content_block.name, '[NAME] [PHONE]');
          assert.equal(evs.find((e) => e.type === 'message_delta')!.usage.output_tokens, 9);
        } else {
          let content = '';
          for (const c of evs) for (const ch of c.choices ?? []) if (typeof ch.delta?.content === 'string') content += ch.delta.content;
          assert.equal(content, text.replace(token, NAME));
        }
      }
      mock.reset();
    });

    // ------------------------------------------------------------ embeddings

    test('embeddings answer: unknown fields holding text are dropped; the vectors pass', async () => {
      const answer = { object: 'list', model: 'm', x_debug: LEAK, data: [{ object: 'embedding', index: 0, embedding: [0.1, 0.2], note: LEAK }], usage: { prompt_tokens: 3, total_tokens: 3, note: LEAK } };
      mock.reset();
      mock.behave({ mode: 'fail', failStatus: 200, failBody: JSON.stringify(answer) });
      const r = await call('embeddings', { model: 'embed-mock', input: `About ${NAME}` });
      const text = await r.text();
      assert.equal(r.status, 200, text);
      noLeak(text, 'embeddings');
      const j = JSON.parse(text) as Json;
      assert.deepEqual(j.data, [{ object: 'embedding', index: 0, embedding: [0.1, 0.2] }]);
      assert.deepEqual(j.usage, { prompt_tokens: 3, total_tokens: 3 });
      mock.reset();
    });

    test('no log line carries an identifier', () => {
      for (const line of logLines) for (const v of [NAME, LEAK_NAME, LEAK_PHONE, 'Okafor']) assert.equal(line.includes(v), false, line);
    });
  });
}
