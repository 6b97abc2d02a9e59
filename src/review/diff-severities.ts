/** What changed in the severities: levels added or removed, names, criteria, response times, update cadences, post-mortem rules. */
import type { PlaybookSet, Severity } from '../config/model.js';
import { describeDuration } from '../render/human-duration.js';
import { type Change, changed, describeList, pairByKey, quote } from './changes.js';

function cadence(minutes: number | null): string {
  return minutes === null ? 'none' : `every ${describeDuration(minutes)}`;
}

function postmortem(severity: Severity): string {
  const { required, dueMinutesAfterResolution: due } = severity.postmortem;
  if (!required) return 'not required';
  return due === null ? 'required' : `required within ${describeDuration(due)} of resolution`;
}

function name(severity: Severity): string {
  return `${severity.label.toUpperCase()} (${severity.name})`;
}

function severityChanges(before: Severity, after: Severity): string[] {
  const facts: [string, string | null][] = [
    ['name', changed(before.name, after.name, quote)],
    ['level', changed(before.level, after.level, String)],
    ['response time', changed(before.responseMinutes, after.responseMinutes, describeDuration)],
    ['status-update cadence', changed(before.updateEveryMinutes, after.updateEveryMinutes, cadence)],
    ['post-mortem', changed(before, after, postmortem)],
  ];
  return [...facts.flatMap(([what, text]) => (text === null ? [] : [`${what} ${text}`])), ...describeList('criterion', before.criteria, after.criteria, false)];
}

/** The severity changes from `before` to `after`. */
export function diffSeverities(before: PlaybookSet, after: PlaybookSet): Change[] {
  const { removed, added, both } = pairByKey(before.severities, after.severities, (severity) => severity.label);
  return [
    ...added.map((severity) => `${name(severity)} added: respond within ${describeDuration(severity.responseMinutes)}, status updates ${cadence(severity.updateEveryMinutes)}`),
    ...removed.map((severity) => `${name(severity)} removed`),
    ...both.flatMap(([old, now]) => severityChanges(old, now).map((text) => `${now.label.toUpperCase()} ${text}`)),
  ].map((text) => ({ area: 'severities', text }));
}
