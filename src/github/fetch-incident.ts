/**
 * The reads of an incident that need nothing but its number: the issue, every comment and every
 * issue event. Kept apart from the permission lookups (which must parse comments for commands) so
 * that the Action can start them before it has loaded the engine and the playbooks.
 */
import type { IssueRef, ObservedComment, ObservedEvent, ObservedIssue } from '../engine/observed.js';
import type { GitHubClient } from './octokit.js';

/** The issue, its comments and its events, oldest first, as GitHub returned them now. */
export interface FetchedIncident {
  issue: ObservedIssue;
  comments: ObservedComment[];
  events: ObservedEvent[];
}

function login(user: { login: string } | null | undefined): string {
  return user?.login ?? 'ghost';
}

/** Reads issue `where.number`, its comments and its events, in parallel; the issue is asked for first. */
export async function fetchIncident(octokit: GitHubClient, where: IssueRef): Promise<FetchedIncident> {
  const params = { owner: where.owner, repo: where.repo, issue_number: where.number, per_page: 100 };
  const [{ data: issue }, rawComments, rawEvents] = await Promise.all([
    octokit.rest.issues.get({ owner: where.owner, repo: where.repo, issue_number: where.number }),
    octokit.paginate(octokit.rest.issues.listComments, params),
    octokit.paginate(octokit.rest.issues.listEvents, params),
  ]);
  return {
    issue: {
      number: issue.number,
      title: issue.title,
      body: issue.body ?? '',
      state: issue.state === 'closed' ? 'closed' : 'open',
      labels: issue.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))).filter((name) => name !== ''),
      assignees: (issue.assignees ?? []).map((assignee) => assignee.login),
      author: login(issue.user),
      createdAt: issue.created_at,
      htmlUrl: issue.html_url,
    },
    comments: rawComments.map((comment) => ({
      id: comment.id,
      author: login(comment.user),
      body: comment.body ?? '',
      createdAt: comment.created_at,
      updatedAt: comment.updated_at,
    })),
    events: rawEvents.map((event) => ({
      id: event.id,
      event: event.event,
      actor: login(event.actor),
      createdAt: event.created_at,
      ...('label' in event ? { label: event.label.name } : {}),
    })),
  };
}
