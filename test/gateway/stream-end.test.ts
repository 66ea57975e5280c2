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

// Streams that end early (an upstream cut, a compatible server that omits finish_reason or
// content_block_stop): whatever the scanner and the restorer still hold must be released, scanned
// and restored, in the right shape. And upstream answers of an unexpected shape: a typed 502.
const NAME = 'Dolores Whitfield';
const LEAK_NAME = 'Margaret Okafor';
const LEAK_PHONE = '212-555-0199';
const CONV = { 'X-Phigate-Purpose': 'TREAT', 'X-Phigate-Conversation': 'stream-end' };

/** Two pieces of a text, cut in the middle (so the normal path runs before the end). */
const halves = (s: string): [string, string] => [s.slice(0, Math.floor(s.length / 2)), s.slice(Math.floor(s.length / 2))];

for (const kind of storeKinds) {
  describe(`gateway stream ends and upstream shapes (${kind.name})`, { skip: kind.skip }, () => {
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
      s = await openTestServices(kind.name, { PHIGATE_RATE_LIMIT: '1000', PHIGATE_LOG_LEVEL: 'info' });
      const routes = parseRoutesConfig({
        models: {
          'gpt-mock': { provider: 'openai', baseUrl: `${mock.url}/v1`, vendor: 'openai', apiKeyEnv: 'PHIGATE_TEST_UPSTREAM_KEY', timeoutMs: 2000 },
          'claude-mock': { provider: 'anthropic', baseUrl: mock.url, vendor: 'anthropic', apiKeyEnv: 'PHIGATE_TEST_UPSTREAM_KEY', timeoutMs: 2000 },
        },
      });
      app = await buildServer(s, { routes, logStream: { write: (line: string) => void logLines.push(line) } });
      base = await listenLocal(app);
      const t = await s.tenants.create('stream-end');
      key = (await s.apiKeys.create(t.id, { principal: 'dr-app', role: 'clinician' })).key;
      // The token the vendor sees for NAME in this conversation (echo answer).
      mock.reset();
      const r = await call('openai', { model: 'gpt-mock', messages: [{ role: 'user', content: `Call ${NAME} today` }] });
      assert.equal(r.status, 200);
      token = /\[\[NAME_[0-9A-F]{8}\]\]/.exec(JSON.stringify(mock.last()!.body))![0];
    });
    after(async () => {
      await app?.close();
      await mock?.close();
      await s?.dispose();
    });

    function call(shape: 'openai' | 'anthropic', body: Json, headers: Record<string, string> = CONV) {
      return fetch(`${base}${shape === 'openai' ? '/v1/chat/completions' : '/v1/messages'}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    }
    const prompt = () => [{ role: 'user', content: `Call ${NAME} today` }];

    /** Accumulates an OpenAI stream's texts per choice. */
    function openaiTexts(events: Array<{ data: Json }>) {
      const out = new Map<number, { fields: Record<string, string>; fn: string; tools: Map<number, string> }>();
      for (const { data } of events) {
        assert.equal(data.error, undefined, `stream error: ${JSON.stringify(data.error)}`);
        for (const ch of data.choices ?? []) {
          let o = out.get(ch.index);
          if (!o) out.set(ch.index, (o = { fields: {}, fn: '', tools: new Map() }));
          const d = ch.delta ?? {};
          for (const f of ['content', 'refusal', 'reasoning_content', 'reasoning']) if (typeof d[f] === 'string') o.fields[f] = (o.fields[f] ?? '') + d[f];
          if (typeof d.function_call?.arguments === 'string') o.fn += d.function_call.arguments;
          for (const tc of d.tool_calls ?? []) o.tools.set(tc.index, (o.tools.get(tc.index) ?? '') + (tc.function?.arguments ?? ''));
        }
      }
      return out;
    }

    test('OpenAI stream without finish_reason: refusal, reasoning, function_call and tool-call arguments are released, scanned and restored', async () => {
      const texts = {
        content: `Dear colleague, please call ${token}`,
        refusal: `I will not repeat the details about ${token}`,
        reasoning_content: `Thinking about the case of ${token} now`,
        reasoning: `Another line of thought regarding ${token}`,
      };
      const toolArgs = JSON.stringify({ who: token, note: 'follow up with the patient next week' });
      const fnArgs = JSON.stringify({ who: token, phone: LEAK_PHONE });
      const base0 = { id: 'chatcmpl-cut', object: 'chat.completion.chunk', created: 1, model: 'm' };
      const chunk = (index: number, delta: Json) => ({ ...base0, choices: [{ index, delta, finish_reason: null }] });
      const events: Json[] = [chunk(0, { role: 'assistant', content: '' }), chunk(1, { role: 'assistant', content: null })];
      for (const part of [0, 1] as const) {
        const d: Json = {};
        for (const [f, t] of Object.entries(texts)) d[f] = halves(t)[part];
        d.tool_calls = [{ index: 0, ...(part === 0 ? { id: 'call_1', type: 'function' } : {}), function: { ...(part === 0 ? { name: 'notify' } : {}), arguments: halves(toolArgs)[part] } }];
        events.push(chunk(0, d));
        events.push(chunk(1, { function_call: { ...(part === 0 ? { name: 'lookup' } : {}), arguments: halves(fnArgs)[part] } }));
      }
      mock.reset();
      mock.behave({ rawSse: sse(events) }); // no finish_reason, no [DONE]: the upstream just stops
      const r = await call('openai', { model: 'gpt-mock', stream: true, messages: prompt() });
      assert.equal(r.status, 200);
      const body = await r.text();
      const got = openaiTexts(sseEvents(body));
      const c0 = got.get(0)!;
      for (const [f, t] of Object.entries(texts)) assert.equal(c0.fields[f], t.replace(token, NAME), f);
      assert.deepEqual(JSON.parse(c0.tools.get(0)!), { who: NAME, note: 'follow up with the patient next week' });
      assert.deepEqual(JSON.parse(got.get(1)!.fn), { who: NAME, phone: '[PHONE]' }, 'the leaked phone number is redacted in the released tail');
      assert.equal(body.includes(LEAK_PHONE), false);
      assert.equal(body.includes(token), false);
      mock.reset();
    });

    test('OpenAI stream without finish_reason for a caller whose rule hides FHIR fields: held content and its tail are released', async () => {
      const text = `Summary for the chart: please follow up with ${token}`;
      const base0 = { id: 'chatcmpl-cut', object: 'chat.completion.chunk', created: 1, model: 'm' };
      mock.reset();
      mock.behave({ rawSse: sse(halves(text).map((content) => ({ ...base0, choices: [{ index: 0, delta: { content }, finish_reason: null }] }))) });
      const r = await call('openai', { model: 'gpt-mock', stream: true, messages: prompt() }, { 'X-Phigate-Purpose': 'HRESCH', 'X-Phigate-Conversation': 'stream-end' });
      assert.equal(r.status, 200);
      const got = openaiTexts(sseEvents(await r.text()));
      assert.equal(got.get(0)!.fields.content, text, 'no restore for this purpose: the token stays, the text is whole');
      mock.reset();
    });

    test('a final chunk whose choice has no delta still carries the released tail', async () => {
      const text = `Dear colleague, please call ${token}`;
      const base0 = { id: 'chatcmpl-nodelta', object: 'chat.completion.chunk', created: 1, model: 'm' };
      mock.reset();
      mock.behave({
        rawSse: sse([
          ...halves(text).map((content) => ({ ...base0, choices: [{ index: 0, delta: { content }, finish_reason: null }] })),
          { ...base0, choices: [{ index: 0, finish_reason: 'stop' }] },
          '[DONE]',
        ]),
      });
      const r = await call('openai', { model: 'gpt-mock', stream: true, messages: prompt() });
      const got = openaiTexts(sseEvents(await r.text()));
      assert.equal(got.get(0)!.fields.content, text.replace(token, NAME));
      mock.reset();
    });

    test('a finish chunk that carries the last piece of function_call arguments keeps it (the released tail is appended)', async () => {
      const args = JSON.stringify({ note: 'a long note with many words in it, so that the scanner can release some of them at once', who: token });
      const base0 = { id: 'chatcmpl-fn', object: 'chat.completion.chunk', created: 1, model: 'm' };
      const [a, b] = [args.slice(0, 20), args.slice(20)];
      mock.reset();
      mock.behave({
        rawSse: sse([
          { ...base0, choices: [{ index: 0, delta: { role: 'assistant', content: null, function_call: { name: 'lookup', arguments: a } }, finish_reason: null }] },
          { ...base0, choices: [{ index: 0, delta: { function_call: { arguments: b } }, finish_reason: 'function_call' }] },
          '[DONE]',
        ]),
      });
      const r = await call('openai', { model: 'gpt-mock', stream: true, messages: prompt() });
      const got = openaiTexts(sseEvents(await r.text()));
      assert.deepEqual(JSON.parse(got.get(0)!.fn), { note: 'a long note with many words in it, so that the scanner can release some of them at once', who: NAME });
      mock.reset();
    });

    const messageStart = { type: 'message_start', message: { id: 'msg_cut', type: 'message', role: 'assistant', model: 'm', content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } } };
    const anthropicBlocks = (thinking: string, text: string, json: string): Json[] => [
      messageStart,
      { type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } },
      ...halves(thinking).map((t) => ({ type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: t } })),
      { type: 'content_block_start', index: 1, content_block: { type: 'text', text: '' } },
      ...halves(text).map((t) => ({ type: 'content_block_delta', index: 1, delta: { type: 'text_delta', text: t } })),
      { type: 'content_block_start', index: 2, content_block: { type: 'tool_use', id: 'toolu_1', name: 'notify', input: {} } },
      ...halves(json).map((t) => ({ type: 'content_block_delta', index: 2, delta: { type: 'input_json_delta', partial_json: t } })),
    ];
    /** Accumulates an Anthropic stream's block texts; also returns the event order. */
    function anthropicTexts(events: Array<{ event?: string; data: Json }>) {
      const blocks = new Map<number, string>();
      for (const { data } of events) {
        assert.notEqual(data.type, 'error', `stream error: ${JSON.stringify(data.error)}`);
        if (data.type !== 'content_block_delta') continue;
        const d = data.delta;
        const piece = d.type === 'text_delta' ? d.text : d.type === 'thinking_delta' ? d.thinking : d.type === 'input_json_delta' ? d.partial_json : '';
        blocks.set(data.index, (blocks.get(data.index) ?? '') + piece);
      }
      return { blocks, order: events.map((e) => e.data.type as string) };
    }

    for (const ending of ['message_delta and message_stop', 'nothing (a cut)'] as const) {
      test(`Anthropic stream without content_block_stop, ending with ${ending}: thinking, text and tool input are released, scanned and restored`, async () => {
        const thinking = `The caller asks about the patient ${token}`;
        const text = `Please call ${token} or ${LEAK_NAME} at ${LEAK_PHONE}`;
        const json = JSON.stringify({ who: token, note: 'call back about the results' });
        const events = anthropicBlocks(thinking, text, json);
        if (ending !== 'nothing (a cut)') events.push({ type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 9 } }, { type: 'message_stop' });
        mock.reset();
        mock.behave({ rawSse: sse(events, true) });
        const r = await call('anthropic', { model: 'claude-mock', max_tokens: 100, stream: true, messages: prompt() });
        assert.equal(r.status, 200);
        const body = await r.text();
        const { blocks, order } = anthropicTexts(sseEvents(body));
        assert.equal(blocks.get(0), thinking.replace(token, NAME));
        assert.equal(blocks.get(1), `Please call ${NAME} or [NAME] at [PHONE]`);
        assert.deepEqual(JSON.parse(blocks.get(2)!), { who: NAME, note: 'call back about the results' });
        assert.equal(body.includes(LEAK_PHONE) || body.includes(LEAK_NAME), false);
        if (ending !== 'nothing (a cut)') {
          // What is released for the open blocks comes before the message ends.
          assert.ok(order.lastIndexOf('content_block_delta') < order.indexOf('message_delta'), order.join(','));
        }
        mock.reset();
      });
    }

    test('Anthropic stream without content_block_stop for a caller whose rule hides FHIR fields: the held text and its tail are released', async () => {
      const text = `Summary for the chart: please follow up with ${token}`;
      mock.reset();
      mock.behave({
        rawSse: sse(
          [
            messageStart,
            { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
            ...halves(text).map((t) => ({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: t } })),
          ],
          true,
        ),
      });
      const r = await call('anthropic', { model: 'claude-mock', max_tokens: 100, stream: true, messages: prompt() }, { 'X-Phigate-Purpose': 'HRESCH', 'X-Phigate-Conversation': 'stream-end' });
      const { blocks } = anthropicTexts(sseEvents(await r.text()));
      assert.equal(blocks.get(0), text);
      mock.reset();
    });

    test('OpenAI caller, Anthropic upstream cut before message_delta: the text and the tool-call arguments are complete', async () => {
      const text = `Please call ${token} about the results`;
      const json = JSON.stringify({ who: token, note: 'call back about the results' });
      const events = anthropicBlocks('', text, json).filter((e) => !(e.type === 'content_block_delta' && e.index === 0));
      mock.reset();
      mock.behave({ rawSse: sse(events, true) });
      const r = await call('openai', { model: 'claude-mock', stream: true, messages: prompt() });
      assert.equal(r.status, 200);
      const got = openaiTexts(sseEvents(await r.text()));
      assert.equal(got.get(0)!.fields.content, text.replace(token, NAME));
      assert.deepEqual(JSON.parse(got.get(0)!.tools.get(0)!), { who: NAME, note: 'call back about the results' });
      mock.reset();
    });

    // ------------------------------------------------------------ answers of an unexpected shape

    /** A 502 upstream_invalid in the route's error shape that does not echo the upstream body. */
    async function assertInvalid(r: Response, shape: 'openai' | 'anthropic', what: string) {
      const text = await r.text();
      assert.equal(r.status, 502, `${what}: status ${r.status} ${text}`);
      const body = JSON.parse(text) as Json;
      assert.equal(body.error.code, 'upstream_invalid', what);
      if (shape === 'anthropic') assert.equal(body.type, 'error', what);
      else assert.equal(body.error.type, 'api_error', what);
      assert.equal(text.includes('Okafor') || text.includes('555-0199'), false, what);
    }

    const LEAK = JSON.stringify(`${LEAK_NAME} ${LEAK_PHONE}`);

    test('a plain OpenAI answer of an unexpected shape is a 502 upstream_invalid, never a 500 or an unscanned answer', async () => {
      const bodies: Array<[string, string]> = [
        ['a JSON null', 'null'],
        ['an array', '[1]'],
        ['a string', LEAK],
        ['choices missing', '{"id":"x"}'],
        ['choices an object', '{"choices":{}}'],
        ['a choice null', '{"choices":[null]}'],
        ['a message a string', `{"choices":[{"index":0,"message":${LEAK}}]}`],
        ['a message missing', '{"choices":[{"index":0,"finish_reason":"stop"}]}'],
        ['tool_calls an object', `{"choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":{"a":${LEAK}}}}]}`],
        ['a tool call a string', `{"choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[${LEAK}]}}]}`],
        ['tool-call arguments an object', `{"choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":{"who":${LEAK}}}}]}}]}`],
        ['function_call arguments an object', `{"choices":[{"index":0,"message":{"role":"assistant","content":null,"function_call":{"name":"f","arguments":{"who":${LEAK}}}}}]}`],
      ];
      for (const [what, failBody] of bodies) {
        for (const shape of ['openai', 'anthropic'] as const) {
          mock.reset();
          mock.behave({ mode: 'fail', failStatus: 200, failBody });
          const r = await call(shape, { model: 'gpt-mock', max_tokens: 10, messages: prompt() });
          await assertInvalid(r, shape, `${shape} caller: ${what}`);
        }
      }
      mock.reset();
    });

    test('a plain Anthropic answer of an unexpected shape is a 502 upstream_invalid; extra and missing optional fields are fine', async () => {
      const bodies: Array<[string, string]> = [
        ['a JSON null', 'null'],
        ['content a string', `{"id":"m","type":"message","content":${LEAK}}`],
        ['content missing', '{"id":"m","type":"message"}'],
        ['a block null', '{"id":"m","type":"message","content":[null]}'],
        ['a block without type', `{"id":"m","type":"message","content":[{"text":${LEAK}}]}`],
        ['usage a string', `{"id":"m","type":"message","content":[],"usage":${LEAK}}`],
      ];
      for (const [what, failBody] of bodies) {
        for (const shape of ['openai', 'anthropic'] as const) {
          mock.reset();
          mock.behave({ mode: 'fail', failStatus: 200, failBody });
          const r = await call(shape, { model: 'claude-mock', max_tokens: 10, messages: prompt() });
          await assertInvalid(r, shape, `${shape} caller: ${what}`);
        }
      }
      // No usage, an unknown extra field: answered (the extra field kept for an Anthropic caller).
      const ok = JSON.stringify({ id: 'msg_1', type: 'message', role: 'assistant', model: 'm', content: [{ type: 'text', text: `Hello ${token}` }], stop_reason: 'end_turn', vendor_extra: { x: 1 } });
      for (const shape of ['openai', 'anthropic'] as const) {
        mock.reset();
        mock.behave({ mode: 'fail', failStatus: 200, failBody: ok });
        const r = await call(shape, { model: 'claude-mock', max_tokens: 10, messages: prompt() });
        assert.equal(r.status, 200, shape);
        const j = (await r.json()) as Json;
        if (shape === 'openai') assert.equal(j.choices[0].message.content, `Hello ${NAME}`);
        else {
          assert.equal(j.content[0].text, `Hello ${NAME}`);
          assert.deepEqual(j.vendor_extra, { x: 1 });
        }
      }
      mock.reset();
    });

    test('an OpenAI stream event of an unexpected shape: a 502 before the stream starts, an error event after', async () => {
      const base0 = { id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm' };
      const good = { ...base0, choices: [{ index: 0, delta: { role: 'assistant', content: 'Hello there. ' }, finish_reason: null }] };
      const bad: Array<[string, string]> = [
        ['a string', LEAK],
        ['a number', '42'],
        ['choices an object', `{"choices":{"0":{"index":0,"delta":{"content":${LEAK}}}}}`],
        ['a choice a string', `{"choices":[${LEAK}]}`],
        ['a choice without index', `{"choices":[{"delta":{"content":${LEAK}}}]}`],
        ['a delta a string', `{"choices":[{"index":0,"delta":${LEAK}}]}`],
        ['content an object', `{"choices":[{"index":0,"delta":{"content":{"text":${LEAK}}}}]}`],
        ['tool_calls an object', `{"choices":[{"index":0,"delta":{"tool_calls":{"a":${LEAK}}}}]}`],
        ['a tool call without index', `{"choices":[{"index":0,"delta":{"tool_calls":[{"function":{"arguments":${LEAK}}}]}}]}`],
        ['tool-call arguments an object', `{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":{"who":${LEAK}}}}]}}]}`],
      ];
      for (const [what, data] of bad) {
        for (const shape of ['openai', 'anthropic'] as const) {
          // First event: a clean HTTP error.
          mock.reset();
          mock.behave({ rawSse: [`data: ${data}\n\n`] });
          const r = await call(shape, { model: 'gpt-mock', max_tokens: 10, stream: true, messages: prompt() });
          await assertInvalid(r, shape, `${shape} caller, first event: ${what}`);
          // Later event: the stream ends with an error event.
          mock.reset();
          mock.behave({ rawSse: [`data: ${JSON.stringify(good)}\n\n`, `data: ${data}\n\n`] });
          const r2 = await call(shape, { model: 'gpt-mock', max_tokens: 10, stream: true, messages: prompt() });
          assert.equal(r2.status, 200);
          const text = await r2.text();
          const last = sseEvents(text).at(-1)!.data;
          assert.equal(last.error?.code, 'upstream_invalid', `${shape} caller, later event: ${what}: ${text}`);
          assert.equal(text.includes('Okafor') || text.includes('555-0199'), false, what);
        }
      }
      mock.reset();
    });

    test('an Anthropic stream event of an unexpected shape: a 502 before the stream starts, an error event after', async () => {
      const bad: Array<[string, Json | string]> = [
        ['a string', LEAK],
        ['message_start without message', { type: 'message_start' }],
        ['content_block_start without content_block', { type: 'content_block_start', index: 0 }],
        ['content_block_start with a string block', { type: 'content_block_start', index: 0, content_block: `${LEAK_NAME}` }],
        ['content_block_delta without delta', { type: 'content_block_delta', index: 0 }],
        ['content_block_delta with a string delta', { type: 'content_block_delta', index: 0, delta: LEAK_NAME }],
        ['content_block_delta without index', { type: 'content_block_delta', delta: { type: 'text_delta', text: LEAK_NAME } }],
        ['content_block_stop with a string index', { type: 'content_block_stop', index: '0' }],
        ['message_delta without delta', { type: 'message_delta', usage: { output_tokens: 1 } }],
      ];
      const eventText = (d: Json | string) => (typeof d === 'string' ? `event: message_start\ndata: ${d}\n\n` : sse([d], true)[0]!);
      for (const [what, data] of bad) {
        for (const shape of ['openai', 'anthropic'] as const) {
          if (what !== 'a string' && what !== 'message_start without message') {
            // Later event (after a valid start): the stream ends with an error event.
            mock.reset();
            mock.behave({ rawSse: [...sse([messageStart, { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }], true), eventText(data)] });
            const r2 = await call(shape, { model: 'claude-mock', max_tokens: 10, stream: true, messages: prompt() });
            assert.equal(r2.status, 200);
            const text = await r2.text();
            const last = sseEvents(text).at(-1)!.data;
            assert.equal(last.error?.code, 'upstream_invalid', `${shape} caller, later event: ${what}: ${text}`);
            assert.equal(text.includes('Okafor') || text.includes('555-0199'), false, what);
          } else {
            mock.reset();
            mock.behave({ rawSse: [eventText(data)] });
            const r = await call(shape, { model: 'claude-mock', max_tokens: 10, stream: true, messages: prompt() });
            await assertInvalid(r, shape, `${shape} caller, first event: ${what}`);
          }
        }
      }
      mock.reset();
    });

    test('no log line carries an identifier', () => {
      for (const line of logLines) for (const v of [NAME, LEAK_NAME, LEAK_PHONE, 'Okafor']) assert.equal(line.includes(v), false, line);
    });
  });
}
