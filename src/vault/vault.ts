import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { PhigateError } from '../common/index.js';
import { IV_BYTES, open, rowAad, seal, sealedKeyVersion, type KeyService } from '../crypto/index.js';
import { toBuffer, type Queryable, type Store } from '../store/index.js';
import { isToken, newToken, normalizeValue, TOKEN_HEX_LENGTH, TYPE_PATTERN } from './token.js';

export interface TokenizeItem {
  type: string;
  value: string;
}

export interface TokenizeOptions {
  /** Tokens are shared only within a scope (a conversation, a request); '' = the whole tenant. */
  scope?: string;
  /** Entries made by this call expire after this many seconds (purged by `vault purge`). */
  ttlSeconds?: number;
  /**
   * The scope is new (e.g. one request's own): skip looking for existing entries and insert
   * straight away (an entry that exists after all is still found by the upsert).
   */
  newScope?: boolean;
}

export interface DetokenizeOptions {
  /** Restore only tokens made in one of these scopes (absent = any scope of the tenant). */
  scopes?: string[];
}

export interface VaultEntry {
  type: string;
  value: string;
}

const TABLE = 'vault_entries';
const TOKEN_BYTES = TOKEN_HEX_LENGTH / 2;
const MAX_BATCH = 1000;
const MAX_VALUE_BYTES = 4096;
const MAX_SCOPE = 200;

/**
 * Tokens <-> values, per tenant. Values are stored only sealed with the tenant's data key, bound to
 * their row; equal values are found by a keyed HMAC (the tenant's hmac key) of their normal form,
 * so the database never holds a value, or a hash anyone without the key could test guesses against.
 */
export class Vault {
  constructor(
    private readonly store: Store,
    private readonly keys: KeyService,
  ) {}

  /** One token per item, in order. Equal values (same tenant, scope, type) get the same token. */
  async tokenize(tenantId: string, items: TokenizeItem[], opts: TokenizeOptions = {}): Promise<string[]> {
    if (items.length === 0) return [];
    return retryConflicts(() => this.store.withTenant(tenantId, (tx) => this.tokenizeInTx(tx, tenantId, items, opts)));
  }

  /**
   * `tokenize` inside a transaction the caller holds (bound to the tenant), so that the tokens
   * commit or roll back together with what the caller writes beside them (e.g. the audit event).
   * On a unique-key conflict or deadlock the caller should retry the whole transaction
   * (`retryConflicts`).
   */
  async tokenizeInTx(tx: Queryable, tenantId: string, items: TokenizeItem[], opts: TokenizeOptions = {}): Promise<string[]> {
    if (items.length === 0) return [];
    if (items.length > MAX_BATCH) throw new PhigateError('vault_batch_too_large', `at most ${MAX_BATCH} values per call`, 413);
    const scope = checkScope(opts.scope);
    for (const it of items) {
      if (!TYPE_PATTERN.test(it.type)) throw new PhigateError('vault_type_invalid', 'identifier type must match [A-Z][A-Z0-9_]*', 400);
      if (typeof it.value !== 'string' || it.value.length === 0 || Buffer.byteLength(it.value) > MAX_VALUE_BYTES) {
        throw new PhigateError('vault_value_invalid', `values must be 1 to ${MAX_VALUE_BYTES} bytes`, 400);
      }
    }
    const expiresAt = opts.ttlSeconds && opts.ttlSeconds > 0 ? new Date(Date.now() + opts.ttlSeconds * 1000) : null;
    return this.tokenizeIn(tx, tenantId, items, scope, expiresAt, opts.newScope === true);
  }

  private async tokenizeIn(tx: Queryable, tenantId: string, items: TokenizeItem[], scope: string, expiresAt: Date | null, newScope = false) {
    const { key: hmacKey } = await this.keys.currentKey(tx, tenantId, 'hmac');
    const lookups = items.map((it) =>
      createHmac('sha256', hmacKey).update(`${scope}\0${it.type}\0${normalizeValue(it.value)}`).digest('hex'),
    );
    const byLookup = new Map<string, string>();
    const distinct = [...new Set(lookups)];
    if (!newScope) {
      const found = await tx.query<{ lookup: string; token: string }>(
        `select encode(lookup, 'hex') as lookup, token from vault_entries
          where tenant_id = $1 and scope = $2
            and lookup = any (select decode(x, 'hex') from unnest($3::text[]) as x)
            and (expires_at is null or expires_at > now())`,
        [tenantId, scope, distinct],
      );
      for (const r of found.rows) byLookup.set(r.lookup, r.token);
    }
    const missing: number[] = [];
    const seen = new Set<string>();
    lookups.forEach((l, i) => {
      if (!byLookup.has(l) && !seen.has(l)) {
        seen.add(l);
        missing.push(i);
      }
    });
    if (missing.length > 0) {
      // Insert in one global order (type, lookup) so concurrent batches lock index entries in the
      // same order and cannot deadlock each other.
      missing.sort((x, y) => {
        const a = `${items[x]!.type}\0${lookups[x]}`;
        const b = `${items[y]!.type}\0${lookups[y]}`;
        return a < b ? -1 : a > b ? 1 : 0;
      });
      // One statement of fixed text whatever the batch size: columns as arrays, unnested by the
      // server. Randomness (token hex, nonces) is drawn once per batch.
      const dataKey = await this.keys.currentKey(tx, tenantId, 'data'); // once per batch
      const random = randomBytes(missing.length * (TOKEN_BYTES + IV_BYTES));
      const cols = { id: [] as string[], type: [] as string[], lookup: [] as string[], token: [] as string[], ct: [] as string[] };
      missing.forEach((i, k) => {
        const it = items[i]!;
        const id = randomUUID();
        const at = k * (TOKEN_BYTES + IV_BYTES);
        const iv = random.subarray(at + TOKEN_BYTES, at + TOKEN_BYTES + IV_BYTES);
        cols.id.push(id);
        cols.type.push(it.type);
        cols.lookup.push(lookups[i]!);
        cols.token.push(newToken(it.type, random.subarray(at, at + TOKEN_BYTES)));
        cols.ct.push(seal(dataKey.key, dataKey.version, Buffer.from(it.value, 'utf8'), rowAad(tenantId, TABLE, id), iv).toString('hex'));
      });
      // Two callers inserting the same value at once: the unique (tenant, scope, type, lookup)
      // makes one row win; both get its token back.
      const ins = await tx.query<{ lookup: string; token: string }>(
        `insert into vault_entries (id, tenant_id, scope, type, lookup, token, ciphertext, expires_at)
         select u.id::uuid, $1::uuid, $2, u.type, decode(u.lookup, 'hex'), u.token, decode(u.ct, 'hex'), $3::timestamptz
           from unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) with ordinality as u(id, type, lookup, token, ct, n)
          order by u.n
         on conflict (tenant_id, scope, type, lookup) do update set expires_at =
           case when vault_entries.expires_at is null or excluded.expires_at is null then null
                else greatest(vault_entries.expires_at, excluded.expires_at) end
         returning encode(lookup, 'hex') as lookup, token`,
        [tenantId, scope, expiresAt, cols.id, cols.type, cols.lookup, cols.token, cols.ct],
      );
      for (const r of ins.rows) byLookup.set(r.lookup, r.token);
    }
    return lookups.map((l) => {
      const t = byLookup.get(l);
      if (!t) throw new PhigateError('vault_inconsistent', 'a value could not be tokenized', 500);
      return t;
    });
  }

  /** Restores the tenant's tokens; tokens of other tenants, expired or unknown ones are absent from the map. */
  async detokenize(tenantId: string, tokens: string[], opts: DetokenizeOptions = {}): Promise<Map<string, VaultEntry>> {
    const out = new Map<string, VaultEntry>();
    const wanted = [...new Set(tokens.filter(isToken))];
    if (wanted.length === 0) return out;
    if (wanted.length > MAX_BATCH) throw new PhigateError('vault_batch_too_large', `at most ${MAX_BATCH} tokens per call`, 413);
    const scopes = opts.scopes?.map((s) => checkScope(s));
    return this.store.withTenant(tenantId, async (tx) => {
      const r = await tx.query<{ id: string; type: string; token: string; ciphertext: unknown }>(
        `select id, type, token, ciphertext from vault_entries
          where tenant_id = $1 and token = any ($2::text[])
            and (expires_at is null or expires_at > now())
            ${scopes ? 'and scope = any ($3::text[])' : ''}`,
        scopes ? [tenantId, wanted, scopes] : [tenantId, wanted],
      );
      const keyByVersion = new Map<number, Buffer>(); // once per key version per batch
      for (const row of r.rows) {
        const sealed = toBuffer(row.ciphertext);
        const version = sealedKeyVersion(sealed);
        let key = keyByVersion.get(version);
        if (!key) {
          key = await this.keys.key(tx, tenantId, 'data', version);
          keyByVersion.set(version, key);
        }
        const value = open(key, sealed, rowAad(tenantId, TABLE, row.id));
        out.set(row.token, { type: row.type, value: value.toString('utf8') });
      }
      return out;
    });
  }

  /**
   * Deletes up to `limit` expired entries of the tenant in the caller's transaction (so the purge
   * and its audit record commit together); returns how many. Expired entries are never restored,
   * and keeping them would only grow the table and the chance that a new random token collides.
   */
  async purgeExpiredIn(tx: Queryable, tenantId: string, limit = 10_000): Promise<number> {
    const r = await tx.query<{ n: number }>(
      `with gone as (
         delete from vault_entries where id in (
           select id from vault_entries
            where tenant_id = $1 and expires_at is not null and expires_at <= now()
            limit $2)
         returning 1)
       select count(*)::int as n from gone`,
      [tenantId, limit],
    );
    return Number(r.rows[0]?.n ?? 0);
  }
}

/**
 * Runs a transaction again when it lost a race: a random token collided with another value's
 * token (unique (tenant_id, token)), or concurrent writers deadlocked or failed to serialise.
 */
export async function retryConflicts<T>(run: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      const code = (e as { code?: string }).code;
      if ((code === '23505' || code === '40P01' || code === '40001') && attempt < attempts) continue;
      throw e;
    }
  }
}

function checkScope(scope: string | undefined): string {
  const s = scope ?? '';
  if (s.length > MAX_SCOPE || !/^[A-Za-z0-9._:@-]*$/.test(s)) {
    throw new PhigateError('vault_scope_invalid', `scope must be up to ${MAX_SCOPE} characters of [A-Za-z0-9._:@-]`, 400);
  }
  return s;
}
