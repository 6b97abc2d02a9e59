import { fullName } from '../state/store.js';
import type { CommentRecord, RepoRecord } from '../state/types.js';
import { authorAssociation, noReactions } from './association.js';
import { type Json, type ShapeContext, nodeId } from './context.js';
import { simpleUser } from './user.js';

/** The `issue-comment` object. */
export function commentObject(ctx: ShapeContext, repo: RepoRecord, comment: CommentRecord): Json {
  const name = fullName(repo);
  const url = `${ctx.api}/repos/${name}/issues/comments/${comment.id}`;
  const isPull = repo.issues.some((issue) => issue.number === comment.issueNumber && issue.pull !== null);
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url,
    html_url: `${ctx.html}/${name}/${isPull ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: simpleUser(ctx, comment.author),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${ctx.api}/repos/${name}/issues/${comment.issueNumber}`,
    author_association: authorAssociation(ctx, repo, comment.author),
    performed_via_github_app: null,
    reactions: noReactions(url),
  };
}
