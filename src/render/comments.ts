/**
 * Bot comments as Markdown: the marker line, then the template for the message. Every body is cut
 * to GitHub's limit with a note rather than rejected.
 */
import type { Card } from '../engine/card.js';
import type { Message } from '../engine/effects.js';
import { commandHelp } from '../engine/help.js';
import type { PostmortemDraft } from '../engine/postmortem-draft.js';
import { type CardRecord, type CommentMarker, type Marker, formatFollowUpLine, formatRecordLine, formatReviewRoundLine } from '../engine/records.js';
import type { ReviewDraft } from '../engine/review-round.js';
import { cardView } from './card-view.js';
import { dateTime } from './clock-text.js';
import { renderTemplate } from './handlebars.js';
import { postmortemView } from './postmortem-view.js';
import { reviewView } from './review-view.js';
import { truncateBody } from './truncate.js';

/** Turns effect data into comment bodies, the record line included, and post-mortem drafts into files. */
export interface CommentRenderer {
  comment: (marker: CommentMarker, message: Message) => string;
  card: (card: Card, record: CardRecord) => string;
  /** The post-mortem file, and the title and body of its pull request. */
  postmortem: (draft: PostmortemDraft) => { file: string; title: string; body: string };
  /** The body of the follow-up issue for action item number `item` (from 1) of a merged post-mortem. */
  followUp: (followUp: FollowUpView) => string;
  /** The title and body of a playbook review pull request (the body starts with its record line). */
  reviewPull: (draft: ReviewDraft) => { title: string; body: string };
}

/** What a follow-up issue says. */
export interface FollowUpView {
  incident: { number: number; title: string };
  pull: { number: number };
  item: number;
  text: string;
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
      // The template shows the commands only when help was asked for.
      return { template: 'command-reply', data: { ...message, to: `@${message.to}`, commands: commandHelp(message.roles) } };
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
    case 'postmortem-opened':
      return { template: 'postmortem-opened', data: { ...message, reviewers: message.reviewers.map((login) => `@${login}`), dueAt: message.dueAt === null ? null : dateTime(message.dueAt) } };
    case 'postmortem-branch':
      return { template: 'postmortem-branch', data: { ...message, dueAt: message.dueAt === null ? null : dateTime(message.dueAt) } };
    case 'postmortem-overdue':
      return { template: 'postmortem-overdue', data: { ...message, owners: message.owners.map((login) => `@${login}`), dueAt: dateTime(message.dueAt) } };
    case 'postmortem-escalation':
      return { template: 'postmortem-escalation', data: { ...message, severity: { ...message.severity, label: message.severity.label.toUpperCase() }, dueAt: dateTime(message.dueAt) } };
    case 'postmortem-complete':
      return { template: 'postmortem-complete', data: message };
    case 'review-reminder':
      return { template: 'review-reminder', data: message };
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
    postmortem: (draft) => {
      const view = postmortemView(draft);
      return {
        file: `${renderTemplate('postmortem-file', view).trim()}\n`,
        title: `Post-mortem: ${draft.incident.title} (#${draft.incident.number})`,
        body: truncateBody(renderTemplate('postmortem-pull', view).trim()),
      };
    },
    reviewPull: (draft) => ({
      title: `Playbook review: ${draft.files.length} ${draft.files.length === 1 ? 'file' : 'files'} due (round ${draft.branch.slice(-10)})`,
      body: truncateBody(`${formatReviewRoundLine(draft.files.map((file) => file.file))}\n${renderTemplate('review-pull', reviewView(draft)).trim()}\n`),
    }),
    followUp: ({ incident, pull, item, text }) =>
      truncateBody(`${formatFollowUpLine(incident.number, item)}\n${renderTemplate('follow-up', { incident, pull, item: text }).trim()}\n`),
  };
}
