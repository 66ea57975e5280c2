import type { Command } from 'commander';
import { PERMISSIONS } from '../../access/index.js';
import { print, table, withServices } from '../runtime.js';
import { cliActor } from './audit.js';

/** `phigate roles`: built-in and tenant roles (sets of permissions). */
export function register(program: Command): void {
  const roles = program.command('roles').description(`roles: sets of permissions (${PERMISSIONS.join(', ')})`);

  roles
    .command('list')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .option('--json', 'print JSON')
    .description('the built-in roles and the tenant’s own')
    .action((o: { tenant: string; json?: boolean }) =>
      withServices(async (s) => {
        const list = await s.roles.list((await s.tenants.get(o.tenant)).id);
        print(Boolean(o.json), list, () =>
          table(list.map((r) => ({ role: r.name, kind: r.builtin ? 'built-in' : 'tenant', permissions: r.permissions.join(',') })), ['role', 'kind', 'permissions']),
        );
      }),
    );

  roles
    .command('set')
    .argument('<name>', 'role name (a-z, 0-9, _ and -; not a built-in name)')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .requiredOption('--permissions <list>', 'comma-separated permissions')
    .option('--description <text>', 'what the role is for')
    .option('--json', 'print JSON')
    .description('create or replace a tenant role')
    .action((name: string, o: { tenant: string; permissions: string; description?: string; json?: boolean }) =>
      withServices(async (s) => {
        const r = await s.roles.upsert(
          (await s.tenants.get(o.tenant)).id,
          { name, description: o.description ?? '', permissions: o.permissions.split(',').map((x) => x.trim()).filter(Boolean) },
          cliActor(),
        );
        print(Boolean(o.json), r, () => `role ${r.name}: ${r.permissions.join(', ')}\n`);
      }),
    );

  roles
    .command('remove')
    .argument('<name>')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .option('--json', 'print JSON')
    .description('remove a tenant role no live key or active user holds')
    .action((name: string, o: { tenant: string; json?: boolean }) =>
      withServices(async (s) => {
        await s.roles.remove((await s.tenants.get(o.tenant)).id, name, cliActor());
        print(Boolean(o.json), { removed: name }, () => `removed role ${name}\n`);
      }),
    );
}
