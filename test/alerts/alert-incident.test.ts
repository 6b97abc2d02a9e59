/**
 * The issue an alert group opens: its title, and a body that is the incident form (severity,
 * scenario, services, summary, start time) under the hidden record of the group's key and run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { alertIncident, sourceName } from '../../src/alerts/alert-incident.js';
import type { AlertNotification, Labels } from '../../src/alerts/alert-notification.js';
import { mapAlert } from '../../src/alerts/map-alert.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { alert, defaultSet, notification } from './alert-world.js';

let set: PlaybookSet;
beforeAll(async () => {
  set = await defaultSet();
});

const record = { key: '0123456789abcdef', run: 7 };

function draft(sent: AlertNotification, group: Labels = sent.groupLabels) {
  return alertIncident(sent, group, mapAlert(sent, set.alerts!), record, set);
}

/** The answer under a form heading of `body`. */
function answer(body: string, heading: string): string {
  const start = body.indexOf(`### ${heading}\n\n`);
  if (start === -1) throw new Error(`no ${heading} in ${body}`);
  const rest = body.slice(start + heading.length + 6);
  const end = rest.indexOf('\n\n### ');
  return (end === -1 ? rest : rest.slice(0, end)).replace(/\n$/u, '');
}

describe('the incident an alert group opens', () => {
  it('is the incident form, firing alerts first, under the record of the group key and the run', () => {
    const group = { alertname: 'ApiDown', service: 'checkout' };
    const sent = notification(
      [
        alert({ alertname: 'ApiDown', service: 'old' }, { status: 'resolved', startsAt: '2026-11-27T01:00:00Z' }),
        alert({ alertname: 'ApiDown', service: 'checkout', severity: 'critical' }, { annotations: { summary: 'down\nhard' }, startsAt: '2026-11-27T03:12:40Z', generatorURL: 'https://prom.example.org/x' }),
        alert({ service: 'pay,ments' }, { annotations: { description: 'desc' }, startsAt: '2026-11-27T02:59:00Z' }),
      ],
      { groupLabels: group, commonLabels: { alertname: 'ApiDown' }, commonAnnotations: { summary: 'API *down*' }, externalURL: 'https://am.example.org', truncatedAlerts: 2 },
    );
    expect(draft(sent)).toEqual({
      title: '[Alert] ApiDown (service=checkout)',
      labels: [set.incidentLabel],
      body: [
        '<!-- playbook-ops:alert-incident key=0123456789abcdef,run=7 -->',
        '',
        '### Severity',
        '',
        'SEV-1 (Critical): Platform-wide outage, Security breach or data compromise, Financial transaction failures',
        '',
        '### Scenario',
        '',
        'Service Outage',
        '',
        '### Affected services',
        '',
        'old, checkout, pay ments',
        '',
        '### Summary',
        '',
        'Opened from Alertmanager (receiver ops). Alert group: alertname=ApiDown, service=checkout.',
        '',
        'API \\*down\\*',
        '',
        '```text',
        '[firing] ApiDown service=checkout severity=critical',
        '  down hard',
        '  https://prom.example.org/x',
        '[firing] alert service=pay,ments',
        '  desc',
        '[resolved] ApiDown service=old',
        '... and 2 more',
        '```',
        '',
        'Source: https://am.example.org',
        '',
        '### Start time',
        '',
        '2026-11-27 02:59 UTC',
        '',
      ].join('\n'),
    });
  });

  it('names a group without a receiver or common summary plainly, and leaves the start time unanswered when nothing fires with a valid start', () => {
    const sent = notification([alert({ team: 'blue' }, { status: 'resolved', startsAt: '2026-11-27T01:00:00Z' }), alert({ team: 'blue' }, { startsAt: '0001-01-01T00:00:00Z' }), alert({ team: 'blue' }, { startsAt: 'soon' })], {
      source: 'grafana',
      receiver: '',
    });
    const { title, body } = draft(sent, {});
    expect(title).toBe('[Alert] alert group');
    expect(answer(body, 'Summary')).toBe(['Opened from Grafana. Alert group: every alert of the receiver.', '', '```text', '[firing] alert team=blue', '[firing] alert team=blue', '[resolved] alert team=blue', '```'].join('\n'));
    expect(answer(body, 'Start time')).toBe('_No response_');
    expect(answer(body, 'Affected services')).toBe('_No response_');
    expect(answer(body, 'Severity')).toMatch(/^SEV-3 /u);
    expect(answer(body, 'Scenario')).toBe('Other / not sure');
  });

  it("titles a group without an alert name by its labels, else by the receiver, else by the common alert name", () => {
    expect(draft(notification([alert({})]), { job: 'api', env: 'prod' }).title).toBe('[Alert] env=prod, job=api');
    expect(draft(notification([alert({})], { receiver: 'team-pay' }), {}).title).toBe('[Alert] team-pay');
    expect(draft(notification([alert({})], { commonLabels: { alertname: 'DiskFull' } }), {}).title).toBe('[Alert] DiskFull');
    expect(draft(notification([alert({})], { commonLabels: { alertname: 'DiskFull' } }), { job: 'api' }).title).toBe('[Alert] DiskFull (job=api)');
  });

  it('keeps the title on one line, without control or bidi characters, and within GitHub’s 256 characters', () => {
    expect(draft(notification([alert({})]), { alertname: 'Api\n\u202eDown\u0007 \t now' }).title).toBe('[Alert] Api Down now');
    const long = draft(notification([alert({})]), { alertname: '😀'.repeat(300) }).title;
    expect(Array.from(long)).toHaveLength(256);
    expect(long).toBe(`[Alert] ${'😀'.repeat(247)}…`);
    const exact = draft(notification([alert({})]), { alertname: 'x'.repeat(248) }).title;
    expect(exact).toBe(`[Alert] ${'x'.repeat(248)}`);
  });

  it('names at most ten distinct, non-blank services, escaped, on one line', () => {
    const alerts = [...Array.from({ length: 12 }, (_, index) => alert({ service: `svc${index % 11}` })), alert({ service: ' \n ' }), alert({ service: 'a;b' })];
    expect(answer(draft(notification(alerts), {}).body, 'Affected services')).toBe('svc0, svc1, svc2, svc3, svc4, svc5, svc6, svc7, svc8, svc9');
    expect(answer(draft(notification([alert({ service: '' }), alert({ service: 'a;b\n_c_' }), alert({})]), {}).body, 'Affected services')).toBe('a b \\_c\\_');
  });

  it('falls back to the common description, escapes the receiver and the group, and takes the earliest firing start', () => {
    const sent = notification([alert({ a: '1' }, { startsAt: '2026-11-27T05:00:00Z' }), alert({ a: '2' }, { startsAt: '2026-11-27T04:30:59Z' })], {
      receiver: '@team',
      commonAnnotations: { description: 'see <b>' },
    });
    const body = draft(sent, { who: '*x*' }).body;
    expect(answer(body, 'Summary').split('\n\n').slice(0, 2)).toEqual(['Opened from Alertmanager (receiver @\u200Bteam). Alert group: who=\\*x\\*.', 'see &lt;b&gt;']);
    expect(answer(body, 'Start time')).toBe('2026-11-27 04:30 UTC');
  });

  it('picks the form option of the mapped scenario, and Other when the set has no such scenario', () => {
    const sent = notification([alert({ alertname: 'CheckoutLatencyHigh' })]);
    const mapping = mapAlert(sent, set.alerts!);
    expect(answer(alertIncident(sent, {}, mapping, record, set).body, 'Scenario')).toBe('Performance Degradation');
    const stranger = { ...mapping, scenario: { ...mapping.scenario!, id: 'not-in-the-set' } };
    expect(answer(alertIncident(sent, {}, stranger, record, set).body, 'Scenario')).toBe('Other / not sure');
  });

  it('names the sender as people write it', () => {
    expect(sourceName('alertmanager')).toBe('Alertmanager');
    expect(sourceName('grafana')).toBe('Grafana');
  });
});
