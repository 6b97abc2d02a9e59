/**
 * The bot's records: the hidden first line of each comment it writes says what the comment is (its
 * marker) and, for the card, what the bot has decided so far. This file is their one owner: every
 * marker is built and read here, so a new kind of record (a reminder, a pull request, a delivery)
 * is one more member of {@link Marker} with its format and parse beside the others.
 *
 * The wire format is `<!-- playbook-ops:<marker>[ <fields>] -->`, for example
 * `<!-- playbook-ops:page:sev-1 -->` or `<!-- playbook-ops:card pin=<sha>,declared=sev-2,accepted=41.42 -->`.
 * Records are trusted only in comments the bot wrote: anyone can type an HTML comment.
 */

import type { FailedMark, SentMark } from './delivery-types.js';

/** What one bot comment is. Each marker is posted at most once per incident (the card is updated in place). */
export type Marker =
  /** The incident card: one per incident, updated in place; its data is a {@link CardRecord}. */
  | { kind: 'card' }
  /** The page for a raise to the severity labelled `severity`. */
  | { kind: 'severity-page'; severity: string }
  /** The page for technical level `level`, when nobody acknowledged in time. */
  | { kind: 'level-page'; level: number }
  /**
   * The one reply to comment `commentId` as it read when judged: `edited` is the time (Unix seconds)
   * of the edit judged, null for the comment as first written; `denied` when its author lacked the
   * permission (the verdict stands for that text).
   */
  | { kind: 'reply'; commentId: number; edited: number | null; denied: boolean }
  /** The note on issue event `eventId`, which added a second severity label. */
  | { kind: 'label-note'; eventId: number }
  /** The request to the first technical level to triage a report (an incident opened by someone below the minimum permission). */
  | { kind: 'triage-request' }
  /** The request to the first technical level to set the severity of an incident declared without one. */
  | { kind: 'severity-request' }
  /** The note on issue event `eventId`, a close by someone below the minimum permission, which did not resolve. */
  | { kind: 'close-note'; eventId: number }
  /** The playbook check's one comment on a pull request, updated in place on every push. */
  | { kind: 'playbook-check' }
  /** The reminder that the status update due at `due` (Unix seconds) did not come: one per missed window. */
  | { kind: 'update-reminder'; due: number }

  /**
   * A step of the post-mortem: `pr` its pull request was opened; `branch` only its branch was pushed
   * (Actions may not create pull requests); `overdue` the owners were reminded; `escalation` management
   * was told it is overdue; `complete` it was merged and its follow-up issues opened.
   */
  | { kind: 'postmortem'; step: PostmortemStep }
  /** The one reminder on a playbook review pull request still open past its window. */
  | { kind: 'review-reminder' }
  /**
   * An alert notification noted on its incident: one per workflow run (`run`, the run id, the same
   * across reruns of the run), with what the notification said (`status`) and who sent it (`source`).
   */
  | { kind: 'alert'; run: number; status: AlertStatus; source: AlertSource };

/** What an alert notification says of its group: some alert still fires, or all resolved. */
export type AlertStatus = 'firing' | 'resolved';

/** The monitoring systems alerts come from. */
export const ALERT_SOURCES = ['alertmanager', 'grafana'] as const;

/** One of {@link ALERT_SOURCES}. */
export type AlertSource = (typeof ALERT_SOURCES)[number];

/** The steps of a post-mortem the bot records, each once per incident. */
export const POSTMORTEM_STEPS = ['pr', 'branch', 'overdue', 'escalation', 'complete'] as const;

/** One of {@link POSTMORTEM_STEPS}. */
export type PostmortemStep = (typeof POSTMORTEM_STEPS)[number];

/** A marker of a comment posted once, never edited: every marker but the card's. */
export type CommentMarker = Exclude<Marker, { kind: 'card' }>;

/** A high-water mark of judged comments (see {@link CardRecord.judged}). */
export interface JudgedMark {
  /** The highest comment id judged. */
  through: number;
  /** ISO 8601, whole seconds. */
  at: string;
}

/** A box of the card's task lists that someone ticked. */
export interface Tick {
  /** The step's key (8 hex digits, see `stepKey`). */
  step: string;
  /** When the bot first saw it ticked: ISO 8601, whole seconds. */
  at: string;
}

/** What the card records, so that decisions stand across runs whatever people edit later. */
export interface CardRecord {
  /** The playbook commit the incident runs on (40 hex digits), or null when the run had no commit to pin. */
  pin: string | null;
  /**
   * The severity label the form declared when the bot first read it, as a {@link markerPart}; `''`
   * when the form named none. Null only for a card written before this field existed.
   */
  declared: string | null;
  /**
   * How far people's comments have been judged: every comment with an id up to `through` whose
   * body last changed before `at` (or at `at`, if never edited) was judged as it reads now; a verdict
   * stands for exactly that text. Bounded, however long the thread grows.
   */
  judged: JudgedMark | null;
  /** Comments whose commands were accepted, as cards before `judged` existed listed them; never written now. */
  accepted: number[];
  /**
   * Whether the person who declared the incident had the minimum permission when the bot first
   * read it (`trusted`), or it was a report; null for a card written before this field existed.
   */
  reporter: 'trusted' | 'report' | null;
  /** The boxes ticked in the card, so the next card update draws them ticked again. */
  ticks: Tick[];
  /** A digest of everything the card shows: the card is rewritten only when it changes. */
  digest: string | null;
  /**
   * The incident's next deadline (ISO 8601, whole seconds) as of the card's writing, or null when
   * none is pending: until then, and unless the issue changes, a sweep has nothing to do on it.
   */
  due: string | null;
  /** Deliveries to sinks outside GitHub that went out, so no run sends one twice (absent: none). */
  sent?: SentMark[];
  /** Deliveries that failed, so the next run retries them and the card shows why (absent: none). */
  failed?: FailedMark[];
  /** What the bot saw of the issue once this run's effects applied (seen.ts), or null for a card written before this field existed. */
  seen: string | null;
  /** The phase id of the open incident, or null once resolved: the sweep's summary shows it for incidents it leaves unread. */
  phase: string | null;
}

const PREFIX = 'playbook-ops:';
const SENT = /^([0-9a-f]{8})-(\d{1,12})$/;
const FAILED = /^([0-9a-f]{8})-([1-9]\d{0,3})-([a-z0-9][a-z0-9-]{0,19})$/;
const LINE = /^<!-- playbook-ops:([a-z0-9%][a-z0-9:.%-]*)(?: ([A-Za-z0-9:.=,%-]+))? -->/;
const SHA = /^[0-9a-f]{40}$/;
/** A fingerprint from seen.ts: state, comment count, label digest. */
const SEEN = /^[oc]\.\d{1,9}\.[0-9a-f]{8}$/;
/** A phase id as the schema allows it, short enough for the marker line. */
const PHASE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const STEP_KEY = /^[0-9a-f]{8}$/;
const STEP_TICK = /^([0-9a-f]{8})-(\d{1,12})$/;
/** A box of the card's task lists with the hidden key of its step, as {@link formatStepMark} ends it. */
const STEP_BOX = /^[-*+] \[([ xX])\] .* <!-- playbook-ops:step=([0-9a-f]{8}) -->$/;
const encoder = new TextEncoder();

/**
 * `text` (a severity label, say) as part of a marker: lower case (GitHub label names are
 * case-insensitive), with anything but letters, digits, `.` and `-` percent-encoded, so that no
 * label can break the marker line or another field of it.
 */
export function markerPart(text: string): string {
  return Array.from(text.toLowerCase())
    .map((char) => (/[a-z0-9.-]/.test(char) ? char : [...encoder.encode(char)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')))
    .join('');
}

/** A version of comment `commentId`: its id, and the time of the edit (Unix seconds) unless it is as first written. */
export function replyVersion(commentId: number, edited: number | null): string {
  return edited === null ? String(commentId) : `${commentId}-${edited}`;
}

/** The marker's identity: two comments with the same key are the same record. */
export function markerKey(marker: Marker): string {
  switch (marker.kind) {
    case 'card':
      return 'card';
    case 'severity-page':
      return `page:${markerPart(marker.severity)}`;
    case 'level-page':
      return `page:level-${marker.level}`;
    case 'reply':
      return `reply:${replyVersion(marker.commentId, marker.edited)}`;
    case 'label-note':
      return `label-note:${marker.eventId}`;
    case 'triage-request':
      return 'triage-request';
    case 'severity-request':
      return 'severity-request';
    case 'close-note':
      return `close-note:${marker.eventId}`;
    case 'playbook-check':
      return 'playbook-check';
    case 'update-reminder':
      return `update-reminder:${marker.due}`;
    case 'postmortem':
      return `postmortem:${marker.step}`;
    case 'review-reminder':
      return 'review-reminder';
    case 'alert':
      return `alert:${marker.run}`;
  }
}

/** The text a {@link markerPart} was made from (lower case), or null when it is not one. */
function fromMarkerPart(part: string): string | null {
  try {
    const text = decodeURIComponent(part);
    return markerPart(text) === part ? text : null;
  } catch {
    return null;
  }
}

function positive(text: string): number | null {
  return /^[1-9]\d{0,15}$/.test(text) ? Number(text) : null;
}

function keyToMarker(key: string, fields: Record<string, string>): Marker | null {
  if (key === 'card') return { kind: 'card' };
  if (key === 'triage-request') return { kind: 'triage-request' };
  if (key === 'severity-request') return { kind: 'severity-request' };
  if (key === 'review-reminder') return { kind: 'review-reminder' };
  if (key === 'playbook-check') return { kind: 'playbook-check' };
  const [head = '', rest = ''] = key.split(/:(.*)/s, 2);
  const number = positive(rest);
  switch (head) {
    case 'page': {
      if (rest.startsWith('level-')) {
        const level = positive(rest.slice('level-'.length));
        return level === null ? null : { kind: 'level-page', level };
      }
      const severity = fromMarkerPart(rest);
      return severity === null || severity === '' ? null : { kind: 'severity-page', severity };
    }
    case 'reply': {
      const version = /^([1-9]\d{0,15})(?:-([1-9]\d{0,11}))?$/.exec(rest);
      if (version === null) return null;
      return { kind: 'reply', commentId: Number(version[1]), edited: version[2] === undefined ? null : Number(version[2]), denied: fields.denied !== undefined };
    }
    case 'label-note':
      return number === null ? null : { kind: 'label-note', eventId: number };
    case 'close-note':
      return number === null ? null : { kind: 'close-note', eventId: number };
    case 'update-reminder':
      return number === null ? null : { kind: 'update-reminder', due: number };
    case 'postmortem': {
      const step = POSTMORTEM_STEPS.find((candidate) => candidate === rest);
      return step === undefined ? null : { kind: 'postmortem', step };
    }
    case 'alert': {
      const run = positive(rest);
      const status = fields.status === 'firing' || fields.status === 'resolved' ? fields.status : null;
      const source = ALERT_SOURCES.find((candidate) => candidate === fields.source);
      return run === null || status === null || source === undefined ? null : { kind: 'alert', run, status, source };
    }
    default:
      return null;
  }
}

function readFields(data: string | undefined): Record<string, string> {
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  if (data === undefined) return fields;
  for (const part of data.split(',')) {
    const [key, value = ''] = part.split('=', 2);
    fields[key!] = value;
  }
  return fields;
}

/** The card record as marker fields. */
function formatCardRecord(record: CardRecord): string {
  const fields: string[] = [];
  // Only a commit SHA pins anything: a name such as HEAD would follow the branch.
  if (record.pin !== null && SHA.test(record.pin)) fields.push(`pin=${record.pin}`);
  if (record.declared !== null) fields.push(`declared=${record.declared}`);
  if (record.accepted.length > 0) fields.push(`accepted=${record.accepted.join('.')}`);
  if (record.judged !== null) fields.push(`judged=${record.judged.through}-${Math.floor(Date.parse(record.judged.at) / 1000)}`);
  if (record.reporter !== null) fields.push(`reporter=${record.reporter}`);
  if (record.ticks.length > 0) fields.push(`ticks=${record.ticks.map((tick) => `${tick.step}-${Math.floor(Date.parse(tick.at) / 1000)}`).join('.')}`);
  if (record.digest !== null) fields.push(`digest=${record.digest}`);
  if (record.due !== null) fields.push(`due=${Math.floor(Date.parse(record.due) / 1000)}`);
  if (record.sent !== undefined && record.sent.length > 0) fields.push(`sent=${record.sent.map((mark) => `${mark.key}-${Math.floor(Date.parse(mark.at) / 1000)}`).join('.')}`);
  if (record.failed !== undefined && record.failed.length > 0) fields.push(`failed=${record.failed.map((mark) => `${mark.key}-${mark.runs}-${mark.reason}`).join('.')}`);
  if (record.seen !== null && SEEN.test(record.seen)) fields.push(`seen=${record.seen}`);
  if (record.phase !== null && PHASE.test(record.phase)) fields.push(`phase=${record.phase}`);
  return fields.join(',');
}

function fromSeconds(seconds: string): string {
  return new Date(Number(seconds) * 1000).toISOString().replace('.000Z', 'Z');
}

function parseTicks(field: string | undefined): Tick[] {
  return (field ?? '').split('.').flatMap((part) => {
    const match = STEP_TICK.exec(part);
    return match === null ? [] : [{ step: match[1]!, at: fromSeconds(match[2]!) }];
  });
}

function parseSent(field: string | undefined): SentMark[] {
  return (field ?? '').split('.').flatMap((part) => {
    const match = SENT.exec(part);
    return match === null ? [] : [{ key: match[1]!, at: fromSeconds(match[2]!) }];
  });
}

function parseFailed(field: string | undefined): FailedMark[] {
  return (field ?? '').split('.').flatMap((part) => {
    const match = FAILED.exec(part);
    return match === null ? [] : [{ key: match[1]!, runs: Number(match[2]), reason: match[3]! }];
  });
}

function parseAccepted(field: string | undefined): number[] {
  if (field === undefined) return [];
  return field.split('.').flatMap((part) => {
    const id = positive(part);
    return id === null ? [] : [id];
  });
}

function parseJudged(field: string | undefined): JudgedMark | null {
  const match = /^([1-9]\d{0,15})-(\d{1,12})$/.exec(field ?? '');
  if (match === null) return null;
  return { through: Number(match[1]), at: fromSeconds(match[2]!) };
}

function parseDue(field: string | undefined): string | null {
  return field !== undefined && /^\d{1,12}$/.test(field) ? fromSeconds(field) : null;
}

function parseCardRecord(fields: Record<string, string>): CardRecord {
  const pin = fields.pin;
  return {
    pin: pin !== undefined && SHA.test(pin) ? pin : null,
    declared: fields.declared ?? null,
    accepted: parseAccepted(fields.accepted),
    judged: parseJudged(fields.judged),
    reporter: fields.reporter === 'trusted' || fields.reporter === 'report' ? fields.reporter : null,
    ticks: parseTicks(fields.ticks),
    digest: fields.digest ?? null,
    due: parseDue(fields.due),
    ...(fields.sent === undefined ? {} : { sent: parseSent(fields.sent) }),
    ...(fields.failed === undefined ? {} : { failed: parseFailed(fields.failed) }),
    seen: fields.seen !== undefined && SEEN.test(fields.seen) ? fields.seen : null,
    phase: fields.phase !== undefined && PHASE.test(fields.phase) ? fields.phase : null,
  };
}

/** The hidden first line of a bot comment carrying `marker` (and, for the card, its record). */
export function formatRecordLine(marker: Marker, card?: CardRecord): string {
  const data =
    marker.kind === 'card' && card !== undefined
      ? formatCardRecord(card)
      : marker.kind === 'reply' && marker.denied
        ? 'denied'
        : marker.kind === 'alert'
          ? `status=${marker.status},source=${marker.source}`
          : '';
  return `<!-- ${PREFIX}${markerKey(marker)}${data === '' ? '' : ` ${data}`} -->`;
}

/** What a comment body's first line records, or null when it carries no marker this version reads. */
export function parseRecordLine(body: string): { marker: Marker; card: CardRecord | null } | null {
  const match = LINE.exec(body);
  if (match === null) return null;
  const fields = readFields(match[2]);
  const marker = keyToMarker(match[1]!, fields);
  if (marker === null) return null;
  return { marker, card: marker.kind === 'card' ? parseCardRecord(fields) : null };
}

/** The hidden key that ends a box of the card's task lists, so a tick can be read back by step. */
export function formatStepMark(key: string): string {
  if (!STEP_KEY.test(key)) throw new Error(`a step key is 8 hex digits, not ${JSON.stringify(key)}`);
  return `<!-- ${PREFIX}step=${key} -->`;
}

/** The boxes of a card body: each step key, and whether its box is ticked. */
export function readStepBoxes(body: string): Map<string, boolean> {
  const boxes = new Map<string, boolean>();
  for (const line of body.split(/\r?\n/)) {
    const match = STEP_BOX.exec(line);
    if (match !== null) boxes.set(match[2]!, match[1] !== ' ');
  }
  return boxes;
}

/**
 * The hidden first line of a follow-up issue: which incident's post-mortem it came from and which
 * action item (counted from 1) it is, so that a rerun finds it instead of opening it again.
 */
export function formatFollowUpLine(incident: number, item: number): string {
  return `<!-- ${PREFIX}follow-up:${incident}.${item} -->`;
}

/** The incident and action item a follow-up issue body records, or null when it is not one. */
export function parseFollowUpLine(body: string): { incident: number; item: number } | null {
  const match = /^<!-- playbook-ops:follow-up:([1-9]\d{0,15})\.([1-9]\d{0,5}) -->/.exec(body);
  return match === null ? null : { incident: Number(match[1]), item: Number(match[2]) };
}

/**
 * The hidden first line of a playbook review pull request: the playbook files the round bumps, so
 * a later run knows which files have joined it.
 */
export function formatReviewRoundLine(files: readonly string[]): string {
  return `<!-- ${PREFIX}review-round files=${files.map((file) => encodeURIComponent(file)).join(',')} -->`;
}

/** The files a review pull request body records, or null when it carries no such line. */
export function parseReviewRoundLine(body: string): string[] | null {
  const match = /^<!-- playbook-ops:review-round files=([A-Za-z0-9%._~!*'()-]*(?:,[A-Za-z0-9%._~!*'()-]+)*) -->/u.exec(body);
  if (match === null) return null;
  const files = match[1]!.split(',').filter((file) => file !== '');
  try {
    return files.map((file) => decodeURIComponent(file));
  } catch {
    return null;
  }
}

/** What the hidden first line of an incident opened from an alert records. */
export interface AlertIncidentRecord {
  /** The alert group's dedup key: 16 hex digits (see `src/alerts/dedup-key.ts`). */
  key: string;
  /** The workflow run that opened it, so a rerun of that run finds it instead of adding to it. */
  run: number;
}

const ALERT_INCIDENT = /^<!-- playbook-ops:alert-incident key=([0-9a-f]{16}),run=([1-9]\d{0,15}) -->/u;

/** The hidden first line of an issue the bot opened from an alert: its group's key and the run that opened it. */
export function formatAlertIncidentLine(record: AlertIncidentRecord): string {
  if (!/^[0-9a-f]{16}$/u.test(record.key)) throw new Error(`an alert key is 16 hex digits, not ${JSON.stringify(record.key)}`);
  return `<!-- ${PREFIX}alert-incident key=${record.key},run=${record.run} -->`;
}

/** The record an issue body's first line carries, or null when it is not an incident opened from an alert. */
export function parseAlertIncidentLine(body: string): AlertIncidentRecord | null {
  const match = ALERT_INCIDENT.exec(body);
  return match === null ? null : { key: match[1]!, run: Number(match[2]) };
}
