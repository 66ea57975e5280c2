// Stop 36: the id in a FHIR reference to a person's resource written in text (id-after-words.ts, fhirReferences36).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from '../../src/deid/index.js';

const ids = (text: string): string[] => detect(text).filter((s) => s.type === 'OTHER_ID').map((s) => `${text.slice(s.start, s.end)}@${s.start}`);

test("a FHIR reference's id to a patient, a practitioner or a relative, without its resource's name", () => {
  assert.deepEqual(ids('<- 200 Bundle total=1\n   Patient/pt-66120: name on file'), ['pt-66120@33']);
  assert.deepEqual(ids('generalPractitioner: Practitioner/pr-1102 (display only)'), ['pr-1102@34']);
  assert.deepEqual(ids('{"subject":{"reference":"Patient/p-2281"}}'), ['p-2281@33']);
  assert.deepEqual(ids('GET /RelatedPerson/rp.44-7 returned 404'), ['rp.44-7@19']);
  // A number alone: the label rule's span gives way to the id's.
  assert.deepEqual(ids('subject: Patient/8812 seen'), ['8812@17']);
});

test('no id in a placeholder, an operation or another resource', () => {
  assert.deepEqual(ids('GET /Patient/example and /Patient/$everything'), []);
  assert.deepEqual(ids('see Observation/obs-5512 and Medication/med-12'), []);
  assert.deepEqual(ids('Nurse/patient ratio 1:4 today.'), []);
});
