/**
 * The Action after its start (run.ts): load the playbooks, reconcile the incidents the event
 * points at, and report outputs and a job summary. Imported lazily: it pulls in the engine, the
 * playbook validators; the templates load only when a run has something to write.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { formatDiagnostics } from '../src/config/format-diagnostics.js';
import { PlaybookError, loadPlaybooks } from '../src/config/load-playbooks.js';
import type { PlaybookSet } from '../src/config/model.js';
import type { EventTarget } from '../src/engine/event-target.js';
import type { SweepView } from '../src/engine/sweep-needed.js';
import { dryRunAppliers } from '../src/github/appliers/dry-run.js';
import { githubAppliers } from '../src/github/appliers/github.js';
import type { FetchedIncident } from '../src/github/fetch-incident.js';
import { sourceFor } from '../src/github/incident-source.js';
import type { GitHubClient, Log } from '../src/github/octokit.js';
import { type PinnedPlaybooks, loadPinnedPlaybooks } from '../src/github/pinned-playbooks.js';
import { type KeptSweep, keepSweep, pendingNow } from '../src/github/keep-sweep.js';
import { runReviewRound } from '../src/github/review-round.js';
import { type IncidentOutcome, runFailure, runIncidents } from '../src/github/run-incidents.js';
import { packageRoot } from '../src/package-root.js';
import type { SinkDeps } from '../src/sinks/send-delivery.js';
import type { ActionInputs } from './inputs.js';
import { writeSummary } from './summary.js';
import { info, setOutput } from './workflow-commands.js';

/** What the start of the run has ready. */
export interface StartedRun {
  inputs: ActionInputs;
  target: EventTarget;
  octokit: GitHubClient;
  log: Log;
  /** Reads of the target issue already in flight, when the event names one issue. */
  prefetched: Promise<FetchedIncident> | undefined;
}

/** The playbook set of the run (the bundled one for `playbooks: bundled`); errors stop the run before any change. */
export async function loadSet(dir: string | null, input: string): Promise<PlaybookSet> {
  if (dir === null) info('Using the bundled default playbook set (playbooks: bundled).');
  try {
    return await loadPlaybooks(dir ?? `${packageRoot()}/playbooks`);
  } catch (error) {
    if (error instanceof PlaybookError) {
      process.stdout.write(formatDiagnostics(error.diagnostics, 'github'));
      throw new Error(`The playbooks in "${input}" have errors; nothing was changed. Run \`npx playbook-ops validate ${input}\` to see them.`, { cause: error });
    }
    throw error;
  }
}

/** The step outputs: the incident, severity and status when the run reconciled one incident, and every effect. */
export function setOutputs(outcomes: IncidentOutcome[]): void {
  const reconciled = outcomes.flatMap((outcome) => (outcome.kind === 'reconciled' ? [outcome] : []));
  const only = reconciled.length === 1 ? reconciled[0] : undefined;
  setOutput('incident', only?.incident === undefined ? '' : String(only.incident));
  setOutput('severity', only?.severity ?? '');
  setOutput('status', only?.status ?? '');
  setOutput('effects', JSON.stringify(reconciled.flatMap((outcome) => outcome.effects.map((effect) => ({ incident: outcome.incident, effect })))));
}

/** One line per incident in the log, and one per effect under it. */
export function logOutcome(outcome: IncidentOutcome): void {
  switch (outcome.kind) {
    case 'reconciled':
      info(`#${outcome.incident}: ${outcome.severity ?? 'no severity'}, ${outcome.status}`);
      for (const effect of outcome.effects) info(`  ${effect}`);
      return;
    case 'skipped':
      info(`#${outcome.incident}: skipped, ${outcome.reason}`);
      return;
    case 'quiet':
      info(`#${outcome.incident}: ${outcome.severity ?? 'no severity'}, ${outcome.status}; nothing due, nothing changed`);
      return;
    case 'deferred':
      info(`#${outcome.incident}: left for the next run`);
      for (const effect of outcome.done) info(`  ${effect}`);
      return;
    case 'failed':
      info(`#${outcome.incident}: failed`);
  }
}

/** Reads the playbooks at another commit, once per commit however many incidents are pinned to it. */
export function pinnedPlaybooks(octokit: GitHubClient, inputs: ActionInputs): (sha: string) => Promise<PinnedPlaybooks> {
  const bySha = new Map<string, Promise<PinnedPlaybooks>>();
  const where = { owner: inputs.owner, repo: inputs.repo, path: inputs.playbooksInput };
  return (sha) => {
    let set = bySha.get(sha);
    if (set === undefined) {
      set = loadPinnedPlaybooks(octokit, where, sha);
      bySha.set(sha, set);
    }
    return set;
  };
}

/**
 * How the run sends to sinks outside GitHub: secrets are environment variables of the step (the
 * workflow sets `env: NAME: ${{ secrets.NAME }}`), read only when a delivery needs one.
 */
export function sinkDeps(env: NodeJS.ProcessEnv): SinkDeps {
  return { secret: (name) => env[name], fetch: (input, init) => fetch(input, init), sleep: (ms) => delay(ms), now: () => new Date() };
}

/**
 * Turns the sweep workflow off when a sweep found nothing pending, or on when this run left
 * something pending (src/github/keep-sweep.ts); undefined when the `sweep-workflow` input is empty.
 * An event with nothing to do (a skip) leaves nothing pending, so it changes nothing either.
 */
export async function keepSweepOf(run: Omit<StartedRun, 'prefetched'>, set: PlaybookSet, outcomes: IncidentOutcome[], reviewFailed: boolean): Promise<KeptSweep | undefined> {
  const { inputs, target, octokit, log } = run;
  const workflow = inputs.sweepWorkflow;
  if (workflow === null) return undefined;
  const repo = { owner: inputs.owner, repo: inputs.repo };
  const views: SweepView[] = reviewFailed ? [...outcomes, { kind: 'review-failed' }] : outcomes;
  return keepSweep(
    { octokit, log },
    {
      repo,
      workflow,
      run: target.type === 'open-incidents' ? 'sweep' : 'event',
      ownRun: inputs.workflowFile === workflow,
      dryRun: inputs.dryRun,
      reread: pendingNow(octokit, repo, inputs.botLogin, set),
    },
    views,
  );
}

/** Loads the playbooks, reconciles, and reports; throws what should fail the step. */
export async function reconcileRun({ inputs, target, octokit, log, prefetched }: StartedRun): Promise<void> {
  const set = await loadSet(inputs.playbooksDir, inputs.playbooksInput);
  const repo = { owner: inputs.owner, repo: inputs.repo };
  const reader = { octokit, repo, botLogin: inputs.botLogin, log, playbookRef: { sha: inputs.sha, path: inputs.playbooksInput, serverUrl: inputs.serverUrl } };
  const outcomes = await runIncidents(
    { octokit, log, now: () => new Date(), appliers: inputs.dryRun ? dryRunAppliers : githubAppliers, sinks: sinkDeps(process.env) },
    {
      repo,
      botLogin: inputs.botLogin,
      set,
      render: async () => (await import('../src/render/comments.js')).createCommentRenderer(),
      maxRequests: inputs.maxRequests,
      // The bundled default set has no history in this repository to pin to.
      ...(inputs.playbooksDir === null ? {} : { playbooksAt: pinnedPlaybooks(octokit, inputs) }),
    },
    sourceFor(target, reader, set.incidentLabel, prefetched, { set, now: () => new Date() }),
  );
  for (const outcome of outcomes) logOutcome(outcome);
  // Scheduled and manual runs over every incident also keep the quarterly playbook review; the
  // bundled set is not in the repository, so it has nothing to review.
  let reviewFailure: Error | null = null;
  if (target.type === 'open-incidents' && inputs.playbooksDir !== null) {
    try {
      const review = await runReviewRound(
        { octokit, log, now: () => new Date() },
        {
          repo,
          botLogin: inputs.botLogin,
          set,
          playbooksPath: inputs.playbooksInput,
          render: async () => (await import('../src/render/comments.js')).createCommentRenderer(),
          dryRun: inputs.dryRun,
          serverUrl: inputs.serverUrl,
        },
      );
      info(`Playbook review: ${review.done}`);
    } catch (error) {
      // The incidents' outcomes are reported first; the failed review fails the step after them.
      reviewFailure = new Error(`The playbook review round failed (the next scheduled run tries again): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      log.warning(reviewFailure.message);
    }
  }
  let kept: KeptSweep | undefined;
  let sweepFailure: Error | null = null;
  try {
    kept = await keepSweepOf({ inputs, target, octokit, log }, set, outcomes, reviewFailure !== null);
    if (kept !== undefined && kept.done !== null) info(`Sweep: ${kept.done}.`);
  } catch (error) {
    // Like a failed review round: reported after the incidents, then it fails the step.
    sweepFailure = new Error(`Turning the sweep workflow on or off failed (the next run tries again): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    log.warning(sweepFailure.message);
  }
  setOutputs(outcomes);
  const summaryPath = process.env.GITHUB_STEP_SUMMARY;
  if (summaryPath) await writeSummary(summaryPath, outcomes, target, inputs.dryRun, kept);
  else info('GITHUB_STEP_SUMMARY is not set, so no job summary was written.');
  const failure = runFailure(outcomes) ?? reviewFailure ?? sweepFailure;
  if (failure !== null) throw failure;
}
