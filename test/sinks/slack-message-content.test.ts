/** What a Slack channel shows: the incident as a header, what happened in bold under its icon, the text, and a link to the issue. */
import { describe, expect, it } from 'vitest';
import { SLACK_LIMITS, slackMessage, slackRequest } from '../../src/sinks/slack-message.js';
import { delivery, notification } from './deliveries.js';

const NOTE = '\n… (cut: the full text is on the issue)';

function sectionTexts(message: { blocks: unknown[] }): string[] {
  return (message.blocks as { type: string; text: { text: string } }[]).filter((block) => block.type === 'section').map((block) => block.text.text);
}

describe('a Slack message', () => {
  it('has a header with the severity and title, the headline in bold with the detail under it, and a link to the issue', () => {
    const request = slackRequest(delivery('slack'), 'https://hooks.slack.test/T/B/x');
    expect(request.url).toBe('https://hooks.slack.test/T/B/x');
    expect(request.headers).toEqual({ 'content-type': 'application/json' });
    expect(JSON.parse(request.body)).toEqual({
      text: 'SEV-1 #7 Checkout down: Paged level 1: payments on-call',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'SEV-1 #7 Checkout down', emoji: true } },
        { type: 'section', text: { type: 'mrkdwn', text: ':rotating_light: *Paged level 1: payments on-call*\nPaged: @wendy (primary)' } },
        { type: 'context', elements: [{ type: 'mrkdwn', text: '<https://github.com/acme/payments/issues/7|acme/payments#7> · playbook-ops' }] },
      ],
    });
  });

  it('shows each event under its own icon, with no severity label when the incident has none and no detail line when there is none', () => {
    const icons = { page: ':rotating_light:', acknowledge: ':eyes:', update: ':memo:', resolve: ':white_check_mark:' } as const;
    for (const [event, icon] of Object.entries(icons)) {
      const message = slackMessage(notification({ event: event as keyof typeof icons, severity: null, detail: null, headline: 'Resolved by wendy' }));
      expect(message.text).toBe('#7 Checkout down: Resolved by wendy');
      expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: '#7 Checkout down', emoji: true } });
      expect(sectionTexts(message)).toEqual([`${icon} *Resolved by wendy*`]);
    }
  });

  it('escapes the link text and url, so a repository name cannot forge a link', () => {
    const message = slackMessage(notification({ incident: { repo: 'a<b>&c', number: 7, title: 'T', url: 'https://x.test/?a=1&b=<2>' } }));
    expect(message.blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '<https://x.test/?a=1&amp;b=&lt;2&gt;|a&lt;b&gt;&amp;c#7> · playbook-ops' }] });
  });

  it('keeps all the text when it fills exactly the 48 sections there is room for, with no note', () => {
    const headline = notification().headline;
    const prefix = `:rotating_light: *${headline}*\n`;
    const detail = 'x'.repeat(48 * SLACK_LIMITS.sectionText - prefix.length);
    const sections = sectionTexts(slackMessage(notification({ detail })));
    expect(sections).toHaveLength(48);
    expect(sections.join('')).toBe(`${prefix}${detail}`);
  });

  it('one character more cuts the 48th section with an ellipsis and a note that the full text is on the issue', () => {
    const prefix = `:rotating_light: *${notification().headline}*\n`;
    const detail = 'x'.repeat(48 * SLACK_LIMITS.sectionText - prefix.length + 1);
    const sections = sectionTexts(slackMessage(notification({ detail })));
    expect(sections).toHaveLength(48);
    expect(sections[47]).toBe(`${'x'.repeat(SLACK_LIMITS.sectionText - NOTE.length - 1)}…${NOTE}`);
  });

  it('cuts a long header to 150 characters and the notification text to 3,000', () => {
    const message = slackMessage(notification({ incident: { ...notification().incident, title: 't'.repeat(5000) } }));
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: `SEV-1 #7 ${'t'.repeat(150 - 'SEV-1 #7 '.length - 1)}…`, emoji: true } });
    expect(message.text).toBe(`SEV-1 #7 ${'t'.repeat(3000 - 'SEV-1 #7 '.length - 1)}…`);
  });
});
