/**
 * Reads an incident as it is now: the issue, every comment, every issue event, and the permission
 * of everyone who wrote a command. These are the only reads a run needs.
 */
import { commandAuthors } from '../engine/command-authors.js';
import type { Observed, ObservedComment, ObservedEvent, Permission } from '../engine/observed.js';
import type { GitHubClient, Log } from './octokit.js';

/** Which repository and issue, and who the bot is. */
export interface IncidentRef {
  owner: string;
  repo: string;
  number: number;
  botLogin: string;
  playbookRef: Observed['playbookRef'];
}

const PERMISSIONS: readonly Permission[] = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];

function login(user: { login: string } | null | undefined): string {
  return user?.login ?? 'ghost';
}

async function readPermission(octokit: GitHubClient, ref: IncidentRef, username: string, log: Log): Promise<Permission | 'error'> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: ref.owner, repo: ref.repo, username });
    const role = (data.role_name ?? data.permission) as Permission;
    return PERMISSIONS.includes(role) ? role : 'error';
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404) return 'none';
    log.warning(`Could not check the permission of ${username} (${(error as Error).message}); their commands are refused.`);
    return 'error';
  }
}

/** The observed state of issue `ref.number`. */
export async function readIncident(octokit: GitHubClient, ref: IncidentRef, log: Log): Promise<Observed> {
  const params = { owner: ref.owner, repo: ref.repo, issue_number: ref.number, per_page: 100 };
  const [{ data: issue }, rawComments, rawEvents] = await Promise.all([
    octokit.rest.issues.get({ owner: ref.owner, repo: ref.repo, issue_number: ref.number }),
    octokit.paginate(octokit.rest.issues.listComments, params),
    octokit.paginate(octokit.rest.issues.listEvents, params),
  ]);
  const comments: ObservedComment[] = rawComments.map((comment) => ({
    id: comment.id,
    author: login(comment.user),
    body: comment.body ?? '',
    createdAt: comment.created_at,
  }));
  const events: ObservedEvent[] = rawEvents.map((event) => ({
    id: event.id,
    event: event.event,
    actor: login(event.actor),
    createdAt: event.created_at,
    ...('label' in event && event.label ? { label: event.label.name } : {}),
    ...('assignee' in event && event.assignee ? { assignee: event.assignee.login } : {}),
  }));
  const permissions: Observed['permissions'] = {};
  for (const author of commandAuthors({ comments, botLogin: ref.botLogin })) {
    permissions[author] = await readPermission(octokit, ref, author, log);
  }
  return {
    repo: { owner: ref.owner, name: ref.repo },
    botLogin: ref.botLogin,
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
    comments,
    events,
    permissions,
    playbookRef: ref.playbookRef,
  };
}
