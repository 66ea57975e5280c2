import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { baaState, dueReasons, type Vendor } from '../../src/vendors/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';

const isCode = (code: string) => (e: unknown) => (e as { code?: string }).code === code;
const NOW = new Date('2026-06-15T12:00:00Z');

const vendor = (over: Partial<Vendor> = {}): Vendor => ({
  name: 'openai',
  baaSignedOn: '2026-01-01',
  baaExpiresOn: '2027-01-01',
  services: ['chat'],
  documentRef: null,
  lastReviewedOn: '2026-05-01',
  createdAt: '',
  updatedAt: '',
  ...over,
});

describe('BAA state', () => {
  test('active only between signing and expiry, for covered services', () => {
    assert.equal(baaState(vendor(), 'chat', NOW), 'active');
    assert.equal(baaState(undefined, 'chat', NOW), 'missing');
    assert.equal(baaState(vendor(), 'embeddings', NOW), 'service_not_covered');
    assert.equal(baaState(vendor({ baaExpiresOn: '2026-06-15' }), 'chat', NOW), 'expired');
    assert.equal(baaState(vendor({ baaExpiresOn: '2026-06-16' }), 'chat', NOW), 'active');
    assert.equal(baaState(vendor({ baaSignedOn: '2026-07-01' }), 'chat', NOW), 'not_yet_signed');
  });

  test('due: expiring within the window, expired, review overdue after 90 days', () => {
    assert.deepEqual(dueReasons(vendor(), 30, NOW), []);
    assert.deepEqual(dueReasons(vendor({ baaExpiresOn: '2026-07-10' }), 30, NOW), ['expires 2026-07-10']);
    assert.deepEqual(dueReasons(vendor({ baaExpiresOn: '2026-07-10' }), 7, NOW), []);
    assert.deepEqual(dueReasons(vendor({ baaExpiresOn: '2026-06-01' }), 30, NOW), ['expired']);
    assert.deepEqual(dueReasons(vendor({ lastReviewedOn: '2026-03-01' }), 30, NOW), ['review overdue (last 2026-03-01)']);
    assert.deepEqual(dueReasons(vendor({ lastReviewedOn: null, baaSignedOn: '2026-01-01' }), 30, NOW), ['review overdue (last never)']);
  });
});

for (const kind of storeKinds) {
  describe(`BAA register (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    before(async () => {
      s = await openTestServices(kind.name);
    });
    after(() => s.dispose());

    test('add, get, update, review, remove', async () => {
      const v = await s.vendors.add('anthropic', {
        baaSignedOn: '2026-01-02',
        baaExpiresOn: '2027-01-02',
        services: ['chat', 'chat'],
        documentRef: 'contracts/anthropic-baa-2026.pdf',
      });
      assert.deepEqual(v.services, ['chat']);
      assert.equal(v.baaExpiresOn, '2027-01-02');
      const u = await s.vendors.update('anthropic', { services: ['chat', 'embeddings'], lastReviewedOn: '2026-03-01' });
      assert.deepEqual(u.services, ['chat', 'embeddings']);
      assert.equal(u.lastReviewedOn, '2026-03-01');
      assert.equal(u.documentRef, 'contracts/anthropic-baa-2026.pdf');
      assert.equal((await s.vendors.get('anthropic'))?.lastReviewedOn, '2026-03-01');
      await s.vendors.remove('anthropic');
      assert.equal(await s.vendors.get('anthropic'), undefined);
      await assert.rejects(s.vendors.remove('anthropic'), isCode('vendor_not_found'));
    });

    test('every change is recorded in each active tenant audit log, never a value of the agreement', async () => {
      const t1 = await s.tenants.create('v-audit-1');
      const t2 = await s.tenants.create('v-audit-2');
      const actor = { principal: 'cli:ops', role: 'operator', via: 'cli' as const };
      await s.vendors.add('audited-vendor', { baaSignedOn: '2026-01-01', baaExpiresOn: '2027-01-01', services: ['chat'], documentRef: 'secret-contract-ref' }, actor);
      await s.vendors.update('audited-vendor', { lastReviewedOn: '2026-04-01' }, actor);
      await s.vendors.remove('audited-vendor', actor);
      for (const t of [t1, t2]) {
        const rows = await s.store.withTenant(t.id, (tx) => tx.query<{ j: string }>(`select row_to_json(e)::text as j from audit_events e where tenant_id = $1`, [t.id]));
        const text = rows.rows.map((r) => r.j).join('\n');
        for (const sub of ['vendor.add', 'vendor.review', 'vendor.remove']) assert.ok(text.includes(sub), sub);
        assert.equal(text.includes('secret-contract-ref'), false);
        assert.ok(text.includes('cli:ops'));
      }
    });

    test('when the audit log cannot be written, the register does not change', async () => {
      await s.tenants.create('v-audit-3');
      const admin = s.audit.admin.bind(s.audit);
      s.audit.admin = async () => {
        throw Object.assign(new Error('down'), { code: 'audit_unavailable' });
      };
      try {
        await assert.rejects(s.vendors.add('unaudited', { baaSignedOn: '2026-01-01', baaExpiresOn: '2027-01-01', services: ['chat'] }));
      } finally {
        s.audit.admin = admin;
      }
      assert.equal(await s.vendors.get('unaudited'), undefined);
    });

    test('bad input is refused and nothing is written', async () => {
      await assert.rejects(s.vendors.add('Bad Name', { baaSignedOn: '2026-01-01', baaExpiresOn: '2027-01-01', services: ['chat'] }), isCode('vendor_name_invalid'));
      await assert.rejects(s.vendors.add('x', { baaSignedOn: '2026-02-30', baaExpiresOn: '2027-01-01', services: ['chat'] }), isCode('date_invalid'));
      await assert.rejects(s.vendors.add('x', { baaSignedOn: '2026-01-01', baaExpiresOn: '2025-01-01', services: ['chat'] }), isCode('baa_dates_invalid'));
      await assert.rejects(s.vendors.add('x', { baaSignedOn: '2026-01-01', baaExpiresOn: '2027-01-01', services: ['storage'] }), isCode('services_invalid'));
      assert.equal(await s.vendors.get('x'), undefined);
      await s.vendors.add('dup', { baaSignedOn: '2026-01-01', baaExpiresOn: '2027-01-01', services: ['chat'] });
      await assert.rejects(s.vendors.add('dup', { baaSignedOn: '2026-01-01', baaExpiresOn: '2027-01-01', services: ['chat'] }), isCode('vendor_exists'));
    });

    test('due lists what needs attention', async () => {
      const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
      const later = new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10);
      const recent = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
      await s.vendors.add('soon', { baaSignedOn: '2025-01-01', baaExpiresOn: soon, services: ['chat'], lastReviewedOn: recent });
      await s.vendors.add('fine', { baaSignedOn: '2025-01-01', baaExpiresOn: later, services: ['chat'], lastReviewedOn: recent });
      const due = (await s.vendors.due(30)).map((v) => v.name);
      assert.ok(due.includes('soon'));
      assert.ok(!due.includes('fine'));
    });
  });
}
