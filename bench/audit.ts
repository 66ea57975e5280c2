// Audit log benchmark: append throughput (single events and batches) on PGlite and PostgreSQL,
// and the time to verify a log of one million events.
//   node --import tsx bench/audit.ts
// PostgreSQL runs when PHIGATE_BENCH_DATABASE_URL or PHIGATE_TEST_DATABASE_URL names a server (a
// throwaway database is created and dropped). AUDIT_BENCH_VERIFY_EVENTS overrides the 1,000,000.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createServices, type Services } from '../src/app/index.js';
import { AuditService, type AuditEventInput } from '../src/audit/index.js';
import { loadConfig } from '../src/config/index.js';
import { openStore, type Store } from '../src/store/index.js';

const serverUrl = process.env.PHIGATE_BENCH_DATABASE_URL ?? process.env.PHIGATE_TEST_DATABASE_URL;
const VERIFY_EVENTS = Number(process.env.AUDIT_BENCH_VERIFY_EVENTS ?? 1_000_000);

const event = (i: number): AuditEventInput => ({
  action: 'model_call',
  actor: { principal: 'svc-notes-app', role: 'service', via: 'api_key', keyId: '0b9d7a52-1c1e-4f0e-9a57-3f0d2a4c9e11' },
  patient: `SYNTH-PT-${i % 5000}`,
  purpose: 'TREAT',
  what: { resourceTypes: ['DocumentReference'], fields: ['note.text'], identifiers: { NAME: 2, DATE: 1, MRN: 1 } },
  vendor: 'openai',
  model: 'gpt-4o-2024-08-06',
  client: { address: '10.0.0.7' },
  outcome: 'success',
  correlationId: `req-${i}`,
});

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const name = `phigate_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(serverUrl!);
  u.pathname = `/${name}`;
  try {
    return await fn(u.toString());
  } finally {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  }
}

async function services(store: Store, dataDir: string): Promise<Services> {
  const config = loadConfig({
    PHIGATE_DATA_DIR: dataDir,
    PHIGATE_KEY_PROVIDER: 'env',
    PHIGATE_MASTER_KEY: randomBytes(32).toString('base64'),
    PHIGATE_LOG_LEVEL: 'silent',
  });
  return createServices(config, { store });
}

async function appendBench(label: string, s: Services, opts: { single: number; batched: number; batch: number; lanes: number }) {
  const audit = new AuditService(s.store, s.keys);
  const t = (await s.tenants.create(`bench-${randomBytes(3).toString('hex')}`)).id;
  let i = 0;
  let t0 = performance.now();
  for (let k = 0; k < opts.single; k++) await audit.record(t, event(i++));
  const single = opts.single / ((performance.now() - t0) / 1000);
  console.log(`${label}  append, 1 event per call, sequential:     ${fmt(single)} events/s  (${fmt(opts.single)} events)`);

  t0 = performance.now();
  for (let k = 0; k < opts.batched; k += opts.batch) await audit.append(t, Array.from({ length: opts.batch }, () => event(i++)));
  const batched = opts.batched / ((performance.now() - t0) / 1000);
  console.log(`${label}  append, batches of ${opts.batch}, one tenant:      ${fmt(batched)} events/s  (${fmt(opts.batched)} events)`);

  if (opts.lanes > 1) {
    // Concurrent single-event appends into one tenant (the gateway's shape: many requests at once).
    t0 = performance.now();
    const per = Math.floor(opts.single / opts.lanes);
    await Promise.all(Array.from({ length: opts.lanes }, async () => {
      for (let k = 0; k < per; k++) await audit.record(t, event(i++));
    }));
    const conc = (per * opts.lanes) / ((performance.now() - t0) / 1000);
    console.log(`${label}  append, 1 event per call, ${opts.lanes} concurrent:    ${fmt(conc)} events/s  (${fmt(per * opts.lanes)} events)`);

    // Batches into several tenants at once (several gateways, several tenants).
    const tenants = await Promise.all(Array.from({ length: opts.lanes }, async (_, k) => (await s.tenants.create(`bench-par-${k}-${randomBytes(3).toString('hex')}`)).id));
    t0 = performance.now();
    await Promise.all(tenants.map(async (tt) => {
      for (let k = 0; k < opts.batched / opts.lanes; k += opts.batch) await audit.append(tt, Array.from({ length: opts.batch }, () => event(i++)));
    }));
    const par = opts.batched / ((performance.now() - t0) / 1000);
    console.log(`${label}  append, batches of ${opts.batch}, ${opts.lanes} tenants at once: ${fmt(par)} events/s  (${fmt(opts.batched)} events)`);
  }
  return { single, batched };
}

async function verifyBench(label: string, s: Services, n: number): Promise<number> {
  const audit = new AuditService(s.store, s.keys, { checkpointEvery: 100_000 });
  const t = (await s.tenants.create(`bench-verify-${randomBytes(3).toString('hex')}`)).id;
  let t0 = performance.now();
  const batch = 5000;
  for (let i = 0; i < n; i += batch) {
    await audit.append(t, Array.from({ length: Math.min(batch, n - i) }, (_, k) => event(i + k)));
    if (process.stderr.isTTY) process.stderr.write(`\r  writing ${fmt(i + batch)} / ${fmt(n)}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  await audit.checkpoint(t);
  console.log(`${label}  wrote ${fmt(n)} events for the verify run in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  t0 = performance.now();
  const r = await audit.verifyUnaudited(t);
  const secs = (performance.now() - t0) / 1000;
  if (!r.ok) throw new Error('verify failed on an untouched log');
  console.log(`${label}  verify ${fmt(r.treeSize)} events (${r.checkpoints} checkpoints): ${secs.toFixed(2)} s  (${fmt(r.treeSize / secs)} events/s)`);
  return secs;
}

const dataDir = mkdtempSync(join(tmpdir(), 'phigate-bench-audit-'));
try {
  console.log(`phigate audit bench (node ${process.version}, ${new Date().toISOString()})`);
  {
    const store = await openStore({});
    const s = await services(store, dataDir);
    await appendBench('pglite   ', s, { single: 1000, batched: 20_000, batch: 500, lanes: 1 });
    if (!serverUrl) await verifyBench('pglite   ', s, VERIFY_EVENTS);
    await store.close();
  }
  if (serverUrl) {
    await withDatabase(async (url) => {
      const store = await openStore({ databaseUrl: url, poolSize: 10 });
      const s = await services(store, dataDir);
      const a = await appendBench('postgres ', s, { single: 2000, batched: 200_000, batch: 1000, lanes: 4 });
      const v = await verifyBench('postgres ', s, VERIFY_EVENTS);
      console.log(`targets   batched append on PostgreSQL >= 20,000 events/s: ${a.batched >= 20_000 ? 'met' : 'NOT met'} (${fmt(a.batched)})`);
      if (VERIFY_EVENTS === 1_000_000) console.log(`targets   verify 1,000,000 events < 5 s: ${v < 5 ? 'met' : 'NOT met'} (${v.toFixed(2)} s)`);
      await store.close();
    });
  } else {
    console.log('postgres  skipped: set PHIGATE_BENCH_DATABASE_URL or PHIGATE_TEST_DATABASE_URL');
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
