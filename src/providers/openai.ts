/**
 * OpenAI chat-completions protocol. `OpenAIProtocolProvider` is the shared implementation for
 * every upstream that speaks it (OpenAI itself, Azure OpenAI, OpenAI-compatible servers); each
 * vendor file only says how URLs and auth headers are built. Anthropic-shaped requests are
 * translated to chat completions and the answers (plain and streamed) translated back.
 */
import { PhigateError } from '../common/errors.js';
import { Transport } from './http.js';
import { checkOpenAIChatChunk, checkOpenAIChatResponse, checkOpenAIEmbeddingsResponse } from './shapes.js';
import type { SseEvent } from './sse.js';
import { anthropicToOpenAIChatRequest, openaiToAnthropicMessage, OpenAIToAnthropicStream } from './translate.js';
import type {
  AnthropicMessage,
  AnthropicMessagesRequest,
  AnthropicStreamEvent,
  OpenAIChatChunk,
  OpenAIChatRequest,
  OpenAIChatResponse,
  OpenAIEmbeddingsRequest,
  OpenAIEmbeddingsResponse,
  Provider,
  ProviderCallOptions,
  ProviderKind,
  ProviderSettings,
} from './types.js';

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/** Joins a base URL and a path without losing the base's own path. */
export function joinUrl(base: string, path: string): URL {
  return new URL(`${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`);
}

export abstract class OpenAIProtocolProvider implements Provider {
  abstract readonly kind: ProviderKind;
  readonly model: string;
  protected readonly settings: ProviderSettings;
  protected readonly transport: Transport;
  /** Field carrying the token limit when an Anthropic request is translated. */
  protected readonly maxTokensField: 'max_tokens' | 'max_completion_tokens' = 'max_tokens';

  constructor(settings: ProviderSettings) {
    this.settings = settings;
    this.model = settings.model;
    this.transport = new Transport({ allowHttp: settings.allowHttp, ...(settings.ca !== undefined ? { ca: settings.ca } : {}) });
  }

  /** URL of an operation (`chat/completions`, `embeddings`). */
  protected abstract url(operation: 'chat/completions' | 'embeddings'): URL;
  /** Auth and vendor headers. */
  protected abstract headers(): Record<string, string>;
  /** The `model` field sent upstream (undefined: omitted, e.g. Azure names it in the URL). */
  protected upstreamModelField(): string | undefined {
    return this.settings.upstreamModel;
  }

  private withModel<T extends { model: string }>(body: T): T {
    const copy: Record<string, unknown> = { ...body };
    const m = this.upstreamModelField();
    if (m === undefined) delete copy.model;
    else copy.model = m;
    return copy as T;
  }

  private call(op: 'chat/completions' | 'embeddings', body: unknown, opts: ProviderCallOptions | undefined) {
    return {
      url: this.url(op),
      headers: this.headers(),
      body,
      signal: opts?.signal,
      timeoutMs: opts?.timeoutMs ?? this.settings.timeoutMs,
    };
  }

  async chatCompletions(body: OpenAIChatRequest, opts?: ProviderCallOptions): Promise<OpenAIChatResponse> {
    const req = this.withModel({ ...body, stream: false });
    delete req.stream_options;
    return checkOpenAIChatResponse(await this.transport.postJson<unknown>(this.call('chat/completions', req, opts)));
  }

  async *chatCompletionsStream(body: OpenAIChatRequest, opts?: ProviderCallOptions): AsyncGenerator<OpenAIChatChunk> {
    const req = this.withModel({ ...body, stream: true });
    const events = this.transport.postSse(this.call('chat/completions', req, opts));
    yield* openaiChunks(events);
  }

  async messages(body: AnthropicMessagesRequest, opts?: ProviderCallOptions): Promise<AnthropicMessage> {
    const req = anthropicToOpenAIChatRequest({ ...body, stream: false }, this.settings.upstreamModel, { maxTokensField: this.maxTokensField });
    const res = await this.chatCompletions(req, opts);
    return openaiToAnthropicMessage(res);
  }

  async *messagesStream(body: AnthropicMessagesRequest, opts?: ProviderCallOptions): AsyncGenerator<AnthropicStreamEvent> {
    const req = anthropicToOpenAIChatRequest({ ...body, stream: true }, this.settings.upstreamModel, { maxTokensField: this.maxTokensField });
    const tr = new OpenAIToAnthropicStream(this.settings.model);
    for await (const chunk of this.chatCompletionsStream(req, opts)) yield* tr.push(chunk);
    yield* tr.end();
  }

  async embeddings(body: OpenAIEmbeddingsRequest, opts?: ProviderCallOptions): Promise<OpenAIEmbeddingsResponse> {
    return checkOpenAIEmbeddingsResponse(await this.transport.postJson<unknown>(this.call('embeddings', this.withModel({ ...body }), opts)));
  }

  /** Closes idle upstream connections. */
  close(): void {
    this.transport.close();
  }
}

/** OpenAI SSE events -> chunk objects (shape checked: `upstream_invalid`); stops at `[DONE]`; an `error` payload fails the stream. */
export async function* openaiChunks(events: AsyncIterable<SseEvent>): AsyncGenerator<OpenAIChatChunk> {
  for await (const ev of events) {
    const data = ev.data.trim();
    if (data === '[DONE]') return;
    if (data === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      throw new PhigateError('upstream_error', 'upstream sent an invalid stream event', 502);
    }
    if (ev.event === 'error' || (parsed && typeof parsed === 'object' && 'error' in parsed && !('choices' in parsed))) {
      throw new PhigateError('upstream_error', 'upstream reported a stream error', 502);
    }
    yield checkOpenAIChatChunk(parsed);
  }
}

/** OpenAI (`Authorization: Bearer`, default base URL `https://api.openai.com/v1`). */
export class OpenAIProvider extends OpenAIProtocolProvider {
  readonly kind = 'openai' as const;
  protected override readonly maxTokensField = 'max_completion_tokens' as const;

  protected url(operation: 'chat/completions' | 'embeddings'): URL {
    return joinUrl(this.settings.baseUrl ?? OPENAI_DEFAULT_BASE_URL, operation);
  }

  protected headers(): Record<string, string> {
    const key = this.settings.apiKey?.();
    return key ? { authorization: `Bearer ${key}` } : {};
  }
}
