import { PhigateError } from '../common/index.js';

/**
 * Purpose of use: codes of the HL7 v3 ActReason code system (PurposeOfUse value sets), the
 * vocabulary FHIR AuditEvent.purposeOfEvent and IHE profiles use.
 */
export const PURPOSE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';

export const PURPOSES = {
  TREAT: 'treatment',
  ETREAT: 'emergency treatment',
  BTG: 'break the glass',
  CAREMGT: 'care management',
  POPHLTH: 'population health',
  HPAYMT: 'healthcare payment',
  COVERAGE: 'coverage under policy or program',
  CLMATTCH: 'claim attachment',
  COVAUTH: 'coverage authorization',
  ELIGVER: 'eligibility verification',
  HOPERAT: 'healthcare operations',
  HQUALIMP: 'health quality improvement',
  HSYSADMIN: 'health system administration',
  HCOMPL: 'health compliance',
  HLEGAL: 'legal',
  PATSFTY: 'patient safety',
  RECORDMGT: 'records management',
  HTEST: 'test health data',
  TRAIN: 'training',
  HMARKT: 'healthcare marketing',
  HRESCH: 'healthcare research',
  CLINTRCH: 'clinical trial research',
  PUBHLTH: 'public health',
  DISASTER: 'disaster',
  THREAT: 'threat',
  PATRQT: 'patient requested',
  FAMRQT: 'family requested',
  PWATRNY: 'power of attorney',
} as const;

export type PurposeCode = keyof typeof PURPOSES;
export const PURPOSE_CODES = Object.keys(PURPOSES) as PurposeCode[];

/** Free words people type, mapped to codes (lower case, single spaces). */
const WORDS: Record<string, PurposeCode> = {
  treatment: 'TREAT',
  treat: 'TREAT',
  care: 'TREAT',
  clinical: 'TREAT',
  'clinical care': 'TREAT',
  'patient care': 'TREAT',
  'direct care': 'TREAT',
  emergency: 'ETREAT',
  'emergency treatment': 'ETREAT',
  'break glass': 'BTG',
  'break the glass': 'BTG',
  'break-glass': 'BTG',
  'care management': 'CAREMGT',
  'care coordination': 'CAREMGT',
  'population health': 'POPHLTH',
  payment: 'HPAYMT',
  billing: 'HPAYMT',
  claims: 'HPAYMT',
  claim: 'HPAYMT',
  reimbursement: 'HPAYMT',
  coverage: 'COVERAGE',
  eligibility: 'ELIGVER',
  'prior authorization': 'COVAUTH',
  operations: 'HOPERAT',
  'healthcare operations': 'HOPERAT',
  'health care operations': 'HOPERAT',
  quality: 'HQUALIMP',
  'quality improvement': 'HQUALIMP',
  administration: 'HSYSADMIN',
  admin: 'HSYSADMIN',
  'system administration': 'HSYSADMIN',
  sysadmin: 'HSYSADMIN',
  compliance: 'HCOMPL',
  audit: 'HCOMPL',
  legal: 'HLEGAL',
  safety: 'PATSFTY',
  'patient safety': 'PATSFTY',
  'records management': 'RECORDMGT',
  test: 'HTEST',
  testing: 'HTEST',
  training: 'TRAIN',
  education: 'TRAIN',
  marketing: 'HMARKT',
  research: 'HRESCH',
  'clinical trial': 'CLINTRCH',
  'clinical research': 'CLINTRCH',
  'public health': 'PUBHLTH',
  surveillance: 'PUBHLTH',
  disaster: 'DISASTER',
  threat: 'THREAT',
  'patient request': 'PATRQT',
  'patient requested': 'PATRQT',
  'family request': 'FAMRQT',
  'power of attorney': 'PWATRNY',
};

/**
 * Maps a code (any case) or a known free word to a PurposeOfUse code; anything else is refused
 * with `purpose_unknown` (400). The message never repeats the input.
 */
export function parsePurpose(input: string): PurposeCode {
  const raw = String(input ?? '').trim();
  const upper = raw.toUpperCase();
  // Own keys only: `constructor`, `__proto__` or `toString` are not purposes.
  if (isPurposeCode(upper)) return upper;
  const words = raw.toLowerCase().replace(/[_\s]+/g, ' ');
  if (Object.hasOwn(WORDS, words)) return WORDS[words]!;
  throw new PhigateError(
    'purpose_unknown',
    `unknown purpose of use; use an HL7 PurposeOfUse code such as TREAT, HPAYMT, HOPERAT, PUBHLTH or HRESCH`,
    400,
  );
}

export const isPurposeCode = (s: string): s is PurposeCode => Object.prototype.hasOwnProperty.call(PURPOSES, s);
