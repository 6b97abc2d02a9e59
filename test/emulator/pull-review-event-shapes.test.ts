/**
 * Pull requests, reviews and issue events read whole: the links, branch objects, merge fields and
 * review requests the post-mortem and review flows read, and each event kind's own fields (label,
 * assignee and assigner, state reason, rename, requested reviewer) that the engine's timeline reads.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
let emulator: Emulator;
let head: string;

beforeEach(async () => {
  emulator = await startEmulator();
  head = emulator.seed.commit('acme/shop', 'postmortem-7', { 'postmortems/7.md': '# Post-mortem\n' }, { actor: 'bob' });
});
afterEach(async () => {
  emulator.assertNoValidationErrors();
  await emulator.close();
});

test('a pull request: its links, its branches, its reviewers, and the merge fields before and after merging', async () => {
  const octokit = clientFor(emulator, 'bob-token');
  const created = (await octokit.rest.pulls.create({ ...repo, title: 'Post-mortem of #7', head: 'postmortem-7', base: 'main', body: 'Timeline inside' })).data;
  await octokit.rest.pulls.requestReviewers({ ...repo, pull_number: 1, reviewers: ['alice'] });
  const api = `${emulator.url}/repos/acme/shop`;
  const html = 'https://github.com/acme/shop/pull/1';
  const main = emulator.state.repos['acme/shop']!.refs['refs/heads/main']!;
  const pull = (await octokit.rest.pulls.get({ ...repo, pull_number: 1 })).data;
  expect(pull).toMatchObject({
    url: `${api}/pulls/1`,
    id: created.id,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/1`,
    commits_url: `${api}/pulls/1/commits`,
    review_comments_url: `${api}/pulls/1/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/1/comments`,
    statuses_url: `${api}/statuses/${head}`,
    number: 1,
    state: 'open',
    locked: false,
    title: 'Post-mortem of #7',
    body: 'Timeline inside',
    user: { login: 'bob' },
    milestone: null,
    merged_at: null,
    merge_commit_sha: null,
    requested_reviewers: [{ login: 'alice' }],
    requested_teams: [],
    head: { label: 'acme:postmortem-7', ref: 'postmortem-7', sha: head, user: { login: 'acme' }, repo: { full_name: 'acme/shop' } },
    base: { label: 'acme:main', ref: 'main', sha: main },
    _links: {
      self: { href: `${api}/pulls/1` },
      html: { href: html },
      issue: { href: `${api}/issues/1` },
      comments: { href: `${api}/issues/1/comments` },
      review_comments: { href: `${api}/pulls/1/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${api}/pulls/1/commits` },
      statuses: { href: `${api}/statuses/${head}` },
    },
    author_association: 'COLLABORATOR',
    auto_merge: null,
    draft: false,
    merged: false,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  });
  const merged = await clientFor(emulator, 'alice-token').rest.pulls.merge({ ...repo, pull_number: 1 });
  expect((await octokit.rest.pulls.get({ ...repo, pull_number: 1 })).data).toMatchObject({ state: 'closed', merged: true, mergeable: null, rebaseable: null, mergeable_state: 'unknown', merge_commit_sha: merged.data.sha });
  const listed = (await octokit.rest.pulls.list({ ...repo, state: 'closed' })).data[0];
  expect(listed).toMatchObject({ number: 1, merged_at: '2026-03-01T12:00:00Z', merge_commit_sha: merged.data.sha });
  expect(listed).not.toHaveProperty('merged');
});

test('a review: its links to the pull request, its author and association', async () => {
  await clientFor(emulator, 'bob-token').rest.pulls.create({ ...repo, title: 'Post-mortem', head: 'postmortem-7', base: 'main' });
  const review = (await clientFor(emulator, 'alice-token').rest.pulls.createReview({ ...repo, pull_number: 1, event: 'APPROVE', body: 'Right' })).data;
  const html = `https://github.com/acme/shop/pull/1#pullrequestreview-${review.id}`;
  const pullUrl = `${emulator.url}/repos/acme/shop/pulls/1`;
  expect(review).toMatchObject({
    user: { login: 'alice' },
    body: 'Right',
    state: 'APPROVED',
    html_url: html,
    pull_request_url: pullUrl,
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    submitted_at: '2026-03-01T12:00:00Z',
    commit_id: head,
    author_association: 'COLLABORATOR',
  });
});

test("each event kind carries its own fields, and every event its link and actor", async () => {
  emulator.seed.issue('acme/shop', { title: 'Checkout down' });
  const octokit = clientFor(emulator, 'alice-token');
  await octokit.rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['sev-1'] });
  await octokit.rest.issues.addAssignees({ ...repo, issue_number: 1, assignees: ['bob'] });
  await octokit.rest.issues.update({ ...repo, issue_number: 1, title: 'Checkout slow', state: 'closed', state_reason: 'not_planned' });
  type EventFields = { event: string; label?: unknown; assignee?: { login: string }; assigner?: { login: string }; rename?: unknown; state_reason?: unknown };
  const events = (await octokit.rest.issues.listEvents({ ...repo, issue_number: 1 })).data as unknown as (EventFields & { id: number })[];
  const first = events[0]!;
  expect(first).toMatchObject({ url: `${emulator.url}/repos/acme/shop/issues/events/${first.id}`, actor: { login: 'alice' }, commit_id: null, commit_url: null, created_at: '2026-03-01T12:00:00Z', performed_via_github_app: null });
  expect(events.map(({ event, label, assignee, assigner, rename, state_reason }) => ({ event, label, assignee: assignee?.login, assigner: assigner?.login, rename, state_reason }))).toEqual([
    { event: 'labeled', label: { name: 'sev-1', color: 'b60205' }, assignee: undefined, assigner: undefined, rename: undefined, state_reason: undefined },
    { event: 'assigned', label: undefined, assignee: 'bob', assigner: 'alice', rename: undefined, state_reason: undefined },
    { event: 'renamed', label: undefined, assignee: undefined, assigner: undefined, rename: { from: 'Checkout down', to: 'Checkout slow' }, state_reason: undefined },
    { event: 'closed', label: undefined, assignee: undefined, assigner: undefined, rename: undefined, state_reason: 'not_planned' },
  ]);
});
