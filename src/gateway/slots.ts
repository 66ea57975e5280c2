import { PhigateError } from '../common/index.js';

/**
 * A place in a request or response body that holds free text: phigate reads it, and writes back the
 * de-identified (or restored) text. Bodies are deep-copied first, so the caller's object is never
 * changed and nothing half-transformed can be sent.
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

const notText = (what: string) =>
  new PhigateError(
    'content_not_deidentifiable',
    `${what} cannot be de-identified by phigate; send text, or use a self-hosted route`,
    400,
  );

/** Every string inside a JSON value (tool inputs are objects whose strings may carry identifiers). */
function stringSlots(v: unknown, out: Slot[], depth = 0): void {
  if (depth > 32) throw new PhigateError('invalid_request', 'structure nested too deeply', 400);
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

/** OpenAI chat request: message contents (string or text parts), tool-call arguments. */
export function openaiRequestSlots(body: Obj, allowOpaque: boolean): Slot[] {
  const out: Slot[] = [];
  delete body.user; // an end-user identifier: never forwarded
  const messages = body.messages;
  if (!Array.isArray(messages)) throw new PhigateError('invalid_request', 'messages must be an array', 400);
  for (const m of messages) {
    if (!isObj(m)) throw new PhigateError('invalid_request', 'each message must be an object', 400);
    delete m.name; // participant names may be real names, and cannot hold tokens (^[A-Za-z0-9_-]+$)
    const c = m.content;
    if (typeof c === 'string') out.push(slotOf(m, 'content'));
    else if (Array.isArray(c)) {
      for (const part of c) {
        if (!isObj(part)) throw new PhigateError('invalid_request', 'content parts must be objects', 400);
        if (part.type === 'text' && typeof part.text === 'string') out.push(slotOf(part, 'text'));
        else if (!allowOpaque) throw notText(`a content part of type ${typeof part.type === 'string' ? part.type.slice(0, 32) : 'unknown'}`);
      }
    } else if (c !== null && c !== undefined) throw new PhigateError('invalid_request', 'message content must be a string or an array', 400);
    if (Array.isArray(m.tool_calls)) {
      for (const tc of m.tool_calls) {
        const fn = isObj(tc) ? tc.function : undefined;
        if (isObj(fn) && typeof fn.arguments === 'string') out.push(slotOf(fn, 'arguments', true));
      }
    }
  }
  return out;
}

/** Anthropic messages request: system, text blocks, tool_use inputs, tool_result contents. */
export function anthropicRequestSlots(body: Obj, allowOpaque: boolean): Slot[] {
  const out: Slot[] = [];
  if (isObj(body.metadata)) delete body.metadata.user_id;
  const blocks = (arr: unknown[]) => {
    for (const b of arr) {
      if (!isObj(b)) throw new PhigateError('invalid_request', 'content blocks must be objects', 400);
      if (b.type === 'text' && typeof b.text === 'string') out.push(slotOf(b, 'text'));
      else if (b.type === 'tool_use') stringSlots(b.input, out);
      else if (b.type === 'tool_result') {
        if (typeof b.content === 'string') out.push(slotOf(b, 'content'));
        else if (Array.isArray(b.content)) blocks(b.content);
      } else if (b.type === 'thinking' || b.type === 'redacted_thinking') {
        if (typeof b.thinking === 'string') out.push(slotOf(b, 'thinking'));
      } else if (!allowOpaque) throw notText(`a content block of type ${typeof b.type === 'string' ? b.type.slice(0, 32) : 'unknown'}`);
    }
  };
  if (typeof body.system === 'string') out.push(slotOf(body, 'system'));
  else if (Array.isArray(body.system)) blocks(body.system);
  const messages = body.messages;
  if (!Array.isArray(messages)) throw new PhigateError('invalid_request', 'messages must be an array', 400);
  for (const m of messages) {
    if (!isObj(m)) throw new PhigateError('invalid_request', 'each message must be an object', 400);
    if (typeof m.content === 'string') out.push(slotOf(m, 'content'));
    else if (Array.isArray(m.content)) blocks(m.content);
    else throw new PhigateError('invalid_request', 'message content must be a string or an array', 400);
  }
  return out;
}

/** OpenAI embeddings request: the input strings (token-id arrays cannot be inspected). */
export function embeddingsRequestSlots(body: Obj): Slot[] {
  delete body.user;
  const input = body.input;
  if (typeof input === 'string') return [slotOf(body, 'input')];
  if (Array.isArray(input) && input.every((x) => typeof x === 'string')) return input.map((_, i) => slotOf(input, i));
  throw new PhigateError('input_not_text', 'embeddings input must be a string or an array of strings', 400);
}

/** OpenAI chat response: assistant contents and tool-call arguments. */
export function openaiResponseSlots(body: Obj): Slot[] {
  const out: Slot[] = [];
  for (const ch of Array.isArray(body.choices) ? body.choices : []) {
    const msg = isObj(ch) ? ch.message : undefined;
    if (!isObj(msg)) continue;
    if (typeof msg.content === 'string') out.push(slotOf(msg, 'content'));
    if (typeof msg.refusal === 'string') out.push(slotOf(msg, 'refusal'));
    for (const tc of Array.isArray(msg.tool_calls) ? msg.tool_calls : []) {
      const fn = isObj(tc) ? tc.function : undefined;
      if (isObj(fn) && typeof fn.arguments === 'string') out.push(slotOf(fn, 'arguments', true));
    }
  }
  return out;
}

/** Anthropic message response: text blocks and tool_use inputs. */
export function anthropicResponseSlots(body: Obj): Slot[] {
  const out: Slot[] = [];
  for (const b of Array.isArray(body.content) ? body.content : []) {
    if (!isObj(b)) continue;
    if (b.type === 'text' && typeof b.text === 'string') out.push(slotOf(b, 'text'));
    else if (b.type === 'tool_use') stringSlots(b.input, out);
  }
  return out;
}
