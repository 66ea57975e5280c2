// validateEvent reuses per-field results of the event schema for values it has seen (audit/schema.ts).
// Whatever the memo holds, its answer must be the schema's: the same events accepted, the same
// parsed input, the same error for a refused one, however often and in whatever order they come.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePurpose, validateEvent, type AuditEventInput } from '../../src/audit/index.js';
import { eventInputSchema } from '../../src/audit/schema.js';
import { PhigateError } from '../../src/common/index.js';

const actor = { principal: 'dr-app', role: 'clinician', keyId: 'k_0123456789abcdef', via: 'api_key' as const };
const valid = (): AuditEventInput => ({
  action: 'model_call',
  subtype: 'request',
  actor: { ...actor },
  purpose: 'TREAT',
  what: { identifiers: { NAME: 2, DATE: 1 } },
  vendor: 'openai',
  model: 'gpt-4o-2024-08-06',
  client: { address: '10.1.2.3' },
  outcome: 'success',
  correlationId: '0b6f2c8e-8a37-4d0e-9d59-1f0b0e6c2a11',
});

/** What validateEvent answered before the memo: the schema's parse, then the purpose (its error code when refused). */
function bySchema(raw: unknown): { ok: true; input: unknown } | { ok: false; code: string } {
  const r = eventInputSchema.safeParse(raw);
  if (!r.success) return { ok: false, code: 'audit_event_invalid' };
  try {
    parsePurpose(r.data.purpose);
  } catch {
    return { ok: false, code: 'purpose_unknown' };
  }
  return { ok: true, input: r.data };
}

function check(raw: unknown, label: string): void {
  const want = bySchema(raw);
  let message: string | undefined;
  for (let round = 0; round < 3; round++) {
    let got: { ok: true; input: unknown } | { ok: false; code: string };
    try {
      got = { ok: true, input: validateEvent(raw, 0).input };
    } catch (e) {
      assert.ok(e instanceof PhigateError, label);
      got = { ok: false, code: e.code };
      // The same message every time (it names the field and the rule, never the value).
      assert.equal(e.message, (message ??= e.message), label);
    }
    if (want.ok && got.ok) assert.deepEqual(JSON.parse(JSON.stringify(got.input)), JSON.parse(JSON.stringify(want.input)), label);
    else assert.deepEqual(got, want, label);
  }
}

describe('audit event validation with memoised field results', () => {
  test('valid events: the parsed input is the schema\'s, on first sight and when seen again', () => {
    check(valid(), 'base');
    check({ ...valid(), correlationId: 'req-abc' }, 'other correlation id');
    const { what: _w, ...noWhat } = valid();
    check(noWhat, 'no what');
    check({ ...valid(), purpose: 'treatment' }, 'purpose word');
    check({ ...valid(), patient: '  MRN-1  ', patients: ['MRN-2'] }, 'patients (trimmed by the schema)');
    check({ ...valid(), subtype: undefined }, 'known key, undefined value');
    check(Object.assign(Object.create(null), valid()), 'null prototype');
  });

  test('refused events get the schema\'s error, also right after the same values were accepted elsewhere', () => {
    validateEvent(valid());
    const bad: Array<[string, unknown]> = [
      ['unknown key', { ...valid(), note: 'x' }],
      ['unknown key, undefined value', { ...valid(), note: undefined }],
      ['unknown key in actor', { ...valid(), actor: { ...actor, displayName: 'x' } }],
      ['phone-shaped principal', { ...valid(), actor: { ...actor, principal: '(555) 201-7788' } }],
      ['date-shaped correlation id', { ...valid(), correlationId: '1958-03-14' }],
      ['not an IP', { ...valid(), client: { address: 'example' } }],
      ['missing action', (({ action: _a, ...r }) => r)(valid())],
      ['missing actor', (({ actor: _a, ...r }) => r)(valid())],
      ['unknown purpose', { ...valid(), purpose: 'curiosity' }],
      ['negative count', { ...valid(), what: { identifiers: { NAME: -1 } } }],
      ['fractional count', { ...valid(), what: { identifiers: { NAME: 1.5 } } }],
      ['NaN count', { ...valid(), what: { records: Number.NaN } }],
      ['count as a Date', { ...valid(), what: { records: new Date(0) } }],
      ['vendor as a Date', { ...valid(), vendor: new Date(0) }],
      ['array', [valid()]],
      ['null', null],
      ['string', 'x'],
    ];
    for (const [label, raw] of bad) {
      const want = bySchema(raw);
      assert.equal(want.ok, false, label);
      check(raw, label);
    }
  });

  test('a class instance or a -0 count takes the schema path and gets its answer', () => {
    class Ev {
      constructor() {
        Object.assign(this, valid());
      }
    }
    check(new Ev(), 'class instance');
    check({ ...valid(), what: { records: -0 } }, '-0');
  });

  test('what a caller does to a result does not reach the next one', () => {
    const a = validateEvent(valid());
    assert.throws(() => {
      (a.input.actor as { principal: string }).principal = 'changed';
    });
    assert.equal(validateEvent(valid()).input.actor.principal, 'dr-app');
  });

  test('many distinct values (past the memo bound) still validate as the schema does', () => {
    for (let i = 0; i < 5000; i++) check({ ...valid(), what: { identifiers: { NAME: i } } }, `count ${i}`);
  });
});
