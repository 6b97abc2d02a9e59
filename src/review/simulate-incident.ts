/**
 * An incident declared at T and never acknowledged, run through the engine itself on a virtual
 * clock: the same `reconcile` the Action runs, over an issue whose thread grows with what each run
 * posted. No rule of escalation lives here; this file only plays GitHub (it applies the effects to
 * the observed issue) and the clock (it moves to the next time the engine says something is due).
 */
import type { PlaybookSet, Severity } from '../config/model.js';
import type { Message } from '../engine/effects.js';
import { nextDeadline } from '../engine/deadlines.js';
import { nextEscalation } from '../engine/escalation.js';
import type { Observed } from '../engine/observed.js';
import { reconcile } from '../engine/reconcile.js';
import { formatRecordLine } from '../engine/records.js';
import { isBefore } from '../engine/time.js';
import { FORM_FIELDS } from '../markdown/form-fields.js';
import { severityOption } from '../markdown/form-options.js';

/** When the simulated incident is declared; only offsets from it are shown. */
export const DECLARED_AT = '2000-01-01T00:00:00.000Z';

/** The most runs one simulation makes: far more than any set's levels and reminders need. */
const MAX_RUNS = 200;
const BOT = 'playbook-ops-preview[bot]';
const RESPONDER = 'responder';

/** One comment the engine posted, or labels it added, during the simulation. */
export interface PostedMessage {
  /** Minutes after the declaration. */
  minute: number;
  message: Message | { type: 'labels'; labels: string[] };
}

/** The issue body GitHub writes for the incident form submitted with `severity` (other answers left empty). */
function formBody(severity: Severity): string {
  return FORM_FIELDS.map((field) => `### ${field.label}\n\n${field.id === 'severity' ? severityOption(severity) : '_No response_'}`).join('\n\n');
}

function declaredIssue(set: PlaybookSet, severity: Severity): Observed {
  return {
    repo: { owner: 'preview', repo: 'preview' },
    botLogin: BOT,
    issue: { number: 1, title: 'Preview', body: formBody(severity), state: 'open', labels: [set.incidentLabel], assignees: [], author: RESPONDER, createdAt: DECLARED_AT, htmlUrl: '' },
    comments: [],
    events: [],
    permissions: { [RESPONDER]: 'admin' },
    playbookRef: { sha: '0'.repeat(40), path: 'playbooks', serverUrl: '' },
    playbookFallback: null,
  };
}

/** Applies a plan's effects to the observed issue as GitHub would; returns the messages posted. */
function apply(observed: Observed, effects: ReturnType<typeof reconcile>['effects'], now: string): PostedMessage['message'][] {
  const posted: PostedMessage['message'][] = [];
  const comment = (body: string): void => {
    observed.comments.push({ id: observed.comments.length + 1, author: BOT, body, createdAt: now, updatedAt: now });
  };
  for (const effect of effects) {
    switch (effect.kind) {
      case 'comment':
        comment(formatRecordLine(effect.marker));
        posted.push(effect.message);
        break;
      case 'card': {
        const body = formatRecordLine({ kind: 'card' }, effect.record);
        const card = observed.comments.find((candidate) => candidate.id === effect.commentId);
        if (card === undefined) comment(body);
        else Object.assign(card, { body, updatedAt: now });
        break;
      }
      case 'add-labels':
        // The labels of the declaration (severity, scenario) are not news; a label the clock adds is.
        if (now !== DECLARED_AT) posted.push({ type: 'labels', labels: effect.labels });
        observed.issue.labels.push(...effect.labels);
        break;
      case 'remove-label':
        observed.issue.labels = observed.issue.labels.filter((label) => label !== effect.label);
        break;
      case 'add-assignees':
      case 'close-issue':
      case 'reopen-issue':
      case 'deliver':
        break;
      case 'postmortem-pr':
      case 'follow-ups':
        // The preview follows an unacknowledged incident: it is never resolved, so it owes no post-mortem.
        break;
    }
  }
  return posted;
}

/**
 * Everything the bot posts on an incident of `severity` declared at {@link DECLARED_AT} by a
 * responder and never acknowledged, until nothing more falls due.
 */
export function simulateUnacknowledged(set: PlaybookSet, severity: Severity): PostedMessage[] {
  const observed = declaredIssue(set, severity);
  const posted: PostedMessage[] = [];
  let now = DECLARED_AT;
  for (let run = 0; run < MAX_RUNS; run += 1) {
    const plan = reconcile(observed, set, new Date(now));
    const minute = Math.round((Date.parse(now) - Date.parse(DECLARED_AT)) / 60_000);
    for (const message of apply(observed, plan.effects, now)) posted.push({ minute, message });
    // Update reminders recur for as long as nobody writes an update: the preview stops once every
    // level has been paged and the response time is over.
    if (nextEscalation(plan.incident, set, now) === null && !isBefore(now, plan.incident.respondBy ?? now)) break;
    const next = nextDeadline(plan.incident, set, now);
    if (next === null) break;
    now = next;
  }
  return posted;
}

/** `minute` minutes after the declaration, as an instant (for the engine's times in messages). */
export function minuteOf(iso: string): number {
  return Math.round((Date.parse(iso) - Date.parse(DECLARED_AT)) / 60_000);
}
