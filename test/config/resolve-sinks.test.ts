/** Sinks as the engine and the card see them: one id per endpoint, a name, the endpoint to call. */
import { describe, expect, test } from 'vitest';
import { PAGERDUTY_EVENTS_URL, resolveSink, resolveSinks } from '../../src/config/resolve-sinks.js';

describe('a resolved sink', () => {
  test('is called by its type and secret unless it is named', () => {
    expect(resolveSinks([
      { type: 'slack', secret: 'SLACK_OPS' },
      { type: 'teams', secret: 'TEAMS_OPS' },
      { type: 'pagerduty', secret: 'PD_OPS' },
      { type: 'webhook', secret: 'HOOK_OPS', url: 'https://hooks.example.com/a' },
      { type: 'slack', secret: 'SLACK_DB', name: '#db-incidents' },
    ])).toStrictEqual({
      sinks: [
        { id: 'slack:SLACK_OPS', type: 'slack', secret: 'SLACK_OPS', name: 'Slack SLACK_OPS', url: null },
        { id: 'teams:TEAMS_OPS', type: 'teams', secret: 'TEAMS_OPS', name: 'Teams TEAMS_OPS', url: null },
        { id: 'pagerduty:PD_OPS', type: 'pagerduty', secret: 'PD_OPS', name: 'PagerDuty PD_OPS', url: 'https://events.pagerduty.com/v2/enqueue' },
        { id: 'webhook:HOOK_OPS', type: 'webhook', secret: 'HOOK_OPS', name: 'Webhook HOOK_OPS', url: 'https://hooks.example.com/a' },
        { id: 'slack:SLACK_DB', type: 'slack', secret: 'SLACK_DB', name: '#db-incidents', url: null },
      ],
    });
  });

  test('of PagerDuty goes to the US Events API unless another endpoint is written', () => {
    expect(PAGERDUTY_EVENTS_URL).toBe('https://events.pagerduty.com/v2/enqueue');
    expect(resolveSink({ type: 'pagerduty', secret: 'PD_EU', url: 'https://events.eu.pagerduty.com/v2/enqueue' }).url).toBe('https://events.eu.pagerduty.com/v2/enqueue');
  });

  test('has no URL for a chat sink, whose URL is its secret, nor for a webhook that names none', () => {
    expect(resolveSink({ type: 'teams', secret: 'TEAMS_OPS', url: 'https://ignored.example.com' }).url).toBeNull();
    expect(resolveSink({ type: 'webhook', secret: 'HOOK_OPS' }).url).toBeNull();
  });

  test('list is left out where the YAML names none, so such a set resolves as before sinks existed', () => {
    expect(resolveSinks(undefined)).toStrictEqual({});
    expect(resolveSinks([])).toStrictEqual({ sinks: [] });
  });
});
