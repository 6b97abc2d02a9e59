/**
 * The playbooks an incident is pinned to. An incident runs on the playbook set of the commit it was
 * declared under, so a change merged mid-incident (a new contact, another response time) does not
 * change the rules of an incident already under way. When that commit is not the one this run
 * checked out, its files are read from git: the playbook directory only (one listing per directory,
 * one blob per file), so the size of the rest of the repository does not matter.
 *
 * Failures that another try cannot fix (the commit is not in this repository, as for a transferred
 * issue; no playbooks or invalid ones there; a directory too large to list) fall back to the run's
 * playbooks and say why, on the card too: an incident must never freeze. Failures that may pass
 * (a server error, a rate limit) are thrown, so the run is retried instead of changing rules.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { YAML_FILE, skipped } from '../config/find-files.js';
import { PlaybookError, loadPlaybooks } from '../config/load-playbooks.js';
import type { PlaybookSet } from '../config/model.js';
import type { RepoRef } from '../engine/observed.js';
import { httpStatus } from './http-status.js';
import type { GitHubClient } from './octokit.js';

/** Where the playbooks live in the repository. */
export interface PlaybookLocation extends RepoRef {
  /** The playbook directory, relative to the repository root. */
  path: string;
}

/** The pinned set, or why the run's playbooks are used instead. */
export type PinnedPlaybooks = { set: PlaybookSet } | { fallback: string };

/** GitHub lists at most this many entries of a directory through the contents API. */
const LISTING_LIMIT = 1000;

/** A failure no later run can fix. */
class Permanent extends Error {}

/** The playbook files below `path` at commit `sha`, as path (relative to `path`) → text. */
async function readFilesAt(octokit: GitHubClient, where: PlaybookLocation, sha: string): Promise<Map<string, string>> {
  const root = where.path.replace(/^\.\//, '').replace(/\/+$/, '');
  const texts = new Map<string, string>();
  const visit = async (dir: string): Promise<void> => {
    const { data } = await octokit.rest.repos.getContent({ owner: where.owner, repo: where.repo, path: dir, ref: sha });
    if (!Array.isArray(data)) throw new Permanent(`${dir} is a file, not a directory`);
    if (data.length >= LISTING_LIMIT) throw new Permanent(`${dir} has ${LISTING_LIMIT} or more entries, more than GitHub lists`);
    // What the loader reads of a checkout (find-files.ts), so both see the same set.
    for (const entry of data.filter((candidate) => !skipped(candidate.name))) {
      if (entry.type === 'dir') await visit(entry.path);
      else if (entry.type === 'file' && YAML_FILE.test(entry.name)) {
        const { data: blob } = await octokit.rest.git.getBlob({ owner: where.owner, repo: where.repo, file_sha: entry.sha });
        // Stryker disable next-line StringLiteral: Buffer.from reads an empty encoding name as UTF-8 too
        texts.set(entry.path.slice(root.length + 1), Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8'));
      }
    }
  };
  try {
    await visit(root);
  } catch (error) {
    // A 404 is final: the commit is not in this repository, or it has no playbook directory.
    if (httpStatus(error) === 404) return new Map();
    throw error;
  }
  return texts;
}

async function loadFiles(files: Map<string, string>): Promise<PlaybookSet> {
  // Stryker disable next-line StringLiteral: the prefix only names the directory
  const dir = await mkdtemp(join(tmpdir(), 'playbook-ops-pinned-'));
  try {
    for (const [path, text] of files) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    return await loadPlaybooks(dir);
  } finally {
    // Stryker disable next-line BooleanLiteral: the directory exists (made above), so force changes nothing
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The playbook set at commit `sha`, or why it cannot be had for good (the caller then uses its
 * own). A failure that may pass is thrown, so the incident waits for the next run. `role` says in
 * messages what the commit is to the caller (the pull-request check reads the base of a pull request).
 */
export async function loadPinnedPlaybooks(
  octokit: GitHubClient,
  where: PlaybookLocation,
  sha: string,
  role = 'the commit the incident is pinned to',
): Promise<PinnedPlaybooks> {
  const at = `${where.path} at ${sha.slice(0, 7)}, ${role}`;
  let files: Map<string, string>;
  try {
    files = await readFilesAt(octokit, where, sha);
  } catch (error) {
    if (error instanceof Permanent) return { fallback: `the playbooks in ${at} cannot be read: ${error.message}` };
    throw new Error(`Could not read the playbooks in ${at}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (files.size === 0) return { fallback: `there are no playbooks in ${at} (or the commit is not in this repository)` };
  try {
    return { set: await loadFiles(files) };
  } catch (error) {
    if (!(error instanceof PlaybookError)) throw error;
    // The loader's message names the temporary copy; name the folder of the repository instead.
    const { message } = new PlaybookError(where.path, error.diagnostics);
    return { fallback: `the playbooks in ${at} have errors (${message})` };
  }
}
