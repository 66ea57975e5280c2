import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DeidError, InMemoryTokenizer, deidentifyFhir, deidentifyJson } from '../../src/deid/index.js';

const keys = { surrogate: 's-key', dateShift: 'd-key' };
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const unb64 = (s: string) => Buffer.from(s, 'base64').toString('utf8');

const patient = {
  resourceType: 'Patient',
  id: 'pat-1',
  meta: { lastUpdated: '2024-01-02T03:04:05Z' },
  identifier: [
    { system: 'http://hospital.example.org/mrn', type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] }, value: 'A30506759' },
    { system: 'http://hl7.org/fhir/sid/us-ssn', value: '467-19-9732' },
  ],
  name: [{ use: 'official', family: 'Okafor', given: ['Ngozi', 'S'], prefix: ['Mrs.'] }],
  telecom: [
    { system: 'phone', value: '(717) 555-5040', use: 'home' },
    { system: 'fax', value: '717-555-5041' },
    { system: 'email', value: 'ngozi.okafor@example.com' },
  ],
  gender: 'female',
  birthDate: '1931-08-18',
  address: [{ use: 'home', line: ['5823 Park Ave Unit 124'], city: 'Lexington', state: 'KY', postalCode: '40502', country: 'US' }],
  photo: [{ contentType: 'image/jpeg', data: b64('not really a jpeg') }],
  contact: [{ relationship: [{ text: 'daughter' }], name: { family: 'Okafor', given: ['Grace'] }, telecom: [{ system: 'phone', value: '555-201-3344' }] }],
  text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Ngozi Okafor, DOB 08/18/1931, MRN A30506759 &amp; more</p></div>' },
};

const bundle = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: [
    { fullUrl: 'urn:uuid:1', resource: patient },
    { fullUrl: 'urn:uuid:2', resource: { resourceType: 'Practitioner', id: 'pr-1', identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: '1234567893' }], name: [{ family: 'Lewis', given: ['Omar'], suffix: ['MD'] }], telecom: [{ system: 'phone', value: '924-555-7557' }] } },
    { resource: { resourceType: 'Encounter', id: 'enc-1', status: 'finished', class: { code: 'IMP' }, subject: { reference: 'Patient/pat-1', display: 'Ngozi Okafor' }, period: { start: '2015-09-19T08:00:00Z', end: '2015-09-29' }, location: [{ location: { reference: 'Location/l1', display: 'Riverside Community Hospital' } }] } },
    { resource: { resourceType: 'Observation', id: 'obs-1', status: 'final', code: { text: 'Nursing note' }, subject: { reference: 'Patient/pat-1' }, effectiveDateTime: '2015-09-20T10:00:00-05:00', issued: '2015-09-20T11:00:00Z', valueString: 'Pt Ngozi Okafor ambulated; daughter Grace called (555) 201-3344.', note: [{ text: 'Seen by Dr. Lewis on 9/20/2015.' }] } },
    { resource: { resourceType: 'Condition', id: 'c-1', clinicalStatus: { coding: [{ code: 'active' }] }, code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'I50.9' }], text: 'Heart failure' }, subject: { reference: 'Patient/pat-1' }, onsetDateTime: '2014-03-01', note: [{ text: 'Diagnosed at Mercy General Hospital in March 2014.' }] } },
    { resource: { resourceType: 'DocumentReference', id: 'd-1', status: 'current', subject: { reference: 'Patient/pat-1' }, date: '2015-09-29T12:00:00Z', content: [{ attachment: { contentType: 'text/plain; charset=utf-8', data: b64('DISCHARGE SUMMARY\nPatient: Ngozi Okafor  MRN: A30506759\nDischarged 9/29/2015 to 5823 Park Ave.'), size: 99, hash: 'abc=' } }, { attachment: { contentType: 'application/pdf', data: b64('%PDF-1.4 ...') } }] } },
  ],
};

const ALL_VALUES = ['Okafor', 'Ngozi', 'A30506759', '467-19-9732', '555-5040', '555-5041', 'ngozi.okafor@example.com', '1931-08-18', '5823 Park', 'Lexington', '40502', '555-201-3344', '201-3344', 'Lewis', '1234567893', '924-555-7557', 'Riverside Community', 'Mercy General', '08/18/1931', '9/20/2015', '9/29/2015'];

const entryOf = (r: unknown, i: number) => (r as { entry: { resource: Record<string, any> }[] }).entry[i]!.resource;

test('redact: a Bundle keeps its shape and loses every identifier; the input is not modified', async () => {
  const before = JSON.stringify(bundle);
  const { resource, findings } = await deidentifyFhir(bundle, { policy: 'redact' });
  assert.equal(JSON.stringify(bundle), before);
  const out = JSON.stringify(resource);
  for (const v of ALL_VALUES) assert.ok(!out.includes(v), `kept ${v}`);
  const p = entryOf(resource, 0);
  assert.equal(p.resourceType, 'Patient');
  assert.equal(p.id, 'pat-1');
  assert.deepEqual(p.name, [{ use: 'official', family: '[NAME]', given: ['[NAME]', '[NAME]'], prefix: ['Mrs.'] }]);
  assert.equal(p.telecom[0].value, '[PHONE]');
  assert.equal(p.telecom[1].value, '[FAX]');
  assert.equal(p.telecom[2].value, '[EMAIL]');
  assert.equal(p.identifier[0].value, '[MRN]');
  assert.equal(p.identifier[1].value, '[SSN]');
  assert.equal(p.identifier[0].system, 'http://hospital.example.org/mrn');
  assert.equal(p.birthDate, undefined, 'a redacted date element is removed (a marker is not a valid date)');
  assert.equal(p.photo, undefined);
  assert.equal(p.address[0].state, 'KY');
  assert.equal(p.gender, 'female');
  assert.match(p.text.div, /^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"><p>\[NAME\], DOB \[DATE\], MRN \[MRN\] &amp; more<\/p><\/div>$/);
  assert.equal(entryOf(resource, 1).identifier[0].value, '[LICENSE]');
  assert.equal(entryOf(resource, 2).subject.display, '[NAME]');
  assert.equal(entryOf(resource, 2).subject.reference, 'Patient/pat-1');
  assert.equal(entryOf(resource, 2).location[0].location.display, '[LOCATION]');
  const obs = entryOf(resource, 3);
  assert.equal(obs.valueString, 'Pt [NAME] ambulated; daughter [NAME] called [PHONE].');
  assert.equal(obs.note[0].text, 'Seen by Dr. [NAME] on [DATE].');
  assert.equal(obs.code.text, 'Nursing note');
  const cond = entryOf(resource, 4);
  assert.equal(cond.code.coding[0].code, 'I50.9');
  const doc = entryOf(resource, 5);
  const att = doc.content[0].attachment;
  assert.equal(unb64(att.data), 'DISCHARGE SUMMARY\nPatient: [NAME]  MRN: [MRN]\nDischarged [DATE] to [LOCATION].');
  assert.equal(att.size, Buffer.byteLength(unb64(att.data)));
  assert.equal(att.hash, undefined);
  assert.equal(doc.content[1].attachment.data, undefined, 'binary content that cannot be checked is removed');
  assert.ok(findings.some((f) => f.path === 'Patient.name.family' && f.type === 'NAME'));
  assert.ok(findings.every((f) => !ALL_VALUES.some((v) => f.path.includes(v))));
});

test('safe-harbor: FHIR dates become years (valid FHIR), instants are removed, ZIP to 3 digits', async () => {
  const { resource } = await deidentifyFhir(bundle, { policy: 'safe-harbor' });
  const p = entryOf(resource, 0);
  assert.equal(p.birthDate, '1931');
  assert.equal(p.address[0].postalCode, '405');
  assert.equal(entryOf(resource, 2).period.start, '2015');
  const obs = entryOf(resource, 3);
  assert.equal(obs.effectiveDateTime, '2015');
  assert.equal(obs.issued, undefined);
  assert.equal(obs.note[0].text, 'Seen by Dr. [NAME] on 2015.');
});

test('surrogate with date-shift: one offset for the patient, valid FHIR dates, consistent names', async () => {
  const { resource } = await deidentifyFhir(bundle, { policy: 'surrogate', keys, tenantId: 't', patientId: 'pat-1' });
  const p = entryOf(resource, 0);
  assert.match(p.birthDate, /^\d{4}-\d{2}-\d{2}$/);
  assert.notEqual(p.birthDate, '1931-08-18');
  const enc = entryOf(resource, 2);
  const start = Date.parse(enc.period.start);
  const end = Date.parse(`${enc.period.end}T00:00:00Z`);
  assert.equal(Math.round((end - start) / 86_400_000), Math.round((Date.parse('2015-09-29T00:00:00Z') - Date.parse('2015-09-19T08:00:00Z')) / 86_400_000));
  assert.match(enc.period.start, /T08:00:00Z$/);
  const family = p.name[0].family;
  assert.match(family, /^[A-Z][a-z]+$/);
  assert.equal(p.contact[0].name.family, family, 'the same surname gets the same surrogate');
  assert.ok(entryOf(resource, 3).valueString.includes(family));
  assert.match(p.telecom[0].value, /^\(\d{3}\) 555-01\d\d$/);
});

test('token: all values of a resource go to the tokenizer in one call', async () => {
  let calls = 0;
  const inner = new InMemoryTokenizer();
  const tokenizer = { tokenize: async (items: readonly { type: any; value: string }[]) => (calls++, inner.tokenize(items)) };
  const { resource } = await deidentifyFhir(patient, { policy: 'token', tokenizer });
  assert.equal(calls, 1);
  assert.match((resource as any).name[0].family, /^\[\[NAME_[0-9A-F]{8}\]\]$/);
  assert.equal((resource as any).name[0].family, (resource as any).contact[0].name.family);
});

test('policy field rules: keep, remove, transform and scan by path', async () => {
  const policy = {
    name: 'fields',
    default: 'redact' as const,
    fields: {
      'Patient.gender': { action: 'remove' as const },
      '*.birthDate': { action: 'keep' as const },
      'Patient.id': { action: 'transform' as const, type: 'OTHER_ID' as const },
      'Observation.code.text': { action: 'scan' as const },
    },
  };
  const { resource } = await deidentifyFhir(bundle, { policy });
  const p = entryOf(resource, 0);
  assert.equal(p.gender, undefined);
  assert.equal(p.birthDate, '1931-08-18');
  assert.equal(p.id, '[OTHER_ID]');
});

test('not a FHIR resource: typed error without the input', async () => {
  await assert.rejects(deidentifyFhir({ hello: 'Ngozi Okafor' }), (e: unknown) => e instanceof DeidError && e.code === 'invalid_fhir' && !e.message.includes('Okafor'));
  await assert.rejects(deidentifyFhir('Ngozi Okafor'), (e: unknown) => e instanceof DeidError && !e.message.includes('Okafor'));
});

test('plain JSON: every string scanned, field rules by key', async () => {
  const { value } = await deidentifyJson({ note: 'Seen by Dr. Lewis on 9/20/2015', n: 3, tags: ['Call 924-555-7557'], nested: { ok: true } }, { policy: 'redact' });
  assert.deepEqual(value, { note: 'Seen by Dr. [NAME] on [DATE]', n: 3, tags: ['Call [PHONE]'], nested: { ok: true } });
});

test('a Bundle gives each entry what it gets alone, findings in the same order (its texts are detected together)', async () => {
  const notes = [
    'Seen by Dr. Lewis on 9/19/2015. Daughter Maren Haverkamp, 555-0116.',
    'Pt stable overnight. Wife Harriet visited; lives at 42 Larchmont Avenue, Brookline.',
    'No identifiers here.',
    'Transferred from Mercy Hospital; MRN 00482291; call (617) 555-0142 with results.',
  ];
  const entries = notes.map((t, i) => ({
    resourceType: 'Observation',
    id: `o${i}`,
    status: 'final',
    effectiveDateTime: `2025-03-0${i + 1}`,
    valueString: t,
    note: [{ text: `Addendum ${i}: discussed with Osric Penhallow.` }],
  }));
  const patient = { resourceType: 'Patient', id: 'p1', name: [{ family: 'Whitfield', given: ['Dolores'] }], birthDate: '1958-04-17' };
  const bundle = { resourceType: 'Bundle', type: 'collection', entry: [patient, ...entries].map((resource) => ({ resource })) };
  const whole = await deidentifyFhir(bundle, { policy: 'redact' });
  const alone = await Promise.all([patient, ...entries].map((r) => deidentifyFhir(r, { policy: 'redact' })));
  assert.deepEqual(
    (whole.resource as { entry: { resource: unknown }[] }).entry.map((e) => e.resource),
    alone.map((a) => a.resource),
  );
  assert.deepEqual(whole.findings, alone.flatMap((a) => a.findings));
  assert.ok(whole.findings.filter((f) => f.type === 'NAME').length >= 6);
});
