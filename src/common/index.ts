export { PhigateError, isPhigateError, safeError } from './errors.js';
