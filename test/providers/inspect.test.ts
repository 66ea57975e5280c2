import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhigateError } from '../../src/common/errors.js';
import { createProvider, defaultRoutesConfig, resolveRoute } from '../../src/providers/index.js';
import type { AnthropicStreamEvent, OpenAIChatChunk } from '../../src/providers/index.js';
import { StreamRestorer } from '../../src/gateway/restore-stream.js';

const TOKENED = 'Discharge summary for [[NAME_7F3A9C1B]], born [[DATE_00C0FFEE]].';
const provider = () => createProvider(resolveRoute(defaultRoutesConfig(), 'inspect'));

test('chat: answers with the last user message exactly as received, tokens in place', async () => {
  const res = await provider().chatCompletions({
    model: 'inspect',
    messages: [
      { role: 'system', content: 'sys' },
      { role: 'user', content: 'first question' },
      { role: 'assistant', content: 'an answer' },
      { role: 'user', content: TOKENED },
    ],
  });
  assert.equal(res.object, 'chat.completion');
  assert.equal(res.model, 'inspect');
  assert.equal(res.choices.length, 1);
  assert.equal(res.choices[0]?.message.role, 'assistant');
  assert.equal(res.choices[0]?.message.content, TOKENED);
  assert.equal(res.choices[0]?.finish_reason, 'stop');
  assert.ok(res.usage && res.usage.prompt_tokens > 0 && res.usage.completion_tokens > 0);
  assert.equal(res.usage.total_tokens, res.usage.prompt_tokens + res.usage.completion_tokens);
});

test('chat: content parts are joined; no user message answers empty', async () => {
  const res = await provider().chatCompletions({
    model: 'inspect',
    messages: [{ role: 'user', content: [{ type: 'text', text: 'part one' }, { type: 'image_url', image_url: { url: 'data:image/png;base64,AA==' } }, { type: 'text', text: 'part two' }] }],
  });
  assert.equal(res.choices[0]?.message.content, 'part one\npart two');
  const empty = await provider().chatCompletions({ model: 'inspect', messages: [{ role: 'system', content: 'only system' }] });
  assert.equal(empty.choices[0]?.message.content, '');
});

test('chat stream: several chunks, role first, finish, then usage when asked; tokens are split across chunks', async () => {
  const chunks: OpenAIChatChunk[] = [];
  for await (const c of provider().chatCompletionsStream({ model: 'inspect', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: TOKENED }] })) {
    chunks.push(c);
  }
  assert.ok(chunks.length > 4);
  assert.equal(chunks[0]?.choices[0]?.delta.role, 'assistant');
  const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
  assert.equal(text, TOKENED);
  const contentChunks = chunks.filter((c) => c.choices[0]?.delta.content);
  assert.ok(contentChunks.some((c) => /\[\[(?![A-Z_0-9]+\]\])/.test(c.choices[0]?.delta.content ?? '')), 'some token is split');
  assert.equal(chunks[chunks.length - 2]?.choices[0]?.finish_reason, 'stop');
  const last = chunks[chunks.length - 1];
  assert.deepEqual(last?.choices, []);
  assert.ok(last?.usage && last.usage.completion_tokens > 0);
  assert.equal(new Set(chunks.map((c) => c.id)).size, 1);
  // without include_usage: no usage chunk
  const plain: OpenAIChatChunk[] = [];
  for await (const c of provider().chatCompletionsStream({ model: 'inspect', stream: true, messages: [{ role: 'user', content: 'hi' }] })) plain.push(c);
  assert.equal(plain.some((c) => c.usage), false);
});

test('streamed inspect answer restores through the StreamRestorer', async () => {
  const values = new Map([
    ['[[NAME_7F3A9C1B]]', 'Zelda Quuxington'],
    ['[[DATE_00C0FFEE]]', '2031-02-03'],
  ]);
  const r = new StreamRestorer(async (tokens) => new Map(tokens.flatMap((t) => (values.has(t) ? [[t, values.get(t)!] as [string, string]] : []))));
  let out = '';
  for await (const c of provider().chatCompletionsStream({ model: 'inspect', stream: true, messages: [{ role: 'user', content: TOKENED }] })) {
    out += await r.push(c.choices[0]?.delta.content ?? '');
  }
  out += await r.flush();
  assert.equal(out, 'Discharge summary for Zelda Quuxington, born 2031-02-03.');
});

test('messages: Anthropic shape with the last user text', async () => {
  const msg = await provider().messages({
    model: 'inspect',
    max_tokens: 100,
    system: 'sys',
    messages: [
      { role: 'user', content: 'earlier' },
      { role: 'assistant', content: 'ok' },
      { role: 'user', content: [{ type: 'text', text: TOKENED }] },
    ],
  });
  assert.equal(msg.type, 'message');
  assert.equal(msg.role, 'assistant');
  assert.deepEqual(msg.content, [{ type: 'text', text: TOKENED }]);
  assert.equal(msg.stop_reason, 'end_turn');
  assert.ok(msg.usage.input_tokens > 0 && msg.usage.output_tokens > 0);
  assert.match(msg.id, /^msg_/);
  // a turn of tool results answers with their text
  const tr = await provider().messages({
    model: 'inspect',
    max_tokens: 10,
    messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 't', content: 'result text' }] }],
  });
  assert.deepEqual(tr.content, [{ type: 'text', text: 'result text' }]);
});

test('messages stream: well-formed event sequence in several deltas', async () => {
  const evs: AnthropicStreamEvent[] = [];
  for await (const e of provider().messagesStream({ model: 'inspect', max_tokens: 100, stream: true, messages: [{ role: 'user', content: TOKENED }] })) evs.push(e);
  const types = evs.map((e) => e.type);
  assert.equal(types[0], 'message_start');
  assert.equal(types[1], 'content_block_start');
  assert.deepEqual(types.slice(-3), ['content_block_stop', 'message_delta', 'message_stop']);
  const deltas = evs.filter((e) => e.type === 'content_block_delta');
  assert.ok(deltas.length > 3);
  assert.equal(deltas.map((e) => (e.type === 'content_block_delta' ? (e.delta as { text: string }).text : '')).join(''), TOKENED);
  const md = evs.find((e) => e.type === 'message_delta');
  assert.ok(md && md.type === 'message_delta' && md.usage.output_tokens > 0 && md.delta.stop_reason === 'end_turn');
});

test('chunk size is configurable and never splits a surrogate pair', async () => {
  const p = createProvider(resolveRoute(defaultRoutesConfig(), 'inspect'), { inspect: { chunkSize: 1 } });
  const pieces: string[] = [];
  for await (const c of p.chatCompletionsStream({ model: 'inspect', stream: true, messages: [{ role: 'user', content: 'a😀b' }] })) {
    const t = c.choices[0]?.delta.content;
    if (t) pieces.push(t);
  }
  assert.deepEqual(pieces, ['a', '😀', 'b']);
});

test('embeddings: deterministic unit vectors, one per input, with usage', async () => {
  const p = provider();
  const a = await p.embeddings({ model: 'inspect', input: ['one', 'two'] });
  const b = await p.embeddings({ model: 'inspect', input: 'one', dimensions: 8 });
  assert.equal(a.object, 'list');
  assert.equal(a.data.length, 2);
  assert.equal(a.data[1]?.index, 1);
  const v = a.data[0]?.embedding as number[];
  assert.equal(v.length, 16);
  assert.ok(Math.abs(Math.hypot(...v) - 1) < 1e-9);
  assert.deepEqual((await p.embeddings({ model: 'inspect', input: ['one'] })).data[0]?.embedding, v);
  assert.notDeepEqual(a.data[1]?.embedding, v);
  assert.equal((b.data[0]?.embedding as number[]).length, 8);
  assert.ok(a.usage.total_tokens > 0);
});

test('an aborted signal is honoured', async () => {
  const ac = new AbortController();
  ac.abort();
  await assert.rejects(
    provider().chatCompletions({ model: 'inspect', messages: [{ role: 'user', content: 'x' }] }, { signal: ac.signal }),
    (e: unknown) => e instanceof PhigateError && e.code === 'aborted',
  );
});
