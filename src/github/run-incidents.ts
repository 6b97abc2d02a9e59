/**
 * The shell's one job: for each incident its source names, observe it as it is now, ask the engine
 * what is missing, and apply it with the run's appliers (GitHub's, or a dry run's). Every incident
 * ends in an outcome, so one failure neither stops the others nor loses what they did.
 */
import type { PlaybookSet } from '../config/model.js';
import type { Observed, RepoRef } from '../engine/observed.js';
import { readLedger } from '../engine/ledger.js';
import { permissionsNeeded } from '../engine/permissions-needed.js';
import { pinnedSha } from '../engine/pin.js';
import { isIncident, reconcile } from '../engine/reconcile.js';
import type { CommentRenderer } from '../render/comments.js';
import type { SinkDeps } from '../sinks/send-delivery.js';
import { applyEffects } from './apply-effects.js';
import type { Appliers } from './appliers/applier.js';
import type { IncidentSource, QuietIncident } from './incident-source.js';
import type { GitHubClient, Log } from './octokit.js';
import type { PinnedPlaybooks } from './pinned-playbooks.js';
import { readPermissions } from './read-incident.js';
import { withPostmortem } from './read-postmortem.js';
import { DEFAULT_MAX_REQUESTS, type RequestBudget, withRequestBudget } from './request-budget.js';

/** The world a run touches, injected. */
export interface RunDeps {
  octokit: GitHubClient;
  log: Log;
  now: () => Date;
  /** How effects are applied: `githubAppliers`, or `dryRunAppliers` to only report the plan. */
  appliers: Appliers;
  /** How deliveries to sinks outside GitHub (Slack, Teams, PagerDuty, webhooks) are sent; without it they fail as `no-sender`. */
  sinks?: SinkDeps;
}

/** What a run works with: the repository, the bot identity, the playbooks and the renderer. */
export interface RunOptions {
  repo: RepoRef;
  botLogin: string;
  set: PlaybookSet;
  /**
   * The renderer, or how to load it: a run whose incidents are quiet renders nothing, and the
   * Action then never loads the templates and their engine (a measured part of its start-up).
   */
  render: CommentRenderer | (() => Promise<CommentRenderer>);
  /**
   * The playbook set at another commit, for incidents pinned to it, or why it cannot be had (`set`
   * is used then, and the card says so). Without it every incident runs on `set`.
   */
  playbooksAt?: (sha: string) => Promise<PinnedPlaybooks>;
  /** Requests the run may send before it leaves the rest for the next run (default {@link DEFAULT_MAX_REQUESTS}). */
  maxRequests?: number;
}

/** What one run did to one incident. */
export type IncidentOutcome =
  | {
      kind: 'reconciled';
      incident: number;
      severity: string | null;
      /** The current phase id, or `resolved`. */
      status: string;
      /** One line per effect: what was done, or in a dry run what would be. */
      effects: string[];
      /** The incident's next deadline after this run, or null when none is pending. */
      due: string | null;
    }
  /** Left unread by a sweep: nothing changed and nothing is due (see {@link QuietIncident}). */
  | ({ kind: 'quiet' } & QuietIncident)
  | { kind: 'skipped'; incident: number; reason: string }
  /** Left (partly) for the next run: the run's request budget was spent. `done` is what it did first. */
  | { kind: 'deferred'; incident: number; done: string[]; reason: string }
  | { kind: 'failed'; incident: number; error: Error };

/** The playbooks the incident is pinned to: those of its declaration's commit, or the run's with the reason why not. */
async function playbooksFor(observed: Observed, options: RunOptions, log: Log): Promise<{ set: PlaybookSet; fallback: string | null }> {
  const sha = pinnedSha(observed, readLedger(observed));
  if (sha === observed.playbookRef.sha || options.playbooksAt === undefined) return { set: options.set, fallback: null };
  const pinned = await options.playbooksAt(sha);
  if ('set' in pinned) return { set: pinned.set, fallback: null };
  log.warning(`#${observed.issue.number}: ${pinned.fallback}; using the playbooks of this run instead.`);
  return { set: options.set, fallback: pinned.fallback };
}

/** The newest change among the comments read (the issue's creation for a thread without any). */
function readUpTo(observed: Observed): string {
  // Stryker disable next-line EqualityOperator: on a tie both sides are the same timestamp text, so >= picks an equal value.
  return observed.comments.reduce((latest, comment) => (Date.parse(comment.updatedAt) > Date.parse(latest) ? comment.updatedAt : latest), observed.issue.createdAt);
}

function spentReason(budget: RequestBudget): string {
  return `this run spent its budget of ${budget.limit} API requests; the next run carries on`;
}

/** The renderer of `options`, loaded on first use. */
function rendererOf(options: RunOptions): () => Promise<CommentRenderer> {
  const { render } = options;
  if (typeof render !== 'function') return () => Promise.resolve(render);
  let loaded: Promise<CommentRenderer> | undefined;
  return () => (loaded ??= render());
}

async function runOne(deps: RunDeps, options: RunOptions & { renderer: () => Promise<CommentRenderer> }, source: IncidentSource, number: number, budget: RequestBudget): Promise<IncidentOutcome> {
  const read = await source.observe(number);
  const { set, fallback } = await playbooksFor(read, options, deps.log);
  if (!isIncident(read, set)) return { kind: 'skipped', incident: number, reason: `not an incident (no "${set.incidentLabel}" label)` };
  const unknown = permissionsNeeded(read, readLedger(read), set).filter((login) => read.permissions[login] === undefined);
  const permissions = { ...read.permissions, ...(await readPermissions({ octokit: deps.octokit, repo: options.repo, log: deps.log }, unknown)) };
  const observed = await withPostmortem(deps.octokit, { ...read, permissions, playbookFallback: fallback }, set.postmortem.path);
  // A sweep (a source that reads in bulk) keeps the card's record of the issue fresh, so the bulk
  // read can leave the incident unread next time.
  const { incident, effects, due } = reconcile(observed, set, deps.now(), { refreshSeen: source.quiet !== undefined });
  const context = {
    octokit: deps.octokit,
    issue: { ...options.repo, number },
    botLogin: options.botLogin,
    log: deps.log,
    readUpTo: readUpTo(observed),
    ...(deps.sinks === undefined ? {} : { sinks: { deps: deps.sinks, outcomes: new Map() } }),
  };
  const applied = effects.length === 0 ? { done: [], left: 0 } : await applyEffects(deps.appliers, { ...context, render: await options.renderer() }, effects, () => budget.left());
  if (applied.left > 0) return { kind: 'deferred', incident: number, done: applied.done, reason: spentReason(budget) };
  return {
    kind: 'reconciled',
    incident: number,
    severity: incident.severity?.label ?? null,
    status: incident.resolution === null ? incident.phase.id : 'resolved',
    effects: applied.done,
    due,
  };
}

/**
 * Reconciles every incident `source` names, one outcome each. Only a failure to list them throws:
 * a failing incident becomes a `failed` outcome (see {@link runFailure}) and the run goes on.
 */
export function runIncidents(deps: RunDeps, options: RunOptions, source: IncidentSource): Promise<IncidentOutcome[]> {
  return withRequestBudget(deps.octokit, options.maxRequests ?? DEFAULT_MAX_REQUESTS, (budget) => runAll(deps, options, source, budget));
}

async function runAll(deps: RunDeps, options: RunOptions, source: IncidentSource, budget: RequestBudget): Promise<IncidentOutcome[]> {
  const numbers = await source.numbers();
  const outcomes: IncidentOutcome[] = [];
  const withRenderer = { ...options, renderer: rendererOf(options) };
  for (const [index, number] of numbers.entries()) {
    const quiet = source.quiet?.(number) ?? null;
    if (quiet !== null) {
      outcomes.push({ kind: 'quiet', ...quiet });
      continue;
    }
    if (!budget.left()) {
      outcomes.push({ kind: 'deferred', incident: number, done: [], reason: spentReason(budget) });
      continue;
    }
    if (numbers.length > 1) deps.log.info(`Incident ${index + 1} of ${numbers.length}: #${number}`);
    try {
      const outcome = await runOne(deps, withRenderer, source, number, budget);
      if (outcome.kind === 'skipped') deps.log.info(`#${number} is ${outcome.reason}; nothing to do.`);
      if (outcome.kind === 'deferred') deps.log.warning(`#${number}: ${outcome.reason}.`);
      outcomes.push(outcome);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      deps.log.warning(`#${number}: ${failure.message}`);
      outcomes.push({ kind: 'failed', incident: number, error: failure });
    }
  }
  return outcomes;
}

/**
 * The error that should fail the run, or null: the incident's own error when the run had one
 * incident, else one naming every incident that failed.
 */
export function runFailure(outcomes: readonly IncidentOutcome[]): Error | null {
  const failed = outcomes.flatMap((outcome) => (outcome.kind === 'failed' ? [outcome] : []));
  const [only] = failed;
  if (only === undefined) return null;
  if (outcomes.length === 1) return only.error;
  const list = failed.map((outcome) => `#${outcome.incident}: ${outcome.error.message}`).join('; ');
  return new Error(`${failed.length} of ${outcomes.length} incidents could not be reconciled (the next run tries again): ${list}`, { cause: only.error });
}
