/** The demo's SEV-1, step by step: who does what, at what time (UTC, on 2026-11-27). */

/** One step: a person opens, comments or labels, or a scheduled run comes. */
export type DemoStep =
  | { at: string; actor: string; action: 'open'; title: string; form: Record<string, string> }
  | { at: string; actor: string; action: 'comment'; body: string }
  | { at: string; actor: string; action: 'label'; label: string }
  | { at: string; action: 'schedule' };

/** Collaborators of the demo repository and their permission. */
export const DEMO_PEOPLE = { alice: 'write', priya: 'maintain', sam: 'write', carol: 'triage', dave: 'read' } as const;

/** The steps of the demo, in time order. */
export const DEMO_SCRIPT: DemoStep[] = [
  {
    at: '03:12',
    actor: 'alice',
    action: 'open',
    title: '[Incident] Checkout payments failing',
    form: {
      Severity: 'SEV-1 (Critical)',
      Scenario: 'Service Outage',
      'Affected services': 'payments-api, checkout',
      Summary: 'Card payments fail with HTTP 503 since about 03:05. @everyone please look.\n\n```\nPOST /v2/payments 503 upstream timeout\n```',
      'Start time': '2026-11-27 03:05 UTC',
    },
  },
  { at: '03:20', action: 'schedule' },
  { at: '03:42', action: 'schedule' },
  { at: '03:44', actor: 'priya', action: 'comment', body: 'On it.\n/ack\n/ic @priya' },
  { at: '03:46', actor: 'priya', action: 'comment', body: '/role comms @carol\n/role tech @sam' },
  { at: '03:50', actor: 'dave', action: 'comment', body: '/sev 2' },
  { at: '03:55', actor: 'carol', action: 'comment', body: '/update Payments API returns 503 for all card payments; rolling back deploy 4512.' },
  { at: '04:00', actor: 'sam', action: 'comment', body: '/status mitigation\n/timeline Rolled back deploy 4512' },
  { at: '04:10', actor: 'sam', action: 'label', label: 'sev-2' },
  { at: '04:25', actor: 'carol', action: 'comment', body: '/update Error rate back to normal after the rollback; monitoring.' },
  { at: '04:40', actor: 'priya', action: 'comment', body: '/resolve Rolled back deploy 4512; root cause in the post-mortem.' },
];
