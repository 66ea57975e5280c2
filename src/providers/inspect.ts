/**
 * `inspect`: the default provider on a fresh install. Offline, no key, no network. It answers
 * with the last user message exactly as a vendor would have received it (vault tokens in place),
 * so after re-identification the caller sees its own text and can see what would have left.
 *
 * - Chat answers and Anthropic messages carry that text in the right shape, with a usage object
 *   (tokens estimated as ceil(characters / 4)).
 * - Streams split the text into several chunks of `chunkSize` characters (default 8), so a token
 *   is usually split across chunks, exercising the streaming restorer.
 * - The text of a message is its string content, or its text parts joined with `\n`; for an
 *   Anthropic user turn holding only tool results, the text of those results.
 * - Embeddings are deterministic pseudo-vectors derived from a hash of each input (not semantic).
 */
import { createHash } from 'node:crypto';
import { PhigateError } from '../common/errors.js';
import type {
  AnthropicContentBlock,
  AnthropicMessage,
  AnthropicMessagesRequest,
  AnthropicStreamEvent,
  OpenAIChatChunk,
  OpenAIChatMessage,
  OpenAIChatRequest,
  OpenAIChatResponse,
  OpenAIEmbeddingsRequest,
  OpenAIEmbeddingsResponse,
  OpenAIUsage,
  Provider,
  ProviderCallOptions,
  ProviderSettings,
} from './types.js';

export const INSPECT_DEFAULT_CHUNK_SIZE = 8;
export const INSPECT_DEFAULT_DIMENSIONS = 16;

export const estimateTokens = (text: string): number => Math.ceil([...text].length / 4);

function textOfOpenAIContent(content: OpenAIChatMessage['content']): string {
  if (content == null) return '';
  if (typeof content === 'string') return content;
  return content
    .filter((p) => p.type === 'text')
    .map((p) => String((p as { text?: unknown }).text ?? ''))
    .join('\n');
}

function textOfAnthropicContent(content: string | AnthropicContentBlock[] | undefined): string {
  if (content === undefined) return '';
  if (typeof content === 'string') return content;
  const text = content.filter((b) => b.type === 'text').map((b) => String((b as { text?: unknown }).text ?? ''));
  if (text.length > 0) return text.join('\n');
  return content
    .filter((b) => b.type === 'tool_result')
    .map((b) => textOfAnthropicContent((b as { content?: string | AnthropicContentBlock[] }).content))
    .join('\n');
}

/** The text the inspect provider answers with for an OpenAI chat request. */
export function lastUserTextOpenAI(body: OpenAIChatRequest): string {
  const msgs = Array.isArray(body.messages) ? body.messages : [];
  for (let i = msgs.length - 1; i >= 0; i--) {
    const m = msgs[i];
    if (m && m.role === 'user') return textOfOpenAIContent(m.content);
  }
  return '';
}

/** The text the inspect provider answers with for an Anthropic request. */
export function lastUserTextAnthropic(body: AnthropicMessagesRequest): string {
  const msgs = Array.isArray(body.messages) ? body.messages : [];
  for (let i = msgs.length - 1; i >= 0; i--) {
    const m = msgs[i];
    if (m && m.role === 'user') return textOfAnthropicContent(m.content);
  }
  return '';
}

/** Splits text into chunks of `size` code points (never splitting a surrogate pair). */
export function chunkText(text: string, size: number): string[] {
  const cps = [...text];
  const out: string[] = [];
  for (let i = 0; i < cps.length; i += size) out.push(cps.slice(i, i + size).join(''));
  return out;
}

function checkAborted(opts: ProviderCallOptions | undefined): void {
  if (opts?.signal?.aborted) throw new PhigateError('aborted', 'request aborted by the client', 499);
}

export interface InspectOptions {
  chunkSize?: number;
}

let counter = 0;
const newId = (): string => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export class InspectProvider implements Provider {
  readonly kind = 'inspect' as const;
  readonly model: string;
  private readonly chunkSize: number;

  constructor(settings: Pick<ProviderSettings, 'model'>, options: InspectOptions = {}) {
    this.model = settings.model;
    this.chunkSize = Math.max(1, options.chunkSize ?? INSPECT_DEFAULT_CHUNK_SIZE);
  }

  private promptText(messages: unknown): string {
    return JSON.stringify(messages ?? '');
  }

  private chatUsage(body: OpenAIChatRequest, answer: string): OpenAIUsage {
    const prompt = estimateTokens(this.promptText(body.messages));
    const completion = estimateTokens(answer);
    return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
  }

  async chatCompletions(body: OpenAIChatRequest, opts?: ProviderCallOptions): Promise<OpenAIChatResponse> {
    checkAborted(opts);
    const answer = lastUserTextOpenAI(body);
    return {
      id: `chatcmpl-inspect-${newId()}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: this.model,
      choices: [{ index: 0, message: { role: 'assistant', content: answer, refusal: null }, finish_reason: 'stop', logprobs: null }],
      usage: this.chatUsage(body, answer),
    };
  }

  async *chatCompletionsStream(body: OpenAIChatRequest, opts?: ProviderCallOptions): AsyncGenerator<OpenAIChatChunk> {
    checkAborted(opts);
    const answer = lastUserTextOpenAI(body);
    const base = { id: `chatcmpl-inspect-${newId()}`, object: 'chat.completion.chunk' as const, created: Math.floor(Date.now() / 1000), model: this.model };
    yield { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] };
    for (const piece of chunkText(answer, this.chunkSize)) {
      checkAborted(opts);
      yield { ...base, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] };
    }
    yield { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] };
    if (body.stream_options?.include_usage) yield { ...base, choices: [], usage: this.chatUsage(body, answer) };
  }

  private message(body: AnthropicMessagesRequest, answer: string, streaming: boolean): AnthropicMessage {
    return {
      id: `msg_inspect_${newId()}`,
      type: 'message',
      role: 'assistant',
      model: this.model,
      content: streaming ? [] : [{ type: 'text', text: answer }],
      stop_reason: streaming ? null : 'end_turn',
      stop_sequence: null,
      usage: {
        input_tokens: estimateTokens(this.promptText([body.system ?? '', body.messages])),
        output_tokens: streaming ? 0 : estimateTokens(answer),
      },
    };
  }

  async messages(body: AnthropicMessagesRequest, opts?: ProviderCallOptions): Promise<AnthropicMessage> {
    checkAborted(opts);
    return this.message(body, lastUserTextAnthropic(body), false);
  }

  async *messagesStream(body: AnthropicMessagesRequest, opts?: ProviderCallOptions): AsyncGenerator<AnthropicStreamEvent> {
    checkAborted(opts);
    const answer = lastUserTextAnthropic(body);
    yield { type: 'message_start', message: this.message(body, answer, true) };
    yield { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } };
    for (const piece of chunkText(answer, this.chunkSize)) {
      checkAborted(opts);
      yield { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: piece } };
    }
    yield { type: 'content_block_stop', index: 0 };
    yield { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: estimateTokens(answer) } };
    yield { type: 'message_stop' };
  }

  async embeddings(body: OpenAIEmbeddingsRequest, opts?: ProviderCallOptions): Promise<OpenAIEmbeddingsResponse> {
    checkAborted(opts);
    const inputs: unknown[] = Array.isArray(body.input) ? body.input : [body.input];
    const dims = body.dimensions && body.dimensions > 0 ? Math.min(body.dimensions, 4096) : INSPECT_DEFAULT_DIMENSIONS;
    let tokens = 0;
    const data = inputs.map((input, index) => {
      const text = typeof input === 'string' ? input : JSON.stringify(input);
      tokens += estimateTokens(text);
      return { object: 'embedding' as const, index, embedding: pseudoEmbedding(text, dims) };
    });
    return { object: 'list', data, model: this.model, usage: { prompt_tokens: tokens, total_tokens: tokens } };
  }
}

/** A deterministic unit vector derived from SHA-256 of the text. */
export function pseudoEmbedding(text: string, dims: number): number[] {
  const out: number[] = [];
  let block = 0;
  while (out.length < dims) {
    const h = createHash('sha256').update(`${block++}\0${text}`).digest();
    for (let i = 0; i + 1 < h.length && out.length < dims; i += 2) out.push((h.readUInt16BE(i) / 65535) * 2 - 1);
  }
  const norm = Math.sqrt(out.reduce((s, x) => s + x * x, 0)) || 1;
  return out.map((x) => x / norm);
}
