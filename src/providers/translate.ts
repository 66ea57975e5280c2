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

/*
 * Requests come from callers and are only loosely checked before they get here, so every field a
 * translation reads is checked for its shape first: a malformed request is a 400
 * `invalid_request`, never an exception of the runtime (a 500). Messages name the field (its path,
 * with array indexes), never a value the caller sent: values may be PHI.
 */
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const malformed = (path: string, what: string): PhigateError => badRequest(`invalid request: ${path} ${what}`);

function objAt(v: unknown, path: string): Obj {
  if (!isObj(v)) throw malformed(path, 'must be an object');
  return v;
}
function arrAt(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw malformed(path, 'must be an array');
  return v;
}
function strAt(v: unknown, path: string): string {
  if (typeof v !== 'string') throw malformed(path, 'must be a string');
  return v;
}
function optStr(v: unknown, path: string): string | undefined {
  return v === undefined ? undefined : strAt(v, path);
}
function optNum(v: unknown, path: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw malformed(path, 'must be a number');
  return v;
}
function optBool(v: unknown, path: string): boolean | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw malformed(path, 'must be true or false');
  return v;
}
/** A string or an array of strings (stop sequences). */
function strList(v: unknown, path: string): string[] {
  if (typeof v === 'string') return [v];
  return arrAt(v, path).map((x, i) => strAt(x, `${path}[${i}]`));
}
/** A JSON Schema object (tool parameters). */
function optSchema(v: unknown, path: string): Record<string, unknown> | undefined {
  return v === undefined || v === null ? undefined : objAt(v, path);
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

// ================================================================ OpenAI request -> Anthropic

/** The parts of an OpenAI message's content: null, a string or an array of typed parts. */
function openaiParts(content: unknown, path: string): Obj[] | string | null {
  if (content == null) return null;
  if (typeof content === 'string') return content;
  return arrAt(content, path).map((p, i) => {
    const part = objAt(p, `${path}[${i}]`);
    strAt(part.type, `${path}[${i}].type`);
    if (part.type === 'text') strAt(part.text, `${path}[${i}].text`);
    return part;
  });
}

function openaiContentToText(content: unknown, path: string): string {
  const parts = openaiParts(content, path);
  if (parts === null) return '';
  if (typeof parts === 'string') return parts;
  return parts
    .filter((p) => p.type === 'text')
    .map((p) => p.text as string)
    .join('\n');
}

function openaiPartToAnthropic(part: Obj, path: string): AnthropicContentBlock {
  if (part.type === 'text') return { type: 'text', text: part.text as string };
  if (part.type === 'image_url') {
    const url = strAt(objAt(part.image_url, `${path}.image_url`).url, `${path}.image_url.url`);
    const m = /^data:([^;,]+);base64,(.*)$/s.exec(url);
    if (m) return { type: 'image', source: { type: 'base64', media_type: m[1] ?? '', data: m[2] ?? '' } };
    return { type: 'image', source: { type: 'url', url } };
  }
  throw malformed(`${path}.type`, 'is a content part type this model cannot take');
}

function openaiContentToBlocks(content: unknown, path: string): AnthropicContentBlock[] {
  const parts = openaiParts(content, path);
  if (parts === null) return [];
  if (typeof parts === 'string') return parts === '' ? [] : [{ type: 'text', text: parts }];
  return parts.map((p, i) => openaiPartToAnthropic(p, `${path}[${i}]`));
}

function parseToolArguments(args: unknown, path: string): unknown {
  if (args === undefined) return {};
  if (strAt(args, path).trim() === '') return {};
  try {
    return JSON.parse(args as string);
  } catch {
    throw badRequest('tool call arguments are not valid JSON');
  }
}

function openaiToolCallToAnthropic(v: unknown, path: string): AnthropicContentBlock {
  const tc = objAt(v, path);
  if (tc.type !== undefined && tc.type !== 'function') throw malformed(`${path}.type`, 'must be "function"');
  const fn = objAt(tc.function, `${path}.function`);
  return {
    type: 'tool_use',
    id: strAt(tc.id, `${path}.id`),
    name: strAt(fn.name, `${path}.function.name`),
    input: parseToolArguments(fn.arguments, `${path}.function.arguments`),
  };
}

function openaiToolToAnthropic(v: unknown, path: string): AnthropicTool {
  const t = objAt(v, path);
  if (t.type !== 'function') throw malformed(`${path}.type`, 'is a tool type this model cannot take (only "function")');
  const fn = objAt(t.function, `${path}.function`);
  const out: AnthropicTool = {
    name: strAt(fn.name, `${path}.function.name`),
    input_schema: optSchema(fn.parameters, `${path}.function.parameters`) ?? { type: 'object', properties: {} },
  };
  const description = optStr(fn.description, `${path}.function.description`);
  if (description !== undefined) out.description = description;
  return out;
}

function openaiToolChoiceToAnthropic(c: unknown, parallel: boolean | undefined): AnthropicToolChoice {
  const noParallel = parallel === false ? { disable_parallel_tool_use: true } : {};
  if (c === 'none') return { type: 'none' };
  if (c === 'auto') return { type: 'auto', ...noParallel };
  if (c === 'required') return { type: 'any', ...noParallel };
  if (isObj(c) && c.type === 'function') {
    const name = strAt(objAt(c.function, 'tool_choice.function').name, 'tool_choice.function.name');
    return { type: 'tool', name, ...noParallel };
  }
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
  const r = objAt(req, 'body') as Obj;
  const n = optNum(r.n, 'n');
  if (n != null && n !== 1) throw new PhigateError('unsupported', 'n > 1 is not supported by this model', 400);
  const system: string[] = [];
  const messages: AnthropicMessageParam[] = [];
  arrAt(r.messages, 'messages').forEach((v, i) => {
    const at = `messages[${i}]`;
    const m = objAt(v, at);
    switch (m.role) {
      case 'system':
      case 'developer':
        system.push(openaiContentToText(m.content, `${at}.content`));
        break;
      case 'user':
        pushMerged(messages, 'user', openaiContentToBlocks(m.content, `${at}.content`));
        break;
      case 'assistant': {
        const blocks = openaiContentToBlocks(m.content, `${at}.content`).filter((b) => b.type === 'text');
        if (m.tool_calls != null) arrAt(m.tool_calls, `${at}.tool_calls`).forEach((tc, j) => blocks.push(openaiToolCallToAnthropic(tc, `${at}.tool_calls[${j}]`)));
        pushMerged(messages, 'assistant', blocks);
        break;
      }
      case 'tool':
        pushMerged(messages, 'user', [
          { type: 'tool_result', tool_use_id: optStr(m.tool_call_id, `${at}.tool_call_id`) ?? '', content: openaiContentToText(m.content, `${at}.content`) },
        ]);
        break;
      default:
        throw malformed(`${at}.role`, 'is not a supported message role');
    }
  });
  const maxTokens = optNum(r.max_completion_tokens, 'max_completion_tokens') ?? optNum(r.max_tokens, 'max_tokens');
  const out: AnthropicMessagesRequest = {
    model: upstreamModel,
    max_tokens: maxTokens ?? DEFAULT_ANTHROPIC_MAX_TOKENS,
    messages: simplify(messages),
  };
  if (system.length > 0) out.system = system.join('\n\n');
  const temperature = optNum(r.temperature, 'temperature');
  if (temperature != null) out.temperature = Math.min(1, Math.max(0, temperature));
  const topP = optNum(r.top_p, 'top_p');
  if (topP != null) out.top_p = topP;
  if (r.stop != null) out.stop_sequences = strList(r.stop, 'stop');
  if (r.tools != null) {
    const tools = arrAt(r.tools, 'tools');
    if (tools.length > 0) out.tools = tools.map((t, i) => openaiToolToAnthropic(t, `tools[${i}]`));
  }
  const parallel = optBool(r.parallel_tool_calls, 'parallel_tool_calls');
  if (r.tool_choice !== undefined) out.tool_choice = openaiToolChoiceToAnthropic(r.tool_choice, parallel);
  else if (parallel === false && out.tools) out.tool_choice = { type: 'auto', disable_parallel_tool_use: true };
  const user = optStr(r.user, 'user');
  if (user !== undefined) out.metadata = { user_id: user };
  if (r.stream) out.stream = true;
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

/** A token count of an upstream's usage: a number, or 0 (a count that is text is never carried over). */
const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

export function anthropicUsageToOpenAI(u: { input_tokens?: number; output_tokens?: number; [k: string]: unknown }): OpenAIUsage {
  const cached = count(u.cache_read_input_tokens) + count(u.cache_creation_input_tokens);
  const prompt = count(u.input_tokens) + cached;
  const completion = count(u.output_tokens);
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
    usage: anthropicUsageToOpenAI(msg.usage ?? {}), // an upstream may leave usage out
  };
}

// ================================================================ Anthropic request -> OpenAI

/** An Anthropic content value: a string, or an array of typed blocks. */
function anthropicBlocks(content: unknown, path: string): Obj[] | string {
  if (typeof content === 'string') return content;
  return arrAt(content, path).map((b, i) => {
    const block = objAt(b, `${path}[${i}]`);
    strAt(block.type, `${path}[${i}].type`);
    if (block.type === 'text') strAt(block.text, `${path}[${i}].text`);
    return block;
  });
}

function anthropicBlocksToText(content: unknown, path: string): string {
  if (content === undefined) return '';
  const blocks = anthropicBlocks(content, path);
  if (typeof blocks === 'string') return blocks;
  return blocks
    .filter((b) => b.type === 'text')
    .map((b) => b.text as string)
    .join('\n');
}

function anthropicBlockToOpenAIPart(b: Obj, path: string): OpenAIContentPart {
  if (b.type === 'text') return { type: 'text', text: b.text as string };
  if (b.type === 'image') {
    const src = objAt(b.source, `${path}.source`);
    if (src.type === 'base64') {
      const media = optStr(src.media_type, `${path}.source.media_type`) ?? '';
      const data = optStr(src.data, `${path}.source.data`) ?? '';
      return { type: 'image_url', image_url: { url: `data:${media};base64,${data}` } };
    }
    if (src.type === 'url') return { type: 'image_url', image_url: { url: strAt(src.url, `${path}.source.url`) } };
    throw malformed(`${path}.source.type`, 'is an image source type this model cannot take');
  }
  throw malformed(`${path}.type`, 'is a content block type this model cannot take');
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
  const r = objAt(req, 'body') as Obj;
  const messages: OpenAIChatMessage[] = [];
  if (r.system !== undefined && r.system !== null) {
    const sys = anthropicBlocksToText(r.system, 'system');
    if (sys !== '') messages.push({ role: 'system', content: sys });
  }
  arrAt(r.messages, 'messages').forEach((v, i) => {
    const at = `messages[${i}]`;
    const m = objAt(v, at);
    if (m.role !== 'user' && m.role !== 'assistant') throw malformed(`${at}.role`, 'must be "user" or "assistant"');
    const content = anthropicBlocks(m.content, `${at}.content`);
    if (typeof content === 'string') {
      messages.push({ role: m.role, content });
      return;
    }
    if (m.role === 'assistant') {
      const text: string[] = [];
      const toolCalls: OpenAIToolCall[] = [];
      content.forEach((b, j) => {
        if (b.type === 'text') text.push(b.text as string);
        else if (b.type === 'tool_use') {
          const bt = `${at}.content[${j}]`;
          const id = strAt(b.id, `${bt}.id`);
          const name = strAt(b.name, `${bt}.name`);
          toolCalls.push({ id, type: 'function', function: { name, arguments: JSON.stringify(b.input ?? {}) } });
        } // thinking and other blocks are not carried over
      });
      const msg: OpenAIChatMessage = { role: 'assistant', content: text.length > 0 ? text.join('') : null };
      if (toolCalls.length > 0) msg.tool_calls = toolCalls;
      messages.push(msg);
      return;
    }
    // user: tool results first (they answer the previous assistant turn), then the rest
    const parts: OpenAIContentPart[] = [];
    content.forEach((b, j) => {
      const bt = `${at}.content[${j}]`;
      if (b.type === 'tool_result') {
        const id = strAt(b.tool_use_id, `${bt}.tool_use_id`);
        messages.push({ role: 'tool', tool_call_id: id, content: anthropicBlocksToText(b.content ?? undefined, `${bt}.content`) });
      } else {
        parts.push(anthropicBlockToOpenAIPart(b, bt));
      }
    });
    if (parts.length === 0) return;
    const onlyText = parts.every((p) => p.type === 'text');
    messages.push({
      role: 'user',
      content: onlyText ? parts.map((p) => (p as { text: string }).text).join('\n') : parts,
    });
  });
  const out: OpenAIChatRequest = { model: upstreamModel, messages };
  const maxTokens = optNum(r.max_tokens, 'max_tokens');
  if (maxTokens !== undefined) out[opts.maxTokensField] = maxTokens;
  const temperature = optNum(r.temperature, 'temperature');
  if (temperature !== undefined) out.temperature = temperature;
  const topP = optNum(r.top_p, 'top_p');
  if (topP !== undefined) out.top_p = topP;
  if (r.stop_sequences != null) {
    const stop = strList(arrAt(r.stop_sequences, 'stop_sequences'), 'stop_sequences');
    if (stop.length > 0) out.stop = stop;
  }
  if (r.tools != null) {
    const tools = arrAt(r.tools, 'tools');
    if (tools.length > 0) {
      out.tools = tools.map((v, i) => {
        const t = objAt(v, `tools[${i}]`);
        const fn: OpenAIFunctionTool['function'] = { name: strAt(t.name, `tools[${i}].name`) };
        const parameters = optSchema(t.input_schema, `tools[${i}].input_schema`);
        if (parameters !== undefined) fn.parameters = parameters;
        const description = optStr(t.description, `tools[${i}].description`);
        if (description !== undefined) fn.description = description;
        return { type: 'function', function: fn };
      });
    }
  }
  if (r.tool_choice != null) {
    const tc = objAt(r.tool_choice, 'tool_choice');
    if (tc.type === 'none') out.tool_choice = 'none';
    else if (tc.type === 'auto') out.tool_choice = 'auto';
    else if (tc.type === 'any') out.tool_choice = 'required';
    else if (tc.type === 'tool') out.tool_choice = { type: 'function', function: { name: strAt(tc.name, 'tool_choice.name') } };
    else throw badRequest('unsupported tool_choice');
    if (tc.type !== 'none' && optBool(tc.disable_parallel_tool_use, 'tool_choice.disable_parallel_tool_use')) out.parallel_tool_calls = false;
  }
  if (r.metadata != null) {
    const userId = optStr(objAt(r.metadata, 'metadata').user_id, 'metadata.user_id');
    if (userId !== undefined) out.user = userId;
  }
  if (r.stream) {
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
    usage: { input_tokens: count(res.usage?.prompt_tokens), output_tokens: count(res.usage?.completion_tokens) },
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
      this.usage = { input_tokens: count(chunk.usage.prompt_tokens), output_tokens: count(chunk.usage.completion_tokens) };
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
