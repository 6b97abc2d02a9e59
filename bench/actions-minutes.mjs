// Actions runs a day (issue 8, item 2): a day of the sweep's `*/5` cron ticks against the emulator,
// where a tick starts a sweep only while the sweep's workflow is enabled (the emulator's workflow
// state, which the runs switch over HTTP as the Action does), plus the daily wake-up at 06:17 UTC
// (which turns the sweep on only when it has work; no playbook file falls due for review here).
// Each run is billed as at least one minute on a private repository. Runs the built library (dist/)
// in-process on a virtual clock: the same runIncidents and keepSweep calls the Action makes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlaybooks } from '../dist/src/config/load-playbooks.js';
import { writeDemoPlaybooks } from '../dist/src/demo/demo-playbooks.js';
import { BOT_TOKEN, createEmulator } from '../dist/src/emulator/index.js';
import { eventTarget } from '../dist/src/engine/event-target.js';
import { githubAppliers } from '../dist/src/github/appliers/github.js';
import { sourceFor } from '../dist/src/github/incident-source.js';
import { keepSweep, pendingNow, wakeViews } from '../dist/src/github/keep-sweep.js';
import { createOctokit } from '../dist/src/github/octokit.js';
import { runIncidents } from '../dist/src/github/run-incidents.js';
import { createCommentRenderer } from '../dist/src/render/comments.js';

const OWNER = 'acme';
const REPO = 'payments';
const FULL = `${OWNER}/${REPO}`;
const BOT = 'github-actions[bot]';
const SWEEP = 'incident-sweep.yml';
const DAY = '2026-11-02';
/** The wake-up's cron (`17 6 * * *`), as minutes after midnight UTC. */
const WAKE_AT = 6 * 60 + 17;
const FORM = `### Severity\n\nSEV-1\n\n### Scenario\n\nService Outage\n\n### Affected services\n\npayments-api\n\n### Summary\n\nCard payments fail.`;

async function world(set) {
  let now = new Date(`${DAY}T00:00:00Z`);
  const emulator = await createEmulator({ now: () => now });
  emulator.seed.repo(OWNER, REPO, {
    collaborators: { wendy: 'write', mona: 'maintain' },
    labels: [set.incidentLabel],
    files: { [`.github/workflows/${SWEEP}`]: 'name: incident-sweep\non:\n  schedule:\n    - cron: "*/5 * * * *"\n  workflow_dispatch:\n' },
  });
  emulator.seed.token('mona-token', 'mona');
  const log = { info: () => {}, warning: (line) => console.error(`warning: ${line}`) };
  const octokit = createOctokit({ token: BOT_TOKEN, baseUrl: emulator.url, log, pace: false, retryAfterUnitMs: 1 });
  const mona = createOctokit({ token: 'mona-token', baseUrl: emulator.url, log, pace: false, retryAfterUnitMs: 1 });
  const repo = { owner: OWNER, repo: REPO };
  const reader = { octokit, repo, botLogin: BOT, log, playbookRef: { sha: 'c0ffee0000000000000000000000000000000001', path: 'playbooks', serverUrl: 'https://github.com' } };
  const render = createCommentRenderer();
  const reconcile = (name, payload) =>
    runIncidents({ octokit, log, now: () => now, appliers: githubAppliers }, { repo, botLogin: BOT, set, render }, sourceFor(eventTarget(name, payload, BOT), reader, set.incidentLabel, undefined, { set, now: () => now }));
  const keep = (run, views) => keepSweep({ octokit, log }, { repo, workflow: SWEEP, run, ownRun: run === 'sweep', reread: pendingNow(octokit, repo, BOT, set) }, views);
  return {
    emulator,
    at: (minute) => (now = new Date(Date.parse(`${DAY}T00:00:00Z`) + minute * 60_000)),
    /** A cron tick of the sweep: GitHub starts it only while the workflow is enabled. */
    tick: async () => {
      if (emulator.state.repos[FULL].workflows?.[`.github/workflows/${SWEEP}`]?.state === 'disabled_manually') return false;
      await keep('sweep', await reconcile('schedule', {}));
      return true;
    },
    /** The 06:17 wake-up: one bulk read; it turns the sweep on only when it has work. */
    wake: async () => keep('wake', await wakeViews(reader, set, now, true)),
    /** `body` commented by wendy on #`number`, or a new incident when `number` is undefined; then its event's run. */
    event: async (body, number) => {
      if (number === undefined) {
        const issue = emulator.seed.issue(FULL, { title: 'Checkout down', body: FORM, author: 'wendy', labels: [set.incidentLabel], at: now });
        await keep('event', await reconcile('issues', { action: 'opened', issue: { number: issue.number } }));
        return issue.number;
      }
      emulator.seed.comment(FULL, number, { body, author: 'wendy', at: now });
      await keep('event', await reconcile('issue_comment', { action: 'created', issue: { number }, comment: { user: { login: 'wendy' } } }));
      return number;
    },
    /** Mona merges #`number`'s post-mortem pull request; the merge's run (postmortem-merged: it never turns the sweep on). */
    merge: async (number) => {
      const branch = `playbook-ops/postmortem-${number}`;
      const pull = emulator.state.repos[FULL].issues.find((issue) => issue.pull?.head === branch);
      if (pull === undefined) throw new Error(`no post-mortem pull request for #${number}`);
      await mona.rest.pulls.merge({ ...repo, pull_number: pull.number });
      await reconcile('pull_request', { action: 'closed', pull_request: { merged: true, head: { ref: branch, repo: { full_name: FULL } } }, repository: { full_name: FULL } });
    },
  };
}

/**
 * `days` days of ticks every 5 minutes and the 06:17 wake-up, starting from the sweep as an install
 * leaves it (its first tick finds nothing pending and turns it off); `script` maps minutes after the
 * first midnight to people's actions. Returns the sweep's runs on each day.
 */
async function simulate(set, script, days) {
  const w = await world(set);
  w.at(-5);
  await w.tick();
  const sweeps = [];
  let incident;
  for (let minute = 0; minute < days * 24 * 60; minute += 5) {
    for (let at = minute; at < minute + 5; at += 1) {
      const action = script[at];
      if (action !== undefined) {
        w.at(at);
        incident = await action(w, incident);
      }
      if (at % (24 * 60) === WAKE_AT) {
        w.at(at);
        await w.wake();
      }
    }
    w.at(minute + 5);
    const dayIndex = Math.floor(minute / (24 * 60));
    sweeps[dayIndex] = (sweeps[dayIndex] ?? 0) + ((await w.tick()) ? 1 : 0);
  }
  await w.emulator.close();
  return sweeps;
}

/** Days simulated: a month, for the minutes a month (billed per run: at least one minute each on a private repository). */
const MONTH = 30;

export async function benchActionsMinutes() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-minutes-'));
  const set = await loadPlaybooks(await writeDemoPlaybooks(join(dir, 'playbooks')));
  await rm(dir, { recursive: true, force: true });
  const sev1 = {
    [9 * 60]: (w) => w.event('', undefined),
    [9 * 60 + 10]: (w, n) => w.event('/ack', n),
    [9 * 60 + 40]: (w, n) => w.event('/update Rolled back the deploy; error rate falling.', n),
    [11 * 60]: (w, n) => w.event('/resolve Fixed by the rollback.', n),
  };
  const rows = [
    ['nothing pending', {}],
    ['one SEV-1 (open 09:00-11:00 on day 1), post-mortem merged at 15:00', { ...sev1, [15 * 60]: async (w, n) => (await w.merge(n), n) }],
    ['one SEV-1 (open 09:00-11:00 on day 1), post-mortem never merged (overdue after 48 h)', sev1],
  ];
  const lines = ['Actions runs a day before self-disabling: 288 sweeps, whatever is pending; 8,640 billed minutes a month on a private repository'];
  for (const [name, script] of rows) {
    const sweeps = await simulate(set, script, MONTH);
    const runs = sweeps.map((count) => count + 1);
    const busy = runs.map((count, index) => ({ day: index + 1, count })).filter(({ count }) => count > runs[runs.length - 1]);
    const month = runs.reduce((sum, count) => sum + count, 0);
    const days = busy.length === 0 ? '' : `; ${busy.map(({ day, count }) => `day ${day}: ${count}`).join(', ')}`;
    const quiet = sweeps[sweeps.length - 1];
    lines.push(`Actions runs a day, ${name}: ${runs[runs.length - 1]} on a quiet day (${quiet} sweeps + the wake-up; goal 0 sweeps)${days}; ${month} runs, ${month} billed minutes in ${MONTH} days`);
  }
  return lines;
}
