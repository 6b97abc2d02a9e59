/** The note an alert leaves on its incident: the record line, what happened to the incident, the alerts. */
import { expect, test } from 'vitest';
import { renderAlertNote } from '../../src/render/alert-note.js';

test('a firing group that reopens the incident says so, lists its alerts and links the sender, after the record line', () => {
  const body = renderAlertNote(
    { kind: 'alert', run: 7, status: 'firing', source: 'alertmanager' },
    {
      source: 'Alertmanager',
      status: 'firing',
      outcome: 'reopens',
      alerts: [
        { status: 'firing', name: 'HighErrorRate', labels: ['service=checkout'], summary: 'Errors at 12%', url: 'https://prom.example/graph' },
        { status: 'resolved', name: null, labels: [], summary: null, url: null },
      ],
      more: 3,
      link: 'https://alertmanager.example/#/alerts',
    },
  );
  expect(body).toBe(
    [
      '<!-- playbook-ops:alert:7 status=firing,source=alertmanager -->',
      '### 🔔 Alertmanager: the alert group fires again',
      '',
      "It fired within the playbooks' reopen window (`alerts.reopen_within`) after this incident was resolved, so the incident is reopened and its response clock starts again.",
      '',
      '- **firing** HighErrorRate (service=checkout): Errors at 12% https://prom.example/graph',
      '- **resolved** alert',
      '- and 3 more',
      '',
      'Source: https://alertmanager.example/#/alerts',
      '',
    ].join('\n'),
  );
});
