import { RequestError } from '@octokit/request-error';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
let emulator: Emulator;
let head: string;

beforeEach(async () => {
  emulator = await startEmulator();
  head = emulator.seed.commit('acme/shop', 'review-2026-q1', { 'playbooks/settings.yaml': 'kind: settings\nreviewed: true\n' }, { actor: 'bob' });
});
afterEach(async () => {
  emulator.assertNoValidationErrors();
  await emulator.close();
});

async function failure(promise: Promise<unknown>): Promise<RequestError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof RequestError)) throw new Error(`expected a RequestError, got ${String(error)}`);
  return error;
}

describe('pull requests', () => {
  test('create, get, list and update; numbers are shared with issues', async () => {
    emulator.seed.issue('acme/shop', { title: 'an issue first' });
    const octokit = clientFor(emulator);
    const created = await octokit.rest.pulls.create({ ...repo, title: 'Quarterly playbook review', head: 'review-2026-q1', base: 'main', body: 'Please review' });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      number: 2,
      state: 'open',
      head: { ref: 'review-2026-q1', sha: head, label: 'acme:review-2026-q1' },
      base: { ref: 'main', repo: { full_name: 'acme/shop' } },
      user: { login: 'github-actions[bot]' },
      merged: false,
      draft: false,
    });
    expect((await octokit.rest.issues.get({ ...repo, issue_number: 2 })).data.pull_request?.url).toBe(`${emulator.url}/repos/acme/shop/pulls/2`);
    expect((await failure(octokit.rest.pulls.get({ ...repo, pull_number: 1 }))).status).toBe(404);

    const listed = await octokit.rest.pulls.list({ ...repo, head: 'acme:review-2026-q1' });
    expect(listed.data.map((pull) => pull.number)).toEqual([2]);
    const updated = await octokit.rest.pulls.update({ ...repo, pull_number: 2, title: 'Q1 review', state: 'closed' });
    expect(updated.data).toMatchObject({ title: 'Q1 review', state: 'closed' });
    expect((await octokit.rest.pulls.list(repo)).data).toEqual([]);
    expect((await octokit.rest.pulls.list({ ...repo, state: 'closed' })).data.map((pull) => pull.title)).toEqual(['Q1 review']);
  });

  test('a missing head branch or a second open pull for the same head is 422', async () => {
    const octokit = clientFor(emulator);
    const missing = await failure(octokit.rest.pulls.create({ ...repo, title: 'x', head: 'nope', base: 'main' }));
    expect(missing.status).toBe(422);
    expect(missing.response?.data).toMatchObject({ message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }] });
    await octokit.rest.pulls.create({ ...repo, title: 'x', head: 'review-2026-q1', base: 'main' });
    const duplicate = await failure(octokit.rest.pulls.create({ ...repo, title: 'y', head: 'review-2026-q1', base: 'main' }));
    expect(duplicate.response?.data).toMatchObject({ errors: [{ message: 'A pull request already exists for acme:review-2026-q1.' }] });
  });

  test('requested reviewers and reviews', async () => {
    const octokit = clientFor(emulator);
    await octokit.rest.pulls.create({ ...repo, title: 'Review', head: 'review-2026-q1', base: 'main' });
    const requested = await octokit.rest.pulls.requestReviewers({ ...repo, pull_number: 1, reviewers: ['alice', 'bob'] });
    expect(requested.status).toBe(201);
    expect(requested.data.requested_reviewers?.map((user) => user.login)).toEqual(['alice', 'bob']);
    const stranger = await failure(octokit.rest.pulls.requestReviewers({ ...repo, pull_number: 1, reviewers: ['mallory'] }));
    expect(stranger.status).toBe(422);
    const events = (await octokit.rest.issues.listEvents({ ...repo, issue_number: 1 })).data;
    expect(events.map((event) => [event.event, (event as { requested_reviewer?: { login: string } }).requested_reviewer?.login])).toEqual([
      ['review_requested', 'alice'],
      ['review_requested', 'bob'],
    ]);

    const approved = await clientFor(emulator, 'alice-token').rest.pulls.createReview({ ...repo, pull_number: 1, event: 'APPROVE', body: 'Looks right' });
    expect(approved.data).toMatchObject({ state: 'APPROVED', user: { login: 'alice' }, commit_id: head, body: 'Looks right' });
    const noBody = await failure(clientFor(emulator, 'bob-token').rest.pulls.createReview({ ...repo, pull_number: 1, event: 'REQUEST_CHANGES' }));
    expect(noBody.status).toBe(422);
    const own = await failure(octokit.rest.pulls.createReview({ ...repo, pull_number: 1, event: 'APPROVE' }));
    expect(own.response?.data).toMatchObject({ errors: ['Can not approve your own pull request'] });
    const reviews = await octokit.rest.pulls.listReviews({ ...repo, pull_number: 1 });
    expect(reviews.data.map((review) => [review.user?.login, review.state])).toEqual([['alice', 'APPROVED']]);
    expect((await octokit.rest.pulls.get({ ...repo, pull_number: 1 })).data.requested_reviewers?.map((user) => user.login)).toEqual(['bob']);
  });
});

describe('check runs', () => {
  test('create then complete', async () => {
    const octokit = clientFor(emulator);
    const created = await octokit.rest.checks.create({ ...repo, name: 'playbook-ops validate', head_sha: head, status: 'in_progress' });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ name: 'playbook-ops validate', head_sha: head, status: 'in_progress', conclusion: null, app: { slug: 'github-actions' } });
    const done = await octokit.rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      conclusion: 'failure',
      output: { title: '2 errors', summary: 'playbooks/roles.yaml: unknown role' },
    });
    expect(done.data).toMatchObject({ status: 'completed', conclusion: 'failure', output: { title: '2 errors', summary: 'playbooks/roles.yaml: unknown role' } });
    expect(done.data.completed_at).toBe('2026-03-01T12:00:00Z');
    expect((await failure(octokit.rest.checks.create({ ...repo, name: 'x', head_sha: '0'.repeat(40) }))).status).toBe(422);
  });
});
