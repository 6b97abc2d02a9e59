import type { Json } from '../shapes/context.js';
import { issueEventObject, timelineCommentObject } from '../shapes/issue-event.js';
import { requireIssue } from '../state/store.js';
import { type Handler, intParam, repoOf } from './context.js';
import { paginate } from './paginate.js';

/** Handlers of an issue's event history and timeline. */
export const eventHandlers: Record<string, Handler> = {
  'issues/list-events': (ctx) => {
    const repo = repoOf(ctx);
    const issue = requireIssue(repo, intParam(ctx.params, 'issue_number'));
    const events = repo.events.filter((event) => event.issueNumber === issue.number).sort((a, b) => a.id - b.id);
    return paginate(
      ctx,
      events.map((event) => issueEventObject(ctx, repo, event)),
    );
  },

  'issues/list-events-for-timeline': (ctx) => {
    const repo = repoOf(ctx);
    const issue = requireIssue(repo, intParam(ctx.params, 'issue_number'));
    // Events and comments interleaved in the order they happened (ids break ties: they grow with time).
    const items: Array<{ at: string; id: number; shape: Json }> = [
      ...repo.events
        .filter((event) => event.issueNumber === issue.number)
        .map((event) => ({ at: event.createdAt, id: event.id, shape: issueEventObject(ctx, repo, event) })),
      ...repo.comments
        .filter((comment) => comment.issueNumber === issue.number)
        .map((comment) => ({ at: comment.createdAt, id: comment.id, shape: timelineCommentObject(ctx, repo, comment) })),
    ];
    items.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
    return paginate(
      ctx,
      items.map((item) => item.shape),
    );
  },
};
