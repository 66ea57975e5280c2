import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AUDIT_ACTIONS, type AuditEventInput } from '../../src/audit/index.js';
import { openTestServices, type TestServices } from '../support/services.js';
import { storeKinds } from '../support/stores.js';
import { cli, service } from './support.js';

/**
 * A structural check of FHIR R4 JSON for Bundle and AuditEvent: element names, cardinalities,
 * required elements, primitive formats and value sets bound "required" in R4
 * (AuditEvent.action, .outcome, agent.network.type), and the invariant sev-1.
 */
type Json = Record<string, unknown>;
const problems: string[] = [];
const fail = (path: string, msg: string) => problems.push(`${path}: ${msg}`);

const URI = /^(https?:\/\/\S+|urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+)$/;
const INSTANT = /^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/;
const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const CODE = /^[^\s]+( [^\s]+)*$/;

function keysOnly(path: string, o: Json, allowed: string[]): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) fail(path, `unknown element ${k}`);
}
function str(path: string, v: unknown, re?: RegExp): void {
  if (typeof v !== 'string' || v.length === 0 || (re && !re.test(v))) fail(path, 'bad string');
}
function coding(path: string, v: unknown): void {
  if (!v || typeof v !== 'object') return void fail(path, 'Coding expected');
  const c = v as Json;
  keysOnly(path, c, ['system', 'version', 'code', 'display', 'userSelected']);
  if (c.system !== undefined) str(`${path}.system`, c.system, URI);
  if (c.code !== undefined) str(`${path}.code`, c.code, CODE);
  if (c.display !== undefined) str(`${path}.display`, c.display);
}
function concept(path: string, v: unknown): void {
  if (!v || typeof v !== 'object') return void fail(path, 'CodeableConcept expected');
  const c = v as Json;
  keysOnly(path, c, ['coding', 'text']);
  if (c.coding !== undefined) arr(`${path}.coding`, c.coding, 0).forEach((x, i) => coding(`${path}.coding[${i}]`, x));
  if (c.text !== undefined) str(`${path}.text`, c.text);
}
function identifier(path: string, v: unknown): void {
  const o = v as Json;
  keysOnly(path, o, ['use', 'type', 'system', 'value', 'period', 'assigner']);
  if (o.system !== undefined) str(`${path}.system`, o.system, URI);
  str(`${path}.value`, o.value);
}
function reference(path: string, v: unknown): void {
  if (!v || typeof v !== 'object') return void fail(path, 'Reference expected');
  const o = v as Json;
  keysOnly(path, o, ['reference', 'type', 'identifier', 'display']);
  if (o.reference === undefined && o.identifier === undefined && o.display === undefined) fail(path, 'empty Reference');
  if (o.identifier !== undefined) identifier(`${path}.identifier`, o.identifier);
}
function arr(path: string, v: unknown, min: number): unknown[] {
  if (!Array.isArray(v)) {
    fail(path, 'array expected');
    return [];
  }
  if (v.length < min) fail(path, `at least ${min} expected`);
  return v;
}

function checkAuditEvent(path: string, r: Json): void {
  keysOnly(path, r, ['resourceType', 'id', 'meta', 'implicitRules', 'language', 'text', 'contained', 'extension', 'modifierExtension', 'type', 'subtype', 'action', 'period', 'recorded', 'outcome', 'outcomeDesc', 'purposeOfEvent', 'agent', 'source', 'entity']);
  if (r.id !== undefined) str(`${path}.id`, r.id, ID);
  coding(`${path}.type`, r.type); // 1..1
  if (r.subtype !== undefined) arr(`${path}.subtype`, r.subtype, 1).forEach((c, i) => coding(`${path}.subtype[${i}]`, c));
  if (r.action !== undefined && !['C', 'R', 'U', 'D', 'E'].includes(r.action as string)) fail(`${path}.action`, 'not in AuditEventAction');
  str(`${path}.recorded`, r.recorded, INSTANT); // 1..1
  if (r.outcome !== undefined && !['0', '4', '8', '12'].includes(r.outcome as string)) fail(`${path}.outcome`, 'not in AuditEventOutcome');
  if (r.outcomeDesc !== undefined) str(`${path}.outcomeDesc`, r.outcomeDesc);
  if (r.purposeOfEvent !== undefined) arr(`${path}.purposeOfEvent`, r.purposeOfEvent, 1).forEach((c, i) => concept(`${path}.purposeOfEvent[${i}]`, c));
  arr(`${path}.agent`, r.agent, 1).forEach((a0, i) => {
    const p = `${path}.agent[${i}]`;
    const a = a0 as Json;
    keysOnly(p, a, ['id', 'extension', 'modifierExtension', 'type', 'role', 'who', 'altId', 'name', 'requestor', 'location', 'policy', 'media', 'network', 'purposeOfUse']);
    if (typeof a.requestor !== 'boolean') fail(`${p}.requestor`, 'required boolean');
    if (a.type !== undefined) concept(`${p}.type`, a.type);
    if (a.role !== undefined) arr(`${p}.role`, a.role, 1).forEach((c, j) => concept(`${p}.role[${j}]`, c));
    if (a.who !== undefined) reference(`${p}.who`, a.who);
    if (a.altId !== undefined) str(`${p}.altId`, a.altId);
    if (a.name !== undefined) str(`${p}.name`, a.name);
    if (a.network !== undefined) {
      const n = a.network as Json;
      keysOnly(`${p}.network`, n, ['address', 'type']);
      str(`${p}.network.address`, n.address);
      if (!['1', '2', '3', '4', '5'].includes(n.type as string)) fail(`${p}.network.type`, 'not in AuditEventAgentNetworkType');
    }
    if (a.purposeOfUse !== undefined) arr(`${p}.purposeOfUse`, a.purposeOfUse, 1).forEach((c, j) => concept(`${p}.purposeOfUse[${j}]`, c));
  });
  const src = r.source as Json | undefined;
  if (!src) fail(`${path}.source`, 'required');
  else {
    keysOnly(`${path}.source`, src, ['site', 'observer', 'type']);
    reference(`${path}.source.observer`, src.observer); // 1..1
    if (src.site !== undefined) str(`${path}.source.site`, src.site);
    if (src.type !== undefined) arr(`${path}.source.type`, src.type, 1).forEach((c, i) => coding(`${path}.source.type[${i}]`, c));
  }
  if (r.entity !== undefined) {
    arr(`${path}.entity`, r.entity, 1).forEach((e0, i) => {
      const p = `${path}.entity[${i}]`;
      const e = e0 as Json;
      keysOnly(p, e, ['what', 'type', 'role', 'lifecycle', 'securityLabel', 'name', 'description', 'query', 'detail']);
      if (e.name !== undefined && e.query !== undefined) fail(p, 'sev-1: name and query together');
      if (e.what !== undefined) reference(`${p}.what`, e.what);
      if (e.type !== undefined) coding(`${p}.type`, e.type);
      if (e.role !== undefined) coding(`${p}.role`, e.role);
      if (e.detail !== undefined) {
        arr(`${p}.detail`, e.detail, 1).forEach((d0, j) => {
          const d = d0 as Json;
          keysOnly(`${p}.detail[${j}]`, d, ['type', 'valueString', 'valueBase64Binary']);
          str(`${p}.detail[${j}].type`, d.type);
          if ((d.valueString === undefined) === (d.valueBase64Binary === undefined)) fail(`${p}.detail[${j}]`, 'exactly one value[x]');
        });
      }
    });
  }
}

function checkBundle(b: Json): void {
  if (b.resourceType !== 'Bundle') fail('Bundle', 'resourceType');
  keysOnly('Bundle', b, ['resourceType', 'id', 'meta', 'implicitRules', 'language', 'identifier', 'type', 'timestamp', 'total', 'link', 'entry', 'signature']);
  if (!['document', 'message', 'transaction', 'transaction-response', 'batch', 'batch-response', 'history', 'searchset', 'collection'].includes(b.type as string)) fail('Bundle.type', 'bad');
  if (b.timestamp !== undefined) str('Bundle.timestamp', b.timestamp, INSTANT);
  const fullUrls = new Set<string>();
  (b.entry === undefined ? [] : arr('Bundle.entry', b.entry, 0)).forEach((e0, i) => {
    const e = e0 as Json;
    keysOnly(`entry[${i}]`, e, ['link', 'fullUrl', 'resource', 'search', 'request', 'response']);
    str(`entry[${i}].fullUrl`, e.fullUrl, /^urn:uuid:[0-9a-f-]{36}$/);
    if (fullUrls.has(e.fullUrl as string)) fail(`entry[${i}]`, 'duplicate fullUrl');
    fullUrls.add(e.fullUrl as string);
    const r = e.resource as Json;
    if (r?.resourceType !== 'AuditEvent') fail(`entry[${i}].resource`, 'AuditEvent expected');
    else checkAuditEvent(`entry[${i}].resource`, r);
  });
}

for (const kind of storeKinds) {
  describe(`FHIR R4 export (${kind.name})`, { skip: kind.skip }, () => {
    let s: TestServices;
    before(async () => {
      s = await openTestServices(kind.name);
    });
    after(() => s.dispose());

    test('every kind of event exports as a structurally valid R4 Bundle of AuditEvents', async () => {
      const t = await s.tenants.create('fhir');
      const events: AuditEventInput[] = AUDIT_ACTIONS.map((action, i) => ({
        action,
        subtype: 'kind',
        actor: { ...service, sessionId: `sess-${i}` },
        patient: `SYNTH-${i}`,
        purpose: ['TREAT', 'HPAYMT', 'HOPERAT', 'PUBHLTH', 'HRESCH'][i % 5]!,
        what: { resourceTypes: ['Patient', 'Condition'], fields: ['name', 'birthDate'], identifiers: { NAME: 1, MRN: 1 }, records: 2 },
        ...(i % 2 ? { vendor: 'anthropic', model: 'claude-3-5-sonnet-20241022' } : {}),
        ...(i % 3 ? { target: { type: 'api_key', id: `key-${i}` } } : {}),
        client: { address: i % 2 ? '2001:db8::7' : '192.0.2.9' },
        outcome: (['success', 'denied', 'error'] as const)[i % 3]!,
        ...(i % 3 ? { code: 'some_code' } : {}),
        correlationId: `corr-${i}`,
      }));
      await s.audit.append(t.id, events);
      const r = await cli(s, 'audit', 'export', '--format', 'fhir', '--tenant', 'fhir');
      assert.equal(r.exitCode, 0, r.stderr);
      const bundle = JSON.parse(r.stdout) as Json;
      problems.length = 0;
      checkBundle(bundle);
      assert.deepEqual(problems, []);
      const entries = bundle.entry as Array<{ resource: Json }>;
      // tenant.create + the events + the export's own audit_read
      assert.equal(entries.length, 1 + events.length + 1);
      const mc = entries.find((e) => (e.resource.subtype as Array<{ code: string }>)[0]!.code === 'model_call')!.resource;
      assert.equal((mc.purposeOfEvent as Array<{ coding: Array<{ system: string }> }>)[0]!.coding[0]!.system, 'http://terminology.hl7.org/CodeSystem/v3-ActReason');
      assert.equal((mc.agent as Json[])[0]!.requestor, true);
      const patientEntity = (mc.entity as Json[]).find((e) => (e.role as Json | undefined)?.code === '1')!;
      assert.match(((patientEntity.what as Json).identifier as Json).value as string, /^pt_/);

      // The checker itself catches a broken resource.
      problems.length = 0;
      const broken = JSON.parse(r.stdout) as { entry: Array<{ resource: Json }> };
      delete broken.entry[0]!.resource.recorded;
      delete (broken.entry[0]!.resource.source as Json).observer;
      (broken.entry[0]!.resource.agent as Json[])[0]!.requestor = 'yes';
      checkBundle(broken as unknown as Json);
      assert.equal(problems.length, 3);
    });
  });
}
