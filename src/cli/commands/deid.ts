import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { PhigateError } from '../../common/index.js';
import {
  DeidError,
  InMemoryTokenizer,
  deidentifyFhir,
  deidentifyText,
  deidentifyTexts,
  loadPolicy,
  type DeidOptions,
  type OperatorKeys,
  type Policy,
  type Tokenizer,
} from '../../deid/index.js';
import type { Services } from '../../app/index.js';
import { parsePurpose } from '../../audit/index.js';
import { z } from 'zod';
import { loadConfig } from '../../config/index.js';
import { callControl, type ControlCalls } from '../control.js';
import { readLock } from '../lock.js';
import { withServices } from '../runtime.js';
import { cliActor } from './audit.js';

/** Longest JSON line accepted in --jsonl mode; longer lines are skipped with an error (memory stays bounded). */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;
/** Plain-text mode works on chunks of about this size, cut at blank lines. */
const TEXT_CHUNK = 256 * 1024;

export interface DeidCommandOptions {
  jsonl?: boolean;
  policy?: string;
  format?: string;
  tenant?: string;
  patient?: string;
  scope?: string;
  purpose?: string;
}

/** What a tenant-bound run uses instead of the in-memory tokenizer and environment keys. */
interface TenantBinding {
  tenantId: string;
  tokenizer: Tokenizer;
  keys: OperatorKeys;
}

/**
 * `deid --tenant T`: tokens go into the tenant's vault and operator keys are the tenant's. One audit
 * event records the run (who, purpose), written before any output; no record, no run.
 */
export async function runDeidForTenant(s: Services, opts: DeidCommandOptions, io: Io): Promise<number> {
  return runDeid(opts, io, await openTenantBinding(s, { tenant: opts.tenant!, purpose: opts.purpose ?? 'HOPERAT', scope: opts.scope ?? '' }));
}

async function openTenantBinding(s: Services, o: { tenant: string; purpose: string; scope: string }): Promise<TenantBinding> {
  const tenant = await s.tenants.get(o.tenant);
  const purpose = parsePurpose(o.purpose);
  await s.audit.record(tenant.id, { action: 'deid', subtype: 'cli', actor: cliActor(), purpose, outcome: 'success' });
  return {
    tenantId: tenant.id,
    tokenizer: { tokenize: (items) => s.vault.tokenize(tenant.id, [...items], o.scope ? { scope: o.scope } : {}) },
    keys: await s.keys.operatorSecrets(tenant.id),
  };
}

const OpenArg = z.object({ tenant: z.string().min(1).max(200), purpose: z.string().min(1).max(64), scope: z.string().max(200) });
const TokenizeArg = z.object({
  run: z.string().uuid(),
  items: z.array(z.object({ type: z.string().max(32), value: z.string().max(4096) })).max(1000),
});
/** Values per control call (the vault's batch limit). */
const REMOTE_BATCH = 1000;
/** How long a run opened through the control socket may tokenize. */
const RUN_TTL_MS = 24 * 3600_000;
const badCall = () => new PhigateError('control_bad_request', 'malformed control call', 400);

/**
 * What a server holding the embedded data folder does for `deid --tenant` run in another
 * terminal: the CLI reads and de-identifies its input itself (memory bounded, the server's event
 * loop not held up by a large file) and asks the server only to open the run (audit record, the
 * tenant's operator keys) and to tokenize batches into the vault. The socket is the folder
 * owner's alone, who could open the keyring anyway when no server runs.
 */
export function deidControlCalls(s: Services): ControlCalls {
  // Runs opened (and so audited) here: tokenizing needs one, so no tokens are made without the record.
  const runs = new Map<string, { tenantId: string; scope: string; until: number }>();
  return {
    'deid.open': async (arg) => {
      const a = OpenArg.safeParse(arg);
      if (!a.success) throw badCall();
      const b = await openTenantBinding(s, a.data);
      const now = Date.now();
      for (const [id, r] of runs) if (r.until <= now) runs.delete(id);
      const run = randomUUID();
      runs.set(run, { tenantId: b.tenantId, scope: a.data.scope, until: now + RUN_TTL_MS });
      const hex = (k: string | Uint8Array | undefined) => (k === undefined ? undefined : Buffer.from(k).toString('hex'));
      return { run, tenantId: b.tenantId, keys: { surrogate: hex(b.keys.surrogate), dateShift: hex(b.keys.dateShift) } };
    },
    'deid.tokenize': async (arg) => {
      const a = TokenizeArg.safeParse(arg);
      if (!a.success) throw badCall();
      const r = runs.get(a.data.run);
      if (!r || r.until <= Date.now()) throw new PhigateError('deid_run_unknown', 'open the run first (deid.open)', 403);
      return s.vault.tokenize(r.tenantId, a.data.items, r.scope ? { scope: r.scope } : {});
    },
  };
}

/** The same binding, through the control socket of the server that holds the data folder. */
async function remoteTenantBinding(socket: string, opts: DeidCommandOptions): Promise<TenantBinding> {
  const scope = opts.scope ?? '';
  const opened = await callControl<{ run: string; tenantId: string; keys: { surrogate?: string; dateShift?: string } }>(socket, 'deid.open', {
    tenant: opts.tenant,
    purpose: opts.purpose ?? 'HOPERAT',
    scope,
  });
  const buf = (h: string | undefined) => (h === undefined ? undefined : Buffer.from(h, 'hex'));
  return {
    tenantId: opened.tenantId,
    tokenizer: {
      // In batches the vault takes (a FHIR Bundle may hold more values than one call carries).
      tokenize: async (items) => {
        const out: string[] = [];
        for (let i = 0; i < items.length; i += REMOTE_BATCH) {
          out.push(...(await callControl<string[]>(socket, 'deid.tokenize', { run: opened.run, items: items.slice(i, i + REMOTE_BATCH) })));
        }
        return out;
      },
    },
    keys: { ...(opened.keys.surrogate ? { surrogate: buf(opened.keys.surrogate) } : {}), ...(opened.keys.dateShift ? { dateShift: buf(opened.keys.dateShift) } : {}) },
  };
}

/** The control socket of a server holding the embedded data folder, if one does. */
function serverSocket(): string | undefined {
  const config = loadConfig();
  if (config.databaseUrl) return undefined;
  const holder = readLock(config.dataDir);
  return holder?.kind === 'server' && holder.socket ? holder.socket : undefined;
}

interface Io {
  input: Readable;
  output: Writable;
  stderr: Writable & { isTTY?: boolean };
}

export function register(program: Command): void {
  program
    .command('deid')
    .description('de-identify clinical text or FHIR: reads FILE or stdin, writes stdout')
    .argument('[file]', 'input file (default: stdin)')
    .option('--jsonl', 'JSON lines {"id","text"} in, {"id","spans","text"} out, one per line, in order')
    .option('--policy <name|file>', 'built-in policy (redact, safe-harbor, token, surrogate) or a JSON policy file', 'redact')
    .option('--format <format>', 'text or fhir (a FHIR resource or Bundle; with --jsonl, one resource per line)', 'text')
    .option('--tenant <tenant>', "tenant (name or id): with the token policy, tokens go into the tenant's encrypted vault and the run is audited; surrogates and date shifts use the tenant's keys", '')
    .option('--patient <id>', 'patient whose dates share one shift (text mode)', '')
    .option('--scope <scope>', 'vault scope of the tokens (with --tenant)', '')
    .option('--purpose <code>', 'purpose of use recorded in the audit log (with --tenant)', 'HOPERAT')
    .addHelpText(
      'after',
      '\nKeys for the surrogate and date-shift operators come from PHIGATE_DEID_SURROGATE_KEY and\n' +
        'PHIGATE_DEID_DATE_SHIFT_KEY; without them a random key is used for this run only.\n' +
        'Without --tenant the token policy uses an in-memory tokenizer (tokens are not stored) and\n' +
        'no store is opened. With --tenant, tokens are stored in that tenant\'s vault and keys are the\n' +
        "tenant's: this opens the store (DATABASE_URL, or the data folder; when a server holds the\n" +
        'folder, the input is still de-identified here and only the tokens are made by the server).\n' +
        'Exit status: 0 when every input was processed, 1 when any line failed, 1 on bad options.',
    )
    .action(async (file: string | undefined, opts: DeidCommandOptions) => {
      boundHeapGrowth();
      const input = file ? createReadStream(file) : process.stdin;
      const io = { input, output: process.stdout, stderr: process.stderr };
      let code: number;
      if (!opts.tenant) code = await runDeid(opts, io);
      else {
        const socket = serverSocket();
        code = socket ? await runDeid(opts, io, await remoteTenantBinding(socket, opts)) : await withServices((s) => runDeidForTenant(s, opts, io));
      }
      if (code !== 0) process.exitCode = code;
    });
}

/**
 * Stop 22: V8 sizes the next heap from the live one times a factor it picks from how fast the collector keeps up (up to
 * 4x). Over a long stream that choice made the peak resident size bimodal on a 2-core machine: about 200 MB in most runs
 * of 100 MB of notes, 335-340 MB in some. A fixed factor of 2 keeps every run near 200 MB at the same speed (the live
 * heap is about 55 MB). Set for the command only (not in the server, nor in tests that call runDeid).
 */
function boundHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=100');
}

/** Runs the command on the given streams; resolves to the exit status. Never prints input text. */
export async function runDeid(opts: DeidCommandOptions, io: Io, binding?: TenantBinding): Promise<number> {
  let policy: Policy;
  try {
    policy = loadPolicy(opts.policy ?? 'redact');
  } catch (e) {
    throw asPhigate(e);
  }
  const format = opts.format ?? 'text';
  if (format !== 'text' && format !== 'fhir') throw new PhigateError('invalid_option', 'unknown --format (expected text or fhir)');
  const env = process.env;
  let ephemeral = false;
  const key = (name: string): string => {
    const v = env[name];
    if (v) return v;
    ephemeral = true;
    return randomBytes(32).toString('hex');
  };
  const base: DeidOptions = binding
    ? { policy, tokenizer: binding.tokenizer, keys: binding.keys, tenantId: binding.tenantId, patientId: opts.patient ?? '' }
    : {
        policy,
        tokenizer: new InMemoryTokenizer(),
        keys: { surrogate: key('PHIGATE_DEID_SURROGATE_KEY'), dateShift: key('PHIGATE_DEID_DATE_SHIFT_KEY') },
        tenantId: opts.tenant ?? '',
        patientId: opts.patient ?? '',
      };
  const usesKeys = policy.default === 'surrogate' || policy.default === 'date-shift' || Object.values(policy.types).some((o) => o === 'surrogate' || o === 'date-shift');
  if (ephemeral && usesKeys) io.stderr.write('phigate deid: no surrogate/date-shift key in the environment: using a random key for this run\n');
  const progress = new Progress(io.stderr);
  try {
    io.input.on('error', () => {
      /* reported by the reader below */
    });
    if (opts.jsonl) return await jsonl(io, base, format === 'fhir', progress);
    if (format === 'fhir') return await fhirDocument(io, base);
    return await plainText(io, base, progress);
  } catch (e) {
    if (e instanceof PhigateError) throw e;
    if (isNodeError(e) && (e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'EISDIR')) throw new PhigateError('input_unreadable', 'cannot read the input file');
    throw asPhigate(e);
  } finally {
    progress.done();
  }
}

const isNodeError = (e: unknown): e is NodeJS.ErrnoException => e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';

function asPhigate(e: unknown): PhigateError {
  if (e instanceof PhigateError) return e;
  if (e instanceof DeidError) return new PhigateError(e.code, e.message);
  return new PhigateError('deid_failed', 'de-identification failed', 500);
}

async function write(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await once(out, 'drain');
}

/**
 * Splits a byte stream into lines without ever holding more than one line (up to `max` bytes). `drained` follows the
 * lines of each chunk read: what came so far can be answered before the next read waits for more input.
 */
async function* lines(input: Readable, max: number): AsyncGenerator<{ line: string } | { tooLong: true } | { drained: true }> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  for await (const chunk of input) {
    let buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    for (;;) {
      const nl = buf.indexOf(10);
      if (nl < 0) {
        if (!skipping) {
          if (size + buf.length > max) {
            skipping = true;
            parts = [];
            size = 0;
          } else {
            parts.push(buf);
            size += buf.length;
          }
        }
        break;
      }
      const head = buf.subarray(0, nl);
      buf = buf.subarray(nl + 1);
      if (skipping) {
        skipping = false;
        yield { tooLong: true };
        continue;
      }
      if (size + head.length > max) {
        parts = [];
        size = 0;
        yield { tooLong: true };
        continue;
      }
      parts.push(head);
      const line = Buffer.concat(parts).toString('utf8');
      parts = [];
      size = 0;
      yield { line: line.endsWith('\r') ? line.slice(0, -1) : line };
    }
    yield { drained: true };
  }
  if (skipping) yield { tooLong: true };
  else if (size > 0) yield { line: Buffer.concat(parts).toString('utf8') };
}

function lineError(id: unknown, code: string, message: string): string {
  const out: Record<string, unknown> = {};
  if (typeof id === 'string' || typeof id === 'number') out.id = id;
  out.error = { code, message };
  return `${JSON.stringify(out)}\n`;
}

function errorOf(e: unknown): { code: string; message: string } {
  if (e instanceof DeidError || e instanceof PhigateError) return { code: e.code, message: e.message };
  return { code: 'deid_failed', message: 'de-identification failed' };
}

/** A text line waiting for its group's detection (see jsonl). */
interface TextRow {
  id: string | number | undefined;
  text: string;
  patientId: string | undefined;
}

/**
 * Lines are answered in groups: the text lines of what one read brought (up to GROUP_TEXT characters, GROUP_LINES
 * lines) are detected together (deidentifyTexts: the detector is faster over many short texts at once), then every
 * line of the group is written, in order. A group ends when the input has nothing more at hand, so a caller that
 * writes one line and waits for its answer gets it at once. (Stop 20, 100 MB of notes: groups of 4 KB read 1.5x faster
 * than one line at a time at about 200 MB resident; groups of 8 KB and more were a little faster again, but some runs
 * went to 340-360 MB, over the bound of 300.)
 */
const GROUP_TEXT = 4096;
const GROUP_LINES = 1024;

async function jsonl(io: Io, base: DeidOptions, fhir: boolean, progress: Progress): Promise<number> {
  let failed = 0;
  /** The group's answers in input order: a line ready to write, or a text row. */
  let group: (string | TextRow)[] = [];
  let groupText = 0;
  const flush = async (): Promise<void> => {
    if (group.length === 0) return;
    const rows = group.filter((g): g is TextRow => typeof g !== 'string');
    const results = rows.length > 0 ? await deidentifyTexts(rows.map((r) => ({ text: r.text, patientId: r.patientId ?? base.patientId })), base) : [];
    let k = 0;
    const out: string[] = [];
    for (const g of group) {
      if (typeof g === 'string') {
        out.push(g);
        continue;
      }
      const r = results[k++];
      if (r === undefined || r instanceof Error) {
        failed++;
        const { code, message } = errorOf(r);
        out.push(lineError(g.id, code, message));
        continue;
      }
      const o: Record<string, unknown> = {};
      if (g.id !== undefined) o.id = g.id;
      o.spans = r.spans;
      o.text = r.text;
      out.push(`${JSON.stringify(o)}\n`);
    }
    group = [];
    groupText = 0;
    await write(io.output, out.join(''));
  };
  const fail = (s: string): void => {
    failed++;
    group.push(s);
  };
  for await (const item of lines(io.input, MAX_LINE_BYTES)) {
    // (A group ends when the input has nothing more at hand, or is full: memory stays bounded on any input.)
    if ('drained' in item || groupText >= GROUP_TEXT || group.length >= GROUP_LINES) await flush();
    if ('drained' in item) continue;
    if ('tooLong' in item) {
      fail(lineError(undefined, 'line_too_long', `line longer than ${MAX_LINE_BYTES} bytes`));
      progress.tick(MAX_LINE_BYTES);
      continue;
    }
    const line = item.line;
    progress.tick(line.length + 1);
    if (line.trim() === '') continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      fail(lineError(undefined, 'invalid_json', 'line is not valid JSON'));
      continue;
    }
    const obj = typeof row === 'object' && row !== null && !Array.isArray(row) ? (row as Record<string, unknown>) : undefined;
    const id = obj?.id;
    if (fhir) {
      if (!obj || typeof obj.resourceType !== 'string') {
        fail(lineError(id, 'invalid_fhir', 'line is not a FHIR resource (no resourceType)'));
        continue;
      }
      try {
        const patientId = obj.resourceType === 'Patient' && typeof id === 'string' ? id : base.patientId;
        const r = await deidentifyFhir(obj, { ...base, patientId });
        const out = `${JSON.stringify(r.resource)}\n`;
        group.push(out);
        groupText += out.length;
      } catch (e) {
        const { code, message } = errorOf(e);
        fail(lineError(id, code, message));
      }
      continue;
    }
    if (!obj || typeof obj.text !== 'string') {
      fail(lineError(id, 'invalid_line', 'expected an object with a string "text"'));
      continue;
    }
    if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
      fail(lineError(undefined, 'invalid_line', '"id" must be a string or a number'));
      continue;
    }
    group.push({ id, text: obj.text, patientId: typeof obj.patient_id === 'string' ? obj.patient_id : undefined });
    groupText += obj.text.length;
  }
  await flush();
  return failed > 0 ? 1 : 0;
}

async function plainText(io: Io, base: DeidOptions, progress: Progress): Promise<number> {
  let pending = '';
  const flush = async (text: string) => {
    if (!text) return;
    const r = await deidentifyText(text, base);
    await write(io.output, r.text);
  };
  io.input.setEncoding('utf8');
  for await (const chunk of io.input) {
    const s = chunk as string;
    progress.tick(s.length);
    pending += s;
    while (pending.length > TEXT_CHUNK) {
      // Cut at a blank line, else a line end, else whitespace, so identifiers are rarely split.
      let cut = pending.lastIndexOf('\n\n', TEXT_CHUNK * 2);
      if (cut < TEXT_CHUNK / 4) cut = pending.lastIndexOf('\n', TEXT_CHUNK * 2);
      if (cut < TEXT_CHUNK / 4) cut = pending.search(/\s(?=\S*$)/);
      if (cut < TEXT_CHUNK / 4) cut = Math.min(pending.length, TEXT_CHUNK * 2) - 1;
      await flush(pending.slice(0, cut + 1));
      pending = pending.slice(cut + 1);
    }
  }
  await flush(pending);
  return 0;
}

async function fhirDocument(io: Io, base: DeidOptions): Promise<number> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new PhigateError('invalid_json', 'input is not valid JSON');
  }
  const patientId = typeof doc === 'object' && doc !== null && (doc as Record<string, unknown>).resourceType === 'Patient' ? String((doc as Record<string, unknown>).id ?? '') : base.patientId;
  const r = await deidentifyFhir(doc, { ...base, patientId });
  await write(io.output, `${JSON.stringify(r.resource, null, 2)}\n`);
  return 0;
}

/** "deid: 12,000 lines, 3.4 MB" on stderr, only when stderr is a terminal. */
class Progress {
  private count = 0;
  private bytes = 0;
  private last = 0;
  private shown = false;
  constructor(private readonly err: Writable & { isTTY?: boolean }) {}
  tick(bytes: number): void {
    this.count++;
    this.bytes += bytes;
    if (!this.err.isTTY) return;
    const now = Date.now();
    if (now - this.last < 250) return;
    this.last = now;
    this.shown = true;
    this.err.write(`\rdeid: ${this.count.toLocaleString('en-US')} records, ${(this.bytes / 1e6).toFixed(1)} MB`);
  }
  done(): void {
    if (this.shown) this.err.write('\n');
  }
}
