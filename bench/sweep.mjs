// The sweep's cost in API requests (issue 8): one sweep over N open incidents with nothing due and
// with everything due, against the goal of ceil(N/100) reads when nothing is due; and the requests
// an hour of the shipped workflows for 500 open incidents and 50 events an hour. Counts requests
// against the emulator over HTTP with the built library (dist/), on a virtual clock.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlaybooks } from '../dist/src/config/load-playbooks.js';
import { writeDemoPlaybooks } from '../dist/src/demo/demo-playbooks.js';
import { BOT_TOKEN, createEmulator } from '../dist/src/emulator/index.js';
import { eventTarget } from '../dist/src/engine/event-target.js';
import { githubAppliers } from '../dist/src/github/appliers/github.js';
import { sourceFor } from '../dist/src/github/incident-source.js';
import { keepSweep, pendingNow } from '../dist/src/github/keep-sweep.js';
import { createOctokit } from '../dist/src/github/octokit.js';
import { runIncidents } from '../dist/src/github/run-incidents.js';
import { createCommentRenderer } from '../dist/src/render/comments.js';

const OWNER = 'acme';
const REPO = 'payments';
const BOT = 'github-actions[bot]';
const FORM = (severity) => `### Severity\n\nSEV-${severity}\n\n### Scenario\n\nService Outage\n\n### Affected services\n\npayments-api\n\n### Summary\n\nCard payments fail.`;

async function world(set) {
  let now = new Date('2026-11-27T03:00:00Z');
  const emulator = await createEmulator({ now: () => now });
  emulator.seed.repo(OWNER, REPO, { collaborators: { wendy: 'write' }, labels: [set.incidentLabel], files: { '.github/workflows/incident-sweep.yml': 'name: incident-sweep\n' } });
  const log = { info: () => {}, warning: () => {} };
  const octokit = createOctokit({ token: BOT_TOKEN, baseUrl: emulator.url, log, pace: false, retryAfterUnitMs: 1 });
  const repo = { owner: OWNER, repo: REPO };
  const reader = { octokit, repo, botLogin: BOT, log, playbookRef: { sha: 'c0ffee0000000000000000000000000000000001', path: 'playbooks', serverUrl: 'https://github.com' } };
  const render = createCommentRenderer();
  const run = async (name, payload) => {
    const from = emulator.requests.length;
    const target = eventTarget(name, payload, BOT);
    const outcomes = await runIncidents({ octokit, log, now: () => now, appliers: githubAppliers }, { repo, botLogin: BOT, set, render }, sourceFor(target, reader, set.incidentLabel, undefined, { set, now: () => now }));
    // What the Action does next: keep the sweep on (an event's run with a deadline sends one enable) or turn it off.
    const run = target.type === 'open-incidents' ? 'sweep' : 'event';
    await keepSweep({ octokit, log }, { repo, workflow: 'incident-sweep.yml', run, ownRun: run === 'sweep', reread: pendingNow(octokit, repo, BOT, set) }, outcomes);
    const requests = emulator.requests.slice(from);
    return { reads: requests.filter((r) => r.method === 'GET' || r.path === '/graphql').length, writes: requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').length };
  };
  return { emulator, run, advance: (minutes) => (now = new Date(now.getTime() + minutes * 60_000)), now: () => now };
}

/** N open SEV-`severity` incidents: the first declared by a run, the rest seeded as that run left it. */
async function incidents(w, n, severity) {
  const first = w.emulator.seed.issue(`${OWNER}/${REPO}`, { title: 'Checkout down', body: FORM(severity), author: 'wendy', labels: ['incident'], at: w.now() });
  await w.run('issues', { action: 'opened', issue: { number: first.number } });
  const comments = w.emulator.state.repos[`${OWNER}/${REPO}`].comments.filter((c) => c.issueNumber === first.number);
  const labels = [...first.labels];
  for (let i = 1; i < n; i += 1) {
    const issue = w.emulator.seed.issue(`${OWNER}/${REPO}`, { title: 'Checkout down', body: FORM(severity), author: 'wendy', labels, at: w.now() });
    for (const c of comments) w.emulator.seed.comment(`${OWNER}/${REPO}`, issue.number, { body: c.body, author: c.author, at: w.now() });
  }
}

export async function benchSweep() {
  const dir = await mkdtemp(join(tmpdir(), 'bench-sweep-'));
  const set = await loadPlaybooks(await writeDemoPlaybooks(join(dir, 'playbooks')));
  await rm(dir, { recursive: true, force: true });
  const lines = [];
  for (const n of [10, 100, 500]) {
    const w = await world(set);
    await incidents(w, n, 3);
    w.advance(5);
    const quiet = await w.run('schedule', {});
    w.advance(6 * 60);
    const due = await w.run('schedule', {});
    await w.emulator.close();
    lines.push(`sweep, ${n} open incidents, nothing due: ${quiet.reads} reads, ${quiet.writes} writes (goal: ${Math.ceil(n / 100)} reads, 0 writes)`);
    lines.push(`sweep, ${n} open incidents, everything due (6 h late): ${due.reads} reads, ${due.writes} writes (${(due.reads - Math.ceil(n / 100)) / n} reads and ${due.writes / n} writes per incident due)`);
  }
  // An hour of the shipped workflows: the sweep every 5 minutes over 500 open SEV-3 incidents with
  // nothing due, and 50 events (a comment each on a different incident; half of them /ack).
  const w = await world(set);
  await incidents(w, 500, 3);
  let reads = 0;
  let writes = 0;
  for (let tick = 0; tick < 12; tick += 1) {
    for (let e = 0; e < 50 / 12; e += 1) {
      const number = 1 + ((tick * 5 + e) % 500);
      const body = e % 2 === 0 ? '/ack' : 'Looking at the dashboards.';
      w.emulator.seed.comment(`${OWNER}/${REPO}`, number, { body, author: 'wendy', at: w.now() });
      const r = await w.run('issue_comment', { action: 'created', issue: { number }, comment: { user: { login: 'wendy' } } });
      reads += r.reads;
      writes += r.writes;
    }
    w.advance(5);
    const s = await w.run('schedule', {});
    reads += s.reads;
    writes += s.writes;
  }
  await w.emulator.close();
  lines.push(`an hour of the shipped workflows, 500 open incidents, 12 sweeps and ${12 * Math.ceil(50 / 12)} events: ${reads + writes} requests (${reads} reads, ${writes} writes; goal under 1,000)`);
  return lines;
}
