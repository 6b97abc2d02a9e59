/**
 * The post-mortem pull request of an incident awaiting one: looked for only while the issue carries
 * `postmortem-pending`, found by its branch, and once merged its post-mortem file as merged.
 */
import { describe, expect, it } from 'vitest';
import type { Observed } from '../../src/engine/observed.js';
import { readPostmortem, withPostmortem } from '../../src/github/read-postmortem.js';
import { BOT, FULL_NAME, type GhWorld, REPO, closeWorldsAfterEach, seedPull, startWorld } from './octokit.world.js';

closeWorldsAfterEach();

const FILE = 'postmortems/2026-11-27-7-checkout-down.md';
const TEXT = '# Post-mortem: Checkout down\n\n## Action items\n\n- [ ] Add a canary\n';

/** A world whose issue #7 is an incident awaiting its post-mortem (six other issues before it). */
async function awaiting(labels = ['incident', 'postmortem-pending']): Promise<GhWorld & { observed: Observed }> {
  const world = await startWorld();
  for (let number = 1; number < 7; number += 1) world.emulator.seed.issue(FULL_NAME, { title: `Issue ${number}` });
  world.emulator.seed.issue(FULL_NAME, { title: 'Checkout down', labels });
  const observed: Observed = {
    repo: REPO,
    botLogin: BOT,
    issue: { number: 7, title: 'Checkout down', body: '', state: 'closed', labels, assignees: [], author: 'wendy', createdAt: '2026-11-27T03:00:00Z', htmlUrl: 'https://github.com/acme/shop/issues/7' },
    comments: [],
    events: [],
    permissions: {},
    playbookRef: { sha: 'c0ffee', path: 'playbooks', serverUrl: 'https://github.com' },
    playbookFallback: null,
  };
  return { ...world, observed };
}

describe('withPostmortem', () => {
  it('reads nothing for an incident not awaiting a post-mortem', async () => {
    const world = await awaiting(['incident']);
    await expect(withPostmortem(world.octokit, world.observed, 'postmortems')).resolves.toBe(world.observed);
    expect(world.emulator.requests).toEqual([]);
  });

  it('reads nothing again when the post-mortem was already read', async () => {
    const world = await awaiting();
    const observed = { ...world.observed, postmortem: null };
    await expect(withPostmortem(world.octokit, observed, 'postmortems')).resolves.toBe(observed);
    expect(world.emulator.requests).toEqual([]);
  });

  it('notes that no pull request was opened from the post-mortem branch', async () => {
    const world = await awaiting();
    seedPull(world.emulator, { head: 'playbook-ops/postmortem-17', title: 'Post-mortem of #17' });
    const observed = await withPostmortem(world.octokit, world.observed, 'postmortems');
    expect(observed).toEqual({ ...world.observed, postmortem: null });
  });

  it('reads the open pull request, without a file before the merge', async () => {
    const world = await awaiting();
    const pull = seedPull(world.emulator, { head: 'playbook-ops/postmortem-7', title: 'Post-mortem of #7', files: { [FILE]: TEXT } });
    const observed = await withPostmortem(world.octokit, world.observed, 'postmortems');
    expect(observed.postmortem).toEqual({ number: pull.number, url: `https://github.com/acme/shop/pull/${pull.number}`, state: 'open', merged: false, file: null });
    expect(world.requested()).toEqual(['GET /repos/acme/shop/pulls']);
  });
});

describe('readPostmortem', () => {
  it('reads the post-mortem file of the incident as merged, leaving other incidents\' and other files alone', async () => {
    const world = await awaiting();
    const decoys = {
      'postmortems/2026-11-27-17-search-slow.md': 'other incident\n',
      'postmortems/notes-2026-11-27-7-x.md': 'not a post-mortem name\n',
      'postmortems/2026-11-27-7-checkout-down.md.bak': 'a backup\n',
      'postmortems/2026-11-27-7-x/2026-11-27-7-y.md': 'in a folder\n',
      'postmortems/26-11-27-7-short-year.md': 'short year\n',
    };
    world.emulator.seed.commit(FULL_NAME, 'main', decoys);
    const pull = seedPull(world.emulator, { head: 'playbook-ops/postmortem-7', title: 'Post-mortem of #7', files: { [FILE]: TEXT }, merged: true });
    world.emulator.seed.commit(FULL_NAME, 'main', { [FILE]: 'edited after the merge\n' });
    const postmortem = await readPostmortem(world.octokit, REPO, 7, 'postmortems');
    expect(postmortem).toEqual({ number: pull.number, url: `https://github.com/acme/shop/pull/${pull.number}`, state: 'closed', merged: true, file: { path: FILE, text: TEXT } });
    const sha = pull.pull.mergeCommitSha ?? 'no merge commit';
    expect(world.emulator.requests.map((request) => `${request.method} ${request.path} ${request.query.ref ?? ''}`)).toEqual([
      'GET /repos/acme/shop/pulls ',
      `GET /repos/acme/shop/contents/postmortems ${sha}`,
      `GET /repos/acme/shop/contents/${encodeURIComponent(FILE)} ${sha}`,
    ]);
  });

  it('reads the base branch when GitHub does not say which commit the merge made', async () => {
    const world = await awaiting();
    const pull = seedPull(world.emulator, { head: 'playbook-ops/postmortem-7', title: 'Post-mortem of #7', files: { [FILE]: TEXT }, merged: true });
    pull.pull.mergeCommitSha = null;
    world.emulator.seed.commit(FULL_NAME, 'main', { [FILE]: 'edited after the merge\n' });
    const postmortem = await readPostmortem(world.octokit, REPO, 7, 'postmortems');
    expect(postmortem?.file).toEqual({ path: FILE, text: 'edited after the merge\n' });
  });

  it('has no file when the merge holds no post-mortem of the incident', async () => {
    const world = await awaiting();
    seedPull(world.emulator, { head: 'playbook-ops/postmortem-7', title: 'Post-mortem of #7', files: { 'postmortems/2026-11-27-8-other.md': TEXT }, merged: true });
    await expect(readPostmortem(world.octokit, REPO, 7, 'postmortems')).resolves.toMatchObject({ merged: true, file: null });
  });

  it('has no file when the post-mortem directory is missing or is a file', async () => {
    const world = await awaiting();
    seedPull(world.emulator, { head: 'playbook-ops/postmortem-7', title: 'Post-mortem of #7', files: { [FILE]: TEXT }, merged: true });
    await expect(readPostmortem(world.octokit, REPO, 7, 'docs/postmortems')).resolves.toMatchObject({ merged: true, file: null });
    await expect(readPostmortem(world.octokit, REPO, 7, FILE)).resolves.toMatchObject({ merged: true, file: null });
  });

  it('has no file when the name that matches is a folder', async () => {
    const world = await awaiting();
    seedPull(world.emulator, { head: 'playbook-ops/postmortem-7', title: 'Post-mortem of #7', files: { 'postmortems/2026-11-27-7-draft.md/notes.md': TEXT }, merged: true });
    await expect(readPostmortem(world.octokit, REPO, 7, 'postmortems')).resolves.toMatchObject({ merged: true, file: null });
  });

  it('takes the file, not a folder named like one that comes first', async () => {
    const world = await awaiting();
    const files = { 'postmortems/2026-11-27-7-a-draft.md/notes.md': 'notes\n', [FILE]: TEXT };
    seedPull(world.emulator, { head: 'playbook-ops/postmortem-7', title: 'Post-mortem of #7', files, merged: true });
    await expect(readPostmortem(world.octokit, REPO, 7, 'postmortems')).resolves.toMatchObject({ file: { path: FILE, text: TEXT } });
  });

  it('fails on any other error, for the next run to read again', async () => {
    const world = await awaiting();
    seedPull(world.emulator, { head: 'playbook-ops/postmortem-7', title: 'Post-mortem of #7', files: { [FILE]: TEXT }, merged: true });
    world.emulator.faults.add({ path: '/repos/acme/shop/contents/postmortems', status: 403 });
    await expect(readPostmortem(world.octokit, REPO, 7, 'postmortems')).rejects.toMatchObject({ status: 403 });
  });
});
