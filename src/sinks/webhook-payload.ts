/**
 * A generic JSON webhook, signed as GitHub signs its webhooks: `X-Hub-Signature-256: sha256=<hex>`,
 * the HMAC-SHA256 of the raw body with the secret. The body carries the time it was sent
 * (`timestamp`, also in `X-Playbook-Ops-Timestamp`), so a receiver can refuse replays, and the
 * delivery's key (`X-Playbook-Ops-Delivery`), the same on every retry, so it can drop repeats.
 */
import { createHmac } from 'node:crypto';
import type { Delivery } from '../engine/delivery-types.js';
import type { SinkRequest } from './sink-request.js';

/** The signature header's value for `body` signed with `secret`. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** The request to the sink's url, signed with `secret` (null: a dry run, the signature masked). */
export function webhookRequest(delivery: Delivery, secret: string | null, now: Date): SinkRequest {
  if (delivery.sink.url === null) throw new Error(`the webhook sink ${delivery.sink.name} has no url`);
  const timestamp = Math.floor(now.getTime() / 1000);
  const { notification } = delivery;
  const body = JSON.stringify({
    event: notification.event,
    delivery: delivery.key,
    timestamp,
    dedup_key: delivery.dedupKey,
    incident: notification.incident,
    severity: notification.severity,
    headline: notification.headline,
    detail: notification.detail,
    by: notification.by,
    at: notification.at,
  });
  return {
    url: delivery.sink.url,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'playbook-ops',
      'x-playbook-ops-event': notification.event,
      'x-playbook-ops-delivery': delivery.key,
      'x-playbook-ops-timestamp': String(timestamp),
      'x-hub-signature-256': secret === null ? `sha256=***${delivery.sink.secret}***` : webhookSignature(secret, body),
    },
    body,
  };
}
