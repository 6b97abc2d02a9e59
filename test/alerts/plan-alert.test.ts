/**
 * Which incident an alert notification opens, notes on, resolves or reopens, given the incidents
 * the bot already opened for alert groups, and when it does nothing (and why).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AlertNotification } from '../../src/alerts/alert-notification.js';
import { dedupKey } from '../../src/alerts/dedup-key.js';
import { type AlertIncident, planAlert } from '../../src/alerts/plan-alert.js';
import type { PlaybookSet } from '../../src/config/model.js';
import { alert, defaultSet, notification } from './alert-world.js';

let set: PlaybookSet;
beforeAll(async () => {
  set = await defaultSet();
});

const NOW = new Date('2026-11-27T12:00:00Z');
const group = { alertname: 'ApiDown' };
const key = dedupKey(group);
const firing = notification([alert({ alertname: 'ApiDown', service: 'api' }, { annotations: { summary: 'down' } })], { groupLabels: group, externalURL: 'https://am.example.org' });
const resolved: AlertNotification = { ...firing, status: 'resolved', alerts: [alert({ alertname: 'ApiDown', service: 'api' }, { status: 'resolved' })] };

function incident(number: number, state: 'open' | 'closed', closedAt: string | null = null, run = 1, incidentKey = key): AlertIncident {
  return { number, state, closedAt, record: { key: incidentKey, run } };
}

/** The reopen window of the default set is one hour. */
const withinTheHour = '2026-11-27T11:00:00.000Z';
const beforeTheHour = '2026-11-27T10:59:59.999Z';

describe('what an alert notification does', () => {
  it('opens an incident for a new group, keyed by the group and recording the run', () => {
    const plan = planAlert(firing, [incident(3, 'open', null, 1, '0000000000000000')], set, 42, NOW);
    expect(plan).toMatchObject({ kind: 'open', key, draft: { title: '[Alert] ApiDown', labels: [set.incidentLabel] } });
    expect(plan.kind === 'open' && plan.draft.body.split('\n')[0]).toBe(`<!-- playbook-ops:alert-incident key=${key},run=42 -->`);
  });

  it('notes a repeat on the open incident of the group, the lowest-numbered when there are several', () => {
    expect(planAlert(firing, [incident(9, 'open'), incident(4, 'open'), incident(7, 'open'), incident(5, 'closed', withinTheHour)], set, 42, NOW)).toEqual({
      kind: 'note',
      key,
      incident: 4,
      message: {
        source: 'Alertmanager',
        status: 'firing',
        outcome: 'noted',
        alerts: [{ status: 'firing', name: 'ApiDown', labels: ['service=api'], summary: 'down', url: null }],
        more: 0,
        link: 'https://am.example.org',
      },
    });
  });

  it('notes a resolution on the open incident; it resolves it only when the playbooks say alerts resolve', () => {
    expect(planAlert(resolved, [incident(4, 'open')], set, 42, NOW)).toMatchObject({ kind: 'note', incident: 4, message: { status: 'resolved', outcome: 'noted' } });
    const resolving = { ...set, alerts: { ...set.alerts!, resolve: true } };
    expect(planAlert(resolved, [incident(4, 'open')], resolving, 42, NOW)).toMatchObject({ kind: 'note', incident: 4, message: { outcome: 'resolves' } });
    expect(planAlert(firing, [incident(4, 'open')], resolving, 42, NOW)).toMatchObject({ kind: 'note', message: { outcome: 'noted' } });
  });

  it('reopens the most recently resolved incident of the group when it fires again within the window', () => {
    const found = [incident(2, 'closed', '2026-11-27T11:10:00Z'), incident(6, 'closed', '2026-11-27T11:50:00Z'), incident(4, 'closed', withinTheHour)];
    expect(planAlert(firing, found, set, 42, NOW)).toMatchObject({ kind: 'note', incident: 6, message: { outcome: 'reopens' } });
    expect(planAlert(firing, [incident(4, 'closed', withinTheHour)], set, 42, NOW)).toMatchObject({ kind: 'note', incident: 4, message: { outcome: 'reopens' } });
  });

  it('opens a new incident when the group fires after the window, or its closed incident has no closing time', () => {
    expect(planAlert(firing, [incident(4, 'closed', beforeTheHour), incident(5, 'closed', null)], set, 42, NOW)).toMatchObject({ kind: 'open', key });
  });

  it('does nothing for a resolution with no open incident, or of an incident resolved already', () => {
    expect(planAlert(resolved, [incident(4, 'closed', beforeTheHour)], set, 42, NOW)).toEqual({ kind: 'none', key, incident: null, reason: 'the alert group resolved, and no incident of it is open' });
    expect(planAlert(resolved, [incident(4, 'closed', withinTheHour)], set, 42, NOW)).toEqual({ kind: 'none', key, incident: 4, reason: 'the alert group resolved, and #4 is resolved already' });
  });

  it('does nothing on a rerun of the run that opened the incident, naming it to reconcile', () => {
    expect(planAlert(firing, [incident(4, 'open', null, 42)], set, 42, NOW)).toEqual({ kind: 'none', key, incident: 4, reason: 'this run opened #4 for the alert group' });
  });

  it('refuses playbooks without an alerts section', () => {
    const { alerts: _alerts, ...without } = set;
    expect(() => planAlert(firing, [], without as PlaybookSet, 42, NOW)).toThrow('planAlert needs playbooks with an alerts section');
  });
});
