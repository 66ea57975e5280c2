import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { parsePurpose } from '../../src/audit/index.js';
import { buildServer } from '../../src/gateway/index.js';
import { parseRoutesConfig } from '../../src/providers/index.js';
import { openTestServices, type TestServices } from '../support/services.js';

// Names an object inherits (Object.prototype) are not purposes of use.
const INHERITED = ['constructor', '__proto__', 'toString', 'tostring', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'CONSTRUCTOR', '__PROTO__', ' constructor '];

describe('purpose of use: only own words and codes', () => {
  test('inherited property names are refused with purpose_unknown, and not echoed', () => {
    for (const w of INHERITED) {
      assert.throws(
        () => parsePurpose(w),
        (e: { code?: string; status?: number; message?: string }) => e.code === 'purpose_unknown' && !e.message!.includes(w.trim()),
        w,
      );
    }
  });

  test('codes and free words still map', () => {
    assert.equal(parsePurpose('treat'), 'TREAT');
    assert.equal(parsePurpose('HRESCH'), 'HRESCH');
    assert.equal(parsePurpose('Break  the_glass'), 'BTG');
    assert.equal(parsePurpose('clinical care'), 'TREAT');
  });

  describe('at the gateway', () => {
    let s: TestServices;
    let app: FastifyInstance;
    let key = '';
    before(async () => {
      s = await openTestServices('pglite', { PHIGATE_LOG_LEVEL: 'silent' });
      app = await buildServer(s, { routes: parseRoutesConfig({ models: { inspect: { provider: 'inspect', vendor: 'phigate', services: ['chat'] } } }) });
      const t = await s.tenants.create('purpose-words');
      key = (await s.apiKeys.create(t.id, { principal: 'svc', role: 'service' })).key;
    });
    after(async () => {
      await app?.close();
      await s?.dispose();
    });

    test('X-Phigate-Purpose: constructor is a 400 purpose_unknown', async () => {
      for (const w of ['constructor', '__proto__', 'toString']) {
        const r = await app.inject({
          method: 'POST',
          url: '/v1/chat/completions',
          headers: { authorization: `Bearer ${key}`, 'x-phigate-purpose': w },
          payload: { model: 'inspect', messages: [{ role: 'user', content: 'hello' }] },
        });
        assert.equal(r.statusCode, 400, w);
        assert.equal(JSON.parse(r.body).error.code, 'purpose_unknown', w);
      }
    });
  });
});
