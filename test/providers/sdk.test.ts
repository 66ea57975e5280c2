/**
 * The official SDKs as judges: they parse what the mock upstream speaks (so the mock is faithful)
 * and what the providers and translations produce (so the gateway can pass it on unchanged).
 */
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { startMockUpstream, type MockUpstream } from '../support/mock-upstream.js';
import { createProvider, defaultRoutesConfig, resolveRoute, type Provider } from '../../src/providers/index.js';
import { TEST_KEY, providerFor, serveProvider } from './fixtures.js';

let mock: MockUpstream;
before(async () => {
  mock = await startMockUpstream();
});
after(async () => {
  await mock.close();
});
beforeEach(() => mock.reset());

const TOKENED = 'Chart of [[NAME_7F3A9C1B]], MRN [[MRN_ABCDEF01]].';
const openaiClient = (baseURL: string) => new OpenAI({ apiKey: TEST_KEY, baseURL, maxRetries: 0, timeout: 10_000 });
const anthropicClient = (baseURL: string) => new Anthropic({ apiKey: TEST_KEY, baseURL, maxRetries: 0, timeout: 10_000 });

async function withServed<T>(provider: Provider, fn: (url: string) => Promise<T>): Promise<T> {
  const served = await serveProvider(provider);
  try {
    return await fn(served.url);
  } finally {
    await served.close();
  }
}

test('mock upstream speaks OpenAI as the OpenAI SDK expects (plain, stream with usage, tools, embeddings)', async () => {
  const client = openaiClient(`${mock.url}/v1`);
  const res = await client.chat.completions.create({ model: 'gpt-up', messages: [{ role: 'user', content: TOKENED }] });
  assert.equal(res.choices[0]?.message.content, TOKENED);
  assert.equal(mock.last()?.headers.authorization, `Bearer ${TEST_KEY}`);

  mock.behave({ chunks: ['Chart of [[NAME_7F', '3A9C1B]], MRN [[MRN_ABCDEF01]].'] });
  const stream = await client.chat.completions.create({ model: 'gpt-up', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'x' }] });
  let text = '';
  let usage: unknown;
  for await (const c of stream) {
    text += c.choices[0]?.delta.content ?? '';
    if (c.usage) usage = c.usage;
  }
  assert.equal(text, TOKENED);
  assert.deepEqual(usage, { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 });

  mock.reset();
  mock.behave({ answer: '', toolCall: { name: 'f', arguments: '{"a":1}' } });
  const runner = client.chat.completions.stream({ model: 'gpt-up', messages: [{ role: 'user', content: 'x' }], tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' } } }] });
  const final = await runner.finalChatCompletion();
  assert.equal(final.choices[0]?.message.tool_calls?.[0]?.type, 'function');

  mock.reset();
  const emb = await client.embeddings.create({ model: 'e', input: ['ab'], encoding_format: 'float' });
  assert.deepEqual(emb.data[0]?.embedding, [2, 0.5, -0.25]);
});

test('mock upstream speaks Anthropic as the Anthropic SDK expects (plain and stream)', async () => {
  const client = anthropicClient(mock.url);
  const msg = await client.messages.create({ model: 'claude-up', max_tokens: 20, messages: [{ role: 'user', content: TOKENED }] });
  assert.deepEqual(msg.content.map((b) => (b.type === 'text' ? b.text : '')), [TOKENED]);
  // This SDK version sends the key as a bearer token (older ones used x-api-key).
  const h = mock.last()?.headers ?? {};
  assert.ok(h['x-api-key'] === TEST_KEY || h.authorization === `Bearer ${TEST_KEY}`);
  assert.ok(h['anthropic-version']);
  mock.behave({ toolCall: { name: 'g', arguments: '{"b":2}' } });
  const final = await client.messages.stream({ model: 'claude-up', max_tokens: 20, messages: [{ role: 'user', content: 'hello' }] }).finalMessage();
  assert.deepEqual(
    final.content.map((b) => b.type),
    ['text', 'tool_use'],
  );
  const tu = final.content[1];
  assert.ok(tu && tu.type === 'tool_use');
  assert.deepEqual(tu.input, { b: 2 });
  assert.equal(final.stop_reason, 'tool_use');
});

test('OpenAI SDK reads what the anthropic provider translates (plain, stream, tool calls, usage)', async () => {
  await withServed(providerFor({ provider: 'anthropic', baseUrl: mock.url, upstreamModel: 'claude-up' }), async (url) => {
    const client = openaiClient(`${url}/v1`);
    const res = await client.chat.completions.create({ model: 'test-model', messages: [{ role: 'user', content: TOKENED }] });
    assert.equal(res.choices[0]?.message.content, TOKENED);
    assert.equal(res.usage?.total_tokens, 18);

    const stream = await client.chat.completions.create({ model: 'test-model', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: TOKENED }] });
    let text = '';
    let usage: unknown;
    for await (const c of stream) {
      text += c.choices[0]?.delta.content ?? '';
      if (c.usage) usage = c.usage;
    }
    assert.equal(text, TOKENED);
    assert.deepEqual(usage, { prompt_tokens: 13, completion_tokens: 5, total_tokens: 18 });

    mock.behave({ answer: 'Calling.', toolCall: { id: 'toolu_1', name: 'lookup', arguments: '{"mrn":"[[MRN_ABCDEF01]]"}' } });
    const final = await client.chat.completions
      .stream({ model: 'test-model', messages: [{ role: 'user', content: 'x' }], tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }] })
      .finalChatCompletion();
    const m = final.choices[0]?.message;
    assert.equal(m?.content, 'Calling.');
    const call = m?.tool_calls?.[0];
    assert.ok(call && call.type === 'function');
    assert.equal(call.id, 'toolu_1');
    assert.deepEqual(JSON.parse(call.function.arguments), { mrn: '[[MRN_ABCDEF01]]' });
    assert.equal(final.choices[0]?.finish_reason, 'tool_calls');
  });
});

test('Anthropic SDK reads what the OpenAI provider translates (plain, stream, tool use)', async () => {
  await withServed(providerFor({ provider: 'openai', baseUrl: `${mock.url}/v1`, upstreamModel: 'gpt-up' }), async (url) => {
    const client = anthropicClient(url);
    const msg = await client.messages.create({ model: 'test-model', max_tokens: 20, system: 'sys', messages: [{ role: 'user', content: TOKENED }] });
    assert.deepEqual(msg.content.map((b) => (b.type === 'text' ? b.text : b.type)), [TOKENED]);
    assert.equal(msg.usage.input_tokens, 11);
    assert.equal(mock.last()?.body.max_completion_tokens, 20);

    mock.behave({ answer: 'Let me check.', toolCall: { id: 'call_9', name: 'lookup', arguments: '{"who":"[[NAME_7F3A9C1B]]"}' } });
    const final = await client.messages.stream({ model: 'test-model', max_tokens: 20, messages: [{ role: 'user', content: 'x' }] }).finalMessage();
    assert.deepEqual(final.content.map((b) => b.type), ['text', 'tool_use']);
    const [text, tool] = final.content;
    assert.ok(text && text.type === 'text' && text.text === 'Let me check.');
    assert.ok(tool && tool.type === 'tool_use');
    assert.equal(tool.id, 'call_9');
    assert.deepEqual(tool.input, { who: '[[NAME_7F3A9C1B]]' });
    assert.equal(final.stop_reason, 'tool_use');
    assert.equal(final.usage.output_tokens, 7);
  });
});

test('both SDKs read the inspect provider, plain and streamed', async () => {
  await withServed(createProvider(resolveRoute(defaultRoutesConfig(), 'inspect')), async (url) => {
    const oc = openaiClient(`${url}/v1`);
    const res = await oc.chat.completions.create({ model: 'inspect', messages: [{ role: 'user', content: TOKENED }] });
    assert.equal(res.choices[0]?.message.content, TOKENED);
    let streamed = '';
    for await (const c of await oc.chat.completions.create({ model: 'inspect', stream: true, messages: [{ role: 'user', content: TOKENED }] })) {
      streamed += c.choices[0]?.delta.content ?? '';
    }
    assert.equal(streamed, TOKENED);
    const emb = await oc.embeddings.create({ model: 'inspect', input: 'x', encoding_format: 'float' });
    assert.equal(emb.data[0]?.embedding.length, 16);

    const ac = anthropicClient(url);
    const msg = await ac.messages.create({ model: 'inspect', max_tokens: 10, messages: [{ role: 'user', content: TOKENED }] });
    assert.deepEqual(msg.content.map((b) => (b.type === 'text' ? b.text : '')), [TOKENED]);
    const final = await ac.messages.stream({ model: 'inspect', max_tokens: 10, messages: [{ role: 'user', content: TOKENED }] }).finalMessage();
    assert.deepEqual(final.content.map((b) => (b.type === 'text' ? b.text : '')), [TOKENED]);
  });
});

test('an upstream failure reaches the SDK as an error with phigate\'s code and without the upstream body', async () => {
  mock.behave({ mode: 'fail', failStatus: 500 });
  await withServed(providerFor({ provider: 'anthropic', baseUrl: mock.url }), async (url) => {
    await assert.rejects(openaiClient(`${url}/v1`).chat.completions.create({ model: 'test-model', messages: [{ role: 'user', content: 'x' }] }), (e: unknown) => {
      assert.ok(e instanceof OpenAI.APIError);
      assert.equal(e.status, 502);
      assert.equal(e.code, 'upstream_error');
      assert.equal(String(e.message).includes('CANARY'), false);
      return true;
    });
  });
});
