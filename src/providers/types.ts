/**
 * Light, hand-written shapes of the OpenAI and Anthropic wire formats: the fields phigate reads or
 * writes are typed, everything else passes through untouched (index signatures).
 */

export type ProviderKind = 'openai' | 'azure-openai' | 'anthropic' | 'openai-compatible' | 'inspect';
export const PROVIDER_KINDS: readonly ProviderKind[] = ['openai', 'azure-openai', 'anthropic', 'openai-compatible', 'inspect'];

export type Service = 'chat' | 'embeddings';

export interface ProviderCallOptions {
  /** Aborts the upstream call (e.g. the client disconnected). */
  signal?: AbortSignal;
  /**
   * Upstream timeout in ms; the route's timeout when absent. It bounds the wait for the response
   * headers, the read of a whole non-streamed body, and each gap between two chunks of a stream.
   */
  timeoutMs?: number;
}

// ---------------------------------------------------------------- OpenAI chat completions

export interface OpenAITextPart {
  type: 'text';
  text: string;
  [k: string]: unknown;
}
export interface OpenAIImagePart {
  type: 'image_url';
  image_url: { url: string; detail?: string };
  [k: string]: unknown;
}
export type OpenAIContentPart = OpenAITextPart | OpenAIImagePart | { type: string; [k: string]: unknown };

export interface OpenAIToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
  [k: string]: unknown;
}

export interface OpenAIChatMessage {
  role: 'system' | 'developer' | 'user' | 'assistant' | 'tool' | (string & {});
  content?: string | OpenAIContentPart[] | null;
  name?: string;
  tool_calls?: OpenAIToolCall[];
  tool_call_id?: string;
  [k: string]: unknown;
}

export interface OpenAIFunctionTool {
  type: 'function';
  function: { name: string; description?: string; parameters?: Record<string, unknown>; strict?: boolean };
}

export type OpenAIToolChoice = 'auto' | 'none' | 'required' | { type: 'function'; function: { name: string } };

export interface OpenAIChatRequest {
  model: string;
  messages: OpenAIChatMessage[];
  stream?: boolean | null;
  stream_options?: { include_usage?: boolean } | null;
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  temperature?: number | null;
  top_p?: number | null;
  stop?: string | string[] | null;
  n?: number | null;
  tools?: OpenAIFunctionTool[];
  tool_choice?: OpenAIToolChoice;
  parallel_tool_calls?: boolean;
  user?: string;
  [k: string]: unknown;
}

export interface OpenAIUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  [k: string]: unknown;
}

export type OpenAIFinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call' | (string & {});

export interface OpenAIChatResponse {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: Array<{
    index: number;
    message: {
      role: 'assistant';
      content: string | null;
      tool_calls?: OpenAIToolCall[];
      refusal?: string | null;
      [k: string]: unknown;
    };
    finish_reason: OpenAIFinishReason | null;
    logprobs?: unknown;
    [k: string]: unknown;
  }>;
  usage?: OpenAIUsage;
  [k: string]: unknown;
}

export interface OpenAIToolCallDelta {
  index: number;
  id?: string;
  type?: 'function';
  function?: { name?: string; arguments?: string };
}

export interface OpenAIChatChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  choices: Array<{
    index: number;
    delta: { role?: 'assistant'; content?: string | null; tool_calls?: OpenAIToolCallDelta[]; refusal?: string | null; [k: string]: unknown };
    finish_reason: OpenAIFinishReason | null;
    logprobs?: unknown;
    [k: string]: unknown;
  }>;
  /** Present (and `choices` empty) on the final chunk when `stream_options.include_usage` was set. */
  usage?: OpenAIUsage | null;
  [k: string]: unknown;
}

// ---------------------------------------------------------------- OpenAI embeddings

export interface OpenAIEmbeddingsRequest {
  model: string;
  input: string | string[] | number[] | number[][];
  encoding_format?: 'float' | 'base64';
  dimensions?: number;
  user?: string;
  [k: string]: unknown;
}

export interface OpenAIEmbeddingsResponse {
  object: 'list';
  data: Array<{ object: 'embedding'; index: number; embedding: number[] | string }>;
  model: string;
  usage: { prompt_tokens: number; total_tokens: number };
  [k: string]: unknown;
}

// ---------------------------------------------------------------- OpenAI models

export interface OpenAIModel {
  id: string;
  object: 'model';
  created: number;
  owned_by: string;
}
export interface OpenAIModelList {
  object: 'list';
  data: OpenAIModel[];
}

// ---------------------------------------------------------------- Anthropic messages

export interface AnthropicTextBlock {
  type: 'text';
  text: string;
  [k: string]: unknown;
}
export interface AnthropicImageBlock {
  type: 'image';
  source: { type: 'base64'; media_type: string; data: string } | { type: 'url'; url: string };
  [k: string]: unknown;
}
export interface AnthropicToolUseBlock {
  type: 'tool_use';
  id: string;
  name: string;
  input: unknown;
  [k: string]: unknown;
}
export interface AnthropicToolResultBlock {
  type: 'tool_result';
  tool_use_id: string;
  content?: string | Array<AnthropicTextBlock | AnthropicImageBlock | { type: string; [k: string]: unknown }>;
  is_error?: boolean;
  [k: string]: unknown;
}
export type AnthropicContentBlock =
  | AnthropicTextBlock
  | AnthropicImageBlock
  | AnthropicToolUseBlock
  | AnthropicToolResultBlock
  | { type: string; [k: string]: unknown };

export interface AnthropicMessageParam {
  role: 'user' | 'assistant';
  content: string | AnthropicContentBlock[];
}

export interface AnthropicTool {
  name: string;
  description?: string;
  input_schema: Record<string, unknown>;
  [k: string]: unknown;
}

export type AnthropicToolChoice =
  | { type: 'auto'; disable_parallel_tool_use?: boolean }
  | { type: 'any'; disable_parallel_tool_use?: boolean }
  | { type: 'tool'; name: string; disable_parallel_tool_use?: boolean }
  | { type: 'none' };

export interface AnthropicMessagesRequest {
  model: string;
  max_tokens: number;
  messages: AnthropicMessageParam[];
  system?: string | AnthropicTextBlock[];
  stream?: boolean;
  temperature?: number;
  top_p?: number;
  top_k?: number;
  stop_sequences?: string[];
  tools?: AnthropicTool[];
  tool_choice?: AnthropicToolChoice;
  metadata?: { user_id?: string; [k: string]: unknown };
  [k: string]: unknown;
}

export type AnthropicStopReason = 'end_turn' | 'max_tokens' | 'stop_sequence' | 'tool_use' | 'pause_turn' | 'refusal' | (string & {});

export interface AnthropicUsage {
  input_tokens: number;
  output_tokens: number;
  [k: string]: unknown;
}

export interface AnthropicMessage {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: AnthropicContentBlock[];
  stop_reason: AnthropicStopReason | null;
  stop_sequence: string | null;
  usage: AnthropicUsage;
  [k: string]: unknown;
}

export type AnthropicStreamEvent =
  | { type: 'message_start'; message: AnthropicMessage }
  | { type: 'content_block_start'; index: number; content_block: AnthropicContentBlock }
  | {
      type: 'content_block_delta';
      index: number;
      delta:
        | { type: 'text_delta'; text: string }
        | { type: 'input_json_delta'; partial_json: string }
        | { type: string; [k: string]: unknown };
    }
  | { type: 'content_block_stop'; index: number }
  | {
      type: 'message_delta';
      delta: { stop_reason: AnthropicStopReason | null; stop_sequence: string | null; [k: string]: unknown };
      usage: Partial<AnthropicUsage> & { output_tokens: number };
    }
  | { type: 'message_stop' }
  | { type: 'ping' }
  | { type: 'error'; error: { type: string; message: string } };

// ---------------------------------------------------------------- the provider

export interface Provider {
  readonly kind: ProviderKind;
  /** Public model name (the routes file key) this provider instance serves. */
  readonly model: string;
  /** Non-streamed OpenAI chat completion. */
  chatCompletions(body: OpenAIChatRequest, opts?: ProviderCallOptions): Promise<OpenAIChatResponse>;
  /** Streamed OpenAI chat completion: chunk objects, without the final `[DONE]`. */
  chatCompletionsStream(body: OpenAIChatRequest, opts?: ProviderCallOptions): AsyncIterable<OpenAIChatChunk>;
  /** Non-streamed Anthropic message. */
  messages(body: AnthropicMessagesRequest, opts?: ProviderCallOptions): Promise<AnthropicMessage>;
  /** Streamed Anthropic message: event objects; the SSE `event:` name is `event.type`. */
  messagesStream(body: AnthropicMessagesRequest, opts?: ProviderCallOptions): AsyncIterable<AnthropicStreamEvent>;
  /** OpenAI embeddings; throws PhigateError('unsupported', ..., 400) where the vendor has none. */
  embeddings(body: OpenAIEmbeddingsRequest, opts?: ProviderCallOptions): Promise<OpenAIEmbeddingsResponse>;
}

/** Everything a provider needs, derived from a validated route by `createProvider`. */
export interface ProviderSettings {
  /** Public model name (routes file key). */
  model: string;
  /** Model (or, for Azure, deployment) name sent upstream. */
  upstreamModel: string;
  /** Upstream base URL; each provider documents what it expects and its default. */
  baseUrl?: string;
  /** Returns the upstream key, read when a call is made; throws `upstream_key_missing` when unset. Absent: no key. */
  apiKey?: () => string;
  /** Default upstream timeout (ms). */
  timeoutMs: number;
  /** Plain `http:` permitted (loopback or self-hosted route; decided by config validation). */
  allowHttp: boolean;
  /** Extra trusted CA certificates (PEM) for a private-CA upstream. */
  ca?: string | Buffer;
  /** Azure OpenAI `api-version` query parameter. */
  apiVersion?: string;
  /** Anthropic `anthropic-version` header. */
  anthropicVersion?: string;
}
