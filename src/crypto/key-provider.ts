/**
 * Where key-encryption keys (KEKs) live. phigate never stores a KEK in its database: tenant data
 * keys are stored wrapped by one. A provider wraps and unwraps small secrets (32-byte keys) with
 * associated data (`context`) that must match on unwrap.
 *
 * Adding a cloud KMS or HashiCorp Vault Transit is one new file implementing this interface:
 *   - wrap    -> KMS Encrypt (EncryptionContext / Vault `context`) under the current key;
 *   - unwrap  -> KMS Decrypt with the same context; the key id is stored next to each wrapped key;
 *   - rotate  -> optional; most services rotate their key material themselves, then
 *                `phigate keys rewrap` re-wraps every tenant key under the newest version;
 * and one case in `createKeyProvider` (crypto/index.ts) choosing it from the configuration.
 */
export interface KeyProvider {
  /** Stable name stored beside each wrapped key ("local", "env", "aws-kms"...). */
  readonly name: string;
  /** Identifier of the KEK that `wrap` uses now. */
  currentKeyId(): string;
  wrap(plaintext: Buffer, context: Buffer): Promise<{ keyId: string; wrapped: Buffer }>;
  unwrap(keyId: string, wrapped: Buffer, context: Buffer): Promise<Buffer>;
  /** Makes a new KEK current (providers that manage their own key material). */
  rotate?(): Promise<string>;
  /** Key ids and ages for `keys status`: never key material. */
  describe(): Array<{ id: string; current: boolean; createdAt?: string }>;
}
