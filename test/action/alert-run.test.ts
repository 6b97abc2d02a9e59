/**
 * The Action's run for an alert (action/alert-run.ts), called as run.ts calls it, against the
 * emulator: an Alertmanager notification opens and pages the incident of its group, reported in the
 * log, the outputs and the job summary, and turns the sweep on; a refused one is reported and fails
 * the step with nothing written; a run outside a workflow (no run id) is refused before any request.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { alertRun } from '../../action/alert-run.js';
import { type ActionInputs, InputError } from '../../action/inputs.js';
import { AlertRefused } from '../../src/github/run-alert.js';
import { packageRoot } from '../../src/package-root.js';
import { FULL_NAME, type GitHubWorld, T0, useGitHub } from '../github/sweep-world.js';
import { alertFixture } from '../lifecycle/alert-world.js';
import { writesOf } from '../lifecycle/harness.js';
import { ENABLE, SWEEP, SWEEP_FILES, actionInputs, outputsOf } from './action-world.js';
import { captureStdout } from './stdout.js';

const world = useGitHub({ files: SWEEP_FILES });
const stdout = captureStdout();
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'alert-run-'));
  await writeFile(join(dir, 'summary.md'), '');
  await writeFile(join(dir, 'output'), '');
  vi.stubEnv('GITHUB_STEP_SUMMARY', join(dir, 'summary.md'));
  vi.stubEnv('GITHUB_OUTPUT', join(dir, 'output'));
  // The run reads the real clock: the emulator's starts now too.
  world().advance(Math.floor((Date.now() - Date.parse(T0)) / 60_000));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

/** Alertmanager's documented notification (PaymentsApiDown, critical), `status` as given. */
function alertmanager(status = 'firing'): { alertmanager: Record<string, unknown> } {
  return { alertmanager: { ...alertFixture('alertmanager-webhook-v4'), status } };
}

/** Runs for the alert `clientPayload`; what it threw (or null), the writes it made, the summary and the outputs. */
async function alert(w: GitHubWorld, clientPayload: unknown, more: Partial<ActionInputs> = {}) {
  const inputs = actionInputs(w, dir, { eventName: 'repository_dispatch', workspace: packageRoot(), runId: 5550001, ...more });
  const from = w.emulator.requests.length;
  let thrown: Error | null = null;
  try {
    await alertRun({ inputs, clientPayload, octokit: w.octokit, log: w.logger });
  } catch (error) {
    thrown = error instanceof Error ? error : new Error(`threw ${String(error)}`);
  }
  return { thrown, calls: w.calls(from), writes: writesOf(w.emulator.requests.slice(from)), summary: await readFile(join(dir, 'summary.md'), 'utf8'), outputs: await outputsOf(join(dir, 'output')) };
}

test('a firing alert opens and pages its incident: the log, the outputs, the summary, and the sweep made sure to be on', async () => {
  const w = world();
  const run = await alert(w, alertmanager());
  expect(run.thrown).toBeNull();
  const effects = (JSON.parse(run.outputs.effects ?? '') as { incident: number; effect: string }[]).map(({ incident, effect }) => {
    expect(incident).toBe(1);
    return effect;
  });
  expect(effects).toContain('comment page:sev-1');
  expect(run.outputs).toEqual({ incident: '1', severity: 'sev-1', status: expect.any(String) as string, effects: run.outputs.effects });
  expect(stdout.text().split('\n')).toEqual([
    `#1: sev-1, ${run.outputs.status ?? ''}`,
    ...effects.map((effect) => `  ${effect}`),
    expect.stringMatching(new RegExp(`^Sweep: made sure the sweep \\(${SWEEP}\\) is on: #1 has a deadline at .* UTC\\.$`)) as string,
    '',
  ]);
  expect(run.summary).toMatch(
    /^<h2>playbook-ops: alert<\/h2>\n<p>Alert: opened #1 for the alert group\.<\/p>\n<table><tr><th>Incident<\/th><th>Severity<\/th><th>Status<\/th><th>Done<\/th><\/tr><tr><td>#1<\/td><td>sev-1<\/td>.*<\/table>\n$/,
  );
  expect(run.calls).toContain(ENABLE);
  expect(w.log.warning).toEqual([]);
});

test('a dry run writes nothing and says what it would do; with no incident yet it leaves the sweep alone', async () => {
  const w = world();
  const run = await alert(w, alertmanager(), { dryRun: true });
  expect(run.thrown).toBeNull();
  expect(run.writes).toEqual([]);
  expect(run.summary).toBe('<h2>playbook-ops plan (dry run): alert</h2>\n<p>Alert: would open an incident: [Alert] PaymentsApiDown.</p>\n');
  expect(run.calls.filter((call) => call.includes('/actions/'))).toEqual([]);
  expect(stdout.text()).toBe('');
});

test('a dry run for the incident of an alert already open writes nothing and says what it would do to it', async () => {
  const w = world();
  await alert(w, alertmanager());
  await writeFile(join(dir, 'summary.md'), '');
  w.advance(60);
  const run = await alert(w, { alertmanager: { ...alertmanager().alertmanager, status: 'resolved' } }, { dryRun: true, runId: 5550002 });
  expect(run.thrown).toBeNull();
  expect(run.writes).toEqual([]);
  expect(run.summary).toMatch(/^<h2>playbook-ops plan \(dry run\): alert<\/h2>\n<p>Alert: [^<]*#1[^<]*<\/p>\n<table><tr><th>Incident<\/th><th>Severity<\/th><th>Status<\/th><th>Would do<\/th><\/tr><tr><td>#1<\/td>/);
});

test('a refused alert: the reason in the summary, the step fails, nothing is written', async () => {
  const w = world();
  const run = await alert(w, alertmanager('exploded'));
  expect(run.thrown).toBeInstanceOf(AlertRefused);
  expect(run.thrown?.message).toContain('client_payload.alertmanager.status: expected "firing" or "resolved", got the text "exploded"');
  expect(run.writes).toEqual([]);
  expect(run.summary).toMatch(/^<h2>playbook-ops: alert<\/h2>\n<p>The alert was refused and nothing was written: client_payload\.alertmanager\.status: expected &quot;firing&quot;/);
  expect(run.outputs).toEqual({});
});

test('without GITHUB_RUN_ID the alert is refused before any request: a rerun could not be told from a new alert', async () => {
  const w = world();
  const run = await alert(w, alertmanager(), { runId: null });
  expect(run.thrown).toBeInstanceOf(InputError);
  expect(run.thrown?.message).toBe('GITHUB_RUN_ID is not set: run this action inside a GitHub Actions workflow (a rerun must be told from a new alert).');
  expect(run.calls).toEqual([]);
});

test('a resolved alert with no incident of its group opens nothing and leaves the sweep alone', async () => {
  const w = world();
  const run = await alert(w, alertmanager('resolved'));
  expect(run.thrown).toBeNull();
  expect(run.writes).toEqual([]);
  expect(run.summary).toMatch(/^<h2>playbook-ops: alert<\/h2>\n<p>Alert: [^<]*\.<\/p>\n$/);
  expect(run.outputs).toEqual({ incident: '', severity: '', status: '', effects: '[]' });
});

test('sweep-workflow empty: the sweep is not turned on', async () => {
  const w = world();
  const run = await alert(w, alertmanager(), { sweepWorkflow: null });
  expect(run.thrown).toBeNull();
  expect(run.calls.filter((call) => call.includes('/actions/'))).toEqual([]);
  expect(stdout.text()).not.toContain('Sweep:');
});

test('a failure turning the sweep on is a warning after the summary, then fails the step', async () => {
  const w = world();
  w.emulator.faults.add({ method: 'PUT', path: `/repos/${FULL_NAME}/actions/workflows/${SWEEP}/enable`, status: 500, times: 10 });
  const run = await alert(w, alertmanager());
  expect(run.thrown?.message).toMatch(/^Turning the sweep workflow on or off failed \(the next run tries again\): /);
  expect(run.thrown?.cause).toBeInstanceOf(Error);
  expect(w.log.warning).toEqual([run.thrown?.message]);
  expect(run.summary).toMatch(/^<h2>playbook-ops: alert<\/h2>\n<p>Alert: opened #1 for the alert group\.<\/p>\n<table>/);
  expect(run.outputs.incident).toBe('1');
});

test('an incident pinned to the playbooks of another commit is run on those, read from the repository (none here: it says so)', async () => {
  const w = world();
  await alert(w, alertmanager());
  const run = await alert(w, alertmanager(), { runId: 5550002, sha: 'c0ffee0000000000000000000000000000000002' });
  expect(run.thrown).toBeNull();
  expect(w.log.warning).toEqual([
    '#1: there are no playbooks in playbooks at c0ffee0, the commit the incident is pinned to (or the commit is not in this repository); using the playbooks of this run instead.',
  ]);
});

test('on the bundled set the playbooks of other commits are not read', async () => {
  const w = world();
  await alert(w, alertmanager(), { playbooksDir: null, playbooksInput: 'bundled' });
  const run = await alert(w, alertmanager(), { runId: 5550002, playbooksDir: null, playbooksInput: 'bundled', sha: 'c0ffee0000000000000000000000000000000002' });
  expect(run.thrown).toBeNull();
  expect(w.log.warning).toEqual([]);
});

test('GitHub refusing to turn the sweep on is a warning: the alert is still handled and the step succeeds', async () => {
  const w = world();
  const repository = w.emulator.state.repos[FULL_NAME];
  if (repository === undefined) throw new Error('no repository');
  repository.botMayManageWorkflows = false;
  const run = await alert(w, alertmanager());
  expect(run.thrown).toBeNull();
  expect(w.log.warning).toEqual([expect.stringMatching(new RegExp(`^Could not turn the sweep workflow ${SWEEP} on, so deadlines are kept only while the sweep runs: `)) as string]);
  expect(stdout.text()).not.toContain('Sweep:');
  expect(run.outputs.incident).toBe('1');
});

test('an error that is not a refusal fails the step without a summary: the next run tries again', async () => {
  const w = world();
  w.emulator.faults.add({ status: 500, times: 1000 });
  const run = await alert(w, alertmanager());
  expect(run.thrown).not.toBeNull();
  expect(run.thrown).not.toBeInstanceOf(AlertRefused);
  expect(run.summary).toBe('');
});

test('on the bundled set, without GITHUB_STEP_SUMMARY: the log says which set, and that no summary was written', async () => {
  const w = world();
  vi.stubEnv('GITHUB_STEP_SUMMARY', '');
  const run = await alert(w, alertmanager('exploded'), { playbooksDir: null, playbooksInput: 'bundled' });
  expect(run.thrown).toBeInstanceOf(AlertRefused);
  expect(stdout.text()).toBe('Using the bundled default playbook set (playbooks: bundled).\nGITHUB_STEP_SUMMARY is not set, so no job summary was written.\n');
});
