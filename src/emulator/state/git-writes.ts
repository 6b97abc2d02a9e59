import { getObject, changeTree, storeBlob, storeCommit, storeTree } from './git-objects.js';
import { findUser } from './store.js';
import type { EmulatorState, GitSignature, RepoRecord } from './types.js';

/** The author line GitHub writes for an account: its login and its noreply address. */
export function signatureOf(state: EmulatorState, login: string, date: string): GitSignature {
  const user = findUser(state, login);
  const id = user?.id ?? 0;
  return { name: user?.name ?? login, email: user?.email ?? `${id}+${login}@users.noreply.github.com`, date };
}

/**
 * Commits file changes (`content: null` deletes) on top of `branch`, creating the branch (with no
 * parent) when it does not exist yet, and moves the branch; returns the new commit's SHA.
 */
export function commitFiles(
  repo: RepoRecord,
  branch: string,
  files: Array<{ path: string; content: Buffer | null }>,
  commit: { message: string; author: GitSignature; committer: GitSignature },
): string {
  const ref = `refs/heads/${branch}`;
  const parent = repo.refs[ref];
  const baseTree = parent === undefined ? null : (getObject(repo, parent, 'commit')?.tree ?? null);
  const changes = files.map((file) => ({
    path: file.path,
    mode: '100644',
    type: 'blob' as const,
    sha: file.content === null ? null : storeBlob(repo, file.content),
  }));
  const tree = changes.length === 0 && baseTree === null ? storeTree(repo, []) : changeTree(repo, baseTree, changes);
  const sha = storeCommit(repo, { tree, parents: parent === undefined ? [] : [parent], ...commit });
  repo.refs[ref] = sha;
  return sha;
}

/** Whether `ancestor` is `sha` or reachable from it through parents (a fast-forward check). */
export function isAncestor(repo: RepoRecord, ancestor: string, sha: string): boolean {
  const seen = new Set<string>();
  const pending = [sha];
  while (pending.length > 0) {
    const current = pending.pop() ?? '';
    if (current === ancestor) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    pending.push(...(getObject(repo, current, 'commit')?.parents ?? []));
  }
  return false;
}
