/**
 * The git database endpoints the post-mortem and review flows commit through, where GitHub refuses
 * or fills in: signatures (the caller's by default, the author's for the committer), invalid trees,
 * parents, objects and ref names, blob encodings, default modes, and a tree read by commit or branch.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { clientFor, refusal, startEmulator } from './helpers.js';

const repo = { owner: 'acme', repo: 'shop' };
const MISSING = 'f'.repeat(40);
let emulator: Emulator;
let octokit: ReturnType<typeof clientFor>;
let base: { commit: string; tree: string };

beforeEach(async () => {
  emulator = await startEmulator();
  octokit = clientFor(emulator, 'alice-token');
  const commit = emulator.state.repos['acme/shop']!.refs['refs/heads/main']!;
  base = { commit, tree: (await octokit.rest.git.getCommit({ ...repo, commit_sha: commit })).data.tree.sha };
});
afterEach(async () => {
  emulator.assertNoValidationErrors();
  await emulator.close();
});

test("a commit is signed by the caller unless an author is given, dated now unless dated; the committer is the author unless given", async () => {
  const own = await octokit.rest.git.createCommit({ ...repo, message: 'mine', tree: base.tree, parents: [base.commit] });
  expect(own.data.author).toMatchObject({ name: 'alice', date: '2026-03-01T12:00:00Z' });
  expect(own.data.committer).toEqual(own.data.author);
  expect(own.headers.location).toBe(`${emulator.url}/repos/acme/shop/git/commits/${own.data.sha}`);

  const undated = await octokit.rest.git.createCommit({ ...repo, message: 'undated', tree: base.tree, author: { name: 'Priya', email: 'priya@example.com' } });
  expect(undated.data.author).toEqual({ name: 'Priya', email: 'priya@example.com', date: '2026-03-01T12:00:00Z' });

  const given = await octokit.rest.git.createCommit({
    ...repo,
    message: 'given',
    tree: base.tree,
    author: { name: 'Priya', email: 'priya@example.com', date: '2026-02-01T00:00:00Z' },
    committer: { name: 'Bot', email: 'bot@example.com' },
  });
  expect(given.data.author).toEqual({ name: 'Priya', email: 'priya@example.com', date: '2026-02-01T00:00:00Z' });
  expect(given.data.committer).toEqual({ name: 'Bot', email: 'bot@example.com', date: '2026-02-01T00:00:00Z' });
  expect(given.data.parents).toEqual([]);
});

test('a commit needs an existing tree and parents that are commits', async () => {
  expect(await refusal(octokit.rest.git.createCommit({ ...repo, message: 'x', tree: MISSING }))).toMatchObject({ status: 422, data: { message: 'Tree SHA does not exist' } });
  expect(await refusal(octokit.rest.git.createCommit({ ...repo, message: 'x', tree: base.commit }))).toMatchObject({ status: 422, data: { message: 'Tree SHA does not exist' } });
  expect(await refusal(octokit.rest.git.createCommit({ ...repo, message: 'x', tree: base.tree, parents: [base.commit, base.tree] }))).toMatchObject({
    status: 422,
    data: { message: 'Parent SHA does not exist or is not a commit object' },
  });
});

test('a blob is taken as UTF-8 or base64, and any other encoding is refused', async () => {
  const encoded = await octokit.rest.git.createBlob({ ...repo, content: Buffer.from('sev: 1\n').toString('base64'), encoding: 'base64' });
  const plain = await octokit.rest.git.createBlob({ ...repo, content: 'sev: 1\n' });
  expect(encoded.data.sha).toBe(plain.data.sha);
  expect(plain.headers.location).toBe(`${emulator.url}/repos/acme/shop/git/blobs/${plain.data.sha}`);
  expect(await refusal(octokit.rest.git.createBlob({ ...repo, content: 'x', encoding: 'latin1' }))).toMatchObject({ status: 422, data: { errors: [{ resource: 'Blob', code: 'invalid', field: 'encoding' }] } });
  expect((await refusal(octokit.rest.git.getBlob({ ...repo, file_sha: base.commit }))).status).toBe(404);
});

test('a tree entry takes a default mode by type, refuses an unknown object, and takes a submodule commit as it is', async () => {
  const blob = (await octokit.rest.git.createBlob({ ...repo, content: 'x\n' })).data.sha;
  const sub = (await octokit.rest.git.createTree({ ...repo, tree: [{ path: 'inner.txt', sha: blob }] })).data.sha;
  const tree = await octokit.rest.git.createTree({
    ...repo,
    tree: [
      { path: 'file.txt', sha: blob },
      { path: 'dir', type: 'tree', sha: sub },
      { path: 'vendor', type: 'commit', mode: '160000', sha: MISSING },
    ],
  });
  expect(tree.status).toBe(201);
  expect(tree.data.tree.map(({ path, mode, type }) => `${mode} ${type} ${path}`)).toEqual(['040000 tree dir', '100644 blob file.txt', '160000 commit vendor']);
  expect(await refusal(octokit.rest.git.createTree({ ...repo, tree: [{ path: 'a.txt', type: 'blob', sha: MISSING }] }))).toMatchObject({
    status: 422,
    data: { message: `tree.sha ${MISSING} is not a valid blob` },
  });
  expect(await refusal(octokit.rest.git.createTree({ ...repo, base_tree: base.commit, tree: [{ path: 'a.txt', content: 'a' }] }))).toMatchObject({
    status: 422,
    data: { message: 'base_tree is not a valid tree oid' },
  });
});

test('a tree is read by its sha, a commit or a branch name; recursively only when asked', async () => {
  const paths = async (tree_sha: string, recursive?: string) => (await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { ...repo, tree_sha, ...(recursive === undefined ? {} : { recursive }) })).data.tree.map((entry: { path: string }) => entry.path);
  expect(await paths(base.tree)).toEqual(['README.md', 'playbooks']);
  expect(await paths(base.commit)).toEqual(['README.md', 'playbooks']);
  expect(await paths('main', '1')).toEqual(['README.md', 'playbooks', 'playbooks/settings.yaml']);
  for (const off of ['0', 'false']) expect(await paths('main', off)).toEqual(['README.md', 'playbooks']);
  expect((await refusal(octokit.rest.git.getTree({ ...repo, tree_sha: MISSING }))).status).toBe(404);
  expect((await refusal(octokit.rest.git.getCommit({ ...repo, commit_sha: base.tree }))).status).toBe(404);
});

test('a ref is created under refs/ with two slashes, for an existing commit; an update needs the ref and the commit', async () => {
  for (const ref of ['heads/review', 'refs/review']) {
    expect(await refusal(octokit.rest.git.createRef({ ...repo, ref, sha: base.commit }))).toMatchObject({
      status: 422,
      data: { message: "Reference name must start with 'refs/' and have at least two slashes." },
    });
  }
  expect(await refusal(octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/review', sha: MISSING }))).toMatchObject({ data: { message: 'Object does not exist' } });
  const created = await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/review', sha: base.commit });
  expect(created.headers.location).toBe(`${emulator.url}/repos/acme/shop/git/refs/heads/review`);
  expect((await octokit.rest.git.getRef({ ...repo, ref: 'refs/heads/review' })).data.object.sha).toBe(base.commit);
  expect(await refusal(octokit.rest.git.updateRef({ ...repo, ref: 'heads/nowhere', sha: base.commit }))).toMatchObject({ data: { message: 'Reference does not exist' } });
  expect(await refusal(octokit.rest.git.updateRef({ ...repo, ref: 'heads/review', sha: MISSING, force: true }))).toMatchObject({ data: { message: 'Object does not exist' } });
});

test('answers trees, commits and refs whole, with the links and sizes GitHub gives', async () => {
  const api = `${emulator.url}/repos/acme/shop/git`;
  const blob = (await octokit.rest.git.createBlob({ ...repo, content: 'sev: 1\n' })).data.sha;
  const inner = (await octokit.rest.git.createTree({ ...repo, tree: [{ path: 'a.yaml', sha: blob }] })).data.sha;
  const tree = await octokit.rest.git.createTree({ ...repo, tree: [{ path: 'dir', type: 'tree', sha: inner }, { path: 'vendor', type: 'commit', mode: '160000', sha: MISSING }] });
  expect(tree.data).toEqual({
    sha: tree.data.sha,
    url: `${api}/trees/${tree.data.sha}`,
    truncated: false,
    tree: [
      { path: 'dir', mode: '040000', type: 'tree', sha: inner, url: `${api}/trees/${inner}` },
      { path: 'vendor', mode: '160000', type: 'commit', sha: MISSING },
    ],
  });
  const recursive = await octokit.rest.git.getTree({ ...repo, tree_sha: tree.data.sha, recursive: '1' });
  expect(recursive.data.tree[1]).toEqual({ path: 'dir/a.yaml', mode: '100644', type: 'blob', sha: blob, size: 7, url: `${api}/blobs/${blob}` });

  const commit = (await octokit.rest.git.createCommit({ ...repo, message: 'Review', tree: tree.data.sha, parents: [base.commit] })).data;
  expect(commit).toEqual({
    sha: commit.sha,
    node_id: commit.node_id,
    url: `${api}/commits/${commit.sha}`,
    html_url: `https://github.com/acme/shop/commit/${commit.sha}`,
    author: commit.author,
    committer: commit.committer,
    message: 'Review',
    tree: { sha: tree.data.sha, url: `${api}/trees/${tree.data.sha}` },
    parents: [{ sha: base.commit, url: `${api}/commits/${base.commit}`, html_url: `https://github.com/acme/shop/commit/${base.commit}` }],
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  });
  const ref = (await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/review', sha: commit.sha })).data;
  expect(ref).toEqual({ ref: 'refs/heads/review', node_id: ref.node_id, url: `${api}/refs/heads/review`, object: { type: 'commit', sha: commit.sha, url: `${api}/commits/${commit.sha}` } });
  expect(ref.node_id).toBe(Buffer.from(`Ref:${Number.parseInt(commit.sha.slice(0, 8), 16)}`).toString('base64').replace(/=+$/, ''));
});
