import { validationFailed } from '../errors.js';
import { DEFAULT_LABEL_COLOR, checkLabelName, ensureLabel, findLabel } from './labels.js';
import { findUser, nextId, nextIssueNumber, permissionOf } from './store.js';
import type { CommentRecord, EmulatorState, IssueEventRecord, IssueRecord, PullData, RepoRecord } from './types.js';

/**
 * Who writes, where and when. Every write here records the issue events GitHub records for it,
 * so the HTTP handlers and the seed helpers leave the same history behind.
 */
export interface WriteContext {
  state: EmulatorState;
  repo: RepoRecord;
  /** Login of the acting account. */
  actor: string;
  /** GitHub timestamp of the write. */
  at: string;
}

/** GitHub's limit on issue, pull request and comment bodies, in characters. */
export const MAX_BODY_LENGTH = 65536;
/** GitHub's limit on issue and pull request titles, in characters. */
export const MAX_TITLE_LENGTH = 256;

/** GitHub's 422 for a body or title over its limit. */
function checkLength(resource: string, field: 'body' | 'title', value: string | null, max: number): void {
  if (value !== null && value.length > max) {
    throw validationFailed({ resource, code: 'custom', field, message: `${field} is too long (maximum is ${max} characters)` });
  }
}

/**
 * GitHub's 422 for a comment body it refuses: over its limit, or empty. The empty case follows the
 * form GitHub uses for a required field left blank (`missing_field`, as for an issue's `body` or a
 * label's `name`); the REST docs only say the body is required.
 */
function checkCommentBody(body: string): void {
  checkLength('IssueComment', 'body', body, MAX_BODY_LENGTH);
  // With `validate: false` any JSON gets this far: only a string can be blank.
  if (typeof body === 'string' && body.trim() === '') throw validationFailed({ resource: 'IssueComment', code: 'missing_field', field: 'body' });
}

function record(w: WriteContext, issue: IssueRecord, event: Omit<IssueEventRecord, 'id' | 'issueNumber' | 'actor' | 'createdAt'>): void {
  w.repo.events.push({ id: nextId(w.state), issueNumber: issue.number, actor: w.actor, createdAt: w.at, ...event });
  issue.updatedAt = w.at;
}

/** Whether `login` can be assigned: an existing person with a role on the repository. */
export function isAssignable(w: WriteContext, login: string): boolean {
  const user = findUser(w.state, login);
  if (user === undefined || user.type !== 'User') return false;
  const listed = Object.keys(w.repo.collaborators).some((name) => name.toLowerCase() === login.toLowerCase());
  return listed || permissionOf(w.state, w.repo, login) === 'admin';
}

/** Adds labels (creating missing repository labels, as GitHub does); one `labeled` event per new one. */
export function addLabels(w: WriteContext, issue: IssueRecord, names: string[]): void {
  // Every name is checked before any is added: a refused request changes nothing.
  names.forEach(checkLabelName);
  for (const name of names) {
    const label = ensureLabel(w.state, w.repo, name);
    if (issue.labels.some((present) => present.toLowerCase() === label.name.toLowerCase())) continue;
    issue.labels.push(label.name);
    record(w, issue, { event: 'labeled', label: { name: label.name, color: label.color } });
  }
}

/** Removes one label; false when the issue does not carry it. */
export function removeLabel(w: WriteContext, issue: IssueRecord, name: string): boolean {
  const index = issue.labels.findIndex((present) => present.toLowerCase() === name.toLowerCase());
  if (index < 0) return false;
  const [removed] = issue.labels.splice(index, 1);
  const label = findLabel(w.repo, removed ?? name);
  record(w, issue, { event: 'unlabeled', label: { name: label?.name ?? name, color: label?.color ?? DEFAULT_LABEL_COLOR } });
  return true;
}

/** Replaces the labels: `unlabeled` for each dropped, `labeled` for each new one. */
export function setLabels(w: WriteContext, issue: IssueRecord, names: string[]): void {
  names.forEach(checkLabelName);
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  for (const present of [...issue.labels]) if (!wanted.has(present.toLowerCase())) removeLabel(w, issue, present);
  addLabels(w, issue, names);
}

/**
 * Assigns `logins`; one `assigned` event each. Those already assigned, and those that cannot be
 * assigned, are skipped silently, as GitHub's add-assignees endpoint does.
 */
export function addAssignees(w: WriteContext, issue: IssueRecord, logins: string[]): void {
  for (const login of logins) {
    const user = findUser(w.state, login);
    if (user === undefined || !isAssignable(w, login)) continue;
    if (issue.assignees.some((present) => present.toLowerCase() === login.toLowerCase())) continue;
    issue.assignees.push(user.login);
    record(w, issue, { event: 'assigned', assignee: user.login });
  }
}

/** Unassigns `logins` that are assigned; one `unassigned` event each. */
export function removeAssignees(w: WriteContext, issue: IssueRecord, logins: string[]): void {
  for (const login of logins) {
    const index = issue.assignees.findIndex((present) => present.toLowerCase() === login.toLowerCase());
    if (index < 0) continue;
    const [removed] = issue.assignees.splice(index, 1);
    record(w, issue, { event: 'unassigned', assignee: removed ?? login });
  }
}

/** Replaces the assignees; an unassignable login is GitHub's 422 on `assignees`. */
export function setAssignees(w: WriteContext, issue: IssueRecord, logins: string[]): void {
  const invalid = logins.find((login) => !isAssignable(w, login));
  if (invalid !== undefined) throw validationFailed({ resource: 'Issue', code: 'invalid', field: 'assignees' });
  const wanted = new Set(logins.map((login) => login.toLowerCase()));
  removeAssignees(
    w,
    issue,
    issue.assignees.filter((present) => !wanted.has(present.toLowerCase())),
  );
  addAssignees(w, issue, logins);
}

/** Closes or reopens; records `closed` or `reopened` when the state changes. */
export function setState(w: WriteContext, issue: IssueRecord, state: 'open' | 'closed', reason?: IssueRecord['stateReason']): void {
  if (state === issue.state) {
    if (reason !== undefined && reason !== null) issue.stateReason = reason;
    return;
  }
  issue.state = state;
  if (state === 'closed') {
    issue.stateReason = reason ?? 'completed';
    issue.closedAt = w.at;
    issue.closedBy = w.actor;
    record(w, issue, { event: 'closed', stateReason: issue.stateReason });
  } else {
    issue.stateReason = 'reopened';
    issue.closedAt = null;
    record(w, issue, { event: 'reopened', stateReason: 'reopened' });
  }
}

/** Changes the title; records `renamed`. */
export function rename(w: WriteContext, issue: IssueRecord, title: string): void {
  checkLength(issue.pull === null ? 'Issue' : 'PullRequest', 'title', title, MAX_TITLE_LENGTH);
  if (title === issue.title) return;
  record(w, issue, { event: 'renamed', rename: { from: issue.title, to: title } });
  issue.title = title;
}

/** Changes the body (no event, as on GitHub). */
export function setBody(w: WriteContext, issue: IssueRecord, body: string | null): void {
  checkLength(issue.pull === null ? 'Issue' : 'PullRequest', 'body', body, MAX_BODY_LENGTH);
  issue.body = body;
  issue.updatedAt = w.at;
}

/** What a new issue (or the issue half of a new pull request) starts with. */
export interface NewIssue {
  title: string;
  body: string | null;
  labels: string[];
  assignees: string[];
  pull: PullData | null;
}

/** Opens an issue with the next number; labels and assignees leave their events, as on GitHub. */
export function createIssue(w: WriteContext, input: NewIssue): IssueRecord {
  const resource = input.pull === null ? 'Issue' : 'PullRequest';
  checkLength(resource, 'title', input.title, MAX_TITLE_LENGTH);
  checkLength(resource, 'body', input.body, MAX_BODY_LENGTH);
  if (input.title.trim() === '') throw validationFailed({ resource, code: 'missing_field', field: 'title' });
  const invalid = input.assignees.find((login) => !isAssignable(w, login));
  if (invalid !== undefined) throw validationFailed({ resource: 'Issue', code: 'invalid', field: 'assignees' });
  input.labels.forEach(checkLabelName);
  const issue: IssueRecord = {
    id: nextId(w.state),
    number: nextIssueNumber(w.repo),
    title: input.title,
    body: input.body,
    state: 'open',
    stateReason: null,
    author: w.actor,
    labels: [],
    assignees: [],
    locked: false,
    createdAt: w.at,
    updatedAt: w.at,
    closedAt: null,
    closedBy: null,
    pull: input.pull,
  };
  w.repo.issues.push(issue);
  addLabels(w, issue, input.labels);
  addAssignees(w, issue, input.assignees);
  return issue;
}

/** Adds a comment; the issue's `updated_at` moves, as on GitHub. */
export function createComment(w: WriteContext, issue: IssueRecord, body: string): CommentRecord {
  checkCommentBody(body);
  const comment: CommentRecord = { id: nextId(w.state), issueNumber: issue.number, author: w.actor, body, createdAt: w.at, updatedAt: w.at };
  w.repo.comments.push(comment);
  issue.updatedAt = w.at;
  return comment;
}

/** Edits a comment's body. */
export function updateComment(w: WriteContext, comment: CommentRecord, body: string): void {
  checkCommentBody(body);
  comment.body = body;
  comment.updatedAt = w.at;
}
