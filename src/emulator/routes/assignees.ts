import { issueObject } from '../shapes/issue.js';
import { addAssignees, removeAssignees } from '../state/issue-writes.js';
import { requireIssue } from '../state/store.js';
import { type Handler, bodyOf, intParam, repoOf, writerFor } from './context.js';

type AssigneesBody = { assignees?: Array<string | { login: string }> };

function logins(body: AssigneesBody): string[] {
  return (body.assignees ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.login));
}

/** Handlers adding and removing assignees. */
export const assigneeHandlers: Record<string, Handler> = {
  'issues/add-assignees': (ctx) => {
    const repo = repoOf(ctx);
    const issue = requireIssue(repo, intParam(ctx.params, 'issue_number'));
    addAssignees(writerFor(ctx, repo), issue, logins(bodyOf<AssigneesBody>(ctx)));
    return { status: 201, body: issueObject(ctx, repo, issue) };
  },

  'issues/remove-assignees': (ctx) => {
    const repo = repoOf(ctx);
    const issue = requireIssue(repo, intParam(ctx.params, 'issue_number'));
    removeAssignees(writerFor(ctx, repo), issue, logins(bodyOf<AssigneesBody>(ctx)));
    return { status: 200, body: issueObject(ctx, repo, issue) };
  },
};
