/**
 * A PagerDuty Events API v2 event: `trigger` for a page, `acknowledge` and `resolve` after it, all
 * with the delivery's dedup key (one per incident and level), so a retry or a rerun reaches the
 * alert it opened instead of opening another.
 */
import type { Delivery, Notification } from '../engine/delivery-types.js';
import type { SinkRequest } from './sink-request.js';
import { cutText } from './text-limits.js';

/** PagerDuty's limits (Events API v2). */
export const PAGERDUTY_LIMITS = { summary: 1024, dedupKey: 255 } as const;

/** The PagerDuty severity of a playbook severity level: 1 critical, 2 error, 3 warning, else info. */
export function pagerDutySeverity(severity: Notification['severity']): 'critical' | 'error' | 'warning' | 'info' {
  const level = severity?.level ?? 1;
  return level <= 1 ? 'critical' : level === 2 ? 'error' : level === 3 ? 'warning' : 'info';
}

/** The event's JSON body for `routingKey`. */
export function pagerDutyEvent(delivery: Delivery, routingKey: string): Record<string, unknown> {
  const { notification } = delivery;
  const base = { routing_key: routingKey, event_action: delivery.action === 'message' ? 'trigger' : delivery.action, dedup_key: cutText(delivery.dedupKey, PAGERDUTY_LIMITS.dedupKey) };
  if (base.event_action !== 'trigger') return base;
  const { incident } = notification;
  const severity = notification.severity === null ? '' : `${notification.severity.label.toUpperCase()} `;
  return {
    ...base,
    payload: {
      summary: cutText(`${severity}#${incident.number} ${incident.title}: ${notification.headline}`, PAGERDUTY_LIMITS.summary),
      source: incident.repo,
      severity: pagerDutySeverity(notification.severity),
      timestamp: notification.at,
      class: 'incident',
      custom_details: { incident: incident.url, detail: notification.detail },
    },
    client: 'playbook-ops',
    client_url: incident.url,
    links: [{ href: incident.url, text: `${incident.repo}#${incident.number} on GitHub` }],
  };
}

/** The request to the sink's Events API endpoint with `routingKey` (the secret). */
export function pagerDutyRequest(delivery: Delivery, routingKey: string): SinkRequest {
  if (delivery.sink.url === null) throw new Error(`the PagerDuty sink ${delivery.sink.name} has no endpoint`);
  return { url: delivery.sink.url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(pagerDutyEvent(delivery, routingKey)) };
}
