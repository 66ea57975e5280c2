export { buildServer, type ServerOptions } from './server.js';
export { errorBody, errorType } from './errors.js';
export { loggerOptions, safeErr } from './logging.js';
