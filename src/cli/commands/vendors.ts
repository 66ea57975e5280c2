import type { Command } from 'commander';
import { parseDuration } from '../../access/index.js';
import { PhigateError } from '../../common/index.js';
import { baaState, type Vendor } from '../../vendors/index.js';
import { print, table, withServices } from '../runtime.js';
import { cliActor } from './audit.js';

const splitList = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
const todayIso = () => new Date().toISOString().slice(0, 10);

const row = (v: Vendor & { reasons?: string[] }) => ({
  vendor: v.name,
  signed: v.baaSignedOn,
  expires: v.baaExpiresOn,
  services: v.services.join(','),
  reviewed: v.lastReviewedOn ?? 'never',
  state: baaState(v, v.services[0] ?? 'chat') === 'active' ? 'active' : baaState(v, v.services[0] ?? 'chat'),
  ...(v.reasons ? { due: v.reasons.join('; ') } : {}),
});

/** `phigate vendors`: the Business Associate Agreement register. */
export function register(program: Command): void {
  const vendors = program.command('vendors').description('the Business Associate Agreement (BAA) register');

  vendors
    .command('add')
    .argument('<name>', 'vendor name as routes name it (e.g. openai, anthropic, azure-openai)')
    .requiredOption('--baa-signed <date>', 'date the BAA was signed, YYYY-MM-DD')
    .requiredOption('--baa-expires <date>', 'date it expires, YYYY-MM-DD')
    .requiredOption('--services <list>', 'services it covers: chat,embeddings')
    .option('--document <ref>', 'where the signed agreement is kept (a reference, not the document)')
    .option('--reviewed <date>', 'date of the last review, YYYY-MM-DD')
    .option('--json', 'print JSON')
    .description('record a signed BAA')
    .action((name: string, o: { baaSigned: string; baaExpires: string; services: string; document?: string; reviewed?: string; json?: boolean }) =>
      withServices(async (s) => {
        const v = await s.vendors.add(name, {
          baaSignedOn: o.baaSigned,
          baaExpiresOn: o.baaExpires,
          services: splitList(o.services),
          documentRef: o.document ?? null,
          lastReviewedOn: o.reviewed ?? null,
        }, cliActor());
        print(Boolean(o.json), v, () => `recorded BAA with ${v.name}: ${v.services.join(', ')} until ${v.baaExpiresOn}\n`);
      }),
    );

  vendors
    .command('update')
    .argument('<name>')
    .option('--baa-signed <date>', 'YYYY-MM-DD')
    .option('--baa-expires <date>', 'YYYY-MM-DD')
    .option('--services <list>', 'chat,embeddings')
    .option('--document <ref>', 'reference to the signed agreement')
    .option('--reviewed [date]', 'record a review (today when no date is given)')
    .option('--json', 'print JSON')
    .description('change a BAA record, or record its periodic review')
    .action((name: string, o: { baaSigned?: string; baaExpires?: string; services?: string; document?: string; reviewed?: string | boolean; json?: boolean }) =>
      withServices(async (s) => {
        const v = await s.vendors.update(name, {
          ...(o.baaSigned ? { baaSignedOn: o.baaSigned } : {}),
          ...(o.baaExpires ? { baaExpiresOn: o.baaExpires } : {}),
          ...(o.services ? { services: splitList(o.services) } : {}),
          ...(o.document !== undefined ? { documentRef: o.document } : {}),
          ...(o.reviewed !== undefined ? { lastReviewedOn: o.reviewed === true ? todayIso() : String(o.reviewed) } : {}),
        }, cliActor());
        print(Boolean(o.json), v, () => `updated ${v.name}\n`);
      }),
    );

  vendors
    .command('remove')
    .argument('<name>')
    .option('--json', 'print JSON')
    .description('remove a vendor: routes to it may then carry only de-identified content')
    .action((name: string, o: { json?: boolean }) =>
      withServices(async (s) => {
        await s.vendors.remove(name, cliActor());
        print(Boolean(o.json), { removed: name }, () => `removed ${name}\n`);
      }),
    );

  vendors
    .command('list')
    .option('--due [window]', 'only agreements expiring within the window (default 30d), expired, or overdue for review')
    .option('--json', 'print JSON')
    .description('the register, or what needs attention')
    .action((o: { due?: string | boolean; json?: boolean }) =>
      withServices(async (s) => {
        if (o.due !== undefined) {
          const ms = parseDuration(o.due === true ? '30d' : String(o.due));
          if (ms < 86_400_000) throw new PhigateError('duration_invalid', 'the --due window is at least 1d', 400);
          const due = await s.vendors.due(Math.floor(ms / 86_400_000));
          print(Boolean(o.json), due, () => table(due.map(row), ['vendor', 'expires', 'services', 'reviewed', 'due']));
          return;
        }
        const list = await s.vendors.list();
        print(Boolean(o.json), list, () => table(list.map(row), ['vendor', 'signed', 'expires', 'services', 'reviewed', 'state']));
      }),
    );
}
