/**
 * Translation between the OpenAI chat-completions and the Anthropic Messages shapes, both ways,
 * for requests, responses and streams (including tool calls). Pure functions and small stateful
 * stream translators; no I/O.
 *
 * Text is carried over exactly (vault tokens stay where they are). Fields without a counterpart
 * are dropped, except where dropping would change the meaning (n > 1), which is refused.
 */
import { PhigateError } from '../common/errors.js';
import type {
  AnthropicContentBlock,
  AnthropicMessage,
  AnthropicMessageParam,
  AnthropicMessagesRequest,
  AnthropicStopReason,
  AnthropicStreamEvent,
  AnthropicTool,
  AnthropicToolChoice,
  OpenAIChatChunk,
  OpenAIChatMessage,
  OpenAIChatRequest,
  OpenAIChatResponse,
  OpenAIContentPart,
  OpenAIFinishReason,
  OpenAIFunctionTool,
  OpenAIToolCall,
  OpenAIToolChoice,
  OpenAIUsage,
} from './types.js';

/** Used when an OpenAI request gives no max tokens but Anthropic requires one. */
export const DEFAULT_ANTHROPIC_MAX_TOKENS = 4096;

const badRequest = (message: string): PhigateError => new PhigateError('invalid_request', message, 400);

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

// ================================================================ OpenAI request -> Anthropic

function openaiContentToText(content: OpenAIChatMessage['content']): string {
  if (content == null) return '';
  if (typeof content === 'string') return content;
  return content
    .filter((p): p is { type: 'text'; text: string } => p.type === 'text' && typeof (p as { text?: unknown }).text === 'string')
    .map((p) => p.text)
    .join('\n');
}

function openaiPartToAnthropic(part: OpenAIContentPart): AnthropicContentBlock {
  if (part.type === 'text') return { type: 'text', text: String((part as { text?: unknown }).text ?? '') };
  if (part.type === 'image_url') {
    const url = String((part as { image_url?: { url?: unknown } }).image_url?.url ?? '');
    const m = /^data:([^;,]+);base64,(.*)$/s.exec(url);
    if (m) return { type: 'image', source: { type: 'base64', media_type: m[1] ?? '', data: m[2] ?? '' } };
    return { type: 'image', source: { type: 'url', url } };
  }
  throw badRequest(`content part type "${part.type}" cannot be sent to this model`);
}

function openaiContentToBlocks(content: OpenAIChatMessage['content']): AnthropicContentBlock[] {
  if (content == null) return [];
  if (typeof content === 'string') return content === '' ? [] : [{ type: 'text', text: content }];
  return content.map(openaiPartToAnthropic);
}

function parseToolArguments(args: string): unknown {
  if (args.trim() === '') return {};
  try {
    return JSON.parse(args);
  } catch {
    throw badRequest('tool call arguments are not valid JSON');
  }
}

function openaiToolToAnthropic(t: OpenAIFunctionTool): AnthropicTool {
  if (t.type !== 'function') throw badRequest(`tool type "${String(t.type)}" cannot be sent to this model`);
  const out: AnthropicTool = {
    name: t.function.name,
    input_schema: t.function.parameters ?? { type: 'object', properties: {} },
  };
  if (t.function.description !== undefined) out.description = t.function.description;
  return out;
}

function openaiToolChoiceToAnthropic(c: OpenAIToolChoice, parallel: boolean | undefined): AnthropicToolChoice {
  const noParallel = parallel === false ? { disable_parallel_tool_use: true } : {};
  if (c === 'none') return { type: 'none' };
  if (c === 'auto') return { type: 'auto', ...noParallel };
  if (c === 'required') return { type: 'any', ...noParallel };
  if (typeof c === 'object' && c.type === 'function') return { type: 'tool', name: c.function.name, ...noParallel };
  throw badRequest('unsupported tool_choice');
}

/** Appends a message, merging consecutive messages of one role (Anthropic requires alternation). */
function pushMerged(out: AnthropicMessageParam[], role: 'user' | 'assistant', blocks: AnthropicContentBlock[]): void {
  if (blocks.length === 0) return; // Anthropic refuses empty turns
  const last = out[out.length - 1];
  if (last && last.role === role) {
    const prev = typeof last.content === 'string' ? [{ type: 'text', text: last.content } as AnthropicContentBlock] : last.content;
    last.content = [...prev, ...blocks];
  } else {
    out.push({ role, content: blocks });
  }
}

/** Simplifies `[{type:'text', text}]` back to a plain string, as most clients send it. */
function simplify(msgs: AnthropicMessageParam[]): AnthropicMessageParam[] {
  return msgs.map((m) => {
    const c = m.content;
    if (Array.isArray(c) && c.length === 1 && c[0]?.type === 'text' && Object.keys(c[0]).length === 2) {
      return { role: m.role, content: String((c[0] as { text: string }).text) };
    }
    return m;
  });
}

/** OpenAI chat request -> Anthropic Messages request (for the `anthropic` provider). */
export function openaiChatToAnthropicRequest(req: OpenAIChatRequest, upstreamModel: string): AnthropicMessagesRequest {
  if (req.n != null && req.n !== 1) throw new PhigateError('unsupported', 'n > 1 is not supported by this model', 400);
  const system: string[] = [];
  const messages: AnthropicMessageParam[] = [];
  for (const m of req.messages) {
    switch (m.role) {
      case 'system':
      case 'developer':
        system.push(openaiContentToText(m.content));
        break;
      case 'user':
        pushMerged(messages, 'user', openaiContentToBlocks(m.content));
        break;
      case 'assistant': {
        const blocks = openaiContentToBlocks(m.content).filter((b) => b.type === 'text');
        for (const tc of m.tool_calls ?? []) {
          blocks.push({ type: 'tool_use', id: tc.id, name: tc.function.name, input: parseToolArguments(tc.function.arguments) });
        }
        pushMerged(messages, 'assistant', blocks);
        break;
      }
      case 'tool':
        pushMerged(messages, 'user', [
          { type: 'tool_result', tool_use_id: String(m.tool_call_id ?? ''), content: openaiContentToText(m.content) },
        ]);
        break;
      default:
        throw badRequest(`message role "${String(m.role)}" is not supported`);
    }
  }
  const out: AnthropicMessagesRequest = {
    model: upstreamModel,
    max_tokens: req.max_completion_tokens ?? req.max_tokens ?? DEFAULT_ANTHROPIC_MAX_TOKENS,
    messages: simplify(messages),
  };
  if (system.length > 0) out.system = system.join('\n\n');
  if (req.temperature != null) out.temperature = Math.min(1, Math.max(0, req.temperature));
  if (req.top_p != null) out.top_p = req.top_p;
  if (req.stop != null) out.stop_sequences = typeof req.stop === 'string' ? [req.stop] : req.stop;
  if (req.tools && req.tools.length > 0) out.tools = req.tools.map(openaiToolToAnthropic);
  if (req.tool_choice !== undefined) out.tool_choice = openaiToolChoiceToAnthropic(req.tool_choice, req.parallel_tool_calls);
  else if (req.parallel_tool_calls === false && out.tools) out.tool_choice = { type: 'auto', disable_parallel_tool_use: true };
  if (req.user !== undefined) out.metadata = { user_id: req.user };
  if (req.stream) out.stream = true;
  return out;
}

// ================================================================ Anthropic response -> OpenAI

export function anthropicStopToOpenAI(r: AnthropicStopReason | null): OpenAIFinishReason | null {
  switch (r) {
    case null:
      return null;
    case 'max_tokens':
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'refusal':
      return 'content_filter';
    default:
      return 'stop'; // end_turn, stop_sequence, pause_turn
  }
}

export function anthropicUsageToOpenAI(u: { input_tokens?: number; output_tokens?: number; [k: string]: unknown }): OpenAIUsage {
  const cached = (Number(u.cache_read_input_tokens) || 0) + (Number(u.cache_creation_input_tokens) || 0);
  const prompt = (u.input_tokens ?? 0) + cached;
  const completion = u.output_tokens ?? 0;
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

/** Anthropic message -> OpenAI chat completion. */
export function anthropicToOpenAIChatResponse(msg: AnthropicMessage): OpenAIChatResponse {
  const text: string[] = [];
  const toolCalls: OpenAIToolCall[] = [];
  for (const b of msg.content) {
    if (b.type === 'text') text.push(String((b as { text: string }).text));
    else if (b.type === 'tool_use') {
      const t = b as { id: string; name: string; input: unknown };
      toolCalls.push({ id: t.id, type: 'function', function: { name: t.name, arguments: JSON.stringify(t.input ?? {}) } });
    }
  }
  const message: OpenAIChatResponse['choices'][number]['message'] = {
    role: 'assistant',
    content: text.length > 0 ? text.join('') : toolCalls.length > 0 ? null : '',
  };
  if (toolCalls.length > 0) message.tool_calls = toolCalls;
  return {
    id: `chatcmpl-${msg.id}`,
    object: 'chat.completion',
    created: nowSeconds(),
    model: msg.model,
    choices: [{ index: 0, message, finish_reason: anthropicStopToOpenAI(msg.stop_reason), logprobs: null }],
    usage: anthropicUsageToOpenAI(msg.usage),
  };
}

// ================================================================ Anthropic request -> OpenAI

function anthropicBlocksToText(content: AnthropicContentBlock[] | string | undefined): string {
  if (content === undefined) return '';
  if (typeof content === 'string') return content;
  return content
    .filter((b) => b.type === 'text')
    .map((b) => String((b as { text: string }).text))
    .join('\n');
}

function anthropicBlockToOpenAIPart(b: AnthropicContentBlock): OpenAIContentPart {
  if (b.type === 'text') return { type: 'text', text: String((b as { text: string }).text) };
  if (b.type === 'image') {
    const src = (b as { source: { type: string; media_type?: string; data?: string; url?: string } }).source;
    const url = src.type === 'base64' ? `data:${src.media_type ?? ''};base64,${src.data ?? ''}` : String(src.url ?? '');
    return { type: 'image_url', image_url: { url } };
  }
  throw badRequest(`content block type "${b.type}" cannot be sent to this model`);
}

export interface ToOpenAIOptions {
  /** Which field carries the token limit upstream (`max_completion_tokens` for OpenAI itself). */
  maxTokensField: 'max_tokens' | 'max_completion_tokens';
}

/** Anthropic Messages request -> OpenAI chat request (for the OpenAI-protocol providers). */
export function anthropicToOpenAIChatRequest(
  req: AnthropicMessagesRequest,
  upstreamModel: string,
  opts: ToOpenAIOptions = { maxTokensField: 'max_tokens' },
): OpenAIChatRequest {
  const messages: OpenAIChatMessage[] = [];
  if (req.system !== undefined) {
    const sys = anthropicBlocksToText(req.system);
    if (sys !== '') messages.push({ role: 'system', content: sys });
  }
  for (const m of req.messages) {
    if (typeof m.content === 'string') {
      messages.push({ role: m.role, content: m.content });
      continue;
    }
    if (m.role === 'assistant') {
      const text: string[] = [];
      const toolCalls: OpenAIToolCall[] = [];
      for (const b of m.content) {
        if (b.type === 'text') text.push(String((b as { text: string }).text));
        else if (b.type === 'tool_use') {
          const t = b as { id: string; name: string; input: unknown };
          toolCalls.push({ id: t.id, type: 'function', function: { name: t.name, arguments: JSON.stringify(t.input ?? {}) } });
        } // thinking and other blocks are not carried over
      }
      const msg: OpenAIChatMessage = { role: 'assistant', content: text.length > 0 ? text.join('') : null };
      if (toolCalls.length > 0) msg.tool_calls = toolCalls;
      messages.push(msg);
      continue;
    }
    // user: tool results first (they answer the previous assistant turn), then the rest
    const parts: OpenAIContentPart[] = [];
    for (const b of m.content) {
      if (b.type === 'tool_result') {
        const r = b as { tool_use_id: string; content?: string | AnthropicContentBlock[] };
        messages.push({ role: 'tool', tool_call_id: r.tool_use_id, content: anthropicBlocksToText(r.content) });
      } else {
        parts.push(anthropicBlockToOpenAIPart(b));
      }
    }
    if (parts.length === 0) continue;
    const onlyText = parts.every((p) => p.type === 'text');
    messages.push({
      role: 'user',
      content: onlyText ? parts.map((p) => (p as { text: string }).text).join('\n') : parts,
    });
  }
  const out: OpenAIChatRequest = { model: upstreamModel, messages };
  out[opts.maxTokensField] = req.max_tokens;
  if (req.temperature !== undefined) out.temperature = req.temperature;
  if (req.top_p !== undefined) out.top_p = req.top_p;
  if (req.stop_sequences && req.stop_sequences.length > 0) out.stop = req.stop_sequences;
  if (req.tools && req.tools.length > 0) {
    out.tools = req.tools.map((t) => {
      const fn: OpenAIFunctionTool['function'] = { name: t.name, parameters: t.input_schema };
      if (t.description !== undefined) fn.description = t.description;
      return { type: 'function', function: fn };
    });
  }
  const tc = req.tool_choice;
  if (tc) {
    if (tc.type === 'none') out.tool_choice = 'none';
    else if (tc.type === 'auto') out.tool_choice = 'auto';
    else if (tc.type === 'any') out.tool_choice = 'required';
    else if (tc.type === 'tool') out.tool_choice = { type: 'function', function: { name: tc.name } };
    if (tc.type !== 'none' && tc.disable_parallel_tool_use) out.parallel_tool_calls = false;
  }
  if (req.metadata?.user_id !== undefined) out.user = req.metadata.user_id;
  if (req.stream) {
    out.stream = true;
    out.stream_options = { include_usage: true };
  }
  return out;
}

// ================================================================ OpenAI response -> Anthropic

export function openaiFinishToAnthropic(r: OpenAIFinishReason | null | undefined): AnthropicStopReason | null {
  switch (r) {
    case null:
    case undefined:
      return null;
    case 'length':
      return 'max_tokens';
    case 'tool_calls':
    case 'function_call':
      return 'tool_use';
    case 'content_filter':
      return 'refusal';
    default:
      return 'end_turn';
  }
}

function parseToolInput(args: string | undefined): unknown {
  if (args === undefined || args.trim() === '') return {};
  try {
    return JSON.parse(args);
  } catch {
    throw new PhigateError('upstream_error', 'upstream returned invalid tool call arguments', 502);
  }
}

const anthropicId = (id: string | undefined): string => (id && id.startsWith('msg_') ? id : `msg_${id ?? 'phigate'}`);

/** OpenAI chat completion -> Anthropic message. */
export function openaiToAnthropicMessage(res: OpenAIChatResponse): AnthropicMessage {
  const choice = res.choices[0];
  if (!choice) throw new PhigateError('upstream_error', 'upstream returned no choices', 502);
  const content: AnthropicContentBlock[] = [];
  const text = choice.message.content;
  if (typeof text === 'string' && text !== '') content.push({ type: 'text', text });
  for (const tc of choice.message.tool_calls ?? []) {
    content.push({ type: 'tool_use', id: tc.id, name: tc.function.name, input: parseToolInput(tc.function.arguments) });
  }
  return {
    id: anthropicId(res.id),
    type: 'message',
    role: 'assistant',
    model: res.model,
    content,
    stop_reason: openaiFinishToAnthropic(choice.finish_reason),
    stop_sequence: null,
    usage: { input_tokens: res.usage?.prompt_tokens ?? 0, output_tokens: res.usage?.completion_tokens ?? 0 },
  };
}

// ================================================================ streams: Anthropic events -> OpenAI chunks

/**
 * Turns Anthropic stream events into OpenAI chat chunks. Feed each event to `push`; the final
 * usage chunk (choices: []) is produced on `message_stop` when `includeUsage` is set.
 */
export class AnthropicToOpenAIStream {
  private id = 'chatcmpl-phigate';
  private model = '';
  private readonly created = nowSeconds();
  private readonly toolIndex = new Map<number, number>();
  private usage: { input_tokens: number; output_tokens: number; [k: string]: unknown } = { input_tokens: 0, output_tokens: 0 };

  constructor(private readonly includeUsage: boolean) {}

  private chunk(delta: OpenAIChatChunk['choices'][number]['delta'], finish: OpenAIFinishReason | null = null): OpenAIChatChunk {
    return { id: this.id, object: 'chat.completion.chunk', created: this.created, model: this.model, choices: [{ index: 0, delta, finish_reason: finish }] };
  }

  push(ev: AnthropicStreamEvent): OpenAIChatChunk[] {
    switch (ev.type) {
      case 'message_start':
        this.id = `chatcmpl-${ev.message.id}`;
        this.model = ev.message.model;
        this.usage = { ...this.usage, ...ev.message.usage };
        return [this.chunk({ role: 'assistant', content: '' })];
      case 'content_block_start': {
        const b = ev.content_block;
        if (b.type === 'tool_use') {
          const idx = this.toolIndex.size;
          this.toolIndex.set(ev.index, idx);
          const t = b as { id: string; name: string };
          return [this.chunk({ tool_calls: [{ index: idx, id: t.id, type: 'function', function: { name: t.name, arguments: '' } }] })];
        }
        if (b.type === 'text' && typeof (b as { text?: unknown }).text === 'string' && (b as { text: string }).text !== '') {
          return [this.chunk({ content: (b as { text: string }).text })];
        }
        return [];
      }
      case 'content_block_delta': {
        const d = ev.delta as { type: string; text?: string; partial_json?: string };
        if (d.type === 'text_delta') return [this.chunk({ content: d.text ?? '' })];
        if (d.type === 'input_json_delta') {
          const idx = this.toolIndex.get(ev.index);
          if (idx === undefined) return [];
          return [this.chunk({ tool_calls: [{ index: idx, function: { arguments: d.partial_json ?? '' } }] })];
        }
        return []; // thinking and signature deltas are not carried over
      }
      case 'message_delta':
        this.usage = { ...this.usage, ...ev.usage };
        return [this.chunk({}, anthropicStopToOpenAI(ev.delta.stop_reason) ?? 'stop')];
      case 'message_stop':
        if (!this.includeUsage) return [];
        return [{ id: this.id, object: 'chat.completion.chunk', created: this.created, model: this.model, choices: [], usage: anthropicUsageToOpenAI(this.usage) }];
      case 'error':
        throw new PhigateError('upstream_error', 'upstream reported a stream error', 502);
      default:
        return []; // ping, content_block_stop
    }
  }
}

// ================================================================ streams: OpenAI chunks -> Anthropic events

/**
 * Turns OpenAI chat chunks into Anthropic stream events. Feed chunks to `push`, then call `end`
 * once the upstream stream is over: it closes the open block and sends message_delta (with the
 * usage of the final usage chunk) and message_stop.
 */
export class OpenAIToAnthropicStream {
  private started = false;
  private blockIndex = -1;
  private blockKind: 'text' | 'tool' | undefined;
  private openToolIndex: number | undefined;
  private stop: AnthropicStopReason | null = null;
  private usage: { input_tokens: number; output_tokens: number } = { input_tokens: 0, output_tokens: 0 };

  constructor(private readonly fallbackModel: string) {}

  private start(chunk: OpenAIChatChunk | undefined): AnthropicStreamEvent[] {
    if (this.started) return [];
    this.started = true;
    const message: AnthropicMessage = {
      id: anthropicId(chunk?.id),
      type: 'message',
      role: 'assistant',
      model: chunk?.model || this.fallbackModel,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: 0, output_tokens: 0 },
    };
    return [{ type: 'message_start', message }];
  }

  private closeBlock(): AnthropicStreamEvent[] {
    if (this.blockKind === undefined) return [];
    this.blockKind = undefined;
    this.openToolIndex = undefined;
    return [{ type: 'content_block_stop', index: this.blockIndex }];
  }

  push(chunk: OpenAIChatChunk): AnthropicStreamEvent[] {
    const out = this.start(chunk);
    if (chunk.usage) {
      this.usage = { input_tokens: chunk.usage.prompt_tokens ?? 0, output_tokens: chunk.usage.completion_tokens ?? 0 };
    }
    const choice = chunk.choices?.[0];
    if (!choice) return out;
    const d = choice.delta ?? {};
    if (typeof d.content === 'string' && d.content !== '') {
      if (this.blockKind !== 'text') {
        out.push(...this.closeBlock());
        this.blockIndex++;
        this.blockKind = 'text';
        out.push({ type: 'content_block_start', index: this.blockIndex, content_block: { type: 'text', text: '' } });
      }
      out.push({ type: 'content_block_delta', index: this.blockIndex, delta: { type: 'text_delta', text: d.content } });
    }
    for (const tc of d.tool_calls ?? []) {
      if (this.blockKind !== 'tool' || this.openToolIndex !== tc.index) {
        out.push(...this.closeBlock());
        this.blockIndex++;
        this.blockKind = 'tool';
        this.openToolIndex = tc.index;
        out.push({
          type: 'content_block_start',
          index: this.blockIndex,
          content_block: { type: 'tool_use', id: tc.id ?? `toolu_${this.blockIndex}`, name: tc.function?.name ?? '', input: {} },
        });
      }
      const args = tc.function?.arguments;
      if (args) out.push({ type: 'content_block_delta', index: this.blockIndex, delta: { type: 'input_json_delta', partial_json: args } });
    }
    if (choice.finish_reason) this.stop = openaiFinishToAnthropic(choice.finish_reason);
    return out;
  }

  end(): AnthropicStreamEvent[] {
    const out = this.start(undefined);
    out.push(...this.closeBlock());
    out.push({
      type: 'message_delta',
      delta: { stop_reason: this.stop ?? 'end_turn', stop_sequence: null },
      usage: { input_tokens: this.usage.input_tokens, output_tokens: this.usage.output_tokens },
    });
    out.push({ type: 'message_stop' });
    return out;
  }
}
