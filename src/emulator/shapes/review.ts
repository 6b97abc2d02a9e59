import { fullName } from '../state/store.js';
import type { RepoRecord, ReviewRecord } from '../state/types.js';
import { authorAssociation } from './association.js';
import { type Json, type ShapeContext, nodeId } from './context.js';
import { simpleUser } from './user.js';

/** The `pull-request-review` object. */
export function reviewObject(ctx: ShapeContext, repo: RepoRecord, review: ReviewRecord): Json {
  const name = fullName(repo);
  const htmlUrl = `${ctx.html}/${name}/pull/${review.pullNumber}#pullrequestreview-${review.id}`;
  const pullUrl = `${ctx.api}/repos/${name}/pulls/${review.pullNumber}`;
  return {
    id: review.id,
    node_id: nodeId('PullRequestReview', review.id),
    user: simpleUser(ctx, review.author),
    body: review.body,
    state: review.state,
    html_url: htmlUrl,
    pull_request_url: pullUrl,
    _links: { html: { href: htmlUrl }, pull_request: { href: pullUrl } },
    ...(review.submittedAt === null ? {} : { submitted_at: review.submittedAt }),
    commit_id: review.commitId,
    author_association: authorAssociation(ctx, repo, review.author),
  };
}
