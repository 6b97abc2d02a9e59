/**
 * Issue writes leave exactly the events GitHub leaves, and no more: the engine reads the timeline to
 * know who acknowledged, who was paged and when an incident closed, so an event too many or too few
 * in the emulator would let a timeline bug pass.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, refusal, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
let emulator: Emulator;
let now: number;

beforeEach(async () => {
  now = Date.parse('2026-03-01T12:00:00Z');
  emulator = await startEmulator({ now: () => new Date(now) });
  emulator.seed.issue('acme/shop', { title: 'Checkout down', assignees: ['alice', 'bob'] });
});
afterEach(async () => {
  emulator.assertNoValidationErrors();
  await emulator.close();
});

function events(): string[] {
  return emulator.state.repos['acme/shop']!.events.filter((event) => event.issueNumber === 1).map((event) => [event.event, event.assignee ?? event.stateReason ?? ''].join(' ').trim());
}

test('setting the assignees unassigns those left out and assigns the new ones, whatever the case of a login', async () => {
  const before = events().length;
  const updated = await clientFor(emulator).rest.issues.update({ ...repo, issue_number: 1, assignees: ['BOB', 'carol'] });
  expect(updated.data.assignees?.map((user) => user.login)).toEqual(['bob', 'carol']);
  expect(events().slice(before)).toEqual(['unassigned alice', 'assigned carol']);
});

test('an owner with admin rights is assignable without being a listed collaborator; a bot and a stranger are not', async () => {
  emulator.seed.user('acme-owner');
  emulator.state.repos['acme/shop']!.owner = 'acme-owner';
  emulator.seed.user('deploy[bot]', { type: 'Bot' });
  emulator.seed.user('stranger');
  const octokit = clientFor(emulator);
  const added = await octokit.rest.issues.addAssignees({ ...repo, issue_number: 1, assignees: ['deploy[bot]', 'stranger', 'alice', 'acme-owner'] });
  expect(added.data.assignees?.map((user) => user.login)).toEqual(['alice', 'bob', 'acme-owner']);
  for (const login of ['deploy[bot]', 'stranger']) {
    expect(await refusal(octokit.rest.issues.update({ ...repo, issue_number: 1, assignees: [login] }))).toMatchObject({ status: 422, data: { errors: [{ resource: 'Issue', code: 'invalid', field: 'assignees' }] } });
  }
  expect(await refusal(octokit.rest.issues.create({ ...repo, title: 'x', assignees: ['stranger'] }))).toMatchObject({ status: 422, data: { errors: [{ field: 'assignees' }] } });
  expect(events()).toEqual(['assigned alice', 'assigned bob', 'assigned acme-owner']);
});

test('unassigning someone not assigned changes nothing and leaves no event', async () => {
  const octokit = clientFor(emulator);
  const answer = await octokit.rest.issues.removeAssignees({ ...repo, issue_number: 1, assignees: ['carol', 'ALICE'] });
  expect(answer.data.assignees?.map((user) => user.login)).toEqual(['bob']);
  expect(events()).toEqual(['assigned alice', 'assigned bob', 'unassigned alice']);
});

test('closing a closed issue leaves no second event but takes the new reason; reopening clears the close time', async () => {
  const octokit = clientFor(emulator);
  now += 60_000;
  await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'closed' });
  now += 60_000;
  const again = await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'closed', state_reason: 'not_planned' });
  expect(again.data).toMatchObject({ state: 'closed', state_reason: 'not_planned', closed_at: '2026-03-01T12:01:00Z', closed_by: { login: 'github-actions[bot]' } });
  const reopened = await octokit.rest.issues.update({ ...repo, issue_number: 1, state: 'open' });
  expect(reopened.data).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });
  expect(events().slice(2)).toEqual(['closed completed', 'reopened reopened']);
});

test('the same title leaves no renamed event; a new body leaves none but moves the update time', async () => {
  const octokit = clientFor(emulator);
  now += 60_000;
  await octokit.rest.issues.update({ ...repo, issue_number: 1, title: 'Checkout down' });
  expect(events()).toEqual(['assigned alice', 'assigned bob']);
  now += 60_000;
  const updated = await octokit.rest.issues.update({ ...repo, issue_number: 1, body: 'Card payments fail.' });
  expect(updated.data).toMatchObject({ body: 'Card payments fail.', updated_at: '2026-03-01T12:02:00Z' });
  expect(events()).toEqual(['assigned alice', 'assigned bob']);
  await octokit.rest.issues.update({ ...repo, issue_number: 1, title: 'Checkout slow' });
  expect(emulator.state.repos['acme/shop']!.events.at(-1)).toMatchObject({ event: 'renamed', rename: { from: 'Checkout down', to: 'Checkout slow' } });
});

test('a blank title is a missing field; a pull request title over 256 characters is refused as a pull request', async () => {
  const octokit = clientFor(emulator);
  expect(await refusal(octokit.rest.issues.create({ ...repo, title: '   ' }))).toMatchObject({ status: 422, data: { errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }] } });
  emulator.seed.commit('acme/shop', 'fix', { 'a.txt': 'a\n' }, { actor: 'bob' });
  expect(await refusal(octokit.rest.pulls.create({ ...repo, title: 't'.repeat(257), head: 'fix', base: 'main' }))).toMatchObject({
    status: 422,
    data: { errors: [{ resource: 'PullRequest', code: 'custom', field: 'title', message: 'title is too long (maximum is 256 characters)' }] },
  });
  expect((await octokit.rest.pulls.create({ ...repo, title: 't'.repeat(256), head: 'fix', base: 'main' })).status).toBe(201);
});

test('setting the assignees to the last one unassigns each of the others once', async () => {
  emulator.seed.assign('acme/shop', 1, ['carol']);
  const before = events().length;
  await clientFor(emulator).rest.issues.update({ ...repo, issue_number: 1, assignees: ['carol'] });
  expect(events().slice(before)).toEqual(['unassigned alice', 'unassigned bob']);
});

test('a bot is not assignable even when listed as a collaborator', async () => {
  emulator.seed.user('deploy[bot]', { type: 'Bot' });
  emulator.seed.collaborator('acme/shop', 'deploy[bot]', 'write');
  const added = await clientFor(emulator).rest.issues.addAssignees({ ...repo, issue_number: 1, assignees: ['deploy[bot]'] });
  expect(added.data.assignees?.map((user) => user.login)).toEqual(['alice', 'bob']);
});

test('closing a closed issue without a reason keeps its reason', async () => {
  emulator.seed.close('acme/shop', 1, { reason: 'not_planned' });
  const again = await clientFor(emulator).rest.issues.update({ ...repo, issue_number: 1, state: 'closed' });
  expect(again.data.state_reason).toBe('not_planned');
});

test('removing a label records it as the repository names and colours it, or by the name removed when the repository no longer has it', async () => {
  emulator.seed.addLabels('acme/shop', 1, ['sev-1', 'ghost']);
  const repoRecord = emulator.state.repos['acme/shop']!;
  repoRecord.labels = repoRecord.labels.filter((label) => label.name !== 'ghost');
  const octokit = clientFor(emulator);
  await octokit.rest.issues.removeLabel({ ...repo, issue_number: 1, name: 'SEV-1' });
  await octokit.rest.issues.removeLabel({ ...repo, issue_number: 1, name: 'ghost' });
  expect(repoRecord.events.filter((event) => event.event === 'unlabeled').map((event) => event.label)).toEqual([
    { name: 'sev-1', color: 'b60205' },
    { name: 'ghost', color: 'ededed' },
  ]);
});

test('a new issue is unlocked', async () => {
  expect((await clientFor(emulator).rest.issues.create({ ...repo, title: 'x' })).data.locked).toBe(false);
});

test('a pull request title or body over the limit is refused as a pull request on update too', async () => {
  const octokit = clientFor(emulator);
  emulator.seed.commit('acme/shop', 'fix', { 'a.txt': 'a\n' }, { actor: 'bob' });
  const pull = (await octokit.rest.pulls.create({ ...repo, title: 'fix', head: 'fix', base: 'main' })).data.number;
  expect(await refusal(octokit.rest.pulls.update({ ...repo, pull_number: pull, title: 't'.repeat(257) }))).toMatchObject({
    data: { errors: [{ resource: 'PullRequest', code: 'custom', field: 'title', message: 'title is too long (maximum is 256 characters)' }] },
  });
  expect(await refusal(octokit.rest.pulls.update({ ...repo, pull_number: pull, body: 'b'.repeat(65537) }))).toMatchObject({
    data: { errors: [{ resource: 'PullRequest', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] },
  });
  expect(await refusal(octokit.rest.issues.update({ ...repo, issue_number: 1, body: 'b'.repeat(65537) }))).toMatchObject({ data: { errors: [{ resource: 'Issue', field: 'body' }] } });
});
