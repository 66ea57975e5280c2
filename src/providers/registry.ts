/**
 * Provider kinds -> constructors. Adding a vendor: one file implementing `Provider` (or extending
 * `OpenAIProtocolProvider`), its kind in `PROVIDER_KINDS` (types.ts) and one line here.
 */
import { AnthropicProvider } from './anthropic.js';
import { AzureOpenAIProvider } from './azure-openai.js';
import { routeSettings, type ProviderEnvironment, type Route } from './config.js';
import { InspectProvider, type InspectOptions } from './inspect.js';
import { OpenAIProvider } from './openai.js';
import { OpenAICompatibleProvider } from './openai-compatible.js';
import type { Provider, ProviderKind, ProviderSettings } from './types.js';

const FACTORIES: Record<ProviderKind, (s: ProviderSettings, o: CreateProviderOptions) => Provider> = {
  openai: (s) => new OpenAIProvider(s),
  'azure-openai': (s) => new AzureOpenAIProvider(s),
  anthropic: (s) => new AnthropicProvider(s),
  'openai-compatible': (s) => new OpenAICompatibleProvider(s),
  inspect: (s, o) => new InspectProvider(s, o.inspect),
};

export interface CreateProviderOptions extends ProviderEnvironment {
  /** Options of the inspect provider (stream chunk size). */
  inspect?: InspectOptions;
}

/**
 * Builds the provider for a validated route. Keys are read from `opts.env` (default process.env)
 * when a call is made, so a missing key fails that call with `upstream_key_missing`, not startup.
 */
export function createProvider(route: Route, opts: CreateProviderOptions = {}): Provider {
  return FACTORIES[route.provider](routeSettings(route, opts), opts);
}

/** Closes a provider's idle upstream connections, when it has any. */
export function closeProvider(p: Provider): void {
  const c = (p as { close?: () => void }).close;
  if (typeof c === 'function') c.call(p);
}
