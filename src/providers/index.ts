/**
 * Public surface of the provider layer. Other phigate folders import from here only.
 *
 *   const config = loadRoutesConfig(path)            // or defaultRoutesConfig()
 *   const route = resolveRoute(config, body.model, 'chat')
 *   const provider = createProvider(route)            // cache one per route
 *   await provider.chatCompletions(body, { signal })  // or ...Stream / messages / embeddings
 */
export type {
  AnthropicContentBlock,
  AnthropicMessage,
  AnthropicMessageParam,
  AnthropicMessagesRequest,
  AnthropicStopReason,
  AnthropicStreamEvent,
  AnthropicTool,
  AnthropicToolChoice,
  AnthropicUsage,
  OpenAIChatChunk,
  OpenAIChatMessage,
  OpenAIChatRequest,
  OpenAIChatResponse,
  OpenAIContentPart,
  OpenAIEmbeddingsRequest,
  OpenAIEmbeddingsResponse,
  OpenAIFinishReason,
  OpenAIModel,
  OpenAIModelList,
  OpenAIToolCall,
  OpenAIToolCallDelta,
  OpenAIUsage,
  Provider,
  ProviderCallOptions,
  ProviderKind,
  ProviderSettings,
  Service,
} from './types.js';
export { PROVIDER_KINDS } from './types.js';
export {
  DEFAULT_TIMEOUT_MS,
  checkRoutesEnvironment,
  defaultRoutesConfig,
  isLoopbackHost,
  listModels,
  loadRoutesConfig,
  parseRoutesConfig,
  resolveRoute,
  type Route,
  type RoutesConfig,
  type RoutesFileInput,
  type RouteInput,
} from './config.js';
export { closeProvider, createProvider, type CreateProviderOptions } from './registry.js';
export { encodeSse, parseSse, SseParser, type SseEvent } from './sse.js';
export {
  AnthropicToOpenAIStream,
  OpenAIToAnthropicStream,
  anthropicToOpenAIChatRequest,
  anthropicToOpenAIChatResponse,
  openaiChatToAnthropicRequest,
  openaiToAnthropicMessage,
} from './translate.js';
export { MIN_TLS_VERSION } from './http.js';
export {
  checkAnthropicMessage,
  checkAnthropicStreamEvent,
  checkOpenAIChatChunk,
  checkOpenAIChatResponse,
  checkOpenAIEmbeddingsResponse,
  upstreamInvalid,
} from './shapes.js';
export { InspectProvider, lastUserTextAnthropic, lastUserTextOpenAI } from './inspect.js';
export { OpenAIProvider, OpenAIProtocolProvider } from './openai.js';
export { AzureOpenAIProvider } from './azure-openai.js';
export { OpenAICompatibleProvider } from './openai-compatible.js';
export { AnthropicProvider } from './anthropic.js';
