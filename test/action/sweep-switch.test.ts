/**
 * The Action's entry (action/run.ts) turning the sweep on and off, as a runner runs it in-process:
 * inputs and `GITHUB_WORKFLOW_REF` from the environment, the event from a file, a job summary. A
 * refusal (no `actions: write`) warns in the log and the summary, and the step still succeeds. The
 * Action reads the real clock, so the emulator's fixed clock is set to the test's start.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { run } from '../../action/run.js';
import { writeDemoPlaybooks } from '../../src/demo/demo-playbooks.js';
import { BOT_TOKEN } from '../../src/emulator/index.js';
import { FULL_NAME, OWNER, PEOPLE, REPO, type World, startWorld } from '../lifecycle/harness.js';
import type { Delivery } from '../lifecycle/payloads.js';

const SWEEP = 'incident-sweep.yml';

/** Sets `last_reviewed` of every file of the playbook set in `playbooks` (or only `only`) to `date`. */
async function reviewedOn(playbooks: string, date: string, only?: string): Promise<void> {
  for (const name of only === undefined ? (await readdir(playbooks)).filter((file) => file.endsWith('.yaml')) : [only]) {
    const path = join(playbooks, name);
    await writeFile(path, (await readFile(path, 'utf8')).replace(/last_reviewed: "[\d-]+"/, `last_reviewed: "${date}"`));
  }
}
let w: World;
let dir: string;

beforeEach(async () => {
  w = await startWorld({ at: new Date() });
  w.emulator.seed.commit(FULL_NAME, 'main', { [`.github/workflows/${SWEEP}`]: 'name: incident-sweep\non:\n  schedule:\n    - cron: "*/5 * * * *"\n' });
  dir = await mkdtemp(join(tmpdir(), 'sweep-switch-'));
  // Reviewed today: no file is due for review whenever the test runs (the Action reads the real clock).
  await reviewedOn(await writeDemoPlaybooks(join(dir, 'workspace', 'playbooks')), new Date().toISOString().slice(0, 10));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  w.emulator.assertNoValidationErrors();
  await w.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Runs the Action for `delivery` in workflow `workflow` with `inputs`; returns its output, summary and whether the step failed. */
async function runAction(delivery: Delivery, workflow: string, inputs: Record<string, string> = {}): Promise<{ stdout: string; summary: string; failed: boolean }> {
  const eventPath = join(dir, 'event.json');
  const summaryPath = join(dir, 'summary.md');
  await writeFile(eventPath, JSON.stringify(delivery.payload));
  await writeFile(summaryPath, '');
  const env: Record<string, string> = {
    'INPUT_GITHUB-TOKEN': BOT_TOKEN,
    'INPUT_PLAYBOOKS': 'playbooks',
    'INPUT_SWEEP-WORKFLOW': SWEEP,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKSPACE: join(dir, 'workspace'),
    GITHUB_EVENT_NAME: delivery.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: w.emulator.url,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/.github/workflows/${workflow}@refs/heads/main`,
    ...inputs,
  };
  vi.unstubAllEnvs();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  let stdout = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  try {
    await run();
    return { stdout, summary: await readFile(summaryPath, 'utf8'), failed: (process.exitCode as number | string | undefined) === 1 };
  } finally {
    process.exitCode = exitCode;
    write.mockRestore();
  }
}

async function sweepState(): Promise<string> {
  return (await w.people[PEOPLE.admin].rest.actions.getWorkflow({ owner: OWNER, repo: REPO, workflow_id: SWEEP })).data.state;
}

test('a scheduled sweep with nothing pending turns its own workflow off; a declared SEV-1 turns it on from incidents.yml', async () => {
  const sweep = await runAction({ name: 'schedule', payload: { schedule: '*/5 * * * *' } }, SWEEP);
  expect(sweep.failed).toBe(false);
  expect(sweep.stdout).toContain(`Sweep: turned the sweep (${SWEEP}) off`);
  expect(sweep.summary).toContain(`Sweep: turned the sweep (${SWEEP}) off`);
  expect(await sweepState()).toBe('disabled_manually');

  const opened = await w.open(PEOPLE.write, { severity: 1, scenario: 'Service Outage', services: 'payments-api', summary: 'Card payments fail.' });
  const event = await runAction(opened, 'incidents.yml');
  expect(event.failed).toBe(false);
  expect(event.summary).toMatch(new RegExp(`Sweep: made sure the sweep \\(${SWEEP}\\) is on: #${opened.number} has a deadline at `));
  expect(await sweepState()).toBe('active');
});

test('without actions: write the sweep warns, names the permission, and succeeds', async () => {
  w.emulator.state.repos[FULL_NAME]!.botMayManageWorkflows = false;
  const sweep = await runAction({ name: 'schedule', payload: { schedule: '*/5 * * * *' } }, SWEEP);
  expect(sweep.failed).toBe(false);
  expect(sweep.stdout).toMatch(/::warning::Could not turn the sweep workflow incident-sweep\.yml off, so the sweep keeps running on its schedule: .*Add `actions: write` to this job's permissions/);
  expect(sweep.summary).toContain('Warning: Could not turn the sweep workflow incident-sweep.yml off');
  expect(await sweepState()).toBe('active');
});

test('the daily wake-up leaves the sweep off when nothing is pending and turns it on for a missed enable', async () => {
  const schedule = { name: 'schedule', payload: { schedule: '*/5 * * * *' } };
  const wakeUp = { name: 'schedule', payload: { schedule: '17 6 * * *' } };
  await runAction(schedule, SWEEP);
  expect(await sweepState()).toBe('disabled_manually');
  const quiet = await runAction(wakeUp, 'incident-sweep-wake.yml', { 'INPUT_WAKE-SWEEP': 'true' });
  expect(quiet.failed).toBe(false);
  expect(quiet.summary).toContain('Sweep: nothing is pending, no review is due: the sweep stays as it is.');
  expect(await sweepState()).toBe('disabled_manually');

  // A SEV-1 whose run could not enable the sweep (here: the input empty): the wake-up finds its deadline.
  const opened = await w.open(PEOPLE.write, { severity: 1, scenario: 'Service Outage', services: 'payments-api', summary: 'Card payments fail.' });
  expect((await runAction(opened, 'incidents.yml', { 'INPUT_SWEEP-WORKFLOW': '' })).failed).toBe(false);
  expect(await sweepState()).toBe('disabled_manually');
  const from = w.emulator.requests.length;
  const missed = await runAction(wakeUp, 'incident-sweep-wake.yml', { 'INPUT_WAKE-SWEEP': 'true' });
  expect(missed.summary).toMatch(new RegExp(`Sweep: turned the sweep \\(${SWEEP}\\) on: #${opened.number} has a deadline at `));
  expect(w.emulator.requests.slice(from).filter((request) => request.method !== 'GET' && request.path !== '/graphql').map((request) => request.path)).toEqual([`/repos/${FULL_NAME}/actions/workflows/${SWEEP}/enable`]);
  expect(await sweepState()).toBe('active');
});

test('the wake-up turns the sweep on for a playbook file due for review', async () => {
  await runAction({ name: 'schedule', payload: { schedule: '*/5 * * * *' } }, SWEEP);
  await reviewedOn(join(dir, 'workspace', 'playbooks'), '2020-01-01', 'severities.yaml');
  const wake = await runAction({ name: 'schedule', payload: { schedule: '17 6 * * *' } }, 'incident-sweep-wake.yml', { 'INPUT_WAKE-SWEEP': 'true' });
  expect(wake.summary).toContain(`Sweep: turned the sweep (${SWEEP}) on: 1 playbook file is due for review.`);
  expect(await sweepState()).toBe('active');
});

test('sweep-workflow empty touches nothing', async () => {
  const off = await runAction({ name: 'schedule', payload: { schedule: '*/5 * * * *' } }, SWEEP, { 'INPUT_SWEEP-WORKFLOW': '' });
  expect(off.failed).toBe(false);
  expect(w.emulator.requests.filter((request) => request.path.includes('/actions/'))).toEqual([]);
  expect(await sweepState()).toBe('active');
});

test('a dry run says what it would do and changes nothing', async () => {
  const from = w.emulator.requests.length;
  const dry = await runAction({ name: 'schedule', payload: { schedule: '*/5 * * * *' } }, SWEEP, { 'INPUT_DRY-RUN': 'true' });
  expect(dry.summary).toContain(`Sweep: would turn the sweep (${SWEEP}) off`);
  expect(w.emulator.requests.slice(from).filter((request) => request.path.includes('/actions/'))).toEqual([]);
  expect(await sweepState()).toBe('active');
});
