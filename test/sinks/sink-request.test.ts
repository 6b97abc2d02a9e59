/** Each kind of sink gets its own request; in a dry run the secret is shown by name, never by value. */
import { describe, expect, it } from 'vitest';
import { pagerDutyRequest } from '../../src/sinks/pagerduty-event.js';
import { maskedSecret, sinkRequest } from '../../src/sinks/sink-request.js';
import { slackRequest } from '../../src/sinks/slack-message.js';
import { teamsRequest } from '../../src/sinks/teams-card.js';
import { webhookRequest } from '../../src/sinks/webhook-payload.js';
import { delivery } from './deliveries.js';

const NOW = new Date('2026-11-27T03:10:05Z');

describe('the request for a delivery', () => {
  it('is built for the sink type with the secret value: the Slack and Teams url, the PagerDuty routing key, the webhook signing key', () => {
    expect(sinkRequest(delivery('slack'), 'https://hooks.slack.test/T/B/x', NOW)).toEqual(slackRequest(delivery('slack'), 'https://hooks.slack.test/T/B/x'));
    expect(sinkRequest(delivery('teams'), 'https://teams.test/hook', NOW)).toEqual(teamsRequest(delivery('teams'), 'https://teams.test/hook'));
    expect(sinkRequest(delivery('pagerduty'), 'ROUTING-KEY', NOW)).toEqual(pagerDutyRequest(delivery('pagerduty'), 'ROUTING-KEY'));
    expect(sinkRequest(delivery('webhook'), 'shh', NOW)).toEqual(webhookRequest(delivery('webhook'), 'shh', NOW));
  });

  it('shows the secret as ***NAME*** in a dry run, for every kind of sink', () => {
    expect(maskedSecret('SLACK_INCIDENTS')).toBe('***SLACK_INCIDENTS***');
    expect(sinkRequest(delivery('slack'), null, NOW).url).toBe('***SLACK_INCIDENTS***');
    expect(sinkRequest(delivery('teams'), null, NOW).url).toBe('***TEAMS_OPS***');
    expect(JSON.parse(sinkRequest(delivery('pagerduty'), null, NOW).body)).toMatchObject({ routing_key: '***PD_PAYMENTS***' });
    expect(sinkRequest(delivery('webhook'), null, NOW).headers['x-hub-signature-256']).toBe('sha256=***HOOK_SECRET***');
  });
});
