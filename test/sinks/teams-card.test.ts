/** What a Teams channel shows: one Adaptive Card with the incident, what happened, and a button to the issue. */
import { describe, expect, it } from 'vitest';
import { TEAMS_DETAIL_LIMIT, adaptiveCard, teamsRequest } from '../../src/sinks/teams-card.js';
import { delivery, notification } from './deliveries.js';

const ISSUE = 'https://github.com/acme/payments/issues/7';

describe('a Teams message', () => {
  it('is one Adaptive Card: the severity and title in bold, the headline, the detail, and a button to the issue', () => {
    const request = teamsRequest(delivery('teams'), 'https://teams.example.test/workflows/hook');
    expect(request.url).toBe('https://teams.example.test/workflows/hook');
    expect(request.headers).toEqual({ 'content-type': 'application/json' });
    expect(JSON.parse(request.body)).toEqual({
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          contentUrl: null,
          content: {
            $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
            type: 'AdaptiveCard',
            version: '1.4',
            body: [
              { type: 'TextBlock', text: 'SEV-1 #7 Checkout down', weight: 'Bolder', size: 'Medium', wrap: true },
              { type: 'TextBlock', text: 'Paged level 1: payments on-call', wrap: true },
              { type: 'TextBlock', text: 'Paged: @wendy (primary)', wrap: true },
            ],
            actions: [{ type: 'Action.OpenUrl', title: 'Open acme/payments#7', url: ISSUE }],
          },
        },
      ],
    });
  });

  it('has no severity label when the incident has none, and no detail block when there is no detail', () => {
    expect(adaptiveCard(notification({ severity: null, detail: null }))['body']).toEqual([
      { type: 'TextBlock', text: '#7 Checkout down', weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text: 'Paged level 1: payments on-call', wrap: true },
    ]);
  });

  it('cuts a long detail to 20,000 characters, ending in an ellipsis, so Teams does not refuse the message', () => {
    const body = adaptiveCard(notification({ detail: 'd'.repeat(50_000) }))['body'] as { text: string }[];
    expect(body[2]?.text).toBe(`${'d'.repeat(TEAMS_DETAIL_LIMIT - 1)}…`);
  });
});
