import { isIP } from 'node:net';
import { z } from 'zod';
import { PhigateError } from '../common/index.js';
import { isPurposeCode, parsePurpose, type PurposeCode } from './purpose.js';

/**
 * What the audit log accepts. Every string is either enumerated or identifier-shaped (no spaces,
 * bounded length), and identifier-shaped strings are refused when they look like an identifier of
 * a person (SSN, phone, e-mail, date, long digit runs): an audit event says who touched which
 * patient's data and why, never the data. The patient id itself never reaches the log: only its
 * keyed pseudonym does.
 */

export const AUDIT_ACTIONS = [
  'deid',
  'tokenize',
  'detokenize',
  'model_call',
  'embedding',
  'retrieval',
  'export',
  'disclosure',
  'admin',
  'login',
  'audit_read',
  'audit_purge',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const OUTCOMES = ['success', 'denied', 'error'] as const;
export type AuditOutcome = (typeof OUTCOMES)[number];

export const VIAS = ['api_key', 'session', 'workload', 'cli', 'system'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * Random hex ids (UUIDs, hashes, session ids, key fingerprints such as env-3f09a1c2b7d4) have digit
 * runs by chance; a patient number has no a-f among its digits.
 */
const HEX_ID = /^(?:[A-Za-z]{1,16}[-_:])?(?=[^a-f]*[a-f])[0-9a-f-]{8,}$/i;

/** Shapes of a person's identifiers that must not appear in an audit field. */
const PHI_SHAPES: Array<{ name: string; re: RegExp; unlessUuid?: boolean }> = [
  { name: 'ssn', re: /\d{3}-\d{2}-\d{4}/ },
  { name: 'phone', re: /\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}/, unlessUuid: true },
  { name: 'email', re: /[^@\s]@[^@\s]+\.[A-Za-z]{2,}/ },
  { name: 'date', re: /(^|[^0-9])(1[89]|20)\d{2}[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|[12]\d|3[01])($|[^0-9])|\d{1,2}\/\d{1,2}\/\d{2,4}/ },
  { name: 'digits', re: /\d{7,}/, unlessUuid: true },
];

/** The first PHI-like shape the string has, if any. */
export function phiShape(s: string, allow: ReadonlyArray<string> = []): string | undefined {
  for (const p of PHI_SHAPES) {
    if (allow.includes(p.name)) continue;
    if (p.unlessUuid && (UUID.test(s) || HEX_ID.test(s))) continue;
    if (p.re.test(s)) return p.name;
  }
  return undefined;
}

const shaped = (re: RegExp, allow: string[] = []) =>
  z.string().regex(re).refine((s) => phiShape(s, allow) === undefined, { message: 'looks like a personal identifier' });

// The workforce member or service who acted (the API key's principal, `cli:<user>`): their own
// identity, which the audit log exists to record. Printable, and never shaped like a patient's
// identifiers (SSN, phone, date); staff e-mail addresses and employee numbers are allowed.
const principal = shaped(/^[^\u0000-\u001f\u007f]{1,200}$/, ['email', 'digits']);
const role = shaped(/^[a-z][a-z0-9_-]{0,62}$/);
const opaqueId = shaped(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/);
const code = shaped(/^[a-z][a-z0-9_.]{0,63}$/);
const resourceType = z.string().regex(/^[A-Z][A-Za-z]{1,63}$/);
const field = shaped(/^[A-Za-z_][A-Za-z0-9_.[\]-]{0,127}$/);
const identifierKind = shaped(/^[A-Z][A-Z0-9_]{0,31}$/);
const vendor = shaped(/^[a-z0-9][a-z0-9_.-]{0,63}$/);
// Model names carry release dates (gpt-4o-2024-08-06, ...-20241022): those are allowed, and
// nothing else shaped like an identifier.
const RELEASE_DATE = /20\d{2}-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])/g;
const model = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/@-]{0,127}$/)
  .refine((s) => phiShape(s.replace(RELEASE_DATE, '-')) === undefined, { message: 'looks like a personal identifier' });
const count = z.number().int().min(0).max(1_000_000_000);
/** Targets whose ids phigate itself makes (UUIDs, key versions, key fingerprints): digit runs are fine. */
const SYSTEM_TARGETS = new Set(['tenant', 'api_key', 'data_key', 'kek', 'signing_key', 'vendor', 'policy', 'role', 'user', 'session', 'break_glass']);

export const actorSchema = z.object({
  principal,
  role,
  keyId: opaqueId.optional(),
  sessionId: opaqueId.optional(),
  via: z.enum(VIAS),
}).strict();
export type AuditActor = z.input<typeof actorSchema>;

const patientId = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().min(1).max(256));

export const eventInputSchema = z
  .object({
    action: z.enum(AUDIT_ACTIONS),
    subtype: code.optional(),
    actor: actorSchema,
    /** The raw patient id (MRN, FHIR id...): stored only as a keyed pseudonym. */
    patient: patientId.optional(),
    patients: z.array(patientId).max(1000).optional(),
    /** A PurposeOfUse code, or a free word that maps to one. */
    purpose: z.string().max(64),
    what: z
      .object({
        resourceTypes: z.array(resourceType).max(64).optional(),
        fields: z.array(field).max(256).optional(),
        identifiers: z
          .record(identifierKind, count)
          .refine((r) => Object.keys(r).length <= 64, { message: 'too many identifier kinds' })
          .optional(),
        records: count.optional(),
      })
      .strict()
      .optional(),
    vendor: vendor.optional(),
    model: model.optional(),
    target: z
      .object({ type: code, id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:@/+-]{0,199}$/) })
      .strict()
      .refine((t) => phiShape(t.id, SYSTEM_TARGETS.has(t.type) ? ['digits'] : []) === undefined, {
        message: 'looks like a personal identifier',
        path: ['id'],
      })
      .optional(),
    client: z
      .object({ address: z.string().max(64).refine((s) => isIP(s) !== 0, { message: 'not an IP address' }).optional() })
      .strict()
      .optional(),
    outcome: z.enum(OUTCOMES),
    code: code.optional(),
    correlationId: opaqueId.optional(),
  })
  .strict();

export type AuditEventInput = z.input<typeof eventInputSchema>;
type ParsedInput = z.output<typeof eventInputSchema>;

/** The stored, hashed form of an event (the Merkle leaf is its RFC 8785 canonical JSON). */
export interface AuditEvent {
  v: 1;
  id: string;
  tenant: string;
  seq: number;
  time: string;
  action: AuditAction;
  subtype?: string;
  actor: { principal: string; role: string; keyId?: string; sessionId?: string; via: (typeof VIAS)[number] };
  patients?: string[];
  purpose: PurposeCode;
  what?: { resourceTypes?: string[]; fields?: string[]; identifiers?: Record<string, number>; records?: number };
  vendor?: string;
  model?: string;
  target?: { type: string; id: string };
  client?: { address?: string };
  outcome: { result: AuditOutcome; code?: string };
  correlationId?: string;
}

const KNOWN_KEYS = new Set([
  'action', 'subtype', 'actor', 'principal', 'role', 'keyId', 'sessionId', 'via', 'patient', 'patients', 'purpose', 'what',
  'resourceTypes', 'fields', 'identifiers', 'records', 'vendor', 'model', 'target', 'type', 'id', 'client', 'address',
  'outcome', 'code', 'correlationId',
]);

/** A path into the input that is safe to print: keys of the schema by name, any other key as "?". */
function safePath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : typeof p === 'string' && KNOWN_KEYS.has(p) ? `.${p}` : '.?'))
    .join('')
    .replace(/^\./, '');
}

export interface ValidEvent {
  input: ParsedInput;
  purpose: PurposeCode;
  patients: string[];
}

/**
 * Validates one event; the error names the field and the rule, never the value. The result is the
 * schema's (`eventInputSchema`): a valid event takes the memoised path below, anything else (and
 * every error) the schema itself.
 */
export function validateEvent(raw: unknown, index = 0): ValidEvent {
  return validateKnown(raw) ?? validateBySchema(raw, index);
}

// The event schema is a strict object whose fields are checked independently (no rule spans two
// fields), so an event is valid exactly when it has no other keys and each field's own schema
// accepts its value (an absent field: undefined, which only the required ones refuse). Field results
// are pure functions of the value, so those of values seen before are reused: the gateway writes
// the same actor, vendor, model and purpose on every request, and a zod run per field costs more
// than the lookup. Not memoised: the patient fields (raw patient ids must not outlive the request)
// and the correlation id (new on every request). Only values that are plain JSON data are memoised
// (see `memoKey`); memoised outputs are frozen; each field's memo is emptied when it grows past
// FIELD_MEMO_MAX entries.
const SHAPE = eventInputSchema.shape as Record<string, z.ZodType>;
const FIELDS = Object.keys(SHAPE).map((name) => ({
  name,
  schema: SHAPE[name]!,
  required: !SHAPE[name]!.safeParse(undefined).success,
  memo: name === 'patient' || name === 'patients' || name === 'correlationId' ? null : new Map<string, { value: unknown }>(),
  /** String values, by the string itself (no key to build). */
  strings: new Map<string, { value: unknown }>(),
}));
const FIELD_BY_NAME = new Map(FIELDS.map((f) => [f.name, f]));
const FIELD_MEMO_MAX = 1024;

/** An exact key for plain JSON data (undefined-valued keys kept apart); undefined for anything else. */
function memoKey(v: unknown, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'boolean':
      return v ? 't' : 'f';
    case 'number':
      return Number.isFinite(v) && !Object.is(v, -0) ? `n${v}` : undefined;
    case 'undefined':
      return 'u';
    case 'object': {
      if (v === null) return 'z';
      const proto = Object.getPrototypeOf(v);
      if (Array.isArray(v)) {
        if (proto !== Array.prototype) return undefined;
        let out = '[';
        for (let i = 0; i < v.length; i++) {
          const k = memoKey(v[i], depth + 1);
          if (k === undefined) return undefined;
          out += `${k},`;
        }
        return `${out}]`;
      }
      if (proto !== Object.prototype && proto !== null) return undefined;
      let out = '{';
      for (const key of Object.keys(v)) {
        const k = memoKey((v as Record<string, unknown>)[key], depth + 1);
        if (k === undefined) return undefined;
        out += `${JSON.stringify(key)}:${k},`;
      }
      return `${out}}`;
    }
    default:
      return undefined;
  }
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

/** The validated event when every field checks out; undefined sends the event to the schema itself. */
function validateKnown(raw: unknown): ValidEvent | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const proto = Object.getPrototypeOf(raw);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const obj = raw as Record<string, unknown>;
  const input: Record<string, unknown> = {};
  const keys = Object.keys(obj);
  for (const name of keys) {
    const field = FIELD_BY_NAME.get(name);
    if (!field) return undefined; // a key the schema does not know
    const value = obj[name];
    let out: unknown;
    if (!field.memo) {
      const r = field.schema.safeParse(value);
      if (!r.success) return undefined;
      out = r.data;
    } else {
      const memo = typeof value === 'string' ? field.strings : field.memo;
      const key = typeof value === 'string' ? value : memoKey(value);
      if (key === undefined) return undefined;
      let hit = memo.get(key);
      if (!hit) {
        const r = field.schema.safeParse(value);
        if (!r.success) return undefined;
        if (memo.size >= FIELD_MEMO_MAX) memo.clear();
        hit = { value: deepFreeze(r.data) };
        memo.set(key, hit);
      }
      out = hit.value;
    }
    input[name] = out;
  }
  if (keys.length !== FIELDS.length) {
    // Absent fields: the schema reads them as undefined (so a non-enumerable or inherited value
    // is left to it), and refuses the required ones.
    for (const f of FIELDS) {
      if (Object.hasOwn(input, f.name)) continue;
      if (f.required || obj[f.name] !== undefined || Object.hasOwn(obj, f.name)) return undefined;
    }
  }
  const parsed = input as ParsedInput;
  let purpose: PurposeCode;
  if (isPurposeCode(parsed.purpose)) purpose = parsed.purpose;
  else {
    try {
      purpose = parsePurpose(parsed.purpose);
    } catch {
      return undefined;
    }
  }
  return finish(parsed, purpose);
}

function finish(input: ParsedInput, purpose: PurposeCode): ValidEvent {
  const patients = [...new Set([...(input.patient !== undefined ? [input.patient] : []), ...(input.patients ?? [])])];
  return { input, purpose, patients };
}

function validateBySchema(raw: unknown, index: number): ValidEvent {
  const r = eventInputSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    const where = issue ? safePath(issue.path) || 'event' : 'event';
    const why =
      issue?.code === 'custom'
        ? issue.message
        : issue?.code === 'unrecognized_keys'
          ? 'has fields the audit log does not accept (free text is refused)'
          : issue?.code === 'invalid_value'
            ? 'is not one of the accepted values'
            : issue?.code === 'invalid_format'
              ? 'has a shape the audit log does not accept'
              : 'is invalid';
    throw new PhigateError('audit_event_invalid', `audit event ${index}: ${where} ${why}`, 400);
  }
  const input = r.data;
  let purpose: PurposeCode;
  try {
    purpose = isPurposeCode(input.purpose) ? input.purpose : parsePurpose(input.purpose);
  } catch (e) {
    if (e instanceof PhigateError) throw new PhigateError(e.code, `audit event ${index}: ${e.message}`, e.status);
    throw e;
  }
  return finish(input, purpose);
}

/** Builds the stored event; `pseudonyms` are the keyed pseudonyms of the event's patients, in order. */
export function buildEvent(
  v: ValidEvent,
  ctx: { id: string; tenant: string; seq: number; time: string; pseudonyms: string[] },
): AuditEvent {
  const i = v.input;
  const ev: AuditEvent = {
    v: 1,
    id: ctx.id,
    tenant: ctx.tenant,
    seq: ctx.seq,
    time: ctx.time,
    action: i.action,
    actor: {
      principal: i.actor.principal,
      role: i.actor.role,
      via: i.actor.via,
      ...(i.actor.keyId !== undefined ? { keyId: i.actor.keyId } : {}),
      ...(i.actor.sessionId !== undefined ? { sessionId: i.actor.sessionId } : {}),
    },
    purpose: v.purpose,
    outcome: { result: i.outcome, ...(i.code !== undefined ? { code: i.code } : {}) },
  };
  if (i.subtype !== undefined) ev.subtype = i.subtype;
  if (ctx.pseudonyms.length) ev.patients = [...new Set(ctx.pseudonyms)].sort();
  if (i.what) {
    const w: NonNullable<AuditEvent['what']> = {};
    if (i.what.resourceTypes?.length) w.resourceTypes = [...new Set(i.what.resourceTypes)].sort();
    if (i.what.fields?.length) w.fields = [...new Set(i.what.fields)].sort();
    if (i.what.identifiers && Object.keys(i.what.identifiers).length) w.identifiers = { ...i.what.identifiers };
    if (i.what.records !== undefined) w.records = i.what.records;
    if (Object.keys(w).length) ev.what = w;
  }
  if (i.vendor !== undefined) ev.vendor = i.vendor;
  if (i.model !== undefined) ev.model = i.model;
  if (i.target) ev.target = { type: i.target.type, id: i.target.id };
  if (i.client?.address !== undefined) ev.client = { address: i.client.address };
  if (i.correlationId !== undefined) ev.correlationId = i.correlationId;
  return ev;
}
