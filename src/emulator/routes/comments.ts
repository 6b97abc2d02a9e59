import { forbidden, notFound } from '../errors.js';
import { commentObject } from '../shapes/comment.js';
import { createComment, updateComment } from '../state/issue-writes.js';
import { permissionOf, requireIssue } from '../state/store.js';
import { PERMISSIONS, type CommentRecord, type RepoRecord } from '../state/types.js';
import { type Handler, type RequestContext, bodyOf, intParam, optionalString, repoOf, requireActor, writerFor } from './context.js';
import { paginate } from './paginate.js';

function findComment(ctx: RequestContext): { repo: RepoRecord; comment: CommentRecord } {
  const repo = repoOf(ctx);
  const id = intParam(ctx.params, 'comment_id');
  const comment = repo.comments.find((candidate) => candidate.id === id);
  if (comment === undefined) throw notFound();
  return { repo, comment };
}

/** Editing or deleting someone else's comment needs triage access, as on GitHub. */
function requireMayChange(ctx: RequestContext, repo: RepoRecord, comment: CommentRecord): void {
  const actor = requireActor(ctx);
  if (actor.login.toLowerCase() === comment.author.toLowerCase()) return;
  const role = permissionOf(ctx.state, repo, actor.login);
  if (role === 'none' || PERMISSIONS.indexOf(role) < PERMISSIONS.indexOf('triage')) {
    throw forbidden('Resource not accessible by integration');
  }
}

/** Handlers of issue comments. */
export const commentHandlers: Record<string, Handler> = {
  'issues/list-comments': (ctx) => {
    const repo = repoOf(ctx);
    const issue = requireIssue(repo, intParam(ctx.params, 'issue_number'));
    const since = optionalString(ctx.query, 'since');
    const comments = repo.comments
      .filter((comment) => comment.issueNumber === issue.number)
      .filter((comment) => since === undefined || Date.parse(comment.updatedAt) >= Date.parse(since))
      .sort((a, b) => a.id - b.id);
    return paginate(
      ctx,
      comments.map((comment) => commentObject(ctx, repo, comment)),
    );
  },

  'issues/create-comment': (ctx) => {
    const repo = repoOf(ctx);
    const issue = requireIssue(repo, intParam(ctx.params, 'issue_number'));
    const comment = createComment(writerFor(ctx, repo), issue, bodyOf<{ body: string }>(ctx).body);
    const shape = commentObject(ctx, repo, comment);
    return { status: 201, body: shape, headers: { location: String(shape.url) } };
  },

  'issues/get-comment': (ctx) => {
    const { repo, comment } = findComment(ctx);
    return { status: 200, body: commentObject(ctx, repo, comment) };
  },

  'issues/update-comment': (ctx) => {
    const { repo, comment } = findComment(ctx);
    requireMayChange(ctx, repo, comment);
    updateComment(writerFor(ctx, repo), comment, bodyOf<{ body: string }>(ctx).body);
    return { status: 200, body: commentObject(ctx, repo, comment) };
  },

  'issues/delete-comment': (ctx) => {
    const { repo, comment } = findComment(ctx);
    requireMayChange(ctx, repo, comment);
    repo.comments.splice(repo.comments.indexOf(comment), 1);
    return { status: 204 };
  },
};
