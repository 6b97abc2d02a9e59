/** A notification and deliveries of it to each kind of sink, for the sink tests. */
import type { Sink } from '../../src/config/model.js';
import type { Delivery, Notification } from '../../src/engine/delivery-types.js';

/** A SEV-1 page on acme/payments#7. */
export function notification(overrides: Partial<Notification> = {}): Notification {
  return {
    event: 'page',
    incident: { repo: 'acme/payments', number: 7, title: 'Checkout down', url: 'https://github.com/acme/payments/issues/7' },
    severity: { label: 'sev-1', name: 'Critical', level: 1 },
    headline: 'Paged level 1: payments on-call',
    detail: 'Paged: @wendy (primary)',
    by: 'wendy',
    at: '2026-11-27T03:10:00Z',
    ...overrides,
  };
}

const SINKS: Record<Sink['type'], Sink> = {
  slack: { id: 'slack:SLACK_INCIDENTS', type: 'slack', secret: 'SLACK_INCIDENTS', name: '#incidents', url: null },
  teams: { id: 'teams:TEAMS_OPS', type: 'teams', secret: 'TEAMS_OPS', name: 'Ops channel', url: null },
  pagerduty: { id: 'pagerduty:PD_PAYMENTS', type: 'pagerduty', secret: 'PD_PAYMENTS', name: 'PagerDuty payments', url: 'https://events.pagerduty.test/v2/enqueue' },
  webhook: { id: 'webhook:HOOK_SECRET', type: 'webhook', secret: 'HOOK_SECRET', name: 'Status hook', url: 'https://hooks.example.test/incidents' },
};

/** A delivery of `notification()` (or the overrides') to a sink of `type`. */
export function delivery(type: Sink['type'], overrides: Partial<Delivery> = {}): Delivery {
  return {
    key: 'd41d8cd98f00b204',
    sink: SINKS[type],
    action: type === 'pagerduty' ? 'trigger' : 'message',
    dedupKey: 'acme/payments#7/level-1',
    notification: notification(),
    what: 'page sev-1',
    failedRuns: 0,
    ...overrides,
  };
}
