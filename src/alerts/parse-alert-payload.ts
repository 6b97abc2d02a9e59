/**
 * The `client_payload` of a `repository_dispatch` of type `alert`, checked strictly: one key naming
 * the sender (`alertmanager` or `grafana`), holding that sender's webhook body. Anyone holding a token
 * that may dispatch can send anything, so every field the run uses is checked for its type and size,
 * and a body that is not what the sender documents is refused with a message saying where and what
 * is wrong. Fields the run does not use (Grafana's `values`, `silenceURL`, ...) are ignored. Pure.
 *
 * Alertmanager 0.32 and 0.33 read each value of a custom payload as YAML after templating, so a
 * label value such as `500` or `true` arrives as a number or a boolean: those are taken as the text
 * they were. Objects, lists and null where a string belongs are refused.
 */
import { cutCodePoints, escapeControls } from '../config/printable.js';
import type { AlertSource, AlertStatus } from '../engine/records.js';
import type { AlertItem, AlertNotification, Labels } from './alert-notification.js';

/** The outcome of {@link parseAlertPayload}. */
export type ParsedAlert = { ok: true; notification: AlertNotification } | { ok: false; error: string };

/** Bounds no real notification comes near (GitHub caps the whole payload at 64 KB). */
export const ALERT_LIMITS = {
  alerts: 1000,
  labels: 100,
  nameLength: 256,
  labelValueLength: 4096,
  annotationLength: 16_384,
  textLength: 2048,
} as const;

/** What the Alertmanager and Grafana bodies call their version. */
const VERSIONS: Record<AlertSource, string> = { alertmanager: '4', grafana: '1' };

class PayloadError extends Error {}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a message names it: its type, and a short, printable quote of a string. */
function shown(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${escapeControls(JSON.stringify(cutCodePoints(value, 40)))}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${String(value)}`;
  return typeof value === 'object' ? 'an object' : `a value of type ${typeof value}`;
}

/** A key as a path names it: plain when it is a plain word, quoted (and cut) otherwise. */
function key(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]{0,63}$/u.test(name) ? `.${name}` : `[${escapeControls(JSON.stringify(cutCodePoints(name, 40)))}]`;
}

function fail(path: string, expected: string, value: unknown): never {
  throw new PayloadError(`${path}: expected ${expected}, got ${shown(value)}`);
}

function text(value: unknown, path: string, max: number = ALERT_LIMITS.textLength): string {
  if (typeof value !== 'string') fail(path, 'a string', value);
  if (value.length > max) throw new PayloadError(`${path}: ${value.length} characters, more than the ${max} allowed`);
  return value;
}

function optionalText(value: unknown, path: string): string | null {
  return value === undefined ? null : text(value, path);
}

/** An http(s) URL to link to, or null: anything else (`javascript:`, relative paths, empty) is not linked. */
function link(value: unknown, path: string): string | null {
  const written = optionalText(value, path);
  return written !== null && /^https?:\/\/[^\s]+$/iu.test(written) ? written : null;
}

function status(value: unknown, path: string): AlertStatus {
  if (value !== 'firing' && value !== 'resolved') fail(path, '"firing" or "resolved"', value);
  return value;
}

function noLabels(): Labels {
  return Object.create(null) as Labels;
}

/** A map of names to values, checked and copied into a null-prototype record. */
function labels(value: unknown, path: string, maxValue: number): Labels {
  if (!isObject(value)) fail(path, 'an object of names to strings', value);
  const entries = Object.entries(value);
  if (entries.length > ALERT_LIMITS.labels) throw new PayloadError(`${path}: ${entries.length} entries, more than the ${ALERT_LIMITS.labels} allowed`);
  const result = Object.create(null) as Record<string, string>;
  for (const [name, raw] of entries) {
    const where = `${path}${key(name)}`;
    if (name === '' || name.length > ALERT_LIMITS.nameLength) throw new PayloadError(`${where}: a name must have 1 to ${ALERT_LIMITS.nameLength} characters`);
    const written = typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : raw;
    result[name] = text(written, where, maxValue);
  }
  return result;
}

function alertItem(value: unknown, path: string): AlertItem {
  if (!isObject(value)) fail(path, 'an alert object', value);
  return {
    status: status(value.status, `${path}.status`),
    labels: labels(value.labels, `${path}.labels`, ALERT_LIMITS.labelValueLength),
    annotations: value.annotations === undefined ? noLabels() : labels(value.annotations, `${path}.annotations`, ALERT_LIMITS.annotationLength),
    startsAt: optionalText(value.startsAt, `${path}.startsAt`),
    generatorURL: link(value.generatorURL, `${path}.generatorURL`),
  };
}

function truncated(value: unknown, path: string): number {
  if (value === undefined || value === null) return 0;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) fail(path, 'a whole number of alerts', value);
  return value;
}

function version(source: AlertSource, value: unknown, path: string): void {
  const wanted = VERSIONS[source];
  // Alertmanager 0.32-0.33 turn the text "4" of a custom payload into the number 4 (see above).
  if (value === wanted || value === Number(wanted)) return;
  if (source === 'grafana' && value === undefined) return;
  fail(path, `"${wanted}" (the ${source === 'alertmanager' ? 'Alertmanager webhook body version 4' : 'Grafana webhook body version 1'})`, value);
}

function notification(source: AlertSource, body: unknown): AlertNotification {
  const path = `client_payload.${source}`;
  if (!isObject(body)) fail(path, `the ${source === 'alertmanager' ? 'Alertmanager' : 'Grafana'} webhook body (an object)`, body);
  version(source, body.version, `${path}.version`);
  if (!Array.isArray(body.alerts)) fail(`${path}.alerts`, 'a list of alerts', body.alerts);
  if (body.alerts.length === 0) throw new PayloadError(`${path}.alerts: the list is empty; a notification has at least one alert`);
  if (body.alerts.length > ALERT_LIMITS.alerts) throw new PayloadError(`${path}.alerts: ${body.alerts.length} alerts, more than the ${ALERT_LIMITS.alerts} allowed (set max_alerts / Max Alerts lower)`);
  const receiver = source === 'grafana' && body.receiver === undefined ? '' : text(body.receiver, `${path}.receiver`);
  return {
    source,
    status: status(body.status, `${path}.status`),
    receiver,
    groupLabels: labels(body.groupLabels, `${path}.groupLabels`, ALERT_LIMITS.labelValueLength),
    commonLabels: labels(body.commonLabels, `${path}.commonLabels`, ALERT_LIMITS.labelValueLength),
    commonAnnotations: body.commonAnnotations === undefined && source === 'grafana' ? noLabels() : labels(body.commonAnnotations, `${path}.commonAnnotations`, ALERT_LIMITS.annotationLength),
    externalURL: source === 'grafana' && body.externalURL === undefined ? null : link(text(body.externalURL, `${path}.externalURL`), `${path}.externalURL`),
    alerts: body.alerts.map((alert, index) => alertItem(alert, `${path}.alerts[${index}]`)),
    truncatedAlerts: truncated(body.truncatedAlerts, `${path}.truncatedAlerts`),
  };
}

/**
 * The notification in a dispatch's `client_payload`, or why it is refused (one sentence naming the
 * field, what it should be and what it is). Never throws.
 */
export function parseAlertPayload(clientPayload: unknown): ParsedAlert {
  try {
    if (!isObject(clientPayload)) fail('client_payload', 'an object with one key, alertmanager or grafana', clientPayload);
    const keys = Object.keys(clientPayload);
    const source = keys.length === 1 && (keys[0] === 'alertmanager' || keys[0] === 'grafana') ? keys[0] : null;
    if (source === null) {
      const named = keys.length === 0 ? 'no keys' : `the keys ${keys.slice(0, 10).map((name) => escapeControls(JSON.stringify(cutCodePoints(name, 40)))).join(', ')}`;
      throw new PayloadError(`client_payload: expected exactly one key, alertmanager or grafana, holding the webhook body; got ${named}`);
    }
    return { ok: true, notification: notification(source, clientPayload[source]) };
  } catch (error) {
    if (error instanceof PayloadError) return { ok: false, error: error.message };
    throw error;
  }
}
