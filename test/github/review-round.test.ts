/**
 * The quarterly review round as the shell carries it out: nothing read while no file is due; a round
 * opened on its branch with last_reviewed bumped and the owners asked; files joining the open round;
 * the owners reminded once when it is overdue; a dry run that only says what it would do.
 */
import { describe, expect, it } from 'vitest';
import type { PlaybookSet, Review } from '../../src/config/model.js';
import { githubAppliers } from '../../src/github/appliers/github.js';
import { issueSource } from '../../src/github/incident-source.js';
import { type ReviewOptions, runReviewRound } from '../../src/github/review-round.js';
import { runIncidents } from '../../src/github/run-incidents.js';
import { createCommentRenderer } from '../../src/render/comments.js';
import { formBody } from '../lifecycle/form.js';
import { demoSet } from '../lifecycle/harness.js';
import { BOT, FULL_NAME, type GhWorld, REPO, closeWorldsAfterEach, seedPull, startWorld } from './octokit.world.js';

closeWorldsAfterEach();

const renderer = createCommentRenderer();
const NOW = '2026-12-01T06:00:00Z';
const BRANCH = 'playbook-ops/review-2026-11-15';

/** roles.yaml (due 2026-11-15, a person and a team own it), severities.yaml (due 2026-12-01), settings.yaml (due in March). */
const REVIEWS: Review[] = [
  { file: 'roles.yaml', owners: ['@mona', '@acme/leads'], lastReviewed: '2026-08-15', cadenceMinutes: 92 * 1440, nextDue: '2026-11-15' },
  { file: 'severities.yaml', owners: ['@mona'], lastReviewed: '2026-09-01', cadenceMinutes: 91 * 1440, nextDue: '2026-12-01' },
  { file: 'settings.yaml', owners: ['@ada'], lastReviewed: '2026-12-01', cadenceMinutes: 90 * 1440, nextDue: '2027-03-01' },
];

function yaml(lastReviewed: string): string {
  return `kind: playbook\nreview:\n  owners: ["@mona"]\n  last_reviewed: "${lastReviewed}" # quarterly\n`;
}

const FILES = {
  'playbooks/roles.yaml': yaml('2026-08-15'),
  'playbooks/severities.yaml': yaml('2026-09-01'),
  'playbooks/settings.yaml': yaml('2026-12-01'),
};

async function reviewSet(reviews: Review[] = REVIEWS): Promise<PlaybookSet> {
  return { ...(await demoSet()), reviews };
}

async function reviewWorld(files: Record<string, string> = FILES): Promise<GhWorld> {
  return startWorld({ at: NOW, repo: { files } });
}

async function review(world: GhWorld, options: Partial<ReviewOptions> = {}) {
  return runReviewRound({ octokit: world.octokit, log: world.log, now: world.now }, { repo: REPO, botLogin: BOT, set: await reviewSet(), playbooksPath: 'playbooks', render: renderer, ...options });
}

/** The text of `path` on `branch`, read as people read it (after the run, so its requests are not the run's). */
async function fileOn(world: GhWorld, branch: string, path: string): Promise<string | undefined> {
  try {
    const { data } = await world.octokit.rest.repos.getContent({ ...REPO, path, ref: branch });
    return Array.isArray(data) || data.type !== 'file' ? undefined : Buffer.from(data.content, 'base64').toString('utf8');
  } catch {
    return undefined;
  }
}

function writes(world: GhWorld): string[] {
  return world.emulator.requests.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path}`);
}

function pulls(world: GhWorld) {
  return (world.emulator.state.repos[FULL_NAME]?.issues ?? []).filter((issue) => issue.pull !== null);
}

describe('runReviewRound', () => {
  it('reads nothing while no file is due', async () => {
    const world = await startWorld({ at: '2026-11-14T06:00:00Z', repo: { files: FILES } });
    await expect(review(world)).resolves.toEqual({ step: 'nothing', done: 'no playbook file is due for review', pull: null });
    expect(world.emulator.requests).toEqual([]);
  });

  it('opens a round for the files due: last_reviewed bumped on its branch, the owners and teams asked to review', async () => {
    const world = await reviewWorld();
    const outcome = await review(world);
    const [pull, ...others] = pulls(world);
    expect(others).toEqual([]);
    const number = pull?.number ?? 0;
    expect(outcome).toEqual({ step: 'round', done: `opened review round #${number}: roles.yaml, severities.yaml; review requested from mona`, pull: number });
    expect(pull?.pull).toMatchObject({ head: BRANCH, base: 'main', requestedReviewers: ['mona'] });
    expect(pull?.title).toBe('Playbook review: 2 files due (round 2026-11-15)');
    expect(pull?.body?.split('\n')[0]).toBe('<!-- playbook-ops:review-round files=roles.yaml,severities.yaml -->');
    expect(await fileOn(world, BRANCH, 'playbooks/roles.yaml')).toBe(yaml('2026-12-01'));
    expect(await fileOn(world, BRANCH, 'playbooks/severities.yaml')).toBe(yaml('2026-12-01'));
    expect(await fileOn(world, 'main', 'playbooks/roles.yaml')).toBe(yaml('2026-08-15'));
    expect(writes(world)).toEqual([
      'POST /repos/acme/shop/git/trees',
      'POST /repos/acme/shop/git/commits',
      'POST /repos/acme/shop/git/refs',
      'POST /repos/acme/shop/pulls',
      `POST /repos/acme/shop/pulls/${number}/requested_reviewers`,
      `POST /repos/acme/shop/pulls/${number}/requested_reviewers`,
    ]);
    const [users, teams] = world.emulator.requests.filter((request) => request.path.endsWith('/requested_reviewers'));
    expect(users?.requestBody).toEqual({ reviewers: ['mona'] });
    expect(teams?.requestBody).toEqual({ team_reviewers: ['leads'] });
    const commit = world.emulator.requests.find((request) => request.path === '/repos/acme/shop/git/commits');
    expect(commit?.requestBody).toMatchObject({ message: 'Playbook review: last_reviewed 2026-12-01 for playbooks/roles.yaml, playbooks/severities.yaml' });
    expect(world.logged.warning).toEqual([]);
  });

  it('finds the playbooks at the root or under a path written with ./ and a trailing slash', async () => {
    const root = await reviewWorld({ 'roles.yaml': yaml('2026-08-15'), 'severities.yaml': yaml('2026-09-01') });
    await review(root, { playbooksPath: '.' });
    expect(await fileOn(root, BRANCH, 'roles.yaml')).toBe(yaml('2026-12-01'));
    const empty = await reviewWorld({ 'roles.yaml': yaml('2026-08-15'), 'severities.yaml': yaml('2026-09-01') });
    await review(empty, { playbooksPath: '' });
    expect(await fileOn(empty, BRANCH, 'severities.yaml')).toBe(yaml('2026-12-01'));
    const dotted = await reviewWorld({ 'ops/playbooks/roles.yaml': yaml('2026-08-15'), 'ops/playbooks/severities.yaml': yaml('2026-09-01') });
    await review(dotted, { playbooksPath: './ops/playbooks/' });
    expect(await fileOn(dotted, BRANCH, 'ops/playbooks/roles.yaml')).toBe(yaml('2026-12-01'));
    expect(await fileOn(dotted, BRANCH, 'ops/playbooks/severities.yaml')).toBe(yaml('2026-12-01'));
  });

  it('leaves out, with a warning, a file missing from the default branch and one without a last_reviewed line, and opens no round with nothing to bump', async () => {
    const world = await reviewWorld({ 'playbooks/severities.yaml': 'kind: playbook\n' });
    const outcome = await review(world);
    expect(world.logged.warning).toEqual([
      'Review round: playbooks/roles.yaml is not on main; left out.',
      'Review round: playbooks/severities.yaml has no last_reviewed line to bump; review it by hand.',
    ]);
    expect(outcome).toEqual({ step: 'nothing', done: 'no file due could be bumped (see the warnings above); no review round opened', pull: null });
    expect(writes(world)).toEqual([]);
  });

  it('keeps what is on the round\'s branch when run again: a file already bumped is left alone', async () => {
    const world = await reviewWorld();
    world.emulator.seed.commit(FULL_NAME, BRANCH, { 'playbooks/roles.yaml': yaml('2026-12-01') });
    const outcome = await review(world);
    expect(outcome.step).toBe('round');
    expect(await fileOn(world, BRANCH, 'playbooks/severities.yaml')).toBe(yaml('2026-12-01'));
    const tree = world.emulator.requests.find((request) => request.path === '/repos/acme/shop/git/trees');
    expect((tree?.requestBody as { tree: { path: string }[] }).tree.map((entry) => entry.path)).toEqual(['playbooks/severities.yaml']);
    expect(writes(world)).not.toContain('POST /repos/acme/shop/git/refs');
  });

  it('opens the pull request of a branch whose files were all bumped already, committing nothing', async () => {
    const world = await reviewWorld();
    world.emulator.seed.commit(FULL_NAME, BRANCH, { 'playbooks/roles.yaml': yaml('2026-12-01'), 'playbooks/severities.yaml': yaml('2026-12-01') });
    const outcome = await review(world);
    expect(outcome).toMatchObject({ step: 'round', done: `opened review round #${String(outcome.pull)}: roles.yaml, severities.yaml; review requested from mona` });
    expect(writes(world).filter((write) => write.includes('/git/'))).toEqual([]);
  });

  it('reads the files from the default branch only while the round has no branch', async () => {
    const world = await reviewWorld();
    await review(world);
    const reads = world.emulator.requests.filter((request) => request.path.startsWith('/repos/acme/shop/contents/'));
    expect(reads.map((request) => request.query.ref)).toEqual(['main', 'main']);
  });

  it('names every reviewer and team it asked', async () => {
    const world = await reviewWorld();
    const set = await reviewSet(REVIEWS.map((entry) => ({ ...entry, owners: ['@mona', '@ada', '@acme/leads', '@acme/sre'] })));
    world.emulator.faults.add({ method: 'POST', path: /requested_reviewers$/u, status: 422, skip: 1 });
    const outcome = await review(world, { set });
    expect(outcome.done).toBe(`opened review round #${String(outcome.pull)}: roles.yaml, severities.yaml; review requested from mona, ada`);
    expect(world.logged.warning).toEqual([`Review round: GitHub would not ask the teams leads, sre to review #${String(outcome.pull)}.`]);
  });

  it('opens no second pull request on a branch that already had one', async () => {
    const world = await reviewWorld();
    const closed = seedPull(world.emulator, { head: BRANCH, title: 'Playbook review', at: '2026-11-15T06:00:00Z' });
    world.emulator.seed.close(FULL_NAME, closed.number);
    await expect(review(world)).resolves.toEqual({
      step: 'nothing',
      done: `the review round ${BRANCH} already had its pull request; bump last_reviewed by hand or reopen it`,
      pull: null,
    });
    expect(writes(world)).toEqual([]);
  });

  it('says how to let GitHub Actions open the pull request when the repository forbids it', async () => {
    const world = await reviewWorld();
    const repo = world.emulator.state.repos[FULL_NAME];
    if (repo !== undefined) repo.actionsMayCreatePulls = false;
    const outcome = await review(world);
    const done = `pushed ${BRANCH}, but GitHub Actions may not open pull requests here (GitHub Actions is not permitted to create or approve pull requests. - https://docs.github.com/rest/pulls/pulls#create-a-pull-request); open it by hand, or turn on Settings → Actions → General → Workflow permissions → Allow GitHub Actions to create and approve pull requests`;
    expect(outcome).toEqual({ step: 'round', done, pull: null });
    expect(world.logged.warning).toEqual([`Review round: ${done}.`]);
  });

  it('goes on with a warning when GitHub will not ask the teams, and fails on any other error', async () => {
    const world = await reviewWorld();
    world.emulator.faults.add({ method: 'POST', path: /requested_reviewers$/u, status: 422, skip: 1 });
    const outcome = await review(world);
    expect(outcome.step).toBe('round');
    expect(world.logged.warning).toEqual([`Review round: GitHub would not ask the teams leads to review #${String(outcome.pull)}.`]);

    const failing = await reviewWorld();
    failing.emulator.faults.add({ method: 'POST', path: /requested_reviewers$/u, status: 403, skip: 1 });
    await expect(review(failing)).rejects.toMatchObject({ status: 403 });
  });

  it('asks no team when no team owns a file due', async () => {
    const world = await reviewWorld();
    const set = await reviewSet(REVIEWS.map((entry) => ({ ...entry, owners: ['@mona'] })));
    const outcome = await review(world, { set });
    expect(outcome.done).toMatch(/; review requested from mona$/u);
    expect(world.emulator.requests.filter((request) => request.path.endsWith('/requested_reviewers'))).toHaveLength(1);
  });

  it('asks nobody when the owners are not accounts, and says nothing of reviewers', async () => {
    const world = await reviewWorld();
    const set = await reviewSet(REVIEWS.map((entry) => ({ ...entry, owners: ['Payments team'] })));
    const outcome = await review(world, { set });
    expect(outcome.done).toBe(`opened review round #${String(outcome.pull)}: roles.yaml, severities.yaml`);
  });

  it('adds a file that fell due to the open round, updating its pull request', async () => {
    const world = await reviewWorld();
    // Older pull requests that are not the bot's rounds: a branch of the bot's that is not a round, and someone else's round.
    seedPull(world.emulator, { head: 'fix-typo', title: 'Fix a typo', body: '<!-- playbook-ops:review-round files=severities.yaml -->\n' });
    seedPull(world.emulator, { head: 'playbook-ops/review-2026-11-14', title: 'Someone else\'s round', author: 'ada', body: '<!-- playbook-ops:review-round files=severities.yaml -->\n' });
    const round = seedPull(world.emulator, { head: BRANCH, title: 'Playbook review', body: '<!-- playbook-ops:review-round files=roles.yaml -->\n', at: '2026-11-15T06:00:00Z', files: { 'playbooks/roles.yaml': yaml('2026-11-15') } });
    const outcome = await review(world);
    expect(outcome).toEqual({ step: 'round', done: `added to review round #${round.number}: severities.yaml; review requested from mona`, pull: round.number });
    expect(round.title).toBe('Playbook review: 2 files due (round 2026-11-15)');
    expect(round.body?.split('\n')[0]).toBe('<!-- playbook-ops:review-round files=roles.yaml,severities.yaml -->');
    expect(await fileOn(world, BRANCH, 'playbooks/severities.yaml')).toBe(yaml('2026-12-01'));
    expect(await fileOn(world, BRANCH, 'playbooks/roles.yaml')).toBe(yaml('2026-11-15'));
    expect(pulls(world)).toHaveLength(3);
    const update = world.emulator.requests.find((request) => request.method === 'PATCH' && request.path.includes('/pulls/'));
    expect(update?.path).toBe(`/repos/acme/shop/pulls/${round.number}`);
  });

  it('takes a round whose description lost its record line as holding no file, so every file due joins it', async () => {
    const world = await reviewWorld();
    const round = seedPull(world.emulator, { head: BRANCH, title: 'Playbook review', at: '2026-11-15T06:00:00Z' });
    await expect(review(world)).resolves.toMatchObject({ step: 'round', done: `added to review round #${round.number}: roles.yaml, severities.yaml; review requested from mona` });
  });

  it('takes the oldest of the bot\'s open rounds', async () => {
    const world = await reviewWorld();
    const older = seedPull(world.emulator, { head: BRANCH, title: 'Playbook review', body: '<!-- playbook-ops:review-round files=roles.yaml,severities.yaml -->\n', at: '2026-11-20T06:00:00Z' });
    seedPull(world.emulator, { head: 'playbook-ops/review-2026-11-21', title: 'Playbook review', body: '<!-- playbook-ops:review-round files=roles.yaml,severities.yaml -->\n', at: '2026-11-21T06:00:00Z' });
    await expect(review(world)).resolves.toEqual({ step: 'nothing', done: `the review round #${older.number} is open until 2026-12-04`, pull: older.number });
  });

  it('reminds the owners once when the open round is past its window', async () => {
    const world = await reviewWorld();
    const round = seedPull(world.emulator, { head: BRANCH, title: 'Playbook review', body: '<!-- playbook-ops:review-round files=roles.yaml,severities.yaml -->\n', at: '2026-11-15T06:00:00Z' });
    world.emulator.seed.comment(FULL_NAME, round.number, { author: 'ada', body: '<!-- playbook-ops:review-reminder -->\nnot the bot' });
    world.emulator.seed.comment(FULL_NAME, round.number, { author: BOT, body: 'A plain note.\n<!-- playbook-ops:review-reminder -->' });
    const outcome = await review(world);
    expect(outcome).toEqual({ step: 'remind', done: `reminded the owners on review round #${round.number}`, pull: round.number });
    const reminders = world.emulator.state.repos[FULL_NAME]?.comments.filter((comment) => comment.author === BOT && comment.body.startsWith('<!-- playbook-ops:review-reminder'));
    expect(reminders).toHaveLength(1);
    expect(reminders?.[0]?.body).toContain('@mona');
    expect(reminders?.[0]?.body).toContain('2026-11-29');
    // Before posting, the thread is checked from the round's opening on.
    const checks = world.emulator.requests.filter((request) => request.method === 'GET' && request.query.since !== undefined);
    expect(checks.map((request) => request.query.since)).toContain('2026-11-15T06:00:00Z');

    world.setClock('2026-12-02T06:00:00Z');
    await expect(review(world)).resolves.toEqual({ step: 'nothing', done: `the review round #${round.number} is open and its owners were reminded`, pull: round.number });
  });

  it('does not look for a reminder before the round is past its window', async () => {
    const world = await reviewWorld();
    const round = seedPull(world.emulator, { head: BRANCH, title: 'Playbook review', body: '<!-- playbook-ops:review-round files=roles.yaml,severities.yaml -->\n', at: '2026-11-28T06:00:00Z' });
    await expect(review(world)).resolves.toEqual({ step: 'nothing', done: `the review round #${round.number} is open until 2026-12-12`, pull: round.number });
    expect(world.requested()).toEqual(['GET /repos/acme/shop/pulls']);
  });

  it('in a dry run says what it would do and changes nothing', async () => {
    const fresh = await reviewWorld();
    await expect(review(fresh, { dryRun: true })).resolves.toEqual({ step: 'round', done: 'would open a review round: roles.yaml, severities.yaml', pull: null });
    expect(writes(fresh)).toEqual([]);

    const joining = await reviewWorld();
    const round = seedPull(joining.emulator, { head: BRANCH, title: 'Playbook review', body: '<!-- playbook-ops:review-round files=roles.yaml -->\n', at: '2026-11-15T06:00:00Z' });
    await expect(review(joining, { dryRun: true })).resolves.toEqual({ step: 'round', done: `would add to review round #${round.number}: severities.yaml`, pull: round.number });

    const overdue = await reviewWorld();
    const late = seedPull(overdue.emulator, { head: BRANCH, title: 'Playbook review', body: '<!-- playbook-ops:review-round files=roles.yaml,severities.yaml -->\n', at: '2026-11-15T06:00:00Z' });
    await expect(review(overdue, { dryRun: true })).resolves.toEqual({ step: 'remind', done: `would remind the owners on #${late.number}`, pull: late.number });
    expect(writes(joining)).toEqual([]);
    expect(writes(overdue)).toEqual([]);
  });

  it('loads the renderer only when it writes', async () => {
    const world = await reviewWorld();
    let loads = 0;
    const render = () => {
      loads += 1;
      return Promise.resolve(renderer);
    };
    await review(world, { render, dryRun: true });
    expect(loads).toBe(0);
    await review(world, { render });
    expect(loads).toBe(1);
  });
});

describe('runReviewRound, the incidents of the period', () => {
  it('lists the bot\'s incidents declared since the earliest last review, newest first, with their times against the target', async () => {
    // The labels have descriptions: GitHub's description of a pull request list says a label's is text.
    const labels = ['incident', 'sev-2', 'sev-3', 'scenario:service-outage'].map((name) => ({ name, description: name }));
    const world = await startWorld({ at: '2026-08-10T03:00:00Z', repo: { files: FILES, labels } });
    const set = await reviewSet();
    const deps = { octokit: world.octokit, log: world.log, now: world.now, appliers: githubAppliers };
    const reader = { octokit: world.octokit, repo: REPO, botLogin: BOT, log: world.log, playbookRef: { sha: 'HEAD', path: 'playbooks', serverUrl: 'https://github.com' } };
    const reconcile = (number: number) => runIncidents(deps, { repo: REPO, botLogin: BOT, set, render: renderer }, issueSource(reader, number));
    const declare = (severity: number, title: string): number => {
      const body = formBody({ severity, scenario: 'Service Outage', services: 'checkout', summary: 'Card payments fail.', started: '2026-11-10 02:55 UTC' });
      return world.emulator.seed.issue(FULL_NAME, { title, author: 'wendy', labels: ['incident'], body }).number;
    };
    // Declared before the period, and changed within it: read, but not listed.
    const before = declare(2, 'Before the period');
    await reconcile(before);
    world.emulator.seed.comment(FULL_NAME, before, { author: 'rita', body: 'Still flaky.', at: '2026-11-01T00:00:00Z' });

    world.setClock('2026-11-10T03:00:00Z');
    const resolved = declare(2, 'Checkout down');
    await reconcile(resolved);
    world.emulator.seed.comment(FULL_NAME, resolved, { author: 'tom', body: '/ack', at: '2026-11-10T03:40:40Z' });
    world.setClock('2026-11-10T03:41:00Z');
    await reconcile(resolved);
    world.emulator.seed.comment(FULL_NAME, resolved, { author: 'wendy', body: '/resolve Rolled back.', at: '2026-11-10T05:00:00Z' });
    world.setClock('2026-11-10T05:01:00Z');
    await reconcile(resolved);

    world.setClock('2026-11-20T03:00:00Z');
    const open = declare(3, 'Search slow');
    await reconcile(open);
    world.emulator.seed.issue(FULL_NAME, { title: 'Not declared by the bot', labels: ['incident'] });
    const pull = seedPull(world.emulator, { head: 'fix-checkout', title: 'Fix checkout' });
    world.emulator.seed.addLabels(FULL_NAME, pull.number, ['incident']);

    world.setClock(NOW);
    const outcome = await review(world);
    const round = pulls(world).find((candidate) => candidate.number === outcome.pull);
    const section = round?.body?.slice(round.body.indexOf('### Incidents since'));
    expect(section).toBe(
      [
        '### Incidents since 2026-08-15',
        '',
        '0 of 2 incidents acknowledged within their severity\'s response time.',
        '',
        '| Incident | Severity | Scenario | Declared | Time to acknowledge | Target | Time to resolve |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        `| #${open} Search slow | SEV-3 | Service Outage | 2026-11-20 03:00 UTC | not acknowledged ❌ | 2 h | open |`,
        `| #${resolved} Checkout down | SEV-2 | Service Outage | 2026-11-10 03:00 UTC | 41 min ❌ | 30 min | 2 h |`,
        '',
        '```mermaid',
        'xychart-beta',
        '    title "Minutes to acknowledge (bars) against the target (line)"',
        `    x-axis ["${open}", "${resolved}"]`,
        '    y-axis "minutes"',
        '    bar [0, 41]',
        '    line [120, 30]',
        '```',
        '',
      ].join('\n'),
    );
    const listed = world.emulator.requests.find((request) => request.path === '/repos/acme/shop/issues' && request.method === 'GET');
    expect(listed?.query).toMatchObject({ labels: 'incident', state: 'all', since: '2026-08-15T00:00:00Z', per_page: '100' });
    expect(world.requested().filter((request) => request === `GET /repos/acme/shop/issues/${pull.number}`)).toEqual([]);
  });
});
