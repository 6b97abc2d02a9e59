/**
 * The alerts of a notification as the bot lists them, in an incident's body or a note: name, other
 * labels, summary and link, at most {@link LISTED} of them (firing ones first). Data only: escaping
 * is the renderer's job. Pure.
 */
import type { AlertLine } from './alert-note.js';
import type { AlertItem, AlertNotification } from './alert-notification.js';

/** How many alerts a body or note lists; the rest are counted. */
export const LISTED = 20;

function line(alert: AlertItem): AlertLine {
  const names = Object.keys(alert.labels)
    .filter((name) => name !== 'alertname')
    .sort();
  return {
    status: alert.status,
    name: alert.labels.alertname ?? null,
    labels: names.map((name) => `${name}=${alert.labels[name] ?? ''}`),
    summary: alert.annotations.summary ?? alert.annotations.description ?? null,
    url: alert.generatorURL,
  };
}

/** The alerts to list, firing first, and how many are left out (those the sender truncated too). */
export function alertLines(notification: Pick<AlertNotification, 'alerts' | 'truncatedAlerts'>): { alerts: AlertLine[]; more: number } {
  const ordered = [...notification.alerts.filter((alert) => alert.status === 'firing'), ...notification.alerts.filter((alert) => alert.status !== 'firing')];
  return { alerts: ordered.slice(0, LISTED).map(line), more: Math.max(0, ordered.length - LISTED) + notification.truncatedAlerts };
}
