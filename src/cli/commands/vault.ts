import type { Command } from 'commander';
import { print, withServices } from '../runtime.js';

export function register(program: Command): void {
  const vault = program.command('vault').description('the token vault');
  vault
    .command('purge')
    .option('--tenant <tenant>', 'only this tenant (default: every active tenant)')
    .option('--json', 'print JSON')
    .description('delete expired vault entries')
    .action((opts: { tenant?: string; json?: boolean }) =>
      withServices(async (s) => {
        const list = opts.tenant ? [await s.tenants.get(opts.tenant)] : (await s.tenants.list()).filter((t) => !t.shredded);
        let total = 0;
        for (const t of list) total += await s.vault.purgeExpired(t.id);
        print(Boolean(opts.json), { purged: total }, () => `purged ${total} expired vault entries\n`);
      }),
    );
}
