/**
 * The alert payload parser, the dedup key, the label patterns and the mapping, on the documented
 * payloads (test/fixtures/alerts) and on hostile ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dedupKey, groupIdentity } from '../../src/alerts/dedup-key.js';
import { matchesPattern } from '../../src/alerts/label-pattern.js';
import { mapAlert } from '../../src/alerts/map-alert.js';
import { ALERT_LIMITS, parseAlertPayload } from '../../src/alerts/parse-alert-payload.js';
import type { AlertSettings, Scenario, Severity } from '../../src/config/model.js';

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'alerts', `${name}.json`), 'utf8')) as Record<string, unknown>;
}

function refused(payload: unknown): string {
  const parsed = parseAlertPayload(payload);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.error;
}

describe('parseAlertPayload', () => {
  it("reads Alertmanager's documented body (version 4)", () => {
    const parsed = parseAlertPayload({ alertmanager: fixture('alertmanager-webhook-v4') });
    expect(parsed.ok && parsed.notification).toMatchObject({
      source: 'alertmanager',
      status: 'firing',
      receiver: 'playbook-ops',
      groupLabels: { alertname: 'PaymentsApiDown' },
      externalURL: 'http://alertmanager.example.org:9093',
      truncatedAlerts: 0,
      alerts: [{ status: 'firing', labels: { severity: 'critical' }, annotations: { summary: 'payments-api is down' }, startsAt: '2026-11-27T02:55:00Z' }],
    });
  });

  it("reads Grafana's documented example body, ignoring the fields it does not use", () => {
    const parsed = parseAlertPayload({ grafana: fixture('grafana-webhook') });
    expect(parsed.ok && parsed.notification).toMatchObject({ source: 'grafana', status: 'firing', receiver: 'My Super Webhook', groupLabels: {}, commonLabels: { team: 'blue' } });
    expect(parsed.ok && parsed.notification.alerts).toHaveLength(2);
  });

  it('takes the numbers and booleans Alertmanager 0.32-0.33 make of label values as their text, and version 4 as a number', () => {
    const body = fixture('alertmanager-webhook-v4');
    body.version = 4;
    (body.alerts as { labels: Record<string, unknown> }[])[0]!.labels.code = 500;
    const parsed = parseAlertPayload({ alertmanager: body });
    expect(parsed.ok && parsed.notification.alerts[0]?.labels.code).toBe('500');
  });

  it('links only http and https URLs', () => {
    const body = fixture('alertmanager-webhook-v4');
    body.externalURL = 'javascript:alert(1)';
    const parsed = parseAlertPayload({ alertmanager: body });
    expect(parsed.ok && parsed.notification.externalURL).toBeNull();
  });

  it.each([
    ['not an object', 'hello', /^client_payload: expected an object with one key, alertmanager or grafana, got the text "hello"$/],
    ['an unknown sender', { prometheus: {} }, /expected exactly one key, alertmanager or grafana, holding the webhook body; got the keys "prometheus"/],
    ['no alerts', { alertmanager: { ...fixture('alertmanager-webhook-v4'), alerts: [] } }, /alerts: the list is empty/],
    ['a missing status', { grafana: { ...fixture('grafana-webhook'), status: undefined } }, /client_payload\.grafana\.status: expected "firing" or "resolved", got a value of type undefined/],
    ['a bad alert status', { alertmanager: { ...fixture('alertmanager-webhook-v4'), alerts: [{ status: 'pending', labels: {} }] } }, /alerts\[0\]\.status: expected "firing" or "resolved", got the text "pending"/],
    ['missing group labels', { alertmanager: { ...fixture('alertmanager-webhook-v4'), groupLabels: null } }, /groupLabels: expected an object of names to strings, got null/],
  ])('refuses %s, saying where and what', (_name, payload, message) => {
    expect(refused(payload)).toMatch(message);
  });

  it('refuses huge values, too many alerts and too many labels, with the limit', () => {
    const body = fixture('alertmanager-webhook-v4');
    const alert = (body.alerts as Record<string, unknown>[])[0]!;
    expect(refused({ alertmanager: { ...body, alerts: [{ ...alert, labels: { alertname: 'x'.repeat(ALERT_LIMITS.labelValueLength + 1) } }] } })).toMatch(/labels\.alertname: 4097 characters, more than the 4096 allowed/);
    expect(refused({ alertmanager: { ...body, alerts: Array.from({ length: ALERT_LIMITS.alerts + 1 }, () => alert) } })).toMatch(/1001 alerts, more than the 1000 allowed/);
    const many = Object.fromEntries(Array.from({ length: ALERT_LIMITS.labels + 1 }, (_, index) => [`l${index}`, 'v']));
    expect(refused({ alertmanager: { ...body, commonLabels: many } })).toMatch(/commonLabels: 101 entries, more than the 100 allowed/);
  });

  it('quotes hostile names escaped and cut, and never reaches Object.prototype', () => {
    const body = fixture('alertmanager-webhook-v4');
    const labels = JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown;
    const message = refused({ alertmanager: { ...body, groupLabels: labels } });
    expect(message).toMatch(/groupLabels\.__proto__: expected a string, got an object/);
    expect(refused({ alertmanager: { ...body, groupLabels: { 'a\u001b[31m\u202eb': [] } } })).toBe('client_payload.alertmanager.groupLabels["a\\u001b[31m\\u202eb"]: expected a string, got a list');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the dedup key', () => {
  it('is the same whatever order the labels come in, and differs for another group', () => {
    expect(dedupKey({ alertname: 'A', job: 'api' })).toBe(dedupKey({ job: 'api', alertname: 'A' }));
    expect(dedupKey({ alertname: 'A', job: 'api' })).not.toBe(dedupKey({ alertname: 'A', job: 'web' }));
    expect(dedupKey({ 'a=b': 'c' })).not.toBe(dedupKey({ a: 'b=c' }));
  });

  it("is made from Grafana's common labels only when its group labels are empty", () => {
    const notification = { groupLabels: {}, commonLabels: { team: 'blue' } };
    expect(groupIdentity({ ...notification, source: 'grafana' })).toEqual({ team: 'blue' });
    expect(groupIdentity({ ...notification, source: 'alertmanager' })).toEqual({});
    expect(groupIdentity({ groupLabels: { alertname: 'X' }, commonLabels: { team: 'blue' }, source: 'grafana' })).toEqual({ alertname: 'X' });
  });
});

describe('label patterns', () => {
  it.each([
    ['critical', 'critical', true],
    ['critical', 'Critical', false],
    ['*Down', 'PaymentsApiDown', true],
    ['*Down', 'DownStream', false],
    ['Pay*Down', 'PayDown', true],
    ['*Latency*', 'CheckoutLatencyHigh', true],
    ['a*b*c', 'acb', false],
    ['a*a', 'a', false],
    ['*', '', true],
  ])('%s against %s: %s', (pattern, value, expected) => {
    expect(matchesPattern(pattern, value)).toBe(expected);
  });
});

describe('mapAlert', () => {
  const severity = (level: number): Severity => ({ level, label: `sev-${level}`, name: `S${level}`, criteria: [], responseMinutes: 15, updateEveryMinutes: null, postmortem: { required: false, dueMinutesAfterResolution: null }, source: { file: 'x', line: 1, column: 1 } });
  const scenario = (id: string): Scenario => ({ id, name: id, description: null, owner: null, symptoms: [], steps: [], source: { file: 'x', line: 1, column: 1 } });
  const settings: AlertSettings = {
    defaultSeverity: severity(3),
    rules: [
      { match: { severity: 'warning' }, severity: severity(3), scenario: null },
      { match: { severity: 'critical' }, severity: severity(1), scenario: null },
      { match: { alertname: '*Down' }, severity: null, scenario: scenario('outage') },
      { match: { alertname: '*' }, severity: null, scenario: scenario('other') },
    ],
    resolve: false,
    reopenWithinMinutes: 60,
  };
  const alert = (labels: Record<string, string>, status: 'firing' | 'resolved' = 'firing') => ({ status, labels, annotations: {}, startsAt: null, generatorURL: null });

  it('takes the most severe severity of any firing alert, and the first scenario', () => {
    const mapped = mapAlert({ alerts: [alert({ alertname: 'ApiDown', severity: 'warning' }), alert({ alertname: 'DbDown', severity: 'critical' })] }, settings);
    expect(mapped.severity.label).toBe('sev-1');
    expect(mapped.scenario?.id).toBe('outage');
  });

  it('ignores resolved alerts while any fires, and falls back to the default severity', () => {
    const mapped = mapAlert({ alerts: [alert({ alertname: 'Slow', severity: 'critical' }, 'resolved'), alert({ alertname: 'Slow' })] }, settings);
    expect(mapped.severity.label).toBe('sev-3');
    expect(mapped.scenario?.id).toBe('other');
  });

  it('needs every label of a rule', () => {
    const strict: AlertSettings = { ...settings, rules: [{ match: { severity: 'critical', team: 'pay' }, severity: severity(1), scenario: null }] };
    expect(mapAlert({ alerts: [alert({ severity: 'critical' })] }, strict).severity.label).toBe('sev-3');
    expect(mapAlert({ alerts: [alert({ severity: 'critical', team: 'pay' })] }, strict).severity.label).toBe('sev-1');
  });
});
