/**
 * A run over the incidents a source names: each observed, reconciled on the playbooks it is pinned
 * to, and its effects applied, ending in one outcome each (reconciled, quiet, skipped, deferred when
 * the budget is spent, failed), and the error that fails the run.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlaybooks } from '../../src/config/load-playbooks.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { writeDemoPlaybooks } from '../../src/demo/demo-playbooks.js';
import { dryRunAppliers } from '../../src/github/appliers/dry-run.js';
import { githubAppliers } from '../../src/github/appliers/github.js';
import { type IncidentSource, issueSource } from '../../src/github/incident-source.js';
import type { PinnedPlaybooks } from '../../src/github/pinned-playbooks.js';
import { type IncidentOutcome, type RunOptions, runFailure, runIncidents } from '../../src/github/run-incidents.js';
import { type CommentRenderer, createCommentRenderer } from '../../src/render/comments.js';
import type { SinkDeps } from '../../src/sinks/send-delivery.js';
import { formBody } from '../lifecycle/form.js';
import { demoSet } from '../lifecycle/harness.js';
import { BOT, FULL_NAME, type GhWorld, REPO, T0, closeWorldsAfterEach, startWorld } from './octokit.world.js';

closeWorldsAfterEach();

const SHA = 'c0ffee0000000000000000000000000000000001';
const OTHER_SHA = 'c0ffee0000000000000000000000000000000002';
const renderer = createCommentRenderer();

let slackSet: Promise<PlaybookSet> | undefined;

/** The demo set whose SEV-1 pages also go to Slack, with the secret SLACK_INCIDENTS. */
function setWithSlack(): Promise<PlaybookSet> {
  slackSet ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'playbook-ops-run-'));
    try {
      const playbooks = await writeDemoPlaybooks(join(dir, 'playbooks'));
      const path = join(playbooks, 'severities.yaml');
      const text = await readFile(path, 'utf8');
      await writeFile(path, text.replace('    response_time: 15m\n', '    response_time: 15m\n    sinks:\n      - { type: slack, secret: SLACK_INCIDENTS, name: "#incidents" }\n'));
      return await loadPlaybooks(playbooks);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })();
  return slackSet;
}

/** Opens issue `number`'s next incident from the form, as `wendy` (write), at the world's clock. */
function declare(world: GhWorld, severity: number, labels = ['incident']): number {
  const body = formBody({ severity, scenario: 'Service Outage', services: 'checkout', summary: 'Card payments fail.', started: '2026-11-27 02:55 UTC' });
  return world.emulator.seed.issue(FULL_NAME, { title: 'Checkout down', author: 'wendy', labels, body }).number;
}

function readerOf(world: GhWorld, sha = SHA) {
  return { octokit: world.octokit, repo: REPO, botLogin: BOT, log: world.log, playbookRef: { sha, path: 'playbooks', serverUrl: 'https://github.com' } };
}

/** Issues `numbers`, each read on its own. */
function issuesSource(world: GhWorld, numbers: number[], sha = SHA): IncidentSource {
  const reader = readerOf(world, sha);
  return { numbers: () => Promise.resolve(numbers), observe: (number) => issueSource(reader, number).observe(number) };
}

interface RunWith {
  set?: PlaybookSet;
  dryRun?: boolean;
  sinks?: SinkDeps;
  options?: Partial<RunOptions>;
}

async function run(world: GhWorld, source: IncidentSource, how: RunWith = {}): Promise<IncidentOutcome[]> {
  const deps = { octokit: world.octokit, log: world.log, now: world.now, appliers: how.dryRun === true ? dryRunAppliers : githubAppliers, ...(how.sinks === undefined ? {} : { sinks: how.sinks }) };
  return runIncidents(deps, { repo: REPO, botLogin: BOT, set: how.set ?? (await demoSet()), render: renderer, ...how.options }, source);
}

const DECLARED_SEV2 = {
  kind: 'reconciled',
  incident: 1,
  severity: 'sev-2',
  status: 'detection',
  effects: ['add labels sev-2, scenario:service-outage', 'comment page:sev-2', 'update the incident card'],
  due: '2026-11-27T03:30:00Z',
};

describe('runIncidents', () => {
  it('reconciles a new incident: its severity, phase, what was done, a line each, and its next deadline', async () => {
    const world = await startWorld();
    declare(world, 2);
    await expect(run(world, issuesSource(world, [1]))).resolves.toEqual([DECLARED_SEV2]);
    expect(world.logged).toEqual({ info: [], warning: [] });
    expect(world.requested()).toEqual([
      'GET /repos/acme/shop/issues/1',
      'GET /repos/acme/shop/issues/1/comments',
      'GET /repos/acme/shop/issues/1/events',
      'GET /repos/acme/shop/collaborators/wendy/permission',
      'POST /repos/acme/shop/issues/1/labels',
      'GET /repos/acme/shop/issues/1/comments',
      'POST /repos/acme/shop/issues/1/comments',
      'GET /repos/acme/shop/issues/1/comments',
      'GET /repos/acme/shop/issues/1/comments',
      'POST /repos/acme/shop/issues/1/comments',
      'GET /repos/acme/shop/issues/1/comments',
    ]);
    // Before posting, the thread is checked only from what the run read up to: the issue's creation here.
    expect(world.emulator.requests[5]?.query.since).toBe(T0);
  });

  it('checks the thread before posting from the newest change among the comments it read', async () => {
    const world = await startWorld();
    declare(world, 2);
    const edited = world.emulator.seed.comment(FULL_NAME, 1, { author: 'rita', body: 'Seeing 503s too.', at: '2026-11-27T03:01:00Z' });
    edited.updatedAt = '2026-11-27T03:04:00Z';
    world.emulator.seed.comment(FULL_NAME, 1, { author: 'ada', body: 'Looking.', at: '2026-11-27T03:02:00Z' });
    world.setClock('2026-11-27T03:05:00Z');
    await run(world, issuesSource(world, [1]));
    const checks = world.emulator.requests.filter((request) => request.method === 'GET' && request.query.since !== undefined);
    expect(checks[0]?.query.since).toBe('2026-11-27T03:04:00Z');
  });

  it('reports an incident declared without a severity as having none, and asks for one', async () => {
    const world = await startWorld();
    world.emulator.seed.issue(FULL_NAME, { title: 'Checkout down', author: 'wendy', labels: ['incident'], body: formBody({ summary: 'Card payments fail.' }) });
    await expect(run(world, issuesSource(world, [1]), { dryRun: true })).resolves.toEqual([
      { kind: 'reconciled', incident: 1, severity: null, status: 'detection', effects: ['would comment severity-request', 'would update the incident card'], due: null },
    ]);
  });

  it('says what it would do in a dry run, and writes nothing', async () => {
    const world = await startWorld();
    declare(world, 2);
    const [outcome] = await run(world, issuesSource(world, [1]), { dryRun: true });
    expect(outcome).toEqual({ ...DECLARED_SEV2, effects: ['would add labels sev-2, scenario:service-outage', 'would comment page:sev-2', 'would update the incident card'] });
    expect(world.emulator.requests.filter((request) => request.method !== 'GET')).toEqual([]);
  });

  it('reports a resolved incident as resolved, with its post-mortem due 48 hours later', async () => {
    const world = await startWorld();
    declare(world, 2);
    await run(world, issuesSource(world, [1]));
    world.emulator.seed.comment(FULL_NAME, 1, { author: 'wendy', body: '/resolve Rolled back.', at: '2026-11-27T03:10:00Z' });
    world.setClock('2026-11-27T03:11:00Z');
    const [outcome] = await run(world, issuesSource(world, [1]));
    expect(outcome).toMatchObject({ kind: 'reconciled', incident: 1, severity: 'sev-2', status: 'resolved', due: '2026-11-29T03:10:00Z' });
  });

  it('looks up only the permissions the source did not already know', async () => {
    const world = await startWorld();
    declare(world, 2);
    const reader = readerOf(world);
    const source: IncidentSource = {
      numbers: () => Promise.resolve([1]),
      observe: async (number) => ({ ...(await issueSource(reader, number).observe(number)), permissions: { wendy: 'write' } }),
    };
    await expect(run(world, source)).resolves.toEqual([DECLARED_SEV2]);
    expect(world.requested().filter((request) => request.includes('/permission'))).toEqual([]);
  });

  it('goes through every incident, saying which it is on, skips an issue that is not an incident, and loads the renderer once', async () => {
    const world = await startWorld();
    declare(world, 2);
    world.emulator.seed.issue(FULL_NAME, { title: 'Typo in README', author: 'rita' });
    declare(world, 3);
    let loads = 0;
    const render = (): Promise<CommentRenderer> => {
      loads += 1;
      return Promise.resolve(renderer);
    };
    const outcomes = await run(world, issuesSource(world, [1, 2, 3]), { options: { render } });
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['reconciled', 'skipped', 'reconciled']);
    expect(outcomes[1]).toEqual({ kind: 'skipped', incident: 2, reason: 'not an incident (no "incident" label)' });
    expect(loads).toBe(1);
    expect(world.logged).toEqual({
      info: ['Incident 1 of 3: #1', 'Incident 2 of 3: #2', '#2 is not an incident (no "incident" label); nothing to do.', 'Incident 3 of 3: #3'],
      warning: [],
    });
  });

  it('loads no renderer when nothing is to be written', async () => {
    const world = await startWorld();
    declare(world, 2);
    await run(world, issuesSource(world, [1]));
    world.setClock('2026-11-27T03:05:00Z');
    let loads = 0;
    const render = (): Promise<CommentRenderer> => {
      loads += 1;
      return Promise.resolve(renderer);
    };
    await expect(run(world, issuesSource(world, [1]), { options: { render } })).resolves.toEqual([{ ...DECLARED_SEV2, effects: [] }]);
    expect(loads).toBe(0);
  });

  it('leaves the incidents a sweep read in bulk and found quiet unread', async () => {
    const world = await startWorld();
    declare(world, 2);
    const quiet = { incident: 1, severity: 'sev-2', status: 'detection', due: '2026-11-27T03:30:00Z' };
    const observed: number[] = [];
    const source: IncidentSource = {
      numbers: () => Promise.resolve([1]),
      quiet: (number) => (number === 1 ? quiet : null),
      observe: (number) => {
        observed.push(number);
        return Promise.reject(new Error('not expected'));
      },
    };
    await expect(run(world, source)).resolves.toEqual([{ kind: 'quiet', ...quiet }]);
    expect(observed).toEqual([]);
    expect(world.emulator.requests).toEqual([]);
  });

  it('has a sweep refresh the card\'s record of what it read, so the next sweep can leave the incident unread', async () => {
    const world = await startWorld();
    declare(world, 2);
    await run(world, issuesSource(world, [1]));
    world.emulator.seed.comment(FULL_NAME, 1, { author: 'rita', body: 'Seeing 503s too.', at: '2026-11-27T03:04:00Z' });
    world.setClock('2026-11-27T03:05:00Z');
    const each = await run(world, issuesSource(world, [1]), { dryRun: true });
    expect(each).toEqual([{ ...DECLARED_SEV2, effects: [] }]);
    const sweep = await run(world, { ...issuesSource(world, [1]), quiet: () => null }, { dryRun: true });
    expect(sweep).toEqual([{ ...DECLARED_SEV2, effects: ['would update the incident card'] }]);
  });

  it('defers the rest once the budget is spent: the effects not started, and the incidents not read', async () => {
    const world = await startWorld();
    declare(world, 2);
    declare(world, 2);
    // Reading an incident takes four requests; the fifth adds its labels.
    const outcomes = await run(world, issuesSource(world, [1, 2]), { options: { maxRequests: 5 } });
    const reason = 'this run spent its budget of 5 API requests; the next run carries on';
    expect(outcomes).toEqual([
      { kind: 'deferred', incident: 1, done: ['add labels sev-2, scenario:service-outage'], reason },
      { kind: 'deferred', incident: 2, done: [], reason },
    ]);
    expect(world.logged.warning).toEqual([`#1: ${reason}.`]);
    expect(world.requested().filter((request) => request.includes('/issues/2'))).toEqual([]);
  });

  it('defers nothing when the budget lasts to the last effect', async () => {
    const world = await startWorld();
    declare(world, 2);
    await expect(run(world, issuesSource(world, [1]), { options: { maxRequests: 11 } })).resolves.toEqual([DECLARED_SEV2]);
  });

  it('records a failing incident as failed, says so, and goes on with the next', async () => {
    const world = await startWorld();
    declare(world, 2);
    declare(world, 2);
    const reader = readerOf(world);
    const source: IncidentSource = {
      numbers: () => Promise.resolve([1, 2, 3]),
      observe: (number) => {
        if (number === 1) return Promise.reject(new Error('Server Error'));
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a dependency may throw anything
        if (number === 3) return Promise.reject('socket closed');
        return issueSource(reader, number).observe(number);
      },
    };
    const outcomes = await run(world, source);
    expect(outcomes).toEqual([
      { kind: 'failed', incident: 1, error: new Error('Server Error') },
      { ...DECLARED_SEV2, incident: 2 },
      { kind: 'failed', incident: 3, error: new Error('socket closed') },
    ]);
    expect(world.logged.warning).toEqual(['#1: Server Error', '#3: socket closed']);
  });

  it('sends deliveries to sinks with the run\'s sender, and fails them as having none without it', async () => {
    const world = await startWorld();
    declare(world, 1);
    declare(world, 1);
    const set = await setWithSlack();
    const sinks: SinkDeps = { secret: () => undefined, fetch: () => Promise.reject(new Error('not expected')), sleep: () => Promise.resolve(), now: world.now };
    const [withSender] = await run(world, issuesSource(world, [1]), { set, sinks });
    const [without] = await run(world, issuesSource(world, [2]), { set });
    const effectsOf = (outcome: IncidentOutcome | undefined): string[] => (outcome?.kind === 'reconciled' ? outcome.effects : []);
    expect(effectsOf(withSender)).toContain('deliver page sev-1 to #incidents: failed (no-secret)');
    expect(effectsOf(without)).toContain('deliver page sev-1 to #incidents: failed (no-sender)');
  });
});

describe('runIncidents on pinned playbooks', () => {
  /** A world whose incident #1 was declared under {@link SHA}, and a run now at {@link OTHER_SHA}. */
  async function pinnedWorld(): Promise<GhWorld> {
    const world = await startWorld();
    declare(world, 2);
    await run(world, issuesSource(world, [1]));
    world.setClock('2026-11-27T03:05:00Z');
    return world;
  }

  it('runs an incident on the playbooks of the commit it was declared under', async () => {
    const world = await pinnedWorld();
    const asked: string[] = [];
    const pinned = { ...(await demoSet()), incidentLabel: 'outage' };
    const playbooksAt = (sha: string): Promise<PinnedPlaybooks> => {
      asked.push(sha);
      return Promise.resolve({ set: pinned });
    };
    const outcomes = await run(world, issuesSource(world, [1], OTHER_SHA), { options: { playbooksAt } });
    expect(asked).toEqual([SHA]);
    expect(outcomes).toEqual([{ kind: 'skipped', incident: 1, reason: 'not an incident (no "outage" label)' }]);
    expect(world.logged.warning).toEqual([]);
  });

  it('runs on its own playbooks, saying why, when the pinned ones cannot be had', async () => {
    const world = await pinnedWorld();
    const playbooksAt = (): Promise<PinnedPlaybooks> => Promise.resolve({ fallback: `commit ${SHA} is not in this repository` });
    const outcomes = await run(world, issuesSource(world, [1], OTHER_SHA), { options: { playbooksAt }, dryRun: true });
    expect(outcomes).toEqual([{ ...DECLARED_SEV2, effects: ['would update the incident card'] }]);
    expect(world.logged.warning).toEqual([`#1: commit ${SHA} is not in this repository; using the playbooks of this run instead.`]);
  });

  it('reads no other playbooks for an incident pinned to this run\'s commit, or without a way to read them', async () => {
    const world = await pinnedWorld();
    const asked: string[] = [];
    const playbooksAt = (sha: string): Promise<PinnedPlaybooks> => {
      asked.push(sha);
      return Promise.resolve({ fallback: 'not expected' });
    };
    await expect(run(world, issuesSource(world, [1]), { options: { playbooksAt } })).resolves.toEqual([{ ...DECLARED_SEV2, effects: [] }]);
    await expect(run(world, issuesSource(world, [1], OTHER_SHA))).resolves.toEqual([{ ...DECLARED_SEV2, effects: [] }]);
    expect(asked).toEqual([]);
  });
});

describe('runFailure', () => {
  const reconciled: IncidentOutcome = { kind: 'reconciled', incident: 1, severity: 'sev-2', status: 'detection', effects: [], due: null };

  it('is null when no incident failed', () => {
    expect(runFailure([])).toBeNull();
    expect(runFailure([reconciled, { kind: 'skipped', incident: 2, reason: 'not an incident' }])).toBeNull();
  });

  it('is the incident\'s own error when the run had one incident', () => {
    const error = new Error('Server Error');
    expect(runFailure([{ kind: 'failed', incident: 4, error }])).toBe(error);
  });

  it('names every incident that failed when the run had several, keeping the first cause', () => {
    const first = new Error('Server Error');
    const failure = runFailure([{ kind: 'failed', incident: 4, error: first }, reconciled, { kind: 'failed', incident: 6, error: new Error('Not Found') }]);
    expect(failure?.message).toBe('2 of 3 incidents could not be reconciled (the next run tries again): #4: Server Error; #6: Not Found');
    expect(failure?.cause).toBe(first);
  });
});

