/**
 * Workflows as GitHub knows them: the files under `.github/workflows/` on the default branch, each
 * with an id and a state that outlive the file's edits. A workflow is registered the first time a
 * request looks for it (GitHub does so when the file is pushed; nothing the emulator serves can tell
 * the difference).
 */
import { notFound } from '../errors.js';
import { nextId } from './store.js';
import { entryAt, getObject, resolveCommit } from './git-objects.js';
import type { EmulatorState, RepoRecord, WorkflowRecord } from './types.js';

/** Where GitHub looks for workflows. */
const WORKFLOWS_DIR = '.github/workflows';

/** A workflow with its path and file text. */
export interface FoundWorkflow {
  path: string;
  text: string;
  record: WorkflowRecord;
}

/** The workflow files on the default branch, path → text. */
function workflowFiles(repo: RepoRecord): Map<string, string> {
  const files = new Map<string, string>();
  const head = resolveCommit(repo, repo.defaultBranch);
  const commit = head === undefined ? undefined : getObject(repo, head, 'commit');
  const dir = commit === undefined ? undefined : entryAt(repo, commit.tree, WORKFLOWS_DIR);
  if (dir?.type !== 'tree') return files;
  for (const entry of getObject(repo, dir.sha, 'tree')?.entries ?? []) {
    if (entry.type !== 'blob' || !/\.ya?ml$/.test(entry.path)) continue;
    const blob = getObject(repo, entry.sha, 'blob');
    if (blob !== undefined) files.set(`${WORKFLOWS_DIR}/${entry.path}`, Buffer.from(blob.content, 'base64').toString('utf8'));
  }
  return files;
}

/**
 * The workflow `id` names (its number, or its file name as GitHub accepts in place of one), or a
 * 404 when the default branch has no such file.
 */
export function requireWorkflow(state: EmulatorState, repo: RepoRecord, id: number | string, at: string): FoundWorkflow {
  const records = (repo.workflows ??= {});
  for (const [path, text] of workflowFiles(repo)) {
    const record = (records[path] ??= { id: nextId(state), state: 'active', createdAt: at, updatedAt: at });
    if (typeof id === 'number' ? record.id === id : path === `${WORKFLOWS_DIR}/${id}`) return { path, text, record };
  }
  throw notFound();
}
