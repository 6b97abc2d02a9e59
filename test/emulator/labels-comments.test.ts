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
  emulator.seed.issue('acme/shop', { title: 'Outage' });
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

describe('repository labels', () => {
  test('list, get (without case) and create', async () => {
    const octokit = clientFor(emulator);
    const created = await octokit.rest.issues.createLabel({ ...repo, name: 'sev-2', color: 'D93F0B', description: 'High' });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ name: 'sev-2', color: 'd93f0b', description: 'High', default: false });
    const fetched = await octokit.rest.issues.getLabel({ ...repo, name: 'SEV-1' });
    expect(fetched.data).toMatchObject({ name: 'sev-1', color: 'b60205', description: 'Critical' });
    const names = (await octokit.rest.issues.listLabelsForRepo(repo)).data.map((label) => label.name);
    expect(names).toEqual(['incident', 'sev-1', 'sev-2']);
    expect((await failure(octokit.rest.issues.getLabel({ ...repo, name: 'nope' }))).status).toBe(404);
  });

  test('creating a label that exists is 422 already_exists', async () => {
    const error = await failure(clientFor(emulator).rest.issues.createLabel({ ...repo, name: 'Incident' }));
    expect(error.status).toBe(422);
    expect(error.response?.data).toEqual({
      message: 'Validation Failed',
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
      documentation_url: 'https://docs.github.com/rest/issues/labels#create-a-label',
      status: '422',
    });
  });
});

describe('updating a repository label', () => {
  test('renames it on every issue that has it, changes colour and description, refuses a taken name', async () => {
    const octokit = clientFor(emulator);
    await octokit.rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['sev-1'] });
    const updated = await octokit.rest.issues.updateLabel({ ...repo, name: 'SEV-1', new_name: 'critical', color: '#FF0000', description: 'Worst' });
    expect(updated.data).toMatchObject({ name: 'critical', color: 'ff0000', description: 'Worst' });
    expect((await octokit.rest.issues.listLabelsOnIssue({ ...repo, issue_number: 1 })).data.map((label) => label.name)).toEqual(['critical']);
    expect((await octokit.rest.issues.updateLabel({ ...repo, name: 'critical', description: '' })).data.description).toBeNull();
    expect((await failure(octokit.rest.issues.updateLabel({ ...repo, name: 'critical', new_name: 'Incident' }))).status).toBe(422);
    expect((await failure(octokit.rest.issues.updateLabel({ ...repo, name: 'nope', color: '000000' }))).status).toBe(404);
  });
});

describe('labels on an issue', () => {
  test('add (creating missing labels), set, remove one, remove all', async () => {
    const octokit = clientFor(emulator);
    const added = await octokit.rest.issues.addLabels({ ...repo, issue_number: 1, labels: ['incident', 'brand-new'] });
    expect(added.data.map((label) => label.name)).toEqual(['incident', 'brand-new']);
    expect((await octokit.rest.issues.getLabel({ ...repo, name: 'brand-new' })).data.color).toBe('ededed');

    const set = await octokit.rest.issues.setLabels({ ...repo, issue_number: 1, labels: ['sev-1', 'incident'] });
    expect(set.data.map((label) => label.name)).toEqual(['incident', 'sev-1']);

    const removed = await octokit.rest.issues.removeLabel({ ...repo, issue_number: 1, name: 'incident' });
    expect(removed.data.map((label) => label.name)).toEqual(['sev-1']);
    const missing = await failure(octokit.rest.issues.removeLabel({ ...repo, issue_number: 1, name: 'incident' }));
    expect(missing.status).toBe(404);
    expect(missing.response?.data).toMatchObject({ message: 'Label does not exist' });

    const cleared = await octokit.rest.issues.removeAllLabels({ ...repo, issue_number: 1 });
    expect(cleared.status).toBe(204);
    expect((await octokit.rest.issues.listLabelsOnIssue({ ...repo, issue_number: 1 })).data).toEqual([]);

    const events = (await octokit.rest.issues.listEvents({ ...repo, issue_number: 1 })).data;
    expect(events.map((event) => `${event.event}:${(event as { label?: { name: string } }).label?.name ?? ''}`)).toEqual([
      'labeled:incident',
      'labeled:brand-new',
      'unlabeled:brand-new',
      'labeled:sev-1',
      'unlabeled:incident',
      'unlabeled:sev-1',
    ]);
  });
});

describe('issue comments', () => {
  test('create, get, update, delete', async () => {
    const octokit = clientFor(emulator);
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'Paging on-call' });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      body: 'Paging on-call',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      created_at: '2026-03-01T12:00:00Z',
      issue_url: `${emulator.url}/repos/acme/shop/issues/1`,
      html_url: `https://github.com/acme/shop/issues/1#issuecomment-${created.data.id}`,
    });
    now = new Date('2026-03-01T12:10:00Z');
    const updated = await octokit.rest.issues.updateComment({ ...repo, comment_id: created.data.id, body: 'Paged' });
    expect(updated.data).toMatchObject({ body: 'Paged', created_at: '2026-03-01T12:00:00Z', updated_at: '2026-03-01T12:10:00Z' });
    expect((await octokit.rest.issues.getComment({ ...repo, comment_id: created.data.id })).data.body).toBe('Paged');
    expect((await octokit.rest.issues.get({ ...repo, issue_number: 1 })).data.comments).toBe(1);
    expect((await octokit.rest.issues.deleteComment({ ...repo, comment_id: created.data.id })).status).toBe(204);
    expect((await failure(octokit.rest.issues.getComment({ ...repo, comment_id: created.data.id }))).status).toBe(404);
  });

  test('list paginates and filters by since', async () => {
    for (let minute = 0; minute < 5; minute += 1) {
      emulator.seed.comment('acme/shop', 1, { body: `c${minute}`, at: `2026-03-01T10:0${minute}:00Z` });
    }
    const octokit = clientFor(emulator);
    const first = await octokit.rest.issues.listComments({ ...repo, issue_number: 1, per_page: 2 });
    expect(first.data.map((comment) => comment.body)).toEqual(['c0', 'c1']);
    expect(first.headers.link).toContain('rel="next"');
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 1, per_page: 2 });
    expect(all.map((comment) => comment.body)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    const since = await octokit.rest.issues.listComments({ ...repo, issue_number: 1, since: '2026-03-01T10:03:00Z' });
    expect(since.data.map((comment) => comment.body)).toEqual(['c3', 'c4']);
  });

  test('only the author or someone with triage may edit or delete a comment', async () => {
    const comment = emulator.seed.comment('acme/shop', 1, { body: 'state', author: 'github-actions[bot]' });
    const reader = await failure(clientFor(emulator, 'dave-token').rest.issues.updateComment({ ...repo, comment_id: comment.id, body: 'forged' }));
    expect(reader.status).toBe(403);
    expect(emulator.state.repos['acme/shop']?.comments[0]?.body).toBe('state');
    const triager = await clientFor(emulator, 'carol-token').rest.issues.updateComment({ ...repo, comment_id: comment.id, body: 'tidied' });
    expect(triager.data.body).toBe('tidied');
  });

  test('a comment over 65536 characters is 422 as on GitHub', async () => {
    const error = await failure(clientFor(emulator).rest.issues.createComment({ ...repo, issue_number: 1, body: 'x'.repeat(65537) }));
    expect(error.status).toBe(422);
    expect(error.response?.data).toMatchObject({ errors: [{ resource: 'IssueComment', field: 'body', code: 'custom' }] });
  });
});
