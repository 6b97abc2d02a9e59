/**
 * The incident card: what the one bot comment at the top of an incident shows. Built from the
 * folded state, the pages sent so far and the playbook commit the incident is pinned to.
 */
import type { PlaybookSet } from '../config/model.js';
import { type CardStep, cardSteps, tickTimeline } from './card-ticks.js';
import type { CardDeliveries } from './deliveries.js';
import { type NextEscalation, type PageMarker, nextEscalation } from './escalation.js';
import type { IncidentState, TimelineEntry } from './incident-state.js';
import type { PostmortemStatus } from './postmortem.js';
import { markerPart, type Tick } from './records.js';

/** One escalation step already taken (or being taken by this run). */
export interface EscalationStep {
  at: string;
  text: string;
}

/** Everything the incident card shows. */
export interface Card {
  incident: IncidentState;
  escalations: EscalationStep[];
  next: NextEscalation | null;
  /** The phase ids in order, to show where the incident stands. */
  phases: string[];
  /**
   * The playbook commit the incident is pinned to, a link to the files at that commit, and why this
   * run used its own playbooks instead (null when it used the pinned ones).
   */
  playbook: { sha: string; url: string; fallback: string | null };
  /** Who may run commands and confirm reports. */
  minimumPermission: string;
  /** The roles of the response team, in the playbook's order. */
  roles: { id: string; name: string; commander: boolean }[];
  /** The task lists, with the boxes people ticked. */
  steps: { scenario: CardStep[]; phase: CardStep[] };
  /** The boxes ticked, as the card records them. */
  ticks: Tick[];
  /** The timeline entries of the ticks. */
  tickEntries: TimelineEntry[];
  /** Deliveries to sinks outside GitHub, with what the card records of them; absent when there are none. */
  deliveries?: CardDeliveries;
  /** The post-mortem, for a resolved incident that owes one (absent otherwise, so other cards keep their digest). */
  postmortem?: PostmortemStatus;
}

/** What a page marker means in words, for the card's escalation list. */
function describePage(marker: PageMarker, set: PlaybookSet): string {
  if (marker.kind === 'level-page') {
    const level = set.escalation.technical.find((candidate) => candidate.level === marker.level);
    return `Unacknowledged: paged level ${marker.level}${level === undefined ? '' : `, ${level.name}`}`;
  }
  const key = markerPart(marker.severity);
  const severity = set.severities.find((candidate) => markerPart(candidate.label) === key);
  if (severity === undefined) return `${marker.severity.toUpperCase()}: paged`;
  const rule = set.escalation.management.find((candidate) => candidate.severity === severity.label);
  const first = set.escalation.technical[0];
  const who = [first?.name, rule?.name].filter((part) => part !== undefined).join(' and ');
  return `${severity.label.toUpperCase()} (${severity.name}): paged ${who}`;
}

/** The card for `incident`, given the pages already posted or about to be and the boxes ticked. */
export function buildCard(
  incident: IncidentState,
  set: PlaybookSet,
  pages: { marker: PageMarker; at: string }[],
  playbook: Card['playbook'],
  ticks: Tick[],
  now: string,
): Card {
  return {
    incident,
    escalations: pages.map((page) => ({ at: page.at, text: describePage(page.marker, set) })),
    next: nextEscalation(incident, set, now),
    phases: set.phases.map((phase) => phase.id),
    playbook,
    minimumPermission: set.minimumPermission,
    roles: set.roles.map((role) => ({ id: role.id, name: role.name, commander: role.commander })),
    steps: cardSteps(incident, ticks),
    ticks,
    tickEntries: tickTimeline(ticks, set),
  };
}
