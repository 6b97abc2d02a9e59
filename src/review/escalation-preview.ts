/**
 * The escalation preview: per severity, who is paged and reminded when for an incident declared at
 * T and never acknowledged, under the base playbooks and under the pull request's. Both sides come
 * from the engine ({@link simulateUnacknowledged}); this file only puts them in words and side by side.
 */
import type { PlaybookSet } from '../config/model.js';
import type { PagedContact } from '../engine/effects.js';
import { describeDuration } from '../render/human-duration.js';
import { type PostedMessage, minuteOf, simulateUnacknowledged } from './simulate-incident.js';

/** One thing the bot does at one time, in words. */
export interface PreviewStep {
  /** Minutes after the declaration. */
  minute: number;
  text: string;
  /** Who or what, in a few words, for the chart. */
  short: string;
  /** Minutes after the declaration by which the people paged must respond, or null. */
  until: number | null;
}

/** The preview of one severity under both sets (null: the severity is not in that set). */
export interface SeverityPreview {
  label: string;
  name: string;
  before: PreviewStep[] | null;
  after: PreviewStep[] | null;
  changed: boolean;
}

function people(contacts: readonly PagedContact[]): string {
  if (contacts.length === 0) return 'nobody';
  return contacts.map((contact) => (contact.handle === null ? contact.name : `${contact.name} (${contact.handle})`)).join(', ');
}

function steps({ minute, message }: PostedMessage): PreviewStep[] {
  if (message.type === 'labels') {
    return [{ minute, text: `Adds the label ${message.labels.join(', ')}`, short: `Label ${message.labels.join(', ')}`, until: null }];
  }
  if (message.type === 'update-reminder') {
    const { to } = message;
    const who = to.kind === 'role' ? `${to.name}: ${to.logins.join(', ')}` : `level ${to.level} (${to.name}): ${people(to.contacts)}`;
    return [{ minute, text: `Status update overdue (every ${describeDuration(message.everyMinutes)}): reminds ${who}`, short: 'Update reminder', until: null }];
  }
  if (message.type !== 'page') {
    const what = `${message.type.replace(/-/g, ' ')} posted`;
    return [{ minute, text: what, short: what, until: null }];
  }
  const found: PreviewStep[] = [];
  const { technical, management } = message;
  if (technical !== null) {
    const level = `level ${technical.level} (${technical.name})`;
    const text =
      message.reason === 'severity'
        ? `Pages ${level}: ${people(technical.contacts)}; acknowledge within ${describeDuration(message.severity.responseMinutes)}`
        : `Not acknowledged: pages ${level}: ${people(technical.contacts)}`;
    found.push({ minute, text, short: `L${technical.level} ${technical.name}`, until: message.reason === 'severity' ? minuteOf(message.respondBy) : null });
  }
  if (management !== null) {
    const due = management.dueAt === null ? null : minuteOf(management.dueAt);
    const deadline = due === null ? '' : `, within ${describeDuration(due - minute)}`;
    found.push({ minute, text: `${management.name}: ${people(management.contacts)}${deadline}`, short: management.name, until: due });
  }
  return found;
}

function timeline(set: PlaybookSet, label: string): PreviewStep[] | null {
  const severity = set.severities.find((candidate) => candidate.label === label);
  return severity === undefined ? null : simulateUnacknowledged(set, severity).flatMap(steps);
}

/**
 * The preview of every severity in `after` (then those only in `before`), in severity order;
 * `before` null when the base has no valid set (everything is new).
 */
export function escalationPreview(before: PlaybookSet | null, after: PlaybookSet): SeverityPreview[] {
  const labels = [...after.severities, ...(before?.severities ?? []).filter((severity) => !after.severities.some((other) => other.label === severity.label))];
  return labels.map((severity) => {
    const old = before === null ? null : timeline(before, severity.label);
    const now = timeline(after, severity.label);
    return { label: severity.label, name: severity.name, before: old, after: now, changed: JSON.stringify(old) !== JSON.stringify(now) };
  });
}
