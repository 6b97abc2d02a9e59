/**
 * What the engine wants done: a tagged union the shell applies and a dry run prints. Comment effects
 * carry data, not Markdown: how a message reads is the renderer's business (`src/render/comments.ts`).
 */
import type { Card } from './card.js';
import type { Delivery } from './delivery-types.js';
import type { PostmortemDraft } from './postmortem-draft.js';
import type { CardRecord, CommentMarker } from './records.js';

/** A contact as a page names it: `handle` is null when the contact cannot be mentioned on GitHub. */
export interface PagedContact {
  id: string;
  name: string;
  handle: string | null;
}

/** An escalation comment: who is paged, why, and by when they must respond. */
export interface PageMessage {
  type: 'page';
  /** `severity`: the incident was declared at or raised to `severity`; `unacknowledged`: nobody acknowledged in time. */
  reason: 'severity' | 'unacknowledged';
  severity: { label: string; name: string; responseMinutes: number };
  /** The technical level paged. */
  technical: { level: number; name: string; contacts: PagedContact[] } | null;
  /** The management escalation for the severity, when the playbook has one. */
  management: { name: string; contacts: PagedContact[]; dueAt: string | null } | null;
  /** When the page became due (declaration, raise, or escalation deadline). */
  at: string;
  /** Who raised the severity, or null for a time-based escalation. */
  by: string | null;
  /** When someone must acknowledge. */
  respondBy: string;
}

/** One short reply to a comment whose commands were refused, malformed, or asked for help. */
export interface ReplyMessage {
  type: 'reply';
  to: string;
  /** One line per command that did not run, saying why. */
  problems: string[];
  help: boolean;
  /** The role ids of the playbooks, for the command list `/help` shows. */
  roles: string[];
}

/** A note that several severity labels were present and which one was kept. */
export interface LabelNoteMessage {
  type: 'label-note';
  kept: string;
  removed: string[];
  by: string;
}

/** A request to the first technical level to triage a report: an incident opened by someone below the minimum permission. */
export interface TriageRequestMessage {
  type: 'triage-request';
  reporter: string;
  /** The severity the reporter proposed, if any. */
  proposed: { label: string; name: string } | null;
  technical: PageMessage['technical'];
  /** Who may confirm: the minimum permission. */
  minimumPermission: string;
}

/** A request to the first technical level to set the severity of an incident declared without one. */
export interface SeverityRequestMessage {
  type: 'severity-request';
  technical: PageMessage['technical'];
  /** The severities to choose from, most severe first. */
  severities: { label: string; name: string }[];
}

/** A note that a close by someone below the minimum permission did not resolve the incident. */
export interface CloseNoteMessage {
  type: 'close-note';
  by: string;
  minimumPermission: string;
}

/** A reminder that a status update is overdue: the window that closed at `due` had none. */
export interface UpdateReminderMessage {
  type: 'update-reminder';
  severity: { label: string; name: string };
  everyMinutes: number;
  /** When the update was due (the end of the window that closed without one). */
  due: string;
  /** How many windows in a row closed without an update (more than one when runs came late). */
  missed: number;
  /** When the last update came, or null when none ever did. */
  lastUpdate: string | null;
  /** Who is asked: the holders of the role that gives updates (or the commander), else a technical level. */
  to: { kind: 'role'; name: string; logins: string[] } | { kind: 'level'; name: string; level: number; contacts: PagedContact[] };
}

/** A pull request as a comment links it. */
export interface PullLink {
  number: number;
  url: string;
}

/** The post-mortem pull request was opened: who was asked to review it, and by when it is due. */
export interface PostmortemOpenedMessage {
  type: 'postmortem-opened';
  pull: PullLink;
  path: string;
  /** Logins asked to review. */
  reviewers: string[];
  /** Logins GitHub would not take as reviewers (not collaborators, say). */
  notRequested: string[];
  dueAt: string | null;
}

/** Actions may not open pull requests here: the branch was pushed, and how to finish by hand. */
export interface PostmortemBranchMessage {
  type: 'postmortem-branch';
  branch: string;
  path: string;
  compareUrl: string;
  dueAt: string | null;
}

/** The post-mortem is past its due time: a reminder to its owners. */
export interface PostmortemOverdueMessage {
  type: 'postmortem-overdue';
  /** Logins of the post-mortem's owners (the reviewers' roles, else who resolved). */
  owners: string[];
  dueAt: string;
  branch: string;
  pullsUrl: string;
}

/** The post-mortem is past its due time: the management escalation of the peak severity. */
export interface PostmortemEscalationMessage {
  type: 'postmortem-escalation';
  severity: { label: string; name: string };
  management: { name: string; contacts: PagedContact[] };
  dueAt: string;
}

/** The post-mortem was merged: the incident is complete, with its follow-up issues. */
export interface PostmortemCompleteMessage {
  type: 'postmortem-complete';
  pull: PullLink;
  followUps: { number: number; title: string }[];
}

/** A playbook review pull request is still open past its window: one reminder to its owners. */
export interface ReviewReminderMessage {
  type: 'review-reminder';
  /** The owners as the playbooks write them (`@user`, `@org/team`, or a placeholder). */
  owners: string[];
  /** `YYYY-MM-DD`. */
  dueOn: string;
}

/** What a marked bot comment says. */
export type Message =
  | PageMessage
  | ReplyMessage
  | LabelNoteMessage
  | TriageRequestMessage
  | SeverityRequestMessage
  | CloseNoteMessage
  | UpdateReminderMessage

  | PostmortemOpenedMessage
  | PostmortemBranchMessage
  | PostmortemOverdueMessage
  | PostmortemEscalationMessage
  | PostmortemCompleteMessage
  | ReviewReminderMessage;

/**
 * One change the engine asks the shell to make. Each kind has an applier in `src/github/appliers/`;
 * a kind without one does not compile.
 */
export type Effect =
  | { kind: 'add-labels'; labels: string[] }
  | { kind: 'remove-label'; label: string }
  | { kind: 'add-assignees'; assignees: string[] }
  | { kind: 'close-issue' }
  | { kind: 'reopen-issue' }
  /** Post a comment once per incident and marker, ever. */
  | { kind: 'comment'; marker: CommentMarker; message: Message }
  /**
   * Post the incident card (`commentId` null) or rewrite comment `commentId`: planned only when what
   * the card shows or records changed.
   */
  | { kind: 'card'; card: Card; record: CardRecord; commentId: number | null }
  /**
   * Send one notification to a sink outside GitHub (Slack, Teams, PagerDuty, a webhook). Never
   * fails the run: how it ended goes into the card, which follows it.
   */
  | { kind: 'deliver'; delivery: Delivery }
  /**
   * Open the post-mortem pull request (or find the one its branch already has), ask its reviewers,
   * and record it with a `postmortem:pr` comment; where Actions may not open pull requests, push the
   * branch and record a `postmortem:branch` comment with a compare link.
   */
  | { kind: 'postmortem-pr'; draft: PostmortemDraft }
  /**
   * Open a follow-up issue for each action item of the merged post-mortem (those a rerun finds are
   * not opened again), each linking the incident, and record them with a `postmortem:complete` comment.
   */
  | { kind: 'follow-ups'; incident: { number: number; title: string; url: string }; pull: PullLink; items: string[]; label: string };
