/** What PagerDuty is sent: a trigger that says which incident and how bad, later events that only name the alert. */
import { describe, expect, it } from 'vitest';
import { PAGERDUTY_LIMITS, pagerDutyEvent, pagerDutyRequest, pagerDutySeverity } from '../../src/sinks/pagerduty-event.js';
import { delivery, notification } from './deliveries.js';

describe('a PagerDuty event', () => {
  it('triggers an alert that says the severity, the incident and what happened, linking the issue', () => {
    expect(pagerDutyEvent(delivery('pagerduty'), 'ROUTING-KEY')).toEqual({
      routing_key: 'ROUTING-KEY',
      event_action: 'trigger',
      dedup_key: 'acme/payments#7/level-1',
      payload: {
        summary: 'SEV-1 #7 Checkout down: Paged level 1: payments on-call',
        source: 'acme/payments',
        severity: 'critical',
        timestamp: '2026-11-27T03:10:00Z',
        class: 'incident',
        custom_details: { incident: 'https://github.com/acme/payments/issues/7', detail: 'Paged: @wendy (primary)' },
      },
      client: 'playbook-ops',
      client_url: 'https://github.com/acme/payments/issues/7',
      links: [{ href: 'https://github.com/acme/payments/issues/7', text: 'acme/payments#7 on GitHub' }],
    });
  });

  it('a chat-style message delivery is a trigger too', () => {
    expect(pagerDutyEvent(delivery('pagerduty', { action: 'message' }), 'K')).toMatchObject({ event_action: 'trigger', client: 'playbook-ops' });
  });

  it('pages an incident with no severity as critical, its summary without a severity label', () => {
    const event = pagerDutyEvent(delivery('pagerduty', { notification: notification({ severity: null }) }), 'K');
    expect(event['payload']).toMatchObject({ summary: '#7 Checkout down: Paged level 1: payments on-call', severity: 'critical' });
  });

  it('acknowledges and resolves the alert by its dedup key alone, with no payload', () => {
    for (const action of ['acknowledge', 'resolve'] as const) {
      expect(pagerDutyEvent(delivery('pagerduty', { action }), 'K')).toEqual({ routing_key: 'K', event_action: action, dedup_key: 'acme/payments#7/level-1' });
    }
  });

  it('maps severity levels: 1 (and anything more urgent) critical, 2 error, 3 warning, 4 and below info', () => {
    const at = (level: number) => pagerDutySeverity({ label: `sev-${level}`, name: 'x', level });
    expect([0, 1, 2, 3, 4, 5].map(at)).toEqual(['critical', 'critical', 'error', 'warning', 'info', 'info']);
    expect(pagerDutySeverity(null)).toBe('critical');
  });

  it('cuts the summary and the dedup key to PagerDuty limits, ending in an ellipsis', () => {
    const title = 'T'.repeat(2000);
    const dedupKey = 'k'.repeat(300);
    const event = pagerDutyEvent(delivery('pagerduty', { dedupKey, notification: notification({ incident: { ...notification().incident, title } }) }), 'K');
    expect(event['dedup_key']).toBe(`${'k'.repeat(PAGERDUTY_LIMITS.dedupKey - 1)}…`);
    const { summary } = event['payload'] as { summary: string };
    expect(summary).toBe(`SEV-1 #7 ${'T'.repeat(PAGERDUTY_LIMITS.summary - 'SEV-1 #7 '.length - 1)}…`);
    expect(summary).toHaveLength(1024);
  });

  it('is POSTed as JSON to the sink endpoint, and a sink with no endpoint is an error naming it', () => {
    const page = delivery('pagerduty');
    const request = pagerDutyRequest(page, 'ROUTING-KEY');
    expect(request.url).toBe('https://events.pagerduty.test/v2/enqueue');
    expect(request.headers).toEqual({ 'content-type': 'application/json' });
    expect(JSON.parse(request.body)).toEqual(pagerDutyEvent(page, 'ROUTING-KEY'));
    expect(() => pagerDutyRequest(delivery('pagerduty', { sink: { ...page.sink, url: null } }), 'K')).toThrow('the PagerDuty sink PagerDuty payments has no endpoint');
  });
});
