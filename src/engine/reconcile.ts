/**
 * The engine: given an incident as observed now, its playbook set and the time, the effects that
 * bring GitHub in line with what the history says. Pure: no I/O, no clock, no globals. Running it
 * again after its effects were applied returns no effects.
 */
import type { PlaybookSet } from '../config/model.js';
import { buildCard } from './card.js';
import { cardEffect, cardRecord } from './card-effect.js';
import { currentTicks } from './card-ticks.js';
import type { Effect } from './effects.js';
import { dueReminder, nextDeadline, withDeadlines } from './deadlines.js';
import { planDeliveries } from './deliveries.js';
import { duePages, severityRequest, triageRequest } from './escalation.js';
import { foldIncident, type IncidentState } from './incident-state.js';
import { type Ledger, readLedger } from './ledger.js';
import type { Observed } from './observed.js';
import { pinnedSha } from './pin.js';
import { postmortemEffects, postmortemStatus } from './postmortem.js';
import { earliest, inTimeOrder, isBefore, wholeSeconds } from './time.js';
import { markerKey } from './records.js';
import { seenAfter } from './seen.js';
import { alreadyJudged } from './verdicts.js';

/** The label that carries a scenario. */
export function scenarioLabel(id: string): string {
  return `scenario:${id}`;
}

/**
 * Whether the incident should carry the SLA-missed label: a response time ran out, and no person
 * has taken the label off since (the bot does not fight a person who removes it).
 */
function wantsSlaLabel(state: IncidentState, observed: Observed, set: PlaybookSet): boolean {
  if (state.missedResponses.length === 0) return false;
  return !observed.events.some((event) => event.event === 'unlabeled' && event.label === set.slaMissedLabel && event.actor !== observed.botLogin);
}

function labelEffects(state: IncidentState, observed: Observed, set: PlaybookSet): Effect[] {
  const present = new Set(observed.issue.labels);
  const effects: Effect[] = [];
  const wanted = [
    state.severity?.label,
    state.scenario === null ? undefined : scenarioLabel(state.scenario.id),
    wantsSlaLabel(state, observed, set) ? set.slaMissedLabel : undefined,
  ];
  const missing = wanted.filter((label): label is string => label !== undefined && !present.has(label));
  if (missing.length > 0) effects.push({ kind: 'add-labels', labels: missing });
  // The scenario label mirrors the form: when an edit changes the scenario, the old label goes.
  // Without a scenario in the form, scenario labels people added by hand are left alone.
  if (state.scenario !== null) {
    const kept = scenarioLabel(state.scenario.id);
    for (const scenario of set.scenarios) {
      const label = scenarioLabel(scenario.id);
      if (label !== kept && present.has(label)) effects.push({ kind: 'remove-label', label });
    }
  }
  if (state.severity === null) return effects;
  const severityLabel = state.severity.label;
  const extra = set.severities.map((severity) => severity.label).filter((label) => label !== severityLabel && present.has(label));
  for (const label of extra) effects.push({ kind: 'remove-label', label });
  const last = state.severityHistory.at(-1);
  // A severity from a label is a person's: the bot's own label events are no facts (eventFacts).
  // Stryker disable next-line OptionalChaining: the severity is set, so the history has an entry
  if (extra.length > 0 && last?.via === 'label' && last.eventId !== null) {
    effects.push({
      kind: 'comment',
      marker: { kind: 'label-note', eventId: last.eventId },
      message: { type: 'label-note', kept: severityLabel, removed: extra, by: last.by },
    });
  }
  return effects;
}

/**
 * The issue is assigned to a new Incident Commander once, in the run that accepts the `/ic`: later
 * runs leave the assignees alone, so a person may unassign them, and a user GitHub cannot assign
 * (not a collaborator) is not tried again on every run.
 */
function assigneeEffects(state: IncidentState, observed: Observed, ledger: Ledger): Effect[] {
  const ic = state.commander;
  const icComment = observed.comments.find((comment) => comment.id === state.icCommentId);
  if (ic === null || icComment === undefined || alreadyJudged(ledger, icComment)) return [];
  if (observed.issue.assignees.includes(ic)) return [];
  return [{ kind: 'add-assignees', assignees: [ic] }];
}

function issueStateEffects(state: IncidentState, observed: Observed): Effect[] {
  if (state.resolution !== null && observed.issue.state === 'open') return [{ kind: 'close-issue' }];
  if (state.resolution === null && observed.issue.state === 'closed') return [{ kind: 'reopen-issue' }];
  return [];
}

/** The incident as its history says it is, and the effects that bring GitHub in line with it. */
export interface Plan {
  incident: IncidentState;
  /** In the order to apply them. */
  effects: Effect[];
  /** The incident's next deadline after this plan (the card records it), or null when none is pending. */
  due: string | null;
}

/** Whether `observed` is an incident under the playbooks `set` (the ones it is pinned to). */
export function isIncident(observed: Pick<Observed, 'issue'>, set: PlaybookSet): boolean {
  return observed.issue.labels.includes(set.incidentLabel);
}

/** How a run reconciles. */
export interface ReconcileOptions {
  /**
   * Rewrite the card when what it recorded of the issue (seen.ts) is out of date, even if nothing
   * else changed: a sweep asks for it, so an incident it had to read is quiet for the next sweep.
   */
  refreshSeen?: boolean;
}

/** The plan for one incident observed at `now`. */
export function reconcile(observed: Observed, set: PlaybookSet, now: Date, options: ReconcileOptions = {}): Plan {
  const nowIso = now.toISOString();
  const ledger = readLedger(observed);
  const state = withDeadlines(foldIncident(observed, ledger, set), nowIso);
  const effects: Effect[] = [...labelEffects(state, observed, set), ...assigneeEffects(state, observed, ledger)];

  const comments: Effect[] = [];
  const post = (effect: Extract<Effect, { kind: 'comment' }>): void => {
    if (!ledger.posted.has(markerKey(effect.marker))) comments.push(effect);
  };
  const triage = triageRequest(state, set);
  if (triage !== null) post({ kind: 'comment', marker: { kind: 'triage-request' }, message: triage });
  const unset = severityRequest(state, set);
  if (unset !== null) post({ kind: 'comment', marker: { kind: 'severity-request' }, message: unset });
  for (const close of state.refusedCloses) {
    post({ kind: 'comment', marker: { kind: 'close-note', eventId: close.eventId }, message: { type: 'close-note', by: close.by, minimumPermission: set.minimumPermission } });
  }
  const pages = duePages(state, set, nowIso);
  for (const page of pages) post({ kind: 'comment', marker: page.marker, message: page.message });
  const reminder = dueReminder(state, set, nowIso);
  if (reminder !== null) post({ kind: 'comment', marker: reminder.marker, message: reminder.message });
  for (const refusal of state.refusals) {
    const marker = { kind: 'reply', commentId: refusal.commentId, edited: refusal.edited, denied: refusal.denied } as const;
    post({ kind: 'comment', marker, message: { type: 'reply', to: refusal.author, problems: refusal.problems, help: refusal.help, roles: set.roles.map((role) => role.id) } });
  }

  // A page is dated when it fell due. A raise after it was posted moves the level's due time
  // later, but the page still went out when its comment was posted: never date it after that.
  const postedAt = new Map(ledger.pages.map((posted) => [markerKey(posted.marker), posted.at]));
  const dated = pages.map((page) => {
    const posted = postedAt.get(markerKey(page.marker));
    return { marker: page.marker, at: posted !== undefined && isBefore(posted, page.message.at) ? posted : page.message.at };
  });
  const gone = ledger.pages.filter((posted) => !dated.some((step) => markerKey(step.marker) === markerKey(posted.marker)));
  // In the order they happened: severity pages come before level pages in `pages`, whatever their times.
  const steps = inTimeOrder([...dated, ...gone]);
  const sha = pinnedSha(observed, ledger);
  const { serverUrl, path } = observed.playbookRef;
  const url = `${serverUrl}/${observed.repo.owner}/${observed.repo.repo}/tree/${sha}/${path}`;
  // The card goes after the comments: it records which commands were judged, so it must not
  // claim a verdict whose reply has not been posted yet.
  const ticks = currentTicks(ledger.card?.record.ticks ?? [], ledger.card, set);
  // Deliveries follow the pages on GitHub (a page whose comment failed is not sent elsewhere first)
  // and go before the card, which records how they ended.
  const sinks = planDeliveries(state, set, steps, observed.repo, ledger.card?.record ?? null);
  const deliveries: Effect[] = sinks.deliveries.map((delivery) => ({ kind: 'deliver', delivery }));
  const built = buildCard(state, set, steps, { sha, url, fallback: observed.playbookFallback }, ticks, nowIso);
  const postmortem = postmortemStatus(state, observed, ledger, nowIso);
  const withPostmortem = postmortem === null ? built : { ...built, postmortem };
  const shown = sinks.card.lines.length + sinks.card.sent.length + sinks.card.failed.length === 0 ? withPostmortem : { ...withPostmortem, deliveries: sinks.card };
  // A pending post-mortem's due time is a deadline too: the sweep must read the incident then.
  const deadlines = [nextDeadline(state, set, nowIso), postmortem?.state === 'pending' ? postmortem.dueAt : null].filter((at): at is string => at !== null);
  const next = earliest(deadlines);
  const due = next === null ? null : wholeSeconds(next);
  // A delivery retried with the card unchanged still needs the card, to record how it ended.
  // The post-mortem goes last: its pull request is the slowest step, and everything the incident
  // itself needs (its card, its closing) must not wait for it or fail with it.
  const postmortemSteps = postmortemEffects(state, observed, ledger, set, built.escalations, nowIso);
  const fingerprint = seenAfter(observed, [...effects, ...comments, ...issueStateEffects(state, observed), ...postmortemSteps], ledger.card === null);
  const planned = cardEffect(shown, ledger, due, { fingerprint, refresh: options.refreshSeen === true });
  const card: Effect[] = planned.length === 0 && deliveries.length > 0 ? [{ kind: 'card', card: shown, record: cardRecord(shown, due, fingerprint), commentId: ledger.card?.commentId ?? null }] : planned;
  return { incident: state, effects: [...effects, ...comments, ...deliveries, ...card, ...issueStateEffects(state, observed), ...postmortemSteps], due };
}
