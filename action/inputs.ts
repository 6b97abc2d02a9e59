/**
 * The Action's inputs and the runner's environment, read and checked once, up front, with messages
 * that say how to fix them.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { DEFAULT_MAX_REQUESTS } from '../src/github/request-budget.js';

/** Everything a run needs from its inputs and environment. */
export interface ActionInputs {
  token: string;
  /** Absolute playbook directory, or null to use the bundled default set (`playbooks: bundled`). */
  playbooksDir: string | null;
  /** The `playbooks` input as written, for messages. */
  playbooksInput: string;
  botLogin: string;
  dryRun: boolean;
  /** Requests one run may send. */
  maxRequests: number;
  owner: string;
  repo: string;
  eventName: string;
  eventPath: string;
  apiUrl: string;
  serverUrl: string;
  sha: string;
  /** The runner's checkout (`GITHUB_WORKSPACE`), absolute: annotations name paths relative to it. */
  workspace: string;
  /** The sweep's workflow file name, or null when the sweep is never turned on or off. */
  sweepWorkflow: string | null;
  /** The daily wake-up: turn the sweep workflow on when it has work, and do nothing else. */
  wakeSweep: boolean;
  /** The file name of the workflow this run belongs to (from `GITHUB_WORKFLOW_REF`), or null when unknown. */
  workflowFile: string | null;
  /** The workflow run's id (`GITHUB_RUN_ID`), the same for every rerun of it; null outside a runner. */
  runId: number | null;
}

/** The `playbooks` input that asks for the bundled default set. */
const BUNDLED = 'bundled';

/** A problem with the inputs or environment; its message says how to fix it. */
export class InputError extends Error {}

function required(env: NodeJS.ProcessEnv, name: string, hint: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new InputError(`${name} is not set: ${hint}`);
  return value;
}

/** The input `name` (action.yml's names have no spaces, so the runner's `INPUT_` name is only upper-cased). */
function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
}

function booleanInput(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = input(env, name).toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new InputError(`Input ${name} must be "true" or "false", not "${value}".`);
}

function countInput(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = input(env, name);
  if (value === '') return fallback;
  if (!/^[1-9]\d{0,6}$/.test(value)) throw new InputError(`Input ${name} must be a whole number of requests from 1 to 9999999, not "${value}".`);
  return Number(value);
}

/** The sweep-workflow input: a workflow file name, or null when empty. */
function sweepWorkflowInput(env: NodeJS.ProcessEnv): string | null {
  const value = input(env, 'sweep-workflow');
  if (value === '') return null;
  if (!/^[\w.-]+\.ya?ml$/.test(value)) {
    throw new InputError(`Input sweep-workflow must be the file name of a workflow under .github/workflows/ (e.g. incident-sweep.yml), or empty; not "${value}".`);
  }
  return value;
}

/** The workflow file of this run, from `GITHUB_WORKFLOW_REF` (`owner/repo/.github/workflows/file.yml@refs/heads/main`). */
function workflowFileOf(env: NodeJS.ProcessEnv): string | null {
  // Stryker disable next-line StringLiteral: any text in place of '' lacks the `.github/workflows/` the pattern needs, so it finds no file either
  return /\.github\/workflows\/([^/@]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1] ?? null;
}

/** Reads and checks the inputs (`INPUT_*`) and the runner variables (`GITHUB_*`). */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const token = input(env, 'github-token');
  if (token === '') throw new InputError('Input github-token is empty: pass `github-token: ${{ github.token }}` or a token with issues: write.');
  const repository = required(env, 'GITHUB_REPOSITORY', 'run this action inside a GitHub Actions workflow.');
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) throw new InputError(`GITHUB_REPOSITORY "${repository}" is not owner/name.`);
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const sweepWorkflow = sweepWorkflowInput(env);
  const wakeSweep = booleanInput(env, 'wake-sweep');
  if (wakeSweep && sweepWorkflow === null) throw new InputError('Input wake-sweep is "true" but sweep-workflow is empty: name the sweep\'s workflow file (e.g. incident-sweep.yml) to wake.');
  const playbooksInput = input(env, 'playbooks') || 'playbooks';
  const dir = isAbsolute(playbooksInput) ? playbooksInput : resolve(join(workspace, playbooksInput));
  const exists = existsSync(dir);
  if (exists && !statSync(dir).isDirectory()) throw new InputError(`Input playbooks: "${playbooksInput}" is a file; name the directory that holds the playbook files.`);
  // A typo must not quietly run rules the team never wrote: only the word `bundled` picks the bundled set.
  if (!exists && playbooksInput !== BUNDLED) {
    throw new InputError(
      `Input playbooks: the directory "${playbooksInput}" does not exist in the workspace (${workspace}). Check out the repository first (actions/checkout), fix the path, or write \`playbooks: ${BUNDLED}\` to run on the bundled default set.`,
    );
  }
  return {
    token,
    playbooksDir: exists ? dir : null,
    playbooksInput,
    botLogin: input(env, 'bot-login') || 'github-actions[bot]',
    dryRun: booleanInput(env, 'dry-run'),
    maxRequests: countInput(env, 'max-requests', DEFAULT_MAX_REQUESTS),
    owner,
    repo,
    eventName: required(env, 'GITHUB_EVENT_NAME', 'run this action inside a GitHub Actions workflow.'),
    eventPath: required(env, 'GITHUB_EVENT_PATH', 'run this action inside a GitHub Actions workflow.'),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    sha: env.GITHUB_SHA || 'HEAD',
    workspace: resolve(workspace),
    sweepWorkflow,
    wakeSweep,
    workflowFile: workflowFileOf(env),
    // Stryker disable next-line ConditionalExpression: without the check, test() reads undefined as the text "undefined", which is not a run id either
    runId: env.GITHUB_RUN_ID !== undefined && /^[1-9]\d{0,15}$/.test(env.GITHUB_RUN_ID) ? Number(env.GITHUB_RUN_ID) : null,
  };
}
