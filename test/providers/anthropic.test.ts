import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startMockUpstream, type MockUpstream } from '../support/mock-upstream.js';
import { PhigateError } from '../../src/common/errors.js';
import { StreamRestorer, escapeJsonString } from '../../src/gateway/restore-stream.js';
import type { AnthropicStreamEvent, OpenAIChatChunk, Provider } from '../../src/providers/index.js';
import { TEST_KEY, chatText, collect, providerFor } from './fixtures.js';

let mock: MockUpstream;
before(async () => {
  mock = await startMockUpstream();
});
after(async () => {
  await mock.close();
});
beforeEach(() => mock.reset());

const TOKENED = 'Note for [[NAME_7F3A9C1B]]: follow up.';
const p = (extra: Record<string, unknown> = {}): Provider =>
  providerFor({ provider: 'anthropic', baseUrl: mock.url, upstreamModel: 'claude-up', ...extra });

test('anthropic: messages request shaped right, headers right', async () => {
  const msg = await p().messages({ model: 'test-model', max_tokens: 64, messages: [{ role: 'user', content: TOKENED }], top_k: 3 });
  assert.deepEqual(msg.content, [{ type: 'text', text: TOKENED }]);
  assert.equal(msg.stop_reason, 'end_turn');
  assert.equal(msg.model, 'claude-up');
  const r = mock.last()!;
  assert.equal(r.path, '/v1/messages');
  assert.equal(r.headers['x-api-key'], TEST_KEY);
  assert.equal(r.headers['anthropic-version'], '2023-06-01');
  assert.equal(r.headers.authorization, undefined);
  assert.equal(r.body.model, 'claude-up');
  assert.equal(r.body.stream, false);
  assert.equal(r.body.top_k, 3, 'unknown fields pass through');
  assert.equal(r.body.max_tokens, 64);
});

test('anthropic: anthropicVersion from the route', async () => {
  await p({ anthropicVersion: '2099-01-01' }).messages({ model: 'test-model', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] });
  assert.equal(mock.last()?.headers['anthropic-version'], '2099-01-01');
});

test('anthropic: messages stream passes event objects through', async () => {
  mock.behave({ chunks: ['Note for [[NAME_', '7F3A9C1B]]: follow up.'] });
  const events: AnthropicStreamEvent[] = await collect(p().messagesStream({ model: 'test-model', max_tokens: 64, stream: true, messages: [{ role: 'user', content: TOKENED }] }));
  assert.deepEqual(events.map((e) => e.type), [
    'message_start',
    'content_block_start',
    'ping',
    'content_block_delta',
    'content_block_delta',
    'content_block_stop',
    'message_delta',
    'message_stop',
  ]);
  const r = mock.last()!;
  assert.equal(r.body.stream, true);
  assert.match(String(r.headers.accept), /text\/event-stream/);
  const restorer = new StreamRestorer(async (t) => new Map(t.map((x) => [x, 'Zelda Quuxington'] as [string, string])));
  let out = '';
  for (const e of events) if (e.type === 'content_block_delta' && e.delta.type === 'text_delta') out += await restorer.push((e.delta as { text: string }).text);
  out += await restorer.flush();
  assert.equal(out, 'Note for Zelda Quuxington: follow up.');
});

test('anthropic: OpenAI chat request translated to Messages and back', async () => {
  const res = await p().chatCompletions({
    model: 'test-model',
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: TOKENED },
    ],
    max_tokens: 77,
    stop: ['END'],
  });
  assert.equal(res.object, 'chat.completion');
  assert.equal(res.choices[0]?.message.content, TOKENED);
  assert.equal(res.choices[0]?.finish_reason, 'stop');
  assert.deepEqual(res.usage, { prompt_tokens: 13, completion_tokens: 5, total_tokens: 18 });
  const r = mock.last()!;
  assert.equal(r.path, '/v1/messages');
  assert.equal(r.body.model, 'claude-up');
  assert.equal(r.body.system, 'Be brief.');
  assert.equal(r.body.max_tokens, 77);
  assert.deepEqual(r.body.stop_sequences, ['END']);
  assert.deepEqual(r.body.messages, [{ role: 'user', content: TOKENED }]);
});

test('anthropic: OpenAI chat stream translated, usage chunk only when asked', async () => {
  const chunks: OpenAIChatChunk[] = await collect(
    p().chatCompletionsStream({ model: 'test-model', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: TOKENED }] }),
  );
  assert.equal(chatText(chunks), TOKENED);
  assert.equal(chunks[0]?.choices[0]?.delta.role, 'assistant');
  const fin = chunks.find((c) => c.choices[0]?.finish_reason);
  assert.equal(fin?.choices[0]?.finish_reason, 'stop');
  const last = chunks[chunks.length - 1]!;
  assert.deepEqual(last.choices, []);
  assert.deepEqual(last.usage, { prompt_tokens: 13, completion_tokens: 5, total_tokens: 18 });
  const r = mock.last()!;
  assert.equal(r.body.stream, true);
  assert.equal('stream_options' in r.body, false, 'OpenAI-only fields are not sent to Anthropic');
  const noUsage = await collect(p().chatCompletionsStream({ model: 'test-model', stream: true, messages: [{ role: 'user', content: 'x' }] }));
  assert.equal(noUsage.some((c) => c.usage), false);
});

test('anthropic: tool calls both ways, streamed arguments restorable as JSON', async () => {
  mock.behave({ answer: '', toolCall: { id: 'toolu_7', name: 'lookup', arguments: '{"patient":"[[NAME_7F3A9C1B]]","n":2}' } });
  const res = await p().chatCompletions({
    model: 'test-model',
    messages: [{ role: 'user', content: 'look up' }],
    tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }],
    tool_choice: 'required',
  });
  assert.equal(res.choices[0]?.finish_reason, 'tool_calls');
  assert.equal(res.choices[0]?.message.content, null);
  assert.deepEqual(res.choices[0]?.message.tool_calls, [
    { id: 'toolu_7', type: 'function', function: { name: 'lookup', arguments: '{"patient":"[[NAME_7F3A9C1B]]","n":2}' } },
  ]);
  const sent = mock.last()!.body;
  assert.deepEqual(sent.tools, [{ name: 'lookup', input_schema: { type: 'object' } }]);
  assert.deepEqual(sent.tool_choice, { type: 'any' });

  const chunks = await collect(p().chatCompletionsStream({ model: 'test-model', stream: true, messages: [{ role: 'user', content: 'look up' }] }));
  const restorer = new StreamRestorer(async (t) => new Map(t.map((x) => [x, 'Zelda "Z" Quuxington'] as [string, string])), { encode: escapeJsonString });
  let args = '';
  let id: string | undefined;
  for (const c of chunks) {
    for (const tc of c.choices[0]?.delta.tool_calls ?? []) {
      id ??= tc.id;
      args += await restorer.push(tc.function?.arguments ?? '');
    }
  }
  args += await restorer.flush();
  assert.equal(id, 'toolu_7');
  assert.deepEqual(JSON.parse(args), { patient: 'Zelda "Z" Quuxington', n: 2 });
  assert.equal(chunks.find((c) => c.choices[0]?.finish_reason)?.choices[0]?.finish_reason, 'tool_calls');
});

test('anthropic: embeddings are unsupported (400), nothing is sent', async () => {
  await assert.rejects(
    p().embeddings({ model: 'test-model', input: 'x' }),
    (e: unknown) => e instanceof PhigateError && e.code === 'unsupported' && e.status === 400,
  );
  assert.equal(mock.requests.length, 0);
});

test('anthropic: an error event in the stream fails it', async () => {
  mock.behave({
    rawSse: [
      'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","model":"m","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":1,"output_tokens":1}}}\n\n',
      'event: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded CANARY-5150"}}\n\n',
    ],
  });
  await assert.rejects(
    collect(p().messagesStream({ model: 'test-model', max_tokens: 5, stream: true, messages: [{ role: 'user', content: 'x' }] })),
    (e: unknown) => e instanceof PhigateError && e.code === 'upstream_error' && e.status === 502 && !e.message.includes('CANARY'),
  );
});
