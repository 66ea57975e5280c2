import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createServices, purgeExpiredVault } from '../../src/app/index.js';
import { loadConfig } from '../../src/config/index.js';
import { openStore } from '../../src/store/index.js';
import { findTokens, isToken } from '../../src/vault/index.js';
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

    test('newScope skips the lookup but still finds an entry that exists (upsert)', async () => {
      const [a] = (await s.vault.tokenize(t, [{ type: 'NAME', value: 'Fresh Scope' }], { scope: 'req-1' })) as [string];
      const [b] = (await s.vault.tokenize(t, [{ type: 'NAME', value: 'Fresh Scope' }], { scope: 'req-1', newScope: true })) as [string];
      assert.equal(b, a);
      const [c] = (await s.vault.tokenize(t, [{ type: 'NAME', value: 'Fresh Scope' }], { scope: 'req-2', newScope: true })) as [string];
      assert.notEqual(c, a);
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
