import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { hideFhirInText, partitionTokens, rateKey, sharedRateStore, type Principal, type RestoreDecision } from '../access/index.js';
import type { AuditEventInput } from '../audit/index.js';
import { PhigateError, safeError } from '../common/index.js';
import {
  checkAnthropicStreamEvent,
  checkOpenAIChatChunk,
  type AnthropicMessagesRequest,
  type AnthropicStreamEvent,
  type OpenAIChatChunk,
  type OpenAIChatRequest,
  type OpenAIEmbeddingsRequest,
  type Route,
} from '../providers/index.js';
import { auditBase, authenticate, callContext, checkBaa, Gateway, refusalContext, routeFor, type CallContext } from './context.js';
import { deidFailed, givenIdentifiers, restoreSlots, scanOutput, scanOutputRead, type Protected, type TypeCounts } from './protect.js';
import type { Slot } from './slots.js';
import { commitRequest } from './commit.js';
import { escapeJsonString, StreamRestorer } from './restore-stream.js';
import { StreamScanner } from './scan-stream.js';
import { errorType } from './errors.js';
import {
  anthropicEventSlots,
  anthropicRequestSlots,
  anthropicResponseSlots,
  checkDepth,
  embeddingsAnswerFields,
  embeddingsRequestSlots,
  openaiChunkSlots,
  openaiRequestSlots,
  openaiResponseSlots,
} from './slots.js';

type Obj = Record<string, unknown>;
type Shape = 'openai' | 'anthropic';

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/** Error bodies in the shape each SDK reads: OpenAI `{error: {message, type, code}}`, Anthropic `{type: 'error', error: {type, message}}`. */
export function apiErrorBody(shape: Shape, code: string, message: string, status: number) {
  const type = errorType(status);
  return shape === 'anthropic' ? { type: 'error', error: { type, message, code } } : { error: { message, type, code, param: null } };
}

function sendError(reply: FastifyReply, shape: Shape, e: unknown): FastifyReply {
  const s = safeError(e);
  return reply.status(s.status).send(apiErrorBody(shape, s.code, s.message, s.status));
}

/**
 * The body to transform: Fastify's parse of this request's JSON, an object no one else holds or
 * reads after the handler (not the caller's: it arrived as bytes), so it is changed in place
 * rather than copied first; a request that fails part-way is refused whole and sends nothing.
 */
const ownBody = <T>(v: T): T => v;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The model APIs: OpenAI (`/v1/chat/completions`, `/v1/embeddings`, `/v1/models`) and Anthropic
 * (`/v1/messages`). Each request: authenticate -> authorize (permission, purpose) -> de-identify
 * and tokenize -> BAA check -> audit -> provider -> scan the answer -> audit -> restore -> answer.
 * Any step that fails stops the request there: nothing (more) is sent upstream.
 */
export async function registerModelApi(app: FastifyInstance, gw: Gateway): Promise<void> {
  const { config } = gw.services;

  await app.register(async (api) => {
    // Authentication first (rate limits are per key, so the key must be known).
    api.addHook('onRequest', async (req) => {
      req.principal = await authenticate(gw, req);
    });
    await api.register(rateLimit, {
      max: config.rateLimitPerMinute,
      timeWindow: 60_000,
      keyGenerator: (req) => (req.principal ? rateKey(req.principal.tenantId, req.principal.keyId) : req.ip),
      // Several instances on one database share each key's count (PHIGATE_RATE_LIMIT_SHARED).
      ...(config.rateLimitShared ? { store: sharedRateStore(gw.services.store) } : {}),
      hook: 'preHandler',
      errorResponseBuilder: (_req, ctx) =>
        Object.assign(new PhigateError('rate_limited', `rate limit of ${ctx.max} requests per minute exceeded`, 429), { statusCode: 429 }),
    });
    api.setErrorHandler((err, req, reply) => {
      const shape: Shape = req.url.startsWith('/v1/messages') ? 'anthropic' : 'openai';
      if (!(err instanceof PhigateError)) {
        const fe = err as { code?: string; statusCode?: number };
        if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.status(413).send(apiErrorBody(shape, 'request_too_large', 'request body too large', 413));
        if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.status(415).send(apiErrorBody(shape, 'unsupported_media_type', 'send the body as application/json', 415));
        if (fe.statusCode === 400) return reply.status(400).send(apiErrorBody(shape, 'invalid_json', 'the request body is not valid JSON', 400));
        req.log.error({ err }, 'unexpected error');
      }
      return sendError(reply, shape, err);
    });

    api.get('/v1/models', async () => gw.models());

    api.post('/v1/chat/completions', (req, reply) => chat(gw, req, reply, 'openai'));
    api.post('/v1/messages', (req, reply) => chat(gw, req, reply, 'anthropic'));
    api.post('/v1/embeddings', (req, reply) => embeddings(gw, req, reply));
  });
}

/**
 * De-identifies the request's texts, then tokenizes their values and writes the request's audit
 * events in one transaction (fail closed: no audit record, no tokens, nothing sent). Failures that
 * are not already typed: `vault_unavailable` from the store, `deid_failed` from de-identification.
 */
async function protect(gw: Gateway, ctx: CallContext, slots: Slot[], events: (counts: TypeCounts) => AuditEventInput[]): Promise<Protected> {
  const tenantId = ctx.principal.tenantId;
  if (ctx.passthrough) {
    await audit(gw, ctx, events({}));
    return { counts: {}, minted: new Map() };
  }
  const commit = async (items: Array<{ type: string; value: string }>, counts: TypeCounts) => {
    try {
      return await commitRequest(gw.services, tenantId, items, { scope: ctx.scope, ttlSeconds: ctx.ttlSeconds, ownScope: ctx.ownScope }, events(counts));
    } catch (e) {
      if (e instanceof PhigateError) throw e;
      throw new PhigateError('vault_unavailable', 'the token vault is unavailable; nothing was sent', 503);
    }
  };
  try {
    return await gw.protect(slots, {
      tenantId,
      policy: gw.policy,
      keys: gw.needsOperatorKeys ? await gw.operatorKeys(tenantId) : {},
      ...(ctx.patient ? { patientId: ctx.patient } : {}),
      detector: gw.requestDetector,
      detectorMany: gw.requestDetectorMany,
      detectBatch: gw.requestBatcher,
      commit,
    });
  } catch (e) {
    if (e instanceof PhigateError) throw e;
    throw deidFailed();
  }
}

/** Appends events; on failure the caller's action must not go ahead (fail closed). */
async function audit(gw: Gateway, ctx: CallContext, events: AuditEventInput[]): Promise<void> {
  await gw.services.audit.append(ctx.principal.tenantId, events);
}

/** Records a refusal; if even that cannot be written, the refusal still stands. */
async function auditRefusal(gw: Gateway, req: FastifyRequest, ctx: CallContext | null, action: AuditEventInput['action'], route: Route | null, e: unknown) {
  if (!ctx) return;
  const s = safeError(e);
  try {
    await audit(gw, ctx, [
      {
        ...auditBase(ctx, action),
        subtype: 'request',
        outcome: s.status === 403 || s.status === 401 ? 'denied' : 'error',
        code: s.code.toLowerCase().replace(/[^a-z0-9_.]/g, '_').slice(0, 64),
        ...(route ? { vendor: route.vendor, model: route.model } : {}),
      },
    ]);
  } catch {
    req.log.error({ code: s.code }, 'a refused request could not be audited');
  }
}

const callOptions = (req: FastifyRequest, reply: FastifyReply, route: Route) => {
  const ac = new AbortController();
  // The client went away before the answer was complete: stop the upstream call.
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) ac.abort();
  });
  req.raw.on('aborted', () => ac.abort());
  return { signal: ac.signal, timeoutMs: route.timeoutMs };
};

/**
 * Tokens the caller may see restored (minimum necessary): with vault:detokenize, the identifier
 * kinds the tenant's rule for this role and purpose restores; the others stay tokens or become
 * `[KIND]`, as the rule says. Without the permission nothing is restored.
 */
function resolver(gw: Gateway, ctx: CallContext, minted: ReadonlyMap<string, string> = new Map()) {
  const may = ctx.principal.permissions.has('vault:detokenize');
  let decision: Promise<RestoreDecision> | undefined;
  // Values already known in this request: what it minted, and what the vault returned before (a
  // streamed answer asks again for each token as it completes).
  const known = new Map<string, string>();
  return async (tokens: string[]): Promise<Map<string, string>> => {
    if (tokens.length === 0) return new Map();
    decision ??= gw.services.policies.decide(ctx.principal.tenantId, ctx.principal.role, ctx.purpose, may);
    const { restore, replace } = partitionTokens(await decision, tokens);
    const ask: string[] = [];
    for (const t of restore) {
      const v = known.get(t) ?? minted.get(t);
      if (v !== undefined) replace.set(t, v);
      else ask.push(t);
    }
    if (ask.length === 0) return replace;
    const m = await gw.services.vault.detokenize(ctx.principal.tenantId, ask, { scopes: [ctx.scope, ''] });
    for (const [t, e] of m) {
      known.set(t, e.value);
      replace.set(t, e.value);
    }
    return replace;
  };
}

/** The FHIR fields the caller's rule hides for this purpose (minimum necessary); empty = none. */
async function hiddenFields(gw: Gateway, ctx: CallContext): Promise<readonly string[]> {
  return (await gw.services.policies.decide(ctx.principal.tenantId, ctx.principal.role, ctx.purpose, ctx.principal.permissions.has('vault:detokenize'))).hideFields;
}

/**
 * A streamed answer for a caller whose rule hides FHIR fields: a resource can only be cut once it
 * is whole, so the text of each choice (block) is held and sent, with the fields hidden, in one
 * piece when that choice ends. Callers with no hidden fields stream as usual.
 */
class HeldText {
  private readonly held = new Map<string, string>();
  constructor(readonly fields: readonly string[]) {}
  get active(): boolean {
    return this.fields.length > 0;
  }
  hold(key: string, text: string): void {
    this.held.set(key, (this.held.get(key) ?? '') + text);
  }
  /** Everything held for `key` plus `tail`, with the hidden fields removed. */
  release(key: string, tail = ''): string {
    const text = (this.held.get(key) ?? '') + tail;
    this.held.delete(key);
    return hideFhirInText(text, this.fields) ?? text;
  }
}

/** FHIR resources in an answer lose the fields the caller's rule hides for this purpose (minimum necessary). */
async function hideFhirFieldsIn(gw: Gateway, ctx: CallContext, slots: Slot[]): Promise<void> {
  const d = await gw.services.policies.decide(ctx.principal.tenantId, ctx.principal.role, ctx.purpose, ctx.principal.permissions.has('vault:detokenize'));
  if (d.hideFields.length === 0) return;
  for (const slot of slots) {
    const t = hideFhirInText(slot.get(), d.hideFields);
    if (t !== undefined) slot.set(t);
  }
}

const modelCallEvent = (ctx: CallContext, route: Route, counts: TypeCounts, action: 'model_call' | 'embedding' = 'model_call'): AuditEventInput => ({
  ...auditBase(ctx, action),
  subtype: ctx.passthrough ? 'request_passthrough' : 'request',
  what: { identifiers: counts },
  vendor: route.vendor,
  model: route.model,
  outcome: 'success',
});

async function chat(gw: Gateway, req: FastifyRequest, reply: FastifyReply, shape: Shape) {
  let ctx: CallContext | null = null;
  let route: Route | null = null;
  try {
    ctx = callContext(gw, req, req.principal!, 'gateway:chat');
    if (!isObj(req.body)) throw new PhigateError('invalid_request', 'the body must be a JSON object', 400);
    route = routeFor(gw, req.body.model, 'chat');
    checkDepth(req.body);
    const body = ownBody(req.body);
    if (shape === 'anthropic' && (typeof body.max_tokens !== 'number' || body.max_tokens < 1)) {
      throw new PhigateError('invalid_request', 'max_tokens is required', 400);
    }
    const allowOpaque = ctx.passthrough;
    const slots = shape === 'openai' ? openaiRequestSlots(body, allowOpaque) : anthropicRequestSlots(body, allowOpaque);
    await checkBaa(gw, route, 'chat', ctx.passthrough || gw.policyRevealsIdentifiers);
    const given = ctx.passthrough ? givenIdentifiers(slots, gw.detector) : undefined;
    const stream = body.stream === true;
    // The restore of the answer is recorded with the call, before anything is sent: afterwards,
    // restored values flow as soon as the answer arrives (the end of a stream is recorded too).
    const { minted } = await protect(gw, ctx, slots, (counts) => [
      modelCallEvent(ctx!, route!, counts),
      { ...auditBase(ctx!, 'detokenize'), subtype: stream ? 'stream_start' : 'response', vendor: route!.vendor, model: route!.model, outcome: 'success' },
    ]);
    const provider = gw.provider(route);
    const opts = callOptions(req, reply, route);
    if (stream) {
      return shape === 'openai'
        ? await streamOpenAI(gw, ctx, route, reply, provider.chatCompletionsStream(body as OpenAIChatRequest, opts), minted, given)
        : await streamAnthropic(gw, ctx, route, reply, provider.messagesStream(body as AnthropicMessagesRequest, opts), minted, given);
    }
    const answer = (shape === 'openai' ? await provider.chatCompletions(body as OpenAIChatRequest, opts) : await provider.messages(body as AnthropicMessagesRequest, opts)) as unknown as Obj;
    const outSlots = shape === 'openai' ? openaiResponseSlots(answer) : anthropicResponseSlots(answer);
    let flagged: TypeCounts = {};
    try {
      flagged = await scanOutputRead(outSlots, gw.services.config.outputPhi, (texts) => gw.answerBatcher.detect(texts), given);
    } catch (e) {
      await auditRefusal(gw, req, ctx, 'model_call', route, e);
      throw e;
    }
    // What the scan found is recorded before the answer leaves (no record, no answer).
    const scanEvents = outputEvents(gw, ctx, route, flagged);
    if (scanEvents.length) await audit(gw, ctx, scanEvents);
    await restoreSlots(outSlots, resolver(gw, ctx, minted));
    await hideFhirFieldsIn(gw, ctx, outSlots);
    return reply.send(answer);
  } catch (e) {
    // A refusal is audited, unless the audit log is what failed, or the scan already recorded it.
    if (!(e instanceof PhigateError && (e.code === 'audit_unavailable' || e.code === 'output_phi_blocked'))) await auditRefusal(gw, req, ctx ?? refusalContext(req, req.principal!), 'model_call', route, e);
    if (reply.sent || reply.raw.headersSent) return reply;
    throw e;
  }
}

function outputEvents(gw: Gateway, ctx: CallContext, route: Route, flagged: TypeCounts): AuditEventInput[] {
  if (Object.keys(flagged).length === 0) return [];
  return [
    {
      ...auditBase(ctx, 'model_call'),
      subtype: 'output_scan',
      what: { identifiers: flagged },
      vendor: route.vendor,
      model: route.model,
      outcome: 'success',
      code: `output_phi_${gw.services.config.outputPhi === 'flag' ? 'flagged' : 'redacted'}`,
    },
  ];
}

async function embeddings(gw: Gateway, req: FastifyRequest, reply: FastifyReply) {
  let ctx: CallContext | null = null;
  let route: Route | null = null;
  try {
    ctx = callContext(gw, req, req.principal!, 'gateway:embeddings');
    if (!isObj(req.body)) throw new PhigateError('invalid_request', 'the body must be a JSON object', 400);
    route = routeFor(gw, req.body.model, 'embeddings');
    checkDepth(req.body);
    const body = ownBody(req.body);
    const slots = embeddingsRequestSlots(body, ctx.passthrough);
    await checkBaa(gw, route, 'embeddings', ctx.passthrough || gw.policyRevealsIdentifiers);
    await protect(gw, ctx, slots, (counts) => [modelCallEvent(ctx!, route!, counts, 'embedding')]);
    const answer = await gw.provider(route).embeddings(body as OpenAIEmbeddingsRequest, callOptions(req, reply, route));
    // No text in an embeddings answer: a field with room for text that phigate does not know is dropped.
    embeddingsAnswerFields(answer);
    return reply.send(answer);
  } catch (e) {
    if (!(e instanceof PhigateError && e.code === 'audit_unavailable')) await auditRefusal(gw, req, ctx ?? refusalContext(req, req.principal!), 'embedding', route, e);
    throw e;
  }
}

// ---------------------------------------------------------------- streaming

function startSse(reply: FastifyReply): void {
  reply.hijack();
  reply.raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-request-id': String(reply.request.id),
  });
}

const write = (reply: FastifyReply, s: string) => {
  if (!reply.raw.destroyed) reply.raw.write(s);
};

/**
 * OpenAI streams: the first chunk is awaited (and its shape checked) before the response starts,
 * so an upstream failure is still a clean HTTP error. Per choice (content) and per tool call
 * (arguments, JSON-escaped), a StreamRestorer holds back only a possible partial token. A choice
 * that ends without a finish_reason (a cut upstream, a server that omits it) gets what is still
 * held for it in one last chunk.
 */
async function streamOpenAI(gw: Gateway, ctx: CallContext, route: Route, reply: FastifyReply, source: AsyncIterable<OpenAIChatChunk>, minted: ReadonlyMap<string, string>, given?: ReadonlySet<string>) {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  if (!first.done) checkOpenAIChatChunk(first.value);
  const held = new HeldText(await hiddenFields(gw, ctx));
  startSse(reply);
  const resolve = resolver(gw, ctx, minted);
  const restorers = new Map<string, StreamRestorer>();
  const restorer = (key: string, json: boolean) => {
    let r = restorers.get(key);
    if (!r) {
      r = new StreamRestorer(resolve, json ? { encode: escapeJsonString } : {});
      restorers.set(key, r);
    }
    return r;
  };
  // One scanner per text being streamed: each choice's content (`c<choice>`), each tool call's
  // arguments (`t<choice>.<call>`); the same keys name their restorers.
  const scanners = new Map<string, StreamScanner>();
  const scanner = (key: string) => {
    let sc = scanners.get(key);
    if (!sc) scanners.set(key, (sc = new StreamScanner(gw.services.config.outputPhi, gw.detector, given)));
    return sc;
  };
  /** A piece of one text: scanned, then restored (held back only as far as a partial token). */
  const feed = (key: string, json: boolean, text: string) => restorer(key, json).push(scanner(key).push(text));
  // What the scan found in text that arrived whole (function and tool names).
  const wholeCounts: TypeCounts[] = [];
  /** Text that arrives whole (a function or tool name, chosen by the model): scanned with the output policy, then restored. */
  const whole = async (slots: Slot[]) => {
    if (slots.length === 0) return;
    wholeCounts.push(scanOutput(slots, gw.services.config.outputPhi, gw.detector, given));
    await restoreSlots(slots, resolve);
  };
  /** What is still held for a text at its end ('' for a text never seen). */
  const drain = async (key: string): Promise<string> => {
    const r = restorers.get(key);
    return r ? (await r.push(scanners.get(key)?.flush() ?? '')) + (await r.flush()) : '';
  };
  /**
   * The end of choice `i`: everything still held for it (content, the other texts, function and
   * tool-call arguments), scanned and restored, is added to its delta `d`.
   */
  const releaseChoice = async (i: number, d: Obj): Promise<void> => {
    let rest = await drain(`c${i}`);
    if (held.active) rest = held.release(`c${i}`, rest);
    if (rest) d.content = (typeof d.content === 'string' ? d.content : '') + rest;
    for (const f of STREAM_TEXT_FIELDS) {
      const tail = await drain(`${f}:${i}`);
      if (tail) d[f] = (typeof d[f] === 'string' ? (d[f] as string) : '') + tail;
    }
    const fnTail = await drain(`f${i}`);
    if (fnTail) {
      // Appended to the arguments this delta already carries, if any.
      const fc = d.function_call;
      if (isObj(fc) && typeof fc.arguments === 'string') fc.arguments += fnTail;
      else d.function_call = { arguments: fnTail };
    }
    for (const k of [...restorers.keys()]) {
      if (!k.startsWith(`t${i}.`)) continue;
      const tail = await drain(k);
      if (tail) d.tool_calls = [...(Array.isArray(d.tool_calls) ? d.tool_calls : []), { index: Number(k.split('.')[1]), function: { arguments: tail } }];
    }
  };
  // Choices seen and not yet ended by a finish_reason.
  const open = new Set<number>();
  let last: OpenAIChatChunk | undefined;
  try {
    for (let step = first; !step.done; step = await it.next()) {
      // Read against the allowlist (fields phigate does not know that have room for text are
      // dropped); names that arrive whole are scanned now, the streamed texts below.
      await whole(openaiChunkSlots(step.value));
      const chunk = step.value;
      last = chunk;
      for (const ch of chunk.choices ?? []) {
        delete (ch as { logprobs?: unknown }).logprobs; // the answer token by token: never passed on unscanned
        // A choice without a delta gets one, so that what is released at its end has a place.
        const d = (ch.delta ??= {});
        open.add(ch.index);
        if (typeof d.content === 'string') {
          d.content = await feed(`c${ch.index}`, false, d.content);
          if (held.active) {
            held.hold(`c${ch.index}`, d.content);
            d.content = '';
          }
        }
        // The other texts of a delta (a refusal, reasoning) are scanned and restored the same way
        // (the allowlist has already dropped what phigate does not know).
        const dd = d as Record<string, unknown>;
        for (const k of STREAM_TEXT_FIELDS) {
          if (typeof dd[k] === 'string') dd[k] = await feed(`${k}:${ch.index}`, false, dd[k] as string);
        }
        if (isObj(dd.function_call) && typeof dd.function_call.arguments === 'string') {
          const fc = dd.function_call;
          fc.arguments = await feed(`f${ch.index}`, true, fc.arguments as string);
        }
        for (const tc of d.tool_calls ?? []) {
          if (tc.function && typeof tc.function.arguments === 'string') {
            const key = `t${ch.index}.${tc.index}`;
            tc.function.arguments = await feed(key, true, tc.function.arguments);
          }
        }
        if (ch.finish_reason) {
          // Release what is held for this choice before its last chunk.
          await releaseChoice(ch.index, dd);
          open.delete(ch.index);
        }
      }
      if (!isHeldBack(chunk)) write(reply, `data: ${JSON.stringify(chunk)}\n\n`);
    }
    // The stream ended without a finish_reason for some choice: what is still held for it (every
    // text, the arguments too, so they stay whole JSON) goes out in one last chunk, without one.
    const choices: OpenAIChatChunk['choices'] = [];
    for (const i of open) {
      const delta: Obj = {};
      await releaseChoice(i, delta);
      if (Object.keys(delta).length > 0) choices.push({ index: i, delta, finish_reason: null });
    }
    if (choices.length > 0) {
      const chunk = { id: last?.id ?? 'phigate-flush', object: 'chat.completion.chunk', created: last?.created ?? Math.floor(Date.now() / 1000), model: last?.model ?? route.model, choices };
      write(reply, `data: ${JSON.stringify(chunk)}\n\n`);
    }
    write(reply, 'data: [DONE]\n\n');
    await finishStream(gw, ctx, route, mergeCounts([...[...scanners.values()].map((sc) => sc.counts), ...wholeCounts]));
  } catch (e) {
    const s = safeError(e);
    write(reply, `data: ${JSON.stringify(apiErrorBody('openai', s.code, s.message, s.status))}\n\n`);
    await auditRefusal(gw, reply.request, ctx, 'model_call', route, e);
  } finally {
    reply.raw.end();
  }
}

/** Text fields of an OpenAI stream delta besides `content` (compatible servers add reasoning). */
const STREAM_TEXT_FIELDS: ReadonlySet<string> = new Set(['refusal', 'reasoning_content', 'reasoning']);

/** A chunk whose only text is being held back (a partial token) carries nothing yet: skip it. */
function isHeldBack(chunk: OpenAIChatChunk): boolean {
  if (chunk.usage || !chunk.choices?.length) return false;
  return chunk.choices.every((ch) => {
    const d = ch.delta ?? {};
    const keys = Object.keys(d);
    return !ch.finish_reason && d.content === '' && keys.every((k) => k === 'content') && keys.length === 1;
  });
}

/**
 * Anthropic streams: text, thinking and tool input restored per content block. A block that is
 * still open when the message ends (or the stream stops) without its content_block_stop gets what
 * is still held for it in one last delta of its kind.
 */
async function streamAnthropic(gw: Gateway, ctx: CallContext, route: Route, reply: FastifyReply, source: AsyncIterable<AnthropicStreamEvent>, minted: ReadonlyMap<string, string>, given?: ReadonlySet<string>) {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  if (!first.done) checkAnthropicStreamEvent(first.value);
  const held = new HeldText(await hiddenFields(gw, ctx));
  startSse(reply);
  const resolve = resolver(gw, ctx, minted);
  const restorers = new Map<number, { r: StreamRestorer; kind: 'text' | 'json' | 'thinking' }>();
  const send = (ev: AnthropicStreamEvent) => write(reply, `event: ${ev.type}\ndata: ${JSON.stringify(ev)}\n\n`);
  const scanners = new Map<number, StreamScanner>();
  // What the scan found in text that arrived whole (citations, a block's start).
  const wholeCounts: TypeCounts[] = [];
  // Blocks fed and not yet ended.
  const open = new Set<number>();
  /** A piece of a block's text, thinking or tool input: scanned, then restored (a partial token held back). */
  const feed = (index: number, kind: 'text' | 'json' | 'thinking', text: string) => {
    open.add(index);
    let entry = restorers.get(index);
    if (!entry) restorers.set(index, (entry = { r: new StreamRestorer(resolve, kind === 'json' ? { encode: escapeJsonString } : {}), kind }));
    let sc = scanners.get(index);
    if (!sc) scanners.set(index, (sc = new StreamScanner(gw.services.config.outputPhi, gw.detector, given)));
    return entry.r.push(sc.push(text));
  };
  /** The end of block `index`: what is still held for it, scanned and restored, goes out as one delta of its kind. */
  const closeBlock = async (index: number) => {
    open.delete(index);
    const entry = restorers.get(index);
    const scanned = scanners.get(index)?.flush() ?? '';
    let tail = entry ? (await entry.r.push(scanned)) + (await entry.r.flush()) : '';
    if (held.active && entry?.kind === 'text') tail = held.release(String(index), tail);
    if (entry && tail) {
      send({
        type: 'content_block_delta',
        index,
        delta:
          entry.kind === 'text'
            ? { type: 'text_delta', text: tail }
            : entry.kind === 'thinking'
              ? { type: 'thinking_delta', thinking: tail }
              : { type: 'input_json_delta', partial_json: tail },
      });
    }
  };
  /** Blocks left open (no content_block_stop): released before the message ends, or when the stream stops. */
  const closeOpenBlocks = async () => {
    for (const i of [...open].sort((a, b) => a - b)) await closeBlock(i);
  };
  /** Text that arrives whole: scanned with the output policy, then restored. */
  const whole = async (slots: Slot[]) => {
    if (slots.length === 0) return;
    wholeCounts.push(scanOutput(slots, gw.services.config.outputPhi, gw.detector, given));
    await restoreSlots(slots, resolve);
  };
  try {
    for (let step = first; !step.done; step = await it.next()) {
      // Read against the allowlist: an event type phigate does not know is not passed on; fields
      // it does not know that have room for text are dropped. Text that arrives whole (a block's
      // start, a citation, the stop sequence) is scanned and restored whole; deltas below.
      const wholeSlots = anthropicEventSlots(step.value);
      if (!wholeSlots) continue;
      const ev = step.value;
      await whole(wholeSlots);
      if (ev.type === 'message_delta' || ev.type === 'message_stop') await closeOpenBlocks();
      if (ev.type === 'content_block_delta') {
        const d = ev.delta as { type: string; text?: string; partial_json?: string; thinking?: string };
        if (d.type === 'signature_delta' || d.type === 'citations_delta') {
          /* the vendor's signature of its own thinking (opaque); a citation (scanned whole above) */
        } else if (d.type === 'thinking_delta' && typeof d.thinking === 'string') {
          d.thinking = await feed(ev.index, 'thinking', d.thinking);
        } else if (d.type === 'text_delta' && typeof d.text === 'string') {
          d.text = await feed(ev.index, 'text', d.text);
          if (held.active) {
            held.hold(String(ev.index), d.text);
            continue; // sent whole at the block's end
          }
        } else if (d.type === 'input_json_delta' && typeof d.partial_json === 'string') {
          d.partial_json = await feed(ev.index, 'json', d.partial_json);
        } else continue; // a delta phigate does not know is not passed on unexamined
      } else if (ev.type === 'content_block_stop') {
        await closeBlock(ev.index);
      }
      send(ev);
    }
    // A stream that stopped with blocks still open releases what is held for them.
    await closeOpenBlocks();
    await finishStream(gw, ctx, route, mergeCounts([...[...scanners.values()].map((sc) => sc.counts), ...wholeCounts]));
  } catch (e) {
    const s = safeError(e);
    write(reply, `event: error\ndata: ${JSON.stringify(apiErrorBody('anthropic', s.code, s.message, s.status))}\n\n`);
    await auditRefusal(gw, reply.request, ctx, 'model_call', route, e);
  } finally {
    reply.raw.end();
  }
}

/** Identifier counts of several scans, added up per kind. */
const mergeCounts = (all: TypeCounts[]): TypeCounts => {
  const out: TypeCounts = {};
  for (const c of all) for (const [k, v] of Object.entries(c)) out[k] = (out[k] ?? 0) + v;
  return out;
};

/** After a stream: what the scanners found in the answer, and the end of the restore, are recorded. */
async function finishStream(gw: Gateway, ctx: CallContext, route: Route, flagged: TypeCounts) {
  await audit(gw, ctx, [...outputEvents(gw, ctx, route, flagged), { ...auditBase(ctx, 'detokenize'), subtype: 'stream_end', vendor: route.vendor, model: route.model, outcome: 'success' }]);
}
