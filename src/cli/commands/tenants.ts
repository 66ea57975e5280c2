import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { PhigateError } from '../../common/index.js';
import { io, print, table, withServices } from '../runtime.js';
import { cliActor } from './audit.js';

export function register(program: Command): void {
  const tenants = program.command('tenants').description('create, list and crypto-shred tenants');

  tenants
    .command('create')
    .argument('<name>', 'tenant name: a-z, 0-9, "-" and "_"')
    .option('--json', 'print JSON')
    .description('create a tenant with its own encryption keys')
    .action((name: string, opts: { json?: boolean }) =>
      withServices(async (s) => {
        const t = await s.tenants.create(name, cliActor());
        print(Boolean(opts.json), t, () => `created tenant ${t.name} (${t.id})\n`);
      }),
    );

  tenants
    .command('list')
    .option('--json', 'print JSON')
    .description('list tenants')
    .action((opts: { json?: boolean }) =>
      withServices(async (s) => {
        const list = await s.tenants.list();
        print(Boolean(opts.json), list, () =>
          table(
            list.map((t) => ({ name: t.name, id: t.id, created: t.createdAt, state: t.shredded ? 'shredded' : 'active' })),
            ['name', 'id', 'created', 'state'],
          ),
        );
      }),
    );

  tenants
    .command('shred')
    .argument('<tenant>', 'tenant name or id')
    .option('--yes', 'do not ask for confirmation')
    .option('--json', 'print JSON')
    .description("destroy the tenant's keys: everything encrypted for it becomes unreadable, for good")
    .action(async (ref: string, opts: { yes?: boolean; json?: boolean }) => {
      if (!opts.yes) await confirmShred(ref);
      await withServices(async (s) => {
        const { tenant, keysDestroyed } = await s.tenants.shred(ref, cliActor());
        print(Boolean(opts.json), { tenant, keysDestroyed }, () => `shredded tenant ${tenant.name}: ${keysDestroyed} keys destroyed\n`);
      });
    });
}

/** Asks the operator to type the tenant's name; without a terminal, --yes is required. */
export async function confirmShred(ref: string): Promise<void> {
  if (!process.stdin.isTTY || !io().interactive) {
    throw new PhigateError('confirmation_required', 'tenants shred cannot be undone: pass --yes to confirm', 400);
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`This destroys every key of tenant ${ref}; its data can never be read again.\nType the tenant name to confirm: `);
    if (answer.trim() !== ref) throw new PhigateError('confirmation_failed', 'confirmation did not match; nothing was changed', 400);
  } finally {
    rl.close();
  }
}
