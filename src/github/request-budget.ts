/**
 * What one run may spend. `GITHUB_TOKEN` has 1,000 REST requests an hour per repository, shared by
 * every run; a run that spent it all (a thread flooded with commands, a sweep over very many
 * incidents) would leave the next event's run unable to page anyone. So a run counts its requests
 * and stops starting new work once it has spent its budget; the next run carries on, since every
 * run reconciles whatever is still missing.
 */
import { type GitHubClient, onEveryTry } from './octokit.js';

/** Requests one run may send unless told otherwise: half of what `GITHUB_TOKEN` may send in an hour. */
export const DEFAULT_MAX_REQUESTS = 500;

/** The requests a run has sent, against what it may send. */
export interface RequestBudget {
  readonly limit: number;
  /** Requests sent so far, retries included. */
  spent(): number;
  /** Whether the run may start another piece of work. */
  left(): boolean;
}

/** Runs `work` while counting every request `octokit` sends, against `limit`. */
export async function withRequestBudget<T>(octokit: GitHubClient, limit: number, work: (budget: RequestBudget) => Promise<T>): Promise<T> {
  let spent = 0;
  const count = (): void => {
    spent += 1;
  };
  const stop = onEveryTry(octokit, count);
  try {
    return await work({ limit, spent: () => spent, left: () => spent < limit });
  } finally {
    stop();
  }
}
