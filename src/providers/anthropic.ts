/**
 * Anthropic Messages API: `POST {baseUrl}/v1/messages` with `x-api-key` and `anthropic-version`.
 * Default base URL `https://api.anthropic.com`. OpenAI-shaped chat requests are translated to
 * Messages and the answers (plain and streamed, tool calls included) translated back.
 * Anthropic has no embeddings endpoint: `embeddings` throws `unsupported`.
 */
import { PhigateError } from '../common/errors.js';
import { Transport } from './http.js';
import { joinUrl } from './openai.js';
import { checkAnthropicMessage, checkAnthropicStreamEvent } from './shapes.js';
import type { SseEvent } from './sse.js';
import { AnthropicToOpenAIStream, anthropicToOpenAIChatResponse, openaiChatToAnthropicRequest } from './translate.js';
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
  ProviderSettings,
} from './types.js';

export const ANTHROPIC_DEFAULT_BASE_URL = 'https://api.anthropic.com';
export const ANTHROPIC_DEFAULT_VERSION = '2023-06-01';

export class AnthropicProvider implements Provider {
  readonly kind = 'anthropic' as const;
  readonly model: string;
  private readonly settings: ProviderSettings;
  private readonly transport: Transport;

  constructor(settings: ProviderSettings) {
    this.settings = settings;
    this.model = settings.model;
    this.transport = new Transport({ allowHttp: settings.allowHttp, ...(settings.ca !== undefined ? { ca: settings.ca } : {}) });
  }

  private call(body: unknown, opts: ProviderCallOptions | undefined) {
    const headers: Record<string, string> = { 'anthropic-version': this.settings.anthropicVersion ?? ANTHROPIC_DEFAULT_VERSION };
    const key = this.settings.apiKey?.();
    if (key) headers['x-api-key'] = key;
    return {
      url: joinUrl(this.settings.baseUrl ?? ANTHROPIC_DEFAULT_BASE_URL, 'v1/messages'),
      headers,
      body,
      signal: opts?.signal,
      timeoutMs: opts?.timeoutMs ?? this.settings.timeoutMs,
    };
  }

  async messages(body: AnthropicMessagesRequest, opts?: ProviderCallOptions): Promise<AnthropicMessage> {
    const req = { ...body, model: this.settings.upstreamModel, stream: false };
    return checkAnthropicMessage(await this.transport.postJson<unknown>(this.call(req, opts)));
  }

  async *messagesStream(body: AnthropicMessagesRequest, opts?: ProviderCallOptions): AsyncGenerator<AnthropicStreamEvent> {
    const req = { ...body, model: this.settings.upstreamModel, stream: true };
    yield* anthropicEvents(this.transport.postSse(this.call(req, opts)));
  }

  async chatCompletions(body: OpenAIChatRequest, opts?: ProviderCallOptions): Promise<OpenAIChatResponse> {
    const req = openaiChatToAnthropicRequest({ ...body, stream: false }, this.settings.upstreamModel);
    return anthropicToOpenAIChatResponse(await this.messages(req, opts));
  }

  async *chatCompletionsStream(body: OpenAIChatRequest, opts?: ProviderCallOptions): AsyncGenerator<OpenAIChatChunk> {
    const req = openaiChatToAnthropicRequest({ ...body, stream: true }, this.settings.upstreamModel);
    const tr = new AnthropicToOpenAIStream(body.stream_options?.include_usage === true);
    for await (const ev of this.messagesStream(req, opts)) yield* tr.push(ev);
  }

  embeddings(_body: OpenAIEmbeddingsRequest, _opts?: ProviderCallOptions): Promise<OpenAIEmbeddingsResponse> {
    return Promise.reject(new PhigateError('unsupported', 'this model does not offer embeddings', 400));
  }

  /** Closes idle upstream connections. */
  close(): void {
    this.transport.close();
  }
}

/** Anthropic SSE events -> event objects (shape checked: `upstream_invalid`); an `error` event fails the stream. */
export async function* anthropicEvents(events: AsyncIterable<SseEvent>): AsyncGenerator<AnthropicStreamEvent> {
  for await (const ev of events) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(ev.data);
    } catch {
      throw new PhigateError('upstream_error', 'upstream sent an invalid stream event', 502);
    }
    if (ev.event === 'error' || (parsed && typeof parsed === 'object' && (parsed as { type?: unknown }).type === 'error')) {
      throw new PhigateError('upstream_error', 'upstream reported a stream error', 502);
    }
    yield checkAnthropicStreamEvent(parsed);
  }
}
