/**
 * Webhook payloads as GitHub delivers them, built from `@octokit/webhooks-examples` and patched to
 * name the emulated repository, issue, labels, people and comment. Where GitHub's examples have no
 * payload for an action, one is derived from the closest example, and the function says so.
 */
import { createRequire } from 'node:module';

/** An object of a payload: the fields we patch, plus whatever the example has. */
interface Named {
  [key: string]: unknown;
}
/** A user, a label, an issue and a whole payload, as far as these tests read or patch them. */
export interface PayloadUser extends Named {
  login: string;
}
export interface PayloadLabel extends Named {
  name: string;
}
export interface PayloadIssue extends Named {
  number: number;
  title: string;
  body: string | null;
  state: string;
  labels?: PayloadLabel[];
  assignee?: PayloadUser | null;
  assignees?: PayloadUser[];
  user: PayloadUser;
  html_url: string;
  pull_request?: Named;
}
export interface Payload extends Named {
  action?: string;
  issue?: PayloadIssue;
  comment?: Named & { id: number; body: string; user: PayloadUser; html_url: string };
  label?: PayloadLabel;
  assignee?: PayloadUser | null;
  repository?: Named & { name: string; full_name: string; owner: PayloadUser; html_url: string };
  sender?: PayloadUser;
  inputs?: Record<string, unknown> | null;
}

/** One event as a workflow run receives it: `GITHUB_EVENT_NAME` and the payload. */
export interface Delivery {
  name: string;
  payload: Payload;
}

/** The issue as the REST API returns it (the fields a payload copies). */
export interface RestIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  labels: (string | { name?: string })[];
  assignees?: { login: string }[] | null;
  user: { login: string } | null;
  html_url: string;
  closed_at?: string | null;
}

const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: Payload[] }[];

/** A deep copy of the first example of `name` (with `action`, when given). */
export function example(name: string, action?: string): Payload {
  const found = definitions.find((definition) => definition.name === name)?.examples.find((candidate) => action === undefined || candidate.action === action);
  if (found === undefined) throw new Error(`@octokit/webhooks-examples has no ${name}${action === undefined ? '' : `.${action}`} example`);
  return structuredClone(found);
}

function user(template: PayloadUser | null | undefined, login: string): PayloadUser {
  return { ...(template ?? { login }), login, html_url: `https://github.com/${login}` };
}

function repository(payload: Payload, owner: string, name: string): void {
  const repo = payload.repository;
  if (repo === undefined) throw new Error('the example has no repository');
  payload.repository = { ...repo, name, full_name: `${owner}/${name}`, owner: user(repo.owner, owner), html_url: `https://github.com/${owner}/${name}` };
}

function labelNames(issue: RestIssue): string[] {
  return issue.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter((name) => name !== '');
}

/** Points `payload` at `issue` of `owner/name`, sent by `sender`. */
function patch(payload: Payload, issue: RestIssue, owner: string, name: string, sender: string): Payload {
  const template = payload.issue;
  if (template === undefined) throw new Error('the example has no issue');
  const labelTemplate = template.labels?.[0] ?? { name: '' };
  const assignees = (issue.assignees ?? []).map((assignee) => user(template.user, assignee.login));
  payload.issue = {
    ...template,
    number: issue.number,
    title: issue.title,
    body: issue.body ?? null,
    state: issue.state,
    labels: labelNames(issue).map((label) => ({ ...labelTemplate, name: label })),
    assignee: assignees[0] ?? null,
    assignees,
    user: user(template.user, issue.user?.login ?? 'ghost'),
    html_url: issue.html_url,
  };
  repository(payload, owner, name);
  payload.sender = user(payload.sender, sender);
  return payload;
}

/** Which repository and who sends the event. */
export interface Origin {
  owner: string;
  repo: string;
  sender: string;
}

/** An `issues` event for `issue`; `label` and `assignee` fill the fields of those actions. */
export function issuesEvent(action: string, issue: RestIssue, origin: Origin, extra: { label?: string; assignee?: string } = {}): Delivery {
  // GitHub's examples have no `issues.closed`: derive it from `issues.reopened`, the same payload
  // shape for the opposite transition, with the issue closed.
  const base = action === 'closed' ? { ...example('issues', 'reopened'), action: 'closed' } : example('issues', action);
  const payload = patch(base, issue, origin.owner, origin.repo, origin.sender);
  if (action === 'closed' && payload.issue !== undefined) payload.issue = { ...payload.issue, state: 'closed', closed_at: issue.closed_at ?? null };
  if (extra.label !== undefined) payload.label = { ...(payload.label ?? { name: '' }), name: extra.label };
  if (extra.assignee !== undefined) payload.assignee = user(payload.assignee, extra.assignee);
  return { name: 'issues', payload };
}

/** An `issue_comment.created` event for `comment` on `issue`. */
export function commentEvent(issue: RestIssue, comment: { id: number; body?: string; user: { login: string } | null; html_url: string }, origin: Origin): Delivery {
  const payload = patch(example('issue_comment', 'created'), issue, origin.owner, origin.repo, origin.sender);
  const template = payload.comment;
  if (template === undefined) throw new Error('the example has no comment');
  payload.comment = { ...template, id: comment.id, body: comment.body ?? '', user: user(template.user, comment.user?.login ?? 'ghost'), html_url: comment.html_url };
  return { name: 'issue_comment', payload };
}

/**
 * An `issue_comment.created` event on a pull request. GitHub's examples have none: GitHub sends the
 * same payload as for an issue, with `issue.pull_request` set, so that is how it is derived.
 */
export function pullRequestCommentEvent(issue: RestIssue, comment: { id: number; body?: string; user: { login: string } | null; html_url: string }, origin: Origin): Delivery {
  const delivery = commentEvent(issue, comment, origin);
  const base = `https://api.github.com/repos/${origin.owner}/${origin.repo}`;
  if (delivery.payload.issue !== undefined) {
    delivery.payload.issue.pull_request = {
      url: `${base}/pulls/${issue.number}`,
      html_url: `https://github.com/${origin.owner}/${origin.repo}/pull/${issue.number}`,
      diff_url: `https://github.com/${origin.owner}/${origin.repo}/pull/${issue.number}.diff`,
      patch_url: `https://github.com/${origin.owner}/${origin.repo}/pull/${issue.number}.patch`,
      merged_at: null,
    };
  }
  return delivery;
}

/** A `workflow_dispatch` event; `issue` empty means every open incident. */
export function dispatchEvent(origin: Origin, issue?: number): Delivery {
  const payload = example('workflow_dispatch');
  repository(payload, origin.owner, origin.repo);
  payload.sender = user(payload.sender, origin.sender);
  payload.inputs = issue === undefined ? {} : { issue: String(issue) };
  return { name: 'workflow_dispatch', payload };
}

/** A pull request as the REST API returns it (the fields a `pull_request` payload copies). */
export interface RestPull {
  number: number;
  title: string;
  state: string;
  merged_at: string | null;
  merge_commit_sha: string | null;
  html_url: string;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
}

/** A `pull_request.closed` event for `pull` of the origin's repository (its head a branch of that repository). */
export function pullRequestClosedEvent(pull: RestPull, origin: Origin): Delivery {
  const payload = example('pull_request', 'closed');
  repository(payload, origin.owner, origin.repo);
  payload.sender = user(payload.sender, origin.sender);
  const template = payload.pull_request as Named & { head: Named & { repo: Named }; base: Named & { repo: Named } };
  const repo = payload.repository;
  payload.number = pull.number;
  payload.pull_request = {
    ...template,
    number: pull.number,
    title: pull.title,
    state: pull.state,
    merged: pull.merged_at !== null,
    merged_at: pull.merged_at,
    merge_commit_sha: pull.merge_commit_sha,
    html_url: pull.html_url,
    head: { ...template.head, ref: pull.head.ref, sha: pull.head.sha, label: `${origin.owner}:${pull.head.ref}`, repo: { ...template.head.repo, ...repo } },
    base: { ...template.base, ref: pull.base.ref, sha: pull.base.sha, label: `${origin.owner}:${pull.base.ref}`, repo: { ...template.base.repo, ...repo } },
  };
  return { name: 'pull_request', payload };
}
