/**
 * The contents API at other refs and with other signatures, as the playbook check and the review
 * flow read and write: a ref given as a branch, a full ref or a commit; paths with stray
 * slashes; writes to a branch that must exist; the committer and author a caller names.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, refusal, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
let emulator: Emulator;
let octokit: ReturnType<typeof clientFor>;
let edit: string;

beforeEach(async () => {
  emulator = await startEmulator();
  octokit = clientFor(emulator);
  edit = emulator.seed.commit('acme/shop', 'edit', { 'playbooks/settings.yaml': 'kind: settings\nname: edited\n' }, { actor: 'bob' });
});
afterEach(async () => {
  emulator.assertNoValidationErrors();
  await emulator.close();
});

async function text(path: string, ref?: string): Promise<string> {
  const answer = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path, ...(ref === undefined ? {} : { ref }) });
  return Buffer.from((answer.data as { content: string }).content.replace(/\n/g, ''), 'base64').toString('utf8');
}

test('reads a file at a branch, a full ref or a commit, and says which ref it could not find', async () => {
  expect(await text('playbooks/settings.yaml')).toBe('kind: settings\n');
  expect(await text('playbooks/settings.yaml', 'edit')).toBe('kind: settings\nname: edited\n');
  expect(await text('playbooks/settings.yaml', 'refs/heads/edit')).toBe('kind: settings\nname: edited\n');
  expect(await text('playbooks/settings.yaml', 'heads/edit')).toBe('kind: settings\nname: edited\n');
  expect(await text('playbooks/settings.yaml', edit)).toBe('kind: settings\nname: edited\n');
  expect(await refusal(octokit.rest.repos.getContent({ ...repo, path: 'playbooks/settings.yaml', ref: 'gone' }))).toMatchObject({ status: 404, data: { message: 'No commit found for the ref gone' } });
});

test('lists the entries of a directory named with a trailing slash, with their full paths', async () => {
  const dir = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path: 'playbooks/' });
  expect((dir.data as { path: string }[]).map(({ path }) => path)).toEqual(['playbooks/settings.yaml']);
});

test('writes to the branch named, refusing one that does not exist', async () => {
  const content = Buffer.from('kind: roles\n').toString('base64');
  expect(await refusal(octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: 'playbooks/roles.yaml', message: 'Add', content, branch: 'gone' }))).toMatchObject({
    status: 404,
    data: { message: 'Branch gone not found' },
  });
  const written = await octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: '/playbooks/roles.yaml', message: 'Add', content, branch: 'edit' });
  expect(written.data.content).toMatchObject({ path: 'playbooks/roles.yaml' });
  expect(written.data.commit.parents?.map((parent) => parent.sha)).toEqual([edit]);
  expect(await text('playbooks/roles.yaml', 'edit')).toBe('kind: roles\n');
  expect(await refusal(octokit.rest.repos.getContent({ ...repo, path: 'playbooks/roles.yaml' }))).toMatchObject({ status: 404 });
});

test('signs with the committer and author given, dated now unless dated; the author is the committer unless given', async () => {
  const content = Buffer.from('x\n').toString('base64');
  const committer = { name: 'Review bot', email: 'review@example.com' };
  const byCommitter = await octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: 'a.md', message: 'a', content, committer });
  expect(byCommitter.data.commit.committer).toEqual({ ...committer, date: '2026-03-01T12:00:00Z' });
  expect(byCommitter.data.commit.author).toEqual({ ...committer, date: '2026-03-01T12:00:00Z' });
  const author = { name: 'Priya', email: 'priya@example.com', date: '2026-02-01T00:00:00Z' };
  const both = await octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: 'b.md', message: 'b', content, committer: { ...committer, date: '2026-02-02T00:00:00Z' }, author });
  expect(both.data.commit.author).toEqual(author);
  expect(both.data.commit.committer).toEqual({ ...committer, date: '2026-02-02T00:00:00Z' });
  const undated = await octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: 'c.md', message: 'c', content, author: { name: 'Priya', email: 'priya@example.com' } });
  expect(undated.data.commit.author).toEqual({ name: 'Priya', email: 'priya@example.com', date: '2026-03-01T12:00:00Z' });
});
