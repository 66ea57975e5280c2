/** The 18 Safe Harbor identifier kinds, as the labels phigate reports them (FAX split from PHONE). */
export const PHI_TYPES = [
  'NAME',
  'DATE',
  'AGE_OVER_89',
  'LOCATION',
  'PHONE',
  'FAX',
  'EMAIL',
  'SSN',
  'MRN',
  'HEALTH_PLAN',
  'ACCOUNT',
  'LICENSE',
  'VEHICLE',
  'DEVICE',
  'URL',
  'IP',
  'BIOMETRIC',
  'PHOTO',
  'OTHER_ID',
] as const;

export type PhiType = (typeof PHI_TYPES)[number];

const TYPE_SET: ReadonlySet<string> = new Set(PHI_TYPES);
export const isPhiType = (s: string): s is PhiType => TYPE_SET.has(s);

/** A detected identifier: JavaScript string offsets into the original text, end exclusive. */
export interface Span {
  start: number;
  end: number;
  type: PhiType;
}

/** Errors raised by the de-identification library. Messages never contain input text. */
export class DeidError extends Error {
  override readonly name = 'DeidError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
