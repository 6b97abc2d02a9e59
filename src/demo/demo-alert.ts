/**
 * The Alertmanager notifications of the demo: the webhook body (version 4) Alertmanager posts for
 * the group `alertname=PaymentsApiDown`, shaped as test/fixtures/alerts/alertmanager-webhook-v4.json
 * (from Alertmanager's documentation), firing or resolved. Data only: the script's `alert` steps
 * carry them, and `act` sends them as GitHub's `repository_dispatch` of type `alert`.
 */

/** What a notification of the demo's alert group says: firing since `startsAt`, or resolved at `endsAt`. */
export type DemoAlertState = { status: 'firing'; startsAt: string } | { status: 'resolved'; startsAt: string; endsAt: string };

/** Alertmanager's "no end yet" time, which a firing alert carries. */
const NO_END = '0001-01-01T00:00:00Z';

const LABELS = { alertname: 'PaymentsApiDown', job: 'payments-api', service: 'payments-api', severity: 'critical' } as const;

/** The webhook body Alertmanager posts for the demo's alert group in `state`. */
export function demoAlertmanagerBody(state: DemoAlertState): Record<string, unknown> {
  const annotations = { summary: 'payments-api is down: POST /v2/payments returns 503' };
  return {
    version: '4',
    groupKey: '{}:{alertname="PaymentsApiDown"}',
    truncatedAlerts: 0,
    status: state.status,
    receiver: 'playbook-ops',
    groupLabels: { alertname: LABELS.alertname },
    commonLabels: { ...LABELS },
    commonAnnotations: annotations,
    externalURL: 'http://alertmanager.example.org:9093',
    alerts: [
      {
        status: state.status,
        labels: { ...LABELS, instance: 'payments-api-0:8080' },
        annotations,
        startsAt: state.startsAt,
        endsAt: state.status === 'resolved' ? state.endsAt : NO_END,
        generatorURL: 'http://prometheus.example.org:9090/graph?g0.expr=up%7Bjob%3D%22payments-api%22%7D+%3D%3D+0&g0.tab=1',
        fingerprint: '3b07a1c0f2d4e5a6',
      },
    ],
  };
}
