/**
 * The key that makes repeats of one alert group land on one incident: a hash of the group's labels,
 * sorted, so the order a sender writes them in does not matter. Alertmanager groups by `groupLabels`
 * (empty when a route groups everything together, which is then one group); Grafana's `groupLabels`
 * is often empty, so there the labels every alert shares (`commonLabels`) stand in when it is. Pure.
 */
import { createHash } from 'node:crypto';
import type { AlertNotification, Labels } from './alert-notification.js';

/** The labels that identify the notification's group. */
export function groupIdentity(notification: Pick<AlertNotification, 'source' | 'groupLabels' | 'commonLabels'>): Labels {
  const empty = Object.keys(notification.groupLabels).length === 0;
  return notification.source === 'grafana' && empty ? notification.commonLabels : notification.groupLabels;
}

/** 16 hex digits (64 bits of SHA-256) over the sorted label pairs of `labels`. */
export function dedupKey(labels: Labels): string {
  const pairs = Object.keys(labels)
    .sort()
    .map((name) => [name, labels[name] ?? '']);
  return createHash('sha256').update(JSON.stringify(pairs)).digest('hex').slice(0, 16);
}
