/**
 * The playbook check's test world: the emulator with `acme/payments`, whose main branch holds the
 * demo playbooks, their CODEOWNERS block and issue form; pull requests pushed as commits on a
 * branch; and `check(delivery)`, which does what the Action does with a `pull_request` event
 * (action/playbook-check-run.ts) on a checkout of the head written to a workspace directory.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Octokit } from '@octokit/rest';
import { vi } from 'vitest';
import { readInputs } from '../../action/inputs.js';
import { playbookCheckRun } from '../../action/playbook-check-run.js';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import { writeDemoPlaybooks } from '../../src/demo/demo-playbooks.js';
import { BOT_TOKEN, type Emulator, type RecordedRequest, createEmulator } from '../../src/emulator/index.js';
import { createOctokit } from '../../src/github/octokit.js';
import { ISSUE_FORM_PATH, issueForm } from '../../src/markdown/issue-form.js';
import { pullRequestTarget } from '../../src/review/pull-request-target.js';
import { codeownersBlock } from '../../src/scaffold/codeowners.js';
import { example } from '../lifecycle/payloads.js';

export const OWNER = 'acme';
export const REPO = 'payments';
export const BOT = 'github-actions[bot]';
const AUTHOR = 'wendy';

/** Path → text of a whole checkout. */
export type Files = Record<string, string>;

/** The files of main: the demo playbooks under `playbooks/`, the CODEOWNERS block and the issue form generated from them. */
export async function baseFiles(): Promise<Files> {
  const dir = await mkdtemp(join(tmpdir(), 'playbook-check-base-'));
  try {
    const playbooks = await writeDemoPlaybooks(join(dir, 'playbooks'));
    const files: Files = {};
    for (const entry of await readdir(playbooks, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files[relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/')] = await readFile(join(entry.parentPath, entry.name), 'utf8');
    }
    const set = await loadPlaybooks(playbooks);
    files['.github/CODEOWNERS'] = codeownersBlock(set, 'playbooks');
    files[ISSUE_FORM_PATH] = issueForm(set);
    return files;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `changes` on top of `files`, with CODEOWNERS and the issue form regenerated from the playbooks they make. */
export async function regenerated(files: Files, changes: Files): Promise<Files> {
  const dir = await mkdtemp(join(tmpdir(), 'playbook-check-regenerate-'));
  try {
    for (const [path, text] of Object.entries({ ...files, ...changes })) {
      if (!path.startsWith('playbooks/')) continue;
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    const set = await loadPlaybooks(join(dir, 'playbooks'));
    return { ...changes, '.github/CODEOWNERS': codeownersBlock(set, 'playbooks'), [ISSUE_FORM_PATH]: issueForm(set) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `text` with `from` replaced by `to`, which must occur exactly once. */
export function edit(text: string | undefined, from: string, to: string): string {
  if (text === undefined || text.split(from).length !== 2) throw new Error(`edit: "${from}" does not occur exactly once`);
  return text.replace(from, to);
}

/** The 1-based line of `text` that holds `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`lineOf: "${needle}" not found`);
  return index + 1;
}

/** One `pull_request` event as the workflow receives it. */
export interface PullDelivery {
  name: 'pull_request';
  payload: Record<string, unknown>;
  /** The checkout of the head. */
  files: Files;
}

/** What one check run printed and did. */
export interface CheckRun {
  stdout: string;
  /** `::error file=…,line=…` and `::warning …` annotations, parsed. */
  annotations: { kind: string; file: string | null; line: number | null; message: string }[];
  summary: string;
  failed: boolean;
  writes: RecordedRequest[];
}

export interface CheckWorld {
  emulator: Emulator;
  base: Files;
  /** Pushes `files` (changes on top of the branch's last files) to `branch`; opens the pull request on the first push. */
  push(branch: string, changes: Files, options?: { fork?: boolean }): Promise<PullDelivery>;
  /** Writes the checkout, the event and an empty summary file; returns the runner's environment for them. */
  runner(delivery: PullDelivery): Promise<Record<string, string> & { GITHUB_EVENT_PATH: string; GITHUB_STEP_SUMMARY: string; GITHUB_WORKSPACE: string }>;
  /** Runs the check for `delivery` as the Action does; `prepare` may change the checkout first (links, bytes that are not text). */
  check(delivery: PullDelivery, options?: { prepare?: (workspace: string) => Promise<void> }): Promise<CheckRun>;
  /** The comments on pull request `number`, as stored. */
  comments(number: number): { author: string; body: string; id: number }[];
  stop(): Promise<void>;
}

function parseAnnotations(stdout: string): CheckRun['annotations'] {
  return stdout.split('\n').flatMap((line) => {
    const match = /^::(error|warning)(?: ([^:]*))?::(.*)$/.exec(line);
    if (match === null) return [];
    const properties = Object.fromEntries((match[2] ?? '').split(',').filter(Boolean).map((part) => part.split('=', 2) as [string, string]));
    const decode = (text: string): string => text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    return [{ kind: match[1] ?? '', file: properties.file === undefined ? null : decode(properties.file), line: properties.line === undefined ? null : Number(properties.line), message: decode(match[3] ?? '') }];
  });
}

/** Starts the world with main holding `main` (default {@link baseFiles}). */
export async function startCheckWorld(options: { main?: Files } = {}): Promise<CheckWorld> {
  const base = options.main ?? (await baseFiles());
  const emulator = await createEmulator();
  emulator.seed.repo(OWNER, REPO, { collaborators: { [AUTHOR]: 'write' }, files: base });
  emulator.seed.token(`${AUTHOR}-token`, AUTHOR);
  const author = new Octokit({ baseUrl: emulator.url, auth: `${AUTHOR}-token`, log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} } });
  const octokit = createOctokit({ token: BOT_TOKEN, baseUrl: emulator.url, log: { info: () => {}, warning: () => {} }, pace: false, retryAfterUnitMs: 1 });
  const branches = new Map<string, { files: Files; number: number }>();
  const scratch = await mkdtemp(join(tmpdir(), 'playbook-check-world-'));
  const repository = emulator.state.repos[`${OWNER}/${REPO}`];
  if (repository === undefined) throw new Error('no repository');

  const world: CheckWorld = {
    emulator,
    base,
    push: async (branch, changes, options = {}) => {
      const known = branches.get(branch);
      const files = { ...(known?.files ?? base), ...changes };
      const headSha = emulator.seed.commit(`${OWNER}/${REPO}`, branch, changes, { actor: AUTHOR });
      const baseSha = repository.refs['refs/heads/main'] ?? '';
      let number = known?.number;
      if (number === undefined) {
        const { data } = await author.rest.pulls.create({ owner: OWNER, repo: REPO, head: branch, base: 'main', title: `Playbooks: ${branch}` });
        number = data.number;
      }
      branches.set(branch, { files, number });
      // GitHub's example of the action, pointed at this repository, pull request and commits.
      const payload = example('pull_request', known === undefined ? 'opened' : 'synchronize') as Record<string, unknown> & {
        pull_request: { number: number; head: { sha: string; ref: string; repo: { full_name: string } }; base: { sha: string; ref: string; repo: { full_name: string } } };
      };
      payload.number = number;
      payload.pull_request.number = number;
      payload.pull_request.head = { ...payload.pull_request.head, sha: headSha, ref: branch, repo: { ...payload.pull_request.head.repo, full_name: options.fork === true ? `forker/${REPO}` : `${OWNER}/${REPO}` } };
      payload.pull_request.base = { ...payload.pull_request.base, sha: baseSha, ref: 'main', repo: { ...payload.pull_request.base.repo, full_name: `${OWNER}/${REPO}` } };
      return { name: 'pull_request', payload, files };
    },
    runner: async (delivery) => {
      const run = await mkdtemp(join(scratch, 'run-'));
      const workspace = join(run, 'workspace');
      for (const [path, text] of Object.entries(delivery.files)) {
        await mkdir(dirname(join(workspace, path)), { recursive: true });
        await writeFile(join(workspace, path), text);
      }
      const eventPath = join(run, 'event.json');
      await writeFile(eventPath, JSON.stringify(delivery.payload));
      const summaryPath = join(run, 'summary.md');
      await writeFile(summaryPath, '');
      return {
        'INPUT_GITHUB-TOKEN': BOT_TOKEN,
        GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: delivery.name,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_API_URL: emulator.url,
        GITHUB_STEP_SUMMARY: summaryPath,
      };
    },
    check: async (delivery, options = {}) => {
      const env = await world.runner(delivery);
      const { GITHUB_EVENT_PATH: eventPath, GITHUB_STEP_SUMMARY: summaryPath } = env;
      await options.prepare?.(env.GITHUB_WORKSPACE);
      const inputs = readInputs(env);
      const target = pullRequestTarget(delivery.name, JSON.parse(await readFile(eventPath, 'utf8')) as Parameters<typeof pullRequestTarget>[1]);
      if (target === null || 'skip' in target) throw new Error(`not a pull request to check: ${JSON.stringify(target)}`);
      const from = emulator.requests.length;
      let stdout = '';
      const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        stdout += String(chunk);
        return true;
      });
      vi.stubEnv('GITHUB_STEP_SUMMARY', summaryPath);
      const exitCode = process.exitCode;
      process.exitCode = undefined;
      let failed: boolean;
      try {
        await playbookCheckRun({ inputs, pullRequest: target, octokit, log: { info: () => {}, warning: (line) => (stdout += `::warning::${line}\n`) } });
      } finally {
        // The run sets it; TypeScript cannot know that the call above may have.
        failed = (process.exitCode as number | string | undefined) === 1;
        process.exitCode = exitCode;
        write.mockRestore();
        vi.unstubAllEnvs();
      }
      const requests = emulator.requests.slice(from);
      return { stdout, annotations: parseAnnotations(stdout), summary: await readFile(summaryPath, 'utf8'), failed, writes: requests.filter((request) => request.method !== 'GET') };
    },
    comments: (number) => repository.comments.filter((comment) => comment.issueNumber === number).map((comment) => ({ author: comment.author, body: comment.body, id: comment.id })),
    stop: async () => {
      await emulator.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
  return world;
}
