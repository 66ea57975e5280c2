import type { Command } from 'commander';
import { parseDuration } from '../../access/index.js';
import { print, table, withServices } from '../runtime.js';
import { cliActor } from './audit.js';

/** `phigate access`: break-glass grants and their review. */
export function register(program: Command): void {
  const access = program.command('access').description('break-glass (emergency access) and its follow-up review');

  access
    .command('review')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .option('--all', 'include grants already reviewed')
    .option('--ack <id>', 'mark a grant reviewed (after follow-up)')
    .option('--json', 'print JSON')
    .description('break-glass grants awaiting follow-up, with their stated reasons')
    .action((o: { tenant: string; all?: boolean; ack?: string; json?: boolean }) =>
      withServices(async (s) => {
        const t = await s.tenants.get(o.tenant);
        if (o.ack) {
          const g = await s.breakGlass.acknowledge(t.id, o.ack, cliActor());
          print(Boolean(o.json), g, () => `break-glass ${g.id} of ${g.principal} marked reviewed\n`);
          return;
        }
        const list = await s.breakGlass.review(t.id, { all: Boolean(o.all), reader: cliActor() });
        print(Boolean(o.json), list, () =>
          table(
            list.map((g) => ({
              id: g.id,
              principal: g.principal,
              via: g.via,
              started: g.startedAt,
              until: g.endedAt ?? g.expiresAt,
              state: g.active ? 'ACTIVE' : 'ended',
              reviewed: g.reviewedAt ? `${g.reviewedBy} ${g.reviewedAt}` : 'no',
              requests: String(g.activity?.requests ?? ''),
              patients: String(g.activity?.patients ?? ''),
              reason: (g.reason ?? '').replace(/\s+/g, ' ').slice(0, 80),
            })),
            ['id', 'principal', 'via', 'started', 'until', 'state', 'reviewed', 'requests', 'patients', 'reason'],
          ),
        );
      }),
    );

  access
    .command('break-glass')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .requiredOption('--principal <principal>', 'who is given emergency access (a user or key principal)')
    .requiredOption('--reason <text>', 'the emergency, stated (kept sealed; shown to reviewers)')
    .option('--for <duration>', 'how long, at most 4h (default 1h)')
    .option('--json', 'print JSON')
    .description('an operator grants emergency access (requests then state purpose BTG); audited and listed for review')
    .action((o: { tenant: string; principal: string; reason: string; for?: string; json?: boolean }) =>
      withServices(async (s) => {
        const t = await s.tenants.get(o.tenant);
        const actor = cliActor();
        const g = await s.breakGlass.start(
          { tenantId: t.id, principal: o.principal, role: actor.role, permissions: new Set(), keyId: 'cli', via: 'api_key' },
          { reason: o.reason, ...(o.for ? { durationMs: parseDuration(o.for) } : {}) },
          actor,
        );
        print(Boolean(o.json), g, () => `break-glass ${g.id} for ${g.principal} until ${g.expiresAt}\n`);
      }),
    );

  access
    .command('end')
    .argument('<id>', 'break-glass grant id')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .option('--json', 'print JSON')
    .description('end a break-glass grant now')
    .action((id: string, o: { tenant: string; json?: boolean }) =>
      withServices(async (s) => {
        const t = await s.tenants.get(o.tenant);
        const g = await s.breakGlass.end({ ...cliActor(), tenantId: t.id }, id);
        print(Boolean(o.json), g, () => `break-glass ${g.id} ended\n`);
      }),
    );
}
