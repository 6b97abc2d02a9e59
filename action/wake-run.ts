/**
 * The daily wake-up (`wake-sweep: true`): turn the sweep workflow on when it has work, nothing else.
 * While nothing is pending the sweep stays off; this run is the safety net for what no event
 * announces: playbook files due for review (by the day), an enable an event's run missed, an event
 * whose run was dropped. It reads in bulk (a request per 100 incidents) and writes nothing but the
 * enable; the sweep it starts does the work and turns itself off again.
 */
import { keepSweep, wakeViews } from '../src/github/keep-sweep.js';
import type { GitHubClient, Log } from '../src/github/octokit.js';
import type { ActionInputs } from './inputs.js';
import { loadSet } from './reconcile-run.js';
import { writeWakeSummary } from './summary.js';
import { info } from './workflow-commands.js';

/** Wakes the sweep if it has work; GitHub refusing is a warning, as everywhere the sweep is turned on or off. */
export async function wakeRun({ inputs, octokit, log }: { inputs: ActionInputs; octokit: GitHubClient; log: Log }): Promise<void> {
  const workflow = inputs.sweepWorkflow;
  if (workflow === null) throw new Error('wake-sweep needs sweep-workflow');
  const set = await loadSet(inputs.playbooksDir, inputs.playbooksInput);
  const repo = { owner: inputs.owner, repo: inputs.repo };
  // Stryker disable next-line ObjectLiteral: the wake-up reads in bulk and observes no incident, so nothing reads the playbook reference a reader carries
  const playbookRef = { sha: inputs.sha, path: inputs.playbooksInput, serverUrl: inputs.serverUrl };
  const reader = { octokit, repo, botLogin: inputs.botLogin, log, playbookRef };
  // The bundled set is not in the repository: it has no review round (as in the sweep).
  const views = await wakeViews(reader, set, new Date(), inputs.playbooksDir !== null);
  // Stryker disable next-line BooleanLiteral,ArrowFunction: keepSweep's wake-up branch neither asks whether the run is the sweep's own nor reads again
  const kept = await keepSweep({ octokit, log }, { repo, workflow, run: 'wake', ownRun: false, dryRun: inputs.dryRun, reread: () => Promise.resolve(views) }, views);
  if (kept.done !== null) info(`Sweep: ${kept.done}.`);
  const summaryPath = process.env.GITHUB_STEP_SUMMARY;
  if (summaryPath) await writeWakeSummary(summaryPath, kept, inputs.dryRun);
}
