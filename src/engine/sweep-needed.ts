/**
 * Whether the sweep (the workflow on a 5-minute clock) has anything to do: the decision that lets it
 * turn itself off and an event's run turn it on again. Pure: from what a run knows of each incident
 * after it, nothing else.
 *
 * Only deadlines need the clock: an incident whose card records none (`due` null) changes only when
 * someone acts on it, and that action's own run reconciles it. A run that failed on an incident, or
 * left it for later (its request budget spent), needs the next sweep to try again. Review rounds
 * are decided by the day, not the minute: the daily wake-up starts a sweep for them (see the README).
 */

/** What a run knows of one incident after it (the shell's outcomes, reduced to what matters here). */
export type SweepView =
  /** Reconciled now, or left unread as the card says: its next deadline, or null when none is pending. */
  | { kind: 'reconciled' | 'quiet'; incident: number; due: string | null }
  /** Not done: the run failed on it, or its request budget ran out first. */
  | { kind: 'failed' | 'deferred'; incident: number }
  /** Not an incident. */
  | { kind: 'skipped'; incident: number }
  /** The playbook review round failed this run; the next sweep tries again. */
  | { kind: 'review-failed' }
  /** To be read whole: its card's deadline came, or it changed since the card was written (an event's run dropped, say). */
  | { kind: 'unread'; incident: number }
  /** Playbook files due for review today (a round to open, join or remind). */
  | { kind: 'review-due'; files: number };

/** Whether the sweep must keep running, and why (for the log and the job summary). */
export type SweepNeed = { needed: true; reason: string } | { needed: false };

function clock(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** Why `view` needs the sweep, or null when it does not. */
function reasonOf(view: SweepView): string | null {
  switch (view.kind) {
    case 'reconciled':
    case 'quiet':
      return view.due === null ? null : `#${view.incident} has a deadline at ${clock(view.due)}`;
    case 'failed':
      return `#${view.incident} could not be reconciled and is tried again by the next sweep`;
    case 'deferred':
      return `#${view.incident} was left for the next sweep (request budget spent)`;
    case 'skipped':
      return null;
    case 'review-failed':
      return 'the playbook review round failed and is tried again by the next sweep';
    case 'unread':
      return `#${view.incident} needs reading (a deadline came, or it changed since its card was written)`;
    case 'review-due':
      return `${view.files} playbook file${view.files === 1 ? ' is' : 's are'} due for review`;
  }
}

/**
 * Whether any incident of `views` needs the sweep; the reason names the earliest deadline (or the
 * first incident not done), so the log says what keeps it on.
 */
export function sweepNeed(views: readonly SweepView[]): SweepNeed {
  const timed = views.flatMap((view) => ((view.kind === 'reconciled' || view.kind === 'quiet') && view.due !== null ? [{ view, due: view.due }] : []));
  const earliest = timed.sort((a, b) => Date.parse(a.due) - Date.parse(b.due))[0]?.view;
  const first = earliest ?? views.find((view) => reasonOf(view) !== null);
  const reason = first === undefined ? null : reasonOf(first);
  return reason === null ? { needed: false } : { needed: true, reason };
}
