/**
 * The objects the emulator answers, read whole: an issue (and a pull request seen as an issue), a
 * comment, a label and the users in them, with every link GitHub gives and each author's association.
 * The schema check only sees types; a wrong link or association is caught here.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
let emulator: Emulator;
let api: string;

beforeEach(async () => {
  emulator = await startEmulator();
  api = emulator.url;
});
afterEach(async () => {
  emulator.assertNoValidationErrors();
  await emulator.close();
});

const b64 = (text: string) => Buffer.from(text).toString('base64').replace(/=+$/, '');

function user(login: string, id: number, type = 'User') {
  const url = `${api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: b64(`${type}:${id}`),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: type === 'Bot' ? `https://github.com/apps/${login.replace(/\[bot\]$/, '')}` : `https://github.com/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

const reactions = (url: string) => ({ url: `${url}/reactions`, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 });

test('an issue, with its labels, assignees, closer, comment count and links', async () => {
  const users = emulator.state.users;
  const issue = emulator.seed.issue('acme/shop', { title: 'Checkout down', body: 'Card payments fail.', author: 'alice', labels: ['sev-1'], assignees: ['bob', 'carol'], at: '2026-02-01T00:00:00Z' });
  emulator.seed.comment('acme/shop', 1, { body: 'on it', author: 'bob' });
  emulator.seed.close('acme/shop', 1, { actor: 'bob', at: '2026-02-02T00:00:00Z' });
  const label = emulator.state.repos['acme/shop']!.labels.find((candidate) => candidate.name === 'sev-1')!;
  const url = `${api}/repos/acme/shop/issues/1`;
  expect((await clientFor(emulator).rest.issues.get({ ...repo, issue_number: 1 })).data).toEqual({
    id: issue.id,
    node_id: b64(`Issue:${issue.id}`),
    url,
    repository_url: `${api}/repos/acme/shop`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: 'https://github.com/acme/shop/issues/1',
    number: 1,
    state: 'closed',
    state_reason: 'completed',
    title: 'Checkout down',
    body: 'Card payments fail.',
    user: user('alice', users.alice!.id),
    labels: [{ id: label.id, node_id: b64(`Label:${label.id}`), url: `${api}/repos/acme/shop/labels/sev-1`, name: 'sev-1', color: 'b60205', default: false, description: 'Critical' }],
    assignee: user('bob', users.bob!.id),
    assignees: [user('bob', users.bob!.id), user('carol', users.carol!.id)],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: 1,
    closed_at: '2026-02-02T00:00:00Z',
    created_at: '2026-02-01T00:00:00Z',
    updated_at: '2026-02-02T00:00:00Z',
    closed_by: user('bob', users.bob!.id),
    author_association: 'COLLABORATOR',
    reactions: reactions(url),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
  });
});

test('a pull request seen as an issue links its pull request, and a comment on it points at the pull page', async () => {
  emulator.seed.commit('acme/shop', 'fix', { 'a.txt': 'a\n' }, { actor: 'bob' });
  const octokit = clientFor(emulator);
  await octokit.rest.pulls.create({ ...repo, title: 'fix', head: 'fix', base: 'main', draft: true });
  const asIssue = (await octokit.rest.issues.get({ ...repo, issue_number: 1 })).data;
  expect(asIssue).toMatchObject({
    node_id: b64(`PullRequest:${asIssue.id}`),
    html_url: 'https://github.com/acme/shop/pull/1',
    draft: true,
    assignee: null,
    closed_by: null,
    author_association: 'NONE',
    user: user('github-actions[bot]', emulator.state.users['github-actions[bot]']!.id, 'Bot'),
    pull_request: {
      url: `${api}/repos/acme/shop/pulls/1`,
      html_url: 'https://github.com/acme/shop/pull/1',
      diff_url: 'https://github.com/acme/shop/pull/1.diff',
      patch_url: 'https://github.com/acme/shop/pull/1.patch',
      merged_at: null,
    },
  });
  const comment = (await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'Checked' })).data;
  const url = `${api}/repos/acme/shop/issues/comments/${comment.id}`;
  expect(comment).toEqual({
    id: comment.id,
    node_id: b64(`IssueComment:${comment.id}`),
    url,
    html_url: `https://github.com/acme/shop/pull/1#issuecomment-${comment.id}`,
    body: 'Checked',
    user: user('github-actions[bot]', emulator.state.users['github-actions[bot]']!.id, 'Bot'),
    created_at: '2026-03-01T12:00:00Z',
    updated_at: '2026-03-01T12:00:00Z',
    issue_url: `${api}/repos/acme/shop/issues/1`,
    author_association: 'NONE',
    performed_via_github_app: null,
    reactions: reactions(url),
  });
});

test("the owning person is OWNER, a stranger NONE and shown with id 0 when the state does not know them", async () => {
  emulator.seed.repo('priya', 'notes', { ownerType: 'User' });
  emulator.seed.token('priya-token', 'priya');
  const octokit = clientFor(emulator, 'priya-token');
  await octokit.rest.issues.create({ owner: 'priya', repo: 'notes', title: 'mine' });
  expect((await octokit.rest.issues.get({ owner: 'priya', repo: 'notes', issue_number: 1 })).data.author_association).toBe('OWNER');
  emulator.seed.issue('priya/notes', { title: 'theirs', author: 'alice' });
  expect((await octokit.rest.issues.get({ owner: 'priya', repo: 'notes', issue_number: 2 })).data.author_association).toBe('NONE');
  emulator.state.repos['priya/notes']!.issues[1]!.author = 'ghost';
  expect((await octokit.rest.issues.get({ owner: 'priya', repo: 'notes', issue_number: 2 })).data.user).toEqual(user('ghost', 0));
  emulator.seed.issue('acme/shop', { title: 'org owned', author: 'acme' });
  expect((await clientFor(emulator).rest.issues.get({ ...repo, issue_number: 1 })).data.author_association).toBe('NONE');
});
