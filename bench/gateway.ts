// npm run bench:gateway — what a gateway adds to a model call. One run, one mock upstream (the test
// mock, in a process of its own on 127.0.0.1), a ~2 KB synthetic clinical prompt full of synthetic
// identifiers, sent
//   1. directly to the mock upstream,
//   2. through phigate (a child process started like `phigate serve`, from the compiled build in
//      dist/ that `npm start` runs, rebuilt first with tsc: embedded PGlite store on disk,
//      and PostgreSQL when PHIGATE_BENCH_DATABASE_URL or PHIGATE_TEST_DATABASE_URL names a server;
//      a fresh database is created for the run and dropped after), route `openai` to the mock,
//   3. through the open-source Portkey gateway (@portkey-ai/gateway, its own server bundle in a
//      child process, bound to 127.0.0.1; provider `openai` with a custom host: the mock),
//   4. (PostgreSQL runs, non-streamed latency only) through a reference that is NOT phigate: a
//      minimal node:http proxy doing only the irreducible work (bench/support/gateway-floor.mjs).
// Measures added latency p50/p99 over direct (non-streamed, one client, requests interleaved
// across targets), streaming time-to-first-token overhead, and requests/s at 50 concurrent
// clients. All traffic stays on 127.0.0.1; iteration counts and times are bounded; prints figures
// and asserts nothing. PHIGATE_BENCH_CPU_PROF=<dir> writes CPU profiles of the phigate children.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as http from 'node:http';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { buildDist } from './support/build.js';

const here = dirname(fileURLToPath(import.meta.url));
const MODEL = 'gpt-bench';
const UPSTREAM_KEY = `sk-bench-${randomBytes(8).toString('hex')}`;
const CONCURRENCY = 50;

// Bounds (counts and wall-clock caps per phase).
const LAT_WARMUP_ROUNDS = 150;
const LAT_ROUNDS = 1000;
const LAT_MAX_MS = 45_000;
const STREAM_WARMUP_ROUNDS = 20;
const STREAM_ROUNDS = 250;
const STREAM_MAX_MS = 40_000;
const TURN_WARMUP_ROUNDS = 20;
const TURN_ROUNDS = 300;
const TURN_MAX_MS = 40_000;
const LOAD_WARMUP_MS = 1_500;
const LOAD_MS = 6_000;
const REQUEST_TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------------------------------------
// The prompt: a synthetic clinical note (~2 KB). Every identifier is invented: 555-01xx phone
// numbers, example.org addresses, made-up names, MRNs and street addresses.

interface Patient {
  first: string;
  last: string;
  dob: string;
  mrn: string;
  phone: string;
  street: string;
  city: string;
  zip: string;
  email: string;
  spouse: string;
  pcp: string;
}

const PATIENTS: Patient[] = [
  { first: 'Dolores', last: 'Whitfield', dob: '04/17/1958', mrn: '88231907', phone: '(617) 555-0142', street: '42 Larchmont Avenue', city: 'Brookline, MA', zip: '02446', email: 'dolores.whitfield@example.org', spouse: 'Harold Whitfield', pcp: 'Dr. Anita Raghunathan' },
  { first: 'Marcus', last: 'Okonkwo-Bell', dob: '11/02/1971', mrn: '70419254', phone: '(312) 555-0187', street: '1180 North Damen Street, Apt 3B', city: 'Chicago, IL', zip: '60622', email: 'm.okonkwobell@example.org', spouse: 'Renee Okonkwo-Bell', pcp: 'Dr. Samuel Lindqvist' },
  { first: 'Evelyn', last: 'Marchetti', dob: '07/29/1946', mrn: '55102388', phone: '(503) 555-0119', street: '905 Southeast Alder Court', city: 'Portland, OR', zip: '97214', email: 'evelyn.marchetti@example.org', spouse: 'Paolo Marchetti', pcp: 'Dr. Grace Thibodeaux' },
  { first: 'Tobias', last: 'Lindgren', dob: '01/08/1963', mrn: '61827730', phone: '(414) 555-0163', street: '77 Cedar Ridge Road', city: 'Wauwatosa, WI', zip: '53213', email: 'tobias.lindgren@example.org', spouse: 'Ingrid Lindgren', pcp: 'Dr. Farah Haddad' },
  { first: 'Rosalind', last: 'Achterberg', dob: '09/14/1952', mrn: '43390615', phone: '(720) 555-0128', street: '2316 Juniper Lane', city: 'Boulder, CO', zip: '80304', email: 'r.achterberg@example.org', spouse: 'Willem Achterberg', pcp: 'Dr. Kenji Watanabe' },
  { first: 'Desmond', last: 'Fairweather', dob: '03/23/1969', mrn: '92066471', phone: '(919) 555-0175', street: '615 Magnolia Street', city: 'Durham, NC', zip: '27701', email: 'desmond.fairweather@example.org', spouse: 'Lorraine Fairweather', pcp: 'Dr. Priya Venkataraman' },
  { first: 'Agnieszka', last: 'Kowalczyk', dob: '12/05/1975', mrn: '38814502', phone: '(216) 555-0136', street: '3402 Fulton Road', city: 'Cleveland, OH', zip: '44109', email: 'a.kowalczyk@example.org', spouse: 'Tomasz Kowalczyk', pcp: 'Dr. Benjamin Osei' },
  { first: 'Clarence', last: 'Beaumont', dob: '06/30/1949', mrn: '67253148', phone: '(504) 555-0191', street: '819 Esplanade Avenue', city: 'New Orleans, LA', zip: '70116', email: 'clarence.beaumont@example.org', spouse: 'Odile Beaumont', pcp: 'Dr. Miriam Castellanos' },
];

/** The note of patient `p`; `n` makes each request's text its own (a distance walked), so that no gateway can answer from what it read before. */
function clinicalNote(p: Patient, n = 0): string {
  return [
    `Please summarize this note for the care team and list open follow-up items.`,
    ``,
    `DISCHARGE SUMMARY — Cardiology Service`,
    `Patient: ${p.first} ${p.last}   DOB: ${p.dob}   MRN: ${p.mrn}`,
    `Address: ${p.street}, ${p.city} ${p.zip}   Phone: ${p.phone}   Email: ${p.email}`,
    `Admitted: 03/09/2026   Discharged: 03/14/2026   Attending: Dr. Jonathan Pereira   PCP: ${p.pcp}`,
    ``,
    `HPI: ${p.first} ${p.last} is a patient with hypertension, type 2 diabetes and hyperlipidemia who presented`,
    `to the emergency department on 03/09/2026 with two hours of substernal chest pressure radiating to the`,
    `left arm, diaphoresis and nausea. Initial troponin was 0.42 ng/mL, rising to 1.87 ng/mL at six hours. ECG`,
    `showed ST depression in V4-V6. ${p.spouse} (spouse) drove the patient in and can be reached at ${p.phone}.`,
    ``,
    `Hospital course: Started on aspirin, ticagrelor, heparin drip and high-intensity atorvastatin. Cardiac`,
    `catheterization on 03/10/2026 showed 90% stenosis of the proximal LAD; one drug-eluting stent placed without`,
    `complication. Echo on 03/11/2026: LVEF 45%, mild anterior hypokinesis, no significant valvular disease.`,
    `Metformin held around contrast and resumed on 03/12/2026 after creatinine returned to baseline (1.0 mg/dL).`,
    `Mr./Ms. ${p.last} ambulated ${200 + n} feet without symptoms on telemetry and was seen by cardiac rehab.`,
    ``,
    `Discharge medications: aspirin 81 mg daily; ticagrelor 90 mg twice daily for 12 months; atorvastatin 80 mg`,
    `nightly; metoprolol succinate 50 mg daily; lisinopril 10 mg daily; metformin 1000 mg twice daily;`,
    `nitroglycerin 0.4 mg SL as needed for chest pain.`,
    ``,
    `Follow-up: cardiology clinic with Dr. Pereira on 03/28/2026; ${p.pcp} within two weeks; BMP and lipid`,
    `panel in 6 weeks; outpatient cardiac rehab referral sent. Call ${p.phone} to confirm appointments; the`,
    `patient prefers mail to ${p.street}, ${p.city} ${p.zip}. MRN ${p.mrn} for all correspondence.`,
  ].join('\n');
}

const SYSTEM = 'You are a clinical documentation assistant. Be concise and accurate.';
/** The sanity check's prompts (n = 0). */
const prompts = PATIENTS.map((p) => clinicalNote(p));
type Message = { role: string; content: string };
const bodyWith = (messages: Message[], stream: boolean) =>
  Buffer.from(
    JSON.stringify({
      model: MODEL,
      messages: [{ role: 'system', content: SYSTEM }, ...messages],
      temperature: 0,
      ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
    }),
  );
// Every measured request carries a note no earlier request carried (phigate remembers what it
// detected in texts it has read: a repeated prompt would measure that memory, not de-identification).
let requestSeq = 0;
const nextBody = (stream: boolean) => {
  const n = ++requestSeq;
  return bodyWith([{ role: 'user', content: clinicalNote(PATIENTS[n % PATIENTS.length]!, n) }], stream);
};
// A conversation's later turn: three earlier exchanges (the notes and the answers, as a client
// re-sends them: the chat APIs are stateless) and a new note.
const HISTORY: Message[] = [0, 1, 2].flatMap((i) => {
  const note = clinicalNote(PATIENTS[i]!, -1 - i);
  return [
    { role: 'user', content: note },
    { role: 'assistant', content: note },
  ];
});
const nextTurn = () => {
  const n = ++requestSeq;
  return bodyWith([...HISTORY, { role: 'user', content: clinicalNote(PATIENTS[n % PATIENTS.length]!, n) }], false);
};

// ---------------------------------------------------------------------------------------------
// Load generator: node:http with a keep-alive agent per target, no compression.

interface Target {
  name: string;
  host: string;
  port: number;
  path: string;
  headers: Record<string, string>;
  agent: http.Agent;
  /** Portkey, the floor and direct are reference points; phigate rows get the targets. */
  kind: 'direct' | 'phigate-pglite' | 'phigate-postgres' | 'portkey' | 'floor';
}

interface Sample {
  status: number;
  ms: number;
  /** Time to the first non-empty content delta (streams). */
  ttftMs?: number;
  /** Answer text (non-streamed: message content; streamed: concatenated deltas) when asked for. */
  text?: string;
  error?: string;
}

function makeTarget(kind: Target['kind'], name: string, baseUrl: string, headers: Record<string, string>): Target {
  const u = new URL(baseUrl);
  if (u.hostname !== '127.0.0.1') throw new Error(`${name}: not on 127.0.0.1`);
  return {
    kind,
    name,
    host: u.hostname,
    port: Number(u.port),
    path: `${u.pathname.replace(/\/$/, '')}/v1/chat/completions`,
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    agent: new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY + 4, maxFreeSockets: CONCURRENCY + 4 }),
  };
}

function call(t: Target, body: Buffer, stream: boolean, keepText = false): Promise<Sample> {
  return new Promise((resolveSample) => {
    const start = performance.now();
    let done = false;
    const finish = (s: Omit<Sample, 'ms'>) => {
      if (done) return;
      done = true;
      resolveSample({ ...s, ms: performance.now() - start });
    };
    const req = http.request(
      { host: t.host, port: t.port, path: t.path, method: 'POST', agent: t.agent, headers: { ...t.headers, 'content-length': String(body.length) } },
      (res) => {
        const status = res.statusCode ?? 0;
        let ttftMs: number | undefined;
        let pending = '';
        let text = '';
        const raw: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          if (!stream || status !== 200) {
            if (keepText || status !== 200) raw.push(chunk);
            return;
          }
          // Parse SSE as a client does: every event's JSON, noting the first non-empty content delta.
          pending += chunk.toString('utf8').replace(/\r/g, '');
          let i: number;
          while ((i = pending.indexOf('\n\n')) >= 0) {
            const event = pending.slice(0, i);
            pending = pending.slice(i + 2);
            for (const line of event.split('\n')) {
              if (!line.startsWith('data:')) continue;
              const data = line.slice(5).trim();
              if (data === '[DONE]' || data === '') continue;
              let content: unknown;
              try {
                content = (JSON.parse(data) as { choices?: Array<{ delta?: { content?: unknown } }> }).choices?.[0]?.delta?.content;
              } catch {
                continue;
              }
              if (typeof content === 'string' && content.length > 0) {
                if (ttftMs === undefined) ttftMs = performance.now() - start;
                if (keepText) text += content;
              }
            }
          }
        });
        res.on('end', () => {
          const s: Omit<Sample, 'ms'> = { status };
          if (ttftMs !== undefined) s.ttftMs = ttftMs;
          if (status !== 200) s.error = Buffer.concat(raw).toString('utf8').slice(0, 300);
          else if (keepText && stream) s.text = text;
          else if (keepText) {
            try {
              const content = (JSON.parse(Buffer.concat(raw).toString('utf8')) as { choices?: Array<{ message?: { content?: unknown } }> }).choices?.[0]?.message?.content;
              s.text = typeof content === 'string' ? content : '';
            } catch {
              s.text = '';
            }
          }
          finish(s);
        });
        res.on('error', (e) => finish({ status: 0, error: e.message }));
      },
    );
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    req.on('error', (e) => finish({ status: 0, error: e.message }));
    req.end(body);
  });
}

// ---------------------------------------------------------------------------------------------
// Statistics and printing.

const quantile = (xs: number[], q: number): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const signed = (x: number) => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${x.toFixed(2)}` : 'n/a');

function shuffled<T>(xs: T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// Child processes.

interface Child {
  proc: ChildProcess;
  stderr: string[];
  ready: Promise<Record<string, unknown>>;
  /** Understands `{ op: 'stop' }` over IPC (ours); otherwise it gets SIGTERM (Portkey). */
  graceful: boolean;
}

function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[k]) env[k] = process.env[k]!;
  return env;
}

function startChild(script: string, args: string[], env: Record<string, string>, execArgv: string[], graceful = true, readyTimeoutMs = 60_000): Child {
  const proc = fork(script, args, { env, execArgv, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const stderr: string[] = [];
  proc.stderr?.on('data', (c: Buffer) => {
    stderr.push(c.toString('utf8'));
    if (stderr.length > 200) stderr.shift();
  });
  const ready = new Promise<Record<string, unknown>>((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script}: not ready after ${readyTimeoutMs} ms\n${stderr.join('')}`)), readyTimeoutMs);
    timer.unref();
    proc.on('message', (m: Record<string, unknown>) => {
      if (m?.op === 'ready') {
        clearTimeout(timer);
        resolveReady(m);
      }
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code}) before it was ready\n${stderr.join('')}`));
    });
  });
  ready.catch(() => undefined);
  return { proc, stderr, ready, graceful };
}

async function stopChild(c: Child | undefined): Promise<void> {
  const graceful = c?.graceful ?? false;
  if (!c || c.proc.exitCode !== null || c.proc.signalCode !== null) return;
  const exited = new Promise<void>((r) => c.proc.once('exit', () => r()));
  if (graceful && c.proc.connected) c.proc.send({ op: 'stop' });
  else c.proc.kill('SIGTERM');
  const t = setTimeout(() => c.proc.kill('SIGKILL'), graceful ? 10_000 : 5_000);
  await exited;
  clearTimeout(t);
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolvePort(port));
    });
  });
}

async function waitHttpOk(port: number, path: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((r) => {
      const req = http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
        res.resume();
        res.on('end', () => r(res.statusCode === 200));
      });
      req.on('error', () => r(false));
      req.setTimeout(1000, () => req.destroy());
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`127.0.0.1:${port}${path} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// ---------------------------------------------------------------------------------------------
// Phases.

async function verify(targets: Target[], mock: Child): Promise<void> {
  let id = 0;
  const seen = (texts: string[]) =>
    new Promise<boolean[]>((r) => {
      const my = ++id;
      const on = (m: { op?: string; id?: number; seen?: boolean[] }) => {
        if (m?.op === 'seen' && m.id === my) {
          mock.proc.off('message', on);
          r(m.seen ?? []);
        }
      };
      mock.proc.on('message', on);
      mock.proc.send({ op: 'seen', id: my, texts });
    });
  const p = PATIENTS[0]!;
  const identifiers = [`${p.first} ${p.last}`, p.mrn, p.phone, p.email, p.street, p.dob];
  const rows = [];
  for (const t of targets) {
    mock.proc.send({ op: 'clear' });
    const plain = await call(t, bodyWith([{ role: 'user', content: prompts[0]! }], false), false, true);
    const streamed = await call(t, bodyWith([{ role: 'user', content: prompts[0]! }], true), true, true);
    const reached = await seen(identifiers);
    rows.push({
      target: t.name,
      'plain: status': plain.status,
      'plain: answer = prompt': plain.text === prompts[0],
      'stream: status': streamed.status,
      'stream: answer = prompt': streamed.text === prompts[0],
      'identifiers that reached the upstream': `${reached.filter(Boolean).length}/${identifiers.length}`,
    });
    if (plain.status !== 200) console.log(`  ${t.name}: ${plain.error ?? ''}`);
    if (streamed.status !== 200) console.log(`  ${t.name} (stream): ${streamed.error ?? ''}`);
  }
  mock.proc.send({ op: 'clear' });
  console.log('\nSanity check (the mock echoes the last user message; a gateway should hand the caller its own text back)');
  console.table(rows);
}

interface LatencyResult {
  plain: Map<Target, number[]>;
  ttft: Map<Target, number[]>;
  streamTotal: Map<Target, number[]>;
  plainErrors: Map<Target, number>;
  streamErrors: Map<Target, number>;
  rounds: { plain: number; stream: number };
  /** A conversation's later turn (history re-sent), non-streamed. */
  turn: Map<Target, number[]>;
  turnErrors: Map<Target, number>;
  turnRounds: number;
}

async function latencyPhase(targets: Target[]): Promise<LatencyResult> {
  const plain = new Map(targets.map((t) => [t, [] as number[]]));
  const ttft = new Map(targets.map((t) => [t, [] as number[]]));
  const streamTotal = new Map(targets.map((t) => [t, [] as number[]]));
  const plainErrors = new Map(targets.map((t) => [t, 0]));
  const streamErrors = new Map(targets.map((t) => [t, 0]));

  // Non-streamed: one client, each round visits every target once in a random order, so drift
  // (CPU frequency, GC, the database) lands on all targets alike.
  for (let r = 0; r < LAT_WARMUP_ROUNDS; r++) for (const t of shuffled(targets)) await call(t, nextBody(false), false);
  let t0 = performance.now();
  let plainRounds = 0;
  for (let r = 0; r < LAT_ROUNDS && performance.now() - t0 < LAT_MAX_MS; r++, plainRounds++) {
    for (const t of shuffled(targets)) {
      const s = await call(t, nextBody(false), false);
      if (s.status === 200) plain.get(t)!.push(s.ms);
      else plainErrors.set(t, plainErrors.get(t)! + 1);
    }
  }

  // Streamed: time to the first content delta, and to the end of the stream.
  const streaming = targets.filter((t) => t.kind !== 'floor'); // the floor reference answers plain calls only
  for (let r = 0; r < STREAM_WARMUP_ROUNDS; r++) for (const t of shuffled(streaming)) await call(t, nextBody(true), true);
  t0 = performance.now();
  let streamRounds = 0;
  for (let r = 0; r < STREAM_ROUNDS && performance.now() - t0 < STREAM_MAX_MS; r++, streamRounds++) {
    for (const t of shuffled(streaming)) {
      const s = await call(t, nextBody(true), true);
      if (s.status === 200 && s.ttftMs !== undefined) {
        ttft.get(t)!.push(s.ttftMs);
        streamTotal.get(t)!.push(s.ms);
      } else streamErrors.set(t, streamErrors.get(t)! + 1);
    }
  }
  // A conversation's later turn: the same history with every request, a new note each time;
  // phigate gets the conversation header (stable tokens across turns), as a chat client sends it.
  const turn = new Map(targets.map((t) => [t, [] as number[]]));
  const turnErrors = new Map(targets.map((t) => [t, 0]));
  const asTurn = new Map(targets.map((t) => [t, t.kind.startsWith('phigate') ? { ...t, headers: { ...t.headers, 'x-phigate-conversation': `bench-${t.kind}` } } : t]));
  for (let r = 0; r < TURN_WARMUP_ROUNDS; r++) for (const t of shuffled(streaming)) await call(asTurn.get(t)!, nextTurn(), false);
  t0 = performance.now();
  let turnRounds = 0;
  for (let r = 0; r < TURN_ROUNDS && performance.now() - t0 < TURN_MAX_MS; r++, turnRounds++) {
    for (const t of shuffled(streaming)) {
      const s = await call(asTurn.get(t)!, nextTurn(), false);
      if (s.status === 200) turn.get(t)!.push(s.ms);
      else turnErrors.set(t, turnErrors.get(t)! + 1);
    }
  }
  return { plain, ttft, streamTotal, plainErrors, streamErrors, rounds: { plain: plainRounds, stream: streamRounds }, turn, turnErrors, turnRounds };
}

interface LoadResult {
  rps: number;
  completed: number;
  errors: number;
  p50: number;
  p99: number;
  firstError?: string;
}

async function loadPhase(t: Target): Promise<LoadResult> {
  const run = async (ms: number, record: boolean) => {
    const lat: number[] = [];
    let errors = 0;
    let firstError: string | undefined;
    const start = performance.now();
    const end = start + ms;
    let n = 0;
    const worker = async () => {
      while (performance.now() < end) {
        const s = await call(t, nextBody(false), false);
        if (s.status === 200) lat.push(s.ms);
        else {
          errors++;
          firstError ??= `${s.status} ${s.error ?? ''}`;
        }
        n++;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, () => worker()));
    const elapsed = (performance.now() - start) / 1000;
    if (!record) return undefined;
    const r: LoadResult = { rps: lat.length / elapsed, completed: n, errors, p50: quantile(lat, 0.5), p99: quantile(lat, 0.99) };
    if (firstError) r.firstError = firstError;
    return r;
  };
  await run(LOAD_WARMUP_MS, false);
  return (await run(LOAD_MS, true))!;
}

// ---------------------------------------------------------------------------------------------
// Main.

const serverUrl = process.env.PHIGATE_BENCH_DATABASE_URL ?? process.env.PHIGATE_TEST_DATABASE_URL;
const cpuProfDir = process.env.PHIGATE_BENCH_CPU_PROF ? resolve(process.env.PHIGATE_BENCH_CPU_PROF) : undefined;
// Portkey's published server bundle: the package's bin (a devDependency; skipped when absent).
let portkey: { version: string; bin: string } | undefined;
try {
  const pkgPath = createRequire(import.meta.url).resolve('@portkey-ai/gateway/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string; bin: string | Record<string, string> };
  portkey = { version: pkg.version, bin: join(dirname(pkgPath), typeof pkg.bin === 'string' ? pkg.bin : Object.values(pkg.bin)[0]!) };
} catch {
  portkey = undefined;
}

const benchStart = performance.now();
// The measured phigate is the build (what `npm start` runs), made fresh as `npm run build` makes it.
buildDist(join(here, '..'), 'bench:gateway');
console.log(
  `phigate bench:gateway — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}); ` +
    `prompt ${nextBody(false).length} bytes of JSON (user message ${Buffer.byteLength(prompts[0]!)} bytes; each request's its own); conversation turn ${nextTurn().length} bytes; @portkey-ai/gateway ${portkey?.version ?? 'not installed'}`,
);

const children: Child[] = [];
const dataDirs: string[] = [];
let admin: pg.Client | undefined;
let dbName: string | undefined;
try {
  // The mock upstream, in its own process.
  const mock = startChild(join(here, 'support', 'gateway-mock.ts'), [], baseEnv(), ['--import', 'tsx']);
  children.push(mock);
  const mockUrl = String((await mock.ready).url);

  // phigate children: PGlite on disk, and PostgreSQL on a fresh database when a server is named.
  const phigateEnv = (dataDir: string, databaseUrl?: string): Record<string, string> => ({
    ...baseEnv(),
    PHIGATE_DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    // Far above what the bench sends: the per-key limit is not what is measured here.
    PHIGATE_RATE_LIMIT: '1000000',
    ...(process.env.PHIGATE_LOG_LEVEL ? { PHIGATE_LOG_LEVEL: process.env.PHIGATE_LOG_LEVEL } : {}),
    // PHIGATE_DEID_CACHE=0 measures phigate without its memory of texts already read.
    ...(process.env.PHIGATE_DEID_CACHE ? { PHIGATE_DEID_CACHE: process.env.PHIGATE_DEID_CACHE } : {}),
    PHIGATE_BENCH_MOCK_URL: mockUrl,
    PHIGATE_BENCH_MODEL: MODEL,
    PHIGATE_BENCH_UPSTREAM_KEY: UPSTREAM_KEY,
  });
  const phigateArgv = (label: string) => (cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${join(cpuProfDir, label)}`] : []);
  const phigateScript = join(here, 'support', 'gateway-phigate.mjs');

  const pgliteDir = mkdtempSync(join(tmpdir(), 'phigate-bench-gw-'));
  dataDirs.push(pgliteDir);
  const phPglite = startChild(phigateScript, [], phigateEnv(pgliteDir), phigateArgv('pglite'));
  children.push(phPglite);

  let phPostgres: Child | undefined;
  let floor: Child | undefined;
  if (serverUrl) {
    dbName = `phigate_bench_${randomBytes(4).toString('hex')}`;
    admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    const u = new URL(serverUrl);
    u.pathname = `/${dbName}`;
    const pgDir = mkdtempSync(join(tmpdir(), 'phigate-bench-gw-'));
    dataDirs.push(pgDir);
    phPostgres = startChild(phigateScript, [], phigateEnv(pgDir, u.toString()), phigateArgv('postgres'));
    children.push(phPostgres);
    // The floor reference (not phigate: see its header), on the same database server.
    floor = startChild(join(here, 'support', 'gateway-floor.mjs'), [], { ...baseEnv(), PHIGATE_BENCH_MOCK_URL: mockUrl, PHIGATE_BENCH_FLOOR_DB: u.toString() }, []);
    children.push(floor);
  }

  // Portkey: its published server bundle (the package's bin), headless, on a free loopback port;
  // the preload keeps its listening socket on 127.0.0.1.
  const portkeyPort = portkey ? await freePort() : 0;
  if (portkey) {
    children.push(startChild(portkey.bin, [`--port=${portkeyPort}`, '--headless'], { ...baseEnv(), NODE_ENV: 'production' }, ['--import', join(here, 'support', 'portkey-preload.mjs')], false));
  }
  const portkeyUp = portkey ? waitHttpOk(portkeyPort, '/', 30_000) : Promise.resolve();

  const targets: Target[] = [makeTarget('direct', 'direct (mock upstream)', mockUrl, { authorization: `Bearer ${UPSTREAM_KEY}` })];
  const pgliteReady = await phPglite.ready;
  targets.push(makeTarget('phigate-pglite', 'phigate, PGlite (embedded)', String(pgliteReady.url), { authorization: `Bearer ${String(pgliteReady.key)}`, 'x-phigate-purpose': 'TREAT' }));
  if (phPostgres) {
    const r = await phPostgres.ready;
    targets.push(makeTarget('phigate-postgres', 'phigate, PostgreSQL', String(r.url), { authorization: `Bearer ${String(r.key)}`, 'x-phigate-purpose': 'TREAT' }));
  }
  if (floor) targets.push(makeTarget('floor', 'reference: minimal proxy', String((await floor.ready).url), { authorization: `Bearer ${UPSTREAM_KEY}` }));
  await portkeyUp;
  if (portkey) {
    targets.push(
      makeTarget('portkey', 'Portkey gateway', `http://127.0.0.1:${portkeyPort}`, {
        authorization: `Bearer ${UPSTREAM_KEY}`,
        'x-portkey-provider': 'openai',
        'x-portkey-custom-host': `${mockUrl}/v1`,
      }),
    );
  } else console.log('Portkey: skipped (@portkey-ai/gateway is not installed; npm install)');
  console.log(`started in ${((performance.now() - benchStart) / 1000).toFixed(1)} s: mock ${mockUrl}, ${targets.slice(1).map((t) => `${t.name} 127.0.0.1:${t.port}`).join(', ')}`);
  if (!serverUrl) console.log('PostgreSQL: skipped (set PHIGATE_BENCH_DATABASE_URL to a server URL)');

  await verify(targets.filter((t) => t.kind !== 'floor'), mock);

  const lat = await latencyPhase(targets);
  const direct = targets[0]!;
  const dPlain50 = quantile(lat.plain.get(direct)!, 0.5);
  const dPlain99 = quantile(lat.plain.get(direct)!, 0.99);
  const dTtft50 = quantile(lat.ttft.get(direct)!, 0.5);
  const dTtft99 = quantile(lat.ttft.get(direct)!, 0.99);
  const portkeyT = targets.find((t) => t.kind === 'portkey');
  const pkAdded50 = portkeyT ? quantile(lat.plain.get(portkeyT)!, 0.5) - dPlain50 : NaN;
  const pkAdded99 = portkeyT ? quantile(lat.plain.get(portkeyT)!, 0.99) - dPlain99 : NaN;

  const targetNote = (t: Target, added50: number) => {
    if (t.kind === 'direct') return '(baseline)';
    if (t.kind === 'portkey') return '(reference)';
    if (t.kind === 'floor') return '(reference: the least work)';
    const vsPortkey = !Number.isFinite(pkAdded50) ? 'n/a' : added50 <= pkAdded50 ? 'met' : 'missed';
    const abs = t.kind === 'phigate-postgres' ? `; < 5 ms: ${added50 < 5 ? 'met' : 'missed'}` : '';
    return `<= Portkey: ${vsPortkey}${abs}`;
  };

  console.log(`\nNon-streamed latency — one client, ${lat.rounds.plain} rounds after ${LAT_WARMUP_ROUNDS} warm-up rounds, targets interleaved (ms)`);
  console.table(
    targets.map((t) => {
      const xs = lat.plain.get(t)!;
      const p50 = quantile(xs, 0.5);
      const p99 = quantile(xs, 0.99);
      return {
        target: t.name,
        n: xs.length,
        p50: f2(p50),
        p99: f2(p99),
        'added p50': t.kind === 'direct' ? '—' : signed(p50 - dPlain50),
        'added p99': t.kind === 'direct' ? '—' : signed(p99 - dPlain99),
        'target (added p50)': targetNote(t, p50 - dPlain50),
        errors: lat.plainErrors.get(t)!,
      };
    }),
  );

  console.log(`\nStreamed (SSE, include_usage) — one client, ${lat.rounds.stream} rounds after ${STREAM_WARMUP_ROUNDS} warm-up rounds; TTFT = first non-empty content delta (ms)`);
  console.table(
    targets.filter((t) => t.kind !== 'floor').map((t) => {
      const xs = lat.ttft.get(t)!;
      const p50 = quantile(xs, 0.5);
      const p99 = quantile(xs, 0.99);
      return {
        target: t.name,
        n: xs.length,
        'TTFT p50': f2(p50),
        'TTFT p99': f2(p99),
        'added TTFT p50': t.kind === 'direct' ? '—' : signed(p50 - dTtft50),
        'added TTFT p99': t.kind === 'direct' ? '—' : signed(p99 - dTtft99),
        'whole stream p50': f2(quantile(lat.streamTotal.get(t)!, 0.5)),
        errors: lat.streamErrors.get(t)!,
      };
    }),
  );

  const dTurn50 = quantile(lat.turn.get(direct)!, 0.5);
  console.log(`\nA conversation's later turn — three earlier exchanges re-sent (~${Math.round((nextTurn().length - nextBody(false).length) / 1024)} KB) plus a new note, non-streamed; one client, ${lat.turnRounds} rounds after ${TURN_WARMUP_ROUNDS} warm-up rounds (ms)`);
  console.table(
    targets.filter((t) => t.kind !== 'floor').map((t) => {
      const xs = lat.turn.get(t)!;
      const p50 = quantile(xs, 0.5);
      return { target: t.name, n: xs.length, p50: f2(p50), p99: f2(quantile(xs, 0.99)), 'added p50': t.kind === 'direct' ? '—' : signed(p50 - dTurn50), errors: lat.turnErrors.get(t)! };
    }),
  );

  console.log(`\nThroughput — ${CONCURRENCY} concurrent clients (keep-alive), ${LOAD_MS / 1000} s after ${LOAD_WARMUP_MS / 1000} s warm-up, non-streamed`);
  const loadRows = [];
  for (const t of targets.filter((x) => x.kind !== 'floor')) {
    const r = await loadPhase(t);
    loadRows.push({ target: t.name, 'requests/s': Math.round(r.rps), completed: r.completed, errors: r.errors, 'p50 ms': f2(r.p50), 'p99 ms': f2(r.p99) });
    if (r.firstError) console.log(`  ${t.name}: first error: ${r.firstError}`);
  }
  console.table(loadRows);

  console.log('\nTargets (issue 6): phigate added p50 under 5 ms on PostgreSQL, and no more than Portkey\'s added latency.');
  console.log(`  Portkey added: p50 ${signed(pkAdded50)} ms, p99 ${signed(pkAdded99)} ms`);
  for (const t of targets.filter((x) => x.kind.startsWith('phigate'))) {
    const a50 = quantile(lat.plain.get(t)!, 0.5) - dPlain50;
    const a99 = quantile(lat.plain.get(t)!, 0.99) - dPlain99;
    const cmp = (a: number, b: number) => (!Number.isFinite(b) ? 'no Portkey figure' : a <= b ? "within Portkey's" : "over Portkey's");
    const parts = [`added p50 ${signed(a50)} ms (${cmp(a50, pkAdded50)})`, `added p99 ${signed(a99)} ms (${cmp(a99, pkAdded99)})`];
    if (t.kind === 'phigate-postgres') parts.push(`under 5 ms p50: ${a50 < 5 ? 'met' : 'MISSED'}`);
    console.log(`  ${t.name}: ${parts.join('; ')}`);
  }
  const floorT = targets.find((t) => t.kind === 'floor');
  if (floorT) {
    const f50 = quantile(lat.plain.get(floorT)!, 0.5) - dPlain50;
    console.log(`  reference, minimal proxy doing only the irreducible work (detector on prompt and answer, one durable insert, forward): added p50 ${signed(f50)} ms (${Number.isFinite(pkAdded50) ? (f50 <= pkAdded50 ? "within Portkey's" : "over Portkey's") : 'no Portkey figure'})`);
  }
  if (!serverUrl) console.log('  PostgreSQL target not measured (no server URL).');
  console.log(
    [
      '\nNotes:',
      '- phigate de-identifies every message, then tokenizes into the vault and audits in one statement before the call, calls the mock, scans and restores the answer; Portkey forwards.',
      '- phigate runs from its compiled build (dist/, as npm start does); Portkey from its published server bundle.',
      '- phigate runs with its defaults (log level info to stdout, here /dev/null; key cache 30 s; PostgreSQL pool 10; PGlite on disk in a temp folder) except PHIGATE_RATE_LIMIT=1000000.',
      '- Every request carries a note of its own (a distance walked differs), so no gateway answers from what it read before; the conversation turn re-sends the same three exchanges each time, which phigate reads once (its memory of detected texts, PHIGATE_DEID_CACHE; set PHIGATE_DEID_CACHE=0 when running the bench to measure it off).',
      "- At 50 clients phigate reads the texts of the requests (and of the non-streamed answers) that arrive in one turn of its event loop in one detector call (detectMany; docs/gateway.md, step 2); a single client's request is read alone.",
      '- The mock echoes the prompt, so each answer is ~2 KB (streams: ~4-character deltas, ~480 events). Portkey\'s stream handler waits 25 ms before passing its first chunk on.',
      '- "reference: minimal proxy" (PostgreSQL runs only; non-streamed latency only) is not phigate: node:http in and out, phigate\'s detector on each message and on the answer, tokens swapped in and out in memory, one plain durable insert, no framework, auth, vault, encryption, Merkle log or error handling (bench/support/gateway-floor.mjs). It shows what the irreducible work costs here.',
      '- Mock, gateways and load generator are separate processes sharing the machine\'s cores (and the PostgreSQL server\'s).',
    ].join('\n'),
  );
  if (cpuProfDir) console.log(`CPU profiles of the phigate children (main thread: the largest file in each folder): ${cpuProfDir}/{pglite,postgres}`);
} finally {
  for (const c of [...children].reverse()) await stopChild(c).catch(() => undefined);
  if (admin) {
    if (dbName) await admin.query(`drop database if exists ${dbName} with (force)`).catch((e: Error) => console.log(`could not drop ${dbName}: ${e.message}`));
    await admin.end().catch(() => undefined);
  }
  for (const d of dataDirs) rmSync(d, { recursive: true, force: true });
  console.log(`\ndone in ${((performance.now() - benchStart) / 1000).toFixed(1)} s`);
}
