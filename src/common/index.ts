export { PhigateError, isPhigateError, safeError } from './errors.js';
export { processAlive, removeStaleLock } from './lockfile.js';
