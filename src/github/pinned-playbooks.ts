/**
 * The playbooks an incident is pinned to. An incident runs on the playbook set of the commit it was
 * declared under, so a change merged mid-incident (a new contact, another response time) does not
 * change the rules of an incident already under way. When that commit is not the one this run
 * checked out, its files are read from git: one recursive tree, one blob per playbook file.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PlaybookError, loadPlaybooks } from '../config/load-playbooks.js';
import type { PlaybookSet } from '../config/model.js';
import type { GitHubClient, Log } from './octokit.js';

/** Where the playbooks live in the repository. */
export interface PlaybookLocation {
  owner: string;
  repo: string;
  /** The playbook directory, relative to the repository root. */
  path: string;
}

/** The playbook files below `path` at commit `sha`, as path (relative to `path`) → text. */
async function readFilesAt(octokit: GitHubClient, where: PlaybookLocation, sha: string): Promise<Map<string, string>> {
  const prefix = `${where.path.replace(/^\.\//, '').replace(/\/+$/, '')}/`;
  const { data } = await octokit.rest.git.getTree({ owner: where.owner, repo: where.repo, tree_sha: sha, recursive: 'true' });
  if (data.truncated) throw new Error('the repository tree is too large to list in one request');
  const files = data.tree.flatMap(({ type, path, sha: blobSha }) =>
    type === 'blob' && path?.startsWith(prefix) && /\.ya?ml$/.test(path) && blobSha !== undefined ? [{ path: path.slice(prefix.length), blobSha }] : [],
  );
  const texts = new Map<string, string>();
  for (const file of files) {
    const { data: blob } = await octokit.rest.git.getBlob({ owner: where.owner, repo: where.repo, file_sha: file.blobSha });
    texts.set(file.path, Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8'));
  }
  return texts;
}

/**
 * The playbook set at commit `sha`, or null (with a warning saying why) when that commit has no
 * valid playbooks: the caller then uses the playbooks it checked out. A failure to read is thrown,
 * so the incident waits for the next run instead of running on other rules.
 */
export async function loadPinnedPlaybooks(octokit: GitHubClient, where: PlaybookLocation, sha: string, log: Log): Promise<PlaybookSet | null> {
  const fallback = 'using the playbooks of this run instead';
  let files: Map<string, string>;
  try {
    files = await readFilesAt(octokit, where, sha);
  } catch (error) {
    throw new Error(`Could not read the playbooks at ${sha.slice(0, 7)}, the commit the incident is pinned to: ${(error as Error).message}`, { cause: error });
  }
  if (files.size === 0) {
    log.warning(`There are no playbooks in ${where.path} at ${sha.slice(0, 7)}, the commit the incident is pinned to; ${fallback}.`);
    return null;
  }
  const dir = await mkdtemp(join(tmpdir(), 'playbook-ops-pinned-'));
  try {
    for (const [path, text] of files) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    return await loadPlaybooks(dir);
  } catch (error) {
    if (!(error instanceof PlaybookError)) throw error;
    log.warning(`The playbooks at ${sha.slice(0, 7)}, the commit the incident is pinned to, have errors (${error.message}); ${fallback}.`);
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
