import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startMockUpstream, type MockUpstream } from '../support/mock-upstream.js';
import { StreamRestorer } from '../../src/gateway/restore-stream.js';
import type { AnthropicStreamEvent, OpenAIChatChunk, Provider, RouteInput } from '../../src/providers/index.js';
import { TEST_KEY, chatText, collect, providerFor } from './fixtures.js';

let mock: MockUpstream;
before(async () => {
  mock = await startMockUpstream();
});
after(async () => {
  await mock.close();
});
beforeEach(() => mock.reset());

const TOKENED = 'Please summarise the visit of [[NAME_7F3A9C1B]] on [[DATE_00C0FFEE]].';
const VALUES = new Map([
  ['[[NAME_7F3A9C1B]]', 'Zelda Quuxington'],
  ['[[DATE_00C0FFEE]]', '2031-02-03'],
]);
const RESTORED = 'Please summarise the visit of Zelda Quuxington on 2031-02-03.';
const resolve = async (tokens: string[]) => new Map(tokens.flatMap((t) => (VALUES.has(t) ? [[t, VALUES.get(t)!] as [string, string]] : [])));

interface Case {
  kind: 'openai' | 'azure-openai' | 'openai-compatible';
  route: () => Partial<RouteInput> & Pick<RouteInput, 'provider'>;
  chatPath: string;
  embeddingsPath: string;
  sentModel: string | undefined;
  auth: (h: Record<string, unknown>) => void;
  maxTokensField: 'max_tokens' | 'max_completion_tokens';
}

const cases: Case[] = [
  {
    kind: 'openai',
    route: () => ({ provider: 'openai', baseUrl: `${mock.url}/v1`, upstreamModel: 'gpt-up', services: ['chat', 'embeddings'] }),
    chatPath: '/v1/chat/completions',
    embeddingsPath: '/v1/embeddings',
    sentModel: 'gpt-up',
    auth: (h) => {
      assert.equal(h.authorization, `Bearer ${TEST_KEY}`);
      assert.equal(h['api-key'], undefined);
    },
    maxTokensField: 'max_completion_tokens',
  },
  {
    kind: 'azure-openai',
    route: () => ({ provider: 'azure-openai', baseUrl: mock.url, upstreamModel: 'my-deploy', apiVersion: '2024-10-21', services: ['chat', 'embeddings'] }),
    chatPath: '/openai/deployments/my-deploy/chat/completions',
    embeddingsPath: '/openai/deployments/my-deploy/embeddings',
    sentModel: undefined,
    auth: (h) => {
      assert.equal(h['api-key'], TEST_KEY);
      assert.equal(h.authorization, undefined);
    },
    maxTokensField: 'max_completion_tokens',
  },
  {
    kind: 'openai-compatible',
    route: () => ({ provider: 'openai-compatible', baseUrl: `${mock.url}/v1`, upstreamModel: 'llama-3-8b', services: ['chat', 'embeddings'] }),
    chatPath: '/v1/chat/completions',
    embeddingsPath: '/v1/embeddings',
    sentModel: 'llama-3-8b',
    auth: (h) => {
      assert.equal(h.authorization, undefined, 'no key configured: no auth header');
    },
    maxTokensField: 'max_tokens',
  },
];

for (const c of cases) {
  const p = (): Provider => providerFor(c.route());

  test(`${c.kind}: chat request shaped right, headers right, answer passed through`, async () => {
    const res = await p().chatCompletions({ model: 'test-model', messages: [{ role: 'user', content: TOKENED }], temperature: 0.1, seed: 7, stream: true });
    assert.equal(res.choices[0]?.message.content, TOKENED);
    assert.equal(res.object, 'chat.completion');
    assert.ok(res.usage);
    const r = mock.last()!;
    assert.equal(r.method, 'POST');
    assert.equal(r.path, c.chatPath);
    if (c.kind === 'azure-openai') assert.equal(r.query['api-version'], '2024-10-21');
    c.auth(r.headers);
    assert.match(String(r.headers['content-type']), /application\/json/);
    assert.equal(r.body.model, c.sentModel);
    assert.equal(r.body.stream, false, 'non-stream call forces stream false');
    assert.equal(r.body.seed, 7, 'unknown fields pass through');
    assert.equal(r.body.temperature, 0.1);
    assert.deepEqual(r.body.messages, [{ role: 'user', content: TOKENED }]);
    assert.equal(mock.receivedAnywhere('[[NAME_7F3A9C1B]]'), true);
    assert.equal(mock.receivedAnywhere('Zelda Quuxington'), false);
  });

  test(`${c.kind}: chat stream with a final usage chunk; a token split across SSE chunks restores`, async () => {
    mock.behave({ chunks: ['Please summarise the visit of [[NA', 'ME_7F3A9', 'C1B]] on [', '[DATE_00C0FFEE', ']', '].'] });
    const chunks = await collect(
      p().chatCompletionsStream({ model: 'test-model', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: TOKENED }] }),
    );
    assert.equal(chatText(chunks), TOKENED);
    assert.equal(chunks[0]?.choices[0]?.delta.role, 'assistant');
    const last = chunks[chunks.length - 1] as OpenAIChatChunk;
    assert.deepEqual(last.choices, []);
    assert.deepEqual(last.usage, { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 });
    const r = mock.last()!;
    assert.equal(r.body.stream, true);
    assert.deepEqual(r.body.stream_options, { include_usage: true });
    assert.match(String(r.headers.accept), /text\/event-stream/);
    const restorer = new StreamRestorer(resolve);
    let out = '';
    for (const ch of chunks) out += await restorer.push(ch.choices[0]?.delta.content ?? '');
    out += await restorer.flush();
    assert.equal(out, RESTORED);
  });

  test(`${c.kind}: Anthropic-shaped request translated to chat and back`, async () => {
    const msg = await p().messages({ model: 'test-model', max_tokens: 50, system: 'sys', messages: [{ role: 'user', content: TOKENED }] });
    assert.equal(msg.type, 'message');
    assert.deepEqual(msg.content, [{ type: 'text', text: TOKENED }]);
    assert.equal(msg.stop_reason, 'end_turn');
    assert.deepEqual(msg.usage, { input_tokens: 11, output_tokens: 7 });
    const r = mock.last()!;
    assert.equal(r.path, c.chatPath);
    assert.equal(r.body.model, c.sentModel);
    assert.equal(r.body[c.maxTokensField], 50);
    assert.deepEqual(r.body.messages, [
      { role: 'system', content: 'sys' },
      { role: 'user', content: TOKENED },
    ]);
  });

  test(`${c.kind}: Anthropic-shaped stream translated, with tool calls and usage`, async () => {
    mock.behave({ answer: 'Booking.', toolCall: { name: 'book', arguments: '{"who":"[[NAME_7F3A9C1B]]"}' } });
    const events: AnthropicStreamEvent[] = await collect(
      p().messagesStream({ model: 'test-model', max_tokens: 50, stream: true, messages: [{ role: 'user', content: 'book it' }], tools: [{ name: 'book', input_schema: { type: 'object' } }] }),
    );
    assert.equal(events[0]?.type, 'message_start');
    assert.equal(events[events.length - 1]?.type, 'message_stop');
    const text = events.flatMap((e) => (e.type === 'content_block_delta' && e.delta.type === 'text_delta' ? [(e.delta as { text: string }).text] : [])).join('');
    const json = events.flatMap((e) => (e.type === 'content_block_delta' && e.delta.type === 'input_json_delta' ? [(e.delta as { partial_json: string }).partial_json] : [])).join('');
    assert.equal(text, 'Booking.');
    assert.deepEqual(JSON.parse(json), { who: '[[NAME_7F3A9C1B]]' });
    const toolStart = events.find((e) => e.type === 'content_block_start' && e.content_block.type === 'tool_use');
    assert.ok(toolStart && toolStart.type === 'content_block_start');
    assert.deepEqual(toolStart.content_block, { type: 'tool_use', id: 'call_mock1', name: 'book', input: {} });
    const md = events.find((e) => e.type === 'message_delta');
    assert.ok(md && md.type === 'message_delta');
    assert.equal(md.delta.stop_reason, 'tool_use');
    assert.equal(md.usage.output_tokens, 7);
    const r = mock.last()!;
    assert.deepEqual(r.body.stream_options, { include_usage: true }, 'usage requested upstream for message_delta');
    assert.deepEqual(r.body.tools, [{ type: 'function', function: { name: 'book', parameters: { type: 'object' } } }]);
  });

  test(`${c.kind}: non-streamed tool call translated to an Anthropic tool_use block`, async () => {
    mock.behave({ answer: '', toolCall: { id: 'call_x', name: 'lookup', arguments: '{"mrn":"[[MRN_ABCDEF01]]"}' } });
    const msg = await p().messages({ model: 'test-model', max_tokens: 50, messages: [{ role: 'user', content: 'look up' }] });
    assert.deepEqual(msg.content, [{ type: 'tool_use', id: 'call_x', name: 'lookup', input: { mrn: '[[MRN_ABCDEF01]]' } }]);
    assert.equal(msg.stop_reason, 'tool_use');
  });

  test(`${c.kind}: embeddings`, async () => {
    const res = await p().embeddings({ model: 'test-model', input: ['abc', 'de'] });
    assert.equal(res.object, 'list');
    assert.deepEqual(res.data.map((d) => d.embedding), [
      [3, 0.5, -0.25],
      [2, 0.5, -0.25],
    ]);
    const r = mock.last()!;
    assert.equal(r.path, c.embeddingsPath);
    assert.equal(r.body.model, c.sentModel);
    c.auth(r.headers);
  });
}

test('openai-compatible with a key sends it as a bearer token', async () => {
  const p = providerFor({ provider: 'openai-compatible', baseUrl: `${mock.url}/v1`, apiKeyEnv: 'PHIGATE_TEST_UPSTREAM_KEY' });
  await p.chatCompletions({ model: 'test-model', messages: [{ role: 'user', content: 'x' }] });
  assert.equal(mock.last()?.headers.authorization, `Bearer ${TEST_KEY}`);
});

test('SSE variants: CRLF line endings, comments and ids are parsed', async () => {
  mock.behave({ lineEnding: '\r\n', sseExtras: true, chunks: ['a', 'b', 'c'] });
  const p = providerFor({ provider: 'openai', baseUrl: `${mock.url}/v1` });
  const chunks = await collect(p.chatCompletionsStream({ model: 'test-model', stream: true, messages: [{ role: 'user', content: 'x' }] }));
  assert.equal(chatText(chunks), 'abc');
});

test('SSE bytes split anywhere (mid-line, mid-UTF-8) still parse', async () => {
  const ev = (content: string) => `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
  const whole = ev('Grüße ') + ev('[[NAME_7F3A9C1B]]') + 'data: [DONE]\n\n';
  const buf = Buffer.from(whole, 'utf8');
  // 7-byte pieces, cutting through multi-byte characters
  const pieces: Buffer[] = [];
  for (let i = 0; i < buf.length; i += 7) pieces.push(buf.subarray(i, i + 7));
  mock.behave({ rawSse: pieces });
  const p = providerFor({ provider: 'openai', baseUrl: `${mock.url}/v1` });
  const chunks = await collect(p.chatCompletionsStream({ model: 'test-model', stream: true, messages: [{ role: 'user', content: 'x' }] }));
  assert.equal(chatText(chunks), 'Grüße [[NAME_7F3A9C1B]]');
});
