import { PhigateError } from '../common/index.js';
import { checkAnthropicMessage, checkAnthropicStreamEvent, checkOpenAIChatChunk, checkOpenAIChatResponse } from '../providers/index.js';

/**
 * A place in a request or response body that holds free text: phigate reads it, and writes back the
 * de-identified (or restored) text. Request bodies are the request's own parse of its JSON (nobody
 * else holds them), so they are changed in place; a request that fails part-way is refused whole,
 * so nothing half-transformed can be sent.
 *
 * Requests are read against an allowlist per API shape: every field phigate forwards is either a
 * control value with no room for text (numbers, flags, enums, ids), or text it de-identifies, or
 * dropped (end-user ids, metadata). A field it does not know is refused (400 `unsupported_field`)
 * rather than sent unexamined, unless the request is a passthrough (a covered or self-hosted route
 * that may receive identifiers). Answers are read against an allowlist too (see "answers" below):
 * known structure passes (ids, types, roles, counts), known text is scanned and restored (tool
 * names included), and a field phigate does not know is dropped unless it has no room for text.
 */
export interface Slot {
  get(): string;
  set(v: string): void;
  /** Text inside a JSON string (tool-call arguments): restored values must be JSON-escaped. */
  json: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const slotOf = (o: Obj | unknown[], k: string | number, json = false): Slot => ({
  get: () => (o as Record<string | number, unknown>)[k] as string,
  set: (v) => {
    (o as Record<string | number, unknown>)[k] = v;
  },
  json,
});

const invalid = (message: string) => new PhigateError('invalid_request', message, 400);
// Messages name the place, never the caller's value (a type or role could be anything).
const unsupported = (where: string) =>
  new PhigateError('unsupported_field', `${where} has a field phigate does not examine, so it is not sent; remove it, or use a self-hosted route`, 400);
const notText = (what: string) =>
  new PhigateError('content_not_deidentifiable', `${what} cannot be de-identified by phigate; send text, or use a self-hosted route`, 400);

const MAX_DEPTH = 64;

/** Every string inside a JSON value (tool definitions, citations). */
function stringSlots(v: unknown, out: Slot[], depth = 0): void {
  if (depth > MAX_DEPTH) throw invalid('structure nested too deeply');
  if (Array.isArray(v)) {
    v.forEach((x, i) => (typeof x === 'string' ? out.push(slotOf(v, i)) : stringSlots(x, out, depth + 1)));
  } else if (isObj(v)) {
    for (const k of Object.keys(v)) {
      const x = v[k];
      if (typeof x === 'string') out.push(slotOf(v, k));
      else stringSlots(x, out, depth + 1);
    }
  }
}

/** Puts back numbers that came out of the text unchanged (they were written as strings to be read in context). */
function renumber(now: unknown, before: unknown): unknown {
  if (typeof before === 'number' && typeof now === 'string') return String(before) === now ? before : now;
  if (Array.isArray(now) && Array.isArray(before)) return now.map((x, i) => renumber(x, before[i]));
  if (isObj(now) && isObj(before)) {
    for (const k of Object.keys(now)) if (Object.hasOwn(before, k)) now[k] = renumber(now[k], before[k]);
  }
  return now;
}

/**
 * A JSON value (an Anthropic tool_use input) as one JSON text, so that keys and numbers are read
 * with their context ("mrn": 88231907), like OpenAI tool-call arguments. Numbers are written as
 * strings for reading; those that come back unchanged become numbers again.
 */
function jsonValueSlot(holder: Obj, key: string): Slot {
  const before = holder[key];
  return {
    get: () => JSON.stringify(holder[key] ?? null, (_k, v: unknown) => (typeof v === 'number' ? String(v) : v)),
    set: (text) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new PhigateError('deid_failed', 'a tool input could not be rebuilt after de-identification', 500);
      }
      holder[key] = renumber(parsed, before);
    },
    json: true,
  };
}

function depthOk(v: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(v)) return v.every((x) => depthOk(x, depth + 1));
  if (isObj(v)) return Object.values(v).every((x) => depthOk(x, depth + 1));
  return true;
}

/** Refuses bodies nested deeper than any API shape needs (before they are copied). */
export function checkDepth(body: unknown): void {
  if (!depthOk(body)) throw invalid('structure nested too deeply');
}

const only = (o: Obj, allowed: ReadonlySet<string>, where: string, strict: boolean) => {
  if (!strict) return;
  for (const k of Object.keys(o)) if (!allowed.has(k)) throw unsupported(where);
};

const set = (...keys: string[]) => new Set(keys);

// ---------------------------------------------------------------- OpenAI chat

const OPENAI_TOP = set(
  'model', 'messages', 'temperature', 'top_p', 'n', 'max_tokens', 'max_completion_tokens', 'presence_penalty',
  'frequency_penalty', 'logit_bias', 'seed', 'stream', 'stream_options', 'response_format',
  'tools', 'tool_choice', 'parallel_tool_calls', 'reasoning_effort', 'service_tier', 'store', 'stop', 'prediction',
  'functions', 'function_call', 'verbosity', 'prompt_cache_retention', 'modalities',
);
/** End-user identifiers and free-form metadata: never forwarded. */
const OPENAI_DROPPED = ['user', 'metadata', 'safety_identifier', 'prompt_cache_key'];
const OPENAI_MESSAGE = set('role', 'content', 'tool_calls', 'tool_call_id', 'refusal', 'function_call', 'reasoning_content');
/** Answer metadata an SDK hands back when a conversation replays an assistant message: not input, dropped. */
const OPENAI_MESSAGE_DROPPED = ['annotations'];
const OPENAI_TEXT_PART = set('type', 'text');

function openaiParts(c: unknown[], out: Slot[], strict: boolean, where: string): void {
  for (const part of c) {
    if (!isObj(part)) throw invalid('content parts must be objects');
    if (part.type === 'text') {
      if (typeof part.text !== 'string') throw invalid('a text part needs a string text');
      only(part, OPENAI_TEXT_PART, where, strict);
      out.push(slotOf(part, 'text'));
    } else if (strict) throw notText('a content part that is not text');
  }
}

/** JSON Schema keywords whose strings are prose or example values (read); the others are structure. */
const SCHEMA_TEXT = set('description', 'title', 'examples', 'default', 'const', 'enum');

/** The prose and example values of a JSON Schema, at any depth; keywords, `$schema`, `$ref`, formats, patterns and property names stay as they are. */
function schemaSlots(v: unknown, out: Slot[], depth = 0): void {
  if (depth > MAX_DEPTH) throw invalid('structure nested too deeply');
  if (Array.isArray(v)) {
    for (const x of v) schemaSlots(x, out, depth + 1);
    return;
  }
  if (!isObj(v)) return;
  for (const k of Object.keys(v)) {
    const x = v[k];
    if (SCHEMA_TEXT.has(k)) {
      if (typeof x === 'string') out.push(slotOf(v, k));
      else stringSlots(x, out, depth + 1);
    } else if (typeof x === 'object' && x !== null) schemaSlots(x, out, depth + 1);
  }
}

/** A function definition (OpenAI `function`, legacy `functions[]`): its description and its parameters' schema text. */
function functionSlots(fn: unknown, out: Slot[], strict: boolean): void {
  if (!isObj(fn)) throw invalid('a tool definition must be an object');
  only(fn, set('name', 'description', 'parameters', 'strict'), 'a tool definition', strict);
  if (fn.description !== undefined) {
    if (typeof fn.description !== 'string') throw invalid('a tool description must be a string');
    out.push(slotOf(fn, 'description'));
  }
  if (fn.parameters !== undefined) schemaSlots(fn.parameters, out);
}

/**
 * An Anthropic tool: a client tool's description and input schema text are read; a server tool
 * (web search, code execution, computer use: a dated `type`) keeps its settings, except the
 * end user's city and region, which are read.
 */
function anthropicToolSlots(t: unknown, out: Slot[]): void {
  if (!isObj(t)) throw invalid('a tool definition must be an object');
  if (t.description !== undefined) {
    if (typeof t.description !== 'string') throw invalid('a tool description must be a string');
    out.push(slotOf(t, 'description'));
  }
  if (t.input_schema !== undefined) schemaSlots(t.input_schema, out);
  if (isObj(t.user_location)) {
    for (const k of ['city', 'region']) if (typeof t.user_location[k] === 'string') out.push(slotOf(t.user_location, k));
  }
}

const enumLike = (v: unknown) => typeof v === 'string' && /^[a-z][a-z0-9_-]{0,31}$/.test(v);

/** Control values of an OpenAI request that carry no text: checked, so that no text rides on them. */
function openaiControls(body: Obj, strict: boolean): void {
  if (!strict) return;
  if (body.modalities !== undefined && !(Array.isArray(body.modalities) && body.modalities.every((m) => m === 'text'))) throw notText('an answer in audio');
  for (const k of ['reasoning_effort', 'service_tier', 'verbosity', 'prompt_cache_retention']) {
    if (body[k] !== undefined && body[k] !== null && !enumLike(body[k])) throw invalid(`${k} must be one of its named values`);
  }
  if (body.stream_options !== undefined && body.stream_options !== null) {
    if (!isObj(body.stream_options)) throw invalid('stream_options must be an object');
    only(body.stream_options, set('include_usage', 'include_obfuscation'), 'stream_options', strict);
  }
  const tc = body.tool_choice;
  if (tc !== undefined && tc !== null && !enumLike(tc)) {
    if (!isObj(tc) || tc.type !== 'function' || !isObj(tc.function) || typeof tc.function.name !== 'string') throw invalid('tool_choice must be none, auto, required or a named function');
    only(tc, set('type', 'function'), 'tool_choice', strict);
    only(tc.function, set('name'), 'tool_choice', strict);
  }
  const fc = body.function_call;
  if (fc !== undefined && fc !== null && !enumLike(fc) && !(isObj(fc) && typeof fc.name === 'string' && Object.keys(fc).length === 1)) {
    throw invalid('function_call must be none, auto or a named function');
  }
}

/** OpenAI chat request: message contents (string or text parts), tool-call arguments, and every other text field. */
export function openaiRequestSlots(body: Obj, allowOpaque: boolean): Slot[] {
  const strict = !allowOpaque;
  const out: Slot[] = [];
  for (const k of OPENAI_DROPPED) delete body[k];
  // Log probabilities repeat the answer token by token, beside the text phigate scans and restores:
  // asking for them is refused; saying no is fine.
  for (const k of ['logprobs', 'top_logprobs']) if (body[k] === false || body[k] === null || body[k] === 0) delete body[k];
  only(body, OPENAI_TOP, 'the request', strict);
  const messages = body.messages;
  if (!Array.isArray(messages)) throw invalid('messages must be an array');
  for (const m of messages) {
    if (!isObj(m)) throw invalid('each message must be an object');
    delete m.name; // participant names may be real names, and cannot hold tokens (^[A-Za-z0-9_-]+$)
    for (const k of OPENAI_MESSAGE_DROPPED) delete m[k];
    if (m.audio === null) delete m.audio;
    only(m, OPENAI_MESSAGE, 'a message', strict);
    const c = m.content;
    if (typeof c === 'string') out.push(slotOf(m, 'content'));
    else if (Array.isArray(c)) openaiParts(c, out, strict, 'a content part');
    else if (c !== null && c !== undefined) throw invalid('message content must be a string or an array');
    for (const k of ['refusal', 'reasoning_content']) {
      if (m[k] === undefined || m[k] === null) continue;
      if (typeof m[k] !== 'string') throw invalid('a message text field must be a string');
      out.push(slotOf(m, k));
    }
    if (m.tool_calls !== undefined && m.tool_calls !== null) {
      if (!Array.isArray(m.tool_calls)) throw invalid('tool_calls must be an array');
      for (const tc of m.tool_calls) {
        if (!isObj(tc) || !isObj(tc.function)) throw invalid('each tool call needs a function object');
        if (typeof tc.function.arguments !== 'string') throw invalid('tool call arguments must be a JSON string');
        out.push(slotOf(tc.function, 'arguments', true));
      }
    }
    if (m.function_call !== undefined && m.function_call !== null) {
      if (!isObj(m.function_call) || typeof m.function_call.arguments !== 'string') throw invalid('function_call arguments must be a JSON string');
      out.push(slotOf(m.function_call, 'arguments', true));
    }
  }
  // Predicted output (the text being edited) and stop sequences are text too.
  if (body.prediction !== undefined) {
    const p = body.prediction;
    if (!isObj(p)) throw invalid('prediction must be an object');
    if (typeof p.content === 'string') out.push(slotOf(p, 'content'));
    else if (Array.isArray(p.content)) openaiParts(p.content, out, strict, 'a prediction part');
    else throw invalid('prediction content must be a string or an array');
  }
  if (typeof body.stop === 'string') out.push(slotOf(body, 'stop'));
  else if (Array.isArray(body.stop)) {
    const stop = body.stop;
    stop.forEach((s, i) => {
      if (typeof s !== 'string') throw invalid('stop sequences must be strings');
      out.push(slotOf(stop, i));
    });
  } else if (body.stop !== undefined && body.stop !== null) throw invalid('stop must be a string or an array');
  if (body.tools !== undefined) {
    if (!Array.isArray(body.tools)) throw invalid('tools must be an array');
    for (const t of body.tools) {
      if (!isObj(t)) throw invalid('each tool must be an object');
      if (strict) {
        // Function tools only: other kinds (custom tools with free-form grammars) are not examined.
        if (t.type !== 'function') throw unsupported('a tool');
        only(t, set('type', 'function'), 'a tool', strict);
      }
      if (t.function !== undefined) functionSlots(t.function, out, strict);
    }
  }
  if (body.functions !== undefined) {
    if (!Array.isArray(body.functions)) throw invalid('functions must be an array');
    for (const f of body.functions) functionSlots(f, out, strict);
  }
  if (body.response_format !== undefined && body.response_format !== null) {
    const rf = body.response_format;
    if (!isObj(rf)) throw invalid('response_format must be an object');
    only(rf, set('type', 'json_schema'), 'response_format', strict);
    if (strict && !enumLike(rf.type)) throw invalid('response_format type must be one of its named values');
    if (isObj(rf.json_schema)) {
      only(rf.json_schema, set('name', 'description', 'schema', 'strict'), 'response_format', strict);
      if (typeof rf.json_schema.description === 'string') out.push(slotOf(rf.json_schema, 'description'));
      schemaSlots(rf.json_schema.schema, out);
    } else if (rf.json_schema !== undefined && rf.json_schema !== null) throw invalid('json_schema must be an object');
  }
  openaiControls(body, strict);
  return out;
}

// ---------------------------------------------------------------- Anthropic messages

const ANTHROPIC_TOP = set(
  'model', 'max_tokens', 'messages', 'system', 'temperature', 'top_p', 'top_k', 'stop_sequences', 'stream', 'tools',
  'tool_choice', 'thinking', 'service_tier', 'cache_control', 'container',
);
const ANTHROPIC_MESSAGE = set('role', 'content');
const BLOCK_KEYS: Record<string, ReadonlySet<string>> = {
  text: set('type', 'text', 'cache_control', 'citations'),
  tool_use: set('type', 'id', 'name', 'input', 'cache_control'),
  tool_result: set('type', 'tool_use_id', 'content', 'is_error', 'cache_control'),
  thinking: set('type', 'thinking', 'signature'),
  redacted_thinking: set('type', 'data'),
};
/** Opaque values the vendor itself produced (thinking signatures, redacted thinking): base64, nothing else. */
const OPAQUE = /^[A-Za-z0-9+/=_-]*$/;

/** Anthropic messages request: system, text blocks, tool_use inputs, tool_result contents, and every other text field. */
export function anthropicRequestSlots(body: Obj, allowOpaque: boolean): Slot[] {
  const strict = !allowOpaque;
  const out: Slot[] = [];
  delete body.metadata; // only user_id is defined there: an end-user identifier, never forwarded
  only(body, ANTHROPIC_TOP, 'the request', strict);
  if (strict) {
    if (body.container !== undefined && body.container !== null && !(typeof body.container === 'string' && /^[A-Za-z0-9_-]{1,128}$/.test(body.container))) throw invalid('container must be a container id');
    for (const k of ['cache_control', 'thinking', 'tool_choice']) {
      const v = body[k];
      if (v === undefined || v === null) continue;
      if (!isObj(v)) throw invalid(`${k} must be an object`);
      only(v, set('type', 'ttl', 'budget_tokens', 'name', 'disable_parallel_tool_use'), k, strict);
      if (!enumLike(v.type)) throw invalid(`${k} type must be one of its named values`);
    }
    if (body.service_tier !== undefined && !enumLike(body.service_tier)) throw invalid('service_tier must be one of its named values');
  }
  const blocks = (arr: unknown[]) => {
    for (const b of arr) {
      if (!isObj(b)) throw invalid('content blocks must be objects');
      const type = typeof b.type === 'string' && Object.hasOwn(BLOCK_KEYS, b.type) ? b.type : undefined;
      if (!type) {
        if (strict) throw notText('a content block that is not text');
        continue;
      }
      only(b, BLOCK_KEYS[type]!, 'a content block', strict);
      if (type === 'text') {
        if (typeof b.text !== 'string') throw invalid('a text block needs a string text');
        out.push(slotOf(b, 'text'));
        if (b.citations !== undefined) stringSlots(b.citations, out);
      } else if (type === 'tool_use') {
        out.push(jsonValueSlot(b, 'input'));
      } else if (type === 'tool_result') {
        if (typeof b.content === 'string') out.push(slotOf(b, 'content'));
        else if (Array.isArray(b.content)) blocks(b.content);
        else if (b.content !== undefined) throw invalid('tool_result content must be a string or an array');
      } else if (type === 'thinking') {
        if (typeof b.thinking !== 'string') throw invalid('a thinking block needs a string thinking');
        out.push(slotOf(b, 'thinking'));
        if (b.signature !== undefined && (typeof b.signature !== 'string' || !OPAQUE.test(b.signature))) throw invalid('a thinking signature must be the base64 the vendor sent');
      } else if (type === 'redacted_thinking') {
        if (typeof b.data !== 'string' || !OPAQUE.test(b.data)) throw invalid('redacted thinking must be the base64 the vendor sent');
      }
    }
  };
  if (typeof body.system === 'string') out.push(slotOf(body, 'system'));
  else if (Array.isArray(body.system)) blocks(body.system);
  else if (body.system !== undefined && body.system !== null) throw invalid('system must be a string or an array');
  const messages = body.messages;
  if (!Array.isArray(messages)) throw invalid('messages must be an array');
  for (const m of messages) {
    if (!isObj(m)) throw invalid('each message must be an object');
    only(m, ANTHROPIC_MESSAGE, 'a message', strict);
    if (typeof m.content === 'string') out.push(slotOf(m, 'content'));
    else if (Array.isArray(m.content)) blocks(m.content);
    else throw invalid('message content must be a string or an array');
  }
  if (body.stop_sequences !== undefined) {
    const stop = body.stop_sequences;
    if (!Array.isArray(stop)) throw invalid('stop_sequences must be an array');
    stop.forEach((s, i) => {
      if (typeof s !== 'string') throw invalid('stop sequences must be strings');
      out.push(slotOf(stop, i));
    });
  }
  if (body.tools !== undefined) {
    if (!Array.isArray(body.tools)) throw invalid('tools must be an array');
    for (const t of body.tools) anthropicToolSlots(t, out);
  }
  return out;
}

// ---------------------------------------------------------------- embeddings

const EMBEDDINGS_TOP = set('model', 'input', 'encoding_format', 'dimensions');

/** OpenAI embeddings request: the input strings (token-id arrays cannot be inspected). */
export function embeddingsRequestSlots(body: Obj, allowOpaque = false): Slot[] {
  delete body.user;
  only(body, EMBEDDINGS_TOP, 'the request', !allowOpaque);
  const input = body.input;
  if (typeof input === 'string') return [slotOf(body, 'input')];
  if (Array.isArray(input) && input.every((x) => typeof x === 'string')) return input.map((_, i) => slotOf(input, i));
  throw new PhigateError('input_not_text', 'embeddings input must be a string or an array of strings', 400);
}

// ---------------------------------------------------------------- answers
//
// Answers are read against an allowlist too. Each field phigate knows is structure (ids, types,
// roles, model names, counts: passed), text (scanned and restored), or dropped. A field it does not
// know passes only if it has no room for text (numbers, booleans, null, and objects or arrays of
// them under plain keys); anything else is dropped, never passed on unexamined. Usage objects keep
// only their numbers. A content block of a type phigate does not know is kept, with every string
// in it scanned.

/** Keys of an answer whose strings are structure, not text: ids, types, roles, tool names, audio data. */
const STRUCTURAL = set(
  'id', 'type', 'role', 'name', 'tool_call_id', 'tool_use_id', 'finish_reason', 'stop_reason', 'data', 'signature', 'expires_at', 'model', 'object',
  // Links to public pages a model cited or searched, and the vendor's own opaque values.
  'url', 'uri', 'page_age', 'encrypted_content', 'encrypted_index', 'file_id', 'media_type', 'start_index', 'end_index',
);

/** Every string of an answer object except the structural ones (and except keys handled by the caller). */
function answerStrings(v: unknown, out: Slot[], skip: ReadonlySet<string> = new Set(), depth = 0): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(v)) {
    v.forEach((x, i) => (typeof x === 'string' ? out.push(slotOf(v, i)) : answerStrings(x, out, new Set(), depth + 1)));
  } else if (isObj(v)) {
    for (const k of Object.keys(v)) {
      // `data` is structure (base64, opaque) except in a text source (a page a vendor tool fetched).
      if ((STRUCTURAL.has(k) && !(k === 'data' && v.type === 'text')) || skip.has(k)) continue;
      const x = v[k];
      if (typeof x === 'string') out.push(slotOf(v, k));
      else answerStrings(x, out, new Set(), depth + 1);
    }
  }
}

/** A key phigate may pass in a value it does not read: a plain name (no space, no digit first, no punctuation). */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** A value with no room for text: a number, a boolean, null, or objects and arrays of them under plain keys. */
function textless(v: unknown, depth = 0): boolean {
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return true;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(v)) return v.every((x) => textless(x, depth + 1));
  if (isObj(v)) return Object.keys(v).every((k) => PLAIN_KEY.test(k) && textless(v[k], depth + 1));
  return false;
}

/** Every string inside `holder[key]`, at any depth, with no structural exception (values phigate does not know); entries under keys that are not plain names are dropped. */
function allStrings(holder: Obj | unknown[], key: string | number, out: Slot[], depth = 0): void {
  const v = (holder as Record<string | number, unknown>)[key];
  if (typeof v === 'string') {
    out.push(slotOf(holder, key));
    return;
  }
  if (depth > MAX_DEPTH) {
    if (Array.isArray(holder)) holder[key as number] = null;
    else delete (holder as Obj)[key as string];
    return;
  }
  if (Array.isArray(v)) v.forEach((_, i) => allStrings(v, i, out, depth + 1));
  else if (isObj(v)) {
    for (const k of Object.keys(v)) {
      if (PLAIN_KEY.test(k)) allStrings(v, k, out, depth + 1);
      else delete v[k];
    }
  }
}

/** What phigate does with one field of an answer. */
type Rule = (holder: Obj, key: string, out: Slot[]) => void;

/** Each known field by its rule; a field phigate does not know is kept only if it has no room for text. */
function fields(o: Obj, rules: Readonly<Record<string, Rule>>, out: Slot[]): void {
  for (const k of Object.keys(o)) {
    const rule = Object.hasOwn(rules, k) ? rules[k] : undefined;
    if (rule) rule(o, k, out);
    else if (!textless(o[k])) delete o[k];
  }
}

/** Structure (ids, types, roles, model names): a string passes as it is; a value with more room for text is dropped. */
const struct: Rule = (o, k) => {
  const v = o[k];
  if (typeof v !== 'string' && !textless(v)) delete o[k];
};
/** A named value of the vendor's (finish and stop reasons, tiers): kept if it looks like one. */
const named: Rule = (o, k) => {
  if (o[k] !== null && !enumLike(o[k])) delete o[k];
};
/** Text: scanned and restored (a value that is not a string: every string in it). */
const text: Rule = (o, k, out) => {
  if (o[k] !== null && o[k] !== undefined) allStrings(o, k, out);
};
/** Text that is JSON (OpenAI tool-call arguments): scanned, restored JSON-escaped. */
const jsonText: Rule = (o, k, out) => {
  if (typeof o[k] === 'string') out.push(slotOf(o, k, true));
  else if (o[k] !== null && o[k] !== undefined) allStrings(o, k, out);
};
/** A JSON value (an Anthropic tool input): read as one JSON text. */
const jsonValue: Rule = (o, k, out) => void out.push(jsonValueSlot(o, k));
/** A vendor structure phigate knows (annotations, citations, search results): every string but the structural ones. */
const known: Rule = (o, k, out) => {
  const v = o[k];
  if (typeof v === 'string') out.push(slotOf(o, k));
  else answerStrings(v, out);
};
/** The vendor's own opaque value (a thinking signature): base64 or nothing. */
const opaque: Rule = (o, k) => {
  if (o[k] !== null && !(typeof o[k] === 'string' && OPAQUE.test(o[k]))) delete o[k];
};
const drop: Rule = (o, k) => void delete o[k];
const each = (rules: Readonly<Record<string, Rule>>): Rule => (o, k, out) => {
  const v = o[k];
  if (Array.isArray(v)) v.forEach((x) => (isObj(x) ? fields(x, rules, out) : undefined));
};
const object = (rules: Readonly<Record<string, Rule>>): Rule => (o, k, out) => {
  const v = o[k];
  if (isObj(v)) fields(v, rules, out);
  else if (!textless(v)) delete o[k];
};

/** Service tiers a vendor reports in usage (Anthropic), the only strings a usage object keeps. */
const TIERS = set('standard', 'priority', 'batch', 'default', 'flex', 'scale', 'auto');

function numbersOnly(o: Obj, depth: number): void {
  for (const k of Object.keys(o)) {
    const x = o[k];
    if (!PLAIN_KEY.test(k)) delete o[k];
    else if (typeof x === 'number' || x === null) continue;
    else if (isObj(x) && depth < 8) numbersOnly(x, depth + 1);
    else if (!(k === 'service_tier' && typeof x === 'string' && TIERS.has(x))) delete o[k];
  }
}
/** Usage: numbers, and objects of numbers (token details); anything else is dropped. */
const usage: Rule = (o, k) => {
  const v = o[k];
  if (isObj(v)) numbersOnly(v, 0);
  else if (v !== null) delete o[k];
};

// OpenAI answers.

/** A function call's name is chosen by the model: text, scanned whole. */
const OPENAI_FUNCTION: Record<string, Rule> = { name: text, arguments: jsonText };
const OPENAI_TOOL_CALL: Record<string, Rule> = { id: struct, type: struct, index: struct, function: object(OPENAI_FUNCTION) };
const OPENAI_ANSWER_MESSAGE: Record<string, Rule> = {
  role: struct,
  content: text,
  refusal: text,
  reasoning_content: text,
  reasoning: text,
  annotations: known,
  audio: known,
  tool_calls: each(OPENAI_TOOL_CALL),
  function_call: object(OPENAI_FUNCTION),
};
/** `logprobs` repeat the answer token by token: never passed on unscanned. */
const OPENAI_ANSWER_CHOICE: Record<string, Rule> = { index: struct, finish_reason: named, logprobs: drop, message: object(OPENAI_ANSWER_MESSAGE) };
const openaiTop = (choice: Readonly<Record<string, Rule>>): Record<string, Rule> => ({
  id: struct,
  object: struct,
  created: struct,
  model: struct,
  system_fingerprint: struct,
  service_tier: named,
  usage,
  choices: each(choice),
});
const OPENAI_ANSWER = openaiTop(OPENAI_ANSWER_CHOICE);

/**
 * OpenAI chat response: every text of each message (content, refusal, reasoning, annotations, transcripts); tool and function arguments as JSON, their names as text.
 * An answer whose texts are not where they belong (choices, messages, tool calls of another shape) is a 502 `upstream_invalid`, never passed on unscanned.
 */
export function openaiResponseSlots(body: unknown): Slot[] {
  const out: Slot[] = [];
  fields(checkOpenAIChatResponse(body) as Obj, OPENAI_ANSWER, out);
  return out;
}

/** Texts of a stream delta that the stream scanner reads piece by piece (kept here, read by the caller). */
const streamed: Rule = (o, k) => {
  if (o[k] !== null && typeof o[k] !== 'string') delete o[k];
};
/** A streamed function call: its name arrives whole (scanned whole); its arguments are streamed. */
const OPENAI_STREAM_FUNCTION: Record<string, Rule> = { name: text, arguments: streamed };
const OPENAI_DELTA: Record<string, Rule> = {
  role: struct,
  content: streamed,
  refusal: streamed,
  reasoning_content: streamed,
  reasoning: streamed,
  tool_calls: each({ ...OPENAI_TOOL_CALL, function: object(OPENAI_STREAM_FUNCTION) }),
  function_call: object(OPENAI_STREAM_FUNCTION),
};
const OPENAI_CHUNK = openaiTop({ index: struct, finish_reason: named, logprobs: drop, delta: object(OPENAI_DELTA) });

/**
 * One chunk of an OpenAI stream, read against the allowlist: fields phigate does not know are
 * dropped (unless they have no room for text), usage keeps its numbers. Returns the texts that
 * arrive whole (function and tool names); the streamed texts (content, refusal, reasoning,
 * arguments) stay in place for the stream scanner.
 */
export function openaiChunkSlots(chunk: unknown): Slot[] {
  const out: Slot[] = [];
  fields(checkOpenAIChatChunk(chunk) as Obj, OPENAI_CHUNK, out);
  return out;
}

// Anthropic answers.

const BLOCK_ANSWER: Record<string, Record<string, Rule>> = {
  text: { type: struct, text, citations: known },
  thinking: { type: struct, thinking: text, signature: opaque },
  redacted_thinking: { type: struct, data: opaque },
  // Tool names are chosen by the model: text.
  tool_use: { type: struct, id: struct, name: text, input: jsonValue },
  server_tool_use: { type: struct, id: struct, name: text, input: known },
  mcp_tool_use: { type: struct, id: struct, name: text, server_name: text, input: known },
};
/** Results of the vendor's own tools (search results, fetched pages, code output): every string but the structural ones. */
const SERVER_RESULT_BLOCKS = set(
  'web_search_tool_result', 'web_fetch_tool_result', 'code_execution_tool_result', 'bash_code_execution_tool_result',
  'text_editor_code_execution_tool_result', 'tool_search_tool_result', 'mcp_tool_result', 'container_upload',
);

/** One content block of an answer. A type phigate does not know keeps its type; every other string in it is scanned. */
function blockSlots(b: Obj, out: Slot[], streamedStart = false): void {
  const type = typeof b.type === 'string' ? b.type : '';
  if (Object.hasOwn(BLOCK_ANSWER, type)) {
    const rules = BLOCK_ANSWER[type]!;
    // A streamed tool_use starts with an empty input; its JSON arrives in deltas.
    const skipInput = streamedStart && type === 'tool_use' && (b.input === undefined || (isObj(b.input) && Object.keys(b.input).length === 0));
    fields(b, skipInput ? { ...rules, input: struct } : rules, out);
  } else if (SERVER_RESULT_BLOCKS.has(type)) {
    answerStrings(b, out);
  } else {
    for (const k of Object.keys(b)) {
      if (k === 'type') continue;
      if (PLAIN_KEY.test(k)) allStrings(b, k, out);
      else delete b[k];
    }
  }
}
const blocks = (streamedStart: boolean): Rule => (o, k, out) => {
  const v = o[k];
  if (Array.isArray(v)) v.forEach((b) => (isObj(b) ? blockSlots(b, out, streamedStart) : undefined));
  else if (!textless(v)) delete o[k];
};

const anthropicTop = (streamedStart: boolean): Record<string, Rule> => ({
  id: struct,
  type: struct,
  role: struct,
  model: struct,
  content: blocks(streamedStart),
  stop_reason: named,
  // The stop sequence that ended the answer is one the caller gave (de-identified on the way out).
  stop_sequence: text,
  usage,
  container: known,
});
const ANTHROPIC_ANSWER = anthropicTop(false);

/** Anthropic message response: text blocks (and their citations), thinking, tool_use inputs (as JSON) and names, the texts of server tool blocks, every string of a block of another type (`upstream_invalid` if it has another shape). */
export function anthropicResponseSlots(body: unknown): Slot[] {
  const out: Slot[] = [];
  fields(checkAnthropicMessage(body) as Obj, ANTHROPIC_ANSWER, out);
  return out;
}

/** The delta of a content_block_delta, by its type: its streamed text stays for the stream scanner; a citation arrives whole. */
const DELTA_ANSWER: Record<string, Record<string, Rule>> = {
  text_delta: { type: struct, text: streamed },
  thinking_delta: { type: struct, thinking: streamed },
  input_json_delta: { type: struct, partial_json: streamed },
  signature_delta: { type: struct, signature: opaque },
  citations_delta: { type: struct, citation: known },
};
const ANTHROPIC_EVENT: Record<string, Record<string, Rule>> = {
  message_start: { type: struct, message: object(anthropicTop(true)) },
  content_block_start: { type: struct, index: struct, content_block: (o, k, out) => void blockSlots(o[k] as Obj, out, true) },
  content_block_delta: {
    type: struct,
    index: struct,
    delta: (o, k, out) => {
      const d = o[k] as Obj;
      const rules = typeof d.type === 'string' && Object.hasOwn(DELTA_ANSWER, d.type) ? DELTA_ANSWER[d.type]! : undefined;
      if (rules) fields(d, rules, out);
    },
  },
  content_block_stop: { type: struct, index: struct },
  message_delta: { type: struct, delta: object({ stop_reason: named, stop_sequence: text, container: known }), usage },
  message_stop: { type: struct },
  ping: { type: struct },
};

/**
 * One event of an Anthropic stream, read against the allowlist. `undefined`: an event phigate does
 * not know, not to be passed on. Otherwise the texts that arrive whole (a block's start, a
 * citation, the stop sequence, the start message's content); the streamed texts of deltas stay in
 * place for the stream scanner, and a delta of a type phigate does not know is left as it is for
 * the caller to drop. An `error` event is the upstream's: never passed on (`upstream_error`).
 */
export function anthropicEventSlots(ev: unknown): Slot[] | undefined {
  const e = checkAnthropicStreamEvent(ev) as Obj;
  if (e.type === 'error') throw new PhigateError('upstream_error', 'upstream reported a stream error', 502);
  const rules = Object.hasOwn(ANTHROPIC_EVENT, e.type as string) ? ANTHROPIC_EVENT[e.type as string] : undefined;
  if (!rules) return undefined;
  const out: Slot[] = [];
  fields(e, rules, out);
  return out;
}

// Embeddings answers.

const vector: Rule = (o, k) => {
  const v = o[k];
  if (!(Array.isArray(v) && v.every((x) => typeof x === 'number')) && !(typeof v === 'string' && OPAQUE.test(v))) delete o[k];
};
const EMBEDDINGS_ANSWER: Record<string, Rule> = {
  object: struct,
  model: struct,
  usage,
  data: each({ object: struct, index: struct, embedding: vector }),
};

/** An embeddings answer holds no text: vectors (numbers, or base64), ids and counts pass; anything else with room for text is dropped. */
export function embeddingsAnswerFields(body: unknown): void {
  if (isObj(body)) fields(body, EMBEDDINGS_ANSWER, []);
}
