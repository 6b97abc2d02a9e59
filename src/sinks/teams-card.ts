/**
 * A Microsoft Teams message for a Workflows webhook ("Post to a channel when a webhook request is
 * received"): one Adaptive Card attachment. Teams refuses messages over about 28 KB, so the detail
 * is cut well below that.
 */
import type { Delivery, Notification } from '../engine/delivery-types.js';
import type { SinkRequest } from './sink-request.js';
import { cutText } from './text-limits.js';

/** The most detail a card carries, in characters: room for the rest of the card under Teams' 28 KB. */
export const TEAMS_DETAIL_LIMIT = 20_000;

/** The Adaptive Card of `notification`. */
export function adaptiveCard(notification: Notification): Record<string, unknown> {
  const { incident } = notification;
  const severity = notification.severity === null ? '' : `${notification.severity.label.toUpperCase()} `;
  const body: unknown[] = [
    { type: 'TextBlock', text: `${severity}#${incident.number} ${incident.title}`, weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: notification.headline, wrap: true },
  ];
  if (notification.detail !== null) body.push({ type: 'TextBlock', text: cutText(notification.detail, TEAMS_DETAIL_LIMIT), wrap: true });
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body,
    actions: [{ type: 'Action.OpenUrl', title: `Open ${incident.repo}#${incident.number}`, url: incident.url }],
  };
}

/** The request to the Workflows webhook `url` (the secret). */
export function teamsRequest(delivery: Delivery, url: string): SinkRequest {
  const message = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: adaptiveCard(delivery.notification) }] };
  return { url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(message) };
}
