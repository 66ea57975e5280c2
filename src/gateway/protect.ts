import { PhigateError } from '../common/index.js';
import { detect, type Span } from '../deid/index.js';
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
  detector?: Detector;
}

/**
 * Replaces every identifier in the slots by its vault token, with one vault round trip for the
 * whole request. Returns the counts per identifier kind (for the audit record: kinds and counts,
 * never values).
 */
export async function tokenizeSlots(slots: Slot[], ctx: ProtectContext): Promise<TypeCounts> {
  const found = slots.map((slot) => ({ slot, text: slot.get(), spans: findIdentifiers(slot.get(), ctx.detector) }));
  const items: Array<{ type: string; value: string }> = [];
  for (const f of found) for (const s of f.spans) items.push({ type: s.type, value: f.text.slice(s.start, s.end) });
  const counts: TypeCounts = {};
  if (items.length === 0) return counts;
  let tokens: string[];
  try {
    tokens = [];
    for (let i = 0; i < items.length; i += 1000) {
      tokens.push(...(await ctx.vault.tokenize(ctx.tenantId, items.slice(i, i + 1000), { scope: ctx.scope, ttlSeconds: ctx.ttlSeconds })));
    }
  } catch (e) {
    if (e instanceof PhigateError && e.status < 500) throw e;
    throw new PhigateError('vault_unavailable', 'the token vault is unavailable; nothing was sent', 503);
  }
  let k = 0;
  for (const f of found) {
    if (f.spans.length === 0) continue;
    let out = '';
    let pos = 0;
    for (const s of f.spans) {
      out += f.text.slice(pos, s.start) + tokens[k++]!;
      pos = s.end;
      count(counts, s.type);
    }
    f.slot.set(out + f.text.slice(pos));
  }
  return counts;
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
