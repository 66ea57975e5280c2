import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { print, table, withServices } from '../runtime.js';
import { cliActor } from './audit.js';

/** A generated initial password (shown once): 24 characters from 144 random bits. */
const initialPassword = () => randomBytes(18).toString('base64url');

/** `phigate users`: people of a tenant (passwords, MFA, lockout, deactivation). */
export function register(program: Command): void {
  const users = program.command('users').description('people: unique accounts with Argon2id passwords and TOTP MFA');

  users
    .command('create')
    .argument('<username>', 'unique in the tenant (no shared accounts)')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .requiredOption('--role <role>', 'a built-in or tenant role')
    .option('--json', 'print JSON')
    .description('create a user with a generated initial password (shown once); they enrol TOTP before their first login')
    .action((username: string, o: { tenant: string; role: string; json?: boolean }) =>
      withServices(async (s) => {
        const t = await s.tenants.get(o.tenant);
        const password = initialPassword();
        const u = await s.users.create(t.id, { username, role: o.role, password }, cliActor());
        print(Boolean(o.json), { ...u, initialPassword: password }, () =>
          `user ${u.username} (${u.role}) in ${t.name}, id ${u.id}\ninitial password: ${password}\n` +
          `It is shown only this once. The user enrols an authenticator app (POST /admin/v1/auth/mfa/begin) before logging in.\n`,
        );
      }),
    );

  users
    .command('list')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .option('--json', 'print JSON')
    .description("list a tenant's users")
    .action((o: { tenant: string; json?: boolean }) =>
      withServices(async (s) => {
        const list = await s.users.list((await s.tenants.get(o.tenant)).id);
        print(Boolean(o.json), list, () =>
          table(
            list.map((u) => ({
              id: u.id,
              username: u.username,
              role: u.role,
              mfa: u.mfaEnrolled ? 'enrolled' : 'pending',
              state: u.deactivatedAt ? 'deactivated' : u.lockedUntil && Date.parse(u.lockedUntil) > Date.now() ? 'locked' : 'active',
              'last login': u.lastLoginAt ?? 'never',
            })),
            ['id', 'username', 'role', 'mfa', 'state', 'last login'],
          ),
        );
      }),
    );

  const simple = (name: string, description: string, run: (s: Parameters<Parameters<typeof withServices>[0]>[0], tenantId: string, user: string) => Promise<string>) =>
    users
      .command(name)
      .argument('<user>', 'username or id')
      .requiredOption('--tenant <tenant>', 'tenant name or id')
      .option('--json', 'print JSON')
      .description(description)
      .action((user: string, o: { tenant: string; json?: boolean }) =>
        withServices(async (s) => {
          const msg = await run(s, (await s.tenants.get(o.tenant)).id, user);
          print(Boolean(o.json), { ok: true, user, result: msg }, () => `${msg}\n`);
        }),
      );

  simple('deactivate', 'a leaver: the account stops, every session ends and every key of the user is revoked, at once', async (s, t, u) => {
    const r = await s.users.deactivate(t, u, cliActor());
    return `deactivated ${r.user.username}: ${r.sessionsEnded} sessions ended, ${r.keysRevoked} keys revoked`;
  });
  simple('unlock', 'clear a lockout after failed logins', async (s, t, u) => {
    await s.users.unlock(t, u, cliActor());
    return `unlocked ${u}`;
  });
  simple('reset-mfa', 'clear the second factor (lost device); the user enrols again', async (s, t, u) => {
    await s.users.resetMfa(t, u, cliActor());
    return `second factor of ${u} cleared; sessions ended`;
  });
  simple('logout', 'end every session of the user (server-side)', async (s, t, u) => `${await s.users.revokeSessions(t, u, cliActor())} sessions ended`);

  users
    .command('reset-password')
    .argument('<user>', 'username or id')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .option('--json', 'print JSON')
    .description('a new generated password (shown once); sessions end')
    .action((user: string, o: { tenant: string; json?: boolean }) =>
      withServices(async (s) => {
        const password = initialPassword();
        await s.users.setPassword((await s.tenants.get(o.tenant)).id, user, password, cliActor());
        print(Boolean(o.json), { user, password }, () => `new password for ${user}: ${password}\nIt is shown only this once.\n`);
      }),
    );

  users
    .command('set-role')
    .argument('<user>', 'username or id')
    .argument('<role>', 'a built-in or tenant role')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .option('--json', 'print JSON')
    .description("change a user's role (their sessions end)")
    .action((user: string, role: string, o: { tenant: string; json?: boolean }) =>
      withServices(async (s) => {
        const u = await s.users.setRole((await s.tenants.get(o.tenant)).id, user, role, cliActor());
        print(Boolean(o.json), u, () => `${u.username} is now ${u.role}\n`);
      }),
    );
}
