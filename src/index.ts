/**
 * playbook-ops as a library: load and validate playbook sets, and the model types.
 * @packageDocumentation
 */
export type * from './config/documents.js';
export type * from './config/model.js';
export type { Diagnostic } from './config/diagnostic.js';
export { parseDuration, formatDuration } from './config/duration.js';
export { loadPlaybooks, PlaybookError } from './config/load-playbooks.js';
export { validatePlaybooks, PlaybookDirectoryError } from './config/validate-playbooks.js';
export type { ValidateOptions, ValidationResult } from './config/validate-playbooks.js';
export { formatDiagnostics, summarizeDiagnostics } from './config/format-diagnostics.js';
export type { DiagnosticFormat } from './config/format-diagnostics.js';
export { relocateDiagnostics } from './config/relocate-diagnostics.js';
export { DEFAULT_YAML_LIMITS } from './config/yaml-limits.js';
export type { YamlLimits } from './config/yaml-limits.js';
