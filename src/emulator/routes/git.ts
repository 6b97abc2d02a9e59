import { GitHubError, notFound, validationFailed } from '../errors.js';
import { blobObject, commitObject, refObject, shortBlobObject, treeObject } from '../shapes/git.js';
import { changeTree, getObject, storeBlob, storeCommit } from '../state/git-objects.js';
import { isAncestor, signatureOf } from '../state/git-writes.js';
import type { GitSignature, RepoRecord, TreeEntry } from '../state/types.js';
import { type Handler, type RequestContext, bodyOf, optionalString, repoOf, requireActor, stringParam, writerFor } from './context.js';

/** GitHub's 422 for a git write it cannot do, with its own message and no `errors`. */
function unprocessable(message: string): GitHubError {
  return new GitHubError(422, { message });
}

interface TreeItemInput {
  path?: string;
  mode?: string;
  type?: TreeEntry['type'];
  sha?: string | null;
  content?: string;
}

interface SignatureInput {
  name?: string;
  email?: string;
  date?: string;
}

function signature(input: SignatureInput | undefined, fallback: GitSignature): GitSignature {
  if (input?.name === undefined || input.email === undefined) return fallback;
  return { name: input.name, email: input.email, date: input.date ?? fallback.date };
}

/** A full ref name from the `{ref}` path parameter (`heads/main` → `refs/heads/main`). */
function fullRef(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

function treeChange(repo: RepoRecord, item: TreeItemInput): { path: string; mode: string; type: TreeEntry['type']; sha: string | null } {
  const path = item.path ?? '';
  const type = item.type ?? 'blob';
  const mode = item.mode ?? (type === 'tree' ? '040000' : '100644');
  if (item.content !== undefined) return { path, mode, type: 'blob', sha: storeBlob(repo, Buffer.from(item.content)) };
  if (item.sha === null || item.sha === undefined) return { path, mode, type, sha: null };
  if (type !== 'commit' && repo.objects[item.sha] === undefined) throw unprocessable(`tree.sha ${item.sha} is not a valid ${type}`);
  return { path, mode, type, sha: item.sha };
}

function createCommit(ctx: RequestContext): ReturnType<Handler> {
  const repo = repoOf(ctx);
  const w = writerFor(ctx, repo);
  const body = bodyOf<{ message: string; tree: string; parents?: string[]; author?: SignatureInput; committer?: SignatureInput }>(ctx);
  if (getObject(repo, body.tree, 'tree') === undefined) throw unprocessable('Tree SHA does not exist');
  const parents = body.parents ?? [];
  if (parents.some((parent) => getObject(repo, parent, 'commit') === undefined)) {
    throw unprocessable('Parent SHA does not exist or is not a commit object');
  }
  const fallback = signatureOf(ctx.state, requireActor(ctx).login, w.at);
  const author = signature(body.author, fallback);
  const sha = storeCommit(repo, { tree: body.tree, parents, message: body.message, author, committer: signature(body.committer, author) });
  const shape = commitObject(ctx, repo, sha);
  return { status: 201, body: shape, headers: { location: String(shape.url) } };
}

/** Handlers of the git database: blobs, trees, commits and refs. */
export const gitHandlers: Record<string, Handler> = {
  'git/create-blob': (ctx) => {
    const repo = repoOf(ctx);
    requireActor(ctx);
    const body = bodyOf<{ content: string; encoding?: string }>(ctx);
    const encoding = body.encoding ?? 'utf-8';
    if (encoding !== 'utf-8' && encoding !== 'base64') throw validationFailed({ resource: 'Blob', code: 'invalid', field: 'encoding' });
    const sha = storeBlob(repo, Buffer.from(body.content, encoding === 'base64' ? 'base64' : 'utf8'));
    const shape = shortBlobObject(ctx, repo, sha);
    return { status: 201, body: shape, headers: { location: String(shape.url) } };
  },

  'git/get-blob': (ctx) => {
    const repo = repoOf(ctx);
    const sha = stringParam(ctx.params, 'file_sha');
    const blob = getObject(repo, sha, 'blob');
    if (blob === undefined) throw notFound();
    return { status: 200, body: blobObject(ctx, repo, sha, blob.content) };
  },

  'git/create-tree': (ctx) => {
    const repo = repoOf(ctx);
    requireActor(ctx);
    const body = bodyOf<{ tree: TreeItemInput[]; base_tree?: string }>(ctx);
    if (body.base_tree !== undefined && getObject(repo, body.base_tree, 'tree') === undefined) {
      throw unprocessable('base_tree is not a valid tree oid');
    }
    const sha = changeTree(
      repo,
      body.base_tree ?? null,
      body.tree.map((item) => treeChange(repo, item)),
    );
    const shape = treeObject(ctx, repo, sha, false);
    return { status: 201, body: shape, headers: { location: String(shape.url) } };
  },

  'git/get-tree': (ctx) => {
    const repo = repoOf(ctx);
    const sha = stringParam(ctx.params, 'tree_sha');
    // Like GitHub, a commit SHA or branch name stands for its tree.
    const commitSha = repo.refs[`refs/heads/${sha}`] ?? sha;
    const tree = getObject(repo, sha, 'tree') === undefined ? getObject(repo, commitSha, 'commit')?.tree : sha;
    if (tree === undefined) throw notFound();
    const recursive = optionalString(ctx.query, 'recursive');
    return { status: 200, body: treeObject(ctx, repo, tree, recursive !== undefined && recursive !== '0' && recursive !== 'false') };
  },

  'git/create-commit': createCommit,

  'git/get-commit': (ctx) => {
    const repo = repoOf(ctx);
    const sha = stringParam(ctx.params, 'commit_sha');
    if (getObject(repo, sha, 'commit') === undefined) throw notFound();
    return { status: 200, body: commitObject(ctx, repo, sha) };
  },

  'git/get-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = fullRef(stringParam(ctx.params, 'ref'));
    const sha = repo.refs[ref];
    if (sha === undefined) throw notFound();
    return { status: 200, body: refObject(ctx, repo, ref, sha) };
  },

  'git/create-ref': (ctx) => {
    const repo = repoOf(ctx);
    requireActor(ctx);
    const body = bodyOf<{ ref: string; sha: string }>(ctx);
    if (!body.ref.startsWith('refs/') || body.ref.split('/').length < 3) {
      throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
    }
    if (repo.refs[body.ref] !== undefined) throw unprocessable('Reference already exists');
    if (getObject(repo, body.sha, 'commit') === undefined) throw unprocessable('Object does not exist');
    repo.refs[body.ref] = body.sha;
    const shape = refObject(ctx, repo, body.ref, body.sha);
    return { status: 201, body: shape, headers: { location: String(shape.url) } };
  },

  'git/update-ref': (ctx) => {
    const repo = repoOf(ctx);
    requireActor(ctx);
    const ref = fullRef(stringParam(ctx.params, 'ref'));
    const body = bodyOf<{ sha: string; force?: boolean }>(ctx);
    const current = repo.refs[ref];
    if (current === undefined) throw unprocessable('Reference does not exist');
    if (getObject(repo, body.sha, 'commit') === undefined) throw unprocessable('Object does not exist');
    if (body.force !== true && !isAncestor(repo, current, body.sha)) throw unprocessable('Update is not a fast forward');
    repo.refs[ref] = body.sha;
    return { status: 200, body: refObject(ctx, repo, ref, body.sha) };
  },
};
