/**
 * Bot comments as Markdown: the marker line, then the template for the message. Every body is cut
 * to GitHub's limit with a note rather than rejected.
 */
import type { Card } from '../engine/card.js';
import type { Message } from '../engine/effects.js';
import { commandHelp } from '../engine/help.js';
import { type CardRecord, type CommentMarker, type Marker, formatRecordLine } from '../engine/records.js';
import { cardView } from './card-view.js';
import { dateTime } from './clock-text.js';
import { renderTemplate } from './handlebars.js';
import { truncateBody } from './truncate.js';

/** Turns effect data into comment bodies, the record line included. */
export interface CommentRenderer {
  comment: (marker: CommentMarker, message: Message) => string;
  card: (card: Card, record: CardRecord) => string;
}

function withRecord(markdown: string, marker: Marker, card?: CardRecord): string {
  return truncateBody(`${formatRecordLine(marker, card)}\n${markdown.trim()}\n`);
}

function messageView(message: Message): { template: string; data: unknown } {
  switch (message.type) {
    case 'page':
      return {
        template: 'escalation-page',
        data: {
          ...message,
          severity: { ...message.severity, label: message.severity.label.toUpperCase() },
          at: dateTime(message.at),
          respondBy: dateTime(message.respondBy),
          management: message.management === null ? null : { ...message.management, dueAt: message.management.dueAt === null ? null : dateTime(message.management.dueAt) },
        },
      };
    case 'reply':
      return { template: 'command-reply', data: { ...message, to: `@${message.to}`, commands: message.help ? commandHelp(message.roles) : [] } };
    case 'label-note':
      return { template: 'label-note', data: message };
    case 'triage-request':
      return { template: 'triage-request', data: { ...message, reporter: `@${message.reporter}`, proposed: message.proposed === null ? null : { ...message.proposed, label: message.proposed.label.toUpperCase() } } };
    case 'severity-request':
      return { template: 'severity-request', data: { ...message, severities: message.severities.map((severity) => ({ ...severity, label: severity.label.toUpperCase() })) } };
    case 'close-note':
      return { template: 'close-note', data: { ...message, by: `@${message.by}` } };
    case 'update-reminder':
      return {
        template: 'update-reminder',
        data: {
          ...message,
          severity: { ...message.severity, label: message.severity.label.toUpperCase() },
          due: dateTime(message.due),
          lastUpdate: message.lastUpdate === null ? null : dateTime(message.lastUpdate),
          to: message.to.kind === 'role' ? { ...message.to, logins: message.to.logins.map((login) => `@${login}`) } : message.to,
        },
      };
  }
}

/** The renderer the shell uses for every bot comment. */
export function createCommentRenderer(): CommentRenderer {
  return {
    comment: (marker, message) => {
      const { template, data } = messageView(message);
      return withRecord(renderTemplate(template, data), marker);
    },
    card: (card, record) => withRecord(renderTemplate('incident-card', cardView(card)), { kind: 'card' }, record),
  };
}
