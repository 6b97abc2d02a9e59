/**
 * playbook-ops as a library: load and validate playbook sets, and the model types.
 * @packageDocumentation
 */
export type * from './config/documents.js';
export type * from './config/model.js';
export type { Diagnostic } from './config/diagnostic.js';
export { parseDuration, formatDuration } from './config/duration.js';
