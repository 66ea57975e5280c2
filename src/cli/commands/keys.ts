import type { Command } from 'commander';
import { parseDuration } from '../../access/index.js';
import type { Services } from '../../app/index.js';
import { PhigateError } from '../../common/index.js';
import { print, table, withServices } from '../runtime.js';
import { cliActor } from './audit.js';

const tenantIds = async (s: Services, ref?: string) =>
  ref ? [(await s.tenants.get(ref)).id] : (await s.tenants.active()).map((t) => t.id);

/**
 * `phigate keys`: API keys (create, list, revoke) and the encryption keys behind the data
 * (rotate, rewrap, status).
 */
export function register(program: Command): void {
  const keys = program.command('keys').description('API keys, and the encryption keys of tenants');

  keys
    .command('create')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .requiredOption('--principal <principal>', 'who uses the key (a user or a service name)')
    .requiredOption('--role <role>', 'admin, clinician, analyst or service')
    .option('--expires <duration>', 'lifetime, e.g. 90d, 12h')
    .option('--scopes <list>', "limit the key to some of its role's permissions, e.g. gateway:embeddings")
    .option('--json', 'print one JSON line {"id", "key", ...}')
    .description('create an API key; the key is shown once')
    .action((opts: { tenant: string; principal: string; role: string; expires?: string; scopes?: string; json?: boolean }) =>
      withServices(async (s) => {
        const tenant = await s.tenants.get(opts.tenant);
        const { info, key } = await s.apiKeys.create(tenant.id, {
          principal: opts.principal,
          role: opts.role,
          actor: cliActor(),
          ...(opts.expires ? { expiresInMs: parseDuration(opts.expires) } : {}),
          ...(opts.scopes ? { scopes: opts.scopes.split(',') } : {}),
        });
        print(Boolean(opts.json), { id: info.id, key, prefix: info.prefix, tenant: tenant.name, principal: info.principal, role: info.role, expiresAt: info.expiresAt, scopes: info.scopes }, () =>
          `API key for ${info.principal} (${info.role}) in ${tenant.name}, id ${info.id}\n${key}\n` +
          `It is shown only this once; phigate stores only its hash.\n`,
        );
      }),
    );

  keys
    .command('list')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .option('--json', 'print JSON')
    .description("list a tenant's API keys (never the keys themselves)")
    .action((opts: { tenant: string; json?: boolean }) =>
      withServices(async (s) => {
        const tenant = await s.tenants.get(opts.tenant);
        const list = await s.apiKeys.list(tenant.id);
        print(Boolean(opts.json), list, () =>
          table(
            list.map((k) => ({
              id: k.id,
              prefix: k.prefix,
              principal: k.principal,
              role: k.role,
              expires: k.expiresAt ?? 'never',
              scopes: k.scopes ? k.scopes.join(',') : 'role',
              state: k.revokedAt ? 'revoked' : k.expiresAt && Date.parse(k.expiresAt) <= Date.now() ? 'expired' : k.rotatedTo ? 'rotating' : 'active',
            })),
            ['id', 'prefix', 'principal', 'role', 'scopes', 'expires', 'state'],
          ),
        );
      }),
    );

  keys
    .command('revoke')
    .argument('<id>', 'key id or prefix')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .option('--json', 'print JSON')
    .description('revoke an API key at once')
    .action((id: string, opts: { tenant: string; json?: boolean }) =>
      withServices(async (s) => {
        const tenant = await s.tenants.get(opts.tenant);
        const info = await s.apiKeys.revoke(tenant.id, id, cliActor());
        print(Boolean(opts.json), info, () => `revoked ${info.prefix} (${info.principal})\n`);
      }),
    );

  keys
    .command('rotate')
    .argument('[id]', 'an API key id or prefix: replace that key (the old one works for --grace more)')
    .option('--tenant <tenant>', 'only this tenant (default: every active tenant); required with an API key id')
    .option('--grace <duration>', 'with an API key id: how long the old key keeps working, e.g. 24h (default 0: stops at once)')
    .option('--kek', 'also make a new key-encryption key first (local keyring), and re-wrap under it')
    .option('--json', 'print JSON')
    .description('with an API key id: a new API key, shown once, overlapping the old for --grace; without: a new data-key version (new writes use it, older data stays readable)')
    .action((id: string | undefined, opts: { tenant?: string; grace?: string; kek?: boolean; json?: boolean }) =>
      withServices(async (s) => {
        if (id !== undefined) {
          if (!opts.tenant) throw new PhigateError('tenant_required', 'rotating an API key needs --tenant', 400);
          if (opts.kek) throw new PhigateError('usage', '--kek rotates encryption keys: give it without an API key id', 400);
          const tenant = await s.tenants.get(opts.tenant);
          const r = await s.apiKeys.rotate(tenant.id, id, opts.grace ? parseDuration(opts.grace) : 0, cliActor());
          print(Boolean(opts.json), { id: r.info.id, key: r.key, prefix: r.info.prefix, replaces: r.old.id, oldKeyExpiresAt: r.old.expiresAt, expiresAt: r.info.expiresAt }, () =>
            `new API key for ${r.info.principal} (${r.info.role}), id ${r.info.id}\n${r.key}\n` +
            `It is shown only this once. The old key ${r.old.prefix} works until ${r.old.expiresAt}.\n`,
          );
          return;
        }
        if (opts.grace) throw new PhigateError('usage', '--grace applies to API keys: give the key id', 400);
        let kek: string | undefined;
        if (opts.kek) {
          if (!s.keyProvider.rotate) {
            throw new PhigateError('kek_rotation_unsupported', `the ${s.keyProvider.name} key provider rotates outside phigate; then run phigate keys rewrap`, 400);
          }
          kek = await s.keyProvider.rotate();
        }
        const out: Array<{ tenantId: string; dataKeyVersion: number; rewrapped: number }> = [];
        for (const id of await tenantIds(s, opts.tenant)) {
          const rewrapped = kek ? await s.keys.rewrap(id, cliActor()) : 0;
          out.push({ tenantId: id, dataKeyVersion: await s.keys.rotate(id, cliActor()), rewrapped });
        }
        print(Boolean(opts.json), { kek: kek ?? null, tenants: out }, () =>
          (kek ? `new key-encryption key ${kek}\n` : '') +
          out.map((o) => `tenant ${o.tenantId}: data key version ${o.dataKeyVersion}${kek ? `, ${o.rewrapped} keys re-wrapped` : ''}\n`).join(''),
        );
      }),
    );

  keys
    .command('rewrap')
    .option('--tenant <tenant>', 'only this tenant (default: every active tenant)')
    .option('--json', 'print JSON')
    .description("re-wrap tenants' keys under the current key-encryption key")
    .action((opts: { tenant?: string; json?: boolean }) =>
      withServices(async (s) => {
        const out: Array<{ tenantId: string; rewrapped: number }> = [];
        for (const id of await tenantIds(s, opts.tenant)) out.push({ tenantId: id, rewrapped: await s.keys.rewrap(id, cliActor()) });
        print(Boolean(opts.json), { kek: s.keyProvider.currentKeyId(), tenants: out }, () =>
          out.map((o) => `tenant ${o.tenantId}: ${o.rewrapped} keys re-wrapped under ${s.keyProvider.currentKeyId()}\n`).join('') || '(no tenants)\n',
        );
      }),
    );

  keys
    .command('status')
    .option('--tenant <tenant>', 'only this tenant')
    .option('--json', 'print JSON')
    .description('key versions and ages (never key material)')
    .action((opts: { tenant?: string; json?: boolean }) =>
      withServices(async (s) => {
        const kek = s.keyProvider.describe();
        const tenantList = opts.tenant ? [await s.tenants.get(opts.tenant)] : await s.tenants.list();
        const rows: Array<{ tenant: string } & import("../../crypto/index.js").KeyStatus> = [];
        for (const t of tenantList) for (const k of await s.keys.status(t.id)) rows.push({ tenant: t.name, ...k });
        print(Boolean(opts.json), { keyProvider: s.keyProvider.name, keyEncryptionKeys: kek, tenantKeys: rows }, () =>
          `key provider: ${s.keyProvider.name}\n` +
          table(kek.map((k) => ({ kek: k.id, current: k.current ? 'yes' : '', created: k.createdAt ?? '' })), ['kek', 'current', 'created']) +
          '\n' +
          table(
            rows.map((r) => ({
              tenant: r.tenant,
              purpose: r.purpose,
              version: String(r.version),
              current: r.current ? 'yes' : '',
              kek: r.kekId,
              age: `${r.ageDays}d`,
              state: r.destroyed ? 'destroyed' : 'live',
            })),
            ['tenant', 'purpose', 'version', 'current', 'kek', 'age', 'state'],
          ),
        );
      }),
    );
}
