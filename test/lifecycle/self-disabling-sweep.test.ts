/**
 * The sweep turns itself off when nothing is pending (issue 8, item 2): a sweep that finds no
 * deadline disables its workflow and reads once more; an event's run that leaves its incident with a
 * deadline enables it. Real Octokit over HTTP against the emulator, whose workflow keeps GitHub's
 * states; the runs are the lifecycle harness's (eventTarget → runIncidents) on its fixed clock, then
 * keepSweep as the Action calls it.
 */
import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../src/emulator/index.js';
import { type KeptSweep, type SweepRunKind, keepSweep, pendingNow } from '../../src/github/keep-sweep.js';
import type { IncidentOutcome } from '../../src/github/run-incidents.js';
import { BOT, FULL_NAME, OWNER, PEOPLE, REPO, type World, declare, useWorld } from './harness.js';

const world = useWorld();
const SWEEP = 'incident-sweep.yml';
const repo = { owner: OWNER, repo: REPO };

/** The repository with the sweep's workflow on its default branch (GitHub knows a workflow by its file). */
function withSweepWorkflow(w: World): World {
  w.emulator.seed.commit(FULL_NAME, 'main', { [`.github/workflows/${SWEEP}`]: 'name: incident-sweep\non:\n  schedule:\n    - cron: "*/5 * * * *"\n' });
  return w;
}

/** The sweep workflow's state, as GitHub answers it to a person (over HTTP). */
async function sweepState(w: World): Promise<string> {
  return (await w.people[PEOPLE.admin].rest.actions.getWorkflow({ ...repo, workflow_id: SWEEP })).data.state;
}

/** What the Action does after the incidents: keep the sweep on or off, as a run of kind `run`. */
async function keep(w: World, run: SweepRunKind, outcomes: IncidentOutcome[]): Promise<KeptSweep & { requests: RecordedRequest[] }> {
  const from = w.emulator.requests.length;
  const log = { info: (line: string) => w.log.info.push(line), warning: (line: string) => w.log.warning.push(line) };
  const kept = await keepSweep({ octokit: w.octokit, log }, { repo, workflow: SWEEP, run, ownRun: run === 'sweep', reread: pendingNow(w.octokit, repo, BOT, w.set) }, outcomes);
  return { ...kept, requests: w.emulator.requests.slice(from) };
}

function calls(requests: RecordedRequest[]): string[] {
  return requests.map((request) => `${request.method} ${request.path}`);
}

const DISABLE = `PUT /repos/${FULL_NAME}/actions/workflows/${SWEEP}/disable`;
const ENABLE = `PUT /repos/${FULL_NAME}/actions/workflows/${SWEEP}/enable`;

/** A SEV-3 declared and resolved: no post-mortem is owed, so nothing about it is pending. */
async function resolvedSev3(w: World): Promise<number> {
  const number = await declare(w, 3);
  await w.run(await w.comment(PEOPLE.write, number, '/resolve Fixed by the rollback.'));
  return number;
}

describe('the sweep turns itself off', () => {
  it('when no incident has a deadline pending: disables its workflow, reads once more, stays off', async () => {
    const w = withSweepWorkflow(world());
    await resolvedSev3(w);
    // Open, but waiting for someone to set its severity: no clock runs on it.
    const waiting = await w.open(PEOPLE.write, { scenario: 'Service Outage', services: 'payments-api', summary: 'Card payments fail.' });
    await w.run(waiting);
    w.advance(5);
    const sweep = await w.run(w.dispatch());
    expect(sweep.outcomes).toEqual([expect.objectContaining({ kind: 'quiet', incident: waiting.number, due: null })]);
    const kept = await keep(w, 'sweep', sweep.outcomes);
    expect(calls(kept.requests)).toEqual([DISABLE, 'POST /graphql']);
    expect(kept).toMatchObject({ warning: null, done: `turned the sweep (${SWEEP}) off: no incident has a deadline pending; the next event that sets one turns it on` });
    expect(await sweepState(w)).toBe('disabled_manually');
  });

  it('keeps running, with no request about it, while an incident has a deadline', async () => {
    const w = withSweepWorkflow(world());
    const number = await declare(w, 1);
    w.advance(5);
    const sweep = await w.run(w.dispatch());
    const kept = await keep(w, 'sweep', sweep.outcomes);
    expect(kept.requests).toEqual([]);
    expect(kept.done).toMatch(new RegExp(`^the sweep stays on: #${number} has a deadline at 2026-11-27 03:\\d\\d UTC$`));
    expect(await sweepState(w)).toBe('active');
  });

  it('a SEV-1 declared while it is off turns it on from the event’s run', async () => {
    const w = withSweepWorkflow(world());
    await keep(w, 'sweep', (await w.run(w.dispatch())).outcomes);
    expect(await sweepState(w)).toBe('disabled_manually');
    const opened = await w.open(PEOPLE.write, { severity: 1, scenario: 'Service Outage', services: 'payments-api', summary: 'Card payments fail.' });
    const event = await w.run(opened);
    expect(event.results[0]?.due).not.toBeNull();
    const kept = await keep(w, 'event', event.outcomes);
    expect(calls(kept.requests)).toEqual([ENABLE]);
    expect(await sweepState(w)).toBe('active');
  });

  it('an event’s run that leaves nothing pending does not touch it', async () => {
    const w = withSweepWorkflow(world());
    const number = await declare(w, 3);
    const resolved = await w.run(await w.comment(PEOPLE.write, number, '/resolve Fixed.'));
    expect((await keep(w, 'event', resolved.outcomes)).requests).toEqual([]);
  });

  it('the race: an event enables between the sweep’s decision and its disable; the sweep’s second read turns it on again', async () => {
    const w = withSweepWorkflow(world());
    // The sweep reads: nothing pending. Before it disables, a SEV-1 is declared and its run enables the sweep.
    const sweep = await w.run(w.dispatch());
    const number = await declare(w, 1);
    expect(calls((await keep(w, 'event', (await w.run(w.dispatch(number))).outcomes)).requests)).toEqual([ENABLE]);
    // Now the sweep acts on what it read.
    const kept = await keep(w, 'sweep', sweep.outcomes);
    expect(calls(kept.requests)).toEqual([DISABLE, 'POST /graphql', ENABLE]);
    expect(kept.done).toContain(`#${number} has a deadline`);
    expect(await sweepState(w)).toBe('active');
  });

  it('GitHub refusing (no actions: write) is a warning naming the permission; the workflow stays as it was', async () => {
    const w = withSweepWorkflow(world());
    w.emulator.state.repos[FULL_NAME]!.botMayManageWorkflows = false;
    const kept = await keep(w, 'sweep', (await w.run(w.dispatch())).outcomes);
    expect(kept.done).toBeNull();
    expect(kept.warning).toContain('Add `actions: write` to this job');
    expect(w.log.warning).toContain(kept.warning);
    expect(await sweepState(w)).toBe('active');
    const number = await declare(w, 1);
    const event = await keep(w, 'event', (await w.run(w.dispatch(number))).outcomes);
    expect(event.warning).toMatch(/^Could not turn the sweep workflow incident-sweep.yml on, so deadlines are kept only while the sweep runs/);
  });

  it('reruns change nothing more: a second sweep leaves it off, a second event run leaves it on', async () => {
    const w = withSweepWorkflow(world());
    await resolvedSev3(w);
    for (let rerun = 0; rerun < 2; rerun += 1) {
      const kept = await keep(w, 'sweep', (await w.run(w.dispatch())).outcomes);
      expect(kept.warning).toBeNull();
      expect(await sweepState(w)).toBe('disabled_manually');
    }
    const opened = await w.open(PEOPLE.write, { severity: 1, scenario: 'Service Outage', services: 'payments-api', summary: 'Card payments fail.' });
    await keep(w, 'event', (await w.run(opened)).outcomes);
    const rerun = await keep(w, 'event', (await w.run(opened)).outcomes);
    expect(calls(rerun.requests)).toEqual([ENABLE]);
    expect(await sweepState(w)).toBe('active');
  });
});
