import { fullName } from '../state/store.js';
import type { IssueRecord, PullData, RepoRecord } from '../state/types.js';
import type { Json, ShapeContext } from './context.js';
import { issueObject } from './issue.js';
import { repositoryObject } from './repository.js';
import { simpleUser } from './user.js';

function branchObject(ctx: ShapeContext, repo: RepoRecord, branch: string): Json {
  return {
    label: `${repo.owner}:${branch}`,
    ref: branch,
    sha: repo.refs[`refs/heads/${branch}`] ?? '0'.repeat(40),
    user: simpleUser(ctx, repo.owner),
    repo: repositoryObject(ctx, repo),
  };
}

/** The `pull-request-simple` object (list and request-reviewers answers). */
export function pullSimpleObject(ctx: ShapeContext, repo: RepoRecord, issue: IssueRecord & { pull: PullData }): Json {
  const name = fullName(repo);
  const url = `${ctx.api}/repos/${name}/pulls/${issue.number}`;
  const issueUrl = `${ctx.api}/repos/${name}/issues/${issue.number}`;
  const htmlUrl = `${ctx.html}/${name}/pull/${issue.number}`;
  const head = branchObject(ctx, repo, issue.pull.head);
  const statusesUrl = `${ctx.api}/repos/${name}/statuses/${String(head.sha)}`;
  const asIssue = issueObject(ctx, repo, issue);
  return {
    url,
    id: issue.id,
    node_id: asIssue.node_id,
    html_url: htmlUrl,
    diff_url: `${htmlUrl}.diff`,
    patch_url: `${htmlUrl}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${ctx.api}/repos/${name}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: statusesUrl,
    number: issue.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: asIssue.user,
    body: issue.body,
    labels: asIssue.labels,
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: issue.pull.mergedAt,
    merge_commit_sha: issue.pull.mergeCommitSha ?? null,
    assignee: asIssue.assignee,
    assignees: asIssue.assignees,
    requested_reviewers: issue.pull.requestedReviewers.map((login) => simpleUser(ctx, login)),
    requested_teams: [],
    head,
    base: branchObject(ctx, repo, issue.pull.base),
    _links: {
      self: { href: url },
      html: { href: htmlUrl },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${ctx.api}/repos/${name}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: statusesUrl },
    },
    author_association: asIssue.author_association,
    auto_merge: null,
    draft: issue.pull.draft,
  };
}

/** The full `pull-request` object (create, get, update answers). */
export function pullObject(ctx: ShapeContext, repo: RepoRecord, issue: IssueRecord & { pull: PullData }): Json {
  return {
    ...pullSimpleObject(ctx, repo, issue),
    merged: issue.pull.merged,
    mergeable: issue.state === 'open' ? true : null,
    rebaseable: issue.state === 'open' ? true : null,
    mergeable_state: issue.state === 'open' ? 'clean' : 'unknown',
    merged_by: null,
    comments: repo.comments.filter((comment) => comment.issueNumber === issue.number).length,
    review_comments: 0,
    maintainer_can_modify: issue.pull.maintainerCanModify,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}
