/**
 * Checks of what an upstream answers (a 200 whose body is not the shape its protocol promises):
 * only the structure phigate and its translators read is checked, so that every text of an answer
 * is where the output scan and the restore look for it. Anything else (extra fields, values of
 * fields phigate does not read) is kept as it is. A wrong shape is a 502 `upstream_invalid`; its
 * message names the place, never a value (an upstream body may hold PHI).
 */
import { PhigateError } from '../common/errors.js';
import type { AnthropicMessage, AnthropicStreamEvent, OpenAIChatChunk, OpenAIChatResponse, OpenAIEmbeddingsResponse } from './types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const absent = (v: unknown): v is null | undefined => v === undefined || v === null;
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** The error for an upstream answer of an unexpected shape (`where` names the place, never a value). */
export function upstreamInvalid(where: string): PhigateError {
  return new PhigateError('upstream_invalid', `upstream returned an answer of an unexpected shape (${where})`, 502);
}

function need(ok: boolean, where: string): void {
  if (!ok) throw upstreamInvalid(where);
}

/** A string, or absent (undefined / null). */
const optText = (v: unknown) => absent(v) || typeof v === 'string';

/** OpenAI tool calls of a message (`delta`: a stream delta, where each call carries its `index`). */
function openaiToolCalls(v: unknown, at: string, delta: boolean): void {
  if (absent(v)) return;
  need(Array.isArray(v), `${at}.tool_calls`);
  (v as unknown[]).forEach((tc, j) => {
    const p = `${at}.tool_calls[${j}]`;
    need(isObj(tc), p);
    const t = tc as Obj;
    if (delta) need(isIndex(t.index), `${p}.index`);
    // Only function calls are scanned and restored (their arguments, as JSON text).
    need(absent(t.type) || t.type === 'function', `${p}.type`);
    if (delta && absent(t.function)) return;
    need(isObj(t.function), `${p}.function`);
    const fn = t.function as Obj;
    need(delta ? optText(fn.arguments) : typeof fn.arguments === 'string', `${p}.function.arguments`);
    need(optText(fn.name), `${p}.function.name`);
  });
}

/** A legacy `function_call` of a message or delta. */
function openaiFunctionCall(v: unknown, at: string, delta: boolean): void {
  if (absent(v)) return;
  need(isObj(v), `${at}.function_call`);
  const args = (v as Obj).arguments;
  need(delta ? optText(args) : typeof args === 'string', `${at}.function_call.arguments`);
}

/** A non-streamed OpenAI chat completion: `choices` an array of objects, each with a `message` object. */
export function checkOpenAIChatResponse(v: unknown): OpenAIChatResponse {
  need(isObj(v), 'body');
  const body = v as Obj;
  need(Array.isArray(body.choices), 'choices');
  (body.choices as unknown[]).forEach((ch, i) => {
    const at = `choices[${i}]`;
    need(isObj(ch), at);
    const m = (ch as Obj).message;
    need(isObj(m), `${at}.message`);
    const msg = m as Obj;
    need(optText(msg.content) || Array.isArray(msg.content), `${at}.message.content`);
    openaiToolCalls(msg.tool_calls, `${at}.message`, false);
    openaiFunctionCall(msg.function_call, `${at}.message`, false);
  });
  return v as OpenAIChatResponse;
}

/** One chunk of a streamed OpenAI chat completion: `choices` (if any) objects with an `index` and a `delta` object. */
export function checkOpenAIChatChunk(v: unknown): OpenAIChatChunk {
  need(isObj(v), 'stream event');
  const chunk = v as Obj;
  if (absent(chunk.choices)) return v as OpenAIChatChunk;
  need(Array.isArray(chunk.choices), 'choices');
  (chunk.choices as unknown[]).forEach((ch, i) => {
    const at = `choices[${i}]`;
    need(isObj(ch), at);
    const c = ch as Obj;
    need(isIndex(c.index), `${at}.index`);
    if (absent(c.delta)) return;
    need(isObj(c.delta), `${at}.delta`);
    const d = c.delta as Obj;
    need(optText(d.content), `${at}.delta.content`);
    openaiToolCalls(d.tool_calls, `${at}.delta`, true);
    openaiFunctionCall(d.function_call, `${at}.delta`, true);
  });
  return v as OpenAIChatChunk;
}

/** A non-streamed Anthropic message: `content` an array of blocks, each an object with a `type`. */
export function checkAnthropicMessage(v: unknown): AnthropicMessage {
  need(isObj(v), 'body');
  const msg = v as Obj;
  anthropicContent(msg.content, 'content', false);
  need(optText(msg.stop_sequence), 'stop_sequence');
  need(absent(msg.usage) || isObj(msg.usage), 'usage');
  return v as AnthropicMessage;
}

function anthropicBlock(b: unknown, at: string): void {
  need(isObj(b), at);
  need(typeof (b as Obj).type === 'string', `${at}.type`);
}

function anthropicContent(v: unknown, at: string, optional: boolean): void {
  if (optional && absent(v)) return;
  need(Array.isArray(v), at);
  (v as unknown[]).forEach((b, i) => anthropicBlock(b, `${at}[${i}]`));
}

/** One event of an Anthropic stream: an object with a `type`, and for the known types the structure they carry. */
export function checkAnthropicStreamEvent(v: unknown): AnthropicStreamEvent {
  need(isObj(v) && typeof (v as Obj).type === 'string', 'stream event');
  const ev = v as Obj;
  switch (ev.type) {
    case 'message_start': {
      need(isObj(ev.message), 'message_start.message');
      const m = ev.message as Obj;
      anthropicContent(m.content, 'message_start.message.content', true);
      need(absent(m.usage) || isObj(m.usage), 'message_start.message.usage');
      break;
    }
    case 'content_block_start':
      need(isIndex(ev.index), 'content_block_start.index');
      anthropicBlock(ev.content_block, 'content_block_start.content_block');
      break;
    case 'content_block_delta':
      need(isIndex(ev.index), 'content_block_delta.index');
      need(isObj(ev.delta) && typeof (ev.delta as Obj).type === 'string', 'content_block_delta.delta');
      break;
    case 'content_block_stop':
      need(isIndex(ev.index), 'content_block_stop.index');
      break;
    case 'message_delta':
      need(isObj(ev.delta), 'message_delta.delta');
      need(optText((ev.delta as Obj).stop_sequence), 'message_delta.delta.stop_sequence');
      need(absent(ev.usage) || isObj(ev.usage), 'message_delta.usage');
      break;
    default:
      break; // message_stop, ping, error and types phigate does not know: nothing it reads
  }
  return v as AnthropicStreamEvent;
}

/** An OpenAI embeddings answer: `data` an array. */
export function checkOpenAIEmbeddingsResponse(v: unknown): OpenAIEmbeddingsResponse {
  need(isObj(v) && Array.isArray((v as Obj).data), 'data');
  return v as OpenAIEmbeddingsResponse;
}
