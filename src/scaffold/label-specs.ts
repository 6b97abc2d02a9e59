/**
 * The labels a repository needs for its playbooks, with colours and descriptions: the incident label,
 * one per severity (most severe reddest), one per scenario, and the bookkeeping labels the bot sets
 * (response time missed, post-mortem overdue). Names come from the playbooks, so a set that renames
 * a label gets the label it names.
 */
import type { PlaybookSet } from '../config/model.js';
import { scenarioLabel } from '../engine/reconcile.js';
import { describeDuration } from '../render/human-duration.js';

/** One repository label as GitHub stores it: colour as six lower-case hex digits without `#`. */
export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

/** GitHub's limit on a label's description, in characters. */
export const MAX_LABEL_DESCRIPTION = 100;

/** Severity colours from the most severe down; levels past the last share it. */
const SEVERITY_COLORS = ['b60205', 'd93f0b', 'fbca04', '0e8a16', 'c5def5'];
const INCIDENT_COLOR = 'd73a4a';
const SCENARIO_COLOR = '5319e7';
const BOOKKEEPING_COLOR = 'fef2c0';

/** `text` cut to GitHub's limit, with an ellipsis when cut (code points, never half a pair). */
function description(text: string): string {
  const points = Array.from(text);
  return points.length <= MAX_LABEL_DESCRIPTION ? text : `${points.slice(0, MAX_LABEL_DESCRIPTION - 1).join('')}…`;
}

/**
 * Label names that settings add as the engine grows (the response-time and post-mortem labels):
 * read where the resolved set has them, else their documented defaults.
 */
function bookkeeping(set: PlaybookSet): LabelSpec[] {
  return [
    { name: set.slaMissedLabel, color: BOOKKEEPING_COLOR, description: 'Nobody acknowledged the incident within its severity\'s response time' },
    { name: set.postmortem.overdueLabel, color: BOOKKEEPING_COLOR, description: 'The incident\'s post-mortem was not merged by its due time' },
  ];
}

/** Every label `set` uses, in a stable order: incident, severities, scenarios, bookkeeping. */
export function labelSpecs(set: PlaybookSet): LabelSpec[] {
  const severities = set.severities.map((severity, index): LabelSpec => {
    const cadence = severity.updateEveryMinutes === null ? '' : `, updates every ${describeDuration(severity.updateEveryMinutes)}`;
    return {
      name: severity.label,
      color: SEVERITY_COLORS[Math.min(index, SEVERITY_COLORS.length - 1)]!,
      description: description(`${severity.name}: respond within ${describeDuration(severity.responseMinutes)}${cadence}`),
    };
  });
  const scenarios = set.scenarios.map((scenario): LabelSpec => ({ name: scenarioLabel(scenario.id), color: SCENARIO_COLOR, description: description(`Scenario: ${scenario.name}`) }));
  return [
    { name: set.incidentLabel, color: INCIDENT_COLOR, description: 'An incident: playbook-ops runs the playbooks on this issue' },
    ...severities,
    ...scenarios,
    ...bookkeeping(set),
  ];
}
