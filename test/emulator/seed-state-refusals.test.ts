/**
 * A test's scene set wrongly fails at the line that set it, saying what is wrong: the seeders refuse a
 * repository that is not owner/name, a time that is not one, a label the issue lacks, an account that
 * cannot be assigned, a branch to start from that does not exist; a state file is refused unless it
 * holds every part of the emulator's state, and a saved state loads back as it was.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { loadState, saveState } from '../../src/emulator/persistence.js';
import { startEmulator } from './helpers.js';

describe('seeding', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startEmulator();
    emulator.seed.issue('acme/shop', { title: 'x', labels: ['incident'] });
  });
  afterEach(async () => {
    await emulator.close();
  });

  it('refuses a repository that is not owner/name', () => {
    for (const repo of ['acme', 'acme/shop/extra']) expect(() => emulator.seed.issue(repo, { title: 'x' })).toThrow(`emulator seed: "${repo}" is not owner/name`);
  });

  it('refuses a time that is not one, and takes a Date or an ISO string', () => {
    expect(() => emulator.seed.comment('acme/shop', 1, { body: 'x', at: 'yesterday' })).toThrow('emulator seed: "yesterday" is not a time');
    expect(emulator.seed.comment('acme/shop', 1, { body: 'x', at: new Date('2026-02-01T10:00:00Z') }).createdAt).toBe('2026-02-01T10:00:00Z');
    expect(emulator.seed.comment('acme/shop', 1, { body: 'x', at: '2026-02-01T11:00:00Z' }).createdAt).toBe('2026-02-01T11:00:00Z');
    expect(emulator.seed.comment('acme/shop', 1, { body: 'x' })).toMatchObject({ createdAt: '2026-03-01T12:00:00Z', author: 'octocat' });
  });

  it('refuses to remove a label the issue does not carry, naming it as the repository does', () => {
    expect(() => emulator.seed.removeLabel('acme/shop', 1, 'SEV-1')).toThrow('emulator seed: issue #1 has no label "sev-1"');
    expect(() => emulator.seed.removeLabel('acme/shop', 1, 'unknown')).toThrow('emulator seed: issue #1 has no label "unknown"');
    emulator.seed.removeLabel('acme/shop', 1, 'INCIDENT');
    expect(emulator.state.repos['acme/shop']!.issues[0]!.labels).toEqual([]);
  });

  it('names every account it could not assign, and assigns those it could', () => {
    emulator.seed.user('stranger');
    expect(() => emulator.seed.assign('acme/shop', 1, ['bob', 'stranger', 'nobody'])).toThrow('emulator seed: cannot assign stranger, nobody (not collaborators of acme/shop)');
    expect(emulator.state.repos['acme/shop']!.issues[0]!.assignees).toEqual(['bob']);
    emulator.seed.unassign('acme/shop', 1, ['BOB']);
    expect(emulator.state.repos['acme/shop']!.issues[0]!.assignees).toEqual([]);
  });

  it('starts a branch from the default branch or the one named, refusing one that does not exist', () => {
    const main = emulator.state.repos['acme/shop']!.refs['refs/heads/main']!;
    const fix = emulator.seed.commit('acme/shop', 'fix', { 'a.txt': 'a\n' });
    expect(emulator.state.repos['acme/shop']!.objects[fix]).toMatchObject({ parents: [main], message: 'Update a.txt' });
    emulator.seed.commit('acme/shop', 'fix-2', { 'b.txt': 'b\n', 'c.txt': null }, { from: 'fix', message: 'Second' });
    expect(emulator.state.repos['acme/shop']!.objects[emulator.state.repos['acme/shop']!.refs['refs/heads/fix-2']!]).toMatchObject({ parents: [fix], message: 'Second' });
    expect(() => emulator.seed.commit('acme/shop', 'fix-3', {}, { from: 'gone' })).toThrow('emulator seed: no commit "gone" in acme/shop');
  });

  it('closes with the reason given (completed by default) and reopens', () => {
    emulator.seed.close('acme/shop', 1);
    expect(emulator.state.repos['acme/shop']!.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed' });
    emulator.seed.reopen('acme/shop', 1);
    emulator.seed.close('acme/shop', 1, { reason: 'not_planned' });
    expect(emulator.state.repos['acme/shop']!.issues[0]).toMatchObject({ state: 'closed', stateReason: 'not_planned' });
  });
});

describe('the state file', () => {
  it('is nothing to load when missing, and loads back what was saved', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'playbook-ops-state-'));
    const path = join(dir, 'state.json');
    expect(loadState(path)).toBeUndefined();
    const state = { nextId: 3, users: {}, tokens: {}, defaultLogin: 'octocat', repos: {} };
    saveState(path, state);
    expect(loadState(path)).toEqual(state);
    expect(await readFile(path, 'utf8')).toBe(`${JSON.stringify(state, null, 1)}\n`);
  });

  it('is refused when it is not JSON or lacks any part of the state, naming the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'playbook-ops-state-'));
    const path = join(dir, 'state.json');
    await writeFile(path, '{ nextId: 1');
    expect(() => loadState(path)).toThrow(`emulator: ${path} is not JSON`);
    const whole = { nextId: 1, users: {}, tokens: {}, defaultLogin: 'octocat', repos: {} };
    const broken = [[], { ...whole, nextId: '1' }, { ...whole, users: [] }, { ...whole, tokens: null }, { ...whole, defaultLogin: 1 }, { ...whole, repos: 'x' }];
    for (const state of broken) {
      await writeFile(path, JSON.stringify(state));
      expect(() => loadState(path)).toThrow(`emulator: ${path} does not hold emulator state (nextId, users, tokens, defaultLogin, repos)`);
    }
  });
});
