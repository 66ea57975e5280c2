export { Vault, retryConflicts, type TokenizeItem, type TokenizeOptions, type DetokenizeOptions, type VaultEntry, type PreparedPut, type PreparedBatch } from './vault.js';
export { TOKEN_PATTERN, MAX_TOKEN_LENGTH, isToken, findTokens, normalizeValue, newToken } from './token.js';
