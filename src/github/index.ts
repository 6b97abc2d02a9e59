/**
 * `playbook-ops/github`: the imperative shell, the only code that talks to GitHub. The Octokit
 * factory (throttling and retry), the run over one or all open incidents, and the appliers that
 * carry out the engine's effects, for real or as a dry run. Importing it loads Octokit and the
 * engine.
 * @packageDocumentation
 */
export { createOctokit } from './octokit.js';
export type { GitHubClient, Log, OctokitOptions } from './octokit.js';
export { runFailure, runIncidents } from './run-incidents.js';
export type { IncidentOutcome, RunDeps, RunOptions } from './run-incidents.js';
export { issueSource, openIncidentsSource, sourceFor } from './incident-source.js';
export type { IncidentSource } from './incident-source.js';
export type { IncidentReader } from './read-incident.js';
export { githubAppliers } from './appliers/github.js';
export { dryRunAppliers } from './appliers/dry-run.js';
export type { Applier, Appliers, ApplyContext } from './appliers/applier.js';
