/**
 * The clock's part of an incident: the response time and the status-update cadence, judged at
 * `now`. The fold (incident-state.ts) knows only what happened; this adds what the passing of time
 * means: a response time that ran out (the SLA-missed label and a timeline entry), an update window
 * that closed without an update (one reminder, for the latest such window only, so a sweep that
 * runs hours late reminds once, not once per window), and the next instant at which any of this,
 * or an escalation, falls due: the card records it so a sweep can leave a quiet incident unread.
 */
import type { PlaybookSet } from '../config/model.js';
import type { UpdateReminderMessage } from './effects.js';
import { nextEscalation, technicalContacts } from './escalation.js';
import type { IncidentState, MissedResponse } from './incident-state.js';
import type { Marker } from './records.js';
import { addMinutes, earliest, inTimeOrder, isBefore, wholeSeconds } from './time.js';

/** A reminder due now, with its marker (one per missed window, ever). */
export interface DueReminder {
  marker: Extract<Marker, { kind: 'update-reminder' }>;
  message: UpdateReminderMessage;
}

function counts(state: IncidentState): boolean {
  return state.report === null || state.report.confirmed !== null;
}

/** The response time still running, if nobody has acknowledged the open incident yet. */
function openResponseWindow(state: IncidentState): MissedResponse | null {
  const { respondBy: due, severity } = state;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the fold sets respondBy with the severity and clears neither, so either check alone decides
  if (due === null || severity === null) return null;
  if (state.acknowledged !== null || state.resolution !== null || !counts(state)) return null;
  return { severity: { label: severity.label, name: severity.name, responseMinutes: severity.responseMinutes }, due };
}

/** Every response time missed by `now`: those the history closed, and the running one if it has run out. */
export function missedResponses(state: IncidentState, now: string): MissedResponse[] {
  const running = openResponseWindow(state);
  const missed = [...state.missedResponses];
  if (running !== null && !isBefore(now, running.due) && !missed.some((entry) => entry.due === running.due)) missed.push(running);
  return missed;
}

/**
 * `state` with what the clock says by `now` added to its timeline: one entry per missed response
 * time, at the moment it ran out (in time order with the rest), by playbook-ops as the card names
 * the pages it sent.
 */
export function withDeadlines(state: IncidentState, now: string): IncidentState {
  const missed = missedResponses(state, now);
  if (missed.length === 0) return state;
  const entries = missed.map((entry) => ({
    at: entry.due,
    actor: 'playbook-ops',
    text: `Response time missed: nobody acknowledged ${entry.severity.label.toUpperCase()} (${entry.severity.name}) within ${entry.severity.responseMinutes} min`,
  }));
  const timeline = inTimeOrder([...state.timeline, ...entries]);
  return { ...state, missedResponses: missed, timeline };
}

/** The update cadence that applies now: from when its windows count, and how long each is. */
function cadence(state: IncidentState): { since: string; everyMinutes: number } | null {
  const everyMinutes = state.severity?.updateEveryMinutes ?? null;
  // Stryker disable next-line ConditionalExpression: `null <= 0` holds too, so the null check only narrows the type
  if (everyMinutes === null || everyMinutes <= 0) return null;
  // The fold leaves nextUpdateDue null for a resolved incident.
  if (state.nextUpdateDue === null || !counts(state)) return null;
  return { since: addMinutes(state.nextUpdateDue, -everyMinutes), everyMinutes };
}

/** How many whole update windows have closed by `now`. */
function closedWindows(since: string, everyMinutes: number, now: string): number {
  return Math.max(0, Math.floor((Date.parse(now) - Date.parse(since)) / (everyMinutes * 60_000)));
}

/**
 * Who an overdue update is asked of: the holders of the playbooks' `updates_by` role, else the
 * incident's commander, else the first technical escalation level.
 */
function askedOf(state: IncidentState, set: PlaybookSet): UpdateReminderMessage['to'] {
  const role = set.communication.updatesBy;
  if (role !== null) {
    const holders = state.roles[role.id] ?? [];
    if (holders.length > 0) return { kind: 'role', name: role.name, logins: holders };
  }
  if (state.commander !== null) {
    const commander = set.roles.find((candidate) => candidate.commander);
    // Stryker disable next-line OptionalChaining,StringLiteral: the fold names a commander only through the set's commander role
    return { kind: 'role', name: commander?.name ?? 'Incident commander', logins: [state.commander] };
  }
  const first = set.escalation.technical[0];
  // Stryker disable next-line all: the schema requires one technical level at least (escalation.schema.json)
  if (first === undefined) return { kind: 'level', name: 'the on-call engineer', level: 1, contacts: [] };
  return { kind: 'level', name: first.name, level: first.level, contacts: technicalContacts(first) };
}

/**
 * The reminder due at `now`, or null: for the latest update window that closed without an update.
 * Earlier windows that closed while no run happened get none (their marker never exists), so
 * however late a run is, it reminds once.
 */
export function dueReminder(state: IncidentState, set: PlaybookSet, now: string): DueReminder | null {
  const current = cadence(state);
  // Stryker disable next-line ConditionalExpression: a cadence comes from the severity, so it is set; the check narrows the type
  if (current === null || state.severity === null) return null;
  const closed = closedWindows(current.since, current.everyMinutes, now);
  if (closed === 0) return null;
  const due = wholeSeconds(addMinutes(current.since, closed * current.everyMinutes));
  const last = state.updates.at(-1);
  return {
    marker: { kind: 'update-reminder', due: Date.parse(due) / 1000 },
    message: {
      type: 'update-reminder',
      severity: { label: state.severity.label, name: state.severity.name },
      everyMinutes: current.everyMinutes,
      due,
      missed: closed,
      lastUpdate: last === undefined ? null : last.at,
      to: askedOf(state, set),
    },
  };
}

/**
 * The next instant after `now` at which something falls due on this incident (a response time, an
 * escalation level, the end of an update window), or null when nothing will without a change.
 */
export function nextDeadline(state: IncidentState, set: PlaybookSet, now: string): string | null {
  const candidates: string[] = [];
  const running = openResponseWindow(state);
  if (running !== null && isBefore(now, running.due)) candidates.push(running.due);
  const escalation = nextEscalation(state, set, now);
  if (escalation !== null) candidates.push(escalation.at);
  const current = cadence(state);
  if (current !== null) candidates.push(addMinutes(current.since, (closedWindows(current.since, current.everyMinutes, now) + 1) * current.everyMinutes));
  const next = earliest(candidates);
  return next === null ? null : wholeSeconds(next);
}
