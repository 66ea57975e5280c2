import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createServices, purgeExpiredVault } from '../../src/app/index.js';
import { loadConfig } from '../../src/config/index.js';
import { openStore } from '../../src/store/index.js';
import { findTokens, isToken, retryConflicts } from '../../src/vault/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';

const isCode = (code: string) => (e: unknown) => (e as { code?: string }).code === code;

for (const kind of storeKinds) {
  describe(`token vault (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    let t: string;
    before(async () => {
      s = await openTestServices(kind.name);
      t = (await s.tenants.create('vault')).id;
    });
    after(() => s.dispose());

    test('tokens show their type and nothing else', async () => {
      const [tok] = (await s.vault.tokenize(t, [{ type: 'NAME', value: 'Canary Wilhelmina Foss' }])) as [string];
      assert.match(tok, /^\[\[NAME_[0-9A-F]{8}\]\]$/);
      assert.ok(isToken(tok));
      assert.equal(/wilhelmina|foss/i.test(tok), false);
    });

    test('the same value in the same tenant and scope gets the same token; spelling variants too', async () => {
      const a = await s.vault.tokenize(t, [{ type: 'NAME', value: 'Ada Quill' }]);
      const b = await s.vault.tokenize(t, [
        { type: 'NAME', value: 'Ada Quill' },
        { type: 'NAME', value: '  ada   QUILL ' },
        { type: 'NAME', value: 'Bea Quill' },
      ]);
      assert.equal(b[0], a[0]);
      assert.equal(b[1], a[0]);
      assert.notEqual(b[2], a[0]);
      // The same text as another type is another identifier.
      const [asPlace] = await s.vault.tokenize(t, [{ type: 'LOCATION', value: 'Ada Quill' }]);
      assert.notEqual(asPlace, a[0]);
    });

    test('duplicates inside one batch get one token and one row', async () => {
      const toks = await s.vault.tokenize(t, Array.from({ length: 5 }, () => ({ type: 'PHONE', value: '(555) 010-4477' })));
      assert.equal(new Set(toks).size, 1);
      const r = await s.store.withTenant(t, (tx) => tx.query('select id from vault_entries where token = $1', [toks[0]]));
      assert.equal(r.rows.length, 1);
    });

    test('batches of 100 round-trip in order', async () => {
      const items = Array.from({ length: 100 }, (_, i) => ({ type: 'MRN', value: `MRN-${1000 + i}` }));
      const toks = await s.vault.tokenize(t, items);
      assert.equal(toks.length, 100);
      assert.equal(new Set(toks).size, 100);
      const back = await s.vault.detokenize(t, toks);
      toks.forEach((tok, i) => assert.equal(back.get(tok)?.value, items[i]!.value));
    });

    test('scopes keep tokens apart; detokenize can be limited to scopes', async () => {
      const [c1] = (await s.vault.tokenize(t, [{ type: 'NAME', value: 'Scoped Person' }], { scope: 'conv-1' })) as [string];
      const [c2] = (await s.vault.tokenize(t, [{ type: 'NAME', value: 'Scoped Person' }], { scope: 'conv-2' })) as [string];
      const [again] = (await s.vault.tokenize(t, [{ type: 'NAME', value: 'Scoped Person' }], { scope: 'conv-1' })) as [string];
      assert.notEqual(c1, c2);
      assert.equal(again, c1);
      assert.equal((await s.vault.detokenize(t, [c1], { scopes: ['conv-2'] })).size, 0);
      assert.equal((await s.vault.detokenize(t, [c1], { scopes: ['conv-1'] })).get(c1)?.value, 'Scoped Person');
    });

    test('a known value keeps its token and only ever lives longer', async () => {
      const expiry = async (tok: string) =>
        (await s.store.withTenant(t, (tx) => tx.query<{ e: Date | null }>('select expires_at as e from vault_entries where token = $1', [tok]))).rows[0]?.e ?? null;
      const [a] = (await s.vault.tokenize(t, [{ type: 'NAME', value: 'Long Lived' }], { scope: 'ttl-1', ttlSeconds: 60 })) as [string];
      const e1 = await expiry(a);
      assert.ok(e1 instanceof Date);
      const [b] = (await s.vault.tokenize(t, [{ type: 'NAME', value: 'Long Lived' }, { type: 'NAME', value: 'long  lived' }], { scope: 'ttl-1', ttlSeconds: 3600 })) as [string];
      assert.equal(b, a);
      const e2 = await expiry(a);
      assert.ok(e2 instanceof Date && e2.getTime() - e1.getTime() > 3000 * 1000);
      await s.vault.tokenize(t, [{ type: 'NAME', value: 'Long Lived' }], { scope: 'ttl-1', ttlSeconds: 60 });
      assert.equal((await expiry(a))?.getTime(), e2.getTime()); // a shorter life is not applied
      await s.vault.tokenize(t, [{ type: 'NAME', value: 'Long Lived' }], { scope: 'ttl-1' });
      assert.equal(await expiry(a), null); // asked for without expiry: kept
      const rows = await s.store.withTenant(t, (tx) => tx.query('select 1 from vault_entries where scope = $1', ['ttl-1']));
      assert.equal(rows.rows.length, 1);
    });

    test('a value re-sent soon after is not rewritten; one near the end of its life is renewed', async () => {
      const expiry = async (tok: string) =>
        (await s.store.withTenant(t, (tx) => tx.query<{ e: Date }>('select expires_at as e from vault_entries where token = $1', [tok]))).rows[0]!.e;
      const [a] = (await s.vault.tokenize(t, [{ type: 'NAME', value: 'Often Resent' }], { scope: 'conv-renew', ttlSeconds: 3600 })) as [string];
      const e1 = await expiry(a);
      // Re-sent a moment later (a conversation's next turn): the gain would be under a hundredth
      // of the life asked for, so the row is left as it is.
      const [b] = (await s.vault.tokenize(t, [{ type: 'NAME', value: 'Often Resent' }], { scope: 'conv-renew', ttlSeconds: 3600 })) as [string];
      assert.equal(b, a);
      assert.equal((await expiry(a)).getTime(), e1.getTime());
      // Ten minutes of life left: renewed to the full hour.
      await s.store.withOwner((tx) => tx.query(`update vault_entries set expires_at = now() + interval '10 minutes' where token = $1`, [a]));
      await s.vault.tokenize(t, [{ type: 'NAME', value: 'Often Resent' }], { scope: 'conv-renew', ttlSeconds: 3600 });
      assert.ok((await expiry(a)).getTime() - Date.now() > 3500 * 1000);
    });

    test('expired entries are not restored and are purged', async () => {
      const [tok] = (await s.vault.tokenize(t, [{ type: 'EMAIL', value: 'ttl@example.org' }], { ttlSeconds: 60 })) as [string];
      assert.equal((await s.vault.detokenize(t, [tok])).size, 1);
      await s.store.withOwner((tx) => tx.query(`update vault_entries set expires_at = now() - interval '1 second' where token = $1`, [tok]));
      assert.equal((await s.vault.detokenize(t, [tok])).size, 0);
      assert.equal(await purgeExpiredVault(s, t), 1);
      const left = await s.store.withTenant(t, (tx) => tx.query('select 1 from vault_entries where token = $1', [tok]));
      assert.equal(left.rows.length, 0);
    });

    test('unknown tokens and non-tokens are simply absent', async () => {
      const m = await s.vault.detokenize(t, ['[[NAME_00000000]]', 'not a token', '[[name_12345678]]']);
      assert.equal(m.size, 0);
    });

    test('bad input is refused with typed errors that do not echo it', async () => {
      await assert.rejects(s.vault.tokenize(t, [{ type: 'name', value: 'x' }]), isCode('vault_type_invalid'));
      await assert.rejects(s.vault.tokenize(t, [{ type: 'NAME', value: '' }]), isCode('vault_value_invalid'));
      await assert.rejects(
        s.vault.tokenize(t, [{ type: 'NAME', value: 'Secret Canary'.repeat(400) }]),
        (e: Error) => isCode('vault_value_invalid')(e) && !e.message.includes('Canary'),
      );
      await assert.rejects(s.vault.tokenize(t, [{ type: 'NAME', value: 'x' }], { scope: 'bad scope!' }), isCode('vault_scope_invalid'));
      await assert.rejects(
        s.vault.tokenize(t, Array.from({ length: 1001 }, (_, i) => ({ type: 'NAME', value: `n${i}` }))),
        isCode('vault_batch_too_large'),
      );
    });

    test('findTokens lists each token of a text once', () => {
      assert.deepEqual(findTokens('a [[NAME_0A0B0C0D]] b [[DATE_11111111]] [[NAME_0A0B0C0D]] [[x_1]]'), [
        '[[NAME_0A0B0C0D]]',
        '[[DATE_11111111]]',
      ]);
    });

    describe('a scope of its own: one sealed row per batch', () => {
      const putBatch = (items: Array<{ type: string; value: string }>, scope: string, ttlSeconds = 3600) =>
        retryConflicts(async () => {
          const b = await s.store.withTenant(t, (tx) => s.vault.prepareBatch(tx, t, items, { scope, ttlSeconds }));
          return s.store.withTenant(t, (tx) => s.vault.putBatchInTx(tx, b));
        });
      const rows = async (table: string, scope: string) =>
        (await s.store.withTenant(t, (tx) => tx.query<{ n: number }>(`select count(*)::int as n from ${table} where scope = $1`, [scope]))).rows[0]!.n;

      test('equal values share a token, each value is restored, and only one row is written', async () => {
        const toks = await putBatch(
          [
            { type: 'NAME', value: 'Batch Person' },
            { type: 'PHONE', value: '617-555-0100' },
            { type: 'NAME', value: ' batch  PERSON' },
            { type: 'LOCATION', value: 'Batch Person' },
          ],
          'r:batch-1',
        );
        assert.equal(toks.length, 4);
        assert.equal(toks[2], toks[0]);
        assert.notEqual(toks[3], toks[0]);
        assert.equal(new Set(toks).size, 3);
        toks.forEach((tok) => assert.ok(isToken(tok)));
        assert.equal(await rows('vault_batches', 'r:batch-1'), 1);
        assert.equal(await rows('vault_entries', 'r:batch-1'), 0);
        const got = await s.vault.detokenize(t, toks);
        assert.deepEqual(got.get(toks[0]!), { type: 'NAME', value: 'Batch Person' });
        assert.deepEqual(got.get(toks[1]!), { type: 'PHONE', value: '617-555-0100' });
        assert.deepEqual(got.get(toks[3]!), { type: 'LOCATION', value: 'Batch Person' });
        // Scoped restores see the batch only in its own scope.
        assert.equal((await s.vault.detokenize(t, [toks[0]!], { scopes: ['r:other', ''] })).size, 0);
        assert.equal((await s.vault.detokenize(t, [toks[0]!], { scopes: ['r:batch-1'] })).size, 1);
        // The database holds no value in clear.
        const raw = await s.store.withTenant(t, (tx) => tx.query<{ j: string }>(`select row_to_json(b)::text as j from vault_batches b where scope = 'r:batch-1'`));
        assert.equal(/batch person|555-0100/i.test(raw.rows[0]!.j), false);
      });

      test('a sealed batch cannot be moved to another row: it no longer opens', async () => {
        const [a] = await putBatch([{ type: 'NAME', value: 'Moved Batch' }], 'r:move-a');
        const [b] = await putBatch([{ type: 'NAME', value: 'Other Batch' }], 'r:move-b');
        await s.store.withOwner((tx) =>
          tx.query(`update vault_batches set ciphertext = (select ciphertext from vault_batches where scope = 'r:move-a') where scope = 'r:move-b'`),
        );
        await assert.rejects(s.vault.detokenize(t, [b!]));
        assert.equal((await s.vault.detokenize(t, [a!])).get(a!)?.value, 'Moved Batch');
      });

      test('a token both in a batch and in another scope restores in each scope, and over all scopes for neither', async () => {
        const [known] = (await s.vault.tokenize(t, [{ type: 'NAME', value: 'Taken Token' }], { scope: 'conv-x' })) as [string];
        const b = await s.store.withTenant(t, (tx) => s.vault.prepareBatch(tx, t, [{ type: 'NAME', value: 'Newcomer' }, { type: 'NAME', value: 'Second' }], { scope: 'r:collide', ttlSeconds: 60 }));
        b.params[4][0] = known; // a collision of two random 32-bit tokens, forced
        await s.store.withTenant(t, (tx) => s.vault.putBatchInTx(tx, b));
        assert.equal((await s.vault.detokenize(t, [known], { scopes: ['conv-x', ''] })).get(known)?.value, 'Taken Token');
        assert.equal((await s.vault.detokenize(t, [known], { scopes: ['r:collide', ''] })).get(known)?.value, 'Newcomer');
        const all = await s.vault.detokenize(t, [known, b.params[4][1]!]);
        assert.equal(all.has(known), false); // never a wrong value
        assert.equal(all.get(b.params[4][1]!)?.value, 'Second');
        // Within a batch, tokens are distinct.
        const dup = await s.store.withTenant(t, (tx) => s.vault.prepareBatch(tx, t, [{ type: 'NAME', value: 'A1' }, { type: 'NAME', value: 'B1' }], { scope: 'r:dup', ttlSeconds: 60 }));
        dup.params[4][1] = dup.params[4][0]!;
        await assert.rejects(s.store.withTenant(t, (tx) => s.vault.putBatchInTx(tx, dup)), isCode('23505'));
      });

      test('expired batches are not restored and are purged with the entries', async () => {
        const [tok] = await putBatch([{ type: 'EMAIL', value: 'batch-ttl@example.org' }], 'r:ttl');
        await s.store.withOwner((tx) => tx.query(`update vault_batches set expires_at = now() - interval '1 second' where scope = 'r:ttl'`));
        assert.equal((await s.vault.detokenize(t, [tok!])).size, 0);
        assert.ok((await purgeExpiredVault(s, t)) >= 1);
        assert.equal(await rows('vault_batches', 'r:ttl'), 0);
      });

      test('bad batches are refused with typed errors', async () => {
        await assert.rejects(putBatch([], 'r:empty'), isCode('vault_batch_too_large'));
        await assert.rejects(putBatch([{ type: 'NAME', value: 'x' }], ''), isCode('vault_scope_invalid'));
        await assert.rejects(putBatch([{ type: 'bad type', value: 'x' }], 'r:bad'), isCode('vault_type_invalid'));
      });
    });

    test('two connections tokenizing the same values at the same moment get one token each', async () => {
      // Two independent stores over one database where the store allows it (PostgreSQL), otherwise
      // concurrent calls on the one embedded connection.
      const other = s.testStore.url ? await openStore({ databaseUrl: s.testStore.url, poolSize: 4 }) : null;
      const second = other
        ? await createServices(loadConfig({ PHIGATE_DATA_DIR: s.dataDir, PHIGATE_KEY_CACHE_SECONDS: '0' }), { store: other, keyProvider: s.keyProvider })
        : s;
      try {
        for (let round = 0; round < 5; round++) {
          const items = Array.from({ length: 20 }, (_, i) => ({ type: 'ACCOUNT', value: `race-${round}-${i}` }));
          const results = await Promise.all([
            s.vault.tokenize(t, items),
            second.vault.tokenize(t, items),
            s.vault.tokenize(t, [...items].reverse()),
            second.vault.tokenize(t, items.slice(5)),
          ]);
          assert.deepEqual(results[1], results[0]);
          assert.deepEqual([...results[2]!].reverse(), results[0]);
          assert.deepEqual(results[3], results[0]!.slice(5));
          const rows = await s.store.withTenant(t, (tx) =>
            tx.query<{ n: number }>(`select count(*)::int as n from vault_entries where type = 'ACCOUNT' and token = any($1::text[])`, [results[0]]),
          );
          assert.equal(rows.rows[0]!.n, 20);
        }
      } finally {
        if (other) {
          await second.close();
          await other.close();
        }
      }
    });
  });
}
