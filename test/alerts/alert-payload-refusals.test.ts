/**
 * What an alert dispatch's payload is refused for, with the message the run shows (the field, what
 * it should be, what it is), and what a minimal body of each sender reads as.
 */
import { describe, expect, it } from 'vitest';
import { ALERT_LIMITS, parseAlertPayload } from '../../src/alerts/parse-alert-payload.js';

const alert = { status: 'firing', labels: { alertname: 'ApiDown' } };
const am = { version: '4', status: 'firing', receiver: 'ops', groupLabels: {}, commonLabels: {}, commonAnnotations: {}, externalURL: 'https://am.example.org', alerts: [alert] };
const grafana = { status: 'firing', groupLabels: {}, commonLabels: {}, alerts: [alert] };

function refused(payload: unknown): string {
  const parsed = parseAlertPayload(payload);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.error;
}

function read(payload: unknown) {
  const parsed = parseAlertPayload(payload);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.notification;
}

describe('an alert payload', () => {
  it('reads a minimal Grafana body: no version, receiver, annotations, link or truncation needed', () => {
    const read1 = read({ grafana });
    expect(read1).toEqual({
      source: 'grafana',
      status: 'firing',
      receiver: '',
      groupLabels: {},
      commonLabels: {},
      commonAnnotations: {},
      externalURL: null,
      alerts: [{ status: 'firing', labels: { alertname: 'ApiDown' }, annotations: {}, startsAt: null, generatorURL: null }],
      truncatedAlerts: 0,
    });
    expect(Object.getPrototypeOf(read1.commonAnnotations)).toBeNull();
    expect(Object.getPrototypeOf(read1.alerts[0]!.annotations)).toBeNull();
  });

  it('reads what each alert says: its start, its http(s) link, its annotations; and how many the sender left out', () => {
    const body = { ...am, truncatedAlerts: 3, alerts: [{ ...alert, startsAt: '2026-11-27T03:00:00Z', generatorURL: 'HTTPS://prom.example.org/graph', annotations: { summary: 's' } }, { ...alert, generatorURL: 'https://a b' }, { ...alert, generatorURL: '/relative' }] };
    const sent = read({ alertmanager: body });
    expect(sent.truncatedAlerts).toBe(3);
    expect(sent.alerts.map((item) => [item.startsAt, item.generatorURL, item.annotations.summary])).toEqual([
      ['2026-11-27T03:00:00Z', 'HTTPS://prom.example.org/graph', 's'],
      [null, null, undefined],
      [null, null, undefined],
    ]);
    expect(read({ alertmanager: { ...am, externalURL: 'http://am' } }).externalURL).toBe('http://am');
    expect(read({ alertmanager: { ...am, externalURL: 'xhttp://am' } }).externalURL).toBeNull();
    expect(read({ alertmanager: { ...am, truncatedAlerts: null } }).truncatedAlerts).toBe(0);
    expect(read({ alertmanager: { ...am, truncatedAlerts: 0 } }).truncatedAlerts).toBe(0);
    expect(read({ grafana: { ...grafana, version: 1 } }).source).toBe('grafana');
    expect(read({ alertmanager: { ...am, commonLabels: { ok: true, n: 0 } } }).commonLabels).toEqual({ ok: 'true', n: '0' });
  });

  it.each([
    ['a list', [], 'client_payload: expected an object with one key, alertmanager or grafana, got a list'],
    ['null', null, 'client_payload: expected an object with one key, alertmanager or grafana, got null'],
    ['no key', {}, 'client_payload: expected exactly one key, alertmanager or grafana, holding the webhook body; got no keys'],
    ['two senders', { alertmanager: am, grafana }, 'client_payload: expected exactly one key, alertmanager or grafana, holding the webhook body; got the keys "alertmanager", "grafana"'],
    ['a Grafana body that is a list', { grafana: [] }, 'client_payload.grafana: expected the Grafana webhook body (an object), got a list'],
    ['an Alertmanager body that is text', { alertmanager: 'x' }, 'client_payload.alertmanager: expected the Alertmanager webhook body (an object), got the text "x"'],
    ['another Alertmanager version', { alertmanager: { ...am, version: '3' } }, 'client_payload.alertmanager.version: expected "4" (the Alertmanager webhook body version 4), got the text "3"'],
    ['an Alertmanager body without version', { alertmanager: { ...am, version: undefined } }, 'client_payload.alertmanager.version: expected "4" (the Alertmanager webhook body version 4), got a value of type undefined'],
    ['another Grafana version', { grafana: { ...grafana, version: 4 } }, 'client_payload.grafana.version: expected "1" (the Grafana webhook body version 1), got the number 4'],
    ['alerts that are no list', { grafana: { ...grafana, alerts: { 0: alert } } }, 'client_payload.grafana.alerts: expected a list of alerts, got an object'],
    ['an alert that is no object', { grafana: { ...grafana, alerts: [true] } }, 'client_payload.grafana.alerts[0]: expected an alert object, got the boolean true'],
    ['an Alertmanager body without receiver', { alertmanager: { ...am, receiver: undefined } }, 'client_payload.alertmanager.receiver: expected a string, got a value of type undefined'],
    ['an Alertmanager body without common annotations', { alertmanager: { ...am, commonAnnotations: undefined } }, 'client_payload.alertmanager.commonAnnotations: expected an object of names to strings, got a value of type undefined'],
    ['an Alertmanager body without link', { alertmanager: { ...am, externalURL: undefined } }, 'client_payload.alertmanager.externalURL: expected a string, got a value of type undefined'],
    ['a label value that is null', { grafana: { ...grafana, alerts: [{ ...alert, labels: { team: null } }] } }, 'client_payload.grafana.alerts[0].labels.team: expected a string, got null'],
    ['an empty label name', { grafana: { ...grafana, commonLabels: { '': 'x' } } }, 'client_payload.grafana.commonLabels[""]: a name must have 1 to 256 characters'],
    ['a start that is a number', { grafana: { ...grafana, alerts: [{ ...alert, startsAt: 5 }] } }, 'client_payload.grafana.alerts[0].startsAt: expected a string, got the number 5'],
    ['a negative truncation', { grafana: { ...grafana, truncatedAlerts: -1 } }, 'client_payload.grafana.truncatedAlerts: expected a whole number of alerts, got the number -1'],
    ['a fractional truncation', { grafana: { ...grafana, truncatedAlerts: 1.5 } }, 'client_payload.grafana.truncatedAlerts: expected a whole number of alerts, got the number 1.5'],
    ['a truncation given as text', { grafana: { ...grafana, truncatedAlerts: '2' } }, 'client_payload.grafana.truncatedAlerts: expected a whole number of alerts, got the text "2"'],
    ['a receiver of a type JSON does not have', { grafana: { ...grafana, receiver: 10n } }, 'client_payload.grafana.receiver: expected a string, got a value of type bigint'],
  ])('refuses %s, saying where and what', (_name, payload, message) => {
    expect(refused(payload)).toBe(message);
  });

  it('quotes a long text or key cut to 40 characters, and names at most ten unknown keys', () => {
    expect(refused({ grafana: { ...grafana, status: 'y'.repeat(50) } })).toBe(`client_payload.grafana.status: expected "firing" or "resolved", got the text "${'y'.repeat(39)}…"`);
    expect(refused({ grafana: { ...grafana, commonLabels: { ['k'.repeat(65)]: [] } } })).toBe(`client_payload.grafana.commonLabels["${'k'.repeat(39)}…"]: expected a string, got a list`);
    expect(refused({ grafana: { ...grafana, commonLabels: { ['k'.repeat(64)]: [] } } })).toBe(`client_payload.grafana.commonLabels.${'k'.repeat(64)}: expected a string, got a list`);
    expect(refused({ grafana: { ...grafana, commonLabels: { '1st': [] } } })).toBe('client_payload.grafana.commonLabels["1st"]: expected a string, got a list');
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`k${index}\n`, 1]));
    expect(refused(many)).toBe(`client_payload: expected exactly one key, alertmanager or grafana, holding the webhook body; got the keys ${Array.from({ length: 10 }, (_, index) => `"k${index}\\n"`).join(', ')}`);
  });

  it('holds every text to its limit, and allows exactly the limit', () => {
    const name = 'n'.repeat(ALERT_LIMITS.nameLength);
    expect(read({ grafana: { ...grafana, commonLabels: { [name]: 'v' } } }).commonLabels[name]).toBe('v');
    expect(refused({ grafana: { ...grafana, commonLabels: { [`${name}n`]: 'v' } } })).toMatch(/: a name must have 1 to 256 characters$/u);
    expect(read({ grafana: { ...grafana, receiver: 'r'.repeat(ALERT_LIMITS.textLength) } }).receiver).toHaveLength(2048);
    expect(refused({ grafana: { ...grafana, receiver: 'r'.repeat(ALERT_LIMITS.textLength + 1) } })).toBe('client_payload.grafana.receiver: 2049 characters, more than the 2048 allowed');
    const annotation = 'a'.repeat(ALERT_LIMITS.annotationLength);
    expect(read({ grafana: { ...grafana, commonAnnotations: { summary: annotation } } }).commonAnnotations.summary).toBe(annotation);
    expect(refused({ grafana: { ...grafana, alerts: [{ ...alert, annotations: { summary: `${annotation}a` } }] } })).toBe('client_payload.grafana.alerts[0].annotations.summary: 16385 characters, more than the 16384 allowed');
    const labels = Object.fromEntries(Array.from({ length: ALERT_LIMITS.labels }, (_, index) => [`l${index}`, 'v']));
    expect(Object.keys(read({ grafana: { ...grafana, groupLabels: labels } }).groupLabels)).toHaveLength(100);
    expect(read({ grafana: { ...grafana, alerts: Array.from({ length: ALERT_LIMITS.alerts }, () => alert) } }).alerts).toHaveLength(1000);
    expect(refused({ grafana: { ...grafana, alerts: Array.from({ length: ALERT_LIMITS.alerts + 1 }, () => alert) } })).toBe('client_payload.grafana.alerts: 1001 alerts, more than the 1000 allowed (set max_alerts / Max Alerts lower)');
  });

  it('lets an unexpected failure through rather than calling it a refusal', () => {
    const hostile = { get grafana(): unknown { throw new TypeError('boom'); } };
    expect(() => parseAlertPayload(hostile)).toThrow('boom');
  });
});
