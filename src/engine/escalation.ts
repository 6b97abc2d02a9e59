/**
 * Who is paged when. A page is due when the incident is declared at or raised to a severity more
 * severe than any before it (technical on-call plus that severity's management escalation), and
 * when an incident stays unacknowledged past both its response deadline and the next technical
 * level's delay. Each page has a marker, so it happens once per incident and step, ever.
 */
import type { Contact, PlaybookSet, TechnicalLevel } from '../config/model.js';
import { isPlaceholder } from '../config/placeholder.js';
import type { PagedContact, PageMessage, SeverityRequestMessage, TriageRequestMessage } from './effects.js';
import type { IncidentState } from './incident-state.js';
import type { Marker } from './records.js';
import { addMinutes, isBefore, later } from './time.js';

/** The marker of a page. */
export type PageMarker = Extract<Marker, { kind: 'severity-page' | 'level-page' }>;

/** A page with its marker and the time it became due. */
export interface DuePage {
  marker: PageMarker;
  message: PageMessage;
}

/** A technical level that will be paged later unless someone acknowledges. */
export interface NextEscalation {
  level: number;
  name: string;
  at: string;
}

function paged(contact: Contact): PagedContact {
  const handle = contact.github !== null && !isPlaceholder(contact.github) ? contact.github : null;
  return { id: contact.id, name: contact.name, handle };
}

/** The contacts of technical level `level`, as pages name them. */
export function technicalContacts(level: TechnicalLevel): PagedContact[] {
  return level.contacts.map(paged);
}

function technical(level: TechnicalLevel | undefined): PageMessage['technical'] {
  // Stryker disable next-line ConditionalExpression: callers pass the first technical level, which the schema requires (escalation.schema.json)
  return level === undefined ? null : { level: level.level, name: level.name, contacts: technicalContacts(level) };
}

/** Pages for every raise of severity to a new high, in history order. */
function severityPages(state: IncidentState, set: PlaybookSet): DuePage[] {
  const pages: DuePage[] = [];
  let highest = Number.POSITIVE_INFINITY;
  for (const change of state.severityHistory) {
    if (change.whileResolved || change.severity.level >= highest) continue;
    highest = change.severity.level;
    const rule = set.escalation.management.find((candidate) => candidate.severity === change.severity.label);
    pages.push({
      marker: { kind: 'severity-page', severity: change.severity.label },
      message: {
        type: 'page',
        reason: 'severity',
        severity: { label: change.severity.label, name: change.severity.name, responseMinutes: change.severity.responseMinutes },
        technical: technical(set.escalation.technical[0]),
        management:
          rule === undefined
            ? null
            : { name: rule.name, contacts: rule.notify.map(paged), dueAt: rule.withinMinutes === null ? null : addMinutes(change.at, rule.withinMinutes) },
        at: change.at,
        by: change.by,
        respondBy: addMinutes(change.at, change.severity.responseMinutes),
      },
    });
  }
  return pages;
}

/**
 * When each technical level beyond the first is due if nobody acknowledges: its delay after the
 * declaration (or the last reopening), but never before the response deadline, and after the deadline the levels keep the
 * spacing their delays give them, so a slow severity (SEV-4: 24 h) escalates one level at a time
 * instead of paging every level at once.
 */
function levelSchedule(state: IncidentState, set: PlaybookSet): { level: TechnicalLevel; at: string }[] {
  if (state.respondBy === null || state.acknowledged !== null || state.resolution !== null) return [];
  const respondBy = state.respondBy;
  const levels = set.escalation.technical.slice(1);
  const first = levels[0]?.afterMinutes ?? 0;
  return levels.map((level) => ({
    level,
    at: later(addMinutes(state.clockStart, level.afterMinutes), addMinutes(respondBy, level.afterMinutes - first)),
  }));
}

/** Every page due by `now`, including those already sent (the caller skips markers it has seen). */
export function duePages(state: IncidentState, set: PlaybookSet, now: string): DuePage[] {
  const pages = severityPages(state, set);
  const severity = state.severity;
  // Stryker disable next-line ConditionalExpression: without a severity there is no response deadline (respondBy), so levelSchedule is empty anyway
  if (severity === null) return pages;
  for (const { level, at } of levelSchedule(state, set)) {
    if (isBefore(now, at)) break;
    pages.push({
      marker: { kind: 'level-page', level: level.level },
      message: {
        type: 'page',
        reason: 'unacknowledged',
        severity: { label: severity.label, name: severity.name, responseMinutes: severity.responseMinutes },
        technical: technical(level),
        management: null,
        at,
        by: null,
        respondBy: state.respondBy ?? at,
      },
    });
  }
  return pages;
}

/** The next technical level that will be paged if nobody acknowledges, or null. */
export function nextEscalation(state: IncidentState, set: PlaybookSet, now: string): NextEscalation | null {
  const next = levelSchedule(state, set).find(({ at }) => isBefore(now, at));
  return next === undefined ? null : { level: next.level.level, name: next.level.name, at: next.at };
}

/**
 * The request to triage a report that nobody has confirmed yet: the first technical level is
 * asked to look; nobody else is paged until a permitted user confirms it.
 */
export function triageRequest(state: IncidentState, set: PlaybookSet): TriageRequestMessage | null {
  const report = state.report;
  if (report === null || report.confirmed !== null || state.resolution !== null) return null;
  return {
    type: 'triage-request',
    reporter: report.by,
    proposed: report.proposed === null ? null : { label: report.proposed.label, name: report.proposed.name },
    technical: technical(set.escalation.technical[0]),
    minimumPermission: set.minimumPermission,
  };
}

/**
 * The request to set a severity, for an incident that counts but has none (the form named none and
 * the playbook gives no default): no incident stays silent.
 */
export function severityRequest(state: IncidentState, set: PlaybookSet): SeverityRequestMessage | null {
  const counts = state.report === null || state.report.confirmed !== null;
  if (!counts || state.severity !== null || state.resolution !== null) return null;
  return {
    type: 'severity-request',
    technical: technical(set.escalation.technical[0]),
    severities: set.severities.map((severity) => ({ label: severity.label, name: severity.name })),
  };
}
