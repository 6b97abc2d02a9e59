/**
 * Branches and pull requests the bot proposes: found by their stable branch (only this repository's,
 * the newest), committed with the ref written last, opened once however a failure fell, and reviews
 * asked of everyone GitHub accepts.
 */
import { describe, expect, it } from 'vitest';
import { getObject } from '../../src/emulator/state/git-objects.js';
import { branchHead, commitFiles, defaultBranch, findPull, openPull, requestReviewers } from '../../src/github/pull-requests.js';
import { FULL_NAME, OWNER, REPO, useApplierWorld } from './appliers-world.js';

const world = useApplierWorld();
const SHOP = { owner: OWNER, repo: REPO };
const BRANCH = 'playbook-ops/postmortem-1';
const PULLS = '/repos/acme/shop/pulls';

/** A pull request from `branch` (a commit ahead of main), opened by the bot; its number. */
async function pull(branch = BRANCH, title = 'Post-mortem'): Promise<number> {
  const w = world();
  if (w.repo().refs[`refs/heads/${branch}`] === undefined) w.emulator.seed.commit(FULL_NAME, branch, { [`${branch}.md`]: 'text\n' });
  const { data } = await w.octokit.rest.pulls.create({ ...SHOP, head: branch, base: 'main', title });
  return data.number;
}

describe('the default branch', () => {
  it('is the repository’s, with the commit it points at', async () => {
    const w = world();
    w.emulator.seed.repo('acme', 'docs', { defaultBranch: 'trunk', files: { 'index.md': '# docs\n' } });
    const sha = w.emulator.state.repos['acme/docs']?.refs['refs/heads/trunk'];
    expect(sha).toMatch(/^[0-9a-f]{40}$/);
    expect(await defaultBranch(w.octokit, { owner: 'acme', repo: 'docs' })).toEqual({ name: 'trunk', sha });
  });
});

describe('finding a pull request by its branch', () => {
  it('finds none when the branch has none', async () => {
    const w = world();
    await pull('other');
    w.requests();
    expect(await findPull(w.octokit, SHOP, BRANCH)).toBeNull();
    expect(w.requests()).toEqual([`GET ${PULLS}?head=acme%3Aplaybook-ops%2Fpostmortem-1&state=all&per_page=100`]);
  });

  it('finds the newest, merged or closed ones too unless asked for open ones only', async () => {
    const w = world();
    const first = await pull();
    const merged = (await w.octokit.rest.pulls.merge({ ...SHOP, pull_number: first })).data.sha;
    expect(await findPull(w.octokit, SHOP, BRANCH)).toEqual({
      number: first,
      url: `https://github.com/acme/shop/pull/${first}`,
      state: 'closed',
      merged: true,
      mergeCommitSha: merged,
      base: 'main',
      head: BRANCH,
    });
    expect(await findPull(w.octokit, SHOP, BRANCH, 'open')).toBeNull();
    w.emulator.seed.commit(FULL_NAME, BRANCH, { 'more.md': 'more\n' });
    const second = await pull();
    const open = { number: second, url: `https://github.com/acme/shop/pull/${second}`, state: 'open', merged: false, mergeCommitSha: null, base: 'main', head: BRANCH };
    expect(await findPull(w.octokit, SHOP, BRANCH)).toEqual(open);
    expect(await findPull(w.octokit, SHOP, BRANCH, 'open')).toEqual(open);
  });

  it('takes the newest by number, in whatever order GitHub lists them', async () => {
    const w = world();
    const first = await pull();
    await w.octokit.rest.pulls.update({ ...SHOP, pull_number: first, state: 'closed' });
    const second = await pull();
    await w.octokit.rest.pulls.update({ ...SHOP, pull_number: second, state: 'closed' });
    const third = await pull();
    w.octokit.hook.after('request', (response, options) => {
      if (options.method === 'GET' && options.url.endsWith('/pulls')) {
        const listed = response.data as { number: number }[];
        listed.sort((a, b) => (a.number === second ? -1 : b.number === second ? 1 : a.number - b.number));
      }
    });
    expect((await findPull(w.octokit, SHOP, BRANCH))?.number).toBe(third);
  });

  it('counts only this repository’s branch of that name, however the names are cased, not a fork’s or a deleted fork’s', async () => {
    const w = world();
    const own = await pull();
    // GitHub lists pull requests from forks whose branch has the same name; the emulator has no forks, so they are added to its answer.
    w.octokit.hook.after('request', (response, options) => {
      if (options.method !== 'GET' || !options.url.endsWith('/pulls')) return;
      const [real] = response.data as { number: number; head: { ref: string; repo: unknown } }[];
      if (real === undefined) return;
      const fork = (number: number, repo: unknown, ref = BRANCH) => ({ ...real, number, head: { ...real.head, ref, repo } });
      (response.data as unknown[]).push(fork(own + 1, null), fork(own + 2, { full_name: 'mallory/shop' }), fork(own + 3, { full_name: 'acme/shop' }, 'playbook-ops/other'));
    });
    expect((await findPull(w.octokit, { owner: 'Acme', repo: 'Shop' }, BRANCH))?.number).toBe(own);
  });

  it('compares the repository’s own name without case', async () => {
    const w = world();
    w.emulator.seed.repo('Octo', 'Store', { files: { 'README.md': '# store\n' } });
    w.emulator.seed.commit('Octo/Store', BRANCH, { 'a.md': 'a\n' });
    const { data } = await w.octokit.rest.pulls.create({ owner: 'Octo', repo: 'Store', head: BRANCH, base: 'main', title: 'Post-mortem' });
    expect((await findPull(w.octokit, { owner: 'octo', repo: 'store' }, BRANCH))?.number).toBe(data.number);
  });
});

describe('a branch’s head', () => {
  it('is the commit it points at, or null when it does not exist', async () => {
    const w = world();
    const sha = w.emulator.seed.commit(FULL_NAME, BRANCH, { 'a.md': 'a\n' });
    expect(await branchHead(w.octokit, SHOP, BRANCH)).toBe(sha);
    expect(await branchHead(w.octokit, SHOP, 'missing')).toBeNull();
  });

  it('is not taken as missing when GitHub refuses the lookup', async () => {
    const w = world();
    w.emulator.faults.add({ method: 'GET', path: /\/git\/ref\//, status: 403 });
    await expect(branchHead(w.octokit, SHOP, BRANCH)).rejects.toMatchObject({ status: 403 });
  });
});

describe('committing files on a branch', () => {
  it('creates the branch from the given commit, writing the ref last', async () => {
    const w = world();
    const main = w.repo().refs['refs/heads/main'] ?? '';
    w.requests();
    const sha = await commitFiles(w.octokit, SHOP, { branch: BRANCH, from: main, files: [{ path: 'postmortems/1.md', content: '# One\n' }], message: 'Post-mortem of #1' });
    expect(w.requests()).toEqual([
      'GET /repos/acme/shop/git/ref/heads%2Fplaybook-ops%2Fpostmortem-1',
      `GET /repos/acme/shop/git/commits/${main}`,
      'POST /repos/acme/shop/git/trees',
      'POST /repos/acme/shop/git/commits',
      'POST /repos/acme/shop/git/refs',
    ]);
    expect(w.repo().refs[`refs/heads/${BRANCH}`]).toBe(sha);
    expect(getObject(w.repo(), sha, 'commit')).toMatchObject({ parents: [main], message: 'Post-mortem of #1' });
    const { data } = await w.octokit.rest.repos.getContent({ ...SHOP, path: 'postmortems/1.md', ref: BRANCH });
    expect(Buffer.from((data as { content: string }).content, 'base64').toString()).toBe('# One\n');
    const readme = await w.octokit.rest.repos.getContent({ ...SHOP, path: 'README.md', ref: BRANCH });
    expect((readme.data as { mode?: string; type: string }).type).toBe('file');
  });

  it('adds to a branch that exists, on top of its head', async () => {
    const w = world();
    const main = w.repo().refs['refs/heads/main'] ?? '';
    const head = w.emulator.seed.commit(FULL_NAME, BRANCH, { 'first.md': 'first\n' });
    const sha = await commitFiles(w.octokit, SHOP, { branch: BRANCH, from: main, files: [{ path: 'second.md', content: 'second\n' }], message: 'Second' });
    expect(w.repo().refs[`refs/heads/${BRANCH}`]).toBe(sha);
    expect(getObject(w.repo(), sha, 'commit')?.parents).toEqual([head]);
    const { data } = await w.octokit.rest.repos.getContent({ ...SHOP, path: 'first.md', ref: BRANCH });
    expect((data as { type: string }).type).toBe('file');
    expect(w.emulator.requests.map((request) => request.method)).toContain('PATCH');
  });

  it('takes a ref GitHub wrote before failing (the retry’s 422) as written', async () => {
    const w = world();
    const main = w.repo().refs['refs/heads/main'] ?? '';
    w.emulator.faults.add({ method: 'POST', path: '/repos/acme/shop/git/refs', afterWrite: true, status: 422 });
    const sha = await commitFiles(w.octokit, SHOP, { branch: BRANCH, from: main, files: [{ path: 'a.md', content: 'a\n' }], message: 'A' });
    expect(w.repo().refs[`refs/heads/${BRANCH}`]).toBe(sha);
  });

  it('fails when the branch appeared meanwhile pointing elsewhere, or the ref is refused', async () => {
    const w = world();
    const main = w.repo().refs['refs/heads/main'] ?? '';
    let theirs = '';
    w.afterRequest((request) => {
      if (request.method === 'POST' && request.path.endsWith('/git/commits') && theirs === '') theirs = w.emulator.seed.commit(FULL_NAME, BRANCH, { 'theirs.md': 'theirs\n' });
    });
    await expect(commitFiles(w.octokit, SHOP, { branch: BRANCH, from: main, files: [{ path: 'a.md', content: 'a\n' }], message: 'A' })).rejects.toMatchObject({ status: 422 });
    expect(w.repo().refs[`refs/heads/${BRANCH}`]).toBe(theirs);
    w.emulator.faults.add({ method: 'POST', path: '/repos/acme/shop/git/refs', status: 403 });
    await expect(commitFiles(w.octokit, SHOP, { branch: 'other', from: main, files: [{ path: 'a.md', content: 'a\n' }], message: 'A' })).rejects.toMatchObject({ status: 403 });
    expect(w.repo().refs['refs/heads/other']).toBeUndefined();
    // Only the 422 a retry gets is taken for a ref written before: a refusal stands even if the ref is there.
    w.emulator.faults.add({ method: 'POST', path: '/repos/acme/shop/git/refs', status: 403, afterWrite: true });
    await expect(commitFiles(w.octokit, SHOP, { branch: 'third', from: main, files: [{ path: 'a.md', content: 'a\n' }], message: 'A' })).rejects.toMatchObject({ status: 403 });
  });
});

describe('opening a pull request', () => {
  const request = { branch: BRANCH, base: 'main', title: 'Post-mortem of #1', body: 'Please review.' };

  it('opens it from the branch into the base', async () => {
    const w = world();
    w.emulator.seed.commit(FULL_NAME, BRANCH, { 'a.md': 'a\n' });
    const outcome = await openPull(w.octokit, SHOP, request, w.log);
    const number = w.repo().issues.at(-1)?.number ?? 0;
    expect(outcome).toEqual({
      kind: 'opened',
      pull: { number, url: `https://github.com/acme/shop/pull/${number}`, state: 'open', merged: false, mergeCommitSha: null, base: 'main', head: BRANCH },
    });
    expect(w.issue(number)).toMatchObject({ title: 'Post-mortem of #1', body: 'Please review.', pull: { head: BRANCH, base: 'main' } });
    expect(w.logged.warning).toEqual([]);
  });

  it('reports that GitHub Actions may not open pull requests here as an outcome, with GitHub’s words', async () => {
    const w = world();
    w.emulator.seed.commit(FULL_NAME, BRANCH, { 'a.md': 'a\n' });
    w.repo().actionsMayCreatePulls = false;
    expect(await openPull(w.octokit, SHOP, request, w.log)).toEqual({
      kind: 'forbidden',
      message: 'GitHub Actions is not permitted to create or approve pull requests. - https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
    });
  });

  it('throws another 403, and a refusal that is not a possible retry', async () => {
    const w = world();
    w.emulator.seed.commit(FULL_NAME, BRANCH, { 'a.md': 'a\n' });
    w.emulator.faults.add({ method: 'POST', path: PULLS, status: 403 });
    await expect(openPull(w.octokit, SHOP, request, w.log)).rejects.toMatchObject({ status: 403 });
    w.emulator.faults.add({ method: 'POST', path: PULLS, status: 404 });
    w.requests();
    await expect(openPull(w.octokit, SHOP, request, w.log)).rejects.toMatchObject({ status: 404 });
    expect(w.requests()).toEqual([`POST ${PULLS}`]);
    expect(w.logged.warning).toEqual([]);
  });

  it('finds the pull request a failed attempt had opened (a 422 after GitHub wrote it)', async () => {
    const w = world();
    w.emulator.seed.commit(FULL_NAME, BRANCH, { 'a.md': 'a\n' });
    w.emulator.faults.add({ method: 'POST', path: PULLS, afterWrite: true, status: 422 });
    w.requests();
    const outcome = await openPull(w.octokit, SHOP, request, w.log);
    expect(outcome).toMatchObject({ kind: 'found', pull: { state: 'open', head: BRANCH } });
    expect(w.requests()).toEqual([`POST ${PULLS}`, `GET ${PULLS}?head=acme%3Aplaybook-ops%2Fpostmortem-1&state=open&per_page=100`]);
    expect(w.logged.warning).toEqual([
      'Opening the pull request from playbook-ops/postmortem-1 failed (Validation Failed - https://docs.github.com/rest); checking whether it was opened.',
    ]);
  });

  it('finds the pull request GitHub opened before failing with a 5xx to the end', async () => {
    const w = world();
    w.emulator.seed.commit(FULL_NAME, BRANCH, { 'a.md': 'a\n' });
    w.emulator.faults.add({ method: 'POST', path: PULLS, status: 500, afterWrite: true, times: 4 });
    expect(await openPull(w.octokit, SHOP, request, w.log)).toMatchObject({ kind: 'found', pull: { head: BRANCH, state: 'open' } });
    expect(w.logged.warning).toHaveLength(1);
  });

  it('throws the failure when no pull request was opened after all', async () => {
    const w = world();
    w.emulator.seed.commit(FULL_NAME, BRANCH, { 'a.md': 'a\n' });
    w.emulator.faults.add({ method: 'POST', path: PULLS, status: 502, times: 4 });
    await expect(openPull(w.octokit, SHOP, request, w.log)).rejects.toMatchObject({ status: 502 });
    expect(w.logged.warning).toHaveLength(1);
    expect(w.repo().issues).toEqual([]);
  });

  it('throws an error that is not GitHub’s answer as it is, without looking', async () => {
    const w = world();
    w.emulator.seed.commit(FULL_NAME, BRANCH, { 'a.md': 'a\n' });
    w.octokit.hook.before('request', (options) => {
      if (options.method === 'POST') throw new TypeError('broken request');
    });
    await expect(openPull(w.octokit, SHOP, request, w.log)).rejects.toThrow('broken request');
    expect(w.emulator.requests).toEqual([]);
    expect(w.logged.warning).toEqual([]);
  });
});

describe('asking for reviews', () => {
  it('asks nobody when there is nobody to ask', async () => {
    const w = world();
    const number = await pull();
    w.requests();
    expect(await requestReviewers(w.octokit, SHOP, number, [], w.log)).toEqual({ requested: [], refused: [] });
    expect(w.requests()).toEqual([]);
  });

  it('asks everyone in one request', async () => {
    const w = world();
    const number = await pull();
    w.requests();
    expect(await requestReviewers(w.octokit, SHOP, number, ['alice', 'bob'], w.log)).toEqual({ requested: ['alice', 'bob'], refused: [] });
    expect(w.requests()).toEqual([`POST ${PULLS}/${number}/requested_reviewers`]);
    expect(w.issue(number).pull?.requestedReviewers).toEqual(['alice', 'bob']);
  });

  it('when GitHub refuses one, asks each alone and names those refused', async () => {
    const w = world();
    const number = await pull();
    const result = await requestReviewers(w.octokit, SHOP, number, ['alice', 'mallory', 'bob'], w.log);
    expect(result).toEqual({ requested: ['alice', 'bob'], refused: ['mallory'] });
    expect(w.issue(number).pull?.requestedReviewers).toEqual(['alice', 'bob']);
    expect(w.logged.warning).toEqual([
      `GitHub would not request a review of #${number} from mallory: Unprocessable Entity: "Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the acme/shop repository." - https://docs.github.com/rest/reference/pulls#request-reviewers-for-a-pull-request`,
    ]);
  });

  it('throws other failures, of the request for all or for one', async () => {
    const w = world();
    const number = await pull();
    w.emulator.faults.add({ method: 'POST', path: `${PULLS}/${number}/requested_reviewers`, status: 403 });
    await expect(requestReviewers(w.octokit, SHOP, number, ['alice'], w.log)).rejects.toMatchObject({ status: 403 });
    w.emulator.faults.add({ method: 'POST', path: `${PULLS}/${number}/requested_reviewers`, status: 403, skip: 1 });
    await expect(requestReviewers(w.octokit, SHOP, number, ['alice', 'mallory'], w.log)).rejects.toMatchObject({ status: 403 });
  });
});
