// Structured records: FHIR R4 resources and Bundles, and plain JSON.
//
// Identifying elements (HumanName, ContactPoint, Address, Identifier, dates, photos, references to
// people) are transformed as a whole value of a known type; narrative (text.div, notes,
// valueString, base64 text attachments...) goes through the free-text detector. The output keeps
// the resource's shape: strings stay strings, dates that cannot be kept as valid dates are removed.
import { dateOffset, type Operator } from './operators.js';
import { FHIR_DATE, shiftFhirDate } from './dates.js';
import { Session, splice, type DeidOptions } from './deidentify.js';
import { DeidError, type PhiType, type Span } from './types.js';
import type { Policy } from './policy.js';

export interface Finding {
  /** Element path without indices, e.g. "Patient.name.family". */
  path: string;
  type: PhiType;
}

export interface FhirResult {
  resource: unknown;
  findings: Finding[];
}

type FieldRule = Policy['fields'][string];

/** Elements copied as they are: codes, ids, links, metadata. */
const KEEP_KEYS = new Set([
  'resourceType', 'id', 'meta', 'implicitRules', 'language', 'system', 'code', 'status', 'use', 'reference', 'url', 'version',
  'contentType', 'gender', 'unit', 'mode', 'fullUrl', 'method', 'intent', 'priority', 'kind', 'profile', 'hash', 'size',
  'linkId', 'sequence', 'comparator', 'rank', 'active', 'deceasedBoolean', 'multipleBirthBoolean', 'type', 'search',
  'request', 'response', 'valueCode', 'valueBoolean', 'valueInteger', 'valueDecimal', 'valueQuantity', 'interpretation',
  'category', 'severity', 'clinicalStatus', 'verificationStatus', 'docStatus', 'relationship', 'class', 'format',
  'state', 'country', 'prefix', 'suffix', 'xmlns',
]);
/** Keys whose date values are instants (a year alone would be invalid). */
const INSTANT_KEYS = new Set(['issued', 'lastUpdated', 'effectiveInstant', 'valueInstant', 'recorded']);

const TELECOM_TYPE: Record<string, PhiType> = { phone: 'PHONE', fax: 'FAX', email: 'EMAIL', url: 'URL', pager: 'PHONE', sms: 'PHONE', other: 'PHONE' };

const IDENTIFIER_TYPE: Record<string, PhiType> = {
  MR: 'MRN', PI: 'MRN', PT: 'MRN', MRT: 'MRN', SS: 'SSN', SB: 'SSN', DL: 'LICENSE', NPI: 'LICENSE', DEA: 'LICENSE', PRN: 'LICENSE',
  LN: 'LICENSE', MD: 'LICENSE', MB: 'HEALTH_PLAN', MC: 'HEALTH_PLAN', MA: 'HEALTH_PLAN', SN: 'HEALTH_PLAN', MCN: 'HEALTH_PLAN',
  AN: 'ACCOUNT', VN: 'ACCOUNT', PPN: 'OTHER_ID', ACSN: 'OTHER_ID', SR: 'OTHER_ID', UDI: 'DEVICE', SNO: 'DEVICE',
};

function identifierType(ident: Record<string, unknown>): PhiType {
  const system = typeof ident.system === 'string' ? ident.system.toLowerCase() : '';
  if (system.includes('us-ssn') || system.endsWith('/ssn')) return 'SSN';
  if (system.includes('us-npi') || system.includes('npi')) return 'LICENSE';
  if (system.includes('mbi') || system.includes('medicare')) return 'HEALTH_PLAN';
  const type = ident.type as { coding?: { code?: unknown }[] } | undefined;
  for (const c of type?.coding ?? []) if (typeof c.code === 'string' && IDENTIFIER_TYPE[c.code]) return IDENTIFIER_TYPE[c.code] as PhiType;
  if (/mrn|medical.?record/.test(system)) return 'MRN';
  return 'OTHER_ID';
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const referenceType = (ref: unknown): PhiType | undefined => {
  if (typeof ref !== 'string') return undefined;
  if (/^(?:Patient|Practitioner|RelatedPerson|Person|PractitionerRole)\//.test(ref)) return 'NAME';
  if (/^(?:Location|Organization)\//.test(ref)) return 'LOCATION';
  return undefined;
};

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Pending {
  type: PhiType;
  value: string;
  operator?: Operator;
}

/**
 * Collects every value to replace in a resource, so a whole resource costs one tokenizer call, and every free text in
 * it, so that they are detected together (detectMany: a Bundle's many short narratives read faster at once). The walk
 * records what it meets in order (`ops`); `finish` detects the texts, then replays the record, so findings and values
 * come in the walk's order as before.
 */
class Job {
  readonly items: Pending[] = [];
  readonly finishers: ((r: readonly string[]) => void)[] = [];
  readonly findings: Finding[] = [];
  private readonly texts: string[] = [];
  private readonly ops: ((spans: readonly Span[][]) => void)[] = [];

  constructor(
    readonly session: Session,
    readonly fhir: boolean,
  ) {}

  /** A finding without a value to replace (an element removed). */
  finding(f: Finding): void {
    this.ops.push(() => this.findings.push(f));
  }

  /** A whole value of a known type. */
  value(path: string, type: PhiType, value: string, set: (v: string) => void, operator?: Operator): void {
    this.ops.push(() => {
      const i = this.items.push({ type, value, operator }) - 1;
      this.findings.push({ path, type });
      this.finishers.push((r) => set(r[i] as string));
    });
  }

  /** Free text: detected with the others in `finish`, then its spans replaced. */
  text(path: string, text: string, set: (v: string) => void, escape?: (s: string) => string): void {
    const k = this.texts.push(text) - 1;
    this.ops.push((found) => {
      const spans = found[k] as Span[];
      if (spans.length === 0) return set(text);
      const first = this.items.length;
      for (const s of spans) {
        this.items.push({ type: s.type, value: text.slice(s.start, s.end) });
        this.findings.push({ path, type: s.type });
      }
      this.finishers.push((r) => {
        const repl = r.slice(first, first + spans.length).map((x) => (escape ? escape(x) : x));
        set(splice(text, spans, repl));
      });
    });
  }

  /** XHTML narrative: only the text between tags is scanned. */
  xhtml(path: string, div: string, set: (v: string) => void): void {
    const pieces = div.split(/(<[^>]*>)/);
    let pending = 0;
    const done = () => {
      if (--pending === 0) set(pieces.join(''));
    };
    pieces.forEach((piece, i) => {
      if (piece.startsWith('<') || piece.trim() === '') return;
      pending++;
      this.text(path, piece, (v) => {
        pieces[i] = v;
        done();
      }, xmlEscape);
    });
    if (pending === 0) set(div);
  }

  /** A FHIR date/dateTime/instant element; undefined removes it. */
  date(path: string, key: string, value: string, set: (v: string | undefined) => void, rule?: FieldRule): void {
    const op = rule?.operator ?? this.session.policy.types.DATE ?? this.session.policy.default;
    this.finding({ path, type: 'DATE' });
    const ctx = this.session.ctx;
    switch (op) {
      case 'keep':
        return set(value);
      case 'date-shift':
      case 'surrogate': {
        const keys = { ...ctx.keys, dateShift: ctx.keys.dateShift ?? ctx.keys.surrogate };
        return set(shiftFhirDate(value, dateOffset({ ...ctx, keys })));
      }
      case 'generalize':
        return set(INSTANT_KEYS.has(key) ? undefined : value.slice(0, 4));
      default:
        return set(undefined);
    }
  }

  async finish(): Promise<void> {
    const spans = this.texts.length > 0 ? this.session.detectMany(this.texts) : [];
    for (const op of this.ops) op(spans);
    const r = this.items.length ? await this.session.replace(this.items) : [];
    for (const f of this.finishers) f(r);
  }
}

function ruleFor(fields: Policy['fields'], path: string, key: string): FieldRule | undefined {
  if (fields[path]) return fields[path];
  const dot = path.indexOf('.');
  if (dot >= 0 && fields[`*${path.slice(dot)}`]) return fields[`*${path.slice(dot)}`];
  return fields[key];
}

/** Walks a JSON value; returns the copy to fill in (finishers assign the replaced strings later). */
function walk(job: Job, node: unknown, path: string): unknown {
  if (Array.isArray(node)) return node.map((x) => walk(job, x, path));
  if (!isObj(node)) return node;
  const out: Record<string, unknown> = {};
  const base = typeof node.resourceType === 'string' && job.fhir ? node.resourceType : path;
  const fields = job.session.policy.fields;
  for (const [key, value] of Object.entries(node)) {
    const p = base ? `${base}.${key}` : key;
    const rule = ruleFor(fields, p, key);
    if (rule) {
      applyRule(job, rule, out, key, value, p);
      continue;
    }
    if (job.fhir) {
      if (KEEP_KEYS.has(key)) {
        out[key] = value;
        continue;
      }
      if (key === 'div' && typeof value === 'string') {
        out[key] = value;
        job.xhtml(p, value, (v) => (out[key] = v));
        continue;
      }
      if (key === 'name' && (isHumanName(value) || (Array.isArray(value) && value.some(isHumanName)))) {
        out[key] = mapEach(value, (n) => humanName(job, n, p));
        continue;
      }
      if (key === 'telecom') {
        out[key] = mapEach(value, (c) => contactPoint(job, c, p));
        continue;
      }
      if (key === 'address') {
        out[key] = mapEach(value, (a) => address(job, a, p));
        continue;
      }
      if (key === 'identifier') {
        out[key] = mapEach(value, (id) => identifier(job, id, p));
        continue;
      }
      if (key === 'photo') {
        if ((job.session.policy.types.PHOTO ?? job.session.policy.default) === 'keep') out[key] = value;
        else job.finding({ path: p, type: 'PHOTO' });
        continue;
      }
      if (isObj(value) && typeof value.reference === 'string' && typeof value.display === 'string') {
        const ref: Record<string, unknown> = { ...value };
        const t = referenceType(value.reference);
        const display = value.display;
        if (t) job.value(`${p}.display`, t, display, (v) => (ref.display = v));
        else job.text(`${p}.display`, display, (v) => (ref.display = v));
        out[key] = ref;
        continue;
      }
      if (isObj(value) && (typeof value.data === 'string' || typeof value.contentType === 'string')) {
        out[key] = attachment(job, value, p);
        continue;
      }
      if (Array.isArray(value) && value.some((x) => isObj(x) && (typeof x.data === 'string' || typeof x.contentType === 'string'))) {
        out[key] = value.map((x) => (isObj(x) && (typeof x.data === 'string' || typeof x.contentType === 'string') ? attachment(job, x, p) : walk(job, x, p)));
        continue;
      }
    }
    if (typeof value === 'string') {
      if (job.fhir && FHIR_DATE.test(value) && !/^\d{1,4}$/.test(value)) {
        out[key] = value;
        job.date(p, key, value, (v) => {
          if (v === undefined) delete out[key];
          else out[key] = v;
        });
      } else {
        out[key] = value;
        job.text(p, value, (v) => (out[key] = v));
      }
      continue;
    }
    if (Array.isArray(value) && value.every((x) => typeof x === 'string')) {
      const arr = [...(value as string[])];
      out[key] = arr;
      arr.forEach((s, i) => job.text(p, s, (v) => (arr[i] = v)));
      continue;
    }
    out[key] = walk(job, value, p);
  }
  return out;
}

function mapEach(v: unknown, f: (x: Record<string, unknown>) => unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => (isObj(x) ? f(x) : x));
  return isObj(v) ? f(v) : v;
}

function applyRule(job: Job, rule: FieldRule, out: Record<string, unknown>, key: string, value: unknown, p: string): void {
  if (rule.action === 'remove') {
    job.finding({ path: p, type: rule.type ?? 'OTHER_ID' });
    return;
  }
  if (rule.action === 'keep') {
    out[key] = value;
    return;
  }
  const each = (v: unknown, set: (x: unknown) => void): void => {
    if (typeof v === 'string') {
      set(v);
      if (rule.action === 'scan') job.text(p, v, set);
      else if (rule.type === 'DATE' && job.fhir && FHIR_DATE.test(v)) job.date(p, key, v, (x) => set(x), rule);
      else job.value(p, rule.type ?? 'OTHER_ID', v, set, rule.operator);
    } else if (Array.isArray(v)) {
      const arr: unknown[] = [...v];
      set(arr);
      arr.forEach((x, i) => each(x, (y) => (arr[i] = y)));
    } else if (isObj(v)) {
      const o: Record<string, unknown> = {};
      set(o);
      for (const [k, x] of Object.entries(v)) each(x, (y) => (o[k] = y));
    } else set(v);
  };
  each(value, (x) => {
    if (x === undefined) delete out[key];
    else out[key] = x;
  });
}

const isHumanName = (v: unknown): v is Record<string, unknown> => isObj(v) && ('family' in v || 'given' in v || ('text' in v && !('div' in v)));

function humanName(job: Job, n: Record<string, unknown>, p: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...n };
  for (const k of ['family', 'text'] as const) {
    const v = n[k];
    if (typeof v === 'string') job.value(`${p}.${k}`, 'NAME', v, (x) => (out[k] = x));
  }
  if (Array.isArray(n.given)) {
    const given = [...(n.given as unknown[])];
    out.given = given;
    given.forEach((g, i) => {
      if (typeof g === 'string') job.value(`${p}.given`, 'NAME', g, (x) => (given[i] = x));
    });
  }
  if (n.period !== undefined) out.period = walk(job, n.period, `${p}.period`);
  return out;
}

function contactPoint(job: Job, c: Record<string, unknown>, p: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...c };
  const t = TELECOM_TYPE[typeof c.system === 'string' ? c.system : 'phone'] ?? 'PHONE';
  if (typeof c.value === 'string') job.value(`${p}.value`, t, c.value, (x) => (out.value = x));
  if (c.period !== undefined) out.period = walk(job, c.period, `${p}.period`);
  return out;
}

function address(job: Job, a: Record<string, unknown>, p: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const k of ['city', 'district', 'postalCode', 'text'] as const) {
    const v = a[k];
    if (typeof v === 'string') job.value(`${p}.${k}`, 'LOCATION', v, (x) => (out[k] = x));
  }
  if (Array.isArray(a.line)) {
    const line = [...(a.line as unknown[])];
    out.line = line;
    line.forEach((l, i) => {
      if (typeof l === 'string') job.value(`${p}.line`, 'LOCATION', l, (x) => (line[i] = x));
    });
  }
  if (a.period !== undefined) out.period = walk(job, a.period, `${p}.period`);
  return out;
}

function identifier(job: Job, id: Record<string, unknown>, p: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...id };
  if (typeof id.value === 'string') job.value(`${p}.value`, identifierType(id), id.value, (x) => (out.value = x));
  if (id.assigner !== undefined) out.assigner = walk(job, id.assigner, `${p}.assigner`);
  if (id.period !== undefined) out.period = walk(job, id.period, `${p}.period`);
  return out;
}

const TEXTUAL = /^(?:text\/|application\/(?:json|xml|fhir\+json|fhir\+xml|xhtml\+xml))/i;

function attachment(job: Job, a: Record<string, unknown>, p: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) {
    if (k === 'data' || k === 'hash' || k === 'size' || k === 'url') continue;
    out[k] = typeof v === 'string' && (k === 'title' || k === 'creation') ? v : walk(job, v, `${p}.${k}`);
  }
  if (typeof a.title === 'string') job.text(`${p}.title`, a.title, (v) => (out.title = v));
  if (typeof a.creation === 'string' && FHIR_DATE.test(a.creation)) {
    job.date(`${p}.creation`, 'creation', a.creation, (v) => {
      if (v === undefined) delete out.creation;
      else out.creation = v;
    });
  }
  if (typeof a.url === 'string') job.value(`${p}.url`, 'URL', a.url, (v) => (out.url = v));
  const contentType = typeof a.contentType === 'string' ? a.contentType : '';
  if (typeof a.data === 'string') {
    if (TEXTUAL.test(contentType)) {
      const text = Buffer.from(a.data, 'base64').toString('utf8');
      job.text(`${p}.data`, text, (v) => {
        const buf = Buffer.from(v, 'utf8');
        out.data = buf.toString('base64');
        out.size = buf.length;
      });
    } else {
      // Binary content (images, PDF) cannot be checked here: it is removed.
      job.finding({ path: `${p}.data`, type: /^image\//i.test(contentType) ? 'PHOTO' : 'OTHER_ID' });
    }
  }
  return out;
}

/** De-identifies a FHIR R4 resource or Bundle. The input is not modified. */
export async function deidentifyFhir(resource: unknown, options: DeidOptions = {}): Promise<FhirResult> {
  if (!isObj(resource) || typeof resource.resourceType !== 'string') throw new DeidError('invalid_fhir', 'not a FHIR resource: an object with a resourceType is expected');
  const job = new Job(new Session(options), true);
  const out = walk(job, resource, '');
  await job.finish();
  return { resource: out, findings: job.findings };
}

/** De-identifies any JSON value: field rules by dotted path, free-text detection in every string. */
export async function deidentifyJson(value: unknown, options: DeidOptions = {}): Promise<{ value: unknown; findings: Finding[] }> {
  const job = new Job(new Session(options), false);
  const out = walk(job, value, '');
  await job.finish();
  return { value: out, findings: job.findings };
}
