/**
 * Listing and updating issues where the engine's reads and writes depend on GitHub's exact rules:
 * the sort keys and directions, `since`, the assignee wildcards, the forms GitHub accepts for labels,
 * assignees and titles, and an update that is refused changing nothing.
 */
import { RequestError } from '@octokit/request-error';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
let emulator: Emulator;

beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(async () => {
  emulator.assertNoValidationErrors();
  await emulator.close();
});

describe('listing issues', () => {
  beforeEach(() => {
    emulator.seed.issue('acme/shop', { title: 'one', at: '2026-02-01T00:00:00Z', assignees: ['carol'] });
    emulator.seed.issue('acme/shop', { title: 'two', at: '2026-02-03T00:00:00Z' });
    emulator.seed.issue('acme/shop', { title: 'three', at: '2026-02-02T00:00:00Z', assignees: ['bob'] });
    emulator.seed.comment('acme/shop', 1, { body: 'a', at: '2026-02-04T00:00:00Z' });
    emulator.seed.comment('acme/shop', 1, { body: 'b', at: '2026-02-04T00:00:00Z' });
    emulator.seed.comment('acme/shop', 3, { body: 'c', at: '2026-02-02T12:00:00Z' });
  });
  const titles = async (query: Record<string, string>) => (await clientFor(emulator).request('GET /repos/{owner}/{repo}/issues', { ...repo, ...query })).data.map((issue: { title: string }) => issue.title);

  test('sorts by creation, last update or comment count, newest or most first unless asked ascending', async () => {
    expect(await titles({})).toEqual(['two', 'three', 'one']);
    expect(await titles({ direction: 'asc' })).toEqual(['one', 'three', 'two']);
    expect(await titles({ sort: 'updated' })).toEqual(['one', 'two', 'three']);
    expect(await titles({ sort: 'comments' })).toEqual(['one', 'three', 'two']);
    expect(await titles({ sort: 'comments', direction: 'asc' })).toEqual(['two', 'three', 'one']);
  });

  test('breaks a tie by number in the direction asked', async () => {
    emulator.seed.issue('acme/shop', { title: 'four', at: '2026-02-03T00:00:00Z' });
    expect(await titles({})).toEqual(['four', 'two', 'three', 'one']);
    expect(await titles({ direction: 'asc' })).toEqual(['one', 'three', 'two', 'four']);
  });

  test('keeps issues updated at or after since, and reads the assignee wildcards', async () => {
    expect(await titles({ since: '2026-02-03T00:00:00Z' })).toEqual(['two', 'one']);
    expect(await titles({ assignee: '*' })).toEqual(['three', 'one']);
    expect(await titles({ assignee: 'none' })).toEqual(['two']);
    expect(await titles({ assignee: 'BOB' })).toEqual(['three']);
  });
});

describe('writing issues', () => {
  test('takes labels and assignees as names or objects, a single assignee, and a number as title', async () => {
    const octokit = clientFor(emulator);
    const created = await octokit.request('POST /repos/{owner}/{repo}/issues', { ...repo, title: 42, labels: [{ name: 'incident' }, 'sev-1'], assignee: 'bob' });
    expect(created.data).toMatchObject({ title: '42', labels: [{ name: 'incident' }, { name: 'sev-1' }], assignees: [{ login: 'bob' }] });
    expect(created.headers.location).toBe(`${emulator.url}/repos/acme/shop/issues/1`);
    const objects = await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: 1, assignees: [{ login: 'carol' }, {}], labels: [{}, { name: 'sev-2' }] });
    expect(objects.data).toMatchObject({ assignees: [{ login: 'carol' }], labels: [{ name: 'sev-2' }] });
    const none = await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: 1, assignee: null, title: null });
    expect(none.data).toMatchObject({ title: '42', assignees: [] });
  });

  test('a bad label name refuses the whole update: neither the title nor the labels change', async () => {
    const octokit = clientFor(emulator);
    emulator.seed.issue('acme/shop', { title: 'Checkout down', labels: ['incident'] });
    const error = await octokit.rest.issues.update({ ...repo, issue_number: 1, title: 'Renamed', labels: ['sev-1', ' '] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).response?.data).toMatchObject({ errors: [{ resource: 'Label', code: 'missing_field', field: 'name' }] });
    expect(emulator.state.repos['acme/shop']!.issues[0]).toMatchObject({ title: 'Checkout down', labels: ['incident'] });
  });

  test('a reason alone changes a closed issue and is ignored on an open one', async () => {
    const octokit = clientFor(emulator);
    emulator.seed.issue('acme/shop', { title: 'open' });
    emulator.seed.issue('acme/shop', { title: 'closed', state: 'closed' });
    expect((await octokit.rest.issues.update({ ...repo, issue_number: 2, state_reason: 'not_planned' })).data).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect((await octokit.rest.issues.update({ ...repo, issue_number: 1, state_reason: 'not_planned' })).data).toMatchObject({ state: 'open', state_reason: null });
  });
});
