/**
 * What one alert notification does, given the incidents already opened for alert groups: open an
 * incident for a new group; note a repeat (or the resolution) on the group's open incident; note a
 * group firing again within the reopen window on its resolved incident, which reopens it; or nothing
 * (a rerun of the run that opened the incident, a resolution of a group with no open incident).
 * Whether a note resolves or reopens is the engine's fold of the note (facts.ts); this only picks
 * the incident. Pure.
 */
import type { PlaybookSet } from '../config/model.js';
import type { AlertNoteMessage } from './alert-note.js';
import type { AlertIncidentRecord } from '../engine/records.js';
import { addMinutes, isBefore } from '../engine/time.js';
import { alertIncident, type AlertIncidentDraft, sourceName } from './alert-incident.js';
import { alertLines } from './alert-lines.js';
import type { AlertNotification } from './alert-notification.js';
import { dedupKey, groupIdentity } from './dedup-key.js';
import { mapAlert } from './map-alert.js';

/** An issue the bot opened from an alert, as the run found it. */
export interface AlertIncident {
  number: number;
  state: 'open' | 'closed';
  /** ISO 8601, or null while open. */
  closedAt: string | null;
  record: AlertIncidentRecord;
}

/** What the run does with the notification. */
export type AlertPlan =
  | { kind: 'open'; key: string; draft: AlertIncidentDraft }
  | { kind: 'note'; key: string; incident: number; message: AlertNoteMessage }
  /** Nothing to write; `incident` is the one to reconcile, if any. */
  | { kind: 'none'; key: string; incident: number | null; reason: string };

/** The plan for `notification`, sent in workflow run `run` at `now`, among the bot's alert incidents `found`. */
export function planAlert(notification: AlertNotification, found: readonly AlertIncident[], set: PlaybookSet, run: number, now: Date): AlertPlan {
  const settings = set.alerts;
  if (settings === undefined) throw new Error('planAlert needs playbooks with an alerts section');
  const group = groupIdentity(notification);
  const key = dedupKey(group);
  const ours = found.filter((incident) => incident.record.key === key);
  const open = ours.filter((incident) => incident.state === 'open').sort((a, b) => a.number - b.number)[0];
  const since = addMinutes(now.toISOString(), -settings.reopenWithinMinutes);
  const recent = ours
    .filter((incident) => incident.state === 'closed' && incident.closedAt !== null && !isBefore(incident.closedAt, since))
    .sort((a, b) => Date.parse(b.closedAt ?? '') - Date.parse(a.closedAt ?? ''))[0];
  const target = open ?? recent;
  if (target === undefined) {
    if (notification.status === 'resolved') return { kind: 'none', key, incident: null, reason: 'the alert group resolved, and no incident of it is open' };
    return { kind: 'open', key, draft: alertIncident(notification, group, mapAlert(notification, settings), { key, run }, set) };
  }
  if (target.record.run === run) return { kind: 'none', key, incident: target.number, reason: `this run opened #${target.number} for the alert group` };
  if (target.state === 'closed' && notification.status === 'resolved') return { kind: 'none', key, incident: target.number, reason: `the alert group resolved, and #${target.number} is resolved already` };
  const outcome = target.state === 'closed' ? 'reopens' : notification.status === 'resolved' && settings.resolve ? 'resolves' : 'noted';
  const { alerts, more } = alertLines(notification);
  return {
    kind: 'note',
    key,
    incident: target.number,
    message: { source: sourceName(notification.source), status: notification.status, outcome, alerts, more, link: notification.externalURL },
  };
}
