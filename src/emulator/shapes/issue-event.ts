import { fullName } from '../state/store.js';
import type { CommentRecord, IssueEventRecord, RepoRecord } from '../state/types.js';
import { commentObject } from './comment.js';
import { type Json, type ShapeContext, nodeId } from './context.js';
import { simpleUser } from './user.js';

/** The fields of one event kind: the label, the assignee and assigner, the rename, ... */
function details(ctx: ShapeContext, event: IssueEventRecord): Json {
  switch (event.event) {
    case 'labeled':
    case 'unlabeled':
      return { label: event.label ?? null };
    case 'assigned':
    case 'unassigned':
      return { assignee: simpleUser(ctx, event.assignee ?? event.actor), assigner: simpleUser(ctx, event.actor) };
    case 'closed':
    case 'reopened':
      return { state_reason: event.stateReason ?? null };
    case 'renamed':
      return { rename: event.rename ?? { from: '', to: '' } };
    case 'review_requested':
      return { review_requester: simpleUser(ctx, event.actor), requested_reviewer: simpleUser(ctx, event.requestedReviewer ?? event.actor) };
  }
}

/** The `issue-event-for-issue` object of `GET .../issues/{n}/events`. */
export function issueEventObject(ctx: ShapeContext, repo: RepoRecord, event: IssueEventRecord): Json {
  return {
    id: event.id,
    node_id: nodeId('IssueEvent', event.id),
    url: `${ctx.api}/repos/${fullName(repo)}/issues/events/${event.id}`,
    actor: simpleUser(ctx, event.actor),
    event: event.event,
    commit_id: null,
    commit_url: null,
    created_at: event.createdAt,
    performed_via_github_app: null,
    ...details(ctx, event),
  };
}

/** A comment as a `timeline-comment-event` (`event: commented`). */
export function timelineCommentObject(ctx: ShapeContext, repo: RepoRecord, comment: CommentRecord): Json {
  return { event: 'commented', actor: simpleUser(ctx, comment.author), ...commentObject(ctx, repo, comment) };
}
