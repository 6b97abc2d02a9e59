/**
 * The sweep turns itself off when nothing is pending, and runs that make something pending turn it
 * on again, so a repository with no incident on the clock spends no Actions minutes on it.
 *
 * - A sweep (a run over every incident) that finds nothing pending disables the sweep workflow, then
 *   reads once more: an event's run may have given an incident a deadline between the sweep's read
 *   and its disable, and that run's enable may have come before the disable. If the second read
 *   finds a deadline, the sweep enables the workflow again. An event's run enables only after its
 *   card (which records the deadline) is written, so one of the two always sees the other.
 * - An event's run whose incident has a deadline after it (or failed, or ran out of budget) enables
 *   the sweep workflow. Every such run does, not only the one that set the deadline: the call is
 *   idempotent and costs one request, and a run that missed its enable (cancelled, refused) is made
 *   good by the next one.
 * - The daily wake-up (`wake`) enables it when the bulk read finds an incident with a deadline (an
 *   enable that was missed) or one changed since its card was written (an event's run dropped), or
 *   when playbook files are due for review (decided by the day: no event announces them). The sweep
 *   it starts does the work and turns itself off again.
 *
 * GitHub refusing (403: no `actions: write`; 404: no such workflow) is a warning, never a failure.
 */
import type { PlaybookSet } from '../config/model.js';
import type { RepoRef } from '../engine/observed.js';
import { dueFiles } from '../engine/review-round.js';
import { type SweepView, sweepNeed } from '../engine/sweep-needed.js';
import type { GitHubClient, Log } from './octokit.js';
import type { IncidentReader } from './read-incident.js';
import { POSTMORTEM_PENDING_LABEL, cardDue, sweepSource } from './sweep-source.js';
import { readBulk } from './sweep-query.js';
import { type WorkflowSwitch, switchWorkflow } from './sweep-workflow.js';

/** What kind of run decides: a sweep over every incident, one incident's event, or the daily wake-up. */
export type SweepRunKind = 'sweep' | 'event' | 'wake';

/** How the sweep's state is kept. */
export interface KeepSweepOptions {
  repo: RepoRef;
  /** The sweep's workflow file name under `.github/workflows/` (the Action's `sweep-workflow` input). */
  workflow: string;
  run: SweepRunKind;
  /** Whether this run is the sweep workflow's own: it runs, so it is on, and keeping it on needs no request. */
  ownRun: boolean;
  /** Say what would be done; change nothing. */
  dryRun?: boolean;
  /** What is pending now, read again (a sweep calls it once, after disabling). */
  reread: () => Promise<SweepView[]>;
}

/** What keeping the sweep did. */
export interface KeptSweep {
  /** One line saying what was done and why, or null when nothing was to do. */
  done: string | null;
  /** Set when GitHub refused: what to change so it can. */
  warning: string | null;
}

/** The warning for a refused switch. */
function refusal(file: string, on: boolean, answer: Exclude<WorkflowSwitch, { kind: 'done' }>): string {
  const effect = on ? 'deadlines are kept only while the sweep runs' : `the sweep keeps running on its schedule`;
  if (answer.kind === 'not-found') {
    return `Could not turn the sweep workflow ${file} ${on ? 'on' : 'off'}: GitHub has no workflow of that name here (${answer.message}). Set the sweep-workflow input to the file name of the sweep's workflow under .github/workflows/, or to "" to turn this off.`;
  }
  return `Could not turn the sweep workflow ${file} ${on ? 'on' : 'off'}, so ${effect}: GitHub refused (${answer.message}). Add \`actions: write\` to this job's permissions (a GitHub App token needs the Actions permission, read and write), or set the sweep-workflow input to "" to stop turning the sweep on and off.`;
}

/**
 * Turns the sweep workflow on or off as `views` (what the run knows of each incident after it)
 * require; see the file's comment for when each kind of run does what.
 */
export async function keepSweep(deps: { octokit: GitHubClient; log: Log }, options: KeepSweepOptions, views: readonly SweepView[]): Promise<KeptSweep> {
  const { octokit, log } = deps;
  const { repo, workflow: file, dryRun = false } = options;
  const turn = async (on: boolean): Promise<string | null> => {
    const answer = await switchWorkflow(octokit, repo, file, on);
    if (answer.kind === 'done') return null;
    const warning = refusal(file, on, answer);
    log.warning(warning);
    return warning;
  };
  const need = sweepNeed(views);
  if (options.run === 'wake') {
    if (!need.needed) return { done: 'nothing is pending, no review is due: the sweep stays as it is', warning: null };
    if (dryRun) return { done: `would turn the sweep (${file}) on: ${need.reason}`, warning: null };
    const warning = await turn(true);
    return { done: warning === null ? `turned the sweep (${file}) on: ${need.reason}` : null, warning };
  }
  if (need.needed) {
    if (options.ownRun) return { done: `the sweep stays on: ${need.reason}`, warning: null };
    if (dryRun) return { done: `would make sure the sweep (${file}) is on: ${need.reason}`, warning: null };
    const warning = await turn(true);
    return { done: warning === null ? `made sure the sweep (${file}) is on: ${need.reason}` : null, warning };
  }
  if (options.run === 'event') return { done: null, warning: null };
  if (dryRun) return { done: `would turn the sweep (${file}) off: no incident has a deadline pending`, warning: null };
  const off = await turn(false);
  if (off !== null) return { done: null, warning: off };
  const again = sweepNeed(await options.reread());
  if (!again.needed) return { done: `turned the sweep (${file}) off: no incident has a deadline pending; the next event that sets one turns it on`, warning: null };
  const on = await turn(true);
  return { done: on === null ? `turned the sweep (${file}) off and on again: ${again.reason} (set while this sweep ran)` : null, warning: on };
}

/**
 * What the daily wake-up finds: each incident from one bulk read (quiet as its card says, or changed
 * since), and the playbook files due for review today (none for a set outside the repository).
 */
export async function wakeViews(reader: IncidentReader, set: PlaybookSet, now: Date, reviews: boolean): Promise<SweepView[]> {
  const source = sweepSource(reader, { set, now: () => now });
  const views: SweepView[] = (await source.numbers()).map((number) => {
    const quiet = source.quiet(number);
    return quiet === null ? { kind: 'unread', incident: number } : { kind: 'quiet', incident: number, due: quiet.due };
  });
  const due = reviews ? dueFiles(set, now).length : 0;
  return due === 0 ? views : [...views, { kind: 'review-due', files: due }];
}

/** What is pending now, from one bulk read (a request per 100 issues): each incident's deadline as its card records it. */
export function pendingNow(octokit: GitHubClient, repo: RepoRef, botLogin: string, set: Pick<PlaybookSet, 'incidentLabel'>): () => Promise<SweepView[]> {
  return async () => {
    const issues = await readBulk(octokit, repo, set.incidentLabel, POSTMORTEM_PENDING_LABEL);
    return issues.map((issue) => ({ kind: 'quiet', incident: issue.number, due: cardDue(issue, botLogin) }));
  };
}
