/**
 * What changed in the settings, and a line for each other part of the set that changed
 * (communication, post-mortem, tools), so that no change goes unmentioned.
 */
import type { PlaybookSet } from '../config/model.js';
import { describeDuration } from '../render/human-duration.js';
import { type Change, changed, quote } from './changes.js';

/** The settings changes from `before` to `after`. */
export function diffSettings(before: PlaybookSet, after: PlaybookSet): Change[] {
  const facts: [string, string | null][] = [
    ['Name', changed(before.name, after.name, quote)],
    ['Incident label', changed(before.incidentLabel, after.incidentLabel, (label) => label)],
    ['Minimum permission for commands', changed(before.minimumPermission, after.minimumPermission, (permission) => permission)],
    ['Default severity', changed(before.defaultSeverity?.label ?? null, after.defaultSeverity?.label ?? null, (label) => label?.toUpperCase() ?? 'none (the first level is asked)')],
    ['Trust every reporter', changed(before.trustReporters, after.trustReporters, (trust) => (trust ? 'yes' : 'no'))],
    ['Review cadence', changed(before.reviewCadenceMinutes, after.reviewCadenceMinutes, describeDuration)],
  ];
  return facts.flatMap(([what, text]) => (text === null ? [] : [{ area: 'settings' as const, text: `${what}: ${text}` }]));
}

/** A value as JSON with every `source` (file positions, which move when lines move) left out. */
function content(value: unknown): string {
  return JSON.stringify(value, (key, inner: unknown) => (key === 'source' ? undefined : inner));
}

/** One line per other part of the set whose content changed. */
export function diffOther(before: PlaybookSet, after: PlaybookSet): Change[] {
  const parts: [string, (set: PlaybookSet) => unknown][] = [
    ['the overview', (set) => set.overview],
    ['communication channels', (set) => set.communication.channels],
    ['external audiences', (set) => set.communication.audiences],
    // The reviewers are roles: name them by id, or a change to a role would read as a post-mortem change.
    ['post-mortem elements and practices', (set) => ({ ...set.postmortem, reviewers: set.postmortem.reviewers.map((role) => role.id) })],
    ['tools and resources', (set) => set.tools],
  ];
  return parts.flatMap(([what, pick]) => (content(pick(before)) === content(pick(after)) ? [] : [{ area: 'other' as const, text: `Changed: ${what}` }]));
}
