/**
 * playbook-ops as a library: load and validate playbook sets, diagnostics, durations and YAML
 * limits, plus the types of everything the library offers. Importing it loads the config layer and
 * nothing heavier: the engine (`playbook-ops/engine`, with remark), the GitHub shell
 * (`playbook-ops/github`, with Octokit), the comment renderer (`playbook-ops/render`, with
 * Handlebars) and the emulator (`playbook-ops/emulator`) are entry points of their own.
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
// These two load no package the config layer does not load already (js-yaml), so they cost the
// root nothing; a runner can map its event, or a CI step write the issue form, without the engine.
export { eventTarget } from './engine/event-target.js';
export { issueForm } from './markdown/issue-form.js';
export type { EventTarget } from './engine/event-target.js';
// Types only below: the compiler erases them, so they cost nothing at run time. The functions they
// describe are in playbook-ops/engine, playbook-ops/github and playbook-ops/render, in that order.
export type { Plan } from './engine/reconcile.js';
export type { Effect, Message } from './engine/effects.js';
export type { IssueRef, Observed, RepoRef } from './engine/observed.js';
export type { CardRecord, CommentMarker, Marker } from './engine/records.js';
export type { IncidentState } from './engine/incident-state.js';
export type { Command, ParsedCommand } from './engine/commands-types.js';
export type { IncidentForm } from './markdown/form-body.js';
export type { GitHubClient, Log, OctokitOptions } from './github/octokit.js';
export type { IncidentOutcome, RunDeps, RunOptions } from './github/run-incidents.js';
export type { IncidentSource } from './github/incident-source.js';
export type { IncidentReader } from './github/read-incident.js';
export type { Applier, Appliers, ApplyContext } from './github/appliers/applier.js';
export type { CommentRenderer } from './render/comments.js';
