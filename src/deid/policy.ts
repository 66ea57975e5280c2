// Policies are data: which operator for which type, rules for structured fields, allow and deny lists.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { OPERATORS } from './operators.js';
import { DeidError, PHI_TYPES, isPhiType, type PhiType } from './types.js';

const OperatorSchema = z.enum(OPERATORS);
const TypeSchema = z.enum(PHI_TYPES);

const FieldRuleSchema = z
  .object({
    /** transform: the whole value is an identifier of `type`; scan: free text; keep; remove. */
    action: z.enum(['transform', 'scan', 'keep', 'remove']),
    type: TypeSchema.optional(),
    operator: OperatorSchema.optional(),
  })
  .strict()
  .refine((r) => r.action !== 'transform' || r.type !== undefined, { message: 'a transform rule needs a type' });

export const PolicySchema = z
  .object({
    name: z.string().min(1).max(100),
    description: z.string().max(2000).optional(),
    /** Operator for types without their own entry. */
    default: OperatorSchema.default('redact'),
    types: z.partialRecord(TypeSchema, OperatorSchema).default({}),
    /**
     * Rules for structured fields, keyed by path: "Patient.birthDate", "*.telecom.value", or a bare
     * key such as "birthDate" (FHIR paths are resourceType + element names, without indices).
     */
    fields: z.record(z.string().min(1), FieldRuleSchema).default({}),
    /** Values never treated as PHI (case-insensitive exact match), e.g. the clinic's main number. */
    allow: z.array(z.string().min(1)).default([]),
    /** Values always treated as PHI wherever they occur. */
    deny: z.array(z.object({ value: z.string().min(1), type: TypeSchema }).strict()).default([]),
    /** Detect only these types (default: all). */
    detectTypes: z.array(TypeSchema).optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    for (const [type, op] of Object.entries(p.types)) {
      if (op === 'date-shift' && type !== 'DATE') ctx.addIssue({ code: 'custom', message: `date-shift applies to DATE only, not ${type}`, path: ['types', type] });
    }
  });

export type Policy = z.output<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;

const BUILTIN: Record<string, PolicyInput> = {
  redact: {
    name: 'redact',
    description: 'Every identifier replaced by its type in brackets, e.g. [NAME].',
    default: 'redact',
  },
  'safe-harbor': {
    name: 'safe-harbor',
    description: 'HIPAA Safe Harbor: dates kept to the year, ZIP codes to three digits (000 for small areas), ages over 89 as 90+, everything else redacted.',
    default: 'redact',
    types: { DATE: 'generalize', AGE_OVER_89: 'generalize', LOCATION: 'generalize' },
  },
  token: {
    name: 'token',
    description: 'Every identifier replaced by a reversible vault token [[TYPE_HEX]].',
    default: 'token',
  },
  surrogate: {
    name: 'surrogate',
    description: 'Realistic fake values, consistent within a tenant; dates shifted by one offset per patient.',
    default: 'surrogate',
    types: { DATE: 'date-shift', AGE_OVER_89: 'generalize' },
  },
};

export const BUILTIN_POLICIES: readonly string[] = Object.keys(BUILTIN);

/** Policies this module validated: frozen, so they can be handed back as they are (the gateway passes its
 * policy for every message of every request, and validating it again each time costs more than the detection of a short message). */
const VALIDATED = new WeakSet<object>();

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o as Record<string, unknown>)) deepFreeze(v);
  }
  return o;
}

/** Validates a policy object; errors name the offending fields, never the values. The result is frozen. */
export function parsePolicy(input: unknown): Policy {
  if (input !== null && typeof input === 'object' && VALIDATED.has(input)) return input as Policy;
  const r = PolicySchema.safeParse(input);
  if (!r.success) {
    const where = r.error.issues.map((i) => `${safePath(i.path)}: ${ISSUE_TEXT[i.code] ?? 'invalid'}`).join('; ');
    throw new DeidError('invalid_policy', `invalid policy: ${where}`);
  }
  const policy = deepFreeze(r.data);
  VALIDATED.add(policy);
  return policy;
}

// Error texts are ours: zod's own messages may quote the offending value or key.
const ISSUE_TEXT: Record<string, string> = {
  invalid_type: 'wrong type',
  invalid_value: 'not an allowed value',
  unrecognized_keys: 'unknown field',
  too_small: 'too short',
  too_big: 'too long',
  invalid_key: 'unknown key',
  custom: 'not allowed (date-shift applies to DATE only; a transform rule needs a type)',
};
const SCHEMA_KEYS = new Set(['name', 'description', 'default', 'types', 'fields', 'allow', 'deny', 'detectTypes', 'action', 'type', 'operator', 'value']);
const safePath = (path: readonly PropertyKey[]): string =>
  path.map((seg) => (typeof seg === 'number' ? String(seg) : typeof seg === 'string' && (SCHEMA_KEYS.has(seg) || isPhiType(seg)) ? seg : '*')).join('.') || '(root)';

const builtinParsed = new Map<string, Policy>();

/** A built-in policy by name. */
export function builtinPolicy(name: string): Policy {
  const p = BUILTIN[name];
  if (!p) throw new DeidError('unknown_policy', `unknown policy (built-in policies: ${BUILTIN_POLICIES.join(', ')})`);
  let parsed = builtinParsed.get(name);
  if (!parsed) builtinParsed.set(name, (parsed = parsePolicy(p)));
  return parsed;
}

/** A built-in policy name, or the path of a JSON policy file. */
export function loadPolicy(nameOrFile: string): Policy {
  if (BUILTIN[nameOrFile]) return builtinPolicy(nameOrFile);
  let raw: string;
  try {
    raw = readFileSync(nameOrFile, 'utf8');
  } catch {
    throw new DeidError('unknown_policy', `no built-in policy of that name and no readable policy file (built-in policies: ${BUILTIN_POLICIES.join(', ')})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new DeidError('invalid_policy', 'policy file is not valid JSON');
  }
  return parsePolicy(json);
}

export function operatorFor(policy: Policy, type: PhiType): Policy['default'] {
  return policy.types[type] ?? policy.default;
}

export function policyUses(policy: Policy, op: Policy['default']): boolean {
  if (policy.default === op) return true;
  if (Object.values(policy.types).includes(op)) return true;
  return Object.values(policy.fields).some((f) => f.operator === op);
}
