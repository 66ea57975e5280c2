// Public surface of the de-identification library. Pure: no database, no network.
export { PHI_TYPES, isPhiType, DeidError, type PhiType, type Span } from './types.js';
export { detect, detectMany, type DetectOptions } from './detect.js';
export { deidentifyText, deidentifyTexts, type DeidOptions, type DeidResult } from './deidentify.js';
export { deidentifyFhir, deidentifyJson, type FhirResult, type Finding } from './fhir.js';
export {
  OPERATORS,
  InMemoryTokenizer,
  RESTRICTED_ZIP3,
  generalize,
  type Operator,
  type OperatorKeys,
  type Tokenizer,
} from './operators.js';
export { BUILTIN_POLICIES, PolicySchema, builtinPolicy, loadPolicy, parsePolicy, type Policy, type PolicyInput } from './policy.js';
