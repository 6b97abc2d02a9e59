/**
 * Branches and pull requests the bot proposes (post-mortems, playbook reviews): each lives on a
 * stable branch, so a rerun, or a retry after GitHub failed once it had written, finds what the
 * first attempt made instead of making a second one.
 */
import type { RepoRef } from '../engine/observed.js';
import { httpStatus, requestError } from './http-status.js';
import type { GitHubClient, Log } from './octokit.js';

/** A pull request as the bot needs it. */
export interface PullSummary {
  number: number;
  url: string;
  state: 'open' | 'closed';
  merged: boolean;
  /** The commit the merge made, when merged and GitHub says. */
  mergeCommitSha: string | null;
  base: string;
  head: string;
}

/** GitHub's message when the repository does not let GitHub Actions open pull requests. */
const ACTIONS_MAY_NOT = /not permitted to create or approve pull requests/iu;

type RawPull = Awaited<ReturnType<GitHubClient['rest']['pulls']['list']>>['data'][number];

function summary(pull: RawPull): PullSummary {
  return {
    number: pull.number,
    url: pull.html_url,
    state: pull.state === 'closed' ? 'closed' : 'open',
    merged: pull.merged_at !== null,
    mergeCommitSha: pull.merge_commit_sha ?? null,
    base: pull.base.ref,
    head: pull.head.ref,
  };
}

/** The repository's default branch and the commit it points at. */
export async function defaultBranch(octokit: GitHubClient, repo: RepoRef): Promise<{ name: string; sha: string }> {
  const { data } = await octokit.rest.repos.get({ owner: repo.owner, repo: repo.repo });
  const { data: ref } = await octokit.rest.git.getRef({ owner: repo.owner, repo: repo.repo, ref: `heads/${data.default_branch}` });
  return { name: data.default_branch, sha: ref.object.sha };
}

/** The newest pull request from `branch` in `state` (open, or any), or null. */
export async function findPull(octokit: GitHubClient, repo: RepoRef, branch: string, state: 'open' | 'all' = 'all'): Promise<PullSummary | null> {
  const { data } = await octokit.rest.pulls.list({ owner: repo.owner, repo: repo.repo, head: `${repo.owner}:${branch}`, state, per_page: 100 });
  // Only a branch of this repository counts: a fork's branch of the same name is someone else's.
  // GitHub sends a null head repository for a deleted fork, though its types say otherwise.
  const fullName = (pull: RawPull): string | undefined => (pull.head.repo as { full_name: string } | null)?.full_name.toLowerCase();
  const own = data.filter((pull) => pull.head.ref === branch && fullName(pull) === `${repo.owner}/${repo.repo}`.toLowerCase());
  const newest = own.sort((a, b) => b.number - a.number)[0];
  return newest === undefined ? null : summary(newest);
}

/** The commit `branch` points at, or null when it does not exist. */
export async function branchHead(octokit: GitHubClient, repo: RepoRef, branch: string): Promise<string | null> {
  try {
    const { data } = await octokit.rest.git.getRef({ owner: repo.owner, repo: repo.repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if (httpStatus(error) === 404) return null;
    throw error;
  }
}

/**
 * Commits `files` on `branch` (created from `from` when it does not exist), and moves the branch
 * there. Blobs, trees and commits are content-addressed, so repeating any of them is harmless; the
 * ref is written last, so a branch that exists holds a complete commit.
 */
export async function commitFiles(
  octokit: GitHubClient,
  repo: RepoRef,
  change: { branch: string; from: string; files: { path: string; content: string }[]; message: string },
): Promise<string> {
  const where = { owner: repo.owner, repo: repo.repo };
  const current = await branchHead(octokit, repo, change.branch);
  const parent = current ?? change.from;
  const { data: parentCommit } = await octokit.rest.git.getCommit({ ...where, commit_sha: parent });
  const { data: tree } = await octokit.rest.git.createTree({
    ...where,
    base_tree: parentCommit.tree.sha,
    tree: change.files.map((file) => ({ path: file.path, mode: '100644' as const, type: 'blob' as const, content: file.content })),
  });
  const { data: commit } = await octokit.rest.git.createCommit({ ...where, message: change.message, tree: tree.sha, parents: [parent] });
  if (current === null) {
    try {
      await octokit.rest.git.createRef({ ...where, ref: `refs/heads/${change.branch}`, sha: commit.sha });
    } catch (error) {
      // A retry after GitHub wrote the ref and then failed: the ref is there, pointing at our commit.
      if (httpStatus(error) !== 422 || (await branchHead(octokit, repo, change.branch)) !== commit.sha) throw error;
    }
  } else {
    await octokit.rest.git.updateRef({ ...where, ref: `heads/${change.branch}`, sha: commit.sha });
  }
  return commit.sha;
}

/** What asking for a pull request came to. */
export type PullOutcome = { kind: 'opened' | 'found'; pull: PullSummary } | { kind: 'forbidden'; message: string };

/**
 * Opens a pull request from `branch` into `base` (the caller has looked for one first). A failure
 * after GitHub may have opened it (a 5xx, or the 422 a retry of it gets) is answered by looking
 * again; GitHub's refusal to let Actions open pull requests is an outcome, not an error.
 */
export async function openPull(
  octokit: GitHubClient,
  repo: RepoRef,
  request: { branch: string; base: string; title: string; body: string },
  log: Log,
): Promise<PullOutcome> {
  try {
    const { data } = await octokit.rest.pulls.create({ owner: repo.owner, repo: repo.repo, head: request.branch, base: request.base, title: request.title, body: request.body });
    return { kind: 'opened', pull: summary(data as unknown as RawPull) };
  } catch (error) {
    const failed = requestError(error);
    if (failed === undefined) throw error;
    const { status, message } = failed;
    if (status === 403 && ACTIONS_MAY_NOT.test(message)) return { kind: 'forbidden', message };
    if (status !== 422 && status < 500) throw error;
    log.warning(`Opening the pull request from ${request.branch} failed (${message}); checking whether it was opened.`);
    const found = await findPull(octokit, repo, request.branch, 'open');
    if (found === null) throw error;
    return { kind: 'found', pull: found };
  }
}

/**
 * Asks `logins` to review pull request `number`, leaving out those GitHub refuses (not
 * collaborators, the author): they are returned, not thrown, so one unknown user stops nobody.
 */
export async function requestReviewers(octokit: GitHubClient, repo: RepoRef, number: number, logins: string[], log: Log): Promise<{ requested: string[]; refused: string[] }> {
  const where = { owner: repo.owner, repo: repo.repo, pull_number: number };
  if (logins.length === 0) return { requested: [], refused: [] };
  try {
    await octokit.rest.pulls.requestReviewers({ ...where, reviewers: logins });
    return { requested: logins, refused: [] };
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
  }
  // One of them was refused; GitHub does not say which, so ask for each alone.
  const requested: string[] = [];
  const refused: string[] = [];
  for (const login of logins) {
    try {
      await octokit.rest.pulls.requestReviewers({ ...where, reviewers: [login] });
      requested.push(login);
    } catch (error) {
      const failed = requestError(error);
      if (failed?.status !== 422) throw error;
      log.warning(`GitHub would not request a review of #${number} from ${login}: ${failed.message}`);
      refused.push(login);
    }
  }
  return { requested, refused };
}
