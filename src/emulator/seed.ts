import type { Clock } from './clock.js';
import { getObject, resolveCommit } from './state/git-objects.js';
import { commitFiles, signatureOf } from './state/git-writes.js';
import {
  type WriteContext,
  addAssignees,
  addLabels,
  createComment,
  createIssue,
  removeAssignees,
  removeLabel,
  setState,
} from './state/issue-writes.js';
import { createLabel, findLabel } from './state/labels.js';
import { ensureUser, nextId, requireIssue, requireRepo } from './state/store.js';
import type { CommentRecord, EmulatorState, IssueRecord, LabelRecord, Permission, RepoRecord, UserRecord } from './state/types.js';
import { githubTimestamp } from './time.js';

/** When a seeded thing happened: a Date, a GitHub timestamp, or (omitted) the emulator's clock. */
export type SeedTime = Date | string;

/** Who did a seeded write, and when. */
export interface SeedActor {
  /** Login (default `octocat`, created as a person when unknown). */
  actor?: string;
  at?: SeedTime;
}

/** A repository to create. */
export interface SeedRepoOptions {
  /** Default `main`. */
  defaultBranch?: string;
  /** Default false: anyone can read (the permission endpoint reports `read` for strangers). */
  private?: boolean;
  description?: string;
  /** Default `Organization`; a `User` owner is admin without being listed. */
  ownerType?: 'User' | 'Organization';
  /** Login → role; each login is created as a person when unknown. */
  collaborators?: Record<string, Permission>;
  labels?: Array<string | { name: string; color?: string; description?: string }>;
  /** Path → text of the files of the first commit on the default branch. */
  files?: Record<string, string>;
}

/** An issue to open. Labels and assignees leave `labeled`/`assigned` events by `author` at `at`. */
export interface SeedIssueOptions {
  title: string;
  body?: string | null;
  /** Default `octocat`. */
  author?: string;
  labels?: string[];
  assignees?: string[];
  state?: 'open' | 'closed';
  at?: SeedTime;
}

/** Sets the scene without HTTP. Every write leaves the events the same write over HTTP leaves. */
export interface Seeder {
  /** Creates (or returns) an account. */
  user(login: string, options?: { type?: UserRecord['type']; name?: string; email?: string }): UserRecord;
  /** Makes requests with `token` act as `login` (created as a person when unknown). */
  token(token: string, login: string): UserRecord;
  /** Creates a repository with a first commit on its default branch. */
  repo(owner: string, name: string, options?: SeedRepoOptions): RepoRecord;
  /** Gives `login` a role on `repo` (`owner/name`). */
  collaborator(repo: string, login: string, permission: Permission): void;
  /** Creates a repository label. */
  label(repo: string, name: string, options?: { color?: string; description?: string }): LabelRecord;
  /** Opens an issue. */
  issue(repo: string, options: SeedIssueOptions): IssueRecord;
  /** Adds a comment (author default `octocat`). */
  comment(repo: string, issueNumber: number, options: { body: string; author?: string; at?: SeedTime }): CommentRecord;
  /** Adds labels to an issue (creating missing ones), recording `labeled` events. */
  addLabels(repo: string, issueNumber: number, labels: string[], by?: SeedActor): void;
  /** Removes a label from an issue, recording an `unlabeled` event. */
  removeLabel(repo: string, issueNumber: number, label: string, by?: SeedActor): void;
  /** Assigns people, recording `assigned` events. */
  assign(repo: string, issueNumber: number, logins: string[], by?: SeedActor): void;
  /** Unassigns people, recording `unassigned` events. */
  unassign(repo: string, issueNumber: number, logins: string[], by?: SeedActor): void;
  /** Closes an issue, recording a `closed` event. */
  close(repo: string, issueNumber: number, by?: SeedActor & { reason?: 'completed' | 'not_planned' }): void;
  /** Reopens an issue, recording a `reopened` event. */
  reopen(repo: string, issueNumber: number, by?: SeedActor): void;
  /**
   * Commits files (`null` deletes) on `branch`, creating it from `from` (default: the default
   * branch) when missing; returns the new commit's SHA.
   */
  commit(repo: string, branch: string, files: Record<string, string | null>, options?: SeedActor & { message?: string; from?: string }): string;
}

const DEFAULT_AUTHOR = 'octocat';

function parseRepo(state: EmulatorState, repo: string): RepoRecord {
  const [owner, name, ...rest] = repo.split('/');
  if (owner === undefined || name === undefined || rest.length > 0) throw new Error(`emulator seed: "${repo}" is not owner/name`);
  return requireRepo(state, owner, name);
}

/** The seed helpers over `state`; `persist` runs after each one (saving to the state file, if any). */
export function createSeeder(state: EmulatorState, clock: Clock, persist: () => void): Seeder {
  const at = (time: SeedTime | undefined): string => {
    if (time === undefined) return clock.timestamp();
    const date = typeof time === 'string' ? new Date(time) : time;
    if (Number.isNaN(date.getTime())) throw new Error(`emulator seed: "${String(time)}" is not a time`);
    return githubTimestamp(date);
  };
  const writer = (repo: string, by: SeedActor | undefined): WriteContext => {
    const actor = ensureUser(state, by?.actor ?? DEFAULT_AUTHOR).login;
    return { state, repo: parseRepo(state, repo), actor, at: at(by?.at) };
  };
  const saved = <T>(result: T): T => {
    persist();
    return result;
  };

  return {
    user: (login, options = {}) => {
      const user = ensureUser(state, login, options.type ?? 'User');
      if (options.type !== undefined) user.type = options.type;
      if (options.name !== undefined) user.name = options.name;
      if (options.email !== undefined) user.email = options.email;
      return saved(user);
    },

    token: (token, login) => {
      const user = ensureUser(state, login);
      state.tokens[token] = user.login;
      return saved(user);
    },

    repo: (owner, name, options = {}) => {
      const key = `${owner}/${name}`.toLowerCase();
      if (state.repos[key] !== undefined) throw new Error(`emulator seed: repository ${owner}/${name} exists`);
      const ownerUser = ensureUser(state, owner, options.ownerType ?? 'Organization');
      const created = clock.timestamp();
      const repo: RepoRecord = {
        id: nextId(state),
        owner: ownerUser.login,
        name,
        private: options.private ?? false,
        description: options.description ?? null,
        defaultBranch: options.defaultBranch ?? 'main',
        createdAt: created,
        updatedAt: created,
        collaborators: {},
        labels: [],
        issues: [],
        comments: [],
        events: [],
        reviews: [],
        checkRuns: [],
        objects: {},
        refs: {},
      };
      state.repos[key] = repo;
      for (const [login, permission] of Object.entries(options.collaborators ?? {})) repo.collaborators[ensureUser(state, login).login] = permission;
      for (const label of options.labels ?? []) {
        createLabel(state, repo, typeof label === 'string' ? { name: label } : label);
      }
      const author = signatureOf(state, ownerUser.login, created);
      const files = Object.entries(options.files ?? {}).map(([path, text]) => ({ path, content: Buffer.from(text) }));
      commitFiles(repo, repo.defaultBranch, files, { message: 'Initial commit', author, committer: author });
      return saved(repo);
    },

    collaborator: (repo, login, permission) => {
      parseRepo(state, repo).collaborators[ensureUser(state, login).login] = permission;
      persist();
    },

    label: (repo, name, options = {}) => saved(createLabel(state, parseRepo(state, repo), { name, ...options })),

    issue: (repo, options) => {
      const w = writer(repo, { actor: options.author ?? DEFAULT_AUTHOR, ...(options.at === undefined ? {} : { at: options.at }) });
      for (const login of options.assignees ?? []) ensureUser(state, login);
      const issue = createIssue(w, {
        title: options.title,
        body: options.body ?? null,
        labels: options.labels ?? [],
        assignees: options.assignees ?? [],
        pull: null,
      });
      if (options.state === 'closed') setState(w, issue, 'closed');
      return saved(issue);
    },

    comment: (repo, issueNumber, options) => {
      const w = writer(repo, { actor: options.author ?? DEFAULT_AUTHOR, ...(options.at === undefined ? {} : { at: options.at }) });
      return saved(createComment(w, requireIssue(w.repo, issueNumber), options.body));
    },

    addLabels: (repo, issueNumber, labels, by) => {
      const w = writer(repo, by);
      addLabels(w, requireIssue(w.repo, issueNumber), labels);
      persist();
    },

    removeLabel: (repo, issueNumber, label, by) => {
      const w = writer(repo, by);
      if (!removeLabel(w, requireIssue(w.repo, issueNumber), label)) {
        throw new Error(`emulator seed: issue #${issueNumber} has no label "${findLabel(w.repo, label)?.name ?? label}"`);
      }
      persist();
    },

    assign: (repo, issueNumber, logins, by) => {
      const w = writer(repo, by);
      const issue = requireIssue(w.repo, issueNumber);
      addAssignees(w, issue, logins);
      const skipped = logins.filter((login) => !issue.assignees.some((present) => present.toLowerCase() === login.toLowerCase()));
      if (skipped.length > 0) throw new Error(`emulator seed: cannot assign ${skipped.join(', ')} (not collaborators of ${repo})`);
      persist();
    },

    unassign: (repo, issueNumber, logins, by) => {
      const w = writer(repo, by);
      removeAssignees(w, requireIssue(w.repo, issueNumber), logins);
      persist();
    },

    close: (repo, issueNumber, by) => {
      const w = writer(repo, by);
      setState(w, requireIssue(w.repo, issueNumber), 'closed', by?.reason ?? 'completed');
      persist();
    },

    reopen: (repo, issueNumber, by) => {
      const w = writer(repo, by);
      setState(w, requireIssue(w.repo, issueNumber), 'open');
      persist();
    },

    commit: (repo, branch, files, options = {}) => {
      const w = writer(repo, options);
      const ref = `refs/heads/${branch}`;
      if (w.repo.refs[ref] === undefined) {
        const from = resolveCommit(w.repo, options.from ?? w.repo.defaultBranch);
        if (from === undefined || getObject(w.repo, from, 'commit') === undefined) throw new Error(`emulator seed: no commit "${options.from ?? w.repo.defaultBranch}" in ${repo}`);
        w.repo.refs[ref] = from;
      }
      const author = signatureOf(state, w.actor, w.at);
      const changes = Object.entries(files).map(([path, text]) => ({ path, content: text === null ? null : Buffer.from(text) }));
      const sha = commitFiles(w.repo, branch, changes, { message: options.message ?? `Update ${Object.keys(files).join(', ')}`, author, committer: author });
      return saved(sha);
    },
  };
}
