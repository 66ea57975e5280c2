// The public operations: detect, then transform according to a policy.
import { detect, detectMany } from './detect.js';
import { dateShiftValue, generalize, redactMarker, surrogate, type Operator, type OperatorContext, type OperatorKeys, type Tokenizer } from './operators.js';
import { builtinPolicy, operatorFor, parsePolicy, policyUses, type Policy, type PolicyInput } from './policy.js';
import { DeidError, type PhiType, type Span } from './types.js';

export interface DeidOptions {
  /** A policy object, or the name of a built-in policy. Default: "redact". */
  policy?: Policy | PolicyInput | string;
  /** Needed when the policy uses the `token` operator. */
  tokenizer?: Tokenizer;
  /** Secrets for `surrogate` and `date-shift`. */
  keys?: OperatorKeys;
  /** Surrogates are consistent within a tenant. */
  tenantId?: string;
  /** Dates of one patient shift by one offset. */
  patientId?: string;
  /**
   * The detector to use (default: `detect`). For a caller that wraps it, e.g. with a cache of
   * texts it has already seen; it must return what `detect(text, options)` returns.
   */
  detector?: typeof detect;
  /** The same for many texts at once (default: `detectMany`); it must return what `detectMany(texts, options)` returns. */
  detectorMany?: typeof detectMany;
}

export interface DeidResult {
  text: string;
  /** Identifiers found, as offsets into the input text. */
  spans: Span[];
}

/** Resolved options, shared by every value of one call. */
export class Session {
  readonly policy: Policy;
  readonly ctx: OperatorContext;
  constructor(readonly opts: DeidOptions) {
    const p = opts.policy ?? 'redact';
    this.policy = typeof p === 'string' ? builtinPolicy(p) : parsePolicy(p);
    this.ctx = { keys: opts.keys ?? {}, tenantId: opts.tenantId ?? '', patientId: opts.patientId ?? '' };
    if (policyUses(this.policy, 'token') && !opts.tokenizer) throw new DeidError('tokenizer_required', 'the policy uses the token operator but no tokenizer was given');
    if (policyUses(this.policy, 'surrogate') && !opts.keys?.surrogate) throw new DeidError('key_required', 'the policy uses surrogates but no surrogate key was given');
    if (policyUses(this.policy, 'date-shift') && !opts.keys?.dateShift) throw new DeidError('key_required', 'the policy shifts dates but no date-shift key was given');
  }

  detect(text: string): Span[] {
    return (this.opts.detector ?? detect)(text, { types: this.policy.detectTypes, allow: this.policy.allow, deny: this.policy.deny });
  }

  /** The identifiers of many texts, each what `detect` gives it (detectMany: faster over many short texts). */
  detectMany(texts: readonly string[]): Span[][] {
    if (!this.opts.detectorMany && this.opts.detector) return texts.map((t) => this.detect(t));
    return (this.opts.detectorMany ?? detectMany)(texts, { types: this.policy.detectTypes, allow: this.policy.allow, deny: this.policy.deny });
  }

  /** Replacements for many values at once (one tokenizer round trip). */
  async replace(items: readonly { type: PhiType; value: string; operator?: Operator }[]): Promise<string[]> {
    const out: string[] = new Array(items.length);
    const toTokenize: { type: PhiType; value: string }[] = [];
    const where: number[] = [];
    items.forEach((item, i) => {
      const op = item.operator ?? operatorFor(this.policy, item.type);
      switch (op) {
        case 'keep':
          out[i] = item.value;
          break;
        case 'redact':
          out[i] = redactMarker(item.type);
          break;
        case 'generalize':
          out[i] = generalize(item.type, item.value);
          break;
        case 'date-shift':
          out[i] = item.type === 'DATE' ? dateShiftValue(item.value, this.ctx) : redactMarker(item.type);
          break;
        case 'surrogate':
          out[i] = surrogate(item.type, item.value, this.ctx);
          break;
        case 'token':
          toTokenize.push({ type: item.type, value: item.value });
          where.push(i);
          break;
      }
    });
    if (toTokenize.length) {
      const tokenizer = this.opts.tokenizer;
      if (!tokenizer) throw new DeidError('tokenizer_required', 'the policy uses the token operator but no tokenizer was given');
      const tokens = await tokenizer.tokenize(toTokenize);
      if (!Array.isArray(tokens) || tokens.length !== toTokenize.length) throw new DeidError('tokenizer_failed', 'the tokenizer returned a wrong number of tokens');
      where.forEach((i, k) => {
        out[i] = tokens[k] as string;
      });
    }
    return out;
  }

  /** Detects and transforms one text (`spans`: its identifiers when they were found already, see detectMany). */
  async text(text: string, spans: Span[] = this.detect(text)): Promise<DeidResult> {
    if (spans.length === 0) return { text, spans };
    const repl = await this.replace(spans.map((s) => ({ type: s.type, value: text.slice(s.start, s.end) })));
    return { text: splice(text, spans, repl), spans };
  }
}

/** Replaces each span by its replacement (spans sorted, not overlapping). */
export function splice(text: string, spans: readonly Span[], replacements: readonly string[]): string {
  const parts: string[] = [];
  let last = 0;
  spans.forEach((s, i) => {
    parts.push(text.slice(last, s.start), replacements[i] ?? redactMarker(s.type));
    last = s.end;
  });
  parts.push(text.slice(last));
  return parts.join('');
}

/** Detects the identifiers in `text` and transforms them according to the policy. */
export async function deidentifyText(text: string, options: DeidOptions = {}): Promise<DeidResult> {
  if (typeof text !== 'string') throw new DeidError('invalid_input', 'text must be a string');
  return new Session(options).text(text);
}

/**
 * Many texts: each gets what deidentifyText gives it, with its own patient (date shifts), or the error that stopped it
 * (the others go on). Detection runs over all of them at once (detectMany), which is faster over many short texts.
 */
export async function deidentifyTexts(items: readonly { text: string; patientId?: string }[], options: DeidOptions = {}): Promise<(DeidResult | Error)[]> {
  const first = new Session(options);
  const texts = items.map((it) => (typeof it?.text === 'string' ? it.text : ''));
  let spans: Span[][] | undefined;
  try {
    spans = first.detectMany(texts);
  } catch {
    // Each text alone, below: an error then belongs to the text that caused it.
  }
  const out: (DeidResult | Error)[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    try {
      if (typeof it?.text !== 'string') throw new DeidError('invalid_input', 'text must be a string');
      const patientId = it.patientId ?? options.patientId;
      const session = patientId === first.ctx.patientId ? first : new Session({ ...options, patientId });
      out.push(await session.text(it.text, spans?.[i] ?? session.detect(it.text)));
    } catch (e) {
      out.push(e instanceof Error ? e : new DeidError('deid_failed', 'de-identification failed'));
    }
  }
  return out;
}
