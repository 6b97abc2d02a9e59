/**
 * A small world for the unit tests of the appliers and the GitHub helpers beside them: the emulator
 * with `acme/shop` on a virtual clock, the bot's client made by the project's own factory (real
 * HTTP, retry and throttling plugins, no pacing), a log that keeps its lines, and a renderer that
 * writes each comment as its record line and its message as JSON, so a test reads back exactly the
 * data an applier handed over. Each test seeds the state it needs directly.
 */
import { ACTIONS_BOT, BOT_TOKEN, type Emulator, type IssueRecord, type RecordedRequest, type RepoRecord, createEmulator } from '../../src/emulator/index.js';
import { formatFollowUpLine, formatRecordLine } from '../../src/engine/records.js';
import type { ApplyContext } from '../../src/github/appliers/applier.js';
import { type GitHubClient, createOctokit } from '../../src/github/octokit.js';
import type { CommentRenderer } from '../../src/render/comments.js';
import { worldPerTest } from '../world-per-test.js';

export const OWNER = 'acme';
export const REPO = 'shop';
export const FULL_NAME = `${OWNER}/${REPO}`;
/** The login the emulator's bot token acts as. */
export const BOT = ACTIONS_BOT.login;
/** When every world starts. */
export const T0 = '2026-11-27T03:00:00Z';

/** Record line, then the message as JSON: what the applier asked to be said, readable back. */
export const plainRenderer: CommentRenderer = {
  comment: (marker, message) => `${formatRecordLine(marker)}\n${JSON.stringify(message)}`,
  card: (card, record) => `${formatRecordLine({ kind: 'card' }, record)}\n${JSON.stringify(card.deliveries ?? null)}`,
  postmortem: (draft) => ({ file: `# Post-mortem of #${draft.incident.number}\n`, title: `Post-mortem: ${draft.incident.title}`, body: `Closes the post-mortem of #${draft.incident.number}.` }),
  followUp: (view) => `${formatFollowUpLine(view.incident.number, view.item)}\n${view.text} (from #${view.pull.number})`,
  reviewPull: () => {
    throw new Error('no review pull request in these tests');
  },
};

export interface ApplierWorld {
  emulator: Emulator;
  /** The bot's client, as the Action makes it minus pacing. */
  octokit: GitHubClient;
  /** What the code under test logged. */
  logged: { info: string[]; warning: string[] };
  log: ApplyContext['log'];
  /** `acme/shop` as stored. */
  repo(): RepoRecord;
  issue(number: number): IssueRecord;
  /** The bodies of the comments on issue `number`, oldest first, with their authors. */
  comments(number: number): { id: number; author: string; body: string }[];
  /** What applying to issue `number` works with (the plain renderer, read up to now). */
  context(number: number, overrides?: Partial<ApplyContext>): ApplyContext;
  /** The requests made since the last call, as `METHOD /path?query` lines. */
  requests(): string[];
  /** Called after each request the emulator answers (to act between two requests of the code under test). */
  afterRequest(hook: (request: RecordedRequest) => void): void;
  /** Moves the virtual clock on. */
  advance(seconds: number): void;
  now(): Date;
}

/** `METHOD /path?query` of a recorded request. */
export function requestLine(request: RecordedRequest): string {
  const query = new URLSearchParams(request.query).toString();
  return `${request.method} ${request.path}${query === '' ? '' : `?${query}`}`;
}

/** A fresh world for each test; after each, neither side may have strayed from GitHub's OpenAPI description. */
export function useApplierWorld(): () => ApplierWorld {
  return worldPerTest(startApplierWorld);
}

/** The emulator with `acme/shop` at {@link T0}, and the bot's client, log and requests. */
async function startApplierWorld(): Promise<ApplierWorld> {
  let now = new Date(T0);
  const hooks: ((request: RecordedRequest) => void)[] = [];
  const emulator = await createEmulator({ now: () => now, onRequest: (request) => hooks.forEach((hook) => hook(request)) });
  emulator.seed.repo(OWNER, REPO, { collaborators: { alice: 'admin', bob: 'write', dave: 'read' }, labels: ['incident'], files: { 'README.md': '# shop\n' } });
  const logged = { info: [] as string[], warning: [] as string[] };
  const log = { info: (line: string) => logged.info.push(line), warning: (line: string) => logged.warning.push(line) };
  const octokit = createOctokit({ token: BOT_TOKEN, baseUrl: emulator.url, log, pace: false, retryAfterUnitMs: 1 });
  let seen = 0;
  const repo = (): RepoRecord => {
    const found = emulator.state.repos[FULL_NAME];
    if (found === undefined) throw new Error('no acme/shop');
    return found;
  };
  return {
    emulator,
    octokit,
    logged,
    log,
    repo,
    issue: (number) => {
      const found = repo().issues.find((issue) => issue.number === number);
      if (found === undefined) throw new Error(`no issue #${number}`);
      return found;
    },
    comments: (number) => repo().comments.filter((comment) => comment.issueNumber === number).map(({ id, author, body }) => ({ id, author, body })),
    context: (number, overrides = {}) => ({ octokit, issue: { owner: OWNER, repo: REPO, number }, botLogin: BOT, render: plainRenderer, log, readUpTo: now.toISOString(), ...overrides }),
    requests: () => {
      const lines = emulator.requests.slice(seen).map(requestLine);
      seen = emulator.requests.length;
      return lines;
    },
    afterRequest: (hook) => {
      hooks.push(hook);
    },
    advance: (seconds) => {
      now = new Date(now.getTime() + seconds * 1000);
    },
    now: () => now,
  };
}
