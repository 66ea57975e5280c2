// npm run bench:access — authentication and authorization cost per request: what the gateway does
// before any de-identification (credential check, break-glass/permission check, minimum-necessary
// decision). Cached API key (the target: under 0.2 ms p50), uncached API key, person's session,
// and workload JWT (ES256, verified against a local JWKS), on the embedded store (PGlite, in
// memory) and on PostgreSQL when PHIGATE_BENCH_DATABASE_URL (or PHIGATE_TEST_DATABASE_URL) names a
// server. Prints figures; asserts nothing.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import pg from 'pg';
import { Secret, TOTP } from 'otpauth';
import { Authenticator, effectivePrincipal, requirePermission, WorkloadIdentity, loadAccessConfig, type Principal } from '../src/access/index.js';
import { createServices, type Services } from '../src/app/index.js';
import { loadConfig } from '../src/config/index.js';
import { openStore, type Store } from '../src/store/index.js';

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

async function measure(label: string, iterations: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < Math.min(200, iterations); i++) await fn(); // warm-up
  const times: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) {
    const s = performance.now();
    await fn();
    times.push(performance.now() - s);
  }
  const total = (performance.now() - t0) / 1000;
  return { op: label, 'p50 ms': quantile(times, 0.5).toFixed(4), 'p99 ms': quantile(times, 0.99).toFixed(4), 'req/s': Math.round(iterations / total) };
}

/** What the gateway runs per request before de-identification. */
async function authorize(s: Services, auth: Authenticator, presented: string, purpose = 'TREAT'): Promise<Principal> {
  const p = effectivePrincipal(await auth.authenticate(presented, { breakGlass: purpose === 'BTG' }), purpose);
  requirePermission(p, 'gateway:chat');
  const d = await s.policies.decide(p.tenantId, p.role, purpose, p.permissions.has('vault:detokenize'));
  if (!d.restores('NAME')) throw new Error('unexpected decision');
  return p;
}

async function run(name: string, store: Store): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-bench-'));
  let cached: Services | undefined;
  let uncached: Services | undefined;
  try {
    const access = loadAccessConfig({});
    cached = await createServices(loadConfig({ PHIGATE_DATA_DIR: dir, PHIGATE_KEY_CACHE_SECONDS: '30' }), { store, access });
    uncached = await createServices(loadConfig({ PHIGATE_DATA_DIR: dir, PHIGATE_KEY_CACHE_SECONDS: '0' }), { store, access });
    const tname = `bench-${randomBytes(3).toString('hex')}`;
    const t = (await cached.tenants.create(tname)).id;
    const { key } = await cached.apiKeys.create(t, { principal: 'bench-app', role: 'clinician' });

    // A person with a session.
    const password = randomBytes(18).toString('base64url');
    await cached.users.create(t, { username: 'bench.user', role: 'clinician', password });
    const { secret } = await cached.users.beginMfa(t, 'bench.user', password);
    const totp = new TOTP({ secret: Secret.fromBase32(secret) });
    await cached.users.confirmMfa(t, 'bench.user', password, totp.generate());
    // The next time step (a code is good once).
    const later = Date.now() + 31_000;
    cached.users.now = () => later;
    const { token } = await cached.users.login(t, 'bench.user', password, totp.generate({ timestamp: later }));
    cached.users.now = Date.now;

    // A workload with a JWT (local JWKS: the remote set is cached by jose the same way).
    const kp = await generateKeyPair('ES256');
    const jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(kp.publicKey)), kid: 'k1', alg: 'ES256' }] });
    const oidc = { issuer: 'https://idp.bench.invalid', audience: 'phigate', jwksUrl: 'https://idp.bench.invalid/jwks', tenantClaim: 'phigate_tenant', principalClaim: 'sub', roleClaim: 'phigate_role', algorithms: ['ES256'], clockToleranceSeconds: 30 };
    const workload = new WorkloadIdentity(oidc, cached.tenants, cached.roles, jwks);
    const jwt = await new SignJWT({ phigate_tenant: tname, phigate_role: 'service' })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setSubject('bench-workload')
      .setIssuer(oidc.issuer)
      .setAudience(oidc.audience)
      .setExpirationTime('1h')
      .sign(kp.privateKey);

    const authCached = cached.authenticator;
    const authUncached = uncached.authenticator;
    const authJwt = new Authenticator(cached.apiKeys, cached.users, workload, cached.breakGlass);
    const rows = [
      await measure('API key, cached (authn + authz + policy)', 20_000, () => authorize(cached!, authCached, key)),
      await measure('API key, uncached (store lookup)', 1000, () => authorize(uncached!, authUncached, key)),
      await measure('session (lookup + idle touch)', 1000, () => authorize(cached!, authCached, token)),
      await measure('workload JWT (ES256 verify)', 5000, () => authorize(cached!, authJwt, jwt)),
    ];
    console.log(`\n${name}`);
    console.table(rows);
  } finally {
    await cached?.close();
    await uncached?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const pglite = await openStore({});
  try {
    await run('embedded (PGlite, in memory)', pglite);
  } finally {
    await pglite.close();
  }
  const server = process.env.PHIGATE_BENCH_DATABASE_URL ?? process.env.PHIGATE_TEST_DATABASE_URL;
  if (!server) {
    console.log('\nPostgreSQL: skipped (set PHIGATE_BENCH_DATABASE_URL)');
    return;
  }
  const dbName = `phigate_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const u = new URL(server);
  u.pathname = `/${dbName}`;
  const store = await openStore({ databaseUrl: u.toString(), poolSize: 5 });
  try {
    await run('PostgreSQL', store);
  } finally {
    await store.close();
    const c = new pg.Client({ connectionString: server });
    await c.connect();
    await c.query(`drop database if exists ${dbName} with (force)`);
    await c.end();
  }
}

await main();
