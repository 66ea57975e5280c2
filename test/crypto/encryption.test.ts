import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EnvKeyProvider, LocalKeyringProvider, open, randomBytesPooled, rowAad, seal } from '../../src/crypto/index.js';
import { toBuffer } from '../../src/store/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';

const isCode = (code: string) => (e: unknown) => (e as { code?: string }).code === code;

describe('AES-256-GCM with associated data', () => {
  const key = randomBytes(32);
  const aad = rowAad('t1', 'vault_entries', 'row-1');
  test('round trip', () => {
    const sealed = seal(key, 3, Buffer.from('Canary Quillfeather'), aad);
    assert.equal(open(key, sealed, aad).toString(), 'Canary Quillfeather');
    assert.equal(sealed.includes(Buffer.from('Canary')), false);
  });
  test('a flipped bit anywhere fails authentication', () => {
    const sealed = seal(key, 1, Buffer.from('value'), aad);
    for (const i of [5, 10, 20, sealed.length - 1]) {
      const bad = Buffer.from(sealed);
      bad[i]! ^= 1;
      assert.throws(() => open(key, bad, aad), isCode('decrypt_failed'));
    }
  });
  test('moved to another row, table or tenant, it fails', () => {
    const sealed = seal(key, 1, Buffer.from('value'), aad);
    assert.throws(() => open(key, sealed, rowAad('t1', 'vault_entries', 'row-2')), isCode('decrypt_failed'));
    assert.throws(() => open(key, sealed, rowAad('t1', 'other_table', 'row-1')), isCode('decrypt_failed'));
    assert.throws(() => open(key, sealed, rowAad('t2', 'vault_entries', 'row-1')), isCode('decrypt_failed'));
  });
});

describe('keys and randomness on the request path', () => {
  const aad = rowAad('t1', 'vault_entries', 'row-1');
  test('each key seals and opens with its own material (a KeyObject is made once per key buffer)', () => {
    const a = randomBytes(32);
    const b = randomBytes(32);
    for (let i = 0; i < 3; i++) {
      const sa = seal(a, 1, Buffer.from('value a'), aad);
      const sb = seal(b, 1, Buffer.from('value b'), aad);
      assert.equal(open(a, sa, aad).toString(), 'value a');
      assert.equal(open(b, sb, aad).toString(), 'value b');
      assert.throws(() => open(b, sa, aad), isCode('decrypt_failed'));
      // Same bytes in another buffer: the same key.
      assert.equal(open(Buffer.from(a), sa, aad).toString(), 'value a');
    }
  });
  test('a key of the wrong length is still refused', () => {
    assert.throws(() => seal(randomBytes(16), 1, Buffer.from('x'), aad));
  });
  test('pooled random bytes: the requested length, never the same bytes twice, each call its own buffer', () => {
    const seen = new Set<string>();
    const bufs: Buffer[] = [];
    for (let i = 0; i < 2000; i++) {
      const n = 1 + (i % 40);
      const b = randomBytesPooled(n);
      assert.equal(b.length, n);
      if (n >= 8) {
        const hex = b.toString('hex');
        assert.equal(seen.has(hex), false);
        seen.add(hex);
      }
      bufs.push(b);
    }
    const copy = Buffer.from(bufs[0]!);
    for (let i = 0; i < 500; i++) randomBytesPooled(16);
    assert.deepEqual(bufs[0], copy, 'a buffer handed out is not changed by later draws');
    assert.equal(randomBytesPooled(5000).length, 5000);
    // Every nonce differs: sealing one value twice never gives the same ciphertext.
    const k = randomBytes(32);
    assert.notDeepEqual(seal(k, 1, Buffer.from('same'), aad), seal(k, 1, Buffer.from('same'), aad));
  });
});

describe('local keyring', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'phigate-keyring-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('is created with mode 0600 and reopened with the same key', async () => {
    const p = join(dir, 'keyring.json');
    const a = LocalKeyringProvider.openOrCreate(p);
    assert.equal(statSync(p).mode & 0o777, 0o600);
    const ctx = Buffer.from('ctx');
    const { keyId, wrapped } = await a.wrap(Buffer.from('k'.repeat(32)), ctx);
    const b = LocalKeyringProvider.openOrCreate(p);
    assert.equal((await b.unwrap(keyId, wrapped, ctx)).toString(), 'k'.repeat(32));
  });

  test('start is refused when the keyring is readable by group or others', () => {
    const p = join(dir, 'loose.json');
    LocalKeyringProvider.openOrCreate(p);
    for (const mode of [0o640, 0o604, 0o644]) {
      chmodSync(p, mode);
      assert.throws(() => LocalKeyringProvider.openOrCreate(p), isCode('keyring_permissions'));
    }
    chmodSync(p, 0o600);
    assert.doesNotThrow(() => LocalKeyringProvider.openOrCreate(p));
  });

  test('rotation adds a new current key and keeps the old one for unwrapping', async () => {
    const p = join(dir, 'rot.json');
    const k = LocalKeyringProvider.openOrCreate(p);
    const ctx = Buffer.from('c');
    const old = await k.wrap(Buffer.alloc(32, 7), ctx);
    const next = await k.rotate();
    assert.notEqual(next, old.keyId);
    assert.equal(k.currentKeyId(), next);
    assert.deepEqual(await LocalKeyringProvider.openOrCreate(p).unwrap(old.keyId, old.wrapped, ctx), Buffer.alloc(32, 7));
    assert.equal(statSync(p).mode & 0o777, 0o600);
    // The keyring file never holds anything but key material in base64 and ids.
    assert.equal(JSON.parse(readFileSync(p, 'utf8')).keys.length, 2);
  });

  test('a corrupt keyring is refused with a clear code', () => {
    const p = join(dir, 'bad.json');
    writeFileSync(p, '{"nope": true}', { mode: 0o600 });
    assert.throws(() => LocalKeyringProvider.openOrCreate(p), isCode('keyring_invalid'));
  });
});

describe('environment master key', () => {
  const k1 = randomBytes(32).toString('base64');
  const k2 = randomBytes(32).toString('base64');
  test('wraps under the current key, unwraps with previous ones', async () => {
    const first = new EnvKeyProvider(k1);
    const ctx = Buffer.from('x');
    const w = await first.wrap(Buffer.alloc(32, 1), ctx);
    const rotated = new EnvKeyProvider(k2, k1);
    assert.notEqual(rotated.currentKeyId(), w.keyId);
    assert.deepEqual(await rotated.unwrap(w.keyId, w.wrapped, ctx), Buffer.alloc(32, 1));
    await assert.rejects(new EnvKeyProvider(k2).unwrap(w.keyId, w.wrapped, ctx), isCode('kek_missing'));
  });
  test('a key of the wrong size is refused without echoing it', () => {
    const bad = Buffer.from('short').toString('base64');
    assert.throws(
      () => new EnvKeyProvider(bad),
      (e: Error) => (e as { code?: string }).code === 'config_invalid' && !e.message.includes(bad),
    );
  });
});

for (const kind of storeKinds) {
  describe(`tenant envelope encryption (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    let t: string;
    before(async () => {
      s = await openTestServices(kind.name);
      t = (await s.tenants.create('enc')).id;
    });
    after(() => s.dispose());

    const rowOf = async (token: string) =>
      (
        await s.store.withTenant(t, (tx) =>
          tx.query<{ id: string; ciphertext: unknown }>('select id, ciphertext from vault_entries where token = $1', [token]),
        )
      ).rows[0]!;

    test('values are stored only sealed; wrapped keys never in clear', async () => {
      const [tok] = (await s.vault.tokenize(t, [{ type: 'NAME', value: 'Canary Ottoline Brisk' }])) as [string];
      const dump = await s.store.withOwner((tx) => tx.query<{ j: string }>(`select row_to_json(v)::text as j from vault_entries v`));
      assert.equal(dump.rows.some((r) => r.j.includes('Ottoline')), false);
      assert.equal((await s.vault.detokenize(t, [tok])).get(tok)?.value, 'Canary Ottoline Brisk');
    });

    test('a ciphertext tampered with in the database fails to decrypt', async () => {
      const [tok] = (await s.vault.tokenize(t, [{ type: 'NAME', value: 'Tamper Target' }])) as [string];
      const row = await rowOf(tok);
      const bad = Buffer.from(toBuffer(row.ciphertext));
      bad[bad.length - 1]! ^= 0xff;
      await s.store.withOwner((tx) => tx.query('update vault_entries set ciphertext = $1 where id = $2', [bad, row.id]));
      await assert.rejects(s.vault.detokenize(t, [tok]), isCode('decrypt_failed'));
    });

    test('a ciphertext copied to another row fails to decrypt', async () => {
      const [a, b] = await s.vault.tokenize(t, [
        { type: 'PHONE', value: '555-0100' },
        { type: 'PHONE', value: '555-0199' },
      ]);
      const ra = await rowOf(a!);
      const rb = await rowOf(b!);
      await s.store.withOwner((tx) => tx.query('update vault_entries set ciphertext = $1 where id = $2', [toBuffer(ra.ciphertext), rb.id]));
      await assert.rejects(s.vault.detokenize(t, [b!]), isCode('decrypt_failed'));
      assert.equal((await s.vault.detokenize(t, [a!])).get(a!)?.value, '555-0100');
    });

    test('a ciphertext copied to another tenant fails to decrypt', async () => {
      const other = (await s.tenants.create('enc-other')).id;
      const [mine] = (await s.vault.tokenize(t, [{ type: 'SSN', value: '123-45-6789' }])) as [string];
      const [theirs] = (await s.vault.tokenize(other, [{ type: 'SSN', value: '987-65-4321' }])) as [string];
      const rm = await rowOf(mine);
      await s.store.withOwner((tx) => tx.query('update vault_entries set ciphertext = $1 where token = $2', [toBuffer(rm.ciphertext), theirs]));
      await assert.rejects(s.vault.detokenize(other, [theirs]), isCode('decrypt_failed'));
    });

    test('rotation: new writes use the new version, old data stays readable', async () => {
      const [before] = (await s.vault.tokenize(t, [{ type: 'EMAIL', value: 'old@example.org' }])) as [string];
      const v = await s.keys.rotate(t);
      assert.equal(v, 2);
      const [afterTok] = (await s.vault.tokenize(t, [{ type: 'EMAIL', value: 'new@example.org' }])) as [string];
      const oldRow = await rowOf(before);
      const newRow = await rowOf(afterTok);
      assert.equal(toBuffer(oldRow.ciphertext).readUInt32BE(1), 1);
      assert.equal(toBuffer(newRow.ciphertext).readUInt32BE(1), 2);
      const back = await s.vault.detokenize(t, [before, afterTok]);
      assert.equal(back.get(before)?.value, 'old@example.org');
      assert.equal(back.get(afterTok)?.value, 'new@example.org');
      const status = await s.keys.status(t);
      assert.deepEqual(
        status.filter((k) => k.purpose === 'data').map((k) => [k.version, k.current]),
        [
          [1, false],
          [2, true],
        ],
      );
      assert.equal(JSON.stringify(status).includes('wrapped'), false);
    });

    test('rewrap moves every key under a new KEK and data stays readable', async () => {
      const [tok] = (await s.vault.tokenize(t, [{ type: 'MRN', value: 'A1234567' }])) as [string];
      const next = await s.keyProvider.rotate!();
      const n = await s.keys.rewrap(t);
      assert.ok(n >= 3);
      assert.ok((await s.keys.status(t)).every((k) => k.kekId === next));
      s.keys.forget(t);
      assert.equal((await s.vault.detokenize(t, [tok])).get(tok)?.value, 'A1234567');
    });

    test('shredding makes the tenant data unreadable and its keys unusable', async () => {
      const victim = await s.tenants.create('enc-shred');
      const [tok] = (await s.vault.tokenize(victim.id, [{ type: 'NAME', value: 'Shred Canary' }])) as [string];
      const key = await s.apiKeys.create(victim.id, { principal: 'svc', role: 'service' });
      const { keysDestroyed } = await s.tenants.shred(victim.name);
      assert.ok(keysDestroyed >= 2);
      await assert.rejects(s.vault.detokenize(victim.id, [tok]), isCode('tenant_shredded'));
      await assert.rejects(s.vault.tokenize(victim.id, [{ type: 'NAME', value: 'x' }]), isCode('tenant_shredded'));
      await assert.rejects(s.apiKeys.authenticate(key.key), isCode('invalid_api_key'));
      // The wrapped keys are gone from the database itself, not merely flagged.
      const left = await s.store.withOwner((tx) =>
        tx.query<{ n: number }>('select count(*)::int as n from tenant_keys where tenant_id = $1 and wrapped is not null', [victim.id]),
      );
      assert.equal(left.rows[0]!.n, 0);
      assert.equal((await s.tenants.get(victim.id)).shredded, true);
    });
  });
}
