import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decide, DEFAULT_POLICY_RULES } from '../../src/access/index.js';
import { hideFhirInJson, hideFhirInText } from '../../src/access/policy.js';

// Synthetic patient data.
const HIDE = decide(DEFAULT_POLICY_RULES, 'analyst', 'HRESCH').hideFields; // name, telecom, address, birthDate, photo, contact, every identifier
const patient = () => ({
  resourceType: 'Patient',
  id: 'p1',
  name: [{ family: 'Whitfield', given: ['Dolores'] }],
  birthDate: '1950-01-01',
  gender: 'female',
  identifier: [{ value: 'MRN-88231907' }],
  telecom: [{ value: '555-0100' }],
});
const LEAKS = ['Whitfield', '1950-01-01', 'MRN-88231907', '555-0100'];
const noLeak = (s: string) => {
  for (const l of LEAKS) assert.equal(s.includes(l), false, l);
};

describe('FHIR resources nested anywhere in JSON are filtered', () => {
  test('tool arguments wrapping a resource', () => {
    const text = JSON.stringify({ resource: patient(), note: 'keep me', identifier: 'wrapper-id' });
    const out = hideFhirInText(text, HIDE);
    assert.ok(out);
    noLeak(out);
    const v = JSON.parse(out);
    assert.equal(v.resource.gender, 'female');
    assert.equal(v.resource.resourceType, 'Patient');
    assert.equal(v.note, 'keep me');
    // Only fields inside a resource are hidden: the wrapper's own key stays.
    assert.equal(v.identifier, 'wrapper-id');
    assert.equal(out.includes('\n'), false); // compact in, compact out
  });

  test('an array of resources, deep nesting, and pretty-printed input keeps its layout', () => {
    const text = JSON.stringify([{ data: { items: [patient(), { resourceType: 'Observation', status: 'final', identifier: [{ value: 'MRN-88231907' }] }] } }], null, 2);
    const out = hideFhirInText(text, HIDE)!;
    noLeak(out);
    assert.match(out, /\n  /);
    const v = JSON.parse(out);
    assert.equal(v[0].data.items[1].status, 'final');
  });

  test('a fenced json block that wraps a resource, and JSON inside a JSON string', () => {
    const fenced = `Here it is:\n\`\`\`json\n${JSON.stringify({ patient: patient() }, null, 2)}\n\`\`\`\nDone.`;
    const out = hideFhirInText(fenced, HIDE)!;
    noLeak(out);
    assert.ok(out.startsWith('Here it is:\n```json\n'));
    assert.ok(out.endsWith('\n```\nDone.'));
    const doubly = JSON.stringify({ payload: JSON.stringify(patient()) });
    const out2 = hideFhirInText(doubly, HIDE)!;
    noLeak(out2);
    assert.equal(JSON.parse(JSON.parse(out2).payload).gender, 'female');
  });

  test('the existing cases are unchanged: a top-level resource, nothing to hide, no FHIR', () => {
    const top = hideFhirInText(JSON.stringify(patient()), HIDE)!;
    assert.deepEqual(JSON.parse(top), { resourceType: 'Patient', id: 'p1', gender: 'female' });
    assert.equal(hideFhirInText(JSON.stringify(patient()), []), undefined);
    assert.equal(hideFhirInText(JSON.stringify({ identifier: 'x', name: 'y' }), HIDE), undefined); // not FHIR: untouched
    assert.equal(hideFhirInText('no json here', HIDE), undefined);
    assert.equal(hideFhirInText('{"resourceType": broken', HIDE), undefined);
  });

  test('hideFhirInJson filters a parsed value in place (Anthropic tool_use.input)', () => {
    const input = { query: 'x', results: [{ resource: patient() }], meta: { name: 'not a resource' } };
    assert.equal(hideFhirInJson(input, HIDE), true);
    noLeak(JSON.stringify(input));
    assert.equal(input.meta.name, 'not a resource');
    assert.equal((input.results[0]!.resource as Record<string, unknown>).gender, 'female');
    const again = { resource: patient() };
    assert.equal(hideFhirInJson(again, []), false);
    assert.equal(hideFhirInJson({ a: 1, b: ['x'] }, HIDE), false);
    assert.equal(hideFhirInJson('plain', HIDE), false);
    // A string holding JSON inside the value is rewritten too.
    const s = { args: JSON.stringify({ resourceType: 'Patient', birthDate: '1950-01-01', gender: 'female' }) };
    assert.equal(hideFhirInJson(s, HIDE), true);
    assert.deepEqual(JSON.parse(s.args), { resourceType: 'Patient', gender: 'female' });
  });

  test('replacement text is inserted literally ($ patterns in the JSON stay as they are)', () => {
    const fenced = '```json\n' + JSON.stringify({ resourceType: 'Patient', birthDate: '1950-01-01', text: "$& and $' stay" }) + '\n```';
    const out = hideFhirInText(fenced, HIDE)!;
    assert.ok(out.includes("$& and $' stay"));
    noLeak(out);
  });
});
