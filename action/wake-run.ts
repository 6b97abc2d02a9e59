/**
 * The daily wake-up (`wake-sweep: true`): turn the sweep workflow on, nothing else. While nothing is
 * pending the sweep stays off; this run is the safety net that lets date-driven work (playbook
 * review rounds) and an enable that an event's run missed still happen. The sweep it wakes decides
 * again, and turns itself off after one run when nothing is pending.
 */
import { keepSweep } from '../src/github/keep-sweep.js';
import type { GitHubClient, Log } from '../src/github/octokit.js';
import type { ActionInputs } from './inputs.js';
import { writeWakeSummary } from './summary.js';
import { info } from './workflow-commands.js';

/** Wakes the sweep; GitHub refusing is a warning, as everywhere the sweep is turned on or off. */
export async function wakeRun({ inputs, octokit, log }: { inputs: ActionInputs; octokit: GitHubClient; log: Log }): Promise<void> {
  const workflow = inputs.sweepWorkflow;
  if (workflow === null) throw new Error('wake-sweep needs sweep-workflow');
  const kept = await keepSweep(
    { octokit, log },
    { repo: { owner: inputs.owner, repo: inputs.repo }, workflow, run: 'wake', ownRun: false, dryRun: inputs.dryRun, reread: () => Promise.resolve([]) },
    [],
  );
  if (kept.done !== null) info(`Sweep: ${kept.done}.`);
  const summaryPath = process.env.GITHUB_STEP_SUMMARY;
  if (summaryPath) await writeWakeSummary(summaryPath, kept, inputs.dryRun);
}
