import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createEmulator } from '../../src/emulator/index.js';
import { clientFor } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'emulator-state-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('state written over HTTP survives a restart from the state file', async () => {
  const path = join(dir, 'state.json');
  const first = await createEmulator({ persistPath: path });
  first.seed.repo('acme', 'shop', { collaborators: { alice: 'admin' } });
  first.seed.token('alice-token', 'alice');
  const octokit = clientFor(first, 'alice-token');
  const issue = await octokit.rest.issues.create({ owner: 'acme', repo: 'shop', title: 'Outage', labels: ['incident'] });
  await octokit.rest.issues.createComment({ owner: 'acme', repo: 'shop', issue_number: issue.data.number, body: 'on it' });
  await first.close();
  const saved = JSON.parse(readFileSync(path, 'utf8')) as { repos: Record<string, { issues: { title: string }[] }> };
  expect(saved.repos['acme/shop']?.issues[0]?.title).toBe('Outage');

  const second = await createEmulator({ persistPath: path });
  try {
    const again = clientFor(second, 'alice-token');
    const comments = await again.rest.issues.listComments({ owner: 'acme', repo: 'shop', issue_number: 1 });
    expect(comments.data.map((comment) => [comment.user?.login, comment.body])).toEqual([['alice', 'on it']]);
    const events = await again.rest.issues.listEvents({ owner: 'acme', repo: 'shop', issue_number: 1 });
    expect(events.data.map((event) => event.event)).toEqual(['labeled']);
    const next = await again.rest.issues.create({ owner: 'acme', repo: 'shop', title: 'Second' });
    expect(next.data.number).toBe(2);
    second.assertNoValidationErrors();
  } finally {
    await second.close();
  }
});

test('a state file that is not emulator state is refused', async () => {
  const path = join(dir, 'state.json');
  writeFileSync(path, '{"hello": "world"}');
  await expect(createEmulator({ persistPath: path })).rejects.toThrow(/does not hold emulator state/);
});

test('seeds leave the same history as HTTP writes, at the times given', async () => {
  const emulator = await createEmulator({ now: () => new Date('2026-03-01T12:00:00Z') });
  try {
    emulator.seed.repo('acme', 'shop', { collaborators: { alice: 'admin', bob: 'write' } });
    const issue = emulator.seed.issue('acme/shop', { title: 'Outage', author: 'alice', labels: ['incident', 'sev-2'], at: '2026-03-01T09:00:00Z' });
    emulator.seed.addLabels('acme/shop', issue.number, ['sev-1'], { actor: 'bob', at: new Date('2026-03-01T09:30:00Z') });
    emulator.seed.removeLabel('acme/shop', issue.number, 'sev-2', { actor: 'bob', at: '2026-03-01T09:30:00Z' });
    emulator.seed.assign('acme/shop', issue.number, ['alice'], { actor: 'bob' });
    emulator.seed.unassign('acme/shop', issue.number, ['alice'], { actor: 'bob' });
    emulator.seed.close('acme/shop', issue.number, { actor: 'alice', reason: 'completed' });
    emulator.seed.reopen('acme/shop', issue.number, { actor: 'alice' });
    const events = emulator.state.repos['acme/shop']?.events.map((event) => [event.event, event.actor, event.createdAt, event.label?.name ?? event.assignee ?? null]);
    expect(events).toEqual([
      ['labeled', 'alice', '2026-03-01T09:00:00Z', 'incident'],
      ['labeled', 'alice', '2026-03-01T09:00:00Z', 'sev-2'],
      ['labeled', 'bob', '2026-03-01T09:30:00Z', 'sev-1'],
      ['unlabeled', 'bob', '2026-03-01T09:30:00Z', 'sev-2'],
      ['assigned', 'bob', '2026-03-01T12:00:00Z', 'alice'],
      ['unassigned', 'bob', '2026-03-01T12:00:00Z', 'alice'],
      ['closed', 'alice', '2026-03-01T12:00:00Z', null],
      ['reopened', 'alice', '2026-03-01T12:00:00Z', null],
    ]);
    expect(issue.labels).toEqual(['incident', 'sev-1']);
    expect(() => emulator.seed.assign('acme/shop', issue.number, ['mallory'])).toThrow(/cannot assign mallory/);
    expect(() => emulator.seed.issue('acme/nope', { title: 'x' })).toThrow();
    expect(() => emulator.seed.repo('acme', 'shop')).toThrow(/exists/);
  } finally {
    await emulator.close();
  }
});

test('a seeded label and collaborator are saved at once, and a label name is checked as over HTTP', async () => {
  const path = join(dir, 'state.json');
  const emulator = await createEmulator({ persistPath: path });
  try {
    emulator.seed.repo('acme', 'shop');
    const saved = () => (JSON.parse(readFileSync(path, 'utf8')) as { repos: Record<string, { labels: object[]; collaborators: object }> }).repos['acme/shop'];
    emulator.seed.label('acme/shop', 'sev-2', { color: 'D93F0B', description: 'High' });
    expect(saved()?.labels).toEqual([{ id: expect.any(Number) as number, name: 'sev-2', color: 'd93f0b', description: 'High', default: false }]);
    emulator.seed.collaborator('acme/shop', 'Alice', 'maintain');
    expect(saved()?.collaborators).toEqual({ Alice: 'maintain' });
    expect(() => emulator.seed.label('acme/shop', 'SEV-2')).toThrow(/Validation Failed/);
  } finally {
    await emulator.close();
  }
});
