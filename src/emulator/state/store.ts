import { notFound } from '../errors.js';
import type { EmulatorState, IssueRecord, Permission, RepoRecord, UserRecord } from './types.js';

/** The identity a workflow's `GITHUB_TOKEN` acts as, with its real id. */
export const ACTIONS_BOT: UserRecord = { login: 'github-actions[bot]', id: 41898282, type: 'Bot', name: null, email: null };

/** The token that acts as `github-actions[bot]` (any unknown token does too). */
export const BOT_TOKEN = 'bot-token';

/** An empty GitHub with only `github-actions[bot]` and its token. */
export function createState(): EmulatorState {
  return {
    nextId: 1000,
    users: { [ACTIONS_BOT.login.toLowerCase()]: { ...ACTIONS_BOT } },
    tokens: { [BOT_TOKEN]: ACTIONS_BOT.login },
    defaultLogin: ACTIONS_BOT.login,
    repos: {},
  };
}

/** Hands out the next id (ids are unique across every kind of record). */
export function nextId(state: EmulatorState): number {
  const id = state.nextId;
  state.nextId += 1;
  return id;
}

/** The account with `login` (logins compare without case, as on GitHub). */
export function findUser(state: EmulatorState, login: string): UserRecord | undefined {
  return state.users[login.toLowerCase()];
}

/** The account with `login`, created as a person when it does not exist yet. */
export function ensureUser(state: EmulatorState, login: string, type: UserRecord['type'] = 'User'): UserRecord {
  const existing = findUser(state, login);
  if (existing !== undefined) return existing;
  const user: UserRecord = { login, id: nextId(state), type, name: null, email: null };
  state.users[login.toLowerCase()] = user;
  return user;
}

/** The repository `owner/name`, or a 404 as GitHub answers for a missing (or hidden) one. */
export function requireRepo(state: EmulatorState, owner: string, name: string): RepoRecord {
  const repo = state.repos[`${owner}/${name}`.toLowerCase()];
  if (repo === undefined) throw notFound();
  return repo;
}

/** The issue or pull request `number`, or undefined. */
export function findIssue(repo: RepoRecord, number: number): IssueRecord | undefined {
  return repo.issues.find((issue) => issue.number === number);
}

/** The issue or pull request `number`, or a 404. */
export function requireIssue(repo: RepoRecord, number: number): IssueRecord {
  const issue = findIssue(repo, number);
  if (issue === undefined) throw notFound();
  return issue;
}

/** The next issue/pull number of `repo` (they share one sequence). */
export function nextIssueNumber(repo: RepoRecord): number {
  return repo.issues.reduce((max, issue) => Math.max(max, issue.number), 0) + 1;
}

/**
 * The role `login` holds on `repo`: listed collaborators have theirs, a user that owns the
 * repository is admin, a bot not listed has write (a workflow's token, granted `issues: write`
 * and friends), anyone else can read a public repository and has no access to a private one.
 */
export function permissionOf(state: EmulatorState, repo: RepoRecord, login: string): Permission | 'none' {
  const listed = Object.entries(repo.collaborators).find(([name]) => name.toLowerCase() === login.toLowerCase());
  if (listed !== undefined) return listed[1];
  const user = findUser(state, login);
  if (user?.type === 'Bot') return 'write';
  if (user?.type === 'User' && user.login.toLowerCase() === repo.owner.toLowerCase()) return 'admin';
  return repo.private ? 'none' : 'read';
}

/** `owner/name` of a repository. */
export function fullName(repo: RepoRecord): string {
  return `${repo.owner}/${repo.name}`;
}
