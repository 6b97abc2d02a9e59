/**
 * The pull-request endpoints the post-mortem and review flows lean on, where GitHub refuses: a pull
 * request GitHub would not open, a merge it would not make, an update to a missing base, reviews and
 * reviewers it refuses; and what a merge leaves behind (the merge commit, the moved base, the closed
 * pull request). The emulator answering 201 where GitHub answers 422 would hide a bug in our flows.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, refusal, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
let emulator: Emulator;
let head: string;
let now: number;

/** Moves the emulator's clock on by `minutes`. */
function later(minutes: number): void {
  now += minutes * 60_000;
}

beforeEach(async () => {
  now = Date.parse('2026-03-01T12:00:00Z');
  emulator = await startEmulator({ now: () => new Date(now) });
  head = emulator.seed.commit('acme/shop', 'postmortem-7', { 'postmortems/7.md': '# Post-mortem\n' }, { actor: 'bob' });
});
afterEach(async () => {
  emulator.assertNoValidationErrors();
  await emulator.close();
});

function mainSha(): string {
  return emulator.state.repos['acme/shop']!.refs['refs/heads/main']!;
}

describe('opening a pull request', () => {
  test('is refused to the Actions bot where the repository does not let Actions open pull requests, not to a person', async () => {
    emulator.state.repos['acme/shop']!.actionsMayCreatePulls = false;
    expect(await refusal(clientFor(emulator).rest.pulls.create({ ...repo, title: 'Post-mortem', head: 'postmortem-7', base: 'main' }))).toMatchObject({
      status: 403,
      data: { message: 'GitHub Actions is not permitted to create or approve pull requests.', documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request' },
    });
    expect((await clientFor(emulator, 'bob-token').rest.pulls.create({ ...repo, title: 'Post-mortem', head: 'postmortem-7', base: 'main' })).status).toBe(201);
  });

  test('names the field GitHub names: a missing base, a missing title, no commits between the branches', async () => {
    const octokit = clientFor(emulator);
    expect(await refusal(octokit.rest.pulls.create({ ...repo, title: 'x', head: 'postmortem-7', base: 'release' }))).toMatchObject({
      status: 422,
      data: { errors: [{ resource: 'PullRequest', field: 'base', code: 'invalid' }] },
    });
    expect(await refusal(octokit.request('POST /repos/{owner}/{repo}/pulls', { ...repo, head: 'postmortem-7', base: 'main' }))).toMatchObject({
      status: 422,
      data: { errors: [{ resource: 'PullRequest', field: 'title', code: 'missing_field' }] },
    });
    emulator.seed.commit('acme/shop', 'same-as-main', {}, { actor: 'bob' });
    emulator.state.repos['acme/shop']!.refs['refs/heads/same-as-main'] = mainSha();
    expect(await refusal(octokit.rest.pulls.create({ ...repo, title: 'x', head: 'same-as-main', base: 'main' }))).toMatchObject({
      status: 422,
      data: { errors: [{ resource: 'PullRequest', code: 'custom', message: 'No commits between main and same-as-main' }] },
    });
  });

  test('opens a second pull request for a head once the first is closed, or into another base', async () => {
    const octokit = clientFor(emulator);
    emulator.seed.commit('acme/shop', 'release', {}, { actor: 'bob', from: 'main' });
    await octokit.rest.pulls.create({ ...repo, title: 'first', head: 'postmortem-7', base: 'main' });
    expect((await octokit.rest.pulls.create({ ...repo, title: 'into release', head: 'postmortem-7', base: 'release' })).data.number).toBe(2);
    await octokit.rest.pulls.update({ ...repo, pull_number: 1, state: 'closed' });
    const again = await octokit.rest.pulls.create({ ...repo, title: 'again', head: 'postmortem-7', base: 'main', draft: true, maintainer_can_modify: true });
    expect(again.data).toMatchObject({ number: 3, draft: true, maintainer_can_modify: true, body: null });
    expect(again.headers.location).toBe(`${emulator.url}/repos/acme/shop/pulls/3`);
  });
});

describe('finding a pull request', () => {
  test('is 404 for a number no pull request has, whether an issue has it or nothing does', async () => {
    const octokit = clientFor(emulator);
    emulator.seed.issue('acme/shop', { title: 'an issue' });
    for (const number of [1, 99]) expect((await refusal(octokit.rest.pulls.get({ ...repo, pull_number: number, request: { retries: 0 } }))).status).toBe(404);
  });

  test("reads a head written owner:branch for the repository's owner in any case, and not for another owner", async () => {
    const octokit = clientFor(emulator);
    const created = await octokit.rest.pulls.create({ ...repo, title: 'Post-mortem', head: 'ACME:postmortem-7', base: 'acme:main' });
    expect(created.data).toMatchObject({ head: { ref: 'postmortem-7' }, base: { ref: 'main' } });
    expect((await octokit.rest.pulls.list({ ...repo, head: 'Acme:postmortem-7' })).data.map((pull) => pull.number)).toEqual([1]);
    expect((await octokit.rest.pulls.list({ ...repo, head: 'fork:postmortem-7' })).data).toEqual([]);
    expect((await refusal(octokit.rest.pulls.create({ ...repo, title: 'x', head: 'fork:postmortem-7', base: 'main' }))).data).toMatchObject({ errors: [{ field: 'head' }] });
  });
});

describe('listing pull requests', () => {
  test('filters by base and head, and sorts by creation (newest first) or update (oldest first) unless told', async () => {
    const octokit = clientFor(emulator);
    emulator.seed.commit('acme/shop', 'review-q1', { 'playbooks/x.yaml': 'x\n' }, { actor: 'bob' });
    emulator.seed.commit('acme/shop', 'release', {}, { actor: 'bob', from: 'main' });
    later(1);
    await octokit.rest.pulls.create({ ...repo, title: 'one', head: 'postmortem-7', base: 'main' });
    later(1);
    await octokit.rest.pulls.create({ ...repo, title: 'two', head: 'review-q1', base: 'main' });
    later(1);
    await octokit.rest.pulls.create({ ...repo, title: 'three', head: 'postmortem-7', base: 'release' });
    later(1);
    await octokit.rest.pulls.update({ ...repo, pull_number: 1, body: 'touched last' });
    const titles = async (query: Record<string, string> = {}) => (await octokit.request('GET /repos/{owner}/{repo}/pulls', { ...repo, ...query })).data.map((pull: { title: string }) => pull.title);
    expect(await titles()).toEqual(['three', 'two', 'one']);
    expect(await titles({ direction: 'asc' })).toEqual(['one', 'two', 'three']);
    expect(await titles({ sort: 'updated' })).toEqual(['two', 'three', 'one']);
    expect(await titles({ sort: 'updated', direction: 'desc' })).toEqual(['one', 'three', 'two']);
    expect(await titles({ base: 'release' })).toEqual(['three']);
    expect(await titles({ head: 'acme:postmortem-7' })).toEqual(['three', 'one']);
    expect(await titles({ head: 'acme:postmortem-7', base: 'main' })).toEqual(['one']);
  });
});

describe('updating a pull request', () => {
  test('moves it to an existing base, refuses a missing one, and changes body and maintainer edits', async () => {
    const octokit = clientFor(emulator);
    emulator.seed.commit('acme/shop', 'release', {}, { actor: 'bob', from: 'main' });
    await octokit.rest.pulls.create({ ...repo, title: 'Post-mortem', head: 'postmortem-7', base: 'main' });
    expect(await refusal(octokit.rest.pulls.update({ ...repo, pull_number: 1, base: 'nowhere' }))).toMatchObject({
      status: 422,
      data: { errors: [{ resource: 'PullRequest', field: 'base', code: 'invalid' }] },
    });
    const updated = await octokit.rest.pulls.update({ ...repo, pull_number: 1, base: 'release', body: 'Filled in', maintainer_can_modify: true });
    expect(updated.data).toMatchObject({ title: 'Post-mortem', base: { ref: 'release' }, body: 'Filled in', maintainer_can_modify: true, state: 'open' });
  });
});

describe('merging a pull request', () => {
  test('makes a merge commit of the base and the head with the head tree, moves the base and closes the pull request', async () => {
    const octokit = clientFor(emulator);
    const base = mainSha();
    await octokit.rest.pulls.create({ ...repo, title: 'Post-mortem', head: 'postmortem-7', base: 'main' });
    later(60);
    const merged = await clientFor(emulator, 'alice-token').rest.pulls.merge({ ...repo, pull_number: 1 });
    expect(merged.data).toEqual({ sha: mainSha(), merged: true, message: 'Pull Request successfully merged' });
    const commit = (await octokit.rest.git.getCommit({ ...repo, commit_sha: merged.data.sha })).data;
    const headCommit = (await octokit.rest.git.getCommit({ ...repo, commit_sha: head })).data;
    expect(commit).toMatchObject({ message: 'Merge pull request #1 from acme/postmortem-7', tree: { sha: headCommit.tree.sha }, author: { name: 'alice' } });
    expect(commit.parents.map((parent) => parent.sha)).toEqual([base, head]);
    expect((await octokit.rest.pulls.get({ ...repo, pull_number: 1 })).data).toMatchObject({
      state: 'closed',
      merged: true,
      merged_at: '2026-03-01T13:00:00Z',
      merge_commit_sha: merged.data.sha,
    });
  });

  test("uses the caller's title and message", async () => {
    const octokit = clientFor(emulator);
    await octokit.rest.pulls.create({ ...repo, title: 'Post-mortem', head: 'postmortem-7', base: 'main' });
    const merged = await octokit.rest.pulls.merge({ ...repo, pull_number: 1, commit_title: 'Post-mortem of #7', commit_message: 'Reviewed by alice', sha: head });
    expect((await octokit.rest.git.getCommit({ ...repo, commit_sha: merged.data.sha })).data.message).toBe('Post-mortem of #7\n\nReviewed by alice');
  });

  test('refuses a stale head sha, a head behind its base, and a closed pull request, and leaves the base where it was', async () => {
    const octokit = clientFor(emulator);
    await octokit.rest.pulls.create({ ...repo, title: 'Post-mortem', head: 'postmortem-7', base: 'main' });
    expect(await refusal(octokit.rest.pulls.merge({ ...repo, pull_number: 1, sha: '0'.repeat(40), request: { retries: 0 } }))).toMatchObject({
      status: 409,
      data: { message: 'Head branch was modified. Review and try the merge again.' },
    });
    emulator.seed.commit('acme/shop', 'main', { 'README.md': '# shop, moved on\n' }, { actor: 'alice' });
    const moved = mainSha();
    expect(await refusal(octokit.rest.pulls.merge({ ...repo, pull_number: 1, request: { retries: 0 } }))).toMatchObject({ status: 405, data: { message: 'Pull Request is not mergeable' } });
    await octokit.rest.pulls.update({ ...repo, pull_number: 1, state: 'closed' });
    // The head catches up with the base, so only the pull request's state stands in the way.
    emulator.state.repos['acme/shop']!.refs['refs/heads/postmortem-7'] = emulator.seed.commit('acme/shop', 'caught-up', { 'postmortems/7.md': '# Post-mortem\n' }, { actor: 'bob' });
    expect(await refusal(octokit.rest.pulls.merge({ ...repo, pull_number: 1, request: { retries: 0 } }))).toMatchObject({ status: 405, data: { message: 'Pull Request is not mergeable' } });
    expect(mainSha()).toBe(moved);
    expect((await octokit.rest.pulls.get({ ...repo, pull_number: 1 })).data).toMatchObject({ merged: false, merged_at: null });
  });
});

describe('reviews and reviewers', () => {
  test('a review without an event is pending and not submitted; a comment needs a body; an author may comment on their own', async () => {
    const bob = clientFor(emulator, 'bob-token');
    await bob.rest.pulls.create({ ...repo, title: 'Review', head: 'postmortem-7', base: 'main' });
    const pending = await clientFor(emulator, 'alice-token').rest.pulls.createReview({ ...repo, pull_number: 1 });
    expect(pending.data).toMatchObject({ state: 'PENDING', body: '', user: { login: 'alice' } });
    expect(pending.data.submitted_at).toBeUndefined();
    expect(await refusal(bob.rest.pulls.createReview({ ...repo, pull_number: 1, event: 'COMMENT' }))).toMatchObject({
      status: 422,
      data: { message: 'Unprocessable Entity', errors: ['Review Body is required when using COMMENT'] },
    });
    expect(await refusal(bob.rest.pulls.createReview({ ...repo, pull_number: 1, event: 'REQUEST_CHANGES', body: 'mine' }))).toMatchObject({
      data: { errors: ['Can not request changes on your own pull request'] },
    });
    expect((await bob.rest.pulls.createReview({ ...repo, pull_number: 1, event: 'COMMENT', body: 'Added the timeline' })).data).toMatchObject({ state: 'COMMENTED', submitted_at: '2026-03-01T12:00:00Z' });
    const changes = await clientFor(emulator, 'erin-token').rest.pulls.createReview({ ...repo, pull_number: 1, event: 'REQUEST_CHANGES', body: 'Add the impact', commit_id: '1'.repeat(40) });
    expect(changes.data).toMatchObject({ state: 'CHANGES_REQUESTED', commit_id: '1'.repeat(40) });
  });

  test("lists a pull request's own reviews, oldest first", async () => {
    const bob = clientFor(emulator, 'bob-token');
    emulator.seed.commit('acme/shop', 'other', { 'b.txt': 'b\n' }, { actor: 'bob' });
    await bob.rest.pulls.create({ ...repo, title: 'one', head: 'postmortem-7', base: 'main' });
    await bob.rest.pulls.create({ ...repo, title: 'two', head: 'other', base: 'main' });
    await clientFor(emulator, 'alice-token').rest.pulls.createReview({ ...repo, pull_number: 1, event: 'COMMENT', body: 'first' });
    await clientFor(emulator, 'erin-token').rest.pulls.createReview({ ...repo, pull_number: 2, event: 'APPROVE' });
    await clientFor(emulator, 'erin-token').rest.pulls.createReview({ ...repo, pull_number: 1, event: 'APPROVE', body: 'second' });
    emulator.state.repos['acme/shop']!.reviews.reverse();
    expect((await bob.rest.pulls.listReviews({ ...repo, pull_number: 1 })).data.map((review) => review.body)).toEqual(['first', 'second']);
  });

  test('a reviewer is not requested from the author, asked twice, or asked in another case; a review clears the request', async () => {
    const bob = clientFor(emulator, 'bob-token');
    await bob.rest.pulls.create({ ...repo, title: 'Review', head: 'postmortem-7', base: 'main' });
    expect(await refusal(bob.rest.pulls.requestReviewers({ ...repo, pull_number: 1, reviewers: ['alice', 'BOB'] }))).toMatchObject({
      status: 422,
      data: { message: 'Unprocessable Entity', errors: ['Review cannot be requested from pull request author.'] },
    });
    expect(await refusal(bob.rest.pulls.requestReviewers({ ...repo, pull_number: 1, reviewers: ['alice', 'mallory'] }))).toMatchObject({
      data: { errors: ['Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the acme/shop repository.'] },
    });
    await bob.rest.pulls.requestReviewers({ ...repo, pull_number: 1, reviewers: ['alice', 'erin'] });
    const again = await bob.rest.pulls.requestReviewers({ ...repo, pull_number: 1, reviewers: ['ALICE'] });
    expect(again.data.requested_reviewers?.map((user) => user.login)).toEqual(['alice', 'erin']);
    expect(emulator.state.repos['acme/shop']!.events.filter((event) => event.event === 'review_requested').map((event) => event.requestedReviewer)).toEqual(['alice', 'erin']);
    await clientFor(emulator, 'erin-token').rest.pulls.createReview({ ...repo, pull_number: 1, event: 'APPROVE' });
    expect((await bob.rest.pulls.get({ ...repo, pull_number: 1 })).data.requested_reviewers?.map((user) => user.login)).toEqual(['alice']);
  });
});
