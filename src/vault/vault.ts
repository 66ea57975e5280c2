import { createHmac, randomUUID } from 'node:crypto';
import { PhigateError } from '../common/index.js';
import { IV_BYTES, open, randomBytesPooled, rowAad, seal, sealedKeyVersion, type KeyService } from '../crypto/index.js';
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
}

/** A put ready for `phigate_vault_put` (see `Vault.preparePut`). */
export interface PreparedPut {
  /** tenant, scope, expiry, then one array per column: ids, types, lookups (hex), tokens, sealed values (hex). */
  params: [string, string, Date | null, string[], string[], string[], string[], string[]];
  tokens(found: ReadonlyMap<string, string>): string[];
}

/** One row of values for `phigate_vault_put_batch` (see `Vault.prepareBatch`). */
export interface PreparedBatch {
  /** tenant, batch id, scope, expiry, tokens (one per distinct value), sealed values. */
  params: [string, string, string, Date, string[], Buffer];
  /** One token per item, in the items' order. */
  tokens: string[];
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
const BATCH_TABLE = 'vault_batches';
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
    const put = await this.preparePut(tx, tenantId, items, opts);
    const r = await tx.query<{ o_lookup: string; o_token: string }>(
      'select o_lookup, o_token from phigate_vault_put($1, $2, $3, $4, $5, $6, $7, $8)',
      put.params,
    );
    return put.tokens(new Map(r.rows.map((row) => [row.o_lookup, row.o_token])));
  }

  /**
   * Everything a put needs, computed here so the database does it in one statement
   * (`phigate_vault_put`, alone or inside `phigate_commit_request`): the keyed lookups, and each
   * distinct value sealed with the tenant's data key under a fresh id and random token (the
   * database keeps the existing token of a value it knows). `keys` is only read when the tenant's
   * keys are not cached. `tokens` maps the returned lookup -> token pairs back to the items' order.
   */
  async preparePut(keys: Queryable, tenantId: string, items: TokenizeItem[], opts: TokenizeOptions = {}): Promise<PreparedPut> {
    if (items.length > MAX_BATCH) throw new PhigateError('vault_batch_too_large', `at most ${MAX_BATCH} values per call`, 413);
    const scope = checkScope(opts.scope);
    checkItems(items);
    const expiresAt = opts.ttlSeconds && opts.ttlSeconds > 0 ? new Date(Date.now() + opts.ttlSeconds * 1000) : null;
    const cols = { id: [] as string[], type: [] as string[], lookup: [] as string[], token: [] as string[], ct: [] as string[] };
    const tokens = (): string[] => [];
    if (items.length === 0) return { params: [tenantId, scope, expiresAt, cols.id, cols.type, cols.lookup, cols.token, cols.ct], tokens };
    const { key: hmacKey } = await this.keys.currentKey(keys, tenantId, 'hmac');
    const lookups = items.map((it) => createHmac('sha256', hmacKey).update(`${scope}\0${it.type}\0${normalizeValue(it.value)}`).digest('hex'));
    // One row per distinct value, in one global order (type, lookup) so concurrent batches lock
    // index entries in the same order and cannot deadlock each other.
    const first = new Map<string, number>();
    lookups.forEach((l, i) => {
      if (!first.has(l)) first.set(l, i);
    });
    const order = [...first.values()].sort((x, y) => {
      const a = `${items[x]!.type}\0${lookups[x]}`;
      const b = `${items[y]!.type}\0${lookups[y]}`;
      return a < b ? -1 : a > b ? 1 : 0;
    });
    // Randomness (token hex, nonces) is drawn once per batch.
    const dataKey = await this.keys.currentKey(keys, tenantId, 'data');
    const random = randomBytesPooled(order.length * (TOKEN_BYTES + IV_BYTES));
    order.forEach((i, k) => {
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
    return {
      params: [tenantId, scope, expiresAt, cols.id, cols.type, cols.lookup, cols.token, cols.ct],
      tokens: (found) =>
        lookups.map((l) => {
          const t = found.get(l);
          if (!t) throw new PhigateError('vault_inconsistent', 'a value could not be tokenized', 500);
          return t;
        }),
    };
  }

  /** Restores the tenant's tokens; tokens of other tenants, expired or unknown ones are absent from the map. */
  async detokenize(tenantId: string, tokens: string[], opts: DetokenizeOptions = {}): Promise<Map<string, VaultEntry>> {
    const out = new Map<string, VaultEntry>();
    const wanted = [...new Set(tokens.filter(isToken))];
    if (wanted.length === 0) return out;
    if (wanted.length > MAX_BATCH) throw new PhigateError('vault_batch_too_large', `at most ${MAX_BATCH} tokens per call`, 413);
    const scopes = opts.scopes?.map((s) => checkScope(s));
    return this.store.withTenant(tenantId, async (tx) => {
      // Per-value rows, and batches of a scope of their own (tokens in order, values sealed as one
      // JSON array of [type, value]).
      const r = await tx.query<{ id: string; type: string | null; token: string | null; tokens: string[] | null; ciphertext: unknown }>(
        `select id, type, token, null::text[] as tokens, ciphertext from vault_entries
          where tenant_id = $1 and token = any ($2::text[])
            and (expires_at is null or expires_at > now())
            ${scopes ? 'and scope = any ($3::text[])' : ''}
         union all
         select id, null, null, tokens, ciphertext from vault_batches
          where tenant_id = $1 and tokens && $2::text[] and expires_at > now()
            ${scopes ? 'and scope = any ($3::text[])' : ''}`,
        scopes ? [tenantId, wanted, scopes] : [tenantId, wanted],
      );
      const keyByVersion = new Map<number, Buffer>(); // once per key version per batch
      const openRow = async (id: string, sealed: Buffer, table: string) => {
        const version = sealedKeyVersion(sealed);
        let key = keyByVersion.get(version);
        if (!key) {
          key = await this.keys.key(tx, tenantId, 'data', version);
          keyByVersion.set(version, key);
        }
        return open(key, sealed, rowAad(tenantId, table, id));
      };
      const want = new Set(wanted);
      const found = new Map<string, VaultEntry[]>();
      const add = (token: string, e: VaultEntry) => found.set(token, [...(found.get(token) ?? []), e]);
      for (const row of r.rows) {
        const sealed = toBuffer(row.ciphertext);
        if (row.tokens) {
          const entries = JSON.parse((await openRow(row.id, sealed, BATCH_TABLE)).toString('utf8')) as Array<[string, string]>;
          row.tokens.forEach((t, i) => {
            const e = entries[i];
            if (want.has(t) && e) add(t, { type: e[0], value: e[1] });
          });
        } else if (row.token && row.type) {
          add(row.token, { type: row.type, value: (await openRow(row.id, sealed, TABLE)).toString('utf8') });
        }
      }
      // A token is unique per tenant; should two rows ever claim one (a race between the two
      // tables), it is restored for neither: a token left in place is better than a wrong value.
      for (const [t, es] of found) if (es.length === 1) out.set(t, es[0]!);
      return out;
    });
  }

  /**
   * The values of a scope of its own (nothing else will ever share its tokens: a gateway request
   * with no conversation) as ONE row for `phigate_vault_put_batch`: a random token per distinct
   * value (same type and normal form, same token), the values sealed together. `keys` is only read
   * when the tenant's data key is not cached.
   */
  async prepareBatch(keys: Queryable, tenantId: string, items: TokenizeItem[], opts: TokenizeOptions & { ttlSeconds: number }): Promise<PreparedBatch> {
    if (items.length === 0 || items.length > MAX_BATCH) throw new PhigateError('vault_batch_too_large', `1 to ${MAX_BATCH} values per call`, 413);
    const scope = checkScope(opts.scope);
    if (scope === '') throw new PhigateError('vault_scope_invalid', 'a batch needs a scope of its own', 400);
    checkItems(items);
    const seen = new Map<string, number>();
    const firsts: number[] = []; // the first item of each distinct value
    const index = items.map((it, at) => {
      const k = `${it.type}\0${normalizeValue(it.value)}`;
      let i = seen.get(k);
      if (i === undefined) {
        seen.set(k, (i = firsts.length));
        firsts.push(at);
      }
      return i;
    });
    const random = randomBytesPooled(firsts.length * TOKEN_BYTES + IV_BYTES);
    const tokens = firsts.map((at, k) => newToken(items[at]!.type, random.subarray(k * TOKEN_BYTES, (k + 1) * TOKEN_BYTES)));
    const id = randomUUID();
    const dataKey = await this.keys.currentKey(keys, tenantId, 'data');
    const plain = Buffer.from(JSON.stringify(firsts.map((at) => [items[at]!.type, items[at]!.value])), 'utf8');
    const sealed = seal(dataKey.key, dataKey.version, plain, rowAad(tenantId, BATCH_TABLE, id), random.subarray(firsts.length * TOKEN_BYTES));
    return {
      params: [tenantId, id, scope, new Date(Date.now() + Math.max(1, opts.ttlSeconds) * 1000), tokens, sealed],
      tokens: index.map((i) => tokens[i]!),
    };
  }

  /** Stores a prepared batch (see `prepareBatch`); retry on a token collision (`retryConflicts`). */
  async putBatchInTx(tx: Queryable, batch: PreparedBatch): Promise<string[]> {
    await tx.query('select phigate_vault_put_batch($1, $2, $3, $4, $5, $6)', batch.params);
    return batch.tokens;
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
         returning 1),
       gone_batches as (
         delete from vault_batches where tenant_id = $1 and id in (
           select id from vault_batches where tenant_id = $1 and expires_at <= now() limit $2)
         returning 1)
       select (select count(*) from gone)::int + (select count(*) from gone_batches)::int as n`,
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

function checkItems(items: readonly TokenizeItem[]): void {
  for (const it of items) {
    if (!TYPE_PATTERN.test(it.type)) throw new PhigateError('vault_type_invalid', 'identifier type must match [A-Z][A-Z0-9_]*', 400);
    if (typeof it.value !== 'string' || it.value.length === 0 || Buffer.byteLength(it.value) > MAX_VALUE_BYTES) {
      throw new PhigateError('vault_value_invalid', `values must be 1 to ${MAX_VALUE_BYTES} bytes`, 400);
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
