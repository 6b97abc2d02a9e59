import { getObject } from '../state/git-objects.js';
import { fullName } from '../state/store.js';
import type { RepoRecord, TreeEntry } from '../state/types.js';
import { type Json, type ShapeContext, nodeId } from './context.js';

function shaNode(kind: string, sha: string): string {
  return Buffer.from(`${kind}:${sha}`).toString('base64').replace(/=+$/, '');
}

/** Base64 the way GitHub sends file and blob content: wrapped at 60 characters. */
export function wrappedBase64(base64: string): string {
  return `${base64.replace(/.{60}/g, '$&\n')}${base64.length % 60 === 0 ? '' : '\n'}`;
}

function gitUrl(ctx: ShapeContext, repo: RepoRecord, kind: string, sha: string): string {
  return `${ctx.api}/repos/${fullName(repo)}/git/${kind}/${sha}`;
}

/** The `blob` object (content in base64). */
export function blobObject(ctx: ShapeContext, repo: RepoRecord, sha: string, base64: string): Json {
  return {
    sha,
    node_id: shaNode('Blob', sha),
    size: Buffer.from(base64, 'base64').length,
    url: gitUrl(ctx, repo, 'blobs', sha),
    content: wrappedBase64(base64),
    encoding: 'base64',
  };
}

/** The `short-blob` object create-blob answers. */
export function shortBlobObject(ctx: ShapeContext, repo: RepoRecord, sha: string): Json {
  return { url: gitUrl(ctx, repo, 'blobs', sha), sha };
}

function treeEntryObject(ctx: ShapeContext, repo: RepoRecord, entry: TreeEntry, path: string): Json {
  const blob = entry.type === 'blob' ? getObject(repo, entry.sha, 'blob') : undefined;
  return {
    path,
    mode: entry.mode,
    type: entry.type,
    sha: entry.sha,
    ...(blob === undefined ? {} : { size: Buffer.from(blob.content, 'base64').length }),
    ...(entry.type === 'commit' ? {} : { url: gitUrl(ctx, repo, entry.type === 'tree' ? 'trees' : 'blobs', entry.sha) }),
  };
}

function recursiveEntries(ctx: ShapeContext, repo: RepoRecord, treeSha: string, prefix: string): Json[] {
  return (getObject(repo, treeSha, 'tree')?.entries ?? []).flatMap((entry) => {
    const path = `${prefix}${entry.path}`;
    const own = treeEntryObject(ctx, repo, entry, path);
    return entry.type === 'tree' ? [own, ...recursiveEntries(ctx, repo, entry.sha, `${path}/`)] : [own];
  });
}

/** The `git-tree` object; `recursive` lists every entry below, trees included, as GitHub does. */
export function treeObject(ctx: ShapeContext, repo: RepoRecord, sha: string, recursive: boolean): Json {
  const entries = recursive
    ? recursiveEntries(ctx, repo, sha, '')
    : (getObject(repo, sha, 'tree')?.entries ?? []).map((entry) => treeEntryObject(ctx, repo, entry, entry.path));
  return { sha, url: gitUrl(ctx, repo, 'trees', sha), tree: entries, truncated: false };
}

/** The `git-commit` object (unsigned, as commits made through the API without a signature are). */
export function commitObject(ctx: ShapeContext, repo: RepoRecord, sha: string): Json {
  const commit = getObject(repo, sha, 'commit');
  if (commit === undefined) throw new Error(`emulator: no commit ${sha}`);
  return {
    sha,
    node_id: shaNode('Commit', sha),
    url: gitUrl(ctx, repo, 'commits', sha),
    html_url: `${ctx.html}/${fullName(repo)}/commit/${sha}`,
    author: commit.author,
    committer: commit.committer,
    message: commit.message,
    tree: { sha: commit.tree, url: gitUrl(ctx, repo, 'trees', commit.tree) },
    parents: commit.parents.map((parent) => ({
      sha: parent,
      url: gitUrl(ctx, repo, 'commits', parent),
      html_url: `${ctx.html}/${fullName(repo)}/commit/${parent}`,
    })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

/** The `git-ref` object for a full ref name (`refs/heads/main`). */
export function refObject(ctx: ShapeContext, repo: RepoRecord, ref: string, sha: string): Json {
  return {
    ref,
    node_id: nodeId('Ref', Number.parseInt(sha.slice(0, 8), 16)),
    url: `${ctx.api}/repos/${fullName(repo)}/git/${ref}`,
    object: { type: 'commit', sha, url: gitUrl(ctx, repo, 'commits', sha) },
  };
}

