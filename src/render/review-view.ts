/**
 * A playbook review round as template data: the files with their owners and dates, the checklist,
 * and the incidents of the period with their times against the severity's target, as a table and
 * a Mermaid bar chart.
 */
import type { ReviewDraft, ReviewIncident } from '../engine/review-round.js';
import { dateTime } from './clock-text.js';
import { describeDuration } from './human-duration.js';

function minutes(value: number | null): string | null {
  return value === null ? null : describeDuration(value);
}

function incidentView(incident: ReviewIncident) {
  const met = incident.acknowledgeMinutes !== null && incident.acknowledgeMinutes <= incident.targetMinutes;
  return {
    number: incident.number,
    title: incident.title,
    severity: incident.severity.toUpperCase(),
    scenario: incident.scenario,
    declared: dateTime(incident.declaredAt),
    acknowledged: minutes(incident.acknowledgeMinutes),
    met,
    target: describeDuration(incident.targetMinutes),
    resolved: minutes(incident.resolveMinutes),
  };
}

/** Template data of `templates/review-pull.md.hbs`. */
export function reviewView(draft: ReviewDraft) {
  const incidents = draft.incidents.map(incidentView);
  return {
    reviewedOn: draft.reviewedOn,
    dueOn: draft.dueOn,
    since: draft.since,
    files: draft.files,
    checklist: draft.checklist,
    incidents,
    met: incidents.filter((incident) => incident.met).length,
    // The chart: time to acknowledge (never acknowledged: 0, the table says so) against the target.
    chart:
      draft.incidents.length === 0
        ? null
        : {
            labels: draft.incidents.map((incident) => String(incident.number)),
            acknowledge: draft.incidents.map((incident) => incident.acknowledgeMinutes ?? 0),
            target: draft.incidents.map((incident) => incident.targetMinutes),
          },
  };
}
