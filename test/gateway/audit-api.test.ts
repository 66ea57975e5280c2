import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/gateway/index.js';
import { openTestServices, type TestServices } from '../support/services.js';

describe('audit log over the admin API (pglite)', () => {
  let s: TestServices;
  let app: FastifyInstance;
  let admin = '';
  let clinician = '';
  let otherAdmin = '';

  const call = async (url: string, key: string, headers: Record<string, string> = {}) => {
    const r = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}`, ...headers } });
    return { status: r.statusCode, json: JSON.parse(r.body) as unknown };
  };

  before(async () => {
    s = await openTestServices('pglite');
    app = await buildServer(s);
    const t = await s.tenants.create('audited');
    const other = await s.tenants.create('other');
    admin = (await s.apiKeys.create(t.id, { principal: 'privacy-officer', role: 'admin' })).key;
    clinician = (await s.apiKeys.create(t.id, { principal: 'dr-app', role: 'clinician' })).key;
    otherAdmin = (await s.apiKeys.create(other.id, { principal: 'b-admin', role: 'admin' })).key;
    const r = await app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      headers: { authorization: `Bearer ${clinician}`, 'x-phigate-purpose': 'TREAT', 'x-phigate-patient': 'MRN-20417', 'content-type': 'application/json' },
      payload: { model: 'inspect', messages: [{ role: 'user', content: 'Dolores Whitfield, DOB 04/12/1957' }] },
    });
    assert.equal(r.statusCode, 200);
  });
  after(async () => {
    await app?.close();
    await s?.dispose();
  });

  test('reading needs audit:read; a clinician is refused', async () => {
    assert.equal((await call('/admin/v1/audit/events', clinician)).status, 403);
  });

  test('events come back without PHI, only for the caller tenant, and the read is itself audited', async () => {
    const r = await call('/admin/v1/audit/events?limit=100', admin);
    assert.equal(r.status, 200);
    const events = r.json as Array<{ action: string; purpose: string; patients?: string[] }>;
    const text = JSON.stringify(events);
    assert.ok(events.some((e) => e.action === 'model_call' && e.purpose === 'TREAT'));
    assert.equal(/Whitfield|Dolores|04\/12\/1957|MRN-20417/.test(text), false);
    assert.ok(events.some((e) => (e.patients ?? []).some((p) => p.startsWith('pt_'))));
    const other = (await call('/admin/v1/audit/events', otherAdmin)).json as Array<{ action: string }>;
    assert.equal(other.some((e) => e.action === 'model_call'), false);
    const again = (await call('/admin/v1/audit/events?limit=1000', admin)).json as Array<{ action: string }>;
    assert.ok(again.some((e) => e.action === 'audit_read'));
  });

  test('verify and the accounting of disclosures for one patient', async () => {
    const v = await call('/admin/v1/audit/verify', admin);
    assert.equal(v.status, 200);
    assert.equal((v.json as { ok: boolean }).ok, true);
    const d = await call('/admin/v1/audit/disclosures?patient=MRN-20417', admin);
    assert.equal(d.status, 200);
    const list = d.json as Array<{ recipient: string; recipientType: string; purpose: string; dataKinds: { identifiers: string[] } }>;
    const toVendor = list.find((x) => x.recipientType === 'vendor');
    assert.ok(toVendor, JSON.stringify(list));
    assert.equal(toVendor.recipient, 'inspect');
    assert.equal(toVendor.purpose, 'TREAT');
    assert.ok(toVendor.dataKinds.identifiers.includes('NAME'));
    assert.equal(JSON.stringify(list).includes('MRN-20417'), false);
    const none = (await call('/admin/v1/audit/disclosures?patient=MRN-99999', admin)).json as unknown[];
    assert.equal(none.length, 0);
  });

  test('bad query parameters are a typed 400', async () => {
    const r = await call('/admin/v1/audit/events?from=yesterday', admin);
    assert.equal(r.status, 400);
  });
});
