import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { Authenticator, WorkloadIdentity, type OidcConfig } from '../../src/access/index.js';
import { buildServer } from '../../src/gateway/index.js';
import { parseRoutesConfig } from '../../src/providers/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

const ISSUER = 'https://idp.test.invalid/realms/phigate';
const AUDIENCE = 'phigate-gateway';
const NAME = 'Dolores Whitfield';
const PROMPT = `Patient ${NAME} seen on 03/14/2026.`;

/** A local JWKS endpoint on 127.0.0.1 serving freshly generated keys. */
async function startJwks(keys: JWK[]): Promise<{ url: string; close: () => Promise<void>; hits: () => number }> {
  let hits = 0;
  const server: Server = createServer((req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/jwks`, hits: () => hits, close: () => new Promise((r) => server.close(() => r())) };
}

for (const kind of storeKinds) {
  describe(`workload identity and break-glass in the gateway (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    let app: FastifyInstance;
    let base: string;
    let jwks: Awaited<ReturnType<typeof startJwks>>;
    let signKey: SigningKey;
    let otherKey: SigningKey;
    let tenantId: string;
    let nurseKey = '';
    let now = Date.now();

    before(async () => {
      const kp = await generateKeyPair('ES256', { extractable: true });
      const other = await generateKeyPair('ES256', { extractable: true });
      signKey = kp.privateKey;
      otherKey = other.privateKey;
      jwks = await startJwks([{ ...(await exportJWK(kp.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }]);
      s = await openTestServices(kind.name, { PHIGATE_RATE_LIMIT: '1000', PHIGATE_LOG_LEVEL: 'silent' });
      const oidc: OidcConfig = {
        issuer: ISSUER,
        audience: AUDIENCE,
        jwksUrl: jwks.url,
        tenantClaim: 'phigate_tenant',
        principalClaim: 'azp',
        roleClaim: 'phigate_role',
        algorithms: ['ES256', 'RS256'],
        clockToleranceSeconds: 30,
      };
      s.workload = new WorkloadIdentity(oidc, s.tenants, s.roles);
      s.workload.now = () => now;
      s.breakGlass.now = () => now;
      s.authenticator = new Authenticator(s.apiKeys, s.users, s.workload, s.breakGlass);
      const routes = parseRoutesConfig({ models: { inspect: { provider: 'inspect', vendor: 'phigate', services: ['chat'] } } });
      app = await buildServer(s, { routes });
      await app.listen({ host: '127.0.0.1', port: 0 });
      base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      tenantId = (await s.tenants.create('wl')).id;
      await s.roles.upsert(tenantId, { name: 'nurse', permissions: ['gateway:chat', 'break_glass:use'] });
      nurseKey = (await s.apiKeys.create(tenantId, { principal: 'ward-app', role: 'nurse' })).key;
    });
    after(async () => {
      await app?.close();
      await jwks?.close();
      await s?.dispose();
    });

    const jwt = (claims: Record<string, unknown>, opts: { key?: SigningKey; iss?: string; aud?: string; exp?: number; kid?: string } = {}) =>
      new SignJWT({ phigate_tenant: 'wl', azp: 'scheduler-svc', phigate_role: 'service', ...claims })
        .setProtectedHeader({ alg: 'ES256', kid: opts.kid ?? 'k1' })
        .setIssuer(opts.iss ?? ISSUER)
        .setAudience(opts.aud ?? AUDIENCE)
        .setIssuedAt(Math.floor(now / 1000))
        .setExpirationTime(opts.exp ?? Math.floor(now / 1000) + 300)
        .sign(opts.key ?? signKey);

    const chat = (bearer: string, purpose = 'TREAT', patient?: string) =>
      fetch(`${base}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json', 'x-phigate-purpose': purpose, ...(patient ? { 'x-phigate-patient': patient } : {}) },
        body: JSON.stringify({ model: 'inspect', messages: [{ role: 'user', content: PROMPT }] }),
      });
    const content = async (r: Response) => ((await r.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]!.message.content;

    test('a JWT from the identity provider authenticates a workload, mapped to tenant, principal and role', async () => {
      const r = await chat(await jwt({}));
      assert.equal(r.status, 200);
      assert.equal(await content(r), PROMPT); // service + TREAT: restored
      const p = await s.workload!.authenticate(await jwt({}));
      assert.equal(p.tenantId, tenantId);
      assert.equal(p.principal, 'scheduler-svc');
      assert.equal(p.role, 'service');
      assert.equal(p.via, 'workload');
      const events = await s.store.withTenant(tenantId, (tx) => tx.query<{ body: string }>('select body from audit_events where tenant_id = $1', [tenantId]));
      assert.ok(events.rows.some((e) => JSON.parse(e.body).actor.via === 'workload'));
    });

    test('expired, wrong-audience, wrong-issuer, foreign-key, unknown-role and unsigned tokens are refused', async () => {
      const bad = [
        await jwt({}, { exp: Math.floor(now / 1000) - 120 }),
        await jwt({}, { aud: 'someone-else' }),
        await jwt({}, { iss: 'https://evil.invalid' }),
        await jwt({}, { key: otherKey }),
        await jwt({ phigate_role: 'superuser' }),
        await jwt({ phigate_tenant: 'no-such-tenant' }),
        `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ iss: ISSUER, aud: AUDIENCE, exp: 9999999999, phigate_tenant: 'wl', azp: 'x', phigate_role: 'admin' })).toString('base64url')}.e30`,
      ];
      for (const t of bad) {
        const r = await chat(t);
        assert.equal(r.status, 401);
        const body = (await r.json()) as { error: { code: string; message: string } };
        assert.equal(body.error.code, 'invalid_token');
        assert.equal(body.error.message.includes(t.slice(0, 20)), false);
      }
    });

    test('break-glass: BTG is refused without a grant; with one, identifiers come back until it ends; audited and listed', async () => {
      // The nurse role may chat but not detokenize.
      assert.equal((await content(await chat(nurseKey, 'TREAT'))).includes(NAME), false);
      const refused = await chat(nurseKey, 'BTG');
      assert.equal(refused.status, 403);
      assert.equal(((await refused.json()) as { error: { code: string } }).error.code, 'break_glass_required');
      const p = await s.apiKeys.authenticate(nurseKey);
      await assert.rejects(s.breakGlass.start(p, { reason: 'short' }), (e: { code?: string }) => e.code === 'reason_required');
      const g = await s.breakGlass.start(p, { reason: 'unresponsive patient in bay 4, chart needed', durationMs: 30 * 60_000 });
      const ok = await chat(nurseKey, 'BTG', 'synthetic-patient-1');
      assert.equal(ok.status, 200);
      assert.equal(await content(ok), PROMPT);
      // Another key given the same principal name holds no grant of the first; with its own grant, what
      // it does is counted under its own grant, not the first's (grants are bound to credentials).
      const twinKey = (await s.apiKeys.create(tenantId, { principal: 'ward-app', role: 'nurse' })).key;
      assert.equal((await chat(twinKey, 'BTG', 'synthetic-patient-2')).status, 403);
      const g2 = await s.breakGlass.start(await s.apiKeys.authenticate(twinKey), { reason: 'a second emergency in another ward', durationMs: 30 * 60_000 });
      assert.equal((await chat(twinKey, 'BTG', 'synthetic-patient-2')).status, 200);
      // Only requests that state BTG are elevated.
      assert.equal((await content(await chat(nurseKey, 'TREAT'))).includes(NAME), false);
      now += 31 * 60_000;
      assert.equal((await chat(nurseKey, 'BTG')).status, 403);
      const events = (await s.store.withTenant(tenantId, (tx) => tx.query<{ body: string }>('select body from audit_events where tenant_id = $1 order by seq', [tenantId]))).rows.map((r) => JSON.parse(r.body));
      const start = events.find((e) => e.subtype === 'break_glass.start');
      assert.ok(start);
      assert.equal(start.purpose, 'BTG');
      assert.equal(start.target.id, g.id);
      assert.ok(events.some((e) => e.action === 'detokenize' && e.purpose === 'BTG' && e.actor.principal === 'ward-app'));
      // A refused BTG request is recorded too: denied, under the caller's own key.
      const denied = events.filter((e) => e.action === 'model_call' && e.purpose === 'BTG' && e.outcome.result === 'denied' && e.outcome.code === 'break_glass_required');
      assert.equal(denied.length, 3);
      // The reason is kept sealed, out of the audit log, and shown to reviewers.
      assert.equal(JSON.stringify(events).includes('bay 4'), false);
      const review = await s.breakGlass.review(tenantId);
      const first = review.find((r) => r.id === g.id)!;
      assert.equal(first.reason, 'unresponsive patient in bay 4, chart needed');
      assert.equal(first.active, false);
      assert.equal(first.activity, undefined);
      // A reviewer who may read the audit log also sees what was done under each grant (refusals are not).
      const withActivity = await s.breakGlass.review(tenantId, { reader: { principal: 'privacy-officer', role: 'operator', via: 'cli' } });
      assert.deepEqual(withActivity.find((r) => r.id === g.id)!.activity, { requests: 1, patients: 1 });
      assert.deepEqual(withActivity.find((r) => r.id === g2.id)!.activity, { requests: 1, patients: 1 });
    });
  });
}
