/**
 * Where a run's incidents come from: one issue (with reads a caller may have started), every open
 * issue with the incident label (pull requests left out), a sweep, or nothing for an event that
 * does not concern incidents.
 */
import { describe, expect, it } from 'vitest';
import { fetchIncident } from '../../src/github/fetch-incident.js';
import { issueSource, openIncidentsSource, sourceFor } from '../../src/github/incident-source.js';
import { BOT, FULL_NAME, type GhWorld, REPO, closeWorldsAfterEach, seedPull, startWorld } from './octokit.world.js';
import { demoSet } from '../lifecycle/harness.js';

closeWorldsAfterEach();

function readerOf({ octokit, log }: GhWorld) {
  return { octokit, repo: REPO, botLogin: BOT, log, playbookRef: { sha: 'c0ffee', path: 'playbooks', serverUrl: 'https://github.com' } };
}

/** #1 and #4 open incidents, #2 a closed one, #3 an open issue of another kind, #5 a pull request with the label. */
async function incidents(): Promise<GhWorld> {
  const world = await startWorld();
  const { seed } = world.emulator;
  seed.issue(FULL_NAME, { title: 'Checkout down', labels: ['incident'] });
  seed.issue(FULL_NAME, { title: 'Search slow', labels: ['incident'], state: 'closed' });
  seed.issue(FULL_NAME, { title: 'Typo in README', labels: ['docs'] });
  seed.issue(FULL_NAME, { title: 'Payments failing', labels: ['incident'] });
  seedPull(world.emulator, { head: 'fix-checkout', title: 'Fix checkout' });
  seed.addLabels(FULL_NAME, 5, ['incident']);
  return world;
}

describe('issueSource', () => {
  it('names its one issue and observes it with the reads already started', async () => {
    const world = await incidents();
    const fetched = fetchIncident(world.octokit, { ...REPO, number: 4 });
    const source = issueSource(readerOf(world), 4, fetched);
    await expect(source.numbers()).resolves.toEqual([4]);
    expect((await source.observe(4)).issue.title).toBe('Payments failing');
    expect(world.emulator.requests).toHaveLength(3);
    expect('quiet' in source).toBe(false);
  });

  it('reads any other issue it is asked for afresh', async () => {
    const world = await incidents();
    const fetched = fetchIncident(world.octokit, { ...REPO, number: 4 });
    const source = issueSource(readerOf(world), 4, fetched);
    expect((await source.observe(1)).issue.title).toBe('Checkout down');
  });
});

describe('openIncidentsSource', () => {
  it('names the open issues with the incident label, oldest first, a hundred a page, and leaves pull requests out', async () => {
    const world = await incidents();
    const source = openIncidentsSource(readerOf(world), 'incident');
    const numbers = await source.numbers();
    expect([...numbers].sort()).toEqual([1, 4]);
    const [list] = world.emulator.requests;
    expect(list?.query).toMatchObject({ state: 'open', labels: 'incident', per_page: '100' });
    expect((await source.observe(4)).issue.title).toBe('Payments failing');
  });
});

describe('sourceFor', () => {
  it('reads the event\'s issue for an issue target', async () => {
    const world = await incidents();
    const source = sourceFor({ type: 'issue', number: 1 }, readerOf(world), 'incident');
    await expect(source.numbers()).resolves.toEqual([1]);
    expect((await source.observe(1)).issue.title).toBe('Checkout down');
  });

  it('reads every open incident on its own without sweep options, in bulk with them', async () => {
    const world = await incidents();
    const each = sourceFor({ type: 'open-incidents' }, readerOf(world), 'incident');
    expect('quiet' in each).toBe(false);
    expect([...(await each.numbers())].sort()).toEqual([1, 4]);
    const sweep = sourceFor({ type: 'open-incidents' }, readerOf(world), 'incident', undefined, { set: await demoSet(), now: world.now });
    expect('quiet' in sweep).toBe(true);
  });

  it('has nothing to do for an event that does not concern incidents, and says why', async () => {
    const world = await incidents();
    const source = sourceFor({ type: 'skip', reason: 'the comment is on a pull request' }, readerOf(world), 'incident');
    expect(world.logged.info).toEqual(['Nothing to do: the comment is on a pull request.']);
    await expect(source.numbers()).resolves.toEqual([]);
    await expect(source.observe(3)).rejects.toThrow('#3 is not part of this run');
    expect(world.emulator.requests).toEqual([]);
  });
});
