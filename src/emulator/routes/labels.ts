import { notFound } from '../errors.js';
import { labelObject } from '../shapes/label.js';
import { addLabels, removeLabel, setLabels } from '../state/issue-writes.js';
import { createLabel, findLabel, updateLabel } from '../state/labels.js';
import { requireIssue } from '../state/store.js';
import type { IssueRecord, RepoRecord } from '../state/types.js';
import { type Handler, type HandlerResult, type RequestContext, bodyOf, intParam, repoOf, requireActor, stringParam, writerFor } from './context.js';
import { paginate } from './paginate.js';

type LabelsBody = { labels?: Array<string | { name: string }> };

function names(ctx: RequestContext): string[] {
  return (bodyOf<LabelsBody>(ctx).labels ?? []).map((label) => (typeof label === 'string' ? label : label.name));
}

function issueLabels(ctx: RequestContext, repo: RepoRecord, issue: IssueRecord): HandlerResult {
  const labels = issue.labels.flatMap((name) => {
    const label = findLabel(repo, name);
    return label === undefined ? [] : [labelObject(ctx, repo, label)];
  });
  return { status: 200, body: labels };
}

function target(ctx: RequestContext): { repo: RepoRecord; issue: IssueRecord } {
  const repo = repoOf(ctx);
  return { repo, issue: requireIssue(repo, intParam(ctx.params, 'issue_number')) };
}

/** Handlers of repository labels and of the labels on an issue. */
export const labelHandlers: Record<string, Handler> = {
  'issues/list-labels-for-repo': (ctx) => {
    const repo = repoOf(ctx);
    return paginate(
      ctx,
      repo.labels.map((label) => labelObject(ctx, repo, label)),
    );
  },

  'issues/get-label': (ctx) => {
    const repo = repoOf(ctx);
    const label = findLabel(repo, stringParam(ctx.params, 'name'));
    if (label === undefined) throw notFound();
    return { status: 200, body: labelObject(ctx, repo, label) };
  },

  'issues/create-label': (ctx) => {
    const repo = repoOf(ctx);
    requireActor(ctx);
    const body = bodyOf<{ name: string; color?: string; description?: string }>(ctx);
    const label = createLabel(ctx.state, repo, { name: body.name, color: body.color, description: body.description });
    const shape = labelObject(ctx, repo, label);
    return { status: 201, body: shape, headers: { location: String(shape.url) } };
  },

  'issues/update-label': (ctx) => {
    const repo = repoOf(ctx);
    requireActor(ctx);
    const label = findLabel(repo, stringParam(ctx.params, 'name'));
    if (label === undefined) throw notFound();
    const body = bodyOf<{ new_name?: string; color?: string; description?: string | null }>(ctx);
    updateLabel(repo, label, { newName: body.new_name, color: body.color, description: body.description });
    return { status: 200, body: labelObject(ctx, repo, label) };
  },

  'issues/list-labels-on-issue': (ctx) => {
    const { repo, issue } = target(ctx);
    const all = issueLabels(ctx, repo, issue).body as unknown[];
    return paginate(ctx, all);
  },

  'issues/add-labels': (ctx) => {
    const { repo, issue } = target(ctx);
    addLabels(writerFor(ctx, repo), issue, names(ctx));
    return issueLabels(ctx, repo, issue);
  },

  'issues/set-labels': (ctx) => {
    const { repo, issue } = target(ctx);
    setLabels(writerFor(ctx, repo), issue, names(ctx));
    return issueLabels(ctx, repo, issue);
  },

  'issues/remove-label': (ctx) => {
    const { repo, issue } = target(ctx);
    if (!removeLabel(writerFor(ctx, repo), issue, stringParam(ctx.params, 'name'))) throw notFound('Label does not exist');
    return issueLabels(ctx, repo, issue);
  },

  'issues/remove-all-labels': (ctx) => {
    const { repo, issue } = target(ctx);
    setLabels(writerFor(ctx, repo), issue, []);
    return { status: 204 };
  },
};
