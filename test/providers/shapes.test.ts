import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PhigateError } from '../../src/common/errors.js';
import {
  anthropicToOpenAIChatResponse,
  checkAnthropicMessage,
  checkAnthropicStreamEvent,
  checkOpenAIChatChunk,
  checkOpenAIChatResponse,
  checkOpenAIEmbeddingsResponse,
} from '../../src/providers/index.js';
import { anthropicEvents } from '../../src/providers/anthropic.js';
import { openaiChunks } from '../../src/providers/openai.js';
import type { SseEvent } from '../../src/providers/sse.js';

// A synthetic name and phone number: an upstream body may hold PHI, and must never be echoed.
const CANARY = 'Margaret Okafor 212-555-0199';

const invalid = (e: unknown): boolean =>
  e instanceof PhigateError && e.code === 'upstream_invalid' && e.status === 502 && !e.message.includes('Okafor') && !e.message.includes('555-0199');

test('OpenAI chat answers: what phigate reads is checked, the rest is kept', () => {
  const ok = {
    id: 'c',
    extra: { kept: true },
    choices: [
      { index: 0, message: { role: 'assistant', content: 'x', tool_calls: [{ id: 't', type: 'function', function: { name: 'f', arguments: '{}' } }], vendor: 1 }, finish_reason: 'stop' },
      { index: 1, message: { role: 'assistant', content: null, function_call: { name: 'f', arguments: '{}' } }, finish_reason: 'function_call' },
      { index: 2, message: { role: 'assistant', content: [{ type: 'text', text: 'parts' }] } },
    ],
  };
  assert.equal(checkOpenAIChatResponse(ok), ok);
  assert.deepEqual(checkOpenAIChatResponse({ choices: [] }), { choices: [] });
  const bad: unknown[] = [
    null,
    CANARY,
    [CANARY],
    {},
    { choices: { 0: CANARY } },
    { choices: [CANARY] },
    { choices: [{ index: 0 }] },
    { choices: [{ index: 0, message: CANARY }] },
    { choices: [{ index: 0, message: { content: 5 } }] },
    { choices: [{ index: 0, message: { content: null, tool_calls: CANARY } }] },
    { choices: [{ index: 0, message: { content: null, tool_calls: [CANARY] } }] },
    { choices: [{ index: 0, message: { content: null, tool_calls: [{ id: 't', type: 'function' }] } }] },
    { choices: [{ index: 0, message: { content: null, tool_calls: [{ id: 't', type: 'function', function: { name: 'f', arguments: { who: CANARY } } }] } }] },
    { choices: [{ index: 0, message: { content: null, tool_calls: [{ id: 't', type: 'custom', custom: { name: 'f', input: CANARY } }] } }] },
    { choices: [{ index: 0, message: { content: null, function_call: CANARY } }] },
    { choices: [{ index: 0, message: { content: null, function_call: { name: 'f', arguments: { who: CANARY } } } }] },
  ];
  for (const b of bad) assert.throws(() => checkOpenAIChatResponse(b), invalid, JSON.stringify(b));
});

test('OpenAI stream chunks: choices need an index and an object delta; tool-call pieces an index and string arguments', () => {
  const ok = [
    { id: 'c', choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] },
    { id: 'c', choices: [{ index: 0, finish_reason: 'stop' }] },
    { id: 'c', choices: [{ index: 0, delta: null, finish_reason: 'stop' }] },
    { id: 'c', choices: [], usage: { prompt_tokens: 1 } },
    { id: 'c', usage: { prompt_tokens: 1 } },
    { id: 'c', choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: 't', type: 'function', function: { name: 'f', arguments: '' } }, { index: 1 }] } }] },
    { id: 'c', choices: [{ index: 0, delta: { function_call: { name: 'f' }, refusal: null, reasoning: 'r', vendor: { x: 1 } } }] },
  ];
  for (const c of ok) assert.equal(checkOpenAIChatChunk(c), c);
  const bad: unknown[] = [
    null,
    42,
    CANARY,
    { choices: CANARY },
    { choices: [CANARY] },
    { choices: [{ delta: { content: CANARY } }] },
    { choices: [{ index: -1, delta: { content: CANARY } }] },
    { choices: [{ index: '0', delta: { content: CANARY } }] },
    { choices: [{ index: 0, delta: CANARY }] },
    { choices: [{ index: 0, delta: [CANARY] }] },
    { choices: [{ index: 0, delta: { content: { text: CANARY } } }] },
    { choices: [{ index: 0, delta: { tool_calls: { 0: CANARY } } }] },
    { choices: [{ index: 0, delta: { tool_calls: [{ function: { arguments: CANARY } }] } }] },
    { choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: CANARY }] } }] },
    { choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: { who: CANARY } } }] } }] },
    { choices: [{ index: 0, delta: { function_call: { arguments: [CANARY] } } }] },
  ];
  for (const b of bad) assert.throws(() => checkOpenAIChatChunk(b), invalid, JSON.stringify(b));
});

test('Anthropic messages and stream events: blocks are typed objects; indexes are numbers; deltas are objects', () => {
  const msg = { id: 'm', type: 'message', content: [{ type: 'text', text: 'x', citations: null }, { type: 'server_tool_use', id: 's' }], stop_sequence: null, extra: 1 };
  assert.equal(checkAnthropicMessage(msg), msg);
  assert.ok(checkAnthropicMessage({ content: [] }));
  for (const b of [null, CANARY, { content: CANARY }, {}, { content: [CANARY] }, { content: [{ text: CANARY }] }, { content: [], stop_sequence: 5 }, { content: [], usage: CANARY }]) {
    assert.throws(() => checkAnthropicMessage(b), invalid, JSON.stringify(b));
  }
  const ok = [
    { type: 'message_start', message: { id: 'm', content: [], usage: { input_tokens: 1 } } },
    { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'x' } },
    { type: 'content_block_stop', index: 0 },
    { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 1 } },
    { type: 'message_stop' },
    { type: 'ping' },
    { type: 'some_future_event', anything: [1] },
  ];
  for (const e of ok) assert.equal(checkAnthropicStreamEvent(e), e);
  const bad: unknown[] = [
    null,
    CANARY,
    { text: CANARY },
    { type: 5 },
    { type: 'message_start' },
    { type: 'message_start', message: { content: CANARY } },
    { type: 'content_block_start', index: 0 },
    { type: 'content_block_start', index: 0, content_block: CANARY },
    { type: 'content_block_start', content_block: { type: 'text', text: CANARY } },
    { type: 'content_block_delta', index: 0 },
    { type: 'content_block_delta', index: 0, delta: CANARY },
    { type: 'content_block_delta', index: 0, delta: { text: CANARY } },
    { type: 'content_block_delta', index: 1.5, delta: { type: 'text_delta', text: CANARY } },
    { type: 'content_block_stop', index: '0' },
    { type: 'message_delta', usage: { output_tokens: 1 } },
    { type: 'message_delta', delta: { stop_sequence: { s: CANARY } } },
  ];
  for (const b of bad) assert.throws(() => checkAnthropicStreamEvent(b), invalid, JSON.stringify(b));
});

test('embeddings answers need a data array', () => {
  assert.ok(checkOpenAIEmbeddingsResponse({ data: [], model: 'm' }));
  for (const b of [null, {}, { data: CANARY }]) assert.throws(() => checkOpenAIEmbeddingsResponse(b), invalid);
});

async function* events(list: SseEvent[]): AsyncGenerator<SseEvent> {
  yield* list;
}
async function drain<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

test('the SSE readers check each event; an error event stays upstream_error', async () => {
  await assert.rejects(drain(openaiChunks(events([{ event: 'message', data: JSON.stringify(CANARY) }]))), invalid);
  await assert.rejects(drain(openaiChunks(events([{ event: 'message', data: '{"choices":[{"delta":{}}]}' }]))), invalid);
  assert.equal((await drain(openaiChunks(events([{ event: 'message', data: '{"choices":[{"index":0,"delta":{}}]}' }, { event: 'message', data: '[DONE]' }])))).length, 1);
  await assert.rejects(drain(anthropicEvents(events([{ event: 'content_block_delta', data: '{"type":"content_block_delta","index":0}' }]))), invalid);
  await assert.rejects(drain(anthropicEvents(events([{ event: 'message_start', data: JSON.stringify(CANARY) }]))), invalid);
  await assert.rejects(
    drain(anthropicEvents(events([{ event: 'error', data: '{"type":"error","error":{"type":"overloaded_error","message":"x"}}' }]))),
    (e: unknown) => e instanceof PhigateError && e.code === 'upstream_error',
  );
});

test('an Anthropic answer without usage translates to OpenAI (usage 0), not a runtime error', () => {
  const r = anthropicToOpenAIChatResponse({ id: 'm', type: 'message', role: 'assistant', model: 'x', content: [{ type: 'text', text: 'hi' }], stop_reason: 'end_turn', stop_sequence: null } as never);
  assert.equal(r.choices[0]!.message.content, 'hi');
  assert.deepEqual(r.usage, { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 });
});
