/**
 * The one error type phigate's own layers throw on purpose. `code` is machine-readable and stable,
 * `status` is the HTTP status the gateway answers with, `message` is safe to show: it must never
 * contain PHI, secrets or input text. Anything that is not a PhigateError is reported as an
 * internal error without its message (which might echo input).
 */
export class PhigateError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details?: Record<string, string | number | boolean>;

  constructor(code: string, message: string, status = 400, details?: Record<string, string | number | boolean>) {
    super(message);
    this.name = 'PhigateError';
    this.code = code;
    this.status = status;
    if (details) this.details = details;
  }
}

export const isPhigateError = (e: unknown): e is PhigateError => e instanceof PhigateError;

/** A safe, PHI-free description of any thrown value. */
export function safeError(e: unknown): { code: string; message: string; status: number } {
  if (e instanceof PhigateError) return { code: e.code, message: e.message, status: e.status };
  // PostgreSQL "data exception" (class 22): a value the database cannot hold (a NUL character, a
  // date or number out of range) came from the caller. Its driver message may quote the value.
  const sqlstate = (e as { code?: unknown } | null)?.code;
  if (typeof sqlstate === 'string' && /^22[0-9A-Z]{3}$/.test(sqlstate)) {
    return { code: 'invalid_value', message: 'a value cannot be stored (a NUL character, or a date or number out of range)', status: 400 };
  }
  return { code: 'internal_error', message: 'internal error', status: 500 };
}
