import { issueObject } from '../shapes/issue.js';
import { createIssue, rename, setAssignees, setBody, setLabels, setState } from '../state/issue-writes.js';
import { checkLabelName } from '../state/labels.js';
import { checkStateReason } from '../state/state-reason.js';
import { requireIssue } from '../state/store.js';
import type { IssueRecord } from '../state/types.js';
import { type Handler, type RequestContext, bodyOf, intParam, optionalString, repoOf, writerFor } from './context.js';
import { paginate } from './paginate.js';

type LabelInput = string | { name?: string };
type AssigneeInput = string | { login?: string };

interface IssueWrite {
  title?: string | number | null;
  body?: string | null;
  assignee?: string | null;
  assignees?: AssigneeInput[];
  labels?: LabelInput[];
  state?: 'open' | 'closed';
  state_reason?: IssueRecord['stateReason'];
  duplicate_issue_id?: number;
}

function labelNames(labels: LabelInput[]): string[] {
  return labels.flatMap((label) => (typeof label === 'string' ? [label] : label.name === undefined ? [] : [label.name]));
}

function assigneeLogins(body: IssueWrite): string[] | undefined {
  if (body.assignees !== undefined) {
    return body.assignees.flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.login === undefined ? [] : [entry.login]));
  }
  if (body.assignee !== undefined) return body.assignee === null ? [] : [body.assignee];
  return undefined;
}

/** Whether `issue` passes the `assignee` filter of list-for-repo (`none`, `*` or a login). */
function matchesAssignee(issue: IssueRecord, filter: string | undefined): boolean {
  if (filter === undefined) return true;
  if (filter === 'none') return issue.assignees.length === 0;
  if (filter === '*') return issue.assignees.length > 0;
  return issue.assignees.some((login) => login.toLowerCase() === filter.toLowerCase());
}

function listForRepo(ctx: RequestContext): ReturnType<Handler> {
  const repo = repoOf(ctx);
  const state = optionalString(ctx.query, 'state') ?? 'open';
  const labels = (optionalString(ctx.query, 'labels') ?? '')
    .split(',')
    .map((label) => label.trim().toLowerCase())
    .filter((label) => label !== '');
  const creator = optionalString(ctx.query, 'creator')?.toLowerCase();
  const since = optionalString(ctx.query, 'since');
  const sort = optionalString(ctx.query, 'sort') ?? 'created';
  const direction = optionalString(ctx.query, 'direction') === 'asc' ? 1 : -1;
  const commentCount = (issue: IssueRecord): number => repo.comments.filter((comment) => comment.issueNumber === issue.number).length;
  const key = (issue: IssueRecord): number =>
    sort === 'comments' ? commentCount(issue) : Date.parse(sort === 'updated' ? issue.updatedAt : issue.createdAt);
  const issues = repo.issues
    .filter((issue) => state === 'all' || issue.state === state)
    .filter((issue) => labels.every((wanted) => issue.labels.some((label) => label.toLowerCase() === wanted)))
    .filter((issue) => creator === undefined || issue.author.toLowerCase() === creator)
    .filter((issue) => matchesAssignee(issue, optionalString(ctx.query, 'assignee')))
    .filter((issue) => since === undefined || Date.parse(issue.updatedAt) >= Date.parse(since))
    .sort((a, b) => (key(a) - key(b)) * direction || (a.number - b.number) * direction);
  return paginate(
    ctx,
    issues.map((issue) => issueObject(ctx, repo, issue)),
  );
}

/** Handlers of the issues endpoints (issues double as the conversation half of pull requests). */
export const issueHandlers: Record<string, Handler> = {
  'issues/list-for-repo': listForRepo,

  'issues/get': (ctx) => {
    const repo = repoOf(ctx);
    return { status: 200, body: issueObject(ctx, repo, requireIssue(repo, intParam(ctx.params, 'issue_number'))) };
  },

  'issues/create': (ctx) => {
    const repo = repoOf(ctx);
    const body = bodyOf<IssueWrite>(ctx);
    const issue = createIssue(writerFor(ctx, repo), {
      title: String(body.title ?? ''),
      body: body.body ?? null,
      labels: labelNames(body.labels ?? []),
      assignees: assigneeLogins(body) ?? [],
      pull: null,
    });
    const shape = issueObject(ctx, repo, issue);
    return { status: 201, body: shape, headers: { location: String(shape.url) } };
  },

  'issues/update': (ctx) => {
    const repo = repoOf(ctx);
    const issue = requireIssue(repo, intParam(ctx.params, 'issue_number'));
    const body = bodyOf<IssueWrite>(ctx);
    const w = writerFor(ctx, repo);
    // Refusals come before the first write, so a refused update changes nothing. A reason is
    // applied with a state, or alone to a closed issue; alone on an open issue it is ignored.
    if (body.state !== undefined || issue.state === 'closed') {
      checkStateReason(ctx.state, body.state ?? issue.state, body.state_reason, body.duplicate_issue_id);
    }
    if (body.labels !== undefined) labelNames(body.labels).forEach(checkLabelName);
    if (body.title !== undefined && body.title !== null) rename(w, issue, String(body.title));
    if (body.body !== undefined) setBody(w, issue, body.body);
    if (body.labels !== undefined) setLabels(w, issue, labelNames(body.labels));
    const assignees = assigneeLogins(body);
    if (assignees !== undefined) setAssignees(w, issue, assignees);
    if (body.state !== undefined) setState(w, issue, body.state, body.state_reason);
    else if (body.state_reason !== undefined && body.state_reason !== null && issue.state === 'closed') issue.stateReason = body.state_reason;
    return { status: 200, body: issueObject(ctx, repo, issue) };
  },
};
