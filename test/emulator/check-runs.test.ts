/**
 * Check runs as the playbook check writes them: created queued unless told otherwise, completed by a
 * conclusion (keeping the completion time the caller gives, or the first one), the output replaced
 * whole, every field GitHub shows answered back, and a run that does not exist a 404.
 */
import { RequestError } from '@octokit/request-error';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
let emulator: Emulator;
let head: string;
let now: number;

beforeEach(async () => {
  now = Date.parse('2026-03-01T12:00:00Z');
  emulator = await startEmulator({ now: () => new Date(now) });
  head = emulator.seed.commit('acme/shop', 'edit', { 'playbooks/roles.yaml': 'kind: roles\n' }, { actor: 'bob' });
});
afterEach(async () => {
  emulator.assertNoValidationErrors();
  await emulator.close();
});

test('a new run is queued, started now, with nothing else set', async () => {
  const created = await clientFor(emulator).rest.checks.create({ ...repo, name: 'playbook-ops', head_sha: head });
  expect(created.data).toMatchObject({
    name: 'playbook-ops',
    head_sha: head,
    status: 'queued',
    conclusion: null,
    started_at: '2026-03-01T12:00:00Z',
    completed_at: null,
    details_url: null,
    external_id: null,
    output: { title: null, summary: null, text: null, annotations_count: 0 },
    html_url: `https://github.com/acme/shop/runs/${created.data.id}`,
    url: `${emulator.url}/repos/acme/shop/check-runs/${created.data.id}`,
  });
});

test('a run created with every field keeps each, and a conclusion completes it at the time given', async () => {
  const created = await clientFor(emulator).rest.checks.create({
    ...repo,
    name: 'playbook-ops',
    head_sha: head,
    details_url: 'https://example.com/run/1',
    external_id: 'pr-7',
    started_at: '2026-03-01T11:00:00Z',
    conclusion: 'success',
    completed_at: '2026-03-01T11:30:00Z',
    output: { title: 'No problems', summary: '3 files checked', text: 'All good' },
  });
  expect(created.data).toMatchObject({
    status: 'completed',
    conclusion: 'success',
    started_at: '2026-03-01T11:00:00Z',
    completed_at: '2026-03-01T11:30:00Z',
    details_url: 'https://example.com/run/1',
    external_id: 'pr-7',
    output: { title: 'No problems', summary: '3 files checked', text: 'All good' },
  });
});

test('an update renames, sets the status, replaces the output whole and keeps the first completion time', async () => {
  const octokit = clientFor(emulator);
  const { id } = (await octokit.rest.checks.create({ ...repo, name: 'playbook-ops', head_sha: head, output: { title: 'Checking', summary: 'started', text: 'details' } })).data;
  now += 60_000;
  const running = await octokit.rest.checks.update({ ...repo, check_run_id: id, name: 'playbook-ops validate', status: 'in_progress', output: { title: 'Checking', summary: 'half way' } });
  expect(running.data).toMatchObject({ name: 'playbook-ops validate', status: 'in_progress', completed_at: null, output: { title: 'Checking', summary: 'half way', text: null } });
  now += 60_000;
  expect((await octokit.rest.checks.update({ ...repo, check_run_id: id, conclusion: 'failure' })).data).toMatchObject({ status: 'completed', conclusion: 'failure', completed_at: '2026-03-01T12:02:00Z' });
  now += 60_000;
  expect((await octokit.rest.checks.update({ ...repo, check_run_id: id, conclusion: 'success' })).data).toMatchObject({ conclusion: 'success', completed_at: '2026-03-01T12:02:00Z', output: { summary: 'half way' } });
});

test('updating a run that does not exist is 404', async () => {
  const error = await clientFor(emulator).rest.checks.update({ ...repo, check_run_id: 999, status: 'in_progress' }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(RequestError);
  expect((error as RequestError).status).toBe(404);
});
