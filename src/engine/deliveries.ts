/**
 * Which deliveries to sinks outside GitHub an incident owes, and which of them are still to send.
 * Every page the engine decides goes to the sinks its severity, its escalation level and the
 * contacts it names list; an acknowledgement and a resolution follow to the same sinks (PagerDuty
 * acknowledges and resolves the alerts it was sent, by their dedup keys), and each status update
 * goes to the chat sinks and webhooks. Each delivery has a key; the card records the keys sent, so
 * none goes twice, and those that failed, so the next run retries them.
 */
import { createHash } from 'node:crypto';
import type { Contact, PlaybookSet, Severity, Sink } from '../config/model.js';
import type { Delivery, DeliveryLine, DeliveryOutcome, FailedMark, Notification, SentMark } from './delivery-types.js';
import type { PageMarker } from './escalation.js';
import type { IncidentState } from './incident-state.js';
import type { RepoRef } from './observed.js';
import { markerKey, markerPart } from './records.js';
import { inTimeOrder } from './time.js';

/** How many runs try a failing delivery before the card says it gave up. */
export const MAX_DELIVERY_RUNS = 5;

/** The deliveries an incident owes, with what the card records of them. */
export interface CardDeliveries {
  /** One line per delivery owed, in the order they are sent. */
  lines: (DeliveryLine & { key: string })[];
  sent: SentMark[];
  failed: FailedMark[];
}

/** A page sent (or being sent) on GitHub, by its marker. */
export interface PageRef {
  marker: PageMarker;
  at: string;
}

interface Target {
  sink: Sink;
  dedupKey: string;
}

function deliveryKey(identity: string): string {
  return createHash('sha256').update(identity).digest('hex').slice(0, 8);
}

function clock(iso: string): string {
  return `${iso.slice(11, 16)} UTC`;
}

function contactSinks(contacts: readonly Contact[]): Sink[] {
  return contacts.flatMap((contact) => contact.sinks ?? []);
}

function who(contacts: readonly Contact[]): string {
  return contacts.map((contact) => (contact.github === null ? contact.name : `${contact.name} (${contact.github})`)).join(', ');
}

/** Each sink once: the first mention decides its dedup key. */
function distinct(targets: Target[]): Target[] {
  const seen = new Set<string>();
  return targets.filter((target) => {
    if (seen.has(target.sink.id)) return false;
    seen.add(target.sink.id);
    return true;
  });
}

interface PageTargets {
  targets: Target[];
  severity: Severity | null;
  headline: string;
  detail: string;
}

function pageTargets(page: PageRef, state: IncidentState, set: PlaybookSet, incidentKey: string): PageTargets | null {
  const { marker } = page;
  if (marker.kind === 'level-page') {
    const level = set.escalation.technical.find((candidate) => candidate.level === marker.level);
    if (level === undefined) return null;
    const dedupKey = `${incidentKey}/level-${level.level}`;
    const severity = state.severity;
    return {
      targets: distinct([...(level.sinks ?? []), ...contactSinks(level.contacts), ...(severity?.sinks ?? [])].map((sink) => ({ sink, dedupKey }))),
      severity,
      headline: `Unacknowledged: paging level ${level.level}, ${level.name}`,
      detail: `Paged: ${who(level.contacts)}. Acknowledge with /ack on the issue.`,
    };
  }
  const key = markerPart(marker.severity);
  const severity = set.severities.find((candidate) => markerPart(candidate.label) === key);
  const first = set.escalation.technical[0];
  if (severity === undefined || first === undefined) return null;
  const rule = set.escalation.management.find((candidate) => candidate.severity === severity.label);
  const levelKey = `${incidentKey}/level-${first.level}`;
  const technical = [...(first.sinks ?? []), ...contactSinks(first.contacts), ...(severity.sinks ?? [])].map((sink) => ({ sink, dedupKey: levelKey }));
  const management = rule === undefined ? [] : contactSinks(rule.notify).map((sink) => ({ sink, dedupKey: `${incidentKey}/management` }));
  const paged = [`Paged: ${who(first.contacts)}`, rule === undefined ? null : `${rule.name}: ${who(rule.notify)}`].filter((line) => line !== null);
  return {
    targets: distinct([...technical, ...management]),
    severity,
    headline: `${severity.label.toUpperCase()} (${severity.name}): paging level ${first.level}, ${first.name}`,
    detail: `${paged.join('. ')}. Respond by ${clock(new Date(Date.parse(page.at) + severity.responseMinutes * 60_000).toISOString())} with /ack on the issue.`,
  };
}

/** Every delivery the incident owes, sent or not, in the order to send them. */
export function owedDeliveries(state: IncidentState, set: PlaybookSet, pages: readonly PageRef[], repo: RepoRef): Omit<Delivery, 'failedRuns'>[] {
  const incidentKey = `${repo.owner}/${repo.repo}#${state.number}`;
  const incident = { repo: `${repo.owner}/${repo.repo}`, number: state.number, title: state.title, url: state.url };
  const severityOf = (severity: Severity | null): Notification['severity'] =>
    severity === null ? null : { label: severity.label, name: severity.name, level: severity.level };
  const owed: Omit<Delivery, 'failedRuns'>[] = [];
  const add = (identity: string, target: Target, action: Delivery['action'], notification: Notification, what: string): void => {
    owed.push({ key: deliveryKey(`${identity}\u0000${target.sink.id}\u0000${target.dedupKey}`), sink: target.sink, action, dedupKey: target.dedupKey, notification, what });
  };
  const reached: Target[] = [];
  const triggered = new Map<string, Target>();
  // The first page to reach a chat sink or webhook decides the dedup key (and so the delivery keys)
  // of what follows there, so the pages are taken in the order they happened, whatever order they
  // come in: otherwise a later run could give an earlier status update a new key and send it again.
  for (const page of inTimeOrder(pages)) {
    const targets = pageTargets(page, state, set, incidentKey);
    if (targets === null) continue;
    const notification: Notification = { event: 'page', incident, severity: severityOf(targets.severity), headline: targets.headline, detail: targets.detail, by: null, at: page.at };
    const what = page.marker.kind === 'level-page' ? `page level ${page.marker.level}` : `page ${page.marker.severity}`;
    for (const target of targets.targets) {
      add(`page\u0000${markerKey(page.marker)}`, target, target.sink.type === 'pagerduty' ? 'trigger' : 'message', notification, what);
      if (target.sink.type === 'pagerduty') triggered.set(`${target.sink.id}\u0000${target.dedupKey}`, target);
      else if (!reached.some((known) => known.sink.id === target.sink.id)) reached.push(target);
    }
  }
  const severity = severityOf(state.severity);
  const follow = (event: 'acknowledge' | 'resolve', at: string, by: string, headline: string, detail: string | null): void => {
    const notification: Notification = { event, incident, severity, headline, detail, by, at };
    const what = `${event === 'acknowledge' ? 'acknowledge' : 'resolve'} ${clock(at)}`;
    for (const target of triggered.values()) add(`${event}\u0000${at}`, target, event, notification, what);
    for (const target of reached) add(`${event}\u0000${at}`, target, 'message', notification, what);
  };
  if (state.acknowledged !== null) follow('acknowledge', state.acknowledged.at, state.acknowledged.by, `Acknowledged by ${state.acknowledged.by}`, null);
  for (const update of state.updates) {
    const notification: Notification = { event: 'update', incident, severity, headline: `Status update by ${update.by}`, detail: update.text, by: update.by, at: update.at };
    for (const target of reached) add(`update\u0000${update.at}`, target, 'message', notification, `update ${clock(update.at)}`);
  }
  if (state.resolution !== null) follow('resolve', state.resolution.at, state.resolution.by, `Resolved by ${state.resolution.by}`, state.resolution.summary);
  // In the order things happened; the sort is stable, so deliveries of one moment keep the order they were added in.
  return owed.sort((a, b) => Date.parse(a.notification.at) - Date.parse(b.notification.at));
}

/** A delivery as the card lists it. */
interface Listed {
  key: string;
  sink: string;
  what: string;
}

function line(delivery: Listed, sent: ReadonlyMap<string, SentMark>, failed: ReadonlyMap<string, FailedMark>): DeliveryLine & { key: string } {
  const done = sent.get(delivery.key);
  const failing = failed.get(delivery.key);
  const base = { key: delivery.key, sink: delivery.sink, what: delivery.what };
  if (done !== undefined) return { ...base, status: 'sent', at: done.at, reason: null, runs: 0 };
  if (failing === undefined) return { ...base, status: 'pending', at: null, reason: null, runs: 0 };
  return { ...base, status: failing.runs >= MAX_DELIVERY_RUNS ? 'gave-up' : 'failing', at: null, reason: failing.reason, runs: failing.runs };
}

function cardDeliveries(owed: readonly Listed[], sent: SentMark[], failed: FailedMark[]): CardDeliveries {
  const sentByKey = new Map(sent.map((mark) => [mark.key, mark]));
  const failedByKey = new Map(failed.map((mark) => [mark.key, mark]));
  return { lines: owed.map((delivery) => line(delivery, sentByKey, failedByKey)), sent, failed };
}

/**
 * The deliveries still to send (not sent, not given up), each with how many runs failed it, and
 * what the card shows and records of all of them before this run sends any.
 */
export function planDeliveries(
  state: IncidentState,
  set: PlaybookSet,
  pages: readonly PageRef[],
  repo: RepoRef,
  recorded: { sent?: SentMark[]; failed?: FailedMark[] } | null,
): { deliveries: Delivery[]; card: CardDeliveries } {
  const owed = owedDeliveries(state, set, pages, repo);
  const sent = recorded?.sent ?? [];
  const failed = recorded?.failed ?? [];
  const sentKeys = new Set(sent.map((mark) => mark.key));
  const failedRuns = new Map(failed.map((mark) => [mark.key, mark.runs]));
  const deliveries = owed
    .filter((delivery) => !sentKeys.has(delivery.key) && (failedRuns.get(delivery.key) ?? 0) < MAX_DELIVERY_RUNS)
    .map((delivery) => ({ ...delivery, failedRuns: failedRuns.get(delivery.key) ?? 0 }));
  return { deliveries, card: cardDeliveries(owed.map((delivery) => ({ key: delivery.key, sink: delivery.sink.name, what: delivery.what })), sent, failed) };
}

/**
 * What the card shows and records once this run's deliveries ended as `outcomes` (by key): the
 * shell calls it before writing the card, so the card records exactly what went out.
 */
export function settleDeliveries(card: CardDeliveries, outcomes: ReadonlyMap<string, DeliveryOutcome>): CardDeliveries {
  const sent = [...card.sent];
  const failed = new Map(card.failed.map((mark) => [mark.key, mark]));
  for (const [key, outcome] of outcomes) {
    if (outcome.ok) {
      if (!sent.some((mark) => mark.key === key)) sent.push({ key, at: new Date(Math.floor(Date.parse(outcome.at) / 1000) * 1000).toISOString().replace('.000Z', 'Z') });
      failed.delete(key);
    } else {
      failed.set(key, { key, runs: (failed.get(key)?.runs ?? 0) + 1, reason: outcome.reason });
    }
  }
  return cardDeliveries(card.lines, sent, [...failed.values()]);
}
