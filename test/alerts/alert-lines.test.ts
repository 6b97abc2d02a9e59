/** The alerts a body or note lists: firing first, at most twenty, the rest counted. */
import { describe, expect, it } from 'vitest';
import { alertLines, LISTED } from '../../src/alerts/alert-lines.js';
import { alert } from './alert-world.js';

describe('the alerts listed', () => {
  it('lists each by name, its other labels sorted, its summary (else description) and link', () => {
    const alerts = [
      alert({ zone: 'eu', alertname: 'ApiDown', app: 'pay' }, { annotations: { summary: 's', description: 'd' }, generatorURL: 'https://prom/x' }),
      alert({ app: 'web' }, { status: 'resolved', annotations: { description: 'd' } }),
    ];
    expect(alertLines({ alerts, truncatedAlerts: 0 })).toEqual({
      alerts: [
        { status: 'firing', name: 'ApiDown', labels: ['app=pay', 'zone=eu'], summary: 's', url: 'https://prom/x' },
        { status: 'resolved', name: null, labels: ['app=web'], summary: 'd', url: null },
      ],
      more: 0,
    });
  });

  it('puts firing alerts first, lists twenty and counts the rest with those the sender left out', () => {
    const alerts = Array.from({ length: 25 }, (_, index) => alert({ n: String(index) }, { status: index < 10 ? 'resolved' : 'firing' }));
    const { alerts: listed, more } = alertLines({ alerts, truncatedAlerts: 3 });
    expect(LISTED).toBe(20);
    expect(listed.map((line) => line.labels[0])).toEqual([...Array.from({ length: 15 }, (_, index) => `n=${index + 10}`), ...Array.from({ length: 5 }, (_, index) => `n=${index}`)]);
    expect(more).toBe(8);
    expect(alertLines({ alerts: alerts.slice(0, 20), truncatedAlerts: 0 }).more).toBe(0);
    expect(alertLines({ alerts: alerts.slice(0, 2), truncatedAlerts: 4 }).more).toBe(4);
  });
});
