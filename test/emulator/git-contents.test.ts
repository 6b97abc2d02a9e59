import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

async function status(promise: Promise<unknown>): Promise<number> {
  return promise.then(
    () => 200,
    (error: unknown) => {
      if (error instanceof RequestError) return error.status;
      throw error;
    },
  );
}

function decode(content: string): string {
  return Buffer.from(content.replace(/\n/g, ''), 'base64').toString('utf8');
}

describe('contents', () => {
  test('get a file and a directory at the default branch', async () => {
    const octokit = clientFor(emulator);
    const file = await octokit.rest.repos.getContent({ ...repo, path: 'playbooks/settings.yaml' });
    if (Array.isArray(file.data) || file.data.type !== 'file') throw new Error('expected a file');
    expect(file.data).toMatchObject({ name: 'settings.yaml', path: 'playbooks/settings.yaml', encoding: 'base64', size: 15 });
    expect(decode(file.data.content)).toBe('kind: settings\n');
    const dir = await octokit.rest.repos.getContent({ ...repo, path: 'playbooks' });
    if (!Array.isArray(dir.data)) throw new Error('expected a directory');
    expect(dir.data.map((entry) => [entry.type, entry.path])).toEqual([['file', 'playbooks/settings.yaml']]);
    expect(await status(octokit.rest.repos.getContent({ ...repo, path: 'nope.md' }))).toBe(404);
  });

  test('put creates (201), updates with the sha (200), refuses without sha (422) or with a stale one (409)', async () => {
    const octokit = clientFor(emulator);
    const content = (text: string): string => Buffer.from(text).toString('base64');
    const created = await octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: 'docs/new.md', message: 'Add', content: content('one') });
    expect(created.status).toBe(201);
    const sha = created.data.content?.sha ?? '';
    expect(await status(octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: 'docs/new.md', message: 'Again', content: content('two') }))).toBe(422);
    // The retry plugin retries a 409; one try is enough here.
    const stale = { ...repo, path: 'docs/new.md', message: 'Stale', content: content('two'), sha: 'f'.repeat(40), request: { retries: 0 } };
    expect(await status(octokit.rest.repos.createOrUpdateFileContents(stale))).toBe(409);
    const updated = await octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: 'docs/new.md', message: 'Update', content: content('two'), sha });
    expect(updated.status).toBe(200);
    expect(updated.data.commit.parents?.[0]?.sha).toBe(created.data.commit.sha);
    expect(updated.data.commit.author?.name).toBe('github-actions[bot]');
    const file = await octokit.rest.repos.getContent({ ...repo, path: 'docs/new.md' });
    if (Array.isArray(file.data) || file.data.type !== 'file') throw new Error('expected a file');
    expect(decode(file.data.content)).toBe('two');
    const main = await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' });
    expect(main.data.object.sha).toBe(updated.data.commit.sha);
  });
});

describe('git database', () => {
  test('blobs, trees, commits and refs round-trip; a branch is created and moved', async () => {
    const octokit = clientFor(emulator);
    const main = await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' });
    expect(main.data.ref).toBe('refs/heads/main');
    const base = await octokit.rest.git.getCommit({ ...repo, commit_sha: main.data.object.sha });

    const blob = await octokit.rest.git.createBlob({ ...repo, content: 'sev: 1\n', encoding: 'utf-8' });
    expect(blob.status).toBe(201);
    expect((await octokit.rest.git.getBlob({ ...repo, file_sha: blob.data.sha })).data.content.replace(/\n/g, '')).toBe(Buffer.from('sev: 1\n').toString('base64'));

    const tree = await octokit.rest.git.createTree({
      ...repo,
      base_tree: base.data.tree.sha,
      tree: [
        { path: 'playbooks/severities.yaml', mode: '100644', type: 'blob', sha: blob.data.sha },
        { path: 'notes/inline.md', mode: '100644', type: 'blob', content: 'inline' },
        { path: 'README.md', mode: '100644', type: 'blob', sha: null },
      ],
    });
    const listed = await octokit.rest.git.getTree({ ...repo, tree_sha: tree.data.sha, recursive: 'true' });
    expect(listed.data.tree.map((entry) => `${entry.type}:${entry.path}`)).toEqual([
      'tree:notes',
      'blob:notes/inline.md',
      'tree:playbooks',
      'blob:playbooks/settings.yaml',
      'blob:playbooks/severities.yaml',
    ]);

    const commit = await octokit.rest.git.createCommit({ ...repo, message: 'Quarterly review', tree: tree.data.sha, parents: [base.data.sha] });
    expect(commit.data).toMatchObject({ message: 'Quarterly review', tree: { sha: tree.data.sha }, parents: [{ sha: base.data.sha }] });
    const branch = await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/review-2026-q1', sha: commit.data.sha });
    expect(branch.status).toBe(201);
    expect(await status(octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/review-2026-q1', sha: commit.data.sha }))).toBe(422);
    expect((await octokit.rest.git.getRef({ ...repo, ref: 'heads/review-2026-q1' })).data.object.sha).toBe(commit.data.sha);

    // Moving main back to its parent is not a fast forward unless forced.
    expect(await status(octokit.rest.git.updateRef({ ...repo, ref: 'heads/review-2026-q1', sha: base.data.sha }))).toBe(422);
    const forced = await octokit.rest.git.updateRef({ ...repo, ref: 'heads/review-2026-q1', sha: base.data.sha, force: true });
    expect(forced.data.object.sha).toBe(base.data.sha);
    const forward = await octokit.rest.git.updateRef({ ...repo, ref: 'heads/main', sha: commit.data.sha });
    expect(forward.data.object.sha).toBe(commit.data.sha);
    expect(await status(octokit.rest.git.getRef({ ...repo, ref: 'heads/nope' }))).toBe(404);
  });

  test('object SHAs are the ones git computes', async () => {
    const octokit = clientFor(emulator);
    const blob = await octokit.rest.git.createBlob({ ...repo, content: 'hello\n' });
    const dir = mkdtempSync(join(tmpdir(), 'emulator-git-'));
    try {
      writeFileSync(join(dir, 'hello.txt'), 'hello\n');
      expect(blob.data.sha).toBe(execFileSync('git', ['hash-object', join(dir, 'hello.txt')], { encoding: 'utf8' }).trim());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const tree = await octokit.rest.git.createTree({ ...repo, tree: [] });
    expect(tree.data.sha).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904');
  });

  test('seeded commits on a new branch are visible through the API', async () => {
    const sha = emulator.seed.commit('acme/shop', 'fix', { 'playbooks/settings.yaml': 'kind: settings\nname: x\n' }, { actor: 'bob' });
    const ref = await clientFor(emulator).rest.git.getRef({ ...repo, ref: 'heads/fix' });
    expect(ref.data.object.sha).toBe(sha);
    const file = await clientFor(emulator).rest.repos.getContent({ ...repo, path: 'playbooks/settings.yaml', ref: 'fix' });
    if (Array.isArray(file.data) || file.data.type !== 'file') throw new Error('expected a file');
    expect(decode(file.data.content)).toBe('kind: settings\nname: x\n');
  });
});
