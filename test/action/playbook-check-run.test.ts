/**
 * The Action on a pull request (action/playbook-check-run.ts), called as run.ts calls it, on a
 * checkout in a directory and the emulated repository holding the base: each error and each stale
 * generated file as an annotation on its file, the report in the job summary, what became of the
 * comment, and a failed step that says what is wrong and how to fix it.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import type { ActionInputs } from '../../action/inputs.js';
import { playbookCheckRun } from '../../action/playbook-check-run.js';
import { ISSUE_FORM_PATH } from '../../src/markdown/issue-form.js';
import type { PullRequestTarget } from '../../src/review/pull-request-target.js';
import { FULL_NAME, type GitHubWorld, useGitHub } from '../github/sweep-world.js';
import { type Files, baseFiles, edit } from '../review/check-world.js';
import { actionInputs } from './action-world.js';
import { captureStdout } from './stdout.js';

const SEVERITIES = 'playbooks/severities.yaml';
let base: Files;
const world = useGitHub();
const stdout = captureStdout();
let dir: string;

beforeAll(async () => {
  base = await baseFiles();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'playbook-check-run-'));
  await writeFile(join(dir, 'summary.md'), '');
  vi.stubEnv('GITHUB_STEP_SUMMARY', join(dir, 'summary.md'));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

/** Main holds the base files; a branch with `changes` is opened as a pull request; the checkout holds `checkout`. */
async function pullRequest(w: GitHubWorld, changes: Files, checkout: Files): Promise<{ target: PullRequestTarget; workspace: string }> {
  w.emulator.seed.commit(FULL_NAME, 'main', base);
  const baseSha = w.emulator.state.repos[FULL_NAME]?.refs['refs/heads/main'] ?? '';
  const headSha = w.emulator.seed.commit(FULL_NAME, 'change', changes);
  const { data } = await w.octokit.rest.pulls.create({ ...w.repo, head: 'change', base: 'main', title: 'Playbooks' });
  const workspace = join(dir, 'workspace');
  for (const [path, text] of Object.entries(checkout)) {
    await mkdir(dirname(join(workspace, path)), { recursive: true });
    await writeFile(join(workspace, path), text);
  }
  return { target: { number: data.number, baseSha, headSha, fork: false }, workspace };
}

/** Checks `pull`; whether the step failed, and the job summary. */
async function check(w: GitHubWorld, pull: { target: PullRequestTarget; workspace: string }, more: Partial<ActionInputs> = {}) {
  const inputs = actionInputs(w, dir, {
    playbooksDir: join(pull.workspace, 'playbooks'),
    eventName: 'pull_request',
    sha: pull.target.headSha,
    workspace: pull.workspace,
    sweepWorkflow: null,
    workflowFile: 'playbook-check.yml',
    ...more,
  });
  // Each run says for itself whether the step failed.
  process.exitCode = undefined;
  await playbookCheckRun({ inputs, pullRequest: pull.target, octokit: w.octokit, log: w.logger });
  return { failed: (process.exitCode as number | string | undefined) === 1, summary: await readFile(join(dir, 'summary.md'), 'utf8') };
}

/** The annotations printed, as `severity file title`. */
function annotations(): string[] {
  return [...stdout.text().matchAll(/^::(error|warning|notice) file=([^,]*),line=\d+,col=\d+,title=([^:]*)::/gm)].map((match) => `${match[1] ?? ''} ${match[2] ?? ''} ${match[3] ?? ''}`);
}

test('a pull request that leaves the playbooks right passes, posts its report once, and sums it up', async () => {
  const w = world();
  const pull = await pullRequest(w, { 'README.md': 'docs only\n' }, base);
  const first = await check(w, pull);
  expect(first.failed).toBe(false);
  expect(annotations().filter((annotation) => annotation.startsWith('error'))).toEqual([]);
  expect(stdout.text()).toMatch(/(^|\n)The report was posted as a comment on the pull request\.\n$/);
  expect(first.summary).toMatch(/^#+ .*\n[\s\S]*\nThe report was posted as a comment on the pull request\.\n$/);
  stdout.clear();
  await check(w, pull);
  expect(stdout.text()).toMatch(/(^|\n)The report comment on the pull request already says this\.\n$/);
  expect(w.log.warning).toEqual([]);
});

test('a report that changed updates the comment', async () => {
  const w = world();
  const pull = await pullRequest(w, { 'README.md': 'docs only\n' }, base);
  await check(w, pull);
  await rm(join(pull.workspace, '.github', 'CODEOWNERS'));
  stdout.clear();
  await check(w, pull);
  expect(stdout.text()).toMatch(/\nThe report comment on the pull request was updated\.\n::error::/);
});

test('errors in the playbooks: each an annotation on its file, and the step fails saying how many and how to list them', async () => {
  const w = world();
  const broken = edit(base[SEVERITIES], 'response_time: 15m', 'response_time: soon');
  const pull = await pullRequest(w, { [SEVERITIES]: broken }, { ...base, [SEVERITIES]: broken });
  const run = await check(w, pull);
  expect(run.failed).toBe(true);
  expect(annotations().filter((annotation) => annotation.startsWith('error'))).toEqual([expect.stringMatching(new RegExp(`^error ${SEVERITIES} `)) as string]);
  expect(stdout.text()).toMatch(
    /\n::error::The playbook check failed: the playbooks in playbooks have 1 error \(see the annotations and the job summary; `npx playbook-ops validate playbooks` lists them\)\.\n$/,
  );
});

test('generated files missing or out of date: annotated on the file, and the step fails naming the command that writes each', async () => {
  const w = world();
  const { '.github/CODEOWNERS': _codeowners, ...rest } = base;
  const pull = await pullRequest(w, { 'README.md': 'docs only\n' }, { ...rest, [ISSUE_FORM_PATH]: 'name: old form\n' });
  const run = await check(w, pull);
  expect(run.failed).toBe(true);
  expect(annotations().filter((annotation) => annotation.startsWith('error'))).toEqual(['error .github/CODEOWNERS stale-generated-file', `error ${ISSUE_FORM_PATH} stale-generated-file`]);
  expect(stdout.text()).toContain(`::error file=.github/CODEOWNERS,line=1,col=1,title=stale-generated-file::.github/CODEOWNERS is missing what the playbooks generate%0Ahint: run \``);
  expect(stdout.text()).toContain(`::error file=${ISSUE_FORM_PATH},line=1,col=1,title=stale-generated-file::${ISSUE_FORM_PATH} is out of date with the playbooks%0Ahint: run \``);
  expect(stdout.text()).toMatch(
    new RegExp(
      `\n::error::The playbook check failed: \\.github/CODEOWNERS is missing what the playbooks generate: run \`[^\`]+\` and commit it; ${ISSUE_FORM_PATH.replaceAll('.', '\\.')} is out of date with the playbooks: run \`[^\`]+\` and commit it\\.\n$`,
    ),
  );
});

test('two errors are counted as errors', async () => {
  const w = world();
  const broken = edit(edit(base[SEVERITIES], 'response_time: 15m', 'response_time: soon'), 'response_time: 30m', 'response_time: later');
  const pull = await pullRequest(w, { [SEVERITIES]: broken }, { ...base, [SEVERITIES]: broken });
  await check(w, pull);
  expect(stdout.text()).toContain('::error::The playbook check failed: the playbooks in playbooks have 2 errors (see');
});

test('from a fork no comment can be written: a warning says why, and the summary holds the report', async () => {
  const w = world();
  const pull = await pullRequest(w, { 'README.md': 'docs only\n' }, base);
  const run = await check(w, { ...pull, target: { ...pull.target, fork: true } });
  const line = 'No comment could be written: this pull request comes from a fork, and GitHub gives its workflow a read-only token, so no comment could be written; the job summary holds the whole report.';
  expect(w.log.warning).toEqual([line]);
  expect(stdout.text()).not.toContain(line);
  expect(run.summary.endsWith(`\n${line}\n`)).toBe(true);
});

test('with the bundled set there is nothing to check: no request, no summary', async () => {
  const w = world();
  const pull = await pullRequest(w, { 'README.md': 'docs only\n' }, base);
  const from = w.emulator.requests.length;
  const run = await check(w, pull, { playbooksDir: null, playbooksInput: 'bundled' });
  expect(run).toEqual({ failed: false, summary: '' });
  expect(w.calls(from)).toEqual([]);
  expect(stdout.text()).toBe('The playbook check needs the playbooks of the pull request in the checkout; with `playbooks: bundled` there is nothing to check.\n');
});

test('without GITHUB_STEP_SUMMARY the log says no summary was written', async () => {
  const w = world();
  vi.stubEnv('GITHUB_STEP_SUMMARY', '');
  const pull = await pullRequest(w, { 'README.md': 'docs only\n' }, base);
  const run = await check(w, pull);
  expect(run.summary).toBe('');
  expect(stdout.text()).toMatch(/\nThe report was posted as a comment on the pull request\.\nGITHUB_STEP_SUMMARY is not set, so no job summary was written\.\n$/);
});
