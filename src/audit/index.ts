/**
 * audit/: the tamper-evident audit log. The public surface of the module; nothing else under
 * src/audit is imported from outside it.
 */
export {
  AuditService,
  SYSTEM_ACTOR,
  INVALIDATE_CHANNEL,
  RETENTION_MIN_YEARS,
  type AdminAuditor,
  type AdminEntry,
  type AuditOptions,
  type AuditReader,
  type PlaceResult,
  type PreparedAppend,
  type Checkpoint,
  type ConsistencyProofFile,
  type Disclosure,
  type ExportFilter,
  type InclusionProofFile,
  type TamperKind,
  type VerifyProblem,
  type VerifyReport,
  type WitnessedCheckpoint,
} from './service.js';
export {
  AUDIT_ACTIONS,
  OUTCOMES,
  phiShape,
  validateEvent,
  type AuditAction,
  type AuditActor,
  type AuditEvent,
  type AuditEventInput,
  type AuditOutcome,
} from './schema.js';
export { parsePurpose, PURPOSES, PURPOSE_CODES, PURPOSE_SYSTEM, type PurposeCode } from './purpose.js';
export { canonicalize } from './canonical.js';
export { EMPTY_ROOT, Frontier, LeafTree, leafHash, nodeHash, verifyConsistency, verifyInclusion } from './merkle.js';
export { formatNote, parseNote, parsePublicKey, publicKeyPem, type CheckpointNote } from './signing.js';
export { verifyProofFile, type ProofCheck } from './offline.js';
export { toFhirAuditEvent, fhirBundleParts, type FhirAuditEvent } from './fhir.js';
