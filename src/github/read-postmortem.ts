/**
 * Reads the post-mortem pull request of an incident awaiting one (`postmortem-pending`): found by
 * its branch, and once merged, the post-mortem file as merged, whose action items become
 * follow-up issues. Two or three reads, only for incidents that carry the label.
 */
import { POSTMORTEM_PENDING_LABEL, postmortemBranch } from '../engine/postmortem-draft.js';
import type { Observed, ObservedPostmortem, RepoRef } from '../engine/observed.js';
import { httpStatus } from './http-status.js';
import type { GitHubClient } from './octokit.js';
import { findPull } from './pull-requests.js';

/** The post-mortem file of incident `number` in `directory` at `ref`, or null when there is none. */
async function readPostmortemFile(octokit: GitHubClient, repo: RepoRef, number: number, directory: string, ref: string): Promise<{ path: string; text: string } | null> {
  const where = { owner: repo.owner, repo: repo.repo, ref };
  try {
    const { data } = await octokit.rest.repos.getContent({ ...where, path: directory });
    if (!Array.isArray(data)) return null;
    const name = new RegExp(
      `^\\d{4}-\\d{2}-\\d{2}-${number}-[^/]*\\.md$`,
      // Stryker disable next-line StringLiteral: the pattern is ASCII, so it matches the same with or without the u flag.
      'u',
    );
    const entry = data.find((candidate) => candidate.type === 'file' && name.test(candidate.name));
    if (entry === undefined) return null;
    const { data: file } = await octokit.rest.repos.getContent({ ...where, path: entry.path });
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the entry is a file, so GitHub answers with one; the check narrows the type.
    if (Array.isArray(file) || file.type !== 'file') return null;
    return { path: entry.path, text: Buffer.from(file.content, 'base64').toString('utf8') };
  } catch (error) {
    if (httpStatus(error) === 404) return null;
    throw error;
  }
}

/** The post-mortem pull request of incident `number` as it is now, or null when its branch has none. */
export async function readPostmortem(octokit: GitHubClient, repo: RepoRef, number: number, directory: string): Promise<ObservedPostmortem | null> {
  const pull = await findPull(octokit, repo, postmortemBranch(number), 'all');
  if (pull === null) return null;
  const file = pull.merged ? await readPostmortemFile(octokit, repo, number, directory, pull.mergeCommitSha ?? pull.base) : null;
  return { number: pull.number, url: pull.url, state: pull.state, merged: pull.merged, file };
}

/**
 * `observed` with its post-mortem pull request, when it awaits one; as it was otherwise. Every
 * source of incidents (one issue, every open incident, the sweep's bulk read) goes through this
 * before the engine, so a merge is noticed whichever run comes first.
 */
export async function withPostmortem(octokit: GitHubClient, observed: Observed, directory: string): Promise<Observed> {
  if (!observed.issue.labels.includes(POSTMORTEM_PENDING_LABEL) || observed.postmortem !== undefined) return observed;
  return { ...observed, postmortem: await readPostmortem(octokit, observed.repo, observed.issue.number, directory) };
}
