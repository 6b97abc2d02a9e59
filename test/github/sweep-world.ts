/**
 * A small GitHub for the unit tests of the sweep, the pinned playbooks, the playbook check and the
 * alert runs: the emulator on a fixed clock with `acme/shop`, and the bot's client made by the
 * project's own factory (throttling and retry, no pacing), its log kept in lists. Each test seeds
 * the state it needs directly, without requests.
 */
import { join } from 'node:path';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { BOT_TOKEN, type Emulator, type RecordedRequest, createEmulator } from '../../src/emulator/index.js';
import { type CardRecord, formatRecordLine } from '../../src/engine/records.js';
import { type GitHubClient, createOctokit } from '../../src/github/octokit.js';
import { worldPerTest } from '../world-per-test.js';

export const OWNER = 'acme';
export const REPO = 'shop';
export const FULL_NAME = `${OWNER}/${REPO}`;
/** The login the emulator's bot token acts as (REST spelling). */
export const BOT = 'github-actions[bot]';
/** The clock every world starts at. */
export const T0 = '2026-11-27T03:00:00Z';

/** One emulated GitHub and the bot's client. */
export interface GitHubWorld {
  emulator: Emulator;
  octokit: GitHubClient;
  repo: { owner: string; repo: string };
  log: { info: string[]; warning: string[] };
  /** The log the client writes to, for functions that take one. */
  logger: { info: (line: string) => void; warning: (line: string) => void };
  /** The virtual clock. */
  now: () => Date;
  advance: (minutes: number) => void;
  /** The requests made since the world started (or since `from`), as `METHOD /path`. */
  calls: (from?: number) => string[];
}

/** Starts the emulator with `acme/shop` (its main branch holding `files`) and the bot's client. */
export async function startGitHub(options: { files?: Record<string, string>; labels?: string[] } = {}): Promise<GitHubWorld> {
  let clock = new Date(T0);
  const emulator = await createEmulator({ now: () => clock });
  emulator.seed.repo(OWNER, REPO, { collaborators: { wendy: 'write' }, labels: options.labels ?? ['incident'], files: options.files ?? { 'README.md': '# shop\n' } });
  const log = { info: [] as string[], warning: [] as string[] };
  const logger = { info: (line: string) => log.info.push(line), warning: (line: string) => log.warning.push(line) };
  const octokit = createOctokit({ token: BOT_TOKEN, baseUrl: emulator.url, log: logger, pace: false, retryAfterUnitMs: 1 });
  return {
    emulator,
    octokit,
    repo: { owner: OWNER, repo: REPO },
    log,
    logger,
    now: () => clock,
    advance: (minutes) => {
      clock = new Date(clock.getTime() + minutes * 60_000);
    },
    calls: (from = 0) => callsOf(emulator.requests.slice(from)),
  };
}

/** `METHOD /path` of each request. */
export function callsOf(requests: readonly RecordedRequest[]): string[] {
  return requests.map((request) => `${request.method} ${request.path}`);
}

/** A fresh world per test, stopped after it (failing the test on any OpenAPI validation issue). */
export function useGitHub(options: Parameters<typeof startGitHub>[0] = {}): () => GitHubWorld {
  return worldPerTest(() => startGitHub(options));
}

let shipped: Promise<PlaybookSet> | undefined;

/** The playbooks shipped in the repository, loaded once per test file. */
export function shippedSet(): Promise<PlaybookSet> {
  shipped ??= loadPlaybooks(join(import.meta.dirname, '..', '..', 'playbooks'));
  return shipped;
}

/** A card record with nothing decided but what `fields` say. */
export function cardRecord(fields: Partial<CardRecord> = {}): CardRecord {
  return { pin: null, declared: null, accepted: [], judged: null, reporter: null, ticks: [], digest: null, due: null, seen: null, phase: null, ...fields };
}

/** The body of a bot card recording `fields`. */
export function cardBody(fields: Partial<CardRecord> = {}): string {
  return `${formatRecordLine({ kind: 'card' }, cardRecord(fields))}\n## Incident card`;
}
