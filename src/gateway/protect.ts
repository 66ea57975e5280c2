import { PhigateError } from '../common/index.js';
import { deidentifyTexts, detect, detectMany, type DetectOptions, type OperatorKeys, type PhiType, type Policy, type Span, type Tokenizer } from '../deid/index.js';
import { randomBytesPooled } from '../crypto/index.js';
import { normalizeValue } from '../vault/index.js';
import { escapeJsonString, restoreText } from './restore-stream.js';
import type { Slot } from './slots.js';

export type TypeCounts = Record<string, number>;

const count = (counts: TypeCounts, type: string, n = 1) => {
  counts[type] = (counts[type] ?? 0) + n;
};

export type Detector = (text: string) => Span[];

/** The error of a request whose texts the detector could not read (fail closed: nothing was sent). */
export function deidFailed(): PhigateError {
  return new PhigateError('deid_failed', 'de-identification failed; nothing was sent', 500);
}

/** Identifier spans of a text, sorted, without overlaps (the longest wins). */
export function findIdentifiers(text: string, detector: Detector = detect): Span[] {
  let spans: Span[];
  try {
    spans = detector(text);
  } catch {
    throw deidFailed();
  }
  return tidySpans(spans);
}

/** Spans sorted, without overlaps (the longest wins) and without empty ones. */
function tidySpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    if (s.end > s.start) out.push(s);
  }
  return out;
}

export interface ProtectContext {
  tenantId: string;
  /** The gateway's de-identification policy (PHIGATE_GATEWAY_POLICY; default: every identifier tokenized). */
  policy: Policy;
  /** Secrets for surrogate and date-shift operators, derived per tenant. */
  keys: OperatorKeys;
  patientId?: string;
  /** The detector for the request's texts (default: the library's `detect`; the gateway's remembers texts it has read). */
  detector?: typeof detect;
  /** The same for the request's texts at once (the gateway's shares that memory). */
  detectorMany?: typeof detectMany;
  /**
   * Reads the request's texts with those of other requests that arrived in the same turn of the event loop
   * (DetectBatcher). When given, the texts are read through it first; its spans are used only if its options are
   * those the policy asks for (the same kinds, allow and deny lists), and a failed read falls back to the detectors
   * above.
   */
  detectBatch?: { readonly options: DetectOptions; detect(texts: readonly string[]): Promise<Span[][]> };
  /**
   * Stores the values to tokenize and writes the audit events of the request, in one transaction:
   * either both happen or neither (and nothing is sent). Returns one token per item, in order.
   */
  commit(items: Array<{ type: PhiType; value: string }>, counts: TypeCounts): Promise<string[]>;
}

/**
 * Hands out placeholders instead of tokens while the texts are de-identified, so that every value
 * of the request can then be tokenized, with the audit record, in one transaction.
 */
class PlaceholderTokenizer implements Tokenizer {
  readonly items: Array<{ type: PhiType; value: string }> = [];
  private readonly tag = randomBytesPooled(6).toString('hex');

  async tokenize(items: readonly { type: PhiType; value: string }[]): Promise<string[]> {
    return items.map((it) => `\uE000${this.tag}:${this.items.push({ type: it.type, value: it.value }) - 1}\uE001`);
  }

  /** `text` with this request's placeholders replaced by their tokens (others' left as they are). */
  replace(text: string, tokens: readonly string[]): string {
    // One expression for every request (compiled once); the tag is checked per match.
    return text.replace(PLACEHOLDER, (m, tag: string, n: string) => (tag === this.tag ? tokens[Number(n)]! : m));
  }
}

/** A placeholder of any request: private-use delimiters around `<12 hex tag>:<index>`. */
const PLACEHOLDER = /\uE000([0-9a-f]{12}):(\d+)\uE001/g;

export interface Protected {
  /** Identifiers found, per kind (for the audit record: kinds and counts, never values). */
  counts: TypeCounts;
  /** The tokens this request minted, with their values (kept in memory for this request only). */
  minted: ReadonlyMap<string, string>;
}

/**
 * De-identifies every slot with the gateway policy (tokens by default). The vault writes and the
 * audit record of the request share one transaction and one round trip to the store.
 */
export async function protectSlots(slots: Slot[], ctx: ProtectContext): Promise<Protected> {
  const placeholders = new PlaceholderTokenizer();
  const texts = slots.map((slot) => slot.get());
  // (The texts the detector has not read yet are read together: detectMany; with other requests' texts when a
  // batcher is given, whose spans are then handed to the de-identification of exactly these texts.)
  let detectorMany = ctx.detectorMany;
  const batch = ctx.detectBatch;
  // (A read that fails here is done again below, as without a batcher: text by text if need be.)
  const found = batch ? await batch.detect(texts).catch(() => undefined) : undefined;
  if (batch && found) {
    const otherwise = ctx.detectorMany ?? detectMany;
    const o = batch.options;
    detectorMany = (ts, options = {}) =>
      ts.length === texts.length && ts.every((t, i) => t === texts[i]) && options.types === o.types && options.allow === o.allow && options.deny === o.deny
        ? found
        : otherwise(ts, options);
  }
  const done = await deidentifyTexts(
    texts.map((text) => ({ text })),
    {
      policy: ctx.policy,
      tokenizer: placeholders,
      keys: ctx.keys,
      tenantId: ctx.tenantId,
      ...(ctx.patientId ? { patientId: ctx.patientId } : {}),
      ...(ctx.detector ? { detector: ctx.detector } : {}),
      ...(detectorMany ? { detectorMany } : {}),
    },
  );
  const results = done.map((r) => {
    // Fail closed: any text that could not be de-identified stops the request.
    if (r instanceof Error) throw r;
    return r;
  });
  const counts: TypeCounts = {};
  for (const r of results) for (const sp of r.spans) count(counts, sp.type);
  const tokens = await ctx.commit(placeholders.items, counts);
  if (tokens.length !== placeholders.items.length) throw new PhigateError('vault_inconsistent', 'the vault returned a wrong number of tokens', 500);
  const minted = new Map<string, string>();
  placeholders.items.forEach((it, i) => minted.set(tokens[i]!, it.value));
  results.forEach((r, i) => {
    if (r.spans.length === 0) return;
    slots[i]!.set(placeholders.replace(r.text, tokens));
  });
  return { counts, minted };
}

/**
 * Whether a policy lets identifiers leave in clear (`keep`). Surrogates and shifted dates are not
 * the patient's values (the shift is a secret per patient), so they need no BAA; note that shifted
 * dates are pseudonymous, not Safe Harbor: use `safe-harbor` or `token` where that matters.
 */
export function policySendsIdentifiers(policy: Policy): boolean {
  const revealing = (op: string | undefined) => op === 'keep';
  return revealing(policy.default) || Object.values(policy.types).some(revealing) || Object.values(policy.fields).some((f) => revealing(f.operator));
}

export type OutputPolicy = 'flag' | 'redact' | 'block';

/**
 * Scans a model's answer for identifiers that are not phigate tokens (a model revealing data it
 * was not given: another patient's, memorised, injected). flag: count only; redact: replace with
 * `[TYPE]`; block: refuse the answer.
 */
export function scanOutput(slots: Slot[], policy: OutputPolicy, detector: Detector = detect, given?: ReadonlySet<string>): TypeCounts {
  return scanWith(slots, policy, (_, text) => findIdentifiers(text, detector), given);
}

/** scanOutput with the spans of slot i's text from `spansOf(i, text)`. */
function scanWith(slots: Slot[], policy: OutputPolicy, spansOf: (i: number, text: string) => Span[], given?: ReadonlySet<string>): TypeCounts {
  const counts: TypeCounts = {};
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    const text = slot.get();
    const spans = spansOf(i, text).filter((sp) => !given?.has(normalizeValue(text.slice(sp.start, sp.end))));
    if (spans.length === 0) continue;
    for (const s of spans) count(counts, s.type);
    if (policy === 'block') {
      throw new PhigateError('output_phi_blocked', 'the model answer contained identifiers it was not given; it was withheld', 502);
    }
    if (policy === 'redact') {
      let out = '';
      let pos = 0;
      for (const s of spans) {
        out += `${text.slice(pos, s.start)}[${s.type}]`;
        pos = s.end;
      }
      slot.set(out + text.slice(pos));
    }
  }
  return counts;
}

/**
 * `scanOutput` with the answer's texts read through `read` (the gateway's batcher: answers that arrive in the same
 * turn of the event loop are read together). A detector that fails is `deid_failed`, as in `findIdentifiers`.
 */
export async function scanOutputRead(
  slots: Slot[],
  policy: OutputPolicy,
  read: (texts: readonly string[]) => Promise<Span[][]>,
  given?: ReadonlySet<string>,
): Promise<TypeCounts> {
  const texts = slots.map((slot) => slot.get());
  let found: Span[][];
  try {
    found = await read(texts);
  } catch {
    throw deidFailed();
  }
  return scanWith(
    slots,
    policy,
    (i, text) => {
      const spans = found[i];
      if (!spans || text !== texts[i]) throw deidFailed();
      return tidySpans(spans);
    },
    given,
  );
}

/** The identifiers a request carried in clear (pass-through): the answer may repeat them. */
export function givenIdentifiers(slots: Slot[], detector: Detector = detect): Set<string> {
  const given = new Set<string>();
  for (const slot of slots) {
    const text = slot.get();
    for (const sp of findIdentifiers(text, detector)) given.add(normalizeValue(text.slice(sp.start, sp.end)));
  }
  return given;
}

/** Restores tokens in response slots; returns how many tokens were restored, per kind. */
export async function restoreSlots(slots: Slot[], resolve: (tokens: string[]) => Promise<Map<string, string>>): Promise<TypeCounts> {
  const counts: TypeCounts = {};
  const counting = async (tokens: string[]) => {
    const m = await resolve(tokens);
    for (const t of m.keys()) count(counts, /^\[\[([A-Z][A-Z0-9_]*)_/.exec(t)?.[1] ?? 'UNKNOWN');
    return m;
  };
  for (const slot of slots) {
    slot.set(await restoreText(slot.get(), counting, slot.json ? { encode: escapeJsonString } : {}));
  }
  return counts;
}
