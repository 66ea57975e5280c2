import type { Command } from 'commander';
import { print, withServices } from '../runtime.js';
import { cliActor } from './audit.js';

export function register(program: Command): void {
  const vault = program.command('vault').description('the token vault');
  vault
    .command('purge')
    .option('--tenant <tenant>', 'only this tenant (default: every active tenant)')
    .option('--json', 'print JSON')
    .description('delete expired vault entries')
    .action((opts: { tenant?: string; json?: boolean }) =>
      withServices(async (s) => {
        const list = opts.tenant ? [await s.tenants.get(opts.tenant)] : await s.tenants.active();
        let total = 0;
        for (const t of list) {
          const n = await s.vault.purgeExpired(t.id);
          total += n;
          if (n) {
            await s.audit.record(t.id, { action: 'admin', subtype: 'vault.purge_expired', actor: cliActor(), purpose: 'RECORDMGT', outcome: 'success', what: { records: n } });
          }
        }
        print(Boolean(opts.json), { purged: total }, () => `purged ${total} expired vault entries\n`);
      }),
    );
}
