export { PhigateError, isPhigateError, safeError } from './errors.js';
export { processAlive, readLockFile, removeStaleLock } from './lockfile.js';
