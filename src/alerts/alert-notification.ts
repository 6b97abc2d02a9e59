/**
 * An alert notification as playbook-ops reads it, whichever system sent it: the checked, bounded
 * content of an Alertmanager (webhook version 4) or Grafana (webhook version 1) body. Every string in
 * it is untrusted text from the dispatch: it is escaped wherever it is shown.
 */
import type { AlertSource, AlertStatus } from '../engine/records.js';

/** Label or annotation names to values. A null-prototype record: no name reaches `Object.prototype`. */
export type Labels = Readonly<Record<string, string>>;

/** One alert of the notification. */
export interface AlertItem {
  status: AlertStatus;
  labels: Labels;
  annotations: Labels;
  /** When it started firing, as sent (RFC 3339), or null. */
  startsAt: string | null;
  /** The link to what produced it (an http or https URL), or null. */
  generatorURL: string | null;
}

/** One notification: the state of one alert group. */
export interface AlertNotification {
  source: AlertSource;
  /** `firing` while any alert of the group fires; `resolved` once all have. */
  status: AlertStatus;
  /** The receiver (Alertmanager) or contact point (Grafana) that sent it. */
  receiver: string;
  /** The labels the group is made by; Grafana's may be empty. */
  groupLabels: Labels;
  /** The labels every alert of the notification has. */
  commonLabels: Labels;
  commonAnnotations: Labels;
  /** The sender's own page (an http or https URL), or null. */
  externalURL: string | null;
  alerts: AlertItem[];
  /** How many alerts the sender left out (`max_alerts`, Max Alerts), or 0. */
  truncatedAlerts: number;
}
