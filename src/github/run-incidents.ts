/**
 * The shell's one job: for each targeted issue, read it as it is now, ask the engine what is
 * missing, and apply it (or, in a dry run, only report the plan).
 */
import type { PlaybookSet } from '../config/model.js';
import { describeEffect } from '../engine/describe.js';
import type { EventTarget } from '../engine/event-target.js';
import type { Observed } from '../engine/observed.js';
import { pinnedSha } from '../engine/pin.js';
import { reconcile } from '../engine/reconcile.js';
import { applyEffects, type CommentRenderer } from './apply-effects.js';
import type { FetchedIncident } from './fetch-incident.js';
import type { GitHubClient, Log } from './octokit.js';
import { readIncident } from './read-incident.js';

/** The world a run touches, injected. */
export interface RunDeps {
  octokit: GitHubClient;
  log: Log;
  now: () => Date;
}

/** What a run works with: the repository, the bot identity, the playbooks and the renderer. */
export interface RunOptions {
  owner: string;
  repo: string;
  botLogin: string;
  set: PlaybookSet;
  playbookRef: Observed['playbookRef'];
  render: CommentRenderer;
  /** Report the plan and change nothing. */
  dryRun: boolean;
  /**
   * The playbook set at another commit, for incidents pinned to it (null when it cannot be had:
   * `set` is used then). Without it every incident runs on `set`.
   */
  playbooksAt?: (sha: string) => Promise<PlaybookSet | null>;
}

/** Reads of one issue that the caller started before the run (`fetchIncident`). */
export interface Prefetched {
  number: number;
  fetched: Promise<FetchedIncident>;
}

/** What one run did to one incident. */
export interface IncidentResult {
  incident: number;
  severity: string | null;
  /** The current phase id, or `resolved`. */
  status: string;
  /** One line per effect: what was done, or in a dry run what would be. */
  effects: string[];
}

/** The playbooks the incident is pinned to: those of its declaration's commit, when they can be read. */
async function playbooksFor(observed: Observed, options: RunOptions): Promise<PlaybookSet> {
  const sha = pinnedSha(observed);
  if (sha === observed.playbookRef.sha || options.playbooksAt === undefined) return options.set;
  return (await options.playbooksAt(sha)) ?? options.set;
}

async function runOne(deps: RunDeps, options: RunOptions, number: number, prefetched: Prefetched | undefined): Promise<IncidentResult | null> {
  const ref = { owner: options.owner, repo: options.repo, number, botLogin: options.botLogin, playbookRef: options.playbookRef };
  const observed = await readIncident(deps.octokit, ref, deps.log, prefetched?.number === number ? prefetched.fetched : undefined);
  if (!observed.issue.labels.includes(options.set.incidentLabel)) {
    deps.log.info(`#${number} is not an incident (no "${options.set.incidentLabel}" label); nothing to do.`);
    return null;
  }
  const { incident, effects } = reconcile(observed, await playbooksFor(observed, options), deps.now());
  const summary = {
    incident: number,
    severity: incident.severity?.label ?? null,
    status: incident.resolution === null ? incident.phase.id : 'resolved',
  };
  if (options.dryRun) return { ...summary, effects: effects.map((effect) => `would ${describeEffect(effect)}`) };
  const applied = await applyEffects(deps.octokit, observed, effects, options.render, deps.log);
  const done = applied.filter((entry) => entry.outcome === 'applied').map((entry) => describeEffect(entry.effect));
  return { ...summary, effects: done };
}

async function openIncidents(deps: RunDeps, options: RunOptions): Promise<number[]> {
  const issues = await deps.octokit.paginate(deps.octokit.rest.issues.listForRepo, {
    owner: options.owner,
    repo: options.repo,
    state: 'open',
    labels: options.set.incidentLabel,
    per_page: 100,
  });
  return issues.filter((issue) => issue.pull_request === undefined).map((issue) => issue.number);
}

/**
 * Reconciles what `target` names; returns one result per incident touched. `prefetched` holds
 * reads of the target issue already in flight, which the run uses instead of asking again.
 */
export async function runIncidents(deps: RunDeps, options: RunOptions, target: EventTarget, prefetched?: Prefetched): Promise<IncidentResult[]> {
  if (target.type === 'skip') {
    deps.log.info(`Nothing to do: ${target.reason}.`);
    return [];
  }
  if (target.type === 'issue') {
    const result = await runOne(deps, options, target.number, prefetched);
    return result === null ? [] : [result];
  }
  // One incident's failure must not keep the others from being reconciled (and escalated).
  const numbers = await openIncidents(deps, options);
  const results: IncidentResult[] = [];
  const failures: string[] = [];
  for (const [index, number] of numbers.entries()) {
    deps.log.info(`Incident ${index + 1} of ${numbers.length}: #${number}`);
    try {
      const result = await runOne(deps, options, number, undefined);
      if (result !== null) results.push(result);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      deps.log.warning(`#${number}: ${message}`);
      failures.push(`#${number}: ${message}`);
    }
  }
  if (failures.length > 0) {
    throw new Error(`${failures.length} of ${numbers.length} incidents could not be reconciled (the next run tries again): ${failures.join('; ')}`);
  }
  return results;
}
