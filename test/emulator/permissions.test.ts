import { RequestError } from '@octokit/request-error';
import { afterEach, beforeEach, expect, test } from 'vitest';
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

test.each([
  ['alice', 'admin', 'admin'],
  ['erin', 'write', 'maintain'],
  ['bob', 'write', 'write'],
  ['carol', 'read', 'triage'],
  ['dave', 'read', 'read'],
])('%s: permission %s, role_name %s', async (username, permission, roleName) => {
  const answer = await clientFor(emulator).rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
  expect(answer.data.permission).toBe(permission);
  expect(answer.data.role_name).toBe(roleName);
  expect(answer.data.user?.login).toBe(username);
  expect(answer.data.user?.role_name).toBe(roleName);
});

test('someone without a role can read a public repository and nothing of a private one', async () => {
  emulator.seed.user('stranger');
  emulator.seed.repo('acme', 'vault', { private: true, collaborators: { alice: 'admin' } });
  const octokit = clientFor(emulator);
  const onPublic = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'stranger' });
  expect([onPublic.data.permission, onPublic.data.role_name]).toEqual(['read', 'read']);
  const onPrivate = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: 'acme', repo: 'vault', username: 'stranger' });
  expect([onPrivate.data.permission, onPrivate.data.role_name]).toEqual(['none', 'none']);
});

test('the owner of a user repository is admin without being listed', async () => {
  emulator.seed.repo('octocat', 'hello', { ownerType: 'User' });
  const answer = await clientFor(emulator).rest.repos.getCollaboratorPermissionLevel({ owner: 'octocat', repo: 'hello', username: 'octocat' });
  expect(answer.data.role_name).toBe('admin');
});

test('an unknown user is 404; a caller without push access is 403', async () => {
  const unknown = await clientFor(emulator)
    .rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'ghost-of-nobody' })
    .catch((caught: unknown) => caught);
  expect((unknown as RequestError).status).toBe(404);
  const refused = await clientFor(emulator, 'carol-token')
    .rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'bob' })
    .catch((caught: unknown) => caught);
  expect((refused as RequestError).status).toBe(403);
  expect((refused as RequestError).response?.data).toMatchObject({ message: 'Must have push access to view collaborator permission.' });
});

test('GET /repos reports the caller permissions and the default branch', async () => {
  const answer = await clientFor(emulator, 'carol-token').rest.repos.get(repo);
  expect(answer.data).toMatchObject({ full_name: 'acme/shop', default_branch: 'main', private: false, owner: { login: 'acme', type: 'Organization' } });
  expect(answer.data.permissions).toEqual({ admin: false, maintain: false, push: false, triage: true, pull: true });
});

test('a token made for a user acts as that user; any other token as github-actions[bot]', async () => {
  await clientFor(emulator, 'alice-token').rest.issues.create({ ...repo, title: 'by alice' });
  await clientFor(emulator, 'whatever').rest.issues.create({ ...repo, title: 'by the bot' });
  expect(emulator.requests.map((request) => request.user)).toEqual(['alice', 'github-actions[bot]']);
  const authors = emulator.state.repos['acme/shop']?.issues.map((issue) => issue.author);
  expect(authors).toEqual(['alice', 'github-actions[bot]']);
});
