/**
 * What a run's applied effects mean on the clock: each page, escalation, SLA-missed label, update
 * reminder, post-mortem step and delivery, with the time the engine says it was due. The due times
 * are the engine's own, carried by the effects (a page's `at`, a reminder's `due`, a post-mortem's
 * `dueAt`, a delivery's notification time, the card's missed response times), never worked out again.
 */
import type { PlaybookSet } from '../config/model.js';
import type { Delivery } from '../engine/delivery-types.js';
import type { Effect } from '../engine/effects.js';
import type { AppliedEffect } from '../github/appliers/observe-appliers.js';

/** What kind of timed step fired. */
export type FiredKind =
  | 'page'
  | 'escalation'
  | 'sla-missed'
  | 'update-reminder'
  | 'postmortem-pr'
  | 'postmortem-overdue'
  | 'postmortem-escalation'
  | 'follow-ups'
  | 'delivery';

/** One step that fired in a run. */
export interface Fired {
  issue: number;
  kind: FiredKind;
  /** The step in words. */
  what: string;
  /** When the engine says it was due (ISO 8601), or null for a step with no deadline (a merge's follow-ups). */
  due: string | null;
  /** What the applier reported (a delivery that failed says so). */
  done: string;
}

type Comment = Extract<Effect, { kind: 'comment' }>;

function fromComment(effect: Comment): Omit<Fired, 'issue' | 'done'> | null {
  const { message } = effect;
  switch (message.type) {
    case 'page':
      if (message.reason === 'unacknowledged') {
        const level = message.technical === null ? 'the next level' : `level ${message.technical.level} (${message.technical.name})`;
        return { kind: 'escalation', what: `unacknowledged: page ${level}`, due: message.at };
      }
      return { kind: 'page', what: `page ${message.severity.label}${message.technical === null ? '' : ` to level ${message.technical.level} (${message.technical.name})`}`, due: message.at };
    case 'update-reminder': {
      const to = message.to.kind === 'role' ? `the ${message.to.name}` : `level ${message.to.level} (${message.to.name})`;
      return { kind: 'update-reminder', what: `update reminder to ${to} (${message.missed} window(s) missed)`, due: message.due };
    }
    case 'postmortem-overdue':
      return { kind: 'postmortem-overdue', what: 'post-mortem overdue: reminder to its owners', due: message.dueAt };
    case 'postmortem-escalation':
      return { kind: 'postmortem-escalation', what: `post-mortem overdue: ${message.management.name}`, due: message.dueAt };
    // The pull request and the merge are their own effects (postmortem-pr, follow-ups); the rest answer people.
    case 'postmortem-opened':
    case 'postmortem-branch':
    case 'postmortem-complete':
    case 'review-reminder':
    case 'reply':
    case 'label-note':
    case 'triage-request':
    case 'severity-request':
    case 'close-note':
      return null;
  }
}

/** A delivery in words; PagerDuty's name the alert (one per level) by its dedup key. */
function deliveryText(delivery: Delivery): string {
  if (delivery.action === 'message') return `${delivery.sink.name}: message (${delivery.what})`;
  return `${delivery.sink.name}: ${delivery.action} alert ${delivery.dedupKey} (${delivery.what})`;
}

/** The response time that ran out, as the card effect of the same run and issue records it. */
function missedResponseDue(applied: readonly AppliedEffect[], issue: number): string | null {
  for (const { effect, issue: number } of applied) {
    if (effect.kind === 'card' && number === issue) return effect.card.incident.missedResponses.at(-1)?.due ?? null;
  }
  return null;
}

/** `item` as a timed step, or null when it is none (a card update, a reply); `run` is every effect of its run, in order. */
export function firedStep(item: AppliedEffect, run: readonly AppliedEffect[], set: PlaybookSet): Fired | null {
  const { issue, effect, done } = item;
  const step = ((): Omit<Fired, 'issue' | 'done'> | null => {
    switch (effect.kind) {
      case 'comment':
        return fromComment(effect);
      case 'add-labels':
        return effect.labels.includes(set.slaMissedLabel) ? { kind: 'sla-missed', what: `label ${set.slaMissedLabel} (response time missed)`, due: missedResponseDue(run, issue) } : null;
      case 'postmortem-pr':
        return { kind: 'postmortem-pr', what: `post-mortem pull request (${effect.draft.path})`, due: effect.draft.resolved.at };
      case 'follow-ups':
        return { kind: 'follow-ups', what: `${effect.items.length} follow-up issue(s) from the merged post-mortem`, due: null };
      case 'deliver':
        return { kind: 'delivery', what: deliveryText(effect.delivery), due: effect.delivery.notification.at };
      case 'card':
      case 'add-assignees':
      case 'remove-label':
      case 'close-issue':
      case 'reopen-issue':
        return null;
    }
  })();
  // The engine writes instants with or without milliseconds; one form, so they compare and sort as text.
  return step === null ? null : { issue, ...step, due: step.due === null ? null : new Date(step.due).toISOString(), done };
}

/** The timed steps among `run` (one run's effects, in order). */
export function firedSteps(run: readonly AppliedEffect[], set: PlaybookSet): Fired[] {
  return run.flatMap((item) => firedStep(item, run, set) ?? []);
}

/** Whole minutes from `due` to `fired` (0 when on time). */
export function minutesLate(due: string, fired: string): number {
  return Math.max(0, Math.floor((Date.parse(fired) - Date.parse(due)) / 60_000));
}
