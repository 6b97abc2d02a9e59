/**
 * The emulator's world, as plain JSON-serialisable records: what GitHub stores, not what it
 * answers. Responses are built from these by `../shapes/`. Timestamps are ISO 8601 strings.
 */

/** A repository role, from least to most access. */
export type Permission = 'read' | 'triage' | 'write' | 'maintain' | 'admin';

/** Every permission, from least to most access. */
export const PERMISSIONS: readonly Permission[] = ['read', 'triage', 'write', 'maintain', 'admin'];

/** An account: a person, a bot (GitHub App identity) or an organisation (repository owner). */
export interface UserRecord {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
  name: string | null;
  email: string | null;
}

/** A repository label. Names are unique per repository, compared without case. */
export interface LabelRecord {
  id: number;
  name: string;
  /** Six hex digits without `#`. */
  color: string;
  description: string | null;
  default: boolean;
}

/** What a pull request adds to its issue record (pulls and issues share numbers, as on GitHub). */
export interface PullData {
  /** Branch names in this repository. */
  head: string;
  base: string;
  draft: boolean;
  maintainerCanModify: boolean;
  requestedReviewers: string[];
  merged: boolean;
  mergedAt: string | null;
  /** The commit the merge made on the base branch (absent in state saved before merges existed). */
  mergeCommitSha?: string | null;
}

/** An issue, or the issue half of a pull request. */
export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
  /** Login of the author. */
  author: string;
  /** Label names, in the order they were added. */
  labels: string[];
  /** Logins, in the order they were assigned. */
  assignees: string[];
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  pull: PullData | null;
}

/** An issue (or pull request conversation) comment. */
export interface CommentRecord {
  id: number;
  issueNumber: number;
  author: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

/** The kinds of issue event the emulator records when the matching write happens. */
export type IssueEventKind = 'labeled' | 'unlabeled' | 'assigned' | 'unassigned' | 'closed' | 'reopened' | 'renamed' | 'review_requested';

/** One entry of an issue's event history (`GET .../issues/{n}/events`). */
export interface IssueEventRecord {
  id: number;
  issueNumber: number;
  event: IssueEventKind;
  /** Login of who did it. */
  actor: string;
  createdAt: string;
  /** `labeled`/`unlabeled`: the label as it was at that moment. */
  label?: { name: string; color: string };
  /** `assigned`/`unassigned`: who was (un)assigned. */
  assignee?: string;
  /** `closed`/`reopened`. */
  stateReason?: string | null;
  /** `renamed`. */
  rename?: { from: string; to: string };
  /** `review_requested`. */
  requestedReviewer?: string;
}

/** A pull request review. */
export interface ReviewRecord {
  id: number;
  pullNumber: number;
  author: string;
  body: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING';
  commitId: string;
  submittedAt: string | null;
}

/** A check run. */
export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
}

/** An author or committer line of a commit. */
export interface GitSignature {
  name: string;
  email: string;
  date: string;
}

/** One entry of a git tree. */
export interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

/** A git object, addressed by its real git SHA-1. */
export type GitObject =
  | { type: 'blob'; /** base64 */ content: string }
  | { type: 'tree'; entries: TreeEntry[] }
  | { type: 'commit'; tree: string; parents: string[]; message: string; author: GitSignature; committer: GitSignature };

/** A repository and everything in it. */
export interface RepoRecord {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  description: string | null;
  defaultBranch: string;
  createdAt: string;
  updatedAt: string;
  /** Login → role. The owner, when it is a user, is admin without being listed. */
  collaborators: Record<string, Permission>;
  labels: LabelRecord[];
  /** Issues and pull requests, by ascending number. */
  issues: IssueRecord[];
  comments: CommentRecord[];
  events: IssueEventRecord[];
  reviews: ReviewRecord[];
  checkRuns: CheckRunRecord[];
  objects: Record<string, GitObject>;
  /** Full ref name (`refs/heads/main`) → commit SHA. */
  refs: Record<string, string>;
  /**
   * The setting "Allow GitHub Actions to create and approve pull requests": when false, a bot
   * (GitHub Actions' token) gets GitHub's 403 on creating a pull request. Absent means allowed.
   */
  actionsMayCreatePulls?: boolean;
  /**
   * Whether a bot's token may enable and disable workflows (a job granted `actions: write`, or an
   * App with the Actions permission): when false, it gets GitHub's 403. Absent means it may.
   */
  botMayManageWorkflows?: boolean;
  /** The workflows GitHub has seen on the default branch, by path (`.github/workflows/x.yml`); absent in state saved before. */
  workflows?: Record<string, WorkflowRecord>;
}

/**
 * A workflow: a file under `.github/workflows/` on the default branch. GitHub registers it when the
 * file lands; the emulator does so the first time a request looks for it.
 */
export interface WorkflowRecord {
  id: number;
  /** `active`, or `disabled_manually` after a disable request (GitHub's other states are not emulated). */
  state: 'active' | 'disabled_manually';
  createdAt: string;
  updatedAt: string;
}

/** The whole emulated GitHub. */
export interface EmulatorState {
  /** The next id to hand out; one counter for every kind of record keeps ids unique. */
  nextId: number;
  /** Lower-cased login → account. */
  users: Record<string, UserRecord>;
  /** Token → login. A token not listed acts as `defaultLogin`. */
  tokens: Record<string, string>;
  /** Who an unknown token acts as. */
  defaultLogin: string;
  /** Lower-cased `owner/name` → repository. */
  repos: Record<string, RepoRecord>;
}
