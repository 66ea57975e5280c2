// Child process of bench/gateway.ts: a REFERENCE, not phigate. The least a Node.js gateway can do
// and still keep identifiers from the upstream, written with nothing around it: node:http in and
// out (no framework, no authentication, no rate limit, no logging), phigate's own detector (the
// compiled dist/deid) on every message, each identifier replaced by a numbered token, ONE durable
// PostgreSQL insert (a row of identifier counts, standing for the pre-send audit write), the call
// to the mock upstream, the detector again on the answer, the tokens put back, the answer sent.
// No vault, no encryption, no Merkle tree, no policies, no errors handled. It answers one question
// in the bench's own conditions: how much latency the irreducible work costs on this machine, so
// that phigate's figure can be read against it as well as against Portkey's.
// Environment: PHIGATE_BENCH_MOCK_URL (the mock upstream), PHIGATE_BENCH_FLOOR_DB (a PostgreSQL URL).
// IPC: -> { op: 'ready', url }; <- { op: 'stop' } exits (also on disconnect).
import * as http from 'node:http';
import pg from 'pg';
import { detect } from '../../dist/deid/index.js';

const upstream = new URL(`${process.env.PHIGATE_BENCH_MOCK_URL}/v1/chat/completions`);
const db = new pg.Client({ connectionString: process.env.PHIGATE_BENCH_FLOOR_DB });
await db.connect();
await db.query('create table if not exists floor_requests (id bigserial primary key, identifiers jsonb not null)');
const agent = new http.Agent({ keepAlive: true });

/** `text` with each detected identifier replaced by a token noted in `values`; counts per type. */
function tokenize(text, values, counts) {
  let out = '';
  let pos = 0;
  for (const s of [...detect(text)].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (s.start < pos) continue;
    const token = `[[${s.type}_${values.size}]]`;
    values.set(token, text.slice(s.start, s.end));
    counts[s.type] = (counts[s.type] ?? 0) + 1;
    out += text.slice(pos, s.start) + token;
    pos = s.end;
  }
  return out + text.slice(pos);
}

const restore = (text, values) => text.replace(/\[\[[A-Z_]+_\d+\]\]/g, (t) => values.get(t) ?? t);

function forward(body, authorization) {
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(JSON.stringify(body));
    const req = http.request(upstream, {
      method: 'POST',
      agent,
      headers: { authorization, 'content-type': 'application/json', 'content-length': String(payload.length) },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      res.on('error', reject);
    });
    req.end(payload);
  });
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const values = new Map();
      const counts = {};
      for (const m of body.messages) if (typeof m.content === 'string') m.content = tokenize(m.content, values, counts);
      await db.query('insert into floor_requests (identifiers) values ($1)', [JSON.stringify(counts)]);
      const answer = await forward(body, req.headers.authorization);
      for (const ch of answer.choices) {
        detect(ch.message.content); // the answer scan (counted, as phigate's default "flag" policy does)
        ch.message.content = restore(ch.message.content, values);
      }
      const out = JSON.stringify(answer);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) });
      res.end(out);
    } catch {
      res.writeHead(500).end();
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send({ op: 'ready', url: `http://127.0.0.1:${server.address().port}` }));
const stop = () => server.close(() => db.end().finally(() => process.exit(0)));
process.on('message', (m) => {
  if (m?.op === 'stop') stop();
});
process.on('disconnect', stop);
