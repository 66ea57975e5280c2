export { buildServer, errorBody, type ServerOptions } from './server.js';
export { loggerOptions, safeErr } from './logging.js';
