/**
 * Reads an incident as it is now: the issue, every comment, every issue event, and the permission
 * of everyone who wrote a command. These are the only reads a run needs.
 */
import { commandAuthors } from '../engine/command-authors.js';
import type { Observed, Permission } from '../engine/observed.js';
import { type FetchedIncident, fetchIncident } from './fetch-incident.js';
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

async function readPermission(octokit: GitHubClient, ref: IncidentRef, username: string, log: Log): Promise<Permission | 'error'> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: ref.owner, repo: ref.repo, username });
    // A custom repository role has its own name in role_name; its base permission is in permission.
    const role = [data.role_name, data.permission].find((name): name is Permission => PERMISSIONS.includes(name as Permission));
    return role ?? 'error';
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404) return 'none';
    log.warning(`Could not check the permission of ${username} (${(error as Error).message}); their commands are refused.`);
    return 'error';
  }
}

/**
 * The observed state of issue `ref.number`. `fetched` is the issue, comments and events when a
 * caller has already started reading them (the Action does, before loading the engine).
 */
export async function readIncident(
  octokit: GitHubClient,
  ref: IncidentRef,
  log: Log,
  fetched: Promise<FetchedIncident> = fetchIncident(octokit, ref),
): Promise<Observed> {
  const { issue, comments, events } = await fetched;
  const permissions: Observed['permissions'] = {};
  for (const author of commandAuthors({ comments, botLogin: ref.botLogin })) {
    permissions[author] = await readPermission(octokit, ref, author, log);
  }
  return {
    repo: { owner: ref.owner, name: ref.repo },
    botLogin: ref.botLogin,
    issue,
    comments,
    events,
    permissions,
    playbookRef: ref.playbookRef,
  };
}
