/**
 * `playbook-ops/engine`: the pure core for teams that build their own runner. `reconcile` folds
 * an incident's observed state into the effects to apply; `parseCommands` and `parseIncidentForm`
 * read comments and issue bodies. Importing it loads remark (command and form parsing scan
 * Markdown blocks); `eventTarget` and `issueForm`, which do not need it, are in the root.
 * @packageDocumentation
 */
export { isIncident, reconcile } from './reconcile.js';
export type { Plan } from './reconcile.js';
export type { Effect, Message } from './effects.js';
export type { IssueRef, Observed, RepoRef } from './observed.js';
export type { CardRecord, CommentMarker, Marker } from './records.js';
export type { IncidentState } from './incident-state.js';
export { parseCommands } from './commands.js';
export type { Command, ParsedCommand } from './commands-types.js';
export { parseIncidentForm } from '../markdown/form-body.js';
export type { IncidentForm } from '../markdown/form-body.js';
