import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { buildTree, changeTree, entryAt, flattenTree, resolveCommit, storeBlob, storeCommit } from '../../src/emulator/state/git-objects.js';
import { commitFiles, isAncestor, signatureOf } from '../../src/emulator/state/git-writes.js';
import type { RepoRecord, TreeEntry } from '../../src/emulator/state/types.js';
import { startEmulator } from './helpers.js';

let emulator: Emulator;
let repo: RepoRecord;
let dir: string;

beforeEach(async () => {
  emulator = await startEmulator();
  repo = emulator.state.repos['acme/shop'] as RepoRecord;
  dir = mkdtempSync(join(tmpdir(), 'emulator-objects-'));
  git(['init', '--quiet']);
});
afterEach(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The people and dates real git commits with here. */
const PEOPLE = {
  GIT_AUTHOR_NAME: 'Alice',
  GIT_AUTHOR_EMAIL: 'alice@example.com',
  GIT_AUTHOR_DATE: '2026-03-01T12:00:00+00:00',
  GIT_COMMITTER_NAME: 'Bob',
  GIT_COMMITTER_EMAIL: 'bob@example.com',
  GIT_COMMITTER_DATE: '2026-03-02T08:30:00+00:00',
};

/**
 * Real git in the temporary repository, `input` on its standard input: without the user's or the
 * system's configuration (commit signing would change a commit's SHA) or a repository a hook named.
 */
function git(args: string[], input = ''): string {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));
  const env = { ...inherited, ...PEOPLE, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  return execFileSync('git', args, { cwd: dir, env, input, encoding: 'utf8' }).trim();
}

/** Writes `files` into the temporary repository and stages them; returns git's tree SHA. */
function gitTree(files: Record<string, string>, executable: string[] = []): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    if (executable.includes(path)) chmodSync(join(dir, path), 0o755);
  }
  git(['add', '--all']);
  return git(['write-tree']);
}

/** The same files stored by the emulator; returns its tree SHA. */
function emulatorTree(files: Record<string, string>, executable: string[] = []): string {
  const flat = new Map<string, TreeEntry>();
  for (const [path, text] of Object.entries(files)) {
    flat.set(path, { path, mode: executable.includes(path) ? '100755' : '100644', type: 'blob', sha: storeBlob(repo, Buffer.from(text)) });
  }
  return buildTree(repo, flat);
}

// A directory sorts as if its name ended in "/": "a-b" ("-" is below "/") before the directory "a",
// which a plain comparison of names puts first; "a.txt" ("." below "/" too) also comes first.
const files = { 'README.md': '# shop\n', 'a-b': 'dash\n', 'a.txt': 'dot\n', 'a/x.txt': 'x\n', 'a/y/z.txt': 'z\n', 'bin/run': '#!/bin/sh\n' };

describe('git objects: the SHAs real git computes', () => {
  test('a tree of nested directories, in git\'s order, an executable file among them', () => {
    expect(emulatorTree(files, ['bin/run'])).toBe(gitTree(files, ['bin/run']));
  });

  test('commits, the first without a parent, the second with one; dates to the second, in UTC', () => {
    const tree = emulatorTree(files);
    // 12:00 UTC written in another zone, with milliseconds git does not keep.
    const author = { name: 'Alice', email: 'alice@example.com', date: '2026-03-01T13:00:00.900+01:00' };
    const committer = { name: 'Bob', email: 'bob@example.com', date: '2026-03-02T08:30:00Z' };
    const first = storeCommit(repo, { tree, parents: [], message: 'First\n', author, committer });
    const gitFirst = git(['commit-tree', gitTree(files)], 'First\n');
    expect(first).toBe(gitFirst);
    const second = storeCommit(repo, { tree, parents: [first], message: 'Second\n', author, committer });
    expect(second).toBe(git(['commit-tree', tree, '-p', gitFirst], 'Second\n'));
  });
});

/** Path → blob SHA of every file under `tree`. */
const filesOf = (tree: string): Record<string, string> => Object.fromEntries([...flattenTree(repo, tree)].map(([path, entry]) => [path, entry.sha]));
const blob = (text: string): string => storeBlob(repo, Buffer.from(text));

describe('changing a tree', () => {
  test('deleting a directory takes everything under it and nothing beside it; slashes around a path do not matter', () => {
    const tree = changeTree(repo, emulatorTree(files), [{ path: '/a/', mode: '040000', type: 'tree', sha: null }]);
    expect(filesOf(tree)).toEqual({ 'README.md': blob('# shop\n'), 'a-b': blob('dash\n'), 'a.txt': blob('dot\n'), 'bin/run': blob('#!/bin/sh\n') });
  });

  test('a file replaced, a directory placed at a new path whole, and a later change reaching into it', () => {
    const base = emulatorTree(files);
    const a = entryAt(repo, base, 'a')?.sha ?? 'no tree';
    const tree = changeTree(repo, base, [
      { path: 'README.md', mode: '100644', type: 'blob', sha: blob('# new\n') },
      { path: 'bin', mode: '040000', type: 'tree', sha: a },
      { path: 'bin/x.txt', mode: '100644', type: 'blob', sha: null },
    ]);
    expect(filesOf(tree)).toEqual({ ...filesOf(base), 'README.md': blob('# new\n'), 'bin/y/z.txt': blob('z\n'), 'bin/run': undefined });
  });

  test('on no tree at all, only the changes', () => {
    expect(filesOf(changeTree(repo, null, [{ path: 'one/two.txt', mode: '100644', type: 'blob', sha: blob('2\n') }]))).toEqual({ 'one/two.txt': blob('2\n') });
  });
});

describe('reading a tree and refs', () => {
  test('entryAt: the root, a directory, a file, past a file, a missing name; empty parts of a path are skipped', () => {
    const root = emulatorTree(files);
    expect(entryAt(repo, root, '')).toEqual({ path: '', mode: '040000', type: 'tree', sha: root });
    expect(entryAt(repo, root, 'a/y')).toMatchObject({ path: 'y', type: 'tree' });
    expect(entryAt(repo, root, '/a//y/z.txt')).toEqual({ path: 'z.txt', mode: '100644', type: 'blob', sha: blob('z\n') });
    expect(entryAt(repo, root, 'README.md/x')).toBeUndefined();
    expect(entryAt(repo, root, 'a/nope')).toBeUndefined();
  });

  test('resolveCommit: a branch, a tag, a full or short ref, a commit SHA; a tree SHA or an unknown name is nothing', () => {
    const main = repo.refs['refs/heads/main'] as string;
    const tagged = commitFiles(repo, 'release', [{ path: 'v', content: Buffer.from('1') }], { message: 'v1', author: signatureOf(emulator.state, 'alice', '2026-03-01T12:00:00Z'), committer: signatureOf(emulator.state, 'alice', '2026-03-01T12:00:00Z') });
    repo.refs['refs/tags/v1'] = tagged;
    for (const ref of ['main', 'heads/main', 'refs/heads/main', main]) expect(resolveCommit(repo, ref), ref).toBe(main);
    for (const ref of ['v1', 'tags/v1', 'refs/tags/v1', 'release']) expect(resolveCommit(repo, ref), ref).toBe(tagged);
    for (const ref of [emulatorTree(files), 'nope', 'heads/nope']) expect(resolveCommit(repo, ref), ref).toBeUndefined();
  });
});

describe('commits on branches', () => {
  const at = '2026-03-01T12:00:00Z';
  const commit = (message: string) => ({ message, author: signatureOf(emulator.state, 'alice', at), committer: signatureOf(emulator.state, 'bob', at) });

  test('a new branch starts with no parent; the next commit keeps its files, adds, changes and deletes', () => {
    const first = commitFiles(repo, 'fresh', [], commit('empty'));
    expect(repo.objects[first]).toMatchObject({ type: 'commit', parents: [], tree: '4b825dc642cb6eb9a060e54bf8d69288fbee4904' });
    const second = commitFiles(repo, 'fresh', [{ path: 'a.txt', content: Buffer.from('a') }, { path: 'b.txt', content: Buffer.from('b') }], commit('two'));
    const third = commitFiles(repo, 'fresh', [{ path: 'a.txt', content: null }, { path: 'b.txt', content: Buffer.from('B') }, { path: 'c/d.txt', content: Buffer.from('d') }], commit('three'));
    expect(repo.refs['refs/heads/fresh']).toBe(third);
    const object = repo.objects[third];
    expect(object).toMatchObject({ type: 'commit', parents: [second], message: 'three' });
    expect(filesOf((object as { tree: string }).tree)).toEqual({ 'b.txt': blob('B'), 'c/d.txt': blob('d') });
    expect(flattenTree(repo, (object as { tree: string }).tree).get('c/d.txt')?.mode).toBe('100644');
  });

  test('a new branch with files has only them', () => {
    const sha = commitFiles(repo, 'other', [{ path: 'x', content: Buffer.from('x') }], commit('x'));
    expect(filesOf((repo.objects[sha] as { tree: string }).tree)).toEqual({ x: blob('x') });
  });

  test('isAncestor follows every parent of a merge, and a commit is its own ancestor', () => {
    const base = commitFiles(repo, 'left', [{ path: 'l', content: Buffer.from('0') }], commit('base'));
    const left = commitFiles(repo, 'left', [{ path: 'l', content: Buffer.from('1') }], commit('left'));
    const right = commitFiles(repo, 'right', [{ path: 'r', content: Buffer.from('1') }], commit('right'));
    const tree = (repo.objects[left] as { tree: string }).tree;
    const merge = storeCommit(repo, { tree, parents: [left, right], ...commit('merge') });
    const diamond = storeCommit(repo, { tree, parents: [merge, left], ...commit('again') });
    for (const ancestor of [diamond, merge, left, right, base]) expect(isAncestor(repo, ancestor, diamond), ancestor).toBe(true);
    expect(isAncestor(repo, diamond, base)).toBe(false);
    expect(isAncestor(repo, right, left)).toBe(false);
    expect(isAncestor(repo, 'f'.repeat(40), diamond)).toBe(false);
  });

  test('isAncestor visits each commit once: forty merges of two sides, each side from the last merge', () => {
    let tip = commitFiles(repo, 'long', [], commit('root'));
    for (let round = 0; round < 40; round += 1) {
      const tree = (repo.objects[tip] as { tree: string }).tree;
      const sides = ['one', 'two'].map((side) => storeCommit(repo, { tree, parents: [tip], ...commit(`${side} ${round}`) }));
      tip = storeCommit(repo, { tree, parents: sides, ...commit(`merge ${round}`) });
    }
    // Walking every path instead would take 2^40 steps.
    expect(isAncestor(repo, 'f'.repeat(40), tip)).toBe(false);
  });

  test('signatureOf: the name and address of an account that has them, else its login and noreply address', () => {
    emulator.seed.user('named', { name: 'Nora Named', email: 'nora@example.com' });
    const plain = emulator.seed.user('plain');
    expect(signatureOf(emulator.state, 'NAMED', at)).toEqual({ name: 'Nora Named', email: 'nora@example.com', date: at });
    expect(signatureOf(emulator.state, 'plain', at)).toEqual({ name: 'plain', email: `${plain.id}+plain@users.noreply.github.com`, date: at });
    expect(signatureOf(emulator.state, 'ghost', at)).toEqual({ name: 'ghost', email: '0+ghost@users.noreply.github.com', date: at });
  });
});
