import { z } from 'zod';
import type { AdminAuditor, AuditActor } from '../audit/index.js';
import { PURPOSE_CODES } from '../audit/index.js';
import { PhigateError } from '../common/index.js';
import { PHI_TYPES } from '../deid/index.js';
import type { Store } from '../store/index.js';
import { ROLE_NAME, zodMessage } from './roles.js';

/**
 * Minimum necessary: for a role and a purpose of use, which identifier kinds come back restored
 * from their vault tokens, what the others become (left as tokens or redacted to `[KIND]`), and
 * which FHIR fields are hidden. Rules are data: global defaults below, a tenant's own in
 * `access_policies`. The most specific rule wins: (role, purpose) > (*, purpose) > (role, *) >
 * (*, *); at equal specificity the tenant's rule wins over the default. The purpose ranks above
 * the role so that a purpose that never needs identifiers (research) is not widened by a role.
 * The `vault:detokenize` permission stays the outer gate: without it nothing is restored.
 */

const FHIR_PATH = /^(\*|[A-Z][A-Za-z]{1,63})(\.[a-z][A-Za-z0-9]{0,63})*$|^[a-z][A-Za-z0-9]{0,63}$/;

export const PolicyRuleSchema = z
  .object({
    role: z.union([z.literal('*'), z.string().regex(ROLE_NAME)]),
    purpose: z.union([z.literal('*'), z.enum(PURPOSE_CODES as [string, ...string[]])]),
    /** Identifier kinds restored; ["*"] = every kind; [] = none. */
    restore: z.array(z.union([z.literal('*'), z.enum(PHI_TYPES)])).max(PHI_TYPES.length + 1),
    /** What a token the rule does not restore becomes. */
    otherwise: z.enum(['token', 'redact']).default('token'),
    /** FHIR element paths hidden from this role for this purpose: "Patient.birthDate", "*.telecom", "identifier". */
    hideFields: z.array(z.string().regex(FHIR_PATH)).max(200).default([]),
  })
  .strict();
export type PolicyRuleInput = z.input<typeof PolicyRuleSchema>;
export type PolicyRule = z.output<typeof PolicyRuleSchema> & { source?: 'default' | 'tenant' };

const DIRECT_FHIR = ['Patient.name', 'Patient.telecom', 'Patient.address', 'Patient.birthDate', 'Patient.photo', '*.identifier', 'Patient.contact'];
const rule = (role: string, purpose: string, restore: string[], hideFields: string[] = [], otherwise: 'token' | 'redact' = 'token'): PolicyRule => ({
  ...PolicyRuleSchema.parse({ role, purpose, restore, otherwise, hideFields }),
  source: 'default',
});

/** The defaults every tenant starts with (a tenant's own rules refine them). */
export const DEFAULT_POLICY_RULES: readonly PolicyRule[] = [
  // Nothing is restored unless a rule says so.
  rule('*', '*', [], DIRECT_FHIR),
  // Care: the people treating the patient see who they treat.
  ...['TREAT', 'ETREAT', 'CAREMGT', 'PATSFTY', 'BTG'].map((p) => rule('*', p, ['*'])),
  // Payment: who, when, and the numbers that bill.
  ...['HPAYMT', 'COVERAGE', 'CLMATTCH', 'COVAUTH', 'ELIGVER'].map((p) =>
    rule('*', p, ['NAME', 'DATE', 'MRN', 'HEALTH_PLAN', 'ACCOUNT'], ['Patient.telecom', 'Patient.photo', 'Patient.contact']),
  ),
  // Operations: the record number only.
  ...['HOPERAT', 'HQUALIMP', 'HSYSADMIN', 'HCOMPL', 'RECORDMGT'].map((p) => rule('*', p, ['MRN'], DIRECT_FHIR.filter((f) => f !== '*.identifier'))),
  // Research, public health, marketing, training, testing: never an identifier back (tokens stay:
  // they reveal nothing and keep records linkable within a conversation).
  ...['HRESCH', 'CLINTRCH', 'PUBHLTH', 'POPHLTH', 'HMARKT', 'TRAIN', 'HTEST'].map((p) => rule('*', p, [], DIRECT_FHIR)),
  // The patient and those acting for them: their own record.
  ...['PATRQT', 'FAMRQT', 'PWATRNY'].map((p) => rule('*', p, ['*'])),
];

/** What a request may see restored. */
export interface RestoreDecision {
  rule: PolicyRule;
  /** Whether a token of this kind comes back restored. */
  restores(kind: string): boolean;
  otherwise: 'token' | 'redact';
  hideFields: readonly string[];
}

const specificity = (r: PolicyRule) => (r.role !== '*' ? 1 : 0) + (r.purpose !== '*' ? 2 : 0);

export function decide(rules: readonly PolicyRule[], role: string, purpose: string, mayDetokenize = true): RestoreDecision {
  let best: PolicyRule | undefined;
  for (const r of rules) {
    if ((r.role !== '*' && r.role !== role) || (r.purpose !== '*' && r.purpose !== purpose)) continue;
    if (!best || specificity(r) > specificity(best) || (specificity(r) === specificity(best) && r.source === 'tenant' && best.source !== 'tenant')) best = r;
  }
  const chosen = best ?? DEFAULT_POLICY_RULES[0]!;
  const all = chosen.restore.includes('*');
  const kinds: ReadonlySet<string> = new Set(chosen.restore);
  return {
    rule: chosen,
    restores: (kind) => mayDetokenize && (all || kinds.has(kind)),
    otherwise: chosen.otherwise,
    hideFields: chosen.hideFields,
  };
}

const TOKEN_KIND = /^\[\[([A-Z][A-Z0-9_]*)_[0-9A-F]{8}\]\]$/;
/** The identifier kind a token shows (`[[NAME_…]]` → NAME). */
export const tokenKind = (token: string): string => TOKEN_KIND.exec(token)?.[1] ?? 'UNKNOWN';

/**
 * Splits tokens by the decision: those to look up in the vault, and the replacements of the rest
 * (`[KIND]` when the rule redacts; nothing, i.e. the token stays, otherwise).
 */
export function partitionTokens(decision: RestoreDecision, tokens: readonly string[]): { restore: string[]; replace: Map<string, string> } {
  const restore: string[] = [];
  const replace = new Map<string, string>();
  for (const t of tokens) {
    const kind = tokenKind(t);
    if (decision.restores(kind)) restore.push(t);
    else if (decision.otherwise === 'redact') replace.set(t, `[${kind}]`);
  }
  return { restore, replace };
}

/**
 * Removes the hidden fields from a FHIR resource (or a Bundle's entries), in place, and returns
 * the paths removed. "Patient.birthDate" matches that element of Patient resources, "*.telecom"
 * of any resource, a bare "identifier" any element of that name at any depth.
 */
export function hideFhirFields(value: unknown, hideFields: readonly string[]): string[] {
  const removed = new Set<string>();
  const walk = (node: unknown, resourceType: string | undefined, path: string[]) => {
    if (Array.isArray(node)) {
      for (const x of node) walk(x, resourceType, path);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const obj = node as Record<string, unknown>;
    const rt = typeof obj.resourceType === 'string' ? obj.resourceType : undefined;
    const type = rt ?? resourceType;
    const here = rt ? [] : path;
    for (const key of Object.keys(obj)) {
      const p = [...here, key].join('.');
      const hit = hideFields.some((f) => f === key || (type !== undefined && (f === `${type}.${p}` || f === `*.${p}`)));
      if (hit && key !== 'resourceType') {
        delete obj[key];
        removed.add(`${type ?? '*'}.${p}`);
        continue;
      }
      walk(obj[key], type, [...here, key]);
    }
  };
  walk(value, undefined, []);
  return [...removed];
}

const FENCED_JSON = /```(?:json)?\s*\n([\s\S]*?)\n```/g;

/** Whether a text may hold FHIR JSON (directly, escaped in a JSON string, or with \u escapes). */
const mayHoldFhir = (text: string): boolean => text.includes('resourceType') || text.includes('\\u');

/**
 * Removes the hidden fields from every FHIR resource found anywhere in a parsed JSON value (the
 * value itself, a property at any depth such as tool arguments `{"resource": {...}}`, arrays of
 * resources, and JSON or fenced JSON inside its strings), in place. Fields are only ever removed
 * inside a resource: a bare "identifier" rule does not touch an `identifier` key of the wrapper.
 * Returns whether anything was removed.
 */
export function hideFhirInJson(value: unknown, hideFields: readonly string[]): boolean {
  if (hideFields.length === 0) return false;
  let removed = false;
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      if (!mayHoldFhir(node)) return node;
      const t = hideFhirInText(node, hideFields);
      if (t === undefined) return node;
      removed = true;
      return t;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = walk(node[i]);
      return node;
    }
    if (typeof node !== 'object' || node === null) return node;
    const obj = node as Record<string, unknown>;
    if (typeof obj.resourceType === 'string') {
      // A resource: its own fields, and those of the resources it holds (Bundle entries, contained).
      if (hideFhirFields(obj, hideFields).length) removed = true;
    }
    // Strings of a resource may still hold JSON; other objects may hold resources deeper down.
    for (const key of Object.keys(obj)) if (key !== 'resourceType') obj[key] = walk(obj[key]);
    return node;
  };
  walk(value);
  return removed;
}

/**
 * A text that holds FHIR JSON (the whole text is a JSON value, or fenced ```json blocks in it,
 * with resources at any depth: a resource, a Bundle, an array of resources, an object wrapping
 * one) with the hidden fields removed; undefined when nothing was removed (nothing to change).
 */
export function hideFhirInText(text: string, hideFields: readonly string[]): string | undefined {
  if (hideFields.length === 0 || !mayHoldFhir(text)) return undefined;
  const one = (json: string): string | undefined => {
    let v: unknown;
    try {
      v = JSON.parse(json);
    } catch {
      return undefined;
    }
    if (typeof v !== 'object' || v === null) return undefined;
    return hideFhirInJson(v, hideFields) ? JSON.stringify(v, null, json.includes('\n') ? 2 : undefined) : undefined;
  };
  const trimmed = text.trim();
  const whole = trimmed.startsWith('{') || trimmed.startsWith('[') ? one(trimmed) : undefined;
  if (whole !== undefined) return whole;
  let changed = false;
  const out = text.replace(FENCED_JSON, (m, body: string) => {
    const r = one(body);
    if (r === undefined) return m;
    changed = true;
    return m.replace(body, () => r);
  });
  return changed ? out : undefined;
}

interface PolicyRow {
  role: string;
  purpose: string;
  restore: string[];
  otherwise: 'token' | 'redact';
  hide_fields: string[];
}
const fromRow = (r: PolicyRow): PolicyRule => ({ role: r.role, purpose: r.purpose, restore: r.restore as PolicyRule['restore'], otherwise: r.otherwise, hideFields: r.hide_fields, source: 'tenant' });

/** A tenant's minimum-necessary rules (with the defaults), cached for `cacheSeconds`. */
export class PolicyService {
  private readonly cache = new Map<string, { rules: PolicyRule[]; until: number }>();

  constructor(
    private readonly store: Store,
    private readonly cacheSeconds = 30,
    private readonly auditor?: AdminAuditor,
    private readonly now: () => number = Date.now,
  ) {}

  /** Drops cached rules: of one tenant, or (no argument) of all (a change made by another process). */
  forget(tenantId?: string): void {
    if (tenantId === undefined) this.cache.clear();
    else this.cache.delete(tenantId);
  }

  /** The tenant's own rules. */
  async list(tenantId: string): Promise<PolicyRule[]> {
    return this.store.withTenant(tenantId, async (tx) =>
      (await tx.query<PolicyRow>('select role, purpose, restore, otherwise, hide_fields from access_policies where tenant_id = $1 order by role, purpose', [tenantId])).rows.map(fromRow),
    );
  }

  /** The defaults and the tenant's rules, as `decide` reads them. */
  async rules(tenantId: string): Promise<PolicyRule[]> {
    const t = this.now();
    const hit = this.cache.get(tenantId);
    if (hit && hit.until > t) return hit.rules;
    const rules = [...DEFAULT_POLICY_RULES, ...(await this.list(tenantId))];
    if (this.cacheSeconds > 0) this.cache.set(tenantId, { rules, until: t + this.cacheSeconds * 1000 });
    return rules;
  }

  async decide(tenantId: string, role: string, purpose: string, mayDetokenize = true): Promise<RestoreDecision> {
    return decide(await this.rules(tenantId), role, purpose, mayDetokenize);
  }

  async set(tenantId: string, input: unknown, actor?: AuditActor): Promise<PolicyRule> {
    const p = PolicyRuleSchema.safeParse(input);
    if (!p.success) throw new PhigateError('policy_invalid', zodMessage(p.error, 'invalid policy rule'), 400);
    const r = p.data;
    const restore = r.restore.includes('*') ? ['*'] : [...new Set(r.restore)].sort();
    await this.store.withTenant(tenantId, async (tx) => {
      await tx.query(
        `insert into access_policies (tenant_id, role, purpose, restore, otherwise, hide_fields) values ($1, $2, $3, $4, $5, $6)
         on conflict (tenant_id, role, purpose) do update set restore = excluded.restore, otherwise = excluded.otherwise,
           hide_fields = excluded.hide_fields, updated_at = now()`,
        [tenantId, r.role, r.purpose, restore, r.otherwise, r.hideFields],
      );
      await this.auditor?.admin(tx, tenantId, { subtype: 'policy.set', ...(actor ? { actor } : {}), target: { type: 'policy', id: `${r.role === '*' ? 'any' : r.role}.${r.purpose === '*' ? 'any' : r.purpose}` } });
    });
    this.cache.delete(tenantId);
    return { ...r, restore: restore as PolicyRule['restore'], source: 'tenant' };
  }

  async remove(tenantId: string, role: string, purpose: string, actor?: AuditActor): Promise<void> {
    await this.store.withTenant(tenantId, async (tx) => {
      const d = await tx.query('delete from access_policies where tenant_id = $1 and role = $2 and purpose = $3 returning role', [tenantId, role, purpose]);
      if (!d.rows.length) throw new PhigateError('policy_not_found', 'no such rule in this tenant', 404);
      await this.auditor?.admin(tx, tenantId, { subtype: 'policy.remove', ...(actor ? { actor } : {}), target: { type: 'policy', id: `${role === '*' ? 'any' : role}.${purpose === '*' ? 'any' : purpose}` } });
    });
    this.cache.delete(tenantId);
  }
}
