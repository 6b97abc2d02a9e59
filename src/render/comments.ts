/**
 * Bot comments as Markdown: the marker line, then the template for the message. Every body is cut
 * to GitHub's limit with a note rather than rejected.
 */
import type { CommentRenderer } from '../github/apply-effects.js';
import type { Message } from '../engine/effects.js';
import { commandHelp } from '../engine/help.js';
import { NO_DECLARED_SEVERITY } from '../engine/declared-severity.js';
import { markerLine, markerPart } from '../engine/markers.js';
import { formatAccepted } from '../engine/verdicts.js';
import { cardView } from './card-view.js';
import { dateTime } from './clock-text.js';
import { renderTemplate } from './handlebars.js';
import { truncateBody } from './truncate.js';

function withMarker(marker: string, markdown: string, data?: string): string {
  return truncateBody(`${markerLine(marker, data)}\n${markdown.trim()}\n`);
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
      return { template: 'command-reply', data: { ...message, to: `@${message.to}`, commands: message.help ? commandHelp() : [] } };
    case 'label-note':
      return { template: 'label-note', data: message };
  }
}

/** The renderer the shell uses for every bot comment. */
export function createCommentRenderer(): CommentRenderer {
  return {
    comment: (marker, message) => {
      const { template, data } = messageView(message);
      return withMarker(marker, renderTemplate(template, data), message.type === 'reply' && message.denied ? 'denied' : undefined);
    },
    card: (card) => {
      const { accepted, declaredSeverity } = card.incident;
      // Only a commit SHA pins anything: a name such as HEAD would follow the branch.
      const pin = /^[0-9a-f]{40}$/.test(card.playbook.sha) ? [`pin=${card.playbook.sha}`] : [];
      const fields = [...pin, `declared=${declaredSeverity === null ? NO_DECLARED_SEVERITY : markerPart(declaredSeverity)}`];
      if (accepted.length > 0) fields.push(`accepted=${formatAccepted(accepted)}`);
      return withMarker('card', renderTemplate('incident-card', cardView(card)), fields.join(','));
    },
  };
}
