import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhigateError } from '../../src/common/errors.js';
import {
  AnthropicToOpenAIStream,
  DEFAULT_ANTHROPIC_MAX_TOKENS,
  OpenAIToAnthropicStream,
  anthropicToOpenAIChatRequest,
  anthropicToOpenAIChatResponse,
  openaiChatToAnthropicRequest,
  openaiToAnthropicMessage,
} from '../../src/providers/translate.js';
import type {
  AnthropicMessage,
  AnthropicMessagesRequest,
  AnthropicStreamEvent,
  OpenAIChatChunk,
  OpenAIChatRequest,
  OpenAIChatResponse,
} from '../../src/providers/types.js';

const TOKEN = '[[NAME_7F3A9C1B]]';

const openaiReq: OpenAIChatRequest = {
  model: 'claude-route',
  messages: [
    { role: 'system', content: 'You are terse.' },
    { role: 'developer', content: [{ type: 'text', text: 'Use metric units.' }] },
    { role: 'user', content: `Summarise the chart of ${TOKEN}.` },
    {
      role: 'assistant',
      content: 'Looking it up.',
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup_chart', arguments: `{"patient":"${TOKEN}"}` } }],
    },
    { role: 'tool', tool_call_id: 'call_1', content: `Chart of ${TOKEN}: BP 120/80.` },
    {
      role: 'user',
      content: [
        { type: 'text', text: 'And this scan?' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
      ],
    },
  ],
  max_tokens: 300,
  temperature: 0.2,
  top_p: 0.9,
  stop: 'END',
  tools: [
    {
      type: 'function',
      function: { name: 'lookup_chart', description: 'Find a chart', parameters: { type: 'object', properties: { patient: { type: 'string' } } } },
    },
  ],
  tool_choice: 'auto',
  user: 'user-42',
};

test('OpenAI chat request -> Anthropic request', () => {
  const a = openaiChatToAnthropicRequest(openaiReq, 'claude-up');
  assert.equal(a.model, 'claude-up');
  assert.equal(a.max_tokens, 300);
  assert.equal(a.system, 'You are terse.\n\nUse metric units.');
  assert.equal(a.temperature, 0.2);
  assert.equal(a.top_p, 0.9);
  assert.deepEqual(a.stop_sequences, ['END']);
  assert.deepEqual(a.metadata, { user_id: 'user-42' });
  assert.deepEqual(a.tool_choice, { type: 'auto' });
  assert.deepEqual(a.tools, [
    { name: 'lookup_chart', description: 'Find a chart', input_schema: { type: 'object', properties: { patient: { type: 'string' } } } },
  ]);
  assert.deepEqual(a.messages, [
    { role: 'user', content: `Summarise the chart of ${TOKEN}.` },
    {
      role: 'assistant',
      content: [
        { type: 'text', text: 'Looking it up.' },
        { type: 'tool_use', id: 'call_1', name: 'lookup_chart', input: { patient: TOKEN } },
      ],
    },
    {
      role: 'user',
      content: [
        { type: 'tool_result', tool_use_id: 'call_1', content: `Chart of ${TOKEN}: BP 120/80.` },
        { type: 'text', text: 'And this scan?' },
        { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
      ],
    },
  ]);
  assert.equal(a.stream, undefined);
});

test('OpenAI request details: default max tokens, temperature clamp, tool_choice forms, n > 1 refused', () => {
  const base: OpenAIChatRequest = { model: 'm', messages: [{ role: 'user', content: 'hi' }] };
  assert.equal(openaiChatToAnthropicRequest(base, 'u').max_tokens, DEFAULT_ANTHROPIC_MAX_TOKENS);
  assert.equal(openaiChatToAnthropicRequest({ ...base, max_completion_tokens: 9, max_tokens: 5 }, 'u').max_tokens, 9);
  assert.equal(openaiChatToAnthropicRequest({ ...base, temperature: 1.7 }, 'u').temperature, 1);
  assert.deepEqual(openaiChatToAnthropicRequest({ ...base, tool_choice: 'required', parallel_tool_calls: false }, 'u').tool_choice, {
    type: 'any',
    disable_parallel_tool_use: true,
  });
  assert.deepEqual(openaiChatToAnthropicRequest({ ...base, tool_choice: { type: 'function', function: { name: 'f' } } }, 'u').tool_choice, {
    type: 'tool',
    name: 'f',
  });
  assert.deepEqual(openaiChatToAnthropicRequest({ ...base, tool_choice: 'none' }, 'u').tool_choice, { type: 'none' });
  assert.equal(openaiChatToAnthropicRequest({ ...base, stream: true }, 'u').stream, true);
  // empty turns are dropped and same-role neighbours merged
  const merged = openaiChatToAnthropicRequest(
    { ...base, messages: [{ role: 'user', content: 'a' }, { role: 'assistant', content: '' }, { role: 'user', content: 'b' }] },
    'u',
  );
  assert.deepEqual(merged.messages, [{ role: 'user', content: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }] }]);
  assert.throws(() => openaiChatToAnthropicRequest({ ...base, n: 2 }, 'u'), (e: unknown) => e instanceof PhigateError && e.code === 'unsupported');
  assert.throws(
    () =>
      openaiChatToAnthropicRequest(
        { ...base, messages: [{ role: 'assistant', content: null, tool_calls: [{ id: 'x', type: 'function', function: { name: 'f', arguments: '{bad' } }] }] },
        'u',
      ),
    (e: unknown) => e instanceof PhigateError && e.code === 'invalid_request' && !e.message.includes('{bad'),
  );
});

test('round trip: OpenAI request -> Anthropic -> OpenAI keeps every message and tool call', () => {
  const back = anthropicToOpenAIChatRequest(openaiChatToAnthropicRequest(openaiReq, 'claude-up'), 'gpt-up');
  assert.equal(back.model, 'gpt-up');
  assert.equal(back.max_tokens, 300);
  assert.deepEqual(back.stop, ['END']);
  assert.equal(back.user, 'user-42');
  assert.equal(back.tool_choice, 'auto');
  assert.deepEqual(back.tools, openaiReq.tools);
  assert.deepEqual(back.messages, [
    { role: 'system', content: 'You are terse.\n\nUse metric units.' },
    { role: 'user', content: `Summarise the chart of ${TOKEN}.` },
    {
      role: 'assistant',
      content: 'Looking it up.',
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup_chart', arguments: `{"patient":"${TOKEN}"}` } }],
    },
    { role: 'tool', tool_call_id: 'call_1', content: `Chart of ${TOKEN}: BP 120/80.` },
    {
      role: 'user',
      content: [
        { type: 'text', text: 'And this scan?' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
      ],
    },
  ]);
});

const anthropicReq: AnthropicMessagesRequest = {
  model: 'gpt-route',
  max_tokens: 256,
  system: [{ type: 'text', text: 'Be brief.' }],
  messages: [
    { role: 'user', content: `Who is ${TOKEN}?` },
    {
      role: 'assistant',
      content: [
        { type: 'thinking', thinking: 'hmm', signature: 'sig' },
        { type: 'text', text: 'Checking.' },
        { type: 'tool_use', id: 'toolu_1', name: 'find', input: { q: TOKEN } },
      ],
    },
    {
      role: 'user',
      content: [
        { type: 'tool_result', tool_use_id: 'toolu_1', content: [{ type: 'text', text: `${TOKEN} is a patient.` }] },
        { type: 'text', text: 'Thanks.' },
      ],
    },
  ],
  stop_sequences: ['STOP'],
  temperature: 0.5,
  top_k: 5,
  tools: [{ name: 'find', description: 'Search', input_schema: { type: 'object' } }],
  tool_choice: { type: 'any', disable_parallel_tool_use: true },
  metadata: { user_id: 'u-7' },
};

test('Anthropic request -> OpenAI chat request', () => {
  const o = anthropicToOpenAIChatRequest(anthropicReq, 'gpt-up', { maxTokensField: 'max_completion_tokens' });
  assert.equal(o.model, 'gpt-up');
  assert.equal(o.max_completion_tokens, 256);
  assert.equal(o.max_tokens, undefined);
  assert.deepEqual(o.stop, ['STOP']);
  assert.equal(o.temperature, 0.5);
  assert.equal('top_k' in o, false);
  assert.equal(o.tool_choice, 'required');
  assert.equal(o.parallel_tool_calls, false);
  assert.equal(o.user, 'u-7');
  assert.deepEqual(o.tools, [{ type: 'function', function: { name: 'find', description: 'Search', parameters: { type: 'object' } } }]);
  assert.deepEqual(o.messages, [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: `Who is ${TOKEN}?` },
    { role: 'assistant', content: 'Checking.', tool_calls: [{ id: 'toolu_1', type: 'function', function: { name: 'find', arguments: `{"q":"${TOKEN}"}` } }] },
    { role: 'tool', tool_call_id: 'toolu_1', content: `${TOKEN} is a patient.` },
    { role: 'user', content: 'Thanks.' },
  ]);
  const s = anthropicToOpenAIChatRequest({ ...anthropicReq, stream: true }, 'gpt-up');
  assert.equal(s.stream, true);
  assert.deepEqual(s.stream_options, { include_usage: true });
});

test('round trip: Anthropic request -> OpenAI -> Anthropic keeps messages, tools and limits', () => {
  const back = openaiChatToAnthropicRequest(anthropicToOpenAIChatRequest(anthropicReq, 'gpt-up'), 'claude-up');
  assert.equal(back.max_tokens, 256);
  assert.equal(back.system, 'Be brief.');
  assert.deepEqual(back.stop_sequences, ['STOP']);
  assert.deepEqual(back.tool_choice, { type: 'any', disable_parallel_tool_use: true });
  assert.deepEqual(back.tools, anthropicReq.tools);
  assert.deepEqual(back.metadata, { user_id: 'u-7' });
  assert.deepEqual(back.messages, [
    { role: 'user', content: `Who is ${TOKEN}?` },
    { role: 'assistant', content: [{ type: 'text', text: 'Checking.' }, { type: 'tool_use', id: 'toolu_1', name: 'find', input: { q: TOKEN } }] },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: `${TOKEN} is a patient.` }, { type: 'text', text: 'Thanks.' }] },
  ]);
});

const anthropicMsg: AnthropicMessage = {
  id: 'msg_01',
  type: 'message',
  role: 'assistant',
  model: 'claude-up',
  content: [
    { type: 'text', text: `Hello ${TOKEN}.` },
    { type: 'tool_use', id: 'toolu_9', name: 'book', input: { who: TOKEN, day: 3 } },
  ],
  stop_reason: 'tool_use',
  stop_sequence: null,
  usage: { input_tokens: 20, output_tokens: 8 },
};

test('responses round-trip both ways', () => {
  const o = anthropicToOpenAIChatResponse(anthropicMsg);
  assert.equal(o.object, 'chat.completion');
  assert.equal(o.model, 'claude-up');
  assert.equal(o.choices[0]?.message.content, `Hello ${TOKEN}.`);
  assert.deepEqual(o.choices[0]?.message.tool_calls, [
    { id: 'toolu_9', type: 'function', function: { name: 'book', arguments: `{"who":"${TOKEN}","day":3}` } },
  ]);
  assert.equal(o.choices[0]?.finish_reason, 'tool_calls');
  assert.deepEqual(o.usage, { prompt_tokens: 20, completion_tokens: 8, total_tokens: 28 });
  const a = openaiToAnthropicMessage(o);
  assert.deepEqual(a.content, anthropicMsg.content);
  assert.equal(a.stop_reason, 'tool_use');
  assert.deepEqual(a.usage, { input_tokens: 20, output_tokens: 8 });
  assert.match(a.id, /^msg_/);

  for (const [fin, stop] of [['stop', 'end_turn'], ['length', 'max_tokens'], ['content_filter', 'refusal']] as const) {
    const r: OpenAIChatResponse = { id: 'x', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'a' }, finish_reason: fin }] };
    const m = openaiToAnthropicMessage(r);
    assert.equal(m.stop_reason, stop);
    assert.equal(anthropicToOpenAIChatResponse(m).choices[0]?.finish_reason, fin);
  }
});

function anthropicStreamEvents(): AnthropicStreamEvent[] {
  return [
    { type: 'message_start', message: { ...anthropicMsg, content: [], stop_reason: null, usage: { input_tokens: 20, output_tokens: 1 } } },
    { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    { type: 'ping' },
    { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Hello [[NAME_7F' } },
    { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: '3A9C1B]].' } },
    { type: 'content_block_stop', index: 0 },
    { type: 'content_block_start', index: 1, content_block: { type: 'tool_use', id: 'toolu_9', name: 'book', input: {} } },
    { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '{"who":"[[NAME_' } },
    { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '7F3A9C1B]]","day":3}' } },
    { type: 'content_block_stop', index: 1 },
    { type: 'message_delta', delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: 8 } },
    { type: 'message_stop' },
  ];
}

/** Rebuilds a complete OpenAI response from chunks, as an SDK would. */
function assembleOpenAI(chunks: OpenAIChatChunk[]) {
  let content = '';
  const tools: Array<{ id?: string; name?: string; arguments: string }> = [];
  let finish: string | null = null;
  let usage: unknown;
  for (const c of chunks) {
    if (c.usage) usage = c.usage;
    const ch = c.choices[0];
    if (!ch) continue;
    if (ch.delta.content) content += ch.delta.content;
    for (const t of ch.delta.tool_calls ?? []) {
      const slot = (tools[t.index] ??= { arguments: '' });
      if (t.id) slot.id = t.id;
      if (t.function?.name) slot.name = t.function.name;
      slot.arguments += t.function?.arguments ?? '';
    }
    if (ch.finish_reason) finish = ch.finish_reason;
  }
  return { content, tools, finish, usage };
}

/** Rebuilds a complete Anthropic message from events. */
function assembleAnthropic(events: AnthropicStreamEvent[]) {
  const blocks: Array<{ type: string; text?: string; id?: string; name?: string; json?: string }> = [];
  let stop: string | null = null;
  let usage: unknown;
  let started = 0;
  let stopped = 0;
  for (const e of events) {
    if (e.type === 'message_start') started++;
    if (e.type === 'content_block_start') {
      const b = e.content_block as { type: string; id?: string; name?: string; text?: string };
      blocks[e.index] = { type: b.type, text: b.text ?? '', json: '', ...(b.id ? { id: b.id } : {}), ...(b.name ? { name: b.name } : {}) };
    }
    if (e.type === 'content_block_delta') {
      const b = blocks[e.index]!;
      const d = e.delta as { type: string; text?: string; partial_json?: string };
      if (d.type === 'text_delta') b.text += d.text ?? '';
      if (d.type === 'input_json_delta') b.json += d.partial_json ?? '';
    }
    if (e.type === 'message_delta') {
      stop = e.delta.stop_reason;
      usage = e.usage;
    }
    if (e.type === 'message_stop') stopped++;
  }
  return { blocks, stop, usage, started, stopped };
}

test('stream: Anthropic events -> OpenAI chunks (text, tool call, finish, usage)', () => {
  const tr = new AnthropicToOpenAIStream(true);
  const chunks = anthropicStreamEvents().flatMap((e) => tr.push(e));
  const r = assembleOpenAI(chunks);
  assert.equal(r.content, `Hello ${TOKEN}.`);
  assert.deepEqual(r.tools, [{ id: 'toolu_9', name: 'book', arguments: `{"who":"${TOKEN}","day":3}` }]);
  assert.equal(r.finish, 'tool_calls');
  assert.deepEqual(r.usage, { prompt_tokens: 20, completion_tokens: 8, total_tokens: 28 });
  assert.equal(chunks[0]?.choices[0]?.delta.role, 'assistant');
  assert.equal(chunks.every((c) => c.object === 'chat.completion.chunk' && c.id === 'chatcmpl-msg_01'), true);
  // without include_usage there is no usage chunk
  const noUsage = new AnthropicToOpenAIStream(false);
  const chunks2 = anthropicStreamEvents().flatMap((e) => noUsage.push(e));
  assert.equal(chunks2.some((c) => c.usage), false);
  assert.equal(chunks2.every((c) => c.choices.length === 1), true);
  assert.throws(() => noUsage.push({ type: 'error', error: { type: 'overloaded_error', message: 'x' } }), (e: unknown) => e instanceof PhigateError && e.code === 'upstream_error');
});

test('stream round trip: Anthropic events -> OpenAI chunks -> Anthropic events', () => {
  const toOpenAI = new AnthropicToOpenAIStream(true);
  const chunks = anthropicStreamEvents().flatMap((e) => toOpenAI.push(e));
  const back = new OpenAIToAnthropicStream('fallback');
  const events = [...chunks.flatMap((c) => back.push(c)), ...back.end()];
  const r = assembleAnthropic(events);
  assert.equal(r.started, 1);
  assert.equal(r.stopped, 1);
  assert.equal(events[0]?.type, 'message_start');
  assert.equal(events[events.length - 1]?.type, 'message_stop');
  assert.deepEqual(r.blocks, [
    { type: 'text', text: `Hello ${TOKEN}.`, json: '' },
    { type: 'tool_use', id: 'toolu_9', name: 'book', text: '', json: `{"who":"${TOKEN}","day":3}` },
  ]);
  assert.equal(r.stop, 'tool_use');
  assert.deepEqual(r.usage, { input_tokens: 20, output_tokens: 8 });
  // every block that starts also stops, in order
  const starts = events.filter((e) => e.type === 'content_block_start').map((e) => (e as { index: number }).index);
  const stops = events.filter((e) => e.type === 'content_block_stop').map((e) => (e as { index: number }).index);
  assert.deepEqual(starts, [0, 1]);
  assert.deepEqual(stops, [0, 1]);
});

test('stream: OpenAI chunks with two parallel tool calls -> two tool_use blocks', () => {
  const base = { id: 'c1', object: 'chat.completion.chunk' as const, created: 1, model: 'gpt-up' };
  const chunks: OpenAIChatChunk[] = [
    { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: null }, finish_reason: null }] },
    { ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: 'call_a', type: 'function', function: { name: 'f', arguments: '{"x":' } }] }, finish_reason: null }] },
    { ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: '1}' } }] }, finish_reason: null }] },
    { ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 1, id: 'call_b', type: 'function', function: { name: 'g', arguments: '{}' } }] }, finish_reason: null }] },
    { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] },
    { ...base, choices: [], usage: { prompt_tokens: 4, completion_tokens: 6, total_tokens: 10 } },
  ];
  const tr = new OpenAIToAnthropicStream('fallback');
  const events = [...chunks.flatMap((c) => tr.push(c)), ...tr.end()];
  const r = assembleAnthropic(events);
  assert.deepEqual(r.blocks, [
    { type: 'tool_use', id: 'call_a', name: 'f', text: '', json: '{"x":1}' },
    { type: 'tool_use', id: 'call_b', name: 'g', text: '', json: '{}' },
  ]);
  assert.equal(r.stop, 'tool_use');
  assert.deepEqual(r.usage, { input_tokens: 4, output_tokens: 6 });
  // back to OpenAI
  const again = new AnthropicToOpenAIStream(false);
  const o = assembleOpenAI(events.flatMap((e) => again.push(e)));
  assert.deepEqual(o.tools, [
    { id: 'call_a', name: 'f', arguments: '{"x":1}' },
    { id: 'call_b', name: 'g', arguments: '{}' },
  ]);
  // an empty stream still yields a well-formed message
  const empty = new OpenAIToAnthropicStream('fallback');
  assert.deepEqual(empty.end().map((e) => e.type), ['message_start', 'message_delta', 'message_stop']);
});
