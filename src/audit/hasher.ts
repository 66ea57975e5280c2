import { Worker } from 'node:worker_threads';

/**
 * Leaf hashing for `verify` on a worker thread, so that hashing one chunk of events overlaps
 * reading the next from the database. The worker is plain JavaScript given as source (no module
 * resolution, same under tsx and compiled). It returns, per event: its position, its leaf hash, and
 * flags for what the caller must look at itself (a body whose own position or tenant disagrees, or
 * whose hash differs from the stored one). The caller keeps its own single-threaded path for any
 * chunk the worker flags or cannot split, so the worker only ever speeds up a clean run.
 */
const SOURCE = `
const { parentPort } = require('node:worker_threads');
const crypto = require('node:crypto');
const zero = Buffer.from([0]);
const leaf = crypto.hash
  ? (s) => crypto.hash('sha256', '\\0' + s, 'buffer')
  : (s) => crypto.createHash('sha256').update(zero).update(s).digest();
function bodySeq(body) {
  const at = body.indexOf(',"seq":');
  if (at < 0) return -1;
  let n = 0, i = at + 7;
  for (; i < body.length && i < at + 22; i++) {
    const c = body.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
  }
  return i > at + 7 && body.charCodeAt(i) === 44 ? n : -1;
}
parentPort.on('message', (m) => {
  const lines = m.text.split('\\n');
  if (lines.length !== m.n) return parentPort.postMessage({ id: m.id, ok: false });
  const seqs = new Float64Array(m.n);
  const leaves = new ArrayBuffer(32 * m.n);
  const out = Buffer.from(leaves);
  let flagged = false;
  const needle = ',"tenant":"' + m.tenant + '",';
  let prev = -1;
  for (let i = 0; i < m.n; i++) {
    const line = lines[i];
    const a = line.indexOf('\\t');
    const b = a < 0 ? -1 : line.indexOf('\\t', a + 1);
    if (b < 0) return parentPort.postMessage({ id: m.id, ok: false });
    const seq = Number(line.slice(0, a));
    if (!(seq > prev)) return parentPort.postMessage({ id: m.id, ok: false });
    prev = seq;
    seqs[i] = seq;
    const body = line.slice(b + 1);
    const h = leaf(body);
    h.copy(out, 32 * i);
    if (bodySeq(body) !== seq || !body.includes(needle) || (m.withHashes && h.toString('hex') !== line.slice(a + 1, b))) flagged = true;
  }
  parentPort.postMessage({ id: m.id, ok: true, flagged, seqs, leaves }, [seqs.buffer, leaves]);
});
`;

export interface HashedChunk {
  ok: boolean;
  flagged?: boolean;
  seqs?: Float64Array;
  leaves?: ArrayBuffer;
}

export class LeafHasher {
  private readonly worker: Worker;
  private readonly pending = new Map<number, (r: HashedChunk) => void>();
  private next = 0;
  private failed = false;

  constructor() {
    this.worker = new Worker(SOURCE, { eval: true });
    this.worker.unref();
    this.worker.on('message', (m: HashedChunk & { id: number }) => {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    });
    this.worker.on('error', () => this.fail());
    this.worker.on('exit', () => this.fail());
  }

  private fail(): void {
    this.failed = true;
    for (const r of this.pending.values()) r({ ok: false });
    this.pending.clear();
  }

  hash(text: string, n: number, tenant: string, withHashes: boolean): Promise<HashedChunk> {
    if (this.failed) return Promise.resolve({ ok: false });
    const id = this.next++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ id, text, n, tenant, withHashes });
    });
  }

  async close(): Promise<void> {
    this.failed = true;
    await this.worker.terminate();
  }
}
