import { findLabel } from '../state/labels.js';
import { fullName } from '../state/store.js';
import type { IssueRecord, RepoRecord } from '../state/types.js';
import { authorAssociation, noReactions } from './association.js';
import { type Json, type ShapeContext, nodeId } from './context.js';
import { labelObject } from './label.js';
import { simpleUser } from './user.js';

/** The `issue` object (for a pull request too, with its `pull_request` links, as GitHub answers). */
export function issueObject(ctx: ShapeContext, repo: RepoRecord, issue: IssueRecord): Json {
  const name = fullName(repo);
  const url = `${ctx.api}/repos/${name}/issues/${issue.number}`;
  const htmlUrl = `${ctx.html}/${name}/${issue.pull === null ? 'issues' : 'pull'}/${issue.number}`;
  const labels = issue.labels.flatMap((labelName) => {
    const label = findLabel(repo, labelName);
    return label === undefined ? [] : [labelObject(ctx, repo, label)];
  });
  const assignees = issue.assignees.map((login) => simpleUser(ctx, login));
  const shape: Json = {
    id: issue.id,
    node_id: nodeId(issue.pull === null ? 'Issue' : 'PullRequest', issue.id),
    url,
    repository_url: `${ctx.api}/repos/${name}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: htmlUrl,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: simpleUser(ctx, issue.author),
    labels,
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: issue.locked,
    active_lock_reason: null,
    comments: repo.comments.filter((comment) => comment.issueNumber === issue.number).length,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_by: issue.closedBy === null ? null : simpleUser(ctx, issue.closedBy),
    author_association: authorAssociation(ctx, repo, issue.author),
    reactions: noReactions(url),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
  };
  if (issue.pull !== null) {
    const pullUrl = `${ctx.api}/repos/${name}/pulls/${issue.number}`;
    shape.draft = issue.pull.draft;
    shape.pull_request = {
      url: pullUrl,
      html_url: htmlUrl,
      diff_url: `${htmlUrl}.diff`,
      patch_url: `${htmlUrl}.patch`,
      merged_at: issue.pull.mergedAt,
    };
  }
  return shape;
}
