import { randomBytes, randomFillSync } from 'node:crypto';

// Random bytes for the request path (token hex, nonces, placeholder tags), drawn from a buffer the
// CSPRNG fills a few kilobytes at a time, as crypto.randomUUID does: one call into OpenSSL per
// ~4 KB instead of one per request. Every byte is handed out once (the pool is never re-read
// before it is refilled); each call returns a copy of its own.
const POOL_BYTES = 4096;
const pool = Buffer.allocUnsafeSlow(POOL_BYTES);
let at = POOL_BYTES;

/** `n` fresh random bytes (same source as crypto.randomBytes). */
export function randomBytesPooled(n: number): Buffer {
  if (n > POOL_BYTES / 4) return randomBytes(n);
  if (at + n > POOL_BYTES) {
    randomFillSync(pool);
    at = 0;
  }
  const out = Buffer.allocUnsafe(n);
  pool.copy(out, 0, at, at + n);
  // Spent bytes are overwritten, so that nothing handed out stays readable in the pool.
  pool.fill(0, at, at + n);
  at += n;
  return out;
}
