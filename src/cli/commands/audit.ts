import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import type { Services } from '../../app/index.js';
import { fhirBundleParts, parsePublicKey, verifyProofFile, type AuditActor, type Checkpoint, type VerifyReport, type WitnessedCheckpoint } from '../../audit/index.js';
import { PhigateError } from '../../common/index.js';
import { io, print, table, withServices } from '../runtime.js';

/** The actor of a command run at this machine's terminal (or through the server's owner-only socket). */
export function cliActor(): AuditActor {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    /* no passwd entry (containers) */
  }
  const safe = user.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100) || 'unknown';
  return { principal: `cli:${safe}`, role: 'operator', via: 'cli' };
}

const tenantsOf = async (s: Services, ref?: string) => (ref ? [await s.tenants.get(ref)] : await s.tenants.list());

function parseDate(v: string | undefined, name: string): Date | undefined {
  if (v === undefined) return undefined;
  const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : new Date(v);
  if (Number.isNaN(d.getTime())) throw new PhigateError('date_invalid', `${name} must be a date such as 2026-01-31 or an ISO timestamp`, 400);
  return d;
}

function progress(label: string): ((done: number, total: number) => void) | undefined {
  if (!io().interactive) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (now - last < 200 && done < total) return;
    last = now;
    const pct = total ? Math.floor((done / total) * 100) : 100;
    io().err(`\r${label}: ${done}/${total} events (${pct}%)${done >= total ? '\n' : ''}`);
  };
}

function describeReport(name: string, r: VerifyReport): string {
  const head = `${name}: ${r.ok ? 'OK' : 'TAMPERED'} - ${r.events} events, tree size ${r.treeSize}, ${r.checkpoints} checkpoints (latest ${r.latestCheckpoint})` +
    (r.purgedBefore ? `, purged before ${r.purgedBefore}` : '') +
    (r.unsignedTail ? `, ${r.unsignedTail} events not yet under a signed checkpoint` : '') +
    (r.publicKeySource === 'stored' ? ' [signatures checked with the stored public key: the tenant was shredded]' : '') +
    (r.witnessed === undefined ? '' : r.witnessed > 0 ? `, ${r.witnessed} witnessed checkpoints checked` : ' [WARNING: the witness file holds no checkpoint of this tenant: nothing outside the database vouched for it]');
  if (r.ok) return `${head}\n`;
  const first = r.problems[0]!;
  return `${head}\n  first bad position: ${first.position ?? 'n/a'} (${first.kind}): ${first.message}\n` +
    r.problems.slice(1, 10).map((p) => `  also: ${p.kind} at ${p.position ?? 'n/a'}: ${p.message}\n`).join('');
}

/**
 * `phigate audit`: verify the tamper-evident log, sign checkpoints, make and check proofs, export
 * (JSONL, FHIR R4, accounting of disclosures), retention purge, the checkpoint public key.
 */
export function register(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit log');

  audit
    .command('verify')
    .option('--tenant <tenant>', 'only this tenant (default: every tenant)')
    .option('--public-key <key>', 'check signatures with this public key (PEM, file, or base64) instead of the key service')
    .option('--witness <file>', 'checkpoints kept outside the database, checked too: the server log (its "audit checkpoint witnessed" lines), or the output of `audit checkpoint --json`')
    .option('--json', 'print JSON')
    .description('recompute every tree and check every checkpoint; exits non-zero at the first bad position')
    .action((opts: { tenant?: string; publicKey?: string; witness?: string; json?: boolean }) =>
      withServices(async (s) => {
        const key = opts.publicKey ? parsePublicKey(opts.publicKey) : undefined;
        const witnesses = opts.witness ? readWitnesses(opts.witness) : undefined;
        if (witnesses && witnesses.length === 0) throw new PhigateError('witness_empty', 'the witness file holds no checkpoint', 400);
        const reports: Array<VerifyReport & { name: string }> = [];
        for (const t of await tenantsOf(s, opts.tenant)) {
          const r = await s.audit.verify(t.id, cliActor(), {
            ...(key ? { publicKey: key } : {}),
            ...(witnesses ? { witnesses } : {}),
            ...(progress(t.name) ? { onProgress: progress(t.name)! } : {}),
          });
          reports.push({ name: t.name, ...r });
        }
        print(Boolean(opts.json), reports, () => reports.map((r) => describeReport(r.name, r)).join('') || '(no tenants)\n');
        if (reports.some((r) => !r.ok)) io().setExitCode(3);
      }),
    );

  audit
    .command('checkpoint')
    .option('--tenant <tenant>', 'only this tenant (default: every active tenant)')
    .option('--json', 'print JSON')
    .description('sign a checkpoint (tree size, root hash, time) now')
    .action((opts: { tenant?: string; json?: boolean }) =>
      withServices(async (s) => {
        const list = (await tenantsOf(s, opts.tenant)).filter((t) => opts.tenant || !t.shredded);
        const out: Array<Checkpoint & { name: string }> = [];
        for (const t of list) out.push({ name: t.name, ...(await s.audit.checkpoint(t.id)) });
        print(Boolean(opts.json), out, () => out.map((c) => `${c.name}: tree size ${c.size}, root ${c.root}, signed ${c.time} (key v${c.keyVersion})\n`).join('') || '(no tenants)\n');
      }),
    );

  audit
    .command('proof')
    .argument('<event-id>', 'the event id (UUID)')
    .option('--tenant <tenant>', 'the tenant of the event (default: search every tenant)')
    .option('--out <file>', 'write the proof to this file instead of stdout')
    .description('inclusion proof of an event in the latest signed checkpoint (check it offline with verify-proof)')
    .action((eventId: string, opts: { tenant?: string; out?: string }) =>
      withServices(async (s) => {
        const ids = (await tenantsOf(s, opts.tenant)).map((t) => t.id);
        const tenant = await s.audit.findEvent(eventId, ids);
        if (!tenant) throw new PhigateError('audit_event_not_found', 'no such event', 404);
        const proof = await s.audit.inclusionProof(tenant, eventId, cliActor());
        emit(JSON.stringify(proof, null, 2) + '\n', opts.out);
      }),
    );

  audit
    .command('consistency-proof')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .requiredOption('--from <size>', 'tree size of the older checkpoint')
    .option('--to <size>', 'tree size of the newer checkpoint (default: the latest)')
    .option('--out <file>', 'write the proof to this file instead of stdout')
    .description('consistency proof between two signed checkpoints (check it offline with verify-proof)')
    .action((opts: { tenant: string; from: string; to?: string; out?: string }) =>
      withServices(async (s) => {
        const t = await s.tenants.get(opts.tenant);
        const size = (v: string) => {
          if (!/^\d{1,15}$/.test(v)) throw new PhigateError('audit_size_invalid', 'tree sizes are whole numbers', 400);
          return Number(v);
        };
        const proof = await s.audit.consistencyProof(t.id, size(opts.from), opts.to === undefined ? undefined : size(opts.to), cliActor());
        emit(JSON.stringify(proof, null, 2) + '\n', opts.out);
      }),
    );

  audit
    .command('verify-proof')
    .argument('<file>', 'a proof file made by `phigate audit proof` or `consistency-proof`')
    .requiredOption(
      '--public-key <key>',
      "the tenant's public key: PEM, a PEM file, or base64 (from `phigate audit public-key`); repeat it to accept several versions (a proof across a key rotation)",
      (v: string, prev: string[] | undefined) => [...(prev ?? []), v],
    )
    .option('--json', 'print JSON')
    .description('check a proof offline: no database, only the file and the public key')
    .action(async (file: string, opts: { publicKey: string[]; json?: boolean }) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        throw new PhigateError('proof_unreadable', 'the proof file cannot be read as JSON', 400);
      }
      const r = verifyProofFile(parsed, opts.publicKey.map((k) => parsePublicKey(k)));
      print(Boolean(opts.json), r, () =>
        r.ok
          ? r.kind === 'inclusion'
            ? `OK: event ${r.eventId} is at position ${r.index} of the tree of size ${r.treeSize} signed for tenant ${r.tenant}\n`
            : `OK: the tree of size ${r.treeSize} signed for tenant ${r.tenant} extends the earlier checkpoint\n`
          : `FAILED: ${r.reason}\n`,
      );
      if (!r.ok) io().setExitCode(3);
    });

  audit
    .command('export')
    .option('--format <format>', 'jsonl, fhir or disclosures', 'jsonl')
    .option('--tenant <tenant>', 'only this tenant (default: every tenant)')
    .option('--from <date>', 'events recorded at or after this date (UTC)')
    .option('--to <date>', 'events recorded before this date (UTC)')
    .option('--patient <id>', "only this patient's events (matched by the keyed pseudonym of the id)")
    .option('--out <file>', 'write to this file (created, mode 0600) instead of stdout')
    .description('export the log: JSONL (the hashed events), a FHIR R4 Bundle of AuditEvents, or the accounting of disclosures for a patient')
    .action((opts: { format: string; tenant?: string; from?: string; to?: string; patient?: string; out?: string }) =>
      withServices(async (s) => {
        if (!['jsonl', 'fhir', 'disclosures'].includes(opts.format)) {
          throw new PhigateError('format_unknown', 'formats: jsonl, fhir, disclosures', 400);
        }
        if (opts.format === 'disclosures' && opts.patient === undefined) {
          throw new PhigateError('patient_required', 'the accounting of disclosures is per patient: pass --patient', 400);
        }
        const from = parseDate(opts.from, '--from');
        const to = parseDate(opts.to, '--to');
        const filter = { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(opts.patient !== undefined ? { patient: opts.patient } : {}) };
        const sink = openSink(opts.out);
        try {
          const list = await tenantsOf(s, opts.tenant);
          if (opts.format === 'disclosures') {
            const all = [];
            for (const t of list) {
              if (t.shredded) continue;
              for (const d of await s.audit.disclosures(t.id, opts.patient!, filter, cliActor())) all.push({ tenant: t.name, ...d });
            }
            sink.write(JSON.stringify({ accountingOfDisclosures: all }, null, 2) + '\n');
          } else if (opts.format === 'fhir') {
            const parts = fhirBundleParts(randomUUID(), new Date().toISOString());
            sink.write(parts.head);
            let first = true;
            for (const t of list) {
              if (opts.patient !== undefined && t.shredded) continue;
              await s.audit.readEvents(t.id, filter, cliActor(), 'export.fhir', (_b, ev) => {
                sink.write(parts.entry(ev, first));
                first = false;
              });
            }
            sink.write(parts.tail);
          } else {
            for (const t of list) {
              if (opts.patient !== undefined && t.shredded) continue;
              await s.audit.readEvents(t.id, filter, cliActor(), 'export.jsonl', (body) => sink.write(`${body}\n`));
            }
          }
        } finally {
          sink.close();
        }
      }),
    );

  audit
    .command('purge')
    .requiredOption('--before <date>', 'purge events recorded before this date (at least the retention period ago; never less than six years)')
    .requiredOption('--archive <file>', 'write the purged events (JSONL) to this new file first; nothing is purged if it cannot be written')
    .option('--tenant <tenant>', 'only this tenant (default: every tenant)')
    .option('--json', 'print JSON')
    .description('retention purge: archive, then delete events older than the retention period (the tree still verifies)')
    .action((opts: { before: string; archive: string; tenant?: string; json?: boolean }) =>
      withServices(async (s) => {
        const before = parseDate(opts.before, '--before')!;
        const sink = openSink(opts.archive);
        const out: Array<{ tenant: string; purged: number; purgedBefore: number }> = [];
        try {
          for (const t of await tenantsOf(s, opts.tenant)) {
            const r = await s.audit.purge(t.id, before, cliActor(), (body) => sink.write(`${body}\n`), { fsync: () => sink.sync() });
            out.push({ tenant: t.name, ...r });
          }
        } finally {
          sink.close();
        }
        print(Boolean(opts.json), out, () => table(out.map((o) => ({ tenant: o.tenant, purged: String(o.purged), 'purged-before-position': String(o.purgedBefore) })), ['tenant', 'purged', 'purged-before-position']));
      }),
    );

  audit
    .command('rotate-signing-key')
    .requiredOption('--tenant <tenant>', 'the tenant')
    .option('--json', 'print JSON')
    .description('replace the tenant\'s checkpoint signing key: the log is sealed under the old key, later checkpoints use the new one')
    .action((opts: { tenant: string; json?: boolean }) =>
      withServices(async (s) => {
        const t = await s.tenants.get(opts.tenant);
        const r = await s.audit.rotateSigningKey(t.id, cliActor());
        print(Boolean(opts.json), r, () => `tenant ${t.name}: signing key v${r.previousVersion} -> v${r.version}; give auditors the new public key (keep the old one for older proofs):\n${r.pem}`);
      }),
    );

  audit
    .command('public-key')
    .option('--tenant <tenant>', 'only this tenant (default: every active tenant)')
    .option('--key-version <n>', 'this version of the signing key (with --tenant; default: the current one)')
    .option('--json', 'print JSON')
    .description('the Ed25519 public key that checks checkpoints and proofs (give it to auditors)')
    .action((opts: { tenant?: string; keyVersion?: string; json?: boolean }) =>
      withServices(async (s) => {
        let version: number | undefined;
        if (opts.keyVersion !== undefined) {
          version = Number(opts.keyVersion);
          if (!opts.tenant || !Number.isSafeInteger(version) || version < 1) throw new PhigateError('invalid_option', '--key-version takes a positive integer and needs --tenant');
        }
        const list = (await tenantsOf(s, opts.tenant)).filter((t) => opts.tenant || !t.shredded);
        const out: Array<{ name: string; tenant: string; version: number; publicKey: string; pem: string }> = [];
        for (const t of list) out.push({ name: t.name, ...(await s.audit.publicKey(t.id, version)) });
        print(Boolean(opts.json), out, () => out.map((k) => `# tenant ${k.name} (${k.tenant}), signing key v${k.version}\n${k.pem}`).join('') || '(no tenants)\n');
      }),
    );
}

/**
 * Signed checkpoints from a file: a JSON array (`audit checkpoint --json`) or JSON lines, each a
 * checkpoint (`note`, `signature`) or a log line holding one under `checkpoint`. Other lines (the
 * rest of a server log) are skipped.
 */
export function readWitnesses(file: string): WitnessedCheckpoint[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new PhigateError('file_unreadable', 'the witness file cannot be read', 400);
  }
  const pick = (v: unknown): WitnessedCheckpoint | undefined => {
    const o = (v && typeof v === 'object' && 'checkpoint' in v ? (v as { checkpoint: unknown }).checkpoint : v) as { note?: unknown; signature?: unknown } | null;
    return o && typeof o.note === 'string' && typeof o.signature === 'string' ? { note: o.note, signature: o.signature } : undefined;
  };
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      const all = JSON.parse(trimmed) as unknown;
      if (Array.isArray(all)) return all.map(pick).filter((w): w is WitnessedCheckpoint => w !== undefined);
    } catch {
      /* not one array: read it as lines */
    }
  }
  const out: WitnessedCheckpoint[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim().startsWith('{')) continue;
    try {
      const w = pick(JSON.parse(line));
      if (w) out.push(w);
    } catch {
      /* not JSON: skipped */
    }
  }
  return out;
}

interface Sink {
  write(s: string): void;
  sync(): void;
  close(): void;
}

/** Output to stdout, or to a new file only its owner can read. */
function openSink(file?: string): Sink {
  if (!file) return { write: (s) => io().out(s), sync: () => undefined, close: () => undefined };
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch {
    throw new PhigateError('output_unwritable', 'the output file cannot be created (it must not exist yet)', 400);
  }
  let open = true;
  return {
    write: (s) => {
      writeSync(fd, s);
    },
    sync: () => fsyncSync(fd),
    close: () => {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

function emit(text: string, file?: string): void {
  const sink = openSink(file);
  try {
    sink.write(text);
  } finally {
    sink.close();
  }
}
