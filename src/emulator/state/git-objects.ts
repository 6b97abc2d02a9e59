import { createHash } from 'node:crypto';
import type { GitObject, GitSignature, RepoRecord, TreeEntry } from './types.js';

/**
 * Git objects addressed by real git SHA-1s, so that a SHA the emulator hands out is the SHA git
 * would compute for the same content, and writing the same content twice yields the same object.
 */

function hashObject(type: string, body: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]))
    .digest('hex');
}

/** Git's order of tree entries: by name, a tree sorting as if its name ended in `/`. */
function compareEntries(a: TreeEntry, b: TreeEntry): number {
  const key = (entry: TreeEntry): string => (entry.type === 'tree' ? `${entry.path}/` : entry.path);
  const left = key(a);
  const right = key(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

function epoch(date: string): string {
  return `${Math.floor(Date.parse(date) / 1000)} +0000`;
}

/** Stores a blob; returns its SHA. */
export function storeBlob(repo: RepoRecord, content: Buffer): string {
  const sha = hashObject('blob', content);
  repo.objects[sha] = { type: 'blob', content: content.toString('base64') };
  return sha;
}

/** Stores a tree of direct entries (names without `/`); returns its SHA. */
export function storeTree(repo: RepoRecord, entries: TreeEntry[]): string {
  const sorted = [...entries].sort(compareEntries);
  const body = Buffer.concat(
    sorted.map((entry) => Buffer.concat([Buffer.from(`${entry.mode.replace(/^0+/, '')} ${entry.path}\0`), Buffer.from(entry.sha, 'hex')])),
  );
  const sha = hashObject('tree', body);
  repo.objects[sha] = { type: 'tree', entries: sorted };
  return sha;
}

/** Stores a commit; returns its SHA. */
export function storeCommit(
  repo: RepoRecord,
  commit: { tree: string; parents: string[]; message: string; author: GitSignature; committer: GitSignature },
): string {
  const lines = [
    `tree ${commit.tree}`,
    ...commit.parents.map((parent) => `parent ${parent}`),
    `author ${commit.author.name} <${commit.author.email}> ${epoch(commit.author.date)}`,
    `committer ${commit.committer.name} <${commit.committer.email}> ${epoch(commit.committer.date)}`,
    '',
    commit.message,
  ];
  const sha = hashObject('commit', Buffer.from(lines.join('\n')));
  repo.objects[sha] = { type: 'commit', ...commit };
  return sha;
}

/** The object `sha` if it exists and has `type`. */
export function getObject<T extends GitObject['type']>(repo: RepoRecord, sha: string, type: T): Extract<GitObject, { type: T }> | undefined {
  const object = repo.objects[sha];
  return object?.type === type ? (object as Extract<GitObject, { type: T }>) : undefined;
}

/** Every non-tree entry under `treeSha`, keyed by full path. */
export function flattenTree(repo: RepoRecord, treeSha: string, prefix = ''): Map<string, TreeEntry> {
  const flat = new Map<string, TreeEntry>();
  for (const entry of getObject(repo, treeSha, 'tree')?.entries ?? []) {
    const path = `${prefix}${entry.path}`;
    if (entry.type === 'tree') for (const [sub, subEntry] of flattenTree(repo, entry.sha, `${path}/`)) flat.set(sub, subEntry);
    else flat.set(path, { ...entry, path });
  }
  return flat;
}

/** Stores nested trees for a flat path → entry map; returns the root tree's SHA. */
export function buildTree(repo: RepoRecord, flat: Map<string, TreeEntry>): string {
  const direct: TreeEntry[] = [];
  const nested = new Map<string, Map<string, TreeEntry>>();
  for (const [path, entry] of flat) {
    const slash = path.indexOf('/');
    if (slash < 0) {
      direct.push({ ...entry, path });
      continue;
    }
    const dir = path.slice(0, slash);
    const children = nested.get(dir) ?? new Map<string, TreeEntry>();
    children.set(path.slice(slash + 1), entry);
    nested.set(dir, children);
  }
  for (const [dir, children] of nested) direct.push({ path: dir, mode: '040000', type: 'tree', sha: buildTree(repo, children) });
  return storeTree(repo, direct);
}

/** One change to a tree: `sha: null` deletes the path; a `tree` entry replaces everything under it. */
export interface TreeChange {
  path: string;
  mode: string;
  type: TreeEntry['type'];
  sha: string | null;
}

/** Applies `changes` on top of `baseTree` (or an empty tree); returns the new root tree's SHA. */
export function changeTree(repo: RepoRecord, baseTree: string | null, changes: TreeChange[]): string {
  const flat = baseTree === null ? new Map<string, TreeEntry>() : flattenTree(repo, baseTree);
  for (const change of changes) {
    const path = change.path.replace(/^\/+|\/+$/g, '');
    for (const existing of [...flat.keys()]) if (existing === path || existing.startsWith(`${path}/`)) flat.delete(existing);
    if (change.sha === null) continue;
    if (change.type === 'tree') {
      for (const [sub, entry] of flattenTree(repo, change.sha, `${path}/`)) flat.set(sub, entry);
    } else {
      flat.set(path, { path, mode: change.mode, type: change.type, sha: change.sha });
    }
  }
  return buildTree(repo, flat);
}

/** The entry at `path` inside `treeSha` (`''` is the root tree itself). */
export function entryAt(repo: RepoRecord, treeSha: string, path: string): TreeEntry | undefined {
  const parts = path.split('/').filter((part) => part !== '');
  let current: TreeEntry = { path: '', mode: '040000', type: 'tree', sha: treeSha };
  for (const part of parts) {
    if (current.type !== 'tree') return undefined;
    const next = getObject(repo, current.sha, 'tree')?.entries.find((entry) => entry.path === part);
    if (next === undefined) return undefined;
    current = next;
  }
  return current;
}

/**
 * The commit SHA `ref` names: a branch, a full ref (`refs/heads/x`, `heads/x`, `tags/x`) or a
 * commit SHA. Undefined when it names nothing.
 */
export function resolveCommit(repo: RepoRecord, ref: string): string | undefined {
  const candidates = [ref, `refs/${ref}`, `refs/heads/${ref}`, `refs/tags/${ref}`];
  for (const candidate of candidates) {
    const sha = repo.refs[candidate];
    if (sha !== undefined) return sha;
  }
  return getObject(repo, ref, 'commit') === undefined ? undefined : ref;
}
