/**
 * The HTTP request a delivery becomes, for each kind of sink. Built from the delivery and the
 * secret's value; with no value (a dry run) the secret is shown masked, never read.
 */
import type { Delivery } from '../engine/delivery-types.js';
import { pagerDutyRequest } from './pagerduty-event.js';
import { slackRequest } from './slack-message.js';
import { teamsRequest } from './teams-card.js';
import { webhookRequest } from './webhook-payload.js';

/** A request to a sink: always a JSON POST. */
export interface SinkRequest {
  url: string;
  headers: Record<string, string>;
  /** The raw body, exactly as sent (a webhook's signature covers these bytes). */
  body: string;
}

/** What stands for a secret in a dry run's output. */
export function maskedSecret(name: string): string {
  return `***${name}***`;
}

/** The request for `delivery`; `secret` is the secret's value, or null to mask it. `now` stamps webhook deliveries. */
export function sinkRequest(delivery: Delivery, secret: string | null, now: Date): SinkRequest {
  const shown = secret ?? maskedSecret(delivery.sink.secret);
  switch (delivery.sink.type) {
    case 'slack':
      return slackRequest(delivery, shown);
    case 'teams':
      return teamsRequest(delivery, shown);
    case 'pagerduty':
      return pagerDutyRequest(delivery, shown);
    case 'webhook':
      return webhookRequest(delivery, secret, now);
  }
}
