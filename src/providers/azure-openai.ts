/**
 * Azure OpenAI: `{baseUrl}/openai/deployments/{deployment}/{operation}?api-version=...` with an
 * `api-key` header. The route's upstream model is the deployment name; `model` is not sent.
 * `baseUrl` is the resource endpoint, e.g. `https://my-resource.openai.azure.com`.
 */
import { joinUrl, OpenAIProtocolProvider } from './openai.js';

export const AZURE_DEFAULT_API_VERSION = '2024-10-21';

export class AzureOpenAIProvider extends OpenAIProtocolProvider {
  readonly kind = 'azure-openai' as const;
  protected override readonly maxTokensField = 'max_completion_tokens' as const;

  protected url(operation: 'chat/completions' | 'embeddings'): URL {
    const base = this.settings.baseUrl ?? '';
    const url = joinUrl(base, `openai/deployments/${encodeURIComponent(this.settings.upstreamModel)}/${operation}`);
    url.searchParams.set('api-version', this.settings.apiVersion ?? AZURE_DEFAULT_API_VERSION);
    return url;
  }

  protected headers(): Record<string, string> {
    const key = this.settings.apiKey?.();
    return key ? { 'api-key': key } : {};
  }

  protected override upstreamModelField(): string | undefined {
    return undefined;
  }
}
