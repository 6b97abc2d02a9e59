/**
 * A Slack incoming-webhook message in Block Kit. Slack rejects a section whose text is over 3,000
 * characters and a message of more than 50 blocks (HTTP 400 `invalid_blocks`), so long text is split
 * into sections at line or word breaks, and text beyond 48 sections is cut with a note: an update is
 * never rejected for its length. Text is escaped (`&`, `<`, `>`), so nothing anyone types can
 * mention `@channel` or forge a link.
 */
import type { Delivery, Notification } from '../engine/delivery-types.js';
import type { SinkRequest } from './sink-request.js';
import { cutText, splitText } from './text-limits.js';

/** Slack's limits for a message (Block Kit reference). */
export const SLACK_LIMITS = { sectionText: 3000, blocks: 50, headerText: 150, fallbackText: 40_000 } as const;

/** `text` safe in Slack's mrkdwn: its three control characters escaped. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ICONS: Record<Notification['event'], string> = { page: ':rotating_light:', acknowledge: ':eyes:', update: ':memo:', resolve: ':white_check_mark:' };

function title(notification: Notification): string {
  const severity = notification.severity === null ? '' : `${notification.severity.label.toUpperCase()} `;
  return `${severity}#${notification.incident.number} ${notification.incident.title}`;
}

/** The sections of `text` (already escaped): at most `room` of them, each within Slack's limit. */
function sections(text: string, room: number): { type: 'section'; text: { type: 'mrkdwn'; text: string } }[] {
  const note = '\n… (cut: the full text is on the issue)';
  let pieces = splitText(text, SLACK_LIMITS.sectionText);
  if (pieces.length > room) {
    pieces = pieces.slice(0, room);
    // Stryker disable next-line StringLiteral: there are more than `room` pieces here, so pieces[room - 1] is never undefined
    pieces[room - 1] = `${cutText(pieces[room - 1] ?? '', SLACK_LIMITS.sectionText - note.length)}${note}`;
  }
  return pieces.map((piece) => ({ type: 'section', text: { type: 'mrkdwn', text: piece } }));
}

/** The message's JSON body. */
export function slackMessage(notification: Notification): { text: string; blocks: unknown[] } {
  const { incident } = notification;
  const header = { type: 'header', text: { type: 'plain_text', text: cutText(title(notification), SLACK_LIMITS.headerText), emoji: true } };
  const headline = `${ICONS[notification.event]} *${escapeSlack(notification.headline)}*`;
  const link = `<${escapeSlack(incident.url)}|${escapeSlack(`${incident.repo}#${incident.number}`)}> · playbook-ops`;
  const context = { type: 'context', elements: [{ type: 'mrkdwn', text: link }] };
  const body = notification.detail === null ? headline : `${headline}\n${escapeSlack(notification.detail)}`;
  const blocks = [header, ...sections(body, SLACK_LIMITS.blocks - 2), context];
  return { text: cutText(`${title(notification)}: ${notification.headline}`, SLACK_LIMITS.sectionText), blocks };
}

/** The request to the incoming webhook `url` (the secret). */
export function slackRequest(delivery: Delivery, url: string): SinkRequest {
  return { url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(slackMessage(delivery.notification)) };
}
