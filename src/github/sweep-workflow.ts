/**
 * Turning a workflow on and off (`PUT .../actions/workflows/{file}/enable` and `/disable`). Both
 * calls are idempotent on GitHub. A token that may not manage workflows (a job without
 * `actions: write`, a GitHub App without the Actions permission) and a workflow file that does not
 * exist are answers to report, not failures of the run: the incidents were kept all the same.
 */
import type { RepoRef } from '../engine/observed.js';
import { requestError } from './http-status.js';
import type { GitHubClient } from './octokit.js';

/** How a request to turn the workflow on or off ended. */
export type WorkflowSwitch = { kind: 'done' } | { kind: 'forbidden' | 'not-found'; message: string };

/** Enables (`on`) or disables workflow `file` (its file name under `.github/workflows/`). */
export async function switchWorkflow(octokit: GitHubClient, repo: RepoRef, file: string, on: boolean): Promise<WorkflowSwitch> {
  const request = { owner: repo.owner, repo: repo.repo, workflow_id: file };
  try {
    if (on) await octokit.rest.actions.enableWorkflow(request);
    else await octokit.rest.actions.disableWorkflow(request);
    return { kind: 'done' };
  } catch (error) {
    const failed = requestError(error);
    if (failed?.status !== 403 && failed?.status !== 404) throw error;
    return { kind: failed.status === 403 ? 'forbidden' : 'not-found', message: failed.message };
  }
}
