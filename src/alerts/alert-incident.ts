/**
 * The issue an alert group opens: a title, and a body that is the incident form as GitHub writes it
 * (so the engine reads severity, scenario, services, summary and start time as from any declaration),
 * under a hidden first line recording the group's key and the run that opened it. Every value from
 * the alert is escaped: the body must not mention anyone, fake a marker or add a form heading. Pure.
 */
import type { PlaybookSet } from '../config/model.js';
import { formatAlertIncidentLine } from '../engine/records.js';
import { OTHER_SCENARIO } from '../markdown/form-fields.js';
import { scenarioOptions, severityOption } from '../markdown/form-options.js';
import { formSubmission } from '../markdown/form-submission.js';
import { codeBlock, escapeMarkdownInline } from '../render/escape.js';
import { truncateBody } from '../render/truncate.js';
import { alertLines } from './alert-lines.js';
import type { AlertNotification, Labels } from './alert-notification.js';
import type { AlertMapping } from './map-alert.js';

/** GitHub's longest issue title, in characters. */
const MAX_TITLE = 256;
/** How many services the form's services answer names. */
const MAX_SERVICES = 10;

/** The issue to create for a new alert group. */
export interface AlertIncidentDraft {
  title: string;
  body: string;
  labels: string[];
}

/** The sender's name as people write it. */
export function sourceName(source: AlertNotification['source']): 'Alertmanager' | 'Grafana' {
  return source === 'alertmanager' ? 'Alertmanager' : 'Grafana';
}

function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters have no place in a title
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, ' ').replace(/\s+/gu, ' ').trim();
}

function pairs(labels: Labels, except: string[] = []): string {
  return Object.keys(labels)
    .filter((name) => !except.includes(name))
    .sort()
    .map((name) => `${name}=${labels[name] ?? ''}`)
    .join(', ');
}

/** `[Alert] HighLatency (service=checkout)`: the alert name and the rest of the group's labels. */
function title(notification: AlertNotification, group: Labels): string {
  const name = group.alertname ?? notification.commonLabels.alertname ?? null;
  const rest = pairs(group, ['alertname']);
  const what = name === null ? rest || notification.receiver || 'alert group' : rest === '' ? name : `${name} (${rest})`;
  const full = oneLine(`[Alert] ${what}`);
  const points = Array.from(full);
  return points.length <= MAX_TITLE ? full : `${points.slice(0, MAX_TITLE - 1).join('')}…`;
}

/** The distinct `service` labels of the alerts, in order. */
function services(notification: AlertNotification): string {
  const named = notification.alerts.flatMap((alert) => (alert.labels.service === undefined ? [] : [oneLine(alert.labels.service)]));
  return [...new Set(named.filter((service) => service !== ''))]
    .slice(0, MAX_SERVICES)
    .map((service) => escapeMarkdownInline(service.replace(/[,;]/gu, ' ')))
    .join(', ');
}

/** The earliest start of a firing alert, as the form's start time is written (`2026-11-27 03:12 UTC`). */
function started(notification: AlertNotification): string {
  const times = notification.alerts
    .filter((alert) => alert.status === 'firing' && alert.startsAt !== null)
    .map((alert) => Date.parse(alert.startsAt ?? ''))
    .filter((time) => Number.isFinite(time) && time > 0);
  if (times.length === 0) return '';
  return `${new Date(Math.min(...times)).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * The form's summary: a sentence of ours, the group's common summary, and the alerts as a fenced
 * code block. Inside a fence nothing from the alert can mention, link or format, and the card, which
 * escapes the summary again as untrusted text, keeps a fence as it is, so both read the same.
 */
function summary(notification: AlertNotification, group: Labels): string {
  const from = `Opened from ${sourceName(notification.source)}${notification.receiver === '' ? '' : ` (receiver ${escapeMarkdownInline(notification.receiver)})`}.`;
  const groupLine = Object.keys(group).length === 0 ? 'Alert group: every alert of the receiver.' : `Alert group: ${escapeMarkdownInline(pairs(group))}.`;
  const common = notification.commonAnnotations.summary ?? notification.commonAnnotations.description;
  const { alerts, more } = alertLines(notification);
  const lines = alerts.flatMap((alert) => [
    `[${alert.status}] ${[alert.name ?? 'alert', ...alert.labels].join(' ')}`,
    ...(alert.summary === null ? [] : [`  ${oneLine(alert.summary)}`]),
    ...(alert.url === null ? [] : [`  ${alert.url}`]),
  ]);
  return [
    `${from} ${groupLine}`,
    ...(common === undefined ? [] : [escapeMarkdownInline(common)]),
    codeBlock([...lines, ...(more > 0 ? [`... and ${more} more`] : [])].join('\n'), 'text'),
    ...(notification.externalURL === null ? [] : [`Source: ${escapeMarkdownInline(notification.externalURL)}`]),
  ].join('\n\n');
}

/** The issue that opens an incident for `notification`, whose group has `key`, in workflow run `run`. */
export function alertIncident(notification: AlertNotification, group: Labels, mapping: AlertMapping, record: { key: string; run: number }, set: PlaybookSet): AlertIncidentDraft {
  const scenario = mapping.scenario === null ? OTHER_SCENARIO : (scenarioOptions(set).find((option) => option.scenario.id === mapping.scenario?.id)?.option ?? OTHER_SCENARIO);
  const form = formSubmission({
    severity: severityOption(mapping.severity),
    scenario,
    services: services(notification),
    summary: summary(notification, group),
    started: started(notification),
  });
  return { title: title(notification, group), body: truncateBody(`${formatAlertIncidentLine(record)}\n\n${form}\n`), labels: [set.incidentLabel] };
}
