/** Slack's limits, checked by the fake's contract: long text is split, very long text cut with a note, nothing refused. */
import { describe, expect, it } from 'vitest';
import { slackProblem } from '../../src/emulator/sinks/slack-contract.js';
import type { Notification } from '../../src/engine/delivery-types.js';
import { SLACK_LIMITS, escapeSlack, slackMessage } from '../../src/sinks/slack-message.js';
import { splitText } from '../../src/sinks/text-limits.js';

function update(detail: string, title = 'Checkout down'): Notification {
  return {
    event: 'update',
    incident: { repo: 'acme/payments', number: 7, title, url: 'https://github.com/acme/payments/issues/7' },
    severity: { label: 'sev-1', name: 'Critical', level: 1 },
    headline: 'Status update by wendy',
    detail,
    by: 'wendy',
    at: '2026-11-27T03:10:00Z',
  };
}

type Section = { type: string; text?: { text: string } };

function sections(detail: string): string[] {
  return (slackMessage(update(detail)).blocks as Section[]).filter((block) => block.type === 'section').map((block) => block.text?.text ?? '');
}

describe('a Slack message', () => {
  it('splits 10 KB of lines into sections of at most 3,000 characters, at line breaks, keeping every line', () => {
    const lines = Array.from({ length: 250 }, (_, index) => `line ${index}: the payments API answers 503 for card payments`);
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(10_000);
    const parts = sections(text);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    for (const part of parts.slice(0, -1)) expect(part.endsWith('\n')).toBe(true);
    expect(parts.join('')).toContain(text);
    expect(slackProblem(slackMessage(update(text)))).toBeNull();
  });

  it('cuts text beyond 48 sections with a note, within 50 blocks', () => {
    const text = 'x'.repeat(200_000);
    const message = slackMessage(update(text));
    expect(message.blocks).toHaveLength(SLACK_LIMITS.blocks);
    expect(sections(text).at(-1)).toMatch(/cut: the full text is on the issue\)$/);
    expect(slackProblem(message)).toBeNull();
  });

  it('never splits a surrogate pair', () => {
    const text = '😀'.repeat(4000);
    for (const part of splitText(text, 3000)) expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(splitText(text, 3000).join('')).toBe(text);
  });

  it('escapes what people type, so no one can mention @channel or forge a link', () => {
    const message = JSON.stringify(slackMessage(update('<!channel> see <https://evil.example|the fix> & more', '<!here> down')));
    expect(message).not.toContain('<!channel>');
    expect(message).not.toContain('<https://evil');
    expect(message).toContain('&lt;!channel&gt;');
    expect(escapeSlack('a & b')).toBe('a &amp; b');
  });

  it('the fake refuses what Slack refuses', () => {
    expect(slackProblem({ blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } }] })).toBe('invalid_blocks');
    expect(slackProblem({ blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) })).toBe('invalid_blocks');
    expect(slackProblem({})).toBe('no_text');
  });
});
