import { PURPOSE_SYSTEM, PURPOSES, type PurposeCode } from './purpose.js';
import type { AuditEvent } from './schema.js';

/**
 * FHIR R4 AuditEvent for each event, in a Bundle of type "collection". Identifiers and codes
 * only, as in the log: the patient appears as its keyed pseudonym (entity.what.identifier).
 */

const DCM = 'http://dicom.nema.org/resources/ontology/DCM';
const AUDIT_TYPE = 'http://terminology.hl7.org/CodeSystem/audit-event-type';
const ACTION_SYSTEM = 'urn:phigate:audit:action';
const SUBTYPE_SYSTEM = 'urn:phigate:audit:subtype';
const ENTITY_TYPE = 'http://terminology.hl7.org/CodeSystem/audit-entity-type';
const OBJECT_ROLE = 'http://terminology.hl7.org/CodeSystem/object-role';
const SOURCE_TYPE = 'http://terminology.hl7.org/CodeSystem/security-source-type';
const PARTICIPATION = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';
const PSEUDONYM_SYSTEM = 'urn:phigate:patient-pseudonym';

type Coding = { system: string; code: string; display?: string };

const TYPES: Record<AuditEvent['action'], Coding> = {
  deid: { system: DCM, code: '110110', display: 'Patient Record' },
  tokenize: { system: DCM, code: '110110', display: 'Patient Record' },
  detokenize: { system: DCM, code: '110110', display: 'Patient Record' },
  model_call: { system: DCM, code: '110106', display: 'Export' },
  embedding: { system: DCM, code: '110106', display: 'Export' },
  retrieval: { system: DCM, code: '110112', display: 'Query' },
  export: { system: DCM, code: '110106', display: 'Export' },
  disclosure: { system: DCM, code: '110106', display: 'Export' },
  admin: { system: DCM, code: '110100', display: 'Application Activity' },
  login: { system: DCM, code: '110114', display: 'User Authentication' },
  audit_read: { system: DCM, code: '110101', display: 'Audit Log Used' },
  audit_purge: { system: AUDIT_TYPE, code: 'rest', display: 'RESTful Operation' },
};

const ACTIONS: Record<AuditEvent['action'], 'C' | 'R' | 'U' | 'D' | 'E'> = {
  deid: 'E',
  tokenize: 'C',
  detokenize: 'R',
  model_call: 'E',
  embedding: 'E',
  retrieval: 'R',
  export: 'R',
  disclosure: 'R',
  admin: 'U',
  login: 'E',
  audit_read: 'R',
  audit_purge: 'D',
};

const OUTCOME = { success: '0', denied: '4', error: '8' } as const;

export interface FhirAuditEvent {
  resourceType: 'AuditEvent';
  id: string;
  type: Coding;
  subtype?: Coding[];
  action: string;
  recorded: string;
  outcome: string;
  outcomeDesc?: string;
  purposeOfEvent: Array<{ coding: Coding[] }>;
  agent: Array<Record<string, unknown>>;
  source: Record<string, unknown>;
  entity?: Array<Record<string, unknown>>;
}

export function toFhirAuditEvent(ev: AuditEvent): FhirAuditEvent {
  const purpose = { coding: [{ system: PURPOSE_SYSTEM, code: ev.purpose, display: PURPOSES[ev.purpose as PurposeCode] }] };
  const subtype: Coding[] = [{ system: ACTION_SYSTEM, code: ev.action }];
  if (ev.subtype) subtype.push({ system: SUBTYPE_SYSTEM, code: ev.subtype });
  const agent: Array<Record<string, unknown>> = [
    {
      type: { coding: [{ system: PARTICIPATION, code: 'AUT', display: 'author (originator)' }] },
      role: [{ text: ev.actor.role }],
      who: {
        identifier: { system: `urn:phigate:principal:${ev.actor.via}`, value: ev.actor.principal },
        display: ev.actor.principal,
      },
      ...(ev.actor.keyId ? { altId: ev.actor.keyId } : ev.actor.sessionId ? { altId: ev.actor.sessionId } : {}),
      requestor: true,
      ...(ev.client?.address ? { network: { address: ev.client.address, type: '2' } } : {}),
      purposeOfUse: [purpose],
    },
  ];
  if (ev.vendor) {
    agent.push({
      type: { coding: [{ system: PARTICIPATION, code: 'IRCP', display: 'information recipient' }] },
      who: { identifier: { system: 'urn:phigate:vendor', value: ev.vendor }, display: ev.vendor },
      ...(ev.model ? { name: ev.model } : {}),
      requestor: false,
    });
  }
  const entity: Array<Record<string, unknown>> = [];
  const detail: Array<{ type: string; valueString: string }> = [];
  if (ev.what?.resourceTypes?.length) detail.push({ type: 'resourceTypes', valueString: ev.what.resourceTypes.join(',') });
  if (ev.what?.fields?.length) detail.push({ type: 'fields', valueString: ev.what.fields.join(',') });
  for (const [kind, n] of Object.entries(ev.what?.identifiers ?? {})) detail.push({ type: `identifiers.${kind}`, valueString: String(n) });
  if (ev.what?.records !== undefined) detail.push({ type: 'records', valueString: String(ev.what.records) });
  if (ev.correlationId) detail.push({ type: 'correlationId', valueString: ev.correlationId });
  detail.push({ type: 'seq', valueString: String(ev.seq) });
  for (const p of ev.patients ?? []) {
    entity.push({
      what: { identifier: { system: PSEUDONYM_SYSTEM, value: p } },
      type: { system: ENTITY_TYPE, code: '1', display: 'Person' },
      role: { system: OBJECT_ROLE, code: '1', display: 'Patient' },
    });
  }
  if (ev.target) {
    entity.push({
      what: { identifier: { system: `urn:phigate:${ev.target.type}`, value: ev.target.id } },
      type: { system: ENTITY_TYPE, code: '2', display: 'System Object' },
    });
  }
  // The event's own facts (what kinds of data, counts, correlation) ride on a System Object entity.
  entity.push({
    what: { identifier: { system: 'urn:phigate:audit-event', value: ev.id } },
    type: { system: ENTITY_TYPE, code: '2', display: 'System Object' },
    detail,
  });
  return {
    resourceType: 'AuditEvent',
    id: ev.id,
    type: TYPES[ev.action],
    subtype,
    action: ACTIONS[ev.action],
    recorded: ev.time,
    outcome: OUTCOME[ev.outcome.result],
    ...(ev.outcome.code ? { outcomeDesc: ev.outcome.code } : {}),
    purposeOfEvent: [purpose],
    agent,
    source: {
      site: ev.tenant,
      observer: { identifier: { system: 'urn:phigate:tenant', value: ev.tenant }, display: 'phigate' },
      type: [{ system: SOURCE_TYPE, code: '4', display: 'Application Server' }],
    },
    entity,
  };
}

/** Opening and closing text of a Bundle, so entries can be streamed between them. */
export function fhirBundleParts(id: string, timestamp: string): { head: string; tail: string; entry: (ev: AuditEvent, first: boolean) => string } {
  return {
    head: `{"resourceType":"Bundle","id":${JSON.stringify(id)},"type":"collection","timestamp":${JSON.stringify(timestamp)},"entry":[`,
    tail: ']}\n',
    entry: (ev, first) => `${first ? '' : ','}\n${JSON.stringify({ fullUrl: `urn:uuid:${ev.id}`, resource: toFhirAuditEvent(ev) })}`,
  };
}
