import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_POLICY_RULES, hideFhirFields, partitionTokens, type PolicyRule } from '../../access/index.js';
import { parsePurpose } from '../../audit/index.js';
import { PhigateError } from '../../common/index.js';
import { findTokens } from '../../vault/index.js';
import { print, table, withServices } from '../runtime.js';
import { cliActor } from './audit.js';

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
const row = (r: PolicyRule) => ({
  role: r.role,
  purpose: r.purpose,
  restore: r.restore.length ? r.restore.join(',') : 'none',
  otherwise: r.otherwise,
  hidden: r.hideFields.join(',') || '-',
  source: r.source ?? 'tenant',
});

/** `phigate policies`: minimum-necessary rules per role and purpose of use. */
export function register(program: Command): void {
  const policies = program.command('policies').description('minimum necessary: which identifier kinds each role sees restored, per purpose of use');

  policies
    .command('list')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .option('--defaults', 'also show the built-in defaults')
    .option('--json', 'print JSON')
    .description("the tenant's rules (and the defaults they refine)")
    .action((o: { tenant: string; defaults?: boolean; json?: boolean }) =>
      withServices(async (s) => {
        const own = await s.policies.list((await s.tenants.get(o.tenant)).id);
        const rules = o.defaults ? [...DEFAULT_POLICY_RULES, ...own] : own;
        print(Boolean(o.json), rules, () => table(rules.map(row), ['role', 'purpose', 'restore', 'otherwise', 'hidden', 'source']));
      }),
    );

  policies
    .command('set')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .requiredOption('--role <role>', 'a role, or * for any')
    .requiredOption('--purpose <purpose>', 'a PurposeOfUse code (TREAT, HPAYMT, HRESCH...), or * for any')
    .requiredOption('--restore <kinds>', 'identifier kinds restored: NAME,DATE,MRN... or * (all) or none')
    .option('--otherwise <what>', 'what the other tokens become: token (default) or redact')
    .option('--hide <fields>', 'FHIR fields hidden: Patient.birthDate,*.telecom,identifier')
    .option('--json', 'print JSON')
    .description('create or replace the rule for a role and purpose')
    .action((o: { tenant: string; role: string; purpose: string; restore: string; otherwise?: string; hide?: string; json?: boolean }) =>
      withServices(async (s) => {
        const r = await s.policies.set(
          (await s.tenants.get(o.tenant)).id,
          {
            role: o.role,
            purpose: o.purpose === '*' ? '*' : parsePurpose(o.purpose),
            restore: o.restore === 'none' ? [] : list(o.restore),
            ...(o.otherwise ? { otherwise: o.otherwise } : {}),
            ...(o.hide ? { hideFields: list(o.hide) } : {}),
          },
          cliActor(),
        );
        print(Boolean(o.json), r, () => table([row(r)], ['role', 'purpose', 'restore', 'otherwise', 'hidden', 'source']));
      }),
    );

  policies
    .command('remove')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .requiredOption('--role <role>', 'a role, or *')
    .requiredOption('--purpose <purpose>', 'a purpose code, or *')
    .option('--json', 'print JSON')
    .description('remove a tenant rule (the defaults apply again)')
    .action((o: { tenant: string; role: string; purpose: string; json?: boolean }) =>
      withServices(async (s) => {
        const purpose = o.purpose === '*' ? '*' : parsePurpose(o.purpose);
        await s.policies.remove((await s.tenants.get(o.tenant)).id, o.role, purpose, cliActor());
        print(Boolean(o.json), { removed: { role: o.role, purpose } }, () => `removed the rule for ${o.role} / ${purpose}\n`);
      }),
    );

  policies
    .command('explain')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .requiredOption('--role <role>', 'a role')
    .requiredOption('--purpose <purpose>', 'a purpose of use')
    .option('--json', 'print JSON')
    .description('which rule applies to a role and purpose, and what it restores')
    .action((o: { tenant: string; role: string; purpose: string; json?: boolean }) =>
      withServices(async (s) => {
        const t = await s.tenants.get(o.tenant);
        const role = await s.roles.require(t.id, o.role);
        const d = await s.policies.decide(t.id, role.name, parsePurpose(o.purpose), role.permissions.includes('vault:detokenize'));
        const out = { rule: row(d.rule), detokenize: role.permissions.includes('vault:detokenize') };
        print(Boolean(o.json), out, () =>
          table([out.rule], ['role', 'purpose', 'restore', 'otherwise', 'hidden', 'source']) +
          (out.detokenize ? '' : `the role ${role.name} lacks vault:detokenize: nothing is restored\n`),
        );
      }),
    );

  policies
    .command('apply')
    .argument('<file>', 'text with vault tokens, or a FHIR resource/Bundle (JSON)')
    .requiredOption('--tenant <tenant>', 'tenant name or id')
    .requiredOption('--role <role>', 'the role it is for')
    .requiredOption('--purpose <purpose>', 'the purpose of use')
    .description('prints the file as the role would see it for the purpose: tokens restored or not, FHIR fields hidden')
    .action((file: string, o: { tenant: string; role: string; purpose: string }) =>
      withServices(async (s) => {
        const t = await s.tenants.get(o.tenant);
        const role = await s.roles.require(t.id, o.role);
        const purpose = parsePurpose(o.purpose);
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch {
          throw new PhigateError('file_unreadable', 'the file cannot be read', 400);
        }
        const d = await s.policies.decide(t.id, role.name, purpose, role.permissions.includes('vault:detokenize'));
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        if (json && typeof json === 'object') {
          hideFhirFields(json, d.hideFields);
          text = JSON.stringify(json, null, 2) + '\n';
        }
        const { restore, replace } = partitionTokens(d, findTokens(text));
        if (restore.length) for (const [tok, e] of await s.vault.detokenize(t.id, restore)) replace.set(tok, json ? JSON.stringify(e.value).slice(1, -1) : e.value);
        for (const [tok, v] of replace) text = text.split(tok).join(v);
        await s.audit.record(t.id, {
          action: 'detokenize',
          subtype: 'cli_apply',
          actor: cliActor(),
          purpose,
          what: { identifiers: Object.fromEntries([...new Set(restore.map((x) => /^\[\[([A-Z][A-Z0-9_]*)_/.exec(x)?.[1] ?? 'OTHER_ID'))].map((k) => [k, restore.filter((x) => x.startsWith(`[[${k}_`)).length])) },
          outcome: 'success',
        });
        print(false, null, () => text);
      }),
    );
}
