/**
 * Reads an incident as it is now: the issue, every comment, every issue event; and the permissions
 * of the people whose actions the engine must judge.
 */
import type { Observed, Permission, RepoRef } from '../engine/observed.js';
import { type FetchedIncident, fetchIncident } from './fetch-incident.js';
import { httpStatus } from './http-status.js';
import type { GitHubClient, Log } from './octokit.js';

/** What reading incidents needs: the client, the repository, who the bot is and which playbooks this run has. */
export interface IncidentReader {
  octokit: GitHubClient;
  repo: RepoRef;
  botLogin: string;
  playbookRef: Observed['playbookRef'];
  log: Log;
}

async function readPermission({ octokit, repo, log }: Pick<IncidentReader, 'octokit' | 'repo' | 'log'>, username: string): Promise<Permission | 'error'> {
  // Written here, not at module level, so that mutation testing can switch it per test.
  const PERMISSIONS: readonly Permission[] = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: repo.owner, repo: repo.repo, username });
    // A custom repository role has its own name in role_name; its base permission is in permission.
    const role = [data.role_name, data.permission].find((name): name is Permission => PERMISSIONS.includes(name as Permission));
    return role ?? 'error';
  } catch (error) {
    if (httpStatus(error) === 404) return 'none';
    log.warning(`Could not check the permission of ${username} (${error instanceof Error ? error.message : String(error)}); their commands are refused.`);
    return 'error';
  }
}

/** The repository permission of each of `logins`, one lookup each. */
export async function readPermissions(reader: Pick<IncidentReader, 'octokit' | 'repo' | 'log'>, logins: readonly string[]): Promise<Observed['permissions']> {
  const permissions: Observed['permissions'] = {};
  for (const login of logins) permissions[login] = await readPermission(reader, login);
  return permissions;
}

/**
 * Issue `number` as observed now, without permissions (which ones a run needs depends on the
 * playbooks the incident is pinned to). `fetched` is the issue, comments and events when a caller
 * has already started reading them (the Action does, before loading the engine).
 */
export async function readIncident(
  reader: IncidentReader,
  number: number,
  fetched: Promise<FetchedIncident> = fetchIncident(reader.octokit, { ...reader.repo, number }),
): Promise<Observed> {
  const { issue, comments, events } = await fetched;
  return { repo: reader.repo, botLogin: reader.botLogin, issue, comments, events, permissions: {}, playbookRef: reader.playbookRef, playbookFallback: null };
}
