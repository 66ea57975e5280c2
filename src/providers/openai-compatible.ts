/**
 * Any server that speaks the OpenAI chat-completions protocol at a base URL (vLLM, Ollama's
 * `/v1`, llama.cpp server, a self-hosted gateway). `baseUrl` is required and includes the version
 * path, e.g. `http://10.0.0.5:8000/v1` (plain HTTP only for loopback or a `self_hosted` route).
 * The key, if the route names one, is sent as `Authorization: Bearer`.
 */
import { joinUrl, OpenAIProtocolProvider } from './openai.js';

export class OpenAICompatibleProvider extends OpenAIProtocolProvider {
  readonly kind = 'openai-compatible' as const;

  protected url(operation: 'chat/completions' | 'embeddings'): URL {
    return joinUrl(this.settings.baseUrl ?? '', operation);
  }

  protected headers(): Record<string, string> {
    const key = this.settings.apiKey?.();
    return key ? { authorization: `Bearer ${key}` } : {};
  }
}
