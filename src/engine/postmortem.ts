/**
 * The post-mortem of a resolved incident whose peak severity requires one: its pull request, its
 * deadline (a label, one reminder to its owners, the management escalation of the peak severity),
 * and its completion when the pull request is merged (follow-up issues, the pending label gone).
 * Pure: decided from the folded incident, what the bot recorded, the pull request as read, and `now`.
 */
import type { PlaybookSet } from '../config/model.js';
import { isPlaceholder } from '../config/placeholder.js';
import { actionItems } from '../markdown/action-items.js';
import type { EscalationStep } from './card.js';
import type { Effect, PagedContact } from './effects.js';
import type { IncidentState } from './incident-state.js';
import type { Ledger } from './ledger.js';
import type { Observed } from './observed.js';
import { FOLLOW_UP_LABEL, POSTMORTEM_PENDING_LABEL, postmortemBranch, postmortemDraft, postmortemDueAt, postmortemReviewers } from './postmortem-draft.js';
import { type PostmortemStep, markerKey } from './records.js';
import { isBefore } from './time.js';

/** Where a post-mortem stands, as the card shows it. */
export interface PostmortemStatus {
  state: 'pending' | 'overdue' | 'complete';
  dueAt: string | null;
  branch: string;
  /** Pull requests of the branch, on GitHub's web pages (known before the pull request exists). */
  pullsUrl: string;
}

function posted(ledger: Ledger, step: PostmortemStep): boolean {
  return ledger.posted.has(markerKey({ kind: 'postmortem', step }));
}

/** Whether resolved `state` owes a post-mortem: its peak severity requires one. */
export function owesPostmortem(state: IncidentState): boolean {
  return state.resolution !== null && state.peakSeverity?.postmortem.required === true;
}

function pullsUrl(observed: Observed, branch: string): string {
  const { serverUrl } = observed.playbookRef;
  return `${serverUrl}/${observed.repo.owner}/${observed.repo.repo}/pulls?q=${encodeURIComponent(`is:pr head:${branch}`)}`;
}

/** The post-mortem as the card shows it, or null when the incident owes none. */
export function postmortemStatus(state: IncidentState, observed: Observed, ledger: Ledger, now: string): PostmortemStatus | null {
  if (!owesPostmortem(state)) return null;
  const dueAt = postmortemDueAt(state);
  const branch = postmortemBranch(state.number);
  // Merged is complete already: the run that sees the merge records it, and its card says so.
  const complete = posted(ledger, 'complete') || observed.postmortem?.merged === true;
  const overdue = !complete && dueAt !== null && !isBefore(now, dueAt);
  return { state: complete ? 'complete' : overdue ? 'overdue' : 'pending', dueAt, branch, pullsUrl: pullsUrl(observed, branch) };
}

function paged(contact: { id: string; name: string; github: string | null }): PagedContact {
  return { id: contact.id, name: contact.name, handle: isPlaceholder(contact.github) ? null : contact.github };
}

/** Labels to take off: the post-mortem labels still on an incident that no longer awaits one. */
function removeLabels(observed: Observed, labels: string[]): Effect[] {
  return labels.filter((label) => observed.issue.labels.includes(label)).map((label) => ({ kind: 'remove-label', label }));
}

function overdueEffects(state: IncidentState, observed: Observed, ledger: Ledger, set: PlaybookSet, status: PostmortemStatus): Effect[] {
  const { dueAt } = status;
  const { peakSeverity: peak, resolution } = state;
  if (status.state !== 'overdue') return [];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: an overdue post-mortem is owed (resolved, with a peak severity) and has a due time; the check only narrows their types
  if (dueAt === null || peak === null || resolution === null) return [];
  const effects: Effect[] = [];
  if (!observed.issue.labels.includes(set.postmortem.overdueLabel)) effects.push({ kind: 'add-labels', labels: [set.postmortem.overdueLabel] });
  if (!posted(ledger, 'overdue')) {
    const reviewers = postmortemReviewers(state, set);
    const owners = reviewers.length > 0 ? reviewers : [resolution.by];
    effects.push({
      kind: 'comment',
      marker: { kind: 'postmortem', step: 'overdue' },
      message: { type: 'postmortem-overdue', owners, dueAt, branch: status.branch, pullsUrl: status.pullsUrl },
    });
  }
  const rule = set.escalation.management.find((candidate) => candidate.severity === peak.label);
  if (rule !== undefined && !posted(ledger, 'escalation')) {
    effects.push({
      kind: 'comment',
      marker: { kind: 'postmortem', step: 'escalation' },
      message: { type: 'postmortem-escalation', severity: { label: peak.label, name: peak.name }, management: { name: rule.name, contacts: rule.notify.map(paged) }, dueAt },
    });
  }
  return effects;
}

/**
 * The post-mortem's effects, applied after the card: its pending label, its pull request, its
 * deadline, its completion. `pages` are the escalation steps the card lists (the timeline has them).
 */
export function postmortemEffects(state: IncidentState, observed: Observed, ledger: Ledger, set: PlaybookSet, pages: EscalationStep[], now: string): Effect[] {
  const status = postmortemStatus(state, observed, ledger, now);
  const labels = [POSTMORTEM_PENDING_LABEL, set.postmortem.overdueLabel];
  // Reopened: nothing is pending until it is resolved again.
  if (status === null || posted(ledger, 'complete')) return removeLabels(observed, labels);
  const effects: Effect[] = [];
  if (!observed.issue.labels.includes(POSTMORTEM_PENDING_LABEL)) effects.push({ kind: 'add-labels', labels: [POSTMORTEM_PENDING_LABEL] });
  if (!posted(ledger, 'pr') && !posted(ledger, 'branch')) {
    const draft = postmortemDraft(state, observed, set, pages);
    // Stryker disable next-line ConditionalExpression: an incident that owes a post-mortem is resolved and has a severity, so it has a draft
    if (draft !== null) effects.push({ kind: 'postmortem-pr', draft });
  }
  const pull = observed.postmortem;
  if (pull?.merged === true) {
    const title = set.postmortem.elements.find((element) => element.id === 'action-items')?.title ?? 'Action items';
    effects.push({
      kind: 'follow-ups',
      incident: { number: state.number, title: state.title, url: state.url },
      pull: { number: pull.number, url: pull.url },
      items: pull.file === null ? [] : actionItems(pull.file.text, title),
      label: FOLLOW_UP_LABEL,
    });
    return [...effects, ...removeLabels(observed, labels)];
  }
  return [...effects, ...overdueEffects(state, observed, ledger, set, status)];
}
