import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PhigateError } from '../../src/common/errors.js';
import { anthropicToOpenAIChatRequest, openaiChatToAnthropicRequest } from '../../src/providers/translate.js';
import type { AnthropicMessagesRequest, OpenAIChatRequest } from '../../src/providers/types.js';

// A synthetic patient name and MRN: must never come back in an error message.
const CANARY = 'Dolores Whitfield MRN 88231907';

const typed = (e: unknown): boolean => e instanceof PhigateError && e.code === 'invalid_request' && e.status === 400 && !e.message.includes(CANARY) && !e.message.includes('88231907');

const oa = (extra: Record<string, unknown>, messages: unknown[] = [{ role: 'user', content: 'hi' }]) => ({ model: 'm', messages, ...extra }) as unknown as OpenAIChatRequest;
const an = (extra: Record<string, unknown>, messages: unknown[] = [{ role: 'user', content: 'hi' }]) =>
  ({ model: 'm', max_tokens: 10, messages, ...extra }) as unknown as AnthropicMessagesRequest;

test('malformed OpenAI requests to an Anthropic route are 400 invalid_request, never a runtime error', () => {
  const cases: Array<[string, OpenAIChatRequest]> = [
    ['tool_calls without function', oa({}, [{ role: 'assistant', content: null, tool_calls: [{ id: 'c' }] }])],
    ['tool_calls not an array', oa({}, [{ role: 'assistant', content: null, tool_calls: { a: 1 } }])],
    ['arguments a number', oa({}, [{ role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: 5 } }] }])],
    ['tool call name missing', oa({}, [{ role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { arguments: '{}' } }] }])],
    ['tool call id missing', oa({}, [{ role: 'assistant', content: null, tool_calls: [{ type: 'function', function: { name: 'f', arguments: '{}' } }] }])],
    ['tool call a string', oa({}, [{ role: 'assistant', content: null, tool_calls: ['x'] }])],
    ['tool without function', oa({ tools: [{ type: 'function' }] })],
    ['tool function name a number', oa({ tools: [{ type: 'function', function: { name: 7 } }] })],
    ['tool parameters a string', oa({ tools: [{ type: 'function', function: { name: 'f', parameters: 'x' } }] })],
    ['tools not an array', oa({ tools: 'x' })],
    ['tool_choice function without name', oa({ tool_choice: { type: 'function' } })],
    ['tool_choice unknown', oa({ tool_choice: 'sometimes' })],
    ['messages not an array', oa({ messages: { role: 'user' } })],
    ['message not an object', oa({}, ['hello'])],
    ['message null', oa({}, [null])],
    ['content a number', oa({}, [{ role: 'user', content: 5 }])],
    ['content part null', oa({}, [{ role: 'user', content: [null] }])],
    ['content part without type', oa({}, [{ role: 'user', content: [{ text: 'x' }] }])],
    ['text part text an object', oa({}, [{ role: 'user', content: [{ type: 'text', text: { a: 1 } }] }])],
    ['image_url without url', oa({}, [{ role: 'user', content: [{ type: 'image_url' }] }])],
    ['system content an object', oa({}, [{ role: 'system', content: { a: 1 } }])],
    ['tool message content an object', oa({}, [{ role: 'tool', tool_call_id: 'c', content: { a: 1 } }])],
    ['stop a number', oa({ stop: 5 })],
    ['stop array of objects', oa({ stop: [{}] })],
    ['temperature a string', oa({ temperature: 'hot' })],
    ['max_tokens a string', oa({ max_tokens: '10' })],
    ['user an object', oa({ user: { id: 1 } })],
  ];
  for (const [name, req] of cases) assert.throws(() => openaiChatToAnthropicRequest(req, 'up'), typed, name);
});

test('malformed Anthropic requests to an OpenAI route are 400 invalid_request, never a runtime error', () => {
  const cases: Array<[string, AnthropicMessagesRequest]> = [
    ['tool_result content an object', an({}, [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 't', content: { a: 1 } }] }])],
    ['tool_result content blocks malformed', an({}, [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 't', content: [5] }] }])],
    ['tool_result without id', an({}, [{ role: 'user', content: [{ type: 'tool_result', content: 'x' }] }])],
    ['tools a string', an({ tools: 'x' })],
    ['tool null', an({ tools: [null] })],
    ['tool name missing', an({ tools: [{ input_schema: {} }] })],
    ['tool input_schema a string', an({ tools: [{ name: 'f', input_schema: 'x' }] })],
    ['tool_choice a string', an({ tool_choice: 'auto' })],
    ['tool_choice unknown type', an({ tool_choice: { type: 'sometimes' } })],
    ['tool_choice tool without name', an({ tool_choice: { type: 'tool' } })],
    ['messages not an array', an({ messages: 'hi' })],
    ['message null', an({}, [null])],
    ['content a number', an({}, [{ role: 'user', content: 5 }])],
    ['content block null', an({}, [{ role: 'user', content: [null] }])],
    ['block without type', an({}, [{ role: 'assistant', content: [{ text: 'x' }] }])],
    ['text block text an object', an({}, [{ role: 'user', content: [{ type: 'text', text: {} }] }])],
    ['tool_use without name', an({}, [{ role: 'assistant', content: [{ type: 'tool_use', id: 't', input: {} }] }])],
    ['image without source', an({}, [{ role: 'user', content: [{ type: 'image' }] }])],
    ['image source unknown', an({}, [{ role: 'user', content: [{ type: 'image', source: { type: 'file' } }] }])],
    ['system a number', an({ system: 5 })],
    ['system blocks malformed', an({ system: [{ type: 'text', text: 5 }] })],
    ['stop_sequences a string', an({ stop_sequences: 'END' })],
    ['metadata a string', an({ metadata: 'x' })],
    ['metadata user_id a number', an({ metadata: { user_id: 5 } })],
    ['max_tokens a string', an({ max_tokens: 'ten' })],
  ];
  for (const [name, req] of cases) assert.throws(() => anthropicToOpenAIChatRequest(req, 'up'), typed, name);
});

test('error messages never carry caller-supplied types or roles (canary)', () => {
  const openai: OpenAIChatRequest[] = [
    oa({}, [{ role: CANARY, content: 'hi' }]),
    oa({}, [{ role: 'user', content: [{ type: CANARY }] }]),
    oa({ tools: [{ type: CANARY, function: { name: 'f' } }] }),
    oa({}, [{ role: 'assistant', content: null, tool_calls: [{ id: 'c', type: CANARY, function: { name: 'f', arguments: '{}' } }] }]),
    oa({ tool_choice: CANARY }),
    oa({}, [{ role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: `{"p":"${CANARY}"` } }] }]),
  ];
  for (const req of openai) assert.throws(() => openaiChatToAnthropicRequest(req, 'up'), typed);
  const anthropic: AnthropicMessagesRequest[] = [
    an({}, [{ role: CANARY, content: 'hi' }]),
    an({}, [{ role: 'user', content: [{ type: CANARY }] }]),
    an({}, [{ role: 'user', content: [{ type: 'image', source: { type: CANARY } }] }]),
    an({ tool_choice: { type: CANARY } }),
  ];
  for (const req of anthropic) assert.throws(() => anthropicToOpenAIChatRequest(req, 'up'), typed);
});

test('well-formed edge cases still translate', () => {
  // Absent arguments mean no arguments; null optional fields are ignored.
  const a = openaiChatToAnthropicRequest(
    oa({ temperature: null, stop: null, tools: [], tool_choice: 'auto' }, [
      { role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f' } }] },
      { role: 'tool', tool_call_id: 'c', content: [{ type: 'text', text: 'ok' }] },
    ]),
    'up',
  );
  assert.deepEqual(a.messages[0], { role: 'assistant', content: [{ type: 'tool_use', id: 'c', name: 'f', input: {} }] });
  assert.equal(a.tool_choice?.type, 'auto');
  const b = anthropicToOpenAIChatRequest(an({ system: null, tools: [{ name: 'f' }] }, [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 't' }] }]), 'up');
  assert.deepEqual(b.messages, [{ role: 'tool', tool_call_id: 't', content: '' }]);
  assert.deepEqual(b.tools, [{ type: 'function', function: { name: 'f' } }]);
});
