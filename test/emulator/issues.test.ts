import { RequestError } from '@octokit/request-error';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
let emulator: Emulator;
let now: Date;

beforeEach(async () => {
  now = new Date('2026-03-01T12:00:00Z');
  emulator = await startEmulator({ now: () => now });
});
afterEach(async () => {
  emulator.assertNoValidationErrors();
  await emulator.close();
});

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (error instanceof RequestError) return error.status;
    throw error;
  }
}

describe('issues', () => {
  test('create, get and update round-trip with GitHub fields', async () => {
    const octokit = clientFor(emulator, 'alice-token');
    const created = await octokit.rest.issues.create({ ...repo, title: 'Checkout down', body: 'All 500s', labels: ['incident'], assignees: ['bob'] });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`${emulator.url}/repos/acme/shop/issues/1`);
    expect(created.data).toMatchObject({
      number: 1,
      title: 'Checkout down',
      body: 'All 500s',
      state: 'open',
      user: { login: 'alice', type: 'User' },
      labels: [{ name: 'incident' }],
      assignees: [{ login: 'bob' }],
      assignee: { login: 'bob' },
      created_at: '2026-03-01T12:00:00Z',
      html_url: 'https://github.com/acme/shop/issues/1',
      author_association: 'COLLABORATOR',
    });

    now = new Date('2026-03-01T12:05:00Z');
    const updated = await octokit.rest.issues.update({ ...repo, issue_number: 1, title: 'Checkout down (EU)', state: 'closed', state_reason: 'completed' });
    expect(updated.data).toMatchObject({ title: 'Checkout down (EU)', state: 'closed', state_reason: 'completed', closed_at: '2026-03-01T12:05:00Z' });
    expect(updated.data.closed_by?.login).toBe('alice');

    const fetched = await octokit.rest.issues.get({ ...repo, issue_number: 1 });
    expect(fetched.data.title).toBe('Checkout down (EU)');
    expect(fetched.data.updated_at).toBe('2026-03-01T12:05:00Z');
  });

  test('an unknown issue or repository is 404 with GitHub error shape', async () => {
    const octokit = clientFor(emulator);
    const error = await octokit.rest.issues.get({ ...repo, issue_number: 99 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).status).toBe(404);
    expect((error as RequestError).response?.data).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/issues/issues#get-an-issue',
      status: '404',
    });
    expect(await statusOf(octokit.rest.issues.get({ owner: 'acme', repo: 'nope', issue_number: 1 }))).toBe(404);
  });

  test('list filters by state, labels, creator and assignee', async () => {
    emulator.seed.issue('acme/shop', { title: 'one', labels: ['incident', 'sev-1'], author: 'alice' });
    emulator.seed.issue('acme/shop', { title: 'two', labels: ['incident'], author: 'bob', assignees: ['carol'] });
    emulator.seed.issue('acme/shop', { title: 'three', state: 'closed' });
    const octokit = clientFor(emulator);
    const titles = async (query: Record<string, string>): Promise<string[]> =>
      (await octokit.rest.issues.listForRepo({ ...repo, ...query })).data.map((issue) => issue.title);
    expect(await titles({})).toEqual(['two', 'one']);
    expect(await titles({ state: 'all', direction: 'asc' })).toEqual(['one', 'two', 'three']);
    expect(await titles({ state: 'closed' })).toEqual(['three']);
    expect(await titles({ labels: 'incident,sev-1' })).toEqual(['one']);
    expect(await titles({ labels: 'INCIDENT' })).toEqual(['two', 'one']);
    expect(await titles({ creator: 'bob' })).toEqual(['two']);
    expect(await titles({ assignee: 'carol' })).toEqual(['two']);
    expect(await titles({ assignee: 'none' })).toEqual(['one']);
  });

  test('pagination: per_page, page, Link headers, and octokit.paginate', async () => {
    for (let index = 1; index <= 7; index += 1) emulator.seed.issue('acme/shop', { title: `issue ${index}` });
    const octokit = clientFor(emulator);
    const second = await octokit.rest.issues.listForRepo({ ...repo, per_page: 3, page: 2, direction: 'asc' });
    expect(second.data.map((issue) => issue.number)).toEqual([4, 5, 6]);
    const link = second.headers.link ?? '';
    expect(link).toContain(`<${emulator.url}/repos/acme/shop/issues?per_page=3&page=3&direction=asc>; rel="next"`);
    expect(link).toContain('page=3&direction=asc>; rel="last"');
    expect(link).toContain('page=1&direction=asc>; rel="first"');
    expect(link).toContain('page=1&direction=asc>; rel="prev"');
    const last = await octokit.rest.issues.listForRepo({ ...repo, per_page: 3, page: 3, direction: 'asc' });
    expect(last.headers.link).not.toContain('rel="next"');
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, per_page: 2 });
    expect(all.map((issue) => issue.number)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    const pages = emulator.requests.filter((request) => request.operationId === 'issues/list-for-repo' && request.query.per_page === '2');
    expect(pages).toHaveLength(4);
  });

  test('per_page is capped at 100 as on GitHub', async () => {
    for (let index = 1; index <= 101; index += 1) emulator.seed.issue('acme/shop', { title: `issue ${index}` });
    const page = await clientFor(emulator).rest.issues.listForRepo({ ...repo, per_page: 500 });
    expect(page.data).toHaveLength(100);
  });

  test('bodies and titles over GitHub limits are refused with 422 and errors', async () => {
    const octokit = clientFor(emulator);
    const error = (await octokit.rest.issues.create({ ...repo, title: 'x', body: 'a'.repeat(65537) }).catch((caught: unknown) => caught)) as RequestError;
    expect(error.status).toBe(422);
    expect(error.response?.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
    });
    const exact = await octokit.rest.issues.create({ ...repo, title: 'x', body: 'a'.repeat(65536) });
    expect(exact.status).toBe(201);
    expect(await statusOf(octokit.rest.issues.create({ ...repo, title: 't'.repeat(257) }))).toBe(422);
  });
});

describe('issue events and timeline', () => {
  test('label, assign, close and reopen writes record events with actor, label and time', async () => {
    const bob = clientFor(emulator, 'bob-token');
    const issue = await bob.rest.issues.create({ ...repo, title: 'Outage' });
    now = new Date('2026-03-01T12:01:00Z');
    await bob.rest.issues.addLabels({ ...repo, issue_number: issue.data.number, labels: ['sev-1'] });
    now = new Date('2026-03-01T12:02:00Z');
    await clientFor(emulator).rest.issues.addAssignees({ ...repo, issue_number: 1, assignees: ['alice'] });
    now = new Date('2026-03-01T12:03:00Z');
    await bob.rest.issues.removeLabel({ ...repo, issue_number: 1, name: 'sev-1' });
    await bob.rest.issues.removeAssignees({ ...repo, issue_number: 1, assignees: ['alice'] });
    now = new Date('2026-03-01T12:04:00Z');
    await bob.rest.issues.update({ ...repo, issue_number: 1, state: 'closed', state_reason: 'not_planned' });
    await bob.rest.issues.update({ ...repo, issue_number: 1, state: 'open' });
    await bob.rest.issues.update({ ...repo, issue_number: 1, title: 'Outage (EU)' });

    const events = (await bob.rest.issues.listEvents({ ...repo, issue_number: 1 })).data;
    const summary = events.map((event) => {
      const detail = event as { label?: { name: string }; assignee?: { login: string }; state_reason?: string | null; rename?: { from: string; to: string } };
      return {
        event: event.event,
        actor: event.actor.login,
        at: event.created_at,
        label: detail.label?.name,
        assignee: detail.assignee?.login,
        reason: detail.state_reason,
        rename: detail.rename,
      };
    });
    expect(summary).toEqual([
      { event: 'labeled', actor: 'bob', at: '2026-03-01T12:01:00Z', label: 'sev-1', assignee: undefined, reason: undefined, rename: undefined },
      { event: 'assigned', actor: 'github-actions[bot]', at: '2026-03-01T12:02:00Z', label: undefined, assignee: 'alice', reason: undefined, rename: undefined },
      { event: 'unlabeled', actor: 'bob', at: '2026-03-01T12:03:00Z', label: 'sev-1', assignee: undefined, reason: undefined, rename: undefined },
      { event: 'unassigned', actor: 'bob', at: '2026-03-01T12:03:00Z', label: undefined, assignee: 'alice', reason: undefined, rename: undefined },
      { event: 'closed', actor: 'bob', at: '2026-03-01T12:04:00Z', label: undefined, assignee: undefined, reason: 'not_planned', rename: undefined },
      { event: 'reopened', actor: 'bob', at: '2026-03-01T12:04:00Z', label: undefined, assignee: undefined, reason: 'reopened', rename: undefined },
      {
        event: 'renamed',
        actor: 'bob',
        at: '2026-03-01T12:04:00Z',
        label: undefined,
        assignee: undefined,
        reason: undefined,
        rename: { from: 'Outage', to: 'Outage (EU)' },
      },
    ]);
  });

  test('labels and assignees given at creation leave events, as on GitHub', async () => {
    await clientFor(emulator, 'alice-token').rest.issues.create({ ...repo, title: 'x', labels: ['incident', 'sev-1'], assignees: ['bob'] });
    const events = (await clientFor(emulator).rest.issues.listEvents({ ...repo, issue_number: 1 })).data;
    expect(events.map((event) => [event.event, event.actor.login])).toEqual([
      ['labeled', 'alice'],
      ['labeled', 'alice'],
      ['assigned', 'alice'],
    ]);
  });

  test('people who cannot be assigned are skipped by add-assignees and refused by update', async () => {
    emulator.seed.user('stranger');
    const issue = emulator.seed.issue('acme/shop', { title: 'x' });
    const octokit = clientFor(emulator);
    const added = await octokit.rest.issues.addAssignees({ ...repo, issue_number: issue.number, assignees: ['stranger', 'carol', 'nobody'] });
    expect(added.data.assignees?.map((user) => user.login)).toEqual(['carol']);
    const error = (await octokit.rest.issues.update({ ...repo, issue_number: issue.number, assignees: ['stranger'] }).catch((caught: unknown) => caught)) as RequestError;
    expect(error.status).toBe(422);
    expect(error.response?.data).toMatchObject({ errors: [{ resource: 'Issue', code: 'invalid', field: 'assignees' }] });
  });

  test('the timeline interleaves comments and events in order', async () => {
    emulator.seed.issue('acme/shop', { title: 'x', author: 'alice', at: '2026-03-01T10:00:00Z' });
    emulator.seed.comment('acme/shop', 1, { body: 'first', author: 'bob', at: '2026-03-01T10:01:00Z' });
    emulator.seed.addLabels('acme/shop', 1, ['sev-1'], { actor: 'alice', at: '2026-03-01T10:02:00Z' });
    emulator.seed.comment('acme/shop', 1, { body: 'second', author: 'github-actions[bot]', at: '2026-03-01T10:03:00Z' });
    emulator.seed.close('acme/shop', 1, { actor: 'alice', at: '2026-03-01T10:04:00Z' });
    const timeline = (await clientFor(emulator).rest.issues.listEventsForTimeline({ ...repo, issue_number: 1 })).data;
    expect(timeline.map((item) => [item.event, 'body' in item ? item.body : undefined, (item as { created_at?: string }).created_at])).toEqual([
      ['commented', 'first', '2026-03-01T10:01:00Z'],
      ['labeled', undefined, '2026-03-01T10:02:00Z'],
      ['commented', 'second', '2026-03-01T10:03:00Z'],
      ['closed', undefined, '2026-03-01T10:04:00Z'],
    ]);
    const comment = timeline[2] as { user?: { login: string; type: string }; actor?: { login: string } };
    expect(comment.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    expect(comment.actor?.login).toBe('github-actions[bot]');
  });
});
