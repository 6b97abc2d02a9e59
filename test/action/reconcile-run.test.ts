/**
 * The Action's run for an event or a sweep (action/reconcile-run.ts), called as run.ts calls it:
 * against the emulator with the bot's client from the project's factory. What it logs, the step
 * outputs, the job summary, the sweep workflow it turns on or off, the quarterly review of a sweep,
 * and which failures fail the step, after everything else was reported.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ActionInputs } from '../../action/inputs.js';
import { reconcileRun } from '../../action/reconcile-run.js';
import type { EventTarget } from '../../src/engine/event-target.js';
import { FULL_NAME, type GitHubWorld, T0, useGitHub } from '../github/sweep-world.js';
import { writesOf } from '../lifecycle/harness.js';
import { formBody } from '../lifecycle/form.js';
import { DISABLE, ENABLE, SWEEP, SWEEP_FILES, actionInputs, outputsOf, reviewedOn } from './action-world.js';
import { captureStdout } from './stdout.js';

const world = useGitHub({ files: SWEEP_FILES });
const stdout = captureStdout();
let dir: string;
let playbooks: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reconcile-run-'));
  playbooks = await reviewedOn(dir, new Date().toISOString().slice(0, 10));
  await writeFile(join(dir, 'summary.md'), '');
  await writeFile(join(dir, 'output'), '');
  vi.stubEnv('GITHUB_STEP_SUMMARY', join(dir, 'summary.md'));
  vi.stubEnv('GITHUB_OUTPUT', join(dir, 'output'));
  // The run reads the real clock: the emulator's starts now too, so what is due is what a run now finds.
  world().advance(Math.floor((Date.now() - Date.parse(T0)) / 60_000));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

function inputsOf(w: GitHubWorld, more: Partial<ActionInputs> = {}): ActionInputs {
  return actionInputs(w, dir, { playbooksDir: playbooks, ...more });
}

/** An incident declared with the form at SEV-`severity`, as people open it. */
function declared(w: GitHubWorld, severity: number): number {
  const body = formBody({ severity, scenario: 'Service Outage', services: 'checkout', summary: 'Card payments fail.' });
  return w.emulator.seed.issue(FULL_NAME, { title: 'Checkout down', author: 'wendy', labels: ['incident'], body }).number;
}

/** Runs for `target`; what it threw (null when nothing: anything else is made an Error), the requests it made, the summary and the step outputs. */
async function runFor(w: GitHubWorld, target: EventTarget, more: Partial<ActionInputs> = {}) {
  const from = w.emulator.requests.length;
  let thrown: Error | null = null;
  try {
    await reconcileRun({ inputs: inputsOf(w, more), target, octokit: w.octokit, log: w.logger, prefetched: undefined });
  } catch (error) {
    thrown = error instanceof Error ? error : new Error(`threw ${String(error)}`);
  }
  return { thrown, calls: w.calls(from), writes: writesOf(w.emulator.requests.slice(from)), summary: await readFile(join(dir, 'summary.md'), 'utf8'), outputs: await outputsOf(join(dir, 'output')) };
}

describe('an event run', () => {
  test('reconciles its incident: each effect in the log, the outputs, the summary, and the sweep made sure to be on', async () => {
    const w = world();
    const number = declared(w, 2);
    const run = await runFor(w, { type: 'issue', number });
    expect(run.thrown).toBeNull();
    const effects = (JSON.parse(run.outputs.effects ?? '') as { incident: number; effect: string }[]).map(({ incident, effect }) => {
      expect(incident).toBe(number);
      return effect;
    });
    expect(effects.slice(0, 2)).toEqual(['add labels sev-2, scenario:service-outage', 'comment page:sev-2']);
    expect(effects.at(-1)).toBe('update the incident card');
    expect(stdout.text().split('\n')).toEqual([
      `#${number}: sev-2, detection`,
      ...effects.map((effect) => `  ${effect}`),
      expect.stringMatching(new RegExp(`^Sweep: made sure the sweep \\(${SWEEP}\\) is on: #${number} has a deadline at .* UTC\\.$`)),
      '',
    ]);
    expect(run.outputs).toEqual({ incident: String(number), severity: 'sev-2', status: 'detection', effects: run.outputs.effects });
    expect(run.summary).toMatch(/^<h2>playbook-ops<\/h2>\n<table><tr><th>Incident<\/th><th>Severity<\/th><th>Status<\/th><th>Done<\/th><\/tr><tr><td>#1<\/td><td>sev-2<\/td><td>detection<\/td><td>add labels sev-2, scenario:service-outage<br>comment page:sev-2<br>/);
    expect(run.summary).toMatch(new RegExp(`</table>\nSweep: made sure the sweep \\(${SWEEP}\\) is on: #${number} has a deadline at .* UTC\\.\n$`));
    expect(run.calls).toContain(ENABLE);
    expect(w.log.warning).toEqual([]);
  });

  test('a dry run writes nothing, says what it would do, and would make sure the sweep is on', async () => {
    const w = world();
    const number = declared(w, 2);
    const run = await runFor(w, { type: 'issue', number }, { dryRun: true });
    expect(run.thrown).toBeNull();
    expect(run.writes).toEqual([]);
    expect(run.summary).toMatch(/^<h2>playbook-ops plan \(dry run\)<\/h2>\n<table><tr><th>Incident<\/th><th>Severity<\/th><th>Status<\/th><th>Would do<\/th><\/tr>/);
    expect(run.summary).toContain(`Sweep: would make sure the sweep (${SWEEP}) is on: #${number} has a deadline at `);
    expect(w.emulator.state.repos[FULL_NAME]?.issues[number - 1]?.labels ?? []).toEqual(['incident']);
  });

  test('with the request budget spent the incident is left for the next run, and the sweep kept on for it', async () => {
    const w = world();
    const number = declared(w, 2);
    const run = await runFor(w, { type: 'issue', number }, { maxRequests: 6 });
    expect(run.thrown).toBeNull();
    expect(stdout.text()).toMatch(new RegExp(`^#${number}: left for the next run\n`));
    expect(run.summary).toContain(`<td>#${number}</td><td></td><td>left for the next run</td>`);
    expect(run.outputs).toEqual({ incident: '', severity: '', status: '', effects: '[]' });
  });

  test('an incident that fails fails the step, after the log, the outputs and the summary', async () => {
    const w = world();
    const number = declared(w, 2);
    w.emulator.faults.add({ method: 'GET', path: `/repos/${FULL_NAME}/issues/${number}/comments`, status: 404, times: 10 });
    const run = await runFor(w, { type: 'issue', number });
    expect(run.thrown?.message).toMatch(/Not Found/);
    expect(stdout.text()).toContain(`#${number}: failed\n`);
    expect(run.summary).toContain(`<td>#${number}</td><td></td><td>failed</td><td>`);
    expect(run.outputs).toEqual({ incident: '', severity: '', status: '', effects: '[]' });
  });

  test('an event run that leaves nothing pending neither turns the sweep off (only a sweep does) nor says anything of it', async () => {
    const w = world();
    const issue = w.emulator.seed.issue(FULL_NAME, { title: 'Typo in README', author: 'wendy' });
    const run = await runFor(w, { type: 'issue', number: issue.number });
    expect(run.thrown).toBeNull();
    expect(run.calls.filter((call) => call.includes('/actions/'))).toEqual([]);
    expect(stdout.text()).toMatch(new RegExp(`^#${issue.number}: skipped, [^\n]*\n$`));
    expect(run.summary).not.toContain('Sweep');
  });

  test('an incident pinned to the playbooks of another commit is run on those, read from the repository (none here: it says so)', async () => {
    const w = world();
    const number = declared(w, 2);
    await runFor(w, { type: 'issue', number });
    w.emulator.seed.comment(FULL_NAME, number, { body: '/status investigation', author: 'wendy' });
    const run = await runFor(w, { type: 'issue', number }, { sha: 'c0ffee0000000000000000000000000000000002' });
    expect(run.thrown).toBeNull();
    expect(w.log.warning).toEqual([
      `#${number}: there are no playbooks in playbooks at c0ffee0, the commit the incident is pinned to (or the commit is not in this repository); using the playbooks of this run instead.`,
    ]);
  });

  test('on the bundled set the playbooks of other commits are not read: it has no history in the repository', async () => {
    const w = world();
    const number = declared(w, 2);
    await runFor(w, { type: 'issue', number }, { playbooksDir: null, playbooksInput: 'bundled' });
    w.emulator.seed.comment(FULL_NAME, number, { body: '/status investigation', author: 'wendy' });
    const run = await runFor(w, { type: 'issue', number }, { playbooksDir: null, playbooksInput: 'bundled', sha: 'c0ffee0000000000000000000000000000000002' });
    expect(run.thrown).toBeNull();
    expect(run.calls.filter((call) => call.includes('/contents/') || call.includes('/git/'))).toEqual([]);
    expect(w.log.warning).toEqual([]);
  });

  test('a skipped event makes no request and says why; sweep-workflow set, it still leaves the sweep alone', async () => {
    const w = world();
    const run = await runFor(w, { type: 'skip', reason: 'the label event is the bot\'s own' });
    expect(run.thrown).toBeNull();
    expect(run.calls).toEqual([]);
    expect(run.summary).toBe("<h2>playbook-ops</h2>\nNothing to do: the label event is the bot's own.\n");
    expect(run.outputs).toEqual({ incident: '', severity: '', status: '', effects: '[]' });
  });

  test('without GITHUB_STEP_SUMMARY it says no summary was written', async () => {
    const w = world();
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    const run = await runFor(w, { type: 'skip', reason: 'nothing' });
    expect(run.thrown).toBeNull();
    expect(run.summary).toBe('');
    expect(stdout.text()).toBe('GITHUB_STEP_SUMMARY is not set, so no job summary was written.\n');
  });

  test('sweep-workflow empty: the sweep is never turned on', async () => {
    const w = world();
    const number = declared(w, 2);
    const run = await runFor(w, { type: 'issue', number }, { sweepWorkflow: null });
    expect(run.thrown).toBeNull();
    expect(run.calls.filter((call) => call.includes('/actions/'))).toEqual([]);
    expect(run.summary).not.toContain('Sweep:');
  });
});

describe('a sweep (every open incident)', () => {
  test('of its own workflow, with nothing pending: reviews the playbooks, then turns itself off', async () => {
    const w = world();
    const run = await runFor(w, { type: 'open-incidents' }, { workflowFile: SWEEP });
    expect(run.thrown).toBeNull();
    expect(stdout.text()).toBe(
      `Playbook review: no playbook file is due for review\nSweep: turned the sweep (${SWEEP}) off: no incident has a deadline pending; the next event that sets one turns it on.\n`,
    );
    expect(run.writes.map((request) => `${request.method} ${request.path}`)).toEqual([DISABLE]);
    expect(run.summary).toBe(`<h2>playbook-ops</h2>\nNo incident to reconcile.\nSweep: turned the sweep (${SWEEP}) off: no incident has a deadline pending; the next event that sets one turns it on.\n`);
  });

  test('run from another workflow with an incident pending makes sure the sweep is on', async () => {
    const w = world();
    const number = declared(w, 2);
    await runFor(w, { type: 'issue', number });
    stdout.clear();
    const run = await runFor(w, { type: 'open-incidents' }, { workflowFile: 'incidents.yml' });
    expect(run.thrown).toBeNull();
    expect(run.calls).toContain(ENABLE);
    expect(run.summary).toMatch(new RegExp(`Sweep: made sure the sweep \\(${SWEEP}\\) is on: #${number} has a deadline at [^\n]*\n$`));
  });

  test('of its own workflow, with an incident pending: the sweep stays on, with no request for it', async () => {
    const w = world();
    const number = declared(w, 2);
    await runFor(w, { type: 'issue', number });
    const run = await runFor(w, { type: 'open-incidents' }, { workflowFile: SWEEP });
    expect(run.calls.filter((call) => call.includes('/actions/'))).toEqual([]);
    expect(run.summary).toMatch(new RegExp(`Sweep: the sweep stays on: #${number} has a deadline at [^\n]*\n$`));
  });

  test('on the bundled set: no review round (nothing in the repository to review)', async () => {
    const w = world();
    const run = await runFor(w, { type: 'open-incidents' }, { workflowFile: SWEEP, playbooksDir: null, playbooksInput: 'bundled' });
    expect(run.thrown).toBeNull();
    expect(stdout.text()).toBe(
      `Using the bundled default playbook set (playbooks: bundled).\nSweep: turned the sweep (${SWEEP}) off: no incident has a deadline pending; the next event that sets one turns it on.\n`,
    );
  });

  test('with playbook files due for review, the sweep opens the review round for them', async () => {
    const w = world();
    playbooks = await reviewedOn(dir, '2020-01-01');
    const files: Record<string, string> = {};
    for (const name of await readdir(playbooks, { recursive: true })) {
      if (name.endsWith('.yaml')) files[`playbooks/${name}`] = await readFile(join(playbooks, name), 'utf8');
    }
    w.emulator.seed.commit(FULL_NAME, 'main', files);
    const run = await runFor(w, { type: 'open-incidents' }, { workflowFile: SWEEP });
    expect(run.thrown).toBeNull();
    expect(w.log.warning).toEqual([]);
    expect(stdout.text()).toMatch(/^Playbook review: opened /);
    expect(run.writes.map((request) => `${request.method} ${request.path}`)).toContain(`POST /repos/${FULL_NAME}/pulls`);
  });

  test('a failed review round is a warning, the sweep still kept, then it fails the step', async () => {
    const w = world();
    playbooks = await reviewedOn(dir, '2020-01-01');
    w.emulator.faults.add({ method: 'GET', path: `/repos/${FULL_NAME}/pulls`, status: 500, times: 20 });
    const run = await runFor(w, { type: 'open-incidents' }, { workflowFile: SWEEP });
    expect(run.thrown?.message).toMatch(/^The playbook review round failed \(the next scheduled run tries again\): /);
    expect(run.thrown?.cause).toBeInstanceOf(Error);
    expect(w.log.warning).toEqual([run.thrown?.message]);
    // The failed review is pending work: the sweep stays on to try again.
    expect(run.calls.filter((call) => call.includes('/actions/'))).toEqual([]);
    expect(run.summary).toBe('<h2>playbook-ops</h2>\nNo incident to reconcile.\nSweep: the sweep stays on: the playbook review round failed and is tried again by the next sweep.\n');
  });

  test('a failure turning the sweep off is a warning after the summary, then fails the step', async () => {
    const w = world();
    w.emulator.faults.add({ method: 'PUT', path: `/repos/${FULL_NAME}/actions/workflows/${SWEEP}/disable`, status: 500, times: 10 });
    const run = await runFor(w, { type: 'open-incidents' }, { workflowFile: SWEEP });
    expect(run.thrown?.message).toMatch(/^Turning the sweep workflow on or off failed \(the next run tries again\): /);
    expect(run.thrown?.cause).toBeInstanceOf(Error);
    expect(w.log.warning).toEqual([run.thrown?.message]);
    expect(run.summary).toBe('<h2>playbook-ops</h2>\nNo incident to reconcile.\n');
    expect(run.outputs).toEqual({ incident: '', severity: '', status: '', effects: '[]' });
  });
});
