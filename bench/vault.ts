// npm run bench:vault — tokenize/detokenize throughput and latency, single values and batches of
// 100, on the embedded store (PGlite, in memory) and on PostgreSQL when PHIGATE_BENCH_DATABASE_URL
// (or PHIGATE_TEST_DATABASE_URL) names a server. Prints figures; asserts nothing.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createServices, type Services } from '../src/app/index.js';
import { loadConfig } from '../src/config/index.js';
import { openStore, type Store } from '../src/store/index.js';

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

async function measure(label: string, iterations: number, valuesPer: number, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(20, iterations); i++) await fn(-1 - i); // warm-up
  const times: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) {
    const s = performance.now();
    await fn(i);
    times.push(performance.now() - s);
  }
  const total = (performance.now() - t0) / 1000;
  const row = {
    op: label,
    'p50 ms': quantile(times, 0.5).toFixed(2),
    'p99 ms': quantile(times, 0.99).toFixed(2),
    'calls/s': Math.round(iterations / total),
    'values/s': Math.round((iterations * valuesPer) / total),
  };
  return row;
}

async function run(name: string, store: Store): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-bench-'));
  let s: Services | undefined;
  try {
    s = await createServices(loadConfig({ PHIGATE_DATA_DIR: dir }), { store });
    const t = (await s.tenants.create(`bench-${randomBytes(3).toString('hex')}`)).id;
    const vault = s.vault;
    const run = randomBytes(3).toString('hex');
    const single = Array.from({ length: 10 }, (_, i) => `Known Person ${i}`);
    await vault.tokenize(t, single.map((value) => ({ type: 'NAME', value })));
    const batchKnown = Array.from({ length: 100 }, (_, i) => ({ type: 'NAME', value: `Batch Known ${i}` }));
    const known = await vault.tokenize(t, batchKnown);
    const rows = [];
    rows.push(await measure('tokenize 1 new', 300, 1, (i) => vault.tokenize(t, [{ type: 'NAME', value: `New ${run} ${i}` }])));
    rows.push(await measure('tokenize 1 known', 300, 1, (i) => vault.tokenize(t, [{ type: 'NAME', value: single[Math.abs(i) % 10]! }])));
    rows.push(
      await measure('tokenize 100 new', 60, 100, (i) =>
        vault.tokenize(t, Array.from({ length: 100 }, (_, j) => ({ type: 'NAME', value: `B ${run} ${i} ${j}` }))),
      ),
    );
    rows.push(await measure('tokenize 100 known', 100, 100, () => vault.tokenize(t, batchKnown)));
    rows.push(await measure('detokenize 1', 300, 1, (i) => vault.detokenize(t, [known[Math.abs(i) % 100]!])));
    rows.push(await measure('detokenize 100', 100, 100, () => vault.detokenize(t, known)));
    console.log(`\n${name}`);
    console.table(rows);
  } finally {
    await s?.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const serverUrl = process.env.PHIGATE_BENCH_DATABASE_URL ?? process.env.PHIGATE_TEST_DATABASE_URL;
console.log(`phigate bench:vault — node ${process.version}, ${(await import('node:os')).cpus().length} cores`);
await run('PGlite (embedded, in memory)', await openStore({}));
if (serverUrl) {
  const name = `phigate_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  try {
    await run('PostgreSQL (server, loopback)', await openStore({ databaseUrl: u.toString() }));
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
} else {
  console.log('\nPostgreSQL: skipped (set PHIGATE_BENCH_DATABASE_URL to a server URL)');
}
console.log('\ntarget: tokenize 100 values in under 20 ms p50 on PostgreSQL');
