/**
 * Which pull request a `pull_request` event asks the playbook check to look at. Only pushes and
 * (re)openings change what the check says; labels, assignments and reviews do not. The payload
 * names the commits; the check reads the base set from git at the base commit and validates the
 * checkout (the head) the workflow made.
 */

/** The pull request to check. */
export interface PullRequestTarget {
  number: number;
  baseSha: string;
  headSha: string;
  /** The head branch lives in another repository: the workflow's token may only read. */
  fork: boolean;
}

/** The actions of `pull_request` the check answers. */
export const CHECKED_ACTIONS = ['opened', 'synchronize', 'reopened', 'ready_for_review'] as const;

interface RepoLike {
  full_name?: unknown;
}

interface Payload {
  action?: unknown;
  pull_request?: { number?: unknown; head?: { sha?: unknown; repo?: RepoLike | null }; base?: { sha?: unknown; repo?: RepoLike | null } };
}

const SHA = /^[0-9a-f]{40}$/;

/** The pull request to check, or why there is nothing to check; null for other events. */
export function pullRequestTarget(eventName: string, payload: Payload): PullRequestTarget | { skip: string } | null {
  if (eventName !== 'pull_request') return null;
  const action = payload.action;
  if (typeof action !== 'string' || !(CHECKED_ACTIONS as readonly string[]).includes(action)) {
    return { skip: `pull_request.${String(action)} does not change the playbooks` };
  }
  const pull = payload.pull_request;
  const number = pull?.number;
  const headSha = pull?.head?.sha;
  const baseSha = pull?.base?.sha;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || typeof headSha !== 'string' || !SHA.test(headSha) || typeof baseSha !== 'string' || !SHA.test(baseSha)) {
    return { skip: `pull_request.${action} without a pull request number and commits` };
  }
  // A head repository that was deleted is reported as null: it was a fork.
  const fork = pull?.head?.repo?.full_name !== pull?.base?.repo?.full_name;
  return { number, baseSha, headSha, fork };
}
