/**
 * The daily wake-up (action/wake-run.ts): it turns the sweep workflow on when the sweep has work (an
 * incident with a deadline, a playbook file due for review) and does nothing else; what it did is in
 * the log and the job summary.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { ActionInputs } from '../../action/inputs.js';
import { wakeRun } from '../../action/wake-run.js';
import { FULL_NAME, type GitHubWorld, T0, useGitHub } from '../github/sweep-world.js';
import { writesOf } from '../lifecycle/harness.js';
import { ENABLE, SWEEP, SWEEP_FILES, actionInputs, reviewedOn } from './action-world.js';
import { captureStdout } from './stdout.js';

const world = useGitHub({ files: SWEEP_FILES });
const stdout = captureStdout();
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wake-run-'));
  await writeFile(join(dir, 'summary.md'), '');
  vi.stubEnv('GITHUB_STEP_SUMMARY', join(dir, 'summary.md'));
  // The wake-up reads the real clock: the emulator's starts now too.
  world().advance(Math.floor((Date.now() - Date.parse(T0)) / 60_000));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

const TODAY = new Date().toISOString().slice(0, 10);

async function wake(w: GitHubWorld, more: Partial<ActionInputs> = {}) {
  const inputs = actionInputs(w, dir, {
    playbooksDir: more.playbooksDir ?? (await reviewedOn(dir, TODAY)),
    eventName: 'schedule',
    wakeSweep: true,
    workflowFile: 'incident-sweep-wake.yml',
    ...more,
  });
  const from = w.emulator.requests.length;
  await wakeRun({ inputs, octokit: w.octokit, log: w.logger });
  return { writes: writesOf(w.emulator.requests.slice(from)).map((request) => `${request.method} ${request.path}`), summary: await readFile(join(dir, 'summary.md'), 'utf8') };
}

test('with nothing pending and no review due the sweep stays as it is, and it says so', async () => {
  const w = world();
  const run = await wake(w);
  expect(run.writes).toEqual([]);
  expect(stdout.text()).toBe('Sweep: nothing is pending, no review is due: the sweep stays as it is.\n');
  expect(run.summary).toBe('<h2>playbook-ops</h2>\nSweep: nothing is pending, no review is due: the sweep stays as it is.\n');
});

test('an incident changed since its card was written (its event\'s run was dropped) turns the sweep on, with one write', async () => {
  const w = world();
  const issue = w.emulator.seed.issue(FULL_NAME, { title: 'Checkout down', author: 'wendy', labels: ['incident'] });
  const run = await wake(w);
  expect(run.writes).toEqual([ENABLE]);
  const line = `Sweep: turned the sweep (${SWEEP}) on: #${issue.number} needs reading (a deadline came, or it changed since its card was written).`;
  expect(stdout.text()).toBe(`${line}\n`);
  expect(run.summary).toBe(`<h2>playbook-ops</h2>\n${line}\n`);
});

test('GitHub refusing the enable is a warning, in the log and the summary, and nothing more', async () => {
  const w = world();
  const repository = w.emulator.state.repos[FULL_NAME];
  if (repository === undefined) throw new Error('no repository');
  repository.botMayManageWorkflows = false;
  w.emulator.seed.issue(FULL_NAME, { title: 'Checkout down', author: 'wendy', labels: ['incident'] });
  const run = await wake(w);
  expect(w.log.warning).toEqual([expect.stringMatching(new RegExp(`^Could not turn the sweep workflow ${SWEEP} on, so deadlines are kept only while the sweep runs: `)) as string]);
  expect(stdout.text()).toBe('');
  expect(run.summary).toBe(`<h2>playbook-ops</h2>\nWarning: ${(w.log.warning[0] ?? '').replaceAll('"', '&quot;')}\n`);
});

test('a playbook file of the repository due for review turns the sweep on; a dry run only says it would', async () => {
  const w = world();
  const playbooksDir = await reviewedOn(dir, '2020-01-01');
  const dry = await wake(w, { playbooksDir, dryRun: true });
  expect(dry.writes).toEqual([]);
  expect(dry.summary).toMatch(new RegExp(`^<h2>playbook-ops plan \\(dry run\\)</h2>\nSweep: would turn the sweep \\(${SWEEP}\\) on: \\d+ playbook files are due for review\\.\n$`));
});

test('a playbook file of the repository due for review turns the sweep on', async () => {
  const run = await wake(world(), { playbooksDir: await reviewedOn(dir, '2020-01-01') });
  expect(run.writes).toEqual([ENABLE]);
  expect(run.summary).toMatch(new RegExp(`^<h2>playbook-ops</h2>\nSweep: turned the sweep \\(${SWEEP}\\) on: \\d+ playbook files are due for review\\.\n$`));
});

test('without a sweep workflow there is nothing to wake', async () => {
  const w = world();
  await expect(wake(w, { sweepWorkflow: null })).rejects.toThrow('wake-sweep needs sweep-workflow');
  expect(w.emulator.requests).toEqual([]);
});

test('without GITHUB_STEP_SUMMARY only the log says what it did', async () => {
  const w = world();
  vi.stubEnv('GITHUB_STEP_SUMMARY', '');
  const run = await wake(w);
  expect(run.summary).toBe('');
  expect(stdout.text()).toBe('Sweep: nothing is pending, no review is due: the sweep stays as it is.\n');
});
