/**
 * An incident as observed (no permissions yet: which ones a run needs depends on its playbooks), and
 * the permission lookups: a role each, none for an unknown account, and a refusal when the lookup fails.
 */
import { describe, expect, it } from 'vitest';
import { fetchIncident } from '../../src/github/fetch-incident.js';
import { readIncident, readPermissions } from '../../src/github/read-incident.js';
import { BOT, FULL_NAME, REPO, T0, closeWorldsAfterEach, startWorld } from './octokit.world.js';

closeWorldsAfterEach();

const playbookRef = { sha: 'c0ffee', path: 'playbooks', serverUrl: 'https://github.com' };

describe('readPermissions', () => {
  it('reads the role of each login, a custom or finer role before the base permission', async () => {
    const { octokit, log, logged } = await startWorld();
    const permissions = await readPermissions({ octokit, repo: REPO, log }, ['ada', 'mona', 'wendy', 'tom', 'rita']);
    expect(permissions).toEqual({ ada: 'admin', mona: 'maintain', wendy: 'write', tom: 'triage', rita: 'read' });
    expect(logged.warning).toEqual([]);
  });

  it('reads an account GitHub does not know (404) as having no permission', async () => {
    const { octokit, log, logged } = await startWorld();
    await expect(readPermissions({ octokit, repo: REPO, log }, ['nobody-here'])).resolves.toEqual({ 'nobody-here': 'none' });
    expect(logged.warning).toEqual([]);
  });

  it('reads an account without a role on a private repository as having none', async () => {
    const { emulator, octokit, log } = await startWorld({ repo: { private: true } });
    emulator.seed.user('stranger');
    await expect(readPermissions({ octokit, repo: REPO, log }, ['stranger'])).resolves.toEqual({ stranger: 'none' });
  });

  it('refuses the commands of someone whose lookup failed, saying why, and goes on with the others', async () => {
    const { emulator, octokit, log, logged } = await startWorld();
    emulator.faults.add({ path: '/repos/acme/shop/collaborators/tom/permission', status: 403 });
    const permissions = await readPermissions({ octokit, repo: REPO, log }, ['tom', 'ada']);
    expect(permissions).toEqual({ tom: 'error', ada: 'admin' });
    expect(logged.warning).toEqual([expect.stringMatching(/^Could not check the permission of tom \(Forbidden.*\); their commands are refused\.$/u)]);
  });

  it('reads nothing for nobody', async () => {
    const { emulator, octokit, log } = await startWorld();
    await expect(readPermissions({ octokit, repo: REPO, log }, [])).resolves.toEqual({});
    expect(emulator.requests).toEqual([]);
  });
});

describe('readIncident', () => {
  it('observes the issue as it is now, with the run\'s bot and playbooks and no permissions yet', async () => {
    const { emulator, octokit, log } = await startWorld();
    emulator.seed.issue(FULL_NAME, { title: 'Checkout down', author: 'wendy', labels: ['incident'], at: T0 });
    emulator.seed.comment(FULL_NAME, 1, { author: 'tom', body: '/ack', at: T0 });
    const reader = { octokit, repo: REPO, botLogin: BOT, playbookRef, log };
    const observed = await readIncident(reader, 1);
    const fetched = await fetchIncident(octokit, { ...REPO, number: 1 });
    expect(observed).toEqual({ repo: REPO, botLogin: BOT, ...fetched, permissions: {}, playbookRef, playbookFallback: null });
  });

  it('uses the reads a caller already started instead of reading again', async () => {
    const { emulator, octokit, log } = await startWorld();
    emulator.seed.issue(FULL_NAME, { title: 'Checkout down', labels: ['incident'] });
    const fetched = fetchIncident(octokit, { ...REPO, number: 1 });
    const observed = await readIncident({ octokit, repo: REPO, botLogin: BOT, playbookRef, log }, 1, fetched);
    expect(observed.issue.title).toBe('Checkout down');
    expect(emulator.requests).toHaveLength(3);
  });
});
