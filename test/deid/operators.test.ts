import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DeidError, InMemoryTokenizer, deidentifyText, generalize, RESTRICTED_ZIP3, type Tokenizer } from '../../src/deid/index.js';
import { parseDate } from '../../src/deid/dates.js';

const keys = { surrogate: 'test-surrogate-secret', dateShift: 'test-date-secret' };
const NOTE = 'Patient: John Smith  MRN: A30506759\nDOB: 04/26/1963. Lives at 2322 Main Boulevard, Springfield, MN 27853. Call (717) 555-5040. Mother is 92-year-old. Seen 9/19/2015.';

test('redact replaces each identifier by its type in brackets', async () => {
  const r = await deidentifyText(NOTE);
  assert.equal(
    r.text,
    'Patient: [NAME]  MRN: [MRN]\nDOB: [DATE]. Lives at [LOCATION], [LOCATION], MN [LOCATION]. Call [PHONE]. Mother is [AGE_OVER_89]-year-old. Seen [DATE].',
  );
  assert.equal(r.spans.length, 9);
});

test('de-identifying twice is stable (markers and tokens are not PHI)', async () => {
  const once = await deidentifyText(NOTE);
  const twice = await deidentifyText(once.text);
  assert.deepEqual(twice.spans, []);
  assert.equal(twice.text, once.text);
  const tokenizer = new InMemoryTokenizer();
  const t1 = await deidentifyText(NOTE, { policy: 'token', tokenizer });
  const t2 = await deidentifyText(t1.text, { policy: 'token', tokenizer });
  assert.equal(t2.text, t1.text);
});

test('token: batch tokenizer, one call per text, same token for the same value, reversible', async () => {
  const calls: number[] = [];
  const inner = new InMemoryTokenizer();
  const counting: Tokenizer = {
    tokenize: async (items) => {
      calls.push(items.length);
      return inner.tokenize(items);
    },
  };
  const text = 'Dr. Lewis saw Ana Nguyen. Dr. Lewis called (717) 555-5040.';
  const r = await deidentifyText(text, { policy: 'token', tokenizer: counting });
  assert.equal(calls.length, 1);
  const tokens = r.text.match(/\[\[[A-Z_0-9]+_[0-9A-F]{8}\]\]/g) ?? [];
  assert.equal(tokens.length, 4);
  assert.equal(tokens[0], tokens[2]);
  assert.match(tokens[0] ?? '', /^\[\[NAME_[0-9A-F]{8}\]\]$/);
  assert.equal(inner.detokenize(r.text), text);
});

test('token without a tokenizer, surrogate without a key: typed errors', async () => {
  await assert.rejects(deidentifyText(NOTE, { policy: 'token' }), (e: unknown) => e instanceof DeidError && e.code === 'tokenizer_required');
  await assert.rejects(deidentifyText(NOTE, { policy: 'surrogate' }), (e: unknown) => e instanceof DeidError && e.code === 'key_required');
  const bad: Tokenizer = { tokenize: async () => ['[[NAME_00000000]]'] };
  await assert.rejects(deidentifyText('Dr. Lewis and Dr. Moore', { policy: 'token', tokenizer: bad }), (e: unknown) => e instanceof DeidError && e.code === 'tokenizer_failed');
});

test('surrogate: realistic, format-preserving, consistent within a tenant, different across tenants', async () => {
  const a = await deidentifyText(NOTE, { policy: 'surrogate', keys, tenantId: 't1', patientId: 'p1' });
  const b = await deidentifyText(NOTE, { policy: 'surrogate', keys, tenantId: 't1', patientId: 'p1' });
  const c = await deidentifyText(NOTE, { policy: 'surrogate', keys, tenantId: 't2', patientId: 'p1' });
  assert.equal(a.text, b.text);
  assert.notEqual(a.text, c.text);
  assert.ok(!a.text.includes('Smith') && !a.text.includes('A30506759') && !a.text.includes('555-5040'));
  assert.match(a.text, /Patient: [A-Z][a-z]+ [A-Z][a-z]+ {2}MRN: [A-Z]\d{8}\n/);
  assert.match(a.text, /Call \(\d{3}\) 555-01\d\d\./);
  assert.match(a.text, /DOB: \d\d\/\d\d\/\d{4}\./);
  assert.match(a.text, /Lives at \d{4} [A-Z][a-z]+ Boulevard, [A-Z][A-Za-z ]+, MN \d{5}\./);
  // The same surname in another form maps to the same surrogate surname.
  const n1 = await deidentifyText('Seen by Dr. Okafor.', { policy: 'surrogate', keys, tenantId: 't1' });
  const n2 = await deidentifyText('Okafor, Ngozi called back.', { policy: 'surrogate', keys, tenantId: 't1' });
  const s1 = /Dr\. (\S+)\./.exec(n1.text)?.[1];
  assert.ok(s1 && n2.text.startsWith(`${s1},`), `${n1.text} / ${n2.text}`);
  // Fake SSNs use the never-issued 9xx area.
  const ssn = await deidentifyText('SSN 467-19-9732 verified', { policy: 'surrogate', keys });
  assert.match(ssn.text, /^SSN 9\d\d-\d\d-\d{4} verified$/);
});

test('date-shift: one offset per patient keeps intervals, formats kept', async () => {
  const text = 'Admitted 01/15/2015, discharged 01/25/2015. Follow-up March 3, 2015.';
  const policy = { name: 'shift', default: 'redact' as const, types: { DATE: 'date-shift' as const } };
  const r = await deidentifyText(text, { policy, keys, patientId: 'patient-1' });
  const m = /Admitted (\d\d\/\d\d\/\d{4}), discharged (\d\d\/\d\d\/\d{4})\. Follow-up ([A-Z][a-z]+ \d{1,2}, \d{4})\./.exec(r.text);
  assert.ok(m, r.text);
  const day = (s: string) => {
    const p = parseDate(s)!;
    return Date.UTC(p.year!, p.month - 1, p.day!) / 86_400_000;
  };
  assert.equal(day(m[2]!) - day(m[1]!), 10);
  assert.equal(day(m[3]!) - day(m[1]!), day('March 3, 2015') - day('01/15/2015'));
  assert.notEqual(m[1], '01/15/2015');
  const other = await deidentifyText(text, { policy, keys, patientId: 'patient-2' });
  assert.notEqual(other.text, r.text);
  const again = await deidentifyText(text, { policy, keys, patientId: 'patient-1' });
  assert.equal(again.text, r.text);
});

test('generalize: dates to year, ZIP to 3 digits (restricted areas 000), ages to 90+', async () => {
  assert.equal(generalize('DATE', 'September 19, 2015'), '2015');
  assert.equal(generalize('DATE', '9/19'), '[DATE]');
  assert.equal(generalize('LOCATION', '27853'), '278');
  assert.equal(generalize('LOCATION', '03601-1234'), '000');
  assert.equal(generalize('LOCATION', '89012'), '000');
  assert.ok(RESTRICTED_ZIP3.has('036') && RESTRICTED_ZIP3.size === 17);
  assert.equal(generalize('LOCATION', 'Springfield'), '[LOCATION]');
  assert.equal(generalize('AGE_OVER_89', '92'), '90+');
  const r = await deidentifyText(NOTE, { policy: 'safe-harbor' });
  assert.equal(
    r.text,
    'Patient: [NAME]  MRN: [MRN]\nDOB: 1963. Lives at [LOCATION], [LOCATION], MN 278. Call [PHONE]. Mother is 90+-year-old. Seen 2015.',
  );
});

test('safe-harbor output keeps none of the identifiers of a rich note', async () => {
  const note =
    'Patient: Ngozi S. Nelson  MRN: 5649824  SSN 467-19-9732\nDOB: Aug 18, 1931 (age 93)\nAddress: 5823 Park Ave Unit 124, Lexington, KY 40502\n' +
    'Email ngozi.n@example.com, https://portal.example.org/p/738572, IP 198.157.101.178. Plate 6TWJ085, serial VZL693996H, member ID W416490494, ' +
    'account 08-7517-3630, DEA KC6652160, fingerprint FP-37289-V, study ID S60-96691, photo IMG_2020_5690.jpg. Fax 598-555-1549.';
  const r = await deidentifyText(note, { policy: 'safe-harbor' });
  for (const s of r.spans) {
    const value = note.slice(s.start, s.end);
    if (s.type === 'DATE' || s.type === 'AGE_OVER_89') continue;
    assert.ok(!r.text.includes(value), `${s.type} kept`);
  }
  assert.ok(!r.text.includes('Aug 18') && !r.text.includes('age 93') && !r.text.includes('40502'));
  assert.ok(r.text.includes('405'));
});

test('a validated policy is frozen and reused as it is; a changed copy is validated again', async () => {
  const { parsePolicy, builtinPolicy } = await import('../../src/deid/index.js');
  const p = parsePolicy({ name: 'frozen-test', default: 'redact', types: { DATE: 'generalize' } });
  assert.ok(Object.isFrozen(p) && Object.isFrozen(p.types), 'the result is frozen');
  assert.equal(parsePolicy(p), p, 'a policy validated before comes back as it is');
  assert.throws(() => {
    (p.types as Record<string, string>).DATE = 'keep';
  }, TypeError);
  assert.equal(builtinPolicy('redact'), builtinPolicy('redact'), 'a built-in policy is validated once');
  // A copy with a bad field is a new object: validated, and refused.
  assert.throws(() => parsePolicy({ ...p, types: { ...p.types, DATE: 'shred' } }), (e: unknown) => e instanceof DeidError && e.code === 'invalid_policy');
  const out = await deidentifyText('Seen 03/04/2025 by Dr. Lewis.', { policy: p });
  assert.equal(out.text.includes('03/04/2025'), false);
});

test('surrogate phones never reuse the original number or its line number, whatever the tenant key', async () => {
  // The fake US numbers are NXX-555-01XX: a real number in that range must not come back with its own line number
  // (1 chance in 100 per key before), and no number may come back whole.
  for (let i = 0; i < 1000; i++) {
    const k = { surrogate: `key-${i}`, dateShift: 'd' };
    const us = await deidentifyText('Call 617-555-0142 today.', { policy: 'surrogate', keys: k, tenantId: 't' });
    assert.match(us.text, /^Call \d{3}-555-01\d\d today\.$/);
    assert.equal(us.text.includes('555-0142'), false, us.text);
    const other = await deidentifyText('Mobile 07700 900123', { policy: { name: 'p', default: 'keep', types: { PHONE: 'surrogate' } }, keys: k, tenantId: 't' });
    assert.match(other.text, /^Mobile \d{5} \d{6}$/);
    assert.equal(other.text.includes('07700 900123'), false, other.text);
  }
});
