/** The error `type` the OpenAI and Anthropic SDKs expect for an HTTP status. */
export function errorType(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 429) return 'rate_limit_error';
  return status >= 500 ? 'api_error' : 'invalid_request_error';
}

/** Error body: the phigate shape ({code, message}) that is also the OpenAI SDKs' shape ({message, type, code}). */
export function errorBody(code: string, message: string, status: number) {
  return { error: { code, message, type: errorType(status) } };
}
