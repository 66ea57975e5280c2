/**
 * Streaming token restorer.
 *
 * De-identified prompts carry vault tokens such as `[[NAME_7F3A9C1B]]`. A model answer may repeat
 * them, and a streamed answer may split one token across any number of chunks. `StreamRestorer`
 * turns a stream of text deltas back into restored text while holding back only what could still
 * be the beginning of a token: a trailing `[`, `[[`, `[[NAM`, `[[NAME_7F3A`, `[[NAME_7F3A9C1B]`.
 * Everything else is emitted at once, so text without tokens passes through with no hold-back.
 *
 * Values come from a resolver (the vault, filtered by what the caller may see). A token the
 * resolver does not return is left exactly as it is.
 */

/** Longest type name (the part before `_HEX`) a token may have, as in src/vault/token.ts (TYPE_PATTERN). Tokens with longer types are not tokens. */
export const MAX_TOKEN_TYPE_LENGTH = 32;

/** Source of the token pattern: `[[TYPE_HEX8]]`, TYPE = `[A-Z][A-Z0-9_]*` of at most MAX_TOKEN_TYPE_LENGTH characters. */
export const TOKEN_PATTERN_SOURCE = `\\[\\[([A-Z][A-Z0-9_]{0,${MAX_TOKEN_TYPE_LENGTH - 1}})_([0-9A-F]{8})\\]\\]`;

/**
 * Global regex matching one complete token; group 1 is the type, group 2 the 8 hex digits.
 * It is global (stateful `lastIndex`): prefer `new RegExp(TOKEN_RE)` or `String.prototype.matchAll`.
 */
export const TOKEN_RE = new RegExp(TOKEN_PATTERN_SOURCE, 'g');

/** Length of the longest possible token: `[[` + type + `_` + 8 hex + `]]`. */
export const MAX_TOKEN_LENGTH = 2 + MAX_TOKEN_TYPE_LENGTH + 1 + 8 + 2;

/** Given the distinct tokens found (full text, e.g. `[[NAME_7F3A9C1B]]`), returns the values the caller may see. */
export type TokenResolver = (tokens: string[]) => Promise<Map<string, string>> | Map<string, string>;

export interface RestoreOptions {
  /**
   * Applied to each restored value before it is inserted, e.g. `escapeJsonString` when the text is
   * the inside of a JSON string (streamed tool-call arguments). Identity by default.
   */
  encode?: (value: string) => string;
}

/** Escapes a value for insertion inside a JSON string literal (without the surrounding quotes). */
export function escapeJsonString(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

const BODY_CHAR = /[A-Z0-9_]/;
const FULL_BODY = new RegExp(`^[A-Z][A-Z0-9_]{0,${MAX_TOKEN_TYPE_LENGTH - 1}}_[0-9A-F]{8}$`);
const HEX_PREFIX = /^[0-9A-F]{0,8}$/;

/** True when `b` (type-start letter then `[A-Z0-9_]*`) can still be extended into `TYPE_HEX8`. */
function couldStartBody(b: string): boolean {
  if (b.length <= MAX_TOKEN_TYPE_LENGTH) return true; // still a possible type
  // Otherwise the type must already have ended at some `_` no later than the maximum type length.
  for (let k = b.indexOf('_', 1); k !== -1 && k <= MAX_TOKEN_TYPE_LENGTH; k = b.indexOf('_', k + 1)) {
    if (HEX_PREFIX.test(b.slice(k + 1))) return true;
  }
  return false;
}

/**
 * True when `s` (which starts with `[`) is a proper prefix of some token, i.e. more text could
 * still complete it into a token. A complete token is not a partial one.
 */
export function isPartialToken(s: string): boolean {
  const n = s.length;
  if (n === 0 || n >= MAX_TOKEN_LENGTH || s[0] !== '[') return false;
  if (n === 1) return true;
  if (s[1] !== '[') return false;
  if (n === 2) return true;
  if (!/[A-Z]/.test(s[2] ?? '')) return false;
  // `[[` + body chars, possibly followed by one `]` after a complete body.
  let i = 3;
  while (i < n && BODY_CHAR.test(s[i] ?? '')) i++;
  const body = s.slice(2, i);
  if (i === n) return couldStartBody(body);
  // Remaining text must be exactly one `]` after a complete body.
  return i === n - 1 && s[i] === ']' && FULL_BODY.test(body);
}

/** Index from which `text` must be held back (text.length when nothing needs to be). */
export function holdBackIndex(text: string): number {
  const start = Math.max(0, text.length - (MAX_TOKEN_LENGTH - 1));
  let p = text.indexOf('[', start);
  while (p !== -1) {
    if (isPartialToken(text.slice(p))) return p;
    p = text.indexOf('[', p + 1);
  }
  return text.length;
}

async function replaceTokens(text: string, resolve: TokenResolver, encode: (v: string) => string): Promise<string> {
  if (text.indexOf('[[') === -1) return text;
  const re = new RegExp(TOKEN_PATTERN_SOURCE, 'g');
  const found = new Set<string>();
  for (const m of text.matchAll(re)) found.add(m[0]);
  if (found.size === 0) return text;
  const values = await resolve([...found]);
  return text.replace(re, (tok) => {
    const v = values.get(tok);
    return v === undefined ? tok : encode(v);
  });
}

/** Restores every token in a complete text (non-streaming answers). Unknown tokens stay as they are. */
export function restoreText(text: string, resolve: TokenResolver, options: RestoreOptions = {}): Promise<string> {
  return replaceTokens(text, resolve, options.encode ?? identity);
}

const identity = (v: string): string => v;

/**
 * Restores tokens in a stream of text deltas. Call `push` for each delta and send what it returns
 * (possibly ''), then `flush` once at the end of the stream. Calls are serialised internally, so
 * results come back in order even if a caller does not await each one before the next.
 */
export class StreamRestorer {
  private buffer = '';
  private queue: Promise<unknown> = Promise.resolve();
  private readonly resolve: TokenResolver;
  private readonly encode: (v: string) => string;

  constructor(resolve: TokenResolver, options: RestoreOptions = {}) {
    this.resolve = resolve;
    this.encode = options.encode ?? identity;
  }

  /** Characters currently held back (a possible partial token). */
  get held(): number {
    return this.buffer.length;
  }

  /** Adds a delta; resolves to the text that can be emitted now, tokens restored. */
  push(delta: string): Promise<string> {
    return this.enqueue(() => {
      const text = this.buffer + delta;
      const cut = holdBackIndex(text);
      this.buffer = text.slice(cut);
      return replaceTokens(text.slice(0, cut), this.resolve, this.encode);
    });
  }

  /** Ends the stream: resolves to everything still held back (a partial token is emitted as is). */
  flush(): Promise<string> {
    return this.enqueue(() => {
      const text = this.buffer;
      this.buffer = '';
      return replaceTokens(text, this.resolve, this.encode);
    });
  }

  private enqueue(fn: () => Promise<string>): Promise<string> {
    const next = this.queue.then(fn);
    // Keep the chain alive after a failure; the failing call still rejects for its caller.
    this.queue = next.catch(() => undefined);
    return next;
  }
}
