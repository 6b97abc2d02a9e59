/**
 * The Action's entry (action/run.ts) turning the sweep on and off, as a runner runs it in-process:
 * inputs and `GITHUB_WORKFLOW_REF` from the environment, the event from a file, a job summary. A
 * refusal (no `actions: write`) warns in the log and the summary, and the step still succeeds. The
 * Action reads the real clock, so the emulator's fixed clock is set to the test's start.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { run } from '../../action/run.js';
import { writeDemoPlaybooks } from '../../src/demo/demo-playbooks.js';
import { BOT_TOKEN } from '../../src/emulator/index.js';
import { FULL_NAME, OWNER, PEOPLE, REPO, type World, startWorld } from '../lifecycle/harness.js';
import type { Delivery } from '../lifecycle/payloads.js';

const SWEEP = 'incident-sweep.yml';
let w: World;
let dir: string;

beforeEach(async () => {
  w = await startWorld({ at: new Date() });
  w.emulator.seed.commit(FULL_NAME, 'main', { [`.github/workflows/${SWEEP}`]: 'name: incident-sweep\non:\n  schedule:\n    - cron: "*/5 * * * *"\n' });
  dir = await mkdtemp(join(tmpdir(), 'sweep-switch-'));
  await writeDemoPlaybooks(join(dir, 'workspace', 'playbooks'));
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

test('the daily wake-up turns the sweep on and needs no checkout; sweep-workflow empty touches nothing', async () => {
  await runAction({ name: 'schedule', payload: { schedule: '*/5 * * * *' } }, SWEEP);
  expect(await sweepState()).toBe('disabled_manually');
  const wake = await runAction({ name: 'schedule', payload: { schedule: '17 6 * * *' } }, 'incident-sweep-wake.yml', { 'INPUT_WAKE-SWEEP': 'true', INPUT_PLAYBOOKS: 'not-checked-out' });
  expect(wake.failed).toBe(false);
  expect(wake.summary).toContain(`Sweep: turned the sweep (${SWEEP}) on for today's check`);
  expect(await sweepState()).toBe('active');

  const from = w.emulator.requests.length;
  const off = await runAction({ name: 'schedule', payload: { schedule: '*/5 * * * *' } }, SWEEP, { 'INPUT_SWEEP-WORKFLOW': '' });
  expect(off.failed).toBe(false);
  expect(w.emulator.requests.slice(from).filter((request) => request.path.includes('/actions/'))).toEqual([]);
  expect(await sweepState()).toBe('active');
});

test('a dry run says what it would do and changes nothing', async () => {
  const from = w.emulator.requests.length;
  const dry = await runAction({ name: 'schedule', payload: { schedule: '*/5 * * * *' } }, SWEEP, { 'INPUT_DRY-RUN': 'true' });
  expect(dry.summary).toContain(`Sweep: would turn the sweep (${SWEEP}) off`);
  expect(w.emulator.requests.slice(from).filter((request) => request.path.includes('/actions/'))).toEqual([]);
  expect(await sweepState()).toBe('active');
});
