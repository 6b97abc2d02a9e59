/**
 * Keeping the sweep on or off (src/github/keep-sweep.ts, src/github/sweep-workflow.ts): what each
 * kind of run does to the sweep's workflow for what it knows, which requests that takes, what it
 * says, and how GitHub refusing reads; and what the daily wake-up and the sweep's second read find.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaybookSet } from '../../src/config/model.js';
import type { SweepView } from '../../src/engine/sweep-needed.js';
import { fingerprint } from '../../src/engine/seen.js';
import { type KeepSweepOptions, keepSweep, pendingNow, wakeViews } from '../../src/github/keep-sweep.js';
import { POSTMORTEM_PENDING_LABEL } from '../../src/github/sweep-source.js';
import { switchWorkflow } from '../../src/github/sweep-workflow.js';
import { BOT, FULL_NAME, type GitHubWorld, cardBody, shippedSet, useGitHub } from './sweep-world.js';

const SWEEP = 'incident-sweep.yml';
const world = useGitHub({ files: { [`.github/workflows/${SWEEP}`]: 'name: incident-sweep\non:\n  schedule:\n    - cron: "*/5 * * * *"\n' } });
let set: PlaybookSet;
beforeAll(async () => {
  set = await shippedSet();
});

const ENABLE = `PUT /repos/${FULL_NAME}/actions/workflows/${SWEEP}/enable`;
const DISABLE = `PUT /repos/${FULL_NAME}/actions/workflows/${SWEEP}/disable`;
const LATER = '2026-11-27T03:30:00Z';
const DEADLINE: SweepView[] = [{ kind: 'reconciled', incident: 1, due: LATER }];
const NOTHING: SweepView[] = [{ kind: 'reconciled', incident: 1, due: null }];
const REASON = '#1 has a deadline at 2026-11-27 03:30 UTC';
/** How GitHub's 403 for a token without `actions: write` reads in Octokit's error, for `action` (enable or disable). */
const refused = (action: 'enable' | 'disable'): string => `Resource not accessible by integration - https://docs.github.com/rest/actions/workflows#${action}-a-workflow`;
const NOT_FOUND = 'Not Found - https://docs.github.com/rest/actions/workflows#enable-a-workflow';

/** The sweep workflow's state as GitHub keeps it (undefined until a request named it). */
function sweepState(w: GitHubWorld): string | undefined {
  return w.emulator.state.repos[FULL_NAME]?.workflows?.[`.github/workflows/${SWEEP}`]?.state;
}

/** A second read that must not happen. */
const noReread = (): Promise<SweepView[]> => Promise.reject(new Error('read again'));

/** Keeps the sweep as run kind `run` would after it, with the requests that took. */
async function keep(w: GitHubWorld, views: SweepView[], options: Partial<KeepSweepOptions> & Pick<KeepSweepOptions, 'run'>) {
  const from = w.emulator.requests.length;
  const kept = await keepSweep({ octokit: w.octokit, log: w.logger }, { repo: w.repo, workflow: SWEEP, ownRun: false, reread: noReread, ...options }, views);
  return { ...kept, calls: w.calls(from) };
}

/** The sweep's workflow turned off, as a sweep that found nothing leaves it. */
async function turnedOff(w: GitHubWorld): Promise<void> {
  await w.octokit.rest.actions.disableWorkflow({ ...w.repo, workflow_id: SWEEP });
}

function refuseWorkflows(w: GitHubWorld): void {
  const repository = w.emulator.state.repos[FULL_NAME];
  if (repository === undefined) throw new Error('no repository');
  repository.botMayManageWorkflows = false;
}

describe('an event’s run', () => {
  it('whose incident has a deadline makes sure the sweep is on, with one request', async () => {
    const w = world();
    await turnedOff(w);
    expect(await keep(w, DEADLINE, { run: 'event' })).toEqual({ done: `made sure the sweep (${SWEEP}) is on: ${REASON}`, warning: null, calls: [ENABLE] });
    expect(sweepState(w)).toBe('active');
    expect(w.log.warning).toEqual([]);
  });

  it('that leaves nothing pending does not touch the sweep', async () => {
    const w = world();
    expect(await keep(w, NOTHING, { run: 'event' })).toEqual({ done: null, warning: null, calls: [] });
  });

  it('of the sweep workflow itself keeps it on without a request', async () => {
    const w = world();
    expect(await keep(w, DEADLINE, { run: 'event', ownRun: true })).toEqual({ done: `the sweep stays on: ${REASON}`, warning: null, calls: [] });
  });

  it('in a dry run says what it would do and sends nothing', async () => {
    const w = world();
    expect(await keep(w, DEADLINE, { run: 'event', dryRun: true })).toEqual({ done: `would make sure the sweep (${SWEEP}) is on: ${REASON}`, warning: null, calls: [] });
  });

  it('refused (no actions: write) warns that deadlines are kept only while the sweep runs, and names the permission', async () => {
    const w = world();
    refuseWorkflows(w);
    const warning = `Could not turn the sweep workflow ${SWEEP} on, so deadlines are kept only while the sweep runs: GitHub refused (${refused('enable')}). Add \`actions: write\` to this job's permissions (a GitHub App token needs the Actions permission, read and write), or set the sweep-workflow input to "" to stop turning the sweep on and off.`;
    expect(await keep(w, DEADLINE, { run: 'event' })).toEqual({ done: null, warning, calls: [ENABLE] });
    expect(w.log.warning).toEqual([warning]);
  });

  it('naming a workflow GitHub does not have warns how to set the input', async () => {
    const w = world();
    const kept = await keepSweep({ octokit: w.octokit, log: w.logger }, { repo: w.repo, workflow: 'sweep.yml', run: 'event', ownRun: false, reread: noReread }, DEADLINE);
    const warning = `Could not turn the sweep workflow sweep.yml on: GitHub has no workflow of that name here (${NOT_FOUND}). Set the sweep-workflow input to the file name of the sweep's workflow under .github/workflows/, or to "" to turn this off.`;
    expect(kept).toEqual({ done: null, warning });
    expect(w.log.warning).toEqual([warning]);
  });
});

describe('a sweep', () => {
  it('that finds nothing pending turns the sweep off, reads once more, and leaves it off', async () => {
    const w = world();
    let rereads = 0;
    const reread = () => {
      rereads += 1;
      return Promise.resolve(NOTHING);
    };
    expect(await keep(w, NOTHING, { run: 'sweep', ownRun: true, reread })).toEqual({
      done: `turned the sweep (${SWEEP}) off: no incident has a deadline pending; the next event that sets one turns it on`,
      warning: null,
      calls: [DISABLE],
    });
    expect(rereads).toBe(1);
    expect(sweepState(w)).toBe('disabled_manually');
  });

  it('whose second read finds a deadline set meanwhile turns the sweep on again', async () => {
    const w = world();
    const later: SweepView[] = [{ kind: 'quiet', incident: 2, due: '2026-11-27T03:45:00Z' }];
    expect(await keep(w, NOTHING, { run: 'sweep', ownRun: true, reread: () => Promise.resolve(later) })).toEqual({
      done: `turned the sweep (${SWEEP}) off and on again: #2 has a deadline at 2026-11-27 03:45 UTC (set while this sweep ran)`,
      warning: null,
      calls: [DISABLE, ENABLE],
    });
    expect(sweepState(w)).toBe('active');
  });

  it('refused turning it on again after its second read warns as an event’s run does', async () => {
    const w = world();
    w.emulator.faults.add({ method: 'PUT', path: /\/enable$/, status: 403 });
    const kept = await keep(w, NOTHING, { run: 'sweep', reread: () => Promise.resolve(DEADLINE) });
    expect(kept).toMatchObject({ done: null, calls: [DISABLE, ENABLE] });
    expect(kept.warning).toMatch(/^Could not turn the sweep workflow incident-sweep.yml on, so deadlines are kept only while the sweep runs: GitHub refused \(Forbidden/);
    expect(sweepState(w)).toBe('disabled_manually');
  });

  it('refused turning it off warns that it keeps running on its schedule, and reads nothing more', async () => {
    const w = world();
    refuseWorkflows(w);
    const warning = `Could not turn the sweep workflow ${SWEEP} off, so the sweep keeps running on its schedule: GitHub refused (${refused('disable')}). Add \`actions: write\` to this job's permissions (a GitHub App token needs the Actions permission, read and write), or set the sweep-workflow input to "" to stop turning the sweep on and off.`;
    expect(await keep(w, NOTHING, { run: 'sweep' })).toEqual({ done: null, warning, calls: [DISABLE] });
    expect(w.log.warning).toEqual([warning]);
  });

  it('naming a workflow GitHub does not have warns when turning it off too', async () => {
    const w = world();
    const kept = await keepSweep({ octokit: w.octokit, log: w.logger }, { repo: w.repo, workflow: 'sweep.yml', run: 'sweep', ownRun: true, reread: noReread }, NOTHING);
    expect(kept.warning).toMatch(/^Could not turn the sweep workflow sweep.yml off: GitHub has no workflow of that name here \(Not Found/);
  });

  it('in a dry run says it would turn the sweep off and sends nothing', async () => {
    const w = world();
    expect(await keep(w, NOTHING, { run: 'sweep', dryRun: true })).toEqual({ done: `would turn the sweep (${SWEEP}) off: no incident has a deadline pending`, warning: null, calls: [] });
  });

  it('that is not the sweep workflow’s own run turns it on while a deadline is pending', async () => {
    const w = world();
    await turnedOff(w);
    expect(await keep(w, DEADLINE, { run: 'sweep' })).toMatchObject({ done: `made sure the sweep (${SWEEP}) is on: ${REASON}`, calls: [ENABLE] });
  });
});

describe('the daily wake-up', () => {
  it('leaves the sweep as it is when nothing is pending and no review is due', async () => {
    const w = world();
    expect(await keep(w, NOTHING, { run: 'wake' })).toEqual({ done: 'nothing is pending, no review is due: the sweep stays as it is', warning: null, calls: [] });
  });

  it('turns the sweep on for a pending incident', async () => {
    const w = world();
    await turnedOff(w);
    expect(await keep(w, DEADLINE, { run: 'wake' })).toEqual({ done: `turned the sweep (${SWEEP}) on: ${REASON}`, warning: null, calls: [ENABLE] });
    expect(sweepState(w)).toBe('active');
  });

  it('in a dry run says it would turn the sweep on', async () => {
    const w = world();
    expect(await keep(w, DEADLINE, { run: 'wake', dryRun: true })).toEqual({ done: `would turn the sweep (${SWEEP}) on: ${REASON}`, warning: null, calls: [] });
  });

  it('refused warns and says nothing was done', async () => {
    const w = world();
    refuseWorkflows(w);
    const kept = await keep(w, DEADLINE, { run: 'wake' });
    expect(kept).toMatchObject({ done: null, calls: [ENABLE] });
    expect(kept.warning).toMatch(/^Could not turn the sweep workflow incident-sweep.yml on, so deadlines are kept only while the sweep runs/);
  });
});

describe('turning the workflow on or off', () => {
  it('fails on an error another run may not meet (a server error), after the retries', async () => {
    const w = world();
    w.emulator.faults.add({ method: 'PUT', path: /\/disable$/, status: 502, times: 4 });
    await expect(switchWorkflow(w.octokit, w.repo, SWEEP, false)).rejects.toMatchObject({ status: 502 });
    expect(w.calls()).toEqual([DISABLE, DISABLE, DISABLE, DISABLE]);
  });

  it('throws an error that is not GitHub’s answer as it is', async () => {
    const w = world();
    const dropped = new Error('socket hang up');
    w.octokit.hook.before('request', () => {
      throw dropped;
    });
    await expect(switchWorkflow(w.octokit, w.repo, SWEEP, false)).rejects.toBe(dropped);
  });

  it('is idempotent: turning it off twice leaves it off, and on turns it back on', async () => {
    const w = world();
    expect(await switchWorkflow(w.octokit, w.repo, SWEEP, false)).toEqual({ kind: 'done' });
    expect(await switchWorkflow(w.octokit, w.repo, SWEEP, false)).toEqual({ kind: 'done' });
    expect(sweepState(w)).toBe('disabled_manually');
    expect(await switchWorkflow(w.octokit, w.repo, SWEEP, true)).toEqual({ kind: 'done' });
    expect(sweepState(w)).toBe('active');
  });

  it('reads a 403 as forbidden and a 404 as not found, with GitHub’s message', async () => {
    const w = world();
    expect(await switchWorkflow(w.octokit, w.repo, 'nope.yml', true)).toEqual({ kind: 'not-found', message: NOT_FOUND });
    refuseWorkflows(w);
    expect(await switchWorkflow(w.octokit, w.repo, SWEEP, false)).toEqual({ kind: 'forbidden', message: refused('disable') });
  });
});

/** An incident whose bot card saw it as it is, with the card's deadline `due`. */
function carded(w: GitHubWorld, labels: string[], due: string | null): number {
  const issue = w.emulator.seed.issue(FULL_NAME, { title: 'incident', labels });
  w.emulator.seed.comment(FULL_NAME, issue.number, { author: BOT, body: cardBody({ seen: fingerprint({ state: 'open', labels, comments: 1 }), due }) });
  return issue.number;
}

function reader(w: GitHubWorld) {
  return { octokit: w.octokit, repo: w.repo, botLogin: BOT, log: w.logger, playbookRef: { sha: 'c0ffee0000000000000000000000000000000001', path: 'playbooks', serverUrl: 'https://github.com' } };
}

describe('what the wake-up finds', () => {
  it('each incident as its card says, or unread when it changed since; no review on the day the files were reviewed', async () => {
    const w = world();
    const quiet = carded(w, ['incident'], LATER);
    const changed = carded(w, ['incident'], null);
    w.emulator.seed.comment(FULL_NAME, changed, { body: 'still broken', author: 'wendy' });
    expect(await wakeViews(reader(w), set, w.now(), true)).toEqual([
      { kind: 'quiet', incident: quiet, due: LATER },
      { kind: 'unread', incident: changed },
    ]);
  });

  it('the playbook files due for review, only for a set in the repository', async () => {
    const w = world();
    const yearLater = new Date('2027-12-01T00:00:00Z');
    expect(set.reviews.length).toBeGreaterThan(1);
    expect(await wakeViews(reader(w), set, yearLater, true)).toEqual([{ kind: 'review-due', files: set.reviews.length }]);
    expect(await wakeViews(reader(w), set, yearLater, false)).toEqual([]);
  });
});

describe('the sweep’s second read', () => {
  it('gives each incident of the incident label, and each awaiting its post-mortem, its card’s deadline', async () => {
    const w = world();
    const timed = carded(w, ['outage'], LATER);
    carded(w, ['incident'], LATER);
    const pending = w.emulator.seed.issue(FULL_NAME, { title: 'resolved', labels: ['outage', POSTMORTEM_PENDING_LABEL], state: 'closed' }).number;
    const read = pendingNow(w.octokit, w.repo, BOT, { incidentLabel: 'outage' });
    expect(await read()).toEqual([
      { kind: 'quiet', incident: timed, due: LATER },
      { kind: 'quiet', incident: pending, due: null },
    ]);
  });
});
