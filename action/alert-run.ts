/**
 * The Action for an alert (a `repository_dispatch` of type `alert`): load the playbooks, open or
 * update the incident of the alert's group and reconcile it (src/github/run-alert.ts), and report in
 * the log, the outputs and the job summary. A refused alert fails the step with the reason, written
 * to the summary too, and nothing written to GitHub.
 */
import { dryRunAppliers } from '../src/github/appliers/dry-run.js';
import { githubAppliers } from '../src/github/appliers/github.js';
import type { GitHubClient, Log } from '../src/github/octokit.js';
import { type AlertRun, AlertRefused, runAlert } from '../src/github/run-alert.js';
import { runFailure } from '../src/github/run-incidents.js';
import type { ActionInputs } from './inputs.js';
import { InputError } from './inputs.js';
import { keepSweepOf, loadSet, logOutcome, pinnedPlaybooks, setOutputs, sinkDeps } from './reconcile-run.js';
import { writeAlertSummary } from './summary.js';
import { info } from './workflow-commands.js';

/** What the start of an alert run has ready. */
export interface StartedAlertRun {
  inputs: ActionInputs;
  clientPayload: unknown;
  octokit: GitHubClient;
  log: Log;
}

async function summarize(what: string, result: AlertRun | null, dryRun: boolean): Promise<void> {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (path) await writeAlertSummary(path, what, result?.outcomes ?? [], dryRun);
  else info('GITHUB_STEP_SUMMARY is not set, so no job summary was written.');
}

/** Handles the alert; throws what should fail the step. */
export async function alertRun({ inputs, clientPayload, octokit, log }: StartedAlertRun): Promise<void> {
  if (inputs.runId === null) throw new InputError('GITHUB_RUN_ID is not set: run this action inside a GitHub Actions workflow (a rerun must be told from a new alert).');
  const set = await loadSet(inputs.playbooksDir, inputs.playbooksInput);
  const repo = { owner: inputs.owner, repo: inputs.repo };
  const reader = { octokit, repo, botLogin: inputs.botLogin, log, playbookRef: { sha: inputs.sha, path: inputs.playbooksInput, serverUrl: inputs.serverUrl } };
  let result: AlertRun;
  try {
    result = await runAlert(
      { octokit, log, now: () => new Date(), appliers: inputs.dryRun ? dryRunAppliers : githubAppliers, sinks: sinkDeps(process.env) },
      {
        repo,
        botLogin: inputs.botLogin,
        set,
        render: async () => (await import('../src/render/comments.js')).createCommentRenderer(),
        maxRequests: inputs.maxRequests,
        ...(inputs.playbooksDir === null ? {} : { playbooksAt: pinnedPlaybooks(octokit, inputs) }),
        runId: inputs.runId,
        reader,
        dryRun: inputs.dryRun,
      },
      clientPayload,
    );
  } catch (error) {
    if (error instanceof AlertRefused) await summarize(error.message, null, inputs.dryRun);
    throw error;
  }
  for (const outcome of result.outcomes) logOutcome(outcome);
  // An incident the alert opened or reopened has deadlines: the sweep must be on to keep them.
  let sweepFailure: Error | null = null;
  if (result.incident !== null) {
    try {
      const kept = await keepSweepOf({ inputs, target: { type: 'issue', number: result.incident }, octokit, log }, set, result.outcomes, false);
      if (kept !== undefined && kept.done !== null) info(`Sweep: ${kept.done}.`);
    } catch (error) {
      sweepFailure = new Error(`Turning the sweep workflow on or off failed (the next run tries again): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      log.warning(sweepFailure.message);
    }
  }
  setOutputs(result.outcomes);
  await summarize(`Alert: ${result.action}.`, result, inputs.dryRun);
  const failure = runFailure(result.outcomes) ?? sweepFailure;
  if (failure !== null) throw failure;
}
