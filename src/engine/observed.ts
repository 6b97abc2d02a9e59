/**
 * The incident as the shell read it from GitHub, right now. The engine never sees an event payload:
 * the event only tells the shell which issue to read (level-triggered reconciliation).
 */

/** A repository, as every part of the project names one. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** An issue of a repository. */
export interface IssueRef extends RepoRef {
  number: number;
}

/** A repository permission, as the collaborator-permission API names it in `role_name`. */
export type Permission = 'none' | 'read' | 'triage' | 'write' | 'maintain' | 'admin';

/** The issue as GitHub returns it now. */
export interface ObservedIssue {
  number: number;
  title: string;
  /** Untrusted: written by anyone who can open issues. */
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  assignees: string[];
  author: string;
  /** ISO 8601. */
  createdAt: string;
  htmlUrl: string;
}

/** One comment of the issue. */
export interface ObservedComment {
  id: number;
  author: string;
  /** Untrusted unless `author` is the bot. */
  body: string;
  createdAt: string;
  /** When the body last changed (the creation time for a comment never edited). */
  updatedAt: string;
}

/** One entry of the issue's event history (`GET /repos/{owner}/{repo}/issues/{n}/events`). */
export interface ObservedEvent {
  id: number;
  event: string;
  actor: string;
  createdAt: string;
  /** For `labeled`/`unlabeled`. */
  label?: string;
}

/** The post-mortem pull request of a resolved incident, found by its branch. */
export interface ObservedPostmortem {
  number: number;
  url: string;
  state: 'open' | 'closed';
  merged: boolean;
  /** The post-mortem file as merged; null before the merge or when the merge holds no post-mortem file. Untrusted text. */
  file: { path: string; text: string } | null;
}

/** Everything one reconciliation needs to know about one incident. */
export interface Observed {
  repo: RepoRef;
  /** The identity whose comments are trusted. */
  botLogin: string;
  issue: ObservedIssue;
  /** All comments, oldest first. */
  comments: ObservedComment[];
  /** All issue events, oldest first. */
  events: ObservedEvent[];
  /**
   * Repository permission of each user whose action the engine judges (command authors, the
   * declarer, closers); `'error'` when the lookup failed (which refuses the action). Ask `permissionsNeeded` which logins to look up.
   */
  permissions: Record<string, Permission | 'error'>;
  /** The commit of the playbooks in force when this run started (`GITHUB_SHA`). */
  playbookRef: { sha: string; path: string; serverUrl: string };
  /**
   * Why the run uses its own playbooks instead of those the incident is pinned to (the pinned
   * commit is gone, has none, or has invalid ones), or null.
   */
  playbookFallback: string | null;
  /**
   * The post-mortem pull request, read for incidents awaiting their post-mortem (`postmortem-pending`):
   * null when its branch has none, absent when the run did not look (the engine then assumes it is
   * not merged).
   */
  postmortem?: ObservedPostmortem | null;
}
