import type { Command } from 'commander';
import { purgeExpiredVault } from '../../app/index.js';
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
          total += await purgeExpiredVault(s, t.id, cliActor());
        }
        print(Boolean(opts.json), { purged: total }, () => `purged ${total} expired vault entries\n`);
      }),
    );
}
