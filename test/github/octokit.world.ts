/**
 * The world of the src/github unit tests: one emulator per test on a virtual clock, the repository
 * acme/shop with a collaborator of each permission, and the bot's client made by the project's own
 * factory (pacing off, back-off shrunk), logging into lists the tests read.
 */
import { afterEach } from 'vitest';
import { ACTIONS_BOT, BOT_TOKEN, type Emulator, type IssueRecord, type PullData, type SeedRepoOptions, createEmulator } from '../../src/emulator/index.js';
import { type GitHubClient, type Log, type OctokitOptions, createOctokit } from '../../src/github/octokit.js';

export const OWNER = 'acme';
export const NAME = 'shop';
export const FULL_NAME = `${OWNER}/${NAME}`;
export const REPO = { owner: OWNER, repo: NAME };
/** The login the bot's token acts as. */
export const BOT = ACTIONS_BOT.login;
/** When every world starts. */
export const T0 = '2026-11-27T03:00:00Z';

/** What the client logged, by level. */
export interface Logged {
  info: string[];
  warning: string[];
}

export interface GhWorld {
  emulator: Emulator;
  octokit: GitHubClient;
  log: Log;
  logged: Logged;
  /** The virtual clock of the emulator and of the code under test. */
  now: () => Date;
  /** Moves the clock to `iso`. */
  setClock: (iso: string) => void;
  /** The requests answered since the world started, as `METHOD path`. */
  requested: () => string[];
}

/** A log that collects its lines in `logged`. */
export function collectingLog(logged: Logged = { info: [], warning: [] }): { log: Log; logged: Logged } {
  return { log: { info: (line) => logged.info.push(line), warning: (line) => logged.warning.push(line) }, logged };
}

const open: Emulator[] = [];

/** Closes the worlds a test started; call once at the top of a test file. */
export function closeWorldsAfterEach(): void {
  afterEach(async () => {
    const closing = open.splice(0);
    for (const emulator of closing) emulator.assertNoValidationErrors('request');
    await Promise.all(closing.map((emulator) => emulator.close()));
  });
}

/** Starts a world at `at` (default {@link T0}); `client` adds to or overrides the factory's options. */
export async function startWorld(options: { at?: string; repo?: SeedRepoOptions; client?: Partial<OctokitOptions> } = {}): Promise<GhWorld> {
  let now = new Date(options.at ?? T0);
  const emulator = await createEmulator({ now: () => now });
  open.push(emulator);
  emulator.seed.repo(OWNER, NAME, {
    collaborators: { rita: 'read', tom: 'triage', wendy: 'write', mona: 'maintain', ada: 'admin' },
    labels: ['incident'],
    files: { 'README.md': '# shop\n' },
    ...options.repo,
  });
  const { log, logged } = collectingLog();
  const octokit = createOctokit({ token: BOT_TOKEN, baseUrl: emulator.url, log, pace: false, retryAfterUnitMs: 1, ...options.client });
  return {
    emulator,
    octokit,
    log,
    logged,
    now: () => now,
    setClock: (iso) => {
      now = new Date(iso);
    },
    requested: () => emulator.requests.map((request) => `${request.method} ${request.path}`),
  };
}

/** What {@link seedPull} opens. */
export interface SeedPull {
  /** The branch, committed with `files` (from the default branch) when it does not exist. */
  head: string;
  title: string;
  body?: string;
  author?: string;
  files?: Record<string, string>;
  at?: string;
  /** Merge it: its files land on the default branch in a commit that is its merge commit. */
  merged?: boolean;
}

/** Opens a pull request without HTTP, as the emulator's own route would store it. */
export function seedPull(emulator: Emulator, pull: SeedPull): IssueRecord & { pull: PullData } {
  const repo = emulator.state.repos[FULL_NAME];
  if (repo === undefined) throw new Error(`no ${FULL_NAME}`);
  const at = pull.at === undefined ? {} : { at: pull.at };
  const files = pull.files ?? { [`${pull.head}.md`]: 'change\n' };
  if (repo.refs[`refs/heads/${pull.head}`] === undefined) emulator.seed.commit(FULL_NAME, pull.head, files, at);
  const issue = emulator.seed.issue(FULL_NAME, { title: pull.title, body: pull.body ?? null, author: pull.author ?? BOT, ...at });
  const data: PullData = { head: pull.head, base: repo.defaultBranch, draft: false, maintainerCanModify: false, requestedReviewers: [], merged: false, mergedAt: null };
  if (pull.merged === true) {
    data.mergeCommitSha = emulator.seed.commit(FULL_NAME, repo.defaultBranch, files, { ...at, message: `Merge ${pull.head}` });
    data.merged = true;
    data.mergedAt = issue.createdAt;
    emulator.seed.close(FULL_NAME, issue.number, at);
  }
  issue.pull = data;
  return issue as IssueRecord & { pull: PullData };
}
