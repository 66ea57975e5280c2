import { PhigateError } from '../common/index.js';
import { deidentifyText, detect, type OperatorKeys, type PhiType, type Policy, type Span, type Tokenizer } from '../deid/index.js';
import { normalizeValue, type Vault } from '../vault/index.js';
import { escapeJsonString, restoreText } from './restore-stream.js';
import type { Slot } from './slots.js';

export type TypeCounts = Record<string, number>;

const count = (counts: TypeCounts, type: string, n = 1) => {
  counts[type] = (counts[type] ?? 0) + n;
};

export type Detector = (text: string) => Span[];

/** Identifier spans of a text, sorted, without overlaps (the longest wins). */
export function findIdentifiers(text: string, detector: Detector = detect): Span[] {
  let spans: Span[];
  try {
    spans = detector(text);
  } catch {
    throw new PhigateError('deid_failed', 'de-identification failed; nothing was sent', 500);
  }
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
  vault: Vault;
  tenantId: string;
  scope: string;
  ttlSeconds: number;
  /** The gateway's de-identification policy (PHIGATE_GATEWAY_POLICY; default: every identifier tokenized). */
  policy: Policy;
  /** Secrets for surrogate and date-shift operators, derived per tenant. */
  keys: OperatorKeys;
  patientId?: string;
}

/**
 * Collects the tokenize calls that the texts of one request make in the same tick and serves them
 * with one vault round trip.
 */
class BatchingTokenizer implements Tokenizer {
  private pending: Array<{ items: readonly { type: PhiType; value: string }[]; resolve: (t: string[]) => void; reject: (e: unknown) => void }> = [];
  /** Token -> value for everything this request tokenized: its answer is restored from here first. */
  readonly minted = new Map<string, string>();

  constructor(private readonly ctx: ProtectContext) {}

  tokenize(items: readonly { type: PhiType; value: string }[]): Promise<string[]> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ items, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const all = batch.flatMap((b) => b.items);
    try {
      const tokens: string[] = [];
      for (let i = 0; i < all.length; i += 1000) {
        tokens.push(...(await this.ctx.vault.tokenize(this.ctx.tenantId, all.slice(i, i + 1000), { scope: this.ctx.scope, ttlSeconds: this.ctx.ttlSeconds })));
      }
      all.forEach((it, i) => this.minted.set(tokens[i]!, it.value));
      let k = 0;
      for (const b of batch) {
        b.resolve(tokens.slice(k, k + b.items.length));
        k += b.items.length;
      }
    } catch (e) {
      const err = e instanceof PhigateError && e.status < 500 ? e : new PhigateError('vault_unavailable', 'the token vault is unavailable; nothing was sent', 503);
      for (const b of batch) b.reject(err);
    }
  }
}

export interface Protected {
  /** Identifiers found, per kind (for the audit record: kinds and counts, never values). */
  counts: TypeCounts;
  /** The tokens this request minted, with their values (kept in memory for this request only). */
  minted: ReadonlyMap<string, string>;
}

/**
 * De-identifies every slot with the gateway policy (tokens by default), with one vault round trip
 * for the whole request.
 */
export async function protectSlots(slots: Slot[], ctx: ProtectContext): Promise<Protected> {
  const tokenizer = new BatchingTokenizer(ctx);
  const results = await Promise.all(
    slots.map((slot) =>
      deidentifyText(slot.get(), {
        policy: ctx.policy,
        tokenizer,
        keys: ctx.keys,
        tenantId: ctx.tenantId,
        ...(ctx.patientId ? { patientId: ctx.patientId } : {}),
      }),
    ),
  );
  const counts: TypeCounts = {};
  results.forEach((r, i) => {
    if (r.spans.length === 0) return;
    slots[i]!.set(r.text);
    for (const sp of r.spans) count(counts, sp.type);
  });
  return { counts, minted: tokenizer.minted };
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
  const counts: TypeCounts = {};
  for (const slot of slots) {
    const text = slot.get();
    const spans = findIdentifiers(text, detector).filter((sp) => !given?.has(normalizeValue(text.slice(sp.start, sp.end))));
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
