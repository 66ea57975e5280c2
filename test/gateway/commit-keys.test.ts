// The one-statement pre-send write (gateway/commit.ts) with the key cache on, as a server runs:
// a rotated data key seals the next request's values, and a shredded tenant's cached keys (and
// the KeyObjects made from them) are not used again.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { commitRequest } from '../../src/gateway/commit.js';
import { toBuffer } from '../../src/store/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';

const event = { action: 'model_call' as const, subtype: 'request', actor: { principal: 'app', role: 'clinician', via: 'api_key' as const }, purpose: 'TREAT', outcome: 'success' as const };

for (const kind of storeKinds) {
  describe(`request commit with cached keys (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    before(async () => {
      s = await openTestServices(kind.name, { PHIGATE_KEY_CACHE_SECONDS: '300' });
    });
    after(async () => s.dispose());

    const sealedVersion = async (tenantId: string, scope: string) => {
      const r = await s.store.withTenant(tenantId, (tx) => tx.query<{ ciphertext: unknown }>('select ciphertext from vault_batches where scope = $1', [scope]));
      return toBuffer(r.rows[0]!.ciphertext).readUInt32BE(1);
    };

    test('after a data-key rotation the next request seals with the new key, and both restore', async () => {
      const t = await s.tenants.create('ck-rotate');
      const [a] = await commitRequest(s, t.id, [{ type: 'NAME', value: 'Canary Before Rotate' }], { scope: 'r:ck-1', ttlSeconds: 60, ownScope: true }, [event]);
      assert.equal(await sealedVersion(t.id, 'r:ck-1'), 1);
      assert.equal(await s.keys.rotate(t.id), 2);
      const [b] = await commitRequest(s, t.id, [{ type: 'NAME', value: 'Canary After Rotate' }], { scope: 'r:ck-2', ttlSeconds: 60, ownScope: true }, [event]);
      assert.equal(await sealedVersion(t.id, 'r:ck-2'), 2);
      const back = await s.vault.detokenize(t.id, [a!, b!]);
      assert.equal(back.get(a!)?.value, 'Canary Before Rotate');
      assert.equal(back.get(b!)?.value, 'Canary After Rotate');
    });

    test('after a shred, a request of the tenant is refused and nothing is written', async () => {
      const t = await s.tenants.create('ck-shred');
      await commitRequest(s, t.id, [{ type: 'NAME', value: 'Canary Before Shred' }], { scope: 'r:ck-3', ttlSeconds: 60, ownScope: true }, [event]);
      const count = async () => (await s.store.withTenant(t.id, (tx) => tx.query<{ n: number }>('select count(*)::int as n from vault_batches'))).rows[0]!.n;
      const before = await count();
      await s.tenants.shred(t.name);
      await assert.rejects(
        commitRequest(s, t.id, [{ type: 'NAME', value: 'Canary After Shred' }], { scope: 'r:ck-4', ttlSeconds: 60, ownScope: true }, [event]),
        (e: { code?: string }) => e.code === 'tenant_shredded',
      );
      assert.equal(await count(), before);
    });
  });
}
