import { randomBytes } from 'node:crypto';

/**
 * A vault token shows the kind of identifier it stands for and nothing else: `[[NAME_7F3A9C1B]]`.
 * The hex part is random (not derived from the value), so a token reveals nothing about it.
 */
export const TOKEN_PATTERN = /\[\[([A-Z][A-Z0-9_]*)_([0-9A-F]{8})\]\]/g;
export const TOKEN_HEX_LENGTH = 8;
export const TYPE_PATTERN = /^[A-Z][A-Z0-9_]{0,31}$/;
/** Longest possible token: `[[` + 32-char type + `_` + 8 hex + `]]`. */
export const MAX_TOKEN_LENGTH = 2 + 32 + 1 + TOKEN_HEX_LENGTH + 2;

/** A new token for `type`; `random` (TOKEN_HEX_LENGTH / 2 bytes) lets a batch draw its randomness at once. */
export function newToken(type: string, random: Buffer = randomBytes(TOKEN_HEX_LENGTH / 2)): string {
  return `[[${type}_${random.toString('hex').toUpperCase()}]]`;
}

export function isToken(s: string): boolean {
  return /^\[\[[A-Z][A-Z0-9_]*_[0-9A-F]{8}\]\]$/.test(s);
}

/** Every token in a text, in order of appearance, without repeats. */
export function findTokens(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(TOKEN_PATTERN)) seen.add(m[0]);
  return [...seen];
}

/** The normal form under which two spellings of one value share a token. */
export function normalizeValue(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}
