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
export { isIncident, reconcile } from './engine/reconcile.js';
export type { Plan } from './engine/reconcile.js';
export type { Effect, Message } from './engine/effects.js';
export type { IssueRef, Observed, RepoRef } from './engine/observed.js';
export type { CardRecord, CommentMarker, Marker } from './engine/records.js';
export type { IncidentState } from './engine/incident-state.js';
export { eventTarget } from './engine/event-target.js';
export type { EventTarget } from './engine/event-target.js';
export { parseCommands } from './engine/commands.js';
export type { Command, ParsedCommand } from './engine/commands-types.js';
export { parseIncidentForm } from './markdown/form-body.js';
export type { IncidentForm } from './markdown/form-body.js';
export { issueForm } from './markdown/issue-form.js';
export { createOctokit } from './github/octokit.js';
export type { GitHubClient, Log, OctokitOptions } from './github/octokit.js';
export { runFailure, runIncidents } from './github/run-incidents.js';
export type { IncidentOutcome, RunDeps, RunOptions } from './github/run-incidents.js';
export { issueSource, openIncidentsSource, sourceFor } from './github/incident-source.js';
export type { IncidentSource } from './github/incident-source.js';
export type { IncidentReader } from './github/read-incident.js';
export { githubAppliers } from './github/appliers/github.js';
export { dryRunAppliers } from './github/appliers/dry-run.js';
export type { Applier, Appliers, ApplyContext } from './github/appliers/applier.js';
export { createCommentRenderer } from './render/comments.js';
export type { CommentRenderer } from './render/comments.js';
