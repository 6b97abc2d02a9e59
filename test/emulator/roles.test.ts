/**
 * Each role as GitHub reports it: the legacy base role (`permission`: maintain reads as write, triage
 * as read), the role itself (`role_name`) and the five permission flags, for a collaborator's level
 * and for the caller of `GET /repos`. The engine decides who may run commands from these answers.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, refusal, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
let emulator: Emulator;

beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(async () => {
  emulator.assertNoValidationErrors();
  await emulator.close();
});

const FLAGS = {
  alice: { admin: true, maintain: true, push: true, triage: true, pull: true },
  erin: { admin: false, maintain: true, push: true, triage: true, pull: true },
  bob: { admin: false, maintain: false, push: true, triage: true, pull: true },
  carol: { admin: false, maintain: false, push: false, triage: true, pull: true },
  dave: { admin: false, maintain: false, push: false, triage: false, pull: true },
};

test("a collaborator's level: the base role, the role and its flags", async () => {
  const octokit = clientFor(emulator, 'alice-token');
  const levels = [];
  for (const username of Object.keys(FLAGS)) {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
    levels.push([username, data.permission, data.role_name, data.user?.role_name, data.user?.permissions]);
  }
  expect(levels).toEqual([
    ['alice', 'admin', 'admin', 'admin', FLAGS.alice],
    ['erin', 'write', 'maintain', 'maintain', FLAGS.erin],
    ['bob', 'write', 'write', 'write', FLAGS.bob],
    ['carol', 'read', 'triage', 'triage', FLAGS.carol],
    ['dave', 'read', 'read', 'read', FLAGS.dave],
  ]);
});

test('someone with no role on a private repository has no flag; an organisation has no level; a private repository says so', async () => {
  emulator.seed.user('stranger');
  emulator.seed.repo('acme', 'vault', { private: true, collaborators: { alice: 'admin' } });
  const { data } = await clientFor(emulator, 'alice-token').rest.repos.getCollaboratorPermissionLevel({ owner: 'acme', repo: 'vault', username: 'stranger' });
  expect(data.user?.permissions).toEqual({ admin: false, maintain: false, push: false, triage: false, pull: false });
  expect((await refusal(clientFor(emulator, 'alice-token').rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'acme' }))).status).toBe(404);
  const seen = await clientFor(emulator, 'alice-token').rest.repos.get({ owner: 'acme', repo: 'vault' });
  expect(seen.data).toMatchObject({ private: true, visibility: 'private', permissions: FLAGS.alice });
});

test("GET /repos gives each caller the flags of their role, and counts the open issues", async () => {
  emulator.seed.issue('acme/shop', { title: 'open' });
  emulator.seed.issue('acme/shop', { title: 'closed', state: 'closed' });
  for (const [login, flags] of Object.entries(FLAGS)) {
    const { data } = await clientFor(emulator, `${login}-token`).rest.repos.get(repo);
    expect([login, data.permissions, data.open_issues, data.open_issues_count, data.visibility]).toEqual([login, flags, 1, 1, 'public']);
  }
});
